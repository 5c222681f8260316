"""The coordinator's view of the org policy's aggregate settings: units, minimum group size, budget.

The inbox handler (built without a policy, see :class:`~wellcare.inbox.dispatcher.HandlerSetup`)
must validate a contribution's unit against the org's unit list, and the report must threshold
at the policy's minimum group size. Both read :func:`aggregate_policy`, which takes, in order:

1. the settings the coordinator app or ``coordinator report`` last saw in the loaded policy
   (:func:`remember`, kept in the vault setting ``aggregates.policy``);
2. the org policy found the usual way (``WELLCARE_POLICY``, the site config dir);
3. the ``policy.toml`` that ``coordinator init`` wrote into the coordinator's profile;
4. the defaults (no units, minimum 5, ε = ln 3).
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from pathlib import Path

from wellcare.aggregate_format.policy import ContributionError, ContributionPolicy
from wellcare.aggregates.suppression import MIN_GROUP_SIZE_DEFAULT, check_min_group_size
from wellcare.inbox.keys_store import POLICY_FILE
from wellcare.policy import Policy, PolicyError
from wellcare.policy import load as load_policy
from wellcare.policy import parse as parse_policy
from wellcare.vault import Vault

log = logging.getLogger(__name__)

SETTING = "aggregates.policy"


@dataclass(frozen=True)
class AggregatePolicy:
    org_units: tuple[str, ...] = ()
    min_group_size: int = MIN_GROUP_SIZE_DEFAULT
    epsilon: float = math.log(3)  # the budget per period a counselor's app spends
    enabled: bool = True

    def __post_init__(self) -> None:
        check_min_group_size(self.min_group_size)

    def contribution_policy(self) -> ContributionPolicy:
        """What a received contribution is validated against (the org unit is never randomized)."""
        return ContributionPolicy(epsilon=self.epsilon, org_units=self.org_units)

    @property
    def epsilon_per_field(self) -> float:
        """What each field of a contribution spends: the period's ε split over the schema's fields."""
        return min(self.contribution_policy().field_epsilons().values())

    def to_json(self) -> dict[str, object]:
        return {"org_units": list(self.org_units), "min_group_size": self.min_group_size, "epsilon": self.epsilon,
                "enabled": self.enabled}


def from_policy(policy: Policy) -> AggregatePolicy:
    """Read the aggregate settings from a loaded org policy; unusable unit names raise ValueError."""
    result = AggregatePolicy(
        org_units=tuple(str(u) for u in policy.get("org", "units")),
        min_group_size=int(policy.get("privacy", "min_group_size")),
        epsilon=float(policy.get("privacy", "epsilon")),
        enabled=bool(policy.get("privacy", "aggregates_enabled")),
    )
    try:
        result.contribution_policy()
    except ContributionError as exc:
        raise ValueError(str(exc)) from None
    return result


def remember(vault: Vault, policy: Policy) -> AggregatePolicy | None:
    """Keep the loaded policy's aggregate settings for the inbox handler; None in personal mode."""
    if policy.personal_mode:
        return None
    try:
        found = from_policy(policy)
    except ValueError:
        log.warning("the org policy's aggregate settings cannot be used; keeping the last good ones")
        return None
    if vault.get_setting(SETTING) != found.to_json():
        vault.set_setting(SETTING, found.to_json())
    return found


def _from_setting(vault: Vault) -> AggregatePolicy | None:
    data = vault.get_setting(SETTING)
    if not isinstance(data, dict):
        return None
    try:
        result = AggregatePolicy(
            org_units=tuple(str(u) for u in data.get("org_units", [])),
            min_group_size=int(data.get("min_group_size", MIN_GROUP_SIZE_DEFAULT)),
            epsilon=float(data.get("epsilon", math.log(3))),
            enabled=bool(data.get("enabled", True)),
        )
        result.contribution_policy()
    except (ValueError, TypeError):
        return None
    return result


def aggregate_policy(vault: Vault, profile_dir: Path | None = None) -> AggregatePolicy:
    """The aggregate settings to use (see the module docstring for the order)."""
    found = _from_setting(vault)
    if found is not None:
        return found
    candidates: list[Policy] = []
    try:
        candidates.append(load_policy())
    except PolicyError:
        log.warning("the org policy could not be read")
    profile = profile_dir if profile_dir is not None else vault.path.parent
    own = profile / POLICY_FILE
    if own.is_file():
        try:
            candidates.append(parse_policy(own.read_text(encoding="utf-8"), own))
        except (OSError, UnicodeDecodeError, PolicyError):
            log.warning("the profile's policy.toml could not be read")
    for policy in candidates:
        if policy.personal_mode:
            continue
        try:
            return from_policy(policy)
        except ValueError:
            continue
    return AggregatePolicy()
