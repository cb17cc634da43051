"""The window's menus and its list of keyboard shortcuts, which features add to."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar

from casebook.gui.i18n import translate

Keys = str | QKeySequence.StandardKey | list[str] | None


def make_action(parent: QObject, text: str, slot: Callable[[], object],
                keys: Keys = None) -> QAction:
    """An action with its shortcuts; the menus show them beside the text."""
    act = QAction(text, parent)
    if keys:
        seqs = keys if isinstance(keys, list) else [keys]
        act.setShortcuts([QKeySequence(k) for k in seqs])
    act.triggered.connect(lambda _checked=False: slot())
    return act


class Menus:
    """File, Edit, View and Help. Features add their actions to these menus and their own
    menus before Help; File's entries go above the separator before Quit."""

    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self.bar: QMenuBar = window.menuBar()
        self.file = self.bar.addMenu(translate("Menus", "&File"))
        self.edit = self.bar.addMenu(translate("Menus", "&Edit"))
        self.view = self.bar.addMenu(translate("Menus", "&View"))
        self.help = self.bar.addMenu(translate("Menus", "&Help"))
        self.quit_separator = self.file.addSeparator()

    def make(self, text: str, slot: Callable[[], object], keys: Keys = None) -> QAction:
        """An action of the window, to be placed in a menu."""
        return make_action(self.window, text, slot, keys)

    def add(self, menu: QMenu, text: str, slot: Callable[[], object],
            keys: Keys = None) -> QAction:
        act = self.make(text, slot, keys)
        menu.addAction(act)
        return act

    def add_menu(self, title: str) -> QMenu:
        """A feature's own menu, placed before Help."""
        menu = QMenu(title, self.window)
        self.bar.insertMenu(self.help.menuAction(), menu)
        return menu

    def add_file_action(self, action: QAction) -> None:
        """An entry at the end of File's own entries (above Quit)."""
        self.file.insertAction(self.quit_separator, action)

    @staticmethod
    def prepend(menu: QMenu, action: QAction, separator: bool = False) -> None:
        """An entry at the top of a menu, with a separator below it if asked."""
        if not menu.actions():
            menu.addAction(action)
            return
        first = menu.actions()[0]
        menu.insertAction(first, action)
        if separator:
            menu.insertSeparator(first)


class Shortcuts:
    """Help > Keyboard shortcuts: the window's keys, then each feature's, with the line
    for the list itself last. Rows are kept untranslated (each marked with
    QT_TRANSLATE_NOOP in the "Shortcuts" context) and translated when shown."""

    def __init__(self, rows: Iterable[tuple[str, str]], last: tuple[str, str]) -> None:
        self._rows = list(rows)
        self._last = last

    def add(self, keys: str, what: str) -> None:
        if (keys, what) not in self._rows:
            self._rows.append((keys, what))

    def rows(self) -> list[tuple[str, str]]:
        return [*self._rows, self._last]
