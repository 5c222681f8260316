"""When the coordinator's inbox import last ran and what it accepted (a vault setting, Qt-free)."""

from __future__ import annotations

from datetime import datetime

from wellcare.today import LastImport
from wellcare.vault import Vault

SETTING = "inbox.last_import"


def record_import(vault: Vault, at: datetime, accepted: int) -> None:
    vault.set_setting(SETTING, {"at": at.isoformat(), "accepted": int(accepted)})


def last_import(vault: Vault) -> LastImport:
    value = vault.get_setting(SETTING)
    if not isinstance(value, dict) or not isinstance(value.get("at"), str):
        return LastImport(None)
    try:
        at = datetime.fromisoformat(value["at"])
    except ValueError:
        return LastImport(None)
    accepted = value.get("accepted")
    return LastImport(at, accepted if isinstance(accepted, int) and not isinstance(accepted, bool) else 0)
