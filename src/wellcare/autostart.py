"""Start at login: an XDG autostart entry on Linux, the per-user Run key on Windows.

Plain Python so it can be tested without Qt; the Windows part is only imported on Windows.
"""

from __future__ import annotations

import contextlib
import shlex
import sys
from pathlib import Path

import platformdirs

ENTRY_NAME = "wellcare.desktop"
RUN_VALUE = "WellCare"


def launch_command() -> list[str]:
    """How to start this installation again: the frozen exe, else the current interpreter."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--minimized"]
    return [sys.executable, "-m", "wellcare", "--minimized"]


class Autostart:
    """Turns start-at-login on or off for the current OS user."""

    def __init__(self, config_dir: Path | None = None, platform: str | None = None) -> None:
        self.platform = platform or sys.platform
        self.config_dir = config_dir or Path(platformdirs.user_config_dir())

    @property
    def desktop_file(self) -> Path:
        return self.config_dir / "autostart" / ENTRY_NAME

    def is_enabled(self) -> bool:
        if self.platform == "win32":
            return _windows_get() is not None
        return self.desktop_file.exists()

    def set_enabled(self, enabled: bool) -> None:
        command = launch_command()
        if self.platform == "win32":
            _windows_set(subprocess_line(command) if enabled else None)
            return
        if enabled:
            self.desktop_file.parent.mkdir(parents=True, exist_ok=True)
            self.desktop_file.write_text(desktop_entry(command), encoding="utf-8")
        else:
            self.desktop_file.unlink(missing_ok=True)


def desktop_entry(command: list[str]) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=WellCare\n"
        "Name[ko]=웰케어\n"
        "Comment=Breaks, check-ins and support for counselors\n"
        "Comment[ko]=상담사를 위한 휴식, 마음 점검과 지원\n"
        f"Exec={shlex.join(command)}\n"
        "Icon=wellcare\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def subprocess_line(command: list[str]) -> str:
    return " ".join(f'"{part}"' if " " in part else part for part in command)


def _windows_get() -> str | None:  # pragma: no cover - Windows only
    import winreg

    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, r"Software\Microsoft\Windows\CurrentVersion\Run") as key:
            return str(winreg.QueryValueEx(key, RUN_VALUE)[0])
    except OSError:
        return None


def _windows_set(line: str | None) -> None:  # pragma: no cover - Windows only
    import winreg

    path = r"Software\Microsoft\Windows\CurrentVersion\Run"
    with winreg.OpenKey(winreg.HKEY_CURRENT_USER, path, 0, winreg.KEY_SET_VALUE) as key:
        if line is None:
            with contextlib.suppress(OSError):
                winreg.DeleteValue(key, RUN_VALUE)
        else:
            winreg.SetValueEx(key, RUN_VALUE, 0, winreg.REG_SZ, line)


__all__ = ["Autostart", "desktop_entry", "launch_command"]
