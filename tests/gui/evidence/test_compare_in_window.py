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


def test_a_cell_of_a_collections_map_filters_and_selects_its_cases(shown, qtbot) -> None:
    from tests.helpers import result_ids

    window = shown
    window.lib.collections.create("Course")
    window.lib.collections.add("Course", ["paris-pb", "estonia-x-road"])
    window.collections.open("Course")
    window.collections.page.map.click()
    page = window.evidence.map_page
    assert page.model.map.total == 2
    rows = [t.id for t in page.model.map.row_terms]
    cols = [t.id for t in page.model.map.col_terms]
    index = page.model.index(rows.index("low-civic-engagement"),
                             cols.index("participatory-budgeting"))
    with qtbot.waitSignal(window.results_shown, timeout=10_000):
        page.grid.clicked.emit(index)
    assert sorted(result_ids(window)) == ["paris-pb", "porto-alegre-pb"]  # the library's
    assert window.results.selected_ids() == ["paris-pb"]  # the collection's
    assert "the 1 of the collection Course is selected" in window.status.currentMessage()


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


def test_rows_collapse_and_more_opens_a_section_in_place(qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import QUrl

    from casebook.library import Library
    from tests.helpers import running_window, write_case

    folder = tmp_path / "cases"
    write_case(folder, "long-one", title="Long one",
               body="The opening paragraph.\n\nA second paragraph about zebra crossings.")
    write_case(folder, "short-one", title="Short one", body="Only one paragraph.")
    lib = Library(tmp_path / "data", [str(folder)])
    lib.sync()
    with running_window(qtbot, lib) as window:
        assert window.evidence.compare(["long-one", "short-one"])
        tabs = window.right_pane.tabs
        assert tabs.tabText(tabs.currentIndex()) == "Comparison"
        page = window.evidence.compare_page
        text = page.browser.toPlainText()
        assert "The opening paragraph. more" in text and "zebra" not in text
        page.browser.anchorClicked.emit(QUrl("casebook:more/0/section:Context"))
        text = page.browser.toPlainText()
        assert "A second paragraph about zebra crossings." in text and "less" in text
        page.browser.anchorClicked.emit(QUrl("casebook:more/0/section:Context"))
        assert "zebra" not in page.browser.toPlainText()
        assert "Only one paragraph." in page.browser.toPlainText()
        page.browser.anchorClicked.emit(QUrl("casebook:row/section:Context"))
        text = page.browser.toPlainText()
        assert "▸ Context" in text and "Only one paragraph." not in text
        page.browser.anchorClicked.emit(QUrl("casebook:row/section:Context"))
        assert "Only one paragraph." in page.browser.toPlainText()
        page.wide_button.click()  # the table takes the list's room, until the reader shows
        assert not window.stack.isVisibleTo(window) and page.wide_button.isChecked()
        window.evidence.show_reader()
        assert window.stack.isVisibleTo(window) and not page.wide_button.isChecked()
        window.right.setCurrentWidget(page)
        page.close_button.click()
        assert window.right.currentWidget() is window.evidence.map_page
        assert not tabs.isTabVisible(window.right_pane.pages.index(page))
