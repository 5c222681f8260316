"""My day: what comes next, today's breaks, the last two weeks as a chart, and the break settings."""

from __future__ import annotations

import contextlib
import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QMetaObject, QObject
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from wellcare.ui import locale_format as fmt
from wellcare.ui.breaks.chart import BreakChart, ChartData, ChartLabels
from wellcare.ui.breaks.settings_panel import BreakSettingsPanel
from wellcare.ui.breaks.texts import idle_status_text
from wellcare.ui.theme import heading, paragraph

if TYPE_CHECKING:
    from wellcare.ui.breaks.feature import BreaksFeature

CHART_DAYS = 14


class DayPage(QWidget):
    def __init__(self, feature: BreaksFeature, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._feature = feature
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(14)
        layout.addWidget(heading(self.tr("My day")))
        self.next_label = paragraph("")
        layout.addWidget(self.next_label)

        card = QFrame()
        card.setProperty("role", "card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(18, 14, 18, 14)
        inner.addWidget(heading(self.tr("Today"), scale=1.15))
        self.today_label = paragraph("")
        inner.addWidget(self.today_label)
        labels = ChartLabels(
            title=self.tr("Breaks, last two weeks"),
            taken=self.tr("Taken"),
            natural=self.tr("Away from the desk"),
            postponed=self.tr("Postponed"),
            skipped=self.tr("Skipped"),
            hard_calls_title=self.tr("Hard calls per week"),
            hard_calls=self.tr("Hard calls"),
            empty=self.tr("No breaks in the last two weeks yet. Each break you take or skip adds to this chart."),
        )
        self.chart = BreakChart(self._chart_data, labels)
        inner.addWidget(self.chart)
        layout.addWidget(card)

        self.settings = BreakSettingsPanel(feature)
        layout.addWidget(self.settings)
        layout.addStretch(1)
        page = weakref.ref(self)

        def relay() -> None:
            alive = page()
            if alive is not None:
                alive.refresh()

        def relay_status() -> None:
            alive = page()
            if alive is not None:
                alive.refresh_status()

        # Disconnect through the connection object: PySide6 6.12's SignalInstance.disconnect()
        # drops a reference to True on every call, which ends in a crash at exit.
        connections = [feature.changed.connect(relay), feature.replanned.connect(relay_status)]
        self.destroyed.connect(lambda *_: [_disconnect(c) for c in connections])
        self.refresh()

    def refresh_status(self) -> None:
        """Only the "what comes next" line (each periodic re-plan, so "in 2 min" does not stay)."""
        feature = self._feature
        self.next_label.setText(feature.status_text() if feature.service.running else "")

    def _chart_data(self) -> ChartData:
        return ChartData(self._feature.service.day_summaries(CHART_DAYS), self._feature.hard_calls_per_week())

    def refresh(self) -> None:
        feature = self._feature
        self.refresh_status()
        today = feature.service.day_summaries(1)[0]
        minutes = round(today.break_time.total_seconds() / 60)
        text = self.tr(
            "Breaks taken: %1 (%2 of them away from the desk). Postponed: %3. Skipped: %4. Break time: %5 min."
        )
        for key, value in (
            ("%1", today.total_taken),
            ("%2", today.natural),
            ("%3", today.postponed),
            ("%4", today.skipped),
            ("%5", minutes),
        ):
            text = text.replace(key, fmt.integer(value))
        self.today_label.setText(text)
        self.settings.idle_label.setText(idle_status_text(feature.service.idle_status))
        self.chart.refresh()


def _disconnect(connection: QMetaObject.Connection) -> None:
    with contextlib.suppress(RuntimeError, TypeError):
        QObject.disconnect(connection)
