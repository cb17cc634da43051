"""The evidence map page: facet choosers, the threshold, the grid, the legend and export."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QImage, QKeyEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casebook.evidence.formats import SYMBOLS, map_text
from casebook.evidence.map import MAP_FACETS, VERDICT_KEYS, EvidenceMap
from casebook.facets import EVIDENCE_LEVELS
from casebook.gui import words
from casebook.gui.evidence.map_model import (
    CellDelegate,
    MapModel,
    RowHeader,
    UprightHeader,
    cell_size,
)
from casebook.gui.flow import FlowLayout
from casebook.gui.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)
EXPORTS = {"png": QT_TRANSLATE_NOOP("Export", "PNG image"),
           "svg": QT_TRANSLATE_NOOP("Export", "SVG image"),
           "html": QT_TRANSLATE_NOOP("Export", "HTML table"),
           "md": QT_TRANSLATE_NOOP("Export", "Markdown table"),
           "docx": QT_TRANSLATE_NOOP("Export", "Word table"),
           "odt": QT_TRANSLATE_NOOP("Export", "OpenDocument table")}


def facet_label(facet: str) -> str:
    return words.heading(facet)


def legend() -> str:
    """What the marks mean: one symbol and word per verdict, then the diamond."""
    marks = " · ".join(f"{SYMBOLS[v]} {words.value('verdicts', v)}" for v in VERDICT_KEYS)
    gap = translate("MapPage", "◇ the taxonomy says this strategy addresses this challenge, "
                               "and no case shows it")
    return f"{marks} · {gap}"


def export_button(parent: QWidget, exports: dict[str, str], chosen: Any) -> QPushButton:
    """'Export…' with a menu of formats (suffix -> name, marked in the "Export" context);
    `chosen` (a signal) gets the suffix picked."""
    button = QPushButton(translate("Export", "Export…"), parent)
    menu = QMenu(button)
    for suffix, name in exports.items():
        action = menu.addAction(translate("Export", name))
        action.setData(suffix)
    menu.triggered.connect(lambda act: chosen.emit(str(act.data())))
    button.setMenu(menu)
    return button


class MapGrid(QTableView):
    """Enter or Space on a cell chooses it, like a click. Long row labels are elided (the
    tooltip and the accessible text say them whole), so cells keep room beside them."""

    chosen = Signal(QModelIndex)

    def resizeEvent(self, event: QResizeEvent) -> None:
        chars = self.fontMetrics().averageCharWidth()
        self.verticalHeader().setMaximumWidth(max(10 * chars, min(30 * chars,
                                                                  int(0.4 * self.width()))))
        super().resizeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and \
                self.currentIndex().isValid():
            self.chosen.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class MapPage(QWidget):
    """Emits `changed` when the user picks other facets or another threshold, and
    `cell_chosen(rows, row_id, cols, col_id)` when a cell is clicked or entered."""

    changed = Signal()
    cell_chosen = Signal(str, str, str, str)
    wide_toggled = Signal(bool)
    export_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None, theme: str = "light") -> None:
        super().__init__(parent)
        self.setObjectName("evidence-map")
        self.title = QLabel(self)
        self.title.setObjectName("map-title")
        self.title.setWordWrap(True)
        self.rows_box = self._facet_box("challenges", self.tr("Rows"))
        self.cols_box = self._facet_box("strategies", self.tr("Columns"))
        self.evidence_box = QComboBox(self)
        self.evidence_box.setAccessibleName(self.tr("Evidence at least"))
        self.evidence_box.addItem(self.tr("Any evidence"), None)
        for level in EVIDENCE_LEVELS:
            self.evidence_box.addItem(self.tr("At least: %1").replace(
                "%1", words.value("evidence", level)), level)
        self.evidence_box.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.wide_button = QPushButton(self.tr("Wide view"), self)
        self.wide_button.setCheckable(True)
        self.wide_button.setToolTip(self.tr("Give the map the list's room too"))
        self.wide_button.toggled.connect(self.wide_toggled)
        self.export_button = export_button(self, EXPORTS, self.export_requested)
        self.model = MapModel(self)
        self.grid = MapGrid(self)
        self.grid.setObjectName("map-grid")
        self.grid.setAccessibleName(self.tr("Evidence map"))
        self.grid.setModel(self.model)
        self.grid.setHorizontalHeader(UprightHeader(self.grid))
        self.grid.setVerticalHeader(RowHeader(self.grid))
        self.delegate = CellDelegate(self.grid, theme)
        self.grid.setItemDelegate(self.delegate)
        self.grid.verticalHeader().setDefaultSectionSize(cell_size(self))
        self.grid.verticalHeader().setMinimumSectionSize(cell_size(self))
        self.grid.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.grid.setShowGrid(True)
        self.grid.setWordWrap(False)
        self.grid.clicked.connect(self._choose)
        self.grid.chosen.connect(self._choose)
        self.legend = QLabel(legend(), self)
        self.legend.setWordWrap(True)
        self.legend.setObjectName("map-legend")
        bar = FlowLayout()  # wraps at large text sizes
        for label, box in ((self.tr("Rows"), self.rows_box), (self.tr("Columns"), self.cols_box)):
            pair = QWidget(self)
            row = QHBoxLayout(pair)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(QLabel(label, pair))
            row.addWidget(box)
            bar.add(pair)
        bar.add(self.evidence_box)
        bar.add(self.wide_button)
        bar.add(self.export_button)
        self.title.setMinimumWidth(80)
        self.grid.setMinimumWidth(160)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.title)
        layout.addLayout(bar)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.legend)

    def _facet_box(self, default: str, name: str) -> QComboBox:
        box = QComboBox(self)
        box.setAccessibleName(name)
        for facet in MAP_FACETS:
            box.addItem(facet_label(facet), facet)
        box.setCurrentIndex(box.findData(default))
        box.currentIndexChanged.connect(lambda _i: self.changed.emit())
        return box

    # what the user chose ---------------------------------------------------------
    def axes(self) -> tuple[str, str]:
        return str(self.rows_box.currentData()), str(self.cols_box.currentData())

    def min_evidence(self) -> str | None:
        value = self.evidence_box.currentData()
        return str(value) if value else None

    def set_theme(self, theme: str) -> None:
        self.delegate.theme = theme
        self.grid.viewport().update()

    def show_map(self, evidence_map: EvidenceMap, scope: str) -> None:
        current = self.grid.currentIndex()
        self.model.set_map(evidence_map)
        self.grid.horizontalHeader().updateGeometry()
        rows, cols = facet_label(evidence_map.rows), facet_label(evidence_map.cols)
        self.title.setText(self.tr("<b>Evidence map</b> · %1 × %2 · %3").replace(
            "%1", rows.lower()).replace("%2", cols.lower()).replace("%3", scope))
        if current.isValid() and current.row() < self.model.rowCount() and \
                current.column() < self.model.columnCount():
            self.grid.setCurrentIndex(self.model.index(current.row(), current.column()))

    def _choose(self, index: QModelIndex) -> None:
        if self.model.map is None or self.model.cell(index) is None:
            return
        row, col = self.model.terms(index)
        self.cell_chosen.emit(self.model.map.rows, row, self.model.map.cols, col)

    # export --------------------------------------------------------------------------
    def export(self, path: Path) -> None:
        """Write the whole map (not only what is scrolled into view) by the path's suffix."""
        evidence_map = self.model.map
        assert evidence_map is not None
        suffix = path.suffix.lower().lstrip(".")
        if suffix in ("html", "md"):
            text = map_text(evidence_map, "html" if suffix == "html" else "markdown")
            path.write_text(text, encoding="utf-8")
            return
        if suffix == "docx":
            from casebook.exchange.word import map_docx

            map_docx(evidence_map, path)
            return
        if suffix == "odt":
            from casebook.gui.odt import write_odt

            write_odt(map_text(evidence_map, "html"), path, "Evidence map", landscape=True)
            return
        full = self._full_grid()
        size = full.size()
        if suffix == "svg":
            from PySide6.QtSvg import QSvgGenerator

            generator = QSvgGenerator()
            generator.setFileName(str(path))
            generator.setSize(size)
            generator.setViewBox(QRect(0, 0, size.width(), size.height()))
            generator.setTitle(self.tr("Evidence map"))
            painter = QPainter(generator)
            full.render(painter, QPoint(0, 0))
            painter.end()
        elif suffix == "png":
            image = QImage(size * 2, QImage.Format.Format_ARGB32)
            image.setDevicePixelRatio(2)
            image.fill(self.palette().window().color())
            painter = QPainter(image)
            full.render(painter, QPoint(0, 0))
            painter.end()
            if not image.save(str(path)):  # the format follows the .png suffix
                raise OSError(f"cannot write {path}")
        else:
            raise ValueError(suffix)
        full.deleteLater()

    def _full_grid(self) -> QTableView:
        """A copy of the grid sized to show every row and column."""
        copy = QTableView()
        copy.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        copy.setModel(self.model)
        copy.setHorizontalHeader(UprightHeader(copy, fit=False))
        copy.setItemDelegate(CellDelegate(copy, self.delegate.theme))
        side = cell_size(self)
        copy.verticalHeader().setDefaultSectionSize(side)
        copy.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        copy.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        copy.ensurePolished()
        header = copy.horizontalHeader()
        width = copy.verticalHeader().sizeHint().width() + side * self.model.columnCount() + 4
        height = header.sizeHint().height() + side * self.model.rowCount() + 4
        copy.resize(QSize(width, height))
        copy.show()
        return copy

    def sizeHint(self) -> QSize:
        return QSize(560, 480)

