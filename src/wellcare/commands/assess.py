"""`wellcare checkin`: open the quick check-in of the running WellCare (for a keyboard shortcut).

Bind it to a desktop shortcut and the daily check-in is two keys away. It only sends a message
over the single-instance channel; it never opens the vault itself.
"""

from __future__ import annotations

import argparse

from wellcare.commands.context import EXIT_FAIL, EXIT_OK, Context


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("checkin")
    p.set_defaults(handler=checkin)


def checkin(ctx: Context) -> int:
    from wellcare.instance import send_to_running

    if send_to_running(ctx.profile_dir, {"cmd": "checkin"}):
        return EXIT_OK
    ctx.err.write("wellcare: WellCare is not running for this profile; start it first\n")
    return EXIT_FAIL
