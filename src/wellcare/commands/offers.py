"""`wellcare offers list|check`: organisation offers without the GUI.

- ``offers list`` reads the exchange's offers/ folder named by the policy and verifies every file
  against the policy's coordinator key, exactly as the counselor app does (it never moves or
  deletes anything). It prints the offers counselors will see and the files refused, with why:
  what IT or the EAP office needs when "the offer does not show up".
- ``offers check FILE.toml`` validates an offer written in TOML (resources/programs/
  offer.example.toml) by the rules ``coordinator publish-offer`` applies (except that its dates
  may have passed) and prints the payload that would be signed, without signing anything.

Publishing is the coordinator's: ``wellcare coordinator publish-offer`` (commands/coordinator_offers.py).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from wellcare.commands.context import EXIT_FAIL, EXIT_OK, EXIT_USAGE, Context
from wellcare.exchange import CoordinatorPublicKeys, ExchangeError, FolderTransport, KeyFormatError
from wellcare.programs.offers import Offer, OfferError, load_offer_toml, read_offers
from wellcare.programs.publishing import check_authoring
from wellcare.schedule.clock import SystemClock


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("offers")
    osub = p.add_subparsers(dest="offers_command", metavar="ACTION", required=True)
    lst = osub.add_parser("list", help="verify the offers folder against the policy's key; prints JSON")
    lst.add_argument("--exchange", type=Path, help="the exchange folder (default: the policy's)")
    lst.set_defaults(handler=list_command)
    chk = osub.add_parser("check", help="validate an offer written in TOML; prints the payload as JSON")
    chk.add_argument("file", type=Path)
    chk.set_defaults(handler=check_command)


def _offer_json(offer: Offer) -> dict[str, Any]:
    return offer.to_payload() | {"envelope_id": offer.envelope_id, "created": offer.created}


def list_command(ctx: Context) -> int:
    policy = ctx.policy()
    folder = ctx.args.exchange or policy.get("exchange", "path")
    if policy.personal_mode or not folder:
        ctx.err.write("wellcare: no organisation policy with an exchange folder; there are no offers\n")
        return EXIT_USAGE
    try:
        keys = CoordinatorPublicKeys.from_policy(policy.section("coordinator"))
    except KeyFormatError as exc:
        ctx.err.write(f"wellcare: the policy's coordinator keys cannot be used ({exc.reason.value})\n")
        return EXIT_FAIL
    now = SystemClock().now()
    try:
        listing = read_offers(FolderTransport(folder), keys.verify_key, now)
    except ExchangeError as exc:
        ctx.err.write(f"wellcare: the offers folder cannot be read ({exc})\n")
        return EXIT_FAIL
    report = {
        "fingerprint": keys.fingerprint(),
        "offers": [_offer_json(o) for o in listing.offers],
        "hidden_past_or_withdrawn": listing.hidden,
        "refused": [{"file": r.name, "reason": r.reason, "detail": r.detail} for r in listing.rejected],
        "not_read_this_time": listing.unread,  # a flood spent the refresh's budget on junk (see offer_scan)
    }
    ctx.out.write(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    return EXIT_OK


def check_command(ctx: Context) -> int:
    path: Path = ctx.args.file
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        ctx.err.write(f"wellcare: {path} cannot be read ({exc})\n")
        return EXIT_USAGE
    try:
        offer = load_offer_toml(text)
        check_authoring(offer)
    except OfferError as exc:
        ctx.err.write(f"wellcare: {path}: {exc}\n")
        return EXIT_FAIL
    ctx.out.write(json.dumps(offer.to_payload(), indent=2, ensure_ascii=False) + "\n")
    return EXIT_OK
