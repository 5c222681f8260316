"""The client side of the single-instance channel: `wellcare call`, `wellcare checkin` and a second launch.

The running app listens on a channel named from the profile path (wellcare.ui.single_instance); a
message is one JSON object per line. Sending needs no Qt on POSIX: the app listens on a Unix domain
socket at QDir::tempPath()/<name> (TMPDIR, else /tmp; where QLocalServer put it, which the app used
before), so a plain socket reaches it and a softphone script's `wellcare call start` never loads
PySide6. On Windows the server is a QLocalServer (a named pipe); there the client is Qt's
QLocalSocket, imported only when sending.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import socket
import sys
from pathlib import Path

CONNECT_TIMEOUT_S = 0.5


def server_name(profile_dir: Path) -> str:
    digest = hashlib.sha256(f"{getpass.getuser()}\x00{profile_dir.resolve()}".encode()).hexdigest()[:16]
    return f"wellcare-{digest}"


def socket_path(profile_dir: Path) -> Path:
    """Where QLocalServer puts the server's socket on POSIX (Qt's QDir::tempPath() rule)."""
    return Path(os.path.normpath(os.environ.get("TMPDIR") or "/tmp")) / server_name(profile_dir)


def send_to_running(profile_dir: Path, message: dict[str, object]) -> bool:
    """True if a running instance took the message."""
    payload = (json.dumps(message) + "\n").encode("utf-8")
    if sys.platform == "win32":
        return _send_with_qt(server_name(profile_dir), payload)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(CONNECT_TIMEOUT_S)
        try:
            client.connect(str(socket_path(profile_dir)))
            client.sendall(payload)
        except OSError:  # no socket, a stale one from a crash, or nobody reading
            return False
    return True


def _send_with_qt(name: str, payload: bytes) -> bool:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtNetwork import QLocalSocket

    _app = QCoreApplication.instance() or QCoreApplication([])
    client = QLocalSocket()
    client.connectToServer(name)
    if not client.waitForConnected(int(CONNECT_TIMEOUT_S * 1000)):
        return False
    client.write(payload)
    client.waitForBytesWritten(int(CONNECT_TIMEOUT_S * 1000))
    client.disconnectFromServer()
    return True
