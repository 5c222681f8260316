"""Hard-call support as a service: the journal on the open vault, the break rule, counts for others.

Qt-free: the hard-call dialog and journal (``wellcare.ui.incidents``) adapt it to widgets. It
survives a lock and unlock (the store is re-made on the vault the getter returns now). It is the
``HardCallCounts`` capability (``wellcare.capabilities``): counts only, never a note or call reference.
"""

from __future__ import annotations

from collections.abc import Callable

from wellcare.capabilities import SurgeMode
from wellcare.incidents.kinds import exercise_after
from wellcare.incidents.store import Incident, IncidentStore
from wellcare.policy import Policy
from wellcare.schedule.clock import Clock
from wellcare.vault import Vault

DEFAULT_WEEKS = 8
BREAK_REASON = "hard_call"  # the ProtectedBreak reason code


class IncidentService:
    """The counselor's hard-call journal; ``vault()`` raises VaultError while the app is locked."""

    def __init__(self, vault: Callable[[], Vault], clock: Clock, policy: Policy) -> None:
        self._vault = vault
        self.clock = clock
        self.policy = policy
        self._store: IncidentStore | None = None
        self.surge: SurgeMode | None = None  # set by the UI from ctx.capabilities: a surge may change the exercise

    def store(self) -> IncidentStore:
        """The store on the open vault (raises VaultError while locked)."""
        vault = self._vault()
        if self._store is None or self._store.vault is not vault:
            self._store = IncidentStore(vault, self.clock)
        return self._store

    def forget_store(self) -> None:
        """Drop the store before the vault closes (lock, quit)."""
        self._store = None

    # -- the rules ------------------------------------------------------------------------------------
    def break_minutes(self) -> int:
        """The protected break after a hard call, as the organisation set it."""
        return int(self.policy.get("breaks", "hard_call_break_min"))

    def exercise_after(self, kind: str) -> str:
        """The exercise offered during the break after this kind of call (decompression after every
        hard call while a surge notice is in force, when the policy's [surge] asks for it)."""
        return exercise_after(kind, self.surge_decompression())

    def surge_decompression(self) -> bool:
        try:
            surge = self.surge.active_surge(self.clock.now()) if self.surge is not None else None
        except Exception:  # the surge state failing must not cost the counselor the exercise
            return False
        return surge is not None and surge.decompression_after_hard_call

    # -- the journal ----------------------------------------------------------------------------------
    def log(self, kind: str, effect: str, note: str, call_ref: str) -> Incident:
        return self.store().log(kind, effect, note, call_ref)

    def set_break(self, incident_id: int, minutes: int) -> None:
        self.store().set_break(incident_id, minutes)

    def incidents(self) -> list[Incident]:
        return self.store().all()

    def update(self, incident_id: int, note: str, call_ref: str) -> None:
        self.store().update(incident_id, note=note, call_ref=call_ref)

    def delete(self, incident_id: int) -> None:
        self.store().delete(incident_id)

    # -- HardCallCounts: counts only ------------------------------------------------------------------
    def weekly_counts(self, weeks: int = DEFAULT_WEEKS) -> list[tuple[str, int]]:
        """(ISO week like '2026-W09', incidents) for the last `weeks` weeks, oldest first, this week last."""
        return self.store().weekly_counts(weeks)

    def count_in_week(self, iso_week: str) -> int:
        """How many incidents were logged in that ISO week (a count, nothing else)."""
        return self.store().count_in_week(iso_week)
