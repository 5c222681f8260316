"""One's own history as a table, for the CSV and PDF exports the counselor asks for.

Rows hold scores and bands (not item answers) and check-in moods and tags (not notes): enough to
show a doctor or keep a personal record. `wellcare export` remains the complete copy of the data.
The caller passes the translated words; instrument texts come from the instrument files.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from wellcare.assess.checkin import CheckIn
from wellcare.assess.loader import Catalog
from wellcare.assess.store import StoredResult
from wellcare.vault.fileio import atomic_write_bytes


@dataclass(frozen=True)
class ExportWords:
    """Translated words for the parts of the table that are not in an instrument file."""

    header: Sequence[str]  # date, time, record, measure, value, result, version, tags
    checkin: str  # the "record" column of a check-in
    mood: str  # the "measure" column of a check-in
    mood_label: Callable[[int], str]
    tag_label: Callable[[str], str]


def format_value(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}"


def history_rows(
    catalog: Catalog, results: Sequence[StoredResult], checkins: Sequence[CheckIn], lang: str, words: ExportWords
) -> list[list[str]]:
    """Every result's scores and every check-in, oldest first."""
    dated: list[tuple[datetime, list[str]]] = []
    for stored in results:
        result = stored.result
        instrument = catalog.instruments.get(result.instrument_id)
        name = instrument.short_name.get(lang) if instrument else result.instrument_id
        for key, value in result.scores.items():
            measure = instrument.score_rule(key).label.get(lang) if instrument else key
            band_id = result.bands.get(key, "")
            band = ""
            if band_id and instrument is not None:
                band = instrument.band(key, band_id, result.sex).label.get(lang)
            when = stored.completed_at
            row = [when.strftime("%Y-%m-%d"), when.strftime("%H:%M"), name, measure, format_value(value), band]
            dated.append((when, [*row, result.instrument_version, ""]))
    for c in checkins:
        tags = "; ".join(words.tag_label(t) for t in c.tags)
        row = [c.at.strftime("%Y-%m-%d"), c.at.strftime("%H:%M"), words.checkin, words.mood, str(c.mood)]
        dated.append((c.at, [*row, words.mood_label(c.mood), "", tags]))
    dated.sort(key=lambda pair: pair[0])
    return [row for _, row in dated]


def csv_bytes(header: Sequence[str], rows: Sequence[Sequence[str]]) -> bytes:
    """UTF-8 with a byte-order mark, so spreadsheet programs open Korean text correctly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")


def export_target(chosen: Path, pdf_filter_chosen: bool) -> tuple[Path, bool]:
    """Where an export goes and whether it is a PDF: the file name's suffix decides; a name without
    ``.csv`` or ``.pdf`` gets the one of the filter picked in the save dialog."""
    suffix = chosen.suffix.lower()
    as_pdf = suffix == ".pdf" or (suffix != ".csv" and pdf_filter_chosen)
    if suffix not in (".csv", ".pdf"):
        chosen = chosen.with_name(chosen.name + (".pdf" if as_pdf else ".csv"))
    return chosen, as_pdf


def save_export(path: Path, data: bytes) -> None:
    """Write the export whole or not at all, readable by its owner only; VaultError (disk full, no
    access ...) with a plain reason otherwise."""
    atomic_write_bytes(path, data)
