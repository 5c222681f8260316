"""`wellcare coordinator import` on a hostile inbox: bad files quarantined with reasons, good ones in."""

from __future__ import annotations

import json
import sys

import pytest

from tests.eap import fake_contribution_handler
from tests.eap.helpers import Org, cli, content
from wellcare.coordinator.handlers import HANDLERS, build_registry
from wellcare.eap import office_inbox as eap_inbox
from wellcare.eap.office_inbox import Triage
from wellcare.exchange import (
    MAX_BYTES,
    CoordinatorKeys,
    Folder,
    Kind,
    Reason,
    ReplyKeypair,
    name_for,
    new_id,
    post,
    seal,
)
from wellcare.inbox.dispatcher import HandlerRegistry, HandlerSetup, Inbox


def _plant(org: Org, data: bytes) -> str:
    name = name_for(new_id())
    (org.exchange / "inbox" / name).write_bytes(data)
    return name


def _import(org: Org, *extra: str) -> tuple[int, str, str]:
    org.coordinator_vault.close()  # the CLI opens the vault itself, as a scheduled task would
    try:
        return cli("--profile", str(org.coordinator_profile), "coordinator", "import", *extra)
    finally:
        from wellcare.vault import VaultManager

        org.coordinator_vault = VaultManager(org.coordinator_profile).unlock()


def test_garbage_truncated_oversized_wrong_version_and_symlinks_are_quarantined(org: Org, tmp_path) -> None:  # type: ignore[no-untyped-def]
    counselor = org.counselor()
    good = [counselor.submit(content(note=f"request {i}")).envelope_id for i in range(3)]
    template = (org.exchange / "inbox" / name_for(good[0])).read_bytes()
    obj = json.loads(template)
    box = org.keys.public().box_key
    expected = {
        _plant(org, b"\x00\x01 this is not an envelope"): Reason.NOT_JSON,
        _plant(org, template[: len(template) // 2]): Reason.NOT_JSON,  # truncated mid-copy
        _plant(org, b""): Reason.NOT_JSON,
        _plant(org, json.dumps(obj | {"version": 2}).encode()): Reason.UNSUPPORTED_VERSION,
        _plant(org, json.dumps(obj | {"kind": "payroll"}).encode()): Reason.UNKNOWN_KIND,
        _plant(org, seal(Kind.EAP_REQUEST, {"note": "hi"}, CoordinatorKeys.generate().public().box_key)):
            Reason.DECRYPTION_FAILED,
        _plant(org, template): Reason.NAME_MISMATCH,  # a genuine request under another name
    }  # fmt: skip
    # sealed to the right key, but not what the app writes: the payload check refuses it
    bad_payload_id = new_id()
    bad_payload = seal(Kind.EAP_REQUEST, {"v": 1, "note": "x"}, box, envelope_id=bad_payload_id)
    (org.exchange / "inbox" / name_for(bad_payload_id)).write_bytes(bad_payload)
    expected[name_for(bad_payload_id)] = Reason.BAD_PAYLOAD
    wrong_payload_version_id = new_id()
    payload = json.loads(json.dumps(_valid_request_payload())) | {"v": 2}
    (org.exchange / "inbox" / name_for(wrong_payload_version_id)).write_bytes(
        seal(Kind.EAP_REQUEST, payload, box, envelope_id=wrong_payload_version_id)
    )
    expected[name_for(wrong_payload_version_id)] = Reason.UNSUPPORTED_VERSION
    oversized = _plant(org, b"{" + b" " * (MAX_BYTES[Kind.OFFER] + 1) + b"}")
    expected[oversized] = Reason.TOO_LARGE
    if sys.platform != "win32":
        outside = tmp_path / "outside.json"
        link_id = new_id()
        outside.write_bytes(seal(Kind.EAP_REQUEST, _valid_request_payload(), box, envelope_id=link_id))
        (org.exchange / "inbox" / name_for(link_id)).symlink_to(outside)
        expected[name_for(link_id)] = Reason.SYMLINK

    code, out, err = _import(org)

    assert code == 3, err  # ran, but some files were quarantined
    assert f"3 accepted (eap_request 3), 0 duplicate, {len(expected)} quarantined." in out
    for name, reason in expected.items():
        assert f"quarantined {name}: {reason.value}" in out
    assert org.transport.quarantined(Folder.INBOX) == {n: r.value for n, r in expected.items()}
    assert sorted(r.envelope_id for r in org.eap_inbox().requests()) == sorted(good)
    assert list((org.exchange / "inbox").iterdir()) == []
    if sys.platform != "win32":
        assert outside.exists()  # the link was moved, never its target

    code, out, _ = _import(org, "--json")
    assert code == 0
    assert json.loads(out)["accepted"] == 0 and json.loads(out)["quarantined"] == 0


def _valid_request_payload() -> dict[str, object]:
    from wellcare.eap.protocol import RequestPayload, cancel_hash, new_cancel_secret

    return RequestPayload(
        content(), ReplyKeypair.generate().public_b64(), new_id(), cancel_hash(new_cancel_secret())
    ).to_json()


def test_duplicates_are_counted_and_not_stored_twice(org: Org) -> None:
    counselor = org.counselor()
    request = counselor.submit(content())
    data = (org.exchange / "inbox" / name_for(request.envelope_id)).read_bytes()
    assert org.import_once().accepted == 1
    post(org.transport, data)  # a retry after a lost write acknowledgement, or a replay
    report = org.import_once()
    assert (report.accepted, report.duplicates) == (0, 1)
    assert len(org.eap_inbox().requests()) == 1
    code, out, _ = _import(org)
    assert code == 0 and "0 accepted, 0 duplicate, 0 quarantined." in out


EAP_ONLY = (eap_inbox.register,)  # an app version without the other kinds' handlers


def _eap_only(org: Org) -> Inbox:
    setup = HandlerSetup(org.coordinator_vault, org.keys, org.clock)
    return Inbox(org.coordinator_vault, org.keys, build_registry(setup, EAP_ONLY), org.clock)


def test_kinds_without_a_handler_are_left_in_place_for_later(org: Org) -> None:
    box = org.keys.public().box_key
    contribution = post(org.transport, seal(Kind.CONTRIBUTION, {"period": "2025-W10"}, box))
    org.counselor().submit(content())
    report = _eap_only(org).import_once(org.transport)
    assert report.accepted_by_kind == {"eap_request": 1}
    assert report.unhandled_by_kind == {"contribution": 1} and report.left == 1 and report.quarantined == 0
    assert org.transport.list(Folder.INBOX) == [contribution]

    # another engineer's handler plugs in through the registry, the dispatcher unchanged
    setup = HandlerSetup(org.coordinator_vault, org.keys, org.clock)
    registry = build_registry(setup, (*EAP_ONLY, fake_contribution_handler.register))
    assert set(registry.kinds()) == {Kind.EAP_REQUEST, Kind.EAP_CANCEL, Kind.CONTRIBUTION}
    assert {Kind.EAP_REQUEST, Kind.EAP_CANCEL} <= set(build_registry(setup, HANDLERS).kinds())
    report = Inbox(org.coordinator_vault, org.keys, registry, org.clock).import_once(org.transport)
    assert report.accepted_by_kind == {"contribution": 1} and report.left == 0
    assert org.coordinator_vault.query("SELECT period FROM test_contributions") == [("2025-W10",)]


def test_the_registry_refuses_a_second_handler_and_non_inbox_kinds(org: Org) -> None:
    setup = HandlerSetup(org.coordinator_vault, org.keys, org.clock)
    registry = build_registry(setup, EAP_ONLY)
    from wellcare.eap.office_inbox import EapRequestHandler

    with pytest.raises(ValueError, match="already registered"):
        registry.register(EapRequestHandler(org.eap_inbox()))

    class ReplyHandler(EapRequestHandler):
        kind = Kind.EAP_REPLY

    with pytest.raises(ValueError, match="never travels"):
        HandlerRegistry().register(ReplyHandler(org.eap_inbox()))


def test_import_reports_an_unreachable_share_and_missing_keys(org: Org, tmp_path) -> None:  # type: ignore[no-untyped-def]
    org.exchange.rename(tmp_path / "elsewhere")
    code, _out, err = _import(org)
    assert code == 1 and "cannot be read" in err
    code, _out, err = cli("--profile", str(org.counselor_profile), "coordinator", "import", "--exchange", str(tmp_path))
    assert code == 1 and "no coordinator keys" in err


def test_poison_requests_are_quarantined_instead_of_blocking_the_inbox(org: Org) -> None:
    """A reply key that parses but cannot be sealed to, or another request's reply slot."""
    import base64

    box = org.keys.public().box_key
    low_order = _valid_request_payload() | {"reply_key": base64.b64encode(b"\x01" + bytes(31)).decode()}
    poison = post(org.transport, seal(Kind.EAP_REQUEST, low_order, box))
    counselor = org.counselor()
    victim = counselor.submit(content())
    org.import_once()
    counselor.sync()
    stolen = _valid_request_payload() | {"reply_id": victim.reply_id}  # slot names are visible on the share
    thief = post(org.transport, seal(Kind.EAP_REQUEST, stolen, box))
    report = org.import_once()
    assert report.accepted == 0 and report.quarantined == 1
    assert org.transport.quarantined(Folder.INBOX) == {poison: "bad_payload", thief: "bad_payload"}
    assert counselor.check_replies().refused == 0  # the victim's slot still holds its own receipt
    assert counselor.get(victim.id).status.value == "received"


def test_unhandled_files_never_starve_a_bounded_run(org: Org) -> None:
    box = org.keys.public().box_key
    for week in range(6):
        post(org.transport, seal(Kind.CONTRIBUTION, {"period": f"2025-W{week + 10}"}, box))
    request = org.counselor().submit(content())
    inbox = _eap_only(org)
    runs = [inbox.import_once(org.transport, max_files=2) for _ in range(4)]
    assert sum(r.accepted for r in runs) == 1
    assert org.eap_inbox().get(request.envelope_id).triage.value == "new"
    assert runs[-1].unhandled_by_kind == {"contribution": 6} and runs[-1].left == 6
    assert len(org.transport.list(Folder.INBOX)) == 6


def test_a_handler_bug_quarantines_that_file_quietly(org: Org, monkeypatch: pytest.MonkeyPatch) -> None:
    """No traceback on the console: the file is quarantined as internal_error, the log has a redacted traceback."""
    from wellcare.eap.office_inbox import EapInbox

    counselor = org.counselor()
    poisoned = counselor.submit(content(note="poison")).envelope_id
    fine = counselor.submit(content(note="fine")).envelope_id
    original = EapInbox.check_request

    def buggy(self: EapInbox, envelope):  # type: ignore[no-untyped-def]
        if envelope.id == poisoned:
            raise KeyError(envelope.payload["note"])  # an exception carrying sealed content
        return original(self, envelope)

    monkeypatch.setattr(EapInbox, "check_request", buggy)
    code, out, err = _import(org)
    assert code == 3 and err == ""
    assert "1 accepted (eap_request 1)" in out
    assert f"quarantined {name_for(poisoned)}: internal_error (envelope {poisoned}: the eap_request check failed" in out
    assert org.eap_inbox().get(fine).triage is Triage.NEW
    log = (org.coordinator_profile / "logs" / "wellcare.log").read_text(encoding="utf-8")
    assert "Traceback (message withheld)" in log and "builtins.KeyError" in log
    assert "poison" not in log and "poison" not in out
