"""Gather one week's true inputs from the other capabilities, coarse from the start.

Breaks are handed in as a typed ``WeeklyBreaks`` (``wellcare.capabilities``); the others still
meet in the app's ``services`` mapping (see docs/ARCHITECTURE.md). Any of them may be missing: then
its fields are "none" (bands) or 0 (counts). What is asked of them:

- ``services["assess"].latest_bands(since, until) -> {instrument_id: band_id}``: the band of the
  latest result of each instrument completed in [since, until). Keys "who5", "pss10" and "cbi"
  (the CBI's *client-related* subscale band; "cbi.client" is read too). Until the assess
  capability has that method, :func:`bands_from_results` reads its results through its store.
- ``WeeklyBreaks.breaks_taken_in_week(iso_week) -> int`` (the breaks service).
- ``services["incidents"].count_in_week(iso_week) -> int``.

Nothing else is read: no answers, notes, call references or item-level data.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from wellcare.aggregate_format.schema import BAND_FIELDS
from wellcare.capabilities import WeeklyBreaks
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


def bands_from_results(results: Iterable[Any], since: datetime, until: datetime) -> dict[str, str]:
    """The latest band per instrument among stored results completed in [since, until).

    ``results`` are the assess store's ``StoredResult`` objects (``completed_at``,
    ``instrument_id``, ``result.bands``); only the band ids listed in :data:`BAND_SOURCES` are read.
    """
    latest: dict[str, tuple[datetime, str]] = {}
    for stored in results:
        instrument = getattr(stored, "instrument_id", None)
        if instrument not in BAND_SOURCES:
            continue
        when = stored.completed_at
        if not since <= when < until:
            continue
        band = stored.result.bands.get(BAND_SOURCES[instrument][0])
        if isinstance(band, str) and (instrument not in latest or when >= latest[instrument][0]):
            latest[instrument] = (when, band)
    return {instrument: band for instrument, (_, band) in latest.items()}


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
    """Reads a week's inputs from the app's services; a missing or failing service gives none/0.

    ``assess_results`` is the fallback for an assess service without ``latest_bands``: a callable
    returning its stored results (the feature passes one that reads the assess store). ``breaks`` is
    the breaks capability itself (None without one: 0 breaks).
    """

    def __init__(
        self,
        services: Mapping[str, Any],
        clock: Clock,
        assess_results: Callable[[], Iterable[Any]] | None = None,
        *,
        breaks: WeeklyBreaks | None = None,
    ) -> None:
        self._services = services
        self._breaks = breaks
        self._clock = clock
        self._assess_results = assess_results
        self.gaps: set[str] = set()  # what had to be read through a fallback (for the lead's log)

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
        assess = self._services.get("assess")
        if assess is None:
            return {}
        try:
            method = getattr(assess, "latest_bands", None)
            if callable(method):
                found = method(since, until)
                return found if isinstance(found, Mapping) else {}
            self.gaps.add("assess.latest_bands")
            if self._assess_results is None:
                return {}
            return bands_from_results(self._assess_results(), since, until)
        except Exception:  # another capability's trouble must not stop the week's contribution
            log.warning("could not read the week's assessment bands", exc_info=True)
            return {}

    def breaks_taken(self, period: str) -> int:
        if self._breaks is None:
            return 0
        try:
            return _count(self._breaks.breaks_taken_in_week(period))
        except Exception:  # another capability's trouble must not stop the week's contribution
            log.warning("could not read the week's breaks", exc_info=True)
            return 0

    def hard_calls(self, period: str) -> int:
        incidents = self._services.get("incidents")
        method = getattr(incidents, "count_in_week", None)
        if not callable(method):
            return 0
        try:
            return _count(method(period))
        except Exception:
            log.warning("could not read the week's hard-call count", exc_info=True)
            return 0
