"""Where a result's "what helps" suggestions and the safety panel's EAP offer lead.

Other capabilities (breaks, programs, EAP requests, hard-call support) fill in their field of
``ctx.capabilities``. A suggestion shows a button only when the capability that serves it is
present, and the button opens that capability's page; otherwise the suggestion shows its sentence
(and, for the EAP, the office's phone number from the policy). Pointing a suggestion somewhere
else is one line in SUGGESTION_TARGETS.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from wellcare.capabilities import Capabilities
from wellcare.eap.office import EapOffice

# Capability name -> whether this role has it (its owner filled in its field of ctx.capabilities).
PRESENT: dict[str, Callable[[Capabilities], bool]] = {
    "breaks": lambda c: c.protected_break is not None,
    "programs": lambda c: c.exercise_player is not None,
    "eap": lambda c: c.eap_requests is not None,
    "incidents": lambda c: c.hard_call_counts is not None,
}

# Suggestion id -> (the capability that serves it, a PRESENT key; the page key it opens).
SUGGESTION_TARGETS: dict[str, tuple[str, str]] = {
    "break": ("breaks", "breaks"),
    "exercise": ("programs", "programs"),
    "program": ("programs", "programs"),
    "eap": ("eap", "eap"),
    "rights": ("incidents", "incidents"),
}

EAP_REQUEST_KIND = "counseling"  # wellcare.eap.RequestType.COUNSELING

# The EAP capability's one-step urgent call-back request (``EapRequests.request_urgent_call_back(phone)``)
# returns what became of it: "sent", "waiting" (saved, the shared folder cannot be reached) or
# "failed" (wellcare.eap.office.UrgentOutcome). Without it, the panel shows the phone and lines.
UrgentEapRequest = Callable[[str], str]


def _none() -> UrgentEapRequest | None:
    return None


def _no_phone() -> str:
    return ""


def _system_now() -> datetime:
    return datetime.now().astimezone()


@dataclass
class Links:
    show_page: Callable[[str], None] = lambda key: None
    capabilities: Capabilities = field(default_factory=Capabilities)
    targets: Mapping[str, tuple[str, str]] = field(default_factory=lambda: dict(SUGGESTION_TARGETS))
    urgent_eap_provider: Callable[[], UrgentEapRequest | None] = _none  # read when the panel is built
    eap_phone: str = ""
    eap_email: str = ""
    saved_phone_provider: Callable[[], str] = _no_phone
    office: EapOffice = field(default_factory=EapOffice)  # what the policy states about the EAP office
    now: Callable[[], datetime] = _system_now  # the injected clock's now, for "open now" / "closed now"

    @property
    def urgent_eap(self) -> UrgentEapRequest | None:
        return self.urgent_eap_provider()

    def page_for(self, suggestion: str) -> str | None:
        target = self.targets.get(suggestion)
        present = PRESENT.get(target[0]) if target is not None else None
        if target is None or present is None or not present(self.capabilities):
            return None
        return target[1]

    def open(self, suggestion: str) -> bool:
        page = self.page_for(suggestion)
        if page is None:
            return False
        breaks = self.capabilities.break_now
        if suggestion == "break" and breaks is not None:
            breaks.take_break_now()  # "Take a break" means now (the breaks feature opens My day if one cannot start)
            return True
        eap = self.capabilities.eap_requests
        if suggestion == "eap" and eap is not None:
            eap.open_request(EAP_REQUEST_KIND)  # the EAP page with its request form open
            return True
        self.show_page(page)
        return True
