"""Retention in the coordinator's EAP inbox: closed requests lose their content after [eap] retention_days.

Real coordinator vault (made by `coordinator init`), real exchange folder, a ManualClock; what is
deleted is checked in SQL and in the vault file's decrypted pages, free space included.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.eap.helpers import KST, MONDAY_9, Org, cli, content
from tests.vault.pages import decrypted_pages
from wellcare import policy
from wellcare.aggregate_format.schema import iso_week
from wellcare.coordinator.dashboard_data import DashboardData
from wellcare.eap import Appointment, RequestType, Urgency
from wellcare.eap.office_inbox import Triage
from wellcare.eap.protocol import Attachment
from wellcare.eap.retention import DEFAULT_DAYS, LAST_RUN, SETTING, EapRetention, retention_days
from wellcare.vault import Vault
from wellcare.vault.database import raw_key_pragma
from wellcare.vault.keystore import KeyStore
from wellcare.vault.profile import read_profile

DAYS = DEFAULT_DAYS


@dataclass(frozen=True)
class Sent:
    tag: str
    envelope_id: str
    local_id: int  # the counselor's own id for it
    file: tuple[str, bytes]  # the sealed envelope as it reached the share (to deliver it again)


def words(tag: str) -> list[str]:
    """Everything a person wrote or chose for one request (see send/close below)."""
    return [f"{tag} 노트 note", f"010-{tag}", f"{tag} 시간 times", f"{tag} title", f"{tag} 첨부 text",
            f"{tag} room", f"{tag} appointment note", f"{tag} 종료 message"]  # fmt: skip


def send(org: Org, tag: str, urgency: Urgency = Urgency.SOON, kind: RequestType = RequestType.LEGAL_SUPPORT) -> Sent:
    mine = org.counselor().submit(
        content(
            note=f"{tag} 노트 note",
            urgency=urgency,
            type=kind,
            contact=f"010-{tag}",
            times_note=f"{tag} 시간 times",
            attachments=(Attachment("incident", f"{tag} title", f"{tag} 첨부 text"),),
        )
    )
    [path] = list((org.exchange / "inbox").glob("*.json"))
    file = (path.name, path.read_bytes())
    assert org.import_once().accepted == 1
    return Sent(tag, mine.envelope_id, mine.id, file)


def schedule_and_close(org: Org, sent: Sent, *, done: bool = True) -> None:
    eap = org.eap_inbox()
    start = org.clock.now() + timedelta(days=2)
    eap.schedule(sent.envelope_id, Appointment(start, 50, f"{sent.tag} room", f"{sent.tag} appointment note"))
    eap.close(sent.envelope_id, done=done, message=f"{sent.tag} 종료 message")


def vault_sql_text(vault: Vault) -> str:
    """Every row of every table, as text."""
    tables = [r[0] for r in vault.query("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return "\n".join(repr(vault.query(f'SELECT * FROM "{t}"')) for t in tables)


def coordinator_key(org: Org) -> str:
    info = read_profile(org.coordinator_profile)
    assert info is not None and info.mode == "keyring"
    return KeyStore().load(info.vault_id)


def file_text(org: Org) -> bytes:
    """The coordinator's vault file, decrypted page by page (free pages included), after a checkpoint."""
    org.coordinator_vault.checkpoint()
    wal = org.coordinator_profile / "vault.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0  # nothing left only in the write-ahead log
    return b"".join(decrypted_pages(org.coordinator_profile / "vault.db", coordinator_key(org)))


def retention(org: Org, days: int = DAYS) -> EapRetention:
    return EapRetention(org.eap_inbox(), days)


def test_closed_requests_lose_their_content_after_retention_and_open_ones_never(org: Org) -> None:
    done, declined, cancelled, still_open = (send(org, t) for t in ("DONE-1", "DECL-2", "CANC-3", "OPEN-4"))
    schedule_and_close(org, done)
    schedule_and_close(org, declined, done=False)
    org.counselor().cancel(cancelled.local_id)
    org.import_once()
    eap = org.eap_inbox()
    assert eap.get(cancelled.envelope_id).triage is Triage.CANCELLED
    closed_at = org.clock.now()

    org.clock.set(closed_at + timedelta(days=DAYS) - timedelta(minutes=1))  # not yet
    run = retention(org).run()
    assert run.due == () and run.purged == ()
    assert all(not r.purged and r.content is not None for r in eap.requests())

    org.clock.set(closed_at + timedelta(days=DAYS))  # the day comes
    run = retention(org).run()
    assert sorted(run.purged) == sorted(s.envelope_id for s in (done, declined, cancelled))
    for sent, triage in ((done, Triage.DONE), (declined, Triage.DECLINED), (cancelled, Triage.CANCELLED)):
        tomb = eap.get(sent.envelope_id)
        assert tomb.purged and tomb.content is None and tomb.appointment is None and tomb.events == ()
        assert tomb.triage is triage and tomb.kind is RequestType.LEGAL_SUPPORT and tomb.urgency is Urgency.SOON
        assert tomb.purged_after_days == DAYS and tomb.purged_on == org.clock.now().date()
        assert tomb.received_at == MONDAY_9.replace(hour=0)  # only the week is left (MONDAY_9 is a Monday)
    assert retention(org).run().purged == ()  # nothing twice

    org.clock.advance(timedelta(days=3650))  # an open request keeps its content however old
    retention(org).run()
    kept = eap.get(still_open.envelope_id)
    assert not kept.purged and kept.content is not None and kept.content.note == "OPEN-4 노트 note"
    assert kept.triage is Triage.NEW and kept.events


def test_deleted_content_is_gone_from_sql_and_from_the_file(org: Org) -> None:
    gone = send(org, "GONE-7f3a")
    send(org, "KEPT-91c2")  # stays open: its text stays readable, so the page reader is known to work
    schedule_and_close(org, gone)
    before = file_text(org)
    for word in words("GONE-7f3a"):  # the page reader does see what is about to go
        assert word.encode() in before, word
    assert b"GONE-7f3a" in before

    org.clock.advance(timedelta(days=DAYS + 1))
    assert retention(org).run().purged == (gone.envelope_id,)

    sql = vault_sql_text(org.coordinator_vault)
    assert "GONE-7f3a" not in sql and "KEPT-91c2 노트 note" in sql
    row = org.coordinator_vault.query_one(
        "SELECT content, reply_key, appointment, created_hour FROM eap_inbox WHERE envelope_id = ?",
        (gone.envelope_id,),
    )
    assert row == ("", "", None, "")
    events = org.coordinator_vault.query("SELECT * FROM eap_inbox_events WHERE envelope_id = ?", (gone.envelope_id,))
    assert events == []
    seen = org.coordinator_vault.query_one("SELECT at FROM inbox_seen WHERE envelope_id = ?", (gone.envelope_id,))
    assert seen is not None and seen[0] == MONDAY_9.replace(hour=0).isoformat()  # the import time: its week only

    after = file_text(org)
    assert b"GONE-7f3a" not in after  # not in a live page, not in a free page
    assert "KEPT-91c2 노트 note".encode() in after
    org.coordinator_vault.close()
    assert b"GONE-7f3a" not in b"".join(decrypted_pages(org.coordinator_profile / "vault.db", coordinator_key(org)))
    org.coordinator_vault = Vault.open(org.coordinator_profile, raw_key_pragma(coordinator_key(org)))  # for teardown


def test_dashboard_counts_are_the_same_before_and_after_the_purge(org: Org) -> None:
    sunday_late = MONDAY_9 + timedelta(days=6, hours=14, minutes=30)  # Sun 9 Mar, 23:30 in Seoul: week 10
    next_monday = MONDAY_9 + timedelta(days=7, hours=-8, minutes=-30)  # Mon 10 Mar, 00:30 in Seoul: week 11
    sent = [send(org, "W10-A"), send(org, "W10-B", Urgency.URGENT, RequestType.COUNSELING)]
    org.clock.set(sunday_late)
    sent.append(send(org, "W10-C", Urgency.ROUTINE, RequestType.STRESS_HEALTH))
    org.clock.set(next_monday)
    sent += [send(org, "W11-D", kind=RequestType.OTHER), send(org, "W11-E")]
    schedule_and_close(org, sent[0])
    schedule_and_close(org, sent[1], done=False)
    schedule_and_close(org, sent[2])
    schedule_and_close(org, sent[3])  # sent[4] stays open
    weeks = [iso_week(MONDAY_9.date()), iso_week(next_monday.date())]
    assert weeks == ["2025-W10", "2025-W11"]
    data = DashboardData(org.coordinator_vault, org.clock)
    before = {w: data.eap_counts([w]) for w in weeks}
    report_before = data.report(weeks[0], weeks[1]).to_json()["eap"]
    assert sum(before["2025-W10"].values()) == 3 and sum(before["2025-W11"].values()) == 2

    org.clock.advance(timedelta(days=DAYS))
    assert len(retention(org).run().purged) == 4
    after = {w: data.eap_counts([w]) for w in weeks}
    assert after == before
    assert data.report(weeks[0], weeks[1]).to_json()["eap"] == report_before


def test_a_re_delivered_envelope_does_not_bring_a_deleted_request_back(org: Org) -> None:
    sent = send(org, "REPLAY-55")
    schedule_and_close(org, sent, done=False)
    org.clock.advance(timedelta(days=DAYS))
    assert retention(org).run().purged == (sent.envelope_id,)

    name, data = sent.file
    (org.exchange / "inbox" / name).write_bytes(data)  # the same sealed file, copied back onto the share
    report = org.import_once()
    assert (report.accepted, report.duplicates, report.quarantined) == (0, 1, 0)
    [tomb] = org.eap_inbox().requests()
    assert tomb.purged and tomb.content is None and tomb.triage is Triage.DECLINED
    assert "REPLAY-55" not in vault_sql_text(org.coordinator_vault)


def test_a_late_cancellation_leaves_a_tombstone_as_it_was_counted(org: Org) -> None:
    sent = send(org, "LATE-1")
    org.eap_inbox().close(sent.envelope_id, done=False, message="LATE-1 종료 message")
    org.clock.advance(timedelta(days=DAYS))
    assert retention(org).run().purged == (sent.envelope_id,)
    org.counselor().cancel(sent.local_id)  # a counselor's app that never fetched the reply still can
    report = org.import_once()
    assert (report.accepted, report.quarantined) == (1, 0)  # the proof still matches: taken, not quarantined
    tomb = org.eap_inbox().get(sent.envelope_id)
    assert tomb.purged and tomb.triage is Triage.DECLINED and tomb.events == ()
    assert (
        org.coordinator_vault.query("SELECT * FROM eap_inbox_events WHERE envelope_id = ?", (sent.envelope_id,)) == []
    )


def test_a_vault_from_before_retention_is_migrated_and_purged(org: Org) -> None:
    old = send(org, "V1-OLD")
    schedule_and_close(org, old)
    vault = org.coordinator_vault
    with vault.transaction() as cur:  # the inbox as the previous version left it
        for column in ("kind", "purged_on", "purged_after_days"):
            cur.execute(f"ALTER TABLE eap_inbox DROP COLUMN {column}")
        cur.execute("UPDATE component_versions SET version = 1 WHERE component = 'coordinator_eap'")
        cur.execute("DROP TABLE eap_pending_cancels")  # version 1 kept one waiting cancellation per request
        cur.execute("CREATE TABLE eap_pending_cancels (request_id TEXT PRIMARY KEY, proof TEXT NOT NULL, "
                    "received_at TEXT NOT NULL)")
        cur.execute("INSERT INTO eap_pending_cancels VALUES ('a' , 'p1', '2025-03-01T00:00:00+09:00')")
    data = DashboardData(vault, org.clock)  # opens the inbox: migrations 2 and 3 run
    assert vault.component_version("coordinator_eap") == 3
    assert vault.query("SELECT request_id, proof FROM eap_pending_cancels") == [("a", "p1")]  # kept
    vault.execute("INSERT INTO eap_pending_cancels VALUES ('a', 'p2', '2025-03-01T00:00:00+09:00')")  # now allowed
    vault.execute("DELETE FROM eap_pending_cancels")
    assert vault.query("SELECT kind FROM eap_inbox") == [("legal_support",)]
    counts = data.eap_counts(["2025-W10"])
    assert counts == {("legal_support", "done"): 1}
    org.clock.advance(timedelta(days=DAYS))
    assert retention(org).run().purged == (old.envelope_id,)
    assert data.eap_counts(["2025-W10"]) == counts


def test_the_policy_key_and_which_value_applies(org: Org, tmp_path: Path) -> None:
    assert policy.defaults().get("eap", "retention_days") == 180
    for bad in (0, 29, 3651, True, "90"):
        with pytest.raises(policy.PolicyError, match=r"eap\.retention_days"):
            policy.parse(f"[eap]\nretention_days = {json.dumps(bad)}\n", tmp_path / "p.toml")
    vault = org.coordinator_vault
    assert retention_days(vault, policy.defaults(), org.coordinator_profile) == 180  # nothing known: the default
    org_policy = policy.parse("[eap]\nretention_days = 365\n", tmp_path / "p.toml")
    assert retention_days(vault, org_policy, org.coordinator_profile) == 365
    assert vault.get_setting(SETTING) == 365
    # a later run without the org policy (personal mode) keeps what the org said, never the shorter default
    assert retention_days(vault, policy.defaults(), org.coordinator_profile) == 365
    with pytest.raises(ValueError):
        EapRetention(org.eap_inbox(), 0)


def test_cli_purge_dry_run_lists_without_deleting_then_deletes(org: Org) -> None:
    # the command uses the real clock: an old request (closed in March 2025) and one closed just now
    old = send(org, "CLI-OLD")
    schedule_and_close(org, old)
    org.clock.set(datetime.now(KST) - timedelta(hours=1))
    recent = send(org, "CLI-NEW")
    schedule_and_close(org, recent)
    profile = str(org.coordinator_profile)

    code, out, err = cli("--profile", profile, "--policy", str(org.policy_path), "coordinator", "purge", "--dry-run")
    assert code == 0, err
    assert "180 days" in out and "would delete the content of 1 request(s)" in out and "nothing changed" in out
    assert f"request {old.envelope_id[:4].upper()}: closed 2025-03-03" in out
    assert recent.envelope_id[:4].upper() not in out and "CLI-OLD" not in out
    eap = org.eap_inbox()
    assert not eap.get(old.envelope_id).purged and "CLI-OLD 노트 note" in vault_sql_text(org.coordinator_vault)
    assert org.coordinator_vault.get_setting(LAST_RUN) is None  # a dry run records nothing

    code, out, err = cli("--profile", profile, "--policy", str(org.policy_path), "coordinator", "purge", "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["retention_days"] == 180 and doc["dry_run"] is False and doc["purged"] == [old.envelope_id]
    assert eap.get(old.envelope_id).purged and not eap.get(recent.envelope_id).purged
    assert "CLI-OLD" not in vault_sql_text(org.coordinator_vault)


def test_cli_purge_needs_a_coordinator_profile(tmp_path: Path) -> None:
    from wellcare.vault import VaultManager

    profile = tmp_path / "counselor"
    VaultManager(profile).create("keyring").vault.close()
    code, _out, err = cli("--profile", str(profile), "coordinator", "purge")
    assert code == 1 and "no coordinator keys" in err


def test_next_run_is_daily_or_when_a_request_is_due(org: Org) -> None:
    rule = retention(org)
    now = org.clock.now()
    assert rule.next_run(now) == now  # never ran: at once
    rule.run()
    assert rule.next_run(now) == now + timedelta(days=1)
    sent = send(org, "NEXT-1")
    schedule_and_close(org, sent)
    org.clock.advance(timedelta(days=DAYS - 1, hours=12))
    rule.run()
    due = now + timedelta(days=DAYS)
    assert rule.next_run(org.clock.now()) == due  # sooner than a day after the last run


@pytest.mark.parametrize("done", [True, False], ids=["done", "declined"])
def test_a_cancellation_after_the_office_closed_the_request_changes_nothing(org: Org, done: bool) -> None:
    """The counselor cancels before their app has fetched the office's closing reply."""
    sent = send(org, "RACE-5")
    schedule_and_close(org, sent, done=done)
    closed = Triage.DONE if done else Triage.DECLINED
    week = iso_week(org.clock.now().date())
    data = DashboardData(org.coordinator_vault, org.clock)
    before = data.eap_counts([week])
    org.counselor().cancel(sent.local_id)
    report = org.import_once()
    assert report.accepted == 1 and report.quarantined == 0
    assert org.eap_inbox().get(sent.envelope_id).triage is closed
    assert data.eap_counts([week]) == before
