"""`coordinator report --council OUT.json`: the centre's signed report for the council.

The numbers are the report this command would print with ``--json`` (the dashboard's, already
suppressed), read under the common definition and signed with the coordinator's signing key.
"""

from __future__ import annotations

from pathlib import Path

from wellcare.aggregates.report import AggregateReport
from wellcare.commands.context import EXIT_FAIL, EXIT_OK, EXIT_USAGE, Context
from wellcare.council.centre_report import signed_council_report
from wellcare.council.definition import DefinitionError, current_definition
from wellcare.inbox.keys_store import load_keys, load_setup
from wellcare.vault import Vault
from wellcare.vault.fileio import atomic_write_bytes


def write_council_report(ctx: Context, vault: Vault, report: AggregateReport, out: Path, quarter: str | None) -> int:
    if report.unit is not None:
        ctx.err.write("wellcare: a council report covers the whole centre; leave out --unit\n")
        return EXIT_USAGE
    keys, setup = load_keys(vault), load_setup(vault)
    if keys is None or setup is None:
        ctx.err.write("wellcare: this profile has no coordinator keys; run `wellcare coordinator init` first\n")
        return EXIT_FAIL
    try:
        definition = current_definition()
    except DefinitionError as exc:
        ctx.err.write(f"wellcare: the council definition cannot be used: {exc}\n")
        return EXIT_FAIL
    payload, data = signed_council_report(
        report.to_json(), definition, keys.signing, keys.public(), setup.org, quarter=quarter)
    try:
        atomic_write_bytes(Path(out).expanduser(), data, mode=0o644)
    except OSError as exc:
        ctx.err.write(f"wellcare: {out} could not be written: {exc.strerror or exc}\n")
        return EXIT_FAIL
    period = payload["period"]
    ctx.out.write(
        f"Council report {payload['report_id']} for {setup.org} ({payload['centre']['id']}), "
        f"{period['first']}..{period['last']}, definition {definition.id} v{definition.version}: {out}\n"
    )
    return EXIT_OK
