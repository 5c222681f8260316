"""The organisation's response in the hard-call flow, and the notice preview, driven as the counselor would."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from tests.eap.helpers import make_org
from tests.incidents.conftest import FakeBreaks, make_context
from wellcare.exchange import Folder, open_sealed
from wellcare.exchange._codec import dumps_canonical
from wellcare.incidents.hooks import HookOutcome, OrgHooks
from wellcare.policy import Policy, parse

MEASURES = """
[hard_call]
manual = "https://intranet.example/abusive-callers.pdf"
ending_script_en = "I will end this call now because of your language."
ending_script_ko = "폭언이 계속되어 통화를 종료하겠습니다."
dedicated_team = "Special complaints team, ext. 2300"
team_leader = "Team leader Kim, ext. 2101"
"""


def measures_policy(tmp_path: Path, extra: str = "") -> Policy:
    path = tmp_path / "policy.toml"
    text = MEASURES + extra
    path.write_text(text, encoding="utf-8")
    return parse(text, path)


def after_call(feature):  # type: ignore[no-untyped-def]
    dialog = feature.open_hard_call()
    dialog.kind_buttons["verbal_abuse"].click()
    dialog.call_ref.setText("CALL-77")
    dialog.effect_buttons["shaken"].click()
    return dialog


def labels(widget) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if not label.isHidden())


@pytest.mark.parametrize(("lang", "script"), [("en", "I will end this call now"), ("ko", "폭언이 계속되어")])
def test_the_manual_step_shows_what_the_policy_states(qtbot, profile_dir, vault, clock, tmp_path, lang, script) -> None:  # type: ignore[no-untyped-def]
    from wellcare.ui.incidents.feature import IncidentsFeature

    feature = IncidentsFeature(make_context(profile_dir, vault, clock, measures_policy(tmp_path), lang=lang))
    feature.start()
    dialog = after_call(feature)
    panel = dialog.measures
    assert panel is not None and feature.measures_panel is panel
    assert panel.manual_button is not None and panel.manual_button.toolTip().endswith("abusive-callers.pdf")
    text = labels(panel)
    assert script in text and "ext. 2300" in text and "ext. 2101" in text
    assert panel.tell_button is None  # no office in this policy: nothing to send to
    dialog.close()
    feature.stop()


def test_nothing_is_shown_when_the_policy_states_nothing(feature) -> None:  # type: ignore[no-untyped-def]
    dialog = after_call(feature)
    assert dialog.measures is None and feature.measures_panel is None
    dialog.close()


def test_a_hook_result_is_shown_on_the_panel_and_the_break_starts(qtbot, profile_dir, vault, clock, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from wellcare.ui.incidents.feature import IncidentsFeature

    args = tmp_path / "args.json"
    script = tmp_path / "pbx.py"
    script.write_text(f"import json, sys\nopen({str(args)!r}, 'w').write(json.dumps(sys.argv[1:]))\nsys.exit(2)\n")
    hooks = f"[hooks]\nprotected_break_start = {json.dumps([sys.executable, str(script), '{kind}', '{minutes}'])}\n"
    feature = IncidentsFeature(make_context(profile_dir, vault, clock, measures_policy(tmp_path, hooks)))
    breaks = FakeBreaks()
    feature.ctx.capabilities.protected_break = breaks
    feature.start()
    dialog = after_call(feature)
    assert breaks.calls == [(15, "decompression", "hard_call")]
    qtbot.waitUntil(lambda: feature.measures_panel is not None and feature.measures_panel.hook_status.isVisible())
    assert json.loads(args.read_text()) == ["verbal_abuse", "15"]
    assert "could not be told" in feature.measures_panel.hook_status.text()
    dialog.close()
    feature.stop()


def test_tell_the_team_sends_exactly_the_preview_then_shows_where_to_turn(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from wellcare.ui.incidents.feature import IncidentsFeature

    org = make_org(tmp_path)
    try:
        policy_text = org.policy_path.read_text(encoding="utf-8") + MEASURES
        org.policy_path.write_text(policy_text, encoding="utf-8")
        ctx = make_context(org.counselor_profile, org.counselor_vault, org.clock, org.policy)
        feature = IncidentsFeature(ctx)
        feature.start()
        ran: list[list[str]] = []
        feature.hooks = OrgHooks(
            parse('[hooks]\nhandover = ["route", "{kind}"]\n', tmp_path / "h.toml"), org.clock.now,
            runner=lambda argv, t: ran.append(list(argv)) or (HookOutcome.OK, 0), dispatch=lambda job: job(),
        )  # fmt: skip
        dialog = after_call(feature)
        panel = feature.measures_panel
        assert panel is not None and panel.tell_button is not None
        panel.tell_button.click()
        notice = feature.notice_dialog
        assert notice is not None
        assert '"call_ref":""' in notice.preview.toPlainText()  # not unless the counselor adds it
        notice.add_ref.click()
        assert '"call_ref":"CALL-77"' in notice.preview.toPlainText()
        preview = notice.preview.toPlainText()
        notice.send_button.click()
        assert notice.sent is not None and "Sent" in notice.status.text()
        [data] = [p.read_bytes() for p in (org.exchange / Folder.INBOX.value).iterdir() if not p.name.startswith(".")]
        assert dumps_canonical(open_sealed(data, org.keys.box).payload) == preview.encode("utf-8")
        assert "1350" in labels(notice) and ran == [["route", "verbal_abuse"]]
        notice.close()
        dialog.close()
        feature.stop()
    finally:
        org.close()


def test_a_notice_made_offline_says_waiting_and_the_outbox_job_sends_it_later(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from wellcare.ui.incidents.feature import NOTICE_JOB, IncidentsFeature

    org = make_org(tmp_path)
    try:
        ctx = make_context(org.counselor_profile, org.counselor_vault, org.clock, org.policy)
        feature = IncidentsFeature(ctx)
        feature.start()
        assert ctx.scheduler.get_job(NOTICE_JOB) is not None
        dialog = after_call(feature)
        offline = org.root / "unmounted"
        org.exchange.rename(offline)
        notice = feature.open_notice()
        assert notice is not None
        notice.send_button.click()
        assert "Waiting to send" in notice.status.text() and "Sent" not in notice.status.text()
        offline.rename(org.exchange)
        feature.flush_notices()
        assert org.import_once().accepted_by_kind == {"handover_notice": 1}
        notice.close()
        dialog.close()
        feature.stop()
        assert ctx.scheduler.get_job(NOTICE_JOB) is None
    finally:
        org.close()
