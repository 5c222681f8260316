"""WellCare: a private wellbeing companion for call-center counselors."""

__version__ = "0.1.0"
