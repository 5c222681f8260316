"""The latest self-check results as optional EAP request attachments (scores and bands only).

The EAP form lists these unticked; only what the counselor ticks travels. Item answers never do
(PHQ-9 item 9 included): a summary says what a result screen says, nothing more.
Wired in app.py: ``EapFeature(ctx, sources=(assessment_summary_source(services.assess),))``.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication

from wellcare.assess.export import format_value
from wellcare.assess.loader import Catalog, load_catalog
from wellcare.assess.service import AssessService
from wellcare.eap.attachments import ASSESSMENT_SUMMARY, AttachmentChoice, AttachmentSource
from wellcare.ui import locale_format as fmt


@lru_cache(maxsize=1)
def _catalog() -> Catalog:
    return load_catalog()


def assessment_summary_source(service: AssessService) -> AttachmentSource:
    """The EAP form's source of self-check summaries, over the profile's AssessService."""

    def choices(_vault: object, language: str) -> list[AttachmentChoice]:
        """One choice per instrument: its latest result's scores and bands, newest first."""
        catalog = _catalog()
        found = []
        for stored in service.latest_results():
            if stored.instrument_id not in catalog:
                continue
            instrument = catalog.get(stored.instrument_id)
            result = stored.result
            lines = []
            for key, value in result.scores.items():
                line = f"{instrument.score_rule(key).label.get(language)}: {format_value(float(value))}"
                if key in result.bands:
                    line += f" ({instrument.band(key, result.bands[key], result.sex).label.get(language)})"
                lines.append(line)
            lines.append(QCoreApplication.translate("AssessAttachments", "A screening result, not a diagnosis."))
            title = (
                QCoreApplication.translate("AssessAttachments", "Self-check %1, %2")
                .replace("%1", instrument.short_name.get(language))
                .replace("%2", fmt.day(stored.completed_at))
            )
            found.append(AttachmentChoice(f"assessment:{stored.id}", ASSESSMENT_SUMMARY, title, "\n".join(lines)))
        return found

    return choices
