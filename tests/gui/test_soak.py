"""Soak: thousands of ordinary actions in the real window, and the app is still alive."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

ACTIONS = 2000
QUERIES = ["budget", "estonia", "registries", "participatory budget", "vote"]
CASES = ["porto-alegre-pb", "paris-pb", "estonia-x-road"]


def test_thousands_of_everyday_actions_keep_the_window_alive(qtbot, window) -> None:
    window.lib.collections.create("Soak")
    done = 0
    step = 0
    while done < ACTIONS:
        query, case = QUERIES[step % len(QUERIES)], CASES[step % len(CASES)]
        with qtbot.waitSignal(window.results_shown, timeout=10_000):
            window.browser.set_query(query)
        window.browser.open_case(case)
        with qtbot.waitSignal(window.results_shown, timeout=10_000):
            window.browser.toggle_filter("levels", "municipal", True)
        window.collections.items.add([case], "Soak")
        with qtbot.waitSignal(window.results_shown, timeout=10_000):
            window.browser.toggle_filter("levels", "municipal", False)
        with qtbot.waitSignal(window.results_shown, timeout=10_000):
            window.browser.go_back()
        QApplication.processEvents()
        done += 6
        step += 1
    assert window.isEnabled()
    assert window.reader.case is not None or window.browser.state.case_id is None
    assert sorted(i.id for i in window.lib.collections.get("Soak").items) == sorted(CASES)
    with qtbot.waitSignal(window.results_shown, timeout=10_000):
        window.browser.set_query("budget")
    assert {window.results_model.hit(r).id for r in range(window.results_model.rowCount())} \
        == {"paris-pb", "porto-alegre-pb"}
