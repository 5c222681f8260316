"""The words of a surge notice on the counselor's screen (Today card, tray tooltip, hard-call dialog).

Calm on purpose: what it is, until when (the signed notice's end, never an invented time) and what
changes for the counselor; no countdown, no alarm colour, nothing asked of them.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject

from wellcare.today import SurgeToday
from wellcare.ui import locale_format as fmt


def _when(when: datetime, now: datetime) -> str:
    local = when.astimezone(now.tzinfo)
    if local.date() == now.date():
        return fmt.time(local)
    return fmt.day_time(local, year=local.year != now.year)


class SurgeTexts(QObject):
    """Translated lines for one surge notice (a QObject so its counted texts are plurals)."""

    def title(self) -> str:
        return self.tr("Surge period: breaks adjusted")

    def until(self, surge: SurgeToday, now: datetime) -> str:
        if surge.council:
            return self.tr("Until %1, announced by the council (%2) through your EAP office.").replace(
                "%1", _when(surge.until, now)).replace("%2", surge.council)
        return self.tr("Until %s, as the EAP office announced.") % _when(surge.until, now)

    def changes(self, surge: SurgeToday) -> list[str]:
        """What changes for the counselor, one line each; one line saying nothing does when nothing is stated."""
        if not surge.changes_anything:
            return [
                self.tr(
                    "Your organisation has not set what changes in a surge period, so your breaks and the "
                    "exercise after a hard call stay as they are."
                )
            ]
        lines = []
        if surge.micro_every_min is not None:
            lines.append(self.tr("Short breaks come more often: about every %n minute(s).", "", surge.micro_every_min))
        if surge.rest_every_min is not None:
            lines.append(self.tr("Rest breaks come more often: about every %n minute(s).", "", surge.rest_every_min))
        if surge.decompression_after_hard_call:
            lines.append(self.tr("After every hard call, your protected break starts with the decompression exercise."))
        return lines

    def lines(self, surge: SurgeToday, language: str, now: datetime) -> list[str]:
        """The Today card: the reason, until when, what changes, and that nothing more is asked."""
        return [
            surge.text(language),
            self.until(surge, now),
            *self.changes(surge),
            self.tr("Nothing more is asked of you. Take the breaks; they are there for you."),
        ]

    def tooltip(self, surge: SurgeToday, now: datetime) -> str:
        """One line under the tray's break line."""
        if surge.council:
            return self.tr("Surge period until %s, announced by the council") % _when(surge.until, now)
        return self.tr("Surge period until %s") % _when(surge.until, now)
