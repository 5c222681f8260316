"""The Qt side of the counselor's EAP service: the same calls, plus a ``changed`` signal for views."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from wellcare.eap import (
    AttachmentChoice,
    AttachmentSource,
    ContactMethod,
    Coordinator,
    EapService,
    MyRequest,
    RequestContent,
)
from wellcare.eap.attachments import collect_choices
from wellcare.eap.office import EapOffice
from wellcare.exchange.share_rights import ShareProblem
from wellcare.policy import CrisisLine, Policy, crisis_lines, local_centre


class EapModel(QObject):
    """What the EAP page shows and does. Views subscribe to ``changed`` and re-read."""

    changed = Signal()
    # (request type code, urgent): another capability asked for the form (``preattach``: keys to tick)
    form_requested = Signal(str, bool)

    def __init__(
        self,
        service: EapService,
        policy: Policy,
        language: Callable[[], str],
        sources: Sequence[AttachmentSource] = (),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.policy = policy
        self.language = language
        self._sources = tuple(sources)
        self._share_problems: list[ShareProblem] | None = None
        self.preattach: tuple[str, ...] = ()  # attachment keys the next requested form starts ticked with

    def coordinator(self) -> Coordinator:
        return self.service.coordinator()

    def requests(self) -> list[MyRequest]:
        return self.service.requests()

    def share_problems(self) -> list[ShareProblem]:
        """The start-up check of the share's rights: run once (it writes and removes a probe file)."""
        if self._share_problems is None:
            self._share_problems = self.service.share_problems()
        return self._share_problems

    def crisis_lines(self) -> tuple[CrisisLine, ...]:
        return crisis_lines(self.policy)

    def outside_lines(self) -> list[tuple[str, str]]:
        """Where to turn outside the organisation (the Ministry's line, the policy's local centre): (label, number)."""
        from wellcare.incidents.rights import RightsError, load_rights, pick

        language = self.language()
        lines: list[tuple[str, str]] = []
        try:
            rights = load_rights()
            lines.append((pick(rights.labour_line_label, language), rights.labour_line_number))
        except RightsError:
            pass
        centre = local_centre(self.policy, language)
        return lines + ([centre] if centre is not None else [])

    def retention_days(self) -> int:
        """Days the EAP office keeps a closed request's content (the org policy's ``[eap] retention_days``)."""
        return int(self.policy.get("eap", "retention_days"))

    def office(self) -> EapOffice:
        """What the policy states about the EAP office (hours, urgent response time, phone)."""
        return EapOffice.from_policy(self.policy)

    def now(self) -> datetime:
        return self.service.clock.now()

    def eap_contact(self) -> tuple[str, str]:
        return str(self.policy.get("coordinator", "eap_phone")), str(self.policy.get("coordinator", "eap_email"))

    def last_contact(self) -> tuple[ContactMethod, str] | None:
        return self.service.last_contact()

    def attachment_choices(self) -> list[AttachmentChoice]:
        return collect_choices(self._sources, self.service.vault, self.language())

    def submit(self, content: RequestContent) -> MyRequest:
        request = self.service.submit(content)
        self.changed.emit()
        return request

    def cancel(self, request_id: int) -> MyRequest:
        request = self.service.cancel(request_id)
        self.changed.emit()
        return request

    def accept_new_keys(self, fingerprint: str) -> Coordinator:
        coordinator = self.service.accept_new_keys(fingerprint)
        self.changed.emit()
        return coordinator
