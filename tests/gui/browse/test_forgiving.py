"""Forgiving search in the window: the divider, the relaxed count, the no-results message."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem


def _search(qtbot, window, text: str) -> None:
    with qtbot.waitSignal(window.results_shown, timeout=5000):
        window.browser.set_query(text)
    qtbot.waitUntil(lambda: window.browser.result is not None
                    and window.browser.result.query == text, timeout=5000)


def test_divider_above_the_cases_with_some_of_the_words(qtbot, window) -> None:
    _search(qtbot, window, "residents budget")  # Porto Alegre has both, Paris one
    model = window.results_model
    assert model.rowCount() == 3
    assert (model.hit(0).id, model.hit(0).match) == ("porto-alegre-pb", "all")
    divider = model.index(1, 0)
    assert model.hit(1) is None and divider.data() == "Also matching some of your words"
    assert not model.flags(divider) & Qt.ItemFlag.ItemIsSelectable
    assert (model.hit(2).id, model.hit(2).match) == ("paris-pb", "some")
    assert model.row_of("paris-pb") == 2
    assert window.count_label.text() == "1 case · showing cases that match most of your words"
    option = QStyleOptionViewItem()
    option.font = window.results.font()
    sizes = [window.results.delegate.sizeHint(option, model.index(r, 0)).height()
             for r in range(3)]
    assert sizes[1] < sizes[0] == sizes[2]  # a thin divider row
    window.results.grab()  # paints the divider (any Qt warning fails the test)
    window.results.setFocus()
    window.results.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(window.results, Qt.Key.Key_Down)
    assert window.results.currentIndex().row() == 2  # the keyboard steps over the divider
    assert window.results.selected_ids() == ["paris-pb"]


def test_all_words_matched_shows_no_divider(qtbot, window) -> None:
    _search(qtbot, window, "participatory budget")
    assert window.results_model.divider == -1
    assert window.count_label.text() == "2 cases"
    assert {window.results_model.hit(r).match for r in range(2)} == {"all"}


def test_no_results_says_so_with_the_suggestion_and_nearest_terms(qtbot, window) -> None:
    _search(qtbot, window, "partisipatory budjet")
    assert window.results_model.rowCount() == 0
    text = window.pane.message_text  # as written; the label tints its links
    assert not window.pane.suggestion.isHidden()
    assert "No cases match “partisipatory budjet”." in text
    assert "Did you mean <a href='s'>participatory budget</a>?" in text
    assert "<a href='t:strategies:participatory-budgeting'>Participatory budgeting</a>" in text
    with qtbot.waitSignal(window.results_shown, timeout=5000):
        window.pane.suggestion.linkActivated.emit("t:strategies:participatory-budgeting")
    qtbot.waitUntil(lambda: window.results_model.rowCount() == 2, timeout=5000)
    assert window.search.text() == "strategies:participatory-budgeting"
    assert window.pane.suggestion.isHidden()


def test_no_results_for_the_filters_alone_says_so(qtbot, window) -> None:
    with qtbot.waitSignal(window.results_shown, timeout=5000):
        window.browser.toggle_filter("levels", "supranational", True)
    assert window.results_model.rowCount() == 0
    assert window.pane.suggestion.text() == "No cases match these filters."
    assert not window.pane.suggestion.isHidden()


def test_results_model_with_a_divider_passes_the_model_tester(qtbot, qtmodeltester,
                                                               window) -> None:
    _search(qtbot, window, "residents budget")
    assert window.results_model.divider == 1
    qtmodeltester.check(window.results_model)
    mime = window.results_model.mimeData([window.results_model.index(r, 0) for r in range(3)])
    assert mime.text() == "porto-alegre-pb\nparis-pb"  # the divider row is not a case
