"""The organisation's outbound hooks run real programs, with their arguments, and never touch the break."""

from __future__ import annotations

import json
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest

from tests.breaks_service.rig import at, org_policy
from wellcare.breaks.events import BreakAction, BreakKind
from wellcare.incidents.hooks import HookEvent, HookOutcome, HookResult, OrgHooks, SanctionedBreak, expand
from wellcare.policy import Policy, PolicyError, parse

MARKER = "MARKER-hook-note 욕설 내용"


def recorder(tmp_path: Path, body: str = "") -> tuple[Path, Path]:
    """A real script that writes its arguments (one JSON line per run) next to itself, then runs ``body``."""
    log = tmp_path / "hook-calls.jsonl"
    script = tmp_path / "phone_system.py"
    script.write_text(
        "import json, sys, time\n"
        f"with open({str(log)!r}, 'a', encoding='utf-8') as f:\n"
        "    f.write(json.dumps(sys.argv[1:]) + '\\n')\n" + body,
        encoding="utf-8",
    )
    return script, log


def calls(log: Path) -> list[list[str]]:
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()] if log.exists() else []


def hooks_policy(tmp_path: Path, script: Path, timeout: int = 5) -> Policy:
    command = [sys.executable, str(script), "--event", "{event}", "--reason", "보호 휴게:{kind}", "--minutes={minutes}"]
    text = (
        "[hooks]\n"
        f"protected_break_start = {json.dumps(command, ensure_ascii=False)}\n"
        f"protected_break_end = {json.dumps(command, ensure_ascii=False)}\n"
        f"handover = {json.dumps([sys.executable, str(script), 'route-away', '{kind}', '{time}'])}\n"
        f"timeout_s = {timeout}\n"
    )
    path = tmp_path / "policy.toml"
    path.write_text(text, encoding="utf-8")
    return parse(text, path)


def synchronous(job) -> None:  # type: ignore[no-untyped-def]
    job()


def test_a_real_script_gets_the_placeholders_as_separate_arguments_at_start_and_end(make_rig, tmp_path) -> None:  # type: ignore[no-untyped-def]
    script, log = recorder(tmp_path)
    rig = make_rig(auto_take=False)
    rig.run_until(at(9, 0))
    results: list[HookResult] = []
    hooks = OrgHooks(hooks_policy(tmp_path, script), rig.clock.now, dispatch=synchronous, on_result=results.append)
    sanctioned = SanctionedBreak(hooks, rig.service)
    assert sanctioned.start("verbal_abuse", 15, "decompression", "hard_call") is True
    assert calls(log) == [["--event", "protected_break_start", "--reason", "보호 휴게:verbal_abuse", "--minutes=15"]]
    rig.run_until(at(9, 15))
    rig.service.finish()
    assert calls(log)[-1] == ["--event", "protected_break_end", "--reason", "보호 휴게:verbal_abuse", "--minutes=15"]
    assert sanctioned.handed_over("threat") is True
    assert calls(log)[-1] == ["route-away", "threat", at(9, 15).isoformat(timespec="minutes")]
    assert [(r.event, r.outcome) for r in results] == [
        (HookEvent.BREAK_START, HookOutcome.OK),
        (HookEvent.BREAK_END, HookOutcome.OK),
        (HookEvent.HANDOVER, HookOutcome.OK),
    ]
    sanctioned.close()


def test_a_hanging_hook_is_killed_after_its_timeout_and_the_break_keeps_its_time(make_rig, tmp_path) -> None:  # type: ignore[no-untyped-def]
    script, log = recorder(tmp_path, "time.sleep(60)\n")
    rig = make_rig(auto_take=False)
    rig.run_until(at(9, 0))
    results: list[HookResult] = []
    policy = hooks_policy(tmp_path, script, timeout=1)
    hooks = OrgHooks(policy, rig.clock.now, dispatch=synchronous, on_result=results.append)
    sanctioned = SanctionedBreak(hooks, rig.service)
    began = time.monotonic()
    sanctioned.start("threat", 15, None, "hard_call")
    assert time.monotonic() - began < 10  # the hook's own 1 s timeout, not its 60 s sleep
    assert results == [HookResult(HookEvent.BREAK_START, HookOutcome.TIMED_OUT)]
    on_screen = rig.service.on_screen
    assert on_screen is not None and on_screen.protected and on_screen.ends == at(9, 15)
    rig.run_until(at(9, 15))
    rig.service.finish()
    assert rig.service.on_screen is None
    taken = [e for e in rig.events() if e.kind is BreakKind.RECOVERY and e.action is BreakAction.TAKEN]
    assert [e.duration for e in taken] == [timedelta(minutes=15)]
    assert [r.outcome for r in results] == [HookOutcome.TIMED_OUT, HookOutcome.TIMED_OUT]
    assert len(calls(log)) == 2


def test_a_failing_or_missing_hook_is_logged_without_content_and_the_break_starts(make_rig, tmp_path, caplog) -> None:  # type: ignore[no-untyped-def]
    script, _log = recorder(tmp_path, f"print({MARKER!r}); sys.stderr.write({MARKER!r}); sys.exit(3)\n")
    rig = make_rig(auto_take=False)
    rig.run_until(at(9, 0))
    results: list[HookResult] = []
    hooks = OrgHooks(hooks_policy(tmp_path, script), rig.clock.now, dispatch=synchronous, on_result=results.append)
    with caplog.at_level("DEBUG"):
        SanctionedBreak(hooks, rig.service).start("verbal_abuse", 15, None, "hard_call")
    assert results == [HookResult(HookEvent.BREAK_START, HookOutcome.FAILED, 3)]
    assert rig.service.on_screen is not None and rig.service.on_screen.protected
    assert MARKER not in caplog.text and str(script) not in caplog.text and "verbal_abuse" not in caplog.text
    assert "protected_break_start" in caplog.text

    missing = OrgHooks(
        parse('[hooks]\nhandover = ["/nonexistent/wellcare-hook"]\n', tmp_path / "p.toml"),
        rig.clock.now,
        dispatch=synchronous,
        on_result=results.append,
    )
    assert missing.fire(HookEvent.HANDOVER, "threat", 0) is True
    assert results[-1] == HookResult(HookEvent.HANDOVER, HookOutcome.NOT_RUN)


def test_without_hooks_nothing_runs_and_the_break_still_starts(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig(auto_take=False)
    ran: list[object] = []
    hooks = OrgHooks(org_policy(), rig.clock.now, runner=lambda argv, t: ran.append(argv) or (HookOutcome.OK, 0))
    assert SanctionedBreak(hooks, rig.service).start("threat", 15, None, "hard_call") is True
    assert ran == [] and rig.service.on_screen is not None


def test_a_broken_breaks_capability_still_fires_the_hook() -> None:
    class Broken:
        def start_protected_break(self, minutes: int, exercise_id: str | None, reason: str) -> None:
            raise RuntimeError("boom")

        def on_protected_break_end(self, listener):  # type: ignore[no-untyped-def]
            return lambda: None

    ran: list[list[str]] = []
    policy = parse('[hooks]\nprotected_break_start = ["phone", "{minutes}"]\n', Path("/etc/p.toml"))
    hooks = OrgHooks(
        policy,
        lambda: at(9, 0),
        runner=lambda argv, t: ran.append(list(argv)) or (HookOutcome.OK, 0),
        dispatch=synchronous,
    )
    assert SanctionedBreak(hooks, Broken()).start("threat", 15, None, "hard_call") is False  # type: ignore[arg-type]
    assert ran == [["phone", "15"]]


@pytest.mark.parametrize(
    "value",
    [
        '"notify-phone --reason {kind}"',
        '["sh", "{note}"]',
        '["sh", "{kind"]',
        '["", "x"]',
        '["x", 3]',
        '["x", "{{kind}}"]',
    ],
)
def test_a_shell_string_or_an_unknown_placeholder_is_refused_by_name(value: str, tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match=r"hooks\.handover must be an argument list"):
        parse(f"[hooks]\nhandover = {value}\n", tmp_path / "policy.toml")


def test_a_value_is_never_read_as_a_placeholder_again() -> None:
    assert expand(["x{kind}", "{minutes}"], {"kind": "{minutes}", "minutes": "5"}) == ["x{minutes}", "5"]
