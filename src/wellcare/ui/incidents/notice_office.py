"""Coordinator mode's "Hand-over notices" page: what counselors told the dedicated team, and its status.

The inbox feature imports the notices (``wellcare.incidents.notice_inbox``, registered in
``coordinator/handlers.py``); this page lists them, newest first within *new*, *taken over*,
*closed*, and lets the office move each one on. A notice shows exactly what the counselor sent:
the kind of call, its time and, if added, the call reference. It names nobody.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Mapping
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wellcare.incidents.notice_inbox import NoticeBook, NoticeStatus, ReceivedNotice
from wellcare.ui import locale_format as fmt
from wellcare.ui.feature import AppContext, Feature, PageSpec
from wellcare.ui.incidents.texts import kind_label
from wellcare.ui.messages import VaultError
from wellcare.ui.theme import clear_layout, heading, paragraph
from wellcare.ui.tray import TrayEntry
from wellcare.ui.wrap import FlowLayout

log = logging.getLogger(__name__)

PAGE_KEY = "handover_notices"


class CoordinatorNoticesFeature(Feature):
    """The office's list of hand-over notices; ``changed`` after an import or a status change."""

    changed = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.notices: list[ReceivedNotice] = []
        self._unsubscribe: Callable[[], None] | None = None

    def book(self) -> NoticeBook:
        return self.services.notice_book()

    def start(self) -> None:
        imports = self.ctx.capabilities.inbox_imports
        if imports is not None:
            self._unsubscribe = imports.subscribe_imports(self._after_import)
        with contextlib.suppress(VaultError):  # closed notices keep only their kind after the EAP retention period
            self.book().purge(self.ctx.clock.now(), int(self.ctx.policy.get("eap", "retention_days")))
        self.refresh()

    def stop(self) -> None:
        unsubscribe, self._unsubscribe = self._unsubscribe, None
        if unsubscribe is not None:
            unsubscribe()

    def _after_import(self, accepted: Mapping[str, int]) -> None:
        if accepted.get("handover_notice"):
            self.refresh()

    def refresh(self) -> None:
        try:
            self.notices = self.book().notices()
        except VaultError:
            self.notices = []
        self.changed.emit()

    def set_status(self, envelope_id: str, status: NoticeStatus) -> None:
        try:
            self.book().set_status(envelope_id, status, self.ctx.clock.now())
        except (VaultError, KeyError) as exc:
            log.warning("hand-over notice status not saved (%s)", type(exc).__name__)
        self.refresh()

    def pages(self) -> list[PageSpec]:
        return [PageSpec(PAGE_KEY, self.tr("Hand-over notices"), NoticesPage(self))]

    def tray_entries(self) -> list[TrayEntry]:
        return [TrayEntry(self.tr("Hand-over notices"), lambda: self.ctx.show_page(PAGE_KEY))]


class NoticeCard(QFrame):
    def __init__(self, notice: ReceivedNotice, feature: CoordinatorNoticesFeature, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", "card")
        self.notice = notice
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(4)
        when = fmt.day_time(datetime.fromisoformat(notice.at)) if notice.at else self.tr("time removed (retention)")
        status = {
            NoticeStatus.NEW: self.tr("New"),
            NoticeStatus.TAKEN_OVER: self.tr("Taken over"),
            NoticeStatus.CLOSED: self.tr("Closed"),
        }[notice.status]
        self.title = heading(f"{kind_label(notice.kind)} · {status}", scale=1.0)
        layout.addWidget(self.title)
        lines = [self.tr("Hard call at %s") % when]
        lines.append(
            self.tr("Call reference: %s") % notice.call_ref if notice.call_ref else self.tr("No call reference given")
        )
        lines.append(self.tr("Received %s") % fmt.day_time(notice.received_at.astimezone()))
        self.details = QLabel("\n".join(lines))
        self.details.setTextFormat(Qt.TextFormat.PlainText)  # written by a counselor's app: never HTML
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        buttons = FlowLayout()
        self.buttons: dict[NoticeStatus, QPushButton] = {}
        for target, text in (
            (NoticeStatus.TAKEN_OVER, self.tr("Mark taken over")),
            (NoticeStatus.CLOSED, self.tr("Close")),
        ):
            if notice.status is target or notice.status is NoticeStatus.CLOSED:
                continue
            button = QPushButton(text)
            button.setAccessibleName(text)
            button.clicked.connect(lambda _=False, t=target: feature.set_status(notice.envelope_id, t))
            self.buttons[target] = button
            buttons.addWidget(button)
        layout.addLayout(buttons)


class NoticesPage(QWidget):
    def __init__(self, feature: CoordinatorNoticesFeature, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feature = feature
        self.cards: list[NoticeCard] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Hand-over notices")))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Counselors send these after an abusive call so the dedicated team can take over the caller. "
                    "Each says only the kind of call, when it happened and, if the counselor added it, the call "
                    "reference. It does not say who sent it."
                ),
                "muted",
            )
        )
        head = QHBoxLayout()
        self.summary = paragraph("")
        head.addWidget(self.summary, 1)
        self.refresh_button = QPushButton(self.tr("Check again"))
        self.refresh_button.setAccessibleName(self.tr("Check the hand-over notices again"))
        self.refresh_button.clicked.connect(feature.refresh)
        head.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)
        self.list_layout = QVBoxLayout()
        self.list_layout.setSpacing(8)
        layout.addLayout(self.list_layout)
        layout.addStretch(1)
        feature.changed.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        clear_layout(self.list_layout)
        self.cards = [NoticeCard(n, self.feature) for n in self.feature.notices]
        new = sum(1 for n in self.feature.notices if n.status is NoticeStatus.NEW)
        self.summary.setText(
            self.tr("%n new notice(s).", "", new) if self.feature.notices else self.tr("No hand-over notices yet.")
        )
        for card in self.cards:
            self.list_layout.addWidget(card)
