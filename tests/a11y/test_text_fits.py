"""No clipped text, no sideways scrolling: every page and the main dialogs, both roles, English and
Korean, at the system text size and at 200%; and the pseudo-locale that lengthens every string.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from tests.a11y.fit import clipped, settle, sideways_scrolling, text_scale, too_wide
from tests.ui.conftest import demo_app_args
from wellcare.app import WellCareApp
from wellcare.demo import build_demo
from wellcare.ui.i18n import pseudo_lengthen


@pytest.fixture(scope="module")
def demo_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("demo")
    build_demo(root, counselors=30, weeks=4, seed=5)
    return root


def start(demo_root: Path, role: str, lang: str) -> WellCareApp:
    args = demo_app_args(demo_root, role, lang)
    app = WellCareApp(args, QApplication.instance())
    assert app.start()
    assert app.window is not None
    app.window.resize(980, 680)  # a little under the default size, on a 1280 x 800 screen
    return app


@pytest.fixture
def running(demo_root: Path, request: pytest.FixtureRequest) -> Iterator[WellCareApp]:
    role, lang = request.param
    app = start(demo_root, role, lang)
    yield app
    app.shutdown()


def page_problems(app: WellCareApp) -> list[str]:
    window = app.window
    assert window is not None
    problems: list[str] = []
    for key in window.page_keys():
        window.show_page(key)
        settle()
        page = window.stack.currentWidget()
        problems += [f"{key}: {problem}" for problem in clipped(page)]
        if sideways_scrolling(page):
            problems.append(f"{key}: scrolls sideways because of {too_wide(page)}")
    return problems


def top_level(name: str) -> QWidget:
    found = [w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()]
    assert found, name
    return found[0]


ROLES_AND_LANGUAGES = [(role, lang) for role in ("counselor", "coordinator") for lang in ("en", "ko")]


@pytest.mark.parametrize("scale", [1, 2], ids=["100%", "200%"])
@pytest.mark.parametrize("running", ROLES_AND_LANGUAGES, indirect=True, ids="-".join)
def test_every_page_fits(qtbot, running: WellCareApp, scale: int) -> None:  # type: ignore[no-untyped-def]
    with text_scale(scale):
        assert page_problems(running) == []


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_counselor_dialogs_fit_at_200_percent(qtbot, demo_root: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    with text_scale(2):
        app = start(demo_root, "counselor", lang)
        try:
            features = {type(f).__name__: f for f in app.features}
            caps = app.features[0].ctx.capabilities
            dialog = features["IncidentsFeature"].open_hard_call()
            assert clipped(dialog) == []
            dialog.close()

            assert caps.eap_requests is not None
            caps.eap_requests.open_request("counseling")
            settle()
            window = app.window
            assert window is not None and window.current_page() == "eap"
            page = window.stack.currentWidget()
            assert clipped(page) == []
            assert not sideways_scrolling(page), too_wide(page)

            popup = features["AssessFeature"].open_checkin()
            assert popup is not None
            assert clipped(popup) == []
            popup.close()

            assert caps.protected_break is not None
            caps.protected_break.start_protected_break(15, "decompression", "text size check")
            overlay = top_level("break-overlay")
            overlay.resize(1280, 800)  # an ordinary screen; the offscreen one is smaller
            problems = clipped(overlay)
            assert problems == [], "\n".join(problems)
            for widget in QApplication.topLevelWidgets():
                if widget.objectName() == "break-overlay":
                    widget.close()
        finally:
            app.shutdown()


def test_pseudo_locale_lengthens_every_string_and_still_fits(qtbot, demo_root: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("WELLCARE_PSEUDO", "1")
    app = start(demo_root, "counselor", "en")
    try:
        window = app.window
        assert window is not None
        titles = [window.nav.item(row).text() for row in range(window.nav.count())]
        assert all(title.startswith("[") and "·" in title for title in titles), titles
        # Qt's own strings are not ours to lengthen, and must not be blanked either
        assert QCoreApplication.translate("QDialogButtonBox", "Cancel") in ("Cancel", "&Cancel")
        assert page_problems(app) == []
    finally:
        app.shutdown()


def test_pseudo_lengthening_keeps_placeholders_and_markup() -> None:
    text = "Only %s can read <b>this</b> request (key %1), {name}."
    longer = pseudo_lengthen(text)
    for kept in ("%s", "<b>this</b>", "%1),", "{name}."):
        assert kept in longer
    assert longer.replace("·", "") == text
    plain = "Take a short break and stretch your shoulders"
    assert len(pseudo_lengthen(plain)) >= len(plain) * 1.35  # about as much longer as a translation
