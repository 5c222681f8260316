"""`wellcare coordinator privacy-table` and the pooled-window estimator behind it (issue #13, item 2). Qt-free."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from tests.aggregates.helpers import cli
from wellcare.aggregate_format.one_field import OneFieldBudget
from wellcare.aggregates.estimate import estimate_counts, estimate_window_share
from wellcare.aggregates.privacy_table import simulate_rows, table_markdown

DOCS = Path(__file__).resolve().parents[2] / "docs" / "PRIVACY.md"
KEYS = {"counselors", "window_weeks", "field", "epsilon_per_year", "half_width_points", "coverage"}


def test_the_table_for_a_centre_is_measured_and_its_intervals_cover() -> None:
    code, out, err = cli("coordinator", "privacy-table", "--counselors", "150", "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert {(r["window_weeks"], r["field"]) for r in rows} == {(w, f) for w in (1, 4, 13)
                                                              for f in ("who5_low", "who5_band")}
    for row in rows:
        assert set(row) >= KEYS and row["counselors"] == 150 and row["epsilon_per_year"] == 30.0
        assert 0.93 <= row["coverage"] <= 0.97, row  # measured by simulation, not only by formula
        assert row["half_width_points"] == pytest.approx(row["formula_half_width_points"], rel=0.1)
    low = {r["window_weeks"]: r["half_width_points"] for r in rows if r["field"] == "who5_low"}
    assert low[1] > low[4] > low[13]  # pooling narrows the interval


def test_the_docs_show_the_table_the_command_prints() -> None:
    budget = OneFieldBudget(math.log(3), 2 * math.log(3), 30.0)
    text = DOCS.read_text(encoding="utf-8")
    for counselors in (150, 5000):
        for line in table_markdown(simulate_rows(counselors, budget)).splitlines()[2:]:
            assert line in text, line


@pytest.mark.parametrize("args", [("--counselors", "0"), ("--counselors", "10", "--epsilon-per-value", "0.5")])
def test_bad_numbers_are_usage_errors(args: tuple[str, ...]) -> None:
    code, _, err = cli("coordinator", "privacy-table", *args)
    assert code == 2 and err.startswith("wellcare: ")


def test_a_one_week_window_is_the_plain_k_ary_estimate_plus_sampling() -> None:
    counts = [14, 12, 10, 8]
    week = estimate_window_share(counts, [1], epsilon_report=math.log(3), epsilon_value=2 * math.log(3),
                                 contributions=sum(counts), window_weeks=1, fields=1)
    plain = estimate_counts(counts, math.log(3))[1]
    assert week.unbiased * sum(counts) == pytest.approx(plain.unbiased)
    assert week.se * sum(counts) == pytest.approx(plain.se)  # no pairs, no sampling when every week reports it
    pooled = estimate_window_share(counts, [1], epsilon_report=math.log(3), epsilon_value=2 * math.log(3),
                                   contributions=5 * sum(counts), window_weeks=13, fields=5)
    assert pooled.se > week.se  # the memo's correlation and the field sampling widen it
