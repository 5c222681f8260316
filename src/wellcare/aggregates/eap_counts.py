"""EAP (and legal-support) requests by kind × status, published only per fixed 4-week block.

Per-week cells are hidden almost everywhere at real volumes (a few requests per centre-week), and
a range suppressed as a whole leaks by differencing (``--from W46 --to W46`` against ``--from W46
--to W47``). So the only EAP cells ever published are those of **fixed blocks**: four ISO weeks,
counted from the Monday of 2024-W01 (:data:`EPOCH`), the same for every query, every centre and
every definition. A block never depends on the range asked for, so no two queries can hide
different parts of one block and be subtracted from each other; and no week inside a block is
ever published on its own (a block minus its shown weeks would be a hidden week).

- each block is a tree of partitions (:mod:`.partition`): the block's requests → one count per
  kind → that kind's count per status, suppressed with the minimum and random complements keyed
  by the block (never by the query). A block with fewer requests than the minimum shows nothing;
- a range publishes only the blocks lying **wholly** inside it and already over (their last week
  is before ``before``, the current week: a block still filling up would give a week away when
  compared with its final count later). Weeks of the range in a cut or unfinished block are left
  out and listed (``left_out``); the numbers say which weeks they cover (``covered``);
- a range's cell is the sum of that cell over the blocks that show it, with the number of blocks
  that do not (``hidden_blocks``); None when no block shows it. Kind and overall totals the same
  way; a status's total is the sum of the range's shown cells in that column.

Every number is therefore a sum of numbers the single blocks publish, and no set of queries says
more than the blocks one by one. Legal-support requests are a kind like the others.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from wellcare.aggregates.partition import hidden_parts, keyed_rng
from wellcare.weeks import IsoWeek

WeekCounts = Mapping[tuple[str, str], int]  # (kind, status) -> requests received that week
BLOCK_WEEKS = 4
EPOCH = "2024-W01"  # Monday 1 January 2024: block 0 is 2024-W01..2024-W04


def block_index(period: str) -> int:
    """Which fixed block a week is in (negative before the epoch)."""
    days = (IsoWeek.parse(period).monday - IsoWeek.parse(EPOCH).monday).days
    return days // (7 * BLOCK_WEEKS)


def block_weeks(index: int) -> tuple[str, ...]:
    """The block's ISO weeks, oldest first."""
    first = IsoWeek.parse(EPOCH).shifted(index * BLOCK_WEEKS)
    return tuple(str(first.shifted(i)) for i in range(BLOCK_WEEKS))


def whole_blocks(periods: Sequence[str], before: str | None = None) -> list[tuple[str, ...]]:
    """The blocks lying wholly inside ``periods`` (consecutive weeks) and, with ``before``, over before it."""
    wanted = set(periods)
    out: list[tuple[str, ...]] = []
    for index in sorted({block_index(p) for p in periods}):
        weeks = block_weeks(index)
        if all(w in wanted for w in weeks) and (before is None or IsoWeek.parse(weeks[-1]) < IsoWeek.parse(before)):
            out.append(weeks)
    return out


@dataclass(frozen=True)
class EapBlock:
    """One block's requests after suppression: None marks a hidden count."""

    first: str
    last: str
    total: int | None
    kind_totals: tuple[int | None, ...]
    cells: tuple[tuple[int | None, ...], ...]  # [kind][status]


@dataclass(frozen=True)
class CountGrid:
    """EAP requests by kind × status over a range: sums of what each whole block in it shows."""

    rows: tuple[str, ...]  # kinds
    cols: tuple[str, ...]  # statuses
    cells: tuple[tuple[int | None, ...], ...]  # None: hidden in every block of the range (or no block)
    row_totals: tuple[int | None, ...]
    col_totals: tuple[int | None, ...]  # the column's shown cells added up
    total: int | None
    hidden_blocks: tuple[tuple[int, ...], ...]  # per cell: blocks of the range in which it is hidden
    row_hidden_blocks: tuple[int, ...]
    col_partial: tuple[bool, ...]  # some cell of the column is hidden in some block
    total_hidden_blocks: int
    blocks: tuple[EapBlock, ...]
    covered: tuple[str, ...] = ()  # the weeks the numbers cover (whole blocks only)
    left_out: tuple[str, ...] = ()  # weeks of the range in a block cut by the range or not over yet

    def shown(self) -> list[int]:
        """Every count the grid publishes (for checks: none is under the minimum unless it is a sum)."""
        values = [v for row in self.cells for v in row] + [*self.row_totals, *self.col_totals, self.total]
        return [v for v in values if v is not None]


def eap_block(weeks: Sequence[str], counts: WeekCounts, kinds: Sequence[str], statuses: Sequence[str],
              minimum: int, secret: bytes) -> EapBlock:
    """One block's tree of partitions, suppressed; complements drawn with the office's secret."""
    label = f"{weeks[0]}..{weeks[-1]}"
    cells = [[counts.get((k, s), 0) for s in statuses] for k in kinds]
    per_kind = [sum(row) for row in cells]
    total = sum(per_kind)
    kind_hidden = hidden_parts(per_kind, minimum, keyed_rng(secret, "eap-block", label), total_hidden=total < minimum)
    shown_cells = []
    for kind, row, hidden in zip(kinds, cells, kind_hidden, strict=True):
        status_hidden = hidden_parts(row, minimum, keyed_rng(secret, "eap-block", label, kind), total_hidden=hidden)
        shown_cells.append(tuple(None if h else n for n, h in zip(row, status_hidden, strict=True)))
    return EapBlock(
        weeks[0],
        weeks[-1],
        None if total < minimum else total,
        tuple(None if h else n for n, h in zip(per_kind, kind_hidden, strict=True)),
        tuple(shown_cells),
    )


def _add(values: Sequence[int | None]) -> tuple[int | None, int]:
    """(sum of the shown values or None if none is shown, how many are hidden)."""
    shown = [v for v in values if v is not None]
    return (sum(shown) if shown else None), len(values) - len(shown)


def _block_counts(weekly: Mapping[str, WeekCounts], weeks: Sequence[str]) -> dict[tuple[str, str], int]:
    out: dict[tuple[str, str], int] = {}
    for w in weeks:
        for key, n in weekly.get(w, {}).items():
            out[key] = out.get(key, 0) + n
    return out


def eap_grid(weekly: Mapping[str, WeekCounts], periods: Sequence[str], kinds: Sequence[str],
             statuses: Sequence[str], minimum: int, secret: bytes, before: str | None = None) -> CountGrid:
    """The range's grid from the suppressed counts of the whole, finished blocks in it.

    ``weekly`` holds the requests received per week (weeks missing had none); only the weeks of
    whole blocks are read. ``before``: the current week (blocks reaching it are not over).
    """
    rows = tuple(kinds) or tuple(sorted({k for counts in weekly.values() for k, _ in counts}))
    cols = tuple(statuses) or tuple(sorted({s for counts in weekly.values() for _, s in counts}))
    chosen = whole_blocks(periods, before)
    blocks = tuple(eap_block(b, _block_counts(weekly, b), rows, cols, minimum, secret) for b in chosen)
    covered = tuple(w for b in chosen for w in b)
    cells, hidden = [], []
    for r in range(len(rows)):
        pairs = [_add([b.cells[r][c] for b in blocks]) for c in range(len(cols))]
        cells.append(tuple(v for v, _ in pairs))
        hidden.append(tuple(h for _, h in pairs))
    kind_pairs = [_add([b.kind_totals[r] for b in blocks]) for r in range(len(rows))]
    total, total_hidden = _add([b.total for b in blocks])
    col_totals = tuple(_add([cells[r][c] for r in range(len(rows))])[0] for c in range(len(cols)))
    col_partial = tuple(any(cells[r][c] is None or hidden[r][c] for r in range(len(rows))) for c in range(len(cols)))
    return CountGrid(
        rows=rows,
        cols=cols,
        cells=tuple(cells),
        row_totals=tuple(v for v, _ in kind_pairs),
        col_totals=col_totals,
        total=total,
        hidden_blocks=tuple(hidden),
        row_hidden_blocks=tuple(h for _, h in kind_pairs),
        col_partial=col_partial,
        total_hidden_blocks=total_hidden,
        blocks=blocks,
        covered=covered,
        left_out=tuple(p for p in periods if p not in set(covered)),
    )
