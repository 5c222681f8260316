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
from typing import Any

# Suggestion id -> (the ctx.services name of the capability that serves it, the page key it opens).
SUGGESTION_TARGETS: dict[str, tuple[str, str]] = {
    "break": ("breaks", "breaks"),
    "exercise": ("programs", "programs"),
    "program": ("programs", "programs"),
    "eap": ("eap", "eap"),
    "rights": ("incidents", "incidents"),
}

EAP_REQUEST_KIND = "counseling"  # wellcare.eap.RequestType.COUNSELING

# The EAP capability's one-step urgent call-back request: ``ctx.services["eap"].<URGENT_EAP_METHOD>()``
# returns True once the request was sent (or queued), False if it could not be (the panel then
# shows the phone number). Until the EAP capability has it, the panel shows the phone and lines.
URGENT_EAP_METHOD = "request_urgent_call_back"
UrgentEapRequest = Callable[[], bool]


def _none() -> UrgentEapRequest | None:
    return None


@dataclass
class Links:
    show_page: Callable[[str], None] = lambda key: None
    services: Mapping[str, Any] = field(default_factory=dict)
    targets: Mapping[str, tuple[str, str]] = field(default_factory=lambda: dict(SUGGESTION_TARGETS))
    urgent_eap_provider: Callable[[], UrgentEapRequest | None] = _none  # read when the panel is built
    eap_phone: str = ""
    eap_email: str = ""

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
        open_request = getattr(self.services.get("eap"), "open_request", None)
        if suggestion == "eap" and callable(open_request):
            open_request(EAP_REQUEST_KIND)  # the EAP page with its request form open
            return True
        self.show_page(page)
        return True
