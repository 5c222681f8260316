"""Request, receipt, appointment, reminders, done: two profiles sharing one exchange folder."""

from __future__ import annotations

import base64
import json
import shutil
from datetime import timedelta

import pytest

from tests.eap.helpers import MARKER, Org, cli, content
from tests.exchange.helpers import one_byte_variants
from tests.schedule.harness import SteppedScheduler
from wellcare.eap import Appointment, EapError, EapReminders, EventKind, MyRequest, ReplyStatus, Status, Urgency
from wellcare.eap.office_inbox import Triage
from wellcare.eap.protocol import ReplyPayload
from wellcare.eap.store import CANCEL_SECRET, REPLY_KEY_SECRET
from wellcare.exchange import (
    CoordinatorKeys,
    EnvelopeError,
    Folder,
    Kind,
    Reason,
    name_for,
    open_sealed,
    reply_public_key_from_b64,
    seal_reply,
)
from wellcare.schedule.clock import ManualClock
from wellcare.schedule.sync import JobSynchronizer


def _inbox_files(org: Org) -> list[bytes]:
    return [p.read_bytes() for p in sorted((org.exchange / "inbox").glob("*.json"))]


def test_the_whole_round_trip_request_reply_reminders_done(org: Org) -> None:
    counselor = org.counselor()
    request = counselor.submit(content())
    assert request.status is Status.SENT
    assert [e.kind for e in request.events] == [EventKind.QUEUED, EventKind.SENT]

    # the coordinator's scripted import: the real CLI on the coordinator's profile
    code, out, err = cli("--profile", str(org.coordinator_profile), "coordinator", "import")
    assert code == 0, err
    assert "1 accepted (eap_request 1), 0 duplicate, 0 quarantined" in out
    assert _inbox_files(org) == []  # consumed: the content lives in the coordinator's vault only
    eap = org.eap_inbox()
    [received] = eap.requests()
    assert received.content.note == MARKER and received.triage is Triage.NEW
    assert received.content.attachments[0].title == "Hard call, 3 March 10:12"

    # the automatic receipt
    result = counselor.sync()
    assert [u.status for u in result.updates] == [ReplyStatus.RECEIVED]
    assert counselor.get(request.id).status is Status.RECEIVED

    # an appointment: tomorrow 14:00, sealed to the request's reply key and signed
    start = org.clock.now().replace(hour=14) + timedelta(days=1)
    eap.schedule(received.envelope_id, Appointment(start, 50, "본관 3층 상담실", "편하게 오세요"))
    [update] = counselor.sync().updates
    assert update.status is ReplyStatus.SCHEDULED
    mine = counselor.get(request.id)
    assert mine.status is Status.SCHEDULED and mine.appointment is not None
    assert mine.appointment.start == start and mine.appointment.where == "본관 3층 상담실"

    # reminders through the real APScheduler, on a manual clock: the day before and an hour before
    reminded: list[tuple[str, MyRequest]] = []
    scheduler = SteppedScheduler(timezone=org.clock.now().tzinfo)
    sync = JobSynchronizer(
        scheduler,
        org.clock,
        EapReminders(counselor, lambda r: reminded.append((org.clock.now().isoformat(), r))).plan,
        prefix="eap",
    )
    scheduler.start()
    sync.start()
    try:
        for _ in range(int(timedelta(days=2) / timedelta(minutes=10))):
            org.clock.advance(timedelta(minutes=10))
            sync.tick()
            scheduler.run_due()
    finally:
        sync.stop()
        scheduler.shutdown()
    assert [when for when, _ in reminded] == [
        (start - timedelta(days=1)).isoformat(),
        (start - timedelta(hours=1)).isoformat(),
    ]

    eap.close(received.envelope_id, done=True, message="수고 많으셨습니다")
    [update] = counselor.sync().updates
    assert update.status is ReplyStatus.DONE
    done = counselor.get(request.id)
    assert done.status is Status.DONE and done.message == "수고 많으셨습니다"
    for prefix in (REPLY_KEY_SECRET, CANCEL_SECRET):  # one-time secrets go with the request
        assert org.counselor_vault.get_secret(prefix + request.envelope_id) is None
    assert counselor.sync().updates == ()  # closed requests are no longer fetched


def test_the_request_file_holds_none_of_the_request_and_opens_only_with_the_coordinator_key(org: Org) -> None:
    org.counselor().submit(content())
    [data] = _inbox_files(org)
    header = json.loads(data)
    assert set(header) == {"schema", "version", "kind", "id", "created", "body"}
    assert header["kind"] == "eap_request" and header["created"] == "2025-03-03T00:00Z"  # the UTC hour only
    needles = [MARKER, "MARKER-eap-5e1f", "010-1234-5678", "legal_support", "Hard call", "수요일"]
    for needle in needles:
        assert needle.encode("utf-8") not in data
        assert json.dumps(needle)[1:-1].encode() not in data  # nor JSON-escaped
    with pytest.raises(EnvelopeError) as refused:
        open_sealed(data, CoordinatorKeys.generate().box)
    assert refused.value.reason is Reason.DECRYPTION_FAILED
    assert open_sealed(data, org.keys.box).payload["note"] == MARKER


def _receipt(org: Org) -> tuple[MyRequest, str]:
    counselor = org.counselor()
    request = counselor.submit(content())
    org.import_once()
    counselor.sync()
    return counselor.get(request.id), request.envelope_id


def test_a_reply_altered_by_one_byte_is_rejected_every_time(org: Org) -> None:
    counselor = org.counselor()
    request, envelope_id = _receipt(org)
    eap = org.eap_inbox()
    eap.schedule(envelope_id, Appointment(org.clock.now() + timedelta(days=2), 50, "Room 3"))
    slot = org.exchange / "replies" / name_for(request.reply_id)
    genuine = slot.read_bytes()
    for index, variant in one_byte_variants(genuine):
        slot.write_bytes(variant)
        result = counselor.check_replies()
        assert result.updates == (), f"byte {index} altered, yet the reply was applied"
    assert counselor.get(request.id).status is Status.RECEIVED
    refused = [e for e in counselor.get(request.id).events if e.kind is EventKind.REPLY_REFUSED]
    assert refused, "a refused reply leaves a warning on the timeline"
    slot.write_bytes(genuine)
    assert [u.status for u in counselor.check_replies().updates] == [ReplyStatus.SCHEDULED]


def test_a_reply_signed_by_another_key_or_an_old_reply_is_rejected(org: Org) -> None:
    counselor = org.counselor()
    request, envelope_id = _receipt(org)
    row = org.coordinator_vault.query_one("SELECT reply_key FROM eap_inbox WHERE envelope_id = ?", (envelope_id,))
    assert row is not None
    to = reply_public_key_from_b64(row[0])
    impostor = CoordinatorKeys.generate()
    forged = ReplyPayload(envelope_id, 9, ReplyStatus.CANCELLED, message="Call 060-000-0000 instead")
    slot = org.exchange / "replies" / name_for(request.reply_id)
    old_receipt = slot.read_bytes()
    slot.write_bytes(seal_reply(forged.to_json(), to, impostor.signing, envelope_id=request.reply_id))
    assert counselor.check_replies().refused == 1
    mine = counselor.get(request.id)
    assert mine.status is Status.RECEIVED
    assert mine.last(EventKind.REPLY_REFUSED).detail == {"reason": "bad_signature"}  # type: ignore[union-attr]

    org.eap_inbox().schedule(envelope_id, Appointment(org.clock.now() + timedelta(days=2), 50, "Room 3"))
    assert len(counselor.check_replies().updates) == 1
    slot.write_bytes(old_receipt)  # a genuine but older reply copied back onto the share
    assert counselor.check_replies().updates == ()
    assert counselor.get(request.id).status is Status.SCHEDULED


def test_cancel_carries_proof_and_closes_the_request_on_both_sides(org: Org) -> None:
    counselor = org.counselor()
    request, envelope_id = _receipt(org)
    cancelled = counselor.cancel(request.id)
    assert cancelled.status is Status.CANCELLED and cancelled.closed_by == "me"
    assert cancelled.last(EventKind.CANCEL_SENT) is not None
    report = org.import_once()
    assert report.accepted_by_kind == {"eap_cancel": 1}
    assert org.eap_inbox().get(envelope_id).triage is Triage.CANCELLED
    assert not (org.exchange / "replies" / name_for(request.reply_id)).exists()  # the slot is gone
    with pytest.raises(EapError):
        counselor.cancel(request.id)


def test_a_cancel_with_a_wrong_proof_is_quarantined(org: Org) -> None:
    _request, envelope_id = _receipt(org)
    from wellcare.eap.protocol import CancelPayload, new_cancel_secret
    from wellcare.exchange import post, seal

    forged = seal(Kind.EAP_CANCEL, CancelPayload(envelope_id, new_cancel_secret()).to_json(), org.keys.public().box_key)
    name = post(org.transport, forged)
    report = org.import_once()
    assert report.quarantined == 1 and report.rejections[0].reason == "bad_payload"
    assert org.transport.quarantined(Folder.INBOX) == {name: "bad_payload"}
    assert org.eap_inbox().get(envelope_id).triage is Triage.NEW


def test_a_cancel_that_arrives_before_its_request_waits_for_it(org: Org) -> None:
    counselor = org.counselor()
    request = counselor.submit(content())
    held = org.root / "held.json"
    shutil.move(org.exchange / "inbox" / name_for(request.envelope_id), held)
    counselor.cancel(request.id)
    report = org.import_once()
    assert (report.accepted, report.waiting) == (0, 1)  # taken in, but in effect only once its request proves it
    shutil.move(held, org.exchange / "inbox" / name_for(request.envelope_id))
    assert org.import_once().accepted_by_kind == {"eap_request": 1}
    stored = org.eap_inbox().get(request.envelope_id)
    assert stored.triage is Triage.CANCELLED
    assert list((org.exchange / "replies").iterdir()) == []  # no receipt for a withdrawn request


def test_a_request_made_while_the_share_is_offline_waits_and_goes_later(org: Org) -> None:
    counselor = org.counselor()
    offline = org.root / "unmounted"
    org.exchange.rename(offline)
    request = counselor.submit(content(urgency=Urgency.URGENT))
    assert request.status is Status.QUEUED
    assert counselor.sync().reachable is False
    offline.rename(org.exchange)
    result = counselor.sync()
    assert result.sent == 1 and counselor.get(request.id).status is Status.SENT
    assert org.import_once().accepted == 1


def test_the_coordinator_keeps_replies_until_the_share_takes_them(org: Org) -> None:
    counselor = org.counselor()
    _request, envelope_id = _receipt(org)
    offline = org.root / "unmounted"
    org.exchange.rename(offline)
    eap = org.eap_inbox()
    eap.schedule(envelope_id, Appointment(org.clock.now() + timedelta(days=2), 30, "https://meet.example/x"))
    assert eap.pending_replies() == 1
    offline.rename(org.exchange)
    assert eap.flush() == 0
    assert [u.status for u in counselor.sync().updates] == [ReplyStatus.SCHEDULED]


def test_a_changed_appointment_replaces_the_reminders(org: Org) -> None:
    counselor = org.counselor()
    request, envelope_id = _receipt(org)
    eap = org.eap_inbox()
    first = org.clock.now() + timedelta(hours=5)
    eap.schedule(envelope_id, Appointment(first, 50, "Room 3"))
    counselor.sync()
    mine = counselor.get(request.id)
    # five hours ahead: the day-before reminder is covered by the news itself, the hour-before is due later
    assert counselor.next_reminder(mine, org.clock.now()) == first - timedelta(hours=1)
    moved = first + timedelta(days=3)
    eap.schedule(envelope_id, Appointment(moved, 50, "Room 4"))
    counselor.sync()
    mine = counselor.get(request.id)
    assert mine.appointment is not None and mine.appointment.where == "Room 4"
    assert counselor.next_reminder(mine, org.clock.now()) == moved - timedelta(days=1)
    assert sum(1 for e in mine.events if e.kind is EventKind.SCHEDULED) == 2


def test_reminders_missed_while_asleep_collapse_into_one(org: Org) -> None:
    counselor = org.counselor()
    _request, envelope_id = _receipt(org)
    start = org.clock.now() + timedelta(days=3)
    org.eap_inbox().schedule(envelope_id, Appointment(start, 50, "Room 3"))
    counselor.sync()
    shown: list[MyRequest] = []
    reminders = EapReminders(counselor, shown.append)
    assert isinstance(org.clock, ManualClock)
    org.clock.set(start - timedelta(minutes=30))  # slept through both reminder times
    [job] = reminders.plan(org.clock.now())
    job.func(*job.args)
    job.func(*job.args)  # a repeated timer changes nothing
    assert len(shown) == 1
    assert reminders.plan(org.clock.now()) == []


def test_the_reply_key_is_a_secret_and_never_exported(org: Org, tmp_path) -> None:  # type: ignore[no-untyped-def]
    counselor = org.counselor()
    request = counselor.submit(content())
    key = org.counselor_vault.get_secret(REPLY_KEY_SECRET + request.envelope_id)
    assert key is not None and len(base64.b64decode(key)) == 32
    org.counselor_vault.close()
    code, _out, err = cli("--profile", str(org.counselor_profile), "export", str(tmp_path / "export.json"))
    assert code == 0, err
    exported = (tmp_path / "export.json").read_text(encoding="utf-8")
    assert key not in exported and MARKER in exported  # your own data, without the keys
    from wellcare.vault import VaultManager

    org.counselor_vault = VaultManager(org.counselor_profile).unlock()


def test_a_request_too_large_for_the_exchange_is_refused_before_anything_is_kept(org: Org) -> None:
    from wellcare.eap.protocol import MAX_ATTACHMENT_TEXT, MAX_ATTACHMENTS, MAX_NOTE, Attachment

    big = tuple(Attachment("incident", f"call {i}", "폭" * MAX_ATTACHMENT_TEXT) for i in range(MAX_ATTACHMENTS))
    counselor = org.counselor()
    with pytest.raises(EapError) as refused:
        counselor.submit(content(note="언" * MAX_NOTE, attachments=big))
    assert refused.value.code == "too_large"
    assert counselor.requests() == [] and _inbox_files(org) == []
    with pytest.raises(EapError) as invalid:
        counselor.submit(content(contact=""))
    assert invalid.value.code == "invalid"


@pytest.mark.parametrize("genuine_first", [True, False])
def test_a_bogus_cancel_cannot_erase_a_genuine_one_waiting_for_its_request(org: Org, genuine_first: bool) -> None:
    """Anyone can seal a cancellation naming a request id; every waiting one is kept until one proves itself."""
    from wellcare.eap.protocol import CancelPayload, new_cancel_secret
    from wellcare.exchange import post, seal

    counselor = org.counselor()
    request = counselor.submit(content())
    held = org.root / "held.json"
    shutil.move(org.exchange / "inbox" / name_for(request.envelope_id), held)
    bogus = CancelPayload(request.envelope_id, new_cancel_secret()).to_json()

    def send_bogus() -> None:
        post(org.transport, seal(Kind.EAP_CANCEL, bogus, org.keys.public().box_key))
        assert org.import_once().waiting == 1  # it cannot be checked yet: it waits

    if not genuine_first:
        send_bogus()
    counselor.cancel(request.id)
    assert org.import_once().waiting == 1
    if genuine_first:
        send_bogus()
    shutil.move(held, org.exchange / "inbox" / name_for(request.envelope_id))
    assert org.import_once().accepted_by_kind == {"eap_request": 1}
    assert org.eap_inbox().get(request.envelope_id).triage is Triage.CANCELLED
    assert list((org.exchange / "replies").iterdir()) == []  # no receipt for a withdrawn request
    assert org.coordinator_vault.query("SELECT * FROM eap_pending_cancels") == []
