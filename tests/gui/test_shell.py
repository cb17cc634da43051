"""Features compose through the window's typed parts: menus, shortcut rows, the middle
pane's stack and the status bar; none of them edits module-level lists."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from casebook.gui import dialogs
from casebook.gui.shell import Shell


def _texts(menu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_the_features_menus_sit_where_they_did(window) -> None:
    menus = window.menus
    assert [a.text() for a in menus.bar.actions()] == [
        "&File", "&Edit", "&View", "&Collections", "&Library", "&Help"]
    assert window.collections.collections_menu.menuAction() in menus.bar.actions()
    assert _texts(menus.file) == ["&New case…", "Case &folders and settings…",
                                  "&Rebuild index", "Sa&ve search…", "&Back up my work…",
                                  "Restore my &work…", "Add &team library…",
                                  "Import &dataset…", "&Quit"]
    assert _texts(menus.edit) == ["&Undo", "&Search", "&Find in case", "Copy &citation",
                                  "&Add to collection", "Add to c&ollection…", "Edit &tags…",
                                  "Open case file in &editor"]
    assert _texts(menus.view)[-2:] == ["Go to the &sidebar", "Ta&xonomy"]
    assert _texts(menus.help) == ["&Welcome to Casebook", "What's &new", "&Keyboard shortcuts",
                                  "&Query syntax", "Show &log folder", "&About Casebook"]


class Notes(QObject):
    """A feature made for the test: a menu, a page and a shortcut row, through the shell."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.window())
        self.shell = shell
        menu = shell.menus.add_menu("&Notes")
        self.action = shell.menus.add(menu, "&Jot", self.jot, "Ctrl+J")
        self.page = QLabel("Notes", shell.window())
        shell.stack.addWidget(self.page)
        shell.shortcuts.add("Ctrl+J", "Jot a note")

    def jot(self) -> None:
        self.shell.stack.setCurrentWidget(self.page)

    def shutdown(self) -> None:
        """Nothing to save."""


def test_a_feature_adds_its_menu_page_and_keys_through_the_window(window) -> None:
    notes = Notes(window)
    assert [a.text() for a in window.menus.bar.actions()][-3:] == [
        "&Library", "&Notes", "&Help"]
    assert notes.action.shortcut().toString() == "Ctrl+J"
    notes.action.trigger()
    assert window.stack.currentWidget() is notes.page
    rows = window.shortcuts.rows()
    assert ("Ctrl+J", "Jot a note") in rows and rows[-1] == dialogs.SHORTCUTS_LAST


def test_each_window_keeps_its_own_shortcut_rows(qtbot, window, small_library,
                                                 tmp_path) -> None:
    from casebook.gui.window import MainWindow
    from casebook.library import Library

    base = list(dialogs.SHORTCUTS)
    lib = Library(tmp_path / "other", [str(small_library)])
    other = MainWindow(lib)
    qtbot.addWidget(other)
    try:
        for row in (("Ctrl+T", "Edit the case's tags"), ("Ctrl+Shift+S", "Save the search")):
            assert row not in dialogs.SHORTCUTS  # the features' rows are the window's own
        for win in (window, other):
            rows = win.shortcuts.rows()
            assert rows[:len(base)] == list(base) and rows[-1] == dialogs.SHORTCUTS_LAST
            assert rows.count(("Ctrl+T", "Edit the case's tags")) == 1
            assert rows.count(("Ctrl+Shift+S", "Save the search")) == 1
    finally:
        other.threads.stop()
        lib.close()
