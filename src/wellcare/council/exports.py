"""The council's view as files: a CSV of every cell, and a PDF (a table per quarter, then trends).

Qt-free (matplotlib figures without pyplot), so ``council report --pdf`` and the council view
write the same file. Words come from the definition (measure names) and resources/council/labels.json,
both in English and Korean.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from wellcare.council.definition import definitions_dir
from wellcare.council.merge import COMBINED

CSV_HEADER = ("section", "period", "centre_id", "centre", "measure", "state", "count", "value", "low", "high", "n",
              "hidden_weeks")


@cache
def _labels() -> dict[str, dict[str, str]]:
    data: dict[str, dict[str, str]] = json.loads((definitions_dir() / "labels.json").read_text(encoding="utf-8"))
    return data


def label(key: str, language: str) -> str:
    entry = _labels()[key]
    return entry.get(language, entry["en"])


def columns(view: Mapping[str, Any], language: str) -> list[tuple[str, str]]:
    """(id, name) of each combined centre, then the combined column."""
    out = [(c["id"], c["name"]) for c in view["centres"] if c["combined"]]
    return [*out, (COMBINED, label("combined", language))]


def cell_text(cell: Mapping[str, Any], kind: str, language: str) -> str:
    """A cell as the table shows it: "12", "23% [15–31%]", "hidden", "≥ 40", "–"."""
    state = cell["state"]
    if state == "hidden":
        return label("hidden", language)
    if state == "none":
        return label("none", language)
    if kind == "count":
        text = str(cell["count"])
    elif kind == "share":
        text = f"{cell['value'] * 100:.0f}% [{cell['low'] * 100:.0f}–{cell['high'] * 100:.0f}%]"
    else:
        text = f"{cell['value']:.1f} [{cell['low']:.1f}–{cell['high']:.1f}]"
    if cell.get("hidden_weeks") and kind == "count":
        text = label("at_least", language).replace("%1", text)
    return text


def rows(view: Mapping[str, Any], language: str) -> list[tuple[Any, ...]]:
    names = dict(columns(view, language))
    out: list[tuple[Any, ...]] = []
    for section, periods in (("weekly", view["periods"]), ("quarterly", view["quarters"])):
        for mid, per in view[section].items():
            for cid, cells in per.items():
                for period, c in zip(periods, cells, strict=True):
                    out.append((section, period, cid, names.get(cid, cid), mid, c["state"], c.get("count", ""),
                                c.get("value", ""), c.get("low", ""), c.get("high", ""), c.get("n", ""),
                                c.get("hidden_weeks", "")))
    return out


def write_csv(path: Path, view: Mapping[str, Any], language: str = "en") -> None:
    with Path(path).open("w", newline="", encoding="utf-8-sig") as fh:
        writer = csv.writer(fh)
        writer.writerow(CSV_HEADER)
        writer.writerows(rows(view, language))


def _measure_names(view: Mapping[str, Any], language: str) -> dict[str, str]:
    return {m["id"]: m["name"].get(language, m["name"]["en"]) for m in view["measures"]}


def quarter_table(view: Mapping[str, Any], quarter_index: int, language: str) -> list[list[str]]:
    """Rows of measure name, then one text per column, for one quarter."""
    names = _measure_names(view, language)
    kinds = {m["id"]: m["kind"] for m in view["measures"]}
    cols = columns(view, language)
    table = []
    for mid, per in view["quarterly"].items():
        table.append([names[mid], *(cell_text(per[cid][quarter_index], kinds[mid], language) for cid, _ in cols)])
    return table


def write_pdf(path: Path, view: Mapping[str, Any], council: str, language: str = "en") -> None:
    from matplotlib.backends.backend_pdf import PdfPages

    from wellcare.council.charts import configure_fonts, table_figure, trend_figure

    configure_fonts()
    with PdfPages(path) as pdf:
        cols = columns(view, language)
        header = [label("measure", language), *(name for _, name in cols)]
        not_collected = [m["name"].get(language, m["name"]["en"]) for m in view["measures"] if not m["collected"]]
        head = [council or label("title", language),
                f"{label('definition', language)}: {view['definition']['id']} v{view['definition']['version']}"
                f" · {label('generated', language)} {view['generated_at'] or ''}"]
        for i, quarter in enumerate(view["quarters"] or []):
            lines = [*head, f"{label('quarter', language)} {quarter}"]
            pdf.savefig(table_figure(lines, header, quarter_table(view, i, language), label("note", language),
                                     f"{label('not_collected', language)}: {', '.join(not_collected)}"))
        if view["quarters"]:
            pdf.savefig(trend_figure(view, language, label("trend", language), _measure_names(view, language),
                                     dict(cols)))


def trend_series(view: Mapping[str, Any], measure: str, column: str) -> Sequence[tuple[float, float, float] | None]:
    """(value, low, high) per quarter, None where hidden or missing."""
    out: list[tuple[float, float, float] | None] = []
    for c in view["quarterly"][measure][column]:
        out.append((c["value"], c["low"], c["high"]) if c["state"] == "shown" and "value" in c else None)
    return out
