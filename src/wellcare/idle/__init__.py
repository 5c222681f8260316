"""Presence on this workstation, Qt-free: how long since the last keyboard or mouse input, and
which processes run (a softphone that means "on a call").

Each idle-time source is an ``IdleBackend`` (base.py). ``detect()`` tries the ones that fit this
platform and session and returns the first that works, with the reason each other one could not:
the settings page shows that reason instead of failing silently.
"""

from wellcare.idle.base import IdleBackend, IdleUnavailable
from wellcare.idle.detect import IdleStatus, candidates, detect

__all__ = ["IdleBackend", "IdleStatus", "IdleUnavailable", "candidates", "detect"]
