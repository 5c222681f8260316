"""`wellcare coordinator import` on contributions: honest counts, and nothing sealed leaks when a file is refused."""

from __future__ import annotations

import json
import os
from pathlib import Path

from tests.aggregates.helpers import Org, cli
from tests.aggregates.test_import import payload, send
from wellcare.exchange import Folder

UNIT = "Night shift B (Kim's team)"  # a unit the org's list does not have: refused, and must not leak


def _every_file(root: Path) -> list[Path]:
    found: list[Path] = []
    for folder, _dirs, files in os.walk(root):
        found.extend(Path(folder) / name for name in files)
    return found


def _forms(text: str) -> list[bytes]:
    """The ways a string can sit in a file: UTF-8, JSON-escaped, and distinctive parts of it."""
    return [text.encode("utf-8"), json.dumps(text).encode("ascii"), b"Kim's team", b"Night shift B"]


def test_a_refused_contribution_leaves_no_trace_of_its_content(org: Org) -> None:
    refused = send(org, payload(org, unit=None) | {"org_unit": UNIT})
    code, out, err = cli("--profile", str(org.coordinator_profile), "coordinator", "import")
    assert code == 3  # something was quarantined
    assert org.transport.quarantined(Folder.INBOX) == {refused: "unknown_unit"}
    assert f"quarantined {refused}: unknown_unit" in out
    for text in (out, err):
        assert "Kim" not in text and "Night shift" not in text
    code, out, err = cli("--profile", str(org.coordinator_profile), "coordinator", "import", "--json")
    assert code == 0 and "Kim" not in out + err
    files = _every_file(org.exchange) + _every_file(org.coordinator_profile / "logs")
    assert any(p.name == refused + ".reason.json" for p in files)
    assert any(p.name == "wellcare.log" for p in files)  # the CLI logged to the profile's log, not the console
    for path in files:
        data = path.read_bytes()
        for form in _forms(UNIT):
            assert form not in data, (path, form)
    sidecar = json.loads((org.exchange / "quarantine" / "inbox" / f"{refused}.reason.json").read_text("utf-8"))
    assert sidecar["reason"] == "unknown_unit" and refused[:32] in sidecar["detail"]


def test_resent_contributions_are_counted_as_duplicates(org: Org) -> None:
    first = payload(org, unit="Pilot")
    send(org, first)
    send(org, first)  # the same contribution again under a new envelope id: a resend
    send(org, payload(org, unit="Pilot", secret=b"\x02" * 32))
    code, out, _ = cli("--profile", str(org.coordinator_profile), "coordinator", "import", "--json")
    assert code == 0
    doc = json.loads(out)
    assert (doc["accepted"], doc["duplicates"], doc["quarantined"], doc["left"]) == (2, 1, 0, 0)
    assert doc["accepted_by_kind"] == {"contribution": 2}
    send(org, first)
    code, out, _ = cli("--profile", str(org.coordinator_profile), "coordinator", "import")
    assert code == 0 and "0 accepted, 1 duplicate, 0 quarantined." in out


def test_an_import_from_the_command_line_is_the_last_import_the_app_shows(org: Org) -> None:
    from wellcare.inbox.last_import import last_import

    assert last_import(org.coordinator_vault).at is None
    send(org, payload(org, unit="Pilot"))
    send(org, payload(org, unit="Pilot", secret=b"\x03" * 32))
    code, _, _ = cli("--profile", str(org.coordinator_profile), "coordinator", "import")
    assert code == 0
    shown = last_import(org.coordinator_vault)  # what the coordinator's Today card reads
    assert shown.at is not None and shown.accepted == 2
