"""Translated words for the ids the Qt-free programs package returns (categories, breath, days)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from wellcare.programs.model import Breath, Category


def category_name(category: Category) -> str:
    names = {
        Category.BREATHING: QCoreApplication.translate("ProgramTexts", "Breathing"),
        Category.BODY: QCoreApplication.translate("ProgramTexts", "Body"),
        Category.EYES: QCoreApplication.translate("ProgramTexts", "Eyes"),
        Category.VOICE: QCoreApplication.translate("ProgramTexts", "Voice"),
        Category.GROUNDING: QCoreApplication.translate("ProgramTexts", "Grounding"),
        Category.RECOVERY: QCoreApplication.translate("ProgramTexts", "Recovery"),
        Category.REFLECTION: QCoreApplication.translate("ProgramTexts", "Reflection"),
    }
    return names[category]


def breath_word(breath: Breath | None) -> str:
    if breath is Breath.IN:
        return QCoreApplication.translate("ProgramTexts", "Breathe in")
    if breath is Breath.OUT:
        return QCoreApplication.translate("ProgramTexts", "Breathe out")
    if breath is Breath.HOLD:
        return QCoreApplication.translate("ProgramTexts", "Hold")
    return ""


def weekday_short(iso_day: int) -> str:
    names = (
        QCoreApplication.translate("ProgramTexts", "Mon"),
        QCoreApplication.translate("ProgramTexts", "Tue"),
        QCoreApplication.translate("ProgramTexts", "Wed"),
        QCoreApplication.translate("ProgramTexts", "Thu"),
        QCoreApplication.translate("ProgramTexts", "Fri"),
        QCoreApplication.translate("ProgramTexts", "Sat"),
        QCoreApplication.translate("ProgramTexts", "Sun"),
    )
    return names[iso_day - 1]


def minutes(n: int) -> str:
    return QCoreApplication.translate("ProgramTexts", "%d min") % n


def clock_text(seconds: float) -> str:
    whole = max(0, int(seconds + 0.999))
    return f"{whole // 60}:{whole % 60:02d}"


def locale_for(language: str) -> QLocale:
    return QLocale(QLocale.Language.Korean if language == "ko" else QLocale.Language.English)


def day_text(when: datetime, language: str) -> str:
    """A date as a person reads it: 'Sat 10 May 2025' / '2025년 5월 10일 (토)'."""
    fmt = QCoreApplication.translate("ProgramTexts", "ddd d MMM yyyy")
    return locale_for(language).toString(_qt(when).date(), fmt)


def time_text(when: datetime, language: str) -> str:
    return locale_for(language).toString(_qt(when).time(), "HH:mm")


def _qt(when: datetime) -> QDateTime:
    naive = when.replace(tzinfo=None)
    return QDateTime(naive.year, naive.month, naive.day, naive.hour, naive.minute, naive.second)
