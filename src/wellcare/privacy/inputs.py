"""Gather one week's true inputs from the other capabilities, coarse from the start.

Each capability is handed in as its typed Protocol (``wellcare.capabilities``). Any of them may be
missing (None): then its fields are "none" (bands) or 0 (counts). What is asked of them:

- ``WeeklyBands.latest_bands(since, until) -> {instrument_id: band_id}`` (the assess service): the
  band of the latest result of each instrument completed in [since, until). Keys "who5", "pss10" and
  "cbi" (the CBI's *client-related* subscale band; "cbi.client" is read too).
- ``WeeklyBreaks.breaks_taken_in_week(iso_week) -> int`` (the breaks service).
- ``HardCallCounts.count_in_week(iso_week) -> int`` (the incidents service).

Nothing else is read: no answers, notes, call references or item-level data.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from wellcare.aggregate_format.schema import BAND_FIELDS
from wellcare.capabilities import HardCallCounts, WeeklyBands, WeeklyBreaks
from wellcare.privacy.contribution import ContributionInputs
from wellcare.schedule.clock import Clock
from wellcare.weeks import IsoWeek, iso_week

log = logging.getLogger(__name__)

# instrument id -> (the band key in a result, the contribution field, the bands it may take)
BAND_SOURCES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    f.instrument: (f.band_key, f.id, f.categories) for f in BAND_FIELDS
}


def week_monday(period: str) -> date:
    return IsoWeek.parse(period).monday


def week_bounds(period: str, tz: tzinfo) -> tuple[datetime, datetime]:
    """[Monday 00:00, next Monday 00:00) of an ISO week, in the counselor's local zone."""
    return IsoWeek.parse(period).bounds(tz)


def previous_week(now: datetime) -> str:
    """The ISO week that ended most recently before ``now`` (local)."""
    return iso_week(now.date() - timedelta(days=7))


def next_week_start(now: datetime) -> datetime:
    """Monday 00:00 (local) of the week after the one ``now`` is in."""
    monday = now.date() - timedelta(days=now.weekday())
    assert now.tzinfo is not None
    return datetime.combine(monday + timedelta(days=7), time(0, 0), tzinfo=now.tzinfo)


def _band(bands: Mapping[str, Any], instrument: str) -> str | None:
    keys = (instrument, f"{instrument}.client", f"{instrument}_client") if instrument == "cbi" else (instrument,)
    allowed = BAND_SOURCES[instrument][2]
    for key in keys:
        value = bands.get(key)
        if isinstance(value, str) and value in allowed and value != "none":
            return value
    return None


def _count(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


class ServiceInputs:
    """Reads a week's inputs from the capabilities handed in; a missing or failing one gives none/0."""

    def __init__(
        self,
        clock: Clock,
        *,
        bands: WeeklyBands | None = None,
        breaks: WeeklyBreaks | None = None,
        hard_calls: HardCallCounts | None = None,
    ) -> None:
        self._bands = bands
        self._breaks = breaks
        self._hard_calls = hard_calls
        self._clock = clock

    def inputs(self, period: str, org_unit: str | None) -> ContributionInputs:
        tz = self._clock.now().tzinfo
        assert tz is not None
        since, until = week_bounds(period, tz)
        bands = self.bands(since, until)
        return ContributionInputs(
            **{f.input: _band(bands, f.instrument) for f in BAND_FIELDS},
            breaks_taken=self.breaks_taken(period),
            hard_calls=self.hard_calls(period),
            org_unit=org_unit,
        )

    def bands(self, since: datetime, until: datetime) -> Mapping[str, Any]:
        if self._bands is None:
            return {}
        try:
            found = self._bands.latest_bands(since, until)
        except Exception:  # another capability's trouble must not stop the week's contribution
            log.warning("could not read the week's assessment bands", exc_info=True)
            return {}
        return found if isinstance(found, Mapping) else {}

    def breaks_taken(self, period: str) -> int:
        if self._breaks is None:
            return 0
        try:
            return _count(self._breaks.breaks_taken_in_week(period))
        except Exception:  # another capability's trouble must not stop the week's contribution
            log.warning("could not read the week's breaks", exc_info=True)
            return 0

    def hard_calls(self, period: str) -> int:
        if self._hard_calls is None:
            return 0
        try:
            return _count(self._hard_calls.count_in_week(period))
        except Exception:
            log.warning("could not read the week's hard-call count", exc_info=True)
            return 0
