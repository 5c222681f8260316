"""Linkage (issue #13, item 3): the coordinator cannot tie two weeks of one counselor together. Qt-free.

The test. Several counselors' apps (real vaults, real senders, one exchange folder) each send two
weeks; before each import the attacker (the coordinator, holding its private key) records for every
file what it can see: the file's name, size, modification time, the envelope's clear header, the
opened payload and, after importing, the rows its vault keeps. It splits that into

- the *random* parts: the envelope id (the file name; 128 random bits), the dedup token
  (HMAC of a device secret the coordinator never sees), the week's field and randomized report
  (drawn independently each week; what they say about the true value is bounded by ε, which is
  the privacy guarantee itself and not what this test is about), and
- what follows from them alone: the field's k and the pad's length (checked to be a function of
  field and report, with the unit fixed), and
- *everything else*: size, mtime, the header's kind, version and created hour, the payload's keys,
  schema, period, ε, ε∞, k, pad, the unit and the row's received day.

The statistic: an attacker that links a week-2 file to the week-1 file whose "everything else"
agrees with it most often picks, among ties, uniformly. The test asserts that "everything else"
is identical for every file of a week within the group the coordinator is allowed to know
(the team, with team views on; the whole centre without), so every week-1 file ties with every
other and the attacker's chance of a correct link is exactly 1/M for M counselors in the group,
which is chance; and that the random parts of one counselor's two weeks share nothing (no equal
id, token or name). Arrival order is random too (each app sends at its own random moment).
"""

from __future__ import annotations

import json
import random
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.aggregates.helpers import UNITS, Org
from wellcare.aggregates.store import ContributionsStore
from wellcare.exchange import Folder, open_sealed, read_header
from wellcare.privacy.contribution import ContributionInputs
from wellcare.privacy.sender import ContributionSender, Outcome
from wellcare.vault import VaultManager
from wellcare.weeks import IsoWeek

COUNSELORS = 6


def _inputs(seed: int) -> Any:
    rng = random.Random(seed)  # each counselor's own stable truth, different from the others'

    def inputs(period: str, unit: str | None) -> ContributionInputs:
        return ContributionInputs(who5_band=rng.choice(["good", "poor"]), hard_calls=rng.randrange(6),
                                  breaks_taken=rng.randrange(30), org_unit=unit)
    return inputs


def _observe(org: Org) -> list[dict[str, Any]]:
    """Everything the coordinator can see of each file in the inbox, before importing it."""
    seen = []
    for name in org.transport.list(Folder.INBOX):
        path = org.exchange / "inbox" / name
        data = path.read_bytes()
        header = read_header(data)
        clear = json.loads(data)
        payload = dict(open_sealed(data, org.keys.box).payload)
        seen.append({
            "name": name, "id": header.id, "token": payload.pop("token"), "field": payload.pop("field"),
            "report": payload.pop("report"), "derived": (payload.pop("k"), len(payload.pop("pad"))),
            "rest": (path.stat().st_size, path.stat().st_mtime_ns, header.kind.value, header.created,
                     clear["version"], tuple(sorted(clear)), json.dumps(payload, sort_keys=True)),
        })
    return seen


@pytest.mark.parametrize("team_views", [True, False])
def test_two_weeks_of_one_counselor_cannot_be_linked_better_than_chance(org: Org, tmp_path: Path,
                                                                        team_views: bool) -> None:
    if not team_views:
        org.policy_path.write_text(org.policy_path.read_text(encoding="utf-8") + "team_views = false\n",
                                   encoding="utf-8")
    senders = []
    for i in range(COUNSELORS):
        vault = org.counselor_vault if i == 0 else VaultManager(tmp_path / f"c{i}").create("keyring").vault
        s = ContributionSender(vault, org.policy, org.clock, _inputs(i))
        s.set_org_unit(UNITS[0] if team_views else UNITS[i % len(UNITS)])  # one team, or several teams
        s.set_consent(True)
        senders.append(s)
    weeks: list[dict[str, dict[str, Any]]] = []  # per week: counselor -> what the attacker saw of their file
    for week in ("2026-W47", "2026-W48"):
        # each app sends at its own random moment of the week after the period, in that order
        order = sorted(range(COUNSELORS), key=lambda i: senders[i].plan(week).send_at)
        who: dict[str, int] = {}
        for i in order:
            org.clock.advance(max(senders[i].plan(week).send_at - org.clock.now(), timedelta(0)))
            result = senders[i].send_due()
            assert result.outcome is Outcome.SENT and result.envelope_id is not None
            who[result.envelope_id] = i
        seen = _observe(org)
        assert len(seen) == COUNSELORS
        weeks.append({str(who[s["id"]]): s for s in seen})
        assert org.import_once().accepted == COUNSELORS
        org.clock.advance(max(timedelta(0), _monday_after(week, org) - org.clock.now()))
    first, second = weeks
    # everything but the random parts is the same for every file of a week: every link ties
    for week in weeks:
        assert len({s["rest"] for s in week.values()}) == 1
    derived: dict[tuple[str, str], Any] = {}
    for s in [*first.values(), *second.values()]:
        assert derived.setdefault((s["field"], s["report"]), s["derived"]) == s["derived"]
    # the random parts of one counselor's two weeks share nothing an attacker could match
    for i in map(str, range(COUNSELORS)):
        assert first[i]["id"] != second[i]["id"] and first[i]["token"] != second[i]["token"]
        assert first[i]["name"] != second[i]["name"]
    # the attacker's best guess is any of the M ties: its chance of a correct link is 1/M, i.e. chance
    # (score: how many of the "everything else" features agree; every candidate scores the same)
    for i in second:
        scores = {sum(a == b for a, b in zip(first[j]["rest"], second[i]["rest"], strict=True)) for j in first}
        assert len(scores) == 1
    # the vault keeps no more: rows hold the day received (not the hour) and nothing per device
    rows = ContributionsStore(org.coordinator_vault).vault.query("SELECT received_at FROM agg_reports")
    assert len({r[0] for r in rows}) <= 2 and all(len(r[0]) == 10 for r in rows)


def _monday_after(week: str, org: Org) -> datetime:
    """Monday 00:00 of the week after the one the period is sent in (the next period's sending week)."""
    monday = IsoWeek.parse(week).monday + timedelta(days=14)
    return datetime.combine(monday, time(0, 0), tzinfo=org.clock.now().tzinfo)
