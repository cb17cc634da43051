"""Export a collection from the app: file dialog, a worker thread with its own Library, progress."""

from __future__ import annotations

import logging
import shutil
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QThread, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QLineEdit, QProgressDialog, QWidget

from casebook.errors import Cancelled, CasebookError
from casebook.exchange.packs import SUFFIXES, ExportReport, export
from casebook.gui.exchange.host import Host
from casebook.gui.i18n import QT_TRANSLATE_NOOP, translate
from casebook.library import Library

log = logging.getLogger(__name__)

# (format, audience, label): a handout is for participants (the cases and their discussion
# questions) or for the trainer (the notes too); a course pack always holds the notes
FILTERS = (
    ("pdf", "participant",
     QT_TRANSLATE_NOOP("export", "PDF handout for participants (*.pdf)")),
    ("pdf", "trainer",
     QT_TRANSLATE_NOOP("export", "PDF handout for the trainer, with your notes (*.pdf)")),
    ("docx", "participant",
     QT_TRANSLATE_NOOP("export", "Word handout for participants (*.docx)")),
    ("docx", "trainer",
     QT_TRANSLATE_NOOP("export", "Word handout for the trainer, with your notes (*.docx)")),
    ("odt", "participant",
     QT_TRANSLATE_NOOP("export", "OpenDocument handout for participants (*.odt)")),
    ("odt", "trainer",
     QT_TRANSLATE_NOOP("export", "OpenDocument handout for the trainer, with your notes "
                                 "(*.odt)")),
    ("html", "participant",
     QT_TRANSLATE_NOOP("export", "HTML handout for participants (*.html)")),
    ("html", "trainer",
     QT_TRANSLATE_NOOP("export", "HTML handout for the trainer, with your notes (*.html)")),
    ("casebook", "trainer",
     QT_TRANSLATE_NOOP("export", "Casebook course pack, with your notes (*.casebook)")),
    ("markdown", "participant",
     QT_TRANSLATE_NOOP("export", "Folder of Markdown files for participants (type a new "
                                 "folder name) (*)")),
    ("markdown", "trainer",
     QT_TRANSLATE_NOOP("export", "Folder of Markdown files for the trainer, with your notes "
                                 "(type a new folder name) (*)")),
)
SUFFIX = {"pdf": ".pdf", "html": ".html", "casebook": ".casebook", "markdown": "",
          "docx": ".docx", "odt": ".odt"}
WHAT = {"pdf": QT_TRANSLATE_NOOP("export", "PDF handout"),
        "html": QT_TRANSLATE_NOOP("export", "HTML handout"),
        "casebook": QT_TRANSLATE_NOOP("export", "Course pack"),
        "markdown": QT_TRANSLATE_NOOP("export", "Markdown folder"),
        "docx": QT_TRANSLATE_NOOP("export", "Word handout"),
        "odt": QT_TRANSLATE_NOOP("export", "OpenDocument handout")}



def _chosen(name_filter: str) -> tuple[str, str]:
    return next(((f, a) for f, a, label in FILTERS
                 if translate("export", label) == name_filter), FILTERS[0][:2])


def _label(fmt: str, audience: str) -> str:
    label = next((label for f, a, label in FILTERS
                  if f == fmt and (a == audience or f == "casebook")), FILTERS[0][2])
    return translate("export", label)


def target_and_format(path: str, name_filter: str) -> tuple[Path, str, str]:
    """The format from a known suffix, else from the chosen filter (adding its suffix);
    the audience from the filter."""
    target = Path(path)
    fmt, audience = _chosen(name_filter)
    known = SUFFIXES.get(target.suffix.lower())
    if known is not None:
        return target, known, audience
    if fmt != "markdown":
        target = target.with_name(target.name + SUFFIX[fmt])
    return target, fmt, audience


def file_dialog(parent: QWidget, collection: str, folder: str, fmt: str,
                audience: str = "participant") -> QFileDialog:
    """A non-blocking save dialog with one filter per export format and audience."""
    dialog = QFileDialog(parent, translate("export", "Export “{0}”").format(collection))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilters([translate("export", label) for _, _, label in FILTERS])
    dialog.selectNameFilter(_label(fmt, audience))
    if folder:
        dialog.setDirectory(folder)
    dialog.selectFile(_safe_file_name(collection) + SUFFIX.get(fmt, ""))

    def follow_filter(chosen: str) -> None:
        key = _chosen(chosen)[0]
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        current = edit.text() if edit is not None else ""
        stem = Path(current).stem if Path(current).suffix.lower() in SUFFIXES else current
        dialog.selectFile((stem or _safe_file_name(collection)) + SUFFIX[key])

    dialog.filterSelected.connect(follow_filter)
    return dialog


def documents() -> str:
    """The user's documents folder, else the home folder."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return docs if docs and Path(docs).is_dir() else str(Path.home())


def _safe_file_name(name: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in " -_.()" else "-" for c in name).strip(" .")
    return cleaned or "collection"


class ExportWorker(QObject):
    """Runs one export in its own thread; cancel_event stops it between cases.
    `failed(message, cancelled)`: cancelled is True when the user stopped it."""

    progress = Signal(int, int)
    stage = Signal(str)
    done = Signal(object)
    failed = Signal(str, bool)

    def __init__(self, data_dir: str, folders: list[str], name: str, target: Path,
                 fmt: str, audience: str = "participant") -> None:
        super().__init__()
        self.data_dir, self.folders = data_dir, list(folders)
        self.name, self.target, self.fmt, self.audience = name, target, fmt, audience
        self.cancel_event = threading.Event()

    def _progress(self, done: int, total: int) -> None:
        if self.cancel_event.is_set():
            raise Cancelled("export cancelled; nothing was written")
        self.progress.emit(done, total)
        if done == total and self.fmt == "pdf":
            self.stage.emit(translate("export", "Laying out the pages…"))

    @Slot()
    def run(self) -> None:
        existed = self.target.exists()
        empty = not existed or (self.target.is_dir() and not any(self.target.iterdir()))
        lib: Library | None = None
        try:
            lib = Library(self.data_dir, self.folders)
            report = self._export(lib)
        except Cancelled as exc:
            self._clean(existed, empty)
            self.failed.emit(str(exc), True)
        except CasebookError as exc:
            self.failed.emit(str(exc), False)
        except OSError as exc:
            log.warning("export to %s failed: %s", self.target, exc)
            self.failed.emit(translate("export", "cannot export: {0}").format(
                exc.strerror or exc), False)
        else:
            self.done.emit(report)
        finally:
            if lib is not None:
                lib.close()

    def _export(self, lib: Library) -> ExportReport:
        return export(lib, self.name, self.target, self.fmt, self._progress, self.audience)

    def _clean(self, existed: bool, empty: bool) -> None:
        """A cancelled Markdown export leaves no half-written folder behind."""
        if self.fmt != "markdown" or not empty or not self.target.is_dir():
            return
        if not existed:
            shutil.rmtree(self.target, ignore_errors=True)
            return
        for child in self.target.iterdir():  # the folder was empty before the export
            if child.is_dir():
                shutil.rmtree(child, ignore_errors=True)
            else:
                child.unlink(missing_ok=True)


class Exporter(QObject):
    """Starts an export thread and shows its progress; `finished` fires in the GUI thread."""

    finished = Signal(bool, str, str, bool)  # ok, message, path, cancelled by the user

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent
        self._thread: QThread | None = None
        self.worker: ExportWorker | None = None
        self.dialog: QProgressDialog | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self, lib: Library, name: str, target: Path, fmt: str,
              audience: str = "participant") -> bool:
        if self._thread is not None:
            return False
        self._thread = QThread(self)
        self._thread.setObjectName("casebook-export")
        self.worker = ExportWorker(str(lib.data_dir), lib.folders, name, target, fmt, audience)
        self.worker.moveToThread(self._thread)
        self._thread.started.connect(self.worker.run)
        self._thread.finished.connect(self.worker.deleteLater)
        self.worker.progress.connect(self._progress)
        self.worker.stage.connect(self._stage)
        self.worker.done.connect(self._done)
        self.worker.failed.connect(self._failed)
        self.dialog = QProgressDialog(self.tr("Exporting “{0}”…").format(name),
                                      self.tr("Cancel"), 0, 0, self.window)
        self.dialog.setWindowTitle(self.tr("Export"))
        self.dialog.setAccessibleName(self.tr("Export progress"))
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self._thread.start()
        return True

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel_event.set()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Cancelling…"))

    def shutdown(self) -> None:
        """Cancel and wait (the window is closing)."""
        if self._thread is not None:
            self.cancel()
            self._end()

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        if self.dialog is not None and not self.dialog.wasCanceled():
            self.dialog.setRange(0, total)
            self.dialog.setValue(done)
            self.dialog.setLabelText(self.tr("Exporting case {0} of {1}…").format(done, total))

    @Slot(str)
    def _stage(self, text: str) -> None:
        if self.dialog is not None and not self.dialog.wasCanceled():
            self.dialog.setRange(0, 0)
            self.dialog.setLabelText(text)

    @Slot(object)
    def _done(self, report: ExportReport) -> None:
        self._end()
        what = translate("export", WHAT[report.format])
        if report.audience == "participant":
            what = self.tr("{0} for participants").format(what)
        elif report.audience == "trainer":
            what = self.tr("{0} for the trainer").format(what)
        text = self.tr("{0} saved: {1}").format(what, report.path)
        if report.missing:
            text += self.tr(" (%n missing case(s) shown by title only)", "",
                            len(report.missing))
        self.finished.emit(True, text, report.path, False)

    @Slot(str, bool)
    def _failed(self, message: str, cancelled: bool) -> None:
        self._end()
        self.finished.emit(False, self.tr("Export cancelled; nothing was written") if cancelled
                           else self.tr("Export failed: {0}").format(message), "", cancelled)

    def _end(self) -> None:
        thread, self._thread, self.worker = self._thread, None, None
        if thread is not None:
            thread.quit()
            thread.wait()
            thread.deleteLater()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None


def ask_and_export(ui: Host, exporter: Exporter, name: str) -> None:
    """The file dialog, then the export in the background."""
    if exporter.running:
        ui.say(translate("export", "An export is already running"), 5000)
        return
    ui.save_edits()
    settings = ui.shell.settings
    dialog = file_dialog(ui.owner(), name,
                         settings.value("collections/export_dir") or documents(),
                         settings.value("collections/export_format") or "pdf",
                         settings.value("collections/export_audience") or "participant")

    def chosen(path: str) -> None:
        target, fmt, audience = target_and_format(path, dialog.selectedNameFilter())
        settings.setValue("collections/export_dir", str(target.parent))
        settings.setValue("collections/export_format", fmt)
        if fmt != "casebook":  # a pack has no audience: keep the handouts' one
            settings.setValue("collections/export_audience", audience)
        exporter.start(ui.lib, name, target, fmt, audience)

    dialog.fileSelected.connect(chosen)
    ui.show_dialog(dialog)
