"""`wellcare coordinator enrollments [--json]`: who enrolled in each of the organisation's offers.

A report, from the coordinator's vault: `coordinator import` (and the coordinator's window) takes
enrollments and withdrawals out of the inbox, keeps them in the vault and republishes each open
offer's seat status, signed. This command changes nothing: it lists every offer published in the
exchange's offers/ folder (verified with this profile's key) and every offer someone enrolled in,
with its dates, seats, seats taken and left, the waiting list, and each enrollment: only what the
counselor chose to share, enrolled / on the waiting list / withdrawn, and when.

Exit codes: 0 listed; 1 it could not run (vault or keys unavailable, the offers folder unreadable).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from wellcare.commands.context import EXIT_FAIL, EXIT_OK, Context
from wellcare.commands.coordinator import coordinator_profile
from wellcare.exchange import FolderTransport, TransportError
from wellcare.inbox.keys_store import load_keys, load_setup
from wellcare.programs.enrollment_inbox import EnrollmentBook
from wellcare.programs.offers import UNDETERMINED
from wellcare.programs.publishing import read_published
from wellcare.programs.seats import EnrollmentLine, OfferSeats, seat_overview


def register_coordinator(csub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = csub.add_parser("enrollments")
    p.add_argument("--exchange", type=Path, help="the exchange folder (default: the one given at init)")
    p.add_argument("--json", action="store_true", help="print the list as JSON")
    p.set_defaults(handler=enrollments_command)


def enrollments_command(ctx: Context) -> int:
    profile = coordinator_profile(ctx)
    vault = ctx.open_vault(profile)
    try:
        keys, setup = load_keys(vault), load_setup(vault)
        if keys is None:
            ctx.err.write(f"wellcare: {profile} has no coordinator keys; run `wellcare coordinator init` first\n")
            return EXIT_FAIL
        exchange = str(ctx.args.exchange) if ctx.args.exchange else (setup.exchange if setup else "")
        if not exchange:
            ctx.err.write("wellcare: no exchange folder is known; give --exchange DIR\n")
            return EXIT_FAIL
        try:
            published = read_published(FolderTransport(exchange), keys.signing.verify_key)
        except TransportError as exc:
            ctx.err.write(f"wellcare: the offers folder in {exchange} cannot be read: {exc}\n")
            return EXIT_FAIL
        overview = seat_overview(EnrollmentBook(vault), published)
    finally:
        vault.close()
    if ctx.args.json:
        doc = {"exchange": exchange, "offers": [_offer_json(s) for s in overview]}
        ctx.out.write(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
    else:
        ctx.out.write("\n".join(_lines(overview)) + "\n")
    return EXIT_OK


def _offer_json(seats: OfferSeats) -> dict[str, Any]:
    offer = seats.offer
    return {
        "offer_id": seats.offer_id,
        "published": offer is not None,
        "title": None if offer is None else dict(offer.title),
        "kind": None if offer is None else offer.kind,
        "dates": [] if offer is None else [
            {"start": d.start.isoformat(), "end": None if d.end is None else d.end.isoformat()} for d in offer.dates
        ],
        "revision": None if offer is None else offer.revision,
        "withdrawn": False if offer is None else offer.withdrawn,
        "seats": seats.seats,
        "taken": seats.taken,
        "left": seats.left,
        "waiting": seats.waiting,
        "enrollments": [_line_json(line) for line in seats.lines],
    }


def _line_json(line: EnrollmentLine) -> dict[str, Any]:
    return {
        "id": line.envelope_id,
        "status": line.status.value,
        "shared": dict(line.share),
        "enrolled_at": line.received_at.isoformat(),
        "withdrawn_at": None if line.withdrawn_at is None else line.withdrawn_at.isoformat(),
    }


def _title(seats: OfferSeats) -> str:
    if seats.offer is None:
        return f"(an offer no longer published: {seats.offer_id})"
    title = seats.offer.title
    return title.get("en") or title.get(UNDETERMINED) or next(iter(title.values()))


def _lines(overview: list[OfferSeats]) -> list[str]:
    if not overview:
        return ["No offers are published and nobody has enrolled."]
    lines: list[str] = []
    for seats in overview:
        offer = seats.offer
        head = f"{_title(seats)} [{seats.offer_id}]"
        if offer is not None:
            head += ", " + "; ".join(d.start.isoformat(timespec="minutes") for d in offer.dates)
            if offer.withdrawn:
                head += " (withdrawn)"
        if seats.seats is None:
            count = f"{seats.taken} enrolled, no seat limit"
        else:
            count = f"{seats.taken} of {seats.seats} seats taken, {seats.left} left"
        lines.append(f"{head}: {count}" + (f", {seats.waiting} on the waiting list" if seats.waiting else ""))
        for line in seats.lines:
            shared = "; ".join(f"{k}: {v}" for k, v in line.share.items()) or "(nothing shared)"
            when = line.received_at.isoformat(timespec="minutes")
            if line.withdrawn_at is not None:
                when += f", withdrawn {line.withdrawn_at.isoformat(timespec='minutes')}"
            lines.append(f"  {line.status.value:<13} {when}  {shared}".replace("\n", " "))
    return lines
