"""Checking a centre report's payload against the definitions the council knows.

Run after the signature verified: a signed payload can still be out of definition (an unknown
version, a measure the definition does not have, a cell of the wrong shape). Every problem is
a :class:`PayloadError` whose ``reason`` is one of :class:`Refusal` and whose text says what.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from datetime import datetime
from enum import StrEnum
from typing import Any

from wellcare.aggregates.report import periods_between
from wellcare.council.centre_report import SCHEMA
from wellcare.council.definition import Definition
from wellcare.weeks import IsoWeek

_REPORT_ID_RE = re.compile(r"[0-9a-f]{32}")
MAX_WEEKS = 106


class Refusal(StrEnum):
    NOT_A_REPORT = "not_a_report"  # not a council report file, or malformed
    UNPINNED = "unpinned"  # signed by a key the council has not pinned (forged, or a centre not yet pinned)
    BAD_SIGNATURE = "bad_signature"  # the signature does not match the contents (altered after signing)
    WRONG_CENTRE = "wrong_centre"  # the payload names another centre than the key that signed it
    REPLAYED = "replayed"  # this report id was imported before
    OUTDATED = "outdated"  # a report for the same centre and period, issued as late or later, is already in
    FUTURE = "future"  # issued more than a day ahead of the council's clock
    UNKNOWN_DEFINITION = "unknown_definition"
    OUT_OF_DEFINITION = "out_of_definition"  # a measure or cell the definition does not have


class PayloadError(ValueError):
    def __init__(self, reason: Refusal, detail: str) -> None:
        self.reason = reason
        self.detail = detail
        super().__init__(f"{reason.value}: {detail}")


def _fail(detail: str, reason: Refusal = Refusal.NOT_A_REPORT) -> PayloadError:
    return PayloadError(reason, detail)


def _number(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise _fail(f"{where} is not a number", Refusal.OUT_OF_DEFINITION)
    return float(value)


def _check_cell(cell: Any, kind: str, where: str) -> None:
    if not isinstance(cell, dict) or cell.get("state") not in ("shown", "hidden", "none"):
        raise _fail(f"{where} has no state shown, hidden or none", Refusal.OUT_OF_DEFINITION)
    if cell["state"] != "shown":
        if set(cell) != {"state"}:
            raise _fail(f"{where} is {cell['state']} but carries numbers", Refusal.OUT_OF_DEFINITION)
        return
    if kind == "count":
        if set(cell) != {"state", "count"} or type(cell["count"]) is not int or cell["count"] < 0:
            raise _fail(f"{where} is not a whole count, 0 or more", Refusal.OUT_OF_DEFINITION)
        return
    if set(cell) != {"state", "value", "low", "high", "n"} or type(cell["n"]) is not int or cell["n"] < 1:
        raise _fail(f"{where} is not an estimate with value, low, high and n", Refusal.OUT_OF_DEFINITION)
    value, low, high = (_number(cell[k], f"{where}.{k}") for k in ("value", "low", "high"))
    if not low <= value <= high or low < 0 or (kind == "share" and high > 1):
        raise _fail(f"{where}: the interval does not hold its estimate", Refusal.OUT_OF_DEFINITION)


def definition_of(payload: Mapping[str, Any], known: Mapping[tuple[str, int], Definition]) -> Definition:
    ref = payload.get("definition")
    if not isinstance(ref, dict) or not isinstance(ref.get("id"), str) or type(ref.get("version")) is not int:
        raise _fail("the definition it was made under is not named")
    found = known.get((ref["id"], ref["version"]))
    if found is None:
        raise _fail(f"definition {ref['id']} version {ref['version']} is not one this council knows",
                    Refusal.UNKNOWN_DEFINITION)
    return found


def check_payload(payload: Mapping[str, Any], known: Mapping[tuple[str, int], Definition]) -> Definition:
    """The payload's definition, when every part of the payload is in it; PayloadError otherwise."""
    if payload.get("schema") != SCHEMA:
        raise _fail(f"its schema is not {SCHEMA!r}")
    if not isinstance(payload.get("report_id"), str) or not _REPORT_ID_RE.fullmatch(payload["report_id"]):
        raise _fail("it has no report id")
    try:
        issued = datetime.fromisoformat(str(payload.get("issued_at")))
    except ValueError:
        raise _fail("its issue time is not an ISO date and time") from None
    if issued.tzinfo is None:
        raise _fail("its issue time has no time zone")
    centre = payload.get("centre")
    if not isinstance(centre, dict) or not all(isinstance(centre.get(k), str) and centre[k] for k in ("id", "name")):
        raise _fail("it does not name its centre")
    if type(payload.get("min_group_size")) is not int or payload["min_group_size"] < 3:
        raise _fail("its minimum group size is missing or under 3", Refusal.OUT_OF_DEFINITION)
    definition = definition_of(payload, known)
    period = payload.get("period")
    weeks = payload.get("weeks")
    if not isinstance(period, dict) or not isinstance(weeks, list):
        raise _fail("it has no period or no weeks")
    try:
        expected = periods_between(str(IsoWeek.parse(str(period.get("first")))),
                                   str(IsoWeek.parse(str(period.get("last")))))
    except ValueError:
        raise _fail("its period is not two ISO weeks") from None
    if not expected or len(expected) > MAX_WEEKS or [w.get("period") if isinstance(w, dict) else None
                                                     for w in weeks] != expected:
        raise _fail("its weeks are not the weeks of its period, in order")
    ids = {m.id: m for m in definition.collected}
    for week in weeks:
        cells = week.get("cells")
        if set(week) != {"period", "cells"} or not isinstance(cells, dict):
            raise _fail(f"week {week['period']} is malformed")
        unknown = set(cells) - set(ids)
        if unknown:
            not_collected = {m.id for m in definition.measures if not m.collected}
            what = "marked not collected in" if unknown <= not_collected else "not in"
            raise _fail(f"measure {sorted(unknown)[0]} is {what} definition {definition.id} "
                        f"v{definition.version}", Refusal.OUT_OF_DEFINITION)
        if set(ids) - set(cells):
            raise _fail(f"week {week['period']} lacks measure {sorted(set(ids) - set(cells))[0]}",
                        Refusal.OUT_OF_DEFINITION)
        for mid, cell in cells.items():
            _check_cell(cell, ids[mid].kind, f"{mid} in {week['period']}")
    return definition
