"""One WellCare per user and profile: a second launch hands its message to the first and exits.

The channel is a QLocalServer named from the profile path. It also carries `wellcare call
start|end` from a softphone's scripts. Messages are one JSON object per line.
"""

from __future__ import annotations

import getpass
import hashlib
import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_TIMEOUT_MS = 500


def server_name(profile_dir: Path) -> str:
    digest = hashlib.sha256(f"{getpass.getuser()}\x00{profile_dir.resolve()}".encode()).hexdigest()[:16]
    return f"wellcare-{digest}"


def send_to_running(profile_dir: Path, message: dict[str, object]) -> bool:
    """True if a running instance took the message."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(profile_dir))
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write((json.dumps(message) + "\n").encode("utf-8"))
    socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    socket.disconnectFromServer()
    return True


class SingleInstance(QObject):
    """Listens for messages from later launches and passes each to `handler`."""

    def __init__(self, profile_dir: Path, handler: Callable[[dict[str, object]], None]) -> None:
        super().__init__()
        self._handler = handler
        self._name = server_name(profile_dir)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        if self._server.listen(self._name):
            return True
        QLocalServer.removeServer(self._name)  # a stale socket from a crash
        return self._server.listen(self._name)

    def close(self) -> None:
        # Sockets of earlier messages may still wait for deleteLater; let that happen first, or
        # destroying the server deletes them under a pending deferred delete (a crash seen in gdb).
        for socket in self._server.findChildren(QLocalSocket):
            socket.abort()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        messages = []
        while socket.canReadLine():
            line = bytes(socket.readLine().data()).strip()
            try:
                message = json.loads(line)
            except ValueError:
                continue
            if isinstance(message, dict):
                messages.append(message)
        # Handled after this read returns: a handler may open a modal dialog (the unlock on "raise"),
        # whose nested event loop would otherwise delete this socket under the read (a crash, seen).
        for message in messages:
            QTimer.singleShot(0, self, lambda m=message: self._handler(m))
