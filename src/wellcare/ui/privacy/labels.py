"""Translated names for the contribution fields and their categories (Privacy page and dashboard).

The services speak in ids (``who5_band``, ``likely_depression``, ``2-4``); only the UI turns them
into words, in the interface language. These are the texts of the table of fields
(:data:`wellcare.aggregate_format.schema.AGGREGATE_FIELDS`): a new field adds its names here, and a band
field its categories' names; a count field's buckets are named from their labels.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wellcare.aggregate_format.schema import (
    BREAKS,
    CBI_CLIENT,
    FIELDS_BY_ID,
    HARD_CALLS,
    NONE,
    ORG_UNIT,
    PSS10,
    WHO5,
    FieldKind,
)


def field_name(field: str) -> str:
    names = {
        WHO5: QCoreApplication.translate("Aggregates", "Wellbeing (WHO-5)"),
        PSS10: QCoreApplication.translate("Aggregates", "Stress (PSS-10)"),
        CBI_CLIENT: QCoreApplication.translate("Aggregates", "Client-related burnout (CBI)"),
        BREAKS: QCoreApplication.translate("Aggregates", "Breaks taken in the week"),
        HARD_CALLS: QCoreApplication.translate("Aggregates", "Hard calls in the week"),
        ORG_UNIT: QCoreApplication.translate("Aggregates", "Team"),
    }
    return names.get(field, field)


def field_short(field: str) -> str:
    names = {
        WHO5: "WHO-5",
        PSS10: "PSS-10",
        CBI_CLIENT: QCoreApplication.translate("Aggregates", "CBI client"),
        BREAKS: QCoreApplication.translate("Aggregates", "Breaks"),
        HARD_CALLS: QCoreApplication.translate("Aggregates", "Hard calls"),
        ORG_UNIT: QCoreApplication.translate("Aggregates", "Team"),
    }
    return names.get(field, field)


def category_name(field: str, category: str) -> str:
    if category == NONE:
        return (
            QCoreApplication.translate("Aggregates", "No team given")
            if field == ORG_UNIT
            else QCoreApplication.translate("Aggregates", "Not taken that week")
        )
    spec = FIELDS_BY_ID.get(field)
    if spec is not None and spec.kind is FieldKind.COUNT:
        if category.endswith("+"):
            return QCoreApplication.translate("Aggregates", "%s or more") % category[:-1]
        return category.replace("-", "–")
    return band_names().get(field, {}).get(category, category)


def band_names() -> dict[str, dict[str, str]]:
    """Each band field's categories, in words (``none`` is named by :func:`category_name`)."""
    return {
        WHO5: {
            "good": QCoreApplication.translate("Aggregates", "Good wellbeing"),
            "poor": QCoreApplication.translate("Aggregates", "Low wellbeing"),
            "likely_depression": QCoreApplication.translate("Aggregates", "Very low wellbeing"),
        },
        PSS10: {
            "low": QCoreApplication.translate("Aggregates", "Low stress"),
            "moderate": QCoreApplication.translate("Aggregates", "Moderate stress"),
            "high": QCoreApplication.translate("Aggregates", "High stress"),
        },
        CBI_CLIENT: {
            "low": QCoreApplication.translate("Aggregates", "Lower burnout"),
            "high": QCoreApplication.translate("Aggregates", "High burnout"),
        },
    }


def unit_name(unit: str) -> str:
    return QCoreApplication.translate("Aggregates", "No team given") if unit == NONE else unit
