"""The dashboard's words: metric, EAP kind and status names, the hidden-cell marks, chart notes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wellcare.coordinator.report import Why


def metric_name(key: str) -> str:
    return {
        "contributors": QCoreApplication.translate("Dashboard", "Summaries received (N)"),
        "who5_low": QCoreApplication.translate("Dashboard", "Low or very low wellbeing (WHO-5)"),
        "pss10_high": QCoreApplication.translate("Dashboard", "High stress (PSS-10)"),
        "cbi_client_high": QCoreApplication.translate("Dashboard", "High client-related burnout (CBI)"),
        "hard_calls_any": QCoreApplication.translate("Dashboard", "At least one hard call in the week"),
    }.get(key, key)


def eap_kind(kind: str) -> str:
    return {
        "counseling": QCoreApplication.translate("Dashboard", "Counselling"),
        "stress_health": QCoreApplication.translate("Dashboard", "Stress and health"),
        "legal_support": QCoreApplication.translate("Dashboard", "Legal support"),
        "other": QCoreApplication.translate("Dashboard", "Other"),
    }.get(kind, kind)


def eap_status(status: str) -> str:
    return {
        "new": QCoreApplication.translate("Dashboard", "New"),
        "in_progress": QCoreApplication.translate("Dashboard", "In progress"),
        "scheduled": QCoreApplication.translate("Dashboard", "Scheduled"),
        "done": QCoreApplication.translate("Dashboard", "Done"),
        "declined": QCoreApplication.translate("Dashboard", "Declined"),
        "cancelled": QCoreApplication.translate("Dashboard", "Withdrawn"),
    }.get(status, status)


def why_name(why: Why | None, minimum: int) -> str:
    if why is Why.SMALL:
        return QCoreApplication.translate("Dashboard", "hidden: fewer than %d people") % minimum
    if why is Why.COMPLEMENTARY:
        return QCoreApplication.translate("Dashboard", "hidden so that a small group cannot be worked out")
    return ""


def refused_text(why: Why | None, minimum: int) -> str:
    if why is Why.COMPLEMENTARY:
        return (
            QCoreApplication.translate(
                "Dashboard",
                "This team cannot be shown on its own in these weeks: comparing it with the whole floor would "
                "describe a group of fewer than %d people.",
            )
            % minimum
        )
    return (
        QCoreApplication.translate(
            "Dashboard",
            "This team cannot be shown on its own: in these weeks fewer than %d people from it sent a summary.",
        )
        % minimum
    )
