"""Collections and saved searches in the app: menus, sidebar entries, adding cases, undo."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)

from casebook.errors import CasebookError, InputError
from casebook.gui import export_ui, import_ui
from casebook.gui.collection_dialogs import CollectionDialog, NameDialog, PickDialog
from casebook.gui.collection_list import MIME, ids_from
from casebook.gui.collection_view import CollectionPage
from casebook.gui.models import Node, NodeRole


def install(window: Any) -> None:
    """Add collection menus, sidebar entries and views to the main window."""
    window.collections_ui = CollectionsUI(window)


class UndoBar(QWidget):
    """A status-bar message with an Undo button; Ctrl+Z does the same."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.label = QLabel("", self)
        self.button = QPushButton("Undo", self)
        self.button.setAccessibleName("Undo")
        self.button.setToolTip("Undo (Ctrl+Z)")
        self.button.clicked.connect(self.undo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self.action: Callable[[], None] | None = None
        self.timer = QTimer(self, singleShot=True, interval=30_000)
        self.timer.timeout.connect(self.dismiss)
        self.hide()

    def offer(self, text: str, action: Callable[[], None]) -> None:
        self.label.setText(text)
        self.action = action
        self.show()
        self.timer.start()

    def dismiss(self) -> None:
        self.action = None
        self.hide()

    def undo(self) -> None:
        action, self.action = self.action, None
        self.hide()
        if action is not None:
            action()


class CollectionsUI(QObject):
    """Owns the collection page, the menus and every collection action of the window."""

    changed = Signal()
    export_finished = Signal(bool, str)

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.w = window
        self.lib = window.lib
        self.dialog: QDialog | None = None
        self.menu: QMenu | None = None
        self.last: str | None = window.settings.value("collections/last") or None
        self.page = CollectionPage(window)
        window.middle_stack.addWidget(self.page)
        self.exporter = export_ui.Exporter(window)
        self.exporter.finished.connect(self._exported)
        self.undo_bar = UndoBar(window)
        window.statusBar().addPermanentWidget(self.undo_bar)
        window.collection_entries = self.entries
        window.saved_entries = self.saved_names
        window.sidebar_entry_hook = self.entry
        window.add_to_collection = self.add_to_collection
        window.reader.add_to_collection.disconnect()
        window.reader.add_to_collection.connect(self.add_to_collection)
        self.tree = tree = window.sidebar.tree
        self.viewport = tree.viewport()
        tree.customContextMenuRequested.connect(self._sidebar_menu)
        tree.installEventFilter(self)
        tree.setAcceptDrops(True)
        self.viewport.setAcceptDrops(True)
        self.viewport.installEventFilter(self)
        window.installEventFilter(self)
        window.sync_finished.connect(self.refresh_page)
        self._wire_page()
        self._menus()

    def _wire_page(self) -> None:
        p = self.page
        p.open_requested.connect(self._open_case)
        p.move_requested.connect(lambda cid, pos: self._write(
            lambda: self.lib.collections.move(p.name, cid, pos), select=cid))
        p.remove_requested.connect(self._remove)
        p.dropped.connect(self._dropped)
        p.note_edited.connect(lambda cid, text: self._write(
            lambda: self.lib.collections.set_note(p.name, cid, text), reload=False))
        p.questions_edited.connect(lambda cid, qs: self._write(
            lambda: self.lib.collections.set_questions(p.name, cid, qs), reload=False))
        p.describe_requested.connect(lambda: self.describe(p.name))
        p.export_requested.connect(lambda: self.export(p.name))
        p.back_requested.connect(self._back)

    def _menus(self) -> None:
        w = self.w

        def act(menu: QMenu, text: str, slot: Callable[[], Any], keys: str = "") -> QAction:
            action = QAction(text, w)
            if keys:
                action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _checked=False: slot())
            menu.addAction(action)
            return action

        menu = QMenu("&Collections", w)
        help_action = next((a for a in w.menuBar().actions() if a.text() == "&Help"), None)
        w.menuBar().insertMenu(help_action, menu) if help_action else w.menuBar().addMenu(menu)
        act(menu, "&New collection…", lambda: self.create(open_it=True), "Ctrl+Shift+N")
        act(menu, "&Open collection…", lambda: self.choose("Open", self.open), "Ctrl+Shift+O")
        menu.addAction(w.collect_action)
        menu.addSeparator()
        act(menu, "&Rename…", lambda: self._on_target(self.rename), "F2")
        act(menu, "&Describe…", lambda: self._on_target(self.describe))
        act(menu, "D&uplicate", lambda: self._on_target(self.duplicate))
        act(menu, "De&lete", lambda: self._on_target(self.delete), "Ctrl+Shift+Del")
        menu.addSeparator()
        act(menu, "&Export…", lambda: self._on_target(self.export), "Ctrl+Shift+E")
        act(menu, "&Import course pack…", self.import_pack, "Ctrl+Shift+I")
        self.collections_menu = menu
        save = QAction("Sa&ve search…", w)
        save.setShortcut(QKeySequence("Ctrl+Shift+S"))
        save.triggered.connect(lambda _c=False: self.save_search())
        quit_action = w.file_menu.actions()[-1] if w.file_menu.actions() else None
        w.file_menu.insertAction(quit_action, save)
        self.save_search_action = save
        edit = next((a.menu() for a in w.menuBar().actions() if a.text() == "&Edit"), None)
        self.undo_action = QAction("&Undo", w)
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.triggered.connect(lambda _c=False: self.undo_bar.undo())
        if isinstance(edit, QMenu) and edit.actions():
            edit.insertAction(edit.actions()[0], self.undo_action)
        act(w.view_menu, "Go to the &sidebar", self._focus_sidebar, "F6")

    # sidebar ---------------------------------------------------------------------
    def entries(self) -> list[tuple[str, int]]:
        return [(c.name, c.count) for c in self.lib.collections.list()]

    def saved_names(self) -> list[str]:
        return [s.name for s in self.lib.collections.saved_searches()]

    def refresh_sidebar(self) -> None:
        if self.w.result is not None:
            self.w._rebuild_sidebar(self.w.result)
        self.changed.emit()

    def entry(self, kind: str, key: str) -> None:
        if kind == "collection":
            self.open(key)
        elif kind == "saved":
            self.run_saved(key)

    def _focus_sidebar(self) -> None:
        tree = self.w.sidebar.tree
        tree.setFocus()
        if not tree.currentIndex().isValid():
            tree.setCurrentIndex(tree.model().index(0, 0))

    def _sidebar_node(self, pos: Any = None) -> Node | None:
        tree = self.w.sidebar.tree
        if pos is not None:
            found = self.w.sidebar.context_node(pos)
            return found if isinstance(found, Node) else None
        index = tree.currentIndex()
        node = index.data(NodeRole) if index.isValid() else None
        return node if isinstance(node, Node) else None

    def _sidebar_menu(self, pos: Any) -> None:
        node = self._sidebar_node(pos) or self._sidebar_node()
        menu = QMenu(self.w)
        if node is not None and node.facet == "collection":
            name = node.key
            menu.addAction("Open", lambda: self.open(name))
            menu.addAction("Rename…\tF2", lambda: self.rename(name))
            menu.addAction("Describe…", lambda: self.describe(name))
            menu.addAction("Duplicate", lambda: self.duplicate(name))
            menu.addAction("Export…\tCtrl+Shift+E", lambda: self.export(name))
            menu.addAction("Delete\tDel", lambda: self.delete(name))
            menu.addSeparator()
        elif node is not None and node.facet == "saved":
            name = node.key
            menu.addAction("Run", lambda: self.run_saved(name))
            menu.addAction("Rename…", lambda: self.rename_saved(name))
            menu.addAction("Delete\tDel", lambda: self.delete_saved(name))
            menu.addSeparator()
        menu.addAction("New collection…\tCtrl+Shift+N", lambda: self.create(open_it=True))
        menu.addAction("Import course pack…\tCtrl+Shift+I", self.import_pack)
        menu.addAction("Save search…\tCtrl+Shift+S", self.save_search)
        self.menu = menu
        menu.popup(self.w.sidebar.tree.viewport().mapToGlobal(pos))

    def eventFilter(self, obj: Any, event: Any) -> bool:
        kind = event.type()
        if obj is self.w and kind == QEvent.Type.Close:
            self.page.flush()
            self.exporter.shutdown()
        elif obj is self.tree and kind == QEvent.Type.KeyPress:
            return self._sidebar_key(event)
        elif obj is self.viewport and kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove,
                                                 QEvent.Type.Drop):
            return self._sidebar_drop(event)
        return False

    def _sidebar_key(self, event: Any) -> bool:
        node = self._sidebar_node()
        if node is None or node.facet not in ("collection", "saved"):
            return False
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.entry(node.facet, node.key)
            return True
        if event.key() == Qt.Key.Key_Delete:
            (self.delete if node.facet == "collection" else self.delete_saved)(node.key)
            return True
        return False

    def _sidebar_drop(self, event: Any) -> bool:
        if not event.mimeData().hasFormat(MIME):
            return False
        node = self.w.sidebar.context_node(event.position().toPoint())
        on_collection = node is not None and node.facet == "collection"
        if event.type() == QEvent.Type.Drop:
            if on_collection:
                event.acceptProposedAction()
                self._add(ids_from(event.mimeData()), node.key)
            return True
        if on_collection:
            event.acceptProposedAction()
            self.w.statusBar().showMessage(f"Drop to add to “{node.key}”", 2000)
        elif event.type() == QEvent.Type.DragEnter:
            event.acceptProposedAction()  # keep receiving moves; dropping needs a collection
        else:
            event.ignore()
        return True

    # choosing a collection ---------------------------------------------------------
    def target(self) -> str | None:
        """The collection an action applies to: sidebar focus, the open page, the sidebar."""
        node = self._sidebar_node()
        key = node.key if node is not None and node.facet == "collection" else None
        if key is not None and self.w.sidebar.tree.hasFocus():
            return key
        if self.w.middle_stack.currentWidget() is self.page and self.page.name:
            return str(self.page.name)
        return key

    def _on_target(self, action: Callable[[str], None]) -> None:
        name = self.target()
        if name is not None:
            action(name)
        else:
            self.choose("OK", action)

    def choose(self, ok_text: str, then: Callable[[str], None]) -> None:
        dialog = PickDialog(self.w, "Collection:", self.entries(), set(),
                            self.page.name or self.last, self._new_in, ok_text)
        dialog.accepted.connect(lambda: then(dialog.chosen() or ""))
        self.show_dialog(dialog)

    def show_dialog(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        owner = dialog.parentWidget()
        if owner is not None:
            # back to the window that opened it (some platforms leave nothing active)
            dialog.finished.connect(lambda _r: owner.window().activateWindow())
        dialog.open()
        dialog.activateWindow()

    def warn(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                          self.w)
        self.show_dialog(box)

    # importing and exporting ---------------------------------------------------------
    def export(self, name: str) -> None:
        if self.exporter.running:
            self.w.statusBar().showMessage("An export is already running", 5000)
            return
        self.page.flush()
        s = self.w.settings
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = export_ui.file_dialog(self.w, name, s.value("collections/export_dir") or docs,
                                       s.value("collections/export_format") or "pdf")
        dialog.fileSelected.connect(
            lambda path: self._export_to(name, path, dialog.selectedNameFilter()))
        self.show_dialog(dialog)

    def _export_to(self, name: str, path: str, name_filter: str) -> None:
        target, fmt = export_ui.target_and_format(path, name_filter)
        self.w.settings.setValue("collections/export_dir", str(target.parent))
        self.w.settings.setValue("collections/export_format", fmt)
        self.exporter.start(self.lib, name, target, fmt)

    def _exported(self, ok: bool, text: str) -> None:
        self.w.statusBar().showMessage(text, 15_000)
        if not ok and "cancelled" not in text:
            self.warn("Export failed", text)
        self.export_finished.emit(ok, text)

    def import_pack(self) -> None:
        start = self.w.settings.value("collections/import_dir") or ""
        dialog = import_ui.pack_file_dialog(self.w, start)
        dialog.fileSelected.connect(self._import_chosen)
        self.show_dialog(dialog)

    def _import_chosen(self, path: str) -> None:
        from pathlib import Path

        from casebook.packimport import conflicts, read_pack

        self.w.settings.setValue("collections/import_dir", str(Path(path).parent))
        try:
            pack = read_pack(path)
        except CasebookError as exc:
            self.warn("This pack cannot be imported", f"{exc}\n\nNothing was written.")
            return
        dialog = import_ui.ImportDialog(self.w, pack, import_ui.writable_folders(
            self.lib.folders), lambda folder: conflicts(self.lib, pack, folder))
        dialog.accepted.connect(lambda: self._import(path, dialog.target(), dialog.choice()))
        QTimer.singleShot(0, lambda: self.show_dialog(dialog))

    def _import(self, path: str, folder: str, choice: str | None) -> None:
        from casebook.packimport import import_pack

        try:
            report = import_pack(self.lib, path, folder, choice)
        except CasebookError as exc:
            self.warn("This pack cannot be imported", f"{exc}\n\nNothing was written.")
            return
        added = len(report.added) + len(report.replaced) + len(report.renamed)
        text = f"Imported “{report.collection}”: {added} case file(s) written to {folder}"
        if report.skipped:
            text += f", {len(report.skipped)} skipped"
        if not report.in_library:
            self.lib.set_folders([*self.lib.folders, report.folder])
            self.w.folders_changed.emit(list(self.lib.folders))
            text += "; the folder was added to your case folders"
        self.w.statusBar().showMessage(text, 15_000)
        self.w.start_sync(False)
        self.refresh_sidebar()
        self.open(report.collection)

    # collections -------------------------------------------------------------------
    def open(self, name: str, select: str | None = None) -> None:
        try:
            collection = self.lib.collections.get(name)
        except CasebookError as exc:
            self.w.statusBar().showMessage(str(exc), 8000)
            return
        self.page.show_collection(collection, select)
        self.w.middle_stack.setCurrentWidget(self.page)
        self.page.list.setFocus()
        self._remember(collection.name)

    def refresh_page(self) -> None:
        """Show the page's collection again (titles, missing cases, a rename elsewhere)."""
        if not self.page.name:
            return
        if not self.lib.collections.exists(self.page.name):
            self.page.name = ""
            self._back()
            return
        self.page.show_collection(self.lib.collections.get(self.page.name))

    def _remember(self, name: str) -> None:
        self.last = name
        self.w.settings.setValue("collections/last", name)

    def _back(self) -> None:
        self.page.flush()
        self.w.middle_stack.setCurrentIndex(0)
        self.w.results.setFocus()

    def _write(self, change: Callable[[], Any], select: str | None = None,
               reload: bool = True) -> bool:
        try:
            change()
        except CasebookError as exc:
            self.w.statusBar().showMessage(str(exc), 8000)
            reload = True
            ok = False
        else:
            ok = True
        if reload and self.page.name and self.lib.collections.exists(self.page.name):
            self.page.show_collection(self.lib.collections.get(self.page.name), select)
        self.changed.emit()
        return ok

    def create(self, open_it: bool = False, then: Callable[[str], None] | None = None,
               parent: QWidget | None = None) -> None:
        def make(name: str, description: str) -> None:
            made = self.lib.collections.create(name, description)
            self._remember(made)
            self.refresh_sidebar()
            if then is not None:
                then(made)
            if open_it:
                QTimer.singleShot(0, lambda: self.open(made))

        default = self.lib.collections.unique_name("New collection")
        dialog = CollectionDialog(parent or self.w, "New collection", default, "", make,
                                  "Create")
        self.show_dialog(dialog)

    def _new_in(self, parent: QDialog, created: Callable[[str], None]) -> None:
        self.create(then=created, parent=parent)

    def rename(self, name: str) -> None:
        def apply(new: str) -> None:
            self.page.flush()
            done = self.lib.collections.rename(name, new)
            if self.page.name == name:
                self.page.name = done
                self.page.title.setText(done)
            if self.last == name:
                self._remember(done)
            self.refresh_sidebar()

        self.show_dialog(NameDialog(self.w, "Rename collection", "New &name:", name, apply,
                                    "Rename"))

    def describe(self, name: str) -> None:
        def apply(new_name: str, description: str) -> None:
            current = name
            if " ".join(new_name.split()) != name:
                self.page.flush()
                current = self.lib.collections.rename(name, new_name)
                if self.page.name == name:
                    self.page.name = current
            self.lib.collections.describe(current, description)
            self.refresh_sidebar()
            if self.page.name == current:
                self.refresh_page()

        try:
            text = self.lib.collections.get(name).description
        except CasebookError as exc:
            self.w.statusBar().showMessage(str(exc), 8000)
            return
        self.show_dialog(CollectionDialog(self.w, f"Describe “{name}”", name, text, apply,
                                          "Save"))

    def duplicate(self, name: str) -> None:
        if self._write(lambda: self.lib.collections.duplicate(name), reload=False):
            self.refresh_sidebar()
            self.w.statusBar().showMessage(f"Duplicated “{name}”", 5000)

    def delete(self, name: str) -> None:
        if self.page.name == name:
            self.page.flush()
        try:
            snap = self.lib.collections.delete(name)
        except CasebookError as exc:
            self.w.statusBar().showMessage(str(exc), 8000)
            return
        if self.page.name == name:
            self.page.name = ""
            if self.w.middle_stack.currentWidget() is self.page:
                self._back()

        def restore() -> None:
            again = self.lib.collections.restore(snap)
            self.refresh_sidebar()
            self.open(again)
            self.w.statusBar().showMessage(f"Restored “{again}”", 5000)

        self.undo_bar.offer(f"Deleted collection “{name}”.", restore)
        self.refresh_sidebar()

    # items -------------------------------------------------------------------------
    def _case_for_add(self, case_id: str | None) -> str | None:
        if case_id:
            return case_id
        w = self.w
        focus = QApplication.focusWidget()
        reader_case = w.reader.case["id"] if w.reader.case else None
        if focus is not None and w.reader.isAncestorOf(focus) and reader_case:
            return str(reader_case)
        if w.middle_stack.currentWidget() is self.page:
            item = self.page.current_item()
            return item.id if item is not None and not item.missing else reader_case
        return w.results.current_id() or reader_case

    def add_to_collection(self, case_id: str | None = None) -> None:
        case_id = self._case_for_add(case_id)
        if not case_id:
            self.w.statusBar().showMessage("Choose a case in the results first", 5000)
            return
        row = self.lib.store.case_row(case_id)
        title = row["title"] if row else case_id
        holding = set(self.lib.collections.containing(case_id))
        dialog = PickDialog(self.w, f"Add “{title}” to:", self.entries(), holding,
                            self.last, self._new_in)
        dialog.accepted.connect(lambda: self._add([case_id], dialog.chosen() or ""))
        self.show_dialog(dialog)

    def _add(self, ids: list[str], name: str, position: int | None = None) -> None:
        added: list[str] = []

        def change() -> None:
            added.extend(self.lib.collections.add(name, ids, position=position))

        if not self._write(change, select=ids[0], reload=self.page.name == name):
            return
        self._remember(name)
        self.refresh_sidebar()
        if not added:
            text = f"Already in “{name}”"
        elif len(added) == 1:
            row = self.lib.store.case_row(added[0])
            text = f"Added “{row['title'] if row else added[0]}” to “{name}”"
        else:
            text = f"Added {len(added)} cases to “{name}”"
        self.w.statusBar().showMessage(text, 5000)

    def _dropped(self, ids: list[str], row: int) -> None:
        name = self.page.name
        order = [it.id for it in self.page.model.items]
        if all(i in order for i in ids):
            at = row - sum(1 for i in order[:row] if i in ids)
            rest = [i for i in order if i not in ids]
            self._write(lambda: self.lib.collections.reorder(name, rest[:at] + ids + rest[at:]),
                        select=ids[0])
        else:
            self._add([i for i in ids if i not in order], name, position=row + 1)

    def _remove(self, case_id: str) -> None:
        name = self.page.name
        row = self.page.model.row_of(case_id)
        try:
            snap = self.lib.collections.snapshot(name)
            self.lib.collections.remove(name, [case_id])
        except CasebookError as exc:
            self.w.statusBar().showMessage(str(exc), 8000)
            return
        items = self.page.model.items
        after = items[row + 1].id if row + 1 < len(items) else (
            items[row - 1].id if row > 0 else None)
        self.page.show_collection(self.lib.collections.get(name), after)
        self.refresh_sidebar()
        title = items[row].title if 0 <= row < len(items) else case_id

        def undo() -> None:
            self.lib.collections.delete(name)
            self.lib.collections.restore(snap)
            self.open(name, case_id)
            self.refresh_sidebar()

        self.undo_bar.offer(f"Removed “{title}” from “{name}”.", undo)

    def _open_case(self, case_id: str) -> None:
        row = self.page.model.row_of(case_id)
        if row >= 0 and self.page.model.items[row].missing:
            self.w.statusBar().showMessage("This case is no longer in the library; only its "
                                           "title and your notes remain", 8000)
            return
        self.w.open_case(case_id)

    # saved searches ----------------------------------------------------------------
    def save_search(self) -> None:
        w = self.w
        query, filters, sort = w.search.text(), copy.deepcopy(w.state.filters), w.sort
        confirmed: list[str] = []

        def apply(name: str) -> None:
            clean = " ".join(name.split())
            exists = clean.casefold() in {n.casefold() for n in self.saved_names()}
            if exists and clean not in confirmed:
                confirmed.append(clean)
                raise InputError(f"A saved search named “{clean}” exists. Press Save again "
                                 "to replace it.")
            self.lib.collections.save_search(clean, query, filters, sort, replace=exists)
            self.refresh_sidebar()
            w.statusBar().showMessage(f"Saved search “{clean}”", 5000)

        self.show_dialog(NameDialog(w, "Save search", "&Name of the search:",
                                    query.strip() or "My search", apply, "Save"))

    def run_saved(self, name: str) -> None:
        w = self.w
        try:
            saved = self.lib.collections.saved_search(name)
        except CasebookError as exc:
            w.statusBar().showMessage(str(exc), 8000)
            return
        self.page.flush()
        w.state.filters = copy.deepcopy(saved.filters)
        w.sort = saved.sort
        w.sort_box.blockSignals(True)
        w.sort_box.setCurrentIndex(max(0, w.sort_box.findData(saved.sort)))
        w.sort_box.blockSignals(False)
        w.sidebar.set_years(saved.filters.year_from, saved.filters.year_to)
        w.search.setText(saved.query)
        w.run_search()
        w.push_history()
        w.statusBar().showMessage(f"Saved search “{saved.name}”", 4000)

    def rename_saved(self, name: str) -> None:
        def apply(new: str) -> None:
            self.lib.collections.rename_search(name, new)
            self.refresh_sidebar()

        self.show_dialog(NameDialog(self.w, "Rename saved search", "New &name:", name, apply,
                                    "Rename"))

    def delete_saved(self, name: str) -> None:
        try:
            old = self.lib.collections.delete_search(name)
        except CasebookError as exc:
            self.w.statusBar().showMessage(str(exc), 8000)
            return
        self.refresh_sidebar()

        def undo() -> None:
            self.lib.collections.save_search(old.name, old.query, old.filters, old.sort)
            self.refresh_sidebar()

        self.undo_bar.offer(f"Deleted saved search “{name}”.", undo)
