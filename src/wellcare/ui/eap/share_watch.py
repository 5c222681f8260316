"""Checking a folder on the exchange share: at once when it changes, and on an interval anyway.

A folder watcher alone is not enough on a network share (SMB and NFS often report no changes,
and a share that was offline at start has nothing to watch yet), so an interval job on the app's
scheduler checks too. Both EAP roles use this: the counselor's app for replies/, the
coordinator's for inbox/.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import timedelta

from apscheduler.schedulers.base import BaseScheduler
from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer


class ShareWatch(QObject):
    """Calls `check` a moment after the watched folder changes, and every `every`."""

    def __init__(
        self,
        scheduler: BaseScheduler,
        job_id: str,
        job_name: str,
        every: timedelta,
        check: Callable[[], object],
        debounce_ms: int = 300,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._scheduler = scheduler
        self._job_id = job_id
        self._job_name = job_name
        self._every = every
        self._check = check
        self._watcher: QFileSystemWatcher | None = None
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(debounce_ms)
        self._soon.timeout.connect(check)

    @property
    def running(self) -> bool:
        return self._scheduler.get_job(self._job_id) is not None

    def start(self) -> None:
        """Start the interval job (once) and check now."""
        if not self.running:
            self._scheduler.add_job(
                self._check,
                "interval",
                seconds=self._every.total_seconds(),
                id=self._job_id,
                name=self._job_name,
                replace_existing=True,
                coalesce=True,
                max_instances=1,
                misfire_grace_time=None,
            )
        self._check()

    def soon(self) -> None:
        """Check again shortly (several calls in a row make one check)."""
        self._soon.start()

    def watch(self, folder: str) -> None:
        """(Re)watch `folder` if it is there now; the share may have been offline before."""
        if not folder or not os.path.isdir(folder):
            return
        if self._watcher is None:
            self._watcher = QFileSystemWatcher(self)
            self._watcher.directoryChanged.connect(self._changed)
        if folder not in self._watcher.directories():
            self._watcher.addPath(folder)

    def stop(self) -> None:
        self._soon.stop()
        if self.running:
            self._scheduler.remove_job(self._job_id)
        if self._watcher is not None:
            # stop watching now, not at some later deletion: the folder's notifier must not outlive us
            self._watcher.directoryChanged.disconnect(self._changed)
            if self._watcher.directories():
                self._watcher.removePaths(self._watcher.directories())
            self._watcher.deleteLater()
            self._watcher = None

    def _changed(self, _path: str) -> None:
        self._soon.start()
