"""The coordinator's inbox: one import of ``exchange/inbox`` for every sealed kind, by kind.

Counselors' apps drop several kinds of sealed envelopes into the same folder (EAP requests and
cancellations, program enrollments, aggregate contributions). One :class:`Inbox` imports them
all, so no capability quarantines another's files, and dispatches each by its envelope kind
through a :class:`HandlerRegistry` (kind -> :class:`InboxHandler`).

The pipeline, per file (the exchange's ``import_folder`` does the walking):

1. read it through the transport (links, special files and oversized files are quarantined);
2. if it is a sealed kind for which *no handler is registered* and it opens with the box key,
   leave it in place and report it as ``unhandled`` (a later version of the app, or another
   capability, will take it); one that does not open is quarantined like any other;
3. open it with the coordinator's box key (garbage, truncated, wrong-version, undecryptable and
   re-labelled files are quarantined with their reason);
4. ``handler.check(envelope)``: strict payload check; an :class:`~wellcare.exchange.EnvelopeError`
   it raises quarantines the file with that reason; any other exception (a handler bug met this
   file) quarantines it as ``internal_error``. The sidecar's detail names the kind and the
   envelope id only, never what the sealed content said (sidecars are readable on the share);
5. if the envelope id was seen before, count a duplicate (also when ``store`` says it already
   had the content under another id: a resend); otherwise, in the batch's vault transaction
   (below), record the id in ``inbox_seen`` and call ``handler.store(cur, item, envelope,
   received_at)`` under a savepoint; an exception other than a VaultError from ``store`` rolls
   back that file's part only and quarantines the file as ``internal_error``;
6. remove the file (only after the transaction holding it committed: a crash in between
   re-imports it as a duplicate, never loses it).

Files are taken in batches of :data:`BATCH_FILES`, one vault transaction (one commit, one fsync)
per batch: a commit per envelope made a council's inbox import at about a thousand envelopes a
second. A vault error (a full disk) rolls the whole batch back and leaves its files in the
inbox; the batches committed before it stay committed and removed.

After the walk every handler's ``after_run(transport)`` runs (sending receipts, tidying), each
guarded so one handler's trouble does not hide the report.

Adding a kind (e.g. "contribution", "enrollment") needs no change here:

* subclass :class:`InboxHandler`, set ``kind``, implement ``check`` and ``store`` (``store``
  writes only with the cursor it is given; its own tables come from the capability's
  ``vault.migrate_component`` call, made in the handler's constructor);
* give its module ``register(registry: HandlerRegistry, setup: HandlerSetup) -> None``;
* import its module in :mod:`wellcare.coordinator.handlers` and add its ``register`` to ``HANDLERS``.
"""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar

from wellcare.exchange import (
    MAX_ENVELOPE_BYTES,
    SEALED_KINDS,
    CoordinatorKeys,
    Envelope,
    EnvelopeError,
    Folder,
    Kind,
    Reason,
    Rejection,
    Transport,
    TransportError,
    import_folder,
    open_sealed,
    read_header,
)
from wellcare.exchange.importer import Prepared, read_open
from wellcare.logging_setup import redacted_traceback
from wellcare.schedule.clock import Clock
from wellcare.vault import Vault, VaultError
from wellcare.vault.migrations import Migration

if TYPE_CHECKING:
    from wellcare.exchange.open_pool import OpenPool

log = logging.getLogger(__name__)

COMPONENT = "coordinator_inbox"
MIGRATIONS = (
    Migration(
        1,
        "envelope ids already imported, of every kind",
        "CREATE TABLE inbox_seen (envelope_id TEXT PRIMARY KEY, kind TEXT NOT NULL, at TEXT NOT NULL)",
    ),
)

BATCH_FILES = 250  # per commit: the write lock is held for a fraction of a second, the fsync paid once
POOL_MIN_FILES = 1000  # an inbox this large is read and opened by worker processes (see exchange.open_pool)
_SEEN = "SELECT 1 FROM inbox_seen WHERE envelope_id = ?"
UNHANDLED = "unhandled_kind"  # the reason given for files left in place for lack of a handler


class Stored(StrEnum):
    """What ``InboxHandler.store`` did with a file, when it was not a plain acceptance."""

    ACCEPTED = "accepted"
    RESENT = "resent"  # the same content under a new envelope id: counted as a duplicate
    WAITING = "waiting"  # kept, but takes effect only once another file proves it (see eap_inbox)


class InboxHandler(ABC):
    """Takes one envelope kind out of the inbox (see the module docstring for the contract)."""

    kind: ClassVar[Kind]

    @abstractmethod
    def check(self, envelope: Envelope) -> Any:
        """Strictly check the payload; return what ``store`` needs. Raise EnvelopeError to quarantine.

        May read the vault; must not write it (the file may still turn out to be a duplicate).
        """

    @abstractmethod
    def store(self, cur: Any, item: Any, envelope: Envelope, received_at: datetime) -> Stored | None:
        """Keep the content, inside the transaction that also records the envelope id.

        Return :attr:`Stored.RESENT` when the content was already kept under another envelope id
        (the run counts a duplicate, not an acceptance), :attr:`Stored.WAITING` when it cannot
        take effect yet (a cancellation before its request); None means accepted.
        """

    def after_run(self, transport: Transport) -> None:  # noqa: B027 - optional hook
        """Called once after every import run (also when nothing was accepted)."""

    def worker_check(self) -> Callable[[Envelope], Any] | None:
        """Optional: ``check`` as a function that needs no vault, run in the open pool's worker processes.

        Called once per pooled run, before the workers are forked (so it may read the vault now,
        and it reaches them as memory). For every envelope it returns a value for, that value must
        be what ``check`` would return; any exception it raises only means that ``check`` runs again
        in the importing process, which then decides, logs and reports as always. None (the
        default): ``check`` runs in the importing process.
        """
        return None


@dataclass(frozen=True)
class _Checked(Envelope):
    """An envelope opened and checked in a worker: ``item`` is what its handler's ``worker_check`` gave."""

    item: Any = None


def _open_in_worker(open_only: Callable[[bytes], Envelope], checks: Mapping[Kind, Callable[[Envelope], Any]],
                    data: bytes) -> Envelope:
    envelope = open_only(data)
    check = checks.get(envelope.kind)
    if check is None:
        return envelope
    try:
        item = check(envelope)
    except Exception:  # refused or worse: the importing process checks it again and reports it as always
        return envelope
    return _Checked(envelope.kind, envelope.id, envelope.created, envelope.payload, item)


@dataclass(frozen=True)
class HandlerSetup:
    """What a handler module's ``register`` may use to build its handlers."""

    vault: Vault
    keys: CoordinatorKeys
    clock: Clock


class HandlerRegistry:
    """kind -> handler. One handler per kind; registering a second for a kind is a bug."""

    def __init__(self) -> None:
        self._handlers: dict[Kind, InboxHandler] = {}

    def register(self, handler: InboxHandler) -> None:
        kind = Kind(handler.kind)
        if kind not in SEALED_KINDS:
            raise ValueError(f"{kind} never travels to the inbox")
        if kind in self._handlers:
            raise ValueError(f"a handler for {kind} is already registered")
        self._handlers[kind] = handler

    def get(self, kind: Kind) -> InboxHandler | None:
        return self._handlers.get(kind)

    def kinds(self) -> tuple[Kind, ...]:
        return tuple(self._handlers)

    def handlers(self) -> tuple[InboxHandler, ...]:
        return tuple(self._handlers.values())


@dataclass(frozen=True)
class InboxReport:
    """One import run: what the exchange importer counted, plus per-kind detail."""

    accepted: int = 0
    duplicates: int = 0
    quarantined: int = 0
    left: int = 0  # left in place: unhandled kinds, and files the share would not let us read
    waiting: int = 0  # taken out of the inbox but not in effect yet (a cancellation before its request)
    accepted_by_kind: Mapping[str, int] = field(default_factory=dict)
    unhandled_by_kind: Mapping[str, int] = field(default_factory=dict)
    rejections: tuple[Rejection, ...] = ()

    @property
    def quarantine_reasons(self) -> tuple[Rejection, ...]:
        return tuple(r for r in self.rejections if r.reason != UNHANDLED)


class _HandledKindsOnly(Transport):
    """The real transport, except that files of a sealed kind nobody handles cannot be "read".

    The importer leaves a file whose read fails for a reason that is not about the file itself,
    which is exactly right for an envelope this app cannot take yet. Everything else is passed
    through untouched (a malformed header is for the opener to quarantine).
    """

    def __init__(
        self, inner: Transport, registry: HandlerRegistry, known: dict[str, str], opens: Callable[[bytes], bool]
    ) -> None:
        self.inner = inner
        self._opens = opens  # only a file that really opens with our key is left; anything else is quarantined
        self._registry = registry
        self._known = known  # name -> kind of unhandled files seen in earlier runs: not read again
        self.unhandled: Counter[str] = Counter()  # this run, read or remembered
        self.unhandled_names: set[str] = set()  # read (and left) in this run
        self.skipped = 0  # remembered and not listed to the importer at all
        self.listed: set[str] = set()
        # when every sealed kind has a handler no file can be left for lack of one: skip the header read
        self.all_handled = all(registry.get(kind) is not None for kind in SEALED_KINDS)

    def put(self, folder: Folder, name: str, data: bytes) -> None:
        self.inner.put(folder, name, data)

    def list(self, folder: Folder) -> list[str]:
        """Everything but the files already known to be unhandled, so they never starve a bounded run."""
        names = self.inner.list(folder)
        self.listed = set(names)
        for name in names:
            if name in self._known:
                self.unhandled[self._known[name]] += 1
                self.skipped += 1
        return [name for name in names if name not in self._known]

    def read(self, folder: Folder, name: str, *, max_bytes: int = MAX_ENVELOPE_BYTES) -> bytes:
        data = self.inner.read(folder, name, max_bytes=max_bytes)
        if self.all_handled:
            return data
        try:
            kind = read_header(data).kind
        except EnvelopeError:
            return data
        if kind in SEALED_KINDS and self._registry.get(kind) is None and self._opens(data):
            self.unhandled[kind.value] += 1
            self.unhandled_names.add(name)
            self._known[name] = kind.value
            raise TransportError(Reason.WRONG_KIND, f"no handler for {kind.value} in this app; left in place")
        return data

    def quarantine(self, folder: Folder, name: str, reason: str, detail: str = "") -> None:
        self.inner.quarantine(folder, name, reason, detail)

    def remove(self, folder: Folder, name: str) -> None:
        self.inner.remove(folder, name)


def blur_seen(cur: Any, envelope_id: str, at: str) -> None:
    """Keep an imported envelope's id (duplicates stay duplicates) but only a coarse time (``at``).

    For a handler deleting the content it stored for that envelope (EAP retention): the exact
    import time would otherwise outlive the coarsened times of its tombstone.
    """
    cur.execute("UPDATE inbox_seen SET at = ? WHERE envelope_id = ?", (at, envelope_id))


class Inbox:
    """Imports ``exchange/inbox`` into the coordinator's vault, dispatching by envelope kind."""

    def __init__(self, vault: Vault, keys: CoordinatorKeys, registry: HandlerRegistry, clock: Clock) -> None:
        self._vault = vault
        self._keys = keys
        self._registry = registry
        self._clock = clock
        self._checked: dict[str, tuple[InboxHandler, Any]] = {}
        self._accepted: Counter[str] = Counter()
        self._resent = 0  # new envelope ids whose content was already kept: duplicates, truthfully
        self._waiting = 0  # taken in, but not in effect until another file proves them
        self._unhandled: dict[str, str] = {}
        self._cur: Any = None  # the open batch's cursor
        vault.migrate_component(COMPONENT, MIGRATIONS)

    @property
    def registry(self) -> HandlerRegistry:
        return self._registry

    def import_once(
        self,
        transport: Transport,
        *,
        max_files: int | None = None,
        on_file: Callable[[int, int], None] | None = None,
    ) -> InboxReport:
        """Process the inbox once. Vault errors propagate (the current file stays for next time).

        ``on_file(done, total)`` is told after each file (a progress line on a terminal).
        """
        view = _HandledKindsOnly(transport, self._registry, self._unhandled, self._opens)
        self._checked.clear()
        self._accepted.clear()
        self._resent = self._waiting = 0
        with ExitStack() as stack:

            def prepare(names: Sequence[str]) -> Iterable[Prepared]:
                pool = self._pool(view, len(names))
                if pool is None:
                    return (read_open(view, Folder.INBOX, self._open_only, name) for name in names)
                return stack.enter_context(pool).prepare(names)

            try:
                summary = import_folder(view, Folder.INBOX, self._open_only, self.is_seen, self._accept,
                                        max_files=max_files, batch=self._batch, batch_size=BATCH_FILES,
                                        on_file=on_file, check=self._check, prepare=prepare)
            finally:
                self._checked.clear()
        for name in [n for n in self._unhandled if n not in view.listed]:  # gone: taken by someone else
            del self._unhandled[name]
        for handler in self._registry.handlers():
            try:
                handler.after_run(transport)
            except Exception:  # one handler's follow-up must not hide the report
                log.exception("inbox handler %s failed after the run", handler.kind)
        rejections = tuple(
            Rejection(r.name, UNHANDLED, r.detail) if r.name in view.unhandled_names else r for r in summary.reasons
        )
        return InboxReport(
            accepted=summary.accepted - self._resent - self._waiting,
            duplicates=summary.duplicates + self._resent,
            waiting=self._waiting,
            quarantined=summary.quarantined,
            left=summary.left + view.skipped,
            accepted_by_kind=dict(self._accepted),
            unhandled_by_kind=dict(view.unhandled),
            rejections=rejections,
        )

    def is_seen(self, envelope_id: str) -> bool:
        if self._cur is not None:  # inside a batch: its cursor (also sees the batch's own, uncommitted ids)
            return self._cur.execute(_SEEN, (envelope_id,)).fetchone() is not None
        return self._vault.query_one(_SEEN, (envelope_id,)) is not None

    def _opens(self, data: bytes) -> bool:
        """Whether a file of a kind nobody handles is genuine (a forged header must not park a file)."""
        try:
            open_sealed(data, self._keys.box)
        except EnvelopeError:
            return False
        return True

    def _pool(self, view: _HandledKindsOnly, files: int) -> OpenPool | None:
        """Worker processes to read and open ``files`` files, or None: a small inbox opens them here.

        Only when every sealed kind has a handler: the view's reads then have no side effect to
        lose in a worker. The workers get the box key as forked memory (see :mod:`~wellcare.exchange.open_pool`).
        """
        if files < POOL_MIN_FILES or not view.all_handled:
            return None
        from wellcare.exchange.open_pool import OpenPool  # multiprocessing: only for a large inbox, not at start

        checks: dict[Kind, Callable[[Envelope], Any]] = {}
        for kind in self._registry.kinds():
            handler = self._registry.get(kind)
            try:
                check = handler.worker_check() if handler is not None else None
            except Exception:  # e.g. the settings would not load: every file is then checked here, as always
                log.exception("inbox handler %s has no worker check this run", kind.value)
                check = None
            if check is not None:
                checks[kind] = check
        return OpenPool.start(view, Folder.INBOX, partial(_open_in_worker, self._open_only, checks))

    def _open_only(self, data: bytes) -> Envelope:
        """Parse, decrypt and bind-check one file (no vault: also run in the open pool's workers)."""
        envelope = open_sealed(data, self._keys.box)
        if self._registry.get(envelope.kind) is None:  # the transport view normally keeps these away
            raise EnvelopeError(Reason.WRONG_KIND, f"no handler for {envelope.kind.value}")
        return envelope

    def _check(self, envelope: Envelope) -> Envelope:
        """The handler's strict check, in this process (it may read the vault)."""
        handler = self._registry.get(envelope.kind)
        if handler is None:
            raise EnvelopeError(Reason.WRONG_KIND, f"no handler for {envelope.kind.value}")
        if isinstance(envelope, _Checked):  # checked by a worker already (see InboxHandler.worker_check)
            self._checked[envelope.id] = (handler, envelope.item)
            return envelope
        try:
            item = handler.check(envelope)
        except EnvelopeError as exc:
            raise EnvelopeError(exc.reason, _refused(envelope)) from None
        except Exception as exc:  # a handler bug met this file: quarantine it, keep going
            log.error("inbox handler %s failed checking %s\n%s", envelope.kind.value, envelope.id,
                      redacted_traceback(type(exc), exc.__traceback__))
            raise EnvelopeError(Reason.INTERNAL_ERROR, _refused(envelope, type(exc).__name__)) from None
        self._checked[envelope.id] = (handler, item)
        return envelope

    @contextmanager
    def _batch(self) -> Iterator[None]:
        """One vault transaction for a batch of files; ``_accept`` writes with its cursor."""
        with self._vault.transaction() as cur:
            self._cur = cur
            try:
                yield
            finally:
                self._cur = None

    def _accept(self, envelope: Envelope) -> None:
        handler, item = self._checked.pop(envelope.id)
        if self._cur is None:
            raise RuntimeError("an envelope is accepted only inside an import batch")
        try:
            now = self._clock.now()
            with self._vault.savepoint(self._cur) as cur:
                cur.execute(
                    "INSERT OR IGNORE INTO inbox_seen(envelope_id, kind, at) VALUES(?, ?, ?)",
                    (envelope.id, envelope.kind.value, now.isoformat()),
                )
                if cur.rowcount == 0:  # another process (a scripted import) took it meanwhile
                    return
                stored = handler.store(cur, item, envelope, now)
        except VaultError:
            raise  # the vault or its disk: the batch's files stay for the next run
        except Exception as exc:  # a handler bug (its part rolled back): quarantine this file, keep going
            log.error("inbox handler %s failed storing %s\n%s", envelope.kind.value, envelope.id,
                      redacted_traceback(type(exc), exc.__traceback__))
            raise EnvelopeError(Reason.INTERNAL_ERROR, _refused(envelope, type(exc).__name__)) from None
        if stored is Stored.RESENT:
            self._resent += 1
        elif stored is Stored.WAITING:
            self._waiting += 1
        else:
            self._accepted[envelope.kind.value] += 1


def _refused(envelope: Envelope, error: str = "") -> str:
    """A quarantine detail for a file that opened: the kind and the id, never what the sealed content said.

    The detail goes into a sidecar on the share (readable by every counselor) and onto the
    console; the reason code beside it says what was wrong.
    """
    kind = envelope.kind.value
    what = f"the {kind} check failed ({error})" if error else f"refused by the {kind} check"
    return f"envelope {envelope.id}: {what}"
