"""Installing translators: Qt's own (qtbase) and WellCare's, plus a pseudo-locale for layout checks.

WELLCARE_PSEUDO=1 wraps every WellCare string in brackets and lengthens it by about 40%, so
clipped labels show up in a screenshot before a real translation is longer than the English.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from wellcare.paths import i18n_dir

SUPPORTED = ("en", "ko")


def system_language() -> str:
    name = QLocale.system().name()[:2]
    return name if name in SUPPORTED else "en"


def pseudo_lengthen(text: str) -> str:
    """Each word about 40% longer, so lines wrap where a longer translation's would.

    Words holding markup or placeholders (<b>, %1, %n, {name}, &amp;) are left whole.
    """
    words = []
    for word in text.split(" "):
        if not word or any(mark in word for mark in "<>%{}&"):
            words.append(word)
        else:
            words.append(word + "·" * ((len(word) * 2 + 4) // 5))
    return " ".join(words)


class PseudoTranslator(QTranslator):
    """Lengthens every string it is asked for (placeholders like %s and {x} survive)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        if not source or context.startswith("Q"):  # leave Qt's own contexts alone
            return None  # a null string: "no translation"; "" would blank Qt's own messages
        return f"[{pseudo_lengthen(source)}]"

    def isEmpty(self) -> bool:
        return False


class Translations:
    """Owns the installed translators so a language switch can replace them."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def remove_all(self) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()

    def install(self, language: str) -> str:
        language = language if language in SUPPORTED else system_language()
        self.remove_all()
        qt = QTranslator(self._app)
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._add(qt)
        ours = QTranslator(self._app)
        if ours.load(f"wellcare_{language}", str(i18n_dir())):
            self._add(ours)
        if os.environ.get("WELLCARE_PSEUDO"):
            self._add(PseudoTranslator(self._app))
        self.language = language
        QLocale.setDefault(QLocale(QLocale.Language.Korean if language == "ko" else QLocale.Language.English))
        return language

    def _add(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)
