"""Where a result's "what helps" suggestions and the safety panel's EAP offer lead.

Other capabilities (breaks, programs, EAP requests, hard-call support) register themselves in
``ctx.services`` under their name. A suggestion shows a button only when the capability that
serves it is registered, and the button opens that capability's page; otherwise the suggestion
shows its sentence (and, for the EAP, the office's phone number from the policy). Pointing a
suggestion somewhere else is one line in SUGGESTION_TARGETS.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from wellcare.eap.office import EapOffice

# Suggestion id -> (the ctx.services name of the capability that serves it, the page key it opens).
SUGGESTION_TARGETS: dict[str, tuple[str, str]] = {
    "break": ("breaks", "breaks"),
    "exercise": ("programs", "programs"),
    "program": ("programs", "programs"),
    "eap": ("eap", "eap"),
    "rights": ("incidents", "incidents"),
}

EAP_REQUEST_KIND = "counseling"  # wellcare.eap.RequestType.COUNSELING

# The EAP capability's one-step urgent call-back request: ``ctx.services["eap"].<URGENT_EAP_METHOD>(phone)``
# returns what became of it: "sent", "waiting" (saved, the shared folder cannot be reached) or
# "failed" (wellcare.eap.office.UrgentOutcome). Without it, the panel shows the phone and lines.
# ``<SAVED_PHONE_METHOD>()`` is the phone number given last time, to confirm rather than retype.
URGENT_EAP_METHOD = "request_urgent_call_back"
SAVED_PHONE_METHOD = "saved_phone"
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
    services: Mapping[str, Any] = field(default_factory=dict)
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
        if target is None or self.services.get(target[0]) is None:
            return None
        return target[1]

    def open(self, suggestion: str) -> bool:
        page = self.page_for(suggestion)
        if page is None:
            return False
        take_break = getattr(self.services.get("breaks"), "take_break_now", None)
        if suggestion == "break" and callable(take_break):
            take_break()  # "Take a break" means now (the breaks feature opens My day if one cannot start)
            return True
        open_request = getattr(self.services.get("eap"), "open_request", None)
        if suggestion == "eap" and callable(open_request):
            open_request(EAP_REQUEST_KIND)  # the EAP page with its request form open
            return True
        self.show_page(page)
        return True
