"""The composition root: reads policy and preferences, opens the vault, wires services, starts Qt.

Order (see STYLE.md): paths and logging, policy, Qt application and translations, the single
instance channel, the vault (first-run setup or unlock), services, windows and tray. Every
collaborator is passed in explicitly; nothing reaches for QApplication.instance() later.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QSystemTrayIcon

from wellcare.autostart import Autostart
from wellcare.calls import CallState
from wellcare.capabilities import Capabilities
from wellcare.logging_setup import setup_logging
from wellcare.policy import Policy, PolicyError
from wellcare.policy import load as load_policy
from wellcare.preferences import Preferences, load_preferences, save_preferences
from wellcare.runtime import Profile, build_services, locate_profile, read_passphrase_file
from wellcare.schedule.clock import SystemClock
from wellcare.ui.feature import AppContext, Feature
from wellcare.ui.i18n import Translations
from wellcare.ui.locked_mode import LockedMode
from wellcare.ui.main_window import MainWindow
from wellcare.ui.notify import Notifier
from wellcare.ui.pages.home import HomePage, HomeStatus
from wellcare.ui.pages.settings import SettingsPage, recovery_file_missing_text
from wellcare.ui.qt_scheduler import QtMainThreadScheduler
from wellcare.ui.setup import LanguageDialog, SetupWizard
from wellcare.ui.single_instance import SingleInstance, send_to_running
from wellcare.ui.stop_signals import StopSignals
from wellcare.ui.theme import app_icon, apply_theme
from wellcare.ui.tray import Tray, TrayEntry
from wellcare.ui.unlock import UnlockDialog
from wellcare.vault import Vault, VaultError, VaultManager, VaultState
from wellcare.vault.keystore import KeyStore

log = logging.getLogger("wellcare.app")


def tray_available() -> bool:
    """Is there a system tray to live in? (Without one, closing the window minimizes it.)"""
    return QSystemTrayIcon.isSystemTrayAvailable()


def features_for(role: str) -> tuple[Callable[[AppContext], Feature], ...]:
    """The capabilities of a role, in navigation order; each takes the AppContext and nothing else.

    Imported here, not at the top: a counselor's workstation never loads the coordinator's
    dashboard and inbox, and the coordinator's never loads the counselor's pages.
    """
    if role == "coordinator":
        from wellcare.ui.dashboard.feature import DashboardFeature
        from wellcare.ui.eap.coordinator_feature import CoordinatorInboxFeature
        from wellcare.ui.incidents.notice_office import CoordinatorNoticesFeature
        from wellcare.ui.programs.coordinator_enrollments import CoordinatorEnrollmentsFeature

        return (CoordinatorInboxFeature, CoordinatorNoticesFeature, DashboardFeature, CoordinatorEnrollmentsFeature)
    from wellcare.ui.assess.attachments import assessment_summary_source
    from wellcare.ui.assess.feature import AssessFeature
    from wellcare.ui.breaks.feature import BreaksFeature
    from wellcare.ui.eap.feature import EapFeature
    from wellcare.ui.incidents.feature import IncidentsFeature
    from wellcare.ui.incidents.legal import LegalAttachments
    from wellcare.ui.privacy.feature import PrivacyFeature
    from wellcare.ui.programs.feature import ProgramsFeature
    from wellcare.ui.surge.feature import SurgeFeature

    def eap_with_attachments(ctx: AppContext) -> EapFeature:
        """The EAP form offers, each unticked, the latest self-check results and the hard calls' records."""
        assert ctx.services is not None
        legal = LegalAttachments(ctx.services.incidents.incidents, ctx.clock)
        return EapFeature(ctx, sources=(assessment_summary_source(ctx.services.assess), legal))

    return (
        BreaksFeature,
        AssessFeature,
        IncidentsFeature,
        ProgramsFeature,
        eap_with_attachments,
        PrivacyFeature,
        SurgeFeature,
    )


class WellCareApp(QObject):
    """Owns the vault, the services and the windows for one profile."""

    def __init__(self, args: argparse.Namespace, qapp: QApplication) -> None:
        super().__init__()
        self.args = args
        self.qapp = qapp
        self.exit_code = 0
        self.vault: Vault | None = None
        self.window: MainWindow | None = None
        self.tray: Tray | None = None
        self.single: SingleInstance | None = None
        self.started_at = time.perf_counter()
        self.passphrase: str | None = None
        self.location = locate_profile(args, build_demo=True)
        self.profile_dir = self.location.folder
        self.manager = VaultManager(self.profile_dir, KeyStore(out_of_process=True))
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

    # -- start-up ----------------------------------------------------------------------------
    def start(self) -> bool:
        """Run the start-up steps; False means the app should exit with `exit_code`."""
        steps = (
            self._init_logging,
            self._init_policy,
            self._init_translations,
            self._init_single_instance,
            self._init_vault,
            self._init_scheduler,
            self._init_features,
            self._init_window,
            self._init_tray,
        )
        for step in steps:
            if not step():
                self.shutdown()
                return False
        log.info("ready in %.3f s (system tray: %s)", time.perf_counter() - self.started_at, tray_available())
        if self.vault is None:  # the unlock was put off ("Later"): locked, in the tray or a small window
            self.locked.enter(self.tray)
        if self.manager.recovery_file_missing():
            self.notifier.notify(self.tr("Recovery code"), recovery_file_missing_text(), page="settings")
        return True

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
        if not language and self.manager.state() is VaultState.NEW and not self._automated():
            dialog = LanguageDialog()
            dialog.exec()
            language = dialog.choice
            self.prefs = self.prefs.with_changes(language=language)
            save_preferences(self.profile_dir, self.prefs)
        self.translations.install(language)
        apply_theme(self.qapp, self.prefs.high_contrast)
        return True

    def _automated(self) -> bool:
        return self.location.passphrase_file is not None

    def _init_single_instance(self) -> bool:
        if send_to_running(self.profile_dir, {"cmd": "raise"}):
            log.info("handed over to the running instance")
            return False
        self.single = SingleInstance(self.profile_dir, self.handle_message)
        self.single.listen()
        return True

    def _init_vault(self) -> bool:
        if self.location.passphrase_file is not None:
            try:
                self.passphrase = read_passphrase_file(self.location.passphrase_file)
            except VaultError:
                self.passphrase = None
        while self.vault is None:
            try:
                state = self.manager.state()
                if state is VaultState.NEW:
                    if not self._run_setup():
                        return False
                    continue
                if state is VaultState.KEYRING or self.passphrase:
                    self.vault = self.manager.unlock(self.passphrase)
                    continue
                error: VaultError | None = None
            except VaultError as exc:
                log.warning("vault did not open: %s", exc.code)
                error = exc
                self.passphrase = None
            dialog = UnlockDialog(self.manager, error)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                log.info("unlock put off: starting locked")
                return True  # never quit here: a counselor at log-in is left locked, not without WellCare
            self.vault = dialog.vault
        return True

    def _run_setup(self) -> bool:
        wizard = SetupWizard(
            self.manager,
            self.policy.org_name,
            str(self.policy.get("coordinator", "name")),
            role="coordinator" if self.args.coordinator else "counselor",
            start_at_login=bool(self.policy.get("app", "start_at_login")),
        )
        accepted = wizard.exec() == QDialog.DialogCode.Accepted
        if wizard.created is not None:
            self.vault = wizard.created.vault
            if wizard.wants_start_at_login():
                try:
                    Autostart().set_enabled(True)
                except OSError:
                    log.warning("start at log-in could not be turned on")
            return True
        return accepted

    @property
    def role(self) -> str:
        try:
            return self.manager.info().role
        except VaultError:  # locked with a vault that cannot be read: the role asked for at start
            return "coordinator" if self.args.coordinator else "counselor"

    def _init_scheduler(self) -> bool:
        self.scheduler = QtMainThreadScheduler(clock=self.clock, parent=self)
        self.scheduler.start()
        return True

    def _init_features(self) -> bool:
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
        can_lock = self.manager.info().mode == "passphrase"
        self.window = MainWindow(tray_available=tray_available(), can_lock=can_lock)
        self.window.quit_requested.connect(self.quit)
        self.window.lock_requested.connect(self.lock)
        self._add_pages(self.window)
        return self.window

    def ensure_window(self) -> MainWindow | None:
        """The window, built now if the app started in the tray; None while the vault is locked."""
        if self.window is None and self.vault is not None:
            self._build_window()
        return self.window

    def _add_pages(self, window: MainWindow) -> None:
        status = HomeStatus(
            vault_mode=self.manager.info().mode,
            org_name=self.policy.org_name,
            coordinator_name=str(self.policy.get("coordinator", "name")),
            tray_available=tray_available(),
        )
        today = HomePage(status, self.capabilities.today, self.clock, self.current_vault)
        window.add_page("home", self.tr("Today"), today)
        for feature in self.features:
            for spec in feature.pages():
                window.add_page(spec.key, spec.title, spec.widget, scroll=spec.scroll)
        for feature in self.features:
            for action in feature.window_actions(window):
                window.add_feature_action(action)
        settings = SettingsPage(self.prefs, Autostart(), self.manager, self.current_vault)
        settings.language_changed.connect(self.set_language)
        settings.high_contrast_changed.connect(self.set_high_contrast)
        window.add_page("settings", self.tr("Settings"), settings)

    def _init_tray(self) -> bool:
        if not tray_available():
            return True
        self.tray = self.add_tray_providers(Tray(app_icon()))
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
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
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




def main(args: argparse.Namespace) -> int:
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts, True)
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    qapp.setApplicationName("WellCare")
    qapp.setOrganizationName("WellCare")
    qapp.setDesktopFileName("wellcare")  # lets Wayland shells match the window to wellcare.desktop
    qapp.setQuitOnLastWindowClosed(False)
    app = WellCareApp(args, qapp)
    if not app.start():
        return app.exit_code
    stop = StopSignals(lambda signum: qapp.exit(128 + signum))  # then the shutdown below, as after Quit
    code = qapp.exec()
    stop.uninstall()
    app.shutdown()
    return code
