"""Shared pieces for the programs tests: a Seoul clock, a coordinator and an exchange folder, offers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from wellcare.exchange import CoordinatorKeys, FolderTransport
from wellcare.policy import Policy, parse
from wellcare.programs.offers import Offer

KST = timezone(timedelta(hours=9))
MONDAY = datetime(2025, 3, 3, 9, 0, tzinfo=KST)  # a Monday morning


def at(day: int, hh: int = 9, mm: int = 0, ss: int = 0) -> datetime:
    """March 2025 in Seoul: at(3) is Monday the 3rd."""
    return datetime(2025, 3, day, hh, mm, ss, tzinfo=KST)


def offer_payload(**changes: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "format": 1,
        "offer_id": "forest-2025-03",
        "revision": 1,
        "kind": "outing",
        "title": {"en": "Healing forest day", "ko": "치유의 숲 하루 나들이"},
        "description": {
            "en": "A guided day in the Seoul Forest healing programme, lunch included.",
            "ko": "서울숲 치유 프로그램과 함께하는 하루, 점심 포함.",
        },
        "dates": [{"start": "2025-03-22T10:00:00+09:00", "end": "2025-03-22T16:00:00+09:00"}],
        "place": "Seoul Forest, Seongdong-gu",
        "seats": 20,
        "seats_left": 12,
    }
    payload.update(changes)
    return payload


def make_offer(**changes: Any) -> Offer:
    return Offer.from_payload(offer_payload(**changes))


@dataclass
class Org:
    """A coordinator's keys, an exchange folder and the policy counselors get."""

    keys: CoordinatorKeys
    transport: FolderTransport
    policy: Policy

    @classmethod
    def create(cls, root: Path, *, name: str = "EAP office") -> Org:
        keys = CoordinatorKeys.generate()
        transport = FolderTransport.create(root / "exchange", fsync=False)
        public = keys.public().to_policy()
        text = (
            'format = 1\n[org]\nname = "Dasan Call Center"\n'
            f'[coordinator]\nname = "{name}"\nbox_public_key = "{public["box_public_key"]}"\n'
            f'sign_public_key = "{public["sign_public_key"]}"\nfingerprint = "{public["fingerprint"]}"\n'
            f"[exchange]\npath = '{transport.root}'\n"
        )
        path = root / "policy.toml"
        path.write_text(text, encoding="utf-8")
        return cls(keys, transport, parse(text, path))
