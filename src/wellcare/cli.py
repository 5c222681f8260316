"""Headless commands on the same services the GUI uses.

Global options come before the subcommand. A passphrase is never a command-line argument: it
comes from the keyring, --passphrase-file, or a prompt on a terminal, else the command fails
with a clear message. Errors print one plain line and exit non-zero; never a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from wellcare import __version__
from wellcare.paths import default_profile_dir
from wellcare.policy import Policy, PolicyError
from wellcare.policy import load as load_policy
from wellcare.vault import Vault, VaultError, VaultManager, VaultState
from wellcare.vault.errors import PassphraseRequired
from wellcare.vault.fileio import atomic_write_bytes

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="wellcare", description="WellCare: a private wellbeing companion.")
    parser.add_argument("--version", action="version", version=f"WellCare {__version__}")
    parser.add_argument("--profile", type=Path, help="profile folder (default: per-user data dir; WELLCARE_PROFILE)")
    parser.add_argument("--policy", type=Path, help="organisation policy TOML (default: WELLCARE_POLICY, site config)")
    parser.add_argument("--passphrase-file", type=Path, help="read the vault passphrase from this file (automation)")
    parser.add_argument("--coordinator", action="store_true", help="EAP coordinator mode (its own profile and vault)")
    parser.add_argument("--demo", action="store_true", help="open a throwaway demo organisation")
    parser.add_argument("--lang", choices=["en", "ko"], help="interface language (default: settings, then system)")
    parser.add_argument("--minimized", action="store_true", help="start in the tray (used by start at login)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    sub.add_parser("self-test", help="check this installation; prints a JSON summary")
    p = sub.add_parser("export", help="write your own data as JSON to PATH")
    p.add_argument("path", type=Path)
    p = sub.add_parser("wipe", help="delete the vault, its backups and keyring entry")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation (scripts)")
    p = sub.add_parser("score", help="score one questionnaire without any vault; prints JSON")
    p.add_argument("instrument")
    p.add_argument("answers", help="comma-separated raw values in item order")
    return parser


@dataclass
class Context:
    args: argparse.Namespace
    out: TextIO
    err: TextIO

    @property
    def profile_dir(self) -> Path:
        if self.args.profile is not None:
            return Path(self.args.profile).expanduser()
        return default_profile_dir(coordinator=bool(self.args.coordinator))

    def policy(self) -> Policy:
        return load_policy(self.args.policy)

    def read_passphrase(self) -> str | None:
        if self.args.passphrase_file is not None:
            try:
                return Path(self.args.passphrase_file).read_text(encoding="utf-8").rstrip("\r\n")
            except OSError as exc:
                raise VaultError(f"The passphrase file could not be read: {exc.strerror}") from None
        if sys.stdin is not None and sys.stdin.isatty():
            return getpass.getpass("WellCare vault passphrase: ")
        return None

    def open_vault(self) -> Vault:
        """Open the profile's vault: keyring key, else --passphrase-file, else a TTY prompt."""
        manager = VaultManager(self.profile_dir)
        state = manager.state()
        if state is VaultState.NEW:
            raise VaultError(f"There is no WellCare vault in {self.profile_dir}. Start the app once to set it up.")
        if state is VaultState.KEYRING:
            return manager.unlock()
        passphrase = self.read_passphrase()
        if not passphrase:
            raise PassphraseRequired(
                "This vault is locked with a passphrase. Give it with --passphrase-file FILE or run on a terminal."
            )
        return manager.unlock(passphrase)


Command = Callable[[Context], int]
COMMANDS: dict[str, Command] = {}


def command(name: str) -> Callable[[Command], Command]:
    def register(fn: Command) -> Command:
        COMMANDS[name] = fn
        return fn

    return register


@command("self-test")
def _self_test(ctx: Context) -> int:
    from wellcare.selftest import run_self_test

    report = run_self_test()
    ctx.out.write(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    return EXIT_OK if report["ok"] else EXIT_FAIL


@command("export")
def _export(ctx: Context) -> int:
    vault = ctx.open_vault()
    try:
        data = export_vault(vault)
    finally:
        vault.close()
    target: Path = ctx.args.path
    atomic_write_bytes(target, json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8"))
    ctx.out.write(f"Exported your data to {target} ({sum(len(v) for v in data['tables'].values())} records).\n")
    return EXIT_OK


def export_vault(vault: Vault) -> dict[str, object]:
    """Every table except secrets (keys, recovery code, device secret), as lists of row objects."""
    tables: dict[str, list[dict[str, object]]] = {}
    names = [r[0] for r in vault.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    for name in names:
        if name == "secrets" or name.startswith("sqlite_"):
            continue
        cursor = vault.conn.execute(f'SELECT * FROM "{name}"')
        columns = [d[0] for d in cursor.description]
        tables[name] = [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
    return {"format": 1, "app": "WellCare", "version": __version__, "tables": tables}


@command("wipe")
def _wipe(ctx: Context) -> int:
    manager = VaultManager(ctx.profile_dir)
    if not ctx.args.yes:
        if sys.stdin is None or not sys.stdin.isatty():
            ctx.err.write("wellcare: wipe deletes all your WellCare data; confirm on a terminal or pass --yes\n")
            return EXIT_USAGE
        answer = input(f"Delete all WellCare data in {ctx.profile_dir}? This cannot be undone. Type WIPE: ")
        if answer.strip() != "WIPE":
            ctx.err.write("wellcare: nothing was deleted\n")
            return EXIT_FAIL
    removed = manager.wipe()
    ctx.out.write(("Deleted: " + ", ".join(removed) if removed else "There was nothing to delete.") + "\n")
    return EXIT_OK


@command("score")
def _score(ctx: Context) -> int:
    from wellcare.assess.score_command import run_score

    return run_score(ctx.args.instrument, ctx.args.answers, ctx.out, ctx.err)


def run(argv: Sequence[str], out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Parse and run a headless command; returns the exit code."""
    out = out or sys.stdout
    err = err or sys.stderr
    args = build_parser().parse_args(list(argv))
    ctx = Context(args, out, err)
    handler = COMMANDS[args.command]
    try:
        return handler(ctx)
    except (VaultError, PolicyError) as exc:
        err.write(f"wellcare: {exc}\n")
        return EXIT_FAIL
    except KeyboardInterrupt:
        err.write("wellcare: interrupted\n")
        return 130


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(argv)
    if args.command:
        return run(argv)
    from wellcare.app import main as gui_main

    return gui_main(args)
