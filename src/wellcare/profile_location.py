"""Where a profile lives: ``--profile``, the demo's (``--demo``) or the user's, and its passphrase file.

Apart from wellcare.runtime (which re-exports these) so that the tray app can find its profile,
and show its icon, before the services' modules (the exchange, the vault's tables) are imported.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

from wellcare.paths import default_profile_dir, demo_root
from wellcare.progress import Progress
from wellcare.vault.errors import VaultError


@dataclass(frozen=True)
class ProfileLocation:
    """Where a profile lives and which policy and passphrase files go with it."""

    folder: Path
    policy_file: Path | None  # None: WELLCARE_POLICY or the site's policy
    passphrase_file: Path | None  # None: the keyring, a prompt or the unlock dialog


def locate_profile(
    args: argparse.Namespace, *, coordinator: bool | None = None, build_demo: bool = False
) -> ProfileLocation:
    """The profile the command line names: ``--profile``, else the demo's (``--demo``), else the user's.

    ``coordinator`` overrides ``--coordinator`` (``wellcare coordinator ...`` always means that profile).
    The demo is built first only when ``build_demo`` (the app); a command uses it as it is.
    """
    as_coordinator = bool(args.coordinator) if coordinator is None else coordinator
    policy_file, passphrase_file = args.policy, args.passphrase_file
    if args.profile is not None:
        return ProfileLocation(Path(args.profile).expanduser(), policy_file, passphrase_file)
    if getattr(args, "demo", False):  # parsers of older callers (tests) may not declare --demo
        from wellcare.demo_layout import DemoLayout, demo_language

        language = demo_language(getattr(args, "lang", None))
        layout = DemoLayout(demo_root().expanduser().absolute())
        if build_demo and not layout.is_complete(language):
            from wellcare.demo import ensure_demo  # only to build it: the builder pulls in every service

            layout = ensure_demo(demo_root(), language, Progress.on_terminal(sys.stderr))
        folder = layout.coordinator if as_coordinator else layout.counselor
        if policy_file is None and layout.policy.exists():
            policy_file = layout.policy
        return ProfileLocation(folder, policy_file, passphrase_file or layout.passphrase_file)
    return ProfileLocation(default_profile_dir(coordinator=as_coordinator), policy_file, passphrase_file)


def read_passphrase_file(path: Path) -> str:
    """The passphrase: the file's first line without its line ending. VaultError (no contents) if unreadable."""
    try:
        return Path(path).read_text(encoding="utf-8").rstrip("\r\n")
    except OSError as exc:
        raise VaultError(f"The passphrase file could not be read: {exc.strerror}") from None
