"""Which coordinator this counselor's requests go to: the policy's keys, pinned on first use.

The org policy names the coordinator's public keys and fingerprint. The first time the EAP
capability sees them it stores them in the vault (trust on first use). From then on a policy
that names other keys is not followed silently: sending stops, the counselor is warned, and only
an explicit decision (after checking the new fingerprint with the EAP office) moves the pin.
Replies to earlier requests are always checked against the key those requests were sealed to.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from wellcare.exchange import CoordinatorPublicKeys, KeyFormatError
from wellcare.policy import Policy
from wellcare.vault import Vault

PIN_SETTING = "eap.coordinator_pin"


class KeyState(StrEnum):
    NONE = "none"  # personal mode, or a policy without a coordinator or exchange
    BROKEN = "broken"  # the policy's keys are malformed or do not match its fingerprint
    PINNED = "pinned"  # the policy's keys are the pinned ones: ready to send
    CHANGED = "changed"  # the policy now names different keys than the pinned ones


@dataclass(frozen=True)
class Coordinator:
    """What the EAP page shows and what a request is sealed to."""

    state: KeyState
    name: str = ""
    keys: CoordinatorPublicKeys | None = None  # the policy's keys (None when NONE/BROKEN)
    exchange: str = ""
    pinned_fingerprint: str = ""  # what was pinned, shown beside the new one when CHANGED
    problem: str = ""  # BROKEN: what is wrong (for the log and IT; never user data)

    @property
    def fingerprint(self) -> str:
        return self.keys.fingerprint() if self.keys is not None else ""

    @property
    def can_send(self) -> bool:
        return self.state is KeyState.PINNED


def b64encode(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _pin_record(keys: CoordinatorPublicKeys, name: str, now: datetime) -> dict[str, Any]:
    return {
        "box": b64encode(keys.box),
        "verify": b64encode(keys.verify),
        "fingerprint": keys.fingerprint(),
        "name": name,
        "pinned_at": now.isoformat(),
    }


class KeyPinning:
    """Compares the policy's coordinator keys with the vault's pin; pins on first use."""

    def __init__(self, vault: Vault, policy: Policy) -> None:
        self._vault = vault
        self._policy = policy

    def check(self, now: datetime) -> Coordinator:
        policy = self._policy
        name = str(policy.get("coordinator", "name"))
        exchange = str(policy.get("exchange", "path"))
        if policy.personal_mode or not policy.has_coordinator:
            return Coordinator(KeyState.NONE, name=name, exchange=exchange)
        try:
            keys = CoordinatorPublicKeys.from_policy(policy.section("coordinator"))
        except KeyFormatError as exc:
            return Coordinator(KeyState.BROKEN, name=name, exchange=exchange, problem=exc.reason.value)
        pin = self._vault.get_setting(PIN_SETTING)
        if not isinstance(pin, dict):
            self._vault.set_setting(PIN_SETTING, _pin_record(keys, name, now))
            return Coordinator(KeyState.PINNED, name=name, keys=keys, exchange=exchange)
        pinned = (pin.get("box"), pin.get("verify"))
        if pinned != (b64encode(keys.box), b64encode(keys.verify)):
            return Coordinator(
                KeyState.CHANGED,
                name=name,
                keys=keys,
                exchange=exchange,
                pinned_fingerprint=str(pin.get("fingerprint", "")),
            )
        return Coordinator(KeyState.PINNED, name=name, keys=keys, exchange=exchange)

    def accept_new_keys(self, fingerprint: str, now: datetime) -> Coordinator:
        """Move the pin to the policy's keys; ``fingerprint`` is what the counselor was shown."""
        current = self.check(now)
        if current.state is not KeyState.CHANGED or current.keys is None:
            return current
        if not current.keys.matches_fingerprint(fingerprint):
            raise ValueError("the policy changed again while the new key was being checked")
        self._vault.set_setting(PIN_SETTING, _pin_record(current.keys, current.name, now))
        return self.check(now)
