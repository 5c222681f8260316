"""The organisation's response to abusive callers, as its policy states it (``[hard_call]``).

Only what the organisation wrote: the response manual (a file or a web address), the call-ending
script in Korean and English, and whom to tell (the dedicated team, the team leader), names and
extensions exactly as written. Nothing here is invented when the policy is silent.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from wellcare.policy import Policy


@dataclass(frozen=True)
class Manual:
    """The response manual: ``url`` (http/https) or ``path`` (a file, relative to the policy's folder)."""

    url: str = ""
    path: Path | None = None

    @property
    def target(self) -> str:
        return self.url or str(self.path or "")


@dataclass(frozen=True)
class OrgMeasures:
    manual: Manual | None
    ending_script: str  # in the language asked for, else the other one
    dedicated_team: str
    team_leader: str

    @property
    def is_empty(self) -> bool:
        return self.manual is None and not (self.ending_script or self.dedicated_team or self.team_leader)

    @property
    def contacts(self) -> tuple[str, ...]:
        return tuple(c for c in (self.dedicated_team, self.team_leader) if c)


def manual_of(policy: Policy) -> Manual | None:
    value = str(policy.get("hard_call", "manual")).strip()
    if not value:
        return None
    if value.lower().startswith(("https://", "http://")):
        return Manual(url=value)
    path = Path(value).expanduser()
    if not path.is_absolute() and policy.source is not None:
        path = policy.source.parent / path
    return Manual(path=path)


def org_measures(policy: Policy, language: str) -> OrgMeasures:
    """What the organisation stated, for a counselor reading in ``language`` ("ko" or "en")."""
    first, second = ("ko", "en") if language == "ko" else ("en", "ko")
    script = (
        str(policy.get("hard_call", f"ending_script_{first}")).strip()
        or str(policy.get("hard_call", f"ending_script_{second}")).strip()
    )
    return OrgMeasures(
        manual=manual_of(policy),
        ending_script=script,
        dedicated_team=str(policy.get("hard_call", "dedicated_team")).strip(),
        team_leader=str(policy.get("hard_call", "team_leader")).strip(),
    )
