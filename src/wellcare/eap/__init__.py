"""Confidential EAP session requests, the counselor's side (Qt-free).

protocol (the payload of requests, cancellations and replies, checked strictly on both sides),
pinning (the coordinator's keys, pinned on first use), store (the vault's record), service
(send, cancel, pick up replies), reminders (appointment reminders as scheduler jobs),
attachments (optional, explicitly chosen texts from other capabilities).

The names below are imported when first asked for (PEP 562): a submodule such as
``wellcare.eap.office_inbox`` (the coordinator's side, read by its report) does not pull the
counselor's service and its reminders (APScheduler, asyncio) in with it (issue #16).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wellcare.eap.attachments import ASSESSMENT_SUMMARY, INCIDENT, AttachmentChoice, AttachmentSource
    from wellcare.eap.protocol import (
        Appointment,
        Attachment,
        ContactMethod,
        ReplyStatus,
        RequestContent,
        RequestType,
        TimeWindow,
        Urgency,
    )
    from wellcare.eap.reminders import EapReminders
    from wellcare.eap.service import REMINDER_LEADS, EapError, EapService, ReplyUpdate, SyncResult
    from wellcare.eap.store import Event, EventKind, MyRequest, Status
    from wellcare.inbox.pinning import Coordinator, KeyPinning, KeyState

__all__ = [
    "ASSESSMENT_SUMMARY",
    "INCIDENT",
    "REMINDER_LEADS",
    "Appointment",
    "Attachment",
    "AttachmentChoice",
    "AttachmentSource",
    "ContactMethod",
    "Coordinator",
    "EapError",
    "EapReminders",
    "EapService",
    "Event",
    "EventKind",
    "KeyPinning",
    "KeyState",
    "MyRequest",
    "ReplyStatus",
    "ReplyUpdate",
    "RequestContent",
    "RequestType",
    "Status",
    "SyncResult",
    "TimeWindow",
    "Urgency",
]

_HOME = {
    "ASSESSMENT_SUMMARY": "wellcare.eap.attachments",
    "INCIDENT": "wellcare.eap.attachments",
    "AttachmentChoice": "wellcare.eap.attachments",
    "AttachmentSource": "wellcare.eap.attachments",
    "Appointment": "wellcare.eap.protocol",
    "Attachment": "wellcare.eap.protocol",
    "ContactMethod": "wellcare.eap.protocol",
    "ReplyStatus": "wellcare.eap.protocol",
    "RequestContent": "wellcare.eap.protocol",
    "RequestType": "wellcare.eap.protocol",
    "TimeWindow": "wellcare.eap.protocol",
    "Urgency": "wellcare.eap.protocol",
    "EapReminders": "wellcare.eap.reminders",
    "REMINDER_LEADS": "wellcare.eap.service",
    "EapError": "wellcare.eap.service",
    "EapService": "wellcare.eap.service",
    "ReplyUpdate": "wellcare.eap.service",
    "SyncResult": "wellcare.eap.service",
    "Event": "wellcare.eap.store",
    "EventKind": "wellcare.eap.store",
    "MyRequest": "wellcare.eap.store",
    "Status": "wellcare.eap.store",
    "Coordinator": "wellcare.inbox.pinning",
    "KeyPinning": "wellcare.inbox.pinning",
    "KeyState": "wellcare.inbox.pinning",
}


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module 'wellcare.eap' has no attribute {name!r}")
    value = getattr(importlib.import_module(_HOME[name]), name)
    globals()[name] = value
    return value
