"""A ready-made demo organisation under one folder, so a newcomer sees both roles in one command.

Layout: DIR/coordinator and DIR/counselor (profiles), DIR/exchange, DIR/policy.toml and
DIR/demo-passphrase.txt. The demo passphrase is written to a labelled file on purpose: the demo's
data is made up, and the demo must open where no keyring exists (a VM, a CI box). Real profiles
never do this.

What is in it, all drawn from fixed, seeded distributions:
- the coordinator's keys and the org policy (five teams, the usual privacy settings);
- N simulated counselors' weekly anonymized contributions over W weeks, already imported into
  the coordinator's vault (the dashboard shows them at once);
- the counselor profile with months of history: WHO-5 weekly, PSS-10 and CBI monthly, daily
  check-ins, breaks and natural breaks, a few hard-call incidents, practice sessions, an EAP
  request that the coordinator has answered with an appointment, and two signed org offers;
- enrollments in those offers (colleagues' and the demo counselor's own, one withdrawn), imported
  by the coordinator, whose signed seat status the counselor's app shows.
"""

from __future__ import annotations

import math
import random
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from wellcare.demo_layout import LANGUAGES as LANGUAGES  # re-exported: where the demo lives, apart from its builder
from wellcare.demo_layout import PASSPHRASE_FILE, DemoLayout
from wellcare.demo_layout import demo_language as demo_language
from wellcare.progress import Progress
from wellcare.today import SEEN_SETTING as TODAY_SEEN
from wellcare.vault import Vault, VaultManager, VaultState
from wellcare.vault.fileio import atomic_write_bytes

if TYPE_CHECKING:
    from wellcare.runtime import Services
    from wellcare.schedule.clock import Clock

DEMO_PASSPHRASE = "demo-only-not-a-secret"
# from this many simulated person-weeks on, worker processes build and seal them (smaller demos keep
# the single-process simulation and its exact data; forking costs more than it saves there)
PARALLEL_PERSON_WEEKS = 20_000
SEOUL = ZoneInfo("Asia/Seoul")
DEMO_UNITS = ("1팀 Team 1", "2팀 Team 2", "3팀 Team 3", "4팀 Team 4", "5팀 Team 5")
DEMO_ORG = "데모 민원콜센터 · Demo Civil Complaint Call Center"

# What people wrote in the demo (notes, places, names), in the language the app runs in: a Korean
# counselor's demo reads Korean, an English one English. Org-wide names (org, units) stay bilingual.
DEMO_TEXTS: dict[str, dict[str, str]] = {
    "ko": {
        "office": "EAP 상담실",
        "contact": "010-0000-0000 (데모)",
        "note": "요즘 폭언 통화가 잦아 잠을 잘 못 잡니다. (데모)",
        "room": "EAP 상담실 (본관 3층)",
        "memo": "편하게 오세요. (데모)",
        "forest_place": "서울숲",
        "workshop_place": "본관 301호",
        "me": "데모 상담사 (데모)",
        "me_contact": "내선 4100",
        "colleague_1": "김민지 (데모)",
        "colleague_2": "이서준 (데모)",
        "colleague_2_note": "채식 식사 부탁드립니다. (데모)",
        "colleague_4": "박지훈 (데모)",
        "colleague_5": "최유나 (데모)",
        "extension": "내선 %s",
    },
    "en": {
        "office": "EAP office",
        "contact": "010-0000-0000 (demo)",
        "note": "Abusive calls have been frequent lately and I am not sleeping well. (demo)",
        "room": "EAP room, main building 3F",
        "memo": "Come as you are. (demo)",
        "forest_place": "Seoul Forest",
        "workshop_place": "Main building, room 301",
        "me": "Demo Counselor (demo)",
        "me_contact": "ext. 4100",
        "colleague_1": "Minji Kim (demo)",
        "colleague_2": "Seojun Lee (demo)",
        "colleague_2_note": "A vegetarian lunch, please. (demo)",
        "colleague_4": "Jihoon Park (demo)",
        "colleague_5": "Yuna Choi (demo)",
        "extension": "ext. %s",
    },
}


def ensure_demo(root: Path, language: str = "en", progress: Progress | None = None) -> DemoLayout:
    """The demo under root, built with default sizes the first time (again when the language
    changes, so its notes and names read in the app's language); never touches other profiles."""
    root = Path(root).expanduser().absolute()
    layout = DemoLayout(root)
    if not layout.is_complete(language):
        build_demo(root, language=language, progress=progress)
    return layout


def build_demo(
    root: Path,
    counselors: int = 150,
    weeks: int = 12,
    seed: int = 7,
    now: datetime | None = None,
    progress: Progress | None = None,
    language: str = "en",
) -> DemoLayout:
    """Build the whole demo organisation under root (which must be empty or a previous demo).

    ``progress`` names each step and counts the long ones (on a terminal; silent by default).

    The root is made absolute first: the policy and the coordinator's settings keep the exchange
    folder's path, and a relative one would point elsewhere from any other working folder.
    """
    root = Path(root).expanduser().absolute()
    layout = DemoLayout(root)
    texts = DEMO_TEXTS[language if language in DEMO_TEXTS else "en"]
    if root.exists() and any(root.iterdir()) and not (root / PASSPHRASE_FILE).exists():
        raise FileExistsError(f"{root} is not empty and is not a WellCare demo; choose an empty folder")
    if (root / PASSPHRASE_FILE).exists():  # an earlier (perhaps half-built) demo: start it over
        _remove_demo(layout)
    root.mkdir(parents=True, exist_ok=True)
    now = (now or datetime.now(SEOUL)).astimezone(SEOUL)
    rng = random.Random(seed)
    # The file name and the passphrase itself say what it is; the file holds nothing else, since
    # --passphrase-file takes the whole first line.
    atomic_write_bytes(layout.passphrase_file, (DEMO_PASSPHRASE + "\n").encode("utf-8"))
    progress = progress or Progress.silent()
    progress.step("Demo: the EAP coordinator's profile and keys")
    keys = _build_coordinator(layout, texts)
    from wellcare.demo_eap import past_requests

    past_requests(layout, keys, counselors, weeks, seed, now)  # the office's EAP history, week by week
    _simulate_floor(layout, keys, counselors, weeks, seed, now, progress)
    progress.step(f"Demo: a counselor's {weeks} weeks of check-ins, breaks and calls")
    _build_counselor(layout, rng, now, weeks, texts)
    progress.step("Demo: EAP requests, replies and offers")
    _coordinator_answers(layout, keys, now, texts)
    _demo_enrollments(layout, keys, now, texts)
    atomic_write_bytes(root / ".complete", (language + "\n").encode("utf-8"))
    progress.finish(f"Demo ready in {root}")
    return layout


def _remove_demo(layout: DemoLayout) -> None:
    import shutil

    for profile in (layout.counselor, layout.coordinator):
        if profile.exists():
            VaultManager(profile).wipe()
            shutil.rmtree(profile, ignore_errors=True)
    shutil.rmtree(layout.exchange, ignore_errors=True)
    for path in (layout.policy, layout.root / ".complete"):
        path.unlink(missing_ok=True)


# -- the coordinator -----------------------------------------------------------------------------
def _open(profile: Path, role: str):  # type: ignore[no-untyped-def]
    manager = VaultManager(profile)
    if manager.state() is VaultState.NEW:
        return manager.create("passphrase", passphrase=DEMO_PASSPHRASE, role=role).vault
    return manager.unlock(DEMO_PASSPHRASE)


def _build_coordinator(layout: DemoLayout, texts: dict[str, str]):  # type: ignore[no-untyped-def]
    from wellcare.inbox.keys_store import CoordinatorSetup, initialize, load_keys

    vault = _open(layout.coordinator, "coordinator")
    try:
        setup = CoordinatorSetup(
            org=DEMO_ORG, exchange=str(layout.exchange), name=texts["office"], eap_phone="02-120-0000"
        )
        initialize(vault, setup, layout.policy)
        vault.set_setting(TODAY_SEEN, datetime.now(UTC).isoformat())  # the office has been at work: no first run
        keys = load_keys(vault)
    finally:
        vault.close()
    text = layout.policy.read_text(encoding="utf-8")
    units = ", ".join(f'"{u}"' for u in DEMO_UNITS)
    text = text.replace("[org]\n", f"[org]\nunits = [{units}]\n", 1)
    text += "\n[privacy]\nmin_group_size = 5\n" + DEMO_MEASURES  # the policy's default ε, as a real centre
    from wellcare.policy import parse

    parse(text, layout.policy)
    atomic_write_bytes(layout.policy, text.encode("utf-8"), mode=0o644)
    assert keys is not None
    return keys


# The organisation's response to abusive callers, as a demo centre would write it (hard-call flow).
DEMO_MEASURES = """
[hard_call]
manual = "https://example.org/wellcare-demo/abusive-caller-manual.pdf"
ending_script_en = "I can no longer continue this call because of your language. I am ending the call now."
ending_script_ko = "폭언이 계속되어 더 이상 상담을 이어갈 수 없습니다. 지금 통화를 종료하겠습니다."
dedicated_team = "악성민원 전담팀 · Special complaints team (내선/ext. 2300)"
team_leader = "김지영 팀장 · Team leader Kim Ji-young (내선/ext. 2101)"

[rights]
local_centre_name_en = "Seoul Emotional Labour Rights Centre"
local_centre_name_ko = "서울감정노동종사자권리보호센터"
local_centre_phone = "02-0000-0000"
"""


def _services(layout: DemoLayout, folder: Path, vault: Vault, clock: Clock) -> Services:
    """The app's own services for one demo profile (wellcare.runtime), on a demo clock."""
    from wellcare.policy import Policy
    from wellcare.policy import load as load_policy
    from wellcare.runtime import Profile, ProfileLocation, build_services

    policy = load_policy(layout.policy) if layout.policy.exists() else Policy()
    return build_services(Profile(ProfileLocation(folder, layout.policy, layout.passphrase_file), policy), vault, clock)


def _simulate_floor(  # type: ignore[no-untyped-def]
    layout: DemoLayout, keys, counselors: int, weeks: int, seed: int, now: datetime, progress: Progress
) -> None:
    from wellcare.aggregate_format.schema import iso_week
    from wellcare.aggregates.policy import remember
    from wellcare.aggregates.simulation import simulate_contributions
    from wellcare.demo_floor import simulate_in_workers
    from wellcare.exchange import FolderTransport
    from wellcare.exchange.memory import MemoryInbox
    from wellcare.exchange.open_pool import cores
    from wellcare.policy import load as load_policy
    from wellcare.schedule.clock import ManualClock

    # every contribution is built by the app's own builder and sealed to the coordinator's key, then
    # handed to the real inbox import a week at a time, in memory: 260,000 files written, listed and
    # removed again were most of a council-sized demo's time (#16; see exchange.memory)
    share = FolderTransport(layout.exchange, fsync=False)  # a throwaway demo: no fsync per file
    start = iso_week((now - timedelta(weeks=weeks)).date())
    vault = _open(layout.coordinator, "coordinator")
    try:
        # the coordinator's app keeps the org policy's aggregate settings (units, epsilon) as it
        # loads them; the demo's policy gained its unit list after `coordinator init`
        remember(vault, load_policy(layout.policy))
        inbox = _services(layout, layout.coordinator, vault, ManualClock(now)).import_inbox(keys)
        transport = MemoryInbox(share)

        def week_done(done: int, total: int) -> None:
            progress.count(done, total)
            if len(transport):
                inbox.import_once(transport)

        progress.step(f"Demo: {counselors} simulated counselors' weekly summaries, "
                      "imported by the coordinator week by week")
        if counselors * weeks < PARALLEL_PERSON_WEEKS:
            simulate_contributions(
                transport, keys.public(), counselors, weeks, seed, DEMO_UNITS, math.log(3), start, on_week=week_done
            )
        else:  # a council: built and sealed by worker processes while this one imports (see demo_floor)
            simulate_in_workers(transport, keys.public(), counselors, weeks, seed, DEMO_UNITS, math.log(3), start,
                                workers=cores(), on_week=week_done)
    finally:
        vault.close()


# -- the counselor --------------------------------------------------------------------------------
def _workdays(now: datetime, weeks: int) -> list[date]:
    first = (now - timedelta(weeks=weeks)).date()
    return [
        first + timedelta(days=i)
        for i in range((now.date() - first).days)
        if (first + timedelta(days=i)).isoweekday() <= 5
    ]


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), SEOUL)


def _build_counselor(layout: DemoLayout, rng: random.Random, now: datetime, weeks: int, texts: dict[str, str]) -> None:
    from wellcare.assess import load_catalog, score_in_order
    from wellcare.assess.store import AssessmentStore
    from wellcare.breaks.events import BreakAction, BreakEvent, BreakKind
    from wellcare.breaks.store import BreakStore
    from wellcare.incidents.store import IncidentStore
    from wellcare.programs.store import ProgramStore
    from wellcare.schedule.clock import ManualClock

    vault = _open(layout.counselor, "counselor")
    try:
        vault.set_setting("demo", True)
        vault.set_setting(TODAY_SEEN, (now - timedelta(days=1)).isoformat())  # three months in: not a first run
        clock = ManualClock(now)
        catalog = load_catalog()
        assess = AssessmentStore(vault, clock)
        breaks = BreakStore(vault)
        incidents = IncidentStore(vault, clock)
        programs = ProgramStore(vault, clock)
        days = _workdays(now, weeks)
        strain = 0.35  # a hard stretch in the middle of the period, easing towards now
        for index, day in enumerate(days):
            phase = index / max(1, len(days) - 1)
            level = strain + 0.35 * (1 - abs(phase - 0.45) * 2.2)
            if rng.random() < 0.8:
                mood = max(1, min(5, round(4.2 - 2.5 * level + rng.gauss(0, 0.6))))
                tags = rng.sample(["tired", "good_day", "hard_call", "stressed", "calm"], k=rng.choice([0, 1, 1, 2]))
                assess.add_checkin(mood, tags, "", at=_at(day, 17, 40))
            for hour in (10, 11, 14, 15, 16):
                action = BreakAction.TAKEN if rng.random() > level * 0.6 else BreakAction.SKIPPED
                breaks.add(BreakEvent(BreakKind.MICRO, action, _at(day, hour, 30), 60))
            breaks.add(BreakEvent(BreakKind.REST, BreakAction.TAKEN, _at(day, 13, 0), 600))
            if rng.random() < 0.12 + 0.2 * level:
                clock.set(_at(day, rng.choice([10, 11, 14, 15]), rng.randrange(60)))
                incident = incidents.log(
                    rng.choice(["verbal_abuse", "verbal_abuse", "unreasonable_demands", "threat"]),
                    rng.choice(["shaken", "angry", "drained"]),
                    call_ref=f"CR-{rng.randrange(100000, 999999)}",
                )
                incidents.set_break(incident.id, 15)
                programs.record_session("decompression", 300, source="hard_call", finished=clock.now())
            if rng.random() < 0.3:
                exercise = rng.choice(["paced_breathing", "box_breathing", "eye_rest_202020", "neck_shoulder_release"])
                programs.record_session(exercise, 120, source="break", finished=_at(day, 15, 5))
            if day.isoweekday() == 1:
                who5 = [max(0, min(5, round(3.4 - 2.4 * level + rng.gauss(0, 0.5)))) for _ in range(5)]
                assess.save_result(score_in_order(catalog.get("who5"), who5), completed_at=_at(day, 9, 10))
            if day.day <= 7 and day.isoweekday() == 2:
                pss = [max(0, min(4, round(1.2 + 2.2 * level + rng.gauss(0, 0.6)))) for _ in range(10)]
                assess.save_result(score_in_order(catalog.get("pss10"), pss), completed_at=_at(day, 9, 20))
                cbi = [max(0, min(4, round(1.0 + 2.4 * level + rng.gauss(0, 0.6)))) for _ in range(19)]
                assess.save_result(score_in_order(catalog.get("cbi"), cbi), completed_at=_at(day, 9, 30))
    finally:
        vault.close()
    _counselor_requests(layout, now, texts)


def _counselor_requests(layout: DemoLayout, now: datetime, texts: dict[str, str]) -> None:
    from wellcare.eap.protocol import ContactMethod, RequestContent, RequestType, TimeWindow, Urgency
    from wellcare.schedule.clock import ManualClock

    vault = _open(layout.counselor, "counselor")
    try:
        service = _services(layout, layout.counselor, vault, ManualClock(now - timedelta(days=3))).eap()
        service.submit(
            RequestContent(
                type=RequestType.COUNSELING,
                urgency=Urgency.SOON,
                times=(TimeWindow.AFTER_SHIFT, TimeWindow.LUNCH),
                contact_method=ContactMethod.PHONE,
                contact=texts["contact"],
                note=texts["note"],
            )
        )
        service.flush_outbox()
    finally:
        vault.close()


def _counselor_reads_replies(layout: DemoLayout, now: datetime) -> None:
    from wellcare.schedule.clock import ManualClock

    vault = _open(layout.counselor, "counselor")
    try:
        _services(layout, layout.counselor, vault, ManualClock(now)).eap().check_replies()
    finally:
        vault.close()


def _coordinator_answers(layout: DemoLayout, keys, now: datetime, texts: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    from wellcare.eap.office_inbox import EapInbox
    from wellcare.eap.protocol import Appointment
    from wellcare.exchange import FolderTransport
    from wellcare.programs.offers import load_offer_toml, publish_offer
    from wellcare.schedule.clock import ManualClock

    transport = FolderTransport(layout.exchange)
    vault = _open(layout.coordinator, "coordinator")
    try:
        clock = ManualClock(now - timedelta(days=2, hours=20))
        _services(layout, layout.coordinator, vault, clock).import_inbox(keys).import_once(transport)
        eap = EapInbox(vault, keys, clock)
        eap.flush(transport)  # the automatic receipt
        _counselor_reads_replies(layout, clock.now())
        clock.advance(timedelta(hours=20))
        for request in eap.requests():
            if request.received_at < now - timedelta(days=6):  # the demo office's history (wellcare.demo_eap)
                continue
            start = datetime.combine((now + timedelta(days=3)).date(), time(18, 30), SEOUL)
            eap.schedule(
                request.envelope_id,
                Appointment(start=start, minutes=50, where=texts["room"]),
                texts["memo"],
            )
        eap.flush(transport)
        _counselor_reads_replies(layout, clock.now() + timedelta(hours=1))
    finally:
        vault.close()
    for offer in _demo_offers(now, texts):
        publish_offer(transport, keys.signing, load_offer_toml(offer), now=now)


def _demo_offers(now: datetime, texts: dict[str, str]) -> list[str]:
    day1 = (now + timedelta(days=12)).date()
    day2 = (now + timedelta(days=20)).date()
    return [
        f"""kind = "outing"
title = {{ en = "Healing forest day", ko = "치유의 숲 하루 나들이" }}
description = {{ en = "A guided day in a healing forest with a forest therapist. Lunch is provided.", \
ko = "산림치유지도사와 함께하는 숲 치유 하루 프로그램입니다. 점심이 제공됩니다." }}
place = "{texts['forest_place']}"
seats = 20
enroll_by = {day1.isoformat()}T09:00:00+09:00
[[dates]]
start = {day1.isoformat()}T10:00:00+09:00
end = {day1.isoformat()}T16:00:00+09:00
""",
        f"""kind = "workshop"
title = {{ en = "Handling abusive calls: a peer workshop", ko = "악성 민원 대응 동료 워크숍" }}
description = {{ en = "Two hours with an EAP counselor and experienced colleagues.", \
ko = "EAP 상담사, 경력 상담사들과 함께하는 두 시간입니다." }}
place = "{texts['workshop_place']}"
seats = 15
enroll_by = {day2.isoformat()}T09:00:00+09:00
[[dates]]
start = {day2.isoformat()}T14:00:00+09:00
end = {day2.isoformat()}T16:00:00+09:00
""",
    ]


# -- enrollments in the org offers ----------------------------------------------------------------
def _demo_enrollees(texts: dict[str, str]) -> tuple[tuple[str, dict[str, str]], ...]:
    return (
        ("outing", {"name": texts["colleague_1"], "contact": texts["extension"] % 4312}),
        ("outing", {"name": texts["colleague_2"], "note": texts["colleague_2_note"]}),
        ("outing", {"contact": texts["extension"] % 4407}),
        ("outing", {"name": texts["colleague_4"], "contact": "010-0000-0001"}),
        ("workshop", {"name": texts["colleague_5"]}),
    )


def _demo_enrollments(layout: DemoLayout, keys, now: datetime, texts: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    """Colleagues enroll (one withdraws later), the demo counselor takes a place in the forest day."""
    from wellcare.exchange import FolderTransport
    from wellcare.programs.offers import EnrollAction, EnrollmentRequest, new_withdraw_secret, send_enrollment
    from wellcare.programs.publishing import read_published
    from wellcare.programs.store import ProgramStore
    from wellcare.schedule.clock import ManualClock

    transport = FolderTransport(layout.exchange)
    box = keys.public().box_key
    offers = {p.offer.kind: p.offer for p in (r[0] for r in read_published(transport, keys.signing.verify_key)
                                              .revisions.values())}  # fmt: skip
    clock = ManualClock(now - timedelta(days=1))
    sent: list[tuple[str, str, str]] = []  # (offer id, envelope id, secret)
    for kind, share in _demo_enrollees(texts):
        secret, hashed = new_withdraw_secret()
        offer = offers[kind]
        request = EnrollmentRequest(EnrollAction.ENROLL, offer.offer_id, offer.revision, share, withdraw_hash=hashed)
        sent.append((offer.offer_id, send_enrollment(transport, request, box, now=clock.now()), secret))
    forest = offers["outing"]
    secret, hashed = new_withdraw_secret()
    mine = {"name": texts["me"], "contact": texts["me_contact"]}
    request = EnrollmentRequest(EnrollAction.ENROLL, forest.offer_id, forest.revision, mine, withdraw_hash=hashed)
    envelope_id = send_enrollment(transport, request, box, now=clock.now())
    vault = _open(layout.counselor, "counselor")
    try:
        store = ProgramStore(vault, clock)
        store.add_enrollment(forest.offer_id, forest.revision, envelope_id, mine, forest.to_payload())
        store.keep_withdraw_secret(envelope_id, secret)
    finally:
        vault.close()
    vault = _open(layout.coordinator, "coordinator")
    try:
        inbox = _services(layout, layout.coordinator, vault, clock).import_inbox(keys)
        inbox.import_once(transport)
        offer_id, withdrawn, proof = sent[2]  # a colleague changes their mind
        request = EnrollmentRequest(EnrollAction.WITHDRAW, offer_id, 1, {}, enrollment=withdrawn, proof=proof)
        send_enrollment(transport, request, box, now=clock.now())
        clock.advance(timedelta(hours=5))
        inbox.import_once(transport)  # and republishes both offers' seat status, signed
    finally:
        vault.close()
