"""Indexing from the window: one sync at a time, progress and Cancel in the status bar."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressBar, QPushButton, QStatusBar, QWidget

from casebook.cases.model import SyncReport
from casebook.errors import CasebookError
from casebook.gui.i18n import number
from casebook.gui.workers import IndexWorker
from casebook.library import Library

log = logging.getLogger(__name__)


class SyncController(QObject):
    """Starts syncs in the index worker; a request while one runs makes one more after it.
    `updated(report)` comes when a sync is done (the library reread its taxonomy), then
    `finished` once no other sync is due, after a failed one too."""

    requested = Signal(bool)
    updated = Signal(object)
    finished = Signal()

    def __init__(self, parent: QWidget, lib: Library, indexer: IndexWorker,
                 status: QStatusBar) -> None:
        super().__init__(parent)
        self.lib = lib
        self.status = status
        self.running = False
        self.pending = False
        self.progress = QProgressBar(parent)
        self.progress.setMaximumWidth(180)
        self.progress.setAccessibleName(self.tr("Indexing progress"))
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), parent)
        self.cancel_button.setAccessibleName(self.tr("Cancel indexing"))
        self.cancel_button.clicked.connect(indexer.cancel_event.set)
        self.cancel_button.hide()
        status.addWidget(self.progress)
        status.addWidget(self.cancel_button)
        self.requested.connect(indexer.sync)
        indexer.progress.connect(self._progress)
        indexer.finished.connect(self._synced)
        indexer.failed.connect(self._failed)

    def start(self, rebuild: bool = False) -> None:
        if self.running:
            self.pending = True
            return
        self.running = True
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.status.showMessage(self.tr("Checking case folders…"))
        self.requested.emit(rebuild)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.status.showMessage(self.tr("Indexing {0} of {1} files").format(
            number(done), number(total)))

    def _synced(self, report: SyncReport) -> None:
        self.lib.reload_taxonomy()
        self.updated.emit(report)
        self._done()
        missing = self.lib.missing_folders()
        if missing:
            message = self.tr("Case folder not available: {0} (showing what was indexed)"
                              ).format(missing[0])
        elif self.lib.taxonomy_error:
            message = self.tr("Taxonomy not updated: {0}").format(self.lib.taxonomy_error)
        elif report.added or report.changed or report.removed:
            message = self.summary(report)
        else:
            message = ""
        self.status.showMessage(message, 10_000)

    def summary(self, report: SyncReport) -> str:
        """What the sync did. It counts case files, one per language version of a case, where
        the window counts cases (a case with its translations once): it says so when the
        two differ."""
        if not report.total:
            return self.tr("No case files indexed: {0} removed ({1} s)").format(
                number(report.removed), number(round(report.seconds, 1)))
        try:
            versions = self.lib.store.count_families() != report.total
        except CasebookError as exc:
            log.warning("cannot count the cases: %s", exc)
            versions = False
        if versions:
            text = self.tr("%Ln case file(s) indexed (one per language version): {0} added, "
                           "{1} changed, {2} removed, {3} with problems ({4} s)", "",
                           report.total)
        else:
            text = self.tr("%Ln case file(s) indexed: {0} added, {1} changed, {2} removed, "
                           "{3} with problems ({4} s)", "", report.total)
        return text.format(number(report.added), number(report.changed),
                           number(report.removed), number(report.with_problems),
                           number(round(report.seconds, 1)))

    def _failed(self, message: str, cancelled: bool) -> None:
        if cancelled:
            log.info("indexing cancelled")
        else:
            log.warning("indexing stopped: %s", message)
        self._done()
        self.status.showMessage(message, 15_000)

    def _done(self) -> None:
        self.running = False
        self.progress.hide()
        self.cancel_button.hide()
        if self.pending:
            self.pending = False
            self.start(False)
        else:
            self.finished.emit()
