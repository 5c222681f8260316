"""The validator rejects broken instrument files with the file and the bad key named."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from wellcare.assess import InstrumentFormatError, load_catalog, load_instrument


def tx() -> dict[str, str]:
    """A fresh text object each time, so breaking one text never breaks another."""
    return {"en": "x", "ko": "엑스"}


def tiny() -> dict[str, Any]:
    """A valid two-item instrument to break in small ways."""
    return {
        "format": 1,
        "id": "tiny",
        "version": "1",
        "languages": ["en", "ko"],
        "name": tx(),
        "short_name": tx(),
        "measures": tx(),
        "instructions": tx(),
        "recall_period": tx(),
        "response_sets": {
            "yn": [{"value": 0, "label": tx()}, {"value": 1, "label": tx()}, {"value": 2, "label": tx()}]
        },
        "items": [
            {"id": "tiny_1", "text": tx(), "response_set": "yn"},
            {"id": "tiny_2", "text": tx(), "response_set": "yn"},
        ],
        "reverse_scored": ["tiny_2"],
        "scores": [{"key": "total", "label": tx(), "method": "sum", "over": "all"}],
        "bands": {
            "total": {
                "bands": [
                    {"id": "low", "range": {"min": 0, "max": 1}, "label": tx(), "meaning": tx(), "helps": ["break"]},
                    {"id": "high", "range": {"min": 2, "max": 4}, "label": tx(), "meaning": tx(), "severe": True},
                ]
            }
        },
        "safety": [{"id": "flag", "item": "tiny_1", "at_least": 2, "action": "crisis"}],
        "licence": {"status": "free_use", "text": tx()},
        "attribution": tx(),
        "korean_rendering": {"source": "app", "reference": "ours", "note": tx()},
    }


def write(folder: Path, doc: object, name: str = "tiny") -> Path:
    path = folder / f"{name}.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_tiny_instrument_is_valid(tmp_path: Path) -> None:
    instrument = load_instrument(write(tmp_path, tiny()))
    assert instrument.id == "tiny" and instrument.source_path == tmp_path / "tiny.json"


def test_every_shipped_file_validates() -> None:
    assert len(load_catalog()) == 6


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def mutate(doc: dict[str, Any]) -> None:
        *parents, last = path.split("/")
        node: Any = doc
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]
        if value is _DELETE:
            del node[int(last) if isinstance(node, list) else last]
        elif isinstance(node, list):
            node[int(last)] = value
        else:
            node[last] = value

    return mutate


_DELETE = object()
DERIVED_FROM_RAW = {"key": "total", "label": {"en": "x", "ko": "x"}, "method": "derived", "from": "raw"}

BROKEN = [
    ("missing top-level key", _set("scores", _DELETE), "scores", "is missing"),
    (
        "misspelt key",
        _set("bands/total/bands/0/lable", {"en": "x", "ko": "x"}),
        "bands.total.bands[0].lable",
        "not a known key",
    ),
    ("wrong format", _set("format", 2), "format", "format 1"),
    ("id not matching file", _set("id", "other"), "id", "does not match the file name"),
    ("bad id", _set("id", "Tiny Scale"), "id", "not a valid id"),
    ("missing Korean item text", _set("items/0/text", {"en": "x"}), "items.tiny_1.text.ko", "is missing"),
    (
        "empty Korean band meaning",
        _set("bands/total/bands/1/meaning/ko", " "),
        "bands.total.bands.high.meaning.ko",
        "empty",
    ),
    ("undeclared language", _set("name/ja", "x"), "name.ja", "not a declared language"),
    ("text is a string", _set("instructions", "x"), "instructions", "one text per language"),
    ("unknown response set", _set("items/1/response_set", "likert"), "items.tiny_2.response_set", "no response set"),
    ("duplicate item id", _set("items/1/id", "tiny_1"), "items", "duplicate item id"),
    ("duplicate option value", _set("response_sets/yn/1/value", 0), "response_sets.yn", "duplicate value"),
    ("non-integer option", _set("response_sets/yn/1/value", 1.5), "response_sets.yn[1].value", "integer"),
    ("unknown reversed item", _set("reverse_scored", ["tiny_3"]), "reverse_scored[0]", "no item 'tiny_3'"),
    ("unknown method", _set("scores/0/method", "median"), "scores.total.method", "not one of"),
    ("unknown subscale", _set("scores/0/over", "social"), "scores.total.over", "neither 'all' nor a subscale"),
    ("derived from nothing", _set("scores/0", DERIVED_FROM_RAW), "scores.total.from", "not a score defined before"),
    (
        "gap between bands",
        _set("bands/total/bands/1/range", {"min": 3, "max": 4}),
        "bands.total.bands",
        "2 falls in no band",
    ),
    (
        "overlapping bands",
        _set("bands/total/bands/1/range", {"min": 1, "max": 4}),
        "bands.total.bands",
        "several bands",
    ),
    (
        "range as string",
        _set("bands/total/bands/0/range/min", "0"),
        "bands.total.bands.low.range.min",
        "must be a number",
    ),
    (
        "two lower bounds",
        _set("bands/total/bands/0/range/above", -1),
        "bands.total.bands.low.range",
        "exactly one lower",
    ),
    ("empty range", _set("bands/total/bands/0/range", {"min": 1, "below": 1}), "bands.total.bands.low.range", "empty"),
    ("unknown suggestion", _set("bands/total/bands/0/helps", ["nap"]), "bands.total.bands.low.helps[0]", "'nap'"),
    ("severe not boolean", _set("bands/total/bands/1/severe", "yes"), "bands.total.bands.high.severe", "true or false"),
    ("safety on unknown item", _set("safety/0/item", "tiny_9"), "safety.flag.item", "no item 'tiny_9'"),
    ("safety threshold out of range", _set("safety/0/at_least", 3), "safety.flag.at_least", "at most 2"),
    ("unknown safety action", _set("safety/0/action", "email"), "safety.flag.action", "not one of"),
    ("no korean source note", _set("korean_rendering", _DELETE), "korean_rendering", "is missing"),
    ("bad korean source", _set("korean_rendering/source", "guess"), "korean_rendering.source", "not one of"),
    ("no licence text", _set("licence/text", _DELETE), "licence.text", "is missing"),
]


@pytest.mark.parametrize(("mutate", "key", "problem"), [c[1:] for c in BROKEN], ids=[c[0] for c in BROKEN])
def test_broken_file_is_rejected_naming_file_and_key(
    tmp_path: Path, mutate: Callable[[dict[str, Any]], None], key: str, problem: str
) -> None:
    doc = copy.deepcopy(tiny())
    mutate(doc)
    path = write(tmp_path, doc)
    with pytest.raises(InstrumentFormatError) as caught:
        load_instrument(path)
    error = caught.value
    assert error.source == str(path)
    assert error.key == key
    assert problem in error.problem
    assert str(path) in str(error) and key in str(error)


def test_bands_for_an_unknown_score_key(tmp_path: Path) -> None:
    doc = tiny()
    doc["bands"]["percent"] = doc["bands"]["total"]
    with pytest.raises(InstrumentFormatError, match=r"bands\.percent: 'percent' is not a score key"):
        load_instrument(write(tmp_path, doc))


def test_band_no_score_can_reach(tmp_path: Path) -> None:
    doc = tiny()
    doc["bands"]["total"]["bands"].append(
        {"id": "extreme", "range": {"above": 4, "max": 9}, "label": doc["name"], "meaning": doc["name"]}
    )
    with pytest.raises(InstrumentFormatError) as caught:
        load_instrument(write(tmp_path, doc))
    assert caught.value.key == "bands.total.bands.extreme.range"
    assert "no possible score" in caught.value.problem


def test_bands_out_of_order(tmp_path: Path) -> None:
    doc = tiny()
    doc["bands"]["total"]["bands"].reverse()
    with pytest.raises(InstrumentFormatError, match="lowest range up"):
        load_instrument(write(tmp_path, doc))


def test_reversal_is_checked_against_the_bands(tmp_path: Path) -> None:
    """Coverage is proved on scored values: with tiny_2 reversed the total still spans 0–4."""
    doc = tiny()
    doc["bands"]["total"]["bands"][1]["range"] = {"min": 2, "max": 3}
    with pytest.raises(InstrumentFormatError, match="possible score 4 falls in no band"):
        load_instrument(write(tmp_path, doc))


def test_invalid_json_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "tiny.json"
    path.write_text('{"format": 1,\n "id": }', encoding="utf-8")
    with pytest.raises(InstrumentFormatError, match=r"tiny\.json: is not valid JSON \(line 2"):
        load_instrument(path)


def test_duplicate_json_keys_are_not_silently_merged(tmp_path: Path) -> None:
    text = json.dumps(tiny(), ensure_ascii=False).replace(
        '"measures":', '"name": {"en": "y", "ko": "와이"}, "measures":'
    )
    path = tmp_path / "tiny.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InstrumentFormatError, match=r"tiny\.json: name: appears twice"):
        load_instrument(path)


def test_not_an_object(tmp_path: Path) -> None:
    with pytest.raises(InstrumentFormatError, match="must be an object, not a list"):
        load_instrument(write(tmp_path, [1, 2]))


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "tiny.json"
    path.write_bytes(json.dumps(tiny(), ensure_ascii=False).encode("euc-kr"))
    with pytest.raises(InstrumentFormatError, match="not UTF-8"):
        load_instrument(path)


def test_org_pack_folder_is_loaded_after_the_builtins(tmp_path: Path) -> None:
    write(tmp_path, tiny())
    catalog = load_catalog([tmp_path])
    assert catalog.ids[-1] == "tiny" and len(catalog) == 7
    assert catalog.is_builtin("phq9") and not catalog.is_builtin("tiny")


def test_a_pack_cannot_redefine_a_builtin(tmp_path: Path) -> None:
    doc = tiny()
    doc["id"] = "phq9"
    path = write(tmp_path, doc, name="phq9")
    with pytest.raises(InstrumentFormatError, match="'phq9' is already defined by") as caught:
        load_catalog([tmp_path])
    assert caught.value.source == str(path)


def test_ids_are_unique_across_packs(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    write(tmp_path / "a", tiny())
    write(tmp_path / "b", tiny())
    with pytest.raises(InstrumentFormatError, match="'tiny' is already defined"):
        load_catalog([tmp_path / "a", tmp_path / "b"])


def test_a_bad_pack_file_stops_the_load(tmp_path: Path) -> None:
    doc = tiny()
    del doc["items"][0]["text"]["ko"]
    write(tmp_path, doc)
    with pytest.raises(InstrumentFormatError, match=r"tiny\.json: items\.tiny_1\.text\.ko: is missing"):
        load_catalog([tmp_path])


def test_missing_pack_folder(tmp_path: Path) -> None:
    with pytest.raises(InstrumentFormatError, match="is not a folder"):
        load_catalog([tmp_path / "nope"])
