"""Does the exchange share give a counselor more than DEPLOYMENT.md's table allows?

On an SMB share every file shows the same POSIX mode (0744 or 0777), so ``os.access`` says
nothing: the only way to know what the share's ACLs allow is to try. The check is run once at
start-up on a counselor's computer and touches nothing that matters: it lists inbox/ (which must
fail) and creates, then removes, a dot-named probe file (never a valid envelope name, so no reader
ever picks it up) in each folder. An offline share is not a rights problem: sending says so itself.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import time
from collections.abc import Callable
from enum import StrEnum

from wellcare.exchange.transport import Folder
from wellcare.netfs import NetworkLocation, network_location

_PROBE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
_DENIED = (errno.EACCES, errno.EPERM, errno.EROFS)
# A network file system may still hold the probe open on the server for a moment after close()
# returns (FUSE sends its release asynchronously), and the server then refuses to delete it.
_REMOVE_WAITS_S = (0.0, 0.05, 0.1, 0.2, 0.4, 0.8)


class ShareProblem(StrEnum):
    """One way the share is set up wrongly for a counselor; stable codes for logs and tests."""

    INBOX_LISTABLE = "inbox_listable"  # who else asked for help, and when, is visible to every counselor
    INBOX_NOT_WRITABLE = "inbox_not_writable"  # requests and summaries wait on this computer for ever
    REPLIES_WRITABLE = "replies_writable"  # anyone could plant or remove another counselor's replies
    OFFERS_WRITABLE = "offers_writable"  # anyone could plant or remove offers (they are signed, but still)


def startup_share_check(
    root: str | os.PathLike[str] | None,
    *,
    where: Callable[[str], NetworkLocation | None] = network_location,
) -> list[ShareProblem]:
    """The counselor app's start-up check: only a folder on a network share is judged.

    A local exchange folder (a demo, one computer's test set-up) is the user's own: every right
    is theirs by nature, and reporting that would only teach people to ignore the warning.
    """
    if not root or where(os.fspath(root)) is None:
        return []
    return counselor_share_problems(root)


def counselor_share_problems(root: str | os.PathLike[str]) -> list[ShareProblem]:
    """What a counselor can do on the share that they should not (or cannot do that they must)."""
    base = os.fspath(root)
    if not os.path.isdir(base):
        return []  # offline or not mounted: not a rights question
    problems: list[ShareProblem] = []
    inbox = os.path.join(base, Folder.INBOX.value)
    if _can_list(inbox):
        problems.append(ShareProblem.INBOX_LISTABLE)
    if _can_create(inbox) is False:
        problems.append(ShareProblem.INBOX_NOT_WRITABLE)
    if _can_create(os.path.join(base, Folder.REPLIES.value)):
        problems.append(ShareProblem.REPLIES_WRITABLE)
    if _can_create(os.path.join(base, Folder.OFFERS.value)):
        problems.append(ShareProblem.OFFERS_WRITABLE)
    return problems


def _can_list(folder: str) -> bool:
    try:
        with os.scandir(folder) as entries:
            next(entries, None)
    except OSError:
        return False
    return True


def _can_create(folder: str) -> bool | None:
    """True: a file could be made (and was removed again); False: refused; None: could not tell."""
    if not os.path.isdir(folder):
        return None
    probe = os.path.join(folder, f".rights-check-{secrets.token_hex(8)}.tmp")
    try:
        fd = os.open(probe, _PROBE_FLAGS, 0o600)
    except OSError as exc:
        return False if exc.errno in _DENIED else None
    os.close(fd)
    _remove_probe(probe)
    return True


def _remove_probe(probe: str, sleep: Callable[[float], None] = time.sleep) -> bool:
    """Delete the probe, waiting a little while the share still holds it; True once it is gone.

    A probe that cannot be removed (a share that lets counselors create but never delete) stays
    behind as a dot-named file that no reader ever opens; the coordinator may delete it.
    """
    for wait in _REMOVE_WAITS_S:
        if wait:
            sleep(wait)
        with contextlib.suppress(OSError):
            os.unlink(probe)  # a counselor may remove what they made
        if not os.path.lexists(probe):
            return True
    return False
