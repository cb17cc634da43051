"""File > Import dataset…: the dialog, the import in a worker thread with progress and Cancel,
and the result in the status bar with Show folder and Show problems."""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThread, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from casebook.cases.taxonomy import Taxonomy
from casebook.errors import CasebookError
from casebook.exchange.dataset_import import REVIEW, ImportReport, import_dataset
from casebook.gui.exchange.dataset_dialog import DatasetDialog
from casebook.gui.exchange.pack_import import writable_folders
from casebook.gui.shell import Shell

log = logging.getLogger(__name__)
RESULT_MS = 60_000


class ImportWorker(QObject):
    """Runs one import in its own thread; the cancel event stops it between records."""

    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(str)

    def __init__(self, choice: tuple[str, str, str | None, str], taxonomy: Taxonomy) -> None:
        super().__init__()
        self.choice = choice
        self.taxonomy = taxonomy
        self.cancel_event = threading.Event()

    @Slot()
    def run(self) -> None:
        importer, data, mapping, folder = self.choice
        try:
            report = import_dataset(importer, data, folder, self.taxonomy, mapping=mapping,
                                    progress=self.progress.emit,
                                    cancel=self.cancel_event.is_set)
        except CasebookError as exc:
            self.failed.emit(str(exc))
        except OSError as exc:
            self.failed.emit(str(exc.strerror or exc))
        except Exception as exc:  # a bug must not leave the progress dialog open
            log.exception("dataset import failed")
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.done.emit(report)


class ResultBar(QWidget):
    """The outcome of the last import in the status bar, with its two buttons."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.label = QLabel("", self)
        self.folder_button = QPushButton(self.tr("Show folder"), self)
        self.problems_button = QPushButton(self.tr("Show problems"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        for w in (self.label, self.folder_button, self.problems_button):
            layout.addWidget(w)
        self.timer = QTimer(self, singleShot=True, interval=RESULT_MS)
        self.timer.timeout.connect(self.hide)
        self.hide()

    def show_result(self, text: str, problems: bool) -> None:
        self.label.setText(text)
        self.problems_button.setVisible(problems)
        self.show()
        self.timer.start()


class DatasetImportFeature(QObject):
    """Owns File > Import dataset…, its worker thread and the result in the status bar."""

    finished = Signal(object)  # the ImportReport, or None when it failed

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.window())
        self.shell = shell
        self.dialog: DatasetDialog | None = None
        self.report: ImportReport | None = None
        self._thread: QThread | None = None
        self.worker: ImportWorker | None = None
        self.progress: QProgressDialog | None = None
        self.bar = ResultBar(shell.window())
        self.bar.folder_button.clicked.connect(self.show_folder)
        self.bar.problems_button.clicked.connect(self.show_problems)
        shell.status.addPermanentWidget(self.bar)  # a passing message would hide it
        self.action = shell.menus.make(self.tr("Import &dataset…"), self.ask)
        shell.menus.add_file_action(self.action)

    def shutdown(self) -> None:
        if self._thread is not None:
            self.cancel()
            self._thread.quit()
            self._thread.wait(30_000)

    # the dialog ------------------------------------------------------------------------
    def ask(self) -> None:
        lib = self.shell.lib
        start = str(self.shell.settings.value("import/dataset_dir") or Path.home())
        self.dialog = DatasetDialog(self.shell.window(), lib.taxonomy,
                                    writable_folders(lib.folders), start)
        self.dialog.accepted.connect(self._accepted)
        self.dialog.open()

    def _accepted(self) -> None:
        assert self.dialog is not None
        choice = self.dialog.choice()
        self.shell.settings.setValue("import/dataset_dir", str(Path(choice[1]).parent))
        self.start(choice)

    # the worker ------------------------------------------------------------------------
    def start(self, choice: tuple[str, str, str | None, str]) -> bool:
        if self._thread is not None:
            return False
        self._thread = QThread(self)
        self._thread.setObjectName("casebook-dataset-import")
        self.worker = ImportWorker(choice, self.shell.lib.taxonomy)
        self.worker.moveToThread(self._thread)
        self._thread.started.connect(self.worker.run)
        self._thread.finished.connect(self.worker.deleteLater)
        self.worker.progress.connect(self._progress)
        self.worker.done.connect(self._done)
        self.worker.failed.connect(self._failed)
        self.progress = QProgressDialog(self.tr("Importing {0}…").format(
            Path(choice[1]).name), self.tr("Cancel"), 0, 0, self.shell.window())
        self.progress.setWindowTitle(self.tr("Import"))
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel)
        self._thread.start()
        return True

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel_event.set()
        if self.progress is not None:
            self.progress.setLabelText(self.tr("Cancelling after this record…"))

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        if self.progress is not None and not self.progress.wasCanceled():
            scale = max(1, total // 1_000_000 + 1)  # a QProgressDialog counts in int
            self.progress.setRange(0, total // scale)
            self.progress.setValue(done // scale)

    def _end(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait(30_000)
            self._thread = None
        self.worker = None

    @Slot(object)
    def _done(self, report: ImportReport) -> None:
        self._end()
        self.report = report
        folder = report.folder
        lib = self.shell.lib
        added = False
        if os.path.isdir(folder) and not any(_inside(folder, f) for f in lib.folders):
            self.shell.use_folders([*lib.folders, folder])
            added = True
        review = len(report.needs_review)
        written = sum(1 for r in report.results
                      if r.status in ("new", "updated", "overwritten") and not r.review)
        text = self.tr("Imported {0}: %n case(s) written or updated", "", written).format(
            Path(report.file).name)
        unchanged = report.count("unchanged")
        if unchanged:
            text += self.tr(", %n unchanged", "", unchanged)
        if review:
            text += self.tr(", %n record(s) need review", "", review)
        kept = report.count("kept (edited here)")
        if kept:
            text += self.tr(", {0} kept (edited here)").format(kept)
        if report.cancelled:
            text += self.tr(" (cancelled: import again to finish)")
        if added:
            text += self.tr("; the folder was added to your case folders")
        self.bar.show_result(text, bool(review))
        self.shell.sync.start(False)
        self.finished.emit(report)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._end()
        self.report = None
        QMessageBox.warning(self.shell.window(), self.tr("The dataset cannot be imported"),
                            message)
        self.finished.emit(None)

    # the result's buttons --------------------------------------------------------------
    def show_folder(self) -> None:
        if self.report is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.report.folder))

    def show_problems(self) -> None:
        """The records that need review, with why, and their folder."""
        if self.report is None:
            return
        review = self.report.needs_review
        folder = os.path.join(self.report.folder, REVIEW)
        box = QMessageBox(self.shell.window())
        box.setWindowTitle(self.tr("Records that need review"))
        box.setText(self.tr("{0} record(s) were written to {1} with what is missing named "
                            "at the top of each file. Fix them there and move them into the "
                            "case folder, or fix the dataset or the mapping and import "
                            "again.").format(len(review), folder))
        box.setDetailedText("\n".join(f"{Path(r.path).name} ({r.where}): {'; '.join(r.review)}"
                                      for r in review))
        open_button = box.addButton(self.tr("Open the folder"),
                                    QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(folder))


def _inside(path: str, folder: str) -> bool:
    try:
        real = os.path.realpath(folder)
        return os.path.commonpath([os.path.realpath(path), real]) == real
    except ValueError:
        return False
