"""The case reader: a safe QTextBrowser with find, zoom and a citation button."""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QDesktopServices,
    QGuiApplication,
    QImage,
    QKeySequence,
    QShortcut,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from casebook.gui import words
from casebook.gui.flow import FlowLayout
from casebook.render.casepage import CITATION_STYLES, case_page, citation

SAFE_SCHEMES = ("http", "https", "mailto")


def tool_button(parent: QWidget, text: str, tip: str) -> QToolButton:
    button = QToolButton(parent)
    button.setText(text)
    button.setToolTip(tip)
    return button


class SafeBrowser(QTextBrowser):
    """Never fetches remote resources; local images only from the case's own folder."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.case_folder = ""

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        if kind != QTextDocument.ResourceType.ImageResource.value:
            return None
        url = QUrl(url)
        if url.scheme() not in ("", "file") or not self.case_folder:
            return None
        path = url.toLocalFile() if url.scheme() == "file" else os.path.join(
            self.case_folder, url.path())
        real = os.path.realpath(path)
        root = os.path.realpath(self.case_folder)
        if os.path.commonpath([real, root]) != root or not os.path.isfile(real):
            return None
        image = QImage(real)
        return None if image.isNull() else image


class Reader(QWidget):
    """Shows one case; emits what the user clicked."""

    filter_requested = Signal(str, str)
    case_requested = Signal(str)
    add_to_collection = Signal(str)
    copied = Signal(str)  # the citation style
    edit_file_requested = Signal()  # the problems banner's "open the file in your editor"
    opened = Signal(str)  # a case is shown (its id)
    cleared = Signal()  # no case is shown any more

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case: dict[str, Any] | None = None
        self.zoom_steps = 0
        self.browser = SafeBrowser(self)
        self.browser.setAccessibleName(self.tr("Case text"))
        self.browser.anchorClicked.connect(self._clicked)
        self.browser.setPlaceholderText(self.tr("Open a case from the list to read it here."))
        self.find_edit = QLineEdit(self)
        self.find_edit.setPlaceholderText(self.tr("Find in case"))
        self.find_edit.setAccessibleName(self.tr("Find in case"))
        self.find_edit.returnPressed.connect(lambda: self.find_next(False))
        self.find_edit.textChanged.connect(lambda: self.find_next(False, restart=True))
        self.find_status = QLabel(self)
        prev_button = tool_button(self, "↑", self.tr("Previous match (Shift+Enter)"))
        prev_button.setAccessibleName(self.tr("Previous match"))
        prev_button.clicked.connect(lambda: self.find_next(True))
        close = tool_button(self, "×", self.tr("Close find (Esc)"))
        close.setAccessibleName(self.tr("Close find"))
        close.clicked.connect(self.hide_find)
        self.find_bar = QWidget(self)
        bar = QHBoxLayout(self.find_bar)
        bar.setContentsMargins(8, 4, 8, 4)
        for w in (self.find_edit, prev_button, self.find_status, close):
            bar.addWidget(w)
        self.find_bar.hide()
        self.cite_style = "apa"
        self.cite_button = QToolButton(self)
        self.cite_button.setText(self.tr("Copy citation"))
        self.cite_button.setAccessibleName(self.tr("Copy citation"))
        self.cite_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.cite_button.clicked.connect(lambda: self.copy_citation())
        self.cite_menu = QMenu(self.cite_button)
        self.cite_menu.setAccessibleName(self.tr("Citation styles"))
        self.cite_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for style, label in CITATION_STYLES.items():
            act = self.cite_menu.addAction(self.tr("Copy as {0}").format(label))
            act.setCheckable(True)
            group.addAction(act)
            act.triggered.connect(lambda _c=False, s=style: self.copy_citation(s))
            self.cite_actions[style] = act
        self.cite_button.setMenu(self.cite_menu)
        self.set_cite_style(self.cite_style)
        self.collect_button = QPushButton(self.tr("Add to collection…"), self)
        self.collect_button.setToolTip(self.tr("Choose a collection for this case "
                                               "(Ctrl+Shift+D)"))
        self.collect_button.clicked.connect(self._add)
        self.case_buttons: list[QAbstractButton] = [self.cite_button, self.collect_button]
        self.actions_row = FlowLayout()  # wraps at large text sizes
        self.actions_row.setContentsMargins(8, 4, 8, 0)
        self.actions_row.add(self.collect_button)
        self.actions_row.add(self.cite_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(self.actions_row)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.browser, 1)
        esc = QShortcut(QKeySequence("Esc"), self.find_bar, self.hide_find)
        esc.setContext(esc.context().WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Shift+Return"), self.find_edit, lambda: self.find_next(True))
        self._set_enabled(False)

    def add_button(self, button: QAbstractButton) -> None:
        """A feature's button for the case shown, first in the row; enabled with a case."""
        self.actions_row.insert(0, button)
        self.case_buttons.append(button)
        button.setEnabled(self.case is not None)

    def _set_enabled(self, on: bool) -> None:
        for button in self.case_buttons:
            button.setEnabled(on)

    def show_case(self, case: dict[str, Any], body_html: str, taxonomy: Any, theme: str,
                  related: list[tuple[str, str]], css: str) -> None:
        self.case = case
        self.browser.case_folder = os.path.dirname(case["path"])
        self.browser.document().setDefaultStyleSheet(css)
        self.browser.setHtml(case_page(case, body_html, taxonomy, theme, related, words.page()))
        self._set_enabled(True)
        self.opened.emit(str(case["id"]))

    def clear(self) -> None:
        self.case = None
        self.browser.clear()
        self._set_enabled(False)
        self.cleared.emit()

    def _clicked(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("#"):
            self.browser.scrollToAnchor(text[1:])
        elif url.scheme() == "casebook":
            parts = QUrl.fromPercentEncoding(url.path().encode()).split("/")
            if parts[0] == "filter" and len(parts) >= 3:
                self.filter_requested.emit(parts[1], "/".join(parts[2:]))
            elif parts[0] == "case" and len(parts) >= 2:
                self.case_requested.emit("/".join(parts[1:]))
            elif parts[0] == "edit":
                self.edit_file_requested.emit()
        elif url.scheme() in SAFE_SCHEMES:
            QDesktopServices.openUrl(url)

    def show_find(self) -> None:
        self.find_bar.show()
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def hide_find(self) -> None:
        self.find_bar.hide()
        self.browser.setFocus()

    def find_next(self, backward: bool, restart: bool = False) -> bool:
        text = self.find_edit.text()
        if not text:
            self.find_status.clear()
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else \
            QTextDocument.FindFlag(0)
        if restart:
            cursor = self.browser.textCursor()
            cursor.movePosition(cursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
        found = self.browser.find(text, flags)
        if not found:
            cursor = self.browser.textCursor()
            cursor.movePosition(cursor.MoveOperation.End if backward else
                                cursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
            found = self.browser.find(text, flags)
        self.find_status.setText("" if found else self.tr("Not found"))
        return bool(found)

    def set_cite_style(self, style: str) -> None:
        """The style the button and Ctrl+Shift+C copy in (the last one chosen)."""
        if style not in CITATION_STYLES:
            return
        self.cite_style = style
        self.cite_actions[style].setChecked(True)
        self.cite_button.setToolTip(self.tr("Copy a citation in {0} style (Ctrl+Shift+C); "
                                            "the arrow offers APA, Chicago, BibTeX and RIS")
                                    .format(CITATION_STYLES[style]))

    def copy_citation(self, style: str | None = None) -> None:
        if self.case is None:
            return
        self.set_cite_style(style or self.cite_style)
        QGuiApplication.clipboard().setText(citation(self.case, self.cite_style))
        self.copied.emit(CITATION_STYLES[self.cite_style])

    def _add(self) -> None:
        if self.case is not None:
            self.add_to_collection.emit(self.case["id"])

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        measure = self.browser.fontMetrics().averageCharWidth() * 78
        mode = QTextBrowser.LineWrapMode
        if self.browser.viewport().width() > measure:
            self.browser.setLineWrapMode(mode.FixedPixelWidth)
            self.browser.setLineWrapColumnOrWidth(measure)
        else:
            self.browser.setLineWrapMode(mode.WidgetWidth)

    def zoom(self, steps: int) -> None:
        if steps > 0:
            self.browser.zoomIn(steps)
        elif steps < 0:
            self.browser.zoomOut(-steps)
        self.zoom_steps += steps

    def reset_zoom(self) -> None:
        self.zoom(-self.zoom_steps)
