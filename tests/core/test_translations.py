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


def numerus_messages(ts: Path) -> list[tuple[str, str, list[str]]]:
    """(context, source, forms) of every plural (numerus) entry."""
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", [f.text or "" for f in forms])
        for context in root.iter("context")
        for message in context.iter("message")
        if message.get("numerus") == "yes"
        for forms in [message.findall("translation/numerusform")]
    ]


def test_every_count_in_the_sources_is_a_plural_entry() -> None:
    """A "%n" only works in a numerus entry. pyside6-lupdate makes one only from `self.tr(text, "", n)` in a
    class; `QCoreApplication.translate(ctx, text, None, n)` with a variable n comes out as a plain string."""
    root = ET.parse(I18N / "wellcare_ko.ts").getroot()
    plain = [
        f"{context.findtext('name')}: {message.findtext('source')}"
        for context in root.iter("context")
        for message in context.iter("message")
        if "%n" in (message.findtext("source") or "") and message.get("numerus") != "yes"
    ]
    assert plain == []
    assert len(numerus_messages(I18N / "wellcare_ko.ts")) >= 20  # the plurals are there at all


def test_english_plurals_have_a_singular_and_a_plural_form() -> None:
    entries = numerus_messages(I18N / "wellcare_en.ts")
    assert entries
    for context, source, forms in entries:
        assert len(forms) == 2, f"{context}: {source}"
        assert "%n" in forms[1] and not any("(s)" in form for form in forms), f"{context}: {source} -> {forms}"


def test_korean_plurals_have_their_one_form() -> None:
    for context, source, forms in numerus_messages(I18N / "wellcare_ko.ts"):
        assert len(forms) == 1 and "%n" in forms[0], f"{context}: {source} -> {forms}"
        assert "(s)" not in forms[0] and not forms[0].isascii(), f"{context}: {source} is not translated"


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_compiled_plurals_pick_the_form_for_the_count(lang: str) -> None:
    translator = QTranslator()
    assert translator.load(f"wellcare_{lang}", str(I18N))
    for context, source, forms in numerus_messages(I18N / f"wellcare_{lang}.ts"):
        for n in (0, 1, 2, 11):
            form = forms[0] if len(forms) == 1 or n == 1 else forms[1]  # English: one / other; Korean: one
            assert translator.translate(context, source, None, n) == form, f"{context}: {source} ({n})"


def test_ts_fill_takes_plural_forms_from_lists(tmp_path: Path) -> None:
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import ts_fill
    finally:
        sys.path.remove(str(REPO / "scripts"))
    ts = tmp_path / "en.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="en">\n<context>\n'
        "<name>Card</name>\n"
        '<message numerus="yes"><source>%n day(s)</source><translation type="unfinished">'
        "<numerusform></numerusform><numerusform></numerusform></translation></message>\n"
        '<message numerus="yes"><source>%n week(s)</source><translation type="unfinished">'
        "<numerusform></numerusform><numerusform></numerusform></translation></message>\n"
        '<message numerus="yes"><source>%n min</source><translation type="unfinished">'
        "<numerusform></numerusform><numerusform></numerusform></translation></message>\n"
        '<message><source>Start</source><translation type="unfinished"></translation></message>\n'
        "</context>\n</TS>\n",
        encoding="utf-8",
    )
    mapping = {
        "%n day(s)": ["%n day", "%n days"],
        "%n week(s)": ["%n week", "%n weeks", "%n weekz"],
        "%n min": "%n min",
    }
    missing = ts_fill.fill(ts, mapping, mirror=True)
    # a plural is never mirrored, and a list of the wrong length is refused
    assert missing == ["Card|%n week(s) (needs 2 forms)"]
    assert [(c, s, f) for c, s, f in numerus_messages(ts) if s != "%n week(s)"] == [
        ("Card", "%n day(s)", ["%n day", "%n days"]),
        ("Card", "%n min", ["%n min", "%n min"]),
    ]
    assert unfinished(ts) == ["Card: %n week(s)"]  # "Start" was mirrored
