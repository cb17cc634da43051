"""The evidence map as a Qt table model, its cell painter and a header with upright labels."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from casebook.cases.taxonomy import Taxonomy
from casebook.evidence.formats import SYMBOLS
from casebook.evidence.map import VERDICT_KEYS, Cell, EvidenceMap
from casebook.facets import TAG_FACETS
from casebook.gui import words

LABEL_AND_COUNT = Qt.ItemDataRole.UserRole + 1  # a header's (label, cases), drawn to fit
CELL = 34  # px: square cells, above the 24 px floor at any zoom the app offers


def cell_size(widget: QWidget) -> int:
    """A cell's side: CELL, or room for its two lines (count, verdict marks) at large text."""
    return max(CELL, int(1.7 * widget.fontMetrics().height()) + 4)
HEADER_LINES = 12  # the tallest column header, in lines of text (long labels are elided)
CellRole = Qt.ItemDataRole.UserRole + 1
LinkRole = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex

# tints by the cell's share of successes and failures; the symbols carry the same meaning
TINTS = {"light": ("#e3f1e4", "#f7e9c9", "#f6dcdc", "#eef0f3"),
         "dark": ("#23442b", "#4a3f1f", "#4d2626", "#30343a")}


class MapModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.map: EvidenceMap | None = None
        self.links: set[tuple[str, str]] = set()
        self.taxonomy: Taxonomy | None = None  # for the terms' labels in the interface language

    def set_map(self, evidence_map: EvidenceMap) -> None:
        self.beginResetModel()
        self.map = evidence_map
        self.links = set(evidence_map.links)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.map is None else len(self.map.row_terms)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.map is None else len(self.map.col_terms)

    def terms(self, index: Index) -> tuple[str, str]:
        assert self.map is not None
        return self.map.row_terms[index.row()].id, self.map.col_terms[index.column()].id

    def cell(self, index: Index) -> Cell | None:
        if self.map is None or not index.isValid():
            return None
        return self.map.cell(*self.terms(index))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.map is None or not index.isValid():
            return None
        row, col = self.map.row_terms[index.row()], self.map.col_terms[index.column()]
        cell = self.map.cell(row.id, col.id)
        row_label, col_label = self.label(self.map.rows, row), self.label(self.map.cols, col)
        link = (row.id, col.id) in self.links
        if role == Qt.ItemDataRole.DisplayRole:
            return str(cell.cases) if cell else ("◇" if link else "")
        if role == CellRole:
            return cell
        if role == LinkRole:
            return link
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole,
                    Qt.ItemDataRole.AccessibleDescriptionRole):
            return self.describe(row_label, col_label, cell, link,
                                 rich=role == Qt.ItemDataRole.ToolTipRole)
        return None

    def label(self, facet: str, term: Any) -> str:
        """A row's or column's term: the taxonomy's label, or a value in words."""
        if facet in TAG_FACETS:
            return words.term_label(self.taxonomy, facet, term.id) if self.taxonomy \
                else term.label
        return words.value(facet, term.id)

    def describe(self, row: str, col: str, cell: Cell | None, link: bool,
                 rich: bool = False) -> str:
        head = f"{row} × {col}"
        if cell is None:
            gap = self.tr("no case yet, though the taxonomy says this strategy addresses "
                          "this challenge") if link else self.tr("no case")
            return f"{head}: {gap}"
        counts = ", ".join(f"{n} {words.value('verdicts', v)}" for v in VERDICT_KEYS
                           if (n := cell.verdicts[v]) and v != "none")
        unjudged = cell.verdicts["none"]
        if unjudged:
            counts = ", ".join(x for x in (counts, self.tr("%n without a verdict", "",
                                                           unjudged)) if x)
        evidence = (words.value("evidence", cell.best_evidence) if cell.best_evidence
                    else self.tr("not stated"))
        text = self.cases(cell.cases) + f" ({counts}); " + \
            self.tr("strongest evidence: ") + evidence
        if not rich:
            return f"{head}: {text}"
        titles = "".join(f"<li>{_esc(t)}</li>" for t in cell.titles[:12])
        more = self.tr("<li>… and %n more</li>", "", len(cell.titles) - 12) \
            if len(cell.titles) > 12 else ""
        return f"<b>{_esc(head)}</b><br>{_esc(text)}<ul>{titles}{more}</ul>"

    def cases(self, n: int) -> str:
        return self.tr("%n case(s)", "", n)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.map is None:
            return None
        terms = self.map.row_terms if orientation == Qt.Orientation.Vertical \
            else self.map.col_terms
        if not 0 <= section < len(terms):
            return None
        term = terms[section]
        facet = self.map.rows if orientation == Qt.Orientation.Vertical else self.map.cols
        label = self.label(facet, term)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{label} ({term.cases})"
        if role == LABEL_AND_COUNT:
            return label, term.cases
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{label}: {self.cases(term.cases)}"
        return None


class CellDelegate(QStyledItemDelegate):
    """The count on top and one symbol per verdict below; a diamond marks a gap."""

    def __init__(self, parent: Any = None, theme: str = "light") -> None:
        super().__init__(parent)
        self.theme = theme

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        view = self.parent()
        side = cell_size(view) if isinstance(view, QWidget) else CELL
        return QSize(side, side)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        cell: Cell | None = index.data(CellRole)
        link: bool = bool(index.data(LinkRole))
        rect = QRect(option.rect).adjusted(1, 1, -1, -1)
        palette = option.palette
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if cell is not None:
            painter.fillRect(rect, QColor(self._tint(cell)))
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        text_colour = palette.color(QPalette.ColorRole.HighlightedText if selected
                                    else QPalette.ColorRole.Text)
        painter.setPen(text_colour)
        font = QFont(option.font)
        if cell is not None:
            font.setBold(True)
            painter.setFont(font)
            top = QRect(rect.left(), rect.top(), rect.width(), rect.height() // 2 + 2)
            painter.drawText(top, Qt.AlignmentFlag.AlignCenter, str(cell.cases))
            marks = "".join(SYMBOLS[v] for v in VERDICT_KEYS if cell.verdicts[v])
            font.setBold(False)
            font.setPointSizeF(max(6.0, font.pointSizeF() * 0.72))
            painter.setFont(font)
            bottom = QRect(rect.left(), rect.center().y(), rect.width(), rect.height() // 2)
            painter.drawText(bottom, Qt.AlignmentFlag.AlignCenter, marks)
        elif link:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "◇")
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(palette.color(QPalette.ColorRole.Highlight).darker(130))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.restore()

    def _tint(self, cell: Cell) -> str:
        good, mixed, bad, other = TINTS.get(self.theme, TINTS["light"])
        v = cell.verdicts
        best = max(("success", "mixed", "failure"), key=lambda k: v[k])
        if not v[best]:
            return other
        return {"success": good, "mixed": mixed, "failure": bad}[best]


def fitted(metrics: Any, label: str, count: int, width: int) -> str:
    """'Label (count)' in `width` pixels: the label is shortened with '…', the count
    stays."""
    suffix = f" ({count})"
    room = max(0, width - metrics.horizontalAdvance(suffix))
    return str(metrics.elidedText(label, Qt.TextElideMode.ElideRight, room)) + suffix


class RowHeader(QHeaderView):
    """Row labels shortened with '…' to the header's width, their counts kept."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)

    def paintSection(self, painter: QPainter, rect: QRect, section: int) -> None:
        painter.save()
        super().paintSection(painter, rect, -1)  # the frame, without text
        found = self.model().headerData(section, Qt.Orientation.Vertical, LABEL_AND_COUNT)
        if found:
            painter.setPen(self.palette().color(QPalette.ColorRole.ButtonText))
            inner = rect.adjusted(6, 0, -4, 0)
            painter.drawText(inner, int(Qt.AlignmentFlag.AlignVCenter |
                                        Qt.AlignmentFlag.AlignLeft),
                             fitted(self.fontMetrics(), found[0], found[1], inner.width()))
        painter.restore()


class UprightHeader(QHeaderView):
    """Column labels written bottom to top, so 26 strategies fit side by side."""

    def __init__(self, parent: Any = None, fit: bool = True) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.fit = fit  # keep to a share of the map's height (not in an exported image)
        self.setDefaultSectionSize(cell_size(self))
        self.setMinimumSectionSize(cell_size(self))
        self.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)

    def sizeHint(self) -> QSize:
        model = self.model()
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(str(model.headerData(
            s, Qt.Orientation.Horizontal))) for s in range(self.count())), default=40)
        grid = self.parentWidget()  # at most 45% of the map's height, so rows show too
        room = max(4 * metrics.height(), int(grid.height() * 0.45)) \
            if grid and self.fit else 10**6
        return QSize(super().sizeHint().width(),
                     min(HEADER_LINES * metrics.height(), room, widest + 14))

    def paintSection(self, painter: QPainter, rect: QRect, section: int) -> None:
        painter.save()
        super().paintSection(painter, rect, -1)  # the frame, without text
        found = self.model().headerData(section, Qt.Orientation.Horizontal, LABEL_AND_COUNT)
        painter.translate(rect.left() + rect.width() / 2 + self.fontMetrics().ascent() / 2 - 2,
                          rect.bottom() - 6)
        painter.rotate(-90)
        painter.setPen(self.palette().color(QPalette.ColorRole.ButtonText))
        if found:
            painter.drawText(0, 0, fitted(self.fontMetrics(), found[0], found[1],
                                          rect.height() - 10))
        painter.restore()


def _esc(text: str) -> str:
    import html

    return html.escape(text)
