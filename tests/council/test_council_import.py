"""The council merges three demo centres' signed reports and refuses forged, altered, replayed and
out-of-definition ones, each with its reason and nothing stored."""

from __future__ import annotations

import io
import json
from datetime import timedelta
from pathlib import Path
from typing import Any

from tests.council.conftest import NOW, Built
from wellcare import cli
from wellcare.council.centre_report import SCHEMA
from wellcare.council.definition import known_definitions
from wellcare.council.merge import COMBINED
from wellcare.council.payload import Refusal
from wellcare.council.service import CouncilDesk
from wellcare.council.signing import read_report_file, sign_report
from wellcare.demo_council import CENTRES
from wellcare.exchange import CoordinatorKeys


def _import(built: Built, path: Path) -> tuple[Refusal | None, str, int]:
    """(refusal or None, its detail, how many reports the council holds afterwards)."""
    vault = built.council_vault()
    try:
        desk = CouncilDesk(vault)
        outcome = desk.import_files([path], NOW + timedelta(hours=1))[0]
        return outcome.reason, outcome.detail, len(desk.store.payloads())
    finally:
        vault.close()


def _write(tmp_path: Path, name: str, doc: dict[str, Any]) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def _resign(built: Built, index: int, payload: dict[str, Any], tmp_path: Path, name: str,
            keys: CoordinatorKeys | None = None) -> Path:
    keys = keys or built.centre_keys(index)
    path = tmp_path / name
    path.write_bytes(sign_report(payload, keys.signing, keys.public()))
    return path


def test_the_council_merges_the_three_centres(council_demo: Built) -> None:
    vault = council_demo.council_vault()
    try:
        desk = CouncilDesk(vault)
        view = desk.view()
        assert len(desk.store.payloads()) == len(council_demo.report_files()) == 6  # 3 centres × 2 quarters
    finally:
        vault.close()
    assert sorted(c["name"] for c in view["centres"]) == sorted(c[2] for c in CENTRES)
    assert all(c["combined"] and c["reports"] == 2 for c in view["centres"])
    assert view["quarters"] == ["2026-Q3", "2026-Q4"]
    weekly = view["weekly"]["contributions"]
    ids = [c["id"] for c in view["centres"]]
    sizes = {c["name"]: weekly[c["id"]] for c in view["centres"]}
    shown = [i for i, cell in enumerate(weekly[COMBINED]) if cell["state"] == "shown"]
    assert shown, "some week shows every centre"
    for i in shown:  # counts add up over the centres
        assert weekly[COMBINED][i]["count"] == sum(weekly[c][i]["count"] for c in ids)
    for i, cell in enumerate(weekly[COMBINED]):  # a combined total never covers a hidden centre
        if any(weekly[c][i]["state"] == "hidden" for c in ids):
            assert cell == {"state": "hidden"}
    large, small = sizes[CENTRES[2][2]], sizes[CENTRES[0][2]]
    assert max(c.get("count", 0) for c in large) > 5 * max(c.get("count", 0) for c in small)
    rate = view["weekly"]["hard_calls_per_100"][COMBINED][shown[0]]
    parts = [view["weekly"]["hard_calls_per_100"][c][shown[0]] for c in ids]
    assert min(p["value"] for p in parts) <= rate["value"] <= max(p["value"] for p in parts)
    widest = max(p["high"] - p["low"] for p in parts)
    assert 0 < rate["high"] - rate["low"] < widest  # pooling three centres narrows the interval
    assert rate["n"] == weekly[COMBINED][shown[0]]["count"]
    assert "hard_calls.verbal_abuse" not in view["weekly"]  # not collected: no number, ever
    assert not next(m for m in view["measures"] if m["id"] == "hard_calls.verbal_abuse")["collected"]


def test_a_forged_report_is_refused(council_demo: Built, tmp_path: Path) -> None:
    payload = council_demo.doc(council_demo.report_file(0))["payload"]
    stranger = CoordinatorKeys.generate()  # someone who is not a pinned centre
    payload = {**payload, "report_id": "f" * 32, "centre": {**payload["centre"], "id": stranger.public().fingerprint()}}
    reason, detail, stored = _import(council_demo, _resign(council_demo, 0, payload, tmp_path, "forged.json", stranger))
    assert reason is Refusal.UNPINNED and "has not pinned" in detail
    assert stored == 6


def test_an_altered_report_is_refused(council_demo: Built, tmp_path: Path) -> None:
    doc = council_demo.doc(council_demo.report_file(1))
    week = next(w for w in doc["payload"]["weeks"] if w["cells"]["contributions"]["state"] == "shown")
    week["cells"]["contributions"]["count"] += 40  # a centre's count made to look bigger after signing
    doc["payload"]["report_id"] = "a" * 32
    reason, detail, stored = _import(council_demo, _write(tmp_path, "altered.json", doc))
    assert reason is Refusal.BAD_SIGNATURE and "changed after the centre signed it" in detail
    assert stored == 6


def test_a_replayed_report_is_refused_and_so_is_an_older_one_for_the_same_period(
        council_demo: Built, tmp_path: Path) -> None:
    path = council_demo.report_file(2)
    reason, detail, stored = _import(council_demo, path)  # the same file again
    assert reason is Refusal.REPLAYED and "imported before" in detail and stored == 6
    payload = dict(council_demo.doc(path)["payload"])
    earlier = {**payload, "report_id": "b" * 32, "issued_at": (NOW - timedelta(days=3)).isoformat()}
    reason, detail, stored = _import(council_demo, _resign(council_demo, 2, earlier, tmp_path, "older.json"))
    assert reason is Refusal.OUTDATED and "already in" in detail and stored == 6
    later = {**payload, "report_id": "c" * 32, "issued_at": (NOW + timedelta(minutes=5)).isoformat()}
    reason, _, stored = _import(council_demo, _resign(council_demo, 2, later, tmp_path, "newer.json"))
    assert reason is None and stored == 7  # a newer report for the period is taken (late summaries)


def test_out_of_definition_reports_are_refused(council_demo: Built, tmp_path: Path) -> None:
    payload = council_demo.doc(council_demo.report_file(0))["payload"]
    v9 = {**payload, "report_id": "d" * 32, "definition": {**payload["definition"], "version": 9}}
    reason, detail, stored = _import(council_demo, _resign(council_demo, 0, v9, tmp_path, "v9.json"))
    assert reason is Refusal.UNKNOWN_DEFINITION and "version 9 is not one this council knows" in detail
    extra = json.loads(json.dumps(payload))
    extra["report_id"] = "e" * 32
    extra["weeks"][0]["cells"]["hard_calls.threat"] = {"state": "shown", "count": 3}  # marked not collected
    reason, detail, _ = _import(council_demo, _resign(council_demo, 0, extra, tmp_path, "extra.json"))
    assert reason is Refusal.OUT_OF_DEFINITION and "hard_calls.threat is marked not collected" in detail
    invented = json.loads(json.dumps(payload))
    invented["report_id"] = "e" * 31 + "f"
    invented["weeks"][0]["cells"]["overtime_hours"] = {"state": "shown", "count": 3}
    reason, detail, stored = _import(council_demo, _resign(council_demo, 0, invented, tmp_path, "invented.json"))
    assert reason is Refusal.OUT_OF_DEFINITION and "overtime_hours is not in definition" in detail
    assert stored in (6, 7)  # 7 when the replay test's newer report ran first: nothing added here


def test_the_centre_cli_writes_a_signed_report_of_its_published_numbers(council_demo: Built, tmp_path: Path) -> None:
    centre = council_demo.layout.centre(CENTRES[1][0])
    out = tmp_path / "centre.json"
    base = ["--profile", str(centre / "coordinator"), "--policy", str(centre / "policy.toml"),
            "--passphrase-file", str(council_demo.layout.passphrase_file), "coordinator", "report"]
    stdout, stderr = io.StringIO(), io.StringIO()
    code = cli.run([*base, "--council", str(out), "--from", "2026-W44", "--to", "2026-W46"], stdout, stderr)
    assert code == 0, stderr.getvalue()
    signed = read_report_file(out.read_bytes())
    assert signed.verifies() and signed.payload["schema"] == SCHEMA
    assert signed.payload["centre"]["id"] == council_demo.centre_keys(1).public().fingerprint()
    published = io.StringIO()
    assert cli.run([*base, "--json", "--from", "2026-W44", "--to", "2026-W46"], published, stderr) == 0
    doc = json.loads(published.getvalue())
    for i, week in enumerate(signed.payload["weeks"]):  # the dashboard's numbers, nothing finer
        cell = week["cells"]["contributions"]
        assert cell.get("count") == doc["weeks"][i]["n"] and (cell["state"] == "hidden") == doc["weeks"][i]["hidden"]
        assert week["cells"]["hard_calls_per_100"].get("value") == doc["hard_calls_per_100"][i]["value"]
    assert set(signed.payload) == {"schema", "report_id", "issued_at", "centre", "definition", "period",
                                   "min_group_size", "weeks", "not_collected"}
    assert "units" not in out.read_text(encoding="utf-8")  # no team rows leave the centre
    usage = io.StringIO()
    assert cli.run([*base, "--council", str(out), "--quarter", "2026-Q4", "--from", "2026-W44"], stdout, usage) == 2
    assert "not both" in usage.getvalue()


def test_the_council_cli_refuses_with_the_reason_and_reports_json(council_demo: Built, tmp_path: Path) -> None:
    doc = council_demo.doc(council_demo.report_file(0))
    doc["payload"]["min_group_size"] = 3
    altered = _write(tmp_path, "altered.json", doc)
    base = ["--profile", str(council_demo.layout.council), "--passphrase-file",
            str(council_demo.layout.passphrase_file), "council"]
    out, err = io.StringIO(), io.StringIO()
    assert cli.run([*base, "import", str(altered)], out, err) == 3
    assert f"refused {altered}: bad_signature: the signature does not match" in out.getvalue()
    out = io.StringIO()
    csv_path, pdf_path = tmp_path / "council.csv", tmp_path / "council.pdf"
    assert cli.run([*base, "report", "--json", "--quarter", "2026-Q4", "--csv", str(csv_path), "--pdf",
                    str(pdf_path)], out, err) == 0, err.getvalue()
    view = json.loads(out.getvalue())
    assert view["quarters"] == ["2026-Q4"] and all(p >= "2026-W40" for p in view["periods"])
    assert csv_path.read_text(encoding="utf-8-sig").startswith("section,period,centre_id")
    assert pdf_path.read_bytes().startswith(b"%PDF")
    assert known_definitions()[(view["definition"]["id"], view["definition"]["version"])]
