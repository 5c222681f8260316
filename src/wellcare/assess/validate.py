"""Read and check one instrument document, in plain Python.

Every file, built-in or from an org pack, goes through here at load. Any problem raises
InstrumentFormatError naming the file and the key path (e.g. `items.phq9_3.text.ko`), so a pack
author can fix it without reading code. Beyond shape, it proves that every score an instrument
can produce falls in exactly one band, and that every band can be reached.
"""

from __future__ import annotations

import itertools
import re
from typing import cast

from wellcare.assess.model import (
    FOLLOW_UP_IDS,
    FORMAT_VERSION,
    KOREAN_SOURCES,
    SAFETY_ACTIONS,
    SCORE_METHODS,
    SEXES,
    SUGGESTION_IDS,
    Band,
    BandSet,
    FollowUpRule,
    Instrument,
    Item,
    KoreanRendering,
    ResponseOption,
    ResponseSet,
    SafetyRule,
    ScoreMethod,
    ScoreRange,
    ScoreRule,
    Subscale,
)
from wellcare.assess.reader import Reader
from wellcare.assess.scoring import as_number, attainable_scores

INSTRUMENT_ID = re.compile(r"[a-z][a-z0-9_]{0,39}")  # always fullmatch
_LANG = re.compile(r"[a-z]{2,3}(-[A-Z]{2})?")

_TOP_REQUIRED = (
    "format", "id", "version", "languages", "name", "short_name", "measures", "instructions",
    "recall_period", "response_sets", "items", "scores", "bands", "licence", "attribution",
)  # fmt: skip
_TOP_OPTIONAL = ("reverse_scored", "subscales", "safety", "citation", "korean_rendering", "follow_up", "intro_note")


def read_instrument(data: object, source: str, expected_id: str | None = None) -> Instrument:
    """Validate a parsed JSON document and build the Instrument; raises InstrumentFormatError."""
    r = Reader(source)
    doc = r.obj(data, "", _TOP_REQUIRED, _TOP_OPTIONAL)
    if r.integer(doc["format"], "format") != FORMAT_VERSION:
        r.fail("format", f"this WellCare reads instrument format {FORMAT_VERSION}, not {doc['format']}")
    instrument_id = r.ident(doc["id"], "id", INSTRUMENT_ID)
    if expected_id is not None and instrument_id != expected_id:
        r.fail("id", f"{instrument_id!r} does not match the file name ({expected_id}.json)")
    version = r.string(doc["version"], "version")
    languages = [r.string(v, f"languages[{i}]") for i, v in enumerate(r.array(doc["languages"], "languages"))]
    for i, lang in enumerate(languages):
        if not _LANG.fullmatch(lang):
            r.fail(f"languages[{i}]", f"{lang!r} is not a language code such as 'en' or 'ko'")
    r.unique(languages, "languages", "language")
    r.languages = tuple(languages)

    response_sets = _response_sets(r, doc["response_sets"])
    items = _items(r, doc["items"], response_sets, doc.get("reverse_scored", []))
    item_ids = tuple(i.id for i in items)
    subscales = _subscales(r, doc.get("subscales", []), item_ids)
    scores = _scores(r, doc["scores"], item_ids, {s.id: s for s in subscales})
    band_sets = _band_sets(r, doc["bands"], [s.key for s in scores])
    safety = _safety(r, doc.get("safety", []), {i.id: i for i in items})
    licence = r.obj(doc["licence"], "licence", ("status", "text"))

    instrument = Instrument(
        id=instrument_id,
        version=version,
        languages=r.languages,
        name=r.text(doc["name"], "name"),
        short_name=r.text(doc["short_name"], "short_name"),
        measures=r.text(doc["measures"], "measures"),
        instructions=r.text(doc["instructions"], "instructions"),
        recall_period=r.text(doc["recall_period"], "recall_period"),
        response_sets=response_sets,
        items=items,
        subscales=subscales,
        scores=scores,
        band_sets=band_sets,
        safety=safety,
        licence_status=r.ident(licence["status"], "licence.status"),
        licence=r.text(licence["text"], "licence.text"),
        attribution=r.text(doc["attribution"], "attribution"),
        citation=r.string(doc["citation"], "citation") if "citation" in doc else "",
        korean_rendering=_korean(r, doc.get("korean_rendering")),
        follow_up=_follow_up(r, doc.get("follow_up", []), [s.key for s in scores]),
        intro_note=r.text(doc["intro_note"], "intro_note") if "intro_note" in doc else None,
    )
    _check_band_coverage(r, instrument)
    return instrument


def _response_sets(r: Reader, value: object) -> dict[str, ResponseSet]:
    if not isinstance(value, dict) or not value:
        r.fail("response_sets", "must be a non-empty object of named response sets")
    sets: dict[str, ResponseSet] = {}
    for set_id, options in value.items():
        key = f"response_sets.{set_id}"
        r.ident(set_id, key)
        parsed: list[ResponseOption] = []
        for i, raw in enumerate(r.array(options, key)):
            opt = r.obj(raw, f"{key}[{i}]", ("value", "label"))
            parsed.append(
                ResponseOption(r.integer(opt["value"], f"{key}[{i}].value"), r.text(opt["label"], f"{key}[{i}].label"))
            )
        if len(parsed) < 2:
            r.fail(key, "needs at least two options")
        r.unique([str(o.value) for o in parsed], key, "value")
        sets[set_id] = ResponseSet(set_id, tuple(parsed))
    return sets


def _items(r: Reader, value: object, sets: dict[str, ResponseSet], reverse: object) -> tuple[Item, ...]:
    raw_items = r.array(value, "items")
    ids: list[str] = []
    for i, raw in enumerate(raw_items):
        head = r.obj(raw, f"items[{i}]", ("id",), ("text", "response_set", "sensitive"))
        ids.append(r.ident(head["id"], f"items[{i}].id"))
    r.unique(ids, "items", "item id")
    reverse_list = r.array(reverse, "reverse_scored", allow_empty=True)
    reversed_ids = [r.string(v, f"reverse_scored[{i}]") for i, v in enumerate(reverse_list)]
    r.unique(reversed_ids, "reverse_scored", "item id")
    for i, item_id in enumerate(reversed_ids):
        if item_id not in ids:
            r.fail(f"reverse_scored[{i}]", f"there is no item {item_id!r}")
    items: list[Item] = []
    for raw, item_id in zip(raw_items, ids, strict=True):
        key = f"items.{item_id}"
        item = r.obj(raw, key, ("id", "text", "response_set"), ("sensitive",))
        set_id = r.string(item["response_set"], f"{key}.response_set")
        if set_id not in sets:
            r.fail(f"{key}.response_set", f"there is no response set {set_id!r}")
        items.append(
            Item(
                id=item_id,
                text=r.text(item["text"], f"{key}.text"),
                response_set=sets[set_id],
                reverse=item_id in reversed_ids,
                sensitive=r.boolean(item.get("sensitive", False), f"{key}.sensitive"),
            )
        )
    return tuple(items)


def _subscales(r: Reader, value: object, item_ids: tuple[str, ...]) -> tuple[Subscale, ...]:
    subscales: list[Subscale] = []
    for i, raw in enumerate(r.array(value, "subscales", allow_empty=True)):
        sub = r.obj(raw, f"subscales[{i}]", ("id", "label", "items"))
        sub_id = r.ident(sub["id"], f"subscales[{i}].id")
        key = f"subscales.{sub_id}"
        if sub_id == "all":
            r.fail(f"{key}.id", "'all' is reserved for the whole instrument")
        members = [r.string(v, f"{key}.items[{j}]") for j, v in enumerate(r.array(sub["items"], f"{key}.items"))]
        r.unique(members, f"{key}.items", "item id")
        for j, item_id in enumerate(members):
            if item_id not in item_ids:
                r.fail(f"{key}.items[{j}]", f"there is no item {item_id!r}")
        subscales.append(Subscale(sub_id, r.text(sub["label"], f"{key}.label"), tuple(members)))
    r.unique([s.id for s in subscales], "subscales", "subscale id")
    return tuple(subscales)


def _scores(
    r: Reader, value: object, item_ids: tuple[str, ...], subscales: dict[str, Subscale]
) -> tuple[ScoreRule, ...]:
    rules: list[ScoreRule] = []
    for i, raw in enumerate(r.array(value, "scores")):
        optional_keys = ("over", "points_per_value", "from", "multiply", "add", "decimals")
        head = r.obj(raw, f"scores[{i}]", ("key", "label", "method"), optional_keys)
        score_key = r.ident(head["key"], f"scores[{i}].key")
        key = f"scores.{score_key}"
        if score_key in {rule.key for rule in rules}:
            r.fail(f"{key}.key", f"duplicate score key {score_key!r}")
        method = r.string(head["method"], f"{key}.method")
        if method not in SCORE_METHODS:
            r.fail(f"{key}.method", f"{method!r} is not one of {', '.join(SCORE_METHODS)}")
        decimals = r.integer(head["decimals"], f"{key}.decimals") if "decimals" in head else None
        if decimals is not None and not 0 <= decimals <= 6:
            r.fail(f"{key}.decimals", "must be between 0 and 6")
        label = r.text(head["label"], f"{key}.label")
        if method == "derived":
            r.obj(raw, key, ("key", "label", "method", "from"), ("multiply", "add", "decimals"))
            source = r.string(head["from"], f"{key}.from")
            if source not in {rule.key for rule in rules}:
                r.fail(f"{key}.from", f"{source!r} is not a score defined before this one")
            multiply = r.number(head.get("multiply", 1), f"{key}.multiply")
            add = r.number(head.get("add", 0), f"{key}.add")
            rules.append(
                ScoreRule(score_key, label, "derived", source=source, multiply=multiply, add=add, decimals=decimals)
            )
            continue
        optional = ("points_per_value", "decimals") if method == "mean_points" else ("decimals",)
        r.obj(raw, key, ("key", "label", "method", "over"), optional)
        over = r.string(head["over"], f"{key}.over")
        if over == "all":
            members = item_ids
        elif over in subscales:
            members = subscales[over].item_ids
        else:
            r.fail(f"{key}.over", f"{over!r} is neither 'all' nor a subscale id")
        points = r.number(head.get("points_per_value", 1), f"{key}.points_per_value")
        if points <= 0:
            r.fail(f"{key}.points_per_value", "must be positive")
        rules.append(
            ScoreRule(
                score_key,
                label,
                cast(ScoreMethod, method),
                item_ids=members,
                points_per_value=points,
                decimals=decimals,
            )
        )
    return tuple(rules)


def _band_sets(r: Reader, value: object, score_keys: list[str]) -> dict[str, BandSet]:
    if not isinstance(value, dict) or not value:
        r.fail("bands", "must be an object mapping score keys to their bands")
    sets: dict[str, BandSet] = {}
    for score_key, raw in value.items():
        key = f"bands.{score_key}"
        if score_key not in score_keys:
            r.fail(key, f"{score_key!r} is not a score key ({', '.join(score_keys)})")
        if isinstance(raw, dict) and "by_sex" in raw:
            spec = r.obj(raw, key, ("by_sex",), ("relative", "note"))
            by_sex_raw = r.obj(spec["by_sex"], f"{key}.by_sex", SEXES)
            by_sex: dict[str, tuple[Band, ...]] = {
                sex: _bands(r, by_sex_raw[sex], f"{key}.by_sex.{sex}") for sex in SEXES
            }
            ids = {sex: [b.id for b in bands] for sex, bands in by_sex.items()}
            if len({tuple(v) for v in ids.values()}) != 1:
                r.fail(f"{key}.by_sex", "every sex must use the same band ids in the same order")
            bands: tuple[Band, ...] = ()
        else:
            spec = r.obj(raw, key, ("bands",), ("relative", "note"))
            bands, by_sex = _bands(r, spec["bands"], f"{key}.bands"), {}
        sets[score_key] = BandSet(
            score_key=score_key,
            bands=bands,
            by_sex=by_sex,
            relative=r.boolean(spec.get("relative", False), f"{key}.relative"),
            note=r.text(spec["note"], f"{key}.note") if "note" in spec else None,
        )
    return sets


def _bands(r: Reader, value: object, key: str) -> tuple[Band, ...]:
    bands: list[Band] = []
    for i, raw in enumerate(r.array(value, key)):
        spec = r.obj(raw, f"{key}[{i}]", ("id", "range", "label", "meaning"), ("severe", "helps"))
        band_id = r.ident(spec["id"], f"{key}[{i}].id")
        bkey = f"{key}.{band_id}"
        helps_list = r.array(spec.get("helps", []), f"{bkey}.helps", allow_empty=True)
        helps = [r.string(h, f"{bkey}.helps[{j}]") for j, h in enumerate(helps_list)]
        for j, h in enumerate(helps):
            if h not in SUGGESTION_IDS:
                r.fail(f"{bkey}.helps[{j}]", f"{h!r} is not a known suggestion ({', '.join(sorted(SUGGESTION_IDS))})")
        r.unique(helps, f"{bkey}.helps", "suggestion")
        bands.append(
            Band(
                id=band_id,
                range=_range(r, spec["range"], f"{bkey}.range"),
                label=r.text(spec["label"], f"{bkey}.label"),
                meaning=r.text(spec["meaning"], f"{bkey}.meaning"),
                severe=r.boolean(spec.get("severe", False), f"{bkey}.severe"),
                helps=tuple(helps),
            )
        )
    r.unique([b.id for b in bands], key, "band id")
    for prev, band in itertools.pairwise(bands):
        if (band.range.low, not band.range.low_inclusive) < (prev.range.low, not prev.range.low_inclusive):
            r.fail(
                f"{key}.{band.id}.range", f"list bands from the lowest range up ({band.id} must come before {prev.id})"
            )
    return tuple(bands)


def _range(r: Reader, value: object, key: str) -> ScoreRange:
    """`{"min"|"above": x, "max"|"below": y}`: min/max are inclusive, above/below exclusive."""
    spec = r.obj(value, key, (), ("min", "above", "max", "below"))
    lows = [k for k in ("min", "above") if k in spec]
    highs = [k for k in ("max", "below") if k in spec]
    if len(lows) != 1:
        r.fail(key, "needs exactly one lower bound: 'min' (inclusive) or 'above' (exclusive)")
    if len(highs) != 1:
        r.fail(key, "needs exactly one upper bound: 'max' (inclusive) or 'below' (exclusive)")
    low = r.number(spec[lows[0]], f"{key}.{lows[0]}")
    high = r.number(spec[highs[0]], f"{key}.{highs[0]}")
    rng = ScoreRange(low, lows[0] == "min", high, highs[0] == "max")
    if low > high or (low == high and not (rng.low_inclusive and rng.high_inclusive)):
        r.fail(key, "is empty: the lower bound is not below the upper bound")
    return rng


def _safety(r: Reader, value: object, items: dict[str, Item]) -> tuple[SafetyRule, ...]:
    rules: list[SafetyRule] = []
    for i, raw in enumerate(r.array(value, "safety", allow_empty=True)):
        spec = r.obj(raw, f"safety[{i}]", ("id", "item", "at_least", "action"), ("meaning",))
        rule_id = r.ident(spec["id"], f"safety[{i}].id")
        key = f"safety.{rule_id}"
        item_id = r.string(spec["item"], f"{key}.item")
        if item_id not in items:
            r.fail(f"{key}.item", f"there is no item {item_id!r}")
        at_least = r.integer(spec["at_least"], f"{key}.at_least")
        rs = items[item_id].response_set
        if not rs.low < at_least <= rs.high:
            r.fail(f"{key}.at_least", f"must be above {rs.low} and at most {rs.high}, the range of {item_id}")
        action = r.string(spec["action"], f"{key}.action")
        if action not in SAFETY_ACTIONS:
            r.fail(f"{key}.action", f"{action!r} is not one of {', '.join(sorted(SAFETY_ACTIONS))}")
        meaning = r.text(spec["meaning"], f"{key}.meaning") if "meaning" in spec else None
        rules.append(SafetyRule(rule_id, item_id, at_least, action, meaning))
    r.unique([s.id for s in rules], "safety", "rule id")
    return tuple(rules)


def _korean(r: Reader, value: object) -> KoreanRendering | None:
    if value is None:
        if "ko" in r.languages:
            r.fail("korean_rendering", "is missing: say where the Korean wording comes from")
        return None
    spec = r.obj(value, "korean_rendering", ("source", "reference", "note"), ("validated", "validation"))
    source = r.string(spec["source"], "korean_rendering.source")
    if source not in KOREAN_SOURCES:
        r.fail("korean_rendering.source", f"{source!r} is not one of {', '.join(sorted(KOREAN_SOURCES))}")
    validated = r.boolean(spec.get("validated", False), "korean_rendering.validated")  # unvalidated unless said
    validation = r.string(spec["validation"], "korean_rendering.validation") if "validation" in spec else ""
    if validated and not validation:
        r.fail("korean_rendering.validation", "is missing: cite the study that validated this Korean version")
    if source == "app" and validated:
        r.fail("korean_rendering.validated", "the app's own rendering cannot be a validated version")
    return KoreanRendering(
        source,
        r.string(spec["reference"], "korean_rendering.reference"),
        r.text(spec["note"], "korean_rendering.note"),
        validated,
        validation,
    )


def _follow_up(r: Reader, value: object, score_keys: list[str]) -> tuple[FollowUpRule, ...]:
    """`[{"id", "suggest", "score" + "range" | "any_item", "assessment"?}]`: the instrument's own guidance."""
    rules: list[FollowUpRule] = []
    for i, raw in enumerate(r.array(value, "follow_up", allow_empty=True)):
        spec = r.obj(raw, f"follow_up[{i}]", ("id", "suggest"), ("score", "range", "any_item", "assessment"))
        rule_id = r.ident(spec["id"], f"follow_up[{i}].id")
        key = f"follow_up.{rule_id}"
        suggest = [r.string(s, f"{key}.suggest[{j}]") for j, s in enumerate(r.array(spec["suggest"], f"{key}.suggest"))]
        for j, s in enumerate(suggest):
            if s not in FOLLOW_UP_IDS:
                r.fail(f"{key}.suggest[{j}]", f"{s!r} is not a follow-up ({', '.join(FOLLOW_UP_IDS)})")
        r.unique(suggest, f"{key}.suggest", "follow-up")
        by_score = "score" in spec or "range" in spec
        if by_score == ("any_item" in spec):
            r.fail(key, "needs either 'score' with 'range', or 'any_item' (a range of raw answers)")
        score_key, score_range, any_item = None, None, None
        if by_score:
            score_key = r.string(spec.get("score"), f"{key}.score")
            if score_key not in score_keys:
                r.fail(f"{key}.score", f"{score_key!r} is not a score key ({', '.join(score_keys)})")
            score_range = _range(r, spec.get("range"), f"{key}.range")
        else:
            any_item = _range(r, spec["any_item"], f"{key}.any_item")
        rules.append(
            FollowUpRule(
                rule_id,
                tuple(suggest),
                score_key,
                score_range,
                any_item,
                r.boolean(spec.get("assessment", False), f"{key}.assessment"),
            )
        )
    r.unique([rule.id for rule in rules], "follow_up", "rule id")
    return tuple(rules)


def _check_band_coverage(r: Reader, instrument: Instrument) -> None:
    """Every attainable score lands in exactly one band, and every band is attainable."""
    for score_key, band_set in instrument.band_sets.items():
        values = attainable_scores(instrument, score_key)
        rule = instrument.score_rule(score_key)
        lists = band_set.by_sex.items() if band_set.sex_specific else [("", band_set.bands)]
        for sex, bands in lists:
            key = f"bands.{score_key}.by_sex.{sex}" if sex else f"bands.{score_key}.bands"
            reached: set[str] = set()
            for v in values:
                hits = [b.id for b in bands if b.range.contains(v)]
                if not hits:
                    r.fail(key, f"the possible score {as_number(rule, v)} falls in no band")
                if len(hits) > 1:
                    r.fail(key, f"the possible score {as_number(rule, v)} falls in several bands ({', '.join(hits)})")
                reached.add(hits[0])
            for band in bands:
                if band.id not in reached:
                    r.fail(f"{key}.{band.id}.range", "no possible score falls in this band")
