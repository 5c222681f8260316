"""The hand-over notice through a real share and real vaults: exactly the preview, its own kind, waiting offline."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.eap.helpers import MONDAY_9, Org, make_org
from wellcare.exchange import Folder, Kind, open_sealed, read_header
from wellcare.exchange._codec import dumps_canonical
from wellcare.exchange.envelope import EnvelopeError
from wellcare.incidents import IncidentStore
from wellcare.incidents.notice import NoticeError, NoticeService, NoticeState, notice_for, parse_notice, preview_text
from wellcare.incidents.notice_inbox import NoticeBook, NoticeStatus
from wellcare.policy import Policy

NOTE = "MARKER-notice-note 이 씨발 민원인"
REF = "CALL-2025-0303-0912"


@pytest.fixture
def org(tmp_path: Path):  # type: ignore[no-untyped-def]
    org = make_org(tmp_path)
    yield org
    org.close()


def logged(org: Org) -> IncidentStore:
    store = IncidentStore(org.counselor_vault, org.clock)
    store.log("verbal_abuse", "shaken", NOTE, REF)
    return store


def inbox_files(org: Org) -> list[bytes]:
    return [p.read_bytes() for p in sorted((org.exchange / Folder.INBOX.value).iterdir()) if not p.name.startswith(".")]


def test_the_sealed_notice_is_byte_for_byte_the_preview_and_nothing_else(org: Org) -> None:
    incident = logged(org).all()[0]
    service = NoticeService(org.counselor_vault, org.policy, org.clock)
    notice = notice_for(incident, include_call_ref=True)
    preview = preview_text(notice)
    assert (
        preview == f'{{"at":"{MONDAY_9.isoformat(timespec="minutes")}","call_ref":"{REF}","kind":"verbal_abuse","v":1}}'
    )
    sent = service.send(notice)
    assert sent.state is NoticeState.SENT
    [data] = inbox_files(org)
    assert read_header(data).kind is Kind.HANDOVER_NOTICE
    assert NOTE.encode() not in data and REF.encode() not in data and b"verbal_abuse" not in data
    opened = open_sealed(data, org.keys.box)
    assert dumps_canonical(opened.payload) == preview.encode("utf-8")

    report = org.import_once()
    assert report.accepted_by_kind == {"handover_notice": 1}
    [received] = NoticeBook(org.coordinator_vault).notices()
    assert (received.kind, received.at, received.call_ref, received.status) == (
        "verbal_abuse", MONDAY_9.isoformat(timespec="minutes"), REF, NoticeStatus.NEW,
    )  # fmt: skip
    NoticeBook(org.coordinator_vault).set_status(received.envelope_id, NoticeStatus.TAKEN_OVER, org.clock.now())
    assert NoticeBook(org.coordinator_vault).counts() == {NoticeStatus.TAKEN_OVER: 1}


def test_without_the_call_reference_the_notice_carries_none(org: Org) -> None:
    incident = logged(org).all()[0]
    notice = notice_for(incident, include_call_ref=False)
    NoticeService(org.counselor_vault, org.policy, org.clock).send(notice)
    [data] = inbox_files(org)
    assert open_sealed(data, org.keys.box).payload["call_ref"] == ""


def test_a_notice_made_while_the_share_is_unreachable_waits_then_goes(org: Org) -> None:
    incident = logged(org).all()[0]
    offline = org.root / "unmounted"
    org.exchange.rename(offline)
    service = NoticeService(org.counselor_vault, org.policy, org.clock)
    sent = service.send(notice_for(incident, include_call_ref=False))
    assert sent.state is NoticeState.WAITING
    assert service.flush() == (0, 1)
    offline.rename(org.exchange)
    assert service.flush() == (1, 0)
    assert [n.state for n in service.notices()] == [NoticeState.SENT]
    assert org.import_once().accepted_by_kind == {"handover_notice": 1}


def test_without_an_office_there_is_nowhere_to_send(org: Org) -> None:
    incident = logged(org).all()[0]
    service = NoticeService(org.counselor_vault, Policy(), org.clock)
    assert service.can_send() is False
    with pytest.raises(NoticeError) as caught:
        service.send(notice_for(incident, include_call_ref=True))
    assert caught.value.code == "no_recipient"


@pytest.mark.parametrize(
    "payload",
    [
        {"v": 1, "kind": "verbal_abuse", "at": "2025-03-03T09:00+09:00", "call_ref": "", "note": "x"},
        {"v": 1, "kind": "insult", "at": "2025-03-03T09:00+09:00", "call_ref": ""},
        {"v": 1, "kind": "threat", "at": "yesterday", "call_ref": ""},
        {"v": 1, "kind": "threat", "at": "2025-03-03T09:00+09:00", "call_ref": "a\nb"},
        {"v": 2, "kind": "threat", "at": "2025-03-03T09:00+09:00", "call_ref": ""},
    ],
)
def test_the_office_refuses_a_notice_that_says_anything_else(payload: dict[str, object]) -> None:
    with pytest.raises(EnvelopeError):
        parse_notice(payload)


def test_a_closed_notice_loses_its_call_reference_and_time_after_the_retention_period(org: Org) -> None:
    from datetime import timedelta

    incident = logged(org).all()[0]
    NoticeService(org.counselor_vault, org.policy, org.clock).send(notice_for(incident, include_call_ref=True))
    org.import_once()
    book = NoticeBook(org.coordinator_vault)
    [notice] = book.notices()
    assert book.purge(org.clock.now(), 30) == 0  # still new: kept
    book.set_status(notice.envelope_id, NoticeStatus.CLOSED, org.clock.now())
    assert book.purge(org.clock.now() + timedelta(days=29), 30) == 0
    assert book.purge(org.clock.now() + timedelta(days=30), 30) == 1
    [purged] = book.notices()
    assert (purged.kind, purged.at, purged.call_ref, purged.status) == ("verbal_abuse", "", "", NoticeStatus.CLOSED)
