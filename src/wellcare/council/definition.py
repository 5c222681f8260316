"""The council's common definition of what is counted: one versioned JSON file, read strictly.

Both sides read the same file: the centre's report (:mod:`.centre_report`) takes each collected
measure from the numbers its dashboard publishes, and the council's merge (:mod:`.merge`) only
adds up reports made under a definition it knows. A measure the centres' data cannot give is
written into the file as ``"status": "not_collected"`` with ``why_not``; it never gets a number.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wellcare.aggregate_format.schema import FIELDS_BY_ID, FieldKind
from wellcare.eap.protocol import RequestType
from wellcare.paths import resource_dir

SCHEMA = "wellcare.council_definition/1"
KINDS = ("count", "rate", "share")
STATUSES = ("collected", "not_collected")
RATE_SERIES = ("hard_calls_per_100", "breaks_per_week")
# which source types give which kind of number
SOURCE_KINDS: dict[str, str] = {
    "week_count": "count", "eap_total": "count", "eap_kind": "count", "rate": "rate", "band_share": "share",
    "eap_block_total": "count", "eap_block_kind": "count",  # version 2: per fixed 4-week block
}
WEEKLY_EAP_SOURCES = ("eap_total", "eap_kind")  # version 1: per week; no longer published by any centre
BLOCK_EAP_SOURCES = ("eap_block_total", "eap_block_kind")
LANGUAGES = ("en", "ko")
MAX_FILE_BYTES = 512 * 1024


class DefinitionError(ValueError):
    """A definition file that cannot be used: ``where`` (file and key) and ``problem``."""

    def __init__(self, where: str, problem: str) -> None:
        self.where = where
        self.problem = problem
        super().__init__(f"{where}: {problem}")


@dataclass(frozen=True)
class Text:
    en: str
    ko: str

    def get(self, language: str) -> str:
        return self.ko if language == "ko" else self.en


@dataclass(frozen=True)
class Measure:
    id: str
    kind: str  # count | rate | share
    collected: bool
    name: Text
    rule: Text
    source: Mapping[str, str]  # empty when not collected
    why_not: Text | None = None

    @property
    def source_type(self) -> str:
        return self.source.get("type", "")


@dataclass(frozen=True)
class Definition:
    id: str
    version: int
    name: Text
    period: Text
    measures: tuple[Measure, ...]

    @property
    def collected(self) -> tuple[Measure, ...]:
        return tuple(m for m in self.measures if m.collected)

    def measure(self, measure_id: str) -> Measure | None:
        return next((m for m in self.measures if m.id == measure_id), None)

    @property
    def key(self) -> tuple[str, int]:
        """What two reports must share to be added up."""
        return self.id, self.version


def _text(value: Any, where: str) -> Text:
    if not isinstance(value, dict) or set(value) != set(LANGUAGES):
        raise DefinitionError(where, "must be an object with exactly the keys \"en\" and \"ko\"")
    for lang in LANGUAGES:
        if not isinstance(value[lang], str) or not value[lang].strip():
            raise DefinitionError(f"{where}.{lang}", "must be non-empty text")
    return Text(value["en"], value["ko"])


def _source(value: Any, kind: str, where: str) -> dict[str, str]:
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise DefinitionError(where, "must be an object of text values")
    kind_of = SOURCE_KINDS.get(value.get("type", ""))
    if kind_of is None:
        raise DefinitionError(f"{where}.type", f"must be one of {', '.join(SOURCE_KINDS)}")
    if kind_of != kind:
        raise DefinitionError(f"{where}.type", f"{value['type']!r} gives a {kind_of}, but the measure is a {kind}")
    expected = {"week_count": {"type"}, "eap_total": {"type"}, "eap_kind": {"type", "kind"},
                "eap_block_total": {"type"}, "eap_block_kind": {"type", "kind"},
                "rate": {"type", "series"}, "band_share": {"type", "field", "category"}}[value["type"]]
    if set(value) != expected:
        raise DefinitionError(where, f"a {value['type']} source has exactly the keys {', '.join(sorted(expected))}")
    if value["type"] in ("eap_kind", "eap_block_kind") and value["kind"] not in {t.value for t in RequestType}:
        raise DefinitionError(f"{where}.kind", f"{value['kind']!r} is not an EAP request kind")
    if value["type"] == "rate" and value["series"] not in RATE_SERIES:
        raise DefinitionError(f"{where}.series", f"must be one of {', '.join(RATE_SERIES)}")
    if value["type"] == "band_share":
        spec = FIELDS_BY_ID.get(value["field"])
        if spec is None or spec.kind is not FieldKind.BAND:
            raise DefinitionError(f"{where}.field", f"{value['field']!r} is not a self-check band field")
        if value["category"] not in spec.categories:
            raise DefinitionError(f"{where}.category", f"{value['category']!r} is not a band of {value['field']}")
    return dict(value)


def _measure(value: Any, where: str) -> Measure:
    if not isinstance(value, dict):
        raise DefinitionError(where, "must be an object")
    mid = value.get("id")
    if not isinstance(mid, str) or not mid or not all(c.isalnum() or c in "._" for c in mid):
        raise DefinitionError(f"{where}.id", "must be a code of letters, digits, dots and underscores")
    where = f"measure {mid}"
    kind, status = value.get("kind"), value.get("status")
    if kind not in KINDS:
        raise DefinitionError(f"{where}.kind", f"must be one of {', '.join(KINDS)}")
    if status not in STATUSES:
        raise DefinitionError(f"{where}.status", f"must be one of {', '.join(STATUSES)}")
    allowed = {"id", "kind", "status", "name", "rule", "source" if status == "collected" else "why_not"}
    unknown = set(value) - allowed
    if unknown:
        extra = " (a measure not collected has why_not and no source)" if "source" in unknown else ""
        raise DefinitionError(where, f"unknown keys {', '.join(sorted(unknown))}{extra}")
    missing = allowed - set(value)
    if missing:
        raise DefinitionError(where, f"missing {', '.join(sorted(missing))}")
    collected = status == "collected"
    return Measure(
        id=mid, kind=kind, collected=collected,
        name=_text(value["name"], f"{where}.name"), rule=_text(value["rule"], f"{where}.rule"),
        source=_source(value["source"], kind, f"{where}.source") if collected else {},
        why_not=None if collected else _text(value["why_not"], f"{where}.why_not"),
    )


def parse_definition(doc: Any, where: str = "definition") -> Definition:
    """A definition from its parsed JSON; raises DefinitionError naming the key and the problem."""
    if not isinstance(doc, dict):
        raise DefinitionError(where, "must be a JSON object")
    if doc.get("schema") != SCHEMA:
        raise DefinitionError(f"{where}: schema", f"must be {SCHEMA!r}")
    unknown = set(doc) - {"schema", "id", "version", "name", "period", "measures"}
    if unknown:
        raise DefinitionError(where, f"unknown keys {', '.join(sorted(unknown))}")
    if not isinstance(doc.get("id"), str) or not doc["id"].strip():
        raise DefinitionError(f"{where}: id", "must be non-empty text")
    version = doc.get("version")
    if type(version) is not int or version < 1:
        raise DefinitionError(f"{where}: version", "must be a whole number, 1 or more")
    measures = doc.get("measures")
    if not isinstance(measures, list) or not measures:
        raise DefinitionError(f"{where}: measures", "must be a non-empty list")
    parsed = tuple(_measure(m, f"{where}: measures[{i}]") for i, m in enumerate(measures))
    seen: set[str] = set()
    for m in parsed:
        if m.id in seen:
            raise DefinitionError(f"{where}: measure {m.id}", "appears twice")
        seen.add(m.id)
    return Definition(doc["id"], version, _text(doc.get("name"), f"{where}: name"),
                      _text(doc.get("period"), f"{where}: period"), parsed)


def load_definition(path: Path) -> Definition:
    """Read and check a definition file; DefinitionError names the file, the key and the problem."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise DefinitionError(str(path), f"cannot be read ({exc.strerror or exc})") from None
    if len(raw) > MAX_FILE_BYTES:
        raise DefinitionError(str(path), f"is larger than {MAX_FILE_BYTES // 1024} KiB; is it a definition?")
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DefinitionError(str(path), f"is not JSON in UTF-8 ({exc})") from None
    return parse_definition(doc, str(path))


def definitions_dir() -> Path:
    return resource_dir() / "council"


def known_definitions(folder: Path | None = None) -> dict[tuple[str, int], Definition]:
    """Every definition shipped with the app (resources/council/definition-*.json), by (id, version)."""
    out: dict[tuple[str, int], Definition] = {}
    for path in sorted((folder or definitions_dir()).glob("definition-*.json")):
        d = load_definition(path)
        out[d.key] = d
    return out


def current_definition(folder: Path | None = None) -> Definition:
    """The newest shipped definition: what a centre reports under unless told otherwise."""
    known = known_definitions(folder)
    if not known:
        raise DefinitionError(str(folder or definitions_dir()), "holds no definition-*.json file")
    return max(known.values(), key=lambda d: d.version)
