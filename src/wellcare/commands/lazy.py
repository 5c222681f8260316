"""Subcommands listed from a table and registered by their module only when one is used (issue #16).

argparse needs every subcommand's parser before it parses; importing every command module to build
them cost a command ~1.5 s (each module imports its services). :class:`LazyCommands` lists each
table entry as a placeholder parser with the table's help, so `--help`, the "invalid choice" list
and their order are as before; when argparse reaches a command, its module is imported and its
hook (``register``, ``register_coordinator``) replaces the placeholders of every command it adds, in
place, before that command's arguments are parsed. Nothing else is imported.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Mapping, Sequence
from typing import Any

from wellcare.commands import Command


class TableMismatch(RuntimeError):
    """A command module and its table disagree (a programming error, found by tests/core/test_cli_table.py)."""


class LazyCommands(argparse._SubParsersAction):  # type: ignore[type-arg]
    """``add_subparsers(action=LazyCommands, table=..., hook=...)``; then :meth:`list_table`."""

    def __init__(self, *args: Any, table: Mapping[str, Command], hook: str = "register", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._table = table
        self._hook = hook
        self._pending: set[str] = set()
        self._loading: str | None = None  # the module whose hook is running

    def list_table(self) -> None:
        """A placeholder for each command of the table (after any command added directly, as before)."""
        for name, command in self._table.items():
            super().add_parser(name, help=command.help)
            self._pending.add(name)

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        if name not in self._pending:
            if self._loading is not None:
                raise TableMismatch(f"{self._loading} adds {name!r}, which its table does not list")
            return super().add_parser(name, **kwargs)
        command = self._table[name]
        if command.module != self._loading:
            raise TableMismatch(f"{name!r} is listed for {command.module}, not {self._loading}")
        if "help" in kwargs:
            raise TableMismatch(f"{command.module} gives {name!r} a help text; it belongs in the table")
        self._pending.discard(name)
        names = list(self._name_parser_map)
        at = names.index(name)
        choice_at = next(i for i, a in enumerate(self._choices_actions) if a.dest == name)
        del self._name_parser_map[name]
        del self._choices_actions[choice_at]
        parser = super().add_parser(name, help=command.help, **kwargs)
        self._choices_actions.insert(choice_at, self._choices_actions.pop())
        parsers = list(self._name_parser_map.items())
        parsers.insert(at, parsers.pop())  # back in the table's place: the choices keep their order
        self._name_parser_map.clear()
        self._name_parser_map.update(parsers)
        return parser

    def load(self, name: str) -> None:
        """Import the module of ``name`` (if still a placeholder) and let it add its commands."""
        if name not in self._pending:
            return
        module = self._table[name].module
        self._loading = module
        try:
            getattr(importlib.import_module(module), self._hook)(self)
        finally:
            self._loading = None
        if name in self._pending:
            raise TableMismatch(f"{module} does not add {name!r}, which its table lists")

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: str | Sequence[Any] | None, option_string: str | None = None) -> None:
        if isinstance(values, Sequence) and values and isinstance(values[0], str):
            self.load(values[0])
        super().__call__(parser, namespace, values, option_string)
