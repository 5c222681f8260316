"""The scoring engine: published rules, applied exactly.

Answers arrive as published raw values; reversal happens here and nowhere else. Every item must
be answered (no pro-rating). Arithmetic is exact (fractions) and rounding is half-up at the
instrument's stated precision, so a boundary such as CBI 50.00 never depends on float noise.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from wellcare.assess.errors import AnswerError, AssessError, MissingSexError
from wellcare.assess.model import SEXES, Instrument, Item, ScoreRule
from wellcare.assess.result import Result, ScoreValue


def check_answers(instrument: Instrument, answers: Mapping[str, object]) -> dict[str, int]:
    """Return the answers in item order, or raise AnswerError naming the first bad item."""
    known = set(instrument.item_ids)
    for item_id in answers:
        if item_id not in known:
            raise AnswerError(f"{instrument.id}: there is no item {item_id!r}", item_id)
    checked: dict[str, int] = {}
    for item in instrument.items:
        if item.id not in answers:
            raise AnswerError(f"{instrument.id}: item {item.id} is not answered", item.id)
        checked[item.id] = check_value(instrument, item, answers[item.id])
    return checked


def check_value(instrument: Instrument, item: Item, value: object) -> int:
    """One answer must be one of the item's published raw values."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise AnswerError(f"{instrument.id}: item {item.id}: {value!r} is not an integer", item.id)
    if value not in item.response_set.values:
        raise AnswerError(
            f"{instrument.id}: item {item.id}: {value} is out of range (allowed {allowed_values(item)})", item.id
        )
    return value


def allowed_values(item: Item) -> str:
    values = sorted(item.response_set.values)
    if values == list(range(values[0], values[-1] + 1)):
        return f"{values[0]}-{values[-1]}"
    return ", ".join(str(v) for v in values)


def scored_value(item: Item, raw: int) -> int:
    """Reverse-scored items count as (lowest + highest − raw): 4 − x on 0–4, 5 − x on 1–4."""
    if item.reverse:
        return item.response_set.low + item.response_set.high - raw
    return raw


def round_half_up(value: Fraction, decimals: int) -> Fraction:
    """Round half away from zero, the way a person rounds (45.835 -> 45.84), not banker's rounding."""
    # 28 significant digits (Decimal's default) is ample: scores are at most a few thousand.
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return Fraction(exact.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP))


def _from_sum(instrument: Instrument, rule: ScoreRule, total: int) -> Fraction:
    """A score computed from the sum of its items' scored values."""
    n = len(rule.item_ids)
    if rule.method == "sum":
        value = Fraction(total)
    elif rule.method == "mean_points":
        value = rule.points_per_value * total / n
    elif rule.method == "range_percent":
        items = [instrument.item(i) for i in rule.item_ids]
        floor = sum(i.response_set.low for i in items)
        span = sum(i.response_set.high - i.response_set.low for i in items)
        value = Fraction(total - floor, span) * 100
    else:  # pragma: no cover - the validator admits only the methods above
        raise AssessError(f"{instrument.id}: score {rule.key}: method {rule.method} has no item sum")
    return _reported(rule, value)


def _reported(rule: ScoreRule, value: Fraction) -> Fraction:
    return round_half_up(value, rule.decimals) if rule.decimals is not None else value


def _derived(rule: ScoreRule, source: Fraction) -> Fraction:
    return _reported(rule, source * rule.multiply + rule.add)


def as_number(rule: ScoreRule, value: Fraction) -> ScoreValue:
    """Integers stay integers; scores with stated decimals, or fractional ones, become floats."""
    if rule.decimals is None and value.denominator == 1:
        return int(value)
    return float(value)


def compute_scores(instrument: Instrument, raw: Mapping[str, int]) -> dict[str, Fraction]:
    """All scores (as reported, i.e. rounded) from complete, checked raw answers."""
    scored = {item.id: scored_value(item, raw[item.id]) for item in instrument.items}
    values: dict[str, Fraction] = {}
    for rule in instrument.scores:
        if rule.method == "derived":
            assert rule.source is not None
            values[rule.key] = _derived(rule, values[rule.source])
        else:
            values[rule.key] = _from_sum(instrument, rule, sum(scored[i] for i in rule.item_ids))
    return values


def score(instrument: Instrument, answers: Mapping[str, object], *, sex: str | None = None) -> Result:
    """Score one complete questionnaire; answers are keyed by item id."""
    if sex is not None and sex not in SEXES:
        raise AnswerError(f"{instrument.id}: sex must be one of {', '.join(SEXES)}, not {sex!r}")
    if instrument.needs_sex and sex is None:
        raise MissingSexError(f"{instrument.id}: cut-offs differ by sex; give the respondent's sex")
    raw = check_answers(instrument, answers)
    values = compute_scores(instrument, raw)

    bands: dict[str, str] = {}
    severe = False
    severe_helps: list[str] = []
    other_helps: list[str] = []
    for key, band_set in instrument.band_sets.items():
        band = band_set.find(values[key], sex if band_set.sex_specific else None)
        if band is None:  # the validator proves every attainable score has a band
            raise AssessError(f"{instrument.id}: score {key}={float(values[key])} falls in no band")
        bands[key] = band.id
        severe = severe or band.severe
        (severe_helps if band.severe else other_helps).extend(band.helps)

    fired = tuple(rule.id for rule in instrument.safety if raw[rule.item_id] >= rule.at_least)
    by_key = {rule.key: rule for rule in instrument.scores}
    return Result(
        instrument_id=instrument.id,
        instrument_version=instrument.version,
        answers=raw,
        scores={key: as_number(by_key[key], value) for key, value in values.items()},
        bands=bands,
        safety=bool(fired),
        severe=severe,
        safety_rules=fired,
        suggestions=tuple(dict.fromkeys(severe_helps + other_helps)),
        sex=sex,
    )


def check_count(instrument: Instrument, count: int) -> None:
    """Positional answers must match the item count; the error names the first missing item."""
    ids = instrument.item_ids
    if count < len(ids):
        raise AnswerError(
            f"{instrument.id}: expected {len(ids)} answers, got {count}; item {ids[count]} is not answered", ids[count]
        )
    if count > len(ids):
        raise AnswerError(
            f"{instrument.id}: expected {len(ids)} answers, got {count}; "
            f"answer {len(ids) + 1} has no item (the last item is {ids[-1]})"
        )


def score_in_order(instrument: Instrument, values: Sequence[object], *, sex: str | None = None) -> Result:
    """Score answers given positionally in item order (the headless `score` command's input)."""
    check_count(instrument, len(values))
    return score(instrument, dict(zip(instrument.item_ids, values, strict=True)), sex=sex)


def attainable_scores(instrument: Instrument, key: str) -> tuple[Fraction, ...]:
    """Every value score `key` can take, ascending; the validator checks bands against these."""
    rule = instrument.score_rule(key)
    if rule.method == "derived":
        assert rule.source is not None
        return tuple(sorted({_derived(rule, v) for v in attainable_scores(instrument, rule.source)}))
    sums = {0}
    for item_id in rule.item_ids:
        item = instrument.item(item_id)
        options = {scored_value(item, v) for v in item.response_set.values}
        sums = {s + o for s in sums for o in options}
    return tuple(sorted({_from_sum(instrument, rule, s) for s in sums}))


def score_bounds(instrument: Instrument, key: str) -> tuple[ScoreValue, ScoreValue]:
    """Lowest and highest possible value of a score, e.g. for a chart's axis."""
    values = attainable_scores(instrument, key)
    rule = instrument.score_rule(key)
    return as_number(rule, values[0]), as_number(rule, values[-1])
