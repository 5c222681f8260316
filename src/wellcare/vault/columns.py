"""How the stores write times and JSON into their TEXT columns, and read them back: one spelling.

Times are ISO 8601 with their offset (``datetime.isoformat``), so a row keeps the zone it was
written in; NULL is ``None``. JSON columns keep non-ASCII text as it is and sort the keys, so
equal values are equal text.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any


def time_text(when: datetime) -> str:
    return when.isoformat()


def optional_time_text(when: datetime | None) -> str | None:
    return None if when is None else when.isoformat()


def read_time(text: object) -> datetime:
    """A time column's value (TEXT as written by :func:`time_text`)."""
    return datetime.fromisoformat(str(text))


def read_optional_time(text: object) -> datetime | None:
    """NULL reads as None."""
    return None if text is None else datetime.fromisoformat(str(text))


def json_text(value: object) -> str:
    """A JSON column's text: UTF-8 as is, keys sorted."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def read_json(text: object) -> Any:
    return json.loads(str(text))
