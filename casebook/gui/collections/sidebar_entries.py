"""The sidebar's Collections and Saved searches: clicks, keys, context menu, drops, searches."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QMenu

from casebook.errors import CasebookError, InputError
from casebook.gui.browse.models import Node, NodeRole
from casebook.gui.collections.dialogs import NameDialog
from casebook.gui.collections.listing import MIME, ids_from


class SidebarEntries(QObject):
    """Sidebar behaviour for collections and saved searches; `ui` is the CollectionsUI."""

    def __init__(self, ui: Any) -> None:
        super().__init__(ui)
        self.ui = ui
        self.w = ui.w
        self.lib = ui.lib
        self.menu: QMenu | None = None
        self.tree = tree = self.w.sidebar.tree
        self.viewport = tree.viewport()
        tree.customContextMenuRequested.connect(self._context_menu)
        tree.installEventFilter(self)
        tree.setAcceptDrops(True)
        self.viewport.setAcceptDrops(True)
        self.viewport.installEventFilter(self)

    # what the window shows ---------------------------------------------------------
    def collections(self) -> list[tuple[str, int]]:
        return [(c.name, c.count) for c in self.lib.collections.list()]

    def sidebar_collections(self) -> list[tuple[str, int | None]]:
        """As the sidebar shows them: an empty collection has no count, so is not greyed."""
        return [(name, count or None) for name, count in self.collections()]

    def saved_names(self) -> list[str]:
        return [s.name for s in self.lib.collections.saved_searches()]

    def clicked(self, kind: str, key: str) -> None:
        if kind == "collection":
            self.ui.open(key)
        elif kind == "collection-new":
            self.ui.create(open_it=True)
        elif kind == "saved":
            self.run_saved(key)

    def focus(self) -> None:
        self.tree.setFocus()
        if not self.tree.currentIndex().isValid():
            self.tree.setCurrentIndex(self.tree.model().index(0, 0))

    def node(self, pos: Any = None) -> Node | None:
        """The node under a viewport position, else the current one."""
        index = self.tree.indexAt(pos) if pos is not None else self.tree.currentIndex()
        node = index.data(NodeRole) if index.isValid() else None
        return node if isinstance(node, Node) else None

    def mark(self, name: str) -> bool:
        """Show which collection is open (without running the entry)."""
        model = self.tree.model()
        for r in range(model.rowCount()):
            section = model.index(r, 0)
            for c in range(model.rowCount(section)):
                node = model.index(c, 0, section).data(NodeRole)
                if node.facet == "collection" and node.key == name:
                    self.tree.setCurrentIndex(model.index(c, 0, section))
                    return True
        return False

    def current_collection(self) -> str | None:
        node = self.node()
        return node.key if node is not None and node.facet == "collection" else None

    # interaction ------------------------------------------------------------------
    def _context_menu(self, pos: Any) -> None:
        node = self.node(pos) or self.node()
        ui = self.ui
        menu = QMenu(self.w)
        menu.setAccessibleName("Collection actions")
        if node is not None and node.facet == "collection":
            name = node.key
            menu.addAction("Open", lambda: ui.open(name))
            menu.addAction("Rename…\tF2", lambda: ui.rename(name))
            menu.addAction("Describe…", lambda: ui.describe(name))
            menu.addAction("Duplicate", lambda: ui.duplicate(name))
            menu.addAction("Export…\tCtrl+Shift+E", lambda: ui.export(name))
            menu.addAction("Delete\tDel", lambda: ui.delete(name))
            menu.addSeparator()
        elif node is not None and node.facet == "saved":
            name = node.key
            menu.addAction("Run", lambda: self.run_saved(name))
            menu.addAction("Rename…", lambda: self.rename_saved(name))
            menu.addAction("Delete\tDel", lambda: self.delete_saved(name))
            menu.addSeparator()
        menu.addAction("New collection…\tCtrl+Shift+N", lambda: ui.create(open_it=True))
        menu.addAction("Import course pack…\tCtrl+Shift+I", ui.import_pack)
        menu.addAction("Save search…\tCtrl+Shift+S", self.save_search)
        self.menu = menu
        menu.popup(self.viewport.mapToGlobal(pos))

    def eventFilter(self, obj: Any, event: Any) -> bool:
        kind = event.type()
        if obj is self.tree and kind == QEvent.Type.KeyPress:
            return self._key(event)
        if obj is self.viewport and kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove,
                                             QEvent.Type.Drop):
            return self._drag(event)
        return False

    def _key(self, event: Any) -> bool:
        node = self.node()
        if node is None or node.facet not in ("collection", "saved"):
            return False
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.clicked(node.facet, node.key)
            return True
        if event.key() == Qt.Key.Key_Delete:
            (self.ui.delete if node.facet == "collection" else self.delete_saved)(node.key)
            return True
        return False

    def _drag(self, event: Any) -> bool:
        """Cases dragged from the results can be dropped on a collection."""
        if not event.mimeData().hasFormat(MIME):
            return False
        node = self.node(event.position().toPoint())
        name = node.key if node is not None and node.facet == "collection" else None
        if event.type() == QEvent.Type.Drop:
            if name is not None:
                event.acceptProposedAction()
                self.ui.items.add(ids_from(event.mimeData()), name)
            return True
        if name is not None:
            event.acceptProposedAction()
            self.w.statusBar().showMessage(f"Drop to add to “{name}”", 2000)
        elif event.type() == QEvent.Type.DragEnter:
            event.acceptProposedAction()  # keep receiving moves; dropping needs a collection
        else:
            event.ignore()
        return True

    # saved searches ---------------------------------------------------------------
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
            self.ui.refresh_sidebar()
            w.statusBar().showMessage(f"Saved search “{clean}”", 5000)

        self.ui.show_dialog(NameDialog(w, "Save search", "&Name of the search:",
                                       query.strip() or "My search", apply, "Save"))

    def run_saved(self, name: str) -> None:
        """Query, filters and sort as saved, in one go."""
        w = self.w
        try:
            saved = self.lib.collections.saved_search(name)
        except CasebookError as exc:
            w.statusBar().showMessage(str(exc), 8000)
            return
        self.ui.page.flush()
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
            self.ui.refresh_sidebar()

        self.ui.show_dialog(NameDialog(self.w, "Rename saved search", "New &name:", name,
                                       apply, "Rename"))

    def delete_saved(self, name: str) -> None:
        try:
            old = self.lib.collections.delete_search(name)
        except CasebookError as exc:
            self.w.statusBar().showMessage(str(exc), 8000)
            return
        self.ui.refresh_sidebar()

        def undo() -> None:
            self.lib.collections.save_search(old.name, old.query, old.filters, old.sort)
            self.ui.refresh_sidebar()

        self.ui.undo_bar.offer(f"Deleted saved search “{name}”.", undo)
