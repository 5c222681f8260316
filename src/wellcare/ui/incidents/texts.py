"""Translated words for the incident codes kept by wellcare.incidents."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from wellcare.ui import locale_format as fmt


def kind_label(kind: str) -> str:
    labels = {
        "verbal_abuse": QCoreApplication.translate("IncidentTexts", "Verbal abuse"),
        "sexual_harassment": QCoreApplication.translate("IncidentTexts", "Sexual harassment"),
        "threat": QCoreApplication.translate("IncidentTexts", "Threat"),
        "unreasonable_demands": QCoreApplication.translate("IncidentTexts", "Repeated unreasonable demands"),
        "caller_crisis": QCoreApplication.translate("IncidentTexts", "Caller in crisis (suicidal or isolated)"),
        "chat": QCoreApplication.translate("IncidentTexts", "Chat or message"),
        "other": QCoreApplication.translate("IncidentTexts", "Something else"),
    }
    return labels.get(kind, kind)


def effect_label(effect: str) -> str:
    labels = {
        "shaken": QCoreApplication.translate("IncidentTexts", "Shaken"),
        "angry": QCoreApplication.translate("IncidentTexts", "Angry"),
        "afraid": QCoreApplication.translate("IncidentTexts", "Afraid"),
        "drained": QCoreApplication.translate("IncidentTexts", "Drained"),
        "okay": QCoreApplication.translate("IncidentTexts", "Okay for now"),
        "unsaid": QCoreApplication.translate("IncidentTexts", "I'd rather not say"),
    }
    return labels.get(effect, effect)


def when_label(when: datetime) -> str:
    """When it happened, at the wall time it was logged: "Sat 14 Mar 2026, 15:42" (locale_format)."""
    return fmt.day_time(when)
