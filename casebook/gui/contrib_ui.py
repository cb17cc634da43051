"""Contributor tools in the app: new case, tag editing, taxonomy browser, live taxonomy."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from casebook import paths
from casebook.errors import CasebookError
from casebook.gui.tag_dialog import TagDialog, TagWorker
from casebook.gui.taxonomy_dock import TaxonomyDock
from casebook.model import LEVELS
from casebook.newcase import MIN_YEAR, create_case, library_ids, slug_id, unique_id
from casebook.validation import max_year

ADD_FOLDER = "\0add"
MAX_PROBLEM_WATCHES = 500


def open_in_editor(path: str) -> bool:
    """Open a case file in the system's editor for its type."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(path)))


def writable(folder: str) -> bool:
    return os.path.isdir(folder) and os.access(folder, os.W_OK | os.X_OK)


class NewCaseDialog(QDialog):
    """Title, country, level, year and folder; then an offer to open the new file."""

    created = Signal(str)

    def __init__(self, parent: QWidget, lib: Any) -> None:
        super().__init__(parent)
        self.lib = lib
        self.path = ""
        self.setWindowTitle("New case")
        try:
            self.taken = library_ids(lib)
            countries = sorted(lib.term_counts().get("countries", {}))
        except CasebookError:
            self.taken, countries = set(), []
        self.title = QLineEdit(self)
        self.title.setPlaceholderText("e.g. Participatory budgeting in Porto Alegre")
        self.country = QLineEdit(self)
        self.country.setPlaceholderText("e.g. Brazil")
        completer = QCompleter(countries, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.country.setCompleter(completer)
        self.level = QComboBox(self)
        self.level.addItems(list(LEVELS))
        self.level.setCurrentText("municipal")
        self.year = QSpinBox(self)
        self.year.setRange(MIN_YEAR, max_year())
        self.year.setValue(min(dt.date.today().year, max_year()))
        self.year.setToolTip("The year the initiative started")
        self.folder = QComboBox(self)
        self.folder.setAccessibleName("Case folder")
        bundled = os.path.realpath(paths.bundled_cases())
        mine = [f for f in lib.folders if writable(f) and os.path.realpath(f) != bundled]
        for f in mine:
            self.folder.addItem(f, f)
        for f in lib.folders:
            if writable(f) and os.path.realpath(f) == bundled:
                self.folder.addItem(f"Bundled cases ({f})", f)
        self.folder.addItem("Another folder…", ADD_FOLDER)
        self.folder.activated.connect(self._maybe_choose)
        for w, name in ((self.title, "Title"), (self.country, "Country"), (self.level, "Level"),
                        (self.year, "Start year")):
            w.setAccessibleName(name)
        self.file_label = QLabel(self)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e")
        form = QFormLayout()
        form.addRow("&Title", self.title)
        form.addRow("&Country", self.country)
        form.addRow("&Level", self.level)
        form.addRow("Start &year", self.year)
        form.addRow("Case &folder", self.folder)
        form.addRow("File", self.file_label)
        box = QDialogButtonBox(self)
        self.create_button = box.addButton("Create", QDialogButtonBox.ButtonRole.AcceptRole)
        box.addButton(QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.create_file)
        box.rejected.connect(self.reject)
        ask = QWidget(self)
        ask_layout = QVBoxLayout(ask)
        intro = QLabel("Casebook starts the file from the case template; you then write the "
                       "case in your text editor.", self)
        intro.setWordWrap(True)
        ask_layout.addWidget(intro)
        ask_layout.addLayout(form)
        ask_layout.addWidget(self.error)
        ask_layout.addStretch(1)
        ask_layout.addWidget(box)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(ask)
        self.stack.addWidget(self._done_page())
        QVBoxLayout(self).addWidget(self.stack)
        for edit in (self.title, self.country):
            edit.textChanged.connect(self._changed)
        self.folder.currentIndexChanged.connect(self._changed)
        if not mine:
            self.error.setText("You have no case folder of your own yet: choose one under "
                               "Case folder (Another folder…).")
        self._changed()
        self.resize(560, 320)

    def _done_page(self) -> QWidget:
        page = QWidget(self)
        self.done_label = QLabel(page)
        self.done_label.setWordWrap(True)
        self.done_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton("Open in editor", page)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_file)
        close = QPushButton("Close", page)
        close.clicked.connect(self.accept)
        box = QDialogButtonBox(page)
        box.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        box.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(page)
        layout.addWidget(self.done_label)
        layout.addStretch(1)
        layout.addWidget(box)
        return page

    def _maybe_choose(self, index: int) -> None:
        if self.folder.itemData(index) != ADD_FOLDER:
            return
        chosen = QFileDialog.getExistingDirectory(self, "Choose a folder for your cases")
        if chosen and writable(chosen):
            self.folder.insertItem(index, chosen, chosen)
            self.folder.setCurrentIndex(index)
        else:
            self.folder.setCurrentIndex(max(0, index - 1) if index else -1)
            if chosen:
                self.error.setText(f"Cannot write to {chosen}; choose another folder.")

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
            self.file_label.setText(f"{slug_id(self.title.text() or 'title')}.md")

    def create_file(self) -> None:
        folder = self.target()
        if folder is None:
            return
        try:
            path = create_case(self.lib, self.title.text(), self.country.text(),
                               self.level.currentText(), self.year.value(), folder)
        except CasebookError as exc:
            self.error.setText(str(exc))
            return
        self.path = str(path)
        self.done_label.setText(
            f"<p>Created <b>{_esc(path.name)}</b> in {_esc(str(path.parent))}.</p>"
            "<p>Open it in your text editor and replace the template's hints with the case. "
            "Casebook shows it now and checks it again each time you save; problems appear "
            "at the top of the case.</p>")
        self.stack.setCurrentIndex(1)
        self.open_button.setFocus()
        self.created.emit(self.path)

    def open_file(self) -> None:
        if open_in_editor(self.path):
            self.accept()
        else:
            self.done_label.setText(self.done_label.text() + "<p><b>No application is set up "
                                    f"to open .md files.</b> Open {_esc(self.path)} in any text "
                                    "editor.</p>")


class Contrib(QObject):
    """Owns the contributor dialogs and the tag worker for one main window."""

    tags_changed = Signal(str)
    case_created = Signal(str)
    edit_requested = Signal(str, object, object)
    write_requested = Signal(object)

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.pending: str | None = None
        self.new_dialog: NewCaseDialog | None = None
        self.tag_dialog: TagDialog | None = None
        self.taxonomy_key = _taxonomy_key(window.lib)
        self.worker = TagWorker(window.threads.indexer)
        self.worker.moveToThread(window.threads.index_thread)
        self.edit_requested.connect(self.worker.edit)
        self.write_requested.connect(self.worker.write)
        self.worker.done.connect(self._tags_saved)
        self.worker.failed.connect(self._tags_failed)
        self.dock = TaxonomyDock(window)
        self.dock.term_chosen.connect(lambda f, t: window.toggle_filter(f, t, True))
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.taxonomy_button = QPushButton("", window)
        self.taxonomy_button.setFlat(True)
        self.taxonomy_button.setAccessibleName("Taxonomy problem")
        self.taxonomy_button.clicked.connect(self._show_taxonomy_error)
        self.taxonomy_button.hide()
        window.statusBar().addPermanentWidget(self.taxonomy_button)
        self.case_files: set[str] = set()
        window.sync_finished.connect(self._synced)
        window.watcher.fileChanged.connect(self._rearm)
        window.reader.browser.textChanged.connect(self._watch_cases)

    # new case ------------------------------------------------------------------------
    def new_case(self) -> None:
        dialog = NewCaseDialog(self.window, self.window.lib)
        dialog.created.connect(self._created)
        self.new_dialog = dialog
        dialog.open()

    def _created(self, path: str) -> None:
        lib = self.window.lib
        folder = str(Path(path).parent)
        if not any(os.path.realpath(folder).startswith(os.path.realpath(f) + os.sep) or
                   os.path.realpath(folder) == os.path.realpath(f) for f in lib.folders):
            lib.set_folders([*lib.folders, folder])
            self.window.folders_changed.emit(list(lib.folders))
        self.pending = os.path.realpath(path)
        self._watch_cases()
        self.window.start_sync(False)
        self.case_created.emit(path)

    def _open_pending(self) -> None:
        if self.pending is None:
            return
        try:
            files = self.window.lib.store.files()
        except CasebookError:
            return
        for path, row in files.items():
            if row.case_id and os.path.realpath(path) == self.pending:
                self.pending = None
                self.window.open_case(row.case_id)
                return

    # tags ------------------------------------------------------------------------------
    def current_case(self) -> str | None:
        reader = self.window.reader
        if reader.case is not None:
            return str(reader.case["id"])
        return self.window.results.current_id()  # type: ignore[no-any-return]

    def edit_tags(self) -> None:
        case_id = self.current_case()
        if case_id is None:
            self.window.statusBar().showMessage("Open a case first, then edit its tags", 5000)
            return
        try:
            title = self.window.lib.case(case_id)["title"]
        except CasebookError as exc:
            self.window.statusBar().showMessage(str(exc), 8000)
            return
        if self.tag_dialog is not None:
            self.tag_dialog.close()
        dialog = TagDialog(self.window, self.window.lib, case_id, title)
        dialog.edit_requested.connect(self.edit_requested)
        dialog.write_requested.connect(self.write_requested)
        self.tag_dialog = dialog
        dialog.open()

    def _tags_saved(self, case_id: str, changes: list[Any]) -> None:
        win = self.window
        win.run_search()
        if win.reader.case is not None and win.reader.case["id"] == case_id:
            win._show_case(case_id)
        win.refresh_problems()
        self.dock.refresh()
        if self.tag_dialog is not None and self.tag_dialog.case_id == case_id:
            self.tag_dialog.saved(changes)
        self.tags_changed.emit(case_id)

    def _tags_failed(self, case_id: str, message: str) -> None:
        if self.tag_dialog is not None and self.tag_dialog.case_id == case_id:
            self.tag_dialog.failed(message)
        else:
            self.window.statusBar().showMessage(message, 10_000)

    def open_case_file(self) -> None:
        case = self.window.reader.case
        if case is not None and not open_in_editor(case["path"]):
            self.window.statusBar().showMessage(f"No editor for {case['path']}", 8000)

    # live taxonomy -----------------------------------------------------------------------
    def _synced(self) -> None:
        lib = self.window.lib
        error = lib.taxonomy_error
        self.taxonomy_button.setVisible(bool(error))
        self.taxonomy_button.setText("⚠ Taxonomy not updated")
        self.taxonomy_button.setToolTip(error or "")
        key = _taxonomy_key(lib)
        if key != self.taxonomy_key:
            self.taxonomy_key = key
            self.window.folders_changed.emit(list(lib.folders))  # searcher: new taxonomy
            self.window.run_search()
        self.dock.refresh()
        self._open_pending()
        self._watch_cases()

    def _watch_cases(self) -> None:
        """Watch the files a contributor is likely editing: the open case, a new case and
        files with problems (a folder watch misses a file saved in place)."""
        lib, watcher = self.window.lib, self.window.watcher
        case = self.window.reader.case
        wanted = {case["path"]} if case is not None else set()
        if self.pending:
            wanted.add(self.pending)
        with contextlib.suppress(CasebookError):
            wanted.update(sorted({p.path for p in lib.problems()})[:MAX_PROBLEM_WATCHES])
        wanted = {p for p in wanted if os.path.isfile(p)}
        current = set(watcher.files())
        stale = (self.case_files - wanted - {str(p) for p in lib.taxonomy_files()}) & current
        if stale:
            watcher.removePaths(sorted(stale))
        if wanted - current:
            watcher.addPaths(sorted(wanted - current))
        self.case_files = wanted

    def _rearm(self, path: str) -> None:
        """An editor that saves by replacing the file leaves the watch on the old one."""
        watcher = self.window.watcher
        if path in watcher.files():
            watcher.removePath(path)
        if os.path.isfile(path):
            watcher.addPath(path)

    def _show_taxonomy_error(self) -> None:
        QMessageBox.warning(self.window, "Taxonomy not updated",
                            f"{self.window.lib.taxonomy_error}\n\nCasebook keeps using the last "
                            "taxonomy that loaded. Fix the file and save it: the change is "
                            "picked up at once.")


class _EnableFollower(QObject):
    """Keeps a reader button enabled exactly when the citation button is."""

    def __init__(self, source: QWidget, targets: list[Any]) -> None:
        super().__init__(source)
        self.source, self.targets = source, targets
        source.installEventFilter(self)
        self.eventFilter(source, QEvent(QEvent.Type.EnabledChange))

    def eventFilter(self, obj: Any, event: Any) -> bool:
        if obj is self.source and event.type() == QEvent.Type.EnabledChange:
            for target in self.targets:
                target.setEnabled(self.source.isEnabled())
        return False


def _taxonomy_key(lib: Any) -> int:
    return hash(tuple(lib.taxonomy.all_terms()))


def _menu(window: Any, title: str) -> Any:
    for act in window.menuBar().actions():
        if act.text().replace("&", "") == title and act.menu() is not None:
            return act.menu()
    return window.menuBar().addMenu(title)


def _action(window: Any, text: str, slot: Any, keys: str | None = None) -> QAction:
    act = QAction(text, window)
    if keys:
        act.setShortcut(QKeySequence(keys))
    act.triggered.connect(slot)
    return act


def install(window: Any) -> None:
    """Add contributor menus, reader buttons, the taxonomy dock and live taxonomy."""
    contrib = Contrib(window)
    window.contrib = contrib
    first = window.file_menu.actions()[0] if window.file_menu.actions() else None
    new_act = _action(window, "&New case…", contrib.new_case, "Ctrl+N")
    window.file_menu.insertAction(first, new_act)
    window.file_menu.insertSeparator(first)
    edit = _menu(window, "Edit")
    edit.addSeparator()
    tags_act = _action(window, "Edit &tags…", contrib.edit_tags, "Ctrl+T")
    file_act = _action(window, "Open case file in &editor", contrib.open_case_file, "Ctrl+E")
    edit.addAction(tags_act)
    edit.addAction(file_act)
    taxonomy_act = _action(window, "&Taxonomy", lambda: toggle_dock(contrib.dock),
                           "Ctrl+Shift+T")
    taxonomy_act.setCheckable(True)
    contrib.dock.visibilityChanged.connect(taxonomy_act.setChecked)
    window.view_menu.addAction(taxonomy_act)
    window.taxonomy_action = taxonomy_act
    button = QPushButton("Edit tags…", window.reader)
    button.setToolTip("Add or remove challenges, strategies and outcomes (Ctrl+T)")
    button.clicked.connect(contrib.edit_tags)
    window.reader.layout().itemAt(0).layout().insertWidget(1, button)
    window.reader.tags_button = button
    _EnableFollower(window.reader.cite_button, [button, tags_act, file_act])
    window.reader.browser.anchorClicked.connect(
        lambda url: contrib.open_case_file() if url.toString() == "casebook:edit" else None)
    resources_dir = str(paths.resource("taxonomy.yaml").parent)
    if os.path.isdir(resources_dir):
        window.watcher.addPath(resources_dir)


def toggle_dock(dock: TaxonomyDock) -> None:
    if not dock.isHidden():
        dock.hide()
        return
    dock.show()
    dock.raise_()
    dock.refresh()
    dock.find_edit.setFocus()


def _esc(text: str) -> str:
    import html

    return html.escape(text)
