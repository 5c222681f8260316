"""EAP requests by kind × status for a range of weeks, built only from each week's suppressed counts.

A grid suppressed once for the whole range leaks by differencing: ``--from W46 --to W46`` and
``--from W46 --to W47`` hide different cells, and one minus the other gives a hidden week's count.
So the cells are per week, and a range only adds up what its weeks show:

- each week is a tree of partitions (:mod:`.partition`): the week's requests → one count per
  kind → that kind's count per status. A week with fewer requests than the minimum shows nothing;
- a range's cell is the sum of that cell over the weeks that show it, with the number of weeks
  that do not (``hidden_weeks``); None when no week shows it. Kind and overall totals the same way;
  a status's total is the sum of the range's shown cells in that column.

Every number in the range is therefore a sum of numbers the single weeks publish, and no set of
queries says more than the weeks one by one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from wellcare.aggregates.partition import hidden_parts, keyed_rng

WeekCounts = Mapping[tuple[str, str], int]  # (kind, status) -> requests received that week


@dataclass(frozen=True)
class EapWeek:
    """One week's requests after suppression: None marks a hidden count."""

    period: str
    total: int | None
    kind_totals: tuple[int | None, ...]
    cells: tuple[tuple[int | None, ...], ...]  # [kind][status]


@dataclass(frozen=True)
class CountGrid:
    """EAP requests by kind × status over a range: sums of what each week shows."""

    rows: tuple[str, ...]  # kinds
    cols: tuple[str, ...]  # statuses
    cells: tuple[tuple[int | None, ...], ...]  # None: hidden in every week of the range
    row_totals: tuple[int | None, ...]
    col_totals: tuple[int | None, ...]  # the column's shown cells added up
    total: int | None
    hidden_weeks: tuple[tuple[int, ...], ...]  # per cell: weeks of the range in which it is hidden
    row_hidden_weeks: tuple[int, ...]
    col_partial: tuple[bool, ...]  # some cell of the column is hidden in some week
    total_hidden_weeks: int
    weeks: tuple[EapWeek, ...]

    def shown(self) -> list[int]:
        """Every count the grid publishes (for checks: none is under the minimum unless it is a sum)."""
        values = [v for row in self.cells for v in row] + [*self.row_totals, *self.col_totals, self.total]
        return [v for v in values if v is not None]


def eap_week(period: str, counts: WeekCounts, kinds: Sequence[str], statuses: Sequence[str], minimum: int,
             secret: bytes) -> EapWeek:
    """One week's tree of partitions, suppressed; complements drawn with the office's secret."""
    cells = [[counts.get((k, s), 0) for s in statuses] for k in kinds]
    per_kind = [sum(row) for row in cells]
    total = sum(per_kind)
    kind_hidden = hidden_parts(per_kind, minimum, keyed_rng(secret, "eap", period), total_hidden=total < minimum)
    shown_cells = []
    for kind, row, hidden in zip(kinds, cells, kind_hidden, strict=True):
        status_hidden = hidden_parts(row, minimum, keyed_rng(secret, "eap", period, kind), total_hidden=hidden)
        shown_cells.append(tuple(None if h else n for n, h in zip(row, status_hidden, strict=True)))
    return EapWeek(
        period,
        None if total < minimum else total,
        tuple(None if h else n for n, h in zip(per_kind, kind_hidden, strict=True)),
        tuple(shown_cells),
    )


def _add(values: Sequence[int | None]) -> tuple[int | None, int]:
    """(sum of the shown values or None if none is shown, how many are hidden)."""
    shown = [v for v in values if v is not None]
    return (sum(shown) if shown else None), len(values) - len(shown)


def eap_grid(weekly: Mapping[str, WeekCounts], periods: Sequence[str], kinds: Sequence[str],
             statuses: Sequence[str], minimum: int, secret: bytes) -> CountGrid:
    """The range's grid from each week's suppressed counts (weeks without requests count as 0 requests)."""
    rows = tuple(kinds) or tuple(sorted({k for counts in weekly.values() for k, _ in counts}))
    cols = tuple(statuses) or tuple(sorted({s for counts in weekly.values() for _, s in counts}))
    weeks = tuple(eap_week(p, weekly.get(p, {}), rows, cols, minimum, secret) for p in periods)
    cells, hidden = [], []
    for r in range(len(rows)):
        pairs = [_add([w.cells[r][c] for w in weeks]) for c in range(len(cols))]
        cells.append(tuple(v for v, _ in pairs))
        hidden.append(tuple(h for _, h in pairs))
    kind_pairs = [_add([w.kind_totals[r] for w in weeks]) for r in range(len(rows))]
    total, total_hidden = _add([w.total for w in weeks])
    col_totals = tuple(_add([cells[r][c] for r in range(len(rows))])[0] for c in range(len(cols)))
    col_partial = tuple(any(cells[r][c] is None or hidden[r][c] for r in range(len(rows))) for c in range(len(cols)))
    return CountGrid(
        rows=rows,
        cols=cols,
        cells=tuple(cells),
        row_totals=tuple(v for v, _ in kind_pairs),
        col_totals=col_totals,
        total=total,
        hidden_weeks=tuple(hidden),
        row_hidden_weeks=tuple(h for _, h in kind_pairs),
        col_partial=col_partial,
        total_hidden_weeks=total_hidden,
        weeks=weeks,
    )
