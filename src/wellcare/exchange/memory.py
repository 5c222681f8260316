"""An inbox held in memory in front of a real transport: the demo's way to import in bulk (issue #16).

``wellcare demo`` simulates a council's year (260,000 sealed contributions at 5,000 counselors ×
52 weeks). Writing each one as a file, listing them and removing them again cost more than the
sealing and the import themselves, so the demo seals every contribution exactly as the app does
and hands the envelopes to the same import path (:class:`~wellcare.inbox.dispatcher.Inbox`)
through this transport, a week at a time. Only the inbox folder is in memory: everything else,
and the quarantine of a refused file (written to the real inbox first, then moved as any other),
goes to the real transport. Not for the apps' own exchange: a crash loses what is held here.
"""

from __future__ import annotations

import builtins

from wellcare.exchange.envelope import MAX_ENVELOPE_BYTES
from wellcare.exchange.errors import Reason, TransportError
from wellcare.exchange.transport import Folder, Transport


class MemoryInbox(Transport):
    """``Folder.INBOX`` in a dict (name -> bytes); every other folder is ``inner``'s."""

    def __init__(self, inner: Transport) -> None:
        self.inner = inner
        self._files: dict[str, bytes] = {}

    def __len__(self) -> int:
        return len(self._files)

    def __bool__(self) -> bool:  # a transport, even with an empty inbox (``transport or default`` must keep it)
        return True

    def put(self, folder: Folder, name: str, data: bytes) -> None:
        if folder is Folder.INBOX:
            self._files[name] = bytes(data)
        else:
            self.inner.put(folder, name, data)

    def list(self, folder: Folder) -> builtins.list[str]:
        return sorted(self._files) if folder is Folder.INBOX else self.inner.list(folder)

    def read(self, folder: Folder, name: str, *, max_bytes: int = MAX_ENVELOPE_BYTES) -> bytes:
        if folder is not Folder.INBOX:
            return self.inner.read(folder, name, max_bytes=max_bytes)
        data = self._files.get(name)
        if data is None:
            raise TransportError(Reason.GONE, "no longer in the inbox")
        if len(data) > max_bytes:
            raise TransportError(Reason.TOO_LARGE, f"{len(data)} bytes, limit {max_bytes}")
        return data

    def quarantine(self, folder: Folder, name: str, reason: str, detail: str = "") -> None:
        if folder is Folder.INBOX and name in self._files:
            self.inner.put(folder, name, self._files.pop(name))  # refused files are kept on the share, as always
        self.inner.quarantine(folder, name, reason, detail)

    def remove(self, folder: Folder, name: str) -> None:
        if folder is Folder.INBOX:
            self._files.pop(name, None)
        else:
            self.inner.remove(folder, name)
