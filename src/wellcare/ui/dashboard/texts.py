"""The dashboard's words: metric, EAP kind and status names, the hidden-cell marks, chart notes."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QObject

from wellcare.aggregates.report import Why


class DashboardCounts(QObject):
    """The texts with a count of people in them. A QObject because pyside6-lupdate marks a plural only
    for ``self.tr(text, "", n)`` inside a class (see wellcare.ui.locale_format.LocaleWords)."""

    def fewer_than(self, minimum: int) -> str:
        return self.tr("hidden: fewer than %n people", "", minimum)

    def complementary_team(self, minimum: int) -> str:
        return self.tr(
            "This team cannot be shown on its own in these weeks: comparing it with the whole floor would "
            "describe a group of fewer than %n people.",
            "",
            minimum,
        )

    def small_team(self, minimum: int) -> str:
        return self.tr(
            "This team cannot be shown on its own: in these weeks fewer than %n people from it sent a summary.",
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


def why_name(why: Why | None, minimum: int) -> str:
    if why is Why.SMALL:
        return _counts().fewer_than(minimum)
    if why is Why.COMPLEMENTARY:
        return QCoreApplication.translate("Dashboard", "hidden so that a small group cannot be worked out")
    return ""


def refused_text(why: Why | None, minimum: int) -> str:
    if why is Why.COMPLEMENTARY:
        return _counts().complementary_team(minimum)
    return _counts().small_team(minimum)
