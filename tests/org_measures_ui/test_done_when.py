"""#17 done when: hard call -> protected break with a hook -> notice -> legal case with the evidence report ->
the office's signed replies -> the counselor's case timeline, through a real share folder and real vaults.

Every envelope that reached the share is opened with the coordinator's key and compared with what the
counselor previewed: nothing they did not choose left the machine.
"""

from __future__ import annotations

import json
import sys
from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import QLabel

from tests.eap.helpers import KST, make_org
from tests.incidents.conftest import make_context
from tests.schedule.harness import SteppedScheduler
from wellcare.breaks.service import BreaksService
from wellcare.calls import CallState
from wellcare.eap import ContactMethod, RequestContent, RequestType, Status, TimeWindow, Urgency
from wellcare.eap.protocol import ReplyStatus
from wellcare.exchange import Folder, Kind, open_sealed, read_header
from wellcare.exchange._codec import dumps_canonical
from wellcare.incidents.hooks import OrgHooks
from wellcare.incidents.notice_inbox import NoticeBook, NoticeStatus

NOTE = "MARKER-done-when 욕설과 협박을 계속했다"
REF = "CALL-2025-0303-0912"


def envelopes(exchange: Path) -> dict[Kind, list[bytes]]:
    found: dict[Kind, list[bytes]] = {}
    for path in sorted((exchange / Folder.INBOX.value).iterdir()):
        if not path.name.startswith("."):
            data = path.read_bytes()
            found.setdefault(read_header(data).kind, []).append(data)
    return found


# a counselor's legal-support request, as the office receives it in the tests below
LEGAL_REQUEST = RequestContent(
    type=RequestType.LEGAL_SUPPORT, urgency=Urgency.ROUTINE, times=(TimeWindow.ANY,),
    contact_method=ContactMethod.EMAIL, contact="me@example.org", lang="en",
)  # fmt: skip


def test_hard_call_to_legal_case_through_a_real_share(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from wellcare.incidents import read_all
    from wellcare.ui.eap.timeline import Timeline
    from wellcare.ui.eap.widgets import Step
    from wellcare.ui.incidents.feature import IncidentsFeature
    from wellcare.ui.incidents.legal import EVIDENCE_REPORT, JOURNAL_ENTRY, KEEP_RECORDING, legal_choices

    org = make_org(tmp_path / "org")
    scheduler = SteppedScheduler(timezone=KST)
    scheduler.start()
    try:
        # the organisation's policy: a phone-system hook on the protected break (a real script)
        calls_log = tmp_path / "pbx-calls.jsonl"
        script = tmp_path / "pbx.py"
        script.write_text(
            f"import json, sys\nopen({str(calls_log)!r}, 'a').write(json.dumps(sys.argv[1:]) + '\\n')\n",
            encoding="utf-8",
        )
        command = [sys.executable, str(script), "{event}", "보호 휴게", "{kind}", "{minutes}"]
        hooks = (
            f"\n[hooks]\nprotected_break_start = {json.dumps(command, ensure_ascii=False)}\n"
            f"protected_break_end = {json.dumps(command, ensure_ascii=False)}\n"
            f"handover = {json.dumps(command, ensure_ascii=False)}\n"
        )
        org.policy_path.write_text(org.policy_path.read_text(encoding="utf-8") + hooks, encoding="utf-8")
        policy = org.policy

        # the counselor's app: the real breaks service and the hard-call feature on the counselor's vault
        breaks = BreaksService(lambda: org.counselor_vault, org.clock, policy, scheduler, CallState(org.clock))
        breaks.start()
        ctx = make_context(org.counselor_profile, org.counselor_vault, org.clock, policy)
        ctx.capabilities.protected_break = breaks
        feature = IncidentsFeature(ctx)
        feature.hooks = OrgHooks(policy, org.clock.now, dispatch=lambda job: job(),
                                 on_result=feature.hook_results.result.emit)  # fmt: skip
        feature.start()

        # 1. the hard call: three clicks; the protected break starts, then the hook runs
        dialog = feature.open_hard_call()
        dialog.kind_buttons["verbal_abuse"].click()
        dialog.call_ref.setText(REF)
        dialog.note.setPlainText(NOTE)
        dialog.effect_buttons["shaken"].click()
        on_screen = breaks.on_screen
        assert on_screen is not None and on_screen.protected and on_screen.length == timedelta(minutes=15)
        ran = [json.loads(line) for line in calls_log.read_text().splitlines()]
        assert ran == [["protected_break_start", "보호 휴게", "verbal_abuse", "15"]]

        # 2. the notice: previewed, the call reference added by the counselor, sent
        notice = feature.open_notice()
        assert notice is not None
        notice.add_ref.click()
        notice_preview = notice.preview.toPlainText()
        notice.send_button.click()
        assert notice.sent is not None and "Sent" in notice.status.text()
        assert json.loads(calls_log.read_text().splitlines()[-1])[0] == "handover"

        # 3. the legal case: the counselor ticks the evidence report and "keep the recording", not the journal entry
        incident = feature.incidents()[0]
        choices = {c.type: c for c in legal_choices(read_all(org.counselor_vault), org.clock.now())}
        assert set(choices) == {EVIDENCE_REPORT, JOURNAL_ENTRY, KEEP_RECORDING}
        assert NOTE in choices[EVIDENCE_REPORT].text and REF in choices[KEEP_RECORDING].text
        chosen = (choices[EVIDENCE_REPORT].as_attachment(), choices[KEEP_RECORDING].as_attachment())
        content = RequestContent(
            type=RequestType.LEGAL_SUPPORT, urgency=Urgency.SOON, times=(TimeWindow.AFTER_SHIFT,),
            contact_method=ContactMethod.PHONE, contact="010-1234-5678", attachments=chosen, lang="en",
        )  # fmt: skip
        eap = org.counselor()
        request = eap.submit(content)
        assert request.status is Status.SENT

        # nothing the counselor did not choose is on the share: open every envelope with the office's key
        on_share = envelopes(org.exchange)
        assert sorted(on_share) == [Kind.EAP_REQUEST, Kind.HANDOVER_NOTICE]
        [notice_data] = on_share[Kind.HANDOVER_NOTICE]
        assert dumps_canonical(open_sealed(notice_data, org.keys.box).payload) == notice_preview.encode("utf-8")
        [request_data] = on_share[Kind.EAP_REQUEST]
        sealed = dict(open_sealed(request_data, org.keys.box).payload)
        assert {k: sealed[k] for k in content.to_json()} == content.to_json()
        assert set(sealed) - set(content.to_json()) == {"v", "reply_key", "reply_id", "cancel_hash"}
        assert [a["type"] for a in sealed["attachments"]] == [EVIDENCE_REPORT, KEEP_RECORDING]
        for data in (notice_data, request_data):
            assert NOTE.encode() not in data and REF.encode() not in data  # sealed, never in clear

        # 4. the office imports both; the notice is its own kind, the case moves on by signed replies
        report = org.import_once()
        assert report.accepted_by_kind == {"handover_notice": 1, "eap_request": 1}
        assert [n.status for n in NoticeBook(org.coordinator_vault).notices()] == [NoticeStatus.NEW]
        office = org.eap_inbox()
        [case] = office.requests()
        eap.check_replies()  # the automatic, signed "received"
        for step, message in (
            (ReplyStatus.REVIEWED, "Counsel has read the evidence report."),
            (ReplyStatus.ACTION_TAKEN, "The centre filed a complaint."),
        ):
            org.clock.advance(timedelta(hours=1))
            office.legal_step(case.envelope_id, step, message)
            assert [u.status for u in eap.check_replies().updates] == [step]
        org.clock.advance(timedelta(hours=1))
        office.close(case.envelope_id, done=True, message="Closed. The caller was warned.")
        eap.check_replies()

        # 5. the protected break ends on its own clock; the end hook runs
        breaks.finish()
        assert json.loads(calls_log.read_text().splitlines()[-1]) == [
            "protected_break_end", "보호 휴게", "verbal_abuse", "15",
        ]  # fmt: skip

        # 6. the counselor's case timeline
        mine = eap.get(request.id)
        assert mine.status is Status.DONE and mine.message == "Closed. The caller was warned."
        timeline = Timeline(mine, (), "en", outside=[("Ministry of Employment and Labor counselling centre", "1350")])
        qtbot.addWidget(timeline)
        assert timeline.step_titles() == [
            ("Sent", Step.DONE), ("Received", Step.DONE), ("Reviewed by counsel", Step.DONE),
            ("Action taken", Step.DONE), ("Closed", Step.DONE),
        ]  # fmt: skip
        assert "The centre filed a complaint." in "\n".join(s.text() for s in timeline.findChildren(QLabel))
        assert timeline.outside is not None and "1350" in timeline.outside.text()
        assert incident.note == NOTE  # kept in the vault as written
        notice.close()
        dialog.close()
        feature.stop()
        breaks.stop()
    finally:
        scheduler.shutdown()
        org.close()


def test_each_signed_step_shows_on_the_counselors_case_timeline(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from wellcare.ui.eap.timeline import Timeline
    from wellcare.ui.eap.widgets import Step

    org = make_org(tmp_path)
    try:
        eap = org.counselor()
        request = eap.submit(LEGAL_REQUEST)
        org.import_once()
        office = org.eap_inbox()
        [case] = office.requests()
        eap.check_replies()
        assert eap.get(request.id).status is Status.RECEIVED
        office.legal_step(case.envelope_id, ReplyStatus.REVIEWED, "Counsel reviewed it.")
        eap.check_replies()
        mine = eap.get(request.id)
        assert mine.status is Status.REVIEWED
        timeline = Timeline(mine, (), "en")
        qtbot.addWidget(timeline)
        assert [t for t, _ in timeline.step_titles()] == ["Sent", "Received", "Reviewed by counsel", "Action taken",
                                                          "Closed"]  # fmt: skip
        assert [s for _, s in timeline.step_titles()] == [Step.DONE, Step.DONE, Step.DONE, Step.AHEAD, Step.AHEAD]
        office.legal_step(case.envelope_id, ReplyStatus.ACTION_TAKEN, "Complaint filed.")
        eap.check_replies()
        assert eap.get(request.id).status is Status.ACTION_TAKEN
        office.close(case.envelope_id, done=True, message="Closed.")
        eap.check_replies()
        mine = eap.get(request.id)
        kinds = [e.kind.value for e in mine.events]
        assert kinds[-3:] == ["reviewed", "action_taken", "done"]
        timeline = Timeline(mine, (), "en")
        qtbot.addWidget(timeline)
        assert [s for _, s in timeline.step_titles()] == [Step.DONE] * 5
    finally:
        org.close()


def test_a_case_seen_first_at_a_later_step_shows_it_was_received(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from wellcare.ui.eap.timeline import Timeline
    from wellcare.ui.eap.widgets import Step

    org = make_org(tmp_path)
    try:
        eap = org.counselor()
        request = eap.submit(LEGAL_REQUEST)
        org.import_once()
        office = org.eap_inbox()
        office.legal_step(office.requests()[0].envelope_id, ReplyStatus.REVIEWED, "")
        eap.check_replies()  # the slot holds only the latest reply: "received" was never seen on its own
        timeline = Timeline(eap.get(request.id), (), "en")
        qtbot.addWidget(timeline)
        assert timeline.step_titles()[:3] == [
            ("Sent", Step.DONE), ("Received", Step.DONE), ("Reviewed by counsel", Step.DONE),
        ]  # fmt: skip
    finally:
        org.close()


def test_the_office_sends_legal_steps_from_the_reply_box_and_sees_them_in_the_history(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from wellcare.coordinator.desk import OfficeDesk
    from wellcare.ui.eap.inbox_model import InboxModel
    from wellcare.ui.eap.inbox_page import RequestDetail

    org = make_org(tmp_path)
    try:
        eap = org.counselor()
        request = eap.submit(LEGAL_REQUEST)
        model = InboxModel(OfficeDesk(org.coordinator_vault, org.clock, org.coordinator_profile))
        model.import_now()
        [case] = model.requests()
        detail = RequestDetail(model, case, "en")
        qtbot.addWidget(detail)
        assert detail.legal is not None
        detail.legal.buttons[ReplyStatus.REVIEWED].click()
        detail = RequestDetail(model, model.requests()[0], "en")
        qtbot.addWidget(detail)
        history = detail._history_lines()
        assert history[-1].endswith("sent: Reviewed by counsel") and "declined" not in " ".join(history)
        eap.check_replies()
        assert eap.get(request.id).status is Status.REVIEWED
    finally:
        org.close()
