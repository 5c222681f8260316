"""Import a folder of envelopes: each file once, strictly, never stopped by a bad one.

Processed files are *removed*, not archived. The caller keeps what it accepted in its encrypted
vault; a sealed copy left on a share is only a liability (it stays readable to whoever later
gets the coordinator key). Idempotency rests on envelope ids: ``on_accept`` must store the id
in the same vault transaction as the content, and ``is_seen`` must answer from that store. Then
a crash between accepting and removing is harmless: the next run sees the file again, counts it
as a duplicate and removes it.

With ``batch`` (a context manager factory: the caller's vault transaction) files are taken in
batches of ``batch_size``: ``on_accept`` runs for each file of a batch inside one ``batch()``
block, and the batch's accepted and duplicate files are removed only after that block has
exited without error (the transaction committed). One commit per batch instead of per file is
what lets a large inbox import quickly; the crash argument above holds per batch.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager, ExitStack, nullcontext
from dataclasses import dataclass
from enum import StrEnum

from wellcare.exchange.envelope import Envelope
from wellcare.exchange.errors import EnvelopeError, Reason, TransportError
from wellcare.exchange.transport import Folder, Transport, id_from_name, name_for
from wellcare.logging_setup import redacted_traceback

log = logging.getLogger(__name__)

Opener = Callable[[bytes], Envelope]
"""Parses, decrypts and verifies one file, raising EnvelopeError (e.g. a partial of open_sealed)."""

# Transport refusals that are about the file itself (quarantine it); others are about the
# connection (an I/O error on a share) and leave the file for the next run.
# A file whose own permissions refuse reading (UNREADABLE) is quarantined too: left in place it
# would be tried again on every run, forever.
_FILE_FAULTS = frozenset({Reason.SYMLINK, Reason.NOT_REGULAR, Reason.TOO_LARGE, Reason.BAD_NAME, Reason.UNREADABLE})


REMOVERS = 4  # threads removing a committed batch's files


class Disposal(StrEnum):
    """What happens to files once looked at."""

    CONSUME = "consume"  # the folder's owner (coordinator inbox): remove processed, quarantine bad
    LEAVE = "leave"  # a shared reader (offers): never move or delete anything


@dataclass(frozen=True)
class Rejection:
    """A file that was refused, and why (reason codes are errors.Reason values)."""

    name: str
    reason: str
    detail: str


@dataclass(frozen=True)
class ImportSummary:
    """Counts of one run. ``left`` is refused files left in place (LEAVE, or a failed move)."""

    accepted: int = 0
    duplicates: int = 0
    quarantined: int = 0
    left: int = 0
    reasons: tuple[Rejection, ...] = ()


class _Run:
    def __init__(self, transport: Transport, folder: Folder, disposal: Disposal) -> None:
        self.transport = transport
        self.folder = folder
        self.disposal = disposal
        self.accepted = self.duplicates = self.quarantined = self.left = 0
        self.reasons: list[Rejection] = []

    def reject(self, name: str, reason: Reason, detail: str, *, quarantine: bool = True) -> None:
        self.reasons.append(Rejection(name=name, reason=reason.value, detail=detail))
        if not quarantine or self.disposal is Disposal.LEAVE:
            self.left += 1
            return
        try:
            self.transport.quarantine(self.folder, name, reason.value, detail)
        except (TransportError, OSError) as exc:
            log.warning("could not quarantine %s in %s: %s", name, self.folder, exc)
            self.left += 1
            return
        log.warning("quarantined %s in %s: %s", name, self.folder, reason.value)
        self.quarantined += 1

    def done(self, name: str) -> None:
        if self.disposal is Disposal.LEAVE:
            return
        try:
            self.transport.remove(self.folder, name)
        except (TransportError, OSError) as exc:  # next run will see a duplicate and retry
            log.warning("could not remove %s from %s: %s", name, self.folder, exc)

    def done_all(self, names: Sequence[str]) -> None:
        for name in names:
            self.done(name)

    def summary(self) -> ImportSummary:
        return ImportSummary(self.accepted, self.duplicates, self.quarantined, self.left, tuple(self.reasons))


def _open_checked(opener: Opener, name: str, data: bytes) -> Envelope:
    envelope = opener(data)
    if envelope.id != id_from_name(name):
        raise EnvelopeError(Reason.NAME_MISMATCH, "file name is not the envelope's id")
    return envelope


def import_folder(
    transport: Transport,
    folder: Folder,
    opener: Opener,
    is_seen: Callable[[str], bool],
    on_accept: Callable[[Envelope], None],
    *,
    disposal: Disposal = Disposal.CONSUME,
    max_files: int | None = None,
    on_file: Callable[[int, int], None] | None = None,
    batch: Callable[[], AbstractContextManager[object]] | None = None,
    batch_size: int = 1,
    check: Callable[[Envelope], Envelope] | None = None,
    prepare: Preparer | None = None,
) -> ImportSummary:
    """Open every listed file; accept new ids, count duplicates, quarantine the rest.

    A bad file never stops the run: it is quarantined with its reason (or, with LEAVE, only
    reported). Anything unexpected an opener raises is treated the same way, so one poisonous
    file cannot block every later import; so is an EnvelopeError raised by ``on_accept`` (the
    caller refusing the file after all). Other errors from ``is_seen`` and ``on_accept`` (the
    caller's vault) do propagate, leaving the current file (with ``batch``: every accepted file of
    the uncommitted batch) in place for the next run; so does a failure to list the folder at all
    (share offline). ``on_file(done, total)`` follows each batch, for a progress line.

    ``check`` (optional) runs on each opened envelope in this process, after ``opener``, and may
    refuse it (EnvelopeError) or return it. ``prepare`` (optional) replaces the serial read and
    open of each file by something that gives the same results in the same order, e.g. the worker
    processes of :mod:`wellcare.exchange.open_pool`; everything that writes (quarantine, the
    caller's vault, removal) stays here, in this order, so the crash argument is unchanged.
    """
    run = _Run(transport, folder, disposal)
    names = transport.list(folder)
    if max_files is not None:
        names = names[:max_files]
    step = max(1, batch_size) if batch is not None else 1
    if prepare is None:
        def prepare(chunk: Sequence[str]) -> Iterable[Prepared]:
            return (read_open(transport, folder, opener, name) for name in chunk)
    with ExitStack() as stack:
        # a committed batch's files are removed by a few threads: each unlink waits on the file system's
        # journal, not on Python, and one at a time they would cost more than reading the files
        removers = stack.enter_context(ThreadPoolExecutor(REMOVERS)) if step > 1 else None
        prepared = iter(prepare(names))
        for first in range(0, len(names), step):
            if on_file is not None:
                on_file(first, len(names))
            chunk = names[first:first + step]
            with batch() if batch is not None else nullcontext():
                taken = [name for name in chunk if _take(run, name, next(prepared), check, is_seen, on_accept)]
            if removers is None:  # only now: the batch holding them is committed
                for name in taken:
                    run.done(name)
            else:
                list(removers.map(run.done_all, [taken[i::REMOVERS] for i in range(REMOVERS)]))
    if on_file is not None:
        on_file(len(names), len(names))
    return run.summary()


@dataclass(frozen=True)
class Refusal:
    """Why one file could not be read or opened: what :func:`read_open` gives instead of an envelope.

    Plain data (it crosses from a worker process of :mod:`.open_pool`); ``trace`` is a redacted
    traceback of an unexpected error, for the importing process to log (workers never log).
    """

    reason: Reason
    detail: str
    quarantine: bool = True  # False: about the connection (an I/O error on a share): left for the next run
    trace: str = ""


Prepared = Envelope | Refusal
"""One file read and opened, or why not (see :func:`read_open`)."""

Preparer = Callable[[Sequence[str]], Iterable[Prepared]]
"""Reads and opens the named files, giving one result per name, in order (serially, or in a pool)."""


def read_open(transport: Transport, folder: Folder, opener: Opener, name: str) -> Prepared:
    """Read one file and open it: the part of an import that needs no vault, and writes nothing."""
    try:
        data = transport.read(folder, name)
    except TransportError as exc:
        return Refusal(exc.reason, exc.detail, quarantine=exc.reason in _FILE_FAULTS)
    try:
        return _open_checked(opener, name, data)
    except EnvelopeError as exc:
        return Refusal(exc.reason, exc.detail)
    except Exception as exc:  # a bug met a hostile file: contained, reported (message withheld)
        trace = redacted_traceback(type(exc), exc.__traceback__)
        return Refusal(Reason.INTERNAL_ERROR, type(exc).__name__, trace=trace)


def _take(
    run: _Run,
    name: str,
    prepared: Prepared,
    check: Callable[[Envelope], Envelope] | None,
    is_seen: Callable[[str], bool],
    on_accept: Callable[[Envelope], None],
) -> bool:
    """Check and accept (or count as a duplicate) one read and opened file; True if it may be removed once committed."""
    if isinstance(prepared, Refusal):
        if prepared.reason is Reason.GONE:  # gone: another reader took it; nothing to say
            return False
        if prepared.trace:
            log.error("unexpected error opening %s in %s\n%s", name, run.folder, prepared.trace)
        run.reject(name, prepared.reason, prepared.detail, quarantine=prepared.quarantine)
        return False
    envelope = prepared
    if check is not None:
        try:
            envelope = check(envelope)
        except EnvelopeError as exc:
            run.reject(name, exc.reason, exc.detail)
            return False
        except Exception as exc:  # as for the opener: contained, logged without its message
            log.error("unexpected error checking %s in %s\n%s", name, run.folder,
                      redacted_traceback(type(exc), exc.__traceback__))
            run.reject(name, Reason.INTERNAL_ERROR, type(exc).__name__)
            return False
    if is_seen(envelope.id):
        run.duplicates += 1
        return True
    try:
        on_accept(envelope)
    except EnvelopeError as exc:  # the caller refused it after all (e.g. its handler failed)
        run.reject(name, exc.reason, exc.detail)
        return False
    run.accepted += 1
    return True


def fetch(transport: Transport, folder: Folder, envelope_id: str, opener: Opener) -> Envelope | None:
    """Read one envelope whose id the caller already knows (e.g. a reply id it sent along).

    None when the file is not there (yet). A refused file raises EnvelopeError/TransportError
    and is left in place: a reader that does not own the folder never moves anything.
    """
    name = name_for(envelope_id)
    try:
        data = transport.read(folder, name)
    except TransportError as exc:
        if exc.reason is Reason.GONE:
            return None
        raise
    return _open_checked(opener, name, data)
