"""Shared helpers for the assess tests: build answer sets that hit a chosen score exactly."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from wellcare.assess.model import Instrument


def answers_for_scored_sums(instrument: Instrument, targets: Mapping[Sequence[str], int]) -> dict[str, int]:
    """Raw answers whose scored (post-reversal) values sum to each target over its item group.

    Items outside every group get the lowest scored value. Raw values are derived from scored ones,
    so reverse-scored items get the raw answer the respondent would really have ticked.
    """
    scored: dict[str, int] = {}
    for group, target in targets.items():
        remaining = target
        for item_id in group:
            rs = instrument.item(item_id).response_set
            value = min(rs.high, rs.low + remaining)
            scored[item_id] = value
            remaining -= value - rs.low
        assert remaining == 0, f"target {target} is out of reach for {group}"
    raw: dict[str, int] = {}
    for item in instrument.items:
        s = scored.get(item.id, item.response_set.low)
        raw[item.id] = item.response_set.low + item.response_set.high - s if item.reverse else s
    return raw


def answers_for_total(instrument: Instrument, total: int) -> dict[str, int]:
    """Raw answers whose scored sum over all items is `total`."""
    return answers_for_scored_sums(instrument, {instrument.item_ids: total})
