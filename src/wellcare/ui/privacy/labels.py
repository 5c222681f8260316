"""Translated names for the contribution fields and their categories (Privacy page and dashboard).

The services speak in ids (``who5_band``, ``likely_depression``, ``2-4``); only the UI turns them
into words, in the interface language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wellcare.privacy.schema import BREAKS, CBI_CLIENT, HARD_CALLS, NONE, ORG_UNIT, PSS10, WHO5


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
    if field == WHO5:
        return {
            "good": QCoreApplication.translate("Aggregates", "Good wellbeing"),
            "poor": QCoreApplication.translate("Aggregates", "Low wellbeing"),
            "likely_depression": QCoreApplication.translate("Aggregates", "Very low wellbeing"),
        }.get(category, category)
    if field == PSS10:
        return {
            "low": QCoreApplication.translate("Aggregates", "Low stress"),
            "moderate": QCoreApplication.translate("Aggregates", "Moderate stress"),
            "high": QCoreApplication.translate("Aggregates", "High stress"),
        }.get(category, category)
    if field == CBI_CLIENT:
        return {
            "low": QCoreApplication.translate("Aggregates", "Lower burnout"),
            "high": QCoreApplication.translate("Aggregates", "High burnout"),
        }.get(category, category)
    if field in (BREAKS, HARD_CALLS):
        if category.endswith("+"):
            return QCoreApplication.translate("Aggregates", "%s or more") % category[:-1]
        return category.replace("-", "–")
    return category


def unit_name(unit: str) -> str:
    return QCoreApplication.translate("Aggregates", "No team given") if unit == NONE else unit
