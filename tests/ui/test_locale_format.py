"""Dates, times, numbers and plurals in each language's one convention, in the functions and in real widgets."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from PySide6.QtWidgets import QLabel

from wellcare.programs.model import Evidence, Program, ProgramSession
from wellcare.programs.offers import Offer
from wellcare.ui import locale_format as fmt
from wellcare.ui.i18n import Translations

KST = timezone(timedelta(hours=9))
SATURDAY = datetime(2026, 11, 28, 14, 5, tzinfo=KST)


@pytest.fixture(params=["en", "ko"])
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    translations = Translations(qapp)
    translations.install(request.param)
    yield request.param
    translations.install("en")
    translations.remove_all()


@pytest.fixture
def korean(qapp) -> Iterator[Translations]:  # type: ignore[no-untyped-def]
    translations = Translations(qapp)
    translations.install("ko")
    yield translations
    translations.install("en")
    translations.remove_all()


def by_language(language: str, en: object, ko: object) -> object:
    return en if language == "en" else ko


# -- the functions -------------------------------------------------------------------------------


def test_a_day_a_time_and_both(language: str) -> None:
    assert fmt.language() == language
    assert fmt.day(SATURDAY) == by_language(language, "Sat 28 Nov 2026", "2026년 11월 28일 (토)")
    assert fmt.day(SATURDAY, year=False) == by_language(language, "Sat 28 Nov", "11월 28일 (토)")
    assert fmt.day(SATURDAY.date(), year=False, weekday=False) == by_language(language, "28 Nov", "11월 28일")
    assert fmt.time(SATURDAY) == "14:05"  # 24-hour in both languages
    assert fmt.day_time(SATURDAY) == by_language(language, "Sat 28 Nov 2026, 14:05", "2026년 11월 28일 (토) 14:05")
    assert fmt.weekday(SATURDAY) == fmt.weekday(6) == by_language(language, "Sat", "토")
    assert fmt.weekday(7, long=True) == by_language(language, "Sunday", "일요일")


def test_the_wall_clock_time_is_shown_as_given_not_converted() -> None:
    utc = datetime(2026, 11, 28, 5, 5, tzinfo=UTC)  # 14:05 in Seoul
    assert fmt.time(utc) == "05:05" and fmt.time(utc.astimezone(KST)) == "14:05"


def test_midnight_is_the_start_of_the_new_day(language: str) -> None:
    midnight = datetime(2026, 1, 1, 0, 0, tzinfo=KST)
    assert fmt.time(midnight) == "00:00"
    assert fmt.time(midnight - timedelta(minutes=1)) == "23:59"
    assert fmt.day_time(midnight) == by_language(language, "Thu 1 Jan 2026, 00:00", "2026년 1월 1일 (목) 00:00")


def test_the_year_changes_with_the_day_and_a_week_keeps_its_monday(language: str) -> None:
    assert fmt.day(date(2025, 12, 31)) == by_language(language, "Wed 31 Dec 2025", "2025년 12월 31일 (수)")
    assert fmt.day(date(2026, 1, 1)) == by_language(language, "Thu 1 Jan 2026", "2026년 1월 1일 (목)")
    # ISO week 1 of 2026 starts on Monday 29 December 2025
    assert (
        fmt.monday_of("2026-W01")
        == fmt.monday_of(date(2026, 1, 1))
        == fmt.monday_of("2026-01-04")
        == date(2025, 12, 29)
    )
    assert fmt.monday_of("2020-W53") == date(2020, 12, 28)
    assert fmt.week("2026-W01") == by_language(language, "Week of 29 Dec 2025", "2025년 12월 29일 주")
    assert fmt.week("2026-W09", year=False) == by_language(language, "23 Feb", "2월 23일")


def test_numbers(language: str) -> None:
    assert fmt.integer(0) == "0" and fmt.integer(1234567) == "1,234,567"
    assert fmt.decimal(0.8, 3) == "0.800" and fmt.decimal(2.25, 1) in ("2.2", "2.3")
    assert fmt.percent(42.4) == "42%" and fmt.percent(0) == "0%" and fmt.percent(12.5, 1) == "12.5%"


@pytest.mark.parametrize(
    ("n", "en_minutes", "en_seconds"),
    [(0, "0 minutes", "0 seconds"), (1, "1 minute", "1 second"), (2, "2 minutes", "2 seconds")],
)
def test_durations_count_in_each_language(language: str, n: int, en_minutes: str, en_seconds: str) -> None:
    assert fmt.minutes(n) == by_language(language, en_minutes, f"{n}분")
    assert fmt.seconds(n) == by_language(language, en_seconds, f"{n}초")
    assert fmt.minutes(n, short=True) == by_language(language, f"{n} min", f"{n}분")


def test_break_lengths_in_words(language: str) -> None:
    from wellcare.ui.breaks.texts import duration_words

    assert duration_words(timedelta(seconds=90)) == by_language(language, "90 seconds", "90초")
    assert duration_words(timedelta(seconds=60)) == by_language(language, "1 minute", "1분")
    assert duration_words(timedelta(minutes=15)) == by_language(language, "15 minutes", "15분")


def test_chart_day_ticks_carry_the_year_where_it_changes(language: str) -> None:
    from matplotlib import dates as mdates

    from wellcare.ui.assess.plot import DayTicks

    days = [datetime(2025, 12, 22), datetime(2025, 12, 29), datetime(2026, 1, 5)]
    ticks = DayTicks().format_ticks([mdates.date2num(d) for d in days])
    assert ticks == by_language(
        language, ["Dec 22, 2025", "Dec 29", "Jan 5, 2026"], ["2025년 12월 22일", "12월 29일", "2026년 1월 5일"]
    )


# -- in real widgets -----------------------------------------------------------------------------


def program(sessions: int) -> Program:
    return Program(
        id=f"p{sessions}",
        version="1",
        languages=("en", "ko"),
        title={"en": "Calm", "ko": "평온"},
        summary={"en": "A program.", "ko": "프로그램."},
        sessions=tuple(ProgramSession(i, "paced_breathing", {"en": f"S{i}"}, {"en": ""}) for i in range(sessions)),
        evidence=Evidence({"en": "Because."}, ()),
    )


def card_texts(qtbot, sessions: int, language: str) -> list[str]:  # type: ignore[no-untyped-def]
    from wellcare.ui.programs.cards import ProgramCard

    card = ProgramCard(program(sessions), [10] * sessions, language, can_start=True)
    qtbot.addWidget(card)
    return [label.text() for label in card.findChildren(QLabel)]


def test_a_program_card_counts_sessions_in_english(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    assert "1 session · 10 min" in card_texts(qtbot, 1, "en")
    assert "3 sessions · 10 min each" in card_texts(qtbot, 3, "en")
    assert not any("(s)" in t for t in card_texts(qtbot, 2, "en"))


def test_a_program_card_counts_sessions_in_korean(qtbot, korean) -> None:  # type: ignore[no-untyped-def]
    assert "세션 1회 · 회당 10분" in card_texts(qtbot, 1, "ko")
    assert "세션 3회 · 회당 10분" in card_texts(qtbot, 3, "ko")


def offer() -> Offer:
    return Offer.from_payload(
        {
            "format": 1,
            "offer_id": "forest",
            "revision": 1,
            "kind": "outing",
            "title": {"en": "Forest day", "ko": "숲 나들이"},
            "description": {"en": "A day out.", "ko": "하루 나들이."},
            "dates": [
                {"start": "2025-12-31T22:00:00+09:00", "end": "2026-01-01T00:30:00+09:00"},
                {"start": "2026-01-03T10:00:00+09:00", "end": "2026-01-03T16:00:00+09:00"},
            ],
            "enroll_by": "2025-12-20T18:00:00+09:00",
        }
    )


def offer_texts(qtbot, language: str) -> list[str]:  # type: ignore[no-untyped-def]
    from wellcare.ui.programs.cards import OfferCard

    card = OfferCard(offer(), language, datetime(2025, 12, 1, 9, 0, tzinfo=KST), enrolled=False, busy=False)
    qtbot.addWidget(card)
    return [label.text() for label in card.findChildren(QLabel)]


def test_offer_dates_on_a_card_in_english(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    texts = offer_texts(qtbot, "en")
    assert "Wed 31 Dec 2025, 22:00 – Thu 1 Jan 2026, 00:30" in texts  # over midnight and the year
    assert "Sat 3 Jan 2026, 10:00–16:00" in texts
    assert "Enroll by Sat 20 Dec 2025, 18:00" in texts


def test_offer_dates_on_a_card_in_korean(qtbot, korean) -> None:  # type: ignore[no-untyped-def]
    texts = offer_texts(qtbot, "ko")
    assert "2025년 12월 31일 (수) 22:00 – 2026년 1월 1일 (목) 00:30" in texts
    assert "2026년 1월 3일 (토) 10:00–16:00" in texts


def test_chart_day_ticks_name_the_month_only_where_it_changes(language: str) -> None:
    """One line each, as people write a short date: "Nov 29" / "11월 29일" (never "29일\n11월")."""
    days = [date(2026, 11, 29) + timedelta(days=i) for i in range(4)]  # 29, 30 Nov, 1, 2 Dec
    assert fmt.day_ticks(days) == by_language(
        language,
        ["Nov 29", "30", "Dec 1", "2"],
        ["11월 29일", "30일", "12월 1일", "2일"],
    )
    assert fmt.chart_day(date(2026, 12, 5), year=True) == by_language(language, "Dec 5, 2026", "2026년 12월 5일")
