"""The common definition: the shipped file loads, says what the centres cannot count, and bad files fail clearly."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from wellcare.council.definition import (
    DefinitionError,
    current_definition,
    known_definitions,
    load_definition,
    parse_definition,
)


def _shipped() -> dict[str, Any]:
    from wellcare.council.definition import definitions_dir

    doc: dict[str, Any] = json.loads((definitions_dir() / "definition-1.json").read_text(encoding="utf-8"))
    return doc


def test_the_shipped_definition_names_every_measure_of_the_issue_and_marks_what_has_no_source() -> None:
    d = current_definition()
    assert (d.id, d.version) == ("metro-callcentre-council", 2)
    ids = {m.id for m in d.measures}
    for kind in ("verbal_abuse", "sexual_harassment", "threat", "repeated_calls", "caller_crisis", "chat"):
        assert f"hard_calls.{kind}" in ids
        assert not d.measure(f"hard_calls.{kind}").collected  # kinds stay in the counselor's vault
    assert d.measure("hard_calls_per_100").collected
    assert not d.measure("protected_breaks_per_week").collected
    assert d.measure("breaks_per_week").collected
    assert {m.id for m in d.collected if m.id.startswith("eap_requests.")} == {
        "eap_requests.total", "eap_requests.counseling", "eap_requests.stress_health", "eap_requests.legal_support",
        "eap_requests.other"}
    assert {m.source_type for m in d.collected if m.id.startswith("eap_requests.")} == {
        "eap_block_total", "eap_block_kind"}  # version 2: per fixed 4-week block, never per week
    assert not d.measure("legal_requests.by_kind").collected
    shares = {m.source["field"] for m in d.collected if m.kind == "share"}
    assert shares == {"who5_band", "pss10_band", "cbi_client_band"}
    for m in d.measures:  # every measure in both languages, with its rule; no source where none exists
        assert m.name.ko and m.name.en and m.rule.ko and m.rule.en
        assert (m.why_not is None) == m.collected and bool(m.source) == m.collected


def test_version_1_stays_known_so_old_reports_stay_readable() -> None:
    known = known_definitions()
    assert set(known) == {("metro-callcentre-council", 1), ("metro-callcentre-council", 2)}
    old, new = known[("metro-callcentre-council", 1)], known[("metro-callcentre-council", 2)]
    assert old.measure("eap_requests.total").source_type == "eap_total"  # per week: read, never made again
    assert [m.id for m in old.measures] == [m.id for m in new.measures]  # the same measures, EAP ones redefined
    assert "4-week block" in new.period.en and "4주 묶음" in new.period.ko


@pytest.mark.parametrize(("change", "message"), [
    (lambda d: d["measures"][0].pop("source"), "missing source"),
    (lambda d: d["measures"][2].update(source={"type": "week_count"}), "a measure not collected has why_not"),
    (lambda d: d["measures"][1]["source"].update(series="calls"), "series: must be one of"),
    (lambda d: d["measures"][-1]["source"].update(category="burnt"), "is not a band of cbi_client_band"),
    (lambda d: d["measures"][0].update(kind="share"), "gives a count, but the measure is a share"),
    (lambda d: d["measures"].append(copy.deepcopy(d["measures"][0])), "appears twice"),
    (lambda d: d["measures"][0]["name"].pop("ko"), "exactly the keys \"en\" and \"ko\""),
    (lambda d: d.update(version="1"), "version: must be a whole number"),
])
def test_a_bad_definition_is_refused_naming_the_key(change: Any, message: str) -> None:
    doc = _shipped()
    change(doc)
    with pytest.raises(DefinitionError) as caught:
        parse_definition(doc)
    assert message in str(caught.value)


def test_a_file_that_is_not_json_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "definition-9.json"
    path.write_text("{ not json", encoding="utf-8")
    with pytest.raises(DefinitionError, match=r"definition-9\.json: is not JSON"):
        load_definition(path)
