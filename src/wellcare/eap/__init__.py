"""Confidential EAP session requests, the counselor's side (Qt-free).

protocol (the payload of requests, cancellations and replies, checked strictly on both sides),
pinning (the coordinator's keys, pinned on first use), store (the vault's record), service
(send, cancel, pick up replies), reminders (appointment reminders as scheduler jobs),
attachments (optional, explicitly chosen texts from other capabilities).
"""

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
