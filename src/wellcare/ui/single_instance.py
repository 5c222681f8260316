"""One WellCare per user and profile: a second launch hands its message to the first and exits.

The channel is a QLocalServer named from the profile path. It also carries `wellcare call
start|end` from a softphone's scripts. Messages are one JSON object per line; the sending side
is wellcare.instance (Qt-free on POSIX, so the headless commands need no ui import).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from wellcare.instance import send_to_running, server_name

__all__ = ["SingleInstance", "send_to_running", "server_name"]


class SingleInstance(QObject):
    """Listens for messages from later launches and passes each to `handler`."""

    def __init__(self, profile_dir: Path, handler: Callable[[dict[str, object]], None]) -> None:
        super().__init__()
        self._handler = handler
        self._name = server_name(profile_dir)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def hand_to(self, handler: Callable[[dict[str, object]], None]) -> None:
        """Later messages go to `handler` (the app adopting a channel opened before it; issue #16)."""
        self._handler = handler

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
