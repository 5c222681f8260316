"""What one capability may ask of another, as typed Protocols (Qt-free, so services can name them).

A capability that needs another is handed the narrow Protocol object explicitly (through
``AppContext.capabilities`` or a constructor argument) instead of looking a QObject up by name and
probing it with ``getattr``. The owner fills in its field when it is constructed; a user reads the
field when it starts or acts and copes with ``None`` (the owner is not in this role).

Each protocol's owner is named in its docstring; most are the Qt-free services themselves. "widget"
parameters and results are typed ``object`` here because this module must not import Qt (the UI
side narrows them to ``QWidget``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from wellcare.today import TodayBoard

if TYPE_CHECKING:  # named only in a signature: no crypto import for the modules that load this one
    from wellcare.exchange.keys import CoordinatorPublicKeys


@runtime_checkable
class WeeklyBreaks(Protocol):
    """Breaks counted in one ISO week (the privacy contribution's ``breaks_taken``). Owner: breaks."""

    def breaks_taken_in_week(self, iso_week: str) -> int:
        """Breaks taken through the overlay plus natural ones, Monday-Sunday local; ``iso_week`` like "2026-W09"."""
        ...


@runtime_checkable
class ProtectedBreak(Protocol):
    """Show a protected recovery break now (after a hard call). Owner: breaks (its UI adapter)."""

    def start_protected_break(
        self, minutes: int, exercise_id: str | None, reason: str, incident_id: int | None = None
    ) -> None:
        """No postpone, no skip; ``reason`` is a short code such as "hard_call". ValueError if minutes <= 0.

        ``incident_id``: the hard call it follows, so the break can offer "write it down" and attach it
        to an EAP request."""
        ...

    def on_protected_break_end(self, listener: Callable[[int], None]) -> Callable[[], None]:
        """Call ``listener(minutes)`` when a protected break ends (taken or ended early); returns the unsubscribe."""
        ...


@runtime_checkable
class BreakNow(Protocol):
    """A break because the counselor asked for one (a self-check's "Take a break"). Owner: breaks (its
    UI adapter, which opens My day when no break can start now)."""

    def take_break_now(self) -> bool:
        """True if a break started; False if none could (one is on screen, or WellCare is locked)."""
        ...


@runtime_checkable
class IncidentNotes(Protocol):
    """Adding to a hard call's journal note (from its protected break). Owner: incidents."""

    def add_note(self, incident_id: int, text: str) -> None:
        """Append ``text`` to the note. Raises ``IncidentError`` (empty, too long, no such incident) or
        ``VaultError`` (locked); nothing is cut off, so the caller keeps the text and says so."""
        ...


@runtime_checkable
class WeeklyBands(Protocol):
    """The latest band per instrument in [since, until) (``{"who5": "good", ...}``). Owner: assess
    (``wellcare.assess.service.AssessService``); read by privacy's weekly contribution."""

    def latest_bands(self, since: datetime, until: datetime) -> Mapping[str, str]: ...


@runtime_checkable
class HardCallCounts(Protocol):
    """Hard-call (incident) counts, never their content. Owner: incidents
    (``wellcare.incidents.service.IncidentService``)."""

    def count_in_week(self, iso_week: str) -> int: ...

    def weekly_counts(self, weeks: int = ...) -> Sequence[tuple[str, int]]:
        """(ISO week, count) for the last ``weeks`` weeks, oldest first."""
        ...


@runtime_checkable
class IncidentSummaries(Protocol):
    """One translated line per hard call (when, kind, effect; never the note). Owner: incidents (its UI
    adapter: the line is in the interface language)."""

    def summaries(self) -> Sequence[tuple[int, str]]:
        """(incident id, one line) newest first, for the counselor to attach to an EAP request."""
        ...


@runtime_checkable
class ExercisePlayer(Protocol):
    """Guided exercises for other screens (the break overlay, after a hard call). Owner: programs (its UI
    adapter: the player is a widget)."""

    def exercise_widget(
        self,
        exercise_id: str,
        parent: object = None,
        *,
        controls: bool = True,
        on_finished: Callable[[bool], None] | None = None,
    ) -> object:
        """A self-starting player widget (a QWidget) that records itself when completed.

        ``controls=False``: without its own timer, buttons and key hints (the break overlay has the one
        countdown and the one set of buttons); ``on_finished(completed)`` is called once when it ends."""
        ...

    def exercise_seconds(self, exercise_id: str) -> int:
        """How long the exercise takes when played through (KeyError for an unknown id)."""
        ...

    def exercise_title(self, exercise_id: str) -> str:
        """The title in the interface language."""
        ...

    def recommend(self, context: Mapping[str, object]) -> Sequence[str]:
        """Exercise ids that fit ``context`` (e.g. ``{"after": "rest_break", "max_seconds": 300}``), often none."""
        ...


@runtime_checkable
class EapRequests(Protocol):
    """Asking the EAP office for help. Owner: eap (its UI adapter: the form is on its page)."""

    def open_request(self, kind: str, urgent: bool = False, attach: Sequence[str] = ()) -> None:
        """Show the request form prefilled (``kind``: a RequestType value); ``attach``: attachment keys to tick
        (e.g. ``"incident:17"``, the hard call the counselor comes from), each still shown and untickable."""
        ...

    @property
    def request_urgent_call_back(self) -> Callable[[str], str] | None:
        """A one-step urgent call-back sender ``(phone) -> UrgentOutcome`` ("sent", "waiting", "failed"), or
        None when no request can be sent from here (callers then show the EAP phone and crisis lines)."""
        ...

    def saved_phone(self) -> str:
        """The phone number given with the last request, to confirm rather than retype ("" if none)."""
        ...


@runtime_checkable
class PinnedCoordinatorKeys(Protocol):
    """The EAP office's keys as pinned on first use (programs' offers). Owner: eap (no owner offers it
    yet: without one, programs/offers.py verifies against the policy's [coordinator] keys)."""

    def pinned_keys(self) -> CoordinatorPublicKeys | None: ...


@runtime_checkable
class InboxImports(Protocol):
    """Hear about each run of the coordinator's inbox import. Owner: the coordinator's inbox (its UI adapter)."""

    def subscribe_imports(self, listener: Callable[[Mapping[str, int]], None]) -> Callable[[], None]:
        """Call ``listener(accepted_by_kind)`` after each import run (``{}`` when the share could not be read);
        returns the unsubscribe function."""
        ...


@dataclass(frozen=True)
class ActiveSurge:
    """A surge notice in force now, with what the policy's ``[surge]`` changes (None/False: not stated)."""

    notice_id: str
    start: datetime
    end: datetime  # from the signed notice: the only "until" ever shown
    reason: Mapping[str, str]  # language -> the coordinator's short reason
    micro_every_min: int | None = None
    rest_every_min: int | None = None
    decompression_after_hard_call: bool = False
    council: str = ""  # the council's name when the EAP office forwarded its council's notice

    @property
    def changes_anything(self) -> bool:
        return self.micro_every_min is not None or self.rest_every_min is not None or self.decompression_after_hard_call


@runtime_checkable
class SurgeMode(Protocol):
    """The coordinator's signed surge notice, as it stands now. Owner: programs
    (``wellcare.programs.surge.SurgeWatch``); read by breaks (intervals), incidents (the exercise after a
    hard call) and the Today page and tray (the banner)."""

    def active_surge(self, now: datetime) -> ActiveSurge | None:
        """The notice in force at ``now`` (verified, not expired, not cancelled), or None."""
        ...

    def subscribe_surge(self, listener: Callable[[], None]) -> Callable[[], None]:
        """Call ``listener()`` when a notice starts or ends (also by itself at its end); returns the unsubscribe."""
        ...


@dataclass
class Capabilities:
    """The typed cross-capability objects, filled in by their owners when they are constructed.

    A field is None while its owner is absent (not in this role's feature list); users cope with that.
    """

    weekly_breaks: WeeklyBreaks | None = None
    protected_break: ProtectedBreak | None = None
    break_now: BreakNow | None = None
    weekly_bands: WeeklyBands | None = None
    hard_call_counts: HardCallCounts | None = None
    incident_summaries: IncidentSummaries | None = None
    exercise_player: ExercisePlayer | None = None
    eap_requests: EapRequests | None = None
    pinned_keys: PinnedCoordinatorKeys | None = None
    inbox_imports: InboxImports | None = None
    incident_notes: IncidentNotes | None = None
    surge: SurgeMode | None = None
    # The Today page's cards: each capability adds a source of Qt-free summaries (wellcare.today) and the
    # actions its card offers, and calls ``today.changed()`` when what it summarises changed.
    today: TodayBoard = field(default_factory=TodayBoard)
