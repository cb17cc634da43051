"""Contributor tools in the app: new case, tag editing, taxonomy browser, live taxonomy."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QPushButton, QWidget

from casebook import paths
from casebook.authoring.tag_write import TagWrite
from casebook.authoring.tags import apply_write, edit_tags
from casebook.errors import CasebookError
from casebook.gui import dialogs
from casebook.gui.authoring import newcase_dialog
from casebook.gui.authoring.newcase_dialog import NewCaseDialog
from casebook.gui.authoring.tag_dialog import TagDialog
from casebook.gui.authoring.taxonomy_dock import TaxonomyDock

MAX_PROBLEM_WATCHES = 500
DOCK_WIDTH = 360
SHORTCUTS = [("Ctrl+N", "Start a new case file"), ("Ctrl+T", "Edit the case's tags"),
             ("Ctrl+E", "Open the case file in your editor"),
             ("Ctrl+Shift+T", "Show or hide the taxonomy browser")]


class TagWorker(QObject):
    """Saves user tags and writes files in the index thread, so syncs never overlap."""

    done = Signal(str, object)
    failed = Signal(str, str)

    def __init__(self, indexer: Any) -> None:
        super().__init__()
        self.indexer = indexer

    @Slot(str, object, object)
    def edit(self, case_id: str, add: list[str], remove: list[str]) -> None:
        try:
            changes = edit_tags(self.indexer.lib(), case_id, add, remove)
        except CasebookError as exc:
            self.failed.emit(case_id, str(exc))
            return
        self.done.emit(case_id, changes)

    @Slot(object)
    def write(self, plan: TagWrite) -> None:
        try:
            apply_write(self.indexer.lib(), plan)
        except CasebookError as exc:
            self.failed.emit(plan.case_id, str(exc))
            return
        self.done.emit(plan.case_id, [])


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
        case_id = self.current_case()
        try:
            path = self.window.lib.case(case_id)["path"] if case_id else None
        except CasebookError as exc:
            self.window.statusBar().showMessage(str(exc), 8000)
            return
        if path is None:
            self.window.statusBar().showMessage("Open a case first", 5000)
        elif not newcase_dialog.open_in_editor(path):
            self.window.statusBar().showMessage(f"No application opens {path}", 8000)

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
    _EnableFollower(window.reader.cite_button, [button])
    window.reader.browser.anchorClicked.connect(
        lambda url: contrib.open_case_file() if url.toString() == "casebook:edit" else None)
    for keys, what in SHORTCUTS:
        if (keys, what) not in dialogs.SHORTCUTS:
            dialogs.SHORTCUTS.insert(len(dialogs.SHORTCUTS) - 1, (keys, what))
    resources_dir = str(paths.resource("taxonomy.yaml").parent)
    if os.path.isdir(resources_dir):
        window.watcher.addPath(resources_dir)


def toggle_dock(dock: TaxonomyDock) -> None:
    if not dock.isHidden():
        dock.hide()
        return
    dock.show()
    dock.raise_()
    window = dock.parentWidget()
    if isinstance(window, QMainWindow) and dock.width() < DOCK_WIDTH:
        window.resizeDocks([dock], [DOCK_WIDTH], Qt.Orientation.Horizontal)
    dock.refresh()
    dock.find_edit.setFocus()

