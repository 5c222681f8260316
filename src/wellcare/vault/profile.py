"""profile.json: the non-secret description of a profile's vault (its id and how it is keyed).

The id is random and names the keyring entry; it says nothing about the person.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from pathlib import Path

from wellcare.vault.errors import ProfileBroken
from wellcare.vault.fileio import atomic_write_bytes

PROFILE_FILE = "profile.json"
MODES = ("keyring", "passphrase")


@dataclass(frozen=True)
class ProfileInfo:
    vault_id: str
    mode: str
    role: str = "counselor"

    @staticmethod
    def new(mode: str, role: str = "counselor") -> ProfileInfo:
        return ProfileInfo(vault_id=uuid.uuid4().hex, mode=mode, role=role)


def read_profile(profile_dir: Path) -> ProfileInfo | None:
    path = profile_dir / PROFILE_FILE
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        info = ProfileInfo(
            vault_id=str(data["vault_id"]), mode=str(data["mode"]), role=str(data.get("role", "counselor"))
        )
    except (OSError, ValueError, KeyError, TypeError):
        raise ProfileBroken() from None
    if info.mode not in MODES:
        raise ProfileBroken()
    return info


def write_profile(profile_dir: Path, info: ProfileInfo) -> None:
    doc = {"format": 1, "vault_id": info.vault_id, "mode": info.mode, "role": info.role}
    atomic_write_bytes(profile_dir / PROFILE_FILE, json.dumps(doc, indent=1).encode("utf-8"))
