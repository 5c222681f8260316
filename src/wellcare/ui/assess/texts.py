"""Translated words for the ids the assess service uses (cadences, moods, tags, suggestions).

Strings are written literally in QCoreApplication.translate calls so lupdate finds them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wellcare.assess.model import Instrument
from wellcare.assess.reminders import Cadence


def cadence_label(cadence: Cadence) -> str:
    labels = {
        Cadence.WEEKLY: QCoreApplication.translate("AssessTexts", "Every week"),
        Cadence.FORTNIGHTLY: QCoreApplication.translate("AssessTexts", "Every two weeks"),
        Cadence.MONTHLY: QCoreApplication.translate("AssessTexts", "Every month"),
        Cadence.OFF: QCoreApplication.translate("AssessTexts", "Only when I choose"),
    }
    return labels[Cadence(cadence)]


def mood_label(mood: int) -> str:
    labels = {
        1: QCoreApplication.translate("AssessTexts", "Very low"),
        2: QCoreApplication.translate("AssessTexts", "Low"),
        3: QCoreApplication.translate("AssessTexts", "Okay"),
        4: QCoreApplication.translate("AssessTexts", "Good"),
        5: QCoreApplication.translate("AssessTexts", "Very good"),
    }
    return labels.get(mood, str(mood))


def tag_label(tag: str) -> str:
    labels = {
        "hard_call": QCoreApplication.translate("AssessTexts", "Hard call"),
        "tired": QCoreApplication.translate("AssessTexts", "Tired"),
        "stressed": QCoreApplication.translate("AssessTexts", "Stressed"),
        "calm": QCoreApplication.translate("AssessTexts", "Calm"),
        "good_day": QCoreApplication.translate("AssessTexts", "Good day"),
        "supported": QCoreApplication.translate("AssessTexts", "Felt supported"),
    }
    return labels.get(tag, tag)


def suggestion_text(suggestion: str) -> str:
    """One plain sentence per "what helps" id."""
    texts = {
        "break": QCoreApplication.translate(
            "AssessTexts", "Take a short recovery break: step away from the headset for a few minutes."
        ),
        "exercise": QCoreApplication.translate(
            "AssessTexts", "Try a guided breathing or decompression exercise; two minutes already help."
        ),
        "program": QCoreApplication.translate(
            "AssessTexts", "Join a healing program from WellCare or your organisation."
        ),
        "eap": QCoreApplication.translate(
            "AssessTexts", "Talk it through in confidence with the EAP (employee assistance) office."
        ),
        "professional": QCoreApplication.translate(
            "AssessTexts", "Please arrange an assessment with a doctor or a mental-health professional."
        ),
        "crisis_lines": QCoreApplication.translate(
            "AssessTexts", "If things feel too heavy, you can call a crisis line at any hour."
        ),
        "rights": QCoreApplication.translate(
            "AssessTexts",
            "Abusive callers are not part of the job. Under Article 41 of the Occupational Safety and Health Act "
            "you may ask your employer for a break, a change of duties, counselling and help with legal action.",
        ),
        "recheck": QCoreApplication.translate("AssessTexts", "Take this check again in two weeks to see how it moves."),
    }
    return texts.get(suggestion, "")


def suggestion_button(suggestion: str) -> str:
    """The label of the button that acts on a suggestion (shown only when it can act)."""
    labels = {
        "break": QCoreApplication.translate("AssessTexts", "Take a break"),
        "exercise": QCoreApplication.translate("AssessTexts", "Open exercises"),
        "program": QCoreApplication.translate("AssessTexts", "See programs"),
        "eap": QCoreApplication.translate("AssessTexts", "Request an EAP session"),
        "rights": QCoreApplication.translate("AssessTexts", "Hard-call support"),
        "recheck": QCoreApplication.translate("AssessTexts", "Remind me in two weeks"),
    }
    return labels.get(suggestion, "")


def screening_note() -> str:
    return QCoreApplication.translate(
        "AssessTexts",
        "This is a screening, not a diagnosis: it shows how the last weeks have been for you. "
        "Only a professional can make a diagnosis.",
    )


def privacy_note() -> str:
    return QCoreApplication.translate(
        "AssessTexts", "Your answers are kept only in the encrypted vault on this computer. No one else sees them."
    )


def crisis_source_note() -> str:
    """The dated source of the default Korean lines (see wellcare.policy.KOREA_CRISIS_LINES_SOURCE)."""
    return QCoreApplication.translate(
        "AssessTexts",
        "Korea's 24-hour lines, per the Ministry of Health and Welfare: 109 replaced 1393 on 1 January 2024 "
        "(checked November 2026).",
    )


def korean_source(instrument: Instrument, lang: str) -> str:
    """Where the Korean texts come from, said on the intro and the result (empty outside Korean)."""
    rendering = instrument.korean_rendering
    if lang != "ko" or rendering is None:
        return ""
    if rendering.validated:
        return (
            QCoreApplication.translate("AssessTexts", "Korean version: %1. Validated in: %2")
            .replace("%1", rendering.reference)
            .replace("%2", rendering.validation)
        )
    return QCoreApplication.translate(
        "AssessTexts",
        "Korean version: translated for WellCare, not validated. Its score ranges are only a rough guide.",
    )


def unvalidated_severe_note() -> str:
    """Instead of an urgent referral when only an unvalidated translation's cut-off points there."""
    return QCoreApplication.translate(
        "AssessTexts",
        "Your score is in the highest range. This Korean version has not been validated, so the ranges are only "
        "a rough guide; if these answers reflect how you have been, talking to a professional or the EAP office "
        "can help.",
    )


def safety_meaning_fallback() -> str:
    """The result's advice after a safety answer when the instrument file gives none of its own."""
    return QCoreApplication.translate(
        "AssessTexts",
        "One of your answers matters more than the score: please talk to someone about it soon. A crisis line can "
        "help at any hour, and a doctor, a mental-health professional or the EAP office can help with what comes next.",
    )


def screen_phq9_text() -> str:
    return QCoreApplication.translate(
        "AssessTexts",
        "Low well-being can be a sign of depression. The WHO-5's own guidance is to follow it with a short "
        "depression check, the PHQ-9 (nine questions, about two minutes).",
    )


def screen_phq9_button() -> str:
    return QCoreApplication.translate("AssessTexts", "Take the PHQ-9")
