"""The centre's side of a council surge notice: the council's pinned key, and forwarding a notice.

``coordinator pin-council`` keeps the council's fingerprint (read out by the council, as a centre's
is read out to the council) in the coordinator's vault. ``coordinator surge --from-council FILE``
calls :func:`forward`: the file must be signed by exactly that key, hold a valid notice that counts
now by this centre's clock and policy (not expired, not from the future, not longer than the
centre's ``surge.max_duration_hours``), and not be a replay (a surge already forwarded or
cancelled, a cancel already forwarded, a cancel of a surge never forwarded). Only then is it
re-published in offers/ as the coordinator's own signed notice, keeping the council's notice id
and name, so counselors' apps (which trust only their pinned coordinator key) show
"announced by the council" and a later council cancel ends the same notice. A refusal writes
nothing; the vault remembers what was forwarded until its end.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from nacl.signing import SigningKey

from wellcare.exchange import CoordinatorPublicKeys, Transport, normalize_fingerprint
from wellcare.programs.surge.council_file import CouncilFileError, read_council_file
from wellcare.programs.surge.notice import Refusal, SurgeNotice, SurgeNoticeError, refusal
from wellcare.programs.surge.publish import check_new, write_notice
from wellcare.vault import Vault

PIN_SETTING = "surge.council_pin"
FORWARDED_SETTING = "surge.council_forwarded"
_FINGERPRINT_LEN = 39  # 8 groups of 4 hex digits and 7 dashes


class ForwardRefusal(StrEnum):
    NOT_ACCEPTED = "not_accepted"  # the centre's policy says surge.accept_council = false
    UNPINNED = "unpinned"  # no council key pinned, or signed by another key (forged)
    NOT_A_NOTICE = "not_a_notice"  # not a well-formed council surge notice
    BAD_SIGNATURE = "bad_signature"  # changed after the council signed it
    EXPIRED = "expired"
    FUTURE = "future"
    TOO_LONG = "too_long"
    TOO_EARLY = "too_early"
    REPLAYED = "replayed"  # already forwarded, or already cancelled
    UNKNOWN_SURGE = "unknown_surge"  # a cancel of a surge this centre never forwarded


class ForwardRefused(Exception):
    def __init__(self, reason: ForwardRefusal, detail: str) -> None:
        self.reason = reason
        self.detail = detail
        super().__init__(f"{reason.value}: {detail}")


@dataclass(frozen=True)
class CouncilPin:
    fingerprint: str
    name: str


@dataclass(frozen=True)
class Forwarded:
    notice: SurgeNotice
    file: str  # the coordinator's notice in offers/


def check_fingerprint(text: str) -> str:
    normal = normalize_fingerprint(text)
    if len(normal) != _FINGERPRINT_LEN or any(c not in "0123456789ABCDEF-" for c in normal) \
            or [len(g) for g in normal.split("-")] != [4] * 8:
        raise ValueError(f"{text[:60]!r} is not a fingerprint (8 groups of 4 hex digits)")
    return normal


def pin_council(vault: Vault, fingerprint: str, name: str) -> CouncilPin:
    """Pin the council's key by its fingerprint (ValueError: not a fingerprint, or no name)."""
    fpr = check_fingerprint(fingerprint)
    if not name.strip():
        raise ValueError("the council needs a name")
    vault.set_setting(PIN_SETTING, {"fingerprint": fpr, "name": " ".join(name.split())})
    return CouncilPin(fpr, " ".join(name.split()))


def pinned_council(vault: Vault) -> CouncilPin | None:
    data = vault.get_setting(PIN_SETTING)
    if not isinstance(data, dict) or not isinstance(data.get("fingerprint"), str):
        return None
    return CouncilPin(str(data["fingerprint"]), str(data.get("name", "")))


def verified_council_notice(data: bytes, pin: CouncilPin | None) -> tuple[SurgeNotice, CoordinatorPublicKeys]:
    """The notice in a council file, signed by the pinned key; raises ForwardRefused."""
    if pin is None:
        raise ForwardRefused(ForwardRefusal.UNPINNED, "no council key is pinned here; run "
                                                      "`wellcare coordinator pin-council --fingerprint ...` first")
    try:
        signed = read_council_file(data)
    except CouncilFileError as exc:
        raise ForwardRefused(ForwardRefusal.NOT_A_NOTICE, str(exc)) from None
    fpr = signed.signer.fingerprint()
    if fpr != pin.fingerprint:
        raise ForwardRefused(ForwardRefusal.UNPINNED, f"signed by key {fpr}, not by the pinned council "
                                                      f"{pin.name} ({pin.fingerprint})")
    if not signed.verifies():
        raise ForwardRefused(ForwardRefusal.BAD_SIGNATURE, "the signature does not match the contents: it was "
                                                           "changed after the council signed it")
    try:
        return signed.notice(), signed.signer
    except SurgeNoticeError as exc:
        raise ForwardRefused(ForwardRefusal.NOT_A_NOTICE, f"surge notice {exc}") from None


def _forwarded(vault: Vault, now: datetime) -> dict[str, dict[str, str]]:
    """What was forwarded (notice id -> {action, end}), without entries whose end has passed."""
    data = vault.get_setting(FORWARDED_SETTING)
    out: dict[str, dict[str, str]] = {}
    if isinstance(data, dict):
        for key, value in data.items():
            if isinstance(value, dict) and isinstance(value.get("end"), str):
                try:
                    if datetime.fromisoformat(value["end"]) > now:
                        out[str(key)] = {"action": str(value.get("action", "")), "end": value["end"]}
                except ValueError:
                    continue
    return out


def check_forward(vault: Vault, notice: SurgeNotice, now: datetime, max_duration: timedelta) -> None:
    """Refuse what counselors would ignore, and replays; raises ForwardRefused."""
    why = refusal(notice, now, max_duration)
    if why is not None:
        hours = int(max_duration.total_seconds() // 3600)
        detail = {
            Refusal.EXPIRED: f"it ended at {notice.end.isoformat()}",
            Refusal.FUTURE: f"issued at {notice.issued.isoformat()}, ahead of this computer's clock",
            Refusal.TOO_LONG: f"it lasts longer than this centre's surge.max_duration_hours ({hours})",
            Refusal.TOO_EARLY: "it starts more than 7 days after it was issued",
        }[why]
        raise ForwardRefused(ForwardRefusal(why.value), detail)
    if not notice.is_cancel:
        try:
            check_new(notice, now, max_duration)
        except SurgeNoticeError as exc:
            raise ForwardRefused(ForwardRefusal.TOO_EARLY, str(exc)) from None
    seen = _forwarded(vault, now).get(notice.notice_id)
    if notice.is_cancel:
        if seen is None:
            raise ForwardRefused(ForwardRefusal.UNKNOWN_SURGE, f"surge {notice.notice_id} was never forwarded here")
        if seen["action"] == "cancel":
            raise ForwardRefused(ForwardRefusal.REPLAYED, f"surge {notice.notice_id} was already cancelled")
    elif seen is not None:
        done = "cancelled" if seen["action"] == "cancel" else "forwarded"
        raise ForwardRefused(ForwardRefusal.REPLAYED, f"surge {notice.notice_id} was already {done}")


def forward(
    vault: Vault, data: bytes, transport: Transport, signing_key: SigningKey, now: datetime, *,
    max_duration: timedelta, accept: bool = True, dry_run: bool = False,
) -> Forwarded:
    """Verify a council file and re-publish it as the coordinator's notice; raises ForwardRefused.

    EnvelopeError/TransportError from the write: nothing was published (and nothing remembered).
    """
    if not accept:
        raise ForwardRefused(ForwardRefusal.NOT_ACCEPTED, "this centre's policy says surge.accept_council = false")
    notice, _signer = verified_council_notice(data, pinned_council(vault))
    check_forward(vault, notice, now, max_duration)
    if dry_run:
        return Forwarded(notice, "")
    name = write_notice(transport, notice, signing_key, now)
    record = _forwarded(vault, now)
    record[notice.notice_id] = {"action": notice.action.value, "end": notice.end.isoformat()}
    vault.set_setting(FORWARDED_SETTING, record)
    return Forwarded(notice, name)
