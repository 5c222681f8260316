"""The contributions store as one report reads it: each field's one-field tallies read once for every unit.

A report's summary asks :meth:`ContributionsStore.window_tallies` for every team × measure × window
(216 queries for 26 teams, each reading every unit's cells of the weeks and keeping one unit's);
the pooled windows and the team heat map ask again for the same weeks. :class:`ReportReads` reads
each (field, weeks) once and splits it by unit, so the same tallies come back from one query
(issue #16: a year's report of a 5,000-counselor centre). It lives for one report: a new import
is read by the next one.
"""

from __future__ import annotations

from collections.abc import Sequence

from wellcare.aggregates.store import ContributionsStore, Tally

Budgets = dict[tuple[float, float], list[Tally]]


class ReportReads(ContributionsStore):
    """A :class:`ContributionsStore` that answers repeated window and scheme reads from memory."""

    def __init__(self, store: ContributionsStore) -> None:
        super().__init__(store.vault)
        self._windows: dict[tuple[str, tuple[str, ...]], dict[str, Budgets]] = {}
        self._every: dict[tuple[str, tuple[str, ...]], Budgets] = {}
        self._schemes: dict[tuple[str, ...], dict[str, int]] = {}

    def week_schemes(self, periods: Sequence[str]) -> dict[str, int]:
        key = tuple(periods)
        if key not in self._schemes:
            self._schemes[key] = super().week_schemes(periods)
        return dict(self._schemes[key])

    def window_tallies(self, field: str, periods: Sequence[str], units: Sequence[str] | None = None) -> Budgets:
        key = (field, tuple(periods))
        if key not in self._every:
            every = super().window_tallies(field, periods)
            by_unit: dict[str, Budgets] = {}
            for budget, tallies in every.items():
                for tally in tallies:
                    by_unit.setdefault(tally.unit, {}).setdefault(budget, []).append(tally)
            self._every[key], self._windows[key] = every, by_unit
        if units is None:
            return {budget: list(tallies) for budget, tallies in self._every[key].items()}
        if len(units) == 1:
            return _in_store_order(self._windows[key].get(units[0], {}))
        kept = {budget: [t for t in tallies if t.unit in units] for budget, tallies in self._every[key].items()}
        return _in_store_order({budget: tallies for budget, tallies in kept.items() if tallies})


def _in_store_order(budgets: Budgets) -> Budgets:
    """The budgets in the order the store's query meets them (rows by week, unit, ε₁, ε∞, report)."""
    def first_row(item: tuple[tuple[float, float], list[Tally]]) -> tuple[str, str, float, float, str]:
        (epsilon, epsilon_value), tallies = item
        return tallies[0].period, tallies[0].unit, epsilon, epsilon_value, tallies[0].report

    return {budget: list(tallies) for budget, tallies in sorted(budgets.items(), key=first_row)}
