"""Import a `.casebook` course pack: target folder, an explicit choice for clashing ids."""

from __future__ import annotations

import html
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from casebook import paths
from casebook.errors import CasebookError
from casebook.exchange.pack_import import (
    ImportReport,
    Pack,
    conflicts,
    import_pack,
    read_pack,
)
from casebook.gui.exchange.host import Host
from casebook.gui.i18n import QT_TRANSLATE_NOOP, Translatable, translate

CHOICES = (("skip", QT_TRANSLATE_NOOP("ImportDialog", "&Skip them: keep the cases I have")),
           ("replace", QT_TRANSLATE_NOOP("ImportDialog", "&Replace mine with the pack's (a copy "
                                                         "of mine goes to the backups folder)")),
           ("keep-both", QT_TRANSLATE_NOOP("ImportDialog", "&Keep both: the pack's cases get "
                                                           "new ids")))



def writable_folders(folders: list[str]) -> list[str]:
    """Case folders the user may write into (never the bundled, read-only cases)."""
    bundled = os.path.realpath(paths.bundled_cases())
    out = []
    for folder in folders:
        real = os.path.realpath(folder)
        if real == bundled or real.startswith(bundled + os.sep):
            continue
        if os.path.isdir(folder) and os.access(folder, os.W_OK):
            out.append(folder)
    return out


def default_new_folder() -> str:
    from casebook.gui.exchange.export import documents

    return str(Path(documents()) / "Casebook cases")


def pack_file_dialog(parent: QWidget, folder: str) -> QFileDialog:
    dialog = QFileDialog(parent, translate("pack_import", "Import a course pack"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilters([translate("pack_import", "Casebook course pack (*.casebook)"),
                           translate("pack_import", "All files (*)")])
    if folder:
        dialog.setDirectory(folder)
    return dialog


class ImportDialog(QDialog):
    """Where the pack's cases go, and what happens to ids the library already has."""

    def __init__(self, parent: QWidget, pack: Pack, folders: list[str],
                 clashes: Callable[[Path], list[str]],
                 read_only: Callable[[list[str]], bool] = lambda _ids: False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a course pack"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.clashes = clashes
        self.read_only = read_only
        self.current_clashes: list[str] = []
        with_files = sum(1 for i in pack.items if i.data is not None)
        count = self.tr("%n case(s)", "", len(pack.items))
        summary = QLabel(self.tr("{0}: {1}, {2} with their case file.").format(
            f"<b>{html.escape(pack.name)}</b>", count, with_files), self)
        summary.setWordWrap(True)
        self.folder = QComboBox(self)
        self.folder.setAccessibleName(self.tr("Case folder for the imported cases"))
        for f in folders or [default_new_folder()]:
            self.folder.addItem(f, f)
        self.folder.addItem(self.tr("Choose another folder…"), None)
        self.folder.activated.connect(self._folder_chosen)
        folder_label = QLabel(self.tr("Put the cases in this &case folder:"), self)
        folder_label.setBuddy(self.folder)
        self.clash_label = QLabel("", self)
        self.clash_label.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        for key, text in CHOICES:
            radio = QRadioButton(translate("ImportDialog", text), self)
            radio.setAccessibleName(translate("ImportDialog", text).replace("&", ""))
            self.group.addButton(radio)
            self.radios[key] = radio
            radio.toggled.connect(lambda _on: self._update())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                        QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.radios["skip"].setChecked(True)  # the choice that changes nothing of the user's
        layout = QVBoxLayout(self)
        for w in (summary, folder_label, self.folder, self.clash_label, *self.radios.values(),
                  self.buttons):
            layout.addWidget(w)
        self._refresh()
        self.resize(520, self.sizeHint().height())

    def _folder_chosen(self, index: int) -> None:
        if self.folder.itemData(index) is not None:
            self._refresh()
            return
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Case folder for the imported cases"), default_new_folder())
        if chosen:
            self.folder.insertItem(0, chosen, chosen)
            self.folder.setCurrentIndex(0)
        else:
            self.folder.setCurrentIndex(0)
        self._refresh()

    def target(self) -> str:
        return str(self.folder.currentData() or "")

    def choice(self) -> str | None:
        if not self.current_clashes:
            return None
        return next((k for k, r in self.radios.items() if r.isChecked()), None)

    def _refresh(self) -> None:
        self.current_clashes = self.clashes(Path(self.target())) if self.target() else []
        n = len(self.current_clashes)
        if n:
            listed = ", ".join(self.current_clashes[:8]) + (" …" if n > 8 else "")
            self.clash_label.setText(self.tr(
                "%n case(s) in the pack already exist ({0}). Choose:", "", n).format(listed))
        self.clash_label.setVisible(bool(n))
        for radio in self.radios.values():
            radio.setVisible(bool(n))
        locked = bool(n) and self.read_only(self.current_clashes)
        replace = self.radios["replace"]
        replace.setEnabled(not locked)
        replace.setToolTip(self.tr("Some of these cases are read-only (the bundled cases)")
                           if locked else "")
        if locked and replace.isChecked():
            self.group.setExclusive(False)
            replace.setChecked(False)
            self.group.setExclusive(True)
        self._update()

    def _update(self) -> None:
        self.ok.setEnabled(bool(self.target()) and
                           (not self.current_clashes or self.choice() is not None))


def ask_and_import(ui: Host) -> None:
    """Choose a pack, check it, then ask where and how."""
    from casebook.gui.exchange.export import documents

    start = ui.shell.settings.value("collections/import_dir") or documents()
    dialog = pack_file_dialog(ui.owner(), start)
    dialog.fileSelected.connect(lambda path: pack_chosen(ui, path))
    ui.show_dialog(dialog)


def pack_chosen(ui: Host, path: str) -> None:
    ui.shell.settings.setValue("collections/import_dir", str(Path(path).parent))
    try:
        pack = read_pack(path)
    except CasebookError as exc:
        ui.warn(translate("pack_import", "This pack cannot be imported"),
                translate("pack_import", "{0}\n\nNothing was written.").format(exc))
        return
    lib = ui.lib

    def read_only(ids: list[str]) -> bool:
        rows = lib.store.case_rows(ids)
        return any(not writable_folders([os.path.dirname(r["path"])]) for r in rows.values())

    dialog = ImportDialog(ui.owner(), pack, writable_folders(lib.folders),
                          lambda folder: conflicts(lib, pack, folder), read_only)
    dialog.accepted.connect(lambda: run_import(ui, path, dialog.target(), dialog.choice()))
    QTimer.singleShot(0, lambda: ui.show_dialog(dialog))  # once the file dialog has gone


class Imported(Translatable):
    """The status line that says what an import wrote."""

    def line(self, report: ImportReport, folder: str) -> str:
        written = len(report.added) + len(report.replaced) + len(report.renamed)
        if written:
            text = self.tr("Imported “{0}”: %n case file(s) written to {1}", "",
                           written).format(report.collection, folder)
            if report.skipped:
                text += self.tr(", {0} skipped").format(len(report.skipped))
            return text
        text = self.tr("Imported “{0}”: no case file written").format(report.collection)
        if report.skipped:
            text += self.tr(" ({0} already in your library, skipped)").format(
                len(report.skipped))
        return text


def run_import(ui: Host, path: str, folder: str, choice: str | None) -> None:
    lib = ui.lib
    try:
        report = import_pack(lib, path, folder, choice)
    except CasebookError as exc:
        ui.warn(translate("pack_import", "This pack cannot be imported"),
                translate("pack_import", "{0}\n\nNothing was written.").format(exc))
        return
    text = Imported().line(report, folder)
    if report.wrote_to_folder and not report.in_library:  # never a folder that is not there
        ui.shell.use_folders([*lib.folders, report.folder])
        text += translate("pack_import", "; the folder was added to your case folders")
    if os.path.isdir(report.folder):
        url = QUrl.fromLocalFile(report.folder)
        ui.offer(text, lambda: QDesktopServices.openUrl(url),
                 translate("pack_import", "Show folder"))
    else:
        name = report.collection
        ui.offer(text, lambda: ui.open(name), translate("pack_import", "Open collection"))
    ui.shell.sync.start(False)
    ui.refresh_sidebar()
    ui.open(report.collection)
