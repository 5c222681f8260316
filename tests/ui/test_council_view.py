"""The council view shows the three demo centres side by side, marks hidden cells, and exports."""

from __future__ import annotations

from pathlib import Path

from tests.council.conftest import Built
from tests.council.conftest import council_demo as council_demo  # the module-scoped demo fixture
from wellcare.app import features_for
from wellcare.council.service import CouncilDesk
from wellcare.ui.council.feature import CouncilFeature
from wellcare.ui.council.page import CouncilPage


def test_the_council_page_shows_centres_and_combined_with_hidden_cells_marked(
        qtbot, council_demo: Built, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert features_for("council") == (CouncilFeature,)
    vault = council_demo.council_vault()
    try:
        page = CouncilPage(CouncilDesk(vault), "en")
        qtbot.addWidget(page)
        headers = [page.table.horizontalHeaderItem(c).text() for c in range(page.table.columnCount())]
        assert len(headers) == 4 and headers[-1] == "Combined"
        assert page.quarter.currentText() == "2026-Q4"
        rows = [page.table.verticalHeaderItem(r).text() for r in range(page.table.rowCount())]
        assert "Hard calls per 100 counselor-weeks" in rows and "Hard calls: verbal abuse" not in rows
        texts = [page.table.item(r, c).text() for r in range(page.table.rowCount()) for c in range(4)]
        assert "hidden" in texts  # the demo's few EAP requests stay hidden
        rate = page.table.item(rows.index("Hard calls per 100 counselor-weeks"), 3).text()
        assert "[" in rate and "–" in rate  # an interval beside every estimate
        assert "Hard calls: verbal abuse" in page.legend.text()  # named as not collected
        page.export_to(tmp_path / "c.pdf")
        assert (tmp_path / "c.pdf").read_bytes().startswith(b"%PDF")
        korean = CouncilPage(CouncilDesk(vault), "ko")
        qtbot.addWidget(korean)
        assert "합계" in [korean.table.horizontalHeaderItem(c).text() for c in range(4)]
    finally:
        vault.close()
