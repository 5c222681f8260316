"""Progress for long commands: a few lines on a terminal, nothing at all anywhere else.

A demo of 5000 counselors or the import of a large inbox runs for minutes; without a word it looks
hung. On a terminal (stderr is a TTY) each step is named when it starts, and counted work redraws
one line ("Importing the inbox: 1200/5000 (24%)"), at most a few times a second. With --json, or
when stderr is a file or a pipe (scripts, CI, the app's log), it stays silent, so what a command
prints on stdout stays machine-readable. No library: a dozen lines do it, and a bar library would
pull its own terminal handling into every command.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO

_CLEAR_LINE = "\r\x1b[K"
_MIN_INTERVAL = 0.2  # seconds between redraws of a counted step


class Progress:
    """Steps and counts on ``stream`` when enabled; every call is a no-op otherwise."""

    def __init__(
        self, stream: TextIO | None, *, enabled: bool, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._stream = stream
        self.enabled = enabled and stream is not None
        self._clock = clock
        self._label = ""
        self._counting = False
        self._last_draw = float("-inf")

    @classmethod
    def on_terminal(cls, stream: TextIO | None, *, quiet: bool = False) -> Progress:
        """Enabled only when ``stream`` is a terminal and the caller is not asked to be quiet (--json)."""
        try:
            tty = stream is not None and stream.isatty()
        except (AttributeError, ValueError, OSError):  # a closed or odd stream
            tty = False
        return cls(stream, enabled=tty and not quiet)

    @classmethod
    def silent(cls) -> Progress:
        return cls(None, enabled=False)

    def step(self, label: str) -> None:
        """A new step starts: ends a counted line in progress, then names the step."""
        if not self.enabled:
            return
        self._end_count()
        self._label = label
        self._write(f"{label}…\n")

    def count(self, done: int, total: int) -> None:
        """``done`` of ``total`` items of the current step; redrawn at most every 0.2 s (and at the end)."""
        if not self.enabled:
            return
        now = self._clock()
        if done < total and now - self._last_draw < _MIN_INTERVAL:
            return
        self._last_draw = now
        percent = f" ({100 * done // total}%)" if total > 0 else ""
        self._write(f"{_CLEAR_LINE}  {self._label}: {done}/{total}{percent}")
        self._counting = True
        if done >= total:
            self._end_count()

    def finish(self, message: str = "") -> None:
        """The work is over: ends a counted line and says ``message`` if any."""
        if not self.enabled:
            return
        self._end_count()
        if message:
            self._write(f"{message}\n")

    def _end_count(self) -> None:
        if self._counting:
            self._write("\n")
            self._counting = False
            self._last_draw = float("-inf")

    def _write(self, text: str) -> None:
        assert self._stream is not None
        self._stream.write(text)
        self._stream.flush()
