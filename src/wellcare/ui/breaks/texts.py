"""Translated words for break kinds, idle-detection status and durations (services return codes)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication

from wellcare.breaks.events import BreakKind
from wellcare.idle import IdleStatus
from wellcare.idle.base import Reason
from wellcare.ui import locale_format as fmt


def kind_name(kind: BreakKind) -> str:
    if kind is BreakKind.MICRO:
        return QCoreApplication.translate("BreakTexts", "Micro-break")
    if kind is BreakKind.REST:
        return QCoreApplication.translate("BreakTexts", "Rest break")
    return QCoreApplication.translate("BreakTexts", "Recovery break")


def kind_invitation(kind: BreakKind) -> str:
    if kind is BreakKind.MICRO:
        return QCoreApplication.translate("BreakTexts", "Rest your eyes and your voice for a moment.")
    if kind is BreakKind.REST:
        return QCoreApplication.translate("BreakTexts", "Stand up, stretch, and have some water.")
    return QCoreApplication.translate("BreakTexts", "That call was hard. Take this time for yourself.")


def kind_hint(kind: BreakKind) -> str:
    if kind is BreakKind.MICRO:
        return QCoreApplication.translate(
            "BreakTexts", "Take off the headset, look far away and let your shoulders drop."
        )
    if kind is BreakKind.REST:
        return QCoreApplication.translate("BreakTexts", "Step away from the desk if you can. Your calls can wait.")
    return QCoreApplication.translate(
        "BreakTexts", "This time is yours; the next call can wait. Breathe slowly: what you heard was not your fault."
    )


def duration_words(length: timedelta) -> str:
    """A break's length in words: "90 seconds" under two minutes when not whole, else "5 minutes"."""
    seconds = round(length.total_seconds())
    if seconds < 120 and seconds % 60:
        return fmt.seconds(seconds)
    return fmt.minutes(max(1, round(seconds / 60)))


def clock_text(remaining: timedelta) -> str:
    """A countdown like 9:05 (minutes:seconds), never negative."""
    seconds = max(0, int(-(-remaining.total_seconds() // 1)))
    return f"{seconds // 60}:{seconds % 60:02d}"


def idle_reason(reason: Reason) -> str:
    texts = {
        Reason.WRONG_PLATFORM: QCoreApplication.translate("BreakTexts", "not available on this system"),
        Reason.NO_DISPLAY: QCoreApplication.translate("BreakTexts", "no X11 display to ask"),
        Reason.WAYLAND: QCoreApplication.translate(
            "BreakTexts", "this is a Wayland session, where X11 cannot see your typing in other windows"
        ),
        Reason.LIBRARY_MISSING: QCoreApplication.translate(
            "BreakTexts", "a system library is missing (on Debian or Ubuntu: install libxss1)"
        ),
        Reason.EXTENSION_MISSING: QCoreApplication.translate(
            "BreakTexts", "the display server does not report idle time"
        ),
        Reason.NO_SESSION_BUS: QCoreApplication.translate("BreakTexts", "no desktop session bus (D-Bus)"),
        Reason.SERVICE_MISSING: QCoreApplication.translate("BreakTexts", "this desktop does not offer an idle monitor"),
        Reason.COMMAND_FAILED: QCoreApplication.translate("BreakTexts", "a helper program failed"),
        Reason.CALL_FAILED: QCoreApplication.translate("BreakTexts", "the system did not answer"),
    }
    return texts.get(reason, str(reason))


def idle_status_text(status: IdleStatus | None) -> str:
    if status is None:
        return QCoreApplication.translate("BreakTexts", "Idle detection starts once WellCare is unlocked.")
    if status.backend is not None:
        return QCoreApplication.translate(
            "BreakTexts", "WellCare notices when you are away from the keyboard: that time counts as a break."
        )
    failure = status.main_failure()
    reason = idle_reason(failure.reason) if failure is not None else ""
    detail = f" [{failure.name}: {failure.detail}]" if failure is not None and failure.detail else ""
    return (
        QCoreApplication.translate(
            "BreakTexts", "Idle detection is not available: %s. Breaks still come on time; time away is not counted."
        )
        % reason
        + detail
    )
