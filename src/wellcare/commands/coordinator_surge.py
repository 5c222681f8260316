"""`wellcare coordinator surge`: announce a surge period to counselors' apps, or cancel it.

``surge --start ISO --end ISO --reason-en TEXT --reason-ko TEXT`` signs a surge notice with the
coordinator's key from its vault and writes it into the exchange's offers/ folder, where counselors'
apps read it (verified against the pinned coordinator key). While it is in force their breaks follow
the policy's ``[surge]`` settings; it ends by itself at ``--end``. ``surge --cancel`` writes a signed
cancel for every surge in force or announced. ``--dry-run`` checks everything and prints the payload.
``surge --from-council FILE`` and ``pin-council`` forward the council's notices (commands/coordinator_council.py).

Times need an offset (2026-12-07T09:00+09:00); a notice longer than the policy's
``surge.max_duration_hours`` (default 72), already over, or starting more than 7 days ahead is
refused here, as counselors' apps would ignore it. Exit codes: 0 done; 1 it could not run (vault,
keys, folder; nothing written); 2 bad arguments.
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime

from wellcare.commands.context import EXIT_FAIL, EXIT_OK, EXIT_USAGE, Context
from wellcare.commands.coordinator_council import from_council
from wellcare.commands.coordinator_offers import _fail, _keys_and_folder, _offers_dir, _Stop
from wellcare.exchange import EnvelopeError, TransportError
from wellcare.programs.surge.notice import SurgeNoticeError
from wellcare.programs.surge.publish import cancel_all, check_new, new_surge, published, remove_expired, write_notice
from wellcare.programs.surge.settings import SurgeSettings
from wellcare.schedule.clock import SystemClock


def register_coordinator(csub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    surge = csub.add_parser("surge")
    surge.add_argument("--start", metavar="ISO", help="when it starts, with an offset: 2026-12-07T09:00+09:00")
    surge.add_argument("--end", metavar="ISO", help="when it ends by itself, with an offset")
    surge.add_argument("--reason-en", metavar="TEXT", help="a short reason in English (shown to counselors)")
    surge.add_argument("--reason-ko", metavar="TEXT", help="a short reason in Korean (shown to counselors)")
    surge.add_argument("--cancel", action="store_true", help="end every surge in force or announced, now")
    surge.add_argument("--exchange", metavar="DIR", help="the exchange folder (default: the init one)")
    surge.add_argument("--dry-run", action="store_true", help="check everything, print what would be written")
    surge.add_argument("--from-council", metavar="FILE",
                       help="forward the council's signed surge notice (or cancel) to this centre's counselors")
    surge.set_defaults(handler=surge_command)


def moment_argument(text: str | None, flag: str) -> datetime:
    """A --start/--end argument: an ISO date and time with its offset (_Stop with the usage error)."""
    if not text:
        raise _Stop(EXIT_USAGE, f"{flag} is needed (e.g. {flag} 2026-12-07T09:00+09:00), or give --cancel")
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise _Stop(EXIT_USAGE, f"{flag} {text[:40]!r} is not a date and time like 2026-12-07T09:00+09:00") from None
    if when.tzinfo is None:
        raise _Stop(EXIT_USAGE, f"{flag} needs a time zone offset, e.g. +09:00")
    return when


def surge_command(ctx: Context) -> int:
    if ctx.args.from_council:
        return from_council(ctx)
    try:
        return _cancel(ctx) if ctx.args.cancel else _announce(ctx)
    except _Stop as stop:
        return _fail(ctx, stop.code, str(stop))


def _announce(ctx: Context) -> int:
    args = ctx.args
    now = SystemClock().now()
    start, end = moment_argument(args.start, "--start"), moment_argument(args.end, "--end")
    reason = {lang: text for lang, text in (("en", args.reason_en), ("ko", args.reason_ko)) if text and text.strip()}
    if len(reason) < 2:
        raise _Stop(EXIT_USAGE, "--reason-en and --reason-ko are both needed (counselors read one or the other)")
    max_duration = SurgeSettings.from_policy(ctx.policy()).max_duration
    try:
        notice = new_surge(start, end, reason, now)
        check_new(notice, now, max_duration)
    except SurgeNoticeError as exc:
        raise _Stop(EXIT_USAGE, f"the surge notice cannot be published: {exc}") from None
    keys, transport = _keys_and_folder(ctx)
    if args.dry_run:
        ctx.out.write("Dry run: nothing was written.\n")
        ctx.out.write(f"Would sign with the coordinator key {keys.public().fingerprint()} and write to "
                      f"{_offers_dir(transport)}\n")
        ctx.out.write(json.dumps(notice.to_payload(), indent=2, ensure_ascii=False) + "\n")
        return EXIT_OK
    try:
        remove_expired(transport, published(transport, keys.signing.verify_key), now)
        name = write_notice(transport, notice, keys.signing, now)
    except (TransportError, EnvelopeError) as exc:
        raise _Stop(EXIT_FAIL, f"could not write to {_offers_dir(transport)} ({exc}); nothing was published") from None
    ctx.out.write(f"Published surge notice {notice.notice_id}: {start.isoformat()} to {end.isoformat()}.\n")
    ctx.out.write(f"Written to {_offers_dir(transport)}/{name}\n")
    ctx.out.write("It ends by itself at its end time. To end it sooner: wellcare coordinator surge --cancel\n")
    return EXIT_OK


def _cancel(ctx: Context) -> int:
    now = SystemClock().now()
    max_duration = SurgeSettings.from_policy(ctx.policy()).max_duration
    keys, transport = _keys_and_folder(ctx)
    try:
        listing = published(transport, keys.signing.verify_key)
    except TransportError as exc:
        raise _Stop(EXIT_FAIL, f"the offers folder {_offers_dir(transport)} cannot be read ({exc.detail})") from None
    current = listing.current(now, max_duration)
    if not current:
        ctx.out.write("No surge is in force or announced; nothing to cancel.\n")
        return EXIT_OK
    if ctx.args.dry_run:
        ctx.out.write("Dry run: nothing was written.\n")
        for notice in current:
            ctx.out.write(f"Would cancel surge notice {notice.notice_id} (until {notice.end.isoformat()})\n")
        return EXIT_OK
    try:
        cancelled = cancel_all(transport, keys.signing, listing, now, max_duration)
    except (TransportError, EnvelopeError) as exc:
        raise _Stop(EXIT_FAIL, f"could not write to {_offers_dir(transport)} ({exc})") from None
    for item in cancelled:
        ctx.out.write(f"Cancelled surge notice {item.notice_id}.\n")
    return EXIT_OK
