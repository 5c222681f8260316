"""The aggregate report as files: the JSON of ``coordinator report --json`` and the dashboard's CSV.

Split from :mod:`.report` (what the report holds and how it is built); the numbers are the
same ones the dashboard draws, rounded here only.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from wellcare.aggregates.report import SCHEMA, AggregateReport, FieldWeek, RateWeek, Why
from wellcare.aggregates.windows import pooled_json

# -- JSON and CSV ----------------------------------------------------------------------------------------

def _r(value: float | None, digits: int = 4) -> float | None:
    return None if value is None else round(value, digits)


def _field_week_json(w: FieldWeek) -> dict[str, Any]:
    out: dict[str, Any] = {"period": w.period, "n": w.n, "hidden": None if w.hidden is None else w.hidden.value}
    if w.hidden is None:
        out["epsilon"] = [round(e, 6) for e in w.epsilon]
        out["estimates"] = [
            {"category": s.category, "share": _r(s.share), "low": _r(s.low),
             "high": _r(s.high), "n": w.n, "epsilon": [round(e, 6) for e in w.epsilon]}
            for s in w.shares
        ]
    return out


def _rate_json(r: RateWeek) -> dict[str, Any]:
    return {"period": r.period, "n": r.n, "epsilon": [round(e, 6) for e in r.epsilon], "value": _r(r.value, 3),
            "low": _r(r.low, 3), "high": _r(r.high, 3), "hidden": None if r.hidden is None else r.hidden.value}


def report_json(report: AggregateReport) -> dict[str, Any]:
    settings = report.settings
    units = report.units
    doc: dict[str, Any] = {
        "schema": SCHEMA,
        "generated_at": None if report.generated_at is None else report.generated_at.isoformat(),
        "periods": list(report.periods),
        "unit": report.unit,
        "filter_refused": report.filter_refused,
        "filter_reason": None if report.filter_reason is None else report.filter_reason.value,
        "min_group_size": settings.min_group_size,
        "epsilon_per_period": round(settings.epsilon, 6),
        "notes": {
            "share": "estimated share of the week's contributions, 95% interval [low, high]; n = contributions",
            "hard_calls_per_100": "hard calls per 100 counselor-weeks from buckets 0/1/2-4/5+ valued 0/1/3/5",
            "breaks_per_week": "breaks taken per counselor-week from buckets 0/1-9/10-24/25+ valued 0/5/17/25",
        },
        "weeks": [{"period": w.period, "n": w.n, "hidden": None if w.hidden is None else w.hidden.value}
                  for w in report.weeks],
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
                    {"n": c.n, "hidden": None if c.hidden is None else c.hidden.value,
                     "epsilon": [round(e, 6) for e in c.epsilon],
                     "metrics": {k: {"share": _r(v.share), "low": _r(v.low), "high": _r(v.high)}
                                 for k, v in c.metrics.items()}}
                    for c in row
                ]
                for row in units.cells
            ],
        },
        "eap": None,
    }
    if report.eap is not None:
        grid = report.eap
        doc["eap"] = {
            "kinds": list(grid.rows),
            "statuses": list(grid.cols),
            "cells": [list(row) for row in grid.cells],
            "kind_totals": list(grid.row_totals),
            "status_totals": list(grid.col_totals),
            "total": grid.total,
        }
    return doc


CSV_HEADER = ("section", "period", "unit", "field", "category", "estimate", "low", "high", "n", "epsilon", "hidden")


def report_rows(report: AggregateReport) -> list[tuple[Any, ...]]:
    """Flat rows for a CSV (ids, not labels; the app adds translated labels beside them)."""
    unit = report.unit or "all"
    rows: list[tuple[Any, ...]] = []

    def eps(values: Sequence[float]) -> str:
        return " ".join(f"{e:.6g}" for e in values)

    for name, weeks in report.bands.items():
        for w in weeks:
            if w.hidden is not None:
                rows.append(("shares", w.period, unit, name, "", "", "", "", "", "", w.hidden.value))
                continue
            for s in w.shares:
                rows.append(("shares", w.period, unit, name, s.category, _r(s.share), _r(s.low), _r(s.high), w.n,
                             eps(w.epsilon), ""))
    for section, rates in (("hard_calls_per_100", report.hard_calls_per_100), ("breaks_per_week",
                                                                                report.breaks_per_week)):
        for r in rates:
            rows.append((section, r.period, unit, section, "", _r(r.value, 3), _r(r.low, 3), _r(r.high, 3),
                         "" if r.n is None else r.n, eps(r.epsilon), "" if r.hidden is None else r.hidden.value))
    table = report.units
    for i, u in enumerate(table.units):
        for j, p in enumerate(table.periods):
            c = table.cells[i][j]
            rows.append(("unit_week", p, u, "contributions", "", "", "", "", "" if c.n is None else c.n,
                         eps(c.epsilon), "" if c.hidden is None else c.hidden.value))
            for key, v in c.metrics.items():
                rows.append(("unit_week", p, u, key, "", _r(v.share), _r(v.low), _r(v.high), c.n, eps(c.epsilon), ""))
    for j, p in enumerate(table.periods):
        total = table.totals[j]
        rows.append(("week_total", p, "all", "contributions", "", "", "", "", "" if total is None else total, "",
                     "" if total is not None else Why.SMALL.value))
    if report.eap is not None:
        g = report.eap
        span = f"{report.periods[0]}..{report.periods[-1]}"

        def eap_row(kind: str, status: str, v: int | None, why: Why | None) -> tuple[Any, ...]:
            hidden = "" if v is not None else (why or Why.COMPLEMENTARY).value
            return ("eap_requests", span, "all", kind, status, "", "", "", "" if v is None else v, "", hidden)

        for i, kind in enumerate(g.rows):
            for j, status in enumerate(g.cols):
                rows.append(eap_row(kind, status, g.cells[i][j], g.hidden.get((i, j))))
            rows.append(eap_row(kind, "all", g.row_totals[i], None))
        for j, status in enumerate(g.cols):
            rows.append(eap_row("all", status, g.col_totals[j], None))
        rows.append(eap_row("all", "all", g.total, None))
    return rows
