"""Optional attachments: what other capabilities offer, and what the counselor explicitly picks.

A request never takes anything on its own. Each capability that has something worth sending
(the latest assessment summary, a hard-call incident) provides an :data:`AttachmentSource`: a
callable that, given the open vault and the interface language, lists what *could* be attached
now, each with the exact text that would travel. The form shows every choice unticked, shows
the text on request, and sends only what the counselor ticked.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from wellcare.eap.protocol import MAX_ATTACHMENT_TEXT, MAX_ATTACHMENT_TITLE, Attachment, clean_text
from wellcare.vault import Vault

log = logging.getLogger(__name__)

ASSESSMENT_SUMMARY = "assessment_summary"
INCIDENT = "incident"
_ELLIPSIS = "…"


@dataclass(frozen=True)
class AttachmentChoice:
    """Something the counselor may attach.

    ``key`` is unique among the choices a source returns (e.g. ``"incident:17"``); ``type`` says
    what it is (``ASSESSMENT_SUMMARY``, ``INCIDENT`` or another short code); ``title`` and
    ``text`` are what the coordinator will read, in the counselor's language.
    """

    key: str
    type: str
    title: str
    text: str

    def as_attachment(self) -> Attachment:
        """Exactly what is sent: cleaned and, when too long, cut with an ellipsis."""
        title = _clip(clean_text(self.title), MAX_ATTACHMENT_TITLE)
        text = _clip(clean_text(self.text, multiline=True), MAX_ATTACHMENT_TEXT)
        return Attachment(type=self.type, title=title, text=text)


AttachmentSource = Callable[[Vault, str], Sequence[AttachmentChoice]]
"""(vault, language) -> the choices available now. Must be quick, read-only and side-effect free."""


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + _ELLIPSIS


def collect_choices(sources: Iterable[AttachmentSource], vault: Vault, language: str) -> list[AttachmentChoice]:
    """Every source's choices; a source that fails is logged and skipped, never fatal to the form."""
    found: list[AttachmentChoice] = []
    seen: set[str] = set()
    for source in sources:
        try:
            choices = list(source(vault, language))
        except Exception:
            log.exception("an attachment source failed; its choices are left out")
            continue
        for choice in choices:
            if not isinstance(choice, AttachmentChoice) or choice.key in seen:
                continue
            if not clean_text(choice.title) or not clean_text(choice.text, multiline=True):
                continue
            seen.add(choice.key)
            found.append(choice)
    return found
