"""Collections in the app: the collection page, the menus, and collection-level actions."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QMenu, QMessageBox, QPushButton, QWidget

from casebook.errors import CasebookError
from casebook.gui.collections.dialogs import CollectionDialog, NameDialog, PickDialog
from casebook.gui.collections.items import ItemActions
from casebook.gui.collections.page import CollectionPage
from casebook.gui.collections.sidebar_entries import SidebarEntries
from casebook.gui.exchange import export as export_ui
from casebook.gui.exchange import pack_import as import_ui
from casebook.render.casepage import span

SHORTCUTS = [("Ctrl+Shift+N / Ctrl+Shift+O", "New collection / open a collection"),
             ("Ctrl+Up / Ctrl+Down, Delete", "Move or remove the case in a collection"),
             ("Ctrl+Shift+E / Ctrl+Shift+I", "Export a collection / import a course pack"),
             ("Ctrl+Shift+S", "Save the search"), ("F2", "Rename the collection"),
             ("F6", "Go to the sidebar (Enter opens a collection or saved search)"),
             ("Ctrl+Z", "Undo a deletion")]


def install(window: Any) -> None:
    """Add collection menus, sidebar entries and views to the main window."""
    from casebook.gui import dialogs

    window.collections_ui = CollectionsUI(window)
    for entry in SHORTCUTS:
        if entry not in dialogs.SHORTCUTS:  # Help > Keyboard shortcuts (F1 stays last)
            dialogs.SHORTCUTS.insert(len(dialogs.SHORTCUTS) - 1, entry)


class UndoBar(QWidget):
    """A status-bar message with one button (Undo, Open…); Ctrl+Z runs an offered undo."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.label = QLabel("", self)
        self.button = QPushButton("Undo", self)
        self.button.clicked.connect(self.run)
        self.undoable = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self.action: Callable[[], object] | None = None
        self.timer = QTimer(self, singleShot=True, interval=30_000)
        self.timer.timeout.connect(self.dismiss)
        self.hide()

    def offer(self, text: str, action: Callable[[], object], button: str = "Undo") -> None:
        self.label.setText(text)
        self.action = action
        self.undoable = button == "Undo"
        self.button.setText(button)
        self.button.setAccessibleName(button)
        self.button.setToolTip("Undo (Ctrl+Z)" if self.undoable else "")
        self.show()
        self.timer.start()

    def dismiss(self) -> None:
        self.action = None
        self.hide()

    def run(self) -> None:
        action, self.action = self.action, None
        self.hide()
        if action is not None:
            action()

    def undo(self) -> None:
        if self.undoable:
            self.run()


class CollectionsUI(QObject):
    """Owns the collection page and menus; collection-level actions live here."""

    changed = Signal()
    export_finished = Signal(bool, str)

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.w = window
        self.lib = window.lib
        self.dialog: QDialog | None = None
        self.last: str | None = window.settings.value("collections/last") or None
        self.page = CollectionPage(window)
        self.page.places = self._places
        window.middle_stack.addWidget(self.page)
        self.exporter = export_ui.Exporter(window)
        self.exporter.finished.connect(self._exported)
        self.undo_bar = UndoBar(window)
        window.statusBar().addWidget(self.undo_bar)
        self.sidebar = SidebarEntries(self)
        self.items = ItemActions(self)
        window.collection_entries = self.sidebar.sidebar_collections
        window.saved_entries = self.sidebar.saved_names
        window.sidebar_entry_hook = self.sidebar.clicked
        window.add_to_collection = self.items.add_to_collection
        window.quick_add = self.items.quick_add
        window.reader.add_to_collection.disconnect()
        window.reader.add_to_collection.connect(self.items.add_to_collection)
        window.installEventFilter(self)
        window.sync_finished.connect(self.refresh_page)
        self.changed.connect(self._name_default)
        self.page.describe_requested.connect(lambda: self.describe(self.page.name))
        self.page.export_requested.connect(lambda: self.export(self.page.name))
        self.page.back_requested.connect(self.back)
        self._menus()

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
        menu.addAction(w.choose_collection_action)
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
        save.triggered.connect(lambda _c=False: self.sidebar.save_search())
        actions = w.file_menu.actions()
        at = next((n for n, a in enumerate(actions) if a.text() == "&Quit"), len(actions))
        if at > 0 and actions[at - 1].isSeparator():
            at -= 1
        w.file_menu.insertAction(actions[at] if at < len(actions) else None, save)
        self.save_search_action = save
        edit = next((a.menu() for a in w.menuBar().actions() if a.text() == "&Edit"), None)
        self.undo_action = QAction("&Undo", w)
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.triggered.connect(lambda _c=False: self.undo_bar.undo())
        if isinstance(edit, QMenu) and edit.actions():
            edit.insertAction(edit.actions()[0], self.undo_action)
        act(w.view_menu, "Go to the &sidebar", self.sidebar.focus, "F6")
        self._name_default()

    def eventFilter(self, obj: Any, event: Any) -> bool:
        if obj is self.w and event.type() == QEvent.Type.Close:
            self.page.flush()
            self.exporter.shutdown()
        return False

    # plumbing ------------------------------------------------------------------------
    def target(self) -> str | None:
        """The collection an action applies to: sidebar focus, the open page, the sidebar."""
        key = self.sidebar.current_collection()
        if key is not None and self.sidebar.tree.hasFocus():
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
        dialog = PickDialog(self.w, "Collection:", self.sidebar.collections(), set(),
                            self.page.name or self.last, self.new_in, ok_text)
        dialog.accepted.connect(lambda: then(dialog.chosen() or ""))
        self.show_dialog(dialog)

    def show_dialog(self, dialog: QDialog) -> None:
        """Open a window-modal dialog without a nested event loop (tests find it here)."""
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

    def refresh_sidebar(self) -> None:
        if self.w.result is not None:
            self.w._rebuild_sidebar(self.w.result)
        self.changed.emit()

    def _places(self, ids: list[str]) -> dict[str, str]:
        """Place and years of each case, for the collection page."""
        try:
            rows = self.lib.store.case_rows(ids)
        except CasebookError:
            return {}
        out = {}
        for case_id, row in rows.items():
            try:
                countries = json.loads(row["country"] or "[]")
            except ValueError:
                countries = []
            where = ", ".join(x for x in [row["place"] or "", " / ".join(countries)] if x)
            out[case_id] = " · ".join(x for x in [where, span(row["year_start"],
                                                             row["year_end"])] if x)
        return out

    def remember(self, name: str) -> None:
        self.last = name
        self.w.settings.setValue("collections/last", name)
        self._name_default()

    def default_collection(self) -> str | None:
        """Where Ctrl+D adds: the collection used last, else the only one there is."""
        try:
            if self.last and self.lib.collections.exists(self.last):
                return self.last
            names = self.lib.collections.names()
        except CasebookError:
            return None
        return names[0] if len(names) == 1 else None

    def _name_default(self) -> None:
        """Ctrl+D's menu entry names the collection it adds to."""
        name = self.default_collection()
        if name is None:
            self.w.collect_action.setText(self.tr("&Add to collection"))
            return
        short = (name if len(name) <= 40 else name[:39] + "…").replace("&", "&&")
        self.w.collect_action.setText(self.tr("&Add to “{0}”").format(short))

    def write(self, change: Callable[[], Any], select: str | None = None,
              reload: bool = True) -> bool:
        """Run one change; show a refusal in the status bar; redraw the page."""
        try:
            change()
        except CasebookError as exc:
            self.w.statusBar().showMessage(str(exc), 8000)
            ok = False
        else:
            ok = True
        if reload and self.page.name and self.lib.collections.exists(self.page.name):
            self.page.show_collection(self.lib.collections.get(self.page.name), select)
        self.changed.emit()
        return ok

    # the page --------------------------------------------------------------------------
    def open(self, name: str, select: str | None = None) -> None:
        try:
            collection = self.lib.collections.get(name)
        except CasebookError as exc:
            self.w.statusBar().showMessage(str(exc), 8000)
            return
        self.page.show_collection(collection, select)
        self.w.middle_stack.setCurrentWidget(self.page)
        self.page.list.setFocus()
        self.remember(collection.name)
        if not self.sidebar.mark(collection.name):  # made elsewhere (the CLI, another window)
            self.refresh_sidebar()
            self.sidebar.mark(collection.name)

    def refresh_page(self) -> None:
        """Show the page's collection again (titles, missing cases, a rename elsewhere)."""
        if not self.page.name:
            return
        if not self.lib.collections.exists(self.page.name):
            self.page.name = ""
            self.back()
            return
        self.page.show_collection(self.lib.collections.get(self.page.name))

    def back(self) -> None:
        self.page.flush()
        self.w.middle_stack.setCurrentIndex(0)
        self.w.results.setFocus()

    # collections -----------------------------------------------------------------------
    def export(self, name: str) -> None:
        export_ui.ask_and_export(self, name)

    def _exported(self, ok: bool, text: str, path: str) -> None:
        if ok:
            url = QUrl.fromLocalFile(path if path.endswith((".pdf", ".html"))
                                     else os.path.dirname(path) or path)
            self.undo_bar.offer(text, lambda: QDesktopServices.openUrl(url),
                                "Open" if path.endswith((".pdf", ".html")) else "Show folder")
        else:
            self.w.statusBar().showMessage(text, 15_000)
        if not ok and "cancelled" not in text:
            self.warn("Export failed", text)
        self.export_finished.emit(ok, text)

    def import_pack(self) -> None:
        import_ui.ask_and_import(self)

    def create(self, open_it: bool = False, then: Callable[[str], None] | None = None,
               parent: QWidget | None = None) -> None:
        def make(name: str, description: str) -> None:
            made = self.lib.collections.create(name, description)
            self.remember(made)
            self.refresh_sidebar()
            if then is not None:
                then(made)
            if open_it:
                QTimer.singleShot(0, lambda: self.open(made))

        default = self.lib.collections.unique_name("New collection")
        dialog = CollectionDialog(parent or self.w, "New collection", default, "", make,
                                  "Create")
        self.show_dialog(dialog)

    def new_in(self, parent: QDialog, created: Callable[[str], None]) -> None:
        self.create(then=created, parent=parent)

    def rename(self, name: str) -> None:
        def apply(new: str) -> None:
            self.page.flush()
            done = self.lib.collections.rename(name, new)
            if self.page.name == name:
                self.page.name = done
                self.page.set_title(done)
            if self.last == name:
                self.remember(done)
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
        if self.write(lambda: self.lib.collections.duplicate(name), reload=False):
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
                self.back()

        def restore() -> None:
            again = self.lib.collections.restore(snap)
            self.refresh_sidebar()
            self.open(again)
            self.w.statusBar().showMessage(f"Restored “{again}”", 5000)

        self.undo_bar.offer(f"Deleted collection “{name}”.", restore)
        self.refresh_sidebar()
