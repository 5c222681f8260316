"""The start-up's vault step: the first-run setup, else the keyring or the passphrase file, else the unlock dialog.

Part of the composition root (wellcare.app), which runs it right after the tray icon is shown
(issue #16). A vault that does not open shows the unlock dialog with the reason; "Later" there
leaves the app running, locked, never closed.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QDialog

from wellcare.policy import Policy
from wellcare.profile_location import read_passphrase_file
from wellcare.vault import Vault, VaultError, VaultManager, VaultState

log = logging.getLogger("wellcare.app")


def open_at_start(
    manager: VaultManager, passphrase_file: Path | None, policy: Policy, role: str
) -> tuple[bool, Vault | None]:
    """(go on, the open vault or None while locked); (False, None) when the first-run setup was cancelled."""
    passphrase: str | None = None
    if passphrase_file is not None:
        try:
            passphrase = read_passphrase_file(passphrase_file)
        except VaultError:
            passphrase = None
    while True:
        try:
            state = manager.state()
            if state is VaultState.NEW:
                from wellcare.ui.setup import run_setup  # the dialogs load when needed: most starts need none

                accepted, vault = run_setup(manager, policy.org_name, str(policy.get("coordinator", "name")), role,
                                            start_at_login=bool(policy.get("app", "start_at_login")))
                if not accepted:
                    return False, None
                if vault is not None:
                    return True, vault
                continue
            if state is VaultState.KEYRING or passphrase:
                return True, manager.unlock(passphrase)
            error: VaultError | None = None
        except VaultError as exc:
            log.warning("vault did not open: %s", exc.code)
            error = exc
            passphrase = None
        from wellcare.ui.unlock import UnlockDialog

        dialog = UnlockDialog(manager, error)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            log.info("unlock put off: starting locked")
            return True, None  # never quit here: a counselor at log-in is left locked, not without WellCare
        if dialog.vault is not None:
            return True, dialog.vault
