"""The latest self-check results as optional EAP request attachments (scores and bands only).

The EAP form lists these unticked; only what the counselor ticks travels. Item answers never do
(PHQ-9 item 9 included): a summary says what a result screen says, nothing more.
Wire with ``EapFeature.with_sources(assessment_summary_source)`` in app.py.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication

from wellcare.assess.export import format_value
from wellcare.assess.loader import Catalog, load_catalog
from wellcare.assess.store import COMPONENT, AssessmentStore
from wellcare.eap.attachments import ASSESSMENT_SUMMARY, AttachmentChoice
from wellcare.schedule.clock import SystemClock
from wellcare.ui import locale_format as fmt
from wellcare.vault import Vault


@lru_cache(maxsize=1)
def _catalog() -> Catalog:
    return load_catalog()


def assessment_summary_source(vault: Vault, language: str) -> list[AttachmentChoice]:
    """One choice per instrument: its latest result's scores and bands, newest first."""
    if vault.component_version(COMPONENT) == 0:
        return []  # no self-check was ever stored in this vault
    catalog = _catalog()
    store = AssessmentStore(vault, SystemClock())
    latest = {}
    for stored in store.results():
        latest[stored.instrument_id] = stored
    choices = []
    for stored in sorted(latest.values(), key=lambda s: s.completed_at, reverse=True):
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
        choices.append(AttachmentChoice(f"assessment:{stored.id}", ASSESSMENT_SUMMARY, title, "\n".join(lines)))
    return choices
