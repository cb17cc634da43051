"""The comparison page: from a selection of the list and from a collection; its exports."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer

from casebook.gui.evidence.compare_view import PickCases

IDS = ["paris-pb", "porto-alegre-pb", "estonia-x-road"]


def test_compare_opens_from_a_three_case_selection(shown, qtbot) -> None:
    window = shown
    window.results.select_ids(IDS)
    window.results.setFocus()
    qtbot.keyClick(window.results, Qt.Key.Key_B,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    page = window.evidence.compare_page
    assert window.right.currentWidget() is page
    assert page.comparison is not None
    assert sorted(c["id"] for c in page.comparison.cases) == sorted(IDS)
    text = page.browser.toPlainText()
    assert "Paris participatory budget" in text and "Estonia X-Road" in text
    assert "★ Participatory budgeting" in text  # two of the three share it
    window.results.select_ids(IDS[:1])
    window.evidence.compare_action.trigger()  # one case: a message, the page stays
    assert "Select two to five cases" in window.status.currentMessage()


def test_compare_and_map_open_from_a_collection(window, qtbot) -> None:
    lib = window.lib
    lib.collections.create("Course")
    lib.collections.add("Course", IDS)
    window.collections.open("Course")
    page = window.collections.page
    assert page.compare.isEnabled()
    page.compare.click()
    compare = window.evidence.compare_page
    assert window.right.currentWidget() is compare
    assert [c["id"] for c in compare.comparison.cases] == IDS
    page.map.click()
    assert window.right.currentWidget() is window.evidence.map_page
    assert window.evidence.map_page.model.map.total == 3
    assert "the collection Course" in window.evidence.map_page.title.text()


def test_a_collection_of_more_than_five_asks_which_five(window, qtbot, small_library) -> None:
    from tests.helpers import write_case

    for n in range(4):
        write_case(small_library, f"extra-{n}", title=f"Extra case {n}")
    window.lib.sync()
    ids = [*IDS, *(f"extra-{n}" for n in range(4))]
    window.lib.collections.create("Big")
    window.lib.collections.add("Big", ids)

    def pick() -> None:
        dialog = window.evidence.dialog
        assert isinstance(dialog, PickCases)
        assert dialog.chosen() == ids[:5] and dialog.ok.isEnabled()
        dialog.list.item(0).setCheckState(Qt.CheckState.Unchecked)
        dialog.accept()

    QTimer.singleShot(0, pick)
    window.evidence.compare_collection(ids)
    assert [c["id"] for c in window.evidence.compare_page.comparison.cases] == ids[1:5]


def test_export_writes_a_pdf_html_and_markdown(window, tmp_path: Path) -> None:
    assert window.evidence.compare(IDS)
    pdf = tmp_path / "comparison.pdf"
    assert window.evidence.export_comparison(pdf)
    text = " ".join("".join(p.extract_text() for p in PdfReader(str(pdf)).pages).split())
    assert "Paris participatory budget" in text and "Estonia X-Road" in text
    html = tmp_path / "comparison.html"
    assert window.evidence.export_comparison(html)
    assert "<table>" in html.read_text(encoding="utf-8")
    md = tmp_path / "comparison.md"
    assert window.evidence.export_comparison(md)
    assert md.read_text(encoding="utf-8").startswith("| ")
