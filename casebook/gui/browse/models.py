"""Qt item models that adapt core results: search hits, problems by kind, the facet sidebar."""

from __future__ import annotations

import html
import os
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from casebook.cases.model import Hit, Problem
from casebook.cases.problem_groups import ProblemGroup, group_problems
from casebook.evidence.formats import SYMBOLS
from casebook.gui import words
from casebook.gui.i18n import QT_TRANSLATE_NOOP, translate

Index = QModelIndex | QPersistentModelIndex
HitRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
NodeRole = Qt.ItemDataRole.UserRole + 3
DividerRole = Qt.ItemDataRole.UserRole + 4  # True on the "Also matching some" row


def meta_line(hit: Hit) -> str:
    return words.place(hit.country, hit.place, hit.level, hit.year_start, hit.year_end)


def verdict_mark(verdict: str | None) -> str:
    """The verdict as a symbol and a word ('◐ mixed'), never as a colour alone."""
    if not verdict:
        return ""
    return f"{SYMBOLS.get(verdict, '')} {words.value('verdicts', verdict)}".strip()


class ResultsModel(QAbstractListModel):
    """The hits of the current search, one row each; the hits that match only some of the
    words follow a divider row, which cannot be selected."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: list[Hit] = []
        self.divider = -1  # the divider's row, or -1

    def set_hits(self, hits: list[Hit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.divider = next((n for n, h in enumerate(self._hits) if h.match == "some"), -1)
        self.endResetModel()

    def hit(self, row: int) -> Hit | None:
        if row == self.divider or row < 0:
            return None
        n = row - 1 if 0 <= self.divider < row else row
        return self._hits[n] if n < len(self._hits) else None

    def row_of(self, case_id: str) -> int:
        n = next((n for n, h in enumerate(self._hits) if h.id == case_id), -1)
        return n + 1 if 0 <= self.divider <= n else n

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits) + (self.divider >= 0)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.row() == self.divider:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.tr("Also matching some of your words")
            return True if role == DividerRole else None
        hit = self.hit(index.row())
        if hit is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{hit.title}\n{meta_line(hit)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            plain = html.unescape(hit.snippet.replace("<b>", "").replace("</b>", ""))
            flag = self.tr(". This file has problems") if hit.problems else ""
            verdict = self.tr("Verdict: {0}. ").format(
                words.value("verdicts", hit.verdict)) if hit.verdict else ""
            return f"{hit.title}. {verdict}{meta_line(hit)}. {plain}{flag}"
        if role == HitRole:
            return hit
        if role == IdRole:
            return hit.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.isValid() and index.row() == self.divider:
            return Qt.ItemFlag.NoItemFlags  # skipped by the keyboard, never selected
        base = super().flags(index)
        if index.isValid():
            base |= Qt.ItemFlag.ItemIsDragEnabled
        return base

    def mimeTypes(self) -> list[str]:
        return ["application/x-casebook-ids", "text/plain"]

    def mimeData(self, indexes: Any) -> Any:
        from PySide6.QtCore import QMimeData

        hits = [self.hit(i.row()) for i in indexes if i.isValid()]
        ids = [h.id for h in hits if h is not None]
        mime = QMimeData()
        mime.setData("application/x-casebook-ids", "\n".join(ids).encode())
        mime.setText("\n".join(ids))
        return mime


SEVERITIES = {"error": QT_TRANSLATE_NOOP("ProblemsModel", "error"),
              "warning": QT_TRANSLATE_NOOP("ProblemsModel", "warning")}


class ProblemsModel(QAbstractItemModel):
    """Files with problems, grouped by kind: a row per kind ("missing required field
    'level'", with how many files and the first of them), under it a row per problem. A
    file is named from its case folder down (europe/x.md); the tooltips hold the full path
    and message, and the parser's words."""

    HEADERS = (QT_TRANSLATE_NOOP("ProblemsModel", "File"),
               QT_TRANSLATE_NOOP("ProblemsModel", "Line"),
               QT_TRANSLATE_NOOP("ProblemsModel", "Severity"),
               QT_TRANSLATE_NOOP("ProblemsModel", "Message"))
    TOP = 0  # the internal id of a kind's row; a problem's is its kind's row + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[ProblemGroup] = []
        self._roots: list[str] = []

    def set_problems(self, problems: list[Problem], folders: list[str] | None = None) -> None:
        self.beginResetModel()
        self._groups = group_problems(problems)
        self._roots = sorted((os.path.join(os.path.abspath(f), "") for f in folders or []),
                             key=len, reverse=True)
        self.endResetModel()

    def group(self, index: Index) -> ProblemGroup | None:
        """The kind of a kind's row."""
        if index.isValid() and index.internalId() == self.TOP and \
                0 <= index.row() < len(self._groups):
            return self._groups[index.row()]
        return None

    def problem(self, index: Index) -> Problem | None:
        """The problem of a problem's row (None on a kind's row)."""
        if not index.isValid() or index.internalId() == self.TOP:
            return None
        problems = self._groups[index.internalId() - 1].problems
        return problems[index.row()] if 0 <= index.row() < len(problems) else None

    def shown_path(self, path: str) -> str:
        """The path below the case folder it is in, else the file name."""
        root = next((r for r in self._roots if path.startswith(r)), None)
        return path[len(root):] if root else os.path.basename(path)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, self.TOP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == self.TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, self.TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        group = self.group(parent)
        return len(group.problems) if group is not None and parent.column() == 0 else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.HEADERS)):
            return translate("ProblemsModel", self.HEADERS[section])
        return None

    def severity(self, severity: str) -> str:
        english = SEVERITIES.get(severity)
        return translate("ProblemsModel", english) if english else severity

    def group_text(self, group: ProblemGroup) -> str:
        """The kind, then "error in 300 files: a.md, b.md, c.md …"."""
        files = group.files
        first = ", ".join(self.shown_path(f) for f in group.first_files())
        more = " …" if len(files) > len(group.first_files()) else ""
        return group.kind + "\n" + self.tr("{0} in %Ln file(s): {1}", "", len(files)).format(
            self.severity(group.severity), first + more)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        group = self.group(index)
        if group is not None:
            if index.column() != 0:
                return None
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self.group_text(group)
            if role == Qt.ItemDataRole.DecorationRole:
                return _severity_icon(group.severity)
            return None
        p = self.problem(index)
        if p is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.shown_path(p.path), f"{p.line}:{p.column}", self.severity(p.severity),
                    p.message)[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 0:
                return p.path
            if col == 1:
                return self.tr("Line {0}, column {1}").format(p.line, p.column)
            if col == 2:
                return self.severity(p.severity)
            words = f"<p><i>{html.escape(p.detail)}</i></p>" if p.detail else ""
            return f"<p>{html.escape(p.message)}</p>{words}"  # rich text: it wraps
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None


def _severity_icon(severity: str) -> QIcon:
    pixmap = QStyle.StandardPixmap.SP_MessageBoxCritical if severity == "error" else \
        QStyle.StandardPixmap.SP_MessageBoxWarning
    return QApplication.style().standardIcon(pixmap)


@dataclass
class Node:
    """One row of the sidebar: a heading, or a term with a count."""

    label: str
    key: str = ""
    facet: str = ""
    count: int | None = None
    tooltip: str = ""
    checkable: bool = False
    checked: bool = False
    children: list[Node] = field(default_factory=list)
    parent: Node | None = field(default=None, repr=False)

    def add(self, child: Node) -> Node:
        child.parent = self
        self.children.append(child)
        return child


class SidebarModel(QAbstractItemModel):
    """A two-level tree: sections (library, facets) and their entries."""

    check_changed = Signal(str, str, bool)  # facet, term, ticked (by the view, e.g. Space)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.root = Node("root")

    def set_root(self, root: Node) -> None:
        self.beginResetModel()
        self.root = root
        self.endResetModel()

    def node(self, index: Index) -> Node:
        if index.isValid():
            node = index.internalPointer()
            if isinstance(node, Node):
                return node
        return self.root

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        owner = self.node(parent)
        if row >= len(owner.children):
            return QModelIndex()
        return self.createIndex(row, 0, owner.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node = self.node(index)
        owner = node.parent
        if owner is None or owner is self.root or owner.parent is None:
            return QModelIndex()
        return self.createIndex(owner.parent.children.index(owner), 0, owner)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self.node(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return node.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.tooltip or None
        if role == Qt.ItemDataRole.CheckStateRole and node.checkable:
            return Qt.CheckState.Checked if node.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole:
            count = "" if node.count is None else self.tr(", %n case(s)", "", node.count)
            return f"{node.label}{count}"
        if role == NodeRole:
            return node
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        node = self.node(index)
        if role != Qt.ItemDataRole.CheckStateRole or not node.checkable:
            return False
        node.checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [role])
        self.check_changed.emit(node.facet, node.key, node.checked)
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        node = self.node(index)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if node.checkable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags
