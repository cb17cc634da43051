"""File > Back up my work… and Restore my work…, and the monthly offer to back up."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from casebook.errors import CasebookError
from casebook.gui import i18n
from casebook.gui.shell import Shell
from casebook.userdata.backup import (
    BackupInfo,
    backup_due,
    decline_offer,
    default_name,
    read_backup,
)

log = logging.getLogger(__name__)


def documents() -> Path:
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


class OfferBar(QWidget):
    """'It has been a month…' with Back up now and Not now, in the status bar until either
    is clicked (ignoring it means it is offered again at the next start)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.label = QLabel(self.tr("A month since your work was last backed up."), self)
        self.now = QPushButton(self.tr("Back up now…"), self)
        self.later = QPushButton(self.tr("Not now"), self)
        self.later.setToolTip(self.tr("Ask again in a month"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        for widget in (self.label, self.now, self.later):
            layout.addWidget(widget)
        self.hide()


class BackupFeature(QObject):
    """`restored` after a restore, once the window shows the restored work."""

    restored = Signal()

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.window())
        self.shell = shell
        self.lib = shell.lib
        self.dialog: QFileDialog | QMessageBox | None = None
        self.bar = OfferBar(shell.window())
        shell.status.addPermanentWidget(self.bar)
        self.bar.now.clicked.connect(self.ask_backup)
        self.bar.later.clicked.connect(self.not_now)
        m = shell.menus
        m.add_file_action(m.make(self.tr("&Back up my work…"), self.ask_backup))
        m.add_file_action(m.make(self.tr("Restore my &work…"), self.ask_restore))

    def greet(self) -> None:
        """At the app's start: offer a backup when one is due (see userdata.backup)."""
        try:
            due = backup_due(self.lib.user)
        except CasebookError as exc:
            log.warning("cannot tell whether a backup is due: %s", exc)
            return
        if due:
            self.bar.show()

    def not_now(self) -> None:
        self.bar.hide()
        decline_offer(self.lib.user)

    # back up -----------------------------------------------------------------------
    def ask_backup(self) -> QFileDialog:
        folder = str(self.shell.settings.value("backup/dir") or documents())
        dialog = QFileDialog(self.shell.window(), self.tr("Back up my work"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("Casebook backup (*.zip)")])
        dialog.setDefaultSuffix("zip")
        dialog.setDirectory(folder)
        dialog.selectFile(default_name())
        dialog.fileSelected.connect(lambda path: self.back_up(Path(path)))
        self.dialog = dialog
        dialog.open()
        return dialog

    def back_up(self, path: Path) -> BackupInfo | None:
        try:
            info = self.lib.backup(path)
        except CasebookError as exc:
            QMessageBox.warning(self.shell.window(), self.tr("Back up my work"),
                                self.tr("Nothing was backed up: {0}").format(exc))
            return None
        self.shell.settings.setValue("backup/dir", str(path.parent))
        self.bar.hide()
        self.shell.status.showMessage(self.tr("Backed up to {0}: {1}").format(
            path, self.summary(info)), 10_000)
        return info

    def summary(self, info: BackupInfo) -> str:
        """What a backup holds in the interface language ("3 collections (12 cases and 2
        notes), 1 tag of your own and 4 settings"), leaving out what it has none of."""
        n = info.counts

        def listed(*parts: tuple[str, str]) -> str:
            texts = [text for kind, text in parts if n.get(kind)]
            if len(texts) < 2:
                return "".join(texts)
            return self.tr("{0} and {1}").format(", ".join(texts[:-1]), texts[-1])

        inside = listed(("cases", self.tr("%n case(s)", "", n.get("cases", 0))),
                        ("notes", self.tr("%n note(s)", "", n.get("notes", 0))),
                        ("questions", self.tr("%n question(s)", "", n.get("questions", 0))))
        collections = self.tr("%n collection(s)", "", n.get("collections", 0))
        return listed(
            ("collections", f"{collections} ({inside})" if inside else collections),
            ("user tags", self.tr("%n tag(s) of your own", "", n.get("user tags", 0))),
            ("saved searches", self.tr("%n saved search(es)", "", n.get("saved searches", 0))),
            ("settings", self.tr("%n setting(s)", "", n.get("settings", 0)))) or \
            self.tr("no collections, tags, saved searches or settings")

    # restore -----------------------------------------------------------------------
    def ask_restore(self) -> QFileDialog:
        folder = str(self.shell.settings.value("backup/dir") or documents())
        dialog = QFileDialog(self.shell.window(), self.tr("Restore my work"), folder,
                             self.tr("Casebook backup (*.zip)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: self.confirm_restore(Path(path)))
        self.dialog = dialog
        dialog.open()
        return dialog

    def confirm_restore(self, path: Path) -> QMessageBox | None:
        """Say what the backup holds and what happens to today's work; Replace restores."""
        try:
            info = read_backup(path)
        except CasebookError as exc:
            QMessageBox.warning(self.shell.window(), self.tr("Restore my work"), str(exc))
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore my work"),
                          self.tr("Replace your own work with the backup {0}?").format(
                              path.name), QMessageBox.StandardButton.Cancel,
                          self.shell.window())
        made = i18n.date_text(info.created)
        holds = (self.tr("The backup, made on {0}, holds: {1}.").format(made, self.summary(info))
                 if made else self.tr("The backup (its date is unknown) holds: {0}.").format(
                     self.summary(info)))
        box.setInformativeText(holds + " " + self.tr(
            "Your collections, notes, tags, saved searches and settings are replaced by its "
            "own; your work as it is now is first saved as a backup of its own in the data "
            "folder."))
        replace = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda button: self.restore(path) if button is replace
                                  else None)
        self.dialog = box
        box.open()
        return box

    def restore(self, path: Path) -> bool:
        folders = list(self.lib.folders)
        try:
            report = self.lib.restore(path)
        except CasebookError as exc:
            QMessageBox.warning(self.shell.window(), self.tr("Restore my work"),
                                self.tr("Nothing was restored: {0}").format(exc))
            return False
        self.shell.settings.sync()  # reads the restored window settings
        if self.lib.folders != folders:
            self.shell.use_folders(self.lib.folders)
        self.shell.sync.start(False)  # indexes the cases whose own tags changed
        self.shell.browser.refresh_sidebar()
        self.restored.emit()
        self.shell.status.showMessage(self.tr(
            "Restored from the backup: {0}. Your work as it was is kept in {1}").format(
            self.summary(report.restored), report.kept), 15_000)
        return True

    def shutdown(self) -> None:
        pass
