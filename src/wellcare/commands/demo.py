"""`wellcare demo --dir DIR`: build a complete demo organisation (both roles, real-looking data)."""

from __future__ import annotations

import argparse
from pathlib import Path

from wellcare.commands.context import EXIT_FAIL, EXIT_OK, EXIT_USAGE, Context


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("demo")
    p.add_argument("--dir", type=Path, required=True, help="an empty folder (or an earlier demo, rebuilt)")
    p.add_argument("--counselors", type=int, default=150, help="simulated counselors (default 150)")
    p.add_argument("--weeks", type=int, default=12, help="weeks of history (default 12)")
    p.add_argument("--seed", type=int, default=7, help="random seed: the same seed gives the same demo")
    p.add_argument("--council", action="store_true",
                   help="three centres (40, 150 and 400 counselors) and a council that imported their reports")
    p.set_defaults(handler=demo)


def demo(ctx: Context) -> int:
    from wellcare.demo import build_demo, demo_language
    from wellcare.progress import Progress

    if ctx.args.council:
        from wellcare.commands.council_demo import council_demo

        return council_demo(ctx)
    if ctx.args.counselors < 1 or not 1 <= ctx.args.weeks <= 104:
        ctx.err.write("wellcare: --counselors must be 1 or more and --weeks between 1 and 104\n")
        return EXIT_USAGE
    try:
        layout = build_demo(
            ctx.args.dir,
            counselors=ctx.args.counselors,
            weeks=ctx.args.weeks,
            seed=ctx.args.seed,
            progress=Progress.on_terminal(ctx.err),  # steps and counts on a terminal only
            language=demo_language(getattr(ctx.args, "lang", None)),
        )
    except FileExistsError as exc:
        ctx.err.write(f"wellcare: {exc}\n")
        return EXIT_FAIL
    ctx.out.write(
        f"Demo organisation in {layout.root}\n"
        f"  counselor:   wellcare --profile {layout.counselor} --policy {layout.policy} "
        f"--passphrase-file {layout.passphrase_file}\n"
        f"  coordinator: wellcare --coordinator --profile {layout.coordinator} --policy {layout.policy} "
        f"--passphrase-file {layout.passphrase_file}\n"
        f"  report:      wellcare --profile {layout.coordinator} --policy {layout.policy} "
        f"--passphrase-file {layout.passphrase_file} coordinator report --json\n"
        f"  enrollments: wellcare --profile {layout.coordinator} "
        f"--passphrase-file {layout.passphrase_file} coordinator enrollments --json\n"
    )
    return EXIT_OK
