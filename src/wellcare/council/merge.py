"""The council's view: every centre's published cells side by side, combined where that is safe.

The council never sees a hidden number, so it cannot add one in by mistake; what it must not do
is publish a total that, minus the other centres' shown numbers, gives a hidden one back, or a
total a reader would take for a complete one. So:

- **per centre**, each week shows the cell of the latest-issued report covering it, as signed;
- **combined, per week**: hidden when any centre's cell is hidden (complementary suppression
  across centres); otherwise counts add and estimates pool (below), over the centres that have
  the number (``centres`` says how many);
- **per quarter** (trends): a centre's or the combined quarter adds up only the shown weeks and
  says how many centre-weeks are hidden (``hidden_weeks``; a count is then "at least");
- only centres whose reports use this view's definition are combined; others are listed apart.

Every published number is thus a sum of numbers the centres published themselves.

Estimates pool as independent groups: value = Σ nᵢ·vᵢ / Σ nᵢ, variance = Σ (nᵢ/N)²·seᵢ², with
seᵢ taken from the wider side of the centre's published 95% interval (the side a clip at 0 or 1
did not shorten) divided by 1.96.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from wellcare.council.definition import BLOCK_EAP_SOURCES, Definition, Measure
from wellcare.council.periods import quarter_of
from wellcare.council.store import Centre

Z_95 = 1.959964
COMBINED = "combined"
VIEW_SCHEMA = "wellcare.council_view/1"
Cell = dict[str, Any]


def pool(cells: Iterable[Cell], kind: str) -> Cell:
    """Shown cells added up (counts) or pooled (estimates); {"state": "none"} when none is shown."""
    shown = [c for c in cells if c["state"] == "shown"]
    if not shown:
        return {"state": "none"}
    if kind == "count":
        return {"state": "shown", "count": sum(int(c["count"]) for c in shown)}
    total = sum(int(c["n"]) for c in shown)
    value = sum(c["n"] * c["value"] for c in shown) / total
    variance = sum((c["n"] / total) ** 2 * (max(c["high"] - c["value"], c["value"] - c["low"]) / Z_95) ** 2
                   for c in shown)
    half = Z_95 * math.sqrt(variance)
    top = 1.0 if kind == "share" else math.inf
    return {"state": "shown", "value": round(value, 4), "low": round(max(0.0, value - half), 4),
            "high": round(min(top, value + half), 4), "n": total}


def _range_pool(cells: Sequence[Cell], kind: str) -> Cell:
    """A quarter: the shown cells pooled, with how many were hidden."""
    hidden = sum(1 for c in cells if c["state"] == "hidden")
    out = pool(cells, kind)
    if out["state"] == "none" and hidden:
        return {"state": "hidden", "hidden_weeks": hidden}
    return {**out, "hidden_weeks": hidden} if out["state"] == "shown" else out


def _week_combined(cells: Sequence[Cell], kind: str) -> Cell:
    if any(c["state"] == "hidden" for c in cells):
        return {"state": "hidden"}
    out = pool(cells, kind)
    if out["state"] == "shown":
        out["centres"] = sum(1 for c in cells if c["state"] == "shown")
    return out


@dataclass(frozen=True)
class CentreColumn:
    centre: Centre
    definition: tuple[str, int] | None  # of its latest report; None: nothing imported yet
    reports: int
    weeks: Mapping[str, Mapping[str, Cell]]  # period -> measure -> cell (latest-issued report wins)
    min_group_size: int | None

    @property
    def id(self) -> str:
        return self.centre.fingerprint


def centre_columns(centres: Sequence[Centre], payloads: Sequence[Mapping[str, Any]]) -> list[CentreColumn]:
    """Each pinned centre's latest cells per week, from payloads ordered oldest issue first."""
    by_centre: dict[str, list[Mapping[str, Any]]] = {c.fingerprint: [] for c in centres}
    for p in sorted(payloads, key=lambda p: datetime.fromisoformat(p["issued_at"])):
        by_centre.setdefault(p["centre"]["id"], []).append(p)
    out = []
    for c in centres:
        weeks: dict[str, Mapping[str, Cell]] = {}
        mine = by_centre.get(c.fingerprint, [])
        for p in mine:
            for w in p["weeks"]:
                weeks[w["period"]] = w["cells"]
        last = mine[-1] if mine else None
        definition = (last["definition"]["id"], last["definition"]["version"]) if last else None
        out.append(CentreColumn(c, definition, len(mine), weeks, last["min_group_size"] if last else None))
    return out


def build_view(
    definition: Definition,
    columns: Sequence[CentreColumn],
    *,
    first: str | None = None,
    last: str | None = None,
    generated_at: datetime | None = None,
) -> dict[str, Any]:
    """The council's published view (``council report --json``) for weeks [first, last] (default: all)."""
    merged = [c for c in columns if c.definition == definition.key]
    periods = sorted({w for c in merged for w in c.weeks
                      if (first is None or w >= first) and (last is None or w <= last)})
    quarters = sorted({quarter_of(p) for p in periods})
    none: Cell = {"state": "none"}
    weekly: dict[str, dict[str, list[Cell]]] = {}
    quarterly: dict[str, dict[str, list[Cell]]] = {}
    for m in definition.collected:
        per = {c.id: [dict(c.weeks.get(p, {}).get(m.id, none)) for p in periods] for c in merged}
        per[COMBINED] = [_week_combined([per[c.id][i] for c in merged], m.kind) for i in range(len(periods))]
        weekly[m.id] = per
        groups = {c.id: [c.id] for c in merged} | {COMBINED: [c.id for c in merged]}
        quarterly[m.id] = {
            key: [_range_pool([per[cid][i] for cid in members for i, p in enumerate(periods) if quarter_of(p) == q],
                              m.kind) for q in quarters]
            for key, members in groups.items()
        }
    return {
        "schema": VIEW_SCHEMA,
        "generated_at": generated_at.isoformat(timespec="seconds") if generated_at else None,
        "definition": {"id": definition.id, "version": definition.version},
        "centres": [_centre_json(c, c in merged) for c in columns],
        "periods": periods,
        "quarters": quarters,
        "measures": [_measure_json(m) for m in definition.measures],
        "weekly": weekly,
        "quarterly": quarterly,
        "notes": {
            "hidden": "hidden by the centre (a small group, or one that would let a small group be worked out); "
                      "combined: some centre's number is hidden",
            "quarterly": "adds up or pools only the shown weeks; hidden_weeks: centre-weeks left out",
            "eap_blocks": "measures with per = 4-week block (definition 2) count a fixed 4-week block (from "
                          "2024-W01) and are given on its last week only; a quarter holds the blocks ending in it",
            "interval": "95% interval; combined estimates pool the centres' estimates as independent groups",
        },
    }


def _centre_json(c: CentreColumn, merged: bool) -> dict[str, Any]:
    return {"id": c.id, "name": c.centre.name, "reports": c.reports, "combined": merged,
            "definition": None if c.definition is None else {"id": c.definition[0], "version": c.definition[1]},
            "min_group_size": c.min_group_size}


def _measure_json(m: Measure) -> dict[str, Any]:
    out: dict[str, Any] = {"id": m.id, "kind": m.kind, "collected": m.collected,
                           "name": {"en": m.name.en, "ko": m.name.ko},
                           "per": "4-week block" if m.source_type in BLOCK_EAP_SOURCES else "week"}
    if m.why_not is not None:
        out["why_not"] = {"en": m.why_not.en, "ko": m.why_not.ko}
    return out
