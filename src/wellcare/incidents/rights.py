"""The Art. 41 rights text as data: resources/rights/osh_art41.json, read and checked strictly.

The law's words live in a data file (English and Korean side by side, with the sources and the
date each was checked) so a lawyer or the EAP office can review and correct them without
reading code. The hard-call dialog renders what this module returns; nothing here imports Qt.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from wellcare.datafile import ShapeReader, join_key, kind_of, read_json_file
from wellcare.paths import resource_dir

FORMAT_VERSION = 1
LANGUAGES = ("en", "ko")
MEASURE_COUNT = 4  # Art. 41(2): suspend/change work, longer break, treatment and counselling, legal action
MAX_TEXT = 400
_PHONE = re.compile(r"[0-9][0-9 ()+-]{1,30}")

Text = Mapping[str, str]


class RightsError(ValueError):
    """The rights file breaks its format: names the file, the key path and the problem."""

    def __init__(self, source: str, key: str, problem: str) -> None:
        self.source, self.key, self.problem = source, key, problem
        super().__init__(f"{source}: {key}: {problem}" if key else f"{source}: {problem}")


@dataclass(frozen=True)
class RightsItem:
    term: Text
    explanation: Text


@dataclass(frozen=True)
class Source:
    title: str
    url: str
    retrieved: date


@dataclass(frozen=True)
class RightsText:
    title: Text
    law: Text
    heading: Text
    prevention_intro: Text
    prevention: tuple[RightsItem, ...]
    measures_intro: Text
    measures: tuple[RightsItem, ...]
    no_disadvantage: RightsItem
    fines: Text
    help_heading: Text
    help_intro: Text
    labour_line_label: Text
    labour_line_number: str
    scope: Text
    sources: tuple[Source, ...]


def pick(text: Text, language: str) -> str:
    """The text in ``language``; English for any language the file does not carry."""
    return text.get(language) or text["en"]


def default_path() -> Path:
    return resource_dir() / "rights" / "osh_art41.json"


class _Reader(ShapeReader):
    error = RightsError

    def string(self, value: object, key: str, most: int = MAX_TEXT) -> str:
        if not isinstance(value, str):
            self.fail(key, f"must be a string, not {kind_of(value)}")
        if not value.strip() or value != value.strip():
            self.fail(key, "must not be empty or start or end with spaces")
        if len(value) > most:
            self.fail(key, f"is {len(value)} characters long, at most {most} allowed")
        return value

    def text(self, value: object, key: str) -> Text:
        doc = self.obj(value, key, LANGUAGES)
        return {lang: self.string(doc[lang], join_key(key, lang)) for lang in LANGUAGES}

    def item(self, value: object, key: str) -> RightsItem:
        doc = self.obj(value, key, ("term", "explanation"))
        return RightsItem(
            self.text(doc["term"], join_key(key, "term")), self.text(doc["explanation"], join_key(key, "explanation"))
        )

    def citation(self, value: object, key: str) -> Source:
        doc = self.obj(value, key, ("title", "url", "retrieved"))
        url = self.string(doc["url"], join_key(key, "url"))
        if not url.startswith(("https://", "http://")):
            self.fail(join_key(key, "url"), "must be a web address starting with https:// or http://")
        text = self.string(doc["retrieved"], join_key(key, "retrieved"))
        try:
            retrieved = date.fromisoformat(text)
        except ValueError:
            self.fail(join_key(key, "retrieved"), f"{text!r} is not a date like 2026-12-05")
        return Source(self.string(doc["title"], join_key(key, "title")), url, retrieved)


_KEYS = (
    "format", "id", "title", "law", "heading", "prevention_intro", "prevention", "measures_intro", "measures",
    "no_disadvantage", "fines", "help_heading", "help_intro", "labour_line", "scope", "sources",
)  # fmt: skip


def read_rights(data: Any, source: str) -> RightsText:
    """Check one parsed rights document and build the text; any problem raises :class:`RightsError`."""
    r = _Reader(source)
    doc = r.obj(data, "", _KEYS)
    if doc["format"] != FORMAT_VERSION:
        r.fail("format", f"this WellCare reads format {FORMAT_VERSION}, not {doc['format']!r}")
    r.string(doc["id"], "id")
    prevention = r.array(doc["prevention"], "prevention", most=6)
    measures = r.array(doc["measures"], "measures")
    if len(measures) != MEASURE_COUNT:
        r.fail("measures", f"must list the law's {MEASURE_COUNT} measures, not {len(measures)}")
    line = r.obj(doc["labour_line"], "labour_line", ("label", "number"))
    number = r.string(line["number"], "labour_line.number", most=32)
    if not _PHONE.fullmatch(number):
        r.fail("labour_line.number", f"{number!r} is not a phone number")
    sources = r.array(doc["sources"], "sources", most=12)
    return RightsText(
        title=r.text(doc["title"], "title"),
        law=r.text(doc["law"], "law"),
        heading=r.text(doc["heading"], "heading"),
        prevention_intro=r.text(doc["prevention_intro"], "prevention_intro"),
        prevention=tuple(r.item(v, f"prevention[{i}]") for i, v in enumerate(prevention)),
        measures_intro=r.text(doc["measures_intro"], "measures_intro"),
        measures=tuple(r.item(v, f"measures[{i}]") for i, v in enumerate(measures)),
        no_disadvantage=r.item(doc["no_disadvantage"], "no_disadvantage"),
        fines=r.text(doc["fines"], "fines"),
        help_heading=r.text(doc["help_heading"], "help_heading"),
        help_intro=r.text(doc["help_intro"], "help_intro"),
        labour_line_label=r.text(line["label"], "labour_line.label"),
        labour_line_number=number,
        scope=r.text(doc["scope"], "scope"),
        sources=tuple(r.citation(v, f"sources[{i}]") for i, v in enumerate(sources)),
    )


def load_rights(path: Path | None = None) -> RightsText:
    """The shipped rights text (or the file at ``path``), checked."""
    path = path or default_path()
    return read_rights(read_json_file(path, RightsError), str(path))
