"""Word, OpenDocument and PDF files dropped on the window: where their draft cases go, the
drafting in a worker thread with progress and Cancel, and the result in the status bar."""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from casebook.cases.taxonomy import Taxonomy
from casebook.errors import CasebookError
from casebook.exchange.dataset_import import REVIEW
from casebook.exchange.documents import DocumentReport, import_documents
from casebook.gui.exchange.host import Host
from casebook.gui.exchange.pack_import import default_new_folder, writable_folders

log = logging.getLogger(__name__)


class DocumentDialog(QDialog):
    """What dropping documents does, and the case folder their drafts go to."""

    def __init__(self, parent: QWidget, paths: list[str], folders: list[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Draft cases from documents"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        intro = QLabel(self.tr(
            "Casebook makes a draft case from each of these %n document(s): it reads the "
            "text, turns the headings into sections and fills in the title and a year. You "
            "then check each draft and fill in the rest.", "", len(paths)), self)
        intro.setWordWrap(True)
        self.files = QListWidget(self)
        self.files.addItems([Path(p).name for p in paths])
        self.files.setAccessibleName(self.tr("Documents"))
        rows = min(6, max(1, len(paths)))  # as tall as the list, up to six names
        self.files.setFixedHeight(rows * max(self.files.sizeHintForRow(0), 16)
                                  + 2 * self.files.frameWidth() + 4)
        self.folder = QComboBox(self)
        self.folder.setAccessibleName(self.tr("Case folder for the drafts"))
        for f in folders or [default_new_folder()]:
            self.folder.addItem(f, f)
        self.folder.addItem(self.tr("Choose another folder…"), None)
        self.folder.activated.connect(self._folder_chosen)
        label = QLabel(self.tr("Put the drafts in this &case folder:"), self)
        label.setBuddy(self.folder)
        self.where = QLabel("", self)
        self.where.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Make drafts"))
        self.ok.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (intro, self.files, label, self.folder, self.where, buttons):
            layout.addWidget(w)
        self._update()
        self.resize(520, self.sizeHint().height())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.folder.setFocus()  # the one choice to make; Enter makes the drafts

    def _folder_chosen(self, index: int) -> None:
        if self.folder.itemData(index) is None:
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Case folder for the drafts"), default_new_folder())
            if chosen:
                self.folder.insertItem(0, chosen, chosen)
            self.folder.setCurrentIndex(0)
        self._update()

    def _update(self) -> None:
        self.where.setText(self.tr(
            "They go to its {0} folder, which the library leaves out: move a draft up into "
            "the case folder once it is complete.").format(REVIEW))
        self.ok.setEnabled(bool(self.target()))

    def target(self) -> str:
        return str(self.folder.currentData() or "")


class DocumentWorker(QObject):
    """Drafts the documents in its own thread; the cancel event stops it between files."""

    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(str)

    def __init__(self, paths: list[str], folder: str, taxonomy: Taxonomy) -> None:
        super().__init__()
        self.paths = paths
        self.folder = folder
        self.taxonomy = taxonomy
        self.cancel_event = threading.Event()

    @Slot()
    def run(self) -> None:
        count = [0]

        def each(_result: object) -> None:
            count[0] += 1
            self.progress.emit(count[0], len(self.paths))

        try:
            report = import_documents(self.paths, self.folder, self.taxonomy, each=each,
                                      cancel=self.cancel_event.is_set)
        except CasebookError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # a bug must not leave the progress dialog open
            log.exception("drafting documents failed")
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.done.emit(report)


class DocumentImporter(QObject):
    """Offers to draft cases from dropped documents and runs one drafting at a time."""

    finished = Signal(object)  # the DocumentReport, or None when it failed

    def __init__(self, host: Host) -> None:
        super().__init__(host.shell.window())
        self.host = host
        self.dialog: DocumentDialog | None = None
        self.report: DocumentReport | None = None
        self._thread: QThread | None = None
        self.worker: DocumentWorker | None = None
        self.progress: QProgressDialog | None = None

    def offer(self, paths: list[str]) -> None:
        if self._thread is not None:
            self.host.say(self.tr("Still drafting the documents dropped before; drop these "
                                  "again when it is done"))
            return
        self.dialog = DocumentDialog(self.host.owner(), paths,
                                     writable_folders(self.host.lib.folders))
        dialog = self.dialog
        dialog.accepted.connect(lambda: self.start(paths, dialog.target()))
        self.host.show_dialog(dialog)

    def start(self, paths: list[str], folder: str) -> None:
        self._thread = QThread(self)
        self._thread.setObjectName("casebook-documents")
        self.worker = DocumentWorker(paths, folder, self.host.lib.taxonomy)
        self.worker.moveToThread(self._thread)
        self._thread.started.connect(self.worker.run)
        self._thread.finished.connect(self.worker.deleteLater)
        self.worker.progress.connect(self._progress)
        self.worker.done.connect(self._done)
        self.worker.failed.connect(self._failed)
        self.progress = QProgressDialog(self.tr("Reading %n document(s)…", "", len(paths)),
                                        self.tr("Cancel"), 0, len(paths), self.host.owner())
        self.progress.setWindowTitle(self.tr("Draft cases"))
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel)
        self._thread.start()

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel_event.set()

    def shutdown(self) -> None:
        if self._thread is not None:
            self.cancel()
            self._thread.quit()
            self._thread.wait(30_000)

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setValue(min(done, total))

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
    def _done(self, report: DocumentReport) -> None:
        self._end()
        self.report = report
        folder = report.folder
        lib = self.host.lib
        text = self.tr("%n draft case(s) written to {0}", "", len(report.results)).format(
            os.path.join(folder, REVIEW))
        if os.path.isdir(folder) and not any(_inside(folder, f) for f in lib.folders):
            self.host.shell.use_folders([*lib.folders, folder])
            self.host.shell.sync.start(False)
            text += self.tr("; the folder was added to your case folders")
        if report.cancelled:
            text += self.tr(" (cancelled: drop the rest again)")
        review = QUrl.fromLocalFile(os.path.join(folder, REVIEW))
        if report.results:
            self.host.offer(text, lambda: QDesktopServices.openUrl(review),
                            self.tr("Show drafts"))
        if report.failed:
            self.host.warn(self.tr("Some documents cannot be read"),
                           "\n\n".join(report.failed))
        self.finished.emit(report)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._end()
        self.report = None
        self.host.warn(self.tr("The documents cannot be drafted"), message)
        self.finished.emit(None)


def _inside(path: str, folder: str) -> bool:
    try:
        real = os.path.realpath(folder)
        return os.path.commonpath([os.path.realpath(path), real]) == real
    except ValueError:
        return False
