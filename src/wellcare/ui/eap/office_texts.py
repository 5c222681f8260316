"""The sentences that say what the EAP office has stated: its hours, whether it is open now, how soon
it calls back an urgent request, and the limits of confidentiality. Shared by the safety panel and
the urgent request form, so both promise exactly the same (and nothing the policy does not say).

Times are read in the injected clock's own zone: the office's hours are local to the organisation.
"""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QCoreApplication, QObject

from wellcare.eap.office import EapOffice
from wellcare.ui import locale_format as fmt


class OfficePlurals(QObject):
    """lupdate finds plural sentences only in tr() calls, so the one with a count lives here."""

    def response_promise(self, hours: int) -> str:
        return self.tr("The EAP office calls back urgent requests within %n hour(s), in its office hours.", "", hours)


def _span(hours: tuple[time, time]) -> str:
    closes = "24:00" if hours[1] == time.max else fmt.time(hours[1])
    return f"{fmt.time(hours[0])}–{closes}"


def hours_summary(office: EapOffice) -> str:
    """ "Office hours: Mon–Fri 09:00–18:00; Sat 10:00–13:00", or "" when the policy states none."""
    if not office.hours_stated:
        return ""
    groups: list[tuple[int, int, tuple[time, time]]] = []  # (first day, last day, hours)
    for day, hours in office.hours.items():
        if groups and groups[-1][1] == day - 1 and groups[-1][2] == hours:
            groups[-1] = (groups[-1][0], day, hours)
        else:
            groups.append((day, day, hours))
    parts = []
    for first, last, hours in groups:
        days = fmt.weekday(first) if first == last else f"{fmt.weekday(first)}–{fmt.weekday(last)}"
        parts.append(f"{days} {_span(hours)}")
    return QCoreApplication.translate("EapOffice", "EAP office hours: %s.") % "; ".join(parts)


def _when(moment: datetime, now: datetime) -> str:
    days = (moment.date() - now.date()).days
    clock = fmt.time(moment)
    if days == 0:
        return QCoreApplication.translate("EapOffice", "today at %s") % clock
    if days == 1:
        return QCoreApplication.translate("EapOffice", "tomorrow at %s") % clock
    return (
        QCoreApplication.translate("EapOffice", "on %1 at %2")
        .replace("%1", fmt.weekday(moment.date(), long=True))
        .replace("%2", clock)
    )


def open_now(office: EapOffice, now: datetime) -> str:
    """Whether the office is open at ``now``, plainly; "" when the policy states no hours."""
    if not office.hours_stated:
        return ""
    closes = office.closes_at(now)
    if closes is not None:
        until = "24:00" if closes == time.max else fmt.time(closes)
        return QCoreApplication.translate("EapOffice", "The EAP office is open now, until %s.") % until
    opens = office.next_opening(now)
    if opens is None:
        return QCoreApplication.translate("EapOffice", "The EAP office is closed now.")
    return QCoreApplication.translate("EapOffice", "The EAP office is closed now. It opens again %s.") % _when(
        opens, now
    )


def closed_now(office: EapOffice, now: datetime) -> bool:
    """Outside the stated hours (False when none are stated: then nothing is said about time)."""
    return office.hours_stated and not office.is_open(now)


def response_promise(office: EapOffice) -> str:
    """How soon an urgent request is called back, only as the policy states it; "" otherwise."""
    if office.urgent_response_hours <= 0:
        return ""
    return OfficePlurals().response_promise(office.urgent_response_hours)


def phone_line(office: EapOffice) -> str:
    return QCoreApplication.translate("EapOffice", "EAP office phone: %s") % office.phone if office.phone else ""


def confidentiality_limits() -> str:
    """What stays confidential, and the one exception, said before anything is asked for."""
    return QCoreApplication.translate(
        "EapOffice",
        "What you tell the EAP office stays confidential. Only if they believe your life, or someone "
        "else's, is in immediate danger may they contact emergency services to keep you safe.",
    )


def office_lines(office: EapOffice, now: datetime) -> str:
    """Hours, open or closed now, the response time and the phone: what the policy states, one text."""
    return " ".join(t for t in (hours_summary(office), open_now(office, now), response_promise(office),
                                phone_line(office)) if t)  # fmt: skip
