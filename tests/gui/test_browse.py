"""Browsing in a real window, offscreen: sidebar tick boxes, opening on selection, history."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from casebook.gui.models import NodeRole

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def shown(qtbot, window):
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    return window


def results(win) -> list[str]:
    return [win.results_model.hit(r).id for r in range(win.results_model.rowCount())]


def sidebar_index(win, facet: str, key: str):
    """The entry's index, its section expanded and the entry scrolled into view."""
    model, tree = win.sidebar.model, win.sidebar.tree
    for r in range(model.rowCount()):
        section = model.index(r, 0)
        for c in range(model.rowCount(section)):
            index = model.index(c, 0, section)
            node = index.data(NodeRole)
            if node.facet == facet and node.key == key:
                tree.expand(section)
                tree.scrollTo(index)
                return index
    raise AssertionError(f"no sidebar entry {facet}/{key}")


def check_rect(tree, index):
    """Where the view's style draws the tick box of `index`."""
    option = QStyleOptionViewItem()
    tree.initViewItemOption(option)
    option.rect = tree.visualRect(index)
    tree.itemDelegate().initStyleOption(option, index)
    return tree.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator,
                                       option, tree)


def label_point(tree, index):
    rect = tree.visualRect(index)
    box = check_rect(tree, index)
    return QPoint(box.right() + 24, rect.center().y())


def ticked(win, facet: str, key: str) -> bool:
    return sidebar_index(win, facet, key).data(Qt.ItemDataRole.CheckStateRole) == \
        Qt.CheckState.Checked


# 1. the sidebar's tick boxes --------------------------------------------------------------
def test_a_click_on_the_tick_box_filters(qtbot, shown) -> None:
    tree = shown.sidebar.tree
    index = sidebar_index(shown, "levels", "national")
    box = check_rect(tree, index)
    assert box.isValid() and tree.visualRect(index).contains(box)
    with qtbot.waitSignal(shown.results_shown, timeout=5000):
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=box.center())
    assert shown.state.filters.terms.get("levels") == ["national"]
    assert results(shown) == ["estonia-x-road"]
    assert ticked(shown, "levels", "national")
    index = sidebar_index(shown, "levels", "national")
    with qtbot.waitSignal(shown.results_shown, timeout=5000):
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                         pos=check_rect(tree, index).center())
    assert not shown.state.filters.terms.get("levels")
    assert len(results(shown)) == 3
    assert not ticked(shown, "levels", "national")


def test_a_click_on_the_label_filters(qtbot, shown) -> None:
    tree = shown.sidebar.tree
    index = sidebar_index(shown, "levels", "municipal")
    point = label_point(tree, index)
    assert not check_rect(tree, index).contains(point)
    with qtbot.waitSignal(shown.results_shown, timeout=5000):
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert shown.state.filters.terms.get("levels") == ["municipal"]
    assert sorted(results(shown)) == ["paris-pb", "porto-alegre-pb"]
    assert ticked(shown, "levels", "municipal")


def test_space_on_a_term_filters(qtbot, shown) -> None:
    tree = shown.sidebar.tree
    tree.setFocus()
    tree.setCurrentIndex(sidebar_index(shown, "levels", "national"))
    assert QApplication.focusWidget() is tree
    with qtbot.waitSignal(shown.results_shown, timeout=5000):
        qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert shown.state.filters.terms.get("levels") == ["national"]
    assert results(shown) == ["estonia-x-road"]
    assert ticked(shown, "levels", "national")
    assert tree.currentIndex().data(NodeRole).key == "national"  # the focus stays on it
    with qtbot.waitSignal(shown.results_shown, timeout=5000):
        qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert not shown.state.filters.terms.get("levels")
    assert not ticked(shown, "levels", "national")


# 2. a single click opens a case -----------------------------------------------------------
def click_row(qtbot, win, case_id: str, mods=Qt.KeyboardModifier.NoModifier) -> None:
    index = win.results_model.index(win.results_model.row_of(case_id), 0)
    qtbot.mouseClick(win.results.viewport(), Qt.MouseButton.LeftButton, mods,
                     win.results.visualRect(index).center())


def reading(win) -> str | None:
    return win.reader.case["id"] if win.reader.case else None


def test_a_single_click_shows_the_case_and_keeps_the_focus(qtbot, shown) -> None:
    shown.results.setFocus()
    click_row(qtbot, shown, "paris-pb")
    assert reading(shown) == "paris-pb"
    assert "Parisians propose" in shown.reader.browser.toPlainText()
    assert QApplication.focusWidget() is shown.results
    row = shown.results_model.row_of("paris-pb")
    below = shown.results_model.hit(row + 1 if row < 2 else row - 1).id
    qtbot.keyClick(shown.results, Qt.Key.Key_Down if row < 2 else Qt.Key.Key_Up)
    assert reading(shown) == below
    assert QApplication.focusWidget() is shown.results


def test_a_new_search_selects_nothing_and_keeps_the_reader(qtbot, shown) -> None:
    click_row(qtbot, shown, "paris-pb")
    assert reading(shown) == "paris-pb"
    with qtbot.waitSignal(shown.results_shown, timeout=5000):
        shown.set_query("budget")
    assert "paris-pb" in results(shown)
    assert shown.results.selected_ids() == []
    assert reading(shown) == "paris-pb"


def test_the_list_follows_related_links_and_history(qtbot, shown) -> None:
    click_row(qtbot, shown, "porto-alegre-pb")
    assert reading(shown) == "porto-alegre-pb"
    shown.reader.browser.anchorClicked.emit(QUrl("casebook:case/paris-pb"))  # a related link
    assert reading(shown) == "paris-pb"
    assert shown.results.selected_ids() == ["paris-pb"]
    with qtbot.waitSignal(shown.results_shown, timeout=5000):
        shown.go_back()
    assert reading(shown) == "porto-alegre-pb"
    assert shown.results.selected_ids() == ["porto-alegre-pb"]
    with qtbot.waitSignal(shown.results_shown, timeout=5000):
        shown.go_forward()
    assert reading(shown) == "paris-pb"
    assert shown.results.selected_ids() == ["paris-pb"]
