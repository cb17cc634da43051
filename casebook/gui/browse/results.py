"""The results list: a QListView with a delegate that draws title, meta, chips and snippet."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRectF,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from casebook.cases.model import Hit
from casebook.facets import TAG_FACETS
from casebook.gui.browse.models import DividerRole, HitRole, meta_line, verdict_mark
from casebook.render.casepage import CHIP_COLOURS

PAD = 8


class ResultDelegate(QStyledItemDelegate):
    """Draws one hit on three or four lines; snippet documents are cached per row."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.theme = "light"
        self.labels: dict[tuple[str, str], str] = {}
        self._docs: dict[tuple[str, int, str], QTextDocument] = {}

    def clear_cache(self) -> None:
        self._docs.clear()

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setBold(True)
        title.setPointSizeF(option.font.pointSizeF() * 1.08)
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.9)
        return title, small

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        title, small = self._fonts(option)
        if index.data(DividerRole):
            return QSize(300, QFontMetrics(small).height() + PAD * 3)
        height = (QFontMetrics(title).height() + QFontMetrics(small).height() * 2
                  + QFontMetrics(option.font).lineSpacing() * 2 + PAD * 4 + 6)
        return QSize(300, height)

    def _paint_divider(self, painter: QPainter, option: QStyleOptionViewItem,
                       text: str) -> None:
        """A rule with the label in its middle: the hits below match some of the words."""
        _, small = self._fonts(option)
        small.setItalic(True)
        fm = QFontMetrics(small)
        rect = option.rect.adjusted(PAD + 4, 0, -PAD - 4, 0)
        label = fm.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        width = fm.horizontalAdvance(label)
        middle = rect.center().y()
        left = rect.left() + (rect.width() - width) // 2
        color = QColor(option.palette.color(QPalette.ColorRole.Text))
        color.setAlphaF(0.72)
        painter.save()
        painter.setFont(small)
        painter.setPen(color)
        painter.drawText(left, middle + fm.ascent() // 2 - 1, label)
        for a, b in ((rect.left(), left - PAD), (left + width + PAD, rect.right())):
            if b > a:
                painter.drawLine(a, middle, b, middle)
        painter.restore()

    def _snippet(self, hit: Hit, width: int, option: QStyleOptionViewItem,
                 color: QColor) -> QTextDocument:
        key = (hit.id, width, color.name())  # selected rows draw in another colour
        doc = self._docs.get(key)
        if doc is None:
            if len(self._docs) > 400:
                self._docs.clear()
            doc = QTextDocument()
            doc.setDefaultFont(option.font)
            doc.setDocumentMargin(0)
            doc.setTextWidth(width)
            doc.setDefaultStyleSheet(f"body {{ color: {color.name()}; }}")
            doc.setHtml(f"<body>{hit.snippet}</body>")
            doc.documentLayout().documentSize()  # lay out now: paint() measures the lines
            self._docs[key] = doc
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        hit: Hit | None = index.data(HitRole)
        if hit is None:
            if index.data(DividerRole):
                self._paint_divider(painter, option, index.data())
            return
        painter.save()
        style = option.widget.style() if option.widget else None
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter,
                                option.widget)
        pal = option.palette
        text_color = pal.color(QPalette.ColorRole.HighlightedText if selected
                               else QPalette.ColorRole.Text)
        muted = QColor(text_color)
        muted.setAlphaF(0.72)
        title_font, small = self._fonts(option)
        rect = option.rect.adjusted(PAD + 4, PAD, -PAD - 4, -PAD)
        y = rect.top()
        painter.setFont(title_font)
        painter.setPen(text_color)
        fm = QFontMetrics(title_font)
        marker = "  ⚠" if hit.problems else ""
        painter.drawText(rect.left(), y + fm.ascent(),
                         fm.elidedText(hit.title, Qt.TextElideMode.ElideRight,
                                       rect.width() - fm.horizontalAdvance(marker)) + marker)
        y += fm.height() + 2
        painter.setFont(small)
        sm = QFontMetrics(small)
        painter.setPen(muted)
        mark = verdict_mark(hit.verdict)
        meta = f"{mark} · {meta_line(hit)}" if mark else meta_line(hit)
        codes = [c.upper() for c in hit.languages] if len(hit.languages) > 1 else []
        room = rect.width() - sum(sm.horizontalAdvance(c) + 12 for c in codes)
        shown = sm.elidedText(meta, Qt.TextElideMode.ElideRight, room)
        painter.drawText(rect.left(), y + sm.ascent(), shown)
        x = rect.left() + sm.horizontalAdvance(shown) + 8
        for code in codes:  # the languages the case is written in, as small outlined chips
            w = sm.horizontalAdvance(code) + 8
            painter.setPen(muted)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.drawRoundedRect(QRectF(x, y, w, sm.height()), 4, 4)
            painter.drawText(int(x + 4), int(y + sm.ascent()), code)
            x += w + 4
        y += sm.height() + 4
        x = rect.left()
        for facet in TAG_FACETS:
            bg, fg = CHIP_COLOURS[self.theme][facet]
            for term in getattr(hit, facet)[:2]:
                label = self.labels.get((facet, term), term)
                w = sm.horizontalAdvance(label) + 12
                if x + w > rect.right():
                    break
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(bg))
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                painter.drawRoundedRect(QRectF(x, y, w, sm.height() + 2), 7, 7)
                painter.setPen(QColor(fg))
                painter.drawText(int(x + 6), int(y + 1 + sm.ascent()), label)
                x += w + 4
        y += sm.height() + 8
        doc = self._snippet(hit, rect.width(), option, text_color)
        painter.translate(rect.left(), y)
        clip = QRectF(0, 0, rect.width(), _whole_lines(doc, rect.bottom() - y))
        painter.setClipRect(clip)
        doc.drawContents(painter, clip)
        painter.restore()
        line = QColor(pal.color(QPalette.ColorRole.Mid))
        line.setAlphaF(0.35)
        painter.setPen(line)
        painter.drawLine(option.rect.left() + PAD, option.rect.bottom(),
                         option.rect.right() - PAD, option.rect.bottom())


def _whole_lines(doc: QTextDocument, height: float) -> float:
    """The height of the snippet lines that fit entirely in the space left."""
    bottom = 0.0
    block = doc.begin()
    while block.isValid():
        layout = block.layout()
        origin = layout.position().y()
        for n in range(layout.lineCount()):
            line_bottom = origin + layout.lineAt(n).rect().bottom()
            if line_bottom > height:
                return bottom
            bottom = line_bottom
        block = block.next()
    return bottom


class ResultsView(QListView):
    """Keyboard-first list: Up/Down move and show the case, Enter opens, Ctrl/Shift-click
    select several."""

    activated_case = Signal(str)
    picked = Signal(str)  # the user selected exactly this one case
    menu_opening = Signal(object, object)  # the context menu and its case ids: add to it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.quiet = False
        self.delegate = ResultDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setAccessibleName(self.tr("Search results"))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.activated.connect(self._open)

    def _open(self, index: QModelIndex) -> None:
        hit = index.data(HitRole)
        if hit is not None:
            self.activated_case.emit(hit.id)

    def _menu(self, pos: QPoint) -> None:
        """Open, what the features add (the cases right-clicked, or all those selected when
        one of them was), and Open file in editor."""
        index = self.indexAt(pos)
        hit: Hit | None = index.data(HitRole) if index.isValid() else None
        if hit is None:  # no row, or the "Also matching some of your words" row
            return
        chosen = self.selected_ids()
        ids = chosen if hit.id in chosen else [hit.id]
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.activated_case.emit(hit.id))
        self.menu_opening.emit(menu, ids)
        menu.addAction(self.tr("Open file in editor"),
                       lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(hit.path)))
        menu.exec(self.viewport().mapToGlobal(pos))

    def current_id(self) -> str | None:
        hit = self.currentIndex().data(HitRole)
        return hit.id if hit is not None else None

    def selected_ids(self) -> list[str]:
        """The selected cases in list order."""
        rows = sorted(i.row() for i in self.selectionModel().selectedIndexes())
        hits = [self.model().index(r, 0).data(HitRole) for r in rows]
        return [h.id for h in hits if h is not None]

    def selectionChanged(self, selected: Any, deselected: Any) -> None:
        super().selectionChanged(selected, deselected)
        if self.quiet:
            return
        ids = self.selected_ids()
        if len(ids) == 1:
            self.picked.emit(ids[0])

    def select_ids(self, ids: list[str], current: str | None = None,
                   scroll: bool = True) -> None:
        """Select these cases (those still listed) without opening anything."""
        model, chosen = self.model(), set(ids)
        selection = QItemSelection()
        current_index = None
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            hit = index.data(HitRole)
            if hit is not None and hit.id in chosen:
                selection.select(index, index)
                if current_index is None or hit.id == current:
                    current_index = index
        flag = QItemSelectionModel.SelectionFlag
        self.quiet = True
        try:
            if current_index is not None:
                self.selectionModel().setCurrentIndex(current_index, flag.NoUpdate)
                if scroll:
                    self.scrollTo(current_index)
            self.selectionModel().select(selection, flag.ClearAndSelect)
        finally:
            self.quiet = False

    def resizeEvent(self, event: Any) -> None:
        self.delegate.clear_cache()
        super().resizeEvent(event)
