"""The right pane: a stack of pages (the reader, the map, a comparison) with a tab per page."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QTabBar, QVBoxLayout, QWidget


class RightPane(QWidget):
    """`stack` holds the pages; `tabs` shows one tab per page that has a label, follows the
    page shown whoever shows it, and shows the page whose tab is clicked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stack = QStackedWidget(self)
        self.tabs = QTabBar(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setDrawBase(False)
        self.tabs.setExpanding(False)
        self.tabs.setAccessibleName(self.tr("Right pane pages"))
        self.pages: list[QWidget] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.tabs)
        layout.addWidget(self.stack, 1)
        self.stack.currentChanged.connect(self._shown)
        self.tabs.currentChanged.connect(self._clicked)

    def add_page(self, page: QWidget, label: str, tip: str = "", position: int = -1) -> None:
        """A page with its tab (at `position`, or last); `set_tab_visible` hides the tab."""
        self.stack.addWidget(page)
        position = len(self.pages) if position < 0 else position
        self.pages.insert(position, page)
        self.tabs.blockSignals(True)
        self.tabs.insertTab(position, label)
        self.tabs.setTabToolTip(position, tip)
        self.tabs.blockSignals(False)
        self._shown()

    def set_tab_visible(self, page: QWidget, visible: bool) -> None:
        self.tabs.setTabVisible(self.pages.index(page), visible)

    def _shown(self, _index: int = 0) -> None:
        page = self.stack.currentWidget()
        if page in self.pages:
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(self.pages.index(page))
            self.tabs.blockSignals(False)

    def _clicked(self, index: int) -> None:
        if 0 <= index < len(self.pages):
            self.stack.setCurrentWidget(self.pages[index])
