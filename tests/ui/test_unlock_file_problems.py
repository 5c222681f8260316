"""The unlock dialog names a file or disk problem and offers "Try again", not recovery or a reset."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from wellcare.ui.unlock import UnlockDialog
from wellcare.vault import VaultManager
from wellcare.vault.database import DB_FILE
from wellcare.vault.errors import VaultError


def unlock_error(manager: VaultManager) -> VaultError:
    with pytest.raises(VaultError) as err:
        manager.unlock()
    return err.value


def test_a_pipe_named_vault_db_is_explained_with_try_again_first(qtbot, english, profile_dir: Path) -> None:  # type: ignore[no-untyped-def]
    manager = VaultManager(profile_dir)
    manager.create("keyring").vault.close()
    (profile_dir / DB_FILE).rename(profile_dir / "vault.moved")
    os.mkfifo(profile_dir / DB_FILE)
    dialog = UnlockDialog(manager, unlock_error(manager))
    qtbot.addWidget(dialog)
    dialog.show()
    assert "not a file" in dialog.message.text()
    assert "passphrase" not in dialog.message.text()
    assert dialog.retry_button.isVisible() and dialog.retry_button.isDefault()
    assert not dialog.reset_button.isVisible()
    assert not dialog.recover_button.isVisible()

    (profile_dir / DB_FILE).unlink()
    (profile_dir / "vault.moved").rename(profile_dir / DB_FILE)
    dialog.retry_button.click()
    assert dialog.retry and dialog.vault is None
    manager.unlock().close()  # fixed: the caller's next attempt opens it


def test_a_truncated_vault_offers_try_again_before_any_reset(qtbot, english, profile_dir: Path) -> None:  # type: ignore[no-untyped-def]
    manager = VaultManager(profile_dir)
    manager.create("keyring").vault.close()
    os.truncate(profile_dir / DB_FILE, 4096)
    dialog = UnlockDialog(manager, unlock_error(manager))
    qtbot.addWidget(dialog)
    dialog.show()
    assert "damaged" in dialog.message.text()
    assert dialog.retry_button.isDefault()
    assert not dialog.recover_button.isVisible()
    assert not dialog.reset_button.isDefault() and not dialog.reset_button.property("primary")


def test_a_wrong_keyring_key_still_offers_recovery(qtbot, english, profile_dir: Path) -> None:  # type: ignore[no-untyped-def]
    manager = VaultManager(profile_dir)
    created = manager.create("keyring")
    created.vault.close()
    manager.keystore.store(created.info.vault_id, "ab" * 32)
    error = unlock_error(manager)
    assert error.code == "wrong_key"
    dialog = UnlockDialog(manager, error)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.recover_button.isVisible()
    assert not dialog.retry_button.isVisible()


def test_a_setup_under_way_elsewhere_offers_no_reset(qtbot, english, profile_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from wellcare.vault.creation import SetupUnderWay

    dialog = UnlockDialog(VaultManager(profile_dir), SetupUnderWay())
    qtbot.addWidget(dialog)
    dialog.show()
    assert "being set up" in dialog.message.text()
    assert dialog.retry_button.isDefault()
    assert not dialog.reset_button.isVisible() and not dialog.recover_button.isVisible()
