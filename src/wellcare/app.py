"""The composition root: reads policy and preferences, shows the tray icon, opens the vault, wires services.

Order (see STYLE.md; issue #16: the icon first): Qt, the single-instance channel and the tray icon
(wellcare.app_early, made before this module is imported), then logging, policy, translations
and the icon's "starting" tooltip, with no menu entry that needs the vault; then, on the event
loop right after: the vault (first-run setup or unlock), services, features, windows, and the
tray's full menu. Every collaborator is passed in explicitly; nothing reaches for
QApplication.instance() later.

Only what the first step needs is imported at the top: the vault, the services, the features and
their pages are imported by the second step, after the icon is on screen.
"""

from __future__ import annotations

import argparse
import logging
import time
from datetime import timedelta
from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QSystemTrayIcon

from wellcare.app_early import EarlyStart, show_icon_first
from wellcare.calls import CallState
from wellcare.capabilities import Capabilities
from wellcare.logging_setup import setup_logging
from wellcare.policy import Policy, PolicyError
from wellcare.policy import load as load_policy
from wellcare.preferences import Preferences, load_preferences, save_preferences
from wellcare.profile_location import locate_profile
from wellcare.schedule.clock import SystemClock
from wellcare.ui.i18n import Translations
from wellcare.ui.locked_mode import LockedMode
from wellcare.ui.notify import Notifier
from wellcare.ui.role_features import features_for
from wellcare.ui.single_instance import SingleInstance, send_to_running
from wellcare.ui.stop_signals import StopSignals
from wellcare.ui.theme import app_icon, apply_theme
from wellcare.ui.tray import Tray, TrayEntry
from wellcare.vault.errors import VaultError

if TYPE_CHECKING:
    from wellcare.ui.feature import AppContext, Feature
    from wellcare.ui.main_window import MainWindow
    from wellcare.ui.qt_scheduler import QtMainThreadScheduler
    from wellcare.vault import Vault, VaultManager

log = logging.getLogger("wellcare.app")
SETTLE_MS = 5_000  # after the features' first timers and the tray's first refreshes have run


def tray_available() -> bool:
    """Is there a system tray to live in? (Without one, closing the window minimizes it.)"""
    return QSystemTrayIcon.isSystemTrayAvailable()


class WellCareApp(QObject):
    """Owns the vault, the services and the windows for one profile."""

    def __init__(self, args: argparse.Namespace, qapp: QApplication, early: EarlyStart | None = None) -> None:
        super().__init__()
        self.early = early  # the icon and channel `wellcare` made before importing this module (main())
        self.args = args
        self.qapp = qapp
        self.exit_code = 0
        self.vault: Vault | None = None
        self.window: MainWindow | None = None
        self.tray: Tray | None = None
        self.single: SingleInstance | None = None
        self.started_at = time.perf_counter()
        self.ready = False  # the vault step has run (open or put off) and the features are built
        self.stopped = False  # shut down: a vault step still queued on the event loop does nothing
        self.location = early.location if early is not None else locate_profile(args, build_demo=True)
        self.profile_dir = self.location.folder
        self.policy = Policy()
        self.prefs = Preferences()
        self.translations = Translations(qapp)
        self.clock = SystemClock()
        self.calls = CallState(self.clock)
        self.notifier = Notifier(self.calls)
        self.notifier.window = lambda: self.window
        self.scheduler: QtMainThreadScheduler | None = None
        self.features: list[Feature] = []
        self.context: AppContext | None = None
        self.locked = LockedMode(
            lambda: self.policy, self.notifier, lambda: self.translations.language, self.unlock, self.quit,
            lambda: self.context.capabilities.protected_break if self.context is not None else None, parent=self,
        )
        self.capabilities = Capabilities()  # what features ask of each other, and the Today page's cards

    @cached_property
    def manager(self) -> VaultManager:
        """The profile's vault manager; SQLCipher and PyNaCl are imported on first use (after the icon)."""
        from wellcare.vault import VaultManager
        from wellcare.vault.keystore import KeyStore

        return VaultManager(self.profile_dir, KeyStore(out_of_process=True))

    # -- start-up ----------------------------------------------------------------------------
    def start(self) -> bool:
        """Every start-up step now, the tray's and the rest; False means exit with `exit_code`."""
        return self.show_tray_first() and self.load_rest()

    def launch(self) -> bool:
        """The tray icon now, the vault and the features on the event loop right after (a real start).

        False means exit with `exit_code` at once; the second step ends the event loop itself when
        the app cannot go on (the first-run setup cancelled, a start-up error shown to the counselor).
        """
        if not self.show_tray_first():
            return False
        QTimer.singleShot(0, self._load_rest_on_the_loop)
        return True

    def show_tray_first(self) -> bool:
        """Logging, policy, language, single instance, then the tray icon saying "starting" (issue #16)."""
        steps = (self._init_logging, self._init_policy, self._init_translations, self._init_single_instance,
                 self._init_tray)
        for step in steps:
            if not step():
                self.shutdown()
                return False
        log.info("tray shown in %.3f s (system tray: %s)", time.perf_counter() - self.started_at, tray_available())
        return True

    def load_rest(self) -> bool:
        """The vault (setup or unlock), the scheduler, the features, the window; then the tray's full menu."""
        from wellcare.memory import limit_arenas

        limit_arenas()  # before the keyring helper's, the hooks' and the features' threads (not on the icon's path)
        steps = (self._init_vault, self._end_starting, self._init_scheduler, self._init_features, self._init_window)
        for step in steps:
            if not step():
                self.shutdown()
                return False
        self.ready = True
        log.info("ready in %.3f s (system tray: %s)", time.perf_counter() - self.started_at, tray_available())
        if self.vault is None:  # the unlock was put off ("Later"): locked, in the tray or a small window
            self.locked.enter(self.tray)
        if self.manager.recovery_file_missing():
            from wellcare.ui.pages.settings import recovery_file_missing_text

            self.notifier.notify(self.tr("Recovery code"), recovery_file_missing_text(), page="settings")
        return True

    def _end_starting(self) -> bool:
        """The tooltip stops saying "starting" (the features, started next, may add to it)."""
        if self.tray is not None:
            self.tray.setToolTip("WellCare")
        return True

    def _load_rest_on_the_loop(self) -> None:
        """`load_rest` from the event loop: the app never lingers as a "starting" icon that does nothing."""
        if self.stopped:
            return
        self.qapp.processEvents()  # the icon's dock request leaves before the vault's work begins
        try:
            ok = self.load_rest()
        except Exception as exc:  # an unforeseen failure: say so plainly, never a silent, half-started tray
            log.error("start-up failed: %s", type(exc).__name__)
            QMessageBox.critical(None, self.tr("WellCare"), start_failed_text())
            self.shutdown()
            self.exit_code = 1
            ok = False
        if not ok:
            self.qapp.exit(self.exit_code)
        else:
            QTimer.singleShot(SETTLE_MS, self.settle_memory)

    def settle_memory(self) -> None:
        """Start-up is over: its garbage collected, the heap pages it left returned (wellcare.memory)."""
        from wellcare.memory import settle

        if not self.stopped:
            log.info("memory settled (pages returned: %s)", settle())

    def _init_logging(self) -> bool:
        setup_logging(self.profile_dir)  # makes the profile folder, owner-only
        return True

    def _init_policy(self) -> bool:
        try:
            self.policy = load_policy(self.location.policy_file)
        except PolicyError as exc:
            log.error("policy rejected")
            QMessageBox.critical(
                None,
                self.tr("WellCare"),
                self.tr("The organisation policy file cannot be used:\n%s\n\nPlease tell your IT team.") % exc,
            )
            self.exit_code = 1
            return False
        self.calls.max_call = timedelta(minutes=int(self.policy.get("calls", "max_call_min")))
        return True

    def _init_translations(self) -> bool:
        self.prefs = load_preferences(self.profile_dir)
        language = getattr(self.args, "lang", None) or self.prefs.language
        if not language and not self._automated() and self._first_run():
            from wellcare.ui.setup import LanguageDialog

            dialog = LanguageDialog()
            dialog.exec()
            language = dialog.choice
            self.prefs = self.prefs.with_changes(language=language)
            save_preferences(self.profile_dir, self.prefs)
        self.translations.install(language)
        apply_theme(self.qapp, self.prefs.high_contrast)
        return True

    def _first_run(self) -> bool:
        from wellcare.vault import VaultState

        return self.manager.state() is VaultState.NEW

    def _automated(self) -> bool:
        return self.location.passphrase_file is not None

    def _init_single_instance(self) -> bool:
        if self.early is not None:  # checked and listening already; messages come here from now on
            self.single = self.early.single
            self.single.hand_to(self.handle_message)
            return True
        if send_to_running(self.profile_dir, {"cmd": "raise"}):
            log.info("handed over to the running instance")
            return False
        self.single = SingleInstance(self.profile_dir, self.handle_message)
        self.single.listen()
        return True

    def _init_vault(self) -> bool:
        from wellcare.app_vault import open_at_start

        role = "coordinator" if self.args.coordinator else "counselor"
        ok, self.vault = open_at_start(self.manager, self.location.passphrase_file, self.policy, role)
        return ok

    @property
    def role(self) -> str:
        try:
            return self.manager.info().role
        except VaultError:  # locked with a vault that cannot be read: the role asked for at start
            return "coordinator" if self.args.coordinator else "counselor"

    def _init_scheduler(self) -> bool:
        from wellcare.ui.qt_scheduler import QtMainThreadScheduler

        self.scheduler = QtMainThreadScheduler(clock=self.clock, parent=self)
        self.scheduler.start()
        return True

    def _init_features(self) -> bool:
        from wellcare.runtime import Profile, build_services
        from wellcare.ui.feature import AppContext

        assert self.scheduler is not None
        ctx = AppContext(
            profile_dir=self.profile_dir,
            policy=self.policy,
            vault=self.current_vault,
            clock=self.clock,
            scheduler=self.scheduler,
            notifier=self.notifier,
            calls=self.calls,
            language=lambda: self.translations.language,
            show_page=self.show_page,
            capabilities=self.capabilities,
            services=build_services(Profile(self.location, self.policy), self.current_vault, self.clock),
        )
        self.context = ctx
        self.features = [factory(ctx) for factory in features_for(self.role)]
        for feature in self.features if self.vault is not None else ():
            feature.start()
        return True

    def _init_window(self) -> bool:
        if self.vault is None or (getattr(self.args, "minimized", False) and tray_available()):
            return True  # started at login into the tray: the window is built when first opened
        self._build_window().show()
        return True

    def _build_window(self) -> MainWindow:
        from wellcare.app_window import build_main_window

        self.window = build_main_window(self, tray_available())
        return self.window

    def ensure_window(self) -> MainWindow | None:
        """The window, built now if the app started in the tray; None while the vault is locked."""
        if self.window is None and self.vault is not None:
            self._build_window()
        return self.window

    def _init_tray(self) -> bool:
        early_tray = self.early.tray if self.early is not None else None
        if early_tray is None and not tray_available():
            return True
        self.tray = self.add_tray_providers(early_tray or Tray(app_icon()))
        self.tray.setToolTip(self.tr("WellCare (starting…)"))  # until the vault step has run
        self.notifier.tray = self.tray
        self.notifier.open_page = self._open_from_balloon
        self.tray.messageClicked.connect(self.notifier.balloon_clicked)
        self.tray.activated.connect(self._tray_activated)
        self.tray.show()
        return True

    def add_tray_providers(self, tray: Tray) -> Tray:
        """The menu: the app's entries (or the locked ones), the features', then Quit."""
        for provider in (self._tray_entries, self._feature_tray_entries, self._tray_quit_entry):
            tray.add_provider(provider)
        return tray

    # -- running -----------------------------------------------------------------------------
    def current_vault(self) -> Vault:
        if self.vault is None:
            raise VaultError("The vault is locked.")
        return self.vault

    def _tray_entries(self) -> list[TrayEntry]:
        if not self.ready:  # starting: nothing to open yet, and nothing that needs the vault
            return [TrayEntry(self.tr("Starting…"), lambda: None, enabled=False)]
        if self.vault is None:
            return self.locked.tray_entries()
        entries = [TrayEntry(self.tr("Open WellCare"), self.show_window)]
        if self.manager.info().mode == "passphrase":
            entries.append(TrayEntry(self.tr("Lock"), self.lock))
        return entries

    def _feature_tray_entries(self) -> list[TrayEntry]:
        if self.vault is None:
            return []
        return [entry for feature in self.features for entry in feature.tray_entries()]

    def _tray_quit_entry(self) -> list[TrayEntry]:
        if not self.ready:  # a quit from inside the unlock or setup dialog would pull the start from under it
            return []
        return [TrayEntry(self.tr("Quit WellCare"), self.quit)]

    def show_page(self, key: str) -> None:
        window = self.ensure_window()
        if window is not None and key in window.page_keys():
            window.show_page(key)

    def _open_from_balloon(self, page: str | None) -> None:
        if page is not None and self.vault is not None:
            self.show_page(page)
        else:
            self.show_window()

    def _tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if self.ready and reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_window()

    def show_window(self) -> None:
        if self.vault is None:
            self.unlock()
            return
        window = self.ensure_window()
        if window is not None:
            window.bring_to_front()

    def handle_message(self, message: dict[str, object]) -> None:
        """A message from a later launch (`wellcare` again, or `wellcare call start|end`)."""
        if not self.ready:  # the vault step is running (its dialog is on screen): nothing to hand over yet
            log.info("message while starting: ignored")
            return
        if message.get("cmd") == "raise":
            self.show_window()
            return
        for feature in self.features:
            if feature.handle_message(message):
                return

    def set_language(self, language: str) -> None:
        self.prefs = self.prefs.with_changes(language=language)
        save_preferences(self.profile_dir, self.prefs)
        self.translations.install(language)
        self.rebuild_window()
        if self.window is not None:  # the language choice stays under the keyboard in the rebuilt window
            from wellcare.ui.pages.settings import SettingsPage

            for page in self.window.findChildren(SettingsPage):
                page.language.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_high_contrast(self, enabled: bool) -> None:
        self.prefs = self.prefs.with_changes(high_contrast=enabled)
        save_preferences(self.profile_dir, self.prefs)
        apply_theme(self.qapp, enabled)

    def rebuild_window(self) -> None:
        """Re-create the window so every string is translated again (a language switch)."""
        old = self.window
        if old is None:
            return  # not built yet: it will be, in the new language
        current = old.current_page()
        geometry = old.saveGeometry()
        was_visible = old.isVisible()
        window = self._build_window()
        window.restoreGeometry(geometry)
        window.show_page(current)
        if not was_visible:
            window.hide()
        old.hide()
        old.deleteLater()

    def lock(self) -> None:
        if self.vault is None or self.manager.info().mode != "passphrase":
            return
        for feature in self.features:
            feature.stop()
        self.vault.close()
        self.vault = None
        if self.window is not None:
            self.window.hide()
            self.window.deleteLater()
            self.window = None
        self.locked.enter(self.tray)

    def unlock(self) -> None:
        from wellcare.ui.unlock import UnlockDialog

        if self.vault is not None:
            self.show_window()
            return
        dialog = UnlockDialog(self.manager)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.vault is None:
            return  # "Later": still locked, still in the tray (or the locked window)
        self.vault = dialog.vault
        self.locked.leave(self.tray)
        log.info("unlocked")
        for feature in self.features:
            feature.start()
        self._build_window().show()
        if self.locked.hard_call_waiting:  # the hard call from while locked can be logged now
            self.locked.hard_call_waiting = False
            self.show_page("incidents")

    def quit(self) -> None:
        self.shutdown()
        self.qapp.quit()

    def shutdown(self) -> None:
        self.stopped = True
        self.locked.close()
        if self.vault is not None:
            for feature in self.features:
                feature.stop()
        self.features = []
        if self.scheduler is not None:
            if self.scheduler.running:
                self.scheduler.shutdown(wait=False)
            self.scheduler = None
        if self.tray is not None:
            self.tray.hide()
            self.tray.deleteLater()
            self.tray = None
        if self.window is not None:
            self.window.hide()
            self.window.deleteLater()
            self.window = None
        if self.single is not None:
            self.single.close()
            self.single = None
        if self.vault is not None:
            self.vault.close()
            self.vault = None
        self.translations.remove_all()
        log.info("stopped")


def start_failed_text() -> str:
    return QCoreApplication.translate(
        "WellCareApp",
        "WellCare could not start. Your records are unchanged. Please start it again; "
        "if this happens again, tell your IT team.",
    )


def main(args: argparse.Namespace, early: EarlyStart | None = None) -> int:
    """The app's event loop; `early` (wellcare.cli): Qt and the tray icon were made before this module was imported."""
    if early is None:
        early = show_icon_first(args)
        if early is None:
            return 0  # handed over to the running instance
    qapp = early.qapp
    app = WellCareApp(args, qapp, early)
    if not app.launch():
        return app.exit_code
    stop = StopSignals(lambda signum: qapp.exit(128 + signum))  # then the shutdown below, as after Quit
    code = qapp.exec()
    stop.uninstall()
    app.shutdown()
    return code
