"""Recovery breaks: settings, the record of what happened, and the pure plan derived from them."""

from wellcare.breaks.events import BreakAction, BreakEvent, BreakKind
from wellcare.breaks.planner import BreakPlanner, BreakRefused, DueBreak
from wellcare.breaks.settings import BreakSettings, SettingsError, locked_fields
from wellcare.breaks.summary import DaySummary, daily_summary

__all__ = [
    "BreakAction",
    "BreakEvent",
    "BreakKind",
    "BreakPlanner",
    "BreakRefused",
    "BreakSettings",
    "DaySummary",
    "DueBreak",
    "SettingsError",
    "daily_summary",
    "locked_fields",
]
