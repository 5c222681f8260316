"""The Protocols in wellcare.capabilities match what their owners really offer, name for name.

A caller switched from ``ctx.services`` lookups to a Protocol must be able to call exactly what it
called before; a renamed parameter or method on either side fails here, not at run time.
"""

from __future__ import annotations

import inspect
from typing import Any

import pytest

from wellcare.breaks.service import BreaksService
from wellcare.capabilities import (
    EapRequests,
    ExercisePlayer,
    HardCallCounts,
    IncidentNotes,
    ProtectedBreak,
    WeeklyBreaks,
)
from wellcare.ui.breaks.feature import BreaksFeature
from wellcare.ui.eap.feature import EapFeature
from wellcare.ui.incidents.feature import IncidentsFeature
from wellcare.ui.programs.feature import ProgramsFeature


def _members(protocol: type) -> list[str]:
    return [
        name for name, value in vars(protocol).items()
        if (callable(value) or isinstance(value, property)) and not name.startswith("_")
    ]


def _parameters(function: Any) -> list[tuple[str, bool]]:
    """(name, has a default) of the positional-or-keyword parameters after self."""
    params = list(inspect.signature(function).parameters.values())[1:]
    return [(p.name, p.default is not p.empty) for p in params if p.kind is p.POSITIONAL_OR_KEYWORD]


@pytest.mark.parametrize(
    ("protocol", "owner"),
    [
        (WeeklyBreaks, BreaksService),
        (ProtectedBreak, BreaksService),
        (ProtectedBreak, BreaksFeature),
        (HardCallCounts, IncidentsFeature),
        (IncidentNotes, IncidentsFeature),
        (ExercisePlayer, ProgramsFeature),
        (EapRequests, EapFeature),
    ],
    ids=lambda x: x.__name__,
)
def test_each_owner_offers_its_protocol_with_the_same_parameters(protocol: type, owner: type) -> None:
    members = _members(protocol)
    assert members, f"{protocol.__name__} declares no method"
    for name in members:
        assert hasattr(owner, name), f"{owner.__name__} has no {name}"
        if isinstance(vars(protocol)[name], property):
            assert isinstance(inspect.getattr_static(owner, name), property), f"{owner.__name__}.{name} is no property"
            continue
        wanted, offered = _parameters(getattr(protocol, name)), _parameters(getattr(owner, name))
        assert offered[: len(wanted)] == wanted, f"{owner.__name__}.{name}{offered} vs {protocol.__name__}{wanted}"
        assert all(has_default for _, has_default in offered[len(wanted):]), f"{owner.__name__}.{name} needs more"
