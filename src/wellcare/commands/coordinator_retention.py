"""`wellcare coordinator purge [--dry-run]`: delete the content of closed EAP requests past retention.

The same rule as the coordinator's app applies at start and daily (see
:mod:`wellcare.eap.retention`): a request closed (done, declined or cancelled) more
than ``[eap] retention_days`` ago keeps only its tombstone. ``--dry-run`` lists what would go and
changes nothing. Lines name requests by their short random id only, never by what they say.

Exit codes: 0 done (also when nothing was due); 1 the vault, the keys or the policy could not
be used (a policy that cannot be read stops the command rather than deleting by the default).
"""

from __future__ import annotations

import argparse
import json

from wellcare.commands.context import EXIT_FAIL, EXIT_OK, Context
from wellcare.commands.coordinator import coordinator_profile
from wellcare.eap.office_inbox import EapInbox
from wellcare.eap.retention import EapRetention, PurgeRun, retention_days
from wellcare.inbox.keys_store import load_keys
from wellcare.schedule.clock import SystemClock


def register_coordinator(csub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    purge = csub.add_parser("purge")
    purge.add_argument("--dry-run", action="store_true", help="only list what would be deleted")
    purge.add_argument("--json", action="store_true", help="print the result as JSON")
    purge.set_defaults(handler=purge_command)


def _lines(run: PurgeRun) -> list[str]:
    verb = "would delete" if run.dry_run else "deleted"
    lines = [
        f"EAP retention: {run.days} days after a request is closed; "
        f"{verb} the content of {len(run.due)} request(s)" + (" (dry run: nothing changed)." if run.dry_run else ".")
    ]
    for due in run.due:
        lines.append(
            f"  request {due.envelope_id[:4].upper()}: closed {due.closed_at.date().isoformat()}, "
            f"due {due.purge_at.date().isoformat()}"
        )
    return lines


def purge_command(ctx: Context) -> int:
    profile = coordinator_profile(ctx)
    policy = ctx.policy()  # a PolicyError ends the command: never delete by a default the org overrode
    vault = ctx.open_vault(profile)
    try:
        keys = load_keys(vault)
        if keys is None:
            ctx.err.write(f"wellcare: {profile} has no coordinator keys; run `wellcare coordinator init` first\n")
            return EXIT_FAIL
        days = retention_days(vault, policy, profile)
        run = EapRetention(EapInbox(vault, keys, SystemClock()), days).run(dry_run=ctx.args.dry_run)
    finally:
        vault.close()
    if ctx.args.json:
        doc = {
            "retention_days": run.days,
            "dry_run": run.dry_run,
            "due": [
                {"request": d.envelope_id, "closed_at": d.closed_at.isoformat(), "purge_at": d.purge_at.isoformat()}
                for d in run.due
            ],
            "purged": list(run.purged),
        }
        ctx.out.write(json.dumps(doc, indent=2) + "\n")
    else:
        ctx.out.write("\n".join(_lines(run)) + "\n")
    return EXIT_OK
