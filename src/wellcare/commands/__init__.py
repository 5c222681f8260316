"""Headless subcommands, one module per capability. Each module has register(subparsers).

Adding a capability's commands = adding its module name here; cli.py stays as it is.
"""

from __future__ import annotations

MODULES: tuple[str, ...] = (
    "wellcare.commands.core",
    "wellcare.commands.calls",
    "wellcare.commands.assess",
    "wellcare.commands.coordinator",
    "wellcare.commands.eap",
    "wellcare.commands.offers",
    "wellcare.commands.demo",
    "wellcare.commands.council",
)
