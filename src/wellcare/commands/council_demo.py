"""`wellcare demo --council --dir DIR`: three demo centres and a council (wellcare.demo_council)."""

from __future__ import annotations

from wellcare.commands.context import EXIT_FAIL, EXIT_OK, EXIT_USAGE, Context


def council_demo(ctx: Context) -> int:
    from wellcare.demo import demo_language
    from wellcare.demo_council import CENTRES, DEFAULT_WEEKS, build_council_demo
    from wellcare.progress import Progress

    weeks = ctx.args.weeks if ctx.args.weeks != 12 else DEFAULT_WEEKS  # 12 is the one-centre default
    if not 1 <= weeks <= 104:
        ctx.err.write("wellcare: --weeks must be between 1 and 104\n")
        return EXIT_USAGE
    try:
        layout = build_council_demo(ctx.args.dir, weeks=weeks, seed=ctx.args.seed,
                                    language=demo_language(getattr(ctx.args, "lang", None)),
                                    progress=Progress.on_terminal(ctx.err))
    except FileExistsError as exc:
        ctx.err.write(f"wellcare: {exc}\n")
        return EXIT_FAIL
    ctx.out.write(
        f"Council demo in {layout.root}\n"
        f"  council view: wellcare --profile {layout.council} --passphrase-file {layout.passphrase_file}\n"
        f"  report:       wellcare --profile {layout.council} --passphrase-file {layout.passphrase_file} "
        f"council report --json\n"
        f"  centres' signed reports: {layout.reports}\n"
        f"  a council surge (each centre has pinned the council; docs/COUNCIL.md):\n"
        f"    wellcare --profile {layout.council} --passphrase-file {layout.passphrase_file} council surge "
        f"--start ISO --end ISO --reason-en TEXT --reason-ko TEXT --out surge.json\n"
        f"    wellcare --profile {layout.centre(CENTRES[0][0]) / 'coordinator'} --passphrase-file "
        f"{layout.passphrase_file} coordinator surge --from-council surge.json\n"
    )
    return EXIT_OK
