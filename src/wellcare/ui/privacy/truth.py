"""The counselor's real, unrandomized categories for a week, shown only on their own screen beside
what is sent, so the randomizing is visible instead of looking like a wrong number.

The sender has no public call for this yet; it is read through the same inputs and policy that
build the payload. If they cannot be read (no policy, a changed sender), the page shows only what is
sent: the real column is never guessed.
"""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


def true_categories(sender: Any, period: str) -> dict[str, str] | None:
    """{field id: true category} for `period`, or None when it cannot be worked out."""
    public = getattr(sender, "true_categories", None)
    if callable(public):  # a sender that offers it itself
        try:
            return dict(public(period))
        except Exception:
            log.warning("true categories not available")
            return None
    inputs, policy = getattr(sender, "_inputs", None), getattr(sender, "_contribution_policy", None)
    if not callable(inputs) or policy is None:
        return None
    try:
        return dict(inputs(period, sender.org_unit()).categories(policy))
    except Exception:
        log.warning("true categories not available")
        return None
