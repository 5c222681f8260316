"""Hostile inbox files built from real sealed envelopes, mutated: for the fuzz test and the benchmark.

A real coordinator (SQLCipher vault, keys, the org's units) and a real exchange folder; valid
files are what counselors' apps send (EAP requests, contributions); hostile files are every
shape an outsider who can write to the share might drop: bad JSON, wrong kinds, huge files,
wrong keys, re-labelled headers, valid seals with hostile payload fields (nested types, Unicode
digits, trailing newlines, unknown units), links, folders, FIFOs and stray names.
"""

from __future__ import annotations

import base64
import json
import math
import os
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from nacl.public import PrivateKey

from wellcare.aggregate_format.randomized_response import InMemoryMemoStore
from wellcare.aggregates.policy import SETTING, AggregatePolicy
from wellcare.coordinator.handlers import build_registry
from wellcare.eap.protocol import (
    CancelPayload,
    ContactMethod,
    RequestContent,
    RequestPayload,
    RequestType,
    TimeWindow,
    Urgency,
    cancel_hash,
    new_cancel_secret,
)
from wellcare.exchange import CoordinatorKeys, FolderTransport, Kind, ReplyKeypair, name_for, new_id, seal
from wellcare.inbox.dispatcher import HandlerSetup, Inbox
from wellcare.inbox.keys_store import ensure_keys
from wellcare.privacy.contribution import ContributionInputs, ContributionPolicy, build_contribution
from wellcare.schedule.clock import ManualClock
from wellcare.vault import Vault, VaultManager

KST = timezone(timedelta(hours=9))
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=KST)  # ISO week 2026-W48
PERIOD = "2026-W46"
UNITS = ("1팀 민원상담", "2팀 민원상담", "Pilot")
EPSILON = math.log(3)
PASSPHRASE = "fuzz passphrase"
DISTINCT = "Night shift B (Kim's team)"  # a unit name no file may leak into a sidecar or a log


@dataclass
class FuzzOrg:
    root: Path
    profile: Path
    exchange: Path
    vault: Vault
    keys: CoordinatorKeys
    clock: ManualClock

    @property
    def inbox_dir(self) -> Path:
        return self.exchange / "inbox"

    def transport(self) -> FolderTransport:
        return FolderTransport(self.exchange, fsync=False)

    def inbox(self) -> Inbox:
        """A fresh Inbox each time: what a new `coordinator import` process has."""
        return Inbox(self.vault, self.keys, build_registry(HandlerSetup(self.vault, self.keys, self.clock)), self.clock)


def make_fuzz_org(root: Path) -> FuzzOrg:
    profile = root / "coordinator"
    vault = VaultManager(profile).create("passphrase", PASSPHRASE, role="coordinator").vault
    keys, _ = ensure_keys(vault)
    vault.set_setting(SETTING, AggregatePolicy(org_units=UNITS, epsilon=EPSILON).to_json())
    exchange = root / "exchange"
    FolderTransport.create(exchange, fsync=False)
    return FuzzOrg(root, profile, exchange, vault, keys, ManualClock(NOW))


# ------------------------------------------------------------------ genuine payloads


def request_payload(i: int) -> dict[str, Any]:
    content = RequestContent(
        type=list(RequestType)[i % len(RequestType)],
        urgency=list(Urgency)[i % len(Urgency)],
        times=(TimeWindow.LUNCH,),
        contact_method=ContactMethod.PHONE,
        contact=f"010-{i % 10000:04d}-5678",
        note="통화 후 손이 떨립니다.",
    )
    key = ReplyKeypair.generate().public_b64()
    return RequestPayload(content, key, new_id(), cancel_hash(new_cancel_secret())).to_json()


def contribution_payload(rng: random.Random, unit: str | None = None) -> dict[str, Any]:
    policy = ContributionPolicy(epsilon=EPSILON, org_units=UNITS)
    data = build_contribution(
        ContributionInputs(who5_band="good", org_unit=unit if unit is not None else rng.choice(UNITS)),
        period=PERIOD,
        policy=policy,
        device_secret=rng.randbytes(32),
        memo=InMemoryMemoStore(),
    )
    return json.loads(data)


def write_valid(org: FuzzOrg, count: int, rng: random.Random) -> dict[str, str]:
    """``count`` genuine files (two thirds EAP requests, a third contributions): name -> kind."""
    box = org.keys.public().box_key
    written: dict[str, str] = {}
    for i in range(count):
        if i % 3 == 2:
            data = seal(Kind.CONTRIBUTION, contribution_payload(rng), box)
        else:
            data = seal(Kind.EAP_REQUEST, request_payload(i), box)
        name = _name_of(data)
        (org.inbox_dir / name).write_bytes(data)
        written[name] = "contribution" if i % 3 == 2 else "eap_request"
    return written


# ------------------------------------------------------------------ hostile shapes

Maker = Callable[[random.Random, "Ctx"], "list[tuple[str, bytes | str]]"]


@dataclass
class Ctx:
    org: FuzzOrg
    base_request: bytes  # a real sealed request (never written itself)
    other_box: Any  # somebody else's box key

    @property
    def box(self) -> Any:
        return self.org.keys.public().box_key


def _name_of(data: bytes) -> str:
    return name_for(json.loads(data)["id"])


def _rewire(data: bytes, **changes: Any) -> bytes:
    obj = json.loads(data)
    obj.update(changes)
    return json.dumps(obj, separators=(",", ":")).encode("ascii")


def _header(data: bytes) -> dict[str, Any]:
    return json.loads(data)


def _random_name(rng: random.Random) -> str:
    return f"{rng.getrandbits(128):032x}.json"


def _sealed(ctx: Ctx, kind: Kind, payload: dict[str, Any]) -> tuple[str, bytes]:
    data = seal(kind, payload, ctx.box)
    return _name_of(data), data


def _request_with(rng: random.Random, **changes: Any) -> dict[str, Any]:
    return request_payload(rng.randrange(10**6)) | changes


HOSTILE_REQUEST_FIELDS: list[dict[str, Any]] = [
    {"times": [[1]]}, {"times": [{"a": 1}, "lunch"]}, {"times": []}, {"times": ["lunch", "lunch"]},
    {"type": ["call"]}, {"type": "payroll"}, {"urgency": {"x": 1}}, {"reply_key": 5},
    {"reply_key": base64.b64encode(bytes(32)).decode()},  # a low-order point
    {"reply_key": "AAAA"}, {"reply_id": {"x": 1}}, {"reply_id": new_id() + "\n"}, {"reply_id": new_id().upper()},
    {"cancel_hash": "\uff10" * 64}, {"cancel_hash": "0" * 63 + "\n"}, {"v": True}, {"v": [1]}, {"v": 1.0},
    {"contact": [1]}, {"contact": {"method": "phone", "value": ["x"]}}, {"contact": {"method": "fax", "value": "1"}},
    {"attachments": [[1]]}, {"attachments": [{"type": "x"}] * 50}, {"lang": "ko\n"}, {"lang": "\uff4b\uff4f"},
    {"note": "x" * 20_000}, {"note": "rtl \u202e override"}, {"times_note": "a\nb"}, {"extra": 1},
]
HOSTILE_CONTRIBUTION_FIELDS: list[dict[str, Any]] = [
    {"period": "2026-W46\n"}, {"period": "\uff12\uff10\uff12\uff16-W46"}, {"period": "2026-W\u0664\u0665"},
    {"period": "2026-W99"}, {"period": "2027-W01"}, {"period": ["2026-W46"]}, {"org_unit": DISTINCT},
    {"org_unit": ["Pilot"]}, {"org_unit": {"x": 1}}, {"org_unit": "Pilot\n"}, {"token": "0" * 64 + "\n"},
    {"token": "\uff10" * 64}, {"token": 5}, {"fields": []}, {"fields": {"who5_band": [[1]]}},
    {"schema": "wellcare.contribution/2"}, {"note": "저 오늘 너무 힘들었어요"},
    {"fields": {"who5_band": {"epsilon": 1e300, "k": 4, "report": "good"}}},
]


def _valid_seal_hostile_request(rng: random.Random, ctx: Ctx) -> list[tuple[str, bytes | str]]:
    change = rng.choice(HOSTILE_REQUEST_FIELDS)
    return [_sealed(ctx, Kind.EAP_REQUEST, _request_with(rng, **change))]


def _valid_seal_hostile_contribution(rng: random.Random, ctx: Ctx) -> list[tuple[str, bytes | str]]:
    change = rng.choice(HOSTILE_CONTRIBUTION_FIELDS)
    return [_sealed(ctx, Kind.CONTRIBUTION, contribution_payload(rng, unit="Pilot") | change)]


def _valid_seal_hostile_cancel(rng: random.Random, ctx: Ctx) -> list[tuple[str, bytes | str]]:
    payload = rng.choice([
        {"v": 1, "request": new_id(), "proof": "zz" * 32},
        {"v": 1, "request": new_id() + "\n", "proof": new_cancel_secret()},
        {"v": 1, "request": [new_id()], "proof": new_cancel_secret()},
        {"v": 2, "request": new_id(), "proof": new_cancel_secret()},
        {"v": 1, "request": new_id(), "proof": new_cancel_secret(), "extra": True},
        CancelPayload(new_id(), "\uff10" * 64).to_json(),
    ])
    return [_sealed(ctx, Kind.EAP_CANCEL, payload)]


def _cancel_for_unknown_request(rng: random.Random, ctx: Ctx) -> list[tuple[str, bytes | str]]:
    """Well-formed, but for a request nobody sent: it can only wait (and never takes effect)."""
    return [_sealed(ctx, Kind.EAP_CANCEL, CancelPayload(new_id(), new_cancel_secret()).to_json())]


def _valid_seal_wrong_shape(rng: random.Random, ctx: Ctx) -> list[tuple[str, bytes | str]]:
    kind = rng.choice([Kind.EAP_REQUEST, Kind.CONTRIBUTION, Kind.EAP_CANCEL])
    payload = rng.choice([{}, {"a": {"b": {"c": [1, [2, [3]]]}}}, {"v": 1}, {"times": [[1]] * 5}])
    return [_sealed(ctx, kind, payload)]


def _wrong_key(rng: random.Random, ctx: Ctx) -> list[tuple[str, bytes | str]]:
    kind = rng.choice([Kind.EAP_REQUEST, Kind.CONTRIBUTION, Kind.EAP_CANCEL, Kind.ENROLLMENT])
    data = seal(kind, {"v": 1}, ctx.other_box)
    return [(_name_of(data), data)]


def _truncated(rng: random.Random, ctx: Ctx) -> list[tuple[str, bytes | str]]:
    return [(_random_name(rng), ctx.base_request[: rng.randrange(1, len(ctx.base_request))])]


def _garbage(rng: random.Random, ctx: Ctx) -> list[tuple[str, bytes | str]]:
    data = rng.choice([
        rng.randbytes(rng.randrange(0, 400)), b"", b"[1,2]", b"null", b'"x"', b"{}", b"\xff\xfe{}",
        "{\"schema\":\"웰케어\"}".encode(), b"[" * 50_000 + b"]" * 50_000, b'{"a":NaN}', b"1" * 5000,
    ])
    return [(_random_name(rng), data)]


def _header_tamper(rng: random.Random, ctx: Ctx) -> list[tuple[str, bytes | str]]:
    if rng.random() < 0.5:
        base = seal(Kind.EAP_REQUEST, request_payload(rng.randrange(10**6)), ctx.box)
    else:
        base = seal(Kind.CONTRIBUTION, contribution_payload(rng), ctx.box)
    header = _header(base)
    name = name_for(header["id"])
    created = header["created"]
    change = rng.choice([
        {"kind": "offer"}, {"kind": "eap_reply"}, {"kind": "enrollment"}, {"kind": "unknown"}, {"kind": ["x"]},
        {"kind": "contribution" if header["kind"] == "eap_request" else "eap_request"},
        {"version": 2}, {"version": "1"}, {"version": True}, {"schema": "other"}, {"extra": 1},
        {"id": header["id"].upper()}, {"id": header["id"] + "\n"}, {"id": new_id()},
        {"created": "\uff12" + created[1:]}, {"created": created[:-1] + "Z\n"}, {"created": "2026-02-30T10:00Z"},
        {"body": "!!!"}, {"body": header["body"] + "\n"}, {"body": header["body"][:-4]}, {"body": 5},
    ])
    data = _rewire(base, **change)
    if rng.random() < 0.2:  # the same bytes under a name that is not their id
        name = _random_name(rng)
    return [(name, data)]


def _renamed(rng: random.Random, ctx: Ctx) -> list[tuple[str, bytes | str]]:
    """A genuine envelope under a name that is not its id (a copy meant to be counted twice)."""
    return [(_random_name(rng), seal(Kind.EAP_REQUEST, request_payload(rng.randrange(10**6)), ctx.box))]


def _duplicate_key(rng: random.Random, ctx: Ctx) -> list[tuple[str, bytes | str]]:
    base = seal(Kind.EAP_REQUEST, request_payload(rng.randrange(10**6)), ctx.box)
    return [(_name_of(base), base.replace(b'"kind"', b'"version":1,"kind"', 1))]


def _too_large(rng: random.Random, ctx: Ctx) -> list[tuple[str, bytes | str]]:
    if rng.random() < 0.5:
        return [(_random_name(rng), "sparse")]  # 50 MB, nothing on disk
    header = _header(ctx.base_request) | {"kind": "eap_cancel"}
    header["body"] = base64.b64encode(rng.randbytes(9_000)).decode()  # over the cancel limit
    return [(name_for(header["id"]), json.dumps(header).encode())]


def _special(rng: random.Random, ctx: Ctx) -> list[tuple[str, bytes | str]]:
    return [(_random_name(rng), rng.choice(["symlink", "dangling", "devzero", "dir", "dir_full", "fifo"]))]


def _stray(rng: random.Random, ctx: Ctx) -> list[tuple[str, bytes | str]]:
    name = rng.choice([
        f"{rng.getrandbits(128):032X}.json", f"{rng.getrandbits(128):032x}.json.tmp", f".{rng.getrandbits(64):x}.tmp",
        "readme.txt", f"{rng.getrandbits(128):032x}.JSON", f"{rng.getrandbits(120):030x}.json",
    ])
    return [(name, ctx.base_request)]


SHAPES: dict[str, Maker] = {
    "valid_seal_hostile_request": _valid_seal_hostile_request,
    "valid_seal_hostile_contribution": _valid_seal_hostile_contribution,
    "valid_seal_hostile_cancel": _valid_seal_hostile_cancel,
    "valid_seal_wrong_shape": _valid_seal_wrong_shape,
    "cancel_for_unknown_request": _cancel_for_unknown_request,
    "wrong_key": _wrong_key,
    "truncated": _truncated,
    "garbage": _garbage,
    "header_tamper": _header_tamper,
    "duplicate_key": _duplicate_key,
    "renamed": _renamed,
    "too_large": _too_large,
    "special": _special,
    "stray": _stray,
}


def is_stray(name: str) -> bool:
    """Names the transport never lists: left where they are by design (nobody reads them)."""
    return not (len(name) == 37 and name.endswith(".json") and all(c in "0123456789abcdef" for c in name[:32]))


def _place(path: Path, data: bytes | str, genuine: Path) -> None:
    if isinstance(data, bytes):
        path.write_bytes(data)
    elif data == "sparse":
        with path.open("wb") as fh:
            fh.truncate(50 * 1024 * 1024)
    elif data == "symlink":
        path.symlink_to(genuine)
    elif data == "dangling":
        path.symlink_to(path.parent / "nowhere")
    elif data == "devzero":
        path.symlink_to("/dev/zero")
    elif data == "dir":
        path.mkdir()
    elif data == "dir_full":
        path.mkdir()
        (path / "inside.json").write_bytes(b"{}")
    elif data == "fifo":
        os.mkfifo(path)


def write_hostile(org: FuzzOrg, count: int, rng: random.Random) -> Counter[str]:
    """``count`` hostile files of every shape (round robin, randomised within a shape): shape -> files."""
    box = org.keys.public().box_key
    genuine_elsewhere = org.root / "genuine.json"
    base_request = seal(Kind.EAP_REQUEST, request_payload(0), box)
    genuine_elsewhere.write_bytes(base_request)
    ctx = Ctx(org, base_request, PrivateKey.generate().public_key)
    shapes = list(SHAPES.items())
    written: Counter[str] = Counter()
    i = 0
    while sum(written.values()) < count:
        shape, maker = shapes[i % len(shapes)]
        i += 1
        for name, data in maker(rng, ctx):
            path = org.inbox_dir / name
            if os.path.lexists(path):
                continue  # the same name twice (e.g. two tampers of one base): one is enough
            _place(path, data, genuine_elsewhere)
            written[shape] += 1
    return written
