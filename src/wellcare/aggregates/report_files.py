"""The aggregate report as files: the JSON of ``coordinator report --json`` and the dashboard's CSV.

Split from :mod:`.report` (what the report holds and how it is built); the numbers are the
same ones the dashboard draws, rounded here only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from wellcare.aggregates.eap_counts import BLOCK_WEEKS, EPOCH, CountGrid
from wellcare.aggregates.report import SCHEMA, AggregateReport, FieldWeek, RateWeek
from wellcare.aggregates.windows import pooled_json

# -- JSON and CSV ----------------------------------------------------------------------------------------

def _r(value: float | None, digits: int = 4) -> float | None:
    return None if value is None else round(value, digits)


def _field_week_json(w: FieldWeek) -> dict[str, Any]:
    out: dict[str, Any] = {"period": w.period, "n": w.n, "hidden": w.hidden}
    if not w.hidden:
        out["epsilon"] = [round(e, 6) for e in w.epsilon]
        out["estimates"] = [
            {"category": s.category, "share": _r(s.share), "low": _r(s.low),
             "high": _r(s.high), "n": w.n, "epsilon": [round(e, 6) for e in w.epsilon]}
            for s in w.shares
        ]
    return out


def _rate_json(r: RateWeek) -> dict[str, Any]:
    return {"period": r.period, "n": r.n, "epsilon": [round(e, 6) for e in r.epsilon], "value": _r(r.value, 3),
            "low": _r(r.low, 3), "high": _r(r.high, 3), "hidden": r.hidden}


def report_json(report: AggregateReport) -> dict[str, Any]:
    settings = report.settings
    units = report.units
    doc: dict[str, Any] = {
        "schema": SCHEMA,
        "generated_at": None if report.generated_at is None else report.generated_at.isoformat(),
        "periods": list(report.periods),
        "unit": report.unit,
        "filter_refused": report.filter_refused,
        "min_group_size": settings.min_group_size,
        "epsilon_per_period": round(settings.epsilon, 6),
        "notes": {
            "share": "estimated share of the week's contributions, 95% interval [low, high]; n = contributions",
            "hard_calls_per_100": "hard calls per 100 counselor-weeks from buckets 0/1/2-4/5+ valued 0/1/3/5",
            "breaks_per_week": "breaks taken per counselor-week from buckets 0/1-9/10-24/25+ valued 0/5/17/25",
            "hidden": "true where a group is under min_group_size or would let one be worked out (which of the two "
                      "is not said)",
            "eap": "requests by kind and status per fixed 4-week block (from 2024-W01), suppressed per block; "
                   "only blocks wholly inside the range and over are counted (covered: their weeks; left_out: "
                   "the range's other weeks); a range's numbers add up only the blocks that show them "
                   "(hidden_blocks: how many do not; null: none does)",
        },
        "weeks": [{"period": w.period, "n": w.n, "hidden": w.hidden} for w in report.weeks],
        "bands": {name: [_field_week_json(w) for w in weeks] for name, weeks in report.bands.items()},
        "window_weeks": report.window_weeks,
        "pooled": pooled_json(report),
        "hard_calls_per_100": [_rate_json(r) for r in report.hard_calls_per_100],
        "breaks_per_week": [_rate_json(r) for r in report.breaks_per_week],
        "units": {
            "units": list(units.units),
            "periods": list(units.periods),
            "totals": list(units.totals),
            "cells": [
                [
                    {"n": c.n, "hidden": c.hidden,
                     "epsilon": [round(e, 6) for e in c.epsilon],
                     "metrics": {k: {"share": _r(v.share), "low": _r(v.low), "high": _r(v.high),
                                     "too_uncertain": v.uncertain}
                                 for k, v in c.metrics.items()}}
                    for c in row
                ]
                for row in units.cells
            ],
        },
        "eap": None,
    }
    if report.eap is not None:
        doc["eap"] = eap_json(report.eap)
    if report.summary is not None:
        from wellcare.aggregates.summary import summary_json  # the summary builds on the report

        doc["summary"] = summary_json(report.summary)
    if report.team_windows:
        from wellcare.aggregates.team_windows import team_windows_json  # builds on the report

        doc["team_windows"] = [team_windows_json(t) for t in report.team_windows]
    return doc


def eap_json(grid: CountGrid) -> dict[str, Any]:
    return {
        "block_weeks": BLOCK_WEEKS,
        "epoch": EPOCH,
        "covered": list(grid.covered),
        "left_out": list(grid.left_out),
        "kinds": list(grid.rows),
        "statuses": list(grid.cols),
        "cells": [list(row) for row in grid.cells],
        "kind_totals": list(grid.row_totals),
        "status_totals": list(grid.col_totals),
        "total": grid.total,
        "hidden_blocks": {
            "cells": [list(row) for row in grid.hidden_blocks],
            "kind_totals": list(grid.row_hidden_blocks),
            "total": grid.total_hidden_blocks,
        },
        "status_totals_partial": list(grid.col_partial),
        "blocks": [
            {"first": b.first, "last": b.last, "total": b.total, "kind_totals": list(b.kind_totals),
             "cells": [list(row) for row in b.cells]}
            for b in grid.blocks
        ],
    }


# the CSV's "hidden" column: the number is not shown; or (EAP ranges) it adds up only the blocks that show it
HIDDEN = "hidden"
PARTIAL = "some blocks hidden"
TOO_UNCERTAIN = "too uncertain"  # a team window's share whose interval is too wide to give a number
CSV_HEADER = ("section", "period", "unit", "field", "category", "estimate", "low", "high", "n", "epsilon", "hidden")


def report_rows(report: AggregateReport) -> list[tuple[Any, ...]]:
    """Flat rows for a CSV (ids, not labels; the app adds translated labels beside them)."""
    unit = report.unit or "all"
    rows: list[tuple[Any, ...]] = []

    def eps(values: Sequence[float]) -> str:
        return " ".join(f"{e:.6g}" for e in values)

    for name, weeks in report.bands.items():
        for w in weeks:
            if w.hidden:
                rows.append(("shares", w.period, unit, name, "", "", "", "", "", "", HIDDEN))
                continue
            for s in w.shares:
                rows.append(("shares", w.period, unit, name, s.category, _r(s.share), _r(s.low), _r(s.high), w.n,
                             eps(w.epsilon), ""))
    for section, rates in (("hard_calls_per_100", report.hard_calls_per_100), ("breaks_per_week",
                                                                                report.breaks_per_week)):
        for r in rates:
            rows.append((section, r.period, unit, section, "", _r(r.value, 3), _r(r.low, 3), _r(r.high, 3),
                         "" if r.n is None else r.n, eps(r.epsilon), HIDDEN if r.hidden else ""))
    table = report.units
    for i, u in enumerate(table.units):
        for j, p in enumerate(table.periods):
            c = table.cells[i][j]
            rows.append(("unit_week", p, u, "contributions", "", "", "", "", "" if c.n is None else c.n,
                         eps(c.epsilon), HIDDEN if c.hidden else ""))
            for key, v in c.metrics.items():
                rows.append(("unit_week", p, u, key, "", _r(v.share), _r(v.low), _r(v.high), c.n, eps(c.epsilon), ""))
    for j, p in enumerate(table.periods):
        total = table.totals[j]
        rows.append(("week_total", p, "all", "contributions", "", "", "", "", "" if total is None else total, "",
                     "" if total is not None else HIDDEN))
    rows.extend(_team_window_rows(report, eps))
    if report.eap is not None and report.eap.covered:  # nothing when no whole, finished block is in the range
        g = report.eap
        span = f"{g.covered[0]}..{g.covered[-1]}"  # whole 4-week blocks only

        def eap_row(kind: str, status: str, v: int | None, partial: bool) -> tuple[Any, ...]:
            hidden = HIDDEN if v is None else (PARTIAL if partial else "")
            return ("eap_requests", span, "all", kind, status, "", "", "", "" if v is None else v, "", hidden)

        for i, kind in enumerate(g.rows):
            for j, status in enumerate(g.cols):
                rows.append(eap_row(kind, status, g.cells[i][j], g.hidden_blocks[i][j] > 0))
            rows.append(eap_row(kind, "all", g.row_totals[i], g.row_hidden_blocks[i] > 0))
        for j, status in enumerate(g.cols):
            rows.append(eap_row("all", status, g.col_totals[j], g.col_partial[j]))
        rows.append(eap_row("all", "all", g.total, g.total_hidden_blocks > 0))
    return rows


def _team_window_rows(report: AggregateReport, eps: Callable[[Sequence[float]], str]) -> list[tuple[Any, ...]]:
    """The heat map's pooled team windows (``team_windows`` in the JSON), one section per window length.

    Period: the window (``2026-W39..2026-W42``); per team and window a ``contributions`` row (n: the sum of the
    pooled weeks' published counts) and a row per measure with its share and 95% interval. The last column says
    ``hidden`` (no week of the window shown for the team), ``too uncertain`` (no number: the interval is too
    wide), and ``3 of 4 weeks`` where a hidden week was left out of the window.
    """
    rows: list[tuple[Any, ...]] = []
    table = report.units
    week_eps = {(u, p): c.epsilon for u, row in zip(table.units, table.cells, strict=True)
                for p, c in zip(table.periods, row, strict=True)}
    for windows in report.team_windows:
        section = f"team_window_{windows.window_weeks}"
        for unit, cells in zip(windows.units, windows.cells, strict=True):
            for c in cells:
                span = f"{c.first}..{c.last}"
                if c.hidden:
                    rows.append((section, span, unit, "contributions", "", "", "", "", "", "", HIDDEN))
                    continue
                epsilon = eps(sorted({e for p in c.pooled for e in week_eps.get((unit, p), ())}))
                weeks = f"{len(c.pooled)} of {c.weeks} weeks" if c.partial else ""
                rows.append((section, span, unit, "contributions", "", "", "", "", c.n, epsilon, weeks))
                for key, v in c.metrics.items():
                    if v.too_uncertain:
                        flag = "; ".join(x for x in (TOO_UNCERTAIN, weeks) if x)
                        rows.append((section, span, unit, key, "", "", "", "", c.n, epsilon, flag))
                    else:
                        rows.append((section, span, unit, key, "", _r(v.share), _r(v.low), _r(v.high), c.n, epsilon,
                                     weeks))
    return rows
