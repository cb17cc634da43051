"""The list of a collection's cases: its model (drag and drop), row drawing and keys."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from casebook.userdata.collections import Item

MIME = "application/x-casebook-ids"
ItemRole = Qt.ItemDataRole.UserRole + 20
MetaRole = Qt.ItemDataRole.UserRole + 21
Index = QModelIndex | QPersistentModelIndex


def ids_from(mime: QMimeData) -> list[str]:
    raw = bytes(mime.data(MIME).data()).decode("utf-8", "replace")
    return [line.strip() for line in raw.split("\n") if line.strip()]


class CollectionModel(QAbstractListModel):
    """The items of one collection; drops (reorder or new cases) are reported, not applied."""

    dropped = Signal(list, int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[Item] = []
        self.meta: dict[str, str] = {}  # case id -> "place · years"

    def set_items(self, items: list[Item], meta: dict[str, str] | None = None) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.meta = dict(meta or {})
        self.endResetModel()

    def row_of(self, case_id: str) -> int:
        return next((n for n, it in enumerate(self.items) if it.id == case_id), -1)

    def touch(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, 0))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        it = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return it.title
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(not it.missing)
            font.setStrikeOut(it.missing)
            return font
        meta = self.meta.get(it.id, "")
        if role == Qt.ItemDataRole.ToolTipRole:
            if it.missing:
                return f"{it.title}\n" + self.tr("No longer in the library (id {0})").format(
                    it.id)
            return (f"{it.title}\n{meta + chr(10) if meta else ''}"
                    + self.tr("Enter opens it · Ctrl+Up/Down moves it · Delete removes it"))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = self.tr(", missing from the library") if it.missing else ""
            where = f", {meta}" if meta else ""
            note = self.tr(". Note: {0}").format(it.note) if it.note else ""
            return f"{index.row() + 1}. {it.title}{where}{state}{note}"
        if role == ItemRole:
            return it
        if role == MetaRole:
            return meta
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled)

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Any) -> QMimeData:
        mime = QMimeData()
        ids = [self.items[i.row()].id for i in indexes if i.isValid()]
        mime.setData(MIME, "\n".join(ids).encode())
        mime.setText("\n".join(ids))
        return mime

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        return data.hasFormat(MIME)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        ids = ids_from(data)
        if not ids:
            return False
        at = row if row >= 0 else len(self.items)
        # applied after the view has finished its drop handling
        QTimer.singleShot(0, lambda: self.dropped.emit(ids, at))
        return True


class _Delegate(QStyledItemDelegate):
    """Number and title (struck out when missing), place and years, then the note and
    question count."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        fm = QFontMetrics(option.font)
        return QSize(200, fm.height() * 4 + 12)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        it: Item | None = index.data(ItemRole)
        if it is None:
            return
        painter.save()
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter,
                                option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text = option.palette.color(QPalette.ColorRole.HighlightedText if selected
                                    else QPalette.ColorRole.Text)
        muted = QColor(text)
        muted.setAlphaF(0.7)
        rect = option.rect.adjusted(10, 6, -10, -6)
        title = QFont(option.font)
        title.setBold(not it.missing)
        title.setStrikeOut(it.missing)
        fm = QFontMetrics(title)
        number = f"{index.row() + 1}. "
        painter.setFont(option.font)
        painter.setPen(muted)
        painter.drawText(rect.left(), rect.top() + fm.ascent(), number)
        x = rect.left() + QFontMetrics(option.font).horizontalAdvance("00. ")
        painter.setFont(title)
        painter.setPen(muted if it.missing else text)
        painter.drawText(x, rect.top() + fm.ascent(),
                         fm.elidedText(it.title, Qt.TextElideMode.ElideRight, rect.right() - x))
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.92)
        sm = QFontMetrics(small)
        painter.setFont(small)
        painter.setPen(muted)
        meta = index.data(MetaRole)
        lines = [meta] if meta else []
        if it.missing:
            lines.append(self.tr("Missing from the library (its last known title is shown)"))
        first = it.note.split("\n", 1)[0] if it.note else ""
        lines.append(first or self.tr("No trainer's note yet"))
        n = len(it.questions)
        if n:
            lines[-1] += "   ·   " + self.tr("%n question(s)", "", n)
        y = rect.top() + fm.height() + 2
        for line in lines[:3]:
            painter.drawText(x, y + sm.ascent(),
                             sm.elidedText(line, Qt.TextElideMode.ElideRight, rect.right() - x))
            y += sm.height()
        painter.restore()


class CollectionList(QListView):
    """Enter opens; Ctrl+Up/Down move the current case; Delete removes it."""

    move_requested = Signal(int)
    remove_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(_Delegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setAcceptDrops(True)
        self.setDragEnabled(True)
        self.setAccessibleName(self.tr("Cases in the collection"))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def keyPressEvent(self, event: Any) -> None:
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
        elif event.key() == Qt.Key.Key_Delete and not ctrl:
            self.remove_requested.emit()
        else:
            super().keyPressEvent(event)
