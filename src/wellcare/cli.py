"""The `wellcare` command line: global options, then a headless subcommand, or the GUI.

Global options come before the subcommand. A passphrase is never a command-line argument: it
comes from the keyring, --passphrase-file, or a prompt on a terminal, else the command fails
with a clear message. Errors print one plain line and exit non-zero; never a traceback. Log
records go to the profile's log file (logs/wellcare.log), never to the console.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, cast

from wellcare import __version__
from wellcare.commands import COMMANDS
from wellcare.commands.lazy import LazyCommands

if TYPE_CHECKING:
    from wellcare.commands.context import Context


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; ``commands=False``: only the app's own options.

    The commands come from the table in :mod:`wellcare.commands`; a command's module is imported only
    when that command is parsed (``LazyCommands``), so `wellcare --help` imports none of them.
    """
    parser = argparse.ArgumentParser(prog="wellcare", description="WellCare: a private wellbeing companion.")
    parser.add_argument("--version", action="version", version=f"WellCare {__version__}")
    parser.add_argument("--profile", type=Path, help="profile folder (default: per-user data dir; WELLCARE_PROFILE)")
    parser.add_argument("--policy", type=Path, help="organisation policy TOML (default: WELLCARE_POLICY, site config)")
    parser.add_argument("--passphrase-file", type=Path, help="read the vault passphrase from this file (automation)")
    parser.add_argument("--coordinator", action="store_true", help="EAP coordinator mode (its own profile and vault)")
    parser.add_argument("--demo", action="store_true", help="open a throwaway demo organisation")
    parser.add_argument("--lang", choices=["en", "ko"], help="interface language (default: settings, then system)")
    parser.add_argument("--minimized", action="store_true", help="start in the tray (used by start at login)")
    if not commands:
        parser.set_defaults(command=None)
        return parser
    sub = cast(LazyCommands, parser.add_subparsers(dest="command", metavar="COMMAND", action=LazyCommands,
                                                   table=COMMANDS))
    sub.list_table()
    return parser


def run(argv: Sequence[str], out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Parse and run a headless command; returns the exit code."""
    # Imported here: the tray app (no command) shows its icon before the services' modules load (issue #16).
    from wellcare.commands.context import EXIT_FAIL, Context
    from wellcare.logging_setup import logging_to_file
    from wellcare.policy import PolicyError
    from wellcare.vault import VaultError

    out = out or sys.stdout
    err = err or sys.stderr
    args = build_parser().parse_args(list(argv))
    ctx = Context(args, out, err)
    with logging_to_file(_log_profile(ctx)):
        try:
            return int(args.handler(ctx))
        except (VaultError, PolicyError) as exc:
            err.write(f"wellcare: {exc}\n")
            return EXIT_FAIL
        except KeyboardInterrupt:
            err.write("wellcare: interrupted\n")
            return 130


def _log_profile(ctx: Context) -> Path:
    """The profile whose log a command writes to: the coordinator's for `coordinator` commands."""
    if ctx.args.command == "coordinator":
        from wellcare.profile_location import locate_profile

        return locate_profile(ctx.args, coordinator=True).folder
    return ctx.profile_dir


def _app_start(argv: list[str]) -> argparse.Namespace | None:
    """The app's own options when ``argv`` names no command, parsed without importing every command module.

    A counselor's tray app at log-in is started this way; the command modules (and what they import,
    e.g. the coordinator's report) would only sit in its memory.
    """
    if any(arg in ("-h", "--help", "--version") for arg in argv):
        return None
    args, rest = build_parser(commands=False).parse_known_args(argv)
    return None if rest else args


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = _app_start(argv) or build_parser().parse_args(argv)
    if args.command:
        return run(argv)
    from wellcare.app_early import show_icon_first
    early = show_icon_first(args)  # Qt and the tray icon before the app's own modules are imported (issue #16)
    if early is None:
        return 0  # another WellCare for this profile was asked to come forward
    from wellcare.app import main as gui_main

    return gui_main(args, early)
