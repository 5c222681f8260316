"""An outside attacker of the council's published view: every number as a linear constraint.

Read from the view's JSON (``council report --json``) alone. The unknowns are the true cells each
centre's report hides or shows: its week's summaries ``("contrib", centre, week)`` and its EAP
requests per kind ``("eap", centre, kind, week)`` (a week's EAP total is the sum of its kinds).
Each published number says "these cells add up to this": a centre's weekly count, an estimate's
``n`` (the week's summaries), a combined weekly count or ``n`` (over the centres shown), and a
quarter's count or ``n`` (over the centre-weeks shown). A hidden week total or EAP total is under
the centre's minimum (the rule itself). The elimination and LP bounds, and what counts as
recovered, are those of :mod:`tests.coordinator.outside_attack`.

EAP measures marked ``"per": "4-week block"`` (definition 2) count the fixed 4-week block ending
with the week they are given on: their cell stands for the kinds' requests over all four weeks
of that block (the fixed calendar of :mod:`wellcare.aggregates.eap_counts`, which the definition
states); the unknowns stay per week.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from tests.coordinator.outside_attack import Knowledge, Var
from wellcare.aggregates.eap_counts import block_index, block_weeks
from wellcare.council.merge import COMBINED
from wellcare.council.periods import quarter_of

COUNT_SOURCES = ("contributions", "eap_requests.total")


def _vars(measure: str, centre: str, week: str, kinds: list[str], per_block: bool = False) -> list[Var]:
    if measure == "contributions" or not measure.startswith("eap_requests."):
        return [("contrib", centre, week)]
    kind = measure.split(".", 1)[1]
    weeks = block_weeks(block_index(week)) if per_block else (week,)
    return [("eap", centre, k, w) for k in (kinds if kind == "total" else [kind]) for w in weeks]


def read_view(knowledge: Knowledge, view: Mapping[str, Any]) -> None:
    knowledge.reports += 1
    minimums = {c["min_group_size"] for c in view["centres"]}
    assert len(minimums) == 1, "one minimum for the attacker's rule"
    knowledge.minimum = int(minimums.pop())
    centres = [c["id"] for c in view["centres"] if c["combined"]]
    periods, quarters = view["periods"], view["quarters"]
    kinds = [m["id"].split(".", 1)[1] for m in view["measures"]
             if m["collected"] and m["id"].startswith("eap_requests.") and m["id"] != "eap_requests.total"]
    blocky = {m["id"] for m in view["measures"] if m.get("per") == "4-week block"}
    for c in centres:
        for w in periods:
            knowledge.variables.add(("contrib", c, w))
            knowledge.variables.update(("eap", c, k, v) for k in kinds for v in block_weeks(block_index(w)))
    kind_of = {m["id"]: m["kind"] for m in view["measures"]}
    for mid, per in view["weekly"].items():
        for c in centres:
            for w, cell in zip(periods, per[c], strict=True):
                group = _vars(mid, c, w, kinds, mid in blocky)
                if cell["state"] == "shown":
                    knowledge.equal(group, int(cell["count"] if kind_of[mid] == "count" else cell["n"]), f"{mid} {w}")
                elif cell["state"] == "hidden" and mid in COUNT_SOURCES:
                    knowledge.small.add(frozenset(group))  # a hidden root: under the minimum
                    knowledge.root_hidden.update(group)
        for i, (w, cell) in enumerate(zip(periods, per[COMBINED], strict=True)):
            if cell["state"] == "shown":
                shown = [c for c in centres if per[c][i]["state"] == "shown"]
                if cell.get("centres", len(shown)) != len(shown):  # a total that says it covers more centres
                    shown = centres
                group = [v for c in shown for v in _vars(mid, c, w, kinds, mid in blocky)]
                knowledge.equal(group, int(cell["count"] if kind_of[mid] == "count" else cell["n"]), f"all {mid} {w}")
    for mid, per in view["quarterly"].items():
        for key, cells in per.items():
            members = centres if key == COMBINED else [key]
            for q, cell in zip(quarters, cells, strict=True):
                if cell["state"] != "shown":
                    continue
                group = [v for c in members for i, w in enumerate(periods)
                         if quarter_of(w) == q and view["weekly"][mid][c][i]["state"] == "shown"
                         for v in _vars(mid, c, w, kinds, mid in blocky)]
                knowledge.equal(group, int(cell["count"] if kind_of[mid] == "count" else cell["n"]), f"q {mid} {q}")
