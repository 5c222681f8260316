"""One request's status timeline: sent, received, scheduled, done or cancelled, and what was sent."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from wellcare.eap import EventKind, MyRequest, RequestType, Status, Urgency
from wellcare.policy import CrisisLine
from wellcare.ui.eap import texts
from wellcare.ui.eap.widgets import CrisisBox, Step, plain
from wellcare.ui.theme import heading


class Timeline(QFrame):
    """Built for one request; rebuilt (not patched) when the request changes."""

    cancel_requested = Signal(int)

    def __init__(
        self,
        request: MyRequest,
        crisis: tuple[CrisisLine, ...],
        language: str,
        parent: QWidget | None = None,
        *,
        outside: list[tuple[str, str]] | None = None,
        eap_phone: str = "",
    ) -> None:
        super().__init__(parent)
        self.request = request
        self.setProperty("role", "card")
        self._language = language
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(8)
        content = request.content
        layout.addWidget(heading(texts.request_type(content.type), scale=1.15))
        layout.addWidget(
            plain(
                self.tr("%s · requested %s") % (texts.urgency_short(content.urgency), self._when(request.created_at)),
                role="muted",
            )
        )
        if content.urgency is Urgency.URGENT and request.status.is_open:
            layout.addWidget(CrisisBox(crisis, language, eap_phone=eap_phone))

        self.steps: list[Step] = []
        for step in self._steps():
            self.steps.append(step)
            layout.addWidget(step)
        self.outside: QLabel | None = None
        if content.type is RequestType.LEGAL_SUPPORT and outside:  # if the organisation does not act
            layout.addWidget(heading(self.tr("If your organisation does not act"), scale=1.0))
            self.outside = plain("\n".join(f"{label}: {number}" for label, number in outside))
            layout.addWidget(self.outside)

        refused = request.last(EventKind.REPLY_REFUSED)
        if refused is not None and request.status.is_open:
            warning = plain(
                self.tr("A reply was ignored because %s. If this happens again, tell the EAP office.")
                % texts.refusal(str(refused.detail.get("reason", ""))),
                role="warning",
            )
            layout.addWidget(warning)

        self._build_sent_details(layout)

        self.cancel_button: QPushButton | None = None
        if request.status.is_open:
            row = QHBoxLayout()
            row.addStretch(1)
            self.cancel_button = QPushButton(self.tr("Cancel this request…"))
            self.cancel_button.clicked.connect(lambda: self.cancel_requested.emit(request.id))
            row.addWidget(self.cancel_button)
            layout.addLayout(row)

    def _build_sent_details(self, layout: QVBoxLayout) -> None:
        """"What you sent", folded: the request as it left this computer."""
        self.sent_toggle = QToolButton()
        self.sent_toggle.setText(self.tr("What you sent"))
        self.sent_toggle.setCheckable(True)
        self.sent_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.sent_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.sent_toggle.setAutoRaise(True)  # flat; the theme draws its focus ring (a local style sheet would hide it)
        layout.addWidget(self.sent_toggle)
        self.sent_details = plain(self._sent_text())
        self.sent_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sent_details.setVisible(False)
        layout.addWidget(self.sent_details)
        self.sent_toggle.toggled.connect(self._toggle_sent)

    def _when(self, when: object) -> str:
        return texts.format_when(when)  # type: ignore[arg-type]

    def _toggle_sent(self, shown: bool) -> None:
        self.sent_details.setVisible(shown)
        self.sent_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def step_titles(self) -> list[tuple[str, str]]:
        return [(s.title.text(), s.state) for s in self.steps]

    def _steps(self) -> list[Step]:
        """What happened, in order; while the request is open, also the steps still ahead."""
        r = self.request
        is_open = r.status.is_open
        steps: list[Step] = []
        sent = r.first(EventKind.SENT)
        if sent is not None:
            steps.append(
                Step(
                    texts.status(Status.SENT),
                    self._when(sent.at) + " · " + self.tr("Sealed and sent."),
                    Step.DONE,
                )
            )
        elif r.status is Status.QUEUED:
            steps.append(
                Step(
                    texts.status(Status.QUEUED),
                    self.tr(
                        "Waiting to send: the shared folder cannot be reached right now. Your sealed request is "
                        "kept on this computer and sent automatically."
                    ),
                    Step.AHEAD,
                )
            )
        received = r.first(EventKind.RECEIVED)
        if received is not None:
            detail = self._when(received.at) + " · " + self.tr("The EAP office's app confirmed it has your request.")
            steps.append(Step(texts.status(Status.RECEIVED), detail, Step.DONE))
        elif any(r.first(k) for k in (EventKind.SCHEDULED, EventKind.REVIEWED, EventKind.ACTION_TAKEN, EventKind.DONE)):
            steps.append(Step(texts.status(Status.RECEIVED), "", Step.DONE))  # a later reply: it was received
        elif is_open:
            steps.append(Step(texts.status(Status.RECEIVED), "", Step.AHEAD))
        legal = r.content.type is RequestType.LEGAL_SUPPORT
        if legal:
            steps += self._legal_steps(is_open)
        elif r.appointment is not None:
            a = r.appointment
            detail = self.tr("%1, %n minute(s)", "", a.minutes).replace("%1", self._when(a.start)) + "\n" + a.where
            if a.note:
                detail += "\n" + a.note
            changed = sum(1 for e in r.events if e.kind is EventKind.SCHEDULED) > 1
            title = self.tr("Scheduled (changed)") if changed else texts.status(Status.SCHEDULED)
            steps.append(Step(title, detail, Step.DONE))
        elif is_open:
            steps.append(Step(texts.status(Status.SCHEDULED), "", Step.AHEAD))
        when = self._when(r.closed_at) + " · " if r.closed_at else ""
        if r.status is Status.CANCELLED:
            if r.closed_by == "me":
                cancelled = r.last(EventKind.CANCELLED)
                if r.last(EventKind.CANCEL_SENT) is not None:
                    told = self.tr("The EAP office has been told.")
                elif cancelled is not None and not cancelled.detail.get("told", True):
                    told = self.tr("WellCare could not tell the EAP office; call them if an appointment was made.")
                else:
                    told = self.tr("Telling the EAP office…")
                detail = self.tr("You cancelled it.") + " " + told
            else:
                detail = self.tr("Closed by the EAP office.") + (("\n" + r.message) if r.message else "")
            steps.append(Step(texts.status(Status.CANCELLED), when + detail, Step.STOPPED))
        elif r.status is Status.DONE:
            title = self.tr("Closed") if legal else texts.status(Status.DONE)
            steps.append(Step(title, when.rstrip(" ·") + (("\n" + r.message) if r.message else ""), Step.DONE))
        else:
            steps.append(Step(self.tr("Closed") if legal else texts.status(Status.DONE), "", Step.AHEAD))
        return steps

    def _legal_steps(self, is_open: bool) -> list[Step]:
        """A legal-support case: reviewed by counsel, then action taken, each from the office's signed reply."""
        steps: list[Step] = []
        for kind, status in ((EventKind.REVIEWED, Status.REVIEWED), (EventKind.ACTION_TAKEN, Status.ACTION_TAKEN)):
            event = self.request.last(kind)
            if event is not None:
                message = str(event.detail.get("message", ""))
                steps.append(Step(texts.status(status), self._when(event.at) + (("\n" + message) if message else ""),
                                  Step.DONE))  # fmt: skip
            elif is_open:
                steps.append(Step(texts.status(status), "", Step.AHEAD))
        return steps

    def _sent_text(self) -> str:
        c = self.request.content
        lines = [
            self.tr("To: %s (%s)") % (self.request.coordinator_name, self.request.fingerprint),
            self.tr("Urgency: %s") % texts.urgency(c.urgency),
            self.tr("Times: %s") % ", ".join(texts.time_window(t) for t in c.times)
            + (f" · {c.times_note}" if c.times_note else ""),
            self.tr("Contact: %s, %s") % (texts.contact_method(c.contact_method), c.contact),
        ]
        if c.note:
            lines.append(self.tr("Note: %s") % c.note)
        for attachment in c.attachments:
            lines.append(self.tr("Attached: %s") % attachment.title)
        return "\n".join(lines)
