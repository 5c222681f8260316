"""The centre's report for the council: its published numbers under the common definition, signed.

Built only from the JSON the coordinator's dashboard and ``coordinator report --json`` publish
(schema ``wellcare.aggregate_report/3``), after its suppression: a hidden week or count stays
hidden, nothing is recomputed from the store, and nothing finer than that JSON goes in (no unit
rows, no EAP statuses, no epsilons). Each collected measure of the definition becomes one cell
per week:

- ``{"state": "shown", "count": n}`` for counts, ``{"state": "shown", "value", "low", "high", "n"}``
  for rates and shares (95% interval, ``n`` the week's summaries);
- ``{"state": "hidden"}`` where the centre's report hides it (never why);
- ``{"state": "none"}`` where the centre has no such number that week (no summary carried the
  field, or the profile has no EAP inbox): no number, not a zero.

EAP measures (definition 2, ``eap_block_*``) are per fixed 4-week block
(:mod:`wellcare.aggregates.eap_counts`): the block's cell goes on its last week, the block's other
weeks, and blocks the report's period cuts or that are not over, are ``none``. Definition 1's
weekly EAP measures (``eap_total``, ``eap_kind``) are no longer published by the dashboard, so a
report made under definition 1 says ``hidden`` for them every week.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from nacl.signing import SigningKey

from wellcare.council.definition import BLOCK_EAP_SOURCES, WEEKLY_EAP_SOURCES, Definition, Measure
from wellcare.council.signing import sign_report
from wellcare.exchange import CoordinatorPublicKeys

SCHEMA = "wellcare.council_report/1"
SOURCE_SCHEMA = "wellcare.aggregate_report/3"  # 3: EAP counts per fixed 4-week block

Cell = dict[str, Any]
HIDDEN: Cell = {"state": "hidden"}
NONE: Cell = {"state": "none"}


def _count(value: Any, hidden: bool) -> Cell:
    if hidden or value is None:
        return dict(HIDDEN)
    return {"state": "shown", "count": int(value)}


def _estimate(value: Any, low: Any, high: Any, n: Any) -> Cell:
    if value is None or low is None or high is None:
        return dict(NONE)
    return {"state": "shown", "value": float(value), "low": float(low), "high": float(high), "n": int(n)}


def _cell(measure: Measure, report: Mapping[str, Any], i: int) -> Cell:
    source = measure.source
    kind = measure.source_type
    week = report["weeks"][i]
    if kind == "week_count":
        return _count(week["n"], week["hidden"])
    if kind in WEEKLY_EAP_SOURCES or kind in BLOCK_EAP_SOURCES:
        eap = report.get("eap")
        if eap is None:
            return dict(NONE)
        if kind in WEEKLY_EAP_SOURCES:  # a week's EAP count is never published any more
            return dict(HIDDEN)
        block = next((b for b in eap["blocks"] if b["last"] == week["period"]), None)
        if block is None:  # not a block's last week, or its block is cut by the period or not over
            return dict(NONE)
        if kind == "eap_block_total":
            return _count(block["total"], False)
        return _count(block["kind_totals"][eap["kinds"].index(source["kind"])], False)
    if kind == "rate":
        row = report[source["series"]][i]
        return dict(HIDDEN) if row["hidden"] else _estimate(row["value"], row["low"], row["high"], row["n"])
    # band_share
    row = report["bands"][source["field"]][i]
    if row["hidden"]:
        return dict(HIDDEN)
    found = next((e for e in row.get("estimates", ()) if e["category"] == source["category"]), None)
    return dict(NONE) if found is None else _estimate(found["share"], found["low"], found["high"], row["n"])


def council_payload(
    report: Mapping[str, Any],
    definition: Definition,
    *,
    centre_id: str,
    centre_name: str,
    quarter: str | None = None,
    issued_at: datetime | None = None,
    report_id: str | None = None,
) -> dict[str, Any]:
    """The report's payload from the centre's published JSON (org-wide, no unit filter)."""
    if report.get("schema") != SOURCE_SCHEMA:
        raise ValueError(f"the centre's report has schema {report.get('schema')!r}, not {SOURCE_SCHEMA!r}")
    if report.get("unit") is not None:
        raise ValueError("a council report covers the whole centre; it cannot be built from a unit filter")
    periods: Sequence[str] = report["periods"]
    weeks = [
        {"period": p, "cells": {m.id: _cell(m, report, i) for m in definition.collected}}
        for i, p in enumerate(periods)
    ]
    return {
        "schema": SCHEMA,
        "report_id": report_id or uuid.uuid4().hex,
        "issued_at": (issued_at or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds"),
        "centre": {"id": centre_id, "name": centre_name},
        "definition": {"id": definition.id, "version": definition.version},
        "period": {"first": periods[0], "last": periods[-1], "quarter": quarter},
        "min_group_size": int(report["min_group_size"]),
        "weeks": weeks,
        "not_collected": [m.id for m in definition.measures if not m.collected],
    }


def signed_council_report(
    report: Mapping[str, Any],
    definition: Definition,
    signing: SigningKey,
    public: CoordinatorPublicKeys,
    centre_name: str,
    *,
    quarter: str | None = None,
    issued_at: datetime | None = None,
) -> tuple[dict[str, Any], bytes]:
    """(payload, the signed file's bytes); the centre's id is its key fingerprint."""
    payload = council_payload(report, definition, centre_id=public.fingerprint(), centre_name=centre_name,
                              quarter=quarter, issued_at=issued_at)
    return payload, sign_report(payload, signing, public)
