"""One table of aggregate fields: the inputs, the coordinator's store, the report and the texts follow it."""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path

import pytest

from wellcare.aggregate_format.schema import AGGREGATE_FIELDS, NONE, STATIC_FIELDS, FieldKind
from wellcare.aggregates.policy import AggregatePolicy
from wellcare.aggregates.report import BAND_FIELDS, FIELDS, HEAT_METRICS
from wellcare.aggregates.store import ContributionsStore
from wellcare.privacy.contribution import ContributionInputs, ContributionPolicy
from wellcare.privacy.inputs import BAND_SOURCES
from wellcare.vault import Vault, VaultManager


@pytest.fixture
def vault(profile_dir: Path) -> Iterator[Vault]:
    created = VaultManager(profile_dir).create("keyring")
    yield created.vault
    created.vault.close()


def test_the_schema_the_report_and_the_inputs_follow_the_table() -> None:
    ids = [f.id for f in AGGREGATE_FIELDS]
    assert [s.name for s in STATIC_FIELDS] == ids == list(FIELDS)
    assert list(BAND_FIELDS) == [f.id for f in AGGREGATE_FIELDS if f.kind is FieldKind.BAND]
    assert [m.key for m in HEAT_METRICS] == [f.concern_key for f in AGGREGATE_FIELDS if f.concern]
    assert {field for _, field, _ in BAND_SOURCES.values()} == set(BAND_FIELDS)
    categories = ContributionInputs().categories(ContributionPolicy(epsilon=1.0))
    assert set(categories) == {*ids, "org_unit"}
    assert all(categories[f.id] == (NONE if f.kind is FieldKind.BAND else f.categories[0]) for f in AGGREGATE_FIELDS)


def test_the_coordinator_store_has_two_columns_for_every_field(vault: Vault) -> None:
    ContributionsStore(vault)
    columns = {row[1] for row in vault.query("PRAGMA table_info(agg_contributions)")}
    for field in AGGREGATE_FIELDS:
        assert {field.column, f"{field.column}_eps"} <= columns, field.id


@pytest.mark.parametrize("epsilon", [math.log(3), 1.0, 4.0])
def test_the_dashboard_states_what_each_field_really_spends(epsilon: float) -> None:
    spent = ContributionPolicy(epsilon=epsilon).field_epsilons()
    assert AggregatePolicy(epsilon=epsilon).epsilon_per_field == spent["who5_band"]
    assert math.fsum(spent.values()) <= epsilon
