"""The welcome page of the right pane: what Casebook is and where to start."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from casebook.gui.theme import READER_COLOURS

# the same three searches as the hint above an empty list
EXAMPLES = ("participatory budgeting", '"digital identity"', "procurement country:chile")


class WelcomePage(QWidget):
    """`query_chosen(text)` for an example search, `map_requested`, `folders_requested`
    and `closed` for the page's links and its Close button."""

    query_chosen = Signal(str)
    map_requested = Signal()
    folders_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None, theme: str = "light") -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Welcome to Casebook"))
        self.browser.anchorClicked.connect(self._link)
        self.browser.document().setDocumentMargin(16)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setToolTip(self.tr("Help > Welcome to Casebook shows this page again"))
        self.close_button.clicked.connect(self.closed)
        row = QHBoxLayout()
        row.setContentsMargins(8, 8, 8, 0)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.browser, 1)
        self.set_theme(theme)

    def set_theme(self, theme: str) -> None:
        self.browser.setHtml(self.html(theme))

    def html(self, theme: str = "light") -> str:
        link = READER_COLOURS.get(theme, READER_COLOURS["light"])["link"]

        def a(href: str, text: str) -> str:
            return f"<a style='color:{link}' href='{escape(href)}'>{escape(text)}</a>"

        searches = " · ".join(a("q:" + q, q) for q in EXAMPLES)
        parts = [
            "<h2>" + escape(self.tr("Welcome to Casebook")) + "</h2>",
            "<p>" + escape(self.tr(
                "Casebook is a library of case studies of innovation in the public sector: "
                "what governments tried, how it turned out and how we know. It works "
                "offline, and what you add stays on this computer.")) + "</p>",
            "<h3>" + escape(self.tr("Start with a search")) + "</h3>",
            "<p>" + escape(self.tr("Type in the search field at the top, or try one of these:"))
            + f"</p><p>{searches}</p>",
            "<h3>" + escape(self.tr("The evidence map")) + "</h3>",
            "<p>" + escape(self.tr(
                "The Map tab of this pane shows, for the current search, how many cases "
                "face each challenge with each strategy and how they turned out. Click a "
                "cell to list those cases. Ctrl+M brings the map back from a case."))
            + "</p><p>" + a("casebook:map", self.tr("Show the evidence map")) + "</p>",
            "<h3>" + escape(self.tr("Your own cases")) + "</h3>",
            "<p>" + escape(self.tr(
                "Any folder of Markdown files can join the library: Casebook watches it and "
                "picks up each file as soon as it is saved. File > New case… starts one "
                "from the template.")) + "</p><p>"
            + a("casebook:folders", self.tr("Add a folder of cases…")) + "</p>",
            "<h3>" + escape(self.tr("A team library")) + "</h3>",
            "<p>" + escape(self.tr(
                "If your team shares its cases in a Git repository, File > Add team "
                "library… brings them in with the address your team gives you; Library > "
                "Update fetches their changes and Library > Share my changes sends yours."))
            + "</p>",
            "<h3>" + escape(self.tr("Keep your work safe")) + "</h3>",
            "<p>" + escape(self.tr(
                "Collections, notes and your own tags live in the data folder. File > Back "
                "up my work… writes them to one file you can keep elsewhere.")) + "</p>",
            "<p><i>" + escape(self.tr("Help > Welcome to Casebook shows this page again."))
            + "</i></p>",
        ]
        return "".join(parts)

    def _link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("q:"):
            self.query_chosen.emit(text[2:])
        elif text == "casebook:map":
            self.map_requested.emit()
        elif text == "casebook:folders":
            self.folders_requested.emit()
