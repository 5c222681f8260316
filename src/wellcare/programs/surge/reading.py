"""Reading surge notices from offers/ with the same hostile-share hardening as offers.

Every counselor can write to offers/, so the read is :func:`wellcare.programs.offer_scan.scan_offers`
with its own memory of failed files: one stat per file, links and oversized files refused from
the stat, small and new files first, a budget of failed reads, nothing moved or deleted. Each file
is verified against the pinned coordinator key and checked strictly (:func:`open_verified_notice`);
a forged, altered or malformed file is listed in ``rejected`` and does nothing. Offers in the same
folder are another reader's and are only counted.

What a verified notice means *now* (expired, from the future, too long, cancelled) is decided by
:class:`SurgeListing` with the caller's clock, so the same listing stays right as time passes.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from nacl.signing import VerifyKey

from wellcare.exchange import Envelope, Rejection, Transport
from wellcare.programs.offer_scan import FailedFiles, memo_for, scan_offers
from wellcare.programs.surge.notice import Refusal, SurgeNotice, open_verified_notice, refusal

READER = "surge"  # the scan's memory of failed files is kept apart from the offers reader's


@dataclass(frozen=True)
class SurgeListing:
    """The verified notices of one read (surges and cancels) and the files refused."""

    surges: tuple[SurgeNotice, ...] = ()
    cancels: tuple[SurgeNotice, ...] = ()
    rejected: tuple[Rejection, ...] = ()
    unread: int = 0

    def cancelled(self, now: datetime, max_duration: timedelta) -> frozenset[str]:
        """Ids of surges a cancel that counts now has ended."""
        return frozenset(c.notice_id for c in self.cancels if refusal(c, now, max_duration) is None)

    def current(self, now: datetime, max_duration: timedelta) -> tuple[SurgeNotice, ...]:
        """Surges that count at ``now`` or later (not refused, not cancelled), soonest start first."""
        cancelled = self.cancelled(now, max_duration)
        return tuple(
            sorted(
                (s for s in self.surges if s.notice_id not in cancelled and refusal(s, now, max_duration) is None),
                key=lambda s: (s.start or s.issued, s.notice_id),
            )
        )

    def ignored(self, now: datetime, max_duration: timedelta) -> list[tuple[str, Refusal]]:
        """Verified surges that do nothing now, and why (for the log)."""
        out = [(s.notice_id, r) for s in self.surges if (r := refusal(s, now, max_duration)) is not None]
        return out


def _latest(notices: list[SurgeNotice]) -> tuple[SurgeNotice, ...]:
    """One notice per id: the one issued last (ties: the envelope id), so a re-publication replaces."""
    best: dict[str, SurgeNotice] = {}
    for notice in notices:
        current = best.get(notice.notice_id)
        if current is None or (notice.issued, notice.envelope_id) > (current.issued, current.envelope_id):
            best[notice.notice_id] = notice
    return tuple(best.values())


def read_surge_notices(
    transport: Transport, verify_key: VerifyKey, *, memo: FailedFiles | None = None
) -> SurgeListing:
    """Every surge notice in offers/ that verifies with ``verify_key``; never moves or deletes anything.

    Raises TransportError when the folder cannot be listed at all (share offline).
    """
    surges: list[SurgeNotice] = []
    cancels: list[SurgeNotice] = []

    def opener(data: bytes) -> Envelope:
        return open_verified_notice(data, verify_key)[0]

    def accept(envelope: Envelope) -> None:
        notice = SurgeNotice.from_payload(envelope.payload)
        notice = replace(notice, envelope_id=envelope.id)
        (cancels if notice.is_cancel else surges).append(notice)

    scan = scan_offers(transport, opener, accept, memo=memo if memo is not None else memo_for(transport, READER))
    return SurgeListing(_latest(surges), _latest(cancels), scan.rejected, scan.unread)
