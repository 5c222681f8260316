"""Where WellCare finds its shipped resources and keeps each profile's files.

Resources and translations live at the top of the checkout (resources/, i18n/) and are copied
into the wheel as wellcare/resources and wellcare/i18n; a frozen bundle keeps the same layout
under sys._MEIPASS. Look in the installed place first so an installed copy never reads the
checkout by accident.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "WellCare"
_PACKAGE_DIR = Path(__file__).resolve().parent


def _shipped_dir(name: str) -> Path:
    candidates = [_PACKAGE_DIR / name]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "wellcare" / name)
    candidates.append(_PACKAGE_DIR.parent.parent / name)  # a source checkout (src layout)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"WellCare's {name}/ folder is missing from this installation")


def resource_dir() -> Path:
    """The shipped resources/ folder (instruments, programs, icons, policy example)."""
    return _shipped_dir("resources")


def i18n_dir() -> Path:
    """The shipped i18n/ folder (.ts sources and compiled .qm translations)."""
    return _shipped_dir("i18n")


def default_profile_dir(coordinator: bool = False) -> Path:
    """The per-OS-user profile folder; WELLCARE_PROFILE overrides it."""
    env = os.environ.get("WELLCARE_PROFILE")
    if env:
        return Path(env).expanduser()
    base = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return base / ("coordinator" if coordinator else "counselor")


def site_policy_paths() -> list[Path]:
    """Where IT may put the org policy on this OS, in the order they are tried.

    platformdirs.site_config_dir looks only at the first $XDG_CONFIG_DIRS entry, which on Ubuntu's
    GNOME session is /etc/xdg/xdg-ubuntu and on KDE a user-writable folder; so on Linux every entry
    is tried (user-writable ones skipped) and /etc/xdg always comes last.
    """
    if sys.platform.startswith("linux"):
        entries = [e for e in os.environ.get("XDG_CONFIG_DIRS", "").split(":") if e]
        folders = [Path(e) for e in entries if not _user_writable(Path(e))] + [Path("/etc/xdg")]
        seen: list[Path] = []
        for folder in folders:
            if folder not in seen:
                seen.append(folder)
        return [folder / APP_NAME / "policy.toml" for folder in seen]
    return [Path(platformdirs.site_config_dir(APP_NAME, appauthor=False)) / "policy.toml"]


def _user_writable(folder: Path) -> bool:
    home = Path.home()
    try:
        return folder.resolve().is_relative_to(home.resolve())
    except OSError:
        return True


def demo_root() -> Path:
    """The default place `wellcare --demo` builds its throwaway organisation."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "demo"
