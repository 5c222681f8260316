"""What the break overlay gets from other capabilities, through the typed Protocols of ``ctx.capabilities``.

- exercises (programs): the player for a break, only one that fits the time left (a longer one is
  swapped for a suggestion that fits, else the breathing guide), and the further exercises offered
  after the first one in a protected break;
- incident notes (incidents): "write it down" adds to the hard call's journal entry;
- EAP requests (eap): "ask the EAP office" is remembered and the form opens, with the call attached,
  once the break is over (a form opened now would hide behind the always-on-top overlay);
- the Art. 41 rights card (the incidents capability's widget, from the shipped rights file).

Each part is offered only when its owner is present; nothing here decides about the break itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from wellcare.breaks.screen import ShownBreak
from wellcare.incidents import IncidentError
from wellcare.ui.breaks.after_exercise import AfterExercise, ExerciseOffer, NoteNotSaved
from wellcare.ui.feature import AppContext
from wellcare.ui.messages import VaultError, vault_error_text

if TYPE_CHECKING:  # the overlay and the rights panel load at the first break (issue #16)
    from wellcare.ui.breaks.overlay import ExerciseFactory

log = logging.getLogger(__name__)

FURTHER_EXERCISES = 4


def _context(shown: ShownBreak) -> str:
    return "hard_call" if shown.protected else f"{shown.kind}_break"


class BreakOffers(QObject):
    """Builds the overlay's exercise factory and a protected break's after-exercise choices."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pending_request: tuple[str, int | None] | None = None  # (RequestType code, incident id)
        self._played: tuple[ShownBreak, set[str]] | None = None  # exercises already played in this break

    def _time_left(self, shown: ShownBreak) -> timedelta:
        return max(shown.ends - self.ctx.clock.now(), timedelta(0))

    # -- exercises ---------------------------------------------------------------------------------

    def fitting(self, shown: ShownBreak, exercise_id: str) -> str | None:
        """``exercise_id`` if it fits the time left, else the first suggestion that does (None: none)."""
        exercises = self.ctx.capabilities.exercise_player
        if exercises is None:
            return None
        left = int(self._time_left(shown).total_seconds())
        try:
            if exercises.exercise_seconds(exercise_id) <= left:
                return exercise_id
        except KeyError:
            log.warning("no exercise %r; looking for one that fits", exercise_id)
        fits = [i for i in exercises.recommend({"after": _context(shown), "max_seconds": left}) if i != exercise_id]
        return str(fits[0]) if fits else None

    def exercise_factory(self, shown: ShownBreak) -> ExerciseFactory | None:
        exercises = self.ctx.capabilities.exercise_player
        if exercises is None:
            return None

        def make(parent: QWidget, exercise_id: str, on_finished: Callable[[bool], None]) -> QWidget | None:
            chosen = self.fitting(shown, exercise_id)
            if chosen is None:
                return None
            self._played_in(shown).add(chosen)
            try:
                widget = exercises.exercise_widget(chosen, parent, controls=False, on_finished=on_finished)
            except Exception:
                log.warning("exercise %r not available; showing the breathing guide", chosen, exc_info=True)
                return None
            return widget if isinstance(widget, QWidget) else None

        return make

    def further_exercises(self, shown: ShownBreak, left: timedelta) -> list[ExerciseOffer]:
        exercises = self.ctx.capabilities.exercise_player
        if exercises is None:
            return []
        seconds = int(left.total_seconds())
        played = self._played_in(shown)
        limit = FURTHER_EXERCISES + len(played)
        context = {"after": _context(shown), "max_seconds": seconds, "limit": limit}
        ids = [i for i in map(str, exercises.recommend(context)) if i not in played]
        offers = [ExerciseOffer(i, exercises.exercise_title(i), exercises.exercise_seconds(i)) for i in ids]
        return [offer for offer in offers if offer.seconds <= seconds][:FURTHER_EXERCISES]

    def _played_in(self, shown: ShownBreak) -> set[str]:
        """The exercises this break has already played: "another exercise" never offers the same one again."""
        if self._played is None or self._played[0] is not shown:
            self._played = (shown, set())
        return self._played[1]

    # -- after the exercise of a protected break ------------------------------------------------------

    def after_exercise(self, shown: ShownBreak) -> AfterExercise | None:
        if not shown.protected:
            return None
        caps = self.ctx.capabilities
        incident = shown.incident_id
        notes = caps.incident_notes

        def save_note(text: str) -> None:
            assert notes is not None and incident is not None
            try:
                notes.add_note(incident, text)
            except IncidentError:
                log.info("break note not saved: empty, too long or the incident is gone")
                raise NoteNotSaved(self.tr("It is too long for this call's note, or the call was deleted.")) from None
            except VaultError as exc:
                raise NoteNotSaved(vault_error_text(exc)) from None

        from wellcare.ui.incidents.rights import RightsPanel

        return AfterExercise(
            rights=lambda parent: RightsPanel(parent, policy=self.ctx.policy, language=self.ctx.language()),
            ask_eap=(lambda kind: self._remember_request(kind, incident)) if caps.eap_requests is not None else None,
            save_note=save_note if notes is not None and incident is not None else None,
            exercises=lambda left: self.further_exercises(shown, left),
        )

    def _remember_request(self, kind: str, incident_id: int | None) -> None:
        self.pending_request = (kind, incident_id)

    def break_ended(self) -> None:
        """Open the EAP request asked for during the break, now that nothing covers the screen."""
        pending, self.pending_request = self.pending_request, None
        eap = self.ctx.capabilities.eap_requests
        if pending is not None and eap is not None:
            kind, incident_id = pending
            eap.open_request(kind, False, attach=(f"incident:{incident_id}",) if incident_id is not None else ())
