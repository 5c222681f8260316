"""The EAP payloads are read strictly: anything the app would not have written is refused."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest

from tests.eap.helpers import KST, content
from wellcare.eap.attachments import AttachmentChoice, collect_choices
from wellcare.eap.protocol import (
    MAX_ATTACHMENT_TEXT,
    MAX_NOTE,
    Appointment,
    ReplyPayload,
    ReplyStatus,
    RequestPayload,
    cancel_hash,
    clean_text,
    new_cancel_secret,
    parse_cancel,
    parse_reply,
    parse_request,
    proof_matches,
)
from wellcare.exchange import EnvelopeError, Reason, ReplyKeypair, new_id


def _request() -> dict[str, Any]:
    return RequestPayload(
        content(), ReplyKeypair.generate().public_b64(), new_id(), cancel_hash(new_cancel_secret())
    ).to_json()


def test_a_request_survives_its_own_round_trip() -> None:
    payload = _request()
    parsed = parse_request(payload)
    assert parsed.content == content()
    assert parsed.to_json() == payload


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda p: p | {"extra": 1}, Reason.BAD_PAYLOAD),
        (lambda p: {k: v for k, v in p.items() if k != "note"}, Reason.BAD_PAYLOAD),
        (lambda p: p | {"v": 2}, Reason.UNSUPPORTED_VERSION),
        (lambda p: p | {"v": True}, Reason.UNSUPPORTED_VERSION),
        (lambda p: p | {"type": "payroll"}, Reason.BAD_PAYLOAD),
        (lambda p: p | {"urgency": "URGENT"}, Reason.BAD_PAYLOAD),
        (lambda p: p | {"times": []}, Reason.BAD_PAYLOAD),
        (lambda p: p | {"times": ["lunch", "lunch"]}, Reason.BAD_PAYLOAD),
        (lambda p: p | {"note": "x" * (MAX_NOTE + 1)}, Reason.BAD_PAYLOAD),
        (lambda p: p | {"note": "bell\x07"}, Reason.BAD_PAYLOAD),
        (lambda p: p | {"note": "rtl \u202e override"}, Reason.BAD_PAYLOAD),
        (lambda p: p | {"contact": {"method": "phone", "value": ""}}, Reason.BAD_PAYLOAD),
        (lambda p: p | {"contact": {"method": "phone", "value": "a\nb"}}, Reason.BAD_PAYLOAD),
        (lambda p: p | {"contact": {"method": "fax", "value": "1"}}, Reason.BAD_PAYLOAD),
        (lambda p: p | {"reply_key": "AAAA"}, Reason.BAD_PAYLOAD),
        (lambda p: p | {"reply_id": "../../etc"}, Reason.BAD_PAYLOAD),
        (lambda p: p | {"cancel_hash": "0" * 63}, Reason.BAD_PAYLOAD),
        (
            lambda p: p | {"attachments": [{"type": "x", "title": "t", "text": "y" * (MAX_ATTACHMENT_TEXT + 1)}]},
            Reason.BAD_PAYLOAD,
        ),
        (lambda p: p | {"attachments": [{"type": "X Y", "title": "t", "text": "y"}]}, Reason.BAD_PAYLOAD),
        (lambda p: p | {"lang": "korean"}, Reason.BAD_PAYLOAD),
        # nested and odd types from a hostile (but validly sealed) file: refused, never a TypeError
        (lambda p: p | {"times": [[1]]}, Reason.BAD_PAYLOAD),
        (lambda p: p | {"times": [{"a": 1}, "lunch"]}, Reason.BAD_PAYLOAD),
        (lambda p: p | {"type": ["call"]}, Reason.BAD_PAYLOAD),
        (lambda p: p | {"reply_key": 5}, Reason.BAD_PAYLOAD),
        (lambda p: p | {"reply_key": [1, 2]}, Reason.BAD_PAYLOAD),
        (lambda p: p | {"reply_id": {"x": 1}}, Reason.BAD_PAYLOAD),
        (lambda p: p | {"contact": [1]}, Reason.BAD_PAYLOAD),
        (lambda p: p | {"attachments": [[1]]}, Reason.BAD_PAYLOAD),
        (lambda p: p | {"lang": "ko\n"}, Reason.BAD_PAYLOAD),
        (lambda p: p | {"reply_id": new_id() + "\n"}, Reason.BAD_PAYLOAD),
        (lambda p: p | {"cancel_hash": "\uff10" * 64}, Reason.BAD_PAYLOAD),  # full-width digits
        (lambda p: p | {"v": [1]}, Reason.UNSUPPORTED_VERSION),
    ],
)
def test_a_request_that_breaks_a_rule_is_refused(change: Any, reason: Reason) -> None:
    with pytest.raises(EnvelopeError) as refused:
        parse_request(change(_request()))
    assert refused.value.reason is reason


def test_replies_and_cancellations() -> None:
    start = datetime(2025, 3, 4, 14, 0, tzinfo=KST)
    reply = ReplyPayload(new_id(), 2, ReplyStatus.SCHEDULED, Appointment(start, 50, "Room 3", "bring nothing"))
    assert parse_reply(reply.to_json()) == reply
    broken = reply.to_json() | {"appointment": None}
    with pytest.raises(EnvelopeError):
        parse_reply(broken)
    naive = reply.to_json()
    naive["appointment"] = naive["appointment"] | {"start": "2025-03-04T14:00"}
    with pytest.raises(EnvelopeError, match="offset"):
        parse_reply(naive)
    with pytest.raises(EnvelopeError):
        parse_reply(reply.to_json() | {"seq": 0})
    with pytest.raises(ValueError):
        ReplyPayload(new_id(), 1, ReplyStatus.DONE, Appointment(start, 50, "Room 3"))
    secret = new_cancel_secret()
    assert proof_matches(secret, cancel_hash(secret)) and not proof_matches(new_cancel_secret(), cancel_hash(secret))
    with pytest.raises(EnvelopeError):
        parse_cancel({"v": 1, "request": new_id(), "proof": secret.upper()})
    assert start - timedelta(days=1) < start


def test_clean_text_and_attachment_choices() -> None:
    assert clean_text("  a\r\nb\tc \x07 ") == "a b c"
    assert clean_text("a\r\nb", multiline=True) == "a\nb"
    long = AttachmentChoice("k", "assessment_summary", "WHO-5", "x" * 5000).as_attachment()
    assert len(long.text) == MAX_ATTACHMENT_TEXT and long.text.endswith("…")

    def broken(vault: object, language: str) -> list[AttachmentChoice]:
        raise RuntimeError("assess module failed")

    def fine(vault: object, language: str) -> list[AttachmentChoice]:
        return [AttachmentChoice("a", "incident", "Call", "text"), AttachmentChoice("a", "incident", "Dup", "t"),
                AttachmentChoice("b", "incident", " ", "empty title")]  # fmt: skip

    assert [c.title for c in collect_choices([broken, fine], object(), "ko")] == ["Call"]  # type: ignore[arg-type]
