"""Small-group suppression for dashboard tables, with complementary suppression and a filter check.

Why both kinds: hiding a cell under the minimum group size (5 by default, never below 3) is not
enough when row and column totals are shown, since the hidden cell is the total minus the rest
(Glint hides the next-smallest cell too; Culture Amp refuses a filter whose remainder is small).

The table is audited as the linear system it publishes: every row and column (the totals row and
column included) says "members add up to the margin". A hidden entry is protected only if another
table, equal in every shown number and with no negative count, differs in it by one; such a table
exists exactly when the entry lies on a cycle of hidden entries that can be shifted by ±1 without
taking a zero below zero. Hidden entries failing that get more company until all pass.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

MIN_GROUP_SIZE_DEFAULT = 5
MIN_GROUP_SIZE_FLOOR = 3

Position = tuple[int, int]  # (row, column); row == n_rows is the totals row, column == n_cols the totals column


class MinGroupSizeError(ValueError):
    """The configured minimum group size is unusable (below the floor of 3, or not a whole number)."""


def check_min_group_size(value: int) -> int:
    """Refuse a minimum group size below 3: with 2, either member can subtract the other."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise MinGroupSizeError(f"the minimum group size must be a whole number, not {value!r}")
    if value < MIN_GROUP_SIZE_FLOOR:
        raise MinGroupSizeError(f"the minimum group size is {value}, below the floor of {MIN_GROUP_SIZE_FLOOR}: "
                                f"groups that small identify people (the usual value is {MIN_GROUP_SIZE_DEFAULT})")
    return value


class Hidden(Enum):
    """Why an entry is hidden."""

    SMALL = "small"  # its own group is under the minimum
    COMPLEMENTARY = "complementary"  # hidden so that a small one cannot be worked out by subtraction
    NOT_SHOWN = "not_shown"  # a margin the view does not publish


@dataclass(frozen=True)
class CountTable:
    """Counts per (row, column), e.g. contributing counselors per unit × week."""

    row_labels: tuple[str, ...]
    col_labels: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]

    def __post_init__(self) -> None:
        if not self.row_labels or not self.col_labels:
            raise ValueError("a table needs at least one row and one column")
        if len(self.counts) != len(self.row_labels) or any(len(row) != len(self.col_labels) for row in self.counts):
            raise ValueError("counts must have one row per row label and one value per column label")
        for row in self.counts:
            for n in row:
                if isinstance(n, bool) or not isinstance(n, int) or n < 0:
                    raise ValueError(f"counts must be whole numbers, 0 or more, not {n!r}")

    @classmethod
    def of(cls, row_labels: Sequence[str], col_labels: Sequence[str], counts: Sequence[Sequence[int]]) -> CountTable:
        return cls(tuple(row_labels), tuple(col_labels), tuple(tuple(row) for row in counts))


@dataclass(frozen=True)
class SuppressedTable:
    """What may be shown: None marks a hidden entry, ``hidden`` says why."""

    row_labels: tuple[str, ...]
    col_labels: tuple[str, ...]
    cells: tuple[tuple[int | None, ...], ...]
    row_totals: tuple[int | None, ...]
    col_totals: tuple[int | None, ...]
    grand_total: int | None
    hidden: dict[Position, Hidden]
    min_group_size: int

    def shown(self) -> list[int]:
        """Every number the table shows, margins included (for checks)."""
        values = [v for row in self.cells for v in row] + list(self.row_totals) + list(self.col_totals)
        return [v for v in [*values, self.grand_total] if v is not None]


@dataclass(frozen=True)
class _Line:
    members: tuple[Position, ...]
    margin: Position


def _extended(table: CountTable) -> dict[Position, int]:
    rows, cols = len(table.row_labels), len(table.col_labels)
    grid = {(r, c): table.counts[r][c] for r in range(rows) for c in range(cols)}
    for r in range(rows):
        grid[(r, cols)] = sum(table.counts[r])
    for c in range(cols):
        grid[(rows, c)] = sum(table.counts[r][c] for r in range(rows))
    grid[(rows, cols)] = sum(grid[(r, cols)] for r in range(rows))
    return grid


def _lines(rows: int, cols: int) -> list[_Line]:
    """Every published sum: each row (and the totals row) and each column (and the totals column)."""
    out = [_Line(tuple((r, c) for c in range(cols)), (r, cols)) for r in range(rows + 1)]
    out += [_Line(tuple((r, c) for r in range(rows)), (rows, c)) for c in range(cols + 1)]
    return out


def _pick(candidates: Sequence[Position], grid: dict[Position, int], hidden: dict[Position, Hidden]) -> Position | None:
    """The next-smallest shown entry, positive ones first: hidden zeros that add up to 0 give themselves away."""
    shown = [p for p in candidates if p not in hidden]
    return min(shown, key=lambda p: (grid[p] == 0, grid[p], p), default=None)


def _complement_for(line: _Line, grid: dict[Position, int], hidden: dict[Position, Hidden]) -> Position | None:
    """Prefer a cell to a margin: a hidden total costs the reader more."""
    member = _pick(line.members, grid, hidden)
    return member if member is not None else _pick((line.margin,), grid, hidden)


def _apply_line_rule(lines: list[_Line], grid: dict[Position, int], hidden: dict[Position, Hidden]) -> None:
    """A line with exactly one hidden entry gives it away by subtraction: hide the next-smallest one too."""
    changed = True
    while changed:
        changed = False
        for line in lines:
            inside = [hidden[p] for p in (*line.members, line.margin) if p in hidden]
            if inside in ([Hidden.SMALL], [Hidden.COMPLEMENTARY]):  # an unpublished margin is no secret
                extra = _complement_for(line, grid, hidden)
                if extra is not None:
                    hidden[extra] = Hidden.COMPLEMENTARY
                    changed = True


def _arcs(lines: list[_Line], rows: int, cols: int, hidden: dict[Position, Hidden]) -> dict[Position, tuple[int, int]]:
    """Each hidden entry as an arc between the two line-vertices it sits in.

    With the totals row's and the data columns' equations negated, every entry has +1 in one of its
    lines and −1 in the other, so the system is a network: shifting values along a cycle of hidden
    entries keeps every published sum.
    """
    ends: dict[Position, dict[int, int]] = {p: {} for p in hidden}
    for index, line in enumerate(lines):
        is_row = index <= rows  # lines are the rows 0..rows, then the columns 0..cols
        flip = -1 if (is_row and index == rows) or (not is_row and index - rows - 1 < cols) else 1
        for p in line.members:
            if p in ends:
                ends[p][index] = flip
        if line.margin in ends:
            ends[line.margin][index] = -flip
    arcs = {}
    for p, signs in ends.items():
        (a, sa), (b, sb) = signs.items()
        assert sa == -sb, "the table's equations must form a network"
        arcs[p] = (a, b) if sa == 1 else (b, a)
    return arcs


def _can_shift(entry: Position, arcs: dict[Position, tuple[int, int]], grid: dict[Position, int]) -> bool:
    """Whether ``entry`` can move by ±1 along a cycle of other hidden entries, with no count below 0."""
    def reachable(start: int, goal: int) -> bool:
        seen, todo = {start}, deque([start])
        while todo:
            here = todo.popleft()
            if here == goal:
                return True
            for p, (tail, head) in arcs.items():
                if p == entry:
                    continue
                # raising p moves along tail→head; lowering it (only if above 0) along head→tail
                for src, dst, ok in ((tail, head, True), (head, tail, grid[p] > 0)):
                    if ok and src == here and dst not in seen:
                        seen.add(dst)
                        todo.append(dst)
        return False

    tail, head = arcs[entry]
    return reachable(head, tail) or (grid[entry] > 0 and reachable(tail, head))


def suppress(table: CountTable, min_group_size: int = MIN_GROUP_SIZE_DEFAULT, *, row_totals: bool = True,
             col_totals: bool = True) -> SuppressedTable:
    """Hide every group under the minimum, then enough others that none can be worked out.

    Turn ``row_totals`` off when a row's total is not a group size: across weeks it counts
    person-weeks (tokens do not link weeks), so a unit of 3 people can total 27 and pass the minimum.
    """
    minimum = check_min_group_size(min_group_size)
    rows, cols = len(table.row_labels), len(table.col_labels)
    grid = _extended(table)
    lines = _lines(rows, cols)
    hidden: dict[Position, Hidden] = {}
    unpublished = [(r, cols) for r in range(rows)] if not row_totals else []
    unpublished += [(rows, c) for c in range(cols)] if not col_totals else []
    unpublished += [(rows, cols)] if not (row_totals or col_totals) else []
    hidden.update(dict.fromkeys(unpublished, Hidden.NOT_SHOWN))
    hidden.update({p: Hidden.SMALL for p, n in grid.items() if n < minimum and p not in hidden})
    while True:
        _apply_line_rule(lines, grid, hidden)
        arcs = _arcs(lines, rows, cols, hidden)
        # an unpublished margin may well follow from the shown cells: that is no secret
        audited = sorted(p for p, why in hidden.items() if why is not Hidden.NOT_SHOWN)
        exposed = next((p for p in audited if not _can_shift(p, arcs, grid)), None)
        if exposed is None:
            break
        around = [line for line in lines if exposed in (*line.members, line.margin)]
        extra = _pick([p for line in around for p in line.members], grid, hidden)
        if extra is None:
            extra = _pick([line.margin for line in around], grid, hidden)
        if extra is None:  # pragma: no cover - everything hidden is always safe
            break
        hidden[extra] = Hidden.COMPLEMENTARY

    def show(p: Position) -> int | None:
        return None if p in hidden else grid[p]

    return SuppressedTable(
        row_labels=table.row_labels,
        col_labels=table.col_labels,
        cells=tuple(tuple(show((r, c)) for c in range(cols)) for r in range(rows)),
        row_totals=tuple(show((r, cols)) for r in range(rows)),
        col_totals=tuple(show((rows, c)) for c in range(cols)),
        grand_total=show((rows, cols)),
        hidden=dict(hidden),
        min_group_size=minimum,
    )


@dataclass(frozen=True)
class FilterDecision:
    """Whether a filtered view may be shown; ``reason`` says why not, in words for the coordinator."""

    allowed: bool
    reason: str = ""


def check_filter(total: int, filtered: int, min_group_size: int = MIN_GROUP_SIZE_DEFAULT) -> FilterDecision:
    """Refuse a filter whose group, or whose remainder (total − filtered), is under the minimum.

    A small remainder is as revealing as a small group: the unfiltered view minus the filtered one
    describes the few people left out. A filter that keeps everyone (remainder 0) adds nothing.
    """
    minimum = check_min_group_size(min_group_size)
    for name, n in (("total", total), ("filtered", filtered)):
        if isinstance(n, bool) or not isinstance(n, int) or n < 0:
            raise ValueError(f"{name} must be a whole number, 0 or more, not {n!r}")
    if filtered > total:
        raise ValueError(f"the filtered group ({filtered}) cannot be larger than the total ({total})")
    if filtered < minimum:
        return FilterDecision(False, f"This filter leaves {filtered} people; groups under {minimum} are not shown.")
    remainder = total - filtered
    if 0 < remainder < minimum:
        return FilterDecision(False, f"This filter leaves out only {remainder} people; comparing it with the "
                                     f"unfiltered view would describe them, and groups under {minimum} are "
                                     f"not shown.")
    return FilterDecision(True)
