"""Read and open an inbox's files in worker processes, while one process writes (issue #16).

An import's per-file work that needs no vault (reading the file, the strict header parse, the
SealedBox open, the sealed content's parse and binding check) is most of its CPU, and it is the
same pure function of the file for every file. :class:`OpenPool` runs it in worker processes (one
per core, in chunks, the results back in the files' order) and hands the results to
:func:`~wellcare.exchange.importer.import_folder` as its ``prepare``; the importing process
keeps everything that writes or decides: the quarantine, the caller's checks and vault
transaction, the duplicates, the removal of a batch's files after its commit. A SIGKILL of the
importer therefore loses and doubles exactly what it did without the pool (nothing).

The workers are *forked*: the transport and the opener (which holds the coordinator's secret
key) reach them as the parent's memory, never through a file, an environment variable or a
pickle. They never log (an unexpected error comes back as a redacted traceback for the parent
to log) and exit with the parent's pool. Where ``fork`` is not available, no pool is made
(:func:`OpenPool.start` returns None) and the import stays serial.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import pickle
import signal
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from types import TracebackType

from wellcare.exchange.envelope import Envelope
from wellcare.exchange.errors import Reason
from wellcare.exchange.importer import Opener, Prepared, Refusal, read_open
from wellcare.exchange.transport import Folder, Transport

CHUNK = 64  # files per task: a task's round trip costs about as much as opening one file

_work: tuple[Transport, Folder, Opener] | None = None  # a worker's transport, folder and opener (set by fork)


_PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int) -> None:
    """Have this forked worker killed when ``parent`` dies (Linux), so a SIGKILLed importer leaves no worker.

    Without it a worker waiting for its next task would wait forever: it holds its own copy of the
    task pipe's other end. Elsewhere (no ``prctl``) nothing is done.
    """
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return
    prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the prctl took effect
        os._exit(1)


def _init(parent: int, transport: Transport, folder: Folder, opener: Opener) -> None:
    global _work
    die_with_parent(parent)
    _work = (transport, folder, opener)


def _prepare(names: Sequence[str]) -> bytes:
    """A chunk's results, pickled here so that one which cannot travel is replaced rather than lose the chunk."""
    if _work is None:
        raise RuntimeError("not an open pool's worker")
    transport, folder, opener = _work
    results = [read_open(transport, folder, opener, name) for name in names]
    try:
        return pickle.dumps(results, pickle.HIGHEST_PROTOCOL)
    except Exception:
        return pickle.dumps([_portable(result) for result in results], pickle.HIGHEST_PROTOCOL)


def _portable(result: Prepared) -> Prepared:
    """``result``, or what can travel in its place: an envelope subclass (an opener's extra) as a plain envelope."""
    try:
        pickle.dumps(result, pickle.HIGHEST_PROTOCOL)
    except Exception as exc:
        if isinstance(result, Envelope):
            return Envelope(result.kind, result.id, result.created, result.payload)
        return Refusal(Reason.INTERNAL_ERROR, type(exc).__name__)
    return result


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


class OpenPool:
    """Worker processes reading and opening one folder's files; use as a context manager."""

    def __init__(self, executor: ProcessPoolExecutor, chunk: int) -> None:
        self._executor = executor
        self._chunk = chunk

    @classmethod
    def start(
        cls, transport: Transport, folder: Folder, opener: Opener, *, workers: int | None = None, chunk: int = CHUNK
    ) -> OpenPool | None:
        """A pool of ``workers`` (default: one per core), or None where processes cannot be forked."""
        if "fork" not in multiprocessing.get_all_start_methods():
            return None
        count = max(1, workers if workers is not None else cores())
        executor = ProcessPoolExecutor(count, mp_context=multiprocessing.get_context("fork"),
                                       initializer=_init, initargs=(os.getpid(), transport, folder, opener))
        return cls(executor, max(1, chunk))

    def __enter__(self) -> OpenPool:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)

    def prepare(self, names: Sequence[str]) -> Iterable[Prepared]:
        """Every name's result, in order (:data:`~wellcare.exchange.importer.Preparer`)."""
        chunks = [names[i:i + self._chunk] for i in range(0, len(names), self._chunk)]
        return _flatten(self._executor.map(_prepare, chunks))


def _flatten(results: Iterator[bytes]) -> Iterator[Prepared]:
    for chunk in results:  # from this pool's own workers
        yield from pickle.loads(chunk)
