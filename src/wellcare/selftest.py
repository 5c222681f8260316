"""`wellcare self-test`: does this installation work? Each check is independent and reports why.

It uses a throwaway vault in a temp folder with a random raw key (never the keyring, never the
user's profile), so it is safe to run on a counselor's machine and in a frozen bundle.
"""

from __future__ import annotations

import os
import secrets
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from wellcare import __version__
from wellcare.paths import i18n_dir, resource_dir

Check = Callable[[], str]


def check_vault() -> str:
    folder = Path(tempfile.mkdtemp(prefix="wellcare-selftest-"))
    try:
        from wellcare.vault.database import DB_FILE, Vault, raw_key_pragma

        pragma = raw_key_pragma(secrets.token_hex(32))
        marker = "selftest-" + secrets.token_hex(8)
        vault = Vault.create(folder, pragma)
        vault.set_setting("marker", marker)
        vault.close()
        data = (folder / DB_FILE).read_bytes()
        if data[:16] == b"SQLite format 3\x00" or marker.encode() in data:
            raise AssertionError("the vault file is not encrypted")
        vault = Vault.open(folder, pragma)
        try:
            if vault.get_setting("marker") != marker or not vault.integrity_ok():
                raise AssertionError("the vault did not read back what was written")
            cipher = vault.query_one("PRAGMA cipher_version")
        finally:
            vault.close()
        return f"SQLCipher {cipher[0] if cipher else '?'} round trip ok"
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def check_resources() -> str:
    from wellcare import policy

    root = resource_dir()
    policy.load(root / "policy.example.toml")
    found = ["policy.example.toml"]
    if (root / "instruments").is_dir() and any((root / "instruments").glob("*.json")):
        from wellcare.assess.loader import load_catalog

        catalog = load_catalog()
        found.append(f"{len(catalog)} instruments ({', '.join(catalog.ids)})")
    from wellcare.incidents.rights import load_rights

    rights = load_rights(root / "rights" / "osh_art41.json")  # the hard-call rights panel cannot show without it
    found.append(f"rights text ({len(rights.sources)} sources)")
    return f"{root}: " + ", ".join(found)


def check_translations() -> str:
    from PySide6.QtCore import QTranslator

    folder = i18n_dir()
    loaded = []
    for lang in ("ko", "en"):
        translator = QTranslator()
        if not translator.load(f"wellcare_{lang}", str(folder)):
            raise AssertionError(f"wellcare_{lang}.qm is missing or unreadable in {folder}")
        loaded.append(lang)
    translator = QTranslator()
    translator.load("wellcare_ko", str(folder))
    if translator.translate("WellCareApp", "Today") != "오늘":
        raise AssertionError("the Korean translation does not translate 'Today'")
    return f"{', '.join(loaded)} from {folder}"


def check_scheduler() -> str:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    from wellcare.ui.qt_scheduler import QtMainThreadScheduler

    app = QCoreApplication.instance() or QCoreApplication([])
    ran: list[float] = []
    loop = QEventLoop()
    scheduler = QtMainThreadScheduler(parent=app)
    scheduler.start()
    try:
        from datetime import datetime, timedelta

        scheduler.add_job(
            lambda: (ran.append(time.monotonic()), loop.quit()),
            "date",
            run_date=datetime.now().astimezone() + timedelta(milliseconds=50),
        )
        guard = QTimer()
        guard.setSingleShot(True)
        guard.timeout.connect(loop.quit)
        guard.start(5000)
        loop.exec()
        guard.stop()
    finally:
        scheduler.shutdown(wait=False)
    if len(ran) != 1:
        raise AssertionError("a scheduled job did not run on the Qt loop")
    return "APScheduler job ran on the Qt main loop"


CHECKS: dict[str, Check] = {
    "vault": check_vault,
    "resources": check_resources,
    "translations": check_translations,
    "scheduler": check_scheduler,
}


def run_self_test() -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    results: dict[str, Any] = {}
    for name, check in CHECKS.items():
        started = time.perf_counter()
        try:
            results[name] = {"ok": True, "detail": check()}
        except Exception as exc:  # a self-test reports every failure instead of stopping at the first
            results[name] = {"ok": False, "detail": f"{type(exc).__name__}: {exc}"}
        results[name]["seconds"] = round(time.perf_counter() - started, 3)
    return {"ok": all(r["ok"] for r in results.values()), "version": __version__, "checks": results}
