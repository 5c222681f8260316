"""The organisation's policy: a TOML file IT distributes. Absent means personal mode.

Looked up in order: --policy, WELLCARE_POLICY, the platform site config dir. Every key is
declared once here with its type and default; an unknown or mistyped key is an error that names
it, so a typo in a deployed file is caught at start rather than silently ignored.
"""

from __future__ import annotations

import math
import os
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path
from typing import Any

from wellcare.paths import site_policy_paths

_TIME = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")  # always fullmatch, ASCII
_KEY_TEXT = re.compile(r"[A-Za-z0-9+/=_-]{20,200}")
_HOURS = re.compile(r"(?P<start>(?:[01][0-9]|2[0-3]):[0-5][0-9])-(?P<end>(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00)")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # the keys of [eap] office_hours, ISO order
_PHONE = re.compile(r"[0-9][0-9 ()+-]{1,30}")  # fullmatch, ASCII
HOOK_PLACEHOLDERS = ("event", "kind", "minutes", "time")  # the only fields a [hooks] argument may hold
HOOK_FIELD = re.compile(r"\{([a-z_]*)\}")
MAX_SCRIPT = 2000  # the call-ending script, per language


def hook_command_problem(value: Any) -> str | None:
    """What is wrong with a ``[hooks]`` command (None when usable): an argument list with known placeholders."""
    if not isinstance(value, list) or not all(isinstance(arg, str) for arg in value):
        return "a list of texts"
    if value and not value[0].strip():
        return "a list whose first item names the program"
    for arg in value:
        if "\x00" in arg:
            return "texts without NUL characters"
        rest = HOOK_FIELD.sub("", arg)
        if any(name not in HOOK_PLACEHOLDERS for name in HOOK_FIELD.findall(arg)) or "{" in rest or "}" in rest:
            return "an argument list using only the placeholders " + " ".join(f"{{{p}}}" for p in HOOK_PLACEHOLDERS)
    return None


def _hook_spec() -> _Spec:
    fields = " ".join(f"{{{p}}}" for p in HOOK_PLACEHOLDERS)
    describe = f'an argument list like ["program", "{{kind}}"] (never a shell string; placeholders: {fields})'
    return (list, [], lambda v: hook_command_problem(v) is None, describe)


def _short_text(most: int) -> Callable[[Any], bool]:
    return lambda v: len(v) <= most and "\x00" not in v


class PolicyError(Exception):
    """The policy file exists but cannot be used; the message names the file and the key."""


def _positive(v: Any) -> bool:
    return v > 0


def _nonneg(v: Any) -> bool:
    return v >= 0


# section -> key -> (type, default, check, what a valid value is)
_Spec = tuple[type | tuple[type, ...], Any, Callable[[Any], bool] | None, str]
SCHEMA: dict[str, dict[str, _Spec]] = {
    "org": {
        "name": (str, "", None, "text"),
        "units": (list, [], lambda v: all(isinstance(u, str) and u.strip() for u in v), "a list of unit names"),
    },
    "coordinator": {
        "name": (str, "", None, "text"),
        "box_public_key": (str, "", lambda v: v == "" or bool(_KEY_TEXT.fullmatch(v)), "a base64 public key"),
        "sign_public_key": (str, "", lambda v: v == "" or bool(_KEY_TEXT.fullmatch(v)), "a base64 public key"),
        "fingerprint": (str, "", None, "text"),
        "eap_phone": (str, "", None, "a phone number"),
        "eap_email": (str, "", None, "an e-mail address"),
    },
    "exchange": {
        "path": (str, "", None, "a folder path"),
    },
    "eap": {
        # days the coordinator keeps a closed EAP request's content (see wellcare.eap.retention)
        "retention_days": (int, 180, lambda v: 30 <= v <= 3650, "days, from 30 to 3650"),
        # when the EAP office answers its phone and reads requests: weekday -> "HH:MM-HH:MM" (see office_hours)
        "office_hours": (dict, {}, None, 'a table of weekday = "HH:MM-HH:MM"'),
        # how soon the office calls back an urgent request, in office hours; 0 = not stated (nothing is promised)
        "urgent_response_hours": (int, 0, lambda v: 0 <= v <= 72, "hours, from 1 to 72 (or 0: not stated)"),
    },
    "privacy": {
        "min_group_size": (int, 5, lambda v: v >= 3, "a whole number, 3 or more"),
        # one week's report alone (the whole weekly budget, one field per person-week)
        "epsilon": ((int, float), math.log(3), lambda v: 0.1 <= v <= 10, "a number between 0.1 and 10"),
        # all the year's reports of one unchanged value together (permanent randomized response);
        # not set: twice the weekly epsilon (see privacy_budget)
        "epsilon_per_value": ((int, float), None, lambda v: 0.1 < v <= 20, "a number above 0.1, at most 20"),
        # the cap on what one person's reports reveal in an ISO year; the app stops sending at it
        "epsilon_per_year": ((int, float), 30.0, lambda v: 0.1 < v <= 100, "a number above 0.1, at most 100"),
        # team views: false sends no org unit at all (org-wide numbers only)
        "team_views": (bool, True, None, "true or false"),
        # true: the unit is randomized too, with its own budget (team views then show org-wide numbers only)
        "randomize_org_unit": (bool, False, None, "true or false"),
        "org_unit_epsilon": ((int, float), math.log(3), lambda v: 0.1 <= v <= 5, "a number between 0.1 and 5"),
        "period": (str, "week", lambda v: v in ("week",), '"week"'),
        "aggregates_enabled": (bool, True, None, "true or false"),
    },
    "breaks": {
        "micro_interval_min": (int, 30, _positive, "minutes, more than 0"),
        "micro_length_s": (int, 60, _positive, "seconds, more than 0"),
        "rest_interval_min": (int, 120, _positive, "minutes, more than 0"),
        "rest_length_min": (int, 10, _positive, "minutes, more than 0"),
        "max_postpones": (int, 3, _nonneg, "a whole number, 0 or more"),
        "postpone_min": (int, 5, _positive, "minutes, more than 0"),
        "strict": (bool, False, None, "true or false"),
        "call_wait_limit_min": (int, 10, _nonneg, "minutes, 0 or more"),
        "pre_notice_s": (int, 30, _nonneg, "seconds, 0 or more"),
        "hard_call_break_min": (int, 15, _positive, "minutes, more than 0"),
        # may the counselor pause breaks (wellcare.breaks.pause), and for how long at most (0: no cap)
        "allow_pause": (bool, True, None, "true or false"),
        "max_pause_min": (int, 0, lambda v: 0 <= v <= 7 * 24 * 60, "minutes, 0 (no cap) to 10080"),
        "shift_start": (str, "09:00", lambda v: bool(_TIME.fullmatch(v)), '"HH:MM"'),
        "shift_end": (str, "18:00", lambda v: bool(_TIME.fullmatch(v)), '"HH:MM"'),
        "shift_days": (
            list,
            [1, 2, 3, 4, 5],
            lambda v: all(isinstance(d, int) and 1 <= d <= 7 for d in v),
            "ISO weekdays 1-7",
        ),
    },
    "calls": {
        "softphone_processes": (list, [], lambda v: all(isinstance(p, str) for p in v), "a list of process names"),
        "max_call_min": (int, 120, _positive, "minutes, more than 0"),
        # after a call, a due break waits this long for the after-call work (wellcare.breaks.after_call)
        "after_call_grace_s": (int, 60, lambda v: 0 <= v <= 600, "seconds, from 0 to 600"),
    },
    # -- outbound hooks: commands run on protected break start/end and on hand-over (see incidents/hooks.py) --
    "hooks": {
        "protected_break_start": _hook_spec(),
        "protected_break_end": _hook_spec(),
        "handover": _hook_spec(),
        "timeout_s": (int, 5, lambda v: 1 <= v <= 30, "seconds, from 1 to 30"),
    },
    # -- the organisation's response to abusive callers, shown in the hard-call flow (nothing when empty) --
    "hard_call": {
        "manual": (str, "", lambda v: "\x00" not in v and len(v) <= 1000, "a file path or a web address"),
        "ending_script_en": (str, "", _short_text(MAX_SCRIPT), f"text of at most {MAX_SCRIPT} characters"),
        "ending_script_ko": (str, "", _short_text(MAX_SCRIPT), f"text of at most {MAX_SCRIPT} characters"),
        "dedicated_team": (str, "", _short_text(200), "text of at most 200 characters"),
        "team_leader": (str, "", _short_text(200), "text of at most 200 characters"),
        # the hand-over notice is sealed to this key instead of the EAP office's (empty: the EAP office)
        "notice_box_public_key": (str, "", lambda v: v == "" or bool(_KEY_TEXT.fullmatch(v)), "a base64 public key"),
    },
    # -- the hard-call rights panel: a local emotional-labour rights centre (none when absent) --
    "rights": {
        "local_centre_name_en": (str, "", None, "text"),
        "local_centre_name_ko": (str, "", None, "text"),
        "local_centre_phone": (str, "", lambda v: v == "" or bool(_PHONE.fullmatch(v)), "a phone number"),
    },
}


# Self-checks: the organisation's own instrument packs (instruments it holds permission to use), a
# folder of <id>.json files, or of pack folders holding them, in resources/instruments/FORMAT.md's
# format. A relative path is read from the policy file's folder. Bad files are skipped, named.
SCHEMA["assess"] = {
    "instrument_packs": (str, "", lambda v: "\x00" not in v, "a folder path"),
}

# Surge mode (wellcare.programs.surge, docs/SURGE.md): what a coordinator's signed surge notice changes while
# it is in force. A key left out changes nothing (the notice is still shown, and says so).
SCHEMA["surge"] = {
    # micro-breaks this often during a surge (only ever more often than usual; more than the micro length)
    "break_interval_minutes": (int, None, lambda v: 5 <= v <= 240, "minutes, from 5 to 240"),
    # rest breaks this often during a surge (only ever more often than usual; more than the rest length)
    "rest_interval_minutes": (int, None, lambda v: 15 <= v <= 480, "minutes, from 15 to 480"),
    # the decompression exercise in the protected break after every hard call, whatever its kind
    "decompression_after_every_hard_call": (bool, None, None, "true or false"),
    # a notice running longer than this (start to end) does nothing
    "max_duration_hours": (int, 72, lambda v: 1 <= v <= 336, "hours, from 1 to 336"),
    # whether the coordinator may forward the council's signed surge notices (coordinator surge --from-council)
    "accept_council": (bool, True, None, "true or false"),
}

# The app itself: whether a new profile starts WellCare at log-in (the first-run wizard's box starts
# ticked, or not); the counselor can still change it there and in Settings.
SCHEMA["app"] = {
    "start_at_login": (bool, True, None, "true or false"),
}


@dataclass(frozen=True)
class CrisisLine:
    number: str
    label_en: str
    label_ko: str


@dataclass(frozen=True)
class Policy:
    """A validated policy. `source` is None in personal mode (no file found)."""

    source: Path | None = None
    sections: dict[str, dict[str, Any]] = field(default_factory=dict)
    crisis_lines: tuple[CrisisLine, ...] = ()

    @property
    def personal_mode(self) -> bool:
        return self.source is None

    def get(self, section: str, key: str) -> Any:
        return self.sections.get(section, {}).get(key, SCHEMA[section][key][1])

    def section(self, name: str) -> dict[str, Any]:
        return {k: self.get(name, k) for k in SCHEMA[name]}

    @property
    def org_name(self) -> str:
        return str(self.get("org", "name"))

    @property
    def has_coordinator(self) -> bool:
        return bool(self.get("coordinator", "box_public_key")) and bool(self.get("exchange", "path"))


def defaults() -> Policy:
    return Policy()


def _check_value(where: str, spec: _Spec, value: Any) -> Any:
    typ, _default, check, describe = spec
    if isinstance(value, bool) and typ is not bool:
        raise PolicyError(f"{where} must be {describe}, not {value!r}")
    if not isinstance(value, typ):
        raise PolicyError(f"{where} must be {describe}, not {value!r}")
    if check is not None and not check(value):
        raise PolicyError(f"{where} must be {describe}, not {value!r}")
    return value


def parse(text: str, source: Path) -> Policy:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(f"{source}: not valid TOML ({exc})") from None
    sections: dict[str, dict[str, Any]] = {}
    lines: list[CrisisLine] = []
    for name, body in data.items():
        if name == "crisis_lines":
            lines = _parse_crisis_lines(source, body)
            continue
        if name == "format":
            if body != 1:
                raise PolicyError(f"{source}: format must be 1, not {body!r}")
            continue
        if name not in SCHEMA:
            raise PolicyError(f"{source}: unknown section [{name}] (known: {', '.join(sorted(SCHEMA))}, crisis_lines)")
        if not isinstance(body, dict):
            raise PolicyError(f"{source}: [{name}] must be a table")
        checked: dict[str, Any] = {}
        for key, value in body.items():
            if key not in SCHEMA[name]:
                raise PolicyError(f"{source}: unknown key {name}.{key}")
            checked[key] = _check_value(f"{source}: {name}.{key}", SCHEMA[name][key], value)
        sections[name] = checked
    office_hours(sections.get("eap", {}).get("office_hours", {}), f"{source}: eap.office_hours")
    breaks = sections.get("breaks", {})
    if breaks.get("shift_start", "09:00") >= breaks.get("shift_end", "18:00"):
        raise PolicyError(f"{source}: breaks.shift_start must be before breaks.shift_end")
    _check_local_centre(source, sections.get("rights", {}))
    _check_surge(source, sections.get("surge", {}), breaks)
    _check_privacy_budget(source, sections.get("privacy", {}))
    return Policy(source=source, sections=sections, crisis_lines=tuple(lines))


def _check_surge(source: Path, surge: dict[str, Any], breaks: dict[str, Any]) -> None:
    """A surge interval must leave room for the break itself, as the [breaks] intervals must."""
    spec = SCHEMA["breaks"]
    micro = surge.get("break_interval_minutes")
    micro_length_s = breaks.get("micro_length_s", spec["micro_length_s"][1])
    if micro is not None and micro * 60 <= micro_length_s:
        raise PolicyError(f"{source}: surge.break_interval_minutes must be longer than breaks.micro_length_s")
    rest = surge.get("rest_interval_minutes")
    if rest is not None and rest <= breaks.get("rest_length_min", spec["rest_length_min"][1]):
        raise PolicyError(f"{source}: surge.rest_interval_minutes must be longer than breaks.rest_length_min")


def _check_privacy_budget(source: Path, privacy: dict[str, Any]) -> None:
    """The budgets must nest: one week < one value ≤ one year; a randomized unit needs team views."""
    spec = SCHEMA["privacy"]
    week, value, year = _budget(privacy)
    if not week < value:
        raise PolicyError(f"{source}: privacy.epsilon_per_value ({value}) must be larger than privacy.epsilon ({week})")
    unit = 2 * privacy.get("org_unit_epsilon", spec["org_unit_epsilon"][1]) if privacy.get("randomize_org_unit") else 0
    if year < value + unit:
        raise PolicyError(f"{source}: privacy.epsilon_per_year ({year}) must cover at least one value "
                          f"(privacy.epsilon_per_value {value}{' and the randomized unit' if unit else ''})")
    if privacy.get("randomize_org_unit") and privacy.get("team_views") is False:
        raise PolicyError(f"{source}: privacy.randomize_org_unit needs privacy.team_views (no unit is sent without)")


def _budget(privacy: dict[str, Any]) -> tuple[float, float, float]:
    spec = SCHEMA["privacy"]
    week = float(privacy.get("epsilon", spec["epsilon"][1]))
    value = privacy.get("epsilon_per_value")
    year = float(privacy.get("epsilon_per_year", spec["epsilon_per_year"][1]))
    return week, float(value) if value is not None else 2 * week, year


def privacy_budget(policy: Policy) -> tuple[float, float, float]:
    """(ε per week, ε per value, ε per year) of a validated policy, the per-value default filled in."""
    return _budget(policy.sections.get("privacy", {}))


def office_hours(table: dict[str, Any], where: str = "eap.office_hours") -> dict[int, tuple[time, time]]:
    """``[eap] office_hours`` as ISO weekday -> (opens, closes); raises PolicyError naming the bad day.

    "24:00" closes at midnight. A day that is not listed is a day the office is closed.
    """
    hours: dict[int, tuple[time, time]] = {}
    for day, value in table.items():
        if day not in WEEKDAYS:
            raise PolicyError(f"{where} has an unknown day {day!r} (use {', '.join(WEEKDAYS)})")
        match = _HOURS.fullmatch(value) if isinstance(value, str) else None
        if match is None or match["start"] >= match["end"]:
            raise PolicyError(f'{where}.{day} must be "HH:MM-HH:MM" with the start before the end, not {value!r}')
        end = time.max if match["end"] == "24:00" else time.fromisoformat(match["end"])
        hours[WEEKDAYS.index(day) + 1] = (time.fromisoformat(match["start"]), end)
    return dict(sorted(hours.items()))


def _parse_crisis_lines(source: Path, body: Any) -> list[CrisisLine]:
    if not isinstance(body, list):
        raise PolicyError(f"{source}: crisis_lines must be an array of tables ([[crisis_lines]])")
    out = []
    for i, entry in enumerate(body, start=1):
        where = f"{source}: crisis_lines #{i}"
        if not isinstance(entry, dict) or set(entry) - {"number", "label_en", "label_ko"}:
            raise PolicyError(f"{where} may only have number, label_en and label_ko")
        for key in ("number", "label_en", "label_ko"):
            if not isinstance(entry.get(key), str) or not entry[key].strip():
                raise PolicyError(f"{where}: {key} is missing or empty")
        out.append(CrisisLine(entry["number"], entry["label_en"], entry["label_ko"]))
    return out


def _check_local_centre(source: Path, rights: dict[str, Any]) -> None:
    """A local centre needs its phone and both names, or none of them (a half entry helps nobody)."""
    keys = ("local_centre_name_en", "local_centre_name_ko", "local_centre_phone")
    given = [k for k in keys if rights.get(k, "").strip()]
    if given and len(given) != len(keys):
        missing = [k for k in keys if k not in given]
        raise PolicyError(f"{source}: rights.{missing[0]} is needed with the other local_centre keys")


def local_centre(policy: Policy, language: str) -> tuple[str, str] | None:
    """The local emotional-labour rights centre (name in ``language``, phone), or None when not set."""
    phone = str(policy.get("rights", "local_centre_phone")).strip()
    if not phone:
        return None
    name = str(policy.get("rights", "local_centre_name_ko" if language == "ko" else "local_centre_name_en"))
    return name.strip(), phone


def locate(explicit: Path | None = None) -> Path | None:
    """The policy file to use, or None for personal mode. An explicit path must exist."""
    if explicit is not None:
        if not explicit.is_file():
            raise PolicyError(f"{explicit}: the policy file given with --policy does not exist")
        return explicit
    env = os.environ.get("WELLCARE_POLICY")
    if env:
        path = Path(env).expanduser()
        if not path.is_file():
            raise PolicyError(f"{path}: the policy file named by WELLCARE_POLICY does not exist")
        return path
    return next((path for path in site_policy_paths() if path.is_file()), None)


def load(explicit: Path | None = None) -> Policy:
    path = locate(explicit)
    if path is None:
        return defaults()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PolicyError(f"{path}: cannot be read ({exc})") from None
    return parse(text, path)


# Korea's 24-hour lines, checked 2026-11: 109 is the national suicide-prevention line since
# 2024-01-01 (it replaced 1393); 1577-0199 the mental-health crisis line; 112 police, 119 fire/ambulance.
KOREA_CRISIS_LINES_SOURCE = "Ministry of Health and Welfare, 2024-01-01 (109 replaced 1393); checked 2026-11"
KOREA_CRISIS_LINES: tuple[CrisisLine, ...] = (
    CrisisLine("109", "Suicide prevention line (24 h)", "자살예방상담전화 (24시간)"),
    CrisisLine("1577-0199", "Mental health crisis line (24 h)", "정신건강위기상담전화 (24시간)"),
    CrisisLine("112 / 119", "Police / emergency services", "경찰 / 응급구조"),
)


def crisis_lines(policy: Policy) -> tuple[CrisisLine, ...]:
    """The policy's own lines, else the Korean defaults (the app's first market)."""
    return policy.crisis_lines or KOREA_CRISIS_LINES


def instrument_pack_folder(policy: Policy) -> Path | None:
    """The policy's instrument-pack folder, or None when it names none."""
    value = str(policy.get("assess", "instrument_packs")).strip()
    if not value:
        return None
    folder = Path(value).expanduser()
    if not folder.is_absolute() and policy.source is not None:
        folder = policy.source.parent / folder
    return folder
