"""The welcome page on the first start, Help > Welcome, and What's new after an update."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QMessageBox

from casebook import __version__
from casebook.gui.welcome.feature import NEWS, news_since


def _tab_shown(window) -> bool:
    pane = window.right_pane
    return pane.tabs.isTabVisible(pane.pages.index(window.welcome.page))


def test_first_start_shows_the_welcome_once(window) -> None:
    assert window.right.currentWidget() is not window.welcome.page  # a test's window
    window.greet()
    assert window.right.currentWidget() is window.welcome.page and _tab_shown(window)
    assert window.settings.value("app/version") == __version__
    text = window.welcome.page.browser.toPlainText()
    for part in ("Welcome to Casebook", "participatory budgeting", "The evidence map",
                 "Your own cases", "A team library", "Back up my work"):
        assert part in text
    window.welcome.page.closed.emit()
    assert window.right.currentWidget() is window.evidence.map_page
    assert not _tab_shown(window)
    window.settings.setValue("geometry", window.saveGeometry())  # as a closed window leaves
    window.greet()
    assert window.right.currentWidget() is window.evidence.map_page
    assert window.welcome.news is None


def test_help_brings_it_back_and_its_links_work(window) -> None:
    help_texts = [a.text() for a in window.menus.help.actions()]
    assert help_texts[:2] == ["&Welcome to Casebook", "What's &new"]
    window.menus.help.actions()[0].trigger()
    assert window.right.currentWidget() is window.welcome.page
    window.welcome.page.browser.anchorClicked.emit(QUrl("q:participatory budgeting"))
    assert window.search.text() == "participatory budgeting"
    window.welcome.page.browser.anchorClicked.emit(QUrl("casebook:map"))
    assert window.right.currentWidget() is window.evidence.map_page


def test_whats_new_after_an_update(window) -> None:
    window.settings.setValue("geometry", window.saveGeometry())
    window.settings.setValue("app/version", "0.0.9")
    window.greet()
    box = window.welcome.news
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert __version__ in box.text()
    assert "Word and OpenDocument" in box.informativeText()
    assert window.right.currentWidget() is not window.welcome.page
    box.accept()
    assert window.settings.value("app/version") == __version__


def test_news_since_lists_the_versions_after_the_one_seen() -> None:
    table = {"0.9.0": ("old",), "1.0.0": ("one",), "1.2.0": ("two",), "2.0.0": ("future",)}
    assert news_since("0.9.0", "1.2.0", table) == ["one", "two"]
    assert news_since(None, "1.0.0", table) == ["old", "one"]
    assert news_since("1.2.0", "1.2.0", table) == []
    assert news_since("1.10.0", "2.0.0", table) == ["future"]  # 10 > 2, not text order
    assert list(NEWS[__version__]) == news_since(None)[-len(NEWS[__version__]):]
