"""The main window: search bar, sidebar, results, reader and status bar, wired together."""

from __future__ import annotations

import copy
import json
import os
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QFileSystemWatcher, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casebook import paths
from casebook.cases.files import is_hidden
from casebook.cases.model import Filters, SearchResult
from casebook.errors import CasebookError
from casebook.gui import dialogs
from casebook.gui.browse.chips import ChipBar
from casebook.gui.browse.models import ProblemsModel, ResultsModel
from casebook.gui.browse.results import ResultsView
from casebook.gui.browse.sidebar import Sidebar
from casebook.gui.read.reader import Reader, tool_button
from casebook.gui.theme import apply_theme, arrow_icon, reader_css
from casebook.gui.workers import Threads
from casebook.library import Library

PAGE = 200
WRAPPED_PROBLEMS = 1000  # rows sized to their wrapped message up to this many problems
FILE_COLUMN_SHARE = 0.3  # of the table's width: the messages need the room
HINT = ("Try: <a href='q:participatory budgeting'>participatory budgeting</a> · "
        "<a href='q:\"digital identity\"'>\"digital identity\"</a> · "
        "<a href='q:procurement country:chile'>procurement country:chile</a>")


@dataclass
class State:
    """What a Back/Forward step restores."""

    query: str = ""
    filters: Filters = field(default_factory=Filters)
    case_id: str | None = None


class MainWindow(QMainWindow):
    search_requested = Signal(int, str, object, str, int)
    sync_requested = Signal(bool)
    folders_changed = Signal(object)
    results_shown = Signal()
    sync_finished = Signal()

    def __init__(self, lib: Library, theme: str = "light") -> None:
        super().__init__()
        self.lib = lib
        self.theme = theme
        self.state = State()
        self.sort = "relevance"
        self.history: list[State] = []
        self.history_pos = -1
        self.request = 0
        self._facets_query: str | None = None
        self._reselect: tuple[int, list[str], str | None, int | None] = (0, [], None, None)
        self.result: SearchResult | None = None
        self.sync_running = False
        self.sync_pending = False
        self.second_instance = False
        self._stats: tuple[int, int, dict[str, dict[str, int]]] | None = None
        self.problem_files: int | None = None  # set by refresh_problems only
        self.search_error = ""  # the failed search's reason, while the status bar shows it
        self.settings = QSettings(str(lib.data_dir / "window.ini"), QSettings.Format.IniFormat)
        self.setWindowTitle("Casebook")
        self.setWindowIcon(QIcon(str(paths.resource("icons/casebook.svg"))))
        self.threads = Threads(str(lib.data_dir), lib.folders)
        self.search_requested.connect(self.threads.searcher.search)
        self.threads.searcher.searched.connect(self._on_results)
        self.threads.searcher.failed.connect(self._on_search_failed)
        self.sync_requested.connect(self.threads.indexer.sync)
        self.folders_changed.connect(self.threads.searcher.set_folders)
        self.folders_changed.connect(self.threads.indexer.set_folders)
        self.threads.indexer.progress.connect(self._on_progress)
        self.threads.indexer.finished.connect(self._on_synced)
        self.threads.indexer.failed.connect(self._on_sync_failed)
        self._build()
        self._build_menus()
        self.debounce = QTimer(self, singleShot=True, interval=150)
        self.debounce.timeout.connect(self.run_search)
        self.watch_timer = QTimer(self, singleShot=True, interval=400)
        self.watch_timer.timeout.connect(lambda: self.start_sync(False))
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _p: self.watch_timer.start())
        self.watcher.fileChanged.connect(lambda _p: self.watch_timer.start())
        self._restore()
        from casebook.gui.authoring import feature as contrib_ui
        from casebook.gui.collections import feature as collections_ui

        collections_ui.install(self)
        contrib_ui.install(self)

    # layout ------------------------------------------------------------------
    def _build(self) -> None:
        self.back_button = tool_button(self, "", "Back (Alt+Left)")
        self.back_button.setAccessibleName("Back")
        self.back_button.clicked.connect(self.go_back)
        self.forward_button = tool_button(self, "", "Forward (Alt+Right)")
        self._nav_icons()
        self.forward_button.setAccessibleName("Forward")
        self.forward_button.clicked.connect(self.go_forward)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText('Search cases: words, "phrases", country:Brazil …')
        self.search.setAccessibleName("Search cases")
        self.search.setClearButtonEnabled(True)
        self.search.textEdited.connect(lambda _t: self.debounce.start())
        self.search.returnPressed.connect(self._search_now)
        self.search.installEventFilter(self)
        self.syntax_button = tool_button(self, "?", "Query syntax")
        self.syntax_button.setAccessibleName("Query syntax help")
        self.syntax_button.clicked.connect(lambda: dialogs.show_syntax(self,
                                                                       self.syntax_button))
        self.count_label = QLabel("", self)
        self.count_label.setObjectName("count")
        self.count_label.setAccessibleName("Result count")
        top = QHBoxLayout()
        top.setContentsMargins(8, 8, 8, 8)
        for w in (self.back_button, self.forward_button):
            top.addWidget(w)
        top.addWidget(self.search, 1)
        top.addWidget(self.syntax_button)
        top.addWidget(self.count_label)

        self.sidebar = Sidebar(self)
        self.sidebar.toggled.connect(self.toggle_filter)
        self.sidebar.entry_clicked.connect(self._sidebar_entry)
        self.sidebar.years_changed.connect(self._years)

        self.chips = ChipBar(self)
        self.chips.removed.connect(self._remove_chip)
        self.chips.cleared.connect(self.clear_filters)
        self.suggestion = QLabel(self)
        self.suggestion.setTextFormat(Qt.TextFormat.RichText)
        self.suggestion.linkActivated.connect(self._use_suggestion)
        self.suggestion.hide()
        self.hint = QLabel(HINT, self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.linkActivated.connect(lambda link: self.set_query(link[2:]))
        self.sort_box = dialogs.sort_box(self)
        self.sort_box.currentIndexChanged.connect(self._sort_changed)
        self.results_model = ResultsModel(self)
        self.results = ResultsView(self)
        self.results.setModel(self.results_model)
        self.results.activated_case.connect(self.open_case)
        self.results.picked.connect(self.show_selected)
        self.results.customContextMenuRequested.connect(self._results_menu)
        self.results.verticalScrollBar().valueChanged.connect(self._maybe_more)
        self.problems_model = ProblemsModel(self)
        self.problems_view = QTableView(self)
        self.problems_view.setModel(self.problems_model)
        self.problems_view.setAccessibleName("Files with problems")
        self.problems_view.horizontalHeader().setStretchLastSection(True)
        for column in (1, 2):
            self.problems_view.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        self.problems_view.verticalHeader().hide()
        self.problems_view.setWordWrap(True)
        self.problems_view.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # keeps a name's end
        self.problems_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.problems_view.doubleClicked.connect(self._open_problem_file)
        self.problems_view.activated.connect(self._open_problem_file)
        self.middle_stack = QStackedWidget(self)
        results_page = QWidget(self)
        rl = QVBoxLayout(results_page)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.setSpacing(4)
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 0, 8, 0)
        bar.addWidget(self.chips, 1)
        bar.addWidget(QLabel("Sort:", self))
        bar.addWidget(self.sort_box)
        rl.addLayout(bar)
        rl.addWidget(self.suggestion)
        rl.addWidget(self.hint)
        rl.addWidget(self.results, 1)
        self.middle_stack.addWidget(results_page)
        self.middle_stack.addWidget(self.problems_view)

        self.reader = Reader(self)
        self.reader.filter_requested.connect(lambda f, k: self.toggle_filter(f, k, True))
        self.reader.case_requested.connect(self.open_case)
        self.reader.add_to_collection.connect(self.add_to_collection)
        self.reader.copied.connect(self._copied)

        self.splitter = QSplitter(self)
        self.splitter.setChildrenCollapsible(False)
        for pane in (self.sidebar, self.middle_stack, self.reader):
            self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([285, 430, 565])
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(180)
        self.progress.setAccessibleName("Indexing progress")
        self.progress.hide()
        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.setAccessibleName("Cancel indexing")
        self.cancel_button.clicked.connect(self.threads.indexer.cancel_event.set)
        self.cancel_button.hide()
        self.problems_button = QPushButton("", self)
        self.problems_button.setFlat(True)
        self.problems_button.setAccessibleName("Show files with problems")
        self.problems_button.clicked.connect(self.show_problems)
        status = self.statusBar()
        status.addWidget(self.progress)
        status.addWidget(self.cancel_button)
        status.addPermanentWidget(self.problems_button)
        self.resize(1280, 800)

    def _build_menus(self) -> None:
        def action(menu: QMenu, text: str, slot: Any, keys: Any = None) -> QAction:
            act = QAction(text, self)
            if keys:
                seqs = keys if isinstance(keys, list) else [keys]
                act.setShortcuts([QKeySequence(k) for k in seqs])
            act.triggered.connect(slot)
            menu.addAction(act)
            return act

        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self.file_menu = file_menu
        action(file_menu, "Case &folders and settings…", self.open_settings, "Ctrl+,")
        action(file_menu, "&Rebuild index", lambda: self.start_sync(True))
        file_menu.addSeparator()
        action(file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit)
        edit = bar.addMenu("&Edit")
        action(edit, "&Search", self.focus_search, ["Ctrl+L", "Ctrl+K"])
        action(edit, "&Find in case", self.reader.show_find, QKeySequence.StandardKey.Find)
        action(edit, "Copy &citation", self.reader.copy_citation, "Ctrl+Shift+C")
        self.collect_action = action(edit, "&Add to collection",
                                     lambda: self.quick_add(None), "Ctrl+D")
        self.choose_collection_action = action(edit, "Add to c&ollection…",
                                               lambda: self.add_to_collection(None),
                                               "Ctrl+Shift+D")
        view = bar.addMenu("&View")
        action(view, "&Back", self.go_back, "Alt+Left")
        action(view, "&Forward", self.go_forward, "Alt+Right")
        view.addSeparator()
        action(view, "Zoom &in", lambda: self.reader.zoom(1), ["Ctrl+=", "Ctrl++"])
        action(view, "Zoom &out", lambda: self.reader.zoom(-1), "Ctrl+-")
        action(view, self.tr("&Reset zoom"), self.reader.reset_zoom, "Ctrl+0")
        view.addSeparator()
        themes = view.addMenu(self.tr("&Theme"))
        group = QActionGroup(self)
        self.theme_choice = str(self.settings.value("view/theme", "system") or "system")
        self.theme_actions: dict[str, QAction] = {}
        for key, label in (("system", self.tr("&System")), ("light", self.tr("&Light")),
                           ("dark", self.tr("&Dark"))):
            act = action(themes, label, lambda _c=False, k=key: self.choose_theme(k))
            act.setCheckable(True)
            act.setChecked(key == self.theme_choice)
            group.addAction(act)
            self.theme_actions[key] = act
        view.addSeparator()
        action(view, "Files with &problems", self.show_problems)
        self.view_menu = view
        help_menu = bar.addMenu("&Help")
        action(help_menu, "&Keyboard shortcuts", lambda: dialogs.show_shortcuts(self), "F1")
        action(help_menu, "&Query syntax", lambda: dialogs.show_syntax(self, None))
        action(help_menu, "&About Casebook", lambda: dialogs.show_about(self))

    def set_theme(self, theme: str) -> None:
        """Repaint for a light or dark theme the application now has."""
        self.theme = theme
        self.results.delegate.theme = theme
        self.results.delegate.clear_cache()
        self.results.viewport().update()
        self._nav_icons()
        if self.state.case_id:
            self._show_case(self.state.case_id)

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
        self.statusBar().showMessage(self.tr("Copied the citation ({0})").format(style), 5000)

    # start-up and shutdown -----------------------------------------------------
    def _restore(self) -> None:
        s = self.settings
        if s.value("geometry"):
            self.restoreGeometry(s.value("geometry"))
        if s.value("splitter"):
            self.splitter.restoreState(s.value("splitter"))
        expanded = s.value("sidebar/expanded")
        if isinstance(expanded, str):
            self.sidebar.expanded = set(json.loads(expanded))
        query = str(s.value("last/query", "") or "")
        filters = _filters_from(str(s.value("last/filters", "") or ""))
        self.sort = str(s.value("last/sort", "relevance") or "relevance")
        self.sort_box.blockSignals(True)
        self.sort_box.setCurrentIndex(max(0, self.sort_box.findData(self.sort)))
        self.sort_box.blockSignals(False)
        self.state = State(query, filters, None)
        self.search.setText(query)
        self.sidebar.set_years(filters.year_from, filters.year_to)
        self.reader.set_cite_style(str(s.value("reader/citation", "apa") or "apa"))

    def start(self) -> None:
        """Show results from the last index at once, then sync in the background."""
        self.push_history()
        self.run_search()
        self.refresh_problems()
        self.start_sync(False)
        self.search.setFocus()

    def closeEvent(self, event: Any) -> None:
        s = self.settings
        s.setValue("geometry", self.saveGeometry())
        s.setValue("splitter", self.splitter.saveState())
        s.setValue("sidebar/expanded", json.dumps(sorted(self.sidebar.expanded)))
        s.setValue("last/query", self.state.query)
        s.setValue("last/filters", json.dumps(self.state.filters.to_json()))
        s.setValue("last/sort", self.sort)
        s.sync()
        self.threads.stop()
        super().closeEvent(event)

    # searching ---------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def eventFilter(self, obj: Any, event: Any) -> bool:
        from PySide6.QtCore import QEvent

        if obj is self.search and event.type() == QEvent.Type.KeyPress and \
                event.key() == Qt.Key.Key_Down and self.results_model.rowCount():
            self.results.setFocus()
            if not self.results.selectionModel().hasSelection():  # pick the case at the focus
                index = self.results.currentIndex()
                self.results.setCurrentIndex(index if index.isValid()
                                             else self.results_model.index(0, 0))
            return True
        return super().eventFilter(obj, event)

    def _search_now(self) -> None:
        self.debounce.stop()
        self.run_search()
        self.push_history()

    def set_query(self, text: str) -> None:
        self.search.setText(text)
        self._search_now()

    def run_search(self, offset: int = 0) -> None:
        self.state.query = self.search.text()
        self.middle_stack.setCurrentIndex(0)
        self.request += 1
        self.threads.searcher.latest = self.request
        self._offset = offset
        self.search_requested.emit(self.request, self.state.query,
                                   copy.deepcopy(self.state.filters), self.sort, PAGE)

    def _on_results(self, request: int, result: SearchResult) -> None:
        if request != self.request:
            return
        if self.search_error and self.statusBar().currentMessage() == self.search_error:
            self.statusBar().clearMessage()
        self.search_error = ""
        self.result = result
        self.results_model.set_hits(result.hits)
        # a short list with a divider row of its own height; long lists keep uniform rows
        self.results.setUniformItemSizes(self.results_model.divider < 0)
        shown = sum(1 for h in result.hits if h.match != "some")
        text = f"{result.total:,} case" + ("" if result.total == 1 else "s")
        if shown < result.total:
            text += f" (first {shown:,})"
        if result.relaxed:
            text += " · " + (self.tr("showing cases that match most of your words")
                             if result.total else
                             self.tr("showing cases that match some of your words"))
        self.count_label.setText(text)
        message = self._results_message(result)
        self.suggestion.setWordWrap(True)
        self.suggestion.setText(message)
        self.suggestion.setVisible(bool(message))
        self.hint.setVisible(not self.state.query.strip() and self.state.filters.is_empty())
        self.chips.set_filters(self.state.filters, self.lib.taxonomy, self.state.query)
        self._rebuild_sidebar(result)
        labels = {(f, t.id): t.label for f in self.lib.taxonomy.terms
                  for t in self.lib.taxonomy.terms[f].values()}
        self.results.delegate.labels = labels
        self.results.delegate.theme = self.theme
        self.results.delegate.clear_cache()
        if self._reselect[0] == request:  # a refresh or Back/Forward; a new search selects nothing
            _request, ids, current, at = self._reselect
            self.results.select_ids(ids, current, scroll=at is None)
            if at is not None:  # more of the same list: stay where the reader was
                self.results.doItemsLayout()
                self.results.verticalScrollBar().setValue(at)
        else:
            self.results.scrollToTop()
        self.results_shown.emit()

    def _maybe_more(self, value: int) -> None:
        if self.result is None or value < self.results.verticalScrollBar().maximum():
            return
        if len(self.result.hits) < self.result.total:
            self.request += 1
            self.threads.searcher.latest = self.request
            self.search_requested.emit(self.request, self.state.query,
                                       copy.deepcopy(self.state.filters), self.sort,
                                       len(self.result.hits) + PAGE)
            self.keep_selection(keep_scroll=True)

    def library_stats(self) -> tuple[int, int, dict[str, dict[str, int]]]:
        """Case count, files with problems and every term in use; kept until the next sync."""
        if self._stats is None:
            if self.problem_files is None:
                self.refresh_problems()
            try:
                self._stats = (self.lib.store.count_cases(), self.problem_files or 0,
                               self.lib.term_counts())
            except CasebookError:
                return 0, 0, {}
        return self._stats

    def _rebuild_sidebar(self, result: SearchResult) -> None:
        total, problem_files, known = self.library_stats()
        try:
            collections = self.collection_entries()
            saved = self.saved_entries()
        except CasebookError:
            collections, saved = [], []
        resort = result.query != self._facets_query  # a new search; ticks keep the order
        self._facets_query = result.query
        self.sidebar.rebuild(result.facets, self.state.filters, self.lib.taxonomy, total,
                             problem_files, collections, saved, known=known, resort=resort)
        starts = [h.year_start for h in result.hits if h.year_start]
        ongoing = any(h.year_start and not h.year_end for h in result.hits)
        ends = [h.year_end or h.year_start for h in result.hits if h.year_start]
        self.sidebar.set_year_span(min(starts, default=None),
                                   None if ongoing else max(ends, default=None))

    def collection_entries(self) -> list[tuple[str, int]]:
        """(name, item count) for the sidebar; collections_ui replaces this."""
        return []

    def saved_entries(self) -> list[str]:
        """Saved search names for the sidebar; collections_ui replaces this."""
        return []

    def sidebar_entry_hook(self, kind: str, key: str) -> None:
        """Clicks on collection and saved-search entries; collections_ui replaces this."""

    def _on_search_failed(self, request: int, message: str) -> None:
        if request != self.request:
            return
        # nothing from an earlier search stays beside the reason this one failed
        self.result = SearchResult(self.state.query, copy.deepcopy(self.state.filters), 0, [],
                                   {}, None)
        self.results_model.set_hits([])
        self.suggestion.hide()
        self.count_label.setText(self.tr("No results"))
        self._rebuild_sidebar(self.result)
        self.search_error = message[:1].upper() + message[1:]
        self.statusBar().showMessage(self.search_error, 10_000)

    def _results_message(self, result: SearchResult) -> str:
        """The line above the results: the spelling suggestion; with no results, says so
        and offers the suggestion and the nearest taxonomy terms (links)."""
        suggestion = (self.tr("Did you mean {0}?").format(
            f"<a href='s'>{_esc(result.suggestion)}</a>") if result.suggestion else "")
        if result.hits:
            return suggestion
        query = result.query.strip()
        if not query:
            return self.tr("No cases match these filters.")
        parts = [self.tr("No cases match “{0}”.").format(_esc(query)) if
                 result.filters.is_empty() else
                 self.tr("No cases match “{0}” with these filters.").format(_esc(query))]
        if suggestion:
            parts.append(suggestion)
        try:
            nearest = self.lib.nearest_terms(query)
        except CasebookError:
            nearest = []
        if nearest:
            links = ", ".join(f"<a href='t:{facet}:{term_id}'>"
                              f"{_esc(self.lib.taxonomy.label(facet, term_id))}</a>"
                              for facet, term_id in nearest)
            parts.append(self.tr("Nearest taxonomy terms: {0}.").format(links))
        return " ".join(parts)

    def _use_suggestion(self, link: str) -> None:
        if link.startswith("t:"):  # a taxonomy term: list the cases tagged with it
            self.set_query(link[2:])
        elif self.result and self.result.suggestion:
            self.set_query(self.result.suggestion)

    def _sort_changed(self) -> None:
        self.sort = self.sort_box.currentData()
        self.run_search()
        self.keep_selection()

    def keep_selection(self, ids: list[str] | None = None, keep_scroll: bool = False) -> None:
        """Select these cases (default: those selected now) when the latest search returns;
        scroll to them, or keep the list where it is."""
        if ids is None:
            ids, current = self.results.selected_ids(), self.results.current_id()
        else:
            current = ids[0] if ids else None
        at = self.results.verticalScrollBar().value() if keep_scroll else None
        self._reselect = (self.request, ids, current, at)

    # filters -------------------------------------------------------------------
    def toggle_filter(self, facet: str, key: str, on: bool) -> None:
        values = self.state.filters.terms.setdefault(facet, [])
        if on and key not in values:
            values.append(key)
        elif not on and key in values:
            values.remove(key)
        self.run_search()
        self.push_history()

    def clear_filters(self) -> None:
        self.state.filters = Filters()
        self.sidebar.set_years(None, None)
        self.run_search()
        self.push_history()

    def _remove_chip(self, facet: str, key: str) -> None:
        if facet != "years":
            self.toggle_filter(facet, key, False)
            return
        self.state.filters.year_from = self.state.filters.year_to = None
        self.sidebar.set_years(None, None)
        self.run_search()
        self.push_history()

    def _years(self, a: int | None, b: int | None) -> None:
        self.state.filters.year_from, self.state.filters.year_to = a, b
        self.debounce.start()

    def _sidebar_entry(self, kind: str, key: str) -> None:
        if kind == "library" and key == "all":
            self.search.clear()
            self.clear_filters()
        elif kind == "library" and key == "problems":
            self.show_problems()
        else:
            self.sidebar_entry_hook(kind, key)

    # history -------------------------------------------------------------------
    def push_history(self) -> None:
        snap = State(self.state.query, copy.deepcopy(self.state.filters), self.state.case_id)
        if self.history and self.history_pos >= 0 and self.history[self.history_pos] == snap:
            return
        del self.history[self.history_pos + 1:]
        self.history.append(snap)
        self.history_pos = len(self.history) - 1
        self._update_nav()

    def _update_nav(self) -> None:
        self.back_button.setEnabled(self.history_pos > 0)
        self.forward_button.setEnabled(self.history_pos < len(self.history) - 1)

    def go_back(self) -> None:
        if self.history_pos > 0:
            self.history_pos -= 1
            self._apply(self.history[self.history_pos])

    def go_forward(self) -> None:
        if self.history_pos < len(self.history) - 1:
            self.history_pos += 1
            self._apply(self.history[self.history_pos])

    def _apply(self, snap: State) -> None:
        self.state = State(snap.query, copy.deepcopy(snap.filters), snap.case_id)
        self.search.setText(snap.query)
        self.sidebar.set_years(snap.filters.year_from, snap.filters.year_to)
        self.run_search()
        self.keep_selection([snap.case_id] if snap.case_id else [])
        if snap.case_id:
            self._show_case(snap.case_id)
        else:
            self.reader.clear()
        self._update_nav()

    # reading -------------------------------------------------------------------
    def open_case(self, case_id: str) -> None:
        """Open a case as a step of its own (Enter, a related-case link); the list follows."""
        if self._show_case(case_id):
            self.state.case_id = case_id
            self.push_history()
            if case_id not in self.results.selected_ids():
                self.results.select_ids([case_id])

    def show_selected(self, case_id: str) -> None:
        """Show the case selected in a list; browsing a list replaces the history step."""
        if not self._show_case(case_id):
            return
        self.state.case_id = case_id
        top = self.history[self.history_pos] if self.history_pos >= 0 else None
        if top is None or (top.query, top.filters) != (self.state.query, self.state.filters):
            self.push_history()
            return
        del self.history[self.history_pos + 1:]
        self.history[self.history_pos] = State(self.state.query,
                                               copy.deepcopy(self.state.filters), case_id)
        self._update_nav()

    def _show_case(self, case_id: str) -> bool:
        from casebook.render.markdown import render_case_html

        try:
            case = self.lib.case(case_id)
            related = self.lib.related(case_id)
        except CasebookError as exc:
            self.statusBar().showMessage(str(exc), 8000)
            return False
        body = render_case_html(case["body"], case["path"])
        self.reader.show_case(case, body, self.lib.taxonomy, self.theme, related,
                              reader_css(self.theme))
        self.setWindowTitle(f"{case['title']} — Casebook")
        return True

    def add_to_collection(self, case_id: str | None = None,
                          ids: list[str] | None = None) -> None:
        """Choose a collection for the cases; collections_ui replaces this."""
        case_id = case_id or self.results.current_id() or (
            self.reader.case["id"] if self.reader.case else None)
        if case_id:
            dialogs.add_to_collection(self, case_id)

    def quick_add(self, case_id: str | None = None, ids: list[str] | None = None) -> None:
        """Add the cases to the last used collection; collections_ui replaces this."""
        self.add_to_collection(case_id, ids)

    def _results_menu(self, pos: Any) -> None:
        index = self.results.indexAt(pos)
        if not index.isValid():
            return
        case_id = index.data(Qt.ItemDataRole.UserRole + 2)
        if case_id is None:  # the "Also matching some of your words" row
            return
        chosen = self.results.selected_ids()
        ids = chosen if case_id in chosen else [case_id]
        menu = QMenu(self)
        menu.addAction("Open", lambda: self.open_case(case_id))
        quick = self.collect_action.text()  # names the last used collection
        menu.addAction(f"{quick}\tCtrl+D", lambda: self.quick_add(None, ids))
        menu.addAction(self.tr("Add to collection…") + "\tCtrl+Shift+D",
                       lambda: self.add_to_collection(None, ids))
        hit = self.results_model.hit(index.row())
        if hit is not None:
            menu.addAction("Open file in editor", lambda: QDesktopServices.openUrl(
                QUrl.fromLocalFile(hit.path)))
        menu.exec(self.results.viewport().mapToGlobal(pos))

    # problems ------------------------------------------------------------------
    def refresh_problems(self) -> None:
        """Read the problems: the table, the status bar and the sidebar's 'Files with
        problems' all show this one reading."""
        try:
            problems = self.lib.problems()
        except CasebookError:
            problems = []
        view = self.problems_view
        view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents if len(problems) <= WRAPPED_PROBLEMS
            else QHeaderView.ResizeMode.Interactive)
        self.problems_model.set_problems(problems, self.lib.folders)
        view.resizeColumnToContents(0)
        view.setColumnWidth(0, min(view.columnWidth(0),
                                   max(120, int(view.viewport().width() * FILE_COLUMN_SHARE))))
        files = len({p.path for p in problems})
        self.problems_button.setText(f"{files} file{'s' if files != 1 else ''} with problems ▸"
                                     if files else "No problems")
        changed = files != self.problem_files
        self.problem_files = files
        self._stats = None  # the case and term counts may have changed with the problems
        if changed and self.result is not None:
            self._rebuild_sidebar(self.result)

    def show_problems(self) -> None:
        self.middle_stack.setCurrentIndex(1)
        self.refresh_problems()
        self.problems_view.setFocus()

    def _open_problem_file(self, index: Any) -> None:
        problem = self.problems_model.problem(index.row())
        if problem is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(problem.path))

    # indexing ------------------------------------------------------------------
    def start_sync(self, rebuild: bool) -> None:
        if self.sync_running:
            self.sync_pending = True
            return
        self.sync_running = True
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.statusBar().showMessage("Checking case folders…")
        self.sync_requested.emit(rebuild)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.statusBar().showMessage(f"Indexing {done:,} of {total:,} files")

    def _sync_done(self) -> None:
        self.sync_running = False
        self.progress.hide()
        self.cancel_button.hide()
        self._watch_folders()
        if self.sync_pending:
            self.sync_pending = False
            self.start_sync(False)
        else:
            self.sync_finished.emit()

    def _on_synced(self, report: Any) -> None:
        self._stats = None
        self.lib.reload_taxonomy()
        self._sync_done()
        missing = self.lib.missing_folders()
        if missing:
            message = f"Case folder not available: {missing[0]} (showing what was indexed)"
        elif self.lib.taxonomy_error:
            message = f"Taxonomy not updated: {self.lib.taxonomy_error}"
        elif report.added or report.changed or report.removed:
            message = report.summary()
        else:
            message = ""
        self.statusBar().showMessage(message, 10_000)
        if report.added or report.changed or report.removed or report.repaired:
            page = self.middle_stack.currentIndex()
            self.run_search()
            self.keep_selection()
            self.middle_stack.setCurrentIndex(page)  # a background sync keeps the open page
            if self.state.case_id:
                self._show_case(self.state.case_id)
        self.refresh_problems()

    def _on_sync_failed(self, message: str) -> None:
        self._sync_done()
        self.statusBar().showMessage(message, 15_000)

    def _watch_folders(self) -> None:
        dirs: list[str] = []
        for folder in self.lib.folders:
            for root, subdirs, _files in os.walk(folder):
                subdirs[:] = [d for d in subdirs if not is_hidden(d)]
                dirs.append(root)
                if len(dirs) > 2000:
                    break
        files = [str(p) for p in self.lib.taxonomy_files()]
        current = set(self.watcher.directories()) | set(self.watcher.files())
        wanted = [p for p in dirs + files if p not in current]
        if wanted:
            self.watcher.addPaths(wanted)

    def open_settings(self) -> None:
        folders = dialogs.settings_dialog(self, self.lib)
        if folders is not None and folders != self.lib.folders:
            self.lib.set_folders(folders)
            self.folders_changed.emit(list(self.lib.folders))
            watched = self.watcher.directories() + self.watcher.files()
            if watched:
                self.watcher.removePaths(watched)
            self.start_sync(False)


def _filters_from(text: str) -> Filters:
    try:
        data = json.loads(text) if text else {}
    except ValueError:
        return Filters()
    if not isinstance(data, dict):
        return Filters()
    terms = {k: [str(x) for x in v] for k, v in data.items() if isinstance(v, list)}
    year_from = data.get("from") if isinstance(data.get("from"), int) else None
    year_to = data.get("to") if isinstance(data.get("to"), int) else None
    return Filters(terms=terms, year_from=year_from, year_to=year_to)


def _esc(text: str) -> str:
    import html

    return html.escape(text)
