"""The sidebar: library entries, collections, saved searches and facet filters with counts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import cmp_to_key
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractItemModel,
    QCollator,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from casebook.cases.model import Filters
from casebook.cases.taxonomy import Taxonomy
from casebook.facets import FACETS, YEAR
from casebook.gui import words
from casebook.gui.browse.models import Node, NodeRole, SidebarModel
from casebook.gui.i18n import number

# a section per facet, in the table's order; the years have their own boxes below the tree
FACET_SECTIONS = tuple(f for f in FACETS if f.kind != YEAR)


class Entries(Protocol):
    """Where the sidebar's Collections and Saved searches sections come from."""

    def sidebar_collections(self) -> list[tuple[str, int | None]]: ...

    def saved_names(self) -> list[str]: ...


class NoEntries:
    """No collections feature: the sections are empty."""

    def sidebar_collections(self) -> list[tuple[str, int | None]]:
        return []

    def saved_names(self) -> list[str]:
        return []


class _Delegate(QStyledItemDelegate):
    """Section headings in small caps; counts right-aligned; empty terms greyed; a label
    cut to fit shows whole in its tooltip."""

    def _option(self, option: QStyleOptionViewItem, node: Node) -> tuple[
            QStyleOptionViewItem, str]:
        """The label's own option (its font, its room left of the count) and the count."""
        opt = QStyleOptionViewItem(option)
        count = "" if node.count is None else number(node.count)
        width = opt.fontMetrics.horizontalAdvance(count) + 12 if count else 0
        if not node.facet and node.children:
            font = QFont(opt.font)
            font.setBold(True)
            font.setPointSizeF(opt.font.pointSizeF() * 0.85)
            font.setCapitalization(QFont.Capitalization.AllUppercase)
            opt.font = font
        opt.rect = QRect(opt.rect.adjusted(0, 0, -width, 0))
        return opt, count

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        node: Node = index.data(NodeRole)
        opt, count = self._option(option, node)
        if node.count == 0:
            opt.palette.setColor(QPalette.ColorRole.Text,
                                 opt.palette.color(QPalette.ColorGroup.Disabled,
                                                   QPalette.ColorRole.Text))
        super().paint(painter, opt, index)
        if count:
            painter.save()
            color = QColor(option.palette.color(QPalette.ColorRole.Text))
            color.setAlphaF(0.6)
            painter.setPen(color)
            painter.drawText(option.rect.adjusted(0, 0, -6, 0),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             count)
            painter.restore()

    def tooltip(self, option: QStyleOptionViewItem,
                index: QModelIndex | QPersistentModelIndex) -> str:
        """The row's tooltip, after its whole label when the row shows it cut."""
        node: Node = index.data(NodeRole)
        opt, _count = self._option(option, node)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget).width()
        room -= 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                       widget) + 1)
        cut = QFontMetrics(opt.font).horizontalAdvance(opt.text) > room
        return "\n".join(t for t in (node.label if cut else "", node.tooltip) if t)

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView,
                  option: QStyleOptionViewItem,
                  index: QModelIndex | QPersistentModelIndex) -> bool:
        if event.type() == QEvent.Type.ToolTip and index.isValid():
            tip = self.tooltip(option, index)
            if tip:
                QToolTip.showText(event.globalPos(), tip, view)
            else:
                QToolTip.hideText()
            return True
        return super().helpEvent(event, view, option, index)

    def editorEvent(self, event: QEvent, model: QAbstractItemModel, option: QStyleOptionViewItem,
                    index: QModelIndex | QPersistentModelIndex) -> bool:
        # A click on the tick box goes the way of a click on the label (Sidebar._clicked);
        # keys (Space) tick through the model, which reports it (check_changed).
        if isinstance(event, QMouseEvent):
            return False
        return super().editorEvent(event, model, option, index)


class YearBox(QSpinBox):
    """A year, or "any" at the minimum; a step from "any" lands on `start` (a year of the
    cases shown), not on the minimum plus one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start = date.today().year

    def stepBy(self, steps: int) -> None:
        if self.value() == self.minimum() and steps:
            self.setValue(self.start)
        else:
            super().stepBy(steps)

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        if self.value() == self.minimum():
            return (QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
                    | QAbstractSpinBox.StepEnabledFlag.StepDownEnabled)
        return super().stepEnabled()


class Sidebar(QWidget):
    """Emits the user's choices; browsing owns the state. A feature that lists collections
    and saved searches sets `entries` and handles their `entry_clicked`."""

    toggled = Signal(str, str, bool)
    entry_clicked = Signal(str, str)
    years_changed = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: Entries = NoEntries()
        self.sections: list[Callable[[], Node]] = []  # features' own, after the library
        self.model = SidebarModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setItemDelegate(_Delegate(self.tree))
        self.tree.setAccessibleName(self.tr("Library and filters"))
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.model.check_changed.connect(self.toggled)
        self.tree.clicked.connect(self._clicked)
        self.tree.activated.connect(self._activated)
        self.tree.expanded.connect(lambda i: self.expanded.add(i.data(NodeRole).key))
        self.tree.collapsed.connect(lambda i: self.expanded.discard(i.data(NodeRole).key))
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.expanded: set[str] = {"library", "collections", "saved", "challenges", "regions"}
        self._order: dict[str, list[str]] = {}  # facet entries in the order shown
        self.year_from = YearBox(self)
        self.year_to = YearBox(self)
        for box, name in ((self.year_from, self.tr("From year")),
                          (self.year_to, self.tr("To year"))):
            box.setRange(1799, 2100)
            box.setSpecialValueText(self.tr("any"))
            box.setValue(1799)
            box.setAccessibleName(name)
            box.setToolTip(self.tr("{0}: cases active in this span").format(name))
            box.valueChanged.connect(self._years)
        years = QHBoxLayout()
        years.setContentsMargins(8, 4, 8, 8)
        years.addWidget(QLabel(self.tr("Years"), self))
        years.addWidget(self.year_from)
        years.addWidget(QLabel(self.tr("to"), self))
        years.addWidget(self.year_to)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(years)

    def _years(self) -> None:
        a, b = self.year_from.value(), self.year_to.value()
        self.years_changed.emit(None if a == 1799 else a, None if b == 1799 else b)

    def set_year_span(self, first: int | None, last: int | None) -> None:
        """Where the year boxes start when stepped from "any"."""
        this_year = date.today().year
        self.year_from.start = first or this_year
        self.year_to.start = last or this_year

    def set_years(self, a: int | None, b: int | None) -> None:
        for box, value in ((self.year_from, a), (self.year_to, b)):
            box.blockSignals(True)
            box.setValue(value or 1799)
            box.blockSignals(False)

    def _clicked(self, index: QModelIndex) -> None:
        node: Node = index.data(NodeRole)
        if node.checkable:
            self.toggled.emit(node.facet, node.key, not node.checked)
        elif node.facet in ("library", "collection", "collection-new", "saved", "team",
                            "team-add", "team-collection"):
            self.entry_clicked.emit(node.facet, node.key)

    def _activated(self, index: QModelIndex) -> None:
        node: Node = index.data(NodeRole)
        if node.children and not node.facet:
            self.tree.setExpanded(index, not self.tree.isExpanded(index))

    def rebuild(self, facets: dict[str, dict[str, int]], filters: Filters, taxonomy: Taxonomy,
                total_cases: int, problems: int, collections: list[tuple[str, int | None]],
                saved: list[str], known: dict[str, dict[str, int]] | None = None,
                resort: bool = True) -> None:
        """Rebuild every section; `known` lists the terms in use in the whole library, so
        a term with no match in this result is greyed rather than hidden. Terms without a
        fixed order are sorted by count only when `resort` (a new search), so that ticking
        does not move them under the mouse."""
        current = self.tree.currentIndex().data(NodeRole) if self.tree.currentIndex().isValid() \
            else None
        root = Node("root")
        lib = root.add(Node(self.tr("Library"), key="library"))
        lib.add(Node(self.tr("All cases"), key="all", facet="library", count=total_cases,
                     tooltip=self.tr("Clear the search and every filter")))
        lib.add(Node(self.tr("Files with problems"), key="problems", facet="library",
                     count=problems, tooltip=self.tr("Case files that casebook check reports")))
        for make_section in self.sections:
            root.add(make_section())
        section = root.add(Node(self.tr("Collections"), key="collections"))
        for name, n in collections:
            section.add(Node(name, key=name, facet="collection", count=n,
                             tooltip=name))  # a long name is cut in the tree
        if not collections:
            section.add(Node(self.tr("New collection…"), key="new", facet="collection-new",
                             tooltip=self.tr("Gather cases into an ordered course with notes")))
        if saved:
            section = root.add(Node(self.tr("Saved searches"), key="saved"))
            for name in saved:
                section.add(Node(name, key=name, facet="saved"))
        for spec in FACET_SECTIONS:
            facet = spec.key
            counts = facets.get(facet, {})
            chosen = set(filters.terms.get(facet, []))
            in_library = (known or {}).get(facet) or counts
            if facet == "languages" and len(set(in_library) | chosen) < 2:
                continue  # shown once the library holds cases in two languages or more
            section = root.add(Node(words.heading(facet), key=facet))
            if facet in taxonomy.terms:
                entries = [(t.id, words.term_label(taxonomy, facet, t.id),
                            words.term_description(taxonomy, facet, t.id))
                           for t in taxonomy.terms[facet].values()]
                free = {k for k in set(counts) | chosen if k not in taxonomy.terms[facet]}
                entries += [(k, k, self.tr("free tag"))
                            for k in self._ordered(facet, free, counts, resort)]
            elif spec.values:  # a fixed order (levels), every value shown
                entries = [(k, words.value(facet, k), "") for k in spec.values]
            else:
                in_use = set((known or {}).get(facet, {}))
                names = self._ordered(facet, set(counts) | chosen | in_use, counts, resort)
                entries = [(k, words.value(facet, k), "") for k in names]
            for key, label, tip in entries:
                section.add(Node(label, key=key, facet=facet, count=counts.get(key, 0),
                                 tooltip=tip, checkable=True, checked=key in chosen))
        self.model.set_root(root)
        for row, section in enumerate(root.children):
            if section.key in self.expanded:
                self.tree.setExpanded(self.model.index(row, 0), True)
        if current is not None:
            self._restore_current(root, current)

    def _ordered(self, facet: str, names: set[str], counts: dict[str, int],
                 resort: bool) -> list[str]:
        """By count on a new search, equal counts in the alphabetical order of the words
        shown (a region in the interface language); otherwise as shown before, new names at
        the end."""
        collator = QCollator(QLocale())

        def alphabetical(a: str, b: str) -> int:
            return collator.compare(words.value(facet, a), words.value(facet, b))

        by_count = sorted(sorted(names, key=cmp_to_key(alphabetical)),
                          key=lambda k: -counts.get(k, 0))
        before = self._order.get(facet)
        if not resort and before is not None:
            shown = set(before)
            by_count = [k for k in before if k in names] + [k for k in by_count
                                                           if k not in shown]
        self._order[facet] = by_count
        return by_count

    def _restore_current(self, root: Node, old: Node) -> None:
        for r, section in enumerate(root.children):
            for c, node in enumerate(section.children):
                if node.facet == old.facet and node.key == old.key:
                    self.tree.setCurrentIndex(self.model.index(c, 0, self.model.index(r, 0)))
                    return
            if not old.facet and section.key == old.key:
                self.tree.setCurrentIndex(self.model.index(r, 0))
                return

    def context_node(self, pos: Any) -> Node | None:
        index = self.tree.indexAt(pos)
        return index.data(NodeRole) if index.isValid() else None
