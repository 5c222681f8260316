"""`coordinator init` keys and policy; the counselor pins the coordinator key and warns on a change."""

from __future__ import annotations

import base64
import re
from pathlib import Path

import pytest

from tests.eap.helpers import Org, cli, content, make_org
from wellcare.eap import EapError, EapService, KeyState
from wellcare.exchange import CoordinatorPublicKeys, open_sealed
from wellcare.inbox.keys_store import KEYS_SECRET, load_setup
from wellcare.inbox.pinning import PIN_SETTING
from wellcare.policy import load as load_policy
from wellcare.policy import parse as parse_policy
from wellcare.vault import VaultManager


def test_init_makes_a_coordinator_profile_keys_in_the_vault_and_a_policy_with_public_keys(tmp_path: Path) -> None:
    profile, exchange = tmp_path / "coord", tmp_path / "share" / "wellcare"
    code, out, err = cli(
        "--profile", str(profile), "coordinator", "init", "--org", "Seoul 120", "--exchange", str(exchange),
        "--counselor-exchange", r"\\fileserver\wellcare", "--eap-email", "eap@example.org",
    )  # fmt: skip
    assert code == 0, err
    assert re.search(r"RECOVERY CODE .*: [0-9A-Z]{5}(-[0-9A-Z]{5}){5}", out)
    assert VaultManager(profile).info().role == "coordinator"
    for folder in ("inbox", "replies", "offers"):
        assert (exchange / folder).is_dir()
    policy = load_policy(profile / "policy.toml")
    assert policy.org_name == "Seoul 120" and policy.get("coordinator", "name") == "EAP office"
    assert policy.get("exchange", "path") == r"\\fileserver\wellcare"
    public = CoordinatorPublicKeys.from_policy(policy.section("coordinator"))
    assert f"Fingerprint: {public.fingerprint()}" in out

    vault = VaultManager(profile).unlock()
    try:
        secret = base64.b64decode(vault.get_secret(KEYS_SECRET) or "")
        setup = load_setup(vault)
    finally:
        vault.close()
    assert len(secret) == 64 and setup is not None and setup.exchange == str(exchange.resolve())
    text = (profile / "policy.toml").read_text(encoding="utf-8")
    for chunk in (secret[:32], secret[32:]):  # neither private key, in any usual spelling
        assert base64.b64encode(chunk).decode() not in text and chunk.hex() not in text
    for path in tmp_path.rglob("*"):
        if path.is_file() and path.name != "vault.db" and not path.name.startswith("vault.db"):
            assert secret[:32] not in path.read_bytes() and base64.b64encode(secret[:32]) not in path.read_bytes()

    # again: same keys (counselors pinned them), policy rewritten, no new recovery code
    code, out, err = cli(
        "--profile", str(profile), "coordinator", "init", "--org", "Seoul 120", "--exchange", str(exchange)
    )
    assert code == 0, err
    assert "Kept the existing coordinator keys" in out and "RECOVERY CODE" not in out
    again = CoordinatorPublicKeys.from_policy(load_policy(profile / "policy.toml").section("coordinator"))
    assert again == public
    code, out, _ = cli("--profile", str(profile), "coordinator", "fingerprint")
    assert code == 0 and public.fingerprint() in out


def test_init_refuses_a_counselor_profile(tmp_path: Path) -> None:
    VaultManager(tmp_path / "me").create("keyring").vault.close()
    code, _out, err = cli(
        "--profile", str(tmp_path / "me"), "coordinator", "init", "--org", "X", "--exchange", str(tmp_path / "ex")
    )
    assert code == 1 and "belongs to a counselor" in err


def test_init_with_a_passphrase_file(tmp_path: Path) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_text("a long coordinator passphrase\n", encoding="utf-8")
    code, _out, err = cli(
        "--profile", str(tmp_path / "c"), "--passphrase-file", str(secret),
        "coordinator", "init", "--org", "X", "--exchange", str(tmp_path / "ex"),
    )  # fmt: skip
    assert code == 0, err
    assert VaultManager(tmp_path / "c").info().mode == "passphrase"
    code, out, err = cli("--profile", str(tmp_path / "c"), "--passphrase-file", str(secret), "coordinator", "import")
    assert code == 0 and "0 accepted" in out, err


def test_first_use_pins_the_key_and_a_changed_key_stops_sending_until_confirmed(org: Org, tmp_path: Path) -> None:
    service = org.counselor()
    first = service.coordinator()
    assert first.state is KeyState.PINNED and first.name == "EAP 상담실"
    assert org.counselor_vault.get_setting(PIN_SETTING)["fingerprint"] == first.fingerprint
    earlier = service.submit(content())

    # IT now ships a policy naming another coordinator's keys (a new EAP computer, or an attack)
    other = make_org(tmp_path / "other")
    try:
        changed = EapService(org.counselor_vault, other.policy, org.clock)
        state = changed.coordinator()
        assert state.state is KeyState.CHANGED
        assert state.pinned_fingerprint == first.fingerprint and state.fingerprint != first.fingerprint
        with pytest.raises(EapError) as refused:
            changed.submit(content())
        assert refused.value.code == "coordinator_changed"
        assert len(list((other.exchange / "inbox").iterdir())) == 0
        with pytest.raises(ValueError):
            changed.accept_new_keys(first.fingerprint)  # the counselor must confirm the *new* one
        assert changed.accept_new_keys(state.fingerprint.lower().replace("-", " ")).state is KeyState.PINNED
        changed.submit(content())
        assert len(list((other.exchange / "inbox").iterdir())) == 1
        # the earlier request still verifies its replies with the key it was sealed to, and its
        # cancellation goes to that key too
        assert changed.get(earlier.id).fingerprint == first.fingerprint
        changed.cancel(earlier.id)
        cancels = [p.read_bytes() for p in (other.exchange / "inbox").iterdir() if b"eap_cancel" in p.read_bytes()]
        assert len(cancels) == 1
        assert open_sealed(cancels[0], org.keys.box).payload["request"] == earlier.envelope_id
    finally:
        other.close()


def test_personal_mode_and_broken_keys_send_nothing(org: Org, tmp_path: Path) -> None:
    personal = EapService(org.counselor_vault, load_policy(None), org.clock)
    assert personal.coordinator().state is KeyState.NONE
    with pytest.raises(EapError, match="coordinator_none"):
        personal.submit(content())
    text = org.policy_path.read_text(encoding="utf-8")
    broken_text = re.sub(r'fingerprint = "[^"]+"', 'fingerprint = "0000-0000-0000-0000-0000-0000-0000-0000"', text)
    broken = parse_policy(broken_text, tmp_path / "policy.toml")
    service = EapService(org.counselor_vault, broken, org.clock)
    state = service.coordinator()
    assert state.state is KeyState.BROKEN and state.problem == "fingerprint_mismatch"
    with pytest.raises(EapError, match="coordinator_broken"):
        service.submit(content())
