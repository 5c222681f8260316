"""`wellcare coordinator pin-council` and `coordinator surge --from-council FILE`: the council's surge notice.

``pin-council --fingerprint FPR --name NAME`` pins the council's key by the fingerprint the council
reads out (`wellcare council identity`), in the coordinator's vault. ``surge --from-council FILE``
verifies a council notice file against that pinned key and, when it counts by this centre's clock
and policy and is not a replay, re-publishes it in offers/ as the coordinator's own signed notice
(the council's notice id and name kept: counselors' apps say "announced by the council"); a
council cancel becomes the cancel of the forwarded notice. The policy's ``[surge] accept_council =
false`` refuses every council notice.

Exit codes: 0 forwarded (or, with --dry-run, would be); 3 refused (the reason is printed; nothing
written); 1 it could not run (vault, keys, folder, FILE unreadable); 2 bad arguments.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from wellcare.commands.context import EXIT_FAIL, EXIT_OK, EXIT_USAGE, Context
from wellcare.commands.coordinator import coordinator_profile
from wellcare.commands.coordinator_offers import _fail, _keys_and_folder, _offers_dir, _Stop
from wellcare.exchange import EnvelopeError, TransportError
from wellcare.programs.surge.council_file import MAX_FILE_BYTES
from wellcare.programs.surge.council_link import ForwardRefused, forward, pin_council
from wellcare.programs.surge.settings import SurgeSettings
from wellcare.schedule.clock import SystemClock

EXIT_REFUSED = 3


def register_coordinator(csub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    pin = csub.add_parser("pin-council")
    pin.add_argument("--fingerprint", required=True, help="8 groups of 4 hex digits (`wellcare council identity`)")
    pin.add_argument("--name", required=True, help="the council's name, as counselors will see it")
    pin.set_defaults(handler=pin_council_command)


def pin_council_command(ctx: Context) -> int:
    vault = ctx.open_vault(coordinator_profile(ctx))
    try:
        pin = pin_council(vault, ctx.args.fingerprint, ctx.args.name)
    except ValueError as exc:
        return _fail(ctx, EXIT_USAGE, str(exc))
    finally:
        vault.close()
    ctx.out.write(f"Pinned the council {pin.name}: {pin.fingerprint}\n"
                  "Its surge notices can now be forwarded: wellcare coordinator surge --from-council FILE\n")
    return EXIT_OK


def from_council(ctx: Context) -> int:
    path = Path(ctx.args.from_council).expanduser()
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        return _fail(ctx, EXIT_FAIL, f"{path} cannot be read ({exc.strerror or exc})")
    settings = SurgeSettings.from_policy(ctx.policy())
    try:
        keys, transport = _keys_and_folder(ctx)
    except _Stop as stop:
        return _fail(ctx, stop.code, str(stop))
    now = SystemClock().now()
    vault = ctx.open_vault(coordinator_profile(ctx))
    try:
        done = forward(vault, data, transport, keys.signing, now, max_duration=settings.max_duration,
                       accept=settings.accept_council, dry_run=ctx.args.dry_run)
    except ForwardRefused as exc:
        return _fail(ctx, EXIT_REFUSED, f"refused {path.name}: {exc.reason.value}: {exc.detail}; nothing was written")
    except (TransportError, EnvelopeError) as exc:
        return _fail(ctx, EXIT_FAIL, f"could not write to {_offers_dir(transport)} ({exc}); nothing was published")
    finally:
        vault.close()
    notice = done.notice
    if ctx.args.dry_run:
        ctx.out.write(f"Dry run: nothing was written. {path.name} is valid: the council {notice.council}'s "
                      f"{'cancel of ' if notice.is_cancel else ''}surge notice {notice.notice_id}.\n")
        return EXIT_OK
    if notice.is_cancel:
        ctx.out.write(f"Forwarded the council {notice.council}'s cancel of surge notice {notice.notice_id}.\n")
    else:
        assert notice.start is not None
        ctx.out.write(f"Forwarded the council {notice.council}'s surge notice {notice.notice_id}: "
                      f"{notice.start.isoformat()} to {notice.end.isoformat()}.\n")
    ctx.out.write(f"Written to {_offers_dir(transport)}/{done.file}\n")
    return EXIT_OK
