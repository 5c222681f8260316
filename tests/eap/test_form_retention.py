"""The request form says, before sending, how long the EAP office keeps a request (PIPA: told at collection).

The number is the org policy's ``[eap] retention_days``, the one the coordinator's inbox deletes by
(wellcare.eap.retention). Real widgets on a real vault, in English and Korean, at the
system text size and at 200%.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QScrollArea

from tests.a11y.fit import clipped, settle, sideways_scrolling, text_scale, too_wide
from tests.eap.helpers import Org
from tests.eap.ui_rig import FeatureRig
from wellcare.policy import Policy, parse
from wellcare.ui.eap.feature import EapFeature
from wellcare.ui.eap.form import RequestForm
from wellcare.ui.eap.page import EapPage
from wellcare.ui.i18n import Translations

SENTENCE = {
    "en": "The EAP office deletes what you write here {n} days after your request is closed; only its type, "
    "urgency, status and week are kept, for counting.",
    "ko": "EAP 상담실은 요청이 종료되고 {n}일이 지나면 여기에 적으신 내용을 삭제하며, 통계를 위해 요청의 유형, "
    "긴급도, 상태, 접수 주만 남겨 둡니다.",
}


def with_retention(org: Org, days: int) -> Policy:
    """The org's policy file with ``[eap] retention_days`` set, as IT would deploy it."""
    text = org.policy_path.read_text(encoding="utf-8")
    assert "[eap]" not in text  # `coordinator init` leaves it at the default
    return parse(f"{text}\n[eap]\nretention_days = {days}\n", org.policy_path)


@pytest.fixture(params=["en", "ko"])
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The app's translation for the language, installed as the app installs it (plurals need it)."""
    translations = Translations(qapp)
    translations.install(request.param)
    yield request.param
    translations.install("en")  # the default locale back to English
    translations.remove_all()


@pytest.fixture
def open_form(qtbot, org: Org) -> Iterator[Callable[[Policy, str], tuple[EapPage, RequestForm]]]:  # type: ignore[no-untyped-def]
    rigs: list[FeatureRig] = []

    def make(policy: Policy, language: str) -> tuple[EapPage, RequestForm]:
        rig = FeatureRig(qtbot, EapFeature, org.counselor_profile, org.counselor_vault, org.clock, policy, language)
        rigs.append(rig)
        page = rig.page
        assert isinstance(page, EapPage)
        page.open_form()
        settle()
        assert page.form is not None
        return page, page.form

    yield make
    for rig in rigs:
        rig.close()


@pytest.mark.parametrize("days", [None, 90], ids=["default", "90-days"])
def test_the_form_says_how_long_the_eap_office_keeps_the_request(
    open_form, org: Org, language: str, days: int | None
) -> None:
    policy = org.policy if days is None else with_retention(org, days)
    _page, form = open_form(policy, language)
    expected = SENTENCE[language].format(n=180 if days is None else days)
    assert form.retention.text() == expected
    assert form.retention.isVisible()
    # next to "who can read this", before the first question
    layout = form.layout()
    assert layout.indexOf(form.retention) == layout.indexOf(form.who) + 1
    assert form.retention.geometry().top() > form.who.geometry().top()


@pytest.mark.parametrize("scale", [1, 2], ids=["100%", "200%"])
def test_the_sentence_fits_without_scrolling_sideways(open_form, org: Org, language: str, scale: int) -> None:
    with text_scale(scale):
        page, form = open_form(with_retention(org, 90), language)
        area = page.parentWidget().parentWidget()
        assert isinstance(area, QScrollArea)
        assert form.retention.wordWrap()
        problems = clipped(page)  # every label gets the height its wrapped text needs, this one too
        assert problems == [], "\n".join(problems)
        assert not sideways_scrolling(page), too_wide(area)
        right = form.retention.mapTo(area.viewport(), QPoint(form.retention.width(), 0)).x()
        assert 0 < right <= area.viewport().width()  # the whole sentence is within the window's width
