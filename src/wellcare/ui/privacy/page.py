"""The Privacy page: what is shared in plain words, the choice, the exact next payload, the log.

The payload box shows the bytes the next send seals, decoded as UTF-8 (the payload is UTF-8
JSON, so the text is the bytes); the page never shows a prettified copy in its place.
"""

from __future__ import annotations

import json
import math
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wellcare.aggregate_format.one_field import UNIT_KEY
from wellcare.aggregate_format.schema import ORG_UNIT
from wellcare.policy import Policy, privacy_budget
from wellcare.privacy.sender import Availability, Outcome, Preview
from wellcare.privacy.store import LogEvent
from wellcare.ui import locale_format as fmt
from wellcare.ui.disclosure import Disclosure
from wellcare.ui.privacy.labels import category_name, field_name
from wellcare.ui.privacy.truth import true_categories
from wellcare.ui.theme import clear_layout, heading

if TYPE_CHECKING:
    from wellcare.ui.privacy.feature import PrivacyFeature


def _label(text: str, role: str = "", rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    if role:
        label.setProperty("role", role)
    return label


def _card(title: str, *widgets: QWidget) -> QFrame:
    frame = QFrame()
    frame.setProperty("role", "card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(18, 14, 18, 14)
    layout.setSpacing(8)
    layout.addWidget(heading(title, scale=1.15))
    for widget in widgets:
        layout.addWidget(widget)
    return frame


def _true_text(field: str, truth: dict[str, str] | None) -> str:
    return category_name(field, truth[field]) if truth is not None and field in truth else ""


# read-only text with a caret: the exact bytes can be read, line by line, from the keyboard
_READABLE = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard


def _mono() -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    return font


class PrivacyPage(QWidget):
    def __init__(self, feature: PrivacyFeature, policy: Policy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert feature.sender is not None
        self.feature = feature
        self.sender = feature.sender
        self.policy = policy
        self.preview: Preview | None = None
        self._payloads: list[bytes | None] = []
        self._updating = False
        self.setAccessibleName(self.tr("Privacy"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(14)
        layout.addWidget(heading(self.tr("Privacy and anonymous weekly summaries")))
        layout.addWidget(_label(self.tr(
            "You can help the EAP office see how the whole floor is doing, week by week, so it can argue for "
            "staffing, breaks and protection from abusive callers. It never sees you: only estimates for groups "
            "of people. Sharing is off unless you turn it on, and you can stop at any time."
        )))

        self._build_choice(layout)
        self._build_next_summary(layout)
        self._build_what_is_shared(layout, policy)
        self._build_log(layout)
        layout.addStretch(1)

        feature.changed.connect(self.refresh)
        self.refresh()

    # -- building --------------------------------------------------------------------------------
    def _build_choice(self, layout: QVBoxLayout) -> None:
        """Consent, the optional team, and what withdrawing does."""
        self.status = _label("")
        self.status.setObjectName("privacy-status")
        self.consent = QCheckBox(self.tr("Share my anonymous weekly summary"))
        self.consent.setAccessibleName(self.tr("Share my anonymous weekly summary"))
        self.consent.toggled.connect(self._consent_toggled)
        self.unit = QComboBox()
        self.unit.setAccessibleName(self.tr("My team"))
        self.unit.addItem(self.tr("Don't say"), None)
        for name in self.sender.units:
            self.unit.addItem(name, name)
        self.unit.currentIndexChanged.connect(self._unit_changed)
        unit_row = QHBoxLayout()
        unit_label = QLabel(self.tr("My team (optional):"))
        unit_label.setBuddy(self.unit)  # a screen reader says the label with the choice
        unit_row.addWidget(unit_label)
        unit_row.addWidget(self.unit, 1)
        unit_box = QWidget()
        unit_box.setLayout(unit_row)
        unit_row.setContentsMargins(0, 0, 0, 0)
        self.unit_box = unit_box
        self.withdraw_note = _label(self.tr(
            "Withdrawing stops every future summary at once. Summaries already sent stay in the EAP office's "
            "totals: nothing in them says they are yours, so they cannot be picked out to be removed."
        ), role="muted")
        layout.addWidget(_card(self.tr("Your choice"), self.status, self.consent, unit_box, self.withdraw_note))

    def _build_next_summary(self, layout: QVBoxLayout) -> None:
        """The next summary: the real result beside what is sent, the exact bytes behind "More"."""
        self.next_title = _label("")
        self.next_title.setObjectName("privacy-next-title")
        self.readable = QGridLayout()
        self.readable.setContentsMargins(0, 0, 0, 0)
        self.readable.setHorizontalSpacing(16)
        self.readable.setVerticalSpacing(2)
        self.readable.setColumnStretch(3, 1)  # real and sent side by side; the rest of the width stays empty
        readable_box = QWidget()
        readable_box.setLayout(self.readable)
        self.payload = QPlainTextEdit()
        self.payload.setReadOnly(True)
        self.payload.setTextInteractionFlags(_READABLE)
        self.payload.setTabChangesFocus(True)
        self.payload.setObjectName("privacy-payload")
        self.payload.setAccessibleName(self.tr("The next summary, exactly as it will be sent"))
        self.payload.setFont(_mono())
        self.payload.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.payload.setFixedHeight(QFontMetrics(self.payload.font()).lineSpacing() * 7 + 12)
        self.payload_note = _label("", role="muted")
        self.randomized_note = _label(self.tr(
            "On purpose, what is sent is not always your real result: before it leaves this computer each value is "
            "randomized, so a week of 25 breaks may be sent as 0. Across many people the EAP office can still "
            "estimate the whole floor, but no single summary says for certain how you are."
        ))
        self.randomized_note.setObjectName("privacy-randomized-note")
        self.bytes_more = Disclosure(self.tr("More: the exact bytes that go out"), self.payload, self.payload_note)
        self.next_card = _card(self.tr("The next summary"), self.next_title, self.randomized_note, readable_box,
                               self.bytes_more)
        layout.addWidget(self.next_card)

    def _build_what_is_shared(self, layout: QVBoxLayout, policy: Policy) -> None:
        """What is shared, what never is, and how the counselor is protected (its numbers behind "More")."""
        shared = _label(self.tr(
            "<ul style='margin-left:-20px'>"
            "<li>Each week only one of these, picked at random: the band of your latest WHO-5, PSS-10 or CBI "
            "(client-related burnout) result in that week, if you took one (a word such as “moderate”, never your "
            "answers or scores); how many breaks you took, as a range (0, 1–9, 10–24, 25 or more); or how many hard "
            "calls you logged (0, 1, 2–4, 5 or more). The other four are not sent that week.</li>"
            "<li>Your team, only if you choose one.</li></ul>"
        ), rich=True)
        never = _label(self.tr(
            "Your answers and scores, notes, incident details and call references, PHQ-9, GAD-7 and K6 results, "
            "your name and your computer's name. Nothing links one week's summary to another's."
        ))
        epsilon, per_value, per_year = privacy_budget(policy)
        minimum = int(policy.get("privacy", "min_group_size"))
        protected = _label(self.tr(
            "Before anything leaves this computer, your value may be swapped for a random one, by chance, so no "
            "single summary says for certain how you are. Each week only one of your results is sent. Sending the "
            "same value again reveals nothing new, and there is a yearly limit: when it is reached, nothing more is "
            "sent until next year, and this page says so. It is locked so that only the EAP office can open it, "
            "and the EAP office sees only estimates for groups of at least %n people.",
            "",
            minimum,
        ))
        self.budget = _label("", role="muted")  # the year's ε so far: a number for those who open "More"
        self.budget.setObjectName("privacy-budget")
        self.protection_more = Disclosure(self.tr("More: how the randomizing works"), _label(self.tr(
            "Randomized response, within three limits. One week: ε = %1, so your real value is sent only about %2 "
            "times as often as any other single value. One value: its randomization is kept for the year, so "
            "sending the same value week after week reveals no more than ε = %3 in all. One year: everything you "
            "send is capped at ε = %4. A smaller ε means more randomizing. Summaries are sealed to the EAP "
            "office's public key and go out at a random moment of the week."
        ).replace("%1", fmt.decimal(epsilon, 2)).replace("%2", fmt.decimal(math.exp(epsilon), 1))
         .replace("%3", fmt.decimal(per_value, 2)).replace("%4", fmt.decimal(per_year, 1)), role="muted"),
            self.budget)
        layout.addWidget(_card(self.tr("What is shared, once a week"), shared))
        layout.addWidget(_card(self.tr("What is never shared"), never))
        layout.addWidget(_card(self.tr("How you are protected"), protected, self.protection_more))

    def _build_log(self, layout: QVBoxLayout) -> None:
        """What was sent and when, each with its bytes."""
        self.log = QTableWidget(0, 3)
        self.log.setObjectName("privacy-log")
        self.log.setAccessibleName(self.tr("What was sent and when"))
        self.log.setHorizontalHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Week")])
        self.log.verticalHeader().setVisible(False)
        self.log.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.log.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.log.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.log.setTabKeyNavigation(False)  # arrows move between rows; Tab leaves the table
        # the row under the keyboard is the one shown, also the first one the focus lands on
        self.log.currentCellChanged.connect(self._log_row_changed)
        self.log.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.log.setMinimumHeight(self.fontMetrics().height() * 8)
        self.log.itemSelectionChanged.connect(self._log_selected)
        self.sent_payload = QPlainTextEdit()
        self.sent_payload.setReadOnly(True)
        self.sent_payload.setTextInteractionFlags(_READABLE)
        self.sent_payload.setTabChangesFocus(True)
        self.sent_payload.setFont(_mono())
        self.sent_payload.setAccessibleName(self.tr("What was sent"))
        self.sent_payload.setPlaceholderText(self.tr("Choose a sent summary above to see its bytes."))
        self.sent_payload.setFixedHeight(self.fontMetrics().height() * 5)
        layout.addWidget(_card(self.tr("What was sent and when"), self.log, self.sent_payload))

    # -- showing ---------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        if self.feature.sender is None:
            return
        self._updating = True
        try:
            self._refresh()
        finally:
            self._updating = False

    def _refresh(self) -> None:
        sender = self.sender
        org = sender.org_status()
        consent = sender.store.consent()
        spent = consent.on and sender.availability() is Availability.BUDGET_SPENT
        self.status.setText(self._status_text(Availability.BUDGET_SPENT if spent else org, consent.on))
        budget = sender.budget()
        self.budget.setVisible(budget is not None and org.org_allows)
        if budget is not None:
            self.budget.setText(self.tr("This year so far: ε %1 of %2 used.")
                                .replace("%1", fmt.decimal(budget[0], 1)).replace("%2", fmt.decimal(budget[1], 1)))
        self.consent.setEnabled(org.org_allows)
        self.consent.setChecked(consent.on and org.org_allows)
        self.unit_box.setEnabled(org.org_allows)
        self.unit_box.setVisible(bool(sender.units))
        index = self.unit.findData(sender.org_unit())
        self.unit.setCurrentIndex(max(index, 0))
        self.preview = sender.preview() if org.org_allows else None
        self.next_card.setVisible(self.preview is not None)
        if self.preview is not None:
            self._show_preview(self.preview, consent.on)
        self._fill_log()

    def _status_text(self, org: Availability, on: bool) -> str:
        if org is Availability.PERSONAL:
            return self.tr("WellCare runs without an organisation policy here, so there is no one to share with. "
                           "Nothing is sent.")
        if org is Availability.DISABLED:
            return self.tr("Your organisation has turned anonymous summaries off. Nothing is sent.")
        if org is Availability.BAD_POLICY:
            return self.tr("Your organisation's privacy settings cannot be used, so nothing is sent. "
                           "Please tell your IT team.")
        if org is Availability.NO_COORDINATOR:
            return self.tr("Your organisation has not set up an EAP office to receive summaries. Nothing is sent.")
        if org is Availability.BUDGET_SPENT:
            return self.tr("Your privacy budget for this year is used up, so nothing more is sent until the new "
                           "year begins. What was sent before stays as it was.")
        if org is Availability.KEY_PROBLEM:
            return self.tr("The EAP office's key has changed or cannot be checked, so nothing is sent. Check the new "
                           "key on the EAP page first.")
        if on:
            return self.tr("Sharing is on. One summary goes out at a random moment of the week after each week "
                           "ends; withdraw at any time.")
        return self.tr("Sharing is off. Nothing is sent unless you turn it on.")

    def _show_preview(self, preview: Preview, on: bool) -> None:
        if preview.due:
            last = self.feature.last_result
            later = self.clock_now() < self.sender.plan(preview.period).send_at  # its moment is still ahead
            if not on:  # turning sharing on sends it at its moment, not at once (the moment says nothing)
                when = (self.tr("if sharing is on, sent at a random moment of this week") if later
                        else self.tr("sent as soon as sharing is on"))
            elif last is not None and last.outcome is Outcome.OFFLINE and last.period == preview.period:
                when = self.tr("waiting for the shared folder; tried again every 15 minutes")
            elif later:
                when = self.tr("waiting to send, at a random moment of this week so that the time says nothing "
                               "about you")
            else:
                when = self.tr("being sent now")
            self.next_title.setText(self.tr("%1 (%2).").replace("%1", fmt.week(preview.period)).replace("%2", when))
        else:
            self.next_title.setText(self.tr(
                "%1 so far: sent after the week ends, and it may still change until then."
            ).replace("%1", fmt.week(preview.period)))
        clear_layout(self.readable)
        content = json.loads(preview.payload.decode("utf-8"))
        truth = true_categories(self.sender, preview.period)
        field = content["field"]
        rows = [(field_name(field), _true_text(field, truth), category_name(field, content["report"]))]
        unit = content.get(ORG_UNIT) or content.get(UNIT_KEY, {}).get("report")
        if unit is not None:
            rows.append((field_name(ORG_UNIT), category_name(ORG_UNIT, unit), category_name(ORG_UNIT, unit)))
        header = ("", self.tr("Your real result"), self.tr("What is sent"))
        for column, text in enumerate(header):
            title = QLabel(text)
            title.setWordWrap(True)  # three columns at 200% text: each may wrap rather than widen the page
            title.setProperty("role", "muted")
            self.readable.addWidget(title, 0, column)
        for row, (name, real, value) in enumerate(rows, start=1):
            name_label = QLabel(name + ":")
            name_label.setWordWrap(True)  # only when the text is very large: up to 16 em it keeps one line
            metrics = name_label.fontMetrics()
            name_label.setMinimumWidth(min(metrics.horizontalAdvance(name_label.text()) + 2,
                                           metrics.horizontalAdvance("M") * 16))
            self.readable.addWidget(name_label, row, 0)
            for column, text in ((1, real), (2, value)):
                shown = QLabel(text)
                shown.setTextFormat(Qt.TextFormat.PlainText)
                shown.setWordWrap(True)
                shown.setObjectName("privacy-real" if column == 1 else "privacy-sent")
                if column == 2 and real and text != real:
                    font = shown.font()
                    font.setBold(True)  # randomized to something else this week: the reader's eye goes there
                    shown.setFont(font)
                self.readable.addWidget(shown, row, column)
        self.payload.setPlainText(preview.payload.decode("utf-8"))
        self.payload_note.setText(self.tr(
            "%1 bytes (every summary is padded to this size), after randomizing: the value may differ from your "
            "real result on purpose. They travel locked so that only the EAP office can open them, in an envelope "
            "whose outside shows only a random id and the week."
        ).replace("%1", fmt.integer(len(preview.payload))))

    def sent_and_real(self) -> list[tuple[str, str, str]]:
        """The preview's rows as shown: (field, your real result, what is sent)."""
        out = []
        for row in range(1, self.readable.rowCount()):
            cells = [self.readable.itemAtPosition(row, c) for c in range(3)]
            if all(cell is not None and isinstance(cell.widget(), QLabel) for cell in cells):
                out.append(tuple(cell.widget().text() for cell in cells))  # type: ignore[union-attr]
        return out  # type: ignore[return-value]

    def _fill_log(self) -> None:
        store = self.sender.store
        rows: list[tuple[str, str, str, bytes | None]] = []
        for sent in store.sent_log():
            rows.append((sent.sent_at.isoformat(), self.tr("Summary sent"), fmt.week(sent.period), sent.payload))
        for entry in store.log():
            what = {
                LogEvent.CONSENT_ON: self.tr("Sharing turned on"),
                LogEvent.CONSENT_OFF: self.tr("Sharing withdrawn"),
                LogEvent.UNIT: self.tr("Team set to: %s") % (entry.detail or self.tr("Don't say")),
            }[entry.event]
            rows.append((entry.at.isoformat(), what, "", None))
        rows.sort(key=lambda r: r[0], reverse=True)
        self.log.setRowCount(len(rows))
        self._payloads = []
        for i, (at, what, period, payload) in enumerate(rows):
            when = fmt.day_time(datetime.fromisoformat(at))  # sorted by the ISO text, shown in words
            for col, text in enumerate((when, what, period)):
                self.log.setItem(i, col, QTableWidgetItem(text))
            self._payloads.append(payload)
        self.log.resizeColumnToContents(0)
        if not rows:
            self.sent_payload.clear()

    def _log_row_changed(self, row: int, _column: int, _old_row: int, _old_column: int) -> None:
        if row >= 0:
            self.log.selectRow(row)

    def _log_selected(self) -> None:
        rows = {i.row() for i in self.log.selectedItems()}
        payload = self._payloads[rows.pop()] if len(rows) == 1 else None
        self.sent_payload.setPlainText(payload.decode("utf-8") if payload is not None else "")

    def clock_now(self) -> datetime:
        return self.sender.clock.now()

    # -- intents ---------------------------------------------------------------------------------
    def _consent_toggled(self, on: bool) -> None:
        if not self._updating:
            self.feature.set_consent(on)

    def _unit_changed(self, _index: int) -> None:
        if not self._updating:
            self.feature.set_unit(self.unit.currentData())
