"""`wellcare coordinator publish-offer|withdraw-offer`: the EAP coordinator's offers, signed.

``publish-offer OFFER.toml`` checks an offer written in TOML (resources/programs/
offer.example.toml), signs it with the coordinator's key from its vault and writes it to the
exchange's offers/ folder, the one counselors' apps read. An offer id that is already published
is replaced only with ``--replace`` (as its next revision; the files it replaces are removed).
``withdraw-offer ID`` publishes the next revision of that offer marked withdrawn: counselors'
apps stop showing it. ``--dry-run`` checks everything and prints what would be written.

The folder is ``--exchange DIR``, else the one given to ``coordinator init``, else the loaded
policy's ``[exchange] path``. When a policy is loaded (--policy, WELLCARE_POLICY, the site
config) its coordinator key must be this profile's: counselors with that policy would refuse
anything else.

Exit codes: 0 done (also when the offer was already withdrawn); 1 it could not run (vault, keys,
folder unavailable, or the write failed: then nothing was published); 2 the offer file is
unusable, the id is already published without --replace, or no published offer has that id.
"""

from __future__ import annotations

import argparse
import json
import os
import re
from pathlib import Path

from wellcare.commands.context import EXIT_FAIL, EXIT_OK, EXIT_USAGE, Context
from wellcare.commands.coordinator import coordinator_profile, read_keys_and_setup
from wellcare.exchange import (
    CoordinatorKeys,
    CoordinatorPublicKeys,
    EnvelopeError,
    Folder,
    FolderTransport,
    KeyFormatError,
    TransportError,
)
from wellcare.programs.offers import OfferError
from wellcare.programs.publishing import (
    AlreadyPublished,
    NotPublished,
    OfferFileError,
    Plan,
    PublishedOffers,
    check_current,
    load_offer_file,
    plan_publish,
    plan_withdraw,
    read_published,
    sign,
    write_signed,
)
from wellcare.schedule.clock import SystemClock

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class _Stop(Exception):
    def __init__(self, code: int, message: str) -> None:
        self.code = code
        super().__init__(message)


def register_coordinator(csub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    pub = csub.add_parser("publish-offer")
    pub.add_argument("file", type=Path, metavar="OFFER.toml", help="the offer, written like offer.example.toml")
    pub.add_argument("--replace", action="store_true",
                     help="replace an offer already published with the same offer_id (as its next revision)")
    _common(pub)
    pub.set_defaults(handler=publish_command)

    wd = csub.add_parser("withdraw-offer")
    wd.add_argument("offer_id", metavar="ID", help="the offer's id (publish-offer printed it; `offers list` shows it)")
    _common(wd)
    wd.set_defaults(handler=withdraw_command)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--exchange", type=Path, metavar="DIR", help="the exchange folder (default: the init one)")
    parser.add_argument("--dry-run", action="store_true", help="check everything, print what would be written")


def _line(text: str) -> str:
    """One line, whatever a file's keys or an OS message contained."""
    return _CONTROL.sub(" ", text)


def _fail(ctx: Context, code: int, message: str) -> int:
    ctx.err.write(f"wellcare: {_line(message)}\n")
    return code


# ---------------------------------------------------------------------------- the coordinator's side


def _keys_and_folder(ctx: Context) -> tuple[CoordinatorKeys, FolderTransport]:
    """The coordinator's keys (vault opened and closed again) and the exchange folder; raises _Stop."""
    profile = coordinator_profile(ctx)
    keys, setup = read_keys_and_setup(ctx, profile)
    if keys is None:
        raise _Stop(EXIT_FAIL, f"{profile} has no coordinator keys; run `wellcare coordinator init` first")
    policy = ctx.policy()
    if not policy.personal_mode and policy.get("coordinator", "sign_public_key"):
        try:
            pinned = CoordinatorPublicKeys.from_policy(policy.section("coordinator"))
        except KeyFormatError as exc:
            problem = f"{policy.source}: the coordinator keys cannot be used ({exc.reason.value})"
            raise _Stop(EXIT_FAIL, problem) from None
        if pinned.verify != keys.public().verify:
            raise _Stop(
                EXIT_FAIL,
                f"{policy.source} names another coordinator key (fingerprint {pinned.fingerprint()}) than this "
                f"profile's ({keys.public().fingerprint()}); counselors with that policy would refuse the offer",
            )
    exchange = ctx.args.exchange or (setup.exchange if setup else "") or policy.get("exchange", "path")
    if not exchange:
        raise _Stop(EXIT_FAIL, "no exchange folder is known; give --exchange DIR")
    try:
        return keys, FolderTransport(Path(exchange).expanduser())
    except TransportError as exc:
        raise _Stop(EXIT_FAIL, f"the exchange folder {exchange} is not available ({exc.detail})") from None


def _published(transport: FolderTransport, keys: CoordinatorKeys) -> PublishedOffers:
    try:
        return read_published(transport, keys.signing.verify_key)
    except TransportError as exc:
        raise _Stop(EXIT_FAIL, f"the offers folder {_offers_dir(transport)} cannot be read ({exc.detail})") from None


def _offers_dir(transport: FolderTransport) -> str:
    return os.path.join(transport.root, Folder.OFFERS.value)


def _notes(ctx: Context, transport: FolderTransport, published: PublishedOffers) -> None:
    if published.refused:
        count = len(published.refused)
        ctx.err.write(
            f"wellcare: note: {count} file{'s' if count != 1 else ''} in {_offers_dir(transport)} "
            f"{'does' if count == 1 else 'do'} not verify with this coordinator's key "
            "(`wellcare offers list` shows why)\n"
        )


def _signed(plan: Plan, keys: CoordinatorKeys) -> bytes:
    try:
        return sign(plan.offer, keys.signing)
    except EnvelopeError as exc:  # too large for an offer envelope
        raise _Stop(EXIT_USAGE, f"the offer cannot be published: {exc.detail}") from None
    except OfferError as exc:
        raise _Stop(EXIT_USAGE, f"the offer cannot be published: {exc}") from None


def _write(ctx: Context, transport: FolderTransport, data: bytes, plan: Plan, keys: CoordinatorKeys) -> str:
    """Write, and report what was replaced; returns the file's path. Raises _Stop when nothing was published."""
    try:
        written = write_signed(transport, data, plan, keys.signing.verify_key)
    except TransportError as exc:
        problem = f"could not write to {_offers_dir(transport)} ({exc.detail or exc.reason.value})"
        raise _Stop(EXIT_FAIL, problem + "; nothing was published") from None
    except EnvelopeError as exc:
        raise _Stop(EXIT_FAIL, f"the written offer did not verify ({exc}); it was removed again") from None
    if written.removed:
        count = len(written.removed)
        ctx.out.write(f"Removed {count} older file{'s' if count != 1 else ''} of this offer.\n")
    for name, why in written.not_removed:
        ctx.err.write(f"wellcare: warning: could not remove the older file {name} ({_line(why)}); "
                      "counselors still see the new revision\n")
    return os.path.join(_offers_dir(transport), written.name)


def _describe(
    ctx: Context, plan: Plan, transport: FolderTransport, keys: CoordinatorKeys, *, id_given: bool = True
) -> None:
    """The dry run's report: where, signed by whom, what it replaces, and the exact payload."""
    offer = plan.offer
    ctx.out.write("Dry run: nothing was written.\n")
    ctx.out.write(f"Would publish offer {offer.offer_id} (revision {offer.revision}) to {_offers_dir(transport)}\n")
    if not id_given:
        ctx.out.write("The file has no offer_id: publishing makes a new one (not this one); add one to keep it.\n")
    ctx.out.write(f"Would sign with the coordinator key {keys.public().fingerprint()}\n")
    if plan.previous is not None:
        count = len(plan.replaces)
        ctx.out.write(f"Would replace revision {plan.previous.offer.revision} "
                      f"({count} file{'s' if count != 1 else ''}: {', '.join(p.name for p in plan.replaces)})\n")
    ctx.out.write("Payload, as counselors' apps will read it:\n")
    ctx.out.write(json.dumps(offer.to_payload(), indent=2, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------------------- commands


def publish_command(ctx: Context) -> int:
    try:
        return _publish(ctx)
    except _Stop as stop:
        return _fail(ctx, stop.code, str(stop))


def _publish(ctx: Context) -> int:
    path: Path = ctx.args.file
    try:  # the file first: a bad one never needs the vault
        loaded = load_offer_file(path)
        check_current(loaded.offer, SystemClock().now())
    except OfferFileError as exc:
        raise _Stop(EXIT_USAGE, str(exc)) from None
    except OfferError as exc:
        raise _Stop(EXIT_USAGE, f"{path}: {exc}") from None
    keys, transport = _keys_and_folder(ctx)
    published = _published(transport, keys)
    try:
        plan = plan_publish(loaded.offer, published, replace_existing=ctx.args.replace)
    except AlreadyPublished as exc:
        old = exc.published.offer
        state = ", withdrawn" if old.withdrawn else ""
        raise _Stop(
            EXIT_USAGE,
            f"{path}: offer_id: {old.offer_id} is already published (revision {old.revision}{state}, "
            f"{exc.published.name}); give --replace to publish this as its next revision",
        ) from None
    data = _signed(plan, keys)
    _notes(ctx, transport, published)
    if ctx.args.dry_run:
        _describe(ctx, plan, transport, keys, id_given=loaded.id_given)
        return EXIT_OK
    where = _write(ctx, transport, data, plan, keys)
    offer = plan.offer
    ctx.out.write(f"Published offer {offer.offer_id} (revision {offer.revision}).\n")
    if plan.previous is not None:
        ctx.out.write(f"It replaces revision {plan.previous.offer.revision}.\n")
    ctx.out.write(f"Written to {where}\n")
    if not loaded.id_given:
        ctx.out.write("The file has no offer_id. To publish changes later (with --replace), add this line to it:\n")
        ctx.out.write(f'  offer_id = "{offer.offer_id}"\n')
        ctx.out.write(f"To withdraw it: wellcare coordinator withdraw-offer {offer.offer_id}\n")
    return EXIT_OK


def withdraw_command(ctx: Context) -> int:
    try:
        return _withdraw(ctx)
    except _Stop as stop:
        return _fail(ctx, stop.code, str(stop))


def _withdraw(ctx: Context) -> int:
    offer_id: str = ctx.args.offer_id
    keys, transport = _keys_and_folder(ctx)
    published = _published(transport, keys)
    try:
        plan = plan_withdraw(offer_id, published)
    except NotPublished:
        raise _Stop(
            EXIT_USAGE,
            f"no offer with the id {offer_id!r} in {_offers_dir(transport)} verifies with this coordinator's key",
        ) from None
    _notes(ctx, transport, published)
    if plan.nothing_to_do:
        ctx.out.write(f"Offer {offer_id} is already withdrawn (revision {plan.offer.revision}); nothing was written.\n")
        return EXIT_OK
    data = _signed(plan, keys)
    if ctx.args.dry_run:
        _describe(ctx, plan, transport, keys)
        return EXIT_OK
    where = _write(ctx, transport, data, plan, keys)
    ctx.out.write(f"Withdrew offer {offer_id} (revision {plan.offer.revision}); counselors' apps stop showing it.\n")
    ctx.out.write(f"Written to {where}\n")
    return EXIT_OK

