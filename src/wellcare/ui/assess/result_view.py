"""A result in plain language: the band first, then the score, what it means and what helps.

Every result says it is a screening, not a diagnosis. What to follow up on comes from the
instrument's own guidance (wellcare.assess.follow_up): a professional, the EAP, the PHQ-9 after a
low WHO-5. A severe band recommends a professional assessment and shows the crisis lines, unless
only an unvalidated translation's cut-off says so. A fired safety rule governs the whole screen,
also when the result is looked at again later from the history.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wellcare.assess.export import format_value
from wellcare.assess.follow_up import follow_up_for
from wellcare.assess.model import Instrument
from wellcare.assess.scoring import score_bounds
from wellcare.assess.store import StoredResult
from wellcare.assess.trends import band_tones
from wellcare.policy import CrisisLine
from wellcare.ui import locale_format as fmt
from wellcare.ui.assess.links import Links
from wellcare.ui.assess.texts import (
    crisis_source_note,
    korean_source,
    safety_meaning_fallback,
    screen_phq9_button,
    screen_phq9_text,
    screening_note,
    suggestion_button,
    suggestion_text,
    unvalidated_severe_note,
)
from wellcare.ui.assess.widgets import button, button_row, card, crisis_lines_box, is_default_lines, label, refit
from wellcare.ui.theme import BAND_COLORS, TEXT, heading

# The result takes the keyboard focus when it appears (so a screen reader reads it, and a repeated
# Enter never lands on Done); a ring shows where the focus is.
_FOCUS_STYLE = """
QWidget#result-view { border: 2px solid transparent; border-radius: 10px; }
QWidget#result-view:focus { border-color: palette(highlight); }
"""


def band_chip(text: str, tone: str) -> QLabel:
    chip = label(text, scale=1.35, bold=True)
    chip.setStyleSheet(f"background: {BAND_COLORS[tone]}; color: {TEXT}; border-radius: 8px; padding: 6px 12px;")
    chip.setAccessibleName(text)
    return chip


class ResultView(QWidget):
    """One result. A fired safety rule governs all of it: its own advice instead of the band's,
    crisis lines, a professional and the EAP first, and no "what helps" for a good score."""

    done = Signal()
    recheck_set = Signal(str)  # instrument id: the feature re-derives its reminder job
    start_requested = Signal(str)  # instrument id: the counselor chose to take it now (WHO-5 -> PHQ-9)

    def __init__(
        self,
        stored: StoredResult,
        instrument: Instrument,
        lang: str,
        links: Links,
        lines: Sequence[CrisisLine],
        *,
        set_recheck: Callable[[str], datetime] | None = None,
        recheck_at: datetime | None = None,
        done_text: str = "",
        startable: Collection[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._stored = stored
        self._links = links
        self._set_recheck = set_recheck
        result = stored.result
        self.follow_up = follow_up_for(instrument, result)
        validated = instrument.validated_in(lang)
        # An unvalidated translation's cut-off alone never raises an urgent referral (a safety answer does).
        urgent = result.safety or (self.follow_up.assessment and validated)
        self.setObjectName("result-view")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(_FOCUS_STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(14)
        self.title = heading(self.tr("Your %s result") % instrument.short_name.get(lang))
        spoken: list[str] = []  # what a screen reader says when the result gets the focus
        layout.addWidget(self.title)
        layout.addWidget(label(instrument.measures.get(lang) + " · " + fmt.day_time(stored.completed_at), role="muted"))

        if result.safety:
            spoken.append(self._add_safety_first(instrument, lang, lines, layout))
        spoken += self._add_band_cards(instrument, lang, validated, layout)
        extra = [k for k in result.scores if k not in instrument.band_sets]
        for key in extra:
            layout.addWidget(label(self._score_line(instrument, key, lang), role="muted", selectable=True))

        layout.addWidget(label(screening_note(), bold=True))
        source_note = korean_source(instrument, lang)
        if source_note:
            layout.addWidget(label(source_note, role="muted", selectable=True))
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(" ".join([*spoken, screening_note()]))

        self._add_follow_up(urgent, lines, lang, startable, layout)
        self._add_what_helps(recheck_at, layout)
        attribution = instrument.attribution.get(lang)
        layout.addWidget(
            label(self.tr("%1 — %2").replace("%1", instrument.name.get(lang)).replace("%2", attribution), role="muted")
        )
        self.done_button = button(done_text or self.tr("Done"), primary=True)
        self.done_button.clicked.connect(self.done)
        layout.addLayout(button_row(self.done_button))
        layout.addStretch(1)

    def _add_safety_first(
        self, instrument: Instrument, lang: str, lines: Sequence[CrisisLine], layout: QVBoxLayout
    ) -> str:
        """A fired safety rule's own words first, then the crisis lines; returns the words (for screen readers)."""
        meaning = self._safety_meaning(instrument, lang)
        box, inner = card()
        inner.addWidget(heading(self.tr("First, about one of your answers"), scale=1.15))
        inner.addWidget(label(meaning))
        layout.addWidget(box)
        source = crisis_source_note() if is_default_lines(lines) else ""
        layout.addWidget(crisis_lines_box(lines, lang, self.tr("Help at any hour"), source))
        return meaning

    def _add_band_cards(self, instrument: Instrument, lang: str, validated: bool, layout: QVBoxLayout) -> list[str]:
        """One card per banded score; returns what a screen reader says for them."""
        result = self._stored.result
        spoken: list[str] = []
        self.band_labels: dict[str, str] = {}
        self.meanings: list[str] = []
        for key, band_set in instrument.band_sets.items():
            if key not in result.bands:
                continue
            bands = band_set.bands_for(result.sex if band_set.sex_specific else None)
            tones = dict(zip((b.id for b in bands), band_tones(bands), strict=True))
            band = instrument.band(key, result.bands[key], result.sex)
            self.band_labels[key] = band.label.get(lang)
            box, inner = card()
            chip_row = QHBoxLayout()
            # after a safety answer a reassuring colour would contradict the advice above
            chip_row.addWidget(band_chip(band.label.get(lang), "mid" if result.safety else tones[band.id]))
            chip_row.addStretch(1)
            inner.addLayout(chip_row)
            inner.addWidget(label(self._score_line(instrument, key, lang), scale=1.1, bold=True, selectable=True))
            spoken += [band.label.get(lang), self._score_line(instrument, key, lang)]
            if not result.safety:  # the band's own words ("keep doing what helps") never follow a safety answer
                meaning = unvalidated_severe_note() if band.severe and not validated else band.meaning.get(lang)
                inner.addWidget(label(meaning))
                self.meanings.append(meaning)
                spoken.append(meaning)
            if band_set.note is not None:
                inner.addWidget(label(band_set.note.get(lang), role="muted"))
            layout.addWidget(box)
        return spoken

    def _add_follow_up(
        self, urgent: bool, lines: Sequence[CrisisLine], lang: str, startable: Collection[str], layout: QVBoxLayout
    ) -> None:
        """A professional (urgent or not), the crisis lines when urgent, the PHQ-9 offer after a low WHO-5."""
        result = self._stored.result
        self.professional_card: QWidget | None = None
        if "professional" in self.follow_up:
            self.professional_card = self._professional_card(urgent)
            layout.addWidget(self.professional_card)
        if not result.safety and urgent and "crisis_lines" in self.follow_up:
            source = crisis_source_note() if is_default_lines(lines) else ""
            layout.addWidget(crisis_lines_box(lines, lang, self.tr("Help at any hour"), source))
        self.start_buttons: dict[str, QPushButton] = {}
        if "screen_phq9" in self.follow_up:
            layout.addWidget(self._screen_card("phq9", startable))

    def _add_what_helps(self, recheck_at: datetime | None, layout: QVBoxLayout) -> None:
        """What helps (or, after a safety answer, who can help), each with its way to act."""
        result = self._stored.result
        skip = {"crisis_lines", "professional", "screen_phq9"}
        helps = [s for s in self.follow_up.ids if s not in skip]
        if not result.safety:
            helps += [s for s in result.suggestions if s not in skip and s not in helps]
        self.suggestion_buttons: dict[str, QWidget] = {}
        self.recheck_label: QLabel | None = None
        if helps:
            layout.addWidget(heading(self.tr("Who can help") if result.safety else self.tr("What helps"), scale=1.15))
            for suggestion in helps:
                layout.addLayout(self._suggestion_row(suggestion, recheck_at))

    def _safety_meaning(self, instrument: Instrument, lang: str) -> str:
        fired = set(self._stored.result.safety_rules)
        for rule in instrument.safety:
            if rule.id in fired and rule.meaning is not None:
                return rule.meaning.get(lang)
        return safety_meaning_fallback()

    def _professional_card(self, urgent: bool) -> QWidget:
        box, inner = card()
        if urgent:
            inner.addWidget(heading(self.tr("We recommend a professional assessment"), scale=1.15))
            text = self.tr(
                "Your answers point to strong strain. Please arrange an assessment with a doctor or a "
                "mental-health professional soon; the EAP office can help you find one."
            )
        else:
            inner.addWidget(heading(self.tr("Talking to a professional can help"), scale=1.15))
            text = self.tr(
                "Your answers suggest it would help to talk about how you have been with a doctor, a "
                "mental-health professional or the EAP office. The EAP office can also help you find one."
            )
        inner.addWidget(label(text))
        return box

    def _screen_card(self, instrument_id: str, startable: Collection[str]) -> QWidget:
        box, inner = card()
        inner.addWidget(label(screen_phq9_text()))
        if instrument_id in startable:
            go = button(screen_phq9_button(), primary=True)
            go.clicked.connect(lambda _=False, i=instrument_id: self.start_requested.emit(i))
            self.start_buttons[instrument_id] = go
            inner.addLayout(button_row(go))
        return box

    def _score_line(self, instrument: Instrument, key: str, lang: str) -> str:
        rule = instrument.score_rule(key)
        value = format_value(float(self._stored.result.scores[key]))
        low, high = score_bounds(instrument, key)
        name = rule.label.get(lang)
        if "–" in name or "-" in name:  # the label already states its range, e.g. "Raw score (0–25)"
            return self.tr("%1: %2").replace("%1", name).replace("%2", value)
        return (
            self.tr("%1: %2 (possible range %3–%4)")
            .replace("%1", name)
            .replace("%2", value)
            .replace("%3", format_value(float(low)))
            .replace("%4", format_value(float(high)))
        )

    def _suggestion_row(self, suggestion: str, recheck_at: datetime | None) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(12)
        text = suggestion_text(suggestion)
        if suggestion == "eap" and self._links.page_for("eap") is None:
            contact = [c for c in (self._links.eap_phone, self._links.eap_email) if c]
            if contact:
                text += " " + self.tr("EAP office: %s") % ", ".join(contact)
        body = label("• " + text, selectable=True)
        row.addWidget(body, 1)
        action = suggestion_button(suggestion)
        if suggestion == "recheck" and self._set_recheck is not None:
            recheck = button(action)
            recheck.clicked.connect(self._recheck)
            self.suggestion_buttons[suggestion] = recheck
            self.recheck_label = body
            row.addWidget(recheck)
            if recheck_at is not None and recheck_at > self._stored.completed_at:
                self._show_recheck(recheck_at)
        elif action and self._links.page_for(suggestion) is not None:
            go = button(action)
            go.clicked.connect(lambda _=False, s=suggestion: self._links.open(s))
            self.suggestion_buttons[suggestion] = go
            row.addWidget(go)
        return row

    def _recheck(self) -> None:
        assert self._set_recheck is not None
        when = self._set_recheck(self._stored.instrument_id)
        self._show_recheck(when)
        self.recheck_set.emit(self._stored.instrument_id)

    def _show_recheck(self, when: datetime) -> None:
        if self.recheck_label is not None:
            self.recheck_label.setText("• " + self.tr("I will remind you to take it again on %s.") % fmt.day(when))
            refit(self)
        widget = self.suggestion_buttons.get("recheck")
        if widget is not None:
            widget.setEnabled(False)
