"""The Today page's "next break" card from the breaks service (Qt-free)."""

from __future__ import annotations

from datetime import datetime

from wellcare.breaks.service import BreaksService
from wellcare.today import NextBreak


def next_break(service: BreaksService, now: datetime) -> NextBreak:
    """When the next break shows (a call may hold it; on a break nothing counts down)."""
    if service.on_screen is not None:
        return NextBreak(None, on_break=True)
    due = service.next_break(now)
    if due is None:
        return NextBreak(None)
    return NextBreak(due.show_at, held_by_call=due.held_by_call)
