"""Envelopes: confidentiality, who can open what, tamper evidence, strict parsing."""

from __future__ import annotations

import base64
import json
from datetime import datetime, timedelta, timezone

import pytest
from nacl.public import SealedBox

from tests.exchange.helpers import MARKER, NOW, one_byte_variants, request_payload
from wellcare.exchange import (
    MAX_BYTES,
    CoordinatorKeys,
    EnvelopeError,
    Kind,
    Reason,
    ReplyKeypair,
    coarse_created,
    open_offer,
    open_reply,
    open_sealed,
    read_header,
    seal,
    seal_reply,
    sign_offer,
)

REPLY = {"appointment": "2024-05-03T15:00+09:00", "place": "EAP room 2", "note": MARKER}
OFFER = {"program": "forest-healing", "title": "Forest healing day", "seats": 20}


def _wire(data: bytes) -> dict[str, object]:
    obj: dict[str, object] = json.loads(data)
    return obj


def _rewire(obj: dict[str, object]) -> bytes:
    return json.dumps(obj, separators=(",", ":")).encode("ascii")


def _expect(reason: Reason, call: object, *args: object) -> EnvelopeError:
    with pytest.raises(EnvelopeError) as err:
        call(*args)  # type: ignore[operator]
    assert err.value.reason is reason, err.value
    return err.value


# ---------------------------------------------------------------- confidentiality and keys


def test_request_file_does_not_contain_its_payload(coordinator: CoordinatorKeys) -> None:
    data = seal(Kind.EAP_REQUEST, request_payload(), coordinator.public().box_key, now=NOW)
    for form in (MARKER, MARKER.encode("utf-8").hex(), base64.b64encode(MARKER.encode()).decode(), "010-1234"):
        assert form.encode("utf-8") not in data
    body = base64.b64decode(_wire(data)["body"])  # type: ignore[arg-type]
    assert MARKER.encode("utf-8") not in body
    assert open_sealed(data, coordinator.box).payload["note"] == MARKER


def test_header_is_coarse_and_says_nothing_else(coordinator: CoordinatorKeys) -> None:
    data = seal(Kind.CONTRIBUTION, {"bands": {"who5": 2}}, coordinator.public().box_key, now=NOW)
    obj = _wire(data)
    assert list(obj) == ["schema", "version", "kind", "id", "created", "body"]
    assert obj["created"] == "2024-05-01T13:00Z"
    assert read_header(data).kind is Kind.CONTRIBUTION
    assert coarse_created(datetime(2024, 5, 1, 9, 59, tzinfo=timezone(timedelta(hours=9)))) == "2024-05-01T00:00Z"
    with pytest.raises(ValueError):
        seal(Kind.CONTRIBUTION, {}, coordinator.public().box_key, now=datetime(2024, 5, 1, 13))


def test_only_the_coordinator_key_opens_a_request(coordinator: CoordinatorKeys, impostor: CoordinatorKeys) -> None:
    data = seal(Kind.EAP_REQUEST, request_payload(), coordinator.public().box_key)
    _expect(Reason.DECRYPTION_FAILED, open_sealed, data, impostor.box)
    _expect(Reason.DECRYPTION_FAILED, open_sealed, data, ReplyKeypair.generate().private)


@pytest.mark.parametrize("kind", [Kind.EAP_REQUEST, Kind.EAP_CANCEL, Kind.ENROLLMENT, Kind.CONTRIBUTION])
def test_every_inbox_kind_round_trips(coordinator: CoordinatorKeys, kind: Kind) -> None:
    data = seal(kind, {"k": [1, "두", None, True]}, coordinator.public().box_key, now=NOW)
    env = open_sealed(data, coordinator.box)
    assert (env.kind, env.created, dict(env.payload)) == (kind, "2024-05-01T13:00Z", {"k": [1, "두", None, True]})


def test_sealed_request_altered_anywhere_is_rejected(coordinator: CoordinatorKeys) -> None:
    data = seal(Kind.EAP_CANCEL, {"request": "abc"}, coordinator.public().box_key)
    for i, variant in one_byte_variants(data):
        with pytest.raises(EnvelopeError):
            open_sealed(variant, coordinator.box)
            pytest.fail(f"byte {i} altered and still accepted")


# ---------------------------------------------------------------- replies


def test_reply_opens_only_for_its_reply_key(coordinator: CoordinatorKeys, reply_key: ReplyKeypair) -> None:
    data = seal_reply(REPLY, reply_key.public, coordinator.signing)
    assert MARKER.encode("utf-8") not in data
    env = open_reply(data, reply_key.private, coordinator.public().verify_key)
    assert (env.kind, dict(env.payload)) == (Kind.EAP_REPLY, REPLY)
    _expect(
        Reason.DECRYPTION_FAILED, open_reply, data, ReplyKeypair.generate().private, coordinator.public().verify_key
    )


def test_reply_altered_by_one_byte_is_rejected(coordinator: CoordinatorKeys, reply_key: ReplyKeypair) -> None:
    data = seal_reply(REPLY, reply_key.public, coordinator.signing)
    verify = coordinator.public().verify_key
    for i, variant in one_byte_variants(data):
        with pytest.raises(EnvelopeError):
            open_reply(variant, reply_key.private, verify)
            pytest.fail(f"byte {i} altered and still accepted")


def test_reply_signed_by_another_key_is_rejected(
    coordinator: CoordinatorKeys, impostor: CoordinatorKeys, reply_key: ReplyKeypair
) -> None:
    forged = seal_reply(REPLY, reply_key.public, impostor.signing)
    _expect(Reason.BAD_SIGNATURE, open_reply, forged, reply_key.private, coordinator.public().verify_key)


def test_reply_resealed_to_someone_else_is_rejected(coordinator: CoordinatorKeys, reply_key: ReplyKeypair) -> None:
    """A recipient cannot forward a genuine signed reply as if it were addressed to another key."""
    data = seal_reply(REPLY, reply_key.public, coordinator.signing)
    obj = _wire(data)
    signed = SealedBox(reply_key.private).decrypt(base64.b64decode(obj["body"]))  # type: ignore[arg-type]
    victim = ReplyKeypair.generate()
    obj["body"] = base64.b64encode(SealedBox(victim.public).encrypt(signed)).decode()
    _expect(Reason.MISMATCH, open_reply, _rewire(obj), victim.private, coordinator.public().verify_key)


# ---------------------------------------------------------------- offers


def test_offer_is_readable_and_verifies(coordinator: CoordinatorKeys) -> None:
    data = sign_offer(OFFER, coordinator.signing, now=NOW)
    env = open_offer(data, coordinator.public().verify_key)
    assert (env.kind, dict(env.payload)) == (Kind.OFFER, OFFER)


def test_offer_altered_is_rejected(coordinator: CoordinatorKeys, impostor: CoordinatorKeys) -> None:
    data = sign_offer(OFFER, coordinator.signing)
    verify = coordinator.public().verify_key
    for i, variant in one_byte_variants(data):
        with pytest.raises(EnvelopeError):
            open_offer(variant, verify)
            pytest.fail(f"byte {i} altered and still accepted")
    _expect(Reason.BAD_SIGNATURE, open_offer, sign_offer(OFFER, impostor.signing), verify)


def test_kinds_cannot_cross_directions(coordinator: CoordinatorKeys, reply_key: ReplyKeypair) -> None:
    pub = coordinator.public()
    offer = sign_offer(OFFER, coordinator.signing)
    reply = seal_reply(REPLY, reply_key.public, coordinator.signing)
    _expect(Reason.WRONG_KIND, open_sealed, offer, coordinator.box)
    _expect(Reason.WRONG_KIND, open_sealed, reply, coordinator.box)
    _expect(Reason.WRONG_KIND, open_offer, reply, pub.verify_key)
    _expect(Reason.WRONG_KIND, open_reply, offer, reply_key.private, pub.verify_key)
    with pytest.raises(EnvelopeError):
        seal(Kind.OFFER, OFFER, pub.box_key)


# ---------------------------------------------------------------- header binding


def test_header_cannot_be_swapped_onto_another_body(coordinator: CoordinatorKeys) -> None:
    box = coordinator.public().box_key
    a = _wire(seal(Kind.EAP_REQUEST, request_payload(), box, now=NOW))
    b = _wire(seal(Kind.EAP_CANCEL, {"request": "x"}, box, now=NOW))
    for change in ({"id": b["id"]}, {"kind": b["kind"]}, {"created": "2024-05-01T14:00Z"}):
        _expect(Reason.MISMATCH, open_sealed, _rewire(a | change), coordinator.box)
    _expect(Reason.MISMATCH, open_sealed, _rewire(dict(a) | {"body": b["body"]}), coordinator.box)


# ---------------------------------------------------------------- strict parsing


def _valid(coordinator: CoordinatorKeys) -> dict[str, object]:
    return _wire(seal(Kind.ENROLLMENT, {"program": "p1"}, coordinator.public().box_key, now=NOW))


@pytest.mark.parametrize(
    ("mutate", "reason"),
    [
        (lambda o: b"", Reason.NOT_JSON),
        (lambda o: b"\xff\xfe garbage", Reason.NOT_JSON),
        (lambda o: b"[1, 2, 3]", Reason.NOT_JSON),
        (lambda o: b"{" * 100_000, Reason.NOT_JSON),
        (lambda o: b"[" * 100_000 + b"]" * 100_000, Reason.NOT_JSON),
        (lambda o: _rewire(o)[:-10], Reason.NOT_JSON),
        (lambda o: _rewire(o) + b'{"x":1}', Reason.NOT_JSON),
        (lambda o: _rewire(o).replace(b'"kind"', b'"version":1,"kind"'), Reason.NOT_JSON),  # duplicate key
        (lambda o: _rewire(o | {"schema": "something.else"}), Reason.WRONG_SCHEMA),
        (lambda o: _rewire({k: v for k, v in o.items() if k != "schema"}), Reason.WRONG_SCHEMA),
        (lambda o: _rewire(o | {"version": 2}), Reason.UNSUPPORTED_VERSION),
        (lambda o: _rewire(o | {"version": True}), Reason.UNSUPPORTED_VERSION),
        (lambda o: _rewire(o | {"version": "1"}), Reason.UNSUPPORTED_VERSION),
        (lambda o: _rewire(o).replace(b'"version":1', b'"version":NaN'), Reason.NOT_JSON),
        (lambda o: _rewire(o | {"sender": "kim"}), Reason.BAD_HEADER),
        (lambda o: _rewire({k: v for k, v in o.items() if k != "created"}), Reason.BAD_HEADER),
        (lambda o: _rewire(o | {"kind": "eap_requestx"}), Reason.UNKNOWN_KIND),
        (lambda o: _rewire(o | {"kind": ["offer"]}), Reason.UNKNOWN_KIND),
        (lambda o: _rewire(o | {"id": "../../etc/passwd"}), Reason.BAD_ID),
        (lambda o: _rewire(o | {"id": str(o["id"]).upper()}), Reason.BAD_ID),
        (lambda o: _rewire(o | {"id": str(o["id"]) + "\n"}), Reason.BAD_ID),
        (lambda o: _rewire(o | {"id": 12345}), Reason.BAD_ID),
        (lambda o: _rewire(o | {"created": "2024-05-01T13:47Z"}), Reason.BAD_CREATED),
        (lambda o: _rewire(o | {"created": "2024-05-01T13:47:12.123Z"}), Reason.BAD_CREATED),
        (lambda o: _rewire(o | {"created": "2024-02-30T13:00Z"}), Reason.BAD_CREATED),
        (lambda o: _rewire(o | {"created": "2024-05-01T24:00Z"}), Reason.BAD_CREATED),
        (
            lambda o: _rewire(o | {"created": "２０２４-05-01T13:00Z"}),
            Reason.BAD_CREATED,
        ),  # fullwidth digits: int() would accept them
        (lambda o: _rewire(o | {"body": "***"}), Reason.BAD_BASE64),
        (lambda o: _rewire(o | {"body": base64.b64encode(b"x" * 100).decode().rstrip("=")}), Reason.BAD_BASE64),
        (lambda o: _rewire(o | {"body": str(o["body"]) + "===="}), Reason.BAD_BASE64),
        (lambda o: _rewire(o | {"body": 7}), Reason.BAD_BASE64),
        (lambda o: _rewire(o | {"body": base64.b64encode(b"x" * 100).decode()}), Reason.DECRYPTION_FAILED),
        (lambda o: _rewire(o | {"body": "A" * MAX_BYTES[Kind.ENROLLMENT]}), Reason.TOO_LARGE),
        (lambda o: b" " * 300 * 1024, Reason.TOO_LARGE),
    ],
)
def test_strict_parsing_reasons(coordinator: CoordinatorKeys, mutate: object, reason: Reason) -> None:
    data = mutate(_valid(coordinator))  # type: ignore[operator]
    err = _expect(reason, open_sealed, data, coordinator.box)
    assert str(err).startswith(reason.value)


def test_non_canonical_base64_is_refused_even_if_it_decodes_the_same(coordinator: CoordinatorKeys) -> None:
    """Base64 has spare bits before '='; a second spelling of the same bytes must not pass."""
    obj = _valid(coordinator)
    body = str(obj["body"])
    stripped = body.rstrip("=")
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    last = alphabet.index(stripped[-1])
    twin = stripped[:-1] + alphabet[last ^ 1] + body[len(stripped) :]
    if base64.b64decode(twin) == base64.b64decode(body):  # only when padding leaves spare bits
        _expect(Reason.BAD_BASE64, open_sealed, _rewire(obj | {"body": twin}), coordinator.box)


def test_payload_too_large_for_its_kind_is_refused_when_sealing(coordinator: CoordinatorKeys) -> None:
    with pytest.raises(EnvelopeError) as err:
        seal(Kind.EAP_CANCEL, {"note": "x" * MAX_BYTES[Kind.EAP_CANCEL]}, coordinator.public().box_key)
    assert err.value.reason is Reason.TOO_LARGE
    with pytest.raises(EnvelopeError):
        seal(Kind.EAP_CANCEL, {"when": NOW}, coordinator.public().box_key)  # not plain JSON
