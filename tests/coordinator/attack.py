"""An attacker's view of a suppressed table, written independently of the suppression code.

It knows only what is shown (cells, row/column/grand totals) and that counts are whole numbers,
0 or more. Two attacks: exact linear algebra over all published sums, and for tiny tables an
exhaustive search for every table consistent with what is shown.
"""

from __future__ import annotations

import itertools
from fractions import Fraction

from wellcare.aggregates.suppression import Hidden, SuppressedTable

Pos = tuple[int, int]


def _grid(t: SuppressedTable) -> dict[Pos, int | None]:
    rows, cols = len(t.row_labels), len(t.col_labels)
    grid: dict[Pos, int | None] = {(r, c): t.cells[r][c] for r in range(rows) for c in range(cols)}
    grid.update({(r, cols): t.row_totals[r] for r in range(rows)})
    grid.update({(rows, c): t.col_totals[c] for c in range(cols)})
    grid[(rows, cols)] = t.grand_total
    return grid


def _equations(rows: int, cols: int) -> list[dict[Pos, int]]:
    """Each published sum as {position: coefficient} = 0."""
    eqs = []
    for r in range(rows + 1):
        eq = {(r, c): 1 for c in range(cols)}
        eq[(r, cols)] = -1
        eqs.append(eq)
    for c in range(cols + 1):
        eq = {(r, c): 1 for r in range(rows)}
        eq[(rows, c)] = -1
        eqs.append(eq)
    return eqs


def solvable_by_linear_algebra(t: SuppressedTable) -> set[Pos]:
    """Hidden entries whose value follows from the published sums (subtraction in any combination).

    A margin the view does not publish is left out: it may follow from shown cells and is no secret.
    """
    rows, cols = len(t.row_labels), len(t.col_labels)
    grid = _grid(t)
    unknown = sorted(p for p, v in grid.items() if v is None)
    col = {p: i for i, p in enumerate(unknown)}
    matrix = []
    for eq in _equations(rows, cols):
        row = [Fraction(0)] * len(unknown)
        for p, coef in eq.items():
            if p in col:
                row[col[p]] += coef
        matrix.append(row)
    # reduced row echelon form
    pivot_row = 0
    for j in range(len(unknown)):
        pick = next((i for i in range(pivot_row, len(matrix)) if matrix[i][j] != 0), None)
        if pick is None:
            continue
        matrix[pivot_row], matrix[pick] = matrix[pick], matrix[pivot_row]
        lead = matrix[pivot_row][j]
        matrix[pivot_row] = [x / lead for x in matrix[pivot_row]]
        for i in range(len(matrix)):
            if i != pivot_row and matrix[i][j] != 0:
                factor = matrix[i][j]
                matrix[i] = [a - factor * b for a, b in zip(matrix[i], matrix[pivot_row], strict=True)]
        pivot_row += 1
    solved = {unknown[row.index(next(x for x in row if x != 0))] for row in matrix if sum(x != 0 for x in row) == 1}
    return {p for p in solved if t.hidden[p] is not Hidden.NOT_SHOWN}  # an unpublished margin is no secret


def feasible_values(t: SuppressedTable, true_counts: list[list[int]],
                    limit: int = 300_000) -> dict[Pos, set[int]] | None:
    """Every value each hidden entry takes over all tables consistent with what is shown.

    None if the search would be larger than ``limit`` (the caller skips such tables).
    """
    rows, cols = len(t.row_labels), len(t.col_labels)
    grid = _grid(t)
    # where nothing shown bounds an entry, search up to a little past the true total (an attacker
    # who knew the hidden total exactly would learn an all-zero table from it; that is not a leak)
    cap = sum(map(sum, true_counts)) + 10
    options: list[list[tuple[int, ...]]] = []
    for r in range(rows):
        hidden = [c for c in range(cols) if grid[(r, c)] is None]
        bounds = [grid[(rows, c)] if grid[(rows, c)] is not None else cap for c in hidden]
        found = [combo for combo in itertools.product(*(range(b + 1) for b in bounds))
                 if grid[(r, cols)] is None
                 or sum(combo) + sum(grid[(r, c)] or 0 for c in range(cols) if c not in hidden) == grid[(r, cols)]]
        options.append(found)
        if len(found) > limit:
            return None
    size = 1
    for found in options:
        size *= max(1, len(found))
    if size > limit:
        return None
    secret = [p for p, v in grid.items() if v is None and t.hidden[p] is not Hidden.NOT_SHOWN]
    values: dict[Pos, set[int]] = {p: set() for p in secret}
    for choice in itertools.product(*options):
        full = [list(t.cells[r]) for r in range(rows)]
        for r in range(rows):
            hidden = [c for c in range(cols) if grid[(r, c)] is None]
            for c, v in zip(hidden, choice[r], strict=True):
                full[r][c] = v
        filled: dict[Pos, int] = {(r, c): full[r][c] for r in range(rows) for c in range(cols)}  # type: ignore[misc]
        for r in range(rows):
            filled[(r, cols)] = sum(full[r])  # type: ignore[arg-type]
        for c in range(cols):
            filled[(rows, c)] = sum(full[r][c] for r in range(rows))  # type: ignore[misc]
        filled[(rows, cols)] = sum(filled[(r, cols)] for r in range(rows))
        if any(v is not None and filled[p] != v for p, v in grid.items()):
            continue
        for p in values:
            values[p].add(filled[p])
    return values
