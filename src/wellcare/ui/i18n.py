"""Installing translators: Qt's own (qtbase) and WellCare's, plus a pseudo-locale for layout checks.

WELLCARE_PSEUDO=1 wraps every WellCare string in brackets and lengthens it by about 40%, so
clipped labels show up in a screenshot before a real translation is longer than the English.
"""

from __future__ import annotations

import os
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from wellcare.paths import i18n_dir

SUPPORTED = ("en", "ko")


def system_language() -> str:
    name = QLocale.system().name()[:2]
    return name if name in SUPPORTED else "en"


def qt_translations_folder() -> Path:
    """Where Qt's own catalogues (qtbase_ko.qm: "Look in:", "Files of type:", Yes/Cancel) are.

    QLibraryInfo's answer, unless it holds none (a bundle whose qt.conf points elsewhere): then the
    folder inside the PySide6 package itself.
    """
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if any(folder.glob("qtbase_*.qm")):
        return folder
    packaged = Path(PySide6.__file__).resolve().parent / "Qt" / "translations"
    return packaged if packaged.is_dir() else folder


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


class QtMnemonicFallback(QTranslator):
    """Qt's own strings whose newer source gained a mnemonic ("&Look in:", "Files of &type:") that the
    shipped qtbase catalogue only knows without it ("Look in:"): the older translation, with the
    mnemonic added the way Korean writes it ("다음에서 찾기(&L):"). Asked only after qtbase itself.
    """

    def __init__(self, qtbase: QTranslator, parent: QCoreApplication) -> None:
        super().__init__(parent)
        self._qtbase = qtbase

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        if not context.startswith("Q") or "&" not in source.rstrip("&"):
            return None
        key = source[source.index("&") + 1]
        found = self._qtbase.translate(context, source.replace("&", "", 1), disambiguation, n)
        if not found or "&" in found:
            return found or None
        colon = ":" if found.endswith(":") else ""
        return f"{found.removesuffix(':')}(&{key.upper()}){colon}"

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
        if qt.load(f"qtbase_{language}", str(qt_translations_folder())):
            self._add(QtMnemonicFallback(qt, self._app))  # installed first, so asked after qtbase
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
