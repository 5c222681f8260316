"""Translated words for the ids the Qt-free programs package returns (categories, breath).

Dates, times, weekdays and minutes come from wellcare.ui.locale_format.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

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


def clock_text(seconds: float) -> str:
    whole = max(0, int(seconds + 0.999))
    return f"{whole // 60}:{whole % 60:02d}"

