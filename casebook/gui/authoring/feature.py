"""Contributor tools in the app: new case, tag editing, taxonomy browser, live taxonomy."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QMainWindow, QMessageBox, QPushButton

from casebook import paths
from casebook.errors import CasebookError
from casebook.gui.i18n import QT_TRANSLATE_NOOP
from casebook.gui.shell import Shell
from casebook.gui.workers import IndexWorker
from casebook.library import Library

if TYPE_CHECKING:  # the editors, dialogs and the taxonomy browser load when first used
    from casebook.authoring.tag_write import TagWrite
    from casebook.authoring.tags import TagChange
    from casebook.gui.authoring.newcase_dialog import NewCaseDialog
    from casebook.gui.authoring.tag_dialog import TagDialog
    from casebook.gui.authoring.taxonomy_dock import TaxonomyDock

log = logging.getLogger(__name__)
MAX_PROBLEM_WATCHES = 500
DOCK_WIDTH = 360
SHORTCUTS = (("Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "Start a new case file")),
             ("Ctrl+T", QT_TRANSLATE_NOOP("Shortcuts", "Edit the case's tags")),
             ("Ctrl+E", QT_TRANSLATE_NOOP("Shortcuts", "Open the case file in your editor")),
             ("Ctrl+Shift+T", QT_TRANSLATE_NOOP("Shortcuts", "Show or hide the taxonomy "
                                                            "browser")))


class TagWorker(QObject):
    """Saves user tags and writes files in the index thread, so syncs never overlap."""

    done = Signal(str, object)
    failed = Signal(str, str)

    def __init__(self, indexer: IndexWorker) -> None:
        super().__init__()
        self.indexer = indexer

    @Slot(str, object, object)
    def edit(self, case_id: str, add: list[str], remove: list[str]) -> None:
        from casebook.authoring.tags import edit_tags

        try:
            changes = edit_tags(self.indexer.lib(), case_id, add, remove)
        except CasebookError as exc:
            self.failed.emit(case_id, str(exc))
            return
        self.done.emit(case_id, changes)

    @Slot(object)
    def write(self, plan: TagWrite) -> None:
        from casebook.authoring.tags import apply_write

        try:
            apply_write(self.indexer.lib(), plan)
        except CasebookError as exc:
            self.failed.emit(plan.case_id, str(exc))
            return
        self.done.emit(plan.case_id, [])


class AuthoringFeature(QObject):
    """Owns the contributor dialogs, the taxonomy dock and the tag worker of one window."""

    tags_changed = Signal(str)
    case_created = Signal(str)
    edit_requested = Signal(str, object, object)
    write_requested = Signal(object)

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.window())
        self.shell = shell
        self.lib = shell.lib
        self.pending: str | None = None
        self.new_dialog: NewCaseDialog | None = None
        self.tag_dialog: TagDialog | None = None
        self.taxonomy_key = _taxonomy_key(shell.lib)
        self.worker = TagWorker(shell.threads.indexer)
        self.worker.moveToThread(shell.threads.index_thread)
        self.edit_requested.connect(self.worker.edit)
        self.write_requested.connect(self.worker.write)
        self.worker.done.connect(self._tags_saved)
        self.worker.failed.connect(self._tags_failed)
        self._dock: TaxonomyDock | None = None  # made when first shown: it counts every term
        self.taxonomy_button = QPushButton("", shell.window())
        self.taxonomy_button.setFlat(True)
        self.taxonomy_button.setAccessibleName(self.tr("Taxonomy problem"))
        self.taxonomy_button.clicked.connect(self._show_taxonomy_error)
        self.taxonomy_button.hide()
        shell.status.addPermanentWidget(self.taxonomy_button)
        self.tags_button = QPushButton(self.tr("Edit tags…"), shell.reader)
        self.tags_button.setToolTip(self.tr("Add or remove challenges, strategies and "
                                            "outcomes (Ctrl+T)"))
        self.tags_button.clicked.connect(self.edit_tags)
        shell.reader.add_button(self.tags_button)
        shell.reader.edit_file_requested.connect(self.open_case_file)
        shell.reader.browser.textChanged.connect(self._watch_cases)
        shell.sync.finished.connect(self._synced)
        self._menus()
        resources_dir = str(paths.resource("taxonomy.yaml").parent)
        shell.watcher.watch("resources", [resources_dir])

    def _menus(self) -> None:
        m = self.shell.menus
        m.prepend(m.file, m.make(self.tr("&New case…"), self.new_case, "Ctrl+N"), separator=True)
        m.edit.addSeparator()
        m.add(m.edit, self.tr("Edit &tags…"), self.edit_tags, "Ctrl+T")
        m.add(m.edit, self.tr("Open case file in &editor"), self.open_case_file, "Ctrl+E")
        self.taxonomy_action = m.add(m.view, self.tr("Ta&xonomy"), lambda: toggle_dock(self.dock),
                                     "Ctrl+Shift+T")
        self.taxonomy_action.setCheckable(True)
        for keys, what in SHORTCUTS:
            self.shell.shortcuts.add(keys, what)

    @property
    def dock(self) -> TaxonomyDock:
        """The taxonomy browser, made the first time it is asked for (it is hidden at start
        and counts every term of the library to show the gaps)."""
        if self._dock is None:
            from casebook.gui.authoring.taxonomy_dock import TaxonomyDock

            shell = self.shell
            dock = self._dock = TaxonomyDock(shell.window(), shell.lib)
            dock.term_chosen.connect(lambda f, t: shell.browser.toggle_filter(f, t, True))
            dock.new_case_requested.connect(self.new_case)
            shell.add_dock(dock)
            dock.hide()
            dock.visibilityChanged.connect(self.taxonomy_action.setChecked)
        return self._dock

    def _refresh_dock(self) -> None:
        if self._dock is not None:
            self._dock.refresh()

    def shutdown(self) -> None:
        """Nothing to save: tag edits are written as they are made."""

    # new case ------------------------------------------------------------------------
    def new_case(self) -> None:
        from casebook.gui.authoring.newcase_dialog import NewCaseDialog

        dialog = NewCaseDialog(self.shell.window(), self.lib)
        dialog.created.connect(self._created)
        self.new_dialog = dialog
        dialog.open()

    def _created(self, path: str) -> None:
        folder = os.path.realpath(Path(path).parent)
        if not any(folder == os.path.realpath(f) or
                   folder.startswith(os.path.realpath(f) + os.sep) for f in self.lib.folders):
            self.shell.use_folders([*self.lib.folders, str(Path(path).parent)])
        self.pending = os.path.realpath(path)
        self._watch_cases()
        self.shell.sync.start(False)
        self.case_created.emit(path)

    def _open_pending(self) -> None:
        if self.pending is None:
            return
        try:
            files = self.lib.store.files()
        except CasebookError as exc:
            log.warning("cannot look for the new case: %s", exc)
            return
        for path, row in files.items():
            if row.case_id and os.path.realpath(path) == self.pending:
                self.pending = None
                self.shell.browser.open_case(row.case_id)
                return

    # tags ------------------------------------------------------------------------------
    def current_case(self) -> str | None:
        case = self.shell.reader.case
        if case is not None:
            return str(case["id"])
        return self.shell.results.current_id()

    def edit_tags(self) -> None:
        case_id = self.current_case()
        status = self.shell.status
        if case_id is None:
            status.showMessage(self.tr("Open a case first, then edit its tags"), 5000)
            return
        try:
            title = self.lib.case(case_id)["title"]
        except CasebookError as exc:
            status.showMessage(str(exc), 8000)
            return
        if self.tag_dialog is not None:
            self.tag_dialog.close()
        from casebook.gui.authoring.tag_dialog import TagDialog

        dialog = TagDialog(self.shell.window(), self.lib, case_id, title)
        dialog.edit_requested.connect(self.edit_requested)
        dialog.write_requested.connect(self.write_requested)
        self.tag_dialog = dialog
        dialog.open()

    def _tags_saved(self, case_id: str, changes: list[TagChange]) -> None:
        browser, reader = self.shell.browser, self.shell.reader
        browser.run_search()
        if reader.case is not None and reader.case["id"] == case_id:
            browser.show_case(case_id)
        browser.refresh_problems()
        self._refresh_dock()
        if self.tag_dialog is not None and self.tag_dialog.case_id == case_id:
            self.tag_dialog.saved(changes)
        self.tags_changed.emit(case_id)

    def _tags_failed(self, case_id: str, message: str) -> None:
        if self.tag_dialog is not None and self.tag_dialog.case_id == case_id:
            self.tag_dialog.failed(message)
        else:
            self.shell.status.showMessage(message, 10_000)

    def open_case_file(self) -> None:
        case_id, status = self.current_case(), self.shell.status
        try:
            path = self.lib.case(case_id)["path"] if case_id else None
        except CasebookError as exc:
            status.showMessage(str(exc), 8000)
            return
        if path is None:
            status.showMessage(self.tr("Open a case first"), 5000)
        elif not _open_in_editor(path):
            status.showMessage(self.tr("No application opens {0}").format(path), 8000)

    # live taxonomy -----------------------------------------------------------------------
    def _synced(self) -> None:
        error = self.lib.taxonomy_error
        self.taxonomy_button.setVisible(bool(error))
        self.taxonomy_button.setText(self.tr("⚠ Taxonomy not updated"))
        self.taxonomy_button.setToolTip(error or "")
        key = _taxonomy_key(self.lib)
        if key != self.taxonomy_key:
            self.taxonomy_key = key
            self.shell.reopen_workers()  # the searcher reads the new taxonomy
            self.shell.browser.run_search()
        self._refresh_dock()
        self._open_pending()
        self._watch_cases()

    def _watch_cases(self) -> None:
        """Watch the files a contributor is likely editing: the open case, a new case and
        files with problems (a folder watch misses a file saved in place)."""
        case = self.shell.reader.case
        wanted = {case["path"]} if case is not None else set()
        if self.pending:
            wanted.add(self.pending)
        try:
            wanted.update(sorted({p.path for p in self.lib.problems()})[:MAX_PROBLEM_WATCHES])
        except CasebookError as exc:
            log.warning("cannot read the problems to watch their files: %s", exc)
        self.shell.watcher.watch("cases", wanted)

    def _show_taxonomy_error(self) -> None:
        QMessageBox.warning(self.shell.window(), self.tr("Taxonomy not updated"),
                            self.tr("{0}\n\nCasebook keeps using the last taxonomy that "
                                    "loaded. Fix the file and save it: the change is picked "
                                    "up at once.").format(self.lib.taxonomy_error))


def _open_in_editor(path: str) -> bool:
    from casebook.gui.authoring import newcase_dialog

    return newcase_dialog.open_in_editor(path)


def _taxonomy_key(lib: Library) -> int:
    return hash(tuple(lib.taxonomy.all_terms()))


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
