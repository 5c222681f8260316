"""`wellcare call start|end`: tell the running WellCare that a call began or ended.

For a softphone's or CTI's event scripts. It only sends one message over the single-instance
channel of the profile (same user, same --profile) and exits: 0 if WellCare took it, 1 with one
line on stderr if no WellCare is running. It never opens the vault.
"""

from __future__ import annotations

import argparse

from wellcare.commands.context import EXIT_FAIL, EXIT_OK, Context


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "call",
        description="Breaks wait while you are on a call. Run 'wellcare call start' when a call begins and "
        "'wellcare call end' when it ends.",
    )
    p.add_argument("state", choices=["start", "end"], help="start: a call began; end: it ended")
    p.set_defaults(handler=call)


def call(ctx: Context) -> int:
    from wellcare.instance import send_to_running

    state = ctx.args.state
    profile = ctx.profile_dir  # with --demo, the same profile `wellcare --demo` runs
    if send_to_running(profile, {"cmd": "call", "state": state}):
        return EXIT_OK
    ctx.err.write(f"wellcare: no running WellCare for this profile took the call {state}; is WellCare running?\n")
    return EXIT_FAIL
