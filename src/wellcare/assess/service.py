"""Self-assessments as a service: the store on the open vault, the instruments, reminders, weekly bands.

Qt-free: the assess screens (``wellcare.ui.assess``) and headless callers share it. It survives a
lock and unlock (the store is re-made on the vault the getter returns now). It is the ``WeeklyBands``
capability (``wellcare.capabilities``): privacy's weekly contribution reads the week's bands here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, time
from pathlib import Path

from wellcare.aggregate_format.schema import BAND_FIELDS
from wellcare.assess import reminders
from wellcare.assess.errors import InstrumentFormatError
from wellcare.assess.loader import Catalog, load_with_packs
from wellcare.assess.model import Instrument
from wellcare.assess.reminders import RECHECK_AFTER, ReminderStatus, Snooze
from wellcare.assess.store import COMPONENT, AssessmentStore, StoredResult
from wellcare.schedule.clock import Clock
from wellcare.vault import Vault

log = logging.getLogger(__name__)

# The shipped instruments in the order a counselor meets them: the regular ones first.
DISPLAY_ORDER = ("who5", "pss10", "cbi", "k6", "phq9", "gad7")

# instrument id -> the band of its result that a weekly summary may carry (never item answers): the
# band fields of the one table of aggregate fields
WEEKLY_BAND_KEYS: Mapping[str, str] = {f.instrument: f.band_key for f in BAND_FIELDS}


def _nothing() -> None:
    return None


def _english() -> str:
    return "en"


def bands_from_results(results: Iterable[StoredResult], since: datetime, until: datetime) -> dict[str, str]:
    """The latest band per instrument of :data:`WEEKLY_BAND_KEYS` among results completed in [since, until)."""
    latest: dict[str, tuple[datetime, str]] = {}
    for stored in results:
        instrument = stored.instrument_id
        key = WEEKLY_BAND_KEYS.get(instrument)
        when = stored.completed_at
        if key is None or not since <= when < until:
            continue
        band = stored.result.bands.get(key)
        if isinstance(band, str) and (instrument not in latest or when >= latest[instrument][0]):
            latest[instrument] = (when, band)
    return {instrument: band for instrument, (_, band) in latest.items()}


@dataclass(frozen=True)
class LoadedCatalog:
    catalog: Catalog | None  # None: the shipped instrument files are broken (self-checks unavailable)
    pack_problems: tuple[str, ...] = ()


def latest_per_instrument(results: Iterable[StoredResult]) -> list[StoredResult]:
    """Each instrument's latest result, newest first (what an EAP request may attach, scores and bands only)."""
    latest: dict[str, StoredResult] = {}
    for stored in results:
        if stored.instrument_id not in latest or stored.completed_at >= latest[stored.instrument_id].completed_at:
            latest[stored.instrument_id] = stored
    return sorted(latest.values(), key=lambda s: s.completed_at, reverse=True)


def load_catalog(pack_folder: Path | None) -> LoadedCatalog:
    """The shipped instruments plus the organisation's packs; a broken pack file is skipped and named."""
    try:
        loaded = load_with_packs(pack_folder)
    except InstrumentFormatError:
        log.error("instrument files are broken; self-checks are unavailable")
        return LoadedCatalog(None)
    for problem in loaded.problems:  # file and key only: a pack holds no answers
        log.warning("instrument pack skipped: %s", problem)
    return LoadedCatalog(loaded.catalog, tuple(loaded.problems))


@dataclass
class AssessService:
    """What every assess screen and job needs; ``vault()`` raises VaultError while the app is locked."""

    vault: Callable[[], Vault]
    clock: Clock
    catalog: Catalog = field(default_factory=lambda: Catalog({}))
    language: Callable[[], str] = _english
    day_start: time = time(9, 0)
    changed: Callable[[], None] = _nothing  # results, drafts, cadences or snoozes changed
    pack_problems: tuple[str, ...] = ()  # org-pack files that were skipped, each "<file>: <key>: <problem>"
    _store: AssessmentStore | None = field(default=None, init=False, repr=False)

    @property
    def store(self) -> AssessmentStore:
        """The store on the open vault (made again after an unlock)."""
        vault = self.vault()
        if self._store is None or self._store.vault is not vault:
            self._store = AssessmentStore(vault, self.clock)
        return self._store

    @property
    def lang(self) -> str:
        return self.language()

    def instruments(self) -> list[Instrument]:
        """Every loaded instrument, shipped ones in DISPLAY_ORDER, then org packs as loaded."""
        rank = {instrument_id: index for index, instrument_id in enumerate(DISPLAY_ORDER)}
        return sorted(self.catalog, key=lambda i: rank.get(i.id, len(rank)))

    def statuses(self) -> list[ReminderStatus]:
        store = self.store
        return reminders.plan(store.reminder_records(self.catalog.ids), store.reminders_since())

    def snooze(self, instrument_ids: list[str], choice: Snooze) -> datetime:
        until = reminders.snooze_until(self.clock.now(), choice, self.day_start)
        for instrument_id in instrument_ids:
            self.store.snooze(instrument_id, until)
        self.changed()
        return until

    def set_recheck(self, instrument_id: str) -> datetime:
        when = self.clock.now() + RECHECK_AFTER
        self.store.set_recheck(instrument_id, when)
        self.changed()
        return when

    def recheck_at(self, instrument_id: str) -> datetime | None:
        records = self.store.reminder_records([instrument_id])
        return records[0].recheck_at if records else None

    def latest_results(self) -> list[StoredResult]:
        """Each instrument's latest result, newest first; a vault that never stored one is left untouched."""
        if self.vault().component_version(COMPONENT) == 0:
            return []
        return latest_per_instrument(self.store.results())

    # -- WeeklyBands ---------------------------------------------------------------------------------
    def latest_bands(self, since: datetime, until: datetime) -> Mapping[str, str]:
        """The latest band per instrument completed in [since, until): ``{"who5": "good", "cbi": "low"}``."""
        return bands_from_results(self.store.results(), since, until)
