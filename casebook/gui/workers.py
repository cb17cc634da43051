"""Background threads that own their own Library: one searches, one indexes."""

from __future__ import annotations

import logging
import threading
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from casebook.cases.model import Filters
from casebook.errors import Cancelled, CasebookError
from casebook.library import Library

log = logging.getLogger(__name__)


class _Worker(QObject):
    def __init__(self, data_dir: str, folders: list[str]) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.folders = folders
        self._lib: Library | None = None

    def lib(self) -> Library:
        if self._lib is None:
            self._lib = Library(self.data_dir, self.folders)
        return self._lib

    @Slot(object)
    def set_folders(self, folders: list[str]) -> None:
        self.folders = list(folders)
        if self._lib is not None:
            self._lib.close()
            self._lib = None

    @Slot()
    def shutdown(self) -> None:
        if self._lib is not None:
            self._lib.close()
            self._lib = None


class SearchWorker(_Worker):
    """Runs searches off the GUI thread; results a newer request overtook are dropped."""

    searched = Signal(int, object)
    failed = Signal(int, str)

    def __init__(self, data_dir: str, folders: list[str]) -> None:
        super().__init__(data_dir, folders)
        self.latest = 0

    @Slot(int, str, object, str, int)
    def search(self, request: int, query: str, filters: Filters, sort: str, limit: int) -> None:
        if request < self.latest:
            return
        try:
            result = self.lib().search(query, filters, sort, limit)
        except CasebookError as exc:
            self.failed.emit(request, str(exc))
            return
        except Exception as exc:  # a bug must not leave the window waiting
            log.exception("search failed")
            self.failed.emit(request, f"search failed: {type(exc).__name__}: {exc}")
            return
        self.searched.emit(request, result)


class IndexWorker(_Worker):
    """Runs syncs off the GUI thread, with progress and cancellation; `failed(message,
    cancelled)` says whether the user stopped it."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str, bool)

    def __init__(self, data_dir: str, folders: list[str]) -> None:
        super().__init__(data_dir, folders)
        self.cancel_event = threading.Event()

    @Slot(bool)
    def sync(self, rebuild: bool) -> None:
        self.cancel_event.clear()
        try:
            lib = self.lib()
            lib.reload_taxonomy()
            report = lib.sync(rebuild=rebuild, progress=self.progress.emit,
                              cancel=self.cancel_event.is_set)
        except Cancelled as exc:
            self.failed.emit(str(exc), True)
            return
        except CasebookError as exc:
            self.failed.emit(str(exc), False)
            return
        except OSError as exc:
            self.failed.emit(self.tr("indexing stopped: {0}").format(exc.strerror or exc), False)
            return
        self.finished.emit(report)


class Threads:
    """Starts both workers in their own threads and stops them cleanly."""

    def __init__(self, data_dir: str, folders: list[str]) -> None:
        self.search_thread = QThread()
        self.search_thread.setObjectName("casebook-search")
        self.index_thread = QThread()
        self.index_thread.setObjectName("casebook-index")
        self.searcher = SearchWorker(data_dir, folders)
        self.indexer = IndexWorker(data_dir, folders)
        self.searcher.moveToThread(self.search_thread)
        self.indexer.moveToThread(self.index_thread)
        self.search_thread.start()
        self.index_thread.start()

    def stop(self) -> None:
        """Cancel indexing, close each worker's Library in its own thread, end the threads."""
        self.indexer.cancel_event.set()
        for thread, worker in ((self.search_thread, self.searcher),
                               (self.index_thread, self.indexer)):
            if thread.isRunning():
                _call(worker, "shutdown")
                thread.quit()
                thread.wait(30_000)


def _call(worker: Any, name: str) -> None:
    from PySide6.QtCore import QMetaObject, Qt

    QMetaObject.invokeMethod(worker, name, Qt.ConnectionType.BlockingQueuedConnection)
