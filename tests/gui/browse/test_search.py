"""The search controller with a real search worker in its own thread: only the latest
request is shown, typing waits for a pause, and paging asks for the next page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMetaObject, QObject, Qt, QThread

from casebook.cases.model import Filters, SearchResult
from casebook.gui.browse.search import Reselect, SearchController
from casebook.gui.workers import SearchWorker
from casebook.library import Library


@pytest.fixture
def controller(small_library: Path, tmp_path: Path) -> Iterator[SearchController]:
    lib = Library(tmp_path / "data", [str(small_library)])
    lib.sync()
    lib.close()
    thread = QThread()
    worker = SearchWorker(str(tmp_path / "data"), [str(small_library)])
    worker.moveToThread(thread)
    thread.start()
    owner = QObject()
    yield SearchController(owner, worker)
    # the worker's library closes in the thread that opened it
    QMetaObject.invokeMethod(worker, "shutdown", Qt.ConnectionType.BlockingQueuedConnection)
    thread.quit()
    thread.wait()
    owner.deleteLater()


def _shown(controller: SearchController) -> list[tuple[SearchResult, Reselect | None]]:
    shown: list[tuple[SearchResult, Reselect | None]] = []
    controller.shown.connect(lambda result, keep: shown.append((result, keep)))
    return shown


def test_only_the_latest_request_is_shown(qtbot, controller: SearchController) -> None:
    shown = _shown(controller)
    controller.run("budget", Filters(), "relevance")
    controller.keep(Reselect(["paris-pb"]))  # kept for "budget", which "estonia" overtakes
    with qtbot.waitSignal(controller.shown, timeout=10_000,
                          check_params_cb=lambda result, _k: result.query == "estonia"):
        controller.run("estonia", Filters(), "relevance")
    assert [(r.query, keep) for r, keep in shown] == [("estonia", None)]
    assert controller.result is not None and controller.result.query == "estonia"


def test_typing_searches_once_it_pauses(qtbot, controller: SearchController) -> None:
    with qtbot.waitSignal(controller.due, timeout=5000):
        controller.schedule()
        controller.schedule()
    assert not controller.debounce.isActive()
    controller.schedule()
    controller.run("budget", Filters(), "relevance")  # searching now makes the pause moot
    assert not controller.debounce.isActive()


def test_the_next_page_keeps_the_selection(qtbot, controller: SearchController,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import casebook.gui.browse.search as search_module

    monkeypatch.setattr(search_module, "PAGE", 2)
    assert not controller.more(Reselect())  # nothing shown yet
    with qtbot.waitSignal(controller.shown, timeout=10_000) as first:
        controller.run("", Filters(), "title")
    result = first.args[0]
    assert len(result.hits) == 2 and result.total == 3
    with qtbot.waitSignal(controller.shown, timeout=10_000) as more:
        assert controller.more(Reselect(["paris-pb"], "paris-pb", 40))
    assert len(more.args[0].hits) == 3 and more.args[1] == Reselect(["paris-pb"], "paris-pb", 40)
    assert not controller.more(Reselect())  # all shown


def test_a_failed_search_leaves_an_empty_result(qtbot, controller: SearchController) -> None:
    shown = _shown(controller)
    with qtbot.waitSignal(controller.failed, timeout=10_000) as failed:
        controller.run("colour:red", Filters({"levels": ["national"]}), "relevance")
    assert "colour" in failed.args[0] and shown == []
    result = controller.result
    assert result is not None and (result.query, result.total, result.hits) == (
        "colour:red", 0, [])
    assert result.filters == Filters({"levels": ["national"]})

