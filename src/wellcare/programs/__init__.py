"""Healing programs: guided exercises, multi-day programs, recommendations, org offers, usage record.

Qt-free. Content is data (resources/programs/, validated by ``validate.py``); the player's timing
is :class:`ExerciseRun`; :class:`ProgramService` keeps the record in the vault. Org offers travel
through the exchange: :func:`publish_offer` (coordinator), :func:`read_offers` and
:func:`send_enrollment` (counselor), :func:`parse_enrollment` (coordinator's inbox import).
"""

from wellcare.programs.enrollment import EnrollAction, EnrollmentRequest, clean_share, parse_enrollment, send_enrollment
from wellcare.programs.library import Library, default_library, load_library
from wellcare.programs.model import Exercise, Program, ProgramSession, Step, pick
from wellcare.programs.offers import (
    Offer,
    OfferDate,
    OfferError,
    OfferListing,
    load_offer_toml,
    publish_offer,
    read_offers,
    withdraw_offer,
)
from wellcare.programs.progress import ProgramRun, ProgramSchedule, RunStatus, Streak
from wellcare.programs.service import ProgramService, RunConflict, RunView
from wellcare.programs.timeline import ExerciseRun, Position
from wellcare.programs.validate import ContentError

__all__ = [
    "ContentError",
    "EnrollAction",
    "EnrollmentRequest",
    "Exercise",
    "ExerciseRun",
    "Library",
    "Offer",
    "OfferDate",
    "OfferError",
    "OfferListing",
    "Position",
    "Program",
    "ProgramRun",
    "ProgramSchedule",
    "ProgramService",
    "ProgramSession",
    "RunConflict",
    "RunStatus",
    "RunView",
    "Step",
    "Streak",
    "clean_share",
    "default_library",
    "load_library",
    "load_offer_toml",
    "parse_enrollment",
    "pick",
    "publish_offer",
    "read_offers",
    "send_enrollment",
    "withdraw_offer",
]
