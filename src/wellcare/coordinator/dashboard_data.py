"""What the coordinator's dashboard and ``coordinator report`` read: one object over the vault.

It puts together the contributions store, the org's aggregate settings and the coordinator's own
EAP inbox (request counts by kind and status, read through :class:`~wellcare.eap.office_inbox.EapInbox`), and
builds :class:`~wellcare.aggregates.report.AggregateReport` objects for a range of weeks and an optional unit.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from wellcare.aggregates.policy import AggregatePolicy, aggregate_policy
from wellcare.aggregates.report import AggregateReport, build_report, periods_between, report_units, shift_week
from wellcare.aggregates.store import ContributionsStore
from wellcare.aggregates.summary import Summary, build_summary
from wellcare.aggregates.team_windows import TeamWindowTable, team_window_tables
from wellcare.aggregates.windows import with_windows
from wellcare.coordinator.report_reads import ReportReads
from wellcare.eap.office_inbox import EapInbox, Triage
from wellcare.eap.protocol import RequestType
from wellcare.inbox.keys_store import load_keys
from wellcare.schedule.clock import Clock
from wellcare.vault import Vault
from wellcare.weeks import iso_week

DEFAULT_WEEKS = 12
EAP_KINDS = tuple(t.value for t in RequestType)
EAP_STATUSES = tuple(t.value for t in Triage)


class DashboardData:
    def __init__(
        self, vault: Vault, clock: Clock, settings: AggregatePolicy | None = None, profile_dir: Path | None = None
    ) -> None:
        self.vault = vault
        self.clock = clock
        self.store = ContributionsStore(vault)
        self.settings = settings if settings is not None else aggregate_policy(vault, profile_dir)
        keys = load_keys(vault)
        self.eap = EapInbox(vault, keys, clock) if keys is not None else None
        # the summary and the team heat map of the last range: they show every team whatever the unit filter,
        # so picking a team reuses them (kept while the weeks, the contributions and the settings are the same)
        self._teams: tuple[tuple[object, ...], Summary, tuple[TeamWindowTable, ...]] | None = None

    def periods(self) -> list[str]:
        """Weeks that have contributions, oldest first."""
        return self.store.periods()

    def current_week(self) -> str:
        return iso_week(self.clock.now().date())

    def default_range(self, weeks: int = DEFAULT_WEEKS) -> tuple[str, str]:
        """Up to ``weeks`` weeks ending with the latest week with data (else last week), none before the first."""
        have = self.periods()
        last = have[-1] if have else shift_week(self.current_week(), -1)
        first = shift_week(last, -(weeks - 1))
        return (max(first, have[0]) if have else first), last

    def units(self) -> tuple[str, ...]:
        return report_units(self.store, self.settings)

    def eap_counts(self, periods: Sequence[str]) -> dict[tuple[str, str], int]:
        """EAP requests received in those weeks, by (kind, status) (unsuppressed: for the office itself)."""
        counts: Counter[tuple[str, str]] = Counter()
        for week in self.eap_weekly(periods).values():
            counts.update(week)
        return dict(counts)

    def eap_weekly(self, periods: Sequence[str]) -> dict[str, dict[tuple[str, str], int]]:
        """EAP requests received per week, by (kind, status): the report adds them up into fixed 4-week blocks
        (only whole blocks of the range) and suppresses each block."""
        if self.eap is None:
            return {}
        wanted = set(periods)
        weekly: dict[str, Counter[tuple[str, str]]] = {}
        for request in self.eap.requests():
            week = iso_week(request.received_at.date())
            if week in wanted:  # also kept by a deleted request's tombstone
                weekly.setdefault(week, Counter())[(request.kind.value, request.triage.value)] += 1
        return {week: dict(counts) for week, counts in weekly.items()}

    def report(self, first: str, last: str, unit: str | None = None, windows: int = 1) -> AggregateReport:
        """The report for the weeks and unit, with its summary (floor and every team, whatever the filter) and,
        when ``windows`` is more than 1, its pooled windows of that many weeks."""
        periods = periods_between(first, last)
        store = ReportReads(self.store)  # each field's weeks read once for the summary, windows and heat map
        report = build_report(
            store,
            self.settings,
            periods,
            unit,
            eap=self.eap_weekly(periods) if self.eap is not None else None,
            eap_kinds=EAP_KINDS,
            eap_statuses=EAP_STATUSES,
            generated_at=self.clock.now(),
            eap_before=self.current_week(),
        )
        key = (tuple(periods), self.store.count(), self.settings)  # contributions are only ever added
        if self._teams is None or self._teams[0] != key:
            self._teams = (key, build_summary(store, report), team_window_tables(store, report.units))
        _, summary, team_windows = self._teams
        return replace(with_windows(report, store, windows), summary=summary, team_windows=team_windows)
