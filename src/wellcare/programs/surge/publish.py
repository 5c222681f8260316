"""The coordinator's side: write a signed surge notice (or the cancel of one) into offers/.

``wellcare coordinator surge`` is the front end. A notice is checked as a counselor's app will
check it (:func:`check_new`) before it is signed, written atomically (the transport's temp file
and rename) and read back verified; one that does not read back is removed again. Cancelling
writes a signed cancel for every surge in force or announced: the cancel stays in the folder until
the surge's own end, so a copy of the old notice put back by anyone still does nothing. Files of
notices whose end has passed are removed on the next publication.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from nacl.signing import SigningKey, VerifyKey

from wellcare.exchange import EnvelopeError, Folder, Transport, TransportError, name_for, post
from wellcare.programs.offer_scan import FailedFiles
from wellcare.programs.surge.notice import (
    MAX_ADVANCE,
    SurgeAction,
    SurgeNotice,
    SurgeNoticeError,
    new_notice_id,
    open_verified_notice,
    refusal,
    sign_notice,
)
from wellcare.programs.surge.reading import SurgeListing, read_surge_notices


def new_surge(start: datetime, end: datetime, reason: Mapping[str, str], now: datetime) -> SurgeNotice:
    """A surge notice issued now; its format is checked (SurgeNoticeError naming the key)."""
    notice = SurgeNotice(SurgeAction.SURGE, new_notice_id(now), now, end, start, dict(reason))
    return SurgeNotice.from_payload(notice.to_payload())


def check_new(notice: SurgeNotice, now: datetime, max_duration: timedelta) -> None:
    """Refuse what counselors' apps would ignore: raises SurgeNoticeError naming the key."""
    if notice.end <= now:
        raise SurgeNoticeError("end", "has already passed; counselors would ignore the notice")
    if notice.duration() > max_duration:
        hours = int(max_duration.total_seconds() // 3600)
        raise SurgeNoticeError("end", f"a surge may last at most {hours} hours (the policy's surge.max_duration_hours)")
    if notice.start is not None and notice.start - now > MAX_ADVANCE:
        raise SurgeNoticeError("start", f"may be at most {MAX_ADVANCE.days} days ahead")
    if refusal(notice, now, max_duration) is not None:  # the rule readers apply, as a last guard
        raise SurgeNoticeError("", "counselors' apps would ignore this notice")


def published(transport: Transport, verify_key: VerifyKey) -> SurgeListing:
    """Every notice in offers/ that verifies with the coordinator's key (a fresh read, nothing remembered)."""
    return read_surge_notices(transport, verify_key, memo=FailedFiles())


def write_notice(transport: Transport, notice: SurgeNotice, signing_key: SigningKey, now: datetime) -> str:
    """Sign, write and read back verified; returns the file name. EnvelopeError/TransportError: nothing written."""
    data = sign_notice(notice, signing_key, now=now)
    name = post(transport, data)
    try:
        open_verified_notice(transport.read(Folder.OFFERS, name), signing_key.verify_key)
    except (EnvelopeError, TransportError):
        with contextlib.suppress(TransportError):
            transport.remove(Folder.OFFERS, name)
        raise
    return name


@dataclass(frozen=True)
class Cancelled:
    notice_id: str
    file: str  # the cancel's file name


def cancel_all(
    transport: Transport, signing_key: SigningKey, listing: SurgeListing, now: datetime, max_duration: timedelta
) -> list[Cancelled]:
    """A signed cancel for every surge in force or announced (none: an empty list)."""
    out = []
    for surge in listing.current(now, max_duration):
        cancel = SurgeNotice(SurgeAction.CANCEL, surge.notice_id, now, surge.end)
        out.append(Cancelled(surge.notice_id, write_notice(transport, cancel, signing_key, now)))
    return out


def remove_expired(transport: Transport, listing: SurgeListing, now: datetime) -> list[str]:
    """Remove the files of notices and cancels whose end has passed (readers ignore them anyway)."""
    removed = []
    for notice in (*listing.surges, *listing.cancels):
        if notice.end <= now and notice.envelope_id:
            with contextlib.suppress(TransportError):
                transport.remove(Folder.OFFERS, name_for(notice.envelope_id))
                removed.append(name_for(notice.envelope_id))
    return removed


__all__ = ["Cancelled", "cancel_all", "check_new", "new_notice_id", "new_surge", "published", "remove_expired",
           "write_notice"]
