"""What a feature may use of the main window: its parts, and the few ways to talk back."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDockWidget, QSplitter, QStackedWidget, QStatusBar, QWidget

from casebook.gui.browse.browser import Browser
from casebook.gui.browse.results import ResultsView
from casebook.gui.browse.sidebar import Sidebar
from casebook.gui.menus import Menus, Shortcuts
from casebook.gui.pages import RightPane
from casebook.gui.read.reader import Reader
from casebook.gui.sync import SyncController
from casebook.gui.watcher import FolderWatcher
from casebook.gui.workers import Threads
from casebook.library import Library


class Shell(Protocol):
    """The window as its features see it. A feature adds actions to `menus`, pages to
    `stack`, widgets to `status`, rows to `shortcuts` and paths to `watcher`; it listens
    to the signals of these parts and asks `browser` to search, filter or open a case."""

    lib: Library
    settings: QSettings
    menus: Menus
    shortcuts: Shortcuts
    sidebar: Sidebar
    stack: QStackedWidget  # the middle pane: results and problems first
    status: QStatusBar
    right: QStackedWidget  # the right pane: the reader first, then the features' pages
    right_pane: RightPane  # the same stack, with a tab per page
    reader: Reader
    results: ResultsView
    browser: Browser
    watcher: FolderWatcher
    sync: SyncController
    threads: Threads

    splitter: QSplitter

    def window(self) -> QWidget:
        """The window itself, to own a feature's dialogs."""

    def add_dock(self, dock: QDockWidget) -> None: ...

    def use_folders(self, folders: list[str]) -> None:
        """Search, index and watch these case folders from now on."""

    def reopen_workers(self) -> None:
        """The search and index workers open the library again (a new taxonomy)."""


class Feature(Protocol):
    """A part of the app the window composes; told when the window closes."""

    def shutdown(self) -> None: ...
