"""The sidebar's Collections and Saved searches: clicks, keys, context menu, drops, searches."""

from __future__ import annotations

import copy
import logging

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QDropEvent, QKeyEvent
from PySide6.QtWidgets import QMenu

from casebook.errors import CasebookError, InputError
from casebook.gui.browse.models import Node, NodeRole
from casebook.gui.collections.dialogs import NameDialog
from casebook.gui.collections.host import Collections
from casebook.gui.collections.listing import MIME, ids_from
from casebook.gui.shell import Shell

log = logging.getLogger(__name__)


class SidebarEntries(QObject):
    """Sidebar behaviour for collections and saved searches (the sidebar's `entries`)."""

    def __init__(self, ui: Collections, shell: Shell) -> None:
        super().__init__(shell.window())
        self.ui = ui
        self.shell = shell
        self.lib = ui.lib
        self.menu: QMenu | None = None
        self.tree = tree = shell.sidebar.tree
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

    def node(self, pos: QPoint | None = None) -> Node | None:
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
    def _context_menu(self, pos: QPoint) -> None:
        node = self.node(pos) or self.node()
        ui = self.ui
        menu = QMenu(self.shell.window())
        menu.setAccessibleName(self.tr("Collection actions"))
        if node is not None and node.facet == "collection":
            name = node.key
            menu.addAction(self.tr("Open"), lambda: ui.open(name))
            menu.addAction(self.tr("Rename…") + "\tF2", lambda: ui.rename(name))
            menu.addAction(self.tr("Describe…"), lambda: ui.describe(name))
            menu.addAction(self.tr("Duplicate"), lambda: ui.duplicate(name))
            menu.addAction(self.tr("Export…") + "\tCtrl+Shift+E", lambda: ui.export(name))
            menu.addAction(self.tr("Delete") + "\tDel", lambda: ui.delete(name))
            menu.addSeparator()
        elif node is not None and node.facet == "saved":
            name = node.key
            menu.addAction(self.tr("Run"), lambda: self.run_saved(name))
            menu.addAction(self.tr("Rename…"), lambda: self.rename_saved(name))
            menu.addAction(self.tr("Delete") + "\tDel", lambda: self.delete_saved(name))
            menu.addSeparator()
        menu.addAction(self.tr("New collection…") + "\tCtrl+Shift+N",
                       lambda: ui.create(open_it=True))
        menu.addAction(self.tr("Import course pack…") + "\tCtrl+Shift+I", ui.import_pack)
        menu.addAction(self.tr("Save search…") + "\tCtrl+Shift+S", self.save_search)
        self.menu = menu
        menu.popup(self.viewport.mapToGlobal(pos))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if obj is self.tree and isinstance(event, QKeyEvent) and kind == QEvent.Type.KeyPress:
            return self._key(event)
        if obj is self.viewport and isinstance(event, QDropEvent) and kind in (
                QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            return self._drag(event)
        return False

    def _key(self, event: QKeyEvent) -> bool:
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

    def _drag(self, event: QDropEvent) -> bool:
        """Cases dragged from the results can be dropped on a collection."""
        if not event.mimeData().hasFormat(MIME):
            return False
        node = self.node(event.position().toPoint())
        name = node.key if node is not None and node.facet == "collection" else None
        if event.type() == QEvent.Type.Drop:
            if name is not None:
                event.acceptProposedAction()
                self.ui.add_cases(ids_from(event.mimeData()), name)
            return True
        if name is not None:
            event.acceptProposedAction()
            self.ui.say(self.tr("Drop to add to “{0}”").format(name), 2000)
        elif event.type() == QEvent.Type.DragEnter:
            event.acceptProposedAction()  # keep receiving moves; dropping needs a collection
        else:
            event.ignore()
        return True

    # saved searches ---------------------------------------------------------------
    def save_search(self) -> None:
        query, filters, sort = self.shell.browser.current_search()
        filters = copy.deepcopy(filters)
        confirmed: list[str] = []

        def apply(name: str) -> None:
            clean = " ".join(name.split())
            exists = clean.casefold() in {n.casefold() for n in self.saved_names()}
            if exists and clean not in confirmed:
                confirmed.append(clean)
                raise InputError(self.tr("A saved search named “{0}” exists. Press Save "
                                         "again to replace it.").format(clean))
            self.lib.collections.save_search(clean, query, filters, sort, replace=exists)
            self.ui.refresh_sidebar()
            self.ui.say(self.tr("Saved search “{0}”").format(clean), 5000)

        self.ui.show_dialog(NameDialog(self.ui.owner(), self.tr("Save search"),
                                       self.tr("&Name of the search:"),
                                       query.strip() or self.tr("My search"), apply,
                                       self.tr("Save")))

    def run_saved(self, name: str) -> None:
        """Query, filters and sort as saved, in one go."""
        try:
            saved = self.lib.collections.saved_search(name)
        except CasebookError as exc:
            self.ui.say(str(exc))
            return
        self.ui.page.flush()
        self.shell.browser.apply_search(saved.query, saved.filters, saved.sort)
        self.ui.say(self.tr("Saved search “{0}”").format(saved.name), 4000)

    def rename_saved(self, name: str) -> None:
        def apply(new: str) -> None:
            self.lib.collections.rename_search(name, new)
            self.ui.refresh_sidebar()

        self.ui.show_dialog(NameDialog(self.ui.owner(), self.tr("Rename saved search"),
                                       self.tr("New &name:"), name, apply, self.tr("Rename")))

    def delete_saved(self, name: str) -> None:
        try:
            old = self.lib.collections.delete_search(name)
        except CasebookError as exc:
            self.ui.say(str(exc))
            return
        self.ui.refresh_sidebar()

        def undo() -> None:
            self.lib.collections.save_search(old.name, old.query, old.filters, old.sort)
            self.ui.refresh_sidebar()

        self.ui.offer(self.tr("Deleted saved search “{0}”.").format(name), undo)
