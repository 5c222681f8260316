"""`wellcare score <id> <answers>`: score one questionnaire headlessly.

Other tools rely on this contract (INSTRUMENTS.md, "Headless scoring"): it opens no vault, writes
nothing, prints one JSON object on success and exits 0; bad input exits 2 with one line naming
the item. The CLI only has to pass sys.stdout/sys.stderr and return the code.
"""

from __future__ import annotations

import json
import re
from typing import TextIO

from wellcare.assess.errors import AnswerError, InstrumentFormatError, MissingSexError, UnknownInstrumentError
from wellcare.assess.follow_up import follow_up_for
from wellcare.assess.loader import Catalog, load_catalog
from wellcare.assess.model import Instrument
from wellcare.assess.scoring import allowed_values, check_count, score_in_order

EXIT_OK = 0
EXIT_BROKEN_INSTALL = 1
EXIT_BAD_INPUT = 2

_INTEGER = re.compile(r"[+-]?[0-9]+")  # ASCII digits only: int() would also take '1_0' or '٣'


def parse_answers(instrument: Instrument, answers_csv: str) -> list[int]:
    """Comma-separated raw values in item order; raises AnswerError naming the bad item."""
    parts = [p.strip() for p in answers_csv.split(",")] if answers_csv.strip() else []
    check_count(instrument, len(parts))
    values: list[int] = []
    for position, (part, item) in enumerate(zip(parts, instrument.items, strict=True), start=1):
        where = f"{instrument.id}: item {item.id} (answer {position})"
        if not part:
            raise AnswerError(f"{where} is empty", item.id)
        if not _INTEGER.fullmatch(part):
            raise AnswerError(f"{where}: {part!r} is not an integer (allowed {allowed_values(item)})", item.id)
        values.append(int(part))
    return values


def run_score(
    instrument_id: str,
    answers_csv: str,
    out: TextIO,
    err: TextIO,
    *,
    catalog: Catalog | None = None,
    sex: str | None = None,
) -> int:
    """Score and print `{"instrument", "scores", "bands", "safety", "follow_up"}`; returns the exit code.

    `follow_up` lists what the result suggests, ids from FOLLOW_UP_IDS in that order; the other
    keys are exactly the contract's.
    """
    try:
        catalog = catalog if catalog is not None else load_catalog()
    except InstrumentFormatError as exc:
        print(f"wellcare score: instrument files are broken: {exc}", file=err)
        return EXIT_BROKEN_INSTALL
    try:
        instrument = catalog.get(instrument_id)
        result = score_in_order(instrument, parse_answers(instrument, answers_csv), sex=sex)
    except (UnknownInstrumentError, AnswerError, MissingSexError) as exc:
        print(f"wellcare score: {exc}", file=err)
        return EXIT_BAD_INPUT
    printed = {**result.to_json_dict(), "follow_up": list(follow_up_for(instrument, result).ids)}
    print(json.dumps(printed, ensure_ascii=False), file=out)
    return EXIT_OK
