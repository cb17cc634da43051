"""Folders written for something else: once a newly added case folder is indexed, if most
of its files miss the same required fields (a website's pages), the app says so once and
offers to read it as a reference folder or to map its fields in its casebook.toml."""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QObject, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QPushButton

from casebook.cases.files import SETTINGS_FILE
from casebook.cases.model import SyncReport
from casebook.errors import CasebookError
from casebook.gui.shell import Shell

log = logging.getLogger(__name__)
TOLD = "folder_notices"  # user setting: the folders the notice was shown for


class ForeignFolderFeature(QObject):
    """Watches each case folder's casebook.toml, and gives the notice for a folder added
    since the window opened once its files are indexed."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.window())
        self.shell = shell
        self.lib = shell.lib
        self.seen = set(self.lib.folders)  # folders that need no look any more
        self.notice: QMessageBox | None = None
        self.folder = ""  # the folder the notice is about
        self.buttons: dict[str, QPushButton] = {}
        self.after_sync = ""  # said once the sync under way is done (after its summary)
        shell.sync.updated.connect(self._synced)
        shell.sync.finished.connect(self._watch_settings)

    def shutdown(self) -> None:
        if self.notice is not None:
            self.notice.close()

    def _watch_settings(self) -> None:
        """A casebook.toml saved in place is picked up (a new one changes its folder)."""
        if self.after_sync:
            message, self.after_sync = self.after_sync, ""
            QTimer.singleShot(0, lambda: self.shell.status.showMessage(message, 15_000))
        self.shell.watcher.watch("folder-settings", [os.path.join(f, SETTINGS_FILE)
                                                     for f in self.lib.folders])

    def _synced(self, _report: SyncReport) -> None:
        if self.notice is not None:
            return
        told = set(self._told())
        chosen = set(self.lib.reference_folders())
        for folder in [f for f in self.lib.folders if f not in self.seen]:
            if folder in told or folder in chosen:
                self.seen.add(folder)
                continue
            try:
                missed = self.lib.foreign_fields(folder)
            except CasebookError as exc:
                log.warning("cannot look at the problems of %s: %s", folder, exc)
                continue
            if missed is None:
                continue  # not indexed yet (or no Markdown): looked at after the next sync
            self.seen.add(folder)
            if missed:
                self.lib.user.set_setting(TOLD, [*self._told(), folder])
                self.say(folder, missed)
                return

    def _told(self) -> list[str]:
        told = self.lib.user.setting(TOLD) or []
        return [str(f) for f in told] if isinstance(told, list) else []

    def say(self, folder: str, missed: list[str]) -> None:
        """The notice, once per folder: read it as a reference folder, map its fields, or
        keep it as case files."""
        files = self.lib.folder_files(folder)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Not case files?"),
                          self.tr("This folder looks like a website's content, not case "
                                  "files: read it as a reference folder, or map its "
                                  "fields…"), QMessageBox.StandardButton.NoButton,
                          self.shell.window())
        box.setInformativeText(self.tr(
            "Most of the %Ln file(s) in {0} have no {1}. In a reference folder the pages "
            "can be searched and read, and a missing case field is not a problem. Mapping "
            "its fields (in a casebook.toml file in the folder) reads the pages as cases. "
            "Nothing in the pages is changed either way.", "", int(files)).format(
                folder, ", ".join(missed)))
        self.buttons = {
            "reference": box.addButton(self.tr("Read as a reference folder"),
                                       QMessageBox.ButtonRole.AcceptRole),
            "map": box.addButton(self.tr("Map its fields…"), QMessageBox.ButtonRole.ActionRole),
            "keep": box.addButton(self.tr("Keep as case files"),
                                  QMessageBox.ButtonRole.RejectRole),
        }
        box.setDefaultButton(self.buttons["reference"])
        box.buttonClicked.connect(self._chosen)
        box.finished.connect(self._closed)
        self.notice, self.folder = box, folder
        log.info("%s looks like a website's content (most files miss %s)", folder,
                 ", ".join(missed))
        box.open()

    def _chosen(self, button: QAbstractButton) -> None:
        if button is self.buttons.get("reference"):
            self.read_as_reference(self.folder)
        elif button is self.buttons.get("map"):
            self.map_fields(self.folder)

    def _closed(self) -> None:
        if self.notice is not None:
            self.notice.deleteLater()
        self.notice = None

    def read_as_reference(self, folder: str) -> None:
        self.lib.set_reference(folder, True)
        self.after_sync = self.tr("{0} is read as a reference folder (File > Case folders "
                                  "changes it)").format(folder)
        self.shell.sync.start(False)

    def map_fields(self, folder: str) -> None:
        """Write a starting casebook.toml (when the folder has none) and open it."""
        from casebook.exchange.mapping_template import start_folder_settings

        try:
            path = start_folder_settings(folder, self.lib.folder_keys(folder))
        except OSError as exc:
            QMessageBox.warning(self.shell.window(), self.tr("Cannot write to the folder"),
                                self.tr("{0} cannot be written in {1}: {2}").format(
                                    SETTINGS_FILE, folder, exc.strerror or exc))
            return
        self.after_sync = self.tr("Edit {0}: Casebook reads the folder again each time it is "
                                  "saved").format(str(path))
        self.shell.sync.start(False)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
