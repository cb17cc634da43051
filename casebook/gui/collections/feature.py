"""Collections in the app: the collection page, the menus, and collection-level actions."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QWidget

from casebook.errors import CasebookError
from casebook.gui.collections.dialogs import CollectionDialog, NameDialog, PickDialog
from casebook.gui.collections.items import ItemActions
from casebook.gui.collections.page import CollectionPage
from casebook.gui.collections.sidebar_entries import SidebarEntries
from casebook.gui.collections.undo_bar import UndoBar
from casebook.gui.exchange import export as export_ui
from casebook.gui.exchange import pack_import as import_ui
from casebook.gui.i18n import QT_TRANSLATE_NOOP
from casebook.gui.shell import Shell
from casebook.gui.words import place

log = logging.getLogger(__name__)
SHORTCUTS = (
    ("Ctrl+D", QT_TRANSLATE_NOOP("Shortcuts", "Add the selected cases to the last used "
                                              "collection (Undo in the status bar)")),
    ("Ctrl+Shift+D", QT_TRANSLATE_NOOP("Shortcuts", "Choose the collection to add the "
                                                    "selected cases to")),
    ("Ctrl+Shift+N / Ctrl+Shift+O",
     QT_TRANSLATE_NOOP("Shortcuts", "New collection / open a collection")),
    ("Ctrl+Up / Ctrl+Down, Delete",
     QT_TRANSLATE_NOOP("Shortcuts", "Move or remove the case in a collection")),
    ("Ctrl+Shift+E / Ctrl+Shift+I",
     QT_TRANSLATE_NOOP("Shortcuts", "Export a collection / import a course pack")),
    ("Ctrl+Shift+S", QT_TRANSLATE_NOOP("Shortcuts", "Save the search")),
    ("F2", QT_TRANSLATE_NOOP("Shortcuts", "Rename the collection")),
    ("F6", QT_TRANSLATE_NOOP("Shortcuts", "Go to the sidebar (Enter opens a collection or "
                                          "saved search)")),
    ("Ctrl+Z", QT_TRANSLATE_NOOP("Shortcuts", "Undo a deletion")),
)


class CollectionsFeature(QObject):
    """Owns the collection page, its menus and the sidebar's collections and saved
    searches; collection-level actions live here, the cases' ones in `items`."""

    changed = Signal()
    export_finished = Signal(bool, str)

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.window())
        self.shell = shell
        self.lib = shell.lib
        self.settings = shell.settings
        self.dialog: QDialog | None = None
        self.last: str | None = shell.settings.value("collections/last") or None
        self.page = CollectionPage(shell.window())
        self.page.places = self._places
        shell.stack.addWidget(self.page)
        self.exporter = export_ui.Exporter(shell.window())
        self.exporter.finished.connect(self._exported)
        self.undo_bar = UndoBar(shell.window())
        shell.status.addWidget(self.undo_bar)
        self.sidebar = SidebarEntries(self, shell)
        self.items = ItemActions(self, shell)
        shell.sidebar.entries = self.sidebar
        shell.sidebar.entry_clicked.connect(self.sidebar.clicked)
        shell.reader.add_to_collection.connect(self.items.add_to_collection)
        shell.results.menu_opening.connect(self._results_menu)
        shell.sync.finished.connect(self.refresh_page)
        self.changed.connect(self._name_default)
        self.page.describe_requested.connect(lambda: self.describe(self.page.name))
        self.page.export_requested.connect(lambda: self.export(self.page.name))
        self.page.back_requested.connect(self.back)
        self._menus()
        for keys, what in SHORTCUTS:
            shell.shortcuts.add(keys, what)

    def _menus(self) -> None:
        m = self.shell.menus
        self.undo_action = m.make(self.tr("&Undo"), self.undo_bar.undo, "Ctrl+Z")
        m.prepend(m.edit, self.undo_action)
        self.collect_action = m.add(m.edit, self.tr("&Add to collection"),
                                    lambda: self.items.quick_add(None), "Ctrl+D")
        self.choose_action = m.add(m.edit, self.tr("Add to c&ollection…"),
                                   lambda: self.items.add_to_collection(None), "Ctrl+Shift+D")
        menu = m.add_menu(self.tr("&Collections"))
        m.add(menu, self.tr("&New collection…"), lambda: self.create(open_it=True), "Ctrl+Shift+N")
        m.add(menu, self.tr("O&pen collection…"), lambda: self.choose(self.tr("Open"), self.open),
              "Ctrl+Shift+O")
        menu.addAction(self.collect_action)
        menu.addAction(self.choose_action)
        menu.addSeparator()
        m.add(menu, self.tr("&Rename…"), lambda: self._on_target(self.rename), "F2")
        m.add(menu, self.tr("&Describe…"), lambda: self._on_target(self.describe))
        m.add(menu, self.tr("D&uplicate"), lambda: self._on_target(self.duplicate))
        m.add(menu, self.tr("De&lete"), lambda: self._on_target(self.delete), "Ctrl+Shift+Del")
        menu.addSeparator()
        m.add(menu, self.tr("&Export…"), lambda: self._on_target(self.export), "Ctrl+Shift+E")
        m.add(menu, self.tr("&Import course pack…"), self.import_pack, "Ctrl+Shift+I")
        self.collections_menu = menu
        self.save_search_action = m.make(self.tr("Sa&ve search…"), self.sidebar.save_search,
                                         "Ctrl+Shift+S")
        m.add_file_action(self.save_search_action)
        m.add(m.view, self.tr("Go to the &sidebar"), self.sidebar.focus, "F6")
        self._name_default()

    def _results_menu(self, menu: QMenu, ids: list[str]) -> None:
        """The results' context menu: add the cases right-clicked to a collection."""
        menu.addAction(f"{self.collect_action.text()}\tCtrl+D",  # names the last used one
                       lambda: self.items.quick_add(None, ids))
        menu.addAction(self.tr("Add to collection…") + "\tCtrl+Shift+D",
                       lambda: self.items.add_to_collection(None, ids))

    def shutdown(self) -> None:
        """The window closes: save a note being typed, stop an export."""
        self.page.flush()
        self.exporter.shutdown()

    # plumbing ------------------------------------------------------------------------
    def owner(self) -> QWidget:
        return self.shell.window()

    def target(self) -> str | None:
        """The collection an action applies to: sidebar focus, the open page, the sidebar."""
        key = self.sidebar.current_collection()
        if key is not None and self.sidebar.tree.hasFocus():
            return key
        if self.shell.stack.currentWidget() is self.page and self.page.name:
            return str(self.page.name)
        return key

    def _on_target(self, action: Callable[[str], None]) -> None:
        name = self.target()
        if name is not None:
            action(name)
        else:
            self.choose(self.tr("OK"), action)

    def choose(self, ok_text: str, then: Callable[[str], None]) -> None:
        dialog = PickDialog(self.owner(), self.tr("Collection:"), self.sidebar.collections(),
                            set(), self.page.name or self.last, self.new_in, ok_text)
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
                          self.owner())
        self.show_dialog(box)

    def say(self, text: str, ms: int = 8000) -> None:
        """A line in the status bar."""
        self.shell.status.showMessage(text, ms)

    def offer(self, text: str, action: Callable[[], object], button: str = "") -> None:
        """A line in the status bar with a button (Undo unless named otherwise)."""
        self.undo_bar.offer(text, action, button)

    def save_edits(self) -> None:
        self.page.flush()

    def refresh_sidebar(self) -> None:
        self.shell.browser.refresh_sidebar()
        self.changed.emit()

    def collections(self) -> list[tuple[str, int]]:
        return self.sidebar.collections()

    def add_cases(self, ids: list[str], name: str, position: int | None = None) -> None:
        self.items.add(ids, name, position)

    def _places(self, ids: list[str]) -> dict[str, str]:
        """Place and years of each case, for the collection page."""
        try:
            rows = self.lib.store.case_rows(ids)
        except CasebookError as exc:
            log.warning("cannot read the collection's cases: %s", exc)
            return {}
        out = {}
        for case_id, row in rows.items():
            try:
                countries = json.loads(row["country"] or "[]")
            except ValueError:
                countries = []
            out[case_id] = place(countries, row["place"], None, row["year_start"],
                                 row["year_end"])
        return out

    def remember(self, name: str) -> None:
        self.last = name
        self.settings.setValue("collections/last", name)
        self._name_default()

    def default_collection(self) -> str | None:
        """Where Ctrl+D adds: the collection used last, else the only one there is."""
        try:
            if self.last and self.lib.collections.exists(self.last):
                return self.last
            names = self.lib.collections.names()
        except CasebookError as exc:
            log.warning("cannot list the collections: %s", exc)
            return None
        return names[0] if len(names) == 1 else None

    def _name_default(self) -> None:
        """Ctrl+D's menu entry names the collection it adds to."""
        name = self.default_collection()
        if name is None:
            self.collect_action.setText(self.tr("&Add to collection"))
            return
        short = (name if len(name) <= 40 else name[:39] + "…").replace("&", "&&")
        self.collect_action.setText(self.tr("&Add to “{0}”").format(short))

    def write(self, change: Callable[[], object], select: str | None = None,
              reload: bool = True) -> bool:
        """Run one change; show a refusal in the status bar; redraw the page."""
        try:
            change()
        except CasebookError as exc:
            self.say(str(exc))
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
            self.say(str(exc))
            return
        self.page.show_collection(collection, select)
        self.shell.stack.setCurrentWidget(self.page)
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
        self.shell.browser.show_results()

    # collections -----------------------------------------------------------------------
    def export(self, name: str) -> None:
        export_ui.ask_and_export(self, self.exporter, name)

    def _exported(self, ok: bool, text: str, path: str, cancelled: bool) -> None:
        if ok:
            handout = path.endswith((".pdf", ".html"))
            url = QUrl.fromLocalFile(path if handout else os.path.dirname(path) or path)
            self.offer(text, lambda: QDesktopServices.openUrl(url),
                       self.tr("Open") if handout else self.tr("Show folder"))
        else:
            self.say(text, 15_000)
            if not cancelled:
                self.warn(self.tr("Export failed"), text)
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

        default = self.lib.collections.unique_name(self.tr("New collection"))
        self.show_dialog(CollectionDialog(parent or self.owner(), self.tr("New collection"),
                                          default, "", make, self.tr("Create")))

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

        self.show_dialog(NameDialog(self.owner(), self.tr("Rename collection"),
                                    self.tr("New &name:"), name, apply, self.tr("Rename")))

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
            self.say(str(exc))
            return
        self.show_dialog(CollectionDialog(self.owner(), self.tr("Describe “{0}”").format(name),
                                          name, text, apply, self.tr("Save")))

    def duplicate(self, name: str) -> None:
        if self.write(lambda: self.lib.collections.duplicate(name), reload=False):
            self.refresh_sidebar()
            self.say(self.tr("Duplicated “{0}”").format(name), 5000)

    def delete(self, name: str) -> None:
        if self.page.name == name:
            self.page.flush()
        try:
            snap = self.lib.collections.delete(name)
        except CasebookError as exc:
            self.say(str(exc))
            return
        if self.page.name == name:
            self.page.name = ""
            if self.shell.stack.currentWidget() is self.page:
                self.back()

        def restore() -> None:
            again = self.lib.collections.restore(snap)
            self.refresh_sidebar()
            self.open(again)
            self.say(self.tr("Restored “{0}”").format(again), 5000)

        self.offer(self.tr("Deleted collection “{0}”.").format(name), restore)
        self.refresh_sidebar()

