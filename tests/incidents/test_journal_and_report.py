"""The incident journal: list, edit, delete after asking, choose, and an evidence report saved only where asked."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from tests.incidents.pdftext import extract_text, page_count
from wellcare.incidents import build_report
from wellcare.schedule.clock import ManualClock
from wellcare.ui.incidents import journal
from wellcare.ui.incidents.feature import IncidentsFeature
from wellcare.ui.incidents.journal import JournalPage
from wellcare.ui.incidents.report_pdf import report_html


@pytest.fixture
def page(qtbot, feature: IncidentsFeature, clock: ManualClock) -> JournalPage:  # type: ignore[no-untyped-def]
    store = feature.store()
    store.log("verbal_abuse", "shaken", "He swore at me for five minutes, then hung up.", "CR-1001")
    clock.advance(3600)
    store.log("threat", "afraid", "PDFMARK-7QX said he would come to the office", "CR-1002")
    clock.advance(3600)
    store.log("other", "okay", "UNCHOSEN-9ZZ nothing to report")
    page = JournalPage(feature)
    qtbot.addWidget(page)
    page.show()
    return page


def _check(page: JournalPage, row: int) -> None:
    index = page.model.index(row, 0)
    assert page.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)


def test_lists_newest_first_with_date_kind_effect_and_a_note_preview(page: JournalPage) -> None:
    model = page.model
    assert model.rowCount() == 3 and model.columnCount() == 5
    rows = [[model.index(r, c).data() for c in range(5)] for r in range(3)]
    assert rows[0][:3] == ["Thu 12 Mar 2026, 16:30", "Something else", "Okay for now"]
    assert rows[2] == [
        "Thu 12 Mar 2026, 14:30",
        "Verbal abuse",
        "Shaken",
        "He swore at me for five minutes, then hung up.",
        "CR-1001",
    ]
    assert not page.empty.isVisible() and page.table.isVisible()
    assert not page.report_button.isEnabled() and not page.edit_button.isEnabled()


def test_empty_journal_says_what_to_do(qtbot, feature: IncidentsFeature) -> None:  # type: ignore[no-untyped-def]
    page = JournalPage(feature)
    qtbot.addWidget(page)
    page.show()
    assert page.empty.isVisible() and not page.table.isVisible()
    assert "Ctrl+Shift+H" in page.hard_call_button.toolTip()


def test_long_notes_are_previewed_on_one_line() -> None:
    assert journal.preview("a\nb") == "a b"
    long = journal.preview("word " * 40)
    assert len(long) == journal.NOTE_PREVIEW and long.endswith("…")


def test_edit_the_note_and_call_reference(
    page: JournalPage, feature: IncidentsFeature, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.table.selectRow(2)
    assert page.edit_button.isEnabled()

    def fill_and_accept(dialog: journal.EditIncidentDialog) -> int:
        assert dialog.note.toPlainText().startswith("He swore")
        dialog.note.setPlainText("Edited note")
        dialog.call_ref.setText("CR-1001-b")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(journal.EditIncidentDialog, "exec", fill_and_accept)
    page.edit_button.click()
    edited = next(i for i in feature.store().all() if i.call_ref == "CR-1001-b")
    assert edited.note == "Edited note" and edited.edited_at is not None
    assert page.model.index(2, 3).data() == "Edited note"
    assert page.current() is not None and page.current().id == edited.id  # selection kept


def test_delete_asks_first(page: JournalPage, feature: IncidentsFeature, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.support.confirm import answer_confirmations

    asked = answer_confirmations(monkeypatch, False, True)
    page.table.selectRow(0)
    page.delete_button.click()
    assert len(asked) == 1 and "cannot be undone" in asked[0].text
    # the buttons say what they do, and the safe one is the default (Enter never deletes)
    assert (asked[0].act, asked[0].keep, asked[0].default_is_keep) == ("Delete", "Keep", True)
    assert feature.store().count() == 3
    page.delete_button.click()
    assert feature.store().count() == 2 and page.model.rowCount() == 2
    assert all(i.kind != "other" for i in feature.store().all())


def test_evidence_report_only_the_chosen_only_where_asked(
    page: JournalPage, feature: IncidentsFeature, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _check(page, 1)  # the threat
    _check(page, 2)  # the verbal abuse
    assert page.report_button.isEnabled() and "2" in page.chosen_label.text()
    target = tmp_path / "chosen place" / "evidence"  # no suffix: .pdf is added
    target.parent.mkdir()
    asked: list[str] = []

    def get_save_file_name(parent, caption, directory, filter_text):  # type: ignore[no-untyped-def]
        asked.append(directory)
        return str(target), filter_text

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    before = {p for p in tmp_path.rglob("*")}
    page.report_button.click()
    saved = target.with_name("evidence.pdf")
    assert asked and asked[0].endswith("hard-call-report-2026-03-12.pdf")
    assert {p for p in tmp_path.rglob("*")} - before == {saved}  # one new file, where asked
    pdf = saved.read_bytes()
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF") and page_count(pdf) >= 1
    text = extract_text(pdf)
    assert "PDFMARK-7QX" in text and "CR-1002" in text and "CR-1001" in text
    assert "UNCHOSEN-9ZZ" not in text
    assert "at the counselor's request" in text
    assert "Thu 12 Mar 2026, 14:30:05 (UTC+09:00)" in text and "Thu 12 Mar 2026, 15:30:05 (UTC+09:00)" in text
    assert page.saved_label.text() == f"Report saved: {saved}"
    assert feature.ctx.notifier.history == []  # no balloon that a neighbour could read


def test_report_content_in_time_order_with_break_and_edit_times(  # type: ignore[no-untyped-def]
    feature: IncidentsFeature, clock: ManualClock, english
) -> None:
    store = feature.store()
    a = store.log("threat", "afraid", "line one\nline <two> & more", "CR-1")
    store.set_break(a.id, 15)
    clock.advance(120)
    store.update(a.id, note="line one\nline <two> & more, edited")
    html = report_html(build_report(store, [a.id], clock.now()))
    assert "line one<br>line &lt;two&gt; &amp; more, edited" in html
    assert "15 minutes" in html and "Note last edited" in html and "Thu 12 Mar 2026, 14:32:05 (UTC+09:00)" in html


def test_cancelled_save_writes_nothing(page: JournalPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _check(page, 0)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    before = {p for p in tmp_path.rglob("*")}
    page.report_button.click()
    assert {p for p in tmp_path.rglob("*")} == before


def test_unwritable_place_is_explained(page: JournalPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _check(page, 0)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "missing-folder" / "r.pdf"), ""))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warned.append(text))
    page.report_button.click()
    assert warned and "could not be saved" in warned[0]
    assert not (tmp_path / "missing-folder").exists()


def test_choose_all_toggles(page: JournalPage) -> None:
    page.all_button.click()
    assert len(page.model.chosen_ids()) == 3 and page.all_button.text() == "Choose none"
    page.all_button.click()
    assert page.model.chosen_ids() == [] and not page.report_button.isEnabled()


def test_services_offer_counts_and_summaries_without_notes(page: JournalPage, feature: IncidentsFeature) -> None:
    counts = feature.ctx.capabilities.hard_call_counts
    assert counts is feature.service and feature.ctx.capabilities.incident_summaries is feature
    assert counts.weekly_counts(2) == [("2026-W10", 0), ("2026-W11", 3)]
    assert counts.count_in_week("2026-W11") == 3 and counts.count_in_week("2026-W10") == 0
    summaries = feature.summaries()
    assert [text for _id, text in summaries] == [
        "Thu 12 Mar 2026, 16:30 · Something else · Okay for now",
        "Thu 12 Mar 2026, 15:30 · Threat · Afraid",
        "Thu 12 Mar 2026, 14:30 · Verbal abuse · Shaken",
    ]
    assert all("CR-" not in text and "PDFMARK" not in text for _id, text in summaries)
    assert {i for i, _ in summaries} == {i.id for i in feature.store().all()}


def test_adding_pdf_to_the_name_asks_before_replacing_a_file(
    page: JournalPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _check(page, 0)
    existing = tmp_path / "mine.pdf"
    existing.write_bytes(b"keep me")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "mine"), ""))
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: answers.pop(0))
    page.report_button.click()
    assert existing.read_bytes() == b"keep me" and page.saved_label.text() == ""
    page.report_button.click()
    assert existing.read_bytes().startswith(b"%PDF-") and answers == []


def _click_row(qtbot, page: JournalPage, row: int) -> None:  # type: ignore[no-untyped-def]
    rect = page.table.visualRect(page.model.index(row, 2))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_one_way_to_choose_rows_a_click_ticks_and_a_tick_highlights(qtbot, page: JournalPage) -> None:  # type: ignore[no-untyped-def]
    selected = lambda: sorted(i.row() for i in page.table.selectionModel().selectedRows())  # noqa: E731
    _click_row(qtbot, page, 1)
    assert page.model.chosen_ids() == [page.model.rows[1].id] and selected() == [1]  # the click ticked the row
    assert page.edit_button.isEnabled() and page.delete_button.isEnabled() and page.report_button.isEnabled()
    _check(page, 0)  # the box of another row: that row lights up too, the first stays chosen
    assert selected() == [0, 1] and len(page.model.chosen_ids()) == 2
    assert not page.edit_button.isEnabled() and not page.delete_button.isEnabled()  # which one? neither
    assert page.report_button.isEnabled() and "Chosen: 2" in page.chosen_label.text()
    _click_row(qtbot, page, 1)  # a second click unticks it
    assert page.model.chosen_ids() == [page.model.rows[0].id] and selected() == [0]
    page.all_button.click()
    assert selected() == [0, 1, 2]
    page.all_button.click()
    assert selected() == [] and page.model.chosen_ids() == []


def test_the_evidence_report_keeps_each_incident_on_one_page_with_room_for_the_employer(  # type: ignore[no-untyped-def]
    feature: IncidentsFeature, clock: ManualClock, english
) -> None:
    from wellcare.ui.incidents.report_pdf import printable_area, report_document, table_pages, tables

    store = feature.store()
    ids = []
    for i in range(8):  # notes of different lengths: without care a table would straddle a page break
        note = "He shouted and swore and said he knew where the office is. " * (6 + 9 * (i % 3))
        ids.append(store.log("verbal_abuse", "shaken", note, f"CR-{i}").id)
        clock.advance(3600)
    report = build_report(store, ids, clock.now())
    document = report_document(report, None, printable_area())
    found = tables(document)
    assert len(found) == 9  # eight incidents and the employer's section
    pages = [table_pages(document, table) for table in found]
    assert all(first == last for first, last in pages), pages  # no table split across two pages
    assert pages[-1][0] >= 1  # the report did run over several pages
    html = report_html(report)
    assert "Name and department (optional)" in html and "Measures requested (optional" in html
