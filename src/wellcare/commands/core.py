"""self-test, export, wipe and score: the commands every installation has."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from wellcare import __version__
from wellcare.commands.context import EXIT_FAIL, EXIT_OK, EXIT_USAGE, Context
from wellcare.vault import Vault, VaultManager
from wellcare.vault.fileio import atomic_write_bytes


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("self-test")
    p.set_defaults(handler=self_test)
    p = sub.add_parser("export")
    p.add_argument("path", type=Path)
    p.set_defaults(handler=export)
    p = sub.add_parser("wipe")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation (scripts)")
    p.set_defaults(handler=wipe)
    p = sub.add_parser("score")
    p.add_argument("instrument")
    p.add_argument("answers", help="comma-separated raw values in item order")
    p.set_defaults(handler=score)


def self_test(ctx: Context) -> int:
    from wellcare.selftest import run_self_test

    report = run_self_test()
    ctx.out.write(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    return EXIT_OK if report["ok"] else EXIT_FAIL


def export(ctx: Context) -> int:
    vault = ctx.open_vault()
    try:
        data = export_vault(vault)
    finally:
        vault.close()
    target: Path = ctx.args.path
    atomic_write_bytes(target, json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8"))
    count = sum(len(rows) for rows in data["tables"].values())  # type: ignore[attr-defined]
    ctx.out.write(f"Exported your data to {target} ({count} records).\n")
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


def wipe(ctx: Context) -> int:
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


def score(ctx: Context) -> int:
    from wellcare.assess.score_command import run_score

    return run_score(ctx.args.instrument, ctx.args.answers, ctx.out, ctx.err)
