"""Self-assessments: instrument definitions as data, validation, and exact published scoring.

Pure Python (no Qt, no database): the UI renders instruments and results from here, the vault
stores `Result.to_record()`, and the CLI's `score` command is `run_score`.
"""

from wellcare.assess.errors import (
    AnswerError,
    AssessError,
    InstrumentFormatError,
    MissingSexError,
    UnknownInstrumentError,
)
from wellcare.assess.loader import Catalog, builtin_dir, load_catalog, load_instrument
from wellcare.assess.model import (
    SUGGESTION_IDS,
    Band,
    BandSet,
    Instrument,
    Item,
    ResponseOption,
    ResponseSet,
    ScoreRule,
    Subscale,
    Text,
)
from wellcare.assess.result import Result
from wellcare.assess.score_command import run_score
from wellcare.assess.scoring import attainable_scores, score, score_bounds, score_in_order
from wellcare.assess.validate import read_instrument

__all__ = [
    "SUGGESTION_IDS",
    "AnswerError",
    "AssessError",
    "Band",
    "BandSet",
    "Catalog",
    "Instrument",
    "InstrumentFormatError",
    "Item",
    "MissingSexError",
    "ResponseOption",
    "ResponseSet",
    "Result",
    "ScoreRule",
    "Subscale",
    "Text",
    "UnknownInstrumentError",
    "attainable_scores",
    "builtin_dir",
    "load_catalog",
    "load_instrument",
    "read_instrument",
    "run_score",
    "score",
    "score_bounds",
    "score_in_order",
]
