"""The evidence map in the window: the right pane's home page, live on the search."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from casebook.gui.evidence.map_view import MapPage


def cell_index(page: MapPage, row: str, col: str):  # type: ignore[no-untyped-def]
    assert page.model.map is not None
    rows = [t.id for t in page.model.map.row_terms]
    cols = [t.id for t in page.model.map.col_terms]
    return page.model.index(rows.index(row), cols.index(col))


def test_the_map_is_the_home_page_and_follows_the_search(window, qtbot) -> None:
    page = window.evidence.map_page
    assert window.right.currentWidget() is page
    assert page.model.map is not None and page.model.map.total == 3
    assert page.model.data(cell_index(page, "low-civic-engagement",
                                      "participatory-budgeting")) == "2"
    assert "3 cases (the whole library)" in page.title.text()
    with qtbot.waitSignal(window.results_shown, timeout=10_000):
        window.browser.set_query("Paris")
    qtbot.waitUntil(lambda: page.model.map.total == 1)  # drawn once the list is shown
    assert "(the current search and filters)" in page.title.text()


def test_a_case_takes_the_pane_and_ctrl_m_brings_the_map_back(shown, qtbot) -> None:
    window = shown
    window.browser.open_case("paris-pb")
    assert window.right.currentWidget() is window.reader
    qtbot.keyClick(window.results, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert window.right.currentWidget() is window.evidence.map_page
    assert window.reader.case["id"] == "paris-pb"  # the case is still there to go back to
    window.reader.clear()  # e.g. Back to a step without a case
    assert window.right.currentWidget() is window.evidence.map_page


def test_the_map_and_case_tabs_switch_the_pane_and_follow_it(shown, qtbot) -> None:
    window = shown
    tabs = window.right_pane.tabs
    labels = [tabs.tabText(i) for i in range(tabs.count()) if tabs.isTabVisible(i)]
    assert labels == ["Map", "Case"]  # no comparison yet, so no Comparison tab
    assert tabs.tabText(tabs.currentIndex()) == "Map"
    window.browser.open_case("paris-pb")
    assert tabs.tabText(tabs.currentIndex()) == "Case"
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(0).center())
    assert window.right.currentWidget() is window.evidence.map_page
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(1).center())
    assert window.right.currentWidget() is window.reader
    assert window.reader.case["id"] == "paris-pb"


def test_clicking_a_cell_sets_the_two_filters(window, qtbot) -> None:
    window.show()
    page = window.evidence.map_page
    index = cell_index(page, "low-civic-engagement", "participatory-budgeting")
    page.grid.scrollTo(index)
    with qtbot.waitSignal(window.results_shown, timeout=10_000):
        qtbot.mouseClick(page.grid.viewport(), Qt.MouseButton.LeftButton,
                         pos=page.grid.visualRect(index).center())
    assert window.browser.state.filters.terms == {
        "challenges": ["low-civic-engagement"], "strategies": ["participatory-budgeting"]}
    assert sorted(window.results_model.hit(r).id for r in range(
        window.results_model.rowCount())) == ["paris-pb", "porto-alegre-pb"]
    qtbot.waitUntil(lambda: page.model.map.total == 2)


def test_the_keyboard_moves_across_cells_in_the_window(window, qtbot) -> None:
    window.show()
    page = window.evidence.map_page
    start = cell_index(page, "low-civic-engagement", "interoperability")
    target = cell_index(page, "legacy-systems", "interoperability")
    page.grid.setFocus()
    page.grid.setCurrentIndex(start)
    step = Qt.Key.Key_Down if target.row() > start.row() else Qt.Key.Key_Up
    for _ in range(abs(target.row() - start.row())):
        qtbot.keyClick(page.grid, step)
    assert page.grid.currentIndex() == target
    with qtbot.waitSignal(window.results_shown, timeout=10_000):
        qtbot.keyClick(page.grid, Qt.Key.Key_Return)
    assert window.browser.state.filters.terms == {
        "challenges": ["legacy-systems"], "strategies": ["interoperability"]}


def test_wide_view_takes_the_list_room_and_gives_it_back(window, qtbot) -> None:
    window.show()
    page = window.evidence.map_page
    before = page.width()
    page.wide_button.click()
    assert not window.stack.isVisible()
    qtbot.waitUntil(lambda: page.width() > before)
    assert page.wide_button.text() == "Back to the list"
    page.wide_button.click()
    assert window.stack.isVisible()


def test_export_writes_a_png_that_reads_back(window, tmp_path: Path) -> None:
    target = tmp_path / "map.png"
    assert window.evidence.export_map(target)
    image = QImage(str(target))
    assert not image.isNull() and image.width() > 200
