"""Dates, times, numbers and durations as a person reads them, in the interface language.

Every date, time, count or measure shown on screen or printed in a PDF goes through here, so
each language has one convention everywhere (files, CSV, JSON and file names stay ISO):

========  =============================  =============================
what      English                        Korean
========  =============================  =============================
day       Sat 28 Nov 2026                2026년 11월 28일 (토)
no year   Sat 28 Nov                     11월 28일 (토)
time      14:05 (24-hour)                14:05 (24-hour)
day+time  Sat 28 Nov 2026, 14:05         2026년 11월 28일 (토) 14:05
week      Week of 23 Feb 2026            2026년 2월 23일 주
chart     Dec 5 · 6 · Dec 5, 2026        12월 5일 · 6일 · 2026년 12월 5일
numbers   1,234 · 0.25 · 42%             1,234 · 0.25 · 42%
minutes   1 minute, 5 minutes (5 min)    5분
========  =============================  =============================

The language is the one `Translations.install` made current (it sets the default QLocale with
the translators), so a date can never be in a different language from the words around it.
A datetime is shown at its own wall-clock time: callers convert to local time first if needed.
"""

from __future__ import annotations

from datetime import date, datetime
from datetime import time as dtime
from functools import cache

from PySide6.QtCore import QDate, QLocale, QObject, QTime

from wellcare.weeks import IsoWeek

_PATTERNS = {
    # (year, weekday) -> QLocale pattern
    "en": {
        (True, True): "ddd d MMM yyyy",
        (False, True): "ddd d MMM",
        (True, False): "d MMM yyyy",
        (False, False): "d MMM",
    },
    "ko": {
        (True, True): "yyyy년 M월 d일 (ddd)",
        (False, True): "M월 d일 (ddd)",
        (True, False): "yyyy년 M월 d일",
        (False, False): "M월 d일",
    },
}
TIME_PATTERN = "HH:mm"


class LocaleWords(QObject):
    """The few words with a count in them.

    They live in a QObject because pyside6-lupdate marks a plural (numerus) entry only for
    ``self.tr(text, "", n)`` inside a class: ``QCoreApplication.translate(ctx, text, None, n)``
    with a variable ``n`` is extracted as a plain string (and with ``len(x)`` not at all).
    """

    def minutes(self, n: int) -> str:
        return self.tr("%n minute(s)", "", n)

    def minutes_short(self, n: int) -> str:
        return self.tr("%n min", "", n)

    def seconds(self, n: int) -> str:
        return self.tr("%n second(s)", "", n)

    def day_time(self) -> str:
        return self.tr("%1, %2", "a date, then a time of day: 'Sat 28 Nov 2026, 14:05'")

    def week_of(self) -> str:
        return self.tr("Week of %1", "the Monday the week starts on")


@cache
def _words() -> LocaleWords:
    return LocaleWords()


def language() -> str:
    """ "ko" when the interface is Korean, else "en" (also for Qt's C locale in bare tests)."""
    return "ko" if QLocale().language() == QLocale.Language.Korean else "en"


def qlocale() -> QLocale:
    """The QLocale for the interface language, pinned to a country so numbers never change with it."""
    if language() == "ko":
        return QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def _qdate(when: date) -> QDate:
    return QDate(when.year, when.month, when.day)


def day(when: date, *, year: bool = True, weekday: bool = True) -> str:
    """A date: "Sat 28 Nov 2026" / "2026년 11월 28일 (토)"; `year`/`weekday` False for compact places."""
    return qlocale().toString(_qdate(when), _PATTERNS[language()][(year, weekday)])


_CHART_PATTERNS = {
    # (month, year) -> QLocale pattern: a chart's tick reads the way people write a short date
    "en": {(True, True): "MMM d, yyyy", (True, False): "MMM d", (False, False): "d"},
    "ko": {(True, True): "yyyy년 M월 d일", (True, False): "M월 d일", (False, False): "d일"},
}


def chart_day(when: date, *, month: bool = True, year: bool = False) -> str:
    """A chart tick: "Dec 5" / "12월 5일"; with the year "Dec 5, 2026" / "2026년 12월 5일";
    without the month the bare day "6" / "6일" (the month is on an earlier tick)."""
    return qlocale().toString(_qdate(when), _CHART_PATTERNS[language()][(month or year, year)])


def day_ticks(days: list[date]) -> list[str]:
    """Chart labels for consecutive days, one line each: the month with the first day and where
    the month changes, the bare day elsewhere ("Nov 16", "17", "Dec 1" / "11월 16일", "17일", "12월 1일")."""
    labels, month = [], None
    for when in days:
        labels.append(chart_day(when, month=(when.year, when.month) != month))
        month = (when.year, when.month)
    return labels


def year(when: date) -> str:
    """A year on its own: "2026" / "2026년" (e.g. under the first tick of a chart)."""
    return qlocale().toString(_qdate(when), "yyyy년" if language() == "ko" else "yyyy")


def time(when: datetime | dtime) -> str:
    """A time of day, 24-hour in both languages: "14:05", midnight "00:00"."""
    return qlocale().toString(QTime(when.hour, when.minute), TIME_PATTERN)


def day_time(when: datetime, *, year: bool = True) -> str:
    """ "Sat 28 Nov 2026, 14:05" / "2026년 11월 28일 (토) 14:05"."""
    return _words().day_time().replace("%1", day(when, year=year)).replace("%2", time(when))


def date_time_edit_pattern() -> str:
    """A QDateTimeEdit's pattern: "2026년 12월 08일 14:05" / "2026-12-08 14:05". Year, month, day, hour, minute
    in that order in both languages, so typing the digits fills it the same way (each section advances)."""
    return "yyyy년 MM월 dd일 HH:mm" if language() == "ko" else "yyyy-MM-dd HH:mm"


def weekday(when: date | int, *, long: bool = False) -> str:
    """A weekday from a date or an ISO weekday (1 = Monday): "Sat" / "토"; `long`: "Saturday" / "토요일"."""
    iso = when if isinstance(when, int) else when.isoweekday()
    return qlocale().dayName(iso, QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat)


def week(period: str | date, *, year: bool = True) -> str:
    """A week by its Monday: "Week of 23 Feb 2026" / "2026년 2월 23일 주".

    `period` is an ISO week ("2026-W09", as the services keep them), or any date in the week
    (a date, or its ISO text "2026-02-25").
    With `year` False the bare Monday ("23 Feb" / "2월 23일"), for chart ticks.
    """
    monday = monday_of(period)
    shown = day(monday, year=year, weekday=False)
    return _words().week_of().replace("%1", shown) if year else shown


def monday_of(period: str | date) -> date:
    """The Monday of an ISO week ("2026-W09") or of the week holding a date ("2026-02-25" too)."""
    if isinstance(period, str):
        if "-W" not in period:
            return monday_of(date.fromisoformat(period))
        return IsoWeek.parse(period).monday
    return date.fromordinal(period.toordinal() - period.weekday())


def integer(n: int) -> str:
    """ "1,234" (group separators in both languages)."""
    return qlocale().toString(int(n))


def decimal(x: float, places: int = 1) -> str:
    """ "0.25" with exactly `places` decimals."""
    return qlocale().toString(float(x), "f", places)


def percent(value: float, places: int = 0) -> str:
    """`value` already in percent (42.0 -> "42%")."""
    locale = qlocale()
    return locale.toString(float(value), "f", places) + locale.percent()


def minutes(n: int, *, short: bool = False) -> str:
    """A duration in minutes: "1 minute", "5 minutes" (short: "5 min") / "5분"."""
    return _words().minutes_short(n) if short else _words().minutes(n)


def seconds(n: int) -> str:
    """ "1 second", "20 seconds" / "20초"."""
    return _words().seconds(n)
