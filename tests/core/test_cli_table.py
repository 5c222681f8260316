"""The command table (wellcare.commands.COMMANDS, the coordinator's ACTIONS): a command imports only its own module.

`wellcare --help` lists every command from the table without importing a command module; a run of
`coordinator report` (a real process on a real vault) imports no other command module; and the table
cannot fall out of step with the modules: each module adds exactly the commands the table gives it,
and the help reads the same before and after every module is loaded (issue #16).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import textwrap
import types
from collections.abc import Iterator
from pathlib import Path

import pytest

from wellcare.cli import build_parser
from wellcare.commands import COMMANDS, MODULES, Command
from wellcare.commands.coordinator import ACTION_MODULES, ACTIONS
from wellcare.commands.lazy import LazyCommands, TableMismatch
from wellcare.vault import VaultManager

EVERY_COMMAND_MODULE = (*MODULES, *ACTION_MODULES)


def child(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code), *args], capture_output=True, text=True,
                          env={**os.environ, "COLUMNS": "200"}, timeout=120, check=False)


def listed(help_lines: list[str]) -> list[str]:
    """The names a help text lists under its positional argument (indented by four spaces)."""
    return [line.split()[0] for line in help_lines if line.startswith("    ") and not line.startswith("     ")]


def subcommands(parser: argparse.ArgumentParser) -> LazyCommands:
    [sub] = [a for a in parser._actions if isinstance(a, LazyCommands)]
    return sub


def test_help_lists_every_command_of_the_table_without_importing_one() -> None:
    done = child("""
        import json, sys
        from wellcare import cli
        try:
            cli.main(["--help"])
        except SystemExit as exc:
            code = exc.code
        print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
    """)
    *help_lines, last = done.stdout.strip().splitlines()
    result = json.loads(last)
    assert result["code"] == 0, done.stderr
    assert listed(help_lines) == list(COMMANDS)
    text = " ".join(" ".join(help_lines).split())
    assert all(command.help.replace("%%", "%") in text for command in COMMANDS.values())
    assert set(MODULES) == {command.module for command in COMMANDS.values()}
    assert not set(result["modules"]) & set(EVERY_COMMAND_MODULE)


def test_coordinator_help_lists_every_action_without_importing_their_modules() -> None:
    done = child("""
        import json, sys
        from wellcare import cli
        try:
            cli.main(["coordinator", "--help"])
        except SystemExit as exc:
            code = exc.code
        print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
    """)
    *help_lines, last = done.stdout.strip().splitlines()
    result = json.loads(last)
    assert result["code"] == 0, done.stderr
    assert listed(help_lines) == ["init", "import", "fingerprint", *ACTIONS]
    text = " ".join(" ".join(help_lines).split())
    assert all(action.help.replace("%%", "%") in text for action in ACTIONS.values())
    assert not set(result["modules"]) & set(ACTION_MODULES)


@pytest.fixture
def coordinator_profile(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    profile = tmp_path / "coordinator"
    VaultManager(profile).create("passphrase", passphrase="report passphrase", role="coordinator").vault.close()
    secret = tmp_path / "secret"
    secret.write_text("report passphrase\n", encoding="utf-8")
    secret.chmod(0o600)
    yield profile, secret


def test_a_coordinator_report_run_imports_no_other_command_module(coordinator_profile: tuple[Path, Path]) -> None:
    profile, secret = coordinator_profile
    done = child("""
        import io, json, sys
        from wellcare import cli
        out = io.StringIO()
        code = cli.run(sys.argv[1:], out)
        print(json.dumps({"code": code, "report": json.loads(out.getvalue())["schema"],
                          "modules": sorted(sys.modules)}))
    """, "--profile", str(profile), "--passphrase-file", str(secret), "coordinator", "report", "--json")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["code"] == 0 and result["report"].startswith("wellcare.aggregate_report/"), done.stderr
    commands = {m for m in result["modules"] if m.startswith("wellcare.commands.")}
    assert commands == {"wellcare.commands.lazy", "wellcare.commands.context", "wellcare.commands.coordinator",
                        "wellcare.commands.coordinator_report"}
    # nor what only other actions need: signing for the council, the composition of every service, numpy
    for heavy in ("wellcare.runtime", "wellcare.council.centre_report", "numpy"):
        assert heavy not in result["modules"]


def _loaded_parser() -> tuple[argparse.ArgumentParser, str, str]:
    """The parser with every module loaded, and its top-level and coordinator help before and after."""
    parser = build_parser()
    sub = subcommands(parser)
    before = parser.format_help()
    for name in COMMANDS:
        sub.load(name)
    coordinator = sub.choices["coordinator"]
    csub = subcommands(coordinator)
    coordinator_before = coordinator.format_help()
    for name in ACTIONS:
        csub.load(name)
    assert not sub._pending and not csub._pending  # every placeholder replaced by its module's parser
    assert parser.format_help() == before
    assert coordinator.format_help() == coordinator_before
    return parser, before, coordinator_before


def test_every_module_adds_exactly_the_commands_the_table_gives_it() -> None:
    parser, _, _ = _loaded_parser()
    sub = subcommands(parser)
    assert list(sub.choices) == list(COMMANDS)
    coordinator = sub.choices["coordinator"]
    assert list(subcommands(coordinator).choices) == ["init", "import", "fingerprint", *ACTIONS]
    for name in COMMANDS:  # each a real parser now: its own arguments and a handler (or its own subcommands)
        parsed = sub.choices[name]
        assert parsed.description is not None or len(parsed._actions) > 1 or parsed.get_default("handler")


def test_a_module_out_of_step_with_its_table_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    module = types.ModuleType("wellcare_test_commands")

    def register(sub: LazyCommands) -> None:
        sub.add_parser("listed")
        sub.add_parser("unlisted")

    module.register = register  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "wellcare_test_commands", module)
    parser = argparse.ArgumentParser(prog="t")
    sub = parser.add_subparsers(action=LazyCommands, table={"listed": Command("wellcare_test_commands", "one")})
    assert isinstance(sub, LazyCommands)
    sub.list_table()
    with pytest.raises(TableMismatch, match="unlisted"):
        parser.parse_args(["listed"])

    def register_with_help(sub: LazyCommands) -> None:
        sub.add_parser("listed", help="another text")

    module.register = register_with_help  # type: ignore[attr-defined]
    parser = argparse.ArgumentParser(prog="t")
    sub = parser.add_subparsers(action=LazyCommands, table={"listed": Command("wellcare_test_commands", "one")})
    assert isinstance(sub, LazyCommands)
    sub.list_table()
    with pytest.raises(TableMismatch, match="belongs in the table"):
        parser.parse_args(["listed"])
