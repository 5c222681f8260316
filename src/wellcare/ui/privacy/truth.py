"""The counselor's real, unrandomized categories for a week, shown only on their own screen beside
what is sent, so the randomizing is visible instead of looking like a wrong number.

If they cannot be worked out (no usable policy, a locked vault), the page shows only what is sent:
the real column is never guessed.
"""

from __future__ import annotations

import logging

from wellcare.privacy.sender import ContributionSender

log = logging.getLogger(__name__)


def true_categories(sender: ContributionSender, period: str) -> dict[str, str] | None:
    """{field id: true category} for `period`, or None when it cannot be worked out."""
    try:
        return dict(sender.true_categories(period))
    except Exception as exc:  # the real column is a courtesy: its absence must not cost the preview
        log.warning("true categories not available (%s)", type(exc).__name__)
        return None
