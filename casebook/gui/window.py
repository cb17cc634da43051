"""The main window: a shell of search bar, sidebar, middle pane, reader and status bar that
composes the app's features."""

from __future__ import annotations

import json
import logging
from functools import partial

from PySide6.QtCore import QMetaObject, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QIcon,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from casebook import logs, paths
from casebook.cases.model import Filters
from casebook.gui import dialogs
from casebook.gui.authoring.feature import AuthoringFeature
from casebook.gui.backup.feature import BackupFeature
from casebook.gui.browse.browser import Browser, BrowseWidgets
from casebook.gui.browse.pane import ResultsPane
from casebook.gui.browse.problems import ProblemsPage
from casebook.gui.browse.sidebar import Sidebar
from casebook.gui.collections.feature import CollectionsFeature
from casebook.gui.evidence.feature import EvidenceFeature
from casebook.gui.exchange.dataset_import import DatasetImportFeature
from casebook.gui.exchange.foreign_folders import ForeignFolderFeature
from casebook.gui.exchange.opening import OpeningFeature
from casebook.gui.language import LanguageMenu
from casebook.gui.menus import Menus, Shortcuts
from casebook.gui.pages import RightPane
from casebook.gui.read.reader import Reader, tool_button
from casebook.gui.shell import Feature
from casebook.gui.sync import SyncController
from casebook.gui.team.feature import TeamFeature
from casebook.gui.theme import apply_theme, arrow_icon
from casebook.gui.watcher import FolderWatcher
from casebook.gui.welcome.feature import WelcomeFeature
from casebook.gui.workers import Threads
from casebook.library import Library

log = logging.getLogger(__name__)


SYNC_AFTER_MS = 2000  # the start's background sync waits this long at most for results

class MainWindow(QMainWindow):
    """The shell: it lays out the parts, owns the menus, the status bar and the shortcut
    list, and composes the features, which get the window as a `Shell`."""

    folders_changed = Signal(object)
    results_shown = Signal()

    def __init__(self, lib: Library, theme: str = "light") -> None:
        super().__init__()
        self.lib = lib
        self.theme = theme
        self.second_instance = False
        self.restart_requested = False  # View > Language: the app opens the window again
        # the app's link to the system's colour scheme, let go when the window is done
        self.scheme_link: QMetaObject.Connection | None = None
        self.settings = QSettings(str(lib.data_dir / "window.ini"), QSettings.Format.IniFormat)
        self.setWindowTitle(self.tr("Casebook"))
        self.setWindowIcon(QIcon(str(paths.resource("icons/casebook.svg"))))
        self.threads = Threads(str(lib.data_dir), lib.folders)
        self.folders_changed.connect(self.threads.searcher.set_folders)
        self.folders_changed.connect(self.threads.indexer.set_folders)
        self.status = self.statusBar()
        self._build()
        self.browser = Browser(self, lib, BrowseWidgets(
            self, self.search, self.count_label, self.back_button, self.forward_button,
            self.sidebar, self.stack, self.pane, self.problems, self.reader, self.status),
            self.threads.searcher)
        self.browser.theme = theme
        self.browser.shown.connect(self.results_shown)
        self.sync = SyncController(self, lib, self.threads.indexer, self.status)
        self.sync.updated.connect(self.browser.synced)
        self.sync.finished.connect(self._watch)
        self.status.addPermanentWidget(self.problems.button)
        self.watcher = FolderWatcher(self, self.threads.index_thread)
        self.watcher.changed.connect(lambda: self.sync.start(False))
        self.shortcuts = Shortcuts(dialogs.SHORTCUTS, dialogs.SHORTCUTS_LAST)
        self.menus = Menus(self)
        self._build_menus()
        self._restore()
        self.collections = CollectionsFeature(self)
        self.authoring = AuthoringFeature(self)
        self.evidence = EvidenceFeature(self)
        self.collections.page.compare_requested.connect(self.evidence.compare_collection)
        self.collections.page.map_requested.connect(self.evidence.map_collection)
        self.opening = OpeningFeature(self, self.collections)  # packs and folders handed in
        self.backup = BackupFeature(self)
        self.backup.restored.connect(self.collections.refresh_page)
        self.welcome = WelcomeFeature(self)
        self.welcome.map_requested.connect(self.evidence.show_map)
        self.welcome.folders_requested.connect(self.open_settings)
        self.team = TeamFeature(self)
        self.datasets = DatasetImportFeature(self)  # File > Import dataset…
        self.foreign = ForeignFolderFeature(self)  # websites' pages among the case folders
        self.features: list[Feature] = [self.collections, self.authoring, self.evidence,
                                        self.opening, self.team, self.datasets, self.foreign]

    # layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.back_button = tool_button(self, "", self.tr("Back (Alt+Left)"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.forward_button = tool_button(self, "", self.tr("Forward (Alt+Right)"))
        self.forward_button.setAccessibleName(self.tr("Forward"))
        self._nav_icons()
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr('Search cases: words, "phrases", country:Brazil …'))
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.setClearButtonEnabled(True)
        self.syntax_button = tool_button(self, "?", self.tr("Query syntax"))
        self.syntax_button.setAccessibleName(self.tr("Query syntax help"))
        self.syntax_button.clicked.connect(lambda: dialogs.show_syntax(self))
        self.count_label = QLabel("", self)
        self.count_label.setObjectName("count")
        self.count_label.setAccessibleName(self.tr("Result count"))
        top = QHBoxLayout()
        top.setContentsMargins(8, 8, 8, 8)
        for widget in (self.back_button, self.forward_button):
            top.addWidget(widget)
        top.addWidget(self.search, 1)
        top.addWidget(self.syntax_button)
        top.addWidget(self.count_label)
        self.sidebar = Sidebar(self)
        self.pane = ResultsPane(self, self.lib)
        self.results, self.results_model = self.pane.view, self.pane.model
        self.problems = ProblemsPage(self)
        self.stack = QStackedWidget(self)  # results, problems, then the features' pages
        self.stack.addWidget(self.pane)
        self.stack.addWidget(self.problems)
        self.reader = Reader(self)
        self.reader.copied.connect(self._copied)
        self.right_pane = RightPane(self)
        self.right = self.right_pane.stack  # the reader, then the features' pages (the map)
        self.right_pane.add_page(self.reader, self.tr("Case"), self.tr("The case opened last"))
        self.splitter = QSplitter(self)
        self.splitter.setChildrenCollapsible(False)
        for n, pane in enumerate((self.sidebar, self.stack, self.right_pane)):
            self.splitter.addWidget(pane)
            self.splitter.setStretchFactor(n, n)
        self.splitter.setSizes([285, 430, 565])
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.resize(1280, 800)

    def _build_menus(self) -> None:
        m = self.menus
        m.add_file_action(m.make(self.tr("Case &folders and settings…"), self.open_settings,
                                 "Ctrl+,"))
        m.add_file_action(m.make(self.tr("&Rebuild index"), lambda: self.sync.start(True)))
        m.add(m.file, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        m.add(m.edit, self.tr("&Search"), self.focus_search, ["Ctrl+L", "Ctrl+K"])
        m.add(m.edit, self.tr("&Find in case"), self.reader.show_find,
              QKeySequence.StandardKey.Find)
        m.add(m.edit, self.tr("Copy &citation"), self.reader.copy_citation, "Ctrl+Shift+C")
        m.add(m.view, self.tr("&Back"), self.browser.go_back, "Alt+Left")
        m.add(m.view, self.tr("&Forward"), self.browser.go_forward, "Alt+Right")
        m.view.addSeparator()
        m.add(m.view, self.tr("Zoom &in"), lambda: self.reader.zoom(1), ["Ctrl+=", "Ctrl++"])
        m.add(m.view, self.tr("Zoom &out"), lambda: self.reader.zoom(-1), "Ctrl+-")
        m.add(m.view, self.tr("&Reset zoom"), self.reader.reset_zoom, "Ctrl+0")
        m.view.addSeparator()
        themes = m.view.addMenu(self.tr("&Theme"))
        group = QActionGroup(self)
        self.theme_choice = str(self.settings.value("view/theme", "system") or "system")
        self.theme_actions: dict[str, QAction] = {}
        for key, label in (("system", self.tr("&System")), ("light", self.tr("&Light")),
                           ("dark", self.tr("&Dark"))):
            act = m.add(themes, label, partial(self.choose_theme, key))
            act.setCheckable(True)
            act.setChecked(key == self.theme_choice)
            group.addAction(act)
            self.theme_actions[key] = act
        self.language = LanguageMenu(self, self.settings, m.view)
        m.view.addSeparator()
        m.add(m.view, self.tr("Files with &problems"), self.browser.show_problems)
        m.add(m.help, self.tr("&Keyboard shortcuts"),
              lambda: dialogs.show_shortcuts(self, self.shortcuts.rows()), "F1")
        m.add(m.help, self.tr("&Query syntax"), lambda: dialogs.show_syntax(self))
        self.log_action = m.add(m.help, self.tr("Show &log folder"), self.show_log_folder)
        m.add(m.help, self.tr("&About Casebook"), lambda: dialogs.show_about(self))

    def add_dock(self, dock: QDockWidget) -> None:
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)

    # theme -------------------------------------------------------------------------------
    def set_theme(self, theme: str) -> None:
        """Repaint for a light or dark theme the application now has."""
        self.theme = theme
        self._nav_icons()
        self.browser.redraw(theme)
        self.evidence.set_theme(theme)
        self.welcome.set_theme(theme)

    def choose_theme(self, choice: str) -> None:
        """View > Theme: system, light or dark; applied now and kept for the next start."""
        if choice not in self.theme_actions:
            return
        self.theme_choice = choice
        self.theme_actions[choice].setChecked(True)
        self.settings.setValue("view/theme", choice)
        self.apply_theme_choice()

    def apply_theme_choice(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self.set_theme(apply_theme(app, None if self.theme_choice == "system"
                                       else self.theme_choice))

    def follow_system(self) -> None:
        """The system switched between light and dark."""
        if self.theme_choice == "system":
            self.apply_theme_choice()

    def _nav_icons(self) -> None:
        palette = QApplication.palette()
        self.back_button.setIcon(arrow_icon("left", palette))
        self.forward_button.setIcon(arrow_icon("right", palette))

    def _copied(self, style: str) -> None:
        self.settings.setValue("reader/citation", self.reader.cite_style)
        self.status.showMessage(self.tr("Copied the citation ({0})").format(style), 5000)

    def show_log_folder(self) -> None:
        """Help > Show log folder: where the app's log file is."""
        folder = logs.log_folder(self.lib.data_dir)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            log.warning("cannot make the log folder %s: %s", folder, exc)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # start-up and shutdown ---------------------------------------------------------------
    def _restore(self) -> None:
        s = self.settings
        if s.value("geometry"):
            self.restoreGeometry(s.value("geometry"))
        if s.value("splitter"):
            self.splitter.restoreState(s.value("splitter"))
        expanded = s.value("sidebar/expanded")
        if isinstance(expanded, str):
            self.sidebar.expanded = set(json.loads(expanded))
        self.browser.restore(str(s.value("last/query", "") or ""),
                             _filters_from(str(s.value("last/filters", "") or "")),
                             str(s.value("last/sort", "relevance") or "relevance"))
        self.reader.set_cite_style(str(s.value("reader/citation", "apa") or "apa"))

    def start(self) -> None:
        """Show results from the last index at once, then sync in the background: once
        they are on screen (the sync's scan of every file would slow the first search), or
        after SYNC_AFTER_MS if the search has not answered by then."""
        self._synced_at_start = False
        self.browser.shown.connect(self._sync_at_start)
        QTimer.singleShot(SYNC_AFTER_MS, self._sync_at_start)
        self.browser.start()
        self.search.setFocus()

    def _sync_at_start(self) -> None:
        if self._synced_at_start:
            return
        self._synced_at_start = True
        self.browser.shown.disconnect(self._sync_at_start)
        self.sync.start(False)

    def greet(self) -> None:
        """At the app's start (a window made in a test is not greeted): the welcome page on
        the first start, What's new after an update, and a backup when one is due."""
        self.welcome.greet()
        self.backup.greet()

    def closeEvent(self, event: QCloseEvent) -> None:
        for feature in self.features:
            feature.shutdown()
        s = self.settings
        s.setValue("geometry", self.saveGeometry())
        s.setValue("splitter", self.splitter.saveState())
        s.setValue("sidebar/expanded", json.dumps(sorted(self.sidebar.expanded)))
        s.setValue("last/query", self.browser.state.query)
        s.setValue("last/filters", json.dumps(self.browser.state.filters.to_json()))
        s.setValue("last/sort", self.browser.sort)
        s.sync()
        self.threads.stop()
        super().closeEvent(event)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # the case folders --------------------------------------------------------------------
    def _watch(self) -> None:
        self.watcher.watch_folders(self.lib.folders)
        self.watcher.watch("taxonomy", [str(p) for p in self.lib.taxonomy_files()])

    def use_folders(self, folders: list[str]) -> None:
        self.lib.set_folders(folders)
        self.folders_changed.emit(list(self.lib.folders))
        self.watcher.forget_folders()

    def reopen_workers(self) -> None:
        self.folders_changed.emit(list(self.lib.folders))

    def open_settings(self) -> None:
        kinds = self.lib.reference_folders()
        folders = dialogs.settings_dialog(self, self.lib)
        if folders is not None and folders != self.lib.folders:
            self.use_folders(folders)
            self.sync.start(False)
        elif self.lib.reference_folders() != kinds:  # a folder is read another way
            self.sync.start(False)


def _filters_from(text: str) -> Filters:
    try:
        return Filters.from_json(json.loads(text) if text else {})
    except ValueError:
        return Filters()
