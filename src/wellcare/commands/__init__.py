"""Headless subcommands, one module per capability, listed in COMMANDS.

COMMANDS is the one place a command is added: its name, the module that registers it
(``register(subparsers)``; one module may register several) and its one-line help. `wellcare --help`
lists every command from this table without importing a module; `wellcare NAME ...` imports only
NAME's module (:class:`wellcare.commands.lazy.LazyCommands`), so a command starts without every
other command's imports (issue #16). The module adds the command with ``sub.add_parser(NAME)`` and no
help: the help comes from here.
"""

from __future__ import annotations

from typing import NamedTuple


class Command(NamedTuple):
    module: str  # imported when the command is used; its register(subparsers) adds the command
    help: str  # the line `--help` shows (argparse's %-escapes: "95%%")


COMMANDS: dict[str, Command] = {
    "self-test": Command("wellcare.commands.core", "check this installation; prints a JSON summary"),
    "export": Command("wellcare.commands.core", "write your own data as JSON to PATH"),
    "wipe": Command("wellcare.commands.core", "delete the vault, its backups and keyring entry"),
    "score": Command("wellcare.commands.core", "score one questionnaire without any vault; prints JSON"),
    "call": Command("wellcare.commands.calls",
                    "tell the running WellCare that a call started or ended (for softphone scripts)"),
    "checkin": Command("wellcare.commands.assess", "open the quick check-in in the running WellCare app"),
    "coordinator": Command("wellcare.commands.coordinator",
                           "EAP coordinator: set up keys and policy, import the inbox"),
    "eap": Command("wellcare.commands.eap", "your confidential EAP requests"),
    "offers": Command("wellcare.commands.offers",
                      "organisation offers: list what counselors see, check an offer file"),
    "demo": Command("wellcare.commands.demo",
                    "build a demo organisation: coordinator and counselor profiles, exchange, policy"),
    "council": Command("wellcare.commands.council",
                       "council of call centres: pin centres, import their signed reports, merge"),
}

# Every command module, in the table's order.
MODULES: tuple[str, ...] = tuple(dict.fromkeys(command.module for command in COMMANDS.values()))
