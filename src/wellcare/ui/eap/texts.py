"""Translated names for the EAP codes the services use, and date formatting for both roles."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from wellcare.eap import ContactMethod, RequestType, Status, TimeWindow, Urgency
from wellcare.eap.office_inbox import Triage
from wellcare.exchange.share_rights import ShareProblem
from wellcare.ui import locale_format as fmt


def request_type(code: RequestType) -> str:
    return {
        # "counselor" (상담사) is the person using WellCare; the EAP's own professional is the "EAP therapist"
        # (EAP 상담 전문가): two words, never mixed
        RequestType.COUNSELING: QCoreApplication.translate("EapTexts", "A session with an EAP therapist"),
        RequestType.STRESS_HEALTH: QCoreApplication.translate("EapTexts", "Stress and health management"),
        RequestType.LEGAL_SUPPORT: QCoreApplication.translate("EapTexts", "Legal support after an abusive call"),
        RequestType.OTHER: QCoreApplication.translate("EapTexts", "Something else"),
    }[code]


def urgency(code: Urgency) -> str:
    return {
        Urgency.ROUTINE: QCoreApplication.translate("EapTexts", "Routine: within about two weeks"),
        Urgency.SOON: QCoreApplication.translate("EapTexts", "Soon: this week"),
        Urgency.URGENT: QCoreApplication.translate("EapTexts", "Urgent: as soon as possible"),
    }[code]


def urgency_short(code: Urgency) -> str:
    return {
        Urgency.ROUTINE: QCoreApplication.translate("EapTexts", "Routine"),
        Urgency.SOON: QCoreApplication.translate("EapTexts", "Soon"),
        Urgency.URGENT: QCoreApplication.translate("EapTexts", "Urgent"),
    }[code]


def time_window(code: TimeWindow) -> str:
    return {
        TimeWindow.WEEKDAY_MORNING: QCoreApplication.translate("EapTexts", "Weekday mornings"),
        TimeWindow.LUNCH: QCoreApplication.translate("EapTexts", "Lunch break"),
        TimeWindow.WEEKDAY_AFTERNOON: QCoreApplication.translate("EapTexts", "Weekday afternoons"),
        TimeWindow.AFTER_SHIFT: QCoreApplication.translate("EapTexts", "After my shift"),
        TimeWindow.SATURDAY: QCoreApplication.translate("EapTexts", "Saturdays"),
        TimeWindow.ANY: QCoreApplication.translate("EapTexts", "Any time"),
    }[code]


def contact_method(code: ContactMethod) -> str:
    return {
        ContactMethod.PHONE: QCoreApplication.translate("EapTexts", "Phone call"),
        ContactMethod.SMS: QCoreApplication.translate("EapTexts", "Text message"),
        ContactMethod.EMAIL: QCoreApplication.translate("EapTexts", "E-mail"),
        ContactMethod.MESSENGER: QCoreApplication.translate("EapTexts", "Company messenger"),
    }[code]


def share_problem(code: ShareProblem) -> str:
    """What a wrongly set up exchange share allows, in a counselor's words (start-up check)."""
    return {
        ShareProblem.INBOX_LISTABLE: QCoreApplication.translate(
            "EapTexts",
            "Counselors can see the list of files in the EAP inbox. Nobody can read a sealed request, but "
            "anyone could see that someone asked for help, and when.",
        ),
        ShareProblem.INBOX_NOT_WRITABLE: QCoreApplication.translate(
            "EapTexts",
            "This computer may not add files to the EAP inbox, so requests cannot be sent. They wait on this "
            "computer until the folder is fixed.",
        ),
        ShareProblem.REPLIES_WRITABLE: QCoreApplication.translate(
            "EapTexts",
            "Counselors can add or delete files in the replies folder, where the EAP office's answers arrive.",
        ),
        ShareProblem.OFFERS_WRITABLE: QCoreApplication.translate(
            "EapTexts",
            "Counselors can add or delete files in the offers folder. WellCare only shows offers signed by the "
            "EAP office, but the folder should be the office's alone.",
        ),
    }[code]


def status(code: Status) -> str:
    return {
        Status.QUEUED: QCoreApplication.translate("EapTexts", "Waiting to send"),
        Status.SENT: QCoreApplication.translate("EapTexts", "Sent"),
        Status.RECEIVED: QCoreApplication.translate("EapTexts", "Received"),
        Status.SCHEDULED: QCoreApplication.translate("EapTexts", "Scheduled"),
        Status.REVIEWED: QCoreApplication.translate("EapTexts", "Reviewed by counsel"),
        Status.ACTION_TAKEN: QCoreApplication.translate("EapTexts", "Action taken"),
        Status.DONE: QCoreApplication.translate("EapTexts", "Done"),
        Status.CANCELLED: QCoreApplication.translate("EapTexts", "Cancelled"),
    }[code]


def triage(code: Triage) -> str:
    return {
        Triage.NEW: QCoreApplication.translate("EapTexts", "New"),
        Triage.IN_PROGRESS: QCoreApplication.translate("EapTexts", "In progress"),
        Triage.SCHEDULED: QCoreApplication.translate("EapTexts", "Scheduled"),
        Triage.REVIEWED: QCoreApplication.translate("EapTexts", "Reviewed by counsel"),
        Triage.ACTION_TAKEN: QCoreApplication.translate("EapTexts", "Action taken"),
        Triage.DONE: QCoreApplication.translate("EapTexts", "Done"),
        Triage.DECLINED: QCoreApplication.translate("EapTexts", "Declined"),
        Triage.CANCELLED: QCoreApplication.translate("EapTexts", "Cancelled by the counselor"),
    }[code]


def refusal(reason: str) -> str:
    """Why a reply was not trusted, in words (the code stays in the log)."""
    if reason == "bad_signature":
        return QCoreApplication.translate("EapTexts", "it was not signed with the EAP office's key")
    if reason in ("decryption_failed", "header_payload_mismatch", "name_mismatch"):
        return QCoreApplication.translate("EapTexts", "it was altered or not addressed to you")
    return QCoreApplication.translate("EapTexts", "it was damaged or in an unknown format")


def format_when(when: datetime, *, with_date: bool = True) -> str:
    """A moment in this computer's time zone (EAP times travel in UTC): "Thu 2 May 2024, 10:00"."""
    local = when.astimezone()
    return fmt.day_time(local) if with_date else fmt.time(local)


def format_short(when: datetime) -> str:
    """The same without the year, for tables ("Sun 3 Mar, 09:00" / "3월 3일 (일) 09:00")."""
    return fmt.day_time(when.astimezone(), year=False)


def relative_day(when: datetime, now: datetime) -> str:
    """ "today at 10:00", "tomorrow at 10:00", else the full date: for reminders."""
    local, today = when.astimezone(), now.astimezone()
    clock = fmt.time(local)
    days = (local.date() - today.date()).days
    if days == 0:
        return QCoreApplication.translate("EapTexts", "today at %s") % clock
    if days == 1:
        return QCoreApplication.translate("EapTexts", "tomorrow at %s") % clock
    return format_when(when)
