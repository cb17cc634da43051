"""Files given to the app (command line, a second launch, the desktop, a drop on the window):
a `.casebook` pack goes to the pack import dialog, a folder of Markdown to the case folders,
Word, OpenDocument and PDF files to draft cases."""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QDropEvent, QFileOpenEvent
from PySide6.QtWidgets import QApplication, QWidget

from casebook.exchange.document_text import SUFFIXES as DOCUMENTS
from casebook.exchange.documents import expand
from casebook.gui.exchange import pack_import
from casebook.gui.exchange.document_import import DocumentImporter
from casebook.gui.exchange.host import Host

log = logging.getLogger(__name__)
PACK_SUFFIX = ".casebook"
HEADLESS = ("offscreen", "minimal")  # no stacking order to raise the window in
LOOK_AT = 20_000  # entries looked at before deciding a dropped folder holds no Markdown
MAX_DROPPED_DOCUMENTS = 1_000  # drafts offered from one dropped folder of documents


def has_markdown(folder: str, limit: int = LOOK_AT) -> bool:
    """Whether the folder holds a Markdown file, looking at no more than `limit` entries."""
    seen = 0
    for _root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        if any(f.lower().endswith((".md", ".markdown")) for f in files):
            return True
        seen += len(files) + len(dirs)
        if seen > limit:
            return False
    return False


def openable(url: QUrl) -> str | None:
    """The local path of a dropped pack, folder or document, else None."""
    if not url.isLocalFile():
        return None
    path = url.toLocalFile()
    if os.path.isdir(path) or path.lower().endswith((PACK_SUFFIX, *DOCUMENTS)):
        return path
    return None


class OpeningFeature(QObject):
    """Opens packs and case folders handed to the window; the window accepts drops of them,
    and on macOS the desktop's open events come here too."""

    def __init__(self, window: QWidget, host: Host) -> None:
        super().__init__(window)
        self.window = window
        self.host = host
        self.shell = host.shell
        self.documents = DocumentImporter(host)
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        self.app = QApplication.instance() if sys.platform == "darwin" else None
        if self.app is not None:  # a double-click on a pack reaches the app as a FileOpen
            self.app.installEventFilter(self)

    def shutdown(self) -> None:
        self.documents.shutdown()
        if self.app is not None:
            self.app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            self.open_paths([event.file()])
            return True
        if watched is not self.window:
            return False
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(
                event, QDropEvent):  # a drag event is a kind of drop event
            if self._dropped(event):
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
                return True
        elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            paths = self._dropped(event)
            if paths:
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
                self.open_paths(paths)
                return True
        return False

    @staticmethod
    def _dropped(event: QDropEvent) -> list[str]:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        return [p for p in (openable(u) for u in mime.urls()) if p is not None]

    def open_paths(self, paths: list[str]) -> None:
        """Bring the window forward, then open each pack, add each folder and offer to
        draft cases from the documents, all of them at once."""
        self.show_window()
        documents = [p for p in paths if p.lower().endswith(DOCUMENTS) and os.path.isfile(p)]
        if documents:
            self.documents.offer(documents)
        for path in paths:
            if path in documents:
                continue
            if os.path.isdir(path):
                self.add_folder(path)
            elif path.lower().endswith(PACK_SUFFIX):
                log.info("opening the pack %s", path)
                pack_import.pack_chosen(self.host, path)
            else:
                self.host.say(self.tr("Casebook opens course packs (.casebook), folders of "
                                      "case files and documents (.docx, .odt, .pdf), not "
                                      "{0}").format(os.path.basename(path)), 15_000)

    def show_window(self) -> None:
        if self.window.isMinimized():
            self.window.showNormal()
        if QApplication.platformName() not in HEADLESS:
            self.window.raise_()
        self.window.activateWindow()

    def add_folder(self, folder: str) -> None:
        """What File > Case folders does with a new folder: search, index and watch it."""
        folder = os.path.abspath(folder)
        lib = self.host.lib
        if folder in lib.folders:
            self.host.say(self.tr("{0} is already one of your case folders").format(folder))
            return
        if not has_markdown(folder):
            documents = expand([folder], limit=MAX_DROPPED_DOCUMENTS)
            if documents:  # the folder of PDFs a unit keeps: offer drafts of them
                self.documents.offer(documents)
                return
            self.host.warn(self.tr("No case files in this folder"),
                           self.tr("{0} holds no Markdown (.md) files, so it was not added to "
                                   "your case folders.").format(folder))
            return
        before = list(lib.folders)
        self.shell.use_folders([*before, folder])
        self.shell.sync.start(False)
        log.info("added the dropped case folder %s", folder)

        def undo() -> None:
            if folder in lib.folders:
                self.shell.use_folders([f for f in lib.folders if f != folder])
                self.shell.sync.start(False)

        self.host.offer(self.tr("Added the case folder {0}").format(folder), undo)
