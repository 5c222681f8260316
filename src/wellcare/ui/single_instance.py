"""One WellCare per user and profile: a second launch hands its message to the first and exits.

The channel also carries `wellcare call start|end` from a softphone's scripts. Messages are one
JSON object per line; the sending side is wellcare.instance (Qt-free on POSIX, so the headless
commands need no ui import).

On POSIX the channel is a Unix domain socket at ``wellcare.instance.socket_path`` (where
QLocalServer put it before), watched with QSocketNotifier: the tray app does not load QtNetwork
for it (2 MB of its memory, issue #16). As with QLocalServer's UserAccessOption, nobody else can
connect at any moment: the socket is bound in a fresh owner-only folder, made owner-only itself,
then renamed into place (replacing a stale socket left by a crash). On Windows it is a
QLocalServer (a named pipe), and QtNetwork is imported there only.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSocketNotifier, QTimer

from wellcare.instance import send_to_running, server_name, socket_path

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

__all__ = ["SingleInstance", "send_to_running", "server_name"]

MAX_PENDING_BYTES = 64 * 1024  # a message is one short JSON line; a connection that sends more is dropped


class SingleInstance(QObject):
    """Listens for messages from later launches and passes each to `handler`."""

    def __init__(self, profile_dir: Path, handler: Callable[[dict[str, object]], None]) -> None:
        super().__init__()
        self._handler = handler
        channel = _PipeChannel if sys.platform == "win32" else _UnixChannel
        self._channel: _UnixChannel | _PipeChannel = channel(profile_dir, self._received, self)

    def hand_to(self, handler: Callable[[dict[str, object]], None]) -> None:
        """Later messages go to `handler` (the app adopting a channel opened before it; issue #16)."""
        self._handler = handler

    def listen(self) -> bool:
        return self._channel.listen()

    def close(self) -> None:
        self._channel.close()
        # What was deleted later until now goes now (the connections' notifiers, and at a shutdown the
        # window): the app's shutdown and the tests that start one app after another rely on it.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def _received(self, lines: list[bytes]) -> None:
        messages = []
        for line in lines:
            try:
                message = json.loads(line)
            except ValueError:
                continue
            if isinstance(message, dict):
                messages.append(message)
        # Handled after this read returns: a handler may open a modal dialog (the unlock on "raise"),
        # whose nested event loop would otherwise close this connection under the read (a crash, seen).
        for message in messages:
            QTimer.singleShot(0, self, lambda m=message: self._handler(m))


class _Connection:
    """One later launch's connection: its socket, its notifier and what it sent so far."""

    def __init__(self, sock: socket.socket, notifier: QSocketNotifier) -> None:
        self.sock = sock
        self.notifier = notifier
        self.pending = b""


class _UnixChannel(QObject):
    """POSIX: a Unix domain socket at ``socket_path(profile_dir)``, read on the Qt event loop."""

    def __init__(self, profile_dir: Path, deliver: Callable[[list[bytes]], None], parent: QObject) -> None:
        super().__init__(parent)
        self._path = socket_path(profile_dir)
        self._deliver = deliver
        self._server: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._inode = -1
        self._connections: list[_Connection] = []

    def listen(self) -> bool:
        try:
            self._server, self._inode = _bind_owner_only(self._path)
        except OSError:
            return False
        self._server.setblocking(False)
        self._notifier = QSocketNotifier(self._server.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept)
        return True

    def close(self) -> None:
        for connection in list(self._connections):
            self._drop(connection)
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._server is not None:
            self._server.close()
            self._server = None
            with contextlib.suppress(OSError):
                if self._path.stat().st_ino == self._inode:  # still ours, not a later instance's
                    self._path.unlink()

    def _accept(self, *_: object) -> None:
        while self._server is not None:
            try:
                sock, _address = self._server.accept()
            except OSError:  # none left (BlockingIOError), or the peer gave up already
                return
            sock.setblocking(False)
            connection = _Connection(sock, QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read, self))
            connection.notifier.activated.connect(lambda *_, c=connection: self._read(c))
            self._connections.append(connection)

    def _read(self, connection: _Connection) -> None:
        ended = False
        while True:
            try:
                chunk = connection.sock.recv(4096)
            except BlockingIOError:
                break
            except OSError:
                chunk = b""
            if not chunk:
                ended = True
                break
            connection.pending += chunk
            if len(connection.pending) > MAX_PENDING_BYTES:
                self._drop(connection)
                return
        complete, _, connection.pending = connection.pending.rpartition(b"\n")
        if ended:
            self._drop(connection)  # a line without its newline is not a message (as QLocalSocket.canReadLine)
        lines = [line.strip() for line in complete.split(b"\n") if line.strip()]
        if lines:
            self._deliver(lines)

    def _drop(self, connection: _Connection) -> None:
        if connection in self._connections:
            self._connections.remove(connection)
        connection.notifier.setEnabled(False)
        connection.notifier.deleteLater()
        connection.sock.close()


def _bind_owner_only(path: Path) -> tuple[socket.socket, int]:
    """A listening socket at ``path`` that only this user can connect to, from the first moment on; and its inode."""
    folder = tempfile.mkdtemp(prefix=".wellcare-", dir=path.parent)  # owner-only (0700)
    staged = os.path.join(folder, "channel")
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind(staged)
        os.chmod(staged, 0o600)
        server.listen(8)
        inode = os.stat(staged).st_ino
        os.replace(staged, path)  # also over a stale socket left by a crash (a running app was asked first)
    except OSError:
        server.close()
        raise
    finally:
        with contextlib.suppress(OSError):
            os.unlink(staged)  # still there only when the rename failed
        with contextlib.suppress(OSError):
            os.rmdir(folder)
    return server, inode


class _PipeChannel(QObject):
    """Windows: a QLocalServer named from the profile path (a named pipe)."""

    def __init__(self, profile_dir: Path, deliver: Callable[[list[bytes]], None], parent: QObject) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self._deliver = deliver
        self._name = server_name(profile_dir)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        from PySide6.QtNetwork import QLocalServer

        if self._server.listen(self._name):
            return True
        QLocalServer.removeServer(self._name)  # a stale server from a crash
        return self._server.listen(self._name)

    def close(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        # Sockets of earlier messages may still wait for deleteLater; let that happen first, or
        # destroying the server deletes them under a pending deferred delete (a crash seen in gdb).
        for sock in self._server.findChildren(QLocalSocket):
            sock.abort()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            sock = self._server.nextPendingConnection()
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(sock.deleteLater)

    def _read(self, sock: QLocalSocket) -> None:
        lines = []
        while sock.canReadLine():
            lines.append(bytes(sock.readLine().data()).strip())
        self._deliver(lines)
