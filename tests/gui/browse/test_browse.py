"""Browsing in a real window, offscreen: sidebar tick boxes, opening on selection, history."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from casebook.gui.browse.models import NodeRole
from tests.helpers import result_ids as results

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


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
    assert shown.browser.state.filters.terms.get("levels") == ["national"]
    assert results(shown) == ["estonia-x-road"]
    assert ticked(shown, "levels", "national")
    index = sidebar_index(shown, "levels", "national")
    with qtbot.waitSignal(shown.results_shown, timeout=5000):
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                         pos=check_rect(tree, index).center())
    assert not shown.browser.state.filters.terms.get("levels")
    assert len(results(shown)) == 3
    assert not ticked(shown, "levels", "national")


def test_a_click_on_the_label_filters(qtbot, shown) -> None:
    tree = shown.sidebar.tree
    index = sidebar_index(shown, "levels", "municipal")
    point = label_point(tree, index)
    assert not check_rect(tree, index).contains(point)
    with qtbot.waitSignal(shown.results_shown, timeout=5000):
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert shown.browser.state.filters.terms.get("levels") == ["municipal"]
    assert sorted(results(shown)) == ["paris-pb", "porto-alegre-pb"]
    assert ticked(shown, "levels", "municipal")


def test_space_on_a_term_filters(qtbot, shown) -> None:
    tree = shown.sidebar.tree
    tree.setFocus()
    tree.setCurrentIndex(sidebar_index(shown, "levels", "national"))
    assert QApplication.focusWidget() is tree
    with qtbot.waitSignal(shown.results_shown, timeout=5000):
        qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert shown.browser.state.filters.terms.get("levels") == ["national"]
    assert results(shown) == ["estonia-x-road"]
    assert ticked(shown, "levels", "national")
    assert tree.currentIndex().data(NodeRole).key == "national"  # the focus stays on it
    with qtbot.waitSignal(shown.results_shown, timeout=5000):
        qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert not shown.browser.state.filters.terms.get("levels")
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
        shown.browser.set_query("budget")
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
        shown.browser.go_back()
    assert reading(shown) == "porto-alegre-pb"
    assert shown.results.selected_ids() == ["porto-alegre-pb"]
    with qtbot.waitSignal(shown.results_shown, timeout=5000):
        shown.browser.go_forward()
    assert reading(shown) == "paris-pb"
    assert shown.results.selected_ids() == ["paris-pb"]


# 5. adding cases to a collection ----------------------------------------------------------
def wait_pick(qtbot, win):
    from casebook.gui.collections.dialogs import PickDialog

    qtbot.waitUntil(lambda: isinstance(win.collections.dialog, PickDialog)
                    and win.collections.dialog.isVisible(), timeout=5000)
    return win.collections.dialog


def test_ctrl_d_adds_to_the_last_used_collection_with_undo(qtbot, shown) -> None:
    lib, c = shown.lib, shown.collections
    lib.collections.create("Course A")
    lib.collections.create("Course B")
    c.refresh_sidebar()
    shown.results.setFocus()
    click_row(qtbot, shown, "paris-pb")
    # two collections and none used yet: Ctrl+D asks once
    qtbot.keyClick(shown.results, Qt.Key.Key_D, CTRL)
    pick = wait_pick(qtbot, shown)
    pick.list.setCurrentRow(1)
    assert pick.chosen() == "Course B"
    pick.ok.click()
    assert lib.collections.get("Course B").ids == ["paris-pb"]
    assert "Add to “Course B”" in shown.collections.collect_action.text().replace("&", "")
    # from now on Ctrl+D adds straight there, and the status bar offers Undo
    c.dialog = None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is shown.results, timeout=5000)
    click_row(qtbot, shown, "estonia-x-road")
    qtbot.keyClick(shown.results, Qt.Key.Key_D, CTRL)
    assert c.dialog is None
    assert lib.collections.get("Course B").ids == ["paris-pb", "estonia-x-road"]
    assert c.undo_bar.isVisible() and c.undo_bar.button.text() == "Undo"
    assert c.undo_bar.label.text() == "Added “Estonia X-Road” to “Course B”."
    qtbot.mouseClick(c.undo_bar.button, Qt.MouseButton.LeftButton)
    assert lib.collections.get("Course B").ids == ["paris-pb"]
    assert not c.undo_bar.isVisible()
    assert shown.statusBar().currentMessage() == \
        "Add undone: the case is no longer in “Course B”"
    # Ctrl+Shift+D chooses, starting at the last used collection
    qtbot.keyClick(shown.results, Qt.Key.Key_D, CTRL | SHIFT)
    pick = wait_pick(qtbot, shown)
    assert pick.chosen() == "Course B"
    pick.list.setCurrentRow(0)
    pick.ok.click()
    assert lib.collections.get("Course A").ids == ["estonia-x-road"]
    assert c.default_collection() == "Course A"


def test_ctrl_d_with_a_single_collection_adds_without_asking(qtbot, shown) -> None:
    lib, c = shown.lib, shown.collections
    lib.collections.create("Only one")
    c.refresh_sidebar()
    shown.results.setFocus()
    click_row(qtbot, shown, "paris-pb")
    qtbot.keyClick(shown.results, Qt.Key.Key_D, CTRL)
    assert c.dialog is None
    assert lib.collections.get("Only one").ids == ["paris-pb"]
    assert c.undo_bar.isVisible()
    qtbot.keyClick(shown.results, Qt.Key.Key_D, CTRL)  # again: nothing new, no Undo to offer
    assert lib.collections.get("Only one").ids == ["paris-pb"]
    assert shown.statusBar().currentMessage() == "Already in “Only one”"


def test_ctrl_and_shift_click_select_several_and_ctrl_d_adds_them_all(qtbot, shown) -> None:
    lib, c = shown.lib, shown.collections
    lib.collections.create("Course")
    c.refresh_sidebar()
    order = results(shown)
    shown.results.setFocus()
    click_row(qtbot, shown, order[0])
    assert reading(shown) == order[0]
    click_row(qtbot, shown, order[2], CTRL)
    assert shown.results.selected_ids() == [order[0], order[2]]
    assert reading(shown) == order[0]  # several selected: the reader stays
    qtbot.keyClick(shown.results, Qt.Key.Key_D, CTRL)
    assert lib.collections.get("Course").ids == [order[0], order[2]]
    assert c.undo_bar.label.text() == "Added 2 cases to “Course”."
    c.undo_bar.undo()
    assert lib.collections.get("Course").ids == []
    assert shown.statusBar().currentMessage() == "Add undone: 2 cases are no longer in “Course”"
    click_row(qtbot, shown, order[1])
    click_row(qtbot, shown, order[2], SHIFT)
    assert shown.results.selected_ids() == order[1:]
    qtbot.keyClick(shown.results, Qt.Key.Key_D, CTRL)
    assert lib.collections.get("Course").ids == order[1:]


def test_more_results_keep_the_selection_and_the_place(qtbot, shown, small_library,
                                                       monkeypatch) -> None:
    import casebook.gui.browse.search as search_module
    from tests.helpers import write_case

    for n in range(30):
        write_case(small_library, f"extra-{n:02d}", title=f"Extra case {n:02d}")
    with qtbot.waitSignal(shown.sync.finished, timeout=10_000):
        shown.sync.start(False)
    monkeypatch.setattr(search_module, "PAGE", 10)
    with qtbot.waitSignal(shown.results_shown, timeout=5000):
        shown.browser.set_query("")
    assert shown.results_model.rowCount() == 10
    picked = results(shown)[2]
    click_row(qtbot, shown, picked)
    bar = shown.results.verticalScrollBar()
    bottom = bar.maximum()
    assert bottom > 0
    with qtbot.waitSignal(shown.results_shown, timeout=5000):
        bar.setValue(bottom)  # scrolled to the end: the next page is fetched
    assert shown.results_model.rowCount() == 20
    assert shown.results.selected_ids() == [picked]
    assert bar.value() == bottom
    with qtbot.waitSignal(shown.results_shown, timeout=5000):
        shown.browser.set_query("extra")  # a new search: nothing selected, back at the top
    assert shown.results.selected_ids() == [] and bar.value() == 0
    assert reading(shown) == picked
