"""The New case dialog: fields for the template, a target folder, then an offer to edit."""

from __future__ import annotations

import datetime as dt
import logging
import os
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from casebook import paths
from casebook.authoring.newcase import MIN_YEAR, create_case, library_ids, region_folder, unique_id
from casebook.cases.files import is_hidden
from casebook.cases.validation import max_year
from casebook.errors import CasebookError
from casebook.facets import LEVELS
from casebook.gui import words
from casebook.gui.theme import error_style
from casebook.library import Library

log = logging.getLogger(__name__)

ADD_FOLDER = "\0add"
MAX_SUB_FOLDERS = 100


def open_in_editor(path: str) -> bool:
    """Open a case file in the system's editor for its type."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(path)))


def writable(folder: str) -> bool:
    return os.path.isdir(folder) and os.access(folder, os.W_OK | os.X_OK)


def sub_folders(folder: str) -> list[str]:
    """The writable folders directly inside a case folder (europe, asia ...), a to z."""
    try:
        names = sorted(e.name for e in os.scandir(folder)
                       if e.is_dir() and not is_hidden(e.name))
    except OSError:
        return []
    paths_ = [os.path.join(folder, n) for n in names[:MAX_SUB_FOLDERS]]
    return [p for p in paths_ if writable(p)]


class NewCaseDialog(QDialog):
    """Title, country, level, year and folder; then an offer to open the new file."""

    created = Signal(str)

    def __init__(self, parent: QWidget, lib: Library) -> None:
        super().__init__(parent)
        self.lib = lib
        self.path = ""
        self.setWindowTitle(self.tr("New case"))
        try:
            self.taken = library_ids(lib)
            countries = sorted(lib.term_counts().get("countries", {}))
        except CasebookError as exc:
            log.warning("cannot list the library's ids and countries: %s", exc)
            self.taken, countries = set(), []
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("e.g. Participatory budgeting in Porto Alegre"))
        self.country = QLineEdit(self)
        self.country.setPlaceholderText(self.tr("e.g. Brazil"))
        completer = QCompleter(countries, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.country.setCompleter(completer)
        self.level = QComboBox(self)
        for level in LEVELS:
            self.level.addItem(words.value("levels", level), level)
        self.level.setCurrentIndex(self.level.findData("municipal"))
        self.year = QSpinBox(self)
        self.year.setRange(MIN_YEAR, max_year())
        self.year.setValue(min(dt.date.today().year, max_year()))
        self.year.setToolTip(self.tr("The year the initiative started"))
        self.folder = QComboBox(self)
        self.folder.setAccessibleName(self.tr("Case folder"))
        self.folder.setToolTip(self.tr("The folder for the file. In a library sorted into "
                                       "sub-folders, it follows the country: the sub-folder "
                                       "most of its cases are in."))
        bundled = os.path.realpath(paths.bundled_cases())
        mine = [f for f in lib.folders if writable(f) and os.path.realpath(f) != bundled]
        roots = mine + [f for f in lib.folders
                        if writable(f) and os.path.realpath(f) == bundled]
        for f in roots:
            for path in [f, *sub_folders(f)]:
                self.folder.addItem(
                    path if f in mine else self.tr("Bundled cases ({0})").format(path), path)
        self.base = roots[0] if roots else None
        self.folder_chosen = False  # once the user picks a folder, the country does not
        self.folder.addItem(self.tr("Another folder…"), ADD_FOLDER)
        self.folder.activated.connect(self._maybe_choose)
        for w, name in ((self.title, self.tr("Title")), (self.country, self.tr("Country")),
                        (self.level, self.tr("Level")), (self.year, self.tr("Start year"))):
            w.setAccessibleName(name)
        self.file_label = QLabel(self)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(error_style())
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Country"), self.country)
        form.addRow(self.tr("&Level"), self.level)
        form.addRow(self.tr("Start &year"), self.year)
        form.addRow(self.tr("Case &folder"), self.folder)
        form.addRow(self.tr("File"), self.file_label)
        box = QDialogButtonBox(self)
        self.create_button = box.addButton(self.tr("Create"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        box.addButton(QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.create_file)
        box.rejected.connect(self.reject)
        ask = QWidget(self)
        ask_layout = QVBoxLayout(ask)
        intro = QLabel(self.tr("Casebook starts the file from the case template; you then "
                               "write the case in your text editor."), self)
        intro.setWordWrap(True)
        ask_layout.addWidget(intro)
        ask_layout.addLayout(form)
        ask_layout.addWidget(self.error)
        ask_layout.addStretch(1)
        ask_layout.addWidget(box)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(ask)
        self.ask_page = ask
        self.stack.addWidget(self._done_page())
        QVBoxLayout(self).addWidget(self.stack)
        for edit in (self.title, self.country):
            edit.textChanged.connect(self._changed)
        self.country.textChanged.connect(self._follow_country)
        self.folder.currentIndexChanged.connect(self._changed)
        if not mine:
            self.error.setText(self.tr("You have no case folder of your own yet: choose one under "
                               "Case folder (Another folder…)."))
        self._changed()
        self.resize(560, 320)

    def _done_page(self) -> QWidget:
        page = QWidget(self)
        self.done_label = QLabel(page)
        self.done_label.setWordWrap(True)
        self.done_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Open in editor"), page)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_file)
        close = QPushButton(self.tr("Close"), page)
        close.clicked.connect(self.accept)
        box = QDialogButtonBox(page)
        box.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        box.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(page)
        layout.addWidget(self.done_label)
        layout.addStretch(1)
        layout.addWidget(box)
        return page

    def _follow_country(self) -> None:
        """Select the sub-folder for the country's region, until a folder is chosen."""
        if self.folder_chosen or self.base is None:
            return
        try:
            target = str(region_folder(self.lib, self.country.text(), self.base))
        except (CasebookError, OSError):
            return
        index = self.folder.findData(target)
        if index >= 0:
            self.folder.setCurrentIndex(index)

    def _maybe_choose(self, index: int) -> None:
        self.folder_chosen = True
        if self.folder.itemData(index) != ADD_FOLDER:
            return
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder for your cases"))
        if chosen and writable(chosen):
            self.folder.insertItem(index, chosen, chosen)
            self.folder.setCurrentIndex(index)
        else:
            self.folder.setCurrentIndex(max(0, index - 1) if index else -1)
            if chosen:
                self.error.setText(self.tr("Cannot write to {0}; choose another folder.")
                                   .format(chosen))

    def target(self) -> str | None:
        data = self.folder.currentData()
        return data if data and data != ADD_FOLDER else None

    def _changed(self) -> None:
        folder = self.target()
        ready = bool(self.title.text().strip() and self.country.text().strip() and folder)
        self.create_button.setEnabled(ready)
        if folder and self.title.text().strip():
            name = unique_id(self.title.text(), self.taken, folder) + ".md"
            self.file_label.setText(name)
            self.file_label.setToolTip(str(Path(folder) / name))
        else:
            self.file_label.setText(self.tr("(named after the title)"))

    def create_file(self) -> None:
        folder = self.target()
        if folder is None:
            return
        try:
            path = create_case(self.lib, self.title.text(), self.country.text(),
                               str(self.level.currentData()), self.year.value(), folder)
        except CasebookError as exc:
            self.error.setText(str(exc))
            return
        self.path = str(path)
        self.done_label.setText(
            self.tr("<p>Created {0} in {1}.</p>").format(f"<b>{_esc(path.name)}</b>",
                                                         _esc(str(path.parent)))
            + self.tr("<p>Open it in your text editor and replace the template's hints with "
                      "the case. Casebook shows it now and checks it again each time you save; "
                      "problems appear at the top of the case.</p>")
            + self.tr("<p>Until its summary is written, the case is not counted beside the "
                      "tags, countries and levels in the sidebar.</p>"))
        self.stack.setCurrentIndex(1)
        ignored = QSizePolicy.Policy.Ignored
        self.ask_page.setSizePolicy(ignored, ignored)  # fit the dialog to this page
        self.adjustSize()
        self.open_button.setFocus()
        self.created.emit(self.path)

    def open_file(self) -> None:
        if open_in_editor(self.path):
            self.accept()
        else:
            self.done_label.setText(self.done_label.text() + self.tr(
                "<p><b>No application is set up to open .md files.</b> Open {0} in any text "
                "editor.</p>").format(_esc(self.path)))


def _esc(text: str) -> str:
    import html

    return html.escape(text)
