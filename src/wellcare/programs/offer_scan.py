"""Reading offers/ on a share anyone can write to: bounded work that junk cannot steer.

Every counselor can create files in offers/ (on many shares "write" is all-or-nothing), so the
folder may hold thousands of junk files named to sort first, huge files, links and forged
offers. Reading the first N names in sort order would let junk choose what is read; so a
refresh here:

1. takes one stat of every valid name (no file is opened): links, folders, special files and
   files larger than an offer may be are refused from the stat alone;
2. skips files that already failed with the same name, size and modification time (remembered
   per folder for the life of the process, so a flood costs one stat per file after the first
   refresh);
3. reads the rest small first (files up to ``USUAL_OFFER_BYTES``; real offers are a few KiB),
   then newest first (a modification time in the future, which only a forger sets, counts as
   oldest), verifying each signature, until a budget of *failed* reads or failed bytes is spent.
   Genuine offers never spend the budget, so in the app a flood larger than it delays them by a
   refresh or two, never hides them for good (each refresh remembers what failed). A one-shot
   reader (``wellcare offers list``) starts with an empty memory: a flood of more than
   ``MAX_FAILED_READS`` small junk files newer than the offers can still hide them from it.

The folder holds every public kind (``PUBLIC_KINDS``: offers and surge notices), each read by its
own reader with its own ``opener``. A file of another kind is no refusal: it is remembered (not
opened again by this reader) and counted in ``other_kinds``, never listed in ``rejected``; it still
spends the failure budget, so a flood of them steers nothing either. Each reader keeps its own
memory (``memo_for(transport, reader)``).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from wellcare.exchange import (
    MAX_BYTES,
    Envelope,
    EnvelopeError,
    FileStat,
    Folder,
    Kind,
    Reason,
    Rejection,
    Transport,
    TransportError,
    id_from_name,
)

MAX_OFFER_BYTES = MAX_BYTES[Kind.OFFER]
MAX_FAILED_READS = 10_000  # files opened per refresh that turned out not to be offers
MAX_FAILED_BYTES = 64 * 1024 * 1024  # and their bytes
FUTURE_SLACK_NS = 24 * 3600 * 10**9  # clocks on a share drift; a day beyond now, a time is a forger's
USUAL_OFFER_BYTES = 32 * 1024  # a real offer is a few KiB: files up to this size are read first
MEMO_LIMIT = 100_000  # remembered failures per folder (oldest forgotten first)


class FailedFiles:
    """Files that failed, by name, size and modification time: not read again until one changes."""

    def __init__(self, limit: int = MEMO_LIMIT) -> None:
        self._limit = limit
        self._failed: dict[str, tuple[int, int, Rejection]] = {}
        self._lock = threading.Lock()  # refreshes run on a worker thread

    def known(self, f: FileStat) -> Rejection | None:
        with self._lock:
            entry = self._failed.get(f.name)
        if entry is None or entry[:2] != (f.size, f.mtime_ns) or f.size < 0:
            return None
        return entry[2]

    def remember(self, f: FileStat, rejection: Rejection) -> None:
        if f.size < 0:  # a transport that cannot stat: nothing to recognise the file by
            return
        with self._lock:
            self._failed.pop(f.name, None)
            while len(self._failed) >= self._limit:
                del self._failed[next(iter(self._failed))]
            self._failed[f.name] = (f.size, f.mtime_ns, rejection)

    def keep_only(self, names: set[str]) -> None:
        """Forget files no longer in the folder."""
        with self._lock:
            for name in [n for n in self._failed if n not in names]:
                del self._failed[name]

    def __len__(self) -> int:
        return len(self._failed)


_MEMOS: dict[str, FailedFiles] = {}
_MEMOS_LOCK = threading.Lock()


def memo_for(transport: Transport, reader: str = "offers") -> FailedFiles:
    """The process-wide memory of failed files for this transport's folder and this reader."""
    key = f"{reader}:{getattr(transport, 'root', id(transport))}"
    with _MEMOS_LOCK:
        return _MEMOS.setdefault(key, FailedFiles())


@dataclass(frozen=True)
class ScanResult:
    rejected: tuple[Rejection, ...]  # this refresh's refusals, remembered ones included
    read: int  # files opened this time
    unread: int  # left for a later refresh because the failure budget was spent
    other_kinds: int = 0  # files of another public kind (a surge notice among offers): not this reader's


def scan_offers(
    transport: Transport,
    opener: Callable[[bytes], Envelope],
    on_envelope: Callable[[Envelope], None],
    *,
    memo: FailedFiles | None = None,
    wall_ns: int | None = None,
    max_failed_reads: int = MAX_FAILED_READS,
    max_failed_bytes: int = MAX_FAILED_BYTES,
) -> ScanResult:
    """Open every offer worth opening (see the module docstring); never moves or deletes anything.

    ``opener`` parses and verifies (raising EnvelopeError); ``on_envelope`` gets each verified
    envelope. Raises TransportError when the folder cannot be listed at all.
    """
    memo = memo_for(transport) if memo is None else memo
    files = transport.scan(Folder.OFFERS)
    memo.keep_only({f.name for f in files})
    rejected: list[Rejection] = []
    candidates: list[FileStat] = []
    other_kinds = 0
    for f in files:
        known = memo.known(f)
        if known is not None and known.reason == Reason.WRONG_KIND.value:
            other_kinds += 1
        elif known is not None:
            rejected.append(known)
        elif not f.regular:
            _fail(memo, rejected, f, Reason.NOT_REGULAR, "not a regular file (a link, folder or device)")
        elif f.size > MAX_OFFER_BYTES:
            _fail(memo, rejected, f, Reason.TOO_LARGE, f"{f.size} bytes, limit {MAX_OFFER_BYTES}")
        else:
            candidates.append(f)
    # file times are the share's wall clock, not the app's (possibly injected) one
    horizon = (time.time_ns() if wall_ns is None else wall_ns) + FUTURE_SLACK_NS
    candidates.sort(
        key=lambda f: (0 <= f.size <= USUAL_OFFER_BYTES, f.mtime_ns if f.mtime_ns <= horizon else -1, f.name),
        reverse=True,
    )
    failed_reads = failed_bytes = read = unread = 0
    for f in candidates:
        if failed_reads >= max_failed_reads or failed_bytes >= max_failed_bytes:
            unread += 1
            continue
        read += 1
        try:
            data = transport.read(Folder.OFFERS, f.name, max_bytes=MAX_OFFER_BYTES)
        except TransportError as exc:
            if exc.reason is not Reason.GONE:
                failed_reads += 1
                if exc.reason is Reason.IO_ERROR:  # the share, not the file: try again next time
                    rejected.append(Rejection(f.name, exc.reason.value, exc.detail))
                else:
                    _fail(memo, rejected, f, exc.reason, exc.detail)
            continue
        try:
            envelope = opener(data)
            if envelope.id != id_from_name(f.name):
                raise EnvelopeError(Reason.NAME_MISMATCH, "file name is not the envelope's id")
        except EnvelopeError as exc:
            failed_reads, failed_bytes = failed_reads + 1, failed_bytes + len(data)
            if exc.reason is Reason.WRONG_KIND:  # another reader's kind: remembered, not refused
                memo.remember(f, Rejection(f.name, exc.reason.value, exc.detail[:200]))
                other_kinds += 1
            else:
                _fail(memo, rejected, f, exc.reason, exc.detail)
            continue
        except Exception as exc:  # a bug met a hostile file: refuse it, keep going
            failed_reads, failed_bytes = failed_reads + 1, failed_bytes + len(data)
            _fail(memo, rejected, f, Reason.INTERNAL_ERROR, type(exc).__name__)
            continue
        on_envelope(envelope)
    return ScanResult(tuple(rejected), read, unread, other_kinds)


def _fail(memo: FailedFiles, rejected: list[Rejection], f: FileStat, reason: Reason, detail: str) -> None:
    rejection = Rejection(f.name, reason.value, detail[:200])
    memo.remember(f, rejection)
    rejected.append(rejection)
