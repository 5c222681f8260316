"""Korean is complete, not partial: every string in the sources is in the .ts files and finished."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

REPO = Path(__file__).resolve().parents[2]
I18N = REPO / "i18n"


def unfinished(ts: Path) -> list[str]:
    root = ET.parse(ts).getroot()
    bad = []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else translation.findall("numerusform")
            texts = [f.text for f in forms] if forms else [None if translation is None else translation.text]
            if (
                translation is None
                or translation.get("type") in ("unfinished", "vanished", "obsolete")
                or not all(t and t.strip() for t in texts)
            ):
                bad.append(f"{name}: {message.findtext('source')}")
    return bad


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_no_unfinished_entries(lang: str) -> None:
    assert unfinished(I18N / f"wellcare_{lang}.ts") == []


def test_ts_files_cover_every_string_in_the_sources(tmp_path: Path) -> None:
    """Run lupdate into a copy: if it finds a string the committed .ts lacks, it shows as unfinished."""
    lupdate = str(Path(sys.executable).parent / "pyside6-lupdate")
    copy = tmp_path / "wellcare_ko.ts"
    shutil.copy(I18N / "wellcare_ko.ts", copy)
    sources = sorted(str(p) for p in (REPO / "src" / "wellcare").rglob("*.py"))
    subprocess.run(
        [lupdate, "-no-obsolete", "-locations", "none", *sources, "-ts", str(copy)], check=True, capture_output=True
    )
    assert unfinished(copy) == [], "run scripts/i18n.sh and translate the new strings"


def test_compiled_korean_is_current() -> None:
    translator = QTranslator()
    assert translator.load("wellcare_ko", str(I18N))
    root = ET.parse(I18N / "wellcare_ko.ts").getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                continue
            source = message.findtext("source") or ""
            expected = message.findtext("translation")
            assert translator.translate(name, source) == expected, f"{name}: {source} (run scripts/i18n.sh)"
