"""`wellcare council identity|surge`: the council's key fingerprint, and its signed surge notice.

``identity`` prints the council's fingerprint, which the council reads out to each centre's
coordinator (`wellcare coordinator pin-council --fingerprint ...`). ``surge --start ISO --end ISO
--reason-en TEXT --reason-ko TEXT --out FILE`` signs a surge notice with the council's own key (a
vault secret made by `council init`) and writes it to FILE. The council has no share with
counselors: it sends FILE to its centres (e-mail, their own share) and each centre's coordinator
forwards it to its counselors with `wellcare coordinator surge --from-council FILE`.
``surge --cancel [--notice ID] --out FILE`` writes the council's signed cancel of a surge it
announced. ``--dry-run`` checks everything and prints the payload.

Exit codes: 0 done; 1 the vault or FILE could not be used; 2 bad arguments.
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime, timedelta
from pathlib import Path

from wellcare.commands.context import EXIT_FAIL, EXIT_OK, EXIT_USAGE, Context
from wellcare.commands.coordinator_offers import _Stop
from wellcare.commands.coordinator_surge import moment_argument
from wellcare.council.identity import ensure_council_keys
from wellcare.council.service import CouncilDesk
from wellcare.programs.surge.council_file import sign_council_notice
from wellcare.programs.surge.notice import MAX_ADVANCE, SurgeAction, SurgeNotice, SurgeNoticeError, new_notice_id
from wellcare.schedule.clock import SystemClock
from wellcare.vault.fileio import atomic_write_bytes

ISSUED_SETTING = "council.surges"  # the council's own notices: id -> {"end", "cancelled"}
MAX_HOURS = 336  # the longest any centre's policy allows (surge.max_duration_hours); most allow 72
COMMON_HOURS = 72


def register(csub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    ident = csub.add_parser("identity", help="print the council's key fingerprint (to read out to the centres)")
    ident.set_defaults(handler=identity_command)
    surge = csub.add_parser("surge", help="sign a surge notice (or its cancel) for the centres, into a file")
    surge.add_argument("--start", metavar="ISO", help="when it starts, with an offset: 2026-12-07T09:00+09:00")
    surge.add_argument("--end", metavar="ISO", help="when it ends by itself, with an offset")
    surge.add_argument("--reason-en", metavar="TEXT", help="a short reason in English (shown to counselors)")
    surge.add_argument("--reason-ko", metavar="TEXT", help="a short reason in Korean (shown to counselors)")
    surge.add_argument("--cancel", action="store_true", help="sign the cancel of a surge the council announced")
    surge.add_argument("--notice", metavar="ID", help="with --cancel: which surge (needed when several run)")
    surge.add_argument("--out", type=Path, metavar="FILE", help="where to write the signed notice (to send)")
    surge.add_argument("--dry-run", action="store_true", help="check everything, print what would be written")
    surge.set_defaults(handler=surge_command)


def identity_command(ctx: Context) -> int:
    from wellcare.commands.council import _open

    vault, _ = _open(ctx)
    try:
        keys, _created = ensure_council_keys(vault)
        name = CouncilDesk(vault).store.name() or "council"
    finally:
        vault.close()
    ctx.out.write(f"{name}: {keys.public().fingerprint()}\n")
    return EXIT_OK


def _new_surge(ctx: Context, name: str, now: datetime) -> SurgeNotice:
    args = ctx.args
    start, end = moment_argument(args.start, "--start"), moment_argument(args.end, "--end")
    reason = {lang: text for lang, text in (("en", args.reason_en), ("ko", args.reason_ko)) if text and text.strip()}
    if len(reason) < 2:
        raise _Stop(EXIT_USAGE, "--reason-en and --reason-ko are both needed (counselors read one or the other)")
    try:
        notice = SurgeNotice.from_payload(SurgeNotice(
            SurgeAction.SURGE, new_notice_id(now, "council-surge"), now, end, start, reason, council=name,
        ).to_payload())
    except SurgeNoticeError as exc:
        raise _Stop(EXIT_USAGE, f"the surge notice cannot be signed: {exc}") from None
    if end <= now:
        raise _Stop(EXIT_USAGE, "--end has already passed; the centres would refuse the notice")
    if notice.duration() > timedelta(hours=MAX_HOURS):
        raise _Stop(EXIT_USAGE, f"a surge may last at most {MAX_HOURS} hours; most centres allow {COMMON_HOURS}")
    if start - now > MAX_ADVANCE:
        raise _Stop(EXIT_USAGE, f"--start may be at most {MAX_ADVANCE.days} days ahead")
    return notice


def _cancel_of(ctx: Context, issued: dict[str, dict[str, object]], name: str, now: datetime) -> SurgeNotice:
    running = {k: v for k, v in issued.items() if not v.get("cancelled")
               and datetime.fromisoformat(str(v["end"])) > now}
    wanted = ctx.args.notice
    if wanted is None:
        if len(running) != 1:
            listed = ", ".join(sorted(running)) or "none"
            raise _Stop(EXIT_USAGE, f"give --notice ID: the council's surges in force or announced: {listed}")
        wanted = next(iter(running))
    if wanted not in running:
        raise _Stop(EXIT_USAGE, f"{wanted!r} is not a surge of this council in force or announced")
    end = datetime.fromisoformat(str(running[wanted]["end"]))
    return SurgeNotice(SurgeAction.CANCEL, wanted, now, end, council=name)


def surge_command(ctx: Context) -> int:
    from wellcare.commands.council import _open

    now = SystemClock().now()
    if ctx.args.out is None and not ctx.args.dry_run:
        ctx.err.write("wellcare: --out FILE is needed (the file the council sends to its centres)\n")
        return EXIT_USAGE
    vault, _ = _open(ctx)
    try:
        name = CouncilDesk(vault).store.name() or "council"
        setting = vault.get_setting(ISSUED_SETTING)
        issued: dict[str, dict[str, object]] = dict(setting) if isinstance(setting, dict) else {}
        notice = _cancel_of(ctx, issued, name, now) if ctx.args.cancel else _new_surge(ctx, name, now)
        keys, _created = ensure_council_keys(vault)
        if ctx.args.dry_run:
            ctx.out.write(f"Dry run: nothing was written. Would sign with the council key "
                          f"{keys.public().fingerprint()}\n")
            ctx.out.write(json.dumps(notice.to_payload(), indent=2, ensure_ascii=False) + "\n")
            return EXIT_OK
        data = sign_council_notice(notice, keys.signing, keys.public())
        try:
            atomic_write_bytes(Path(ctx.args.out).expanduser(), data)
        except OSError as exc:
            ctx.err.write(f"wellcare: {ctx.args.out} cannot be written ({exc.strerror or exc}); nothing was signed\n")
            return EXIT_FAIL
        entry = issued.get(notice.notice_id, {})
        issued[notice.notice_id] = {"end": notice.end.isoformat(), "cancelled": notice.is_cancel or
                                    bool(entry.get("cancelled"))}
        vault.set_setting(ISSUED_SETTING, {k: v for k, v in issued.items()
                                           if datetime.fromisoformat(str(v["end"])) > now})
    except _Stop as stop:
        ctx.err.write(f"wellcare: {stop}\n")
        return stop.code
    finally:
        vault.close()
    what = "the cancel of surge notice" if notice.is_cancel else "surge notice"
    ctx.out.write(f"Signed {what} {notice.notice_id} as {name} ({keys.public().fingerprint()}).\n"
                  f"Written to {ctx.args.out}. Send it to the centres; each centre's coordinator runs\n"
                  f"  wellcare coordinator surge --from-council {Path(ctx.args.out).name}\n")
    return EXIT_OK
