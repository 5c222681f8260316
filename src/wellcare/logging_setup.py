"""Logging that cannot leak: event names and error types only, never a key, answer or note.

Uncaught exceptions are logged with their traceback frames but without the exception's message,
because messages (from a database driver, say) can carry data.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import sys
import traceback
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

from wellcare.netfs import network_location
from wellcare.vault.permissions import PRIVATE_FILE, make_private_dir, tighten

LOG_DIR = "logs"
log = logging.getLogger("wellcare")


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose every file (the first and each after a rollover) is owner-only."""

    def _open(self):  # type: ignore[no-untyped-def]
        # SMB has no atomic append (a client only emulates it), and smbnetfs refuses O_APPEND outright
        # and drops its connection: on a network profile the log is opened plainly and written at its end.
        flags = os.O_WRONLY | os.O_CREAT
        if network_location(Path(self.baseFilename).parent) is None:
            flags |= os.O_APPEND
        fd = os.open(self.baseFilename, flags, PRIVATE_FILE)
        os.lseek(fd, 0, os.SEEK_END)
        tighten(Path(self.baseFilename))
        return os.fdopen(fd, self.mode, encoding=self.encoding, errors=self.errors)


def setup_logging(profile_dir: Path, level: int = logging.INFO) -> Path:
    folder = profile_dir / LOG_DIR
    make_private_dir(profile_dir)
    make_private_dir(folder)
    for old in folder.glob("wellcare.log*"):
        tighten(old)
    path = folder / "wellcare.log"
    handler = PrivateRotatingFileHandler(path, maxBytes=512_000, backupCount=2, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("wellcare")
    root.handlers[:] = [handler]
    root.setLevel(level)
    root.propagate = False
    sys.excepthook = _log_uncaught
    return path


@contextlib.contextmanager
def logging_to_file(profile_dir: Path, level: int = logging.INFO) -> Iterator[None]:
    """For one headless command: the app's log records go to the profile's log file, never to stderr.

    Without it Python's last-resort handler prints warnings (with tracebacks) to stderr. What was
    configured before (a test runner's capture, say) is put back afterwards. A profile folder that
    does not exist yet, or whose log folder cannot be made, logs nowhere rather than to the console.
    """
    root = logging.getLogger("wellcare")
    saved = (root.handlers[:], root.level, root.propagate, sys.excepthook)
    try:
        if not profile_dir.is_dir():  # a command must not create a profile folder just to log
            raise FileNotFoundError(profile_dir)
        setup_logging(profile_dir, level)
    except OSError:
        root.handlers[:] = [logging.NullHandler()]
        root.propagate = False
    try:
        yield
    finally:
        for handler in root.handlers:
            if handler not in saved[0]:
                handler.close()
        root.handlers[:], root.level, root.propagate, sys.excepthook = saved


def redacted_traceback(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    frames = "".join(traceback.format_tb(tb))
    return f"Traceback (message withheld):\n{frames}{exc_type.__module__}.{exc_type.__qualname__}"


def _log_uncaught(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    text = redacted_traceback(exc_type, tb)
    log.error("uncaught exception\n%s", text)
    sys.stderr.write(f"WellCare hit an unexpected error ({exc_type.__name__}); details are in its log.\n")
