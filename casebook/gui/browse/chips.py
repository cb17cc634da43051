"""Active filters as removable chips above the results, with "Clear all"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from casebook.cases.model import Filters
from casebook.cases.taxonomy import Taxonomy
from casebook.gui import words


def chip_button(parent: QWidget, text: str) -> QToolButton:
    button = QToolButton(parent)
    button.setObjectName("chip")
    button.setText(text)
    return button


class ChipBar(QWidget):
    removed = Signal(str, str)
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Active filters"))
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 4, 0, 4)
        self.row.setSpacing(4)
        self.label = QLabel(self.tr("All cases"), self)
        self.row.addWidget(self.label)
        self.row.addStretch(1)
        self.buttons: list[QToolButton] = []

    def set_filters(self, filters: Filters, taxonomy: Taxonomy, query: str = "") -> None:
        for button in self.buttons:
            self.row.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        chips: list[tuple[str, str, str]] = []
        for facet, values in filters.terms.items():
            for value in values:
                label = words.term_label(taxonomy, facet, value)
                chips.append((facet, value, label))
        if filters.year_from or filters.year_to:
            chips.append(("years", "", self._years(filters.year_from, filters.year_to)))
        if chips:
            self.label.setText(self.tr("Filters:"))
        elif query.strip():
            text = self.tr("Results for “{0}”").format(" ".join(query.split()))
            self.label.setText(self.label.fontMetrics().elidedText(
                text, Qt.TextElideMode.ElideMiddle, 320))
        else:
            self.label.setText(self.tr("All cases"))
        position = 1
        for facet, value, label in chips:
            button = chip_button(self, f"{label}  ×")
            button.setToolTip(self.tr("Remove the filter {0}").format(label))
            button.setAccessibleName(self.tr("Remove filter {0}").format(label))
            if facet == "years":
                button.setMinimumWidth(button.sizeHint().width())  # never cut
            button.clicked.connect(lambda _c=False, f=facet, v=value: self.removed.emit(f, v))
            self.row.insertWidget(position, button)
            position += 1
            self.buttons.append(button)
        if len(chips) > 1:
            clear = chip_button(self, self.tr("Clear all"))
            clear.setAccessibleName(self.tr("Clear all filters"))
            clear.clicked.connect(self.cleared.emit)
            self.row.insertWidget(position, clear)
            self.buttons.append(clear)

    def _years(self, start: int | None, end: int | None) -> str:
        if start and end:
            return f"{start}–{end}"
        return self.tr("From {0}").format(start) if start else self.tr("Until {0}").format(end)
