"""The taxonomy browser: every term with its description and case count, gaps shown."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casebook.authoring.tags import find_terms
from casebook.authoring.taxonomy_tree import FacetNode, TermNode, taxonomy_tree
from casebook.errors import CasebookError
from casebook.gui import words
from casebook.gui.i18n import translate
from casebook.library import Library

log = logging.getLogger(__name__)
ROLE = Qt.ItemDataRole.UserRole


class TaxonomyDock(QDockWidget):
    """A tree of the three facets; clicking a term that has cases filters the results,
    the link under a term no case uses yet asks for a new case."""

    term_chosen = Signal(str, str)
    new_case_requested = Signal()

    def __init__(self, parent: QWidget, lib: Library) -> None:
        super().__init__(translate("TaxonomyDock", "Taxonomy"), parent)
        self.setObjectName("taxonomy-dock")
        self.lib = lib
        self.nodes: dict[tuple[str, str], TermNode] = {}
        self.facets: list[FacetNode] = []
        self.dirty = True
        self.find_edit = QLineEdit(self)
        self.find_edit.setPlaceholderText(self.tr("Find a term"))
        self.find_edit.setAccessibleName(self.tr("Find a taxonomy term"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.textChanged.connect(lambda _t: self._fill())
        self.gaps_only = QCheckBox(self.tr("Only gaps"), self)
        self.gaps_only.setToolTip(self.tr("Show only terms no case uses yet: what to write "
                                          "next"))
        self.gaps_only.toggled.connect(lambda _on: self._fill())
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Term"), self.tr("Cases")])
        self.tree.setAccessibleName(self.tr("Taxonomy terms"))
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemClicked.connect(lambda item, _c: self._choose(item))
        self.tree.itemActivated.connect(lambda item, _c: self._choose(item))
        self.tree.currentItemChanged.connect(lambda item, _p: self._describe(item))
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAccessibleName(self.tr("Term description"))
        self.detail.setMargin(6)
        self.detail.linkActivated.connect(self._link)
        self.summary = QLabel(self)
        self._describe(None)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.detail)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.tree)
        split.addWidget(scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([500, 170])
        top = QHBoxLayout()
        top.addWidget(self.find_edit, 1)
        top.addWidget(self.gaps_only)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.summary)
        self.setWidget(body)
        self.visibilityChanged.connect(lambda on: self.refresh() if on and self.dirty else None)

    def refresh(self) -> None:
        """Re-read the taxonomy and counts (now if visible, else when next shown)."""
        self.dirty = True
        if self.isHidden():
            return
        try:
            self.facets = taxonomy_tree(self.lib)
        except CasebookError as exc:
            log.warning("cannot read the taxonomy tree: %s", exc)
            self.summary.setText(str(exc))
            return
        self.dirty = False
        self.nodes = {(t.facet, t.id): t for f in self.facets for t in f.terms}
        gaps = sum(len(f.gaps) for f in self.facets)
        self.summary.setText(self.tr("%n term(s) · {0} with no case yet", "",
                                     len(self.nodes)).format(gaps))
        self._fill()

    def _fill(self) -> None:
        current = self.tree.currentItem()
        keep = current.data(0, ROLE) if current else None
        closed = {head.data(0, ROLE) for head in self._heads() if not head.isExpanded()}
        self.tree.clear()
        text = self.find_edit.text().strip()
        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for facet in self.facets:
            wanted = {t.id for t in find_terms(self.lib.taxonomy, facet.facet, text,
                                               limit=10_000)} if text else None
            terms = [t for t in facet.terms if (wanted is None or t.id in wanted or
                                                (t.free and text.lower() in t.id))
                     and (t.gap or not self.gaps_only.isChecked())]
            head = QTreeWidgetItem(self.tree, [words.heading(facet.facet),
                                               self.tr("%n term(s)", "", len(terms)) if terms
                                               else self.tr("no terms")])
            head.setData(0, ROLE, ("", facet.facet))
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            for node in terms:
                item = self._item(head, node, grey)
                for strategy in node.strategies:
                    child = self._item(item, strategy, grey, prefix="→ ")
                    child.setToolTip(0, self.tr("{0} addresses {1}").format(
                        self.label(strategy), self.label(node)))
                if (node.facet, node.id) == keep:
                    self.tree.setCurrentItem(item)
            head.setExpanded(("", facet.facet) not in closed)

    def _item(self, parent: QTreeWidgetItem, node: TermNode, grey: QColor,
              prefix: str = "") -> QTreeWidgetItem:
        label = self.label(node) + (self.tr(" (free tag)") if node.free else "")
        item = QTreeWidgetItem(parent, [prefix + label, self.count_text(node)])
        item.setData(0, ROLE, (node.facet, node.id))
        item.setToolTip(0, self.description(node) or
                        self.tr("A free tag: not in the taxonomy"))
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if node.gap:
            font = item.font(1)
            font.setItalic(True)
            item.setFont(1, font)
            item.setForeground(0, grey)
            item.setForeground(1, grey)
        return item

    def label(self, node: TermNode) -> str:
        """A term's label in the interface language where the taxonomy has it."""
        return node.label if node.free else words.term_label(self.lib.taxonomy, node.facet,
                                                             node.id)

    def description(self, node: TermNode) -> str:
        return "" if node.free else words.term_description(self.lib.taxonomy, node.facet,
                                                           node.id)

    def count_text(self, node: TermNode) -> str:
        return self.tr("no case yet") if node.gap else self.tr("%n case(s)", "", node.count)

    def find_item(self, facet: str, term: str) -> QTreeWidgetItem | None:
        """The term's own row (not a row listing it under a challenge)."""
        for head in self._heads():
            for item in _children(head):
                if item.data(0, ROLE) == (facet, term):
                    return item
        return None

    def _heads(self) -> list[QTreeWidgetItem]:
        root = self.tree.invisibleRootItem()
        return _children(root) if root is not None else []

    def _node(self, item: QTreeWidgetItem | None) -> TermNode | None:
        data = item.data(0, ROLE) if item else None
        return self.nodes.get(data) if data and data[0] else None

    def _choose(self, item: QTreeWidgetItem) -> None:
        node = self._node(item)
        if node is None:
            return
        self._describe(item)
        if node.count:
            self.term_chosen.emit(node.facet, node.id)

    def _describe(self, item: QTreeWidgetItem | None) -> None:
        node = self._node(item)
        if node is None:
            self.detail.setText(self.tr("Click a term to show its cases. Terms with no case "
                                        "yet are what contributors could write next."))
            return
        tax, esc = self.lib.taxonomy, html.escape
        parts = [f"<b>{esc(self.label(node))}</b> "
                 f"<span style='color:gray'>{esc(node.id)}</span>",
                 esc(self.description(node) or self.tr("A free tag: not in the taxonomy."))]
        aliases = () if node.free else words.term_aliases(tax, node.facet, node.id)
        if aliases:
            parts.append("<i>" + esc(self.tr("Also called: {0}").format(
                ", ".join(aliases))) + "</i>")
        if node.strategies:
            parts.append(self.tr("Strategies that address it: {0}").format(", ".join(
                esc(self.label(s)) for s in node.strategies)))
        if node.addresses:
            parts.append(self.tr("Addresses: {0}").format(", ".join(
                esc(words.term_label(tax, "challenges", c)) for c in node.addresses)))
        parts.append(f"<b>{self.count_text(node)}</b> — " + (
            self.tr("<a href='new'>write one (New case…)</a>") if node.gap else
            self.tr("click the term to show them")))
        self.detail.setText("<br>".join(parts))

    def _link(self, link: str) -> None:
        if link == "new":
            self.new_case_requested.emit()


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [c for c in (item.child(i) for i in range(item.childCount())) if c is not None]

