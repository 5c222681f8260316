"""Coordinator keys: policy form, fingerprint, vault bytes; reply keys."""

from __future__ import annotations

import base64
import re

import pytest

from wellcare.exchange import (
    CoordinatorKeys,
    CoordinatorPublicKeys,
    KeyFormatError,
    Reason,
    ReplyKeypair,
    normalize_fingerprint,
    reply_public_key_from_b64,
)


def test_policy_round_trip_keeps_keys_and_fingerprint(coordinator: CoordinatorKeys) -> None:
    table = coordinator.public().to_policy()
    assert set(table) == {"box_public_key", "sign_public_key", "fingerprint"}
    assert all(isinstance(v, str) for v in table.values())
    assert CoordinatorPublicKeys.from_policy(table) == coordinator.public()


def test_fingerprint_is_grouped_hex_stable_and_covers_both_keys(coordinator: CoordinatorKeys) -> None:
    pub = coordinator.public()
    fpr = pub.fingerprint()
    assert re.fullmatch(r"(?:[0-9A-F]{4}-){7}[0-9A-F]{4}", fpr)
    assert fpr == CoordinatorPublicKeys(box=pub.box, verify=pub.verify).fingerprint()
    other = CoordinatorKeys.generate().public()
    assert CoordinatorPublicKeys(box=pub.box, verify=other.verify).fingerprint() != fpr
    assert CoordinatorPublicKeys(box=other.box, verify=pub.verify).fingerprint() != fpr


def test_fingerprint_comparison_tolerates_how_people_type_it(coordinator: CoordinatorKeys) -> None:
    pub = coordinator.public()
    typed = pub.fingerprint().lower().replace("-", " ")
    assert pub.matches_fingerprint(typed)
    assert normalize_fingerprint(typed) == pub.fingerprint()
    assert not CoordinatorKeys.generate().public().matches_fingerprint(typed)


def test_policy_with_wrong_fingerprint_is_refused(coordinator: CoordinatorKeys, impostor: CoordinatorKeys) -> None:
    table = coordinator.public().to_policy() | {"fingerprint": impostor.public().fingerprint()}
    with pytest.raises(KeyFormatError) as err:
        CoordinatorPublicKeys.from_policy(table)
    assert err.value.reason is Reason.FINGERPRINT_MISMATCH


@pytest.mark.parametrize(
    "bad",
    [
        None,
        42,
        "not base64!",
        base64.b64encode(b"\x01" * 31).decode(),  # short
        base64.b64encode(b"\x01" * 33).decode(),  # long
        base64.b64encode(bytes(32)).decode(),  # all zero
        base64.b64encode(b"\x01" * 32).decode().rstrip("="),  # unpadded
        " " + base64.b64encode(b"\x01" * 32).decode(),
    ],
)
def test_malformed_policy_keys_are_refused(coordinator: CoordinatorKeys, bad: object) -> None:
    table: dict[str, object] = dict(coordinator.public().to_policy())
    del table["fingerprint"]
    table["box_public_key"] = bad
    with pytest.raises(KeyFormatError) as err:
        CoordinatorPublicKeys.from_policy(table)
    assert err.value.reason is Reason.BAD_KEY


def test_policy_table_with_other_keys_and_empty_fingerprint_parses(coordinator: CoordinatorKeys) -> None:
    table = coordinator.public().to_policy() | {"fingerprint": "", "name": "EAP office", "eap_phone": "02-0000-0000"}
    assert CoordinatorPublicKeys.from_policy(table) == coordinator.public()


def test_malformed_fingerprint_is_refused(coordinator: CoordinatorKeys) -> None:
    with pytest.raises(KeyFormatError):
        CoordinatorPublicKeys.from_policy(coordinator.public().to_policy() | {"fingerprint": "ABCD"})


def test_private_keys_round_trip_through_vault_bytes_and_do_not_leak_in_repr(coordinator: CoordinatorKeys) -> None:
    raw = coordinator.to_bytes()
    assert len(raw) == 64
    assert CoordinatorKeys.from_bytes(raw).public() == coordinator.public()
    assert raw.hex() not in repr(coordinator)
    assert coordinator.public().fingerprint() in repr(coordinator)
    with pytest.raises(KeyFormatError):
        CoordinatorKeys.from_bytes(raw[:-1])


def test_reply_keys_are_fresh_and_parse_strictly() -> None:
    a, b = ReplyKeypair.generate(), ReplyKeypair.generate()
    assert a.public_b64() != b.public_b64()
    assert bytes(reply_public_key_from_b64(a.public_b64())) == bytes(a.public)
    assert ReplyKeypair.from_bytes(a.to_bytes()).public_b64() == a.public_b64()
    assert a.to_bytes().hex() not in repr(a)
    with pytest.raises(KeyFormatError):
        reply_public_key_from_b64(a.public_b64()[:-4])


# The X25519 public keys of small order (libsodium's list); a top bit set is ignored by X25519.
SMALL_ORDER = [
    bytes([1]) + bytes(31),  # order 1
    bytes.fromhex("e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800"),  # order 8
    bytes.fromhex("5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157"),  # order 8
    bytes([0xEC]) + b"\xff" * 30 + bytes([0x7F]),  # p - 1, order 2
    bytes([0xED]) + b"\xff" * 30 + bytes([0x7F]),  # p, i.e. 0
    bytes([0xEE]) + b"\xff" * 30 + bytes([0x7F]),  # p + 1, i.e. 1
    bytes.fromhex("e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b880"),  # top bit set
]


@pytest.mark.parametrize("point", SMALL_ORDER, ids=lambda p: p.hex()[:8])
def test_a_reply_key_of_small_order_is_refused(point: bytes) -> None:
    """Sealing a reply to such a key would give a shared secret anyone can compute."""
    with pytest.raises(KeyFormatError) as err:
        reply_public_key_from_b64(base64.b64encode(point).decode())
    assert err.value.reason is Reason.BAD_KEY and "small order" in str(err.value)


@pytest.mark.parametrize("point", SMALL_ORDER[:3], ids=lambda p: p.hex()[:8])
def test_a_policy_box_key_of_small_order_is_refused(coordinator: CoordinatorKeys, point: bytes) -> None:
    table: dict[str, object] = dict(coordinator.public().to_policy())
    del table["fingerprint"]
    table["box_public_key"] = base64.b64encode(point).decode()
    with pytest.raises(KeyFormatError, match="small order"):
        CoordinatorPublicKeys.from_policy(table)
