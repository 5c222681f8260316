"""The organisation's outbound hooks: tell the phone system about a protected break or a hand-over.

The counterpart of ``wellcare call start|end``: commands the organisation lists in its policy
(``[hooks]``), run by this app on protected break start and end and on hand-over, so the phone
system can set a reason code ("보호 휴게") or route the next calls elsewhere. Rules that protect the
counselor:

* a command is an argument list, never a shell string; its arguments may hold only the fixed
  placeholders of :data:`PLACEHOLDERS`, replaced by codes and numbers (never a note, never a
  call reference);
* it runs with a timeout, without stdin, its output thrown away (nothing it prints is kept);
* the break starts before any hook runs and ends on its own clock: a hook that hangs, fails or
  is missing changes nothing for the counselor. Its outcome is logged without content (the event
  and the outcome only) and handed to the UI to show.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import subprocess
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from wellcare.capabilities import ProtectedBreak
from wellcare.policy import HOOK_FIELD as _FIELD
from wellcare.policy import Policy

log = logging.getLogger(__name__)


class HookEvent(StrEnum):
    """When a hook runs; the value is the ``[hooks]`` key and the ``{event}`` placeholder."""

    BREAK_START = "protected_break_start"
    BREAK_END = "protected_break_end"
    HANDOVER = "handover"


class HookOutcome(StrEnum):
    OK = "ok"
    FAILED = "failed"  # ran and exited with a non-zero status
    TIMED_OUT = "timed_out"  # killed after the policy's timeout
    NOT_RUN = "not_run"  # the program is missing or cannot be started


@dataclass(frozen=True)
class HookResult:
    event: HookEvent
    outcome: HookOutcome
    exit_code: int | None = None


Runner = Callable[[Sequence[str], float], tuple[HookOutcome, int | None]]
Dispatch = Callable[[Callable[[], None]], None]  # runs a job now or elsewhere (a worker thread)


def expand(command: Sequence[str], values: Mapping[str, str]) -> list[str]:
    """Each placeholder replaced once by its value (a value is never read as a placeholder again)."""
    return [_FIELD.sub(lambda m: values[m.group(1)], arg) for arg in command]


def run_command(argv: Sequence[str], timeout: float) -> tuple[HookOutcome, int | None]:
    """Run ``argv`` without a shell, stdin or kept output; kill it (and what it started) after ``timeout``."""
    try:
        process = subprocess.Popen(  # an argument list from the policy, no shell
            list(argv),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            close_fds=True,
            start_new_session=os.name == "posix",
        )
    except (OSError, ValueError):
        return HookOutcome.NOT_RUN, None
    try:
        code = process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill(process)
        return HookOutcome.TIMED_OUT, None
    return (HookOutcome.OK if code == 0 else HookOutcome.FAILED), code


def _kill(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(OSError):
        if os.name == "posix":
            os.killpg(process.pid, signal.SIGKILL)
        else:
            process.kill()
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=2)


def in_a_thread(job: Callable[[], None]) -> None:
    """The app's dispatch: the hook runs beside the event loop, so nothing on screen waits for it."""
    threading.Thread(target=job, name="wellcare-org-hook", daemon=True).start()


class OrgHooks:
    """The policy's hooks, fired by the hard-call flow; results go to ``on_result`` (from the dispatch's thread)."""

    def __init__(
        self,
        policy: Policy,
        clock_now: Callable[[], datetime],
        *,
        runner: Runner = run_command,
        dispatch: Dispatch = in_a_thread,
        on_result: Callable[[HookResult], None] | None = None,
    ) -> None:
        self._commands = {event: list(policy.get("hooks", event.value)) for event in HookEvent}
        self.timeout = float(policy.get("hooks", "timeout_s"))
        self._now = clock_now
        self._runner = runner
        self._dispatch = dispatch
        self.on_result = on_result

    def configured(self, event: HookEvent) -> bool:
        return bool(self._commands[event])

    def fire(self, event: HookEvent, kind: str, minutes: int) -> bool:
        """Run the event's command if the policy has one (returns whether it was started); never raises."""
        command = self._commands[event]
        if not command:
            return False
        values = {
            "event": event.value,
            "kind": kind,
            "minutes": str(int(minutes)),
            "time": self._now().isoformat(timespec="minutes"),
        }
        argv = expand(command, values)

        def job() -> None:
            try:
                outcome, code = self._runner(argv, self.timeout)
            except Exception as exc:  # a runner bug must not reach the break
                log.error("org hook %s could not run (%s)", event.value, type(exc).__name__)
                outcome, code = HookOutcome.NOT_RUN, None
            result = HookResult(event, outcome, code)
            if outcome is HookOutcome.OK:
                log.info("org hook %s ran", event.value)
            else:
                log.warning("org hook %s: %s (exit %s)", event.value, outcome.value, code)
            if self.on_result is not None:
                try:
                    self.on_result(result)
                except Exception as exc:
                    log.error("org hook result not shown (%s)", type(exc).__name__)

        try:
            self._dispatch(job)
        except Exception as exc:  # e.g. no thread could be started
            log.error("org hook %s not started (%s)", event.value, type(exc).__name__)
            return False
        return True


class SanctionedBreak:
    """A protected break the organisation hears about: the break first, then the hooks, for start and end.

    ``breaks`` is the ProtectedBreak capability (None when the breaks capability is not running:
    the caller shows its own pause and calls :meth:`ended` itself). The kind of the last hard call
    is kept only in memory, for the end hook's ``{kind}``.
    """

    def __init__(self, hooks: OrgHooks, breaks: ProtectedBreak | None) -> None:
        self.hooks = hooks
        self._breaks = breaks
        self._kind = ""
        self._unsubscribe: Callable[[], None] | None = None
        if breaks is not None:
            try:
                self._unsubscribe = breaks.on_protected_break_end(self.ended)
            except Exception as exc:  # an older breaks capability: the end hook then runs from the caller
                log.warning("protected break end not heard (%s)", type(exc).__name__)

    def start(
        self, kind: str, minutes: int, exercise_id: str | None, reason: str, incident_id: int | None = None
    ) -> bool:
        """Start the break (True when the breaks capability shows it), then fire the start hook."""
        self._kind = kind
        shown = False
        if self._breaks is not None:
            try:
                self._breaks.start_protected_break(minutes, exercise_id, reason, incident_id)
                shown = True
            except Exception as exc:  # another capability failing must not cost the counselor the break
                log.error("breaks could not start the protected break (%s)", type(exc).__name__)
        self.hooks.fire(HookEvent.BREAK_START, kind, minutes)
        return shown

    def ended(self, minutes: int) -> None:
        """The protected break is over (the breaks capability or the caller's own pause says so)."""
        self.hooks.fire(HookEvent.BREAK_END, self._kind, minutes)

    def handed_over(self, kind: str) -> bool:
        return self.hooks.fire(HookEvent.HANDOVER, kind, 0)

    def close(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
