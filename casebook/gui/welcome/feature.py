"""The first start's welcome page (reachable from Help) and "What's new" after an update."""

from __future__ import annotations

from html import escape
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox

from casebook import __version__
from casebook.gui.shell import Shell
from casebook.gui.welcome.page import WelcomePage

# What each version brought, newest last; shown once to whoever starts it after an older one.
# Add the next version's lines here when it is released.
NEWS: dict[str, tuple[str, ...]] = {
    "0.1.0": cast(tuple[str, ...], (
        QT_TRANSLATE_NOOP("WelcomeFeature", "Handouts in Word and OpenDocument: Collections > "
                          "Export, and the Export… menus of the evidence map and of a "
                          "comparison."),
        QT_TRANSLATE_NOOP("WelcomeFeature", "File > Back up my work… writes your collections, "
                          "notes, tags and saved searches to one file; File > Restore my "
                          "work… brings them back on any computer."),
        QT_TRANSLATE_NOOP("WelcomeFeature", "Course packs (.casebook) open with a "
                          "double-click, in the window already open."),
        QT_TRANSLATE_NOOP("WelcomeFeature", "Help > Welcome to Casebook: where to start."),
    )),
}


def _version(text: str) -> tuple[int, ...]:
    out = []
    for part in text.split("."):
        digits = "".join(c for c in part if c.isdigit())
        out.append(int(digits) if digits else 0)
    return tuple(out)


def news_since(seen: str | None, current: str = __version__,
               news: dict[str, tuple[str, ...]] | None = None) -> list[str]:
    """The lines of every version after `seen` (None: a Casebook from before versions were
    noted) up to `current`, oldest first."""
    table = NEWS if news is None else news
    low, high = _version(seen) if seen else (), _version(current)
    found = [v for v in table if low < _version(v) <= high]
    return [line for v in sorted(found, key=_version) for line in table[v]]


class WelcomeFeature(QObject):
    """Help > Welcome to Casebook and What's new; `greet` decides at the app's start.
    `map_requested` and `folders_requested` come from the page's links."""

    map_requested = Signal()
    folders_requested = Signal()

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.window())
        self.shell = shell
        self.page = WelcomePage(shell.window(), shell.browser.theme)
        shell.right_pane.add_page(self.page, self.tr("Welcome"),
                                  self.tr("What Casebook is and where to start"))
        shell.right_pane.set_tab_visible(self.page, False)
        self.page.query_chosen.connect(shell.browser.set_query)
        self.page.map_requested.connect(self.map_requested)
        self.page.folders_requested.connect(self.folders_requested)
        self.page.closed.connect(self.close)
        self.news: QMessageBox | None = None
        m = shell.menus
        m.prepend(m.help, m.make(self.tr("What's &new"), self.show_news))
        m.prepend(m.help, m.make(self.tr("&Welcome to Casebook"), self.show))

    def show(self) -> None:
        self.shell.right_pane.set_tab_visible(self.page, True)
        self.shell.right.setCurrentWidget(self.page)

    def close(self) -> None:
        self.shell.right_pane.set_tab_visible(self.page, False)
        self.map_requested.emit()

    def set_theme(self, theme: str) -> None:
        self.page.set_theme(theme)

    def greet(self) -> None:
        """At the app's start: the welcome on the very first one, What's new on the first
        after an update (a window that has been closed before, of an older version)."""
        s = self.shell.settings
        seen = s.value("app/version")
        if seen is None and not s.contains("geometry"):
            self.show()
        elif seen != __version__:
            lines = news_since(str(seen) if seen else None)
            if lines:
                self.show_news(lines)
        s.setValue("app/version", __version__)

    def show_news(self, lines: list[str] | None = None) -> QMessageBox:
        """A small window listing what is new (Help > What's new: this version's)."""
        lines = lines if lines is not None else list(NEWS.get(__version__, ()))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("What's new"),
                          self.tr("What's new in Casebook {0}").format(__version__),
                          QMessageBox.StandardButton.Ok, self.shell.window())
        shown = [QCoreApplication.translate("WelcomeFeature", line) for line in lines]
        box.setInformativeText("<ul>" + "".join(f"<li>{escape(line)}</li>" for line in shown)
                               + "</ul>")
        box.setObjectName("whats-new")
        self.news = box
        box.open()
        return box

    def shutdown(self) -> None:
        pass
