"""The first moments of a start (issue #16): Qt, the single-instance check and the tray icon, nothing else.

wellcare.cli calls :func:`show_icon_first` before it imports wellcare.app: that module's imports
(policy, logging, translations, the locked mode) would otherwise keep the icon waiting. The app
then adopts the icon and the single-instance channel (``WellCareApp(..., early=...)``), sets the
"starting" tooltip once its translations are in, and opens the vault right after.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass

# First of all (before PySide6 and the app's modules): PySide6 would keep the source of every module imported
# after it in memory (wellcare.ui.source_scan; 8 MB at a tray start).
import wellcare.ui.source_scan  # noqa: F401

# isort: split
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from wellcare.profile_location import ProfileLocation, locate_profile
from wellcare.ui.single_instance import SingleInstance, send_to_running
from wellcare.ui.theme import app_icon
from wellcare.ui.tray import Tray


@dataclass(frozen=True)
class EarlyStart:
    """What was made before the app: its Qt application, channel and icon (None without a system tray)."""

    qapp: QApplication
    location: ProfileLocation
    single: SingleInstance
    tray: Tray | None


def make_qapp() -> QApplication:
    """The one QApplication, set up for a tray app (it stays when its last window closes)."""
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts, True)
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    qapp.setApplicationName("WellCare")
    qapp.setOrganizationName("WellCare")
    qapp.setDesktopFileName("wellcare")  # lets Wayland shells match the window to wellcare.desktop
    qapp.setQuitOnLastWindowClosed(False)
    return qapp


def show_icon_first(args: argparse.Namespace) -> EarlyStart | None:
    """Qt and the tray icon now; None when another WellCare runs for this profile (it was asked to come forward)."""
    location = locate_profile(args, build_demo=True)
    qapp = make_qapp()
    if send_to_running(location.folder, {"cmd": "raise"}):
        return None
    single = SingleInstance(location.folder, lambda message: None)  # the app hands over its own handler
    single.listen()
    tray = None
    if QSystemTrayIcon.isSystemTrayAvailable():
        tray = Tray(app_icon())
        tray.show()
    return EarlyStart(qapp, location, single, tray)
