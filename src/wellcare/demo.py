"""A ready-made demo organisation under one folder, so a newcomer can try WellCare in one command.

The demo passphrase is written to a labelled file on purpose: demo data is made up, and the demo
must open where no keyring exists (a VM, a CI box). Real profiles never do this.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from wellcare.vault import VaultManager, VaultState
from wellcare.vault.fileio import atomic_write_bytes

DEMO_PASSPHRASE = "demo-only-not-a-secret"
PASSPHRASE_FILE = "demo-passphrase.txt"


@dataclass(frozen=True)
class DemoLayout:
    root: Path

    @property
    def counselor(self) -> Path:
        return self.root / "counselor"

    @property
    def coordinator(self) -> Path:
        return self.root / "coordinator"

    @property
    def exchange(self) -> Path:
        return self.root / "exchange"

    @property
    def policy(self) -> Path:
        return self.root / "policy.toml"

    @property
    def passphrase_file(self) -> Path:
        return self.root / PASSPHRASE_FILE


def ensure_demo(root: Path) -> DemoLayout:
    """Create the demo profiles under root if they are not there yet; never touch other profiles."""
    layout = DemoLayout(root)
    root.mkdir(parents=True, exist_ok=True)
    if not layout.passphrase_file.exists():
        atomic_write_bytes(
            layout.passphrase_file,
            (DEMO_PASSPHRASE + "\n").encode("utf-8"),
        )
    for profile, role in ((layout.counselor, "counselor"), (layout.coordinator, "coordinator")):
        manager = VaultManager(profile)
        if manager.state() is VaultState.NEW:
            created = manager.create("passphrase", passphrase=DEMO_PASSPHRASE, role=role)
            created.vault.set_setting("demo", True)
            created.vault.close()
    return layout
