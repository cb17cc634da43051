"""The search controller: debounced typing, requests to the search worker, paging, and
results a newer request overtook are dropped."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer, Signal

from casebook.cases.model import Filters, SearchResult
from casebook.gui.workers import SearchWorker

PAGE = 200
DEBOUNCE_MS = 150


@dataclass
class Reselect:
    """What a refresh selects again once its results arrive; `at` keeps the scroll place."""

    ids: list[str] = field(default_factory=list)
    current: str | None = None
    at: int | None = None


class SearchController(QObject):
    """`shown(result, reselect)` for the latest request only (reselect is None for a new
    search, which selects nothing); `failed(message)` likewise; `due` when typing paused."""

    requested = Signal(int, str, object, str, int)
    shown = Signal(object, object)
    failed = Signal(str)
    due = Signal()

    def __init__(self, parent: QObject, searcher: SearchWorker) -> None:
        super().__init__(parent)
        self.searcher = searcher
        self.request = 0
        self.result: SearchResult | None = None
        self._asked: tuple[str, Filters, str] = ("", Filters(), "relevance")
        self._reselect: tuple[int, Reselect] | None = None
        self.debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.debounce.timeout.connect(self.due)
        self.requested.connect(searcher.search)
        searcher.searched.connect(self._searched)
        searcher.failed.connect(self._failed)

    def schedule(self) -> None:
        """Search once typing pauses."""
        self.debounce.start()

    def run(self, query: str, filters: Filters, sort: str) -> None:
        """Search now (a search scheduled by typing is not needed any more)."""
        self.debounce.stop()
        self._asked = (query, copy.deepcopy(filters), sort)
        self._send(PAGE)

    def more(self, keep: Reselect) -> bool:
        """Ask for the next page of the results shown, if there is one."""
        if self.result is None or len(self.result.hits) >= self.result.total:
            return False
        self._send(len(self.result.hits) + PAGE)
        self.keep(keep)
        return True

    def keep(self, reselect: Reselect) -> None:
        """Select these cases again when the latest request's results arrive."""
        self._reselect = (self.request, reselect)

    def _send(self, limit: int) -> None:
        query, filters, sort = self._asked
        self.request += 1
        self.searcher.latest = self.request  # the worker skips requests already overtaken
        self.requested.emit(self.request, query, copy.deepcopy(filters), sort, limit)

    def _searched(self, request: int, result: SearchResult) -> None:
        if request != self.request:
            return
        self.result = result
        keep = self._reselect[1] if self._reselect and self._reselect[0] == request else None
        self.shown.emit(result, keep)

    def _failed(self, request: int, message: str) -> None:
        if request != self.request:
            return
        query, filters, _sort = self._asked
        # nothing from an earlier search stays beside the reason this one failed
        self.result = SearchResult(query, copy.deepcopy(filters), 0, [], {}, None)
        self.failed.emit(message)
