"""`wellcare coordinator init|import|fingerprint`: the EAP coordinator's headless commands.

More actions come from ACTIONS (report, offers, surge, ...): each one's module is imported only
when that action is used (:class:`wellcare.commands.lazy.LazyCommands`), so `coordinator report`
does not import what publishing an offer needs.

These always work on the coordinator's own profile: --profile DIR, else the per-user
coordinator profile (the one `wellcare --coordinator` opens).

Exit codes of `coordinator import`: 0 the inbox was processed and nothing was quarantined;
3 it was processed but some files were quarantined (their reasons are printed); 1 it could not
run (vault, keys or exchange folder unavailable); 2 usage error.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import cast

from wellcare.commands import Command
from wellcare.commands.context import EXIT_FAIL, EXIT_OK, EXIT_USAGE, Context
from wellcare.commands.lazy import LazyCommands
from wellcare.exchange import CoordinatorKeys, FolderTransport, TransportError
from wellcare.inbox.dispatcher import InboxReport
from wellcare.inbox.keys_store import POLICY_FILE, CoordinatorSetup, initialize, load_keys, load_setup
from wellcare.profile_location import locate_profile
from wellcare.progress import Progress
from wellcare.schedule.clock import SystemClock
from wellcare.vault import Vault, VaultError, VaultManager, VaultState

EXIT_QUARANTINED = 3
# The `coordinator` actions from other modules, each added by its module's register_coordinator(csub)
# when used; the one place such an action is listed (name, module, help).
ACTIONS: dict[str, Command] = {
    "report": Command("wellcare.commands.coordinator_report",
                      "aggregate estimates with 95%% intervals, small groups suppressed"),
    "publish-offer": Command("wellcare.commands.coordinator_offers",
                             "sign an offer written in TOML and put it in the exchange's offers folder"),
    "withdraw-offer": Command("wellcare.commands.coordinator_offers",
                              "withdraw a published offer: counselors' apps stop showing it"),
    "surge": Command("wellcare.commands.coordinator_surge",
                     "announce a surge period (a disaster, a mass-complaint day), or cancel it"),
    "pin-council": Command("wellcare.commands.coordinator_council",
                           "pin the council's key by the fingerprint the council reads out"),
    "purge": Command("wellcare.commands.coordinator_retention",
                     "delete the content of EAP requests closed longer ago than [eap] retention_days"),
    "enrollments": Command("wellcare.commands.coordinator_enrollments",
                           "list each offer's seats and enrollments (`coordinator import` takes them in first)"),
    "privacy-table": Command("wellcare.commands.coordinator_privacy",
                             "half-widths and interval coverage the privacy budget allows (simulated)"),
}
ACTION_MODULES: tuple[str, ...] = tuple(dict.fromkeys(action.module for action in ACTIONS.values()))


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("coordinator")
    csub = cast(LazyCommands, p.add_subparsers(dest="coordinator_command", metavar="ACTION", required=True,
                                               action=LazyCommands, table=ACTIONS, hook="register_coordinator"))

    init = csub.add_parser("init", help="create the coordinator profile and keys; write policy.toml for IT")
    init.add_argument("--org", required=True, help="the organisation's name, as counselors will see it")
    init.add_argument("--exchange", required=True, type=Path, help="the exchange folder (created if missing)")
    init.add_argument("--name", default="EAP office", help="who reads requests, as counselors see it")
    init.add_argument("--counselor-exchange", default="", help="the folder as counselors reach it, if different")
    init.add_argument("--eap-phone", default="", help="the EAP office's phone number, shown to counselors")
    init.add_argument("--eap-email", default="", help="the EAP office's e-mail address, shown to counselors")
    init.add_argument("--policy-out", type=Path, help=f"where to write the policy (default: PROFILE/{POLICY_FILE})")
    init.set_defaults(handler=init_command)

    imp = csub.add_parser("import", help="process the inbox once; prints a summary (exit 3 if files were quarantined)")
    imp.add_argument("--exchange", type=Path, help="the exchange folder (default: the one given at init)")
    imp.add_argument("--json", action="store_true", help="print the summary as JSON")
    imp.add_argument("--max-files", type=int, default=None, help="stop after this many files (large backlogs)")
    imp.set_defaults(handler=import_command)

    fpr = csub.add_parser("fingerprint", help="print the coordinator's key fingerprint (to read aloud)")
    fpr.set_defaults(handler=fingerprint_command)
    csub.list_table()  # more `coordinator` actions, each from its own module when used


def coordinator_profile(ctx: Context) -> Path:
    return locate_profile(ctx.args, coordinator=True).folder


def _new_passphrase(ctx: Context) -> str | None:
    if ctx.location.passphrase_file is not None:
        return ctx.read_passphrase()
    if sys.stdin is not None and sys.stdin.isatty():
        first = getpass.getpass("Choose a passphrase for the coordinator vault: ")
        if first != getpass.getpass("Repeat it: "):
            raise VaultError("The two passphrases are not the same. Nothing was created.")
        return first
    return None


def _open_or_create(ctx: Context, profile: Path) -> tuple[Vault, str | None]:
    """The coordinator vault, created on first use; (vault, recovery code if just created)."""
    manager = VaultManager(profile)
    if manager.state() is not VaultState.NEW:
        if manager.info().role != "coordinator":
            raise VaultError(
                f"The profile in {profile} belongs to a counselor. "
                "The coordinator needs its own profile (--profile DIR)."
            )
        return ctx.open_vault(profile), None
    if ctx.location.passphrase_file is None and manager.keyring_usable():
        created = manager.create("keyring", role="coordinator")
        return created.vault, created.recovery_code
    passphrase = _new_passphrase(ctx)
    if not passphrase or len(passphrase) < 8:
        raise VaultError(
            "No usable keyring here, so the coordinator vault needs a passphrase of at least 8 characters: "
            "give it with --passphrase-file FILE or run on a terminal."
        )
    created = manager.create("passphrase", passphrase=passphrase, role="coordinator")
    return created.vault, created.recovery_code


def init_command(ctx: Context) -> int:
    profile = coordinator_profile(ctx)
    args = ctx.args
    if not args.org.strip():
        ctx.err.write("wellcare: --org must not be empty\n")
        return EXIT_USAGE
    exchange = str(Path(args.exchange).expanduser().resolve())
    setup = CoordinatorSetup(
        org=args.org.strip(),
        exchange=exchange,
        name=args.name.strip() or "EAP office",
        counselor_exchange=args.counselor_exchange.strip(),
        eap_phone=args.eap_phone.strip(),
        eap_email=args.eap_email.strip(),
    )
    vault, recovery_code = _open_or_create(ctx, profile)
    out = ctx.out
    if recovery_code is not None:  # at once: should the rest fail, the code is not lost with it
        out.write(f"Created the coordinator profile in {profile}.\n")
        out.write(f"RECOVERY CODE (shown only now; write it down and keep it safe): {recovery_code}\n")
        out.flush()
    try:
        try:
            result = initialize(vault, setup, Path(args.policy_out or profile / POLICY_FILE).expanduser())
        except (TransportError, OSError) as exc:
            ctx.err.write(f"wellcare: the exchange folder {exchange} could not be prepared: {exc}\n")
            return EXIT_FAIL
    finally:
        vault.close()
    if result.keys_created:
        out.write("Created the coordinator keys; the private keys are only in this profile's encrypted vault.\n")
    else:
        out.write("Kept the existing coordinator keys (counselors have pinned them).\n")
    out.write(f"Fingerprint: {result.public.fingerprint()}\n")
    out.write(f"Exchange folder: {exchange} (inbox, replies and offers are ready)\n")
    out.write(f"Policy for IT to distribute: {result.policy_path}\n")
    return EXIT_OK


def _summary_lines(report: InboxReport, exchange: str) -> list[str]:
    kinds = ", ".join(f"{k} {n}" for k, n in sorted(report.accepted_by_kind.items()))
    lines = [
        f"Inbox {exchange}: {report.accepted} accepted{f' ({kinds})' if kinds else ''}, "
        f"{report.duplicates} duplicate, {report.quarantined} quarantined"
        + (f", {report.waiting} waiting for their request" if report.waiting else "")
        + (f", {report.left} left in place" if report.left else "")
        + "."
    ]
    for kind, count in sorted(report.unhandled_by_kind.items()):
        lines.append(f"  left in place: {count} {kind} (this app has no handler for that kind yet)")
    for rejection in report.quarantine_reasons:
        lines.append(f"  quarantined {rejection.name}: {rejection.reason} ({rejection.detail})")
    return lines


def import_command(ctx: Context) -> int:
    profile = coordinator_profile(ctx)
    if ctx.args.max_files is not None and ctx.args.max_files < 1:
        ctx.err.write("wellcare: --max-files must be 1 or more\n")
        return EXIT_USAGE
    vault = ctx.open_vault(profile)
    try:
        keys = load_keys(vault)
        setup = load_setup(vault)
        if keys is None:
            ctx.err.write(f"wellcare: {profile} has no coordinator keys; run `wellcare coordinator init` first\n")
            return EXIT_FAIL
        exchange = str(ctx.args.exchange) if ctx.args.exchange else (setup.exchange if setup else "")
        if not exchange:
            ctx.err.write("wellcare: no exchange folder is known; give --exchange DIR\n")
            return EXIT_FAIL
        try:
            transport = FolderTransport(exchange)
            inbox = ctx.services(vault, SystemClock(), profile).import_inbox(keys)
            progress = Progress.on_terminal(ctx.err, quiet=ctx.args.json)
            progress.step(f"Importing the inbox of {exchange}")
            report = inbox.import_once(transport, max_files=ctx.args.max_files, on_file=progress.count)
            progress.finish()
            from wellcare.inbox.last_import import record_import  # only `coordinator import` (not report)

            record_import(vault, SystemClock().now(), report.accepted)  # the app's Today shows it
        except TransportError as exc:
            ctx.err.write(f"wellcare: the exchange folder {exchange} cannot be read: {exc}\n")
            return EXIT_FAIL
    finally:
        vault.close()
    if ctx.args.json:
        doc = {
            "exchange": exchange,
            "accepted": report.accepted,
            "duplicates": report.duplicates,
            "quarantined": report.quarantined,
            "left": report.left,
            "waiting": report.waiting,
            "accepted_by_kind": dict(report.accepted_by_kind),
            "unhandled_by_kind": dict(report.unhandled_by_kind),
            "quarantine": [{"name": r.name, "reason": r.reason, "detail": r.detail} for r in report.quarantine_reasons],
        }
        ctx.out.write(json.dumps(doc, indent=2) + "\n")
    else:
        ctx.out.write("\n".join(_summary_lines(report, exchange)) + "\n")
    return EXIT_QUARANTINED if report.quarantined else EXIT_OK


def read_keys_and_setup(ctx: Context, profile: Path) -> tuple[CoordinatorKeys | None, CoordinatorSetup | None]:
    """The coordinator's keys and setup; its vault is opened for this and closed again."""
    vault = ctx.open_vault(profile)
    try:
        return load_keys(vault), load_setup(vault)
    finally:
        vault.close()


def fingerprint_command(ctx: Context) -> int:
    keys, setup = read_keys_and_setup(ctx, coordinator_profile(ctx))
    if keys is None:
        ctx.err.write("wellcare: this profile has no coordinator keys; run `wellcare coordinator init` first\n")
        return EXIT_FAIL
    name = setup.name if setup else "EAP office"
    ctx.out.write(f"{name}: {keys.public().fingerprint()}\n")
    return EXIT_OK
