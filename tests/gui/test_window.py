"""User flows in a real window, offscreen: search, filter, read, live updates, problems."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.helpers import write_case


def _results(win) -> list[str]:
    """The listed case ids (the "Also matching some of your words" row is not a case)."""
    hits = (win.results_model.hit(r) for r in range(win.results_model.rowCount()))
    return [h.id for h in hits if h is not None]


def test_starts_with_all_cases_and_hint(qtbot, window) -> None:
    assert window.count_label.text() == "3 cases"
    assert not window.pane.hint.isHidden()  # isVisible() is False for any unshown widget
    assert sorted(_results(window)) == ["estonia-x-road", "paris-pb", "porto-alegre-pb"]
    with qtbot.waitSignal(window.results_shown, timeout=5000):
        window.browser.set_query("budget")
    assert window.pane.hint.isHidden()


def test_type_a_query_and_see_results(qtbot, window) -> None:
    with qtbot.waitSignal(window.results_shown, timeout=5000):
        qtbot.keyClicks(window.search, "budget")
    qtbot.waitUntil(lambda: window.count_label.text() == "2 cases", timeout=5000)
    assert set(_results(window)) == {"paris-pb", "porto-alegre-pb"}


def test_enter_searches_at_once_and_suggests(qtbot, window) -> None:
    window.search.setText("registires")
    with qtbot.waitSignal(window.results_shown, timeout=5000):
        qtbot.keyClick(window.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.browser.result is not None
                    and window.browser.result.query == "registires")
    assert window.browser.result.suggestion == "registries"
    assert "registries" in window.pane.suggestion.text()


def test_tick_a_facet_and_results_narrow(qtbot, window) -> None:
    with qtbot.waitSignal(window.results_shown, timeout=5000):
        window.sidebar.toggled.emit("levels", "national", True)
    qtbot.waitUntil(lambda: _results(window) == ["estonia-x-road"], timeout=5000)
    assert window.pane.chips.buttons and "national" in window.pane.chips.buttons[0].text()
    with qtbot.waitSignal(window.results_shown, timeout=5000):
        window.pane.chips.buttons[0].click()
    qtbot.waitUntil(lambda: len(_results(window)) == 3, timeout=5000)


def test_open_a_case_and_the_reader_shows_it(qtbot, window) -> None:
    window.results.setFocus()
    window.results.setCurrentIndex(window.results_model.index(0, 0))
    first = window.results_model.hit(0)
    qtbot.keyClick(window.results, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.reader.case is not None, timeout=5000)
    assert window.reader.case["id"] == first.id
    assert first.title in window.reader.browser.toPlainText()
    assert "Context" in window.reader.browser.toPlainText()


def test_back_and_forward(qtbot, window) -> None:
    window.browser.set_query("estonia")
    qtbot.waitUntil(lambda: _results(window) == ["estonia-x-road"], timeout=5000)
    window.browser.open_case("estonia-x-road")
    window.browser.go_back()
    assert window.reader.case is None or window.browser.state.case_id is None
    qtbot.waitUntil(lambda: window.search.text() == "estonia", timeout=5000)
    window.browser.go_forward()
    assert window.browser.state.case_id == "estonia-x-road"


def test_changed_file_on_disk_updates_results(qtbot, window, small_library: Path) -> None:
    write_case(small_library, "paris-pb", title="Paris participatory budget", country="France",
               level="municipal", year=2014, body="Now mentions zebracrossings explicitly.")
    window.sync.start(False)
    qtbot.waitUntil(lambda: not window.sync.running, timeout=10_000)
    window.browser.set_query("zebracrossings")
    qtbot.waitUntil(lambda: _results(window) == ["paris-pb"], timeout=5000)


def test_watcher_picks_up_a_new_file(qtbot, window, small_library: Path) -> None:
    write_case(small_library, "new-case", title="Brand new case about lighthouses")
    qtbot.waitUntil(lambda: window.lib.store.case_row("new-case") is not None, timeout=10_000)
    window.browser.set_query("lighthouses")
    qtbot.waitUntil(lambda: _results(window) == ["new-case"], timeout=5000)


def test_yaml_error_appears_in_problems_view(qtbot, window, small_library: Path) -> None:
    (small_library / "europe").mkdir()
    broken = small_library / "europe" / "broken.md"
    broken.write_text("---\ntitle: T\ncountry: [Estonia, Latvia\nlevel: national\n---\n\n"
                      "Body\n", encoding="utf-8")
    window.sync.start(False)
    qtbot.waitUntil(lambda: not window.sync.running, timeout=10_000)
    window.show()
    window.browser.show_problems()
    model, view = window.problems.model(), window.problems
    # one kind of problem, opened (there are few) to its one problem
    assert model.rowCount() == 1
    kind = model.index(0, 0)
    assert kind.data() == ("front matter that cannot be read (YAML)\n"
                           "error in 1 file: europe/broken.md")
    assert view.isFirstColumnSpanned(0, kind.parent()) and view.isExpanded(kind)
    rows = [model.problem(model.index(r, 0, kind)) for r in range(model.rowCount(kind))]
    assert [(p.path, p.line, p.column) for p in rows] == [(str(broken), 3, 10)]
    tip = Qt.ItemDataRole.ToolTipRole
    assert [model.index(0, c, kind).data() for c in range(4)] == [
        "europe/broken.md", "3:10", "error", "a list opened with [ is not closed with ]"]
    assert model.index(0, 0, kind).data(tip) == str(broken)
    assert "while parsing a flow sequence" in model.index(0, 3, kind).data(tip)
    assert "1 file with problems" in window.problems.button.text()
    # nothing cut off: the name keeps its end, the message wraps, each has its tooltip
    assert view.wordWrap() and view.textElideMode() == Qt.TextElideMode.ElideMiddle
    header = view.header()
    assert header.stretchLastSection()
    assert view.columnWidth(0) >= view.fontMetrics().horizontalAdvance("europe/broken.md")
    window.splitter.setSizes([285, 330, 665])  # a narrow list: the message must wrap
    message = model.index(0, 3, kind)
    qtbot.waitUntil(lambda: view.fontMetrics().horizontalAdvance(message.data())
                    > view.columnWidth(3) + 20, timeout=5000)
    qtbot.waitUntil(lambda: view.visualRect(message).height()
                    >= 2 * view.fontMetrics().lineSpacing(), timeout=5000)


def test_chip_in_reader_filters(qtbot, window) -> None:
    window.browser.open_case("estonia-x-road")
    with qtbot.waitSignal(window.results_shown, timeout=5000):
        window.reader.filter_requested.emit("challenges", "legacy-systems")
    qtbot.waitUntil(lambda: _results(window) == ["estonia-x-road"], timeout=5000)


def test_second_window_on_the_same_data_folder_is_told(qtbot, small_library: Path,
                                                       tmp_path: Path) -> None:
    from casebook.gui.app import make_window

    data = str(tmp_path / "shared")
    first, lock1 = make_window(data, [str(small_library)])
    second, _lock2 = make_window(data, [str(small_library)])
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    assert first.second_instance is False
    assert second.second_instance is True
    lock1.unlock()


def test_dark_theme_repaints_the_reader(qtbot, window) -> None:
    window.browser.open_case("estonia-x-road")
    window.set_theme("dark")
    assert window.results.delegate.theme == "dark"
    assert "#e6e8eb" in window.reader.browser.document().defaultStyleSheet()


def test_a_fresh_snippet_has_whole_lines_to_paint(window) -> None:
    from PySide6.QtWidgets import QStyleOptionViewItem

    from casebook.gui.browse.results import _whole_lines

    option = QStyleOptionViewItem()
    option.initFrom(window.results)
    hit = window.results_model.hit(0)
    doc = window.results.delegate._snippet(hit, 300, option, option.palette.text().color())
    assert _whole_lines(doc, 1000) > 0


def test_participatory_budgeting_in_latin_america_in_two_clicks(qtbot, tmp_path: Path) -> None:
    from casebook.gui.browse.models import NodeRole
    from casebook.gui.window import MainWindow
    from casebook.library import Library
    from tests.helpers import BUNDLED

    lib = Library(tmp_path / "data", [str(BUNDLED)])
    lib.sync()
    win = MainWindow(lib)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.results_shown, timeout=10_000):
        win.start()
    qtbot.waitUntil(lambda: not win.sync.running, timeout=10_000)
    assert "q:participatory budgeting" in win.pane.hint.text()
    with qtbot.waitSignal(win.results_shown, timeout=10_000):
        win.pane.hint.linkActivated.emit("q:participatory budgeting")  # click 1: the hint
    tree, model = win.sidebar.tree, win.sidebar.model
    regions = next(model.index(r, 0) for r in range(model.rowCount())
                   if model.index(r, 0).data(NodeRole).key == "regions")
    latam = next(model.index(r, 0, regions) for r in range(model.rowCount(regions))
                 if model.index(r, 0, regions).data(NodeRole).key == LATAM)
    rect = tree.visualRect(latam)
    assert tree.isExpanded(regions) and rect.isValid()
    with qtbot.waitSignal(win.results_shown, timeout=10_000):
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # 2
    ids = _results(win)
    assert "porto-alegre-participatory-budgeting" in ids
    assert all(lib.case(i)["region"] == LATAM for i in ids)
    lib.close()


LATAM = "Latin America and the Caribbean"


def test_a_bad_query_says_why_in_the_status_bar(qtbot, window) -> None:
    window.browser.set_query("colour:red")
    qtbot.waitUntil(lambda: window.count_label.text() == "No results", timeout=5000)
    assert "Unknown field 'colour:'" in window.statusBar().currentMessage()


def test_a_later_search_clears_the_old_error(qtbot, window) -> None:
    window.browser.set_query("colour:red")
    qtbot.waitUntil(lambda: window.count_label.text() == "No results", timeout=5000)
    assert "Unknown field 'colour:'" in window.statusBar().currentMessage()
    with qtbot.waitSignal(window.results_shown, timeout=5000):
        window.browser.set_query("budget")
    assert window.count_label.text() == "2 cases"
    assert window.statusBar().currentMessage() == ""
    window.statusBar().showMessage("Saved search “Budgets”", 5000)
    with qtbot.waitSignal(window.results_shown, timeout=5000):
        window.browser.set_query("registries")
    assert window.statusBar().currentMessage() == "Saved search “Budgets”"  # not an error


def test_a_failed_search_leaves_no_stale_results(qtbot, window) -> None:
    assert window.results_model.rowCount() == 3
    node = _sidebar_node(window, "levels", "municipal")
    assert node is not None and node.count == 2
    window.browser.set_query("budget " * 200)
    qtbot.waitUntil(lambda: window.count_label.text() == "No results", timeout=5000)
    assert "the limit is 1000" in window.statusBar().currentMessage()
    assert window.results_model.rowCount() == 0 and not window.pane.suggestion.isVisible()
    node = _sidebar_node(window, "levels", "municipal")
    assert node is None or node.count == 0
    with qtbot.waitSignal(window.results_shown, timeout=5000):
        window.browser.set_query("budget")
    assert sorted(_results(window)) == ["paris-pb", "porto-alegre-pb"]


def _sidebar_node(win, facet: str, key: str):
    for section in win.sidebar.model.root.children:
        for node in section.children:
            if node.facet == facet and node.key == key:
                return node
    return None
