"""Shared pieces for the surge tests: a Seoul clock, a coordinator with an exchange folder, notices."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from nacl.signing import SigningKey

from wellcare.exchange import FolderTransport
from wellcare.programs.surge.notice import SurgeAction, SurgeNotice, sign_notice
from wellcare.programs.surge.publish import new_surge, write_notice

KST = timezone(timedelta(hours=9))
MAX = timedelta(hours=72)


def at(day: int, hh: int = 9, mm: int = 0) -> datetime:
    """December 2026 in Seoul: at(7) is Monday the 7th."""
    return datetime(2026, 12, day, hh, mm, tzinfo=KST)


REASON = {"en": "Flood in the south: many calls about relief", "ko": "남부 지역 홍수로 구호 문의가 많습니다"}


def surge(start: datetime, end: datetime, issued: datetime | None = None, **changes: Any) -> SurgeNotice:
    notice = new_surge(start, end, REASON, issued or start)
    for key, value in changes.items():
        notice = SurgeNotice(**{**notice.__dict__, key: value})
    return notice


def publish(transport: FolderTransport, key: SigningKey, notice: SurgeNotice) -> str:
    return write_notice(transport, notice, key, notice.issued)


def publish_unchecked(transport: FolderTransport, key: SigningKey, notice: SurgeNotice) -> bytes:
    """Signed and written without the coordinator's read-back (for notices readers must ignore)."""
    data = sign_notice(notice, key, now=notice.issued)
    from wellcare.exchange import post

    post(transport, data)
    return data


def cancel_of(notice: SurgeNotice, issued: datetime) -> SurgeNotice:
    return SurgeNotice(SurgeAction.CANCEL, notice.notice_id, issued, notice.end)
