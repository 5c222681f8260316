"""`wellcare council init|pin|import|report|identity|surge`: the council of call centres, headless.

The council has its own profile and vault (role ``council``): --profile DIR, else the per-user
council profile. It pins each centre's key by the fingerprint the centre's EAP office reads out
(`wellcare coordinator fingerprint`), imports the centres' signed reports
(`coordinator report --council`), and publishes them side by side (docs/COUNCIL.md). Its own key
(made by `init`, shown by `identity`) signs the surge notices it sends to its centres
(commands/council_surge.py).

Exit codes: 0 done; 3 `import` refused some files (each with its reason); 1 the vault could not be
used; 2 usage error.
"""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime
from pathlib import Path

import platformdirs

from wellcare.aggregate_format.schema import check_period
from wellcare.commands.context import EXIT_OK, EXIT_USAGE, Context
from wellcare.council.exports import write_csv, write_pdf
from wellcare.council.identity import ensure_council_keys
from wellcare.council.periods import quarter_weeks
from wellcare.council.service import COUNCIL_ROLE, CouncilDesk
from wellcare.paths import APP_NAME
from wellcare.vault import Vault, VaultError, VaultManager, VaultState

EXIT_REFUSED = 3


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("council")
    csub = p.add_subparsers(dest="council_command", metavar="ACTION", required=True)
    init = csub.add_parser("init", help="create the council's profile and vault")
    init.add_argument("--name", required=True, help="the council's name")
    init.set_defaults(handler=init_command)
    pin = csub.add_parser("pin", help="pin a centre's key by the fingerprint its EAP office reads out")
    pin.add_argument("fingerprint", help="8 groups of 4 hex digits (spaces or dashes)")
    pin.add_argument("--name", required=True, help="the centre's name, as the council shows it")
    pin.set_defaults(handler=pin_command)
    imp = csub.add_parser("import", help="import centre reports (refused ones are listed with their reason)")
    imp.add_argument("files", nargs="+", type=Path, help="report files written by `coordinator report --council`")
    imp.add_argument("--json", action="store_true", help="print the outcome as JSON")
    imp.set_defaults(handler=import_command)
    rep = csub.add_parser("report", help="the centres side by side and combined, with intervals")
    rep.add_argument("--json", action="store_true", help="print the whole view as JSON")
    rep.add_argument("--csv", type=Path, help="write the view's rows to this CSV file")
    rep.add_argument("--pdf", type=Path, help="write the view as a PDF")
    rep.add_argument("--from", dest="first", help="first ISO week (default: the first reported)")
    rep.add_argument("--to", dest="last", help="last ISO week (default: the last reported)")
    rep.add_argument("--quarter", help="the weeks of one quarter, e.g. 2026-Q4")
    rep.set_defaults(handler=report_command)
    from wellcare.commands.council_surge import register as register_surge

    register_surge(csub)


def council_profile(ctx: Context) -> Path:
    if ctx.args.profile is not None:
        return Path(ctx.args.profile).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / COUNCIL_ROLE


def _open(ctx: Context, *, create: bool = False) -> tuple[Vault, str | None]:
    profile = council_profile(ctx)
    manager = VaultManager(profile)
    if manager.state() is VaultState.NEW:
        if not create:
            raise VaultError(f"There is no council vault in {profile}; run `wellcare council init` first.")
        if ctx.location.passphrase_file is None and manager.keyring_usable():
            created = manager.create("keyring", role=COUNCIL_ROLE)
        else:
            passphrase = ctx.read_passphrase()
            if not passphrase or len(passphrase) < 8:
                raise VaultError("No usable keyring here, so the council vault needs a passphrase of at least "
                                 "8 characters: give it with --passphrase-file FILE or run on a terminal.")
            created = manager.create("passphrase", passphrase=passphrase, role=COUNCIL_ROLE)
        return created.vault, created.recovery_code
    if manager.info().role != COUNCIL_ROLE:
        raise VaultError(f"The profile in {profile} is a {manager.info().role}'s. "
                         "The council needs its own profile (--profile DIR).")
    return ctx.open_vault(profile), None


def init_command(ctx: Context) -> int:
    if not ctx.args.name.strip():
        ctx.err.write("wellcare: --name must not be empty\n")
        return EXIT_USAGE
    vault, code = _open(ctx, create=True)
    try:
        CouncilDesk(vault).store.set_name(ctx.args.name)
        keys, _created = ensure_council_keys(vault)
    finally:
        vault.close()
    if code is not None:
        ctx.out.write(f"Created the council profile in {council_profile(ctx)}.\n"
                      f"RECOVERY CODE (shown only now; write it down and keep it safe): {code}\n")
    ctx.out.write(f"Council: {ctx.args.name.strip()}\nFingerprint (read it out to the centres' coordinators): "
                  f"{keys.public().fingerprint()}\n")
    return EXIT_OK


def pin_command(ctx: Context) -> int:
    vault, _ = _open(ctx)
    try:
        centre = CouncilDesk(vault).store.pin(ctx.args.fingerprint, ctx.args.name, datetime.now(UTC))
    except ValueError as exc:
        ctx.err.write(f"wellcare: {exc}\n")
        return EXIT_USAGE
    finally:
        vault.close()
    ctx.out.write(f"Pinned {centre.name}: {centre.fingerprint}\n")
    return EXIT_OK


def import_command(ctx: Context) -> int:
    vault, _ = _open(ctx)
    try:
        outcomes = CouncilDesk(vault).import_files(list(ctx.args.files), datetime.now(UTC))
    finally:
        vault.close()
    if ctx.args.json:
        doc = [{"file": str(o.path), "accepted": o.accepted is not None,
                "report_id": o.accepted.report_id if o.accepted else None,
                "reason": o.reason.value if o.reason else None, "detail": o.detail} for o in outcomes]
        ctx.out.write(json.dumps(doc, indent=2) + "\n")
    else:
        for o in outcomes:
            if o.accepted is not None:
                a = o.accepted
                ctx.out.write(f"accepted {o.path}: report {a.report_id}, centre {a.centre}, {a.first}..{a.last}\n")
            else:
                assert o.reason is not None
                ctx.out.write(f"refused {o.path}: {o.reason.value}: {o.detail}\n")
    return EXIT_REFUSED if any(o.accepted is None for o in outcomes) else EXIT_OK


def _range(args: argparse.Namespace) -> tuple[str | None, str | None]:
    if args.quarter is not None:
        if args.first or args.last:
            raise ValueError("give either --quarter or --from/--to, not both")
        weeks = quarter_weeks(args.quarter)
        return weeks[0], weeks[-1]
    first = check_period(args.first) if args.first else None
    last = check_period(args.last) if args.last else None
    if first and last and first > last:
        raise ValueError("--from must not be after --to")
    return first, last


def report_command(ctx: Context) -> int:
    try:
        first, last = _range(ctx.args)
    except ValueError as exc:
        ctx.err.write(f"wellcare: {exc}\n")
        return EXIT_USAGE
    vault, _ = _open(ctx)
    try:
        desk = CouncilDesk(vault)
        view = desk.view(first, last, datetime.now(UTC))
        name = desk.store.name()
    finally:
        vault.close()
    language = getattr(ctx.args, "lang", None) or "en"
    if ctx.args.csv is not None:
        write_csv(ctx.args.csv, view, language)
    if ctx.args.pdf is not None:
        write_pdf(ctx.args.pdf, view, name, language)
    if ctx.args.json:
        ctx.out.write(json.dumps(view, ensure_ascii=False, indent=2) + "\n")
    elif ctx.args.csv is None and ctx.args.pdf is None:
        centres = ", ".join(f"{c['name']} ({c['reports']} reports)" for c in view["centres"])
        periods = view["periods"]
        span = f"{periods[0]}..{periods[-1]}" if periods else "no weeks"
        ctx.out.write(f"{name}: {centres or 'no centres pinned'}; {span}; quarters {', '.join(view['quarters'])}\n")
    return EXIT_OK
