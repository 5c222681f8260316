"""`wellcare eap status|check`: the counselor's EAP requests, headless.

`status` lists this profile's requests (type, status, appointment) without their text; `check`
sends what waits in the outbox and fetches replies once, as the app's periodic scan does.
"""

from __future__ import annotations

import argparse

from wellcare.commands.context import EXIT_FAIL, EXIT_OK, Context
from wellcare.eap import EapService, KeyState, MyRequest


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("eap")
    esub = p.add_subparsers(dest="eap_command", metavar="ACTION", required=True)
    status = esub.add_parser("status", help="list your requests and where each one stands")
    status.set_defaults(handler=status_command)
    check = esub.add_parser("check", help="send what waits and fetch replies once")
    check.set_defaults(handler=check_command)


def _line(request: MyRequest) -> str:
    text = f"{request.created_at:%Y-%m-%d %H:%M}  {request.content.type.value:<14} {request.status.value}"
    if request.appointment is not None and request.status.is_open:
        text += f"  appointment {request.appointment.start:%Y-%m-%d %H:%M} ({request.appointment.minutes} min)"
    return text


def _service(ctx: Context) -> EapService:
    return ctx.services(ctx.open_vault()).eap()


def status_command(ctx: Context) -> int:
    service = _service(ctx)
    try:
        coordinator = service.coordinator()
        requests = service.requests()
    finally:
        service.vault.close()
    if coordinator.state is KeyState.PINNED:
        who = coordinator.name or "the EAP coordinator"
        ctx.out.write(f"Requests are sealed for {who} ({coordinator.fingerprint}).\n")
    elif coordinator.state is KeyState.CHANGED:
        ctx.out.write(
            f"WARNING: the coordinator's key changed (pinned {coordinator.pinned_fingerprint}, policy now "
            f"{coordinator.fingerprint}). Check it with the EAP office in the app before sending.\n"
        )
    elif coordinator.state is KeyState.BROKEN:
        ctx.out.write(f"The policy's coordinator keys cannot be used ({coordinator.problem}); tell your IT team.\n")
    else:
        ctx.out.write("No EAP coordinator is set up in the organisation policy (personal mode).\n")
    for request in requests:
        ctx.out.write(_line(request) + "\n")
    if not requests:
        ctx.out.write("No requests.\n")
    return EXIT_OK


def check_command(ctx: Context) -> int:
    service = _service(ctx)
    try:
        result = service.sync()
    finally:
        service.vault.close()
    if not result.reachable:
        ctx.err.write("wellcare: the exchange folder is not reachable; nothing changed\n")
        return EXIT_FAIL
    ctx.out.write(
        f"Sent {result.sent}, waiting {result.waiting}, updated {len(result.updates)}, "
        f"refused replies {result.refused}.\n"
    )
    for update in result.updates:
        ctx.out.write(_line(update.request) + "\n")
    return EXIT_OK
