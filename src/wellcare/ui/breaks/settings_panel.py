"""Break settings: shift hours and workdays, how often breaks come (within the policy's limits),
what the organisation fixed, whether idle detection works here, and which softphones mean a call.
"""

from __future__ import annotations

from datetime import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from wellcare.breaks.settings import DAY_NAMES, SettingsError
from wellcare.ui import locale_format as fmt
from wellcare.ui.breaks.texts import duration_words, idle_status_text
from wellcare.ui.disclosure import Disclosure
from wellcare.ui.theme import paragraph
from wellcare.ui.wrap import FlowLayout

if TYPE_CHECKING:
    from wellcare.ui.breaks.feature import BreaksFeature


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


class BreakSettingsPanel(QWidget):
    def __init__(self, feature: BreaksFeature, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._feature = feature
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(self._schedule_box())
        layout.addWidget(self._detection_box())
        self.load()

    # -- building -----------------------------------------------------------------------------------

    def _schedule_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Break settings"))
        outer = QVBoxLayout(box)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above fields when text is large
        shift = QHBoxLayout()
        self.shift_start = QTimeEdit()
        self.shift_start.setDisplayFormat("HH:mm")
        self.shift_start.setAccessibleName(self.tr("Shift starts"))
        self.shift_end = QTimeEdit()
        self.shift_end.setDisplayFormat("HH:mm")
        self.shift_end.setAccessibleName(self.tr("Shift ends"))
        shift.addWidget(self.shift_start)
        shift.addWidget(QLabel(self.tr("to")))
        shift.addWidget(self.shift_end)
        shift.addStretch(1)
        form.addRow(self.tr("Shift hours"), shift)

        days = FlowLayout()
        self.workdays: list[QCheckBox] = []
        for index in range(7):
            box_day = QCheckBox(fmt.weekday(index + 1))
            box_day.setAccessibleName(fmt.weekday(index + 1, long=True))
            self.workdays.append(box_day)
            days.addWidget(box_day)
        form.addRow(self.tr("Workdays"), days)

        limits = self._feature.service.config.limits
        self.micro_every = QSpinBox()
        self.micro_every.setRange(*limits.micro_every_min)
        self.micro_every.setSuffix(self.tr(" min"))
        self.micro_every.setAccessibleName(self.tr("Micro-break every"))
        self.micro_every.setMaximumWidth(140)
        form.addRow(self.tr("Micro-break every"), self.micro_every)
        self.rest_every = QSpinBox()
        self.rest_every.setRange(*limits.rest_every_min)
        self.rest_every.setSuffix(self.tr(" min"))
        self.rest_every.setAccessibleName(self.tr("Rest break every"))
        self.rest_every.setMaximumWidth(140)
        form.addRow(self.tr("Rest break every"), self.rest_every)
        outer.addLayout(form)

        self.fixed_note = paragraph("", role="muted")
        outer.addWidget(self.fixed_note)
        self.strict_note = paragraph("", role="warning")
        outer.addWidget(self.strict_note)

        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save break settings"))
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        row.addWidget(self.status, 1)
        outer.addLayout(row)
        return box

    def _detection_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Time away and calls"))
        layout = QVBoxLayout(box)
        self.idle_label = paragraph("")
        layout.addWidget(self.idle_label)
        layout.addWidget(
            paragraph(
                self.tr(
                    "A break never starts in the middle of a call: it waits for the call to end, up to the limit "
                    "your organisation set. Mark a call with “On a call” in the tray menu, or list below the phone "
                    "programs that run only during a call."
                ),
                role="muted",
            )
        )
        self.calls_more = Disclosure(
            self.tr("More: for your IT team"),
            paragraph(
                self.tr(
                    "A softphone can tell WellCare about calls itself: its scripts run “wellcare call start” and "
                    "“wellcare call end”. Time away is noticed through the desktop's idle monitor (%s)."
                )
                % "x11-screensaver, GNOME, KDE",
                role="muted",
            ),
        )
        layout.addWidget(self.calls_more)
        self.policy_phones = paragraph("", role="muted")
        layout.addWidget(self.policy_phones)
        layout.addWidget(QLabel(self.tr("My softphone programs (one per line)")))
        self.softphones = QPlainTextEdit()
        self.softphones.setAccessibleName(self.tr("My softphone programs (one per line)"))
        self.softphones.setFixedHeight(72)
        layout.addWidget(self.softphones)
        row = QHBoxLayout()
        self.save_phones = QPushButton(self.tr("Save softphones"))
        self.save_phones.clicked.connect(self.save_softphones)
        row.addWidget(self.save_phones)
        self.phones_status = QLabel("")
        row.addWidget(self.phones_status, 1)
        layout.addLayout(row)
        return box

    # -- state --------------------------------------------------------------------------------------

    def load(self) -> None:
        feature = self._feature
        config = feature.service.config
        settings = config.settings
        self.shift_start.setTime(_qtime(settings.shift_start))
        self.shift_end.setTime(_qtime(settings.shift_end))
        for index, box in enumerate(self.workdays):
            box.setChecked(index in settings.workdays)
        self.micro_every.setValue(settings.micro_every_min)
        self.rest_every.setValue(settings.rest_every_min)
        fixed = self.tr(
            "Micro-break: %1. Rest break: %2. A break can be postponed %n time(s), by up to %3 min.",
            "",
            settings.postpone_max_count,
        )
        fixed = (
            fixed.replace("%1", duration_words(settings.micro_length))
            .replace("%2", duration_words(settings.rest_length))
            .replace("%3", str(settings.postpone_length_min))
        )
        if config.limits.org:
            fixed += " " + self.tr(
                "Your organisation asks for a micro-break at least every %1 min and a rest break at least every %2 min."
            ).replace("%1", str(config.base.micro_every_min)).replace("%2", str(config.base.rest_every_min))
        self.fixed_note.setText(fixed)
        strict = settings.strict_mode
        self.strict_note.setVisible(strict)
        self.strict_note.setText(
            self.tr("Strict mode, set by your organisation: breaks cannot be skipped or ended early.") if strict else ""
        )
        self.idle_label.setText(idle_status_text(feature.service.idle_status))
        if feature.service.policy_softphones:
            names = ", ".join(feature.service.policy_softphones)
            self.policy_phones.setText(self.tr("Set by your organisation: %s") % names)
            self.policy_phones.setVisible(True)
        else:
            self.policy_phones.setVisible(False)
        self.softphones.setPlainText("\n".join(feature.service.user_softphones))

    def values(self) -> dict[str, object]:
        start, end = self.shift_start.time(), self.shift_end.time()
        return {
            "shift_start": f"{start.hour():02d}:{start.minute():02d}",
            "shift_end": f"{end.hour():02d}:{end.minute():02d}",
            "workdays": [DAY_NAMES[i] for i, box in enumerate(self.workdays) if box.isChecked()],
            "micro_every_min": self.micro_every.value(),
            "rest_every_min": self.rest_every.value(),
        }

    def save(self) -> None:
        values = self.values()
        try:
            self._feature.service.save_settings(values)
        except SettingsError:
            self.status.setProperty("role", "warning")
            if values["shift_start"] == values["shift_end"]:
                self.status.setText(self.tr("Not saved: the shift cannot start and end at the same time."))
            else:
                self.status.setText(self.tr("Not saved: these settings cannot work together."))
            self._restyle(self.status)
            return
        if not values["workdays"]:
            self.status.setProperty("role", "warning")
            self.status.setText(self.tr("Saved. With no workdays chosen, no breaks are planned."))
        else:
            self.status.setProperty("role", "muted")
            self.status.setText(self.tr("Saved. Your next breaks follow the new settings."))
        self._restyle(self.status)

    def save_softphones(self) -> None:
        names = [line.strip() for line in self.softphones.toPlainText().splitlines() if line.strip()]
        self._feature.service.save_softphones(names)
        self.softphones.setPlainText("\n".join(self._feature.service.user_softphones))
        self.phones_status.setText(self.tr("Saved."))

    @staticmethod
    def _restyle(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)
