"""An outside attacker of the aggregate report: every published number as a linear constraint.

Written from the report's documented JSON (``coordinator report --json``), not from the
suppression code. The unknowns are the true per-week cells: contributions per (unit, week) and
EAP requests per (kind, status, week). Each published number says "these cells add up to this":

- a unit's count in a week (the heat map, a unit filter's weekly N, its estimates' N);
- a unit's pooled window on the heat map (``team_windows``): its N is the sum of the weeks it lists;
- a week's total (the floor's weekly N, the heat map's week totals);
- EAP counts. Schema 1: a range's grid, its kind/status margins and total, each the sum over every
  week of the range. Schema 2: each week's total, per-kind totals and cells (``eap.weeks``), and
  the range's numbers as the sum of the weeks that show them (as documented). Schema 3: the same
  per fixed 4-week block (``eap.blocks``, each block's cells the sum of its four weeks), and the
  range's numbers as the sum of the blocks that show them. A document carrying both (``weeks``
  and ``blocks``) is read both ways: the control that weekly cells beside blocks would leak.

What the attacker also knows: counts are whole numbers, 0 or more; a week whose whole-floor total
is hidden (or an EAP week whose total is hidden) has fewer than the minimum; and, where the report
says why a number is hidden (schema 1), "small" means under the minimum and "complementary" means
at least the minimum and, the old rule being "the next-smallest shown team", at most the smallest
team shown in that week.

**Recovered.** A hidden cell (one no report publishes) is recovered when exact elimination over
the published equations determines it, or its LP bounds (non-negativity and all the above, by
``scipy.optimize.linprog``), rounded inward to whole numbers, pin it to one value, or put it wholly
below the minimum, or wholly at or above it: the attacker then knows the value, or whether the
group is small. One exception, the rule itself: when the cell's whole week is hidden as under the
minimum, the bounds [0, minimum − 1] are what the published threshold says of every such cell;
anything narrower counts as recovered.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

import numpy as np
from scipy.optimize import linprog

Var = tuple[str, ...]  # ("unit", unit, week) or ("eap", kind, status, week)
Group = frozenset[Var]


@dataclass
class Knowledge:
    """Everything published, as constraints on the true cells."""

    minimum: int = 0
    use_reasons: bool = True  # off: measure what differencing alone gives away
    variables: set[Var] = field(default_factory=set)
    equations: dict[Group, int] = field(default_factory=dict)
    contradictions: list[tuple[Group, int, int]] = field(default_factory=list)
    small: set[Group] = field(default_factory=set)  # sum ≤ minimum − 1
    large: set[Var] = field(default_factory=set)  # ≥ minimum
    at_most: dict[Var, int] = field(default_factory=dict)  # ≤ value
    root_hidden: set[Var] = field(default_factory=set)  # the cell's whole week is hidden as under the minimum
    small_published: list[tuple[str, int]] = field(default_factory=list)  # published counts under the minimum
    reports: int = 0
    window_cells: int = 0  # team-window counts read (the heat map over pooled windows)

    def equal(self, group: Iterable[Var], value: int, where: str) -> None:
        key = frozenset(group)
        if not key:
            return
        if 0 <= value < self.minimum and len(key) >= 1:
            self.small_published.append((where, value))
        known = self.equations.setdefault(key, value)
        if known != value:
            self.contradictions.append((key, known, value))

    # -- reading one report's JSON ----------------------------------------------------------------
    def read(self, doc: Mapping[str, Any]) -> None:
        self.reports += 1
        k = int(doc["min_group_size"])
        if self.minimum and self.minimum != k:
            raise ValueError("one organisation, one minimum")
        self.minimum = k
        table = doc["units"]
        units, periods = list(table["units"]), list(table["periods"])
        cell = {(u, w): ("unit", u, w) for u in units for w in periods}
        self.variables.update(cell.values())

        def week_group(w: str) -> list[Var]:
            return [cell[(u, w)] for u in units]

        for j, w in enumerate(periods):
            total = table["totals"][j]
            if total is None:
                self.small.add(frozenset(week_group(w)))
                self.root_hidden.update(week_group(w))
            else:
                self.equal(week_group(w), total, f"total {w}")
            shown = [row[j]["n"] for row in table["cells"] if row[j]["n"] is not None]
            for i, u in enumerate(units):
                c = table["cells"][i][j]
                if c["n"] is not None:
                    self.equal([cell[(u, w)]], c["n"], f"cell {u} {w}")
                else:
                    self._reason(c.get("hidden"), cell[(u, w)], shown)

        for windows in doc.get("team_windows", ()):  # a window's N: the sum of the weeks it says it pools
            for u, row in zip(windows["units"], windows["cells"], strict=True):
                for c in row:
                    if c["n"] is not None:
                        self.window_cells += 1
                        self.equal([cell[(u, w)] for w in c["weeks"]], c["n"], f"team window {u} {c['first']}")

        unit = doc["unit"]
        rows: list[Mapping[str, Any]] = list(doc["weeks"])
        for weeks in doc["bands"].values():
            rows += weeks
        rows += doc["hard_calls_per_100"] + doc["breaks_per_week"]
        for row in rows:
            w = row["period"]
            group = [cell[(unit, w)]] if unit is not None else week_group(w)
            if row["n"] is not None:
                self.equal(group, row["n"], f"{unit or 'all'} {w}")
            elif unit is None:
                self.small.add(frozenset(group))
            else:
                self._reason(row.get("hidden"), cell[(unit, w)], [])
        if doc.get("eap") is not None:
            self._read_eap(doc["eap"], periods)

    def _reason(self, why: object, var: Var, shown: list[int]) -> None:
        """Schema 1 said why a count is hidden; schema 2 says only that it is (True)."""
        if not self.use_reasons:
            return
        if why == "small":
            self.small.add(frozenset([var]))
        elif why == "complementary":
            self.large.add(var)
            if shown:  # the old rule hid the next-smallest shown team
                self.at_most[var] = min(self.at_most.get(var, math.inf), min(shown))  # type: ignore[arg-type]

    def _read_eap(self, eap: Mapping[str, Any], periods: list[str]) -> None:
        kinds, statuses = list(eap["kinds"]), list(eap["statuses"])
        e = {(kd, s, w): ("eap", kd, s, w) for kd in kinds for s in statuses for w in periods}
        self.variables.update(e.values())
        per_week = eap.get("weeks")
        if per_week is None and eap.get("blocks") is None:  # schema 1: every range number is the sum over all weeks
            def cells_in(weeks: list[str], ks: list[str], ss: list[str]) -> list[Var]:
                return [e[(kd, s, w)] for kd in ks for s in ss for w in weeks]

            for r, kd in enumerate(kinds):
                for c, s in enumerate(statuses):
                    if eap["cells"][r][c] is not None:
                        self.equal(cells_in(periods, [kd], [s]), eap["cells"][r][c], "eap cell")
                if eap["kind_totals"][r] is not None:
                    self.equal(cells_in(periods, [kd], statuses), eap["kind_totals"][r], "eap kind")
            for c, s in enumerate(statuses):
                if eap["status_totals"][c] is not None:
                    self.equal(cells_in(periods, kinds, [s]), eap["status_totals"][c], "eap status")
            if eap["total"] is not None:
                self.equal(cells_in(periods, kinds, statuses), eap["total"], "eap total")
            return
        parts: list[tuple[str, list[str]]] = []  # (label, its weeks): weeks (schema 2) or blocks (schema 3)
        if eap.get("blocks") is not None:
            for block in eap["blocks"]:
                weeks = [w for w in periods if block["first"] <= w <= block["last"]]
                assert len(weeks) == 4, "a block lies wholly inside the range"
                parts.append((f"{block['first']}..{block['last']}", weeks))
            self._eap_parts(e, kinds, statuses, eap["blocks"], parts, eap)
        if per_week is not None and eap.get("blocks") is not None:  # the control: weekly cells beside blocks
            self._eap_parts(e, kinds, statuses, per_week, [(w["period"], [w["period"]]) for w in per_week], None)
        elif per_week is not None:
            self._eap_parts(e, kinds, statuses, per_week, [(w["period"], [w["period"]]) for w in per_week], eap)

    def _eap_parts(self, e: Mapping[tuple[str, str, str], Var], kinds: list[str], statuses: list[str],
                   published: list[Mapping[str, Any]], parts: list[tuple[str, list[str]]],
                   grid: Mapping[str, Any] | None) -> None:
        """Each part's (week's or block's) suppressed tree, then the range's sums of what the parts show."""
        shown_cell: dict[tuple[str, str], list[str]] = {(kd, s): [] for kd in kinds for s in statuses}
        shown_kind: dict[str, list[str]] = {kd: [] for kd in kinds}
        shown_total: list[str] = []
        for part, (label, weeks) in zip(published, parts, strict=True):
            everything = [e[(kd, s, w)] for kd in kinds for s in statuses for w in weeks]
            if part["total"] is None:
                self.small.add(frozenset(everything))
                self.root_hidden.update(everything)  # a week or block under the minimum: the rule itself
            else:
                self.equal(everything, part["total"], f"eap {label}")
                shown_total.extend(weeks)
            for r, kd in enumerate(kinds):
                if part["kind_totals"][r] is not None:
                    self.equal([e[(kd, s, w)] for s in statuses for w in weeks], part["kind_totals"][r],
                               f"eap kind {kd} {label}")
                    shown_kind[kd].extend(weeks)
                for c, s in enumerate(statuses):
                    if part["cells"][r][c] is not None:
                        self.equal([e[(kd, s, w)] for w in weeks], part["cells"][r][c], f"eap cell {kd} {s} {label}")
                        shown_cell[(kd, s)].extend(weeks)
        if grid is None:
            return
        eap = grid
        for r, kd in enumerate(kinds):  # the range: sums of what the weeks (blocks) show
            for c, s in enumerate(statuses):
                if eap["cells"][r][c] is not None:
                    self.equal([e[(kd, s, w)] for w in shown_cell[(kd, s)]], eap["cells"][r][c], "eap range cell")
            if eap["kind_totals"][r] is not None:
                self.equal([e[(kd, s, w)] for s in statuses for w in shown_kind[kd]], eap["kind_totals"][r],
                           "eap range kind")
        for c, s in enumerate(statuses):
            if eap["status_totals"][c] is not None:
                self.equal([e[(kd, s, w)] for kd in kinds for w in shown_cell[(kd, s)]], eap["status_totals"][c],
                           "eap range status")
        if eap["total"] is not None:
            self.equal([e[(kd, s, w)] for kd in kinds for s in statuses for w in shown_total], eap["total"],
                       "eap range total")


@dataclass(frozen=True)
class Outcome:
    hidden: int  # cells no report publishes
    by_elimination: frozenset[Var]
    by_bounds: dict[Var, tuple[int, float]]  # cell -> (lower, upper) that gave it away
    small_published: list[tuple[str, int]]

    @property
    def recovered(self) -> set[Var]:
        return set(self.by_elimination) | set(self.by_bounds)

    @property
    def pinned(self) -> set[Var]:
        """Recovered to the exact value (the rest: only which side of the minimum)."""
        return set(self.by_elimination) | {v for v, (lo, hi) in self.by_bounds.items() if lo == hi}


def _published(knowledge: Knowledge) -> dict[Var, int]:
    return {next(iter(g)): v for g, v in knowledge.equations.items() if len(g) == 1}


def solve_exactly(knowledge: Knowledge, secret: list[Var], known: Mapping[Var, int]) -> set[Var]:
    """Hidden cells that follow from the published sums alone (rational Gauss-Jordan elimination)."""
    index = {v: i for i, v in enumerate(secret)}
    rows: list[dict[int, Fraction]] = []
    for group, value in knowledge.equations.items():
        row = {index[v]: Fraction(1) for v in group if v in index}
        if row:
            rhs = value - sum(known[v] for v in group if v not in index)
            row[-1] = Fraction(rhs)
            rows.append(row)
    pivots: list[tuple[int, dict[int, Fraction]]] = []
    for row in rows:  # reduce each new row by the pivots so far, then make it a pivot
        for col, prow in pivots:
            factor = row.get(col)
            if factor:
                for j, x in prow.items():
                    row[j] = row.get(j, Fraction(0)) - factor * x
                    if row[j] == 0 and j != -1:
                        del row[j]
        lead = min((j for j in row if j != -1), default=None)
        if lead is None:
            continue
        scale = row[lead]
        row = {j: x / scale for j, x in row.items()}
        for n, (col, prow) in enumerate(pivots):  # keep the pivots reduced (Gauss-Jordan)
            factor = prow.get(lead)
            if factor:
                for j, x in row.items():
                    prow[j] = prow.get(j, Fraction(0)) - factor * x
                    if prow[j] == 0 and j != -1:
                        del prow[j]
                pivots[n] = (col, prow)
        pivots.append((lead, row))
    return {secret[col] for col, row in pivots if [j for j in row if j != -1] == [col]}


def _components(knowledge: Knowledge, secret: list[Var]) -> list[list[Var]]:
    """Hidden cells linked by some constraint, so that each linear program stays small."""
    parent = {v: v for v in secret}

    def find(v: Var) -> Var:
        while parent[v] != v:
            parent[v] = parent[parent[v]]
            v = parent[v]
        return v

    for group in [*knowledge.equations, *knowledge.small]:
        members = [v for v in group if v in parent]
        for v in members[1:]:
            parent[find(v)] = find(members[0])
    out: dict[Var, list[Var]] = {}
    for v in secret:
        out.setdefault(find(v), []).append(v)
    return list(out.values())


def bounds(knowledge: Knowledge, cells: list[Var], known: Mapping[Var, int]) -> dict[Var, tuple[float, float]]:
    """Each cell's smallest and largest value over every non-negative solution of what is known."""
    index = {v: i for i, v in enumerate(cells)}
    a_eq, b_eq, a_ub, b_ub = [], [], [], []
    for group, value in knowledge.equations.items():
        if any(v in index for v in group):
            row = np.zeros(len(cells))
            for v in group:
                if v in index:
                    row[index[v]] = 1
            a_eq.append(row)
            b_eq.append(value - sum(known.get(v, 0) for v in group if v not in index))
    for group in knowledge.small:
        if any(v in index for v in group):
            row = np.zeros(len(cells))
            for v in group:
                if v in index:
                    row[index[v]] = 1
            a_ub.append(row)
            b_ub.append(knowledge.minimum - 1 - sum(known.get(v, 0) for v in group if v not in index))
    for v in knowledge.large & set(index):
        row = np.zeros(len(cells))
        row[index[v]] = -1
        a_ub.append(row)
        b_ub.append(-knowledge.minimum)
    for v, top in knowledge.at_most.items():
        if v in index:
            row = np.zeros(len(cells))
            row[index[v]] = 1
            a_ub.append(row)
            b_ub.append(top)
    out = {}
    for v, i in index.items():
        found = []
        for sign in (1, -1):
            c = np.zeros(len(cells))
            c[i] = sign
            res = linprog(c, A_ub=np.array(a_ub) if a_ub else None, b_ub=b_ub or None,
                          A_eq=np.array(a_eq) if a_eq else None, b_eq=b_eq or None,
                          bounds=(0, None), method="highs")
            if res.status == 3:  # unbounded
                found.append(math.inf)
            elif res.status != 0:
                raise AssertionError(f"the published numbers admit no solution ({res.message}): {v}")
            else:
                found.append(sign * res.fun)
        out[v] = (found[0], found[1])
    return out


def attack(knowledge: Knowledge) -> Outcome:
    known = _published(knowledge)
    secret = sorted(knowledge.variables - set(known))
    if knowledge.contradictions:
        raise AssertionError(f"two reports disagree on the same sum: {knowledge.contradictions[:3]}")
    exact = solve_exactly(knowledge, secret, known)
    k = knowledge.minimum
    given_away: dict[Var, tuple[int, float]] = {}
    for component in _components(knowledge, secret):
        for v, (low, high) in bounds(knowledge, component, known).items():
            lo = math.ceil(low - 1e-7)
            hi = math.floor(high + 1e-7) if math.isfinite(high) else math.inf
            if v in knowledge.root_hidden and lo == 0 and hi == k - 1:
                continue  # all the threshold says of a week under the minimum
            if lo == hi or hi <= k - 1 or lo >= k:
                given_away[v] = (lo, hi)
    return Outcome(len(secret), frozenset(exact), given_away, list(knowledge.small_published))
