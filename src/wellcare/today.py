"""The Today page's cards as plain data, and the rules that decide them (Qt-free).

Each capability turns its own record into one of the summaries below (``breaks.today``,
``assess.today``, ``eap.today``, ``programs.today``, ``inbox.last_import``) and hands a source to
the :class:`TodayBoard` of ``ctx.capabilities``; the page reads the board and only renders. The
rules a counselor notices live here or beside each capability, so they are tested without Qt:
the countdown (:meth:`NextBreak.seconds_left`), urgent requests first (:func:`urgent_first`), and
the greeting that is never "welcome back" on a first run (:func:`greeting`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, Protocol

log = logging.getLogger(__name__)

SEEN_SETTING = "today.last_seen"  # vault setting: when the Today page was last opened on this profile


class Greeting(StrEnum):
    FIRST_RUN = "first_run"  # the profile was just made: a welcome, never "welcome back"
    RETURNING = "returning"


def greeting(last_seen: datetime | None) -> Greeting:
    """A profile that never showed its Today page is on its first run."""
    return Greeting.FIRST_RUN if last_seen is None else Greeting.RETURNING


class Settings(Protocol):
    """The vault's small-value settings (named here without importing the vault)."""

    def get_setting(self, key: str, default: Any = None) -> Any: ...

    def set_setting(self, key: str, value: Any) -> None: ...


def run_greeting(board: TodayBoard, settings: Settings, now: datetime) -> Greeting:
    """This run's greeting, decided the first time Today is built, which also records this visit."""
    if board.greeting is None:
        value = settings.get_setting(SEEN_SETTING)
        try:
            last_seen = datetime.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            last_seen = None
        board.greeting = greeting(last_seen)
        settings.set_setting(SEEN_SETTING, now.isoformat())
    return board.greeting


# -- the counselor's cards ---------------------------------------------------------------------------


@dataclass(frozen=True)
class NextBreak:
    """The next recovery break. ``at`` None: none planned; ``on_break``/``held_by_call`` say why not counting."""

    at: datetime | None
    on_break: bool = False
    held_by_call: bool = False

    def seconds_left(self, now: datetime) -> int | None:
        """Whole seconds until the break (0 once due); None when nothing counts down."""
        if self.at is None or self.on_break or self.held_by_call:
            return None
        return max(0, int(-(-(self.at - now).total_seconds() // 1)))


@dataclass(frozen=True)
class CheckInToday:
    """Today's mood check-in: when it was done, or None."""

    done_at: datetime | None

    @property
    def done(self) -> bool:
        return self.done_at is not None


@dataclass(frozen=True)
class SelfChecksDue:
    """Self-checks whose reminder is due and not snoozed (instrument ids and their short names)."""

    due: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class EapReply:
    request_id: int
    status: str  # the eap Status value the reply brought ("received", "scheduled", "done", "cancelled")
    at: datetime
    appointment: datetime | None = None


@dataclass(frozen=True)
class EapReplies:
    """Replies from the EAP office the counselor has not opened yet, newest first."""

    new: tuple[EapReply, ...]


@dataclass(frozen=True)
class NewOffers:
    """Offers from the EAP office the counselor was told about and has not looked at (titles)."""

    titles: tuple[str, ...]


@dataclass(frozen=True)
class SurgeToday:
    """A surge notice in force: the coordinator's reason, its end (from the signed notice, never made up)
    and what the policy's [surge] changes (None/False: not stated, so unchanged)."""

    reason: tuple[tuple[str, str], ...]  # (language, text)
    until: datetime
    micro_every_min: int | None = None
    rest_every_min: int | None = None
    decompression_after_hard_call: bool = False
    council: str = ""  # the council's name when the EAP office forwarded its council's notice

    @property
    def changes_anything(self) -> bool:
        return self.micro_every_min is not None or self.rest_every_min is not None or self.decompression_after_hard_call

    def text(self, language: str) -> str:
        """The reason in ``language``, else in the language the notice has."""
        texts = dict(self.reason)
        return texts.get(language) or next(iter(texts.values()), "")


# -- the coordinator's cards -------------------------------------------------------------------------


@dataclass(frozen=True)
class WaitingRequest:
    short_id: str
    kind: str  # RequestType value
    urgent: bool
    received_at: datetime


@dataclass(frozen=True)
class RequestsWaiting:
    """New requests in the EAP inbox, urgent first (see :func:`urgent_first`)."""

    requests: tuple[WaitingRequest, ...]

    @property
    def urgent(self) -> int:
        return sum(1 for r in self.requests if r.urgent)


def urgent_first(requests: Sequence[WaitingRequest]) -> tuple[WaitingRequest, ...]:
    """Urgent before the rest; within each, the oldest first (it has waited longest)."""
    return tuple(sorted(requests, key=lambda r: (not r.urgent, r.received_at)))


@dataclass(frozen=True)
class LastImport:
    """The last run of the inbox import: when, and how many files it accepted (None: never ran)."""

    at: datetime | None
    accepted: int = 0


@dataclass(frozen=True)
class OfferSeatsLine:
    title: str
    taken: int
    seats: int | None  # None: no limit

    @property
    def left(self) -> int | None:
        return None if self.seats is None else max(0, self.seats - self.taken)


@dataclass(frozen=True)
class Enrollments:
    """Seats taken and left per published offer (None: the offers folder could not be read yet)."""

    offers: tuple[OfferSeatsLine, ...] | None


TodaySummary = (
    SurgeToday | NextBreak | CheckInToday | SelfChecksDue | EapReplies | NewOffers | RequestsWaiting | LastImport
    | Enrollments
)
TodaySource = Callable[[datetime], Sequence[TodaySummary]]


@dataclass
class TodayBoard:
    """Where capabilities put their Today sources and say when what they summarise changed.

    A source that fails (a locked vault, a share gone) is left out of this read and logged: one
    card's trouble never empties the page.
    """

    sources: list[TodaySource] = field(default_factory=list)
    # what a card's button does, by name: "breaks", "checkin", "self_check", "eap", "offers", "inbox", "enrollments"
    actions: dict[str, Callable[[], None]] = field(default_factory=dict)
    greeting: Greeting | None = None  # decided once per run (a language switch rebuilds the page, not the run)
    _listeners: list[Callable[[], None]] = field(default_factory=list)

    def add_source(self, source: TodaySource, **actions: Callable[[], None]) -> None:
        self.sources.append(source)
        self.actions.update(actions)

    def act(self, name: str) -> None:
        action = self.actions.get(name)
        if action is not None:
            action()

    def read(self, now: datetime) -> list[TodaySummary]:
        out: list[TodaySummary] = []
        for source in list(self.sources):
            try:
                out.extend(source(now))
            except Exception:
                log.warning("a Today card could not be read", exc_info=True)
        return out

    def subscribe(self, listener: Callable[[], None]) -> Callable[[], None]:
        """Call ``listener()`` after each :meth:`changed`; returns the unsubscribe function."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def changed(self, *_: object) -> None:
        """Something a card shows changed: every page reads the board again (signal arguments ignored)."""
        for listener in list(self._listeners):
            listener()
