"""The dashboard's words: metric, EAP kind and status names, the hidden-cell marks, chart notes."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QObject


class DashboardCounts(QObject):
    """The texts with a count of people in them. A QObject because pyside6-lupdate marks a plural only
    for ``self.tr(text, "", n)`` inside a class (see wellcare.ui.locale_format.LocaleWords)."""

    def hidden_team(self, minimum: int) -> str:
        """Not why: "too small" against "hidden with a small one" would tell which team is the small one."""
        return self.tr(
            "This team cannot be shown on its own in these weeks: it is a group of fewer than %n people, or "
            "comparing it with the whole floor would describe one.",
            "",
            minimum,
        )


@cache
def _counts() -> DashboardCounts:
    return DashboardCounts()


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
        "reviewed": QCoreApplication.translate("Dashboard", "Reviewed by counsel"),
        "action_taken": QCoreApplication.translate("Dashboard", "Action taken"),
        "done": QCoreApplication.translate("Dashboard", "Done"),
        "declined": QCoreApplication.translate("Dashboard", "Declined"),
        "cancelled": QCoreApplication.translate("Dashboard", "Withdrawn"),
    }.get(status, status)


def refused_text(minimum: int) -> str:
    return _counts().hidden_team(minimum)
