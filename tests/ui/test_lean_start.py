"""A counselor's login start into the tray loads nothing idle does not need (issue #16; not timed).

The real start (``wellcare.cli.main`` with ``--minimized``, vault open, every counselor feature
started, a tray available) runs in a fresh interpreter; the test reads its ``sys.modules`` once the
app is up. Each module named here costs megabytes of memory for as long as the counselor is logged
in: matplotlib (charts: loaded when a chart is first drawn), the standard library's asyncio,
multiprocessing and importlib.metadata (pulled in by APScheduler, which needs none of them here:
wellcare.ui.lean_imports), the command-line commands, and the coordinator's side.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

from wellcare.vault import VaultManager

CHILD = textwrap.dedent(
    """
    import json, linecache, sys
    import wellcare.app  # first, as in wellcare.cli: wellcare.app_early loads Qt
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from wellcare import cli

    wellcare.app.tray_available = lambda: True  # offscreen has no tray; a login start lives in one
    started = {}
    real_tray_first = wellcare.app.WellCareApp.show_tray_first
    real_rest = wellcare.app.WellCareApp.load_rest

    def show_tray_first(self):
        ok = real_tray_first(self)
        started.update(icon=self.tray is not None and self.tray.isVisible(), vault_at_icon=self.vault is not None,
                       modules_at_icon=sorted(sys.modules))
        return ok

    def load_rest(self):
        ok = real_rest(self)
        started.update(ok=ok, window=self.window is not None, features=len(self.features))
        QTimer.singleShot(0, self.quit)
        return ok

    wellcare.app.WellCareApp.show_tray_first = show_tray_first
    wellcare.app.WellCareApp.load_rest = load_rest
    code = cli.main(["--profile", sys.argv[1], "--lang", "en", "--minimized"])
    maps = open("/proc/self/maps").read() if sys.platform.startswith("linux") else ""
    print(json.dumps({"code": code, **started, "modules": sorted(sys.modules), "source_lines": list(linecache.cache),
                      "svg_renderer": "libQt6Svg" in maps or "libqsvgicon" in maps}))
    """
)

HEAVY = ("matplotlib", "numpy", "asyncio", "multiprocessing", "concurrent.futures.process", "importlib.metadata",
         "email", "ssl", "wellcare.commands.coordinator", "wellcare.commands.coordinator_report",
         "wellcare.coordinator", "wellcare.aggregates.report", "wellcare.ui.dashboard",
         # the features' pages and what only they use: imported when the window is first built, or on first use
         "wellcare.ui.assess.page", "wellcare.ui.assess.history", "wellcare.ui.eap.page", "wellcare.ui.privacy.page",
         "wellcare.ui.incidents.journal", "wellcare.ui.incidents.report_pdf", "wellcare.ui.programs.player",
         # dialogs and panels shown on an event, never at an idle start (tray-memory): the hard-call dialog and
         # its panels, the break's heads-up and overlay, the check-in popup, the setup and unlock dialogs
         "wellcare.ui.incidents.dialog", "wellcare.ui.incidents.measures", "wellcare.ui.incidents.notice_dialog",
         "wellcare.ui.incidents.rights", "wellcare.ui.file_dialogs", "wellcare.ui.breaks.overlay",
         "wellcare.ui.breaks.notice", "wellcare.ui.assess.checkin", "wellcare.ui.assess.intro", "wellcare.ui.setup",
         "wellcare.ui.unlock",
         # the single-instance channel is a plain Unix socket on POSIX (tray-lean; QtNetwork is 2 MB)
         *(("PySide6.QtNetwork",) if sys.platform != "win32" else ()))


def run_child(profile_dir: Path) -> dict[str, Any]:
    """The real `wellcare --minimized` start in a fresh interpreter; what it had loaded, and when."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", CHILD, str(profile_dir)], env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def test_a_minimized_counselor_start_imports_no_heavy_module(profile_dir: Path) -> None:
    VaultManager(profile_dir).create("keyring").vault.close()
    result = run_child(profile_dir)
    assert result["ok"] and result["code"] == 0
    assert result["features"] >= 6 and not result["window"]  # all counselor features, in the tray only
    modules = set(result["modules"])
    loaded = sorted(m for m in modules for heavy in HEAVY if m == heavy or m.startswith(heavy + "."))
    assert loaded == []
    assert "apscheduler.schedulers.base" in modules  # the scheduler itself is there
    # PySide6's check of each imported module kept every line of its source (8 MB; wellcare.ui.source_scan)
    assert len(result["source_lines"]) < 20, result["source_lines"]
    assert [name for name in result["source_lines"] if "wellcare" in name] == []
    assert not result["svg_renderer"]  # the icon is drawn from PNGs (wellcare.ui.theme.app_icon): no QtSvg


# What the tray icon waits for when these are imported before it (issue #16: the icon first, then the rest).
AFTER_THE_ICON = ("wellcare.ui.feature", "wellcare.ui.main_window", "wellcare.ui.pages", "wellcare.ui.breaks",
                  "wellcare.ui.assess", "wellcare.ui.eap", "wellcare.runtime", "wellcare.exchange", "apscheduler")


def test_the_tray_icon_is_shown_before_the_vault_opens_and_the_features_are_imported(profile_dir: Path) -> None:
    VaultManager(profile_dir).create("keyring").vault.close()
    result = run_child(profile_dir)
    assert result["icon"] and not result["vault_at_icon"]
    early = sorted(m for m in result["modules_at_icon"] for late in AFTER_THE_ICON
                   if m == late or m.startswith(late + "."))
    assert early == []
    assert result["ok"] and result["features"] >= 6  # and then the rest was loaded, on the event loop
