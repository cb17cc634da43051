"""Browsing: the query, filters and sort, the case being read, Back and Forward, and the
sidebar's counts; it drives the widgets the window lays out."""

from __future__ import annotations

import copy
import logging
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMainWindow,
    QStackedWidget,
    QStatusBar,
    QToolButton,
)

from casebook.cases.model import Filters, SearchResult, SyncReport
from casebook.errors import CasebookError
from casebook.gui.browse.history import History, State
from casebook.gui.browse.pane import ResultsPane
from casebook.gui.browse.problems import ProblemsPage
from casebook.gui.browse.search import Reselect, SearchController
from casebook.gui.browse.sidebar import Sidebar
from casebook.gui.read.reader import Reader
from casebook.gui.theme import reader_css
from casebook.gui.workers import SearchWorker
from casebook.library import Library

log = logging.getLogger(__name__)
RESULTS, PROBLEMS = 0, 1  # the first pages of the middle pane; features add theirs


@dataclass
class BrowseWidgets:
    """The widgets browsing drives; the window makes and places them."""

    window: QMainWindow
    search: QLineEdit
    count_label: QLabel
    back_button: QToolButton
    forward_button: QToolButton
    sidebar: Sidebar
    stack: QStackedWidget
    pane: ResultsPane
    problems: ProblemsPage
    reader: Reader
    status: QStatusBar


class Browser(QObject):
    """`shown` after each search result is on screen."""

    shown = Signal()

    def __init__(self, parent: QObject, lib: Library, w: BrowseWidgets,
                 searcher: SearchWorker) -> None:
        super().__init__(parent)
        self.lib = lib
        self.w = w
        self.theme = "light"
        self.state = State()
        self.sort = "relevance"
        self.history = History()
        self._facets_query: str | None = None
        self._stats: tuple[int, int, dict[str, dict[str, int]]] | None = None
        self._counted_once = False  # the library's terms are first counted after a paint
        self.search_error = ""  # the failed search's reason, while the status bar shows it
        self.searching = SearchController(self, searcher)
        self.searching.shown.connect(self._on_results)
        self.searching.failed.connect(self._on_failed)
        self.searching.due.connect(self.run_search)
        w.back_button.clicked.connect(self.go_back)
        w.forward_button.clicked.connect(self.go_forward)
        w.search.textEdited.connect(lambda _t: self.searching.schedule())
        w.search.returnPressed.connect(self.search_now)
        w.search.installEventFilter(self)
        w.sidebar.toggled.connect(self.toggle_filter)
        w.sidebar.entry_clicked.connect(self._sidebar_entry)
        w.sidebar.years_changed.connect(self._years)
        w.pane.query_chosen.connect(self.set_query)
        w.pane.chips.removed.connect(self._remove_chip)
        w.pane.chips.cleared.connect(self.clear_filters)
        w.pane.sort_box.currentIndexChanged.connect(self._sort_changed)
        self.results = w.pane.view
        self.results.activated_case.connect(self.open_case)
        self.results.picked.connect(self.show_selected)
        self.results.verticalScrollBar().valueChanged.connect(self._maybe_more)
        w.problems.button.clicked.connect(self.show_problems)
        w.reader.filter_requested.connect(lambda f, k: self.toggle_filter(f, k, True))
        w.reader.case_requested.connect(self.open_case)

    @property
    def result(self) -> SearchResult | None:
        """The search result shown (an empty one after a failed search)."""
        return self.searching.result

    def restore(self, query: str, filters: Filters, sort: str) -> None:
        """Where the last session left off, shown once `start` searches."""
        self.sort = sort
        self.w.pane.set_sort(sort)
        self.state = State(query, filters, None)
        self.w.search.setText(query)
        self.w.sidebar.set_years(filters.year_from, filters.year_to)

    def start(self) -> None:
        self.push_history()
        self.run_search()
        self.refresh_problems()

    # searching ---------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        """Down in the search field goes into the results."""
        results, model = self.results, self.w.pane.model
        if (obj is self.w.search and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down
                and model.rowCount()):
            results.setFocus()
            if not results.selectionModel().hasSelection():  # pick the case at the focus
                index = results.currentIndex()
                results.setCurrentIndex(index if index.isValid() else model.index(0, 0))
            return True
        return False

    def search_now(self) -> None:
        self.run_search()
        self.push_history()

    def set_query(self, text: str) -> None:
        self.w.search.setText(text)
        self.search_now()

    def run_search(self) -> None:
        self.state.query = self.w.search.text()
        self.w.stack.setCurrentIndex(RESULTS)
        self.searching.run(self.state.query, self.state.filters, self.sort)

    def current_search(self) -> tuple[str, Filters, str]:
        """The query typed, the filters and the sort."""
        return self.w.search.text(), self.state.filters, self.sort

    def apply_search(self, query: str, filters: Filters, sort: str) -> None:
        """Search for these, as a step of its own (a saved search)."""
        self.state.filters = copy.deepcopy(filters)
        self.sort = sort
        self.w.pane.set_sort(sort)
        self.w.sidebar.set_years(filters.year_from, filters.year_to)
        self.w.search.setText(query)
        self.run_search()
        self.push_history()

    def show_results(self) -> None:
        self.w.stack.setCurrentIndex(RESULTS)
        self.results.setFocus()

    def _on_results(self, result: SearchResult, reselect: Reselect | None) -> None:
        status = self.w.status
        if self.search_error and status.currentMessage() == self.search_error:
            status.clearMessage()
        self.search_error = ""
        self.w.pane.show_result(result, self.state.filters, self.state.query, self.theme,
                                reselect)
        self.w.count_label.setText(self.w.pane.count_text(result))
        self._rebuild_sidebar(result)
        self.shown.emit()

    def _on_failed(self, message: str) -> None:
        self.w.pane.clear()
        self.w.count_label.setText(self.tr("No results"))
        self.refresh_sidebar()
        self.search_error = message[:1].upper() + message[1:]
        self.w.status.showMessage(self.search_error, 10_000)

    def _sort_changed(self) -> None:
        self.sort = self.w.pane.sort_box.currentData()
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
        self.searching.keep(Reselect(ids, current, at))

    def _maybe_more(self, value: int) -> None:
        if value >= self.results.verticalScrollBar().maximum():
            self.searching.more(Reselect(self.results.selected_ids(),
                                         self.results.current_id(), value))

    # the sidebar -------------------------------------------------------------------------
    def library_stats(self) -> tuple[int, int, dict[str, dict[str, int]] | None]:
        """Case count, files with problems and every term in use; kept until the next sync.
        The terms in use wait for the first results to be painted (counting them reads the
        whole library's tags): None until then, and the sidebar is rebuilt with them."""
        if self._stats is None:
            if self.w.problems.files is None:
                self.refresh_problems()
            try:
                total, files = self.lib.store.count_families(), self.w.problems.files or 0
                if not self._counted_once:
                    self._counted_once = True
                    QTimer.singleShot(0, self._count_terms)
                    return total, files, None
                self._stats = (total, files, self.lib.term_counts())
            except CasebookError as exc:
                log.warning("cannot count the library: %s", exc)
                return 0, 0, {}
        return self._stats

    def _count_terms(self) -> None:
        self._stats = None
        self.refresh_sidebar()

    def refresh_sidebar(self) -> None:
        if self.result is not None:
            self._rebuild_sidebar(self.result)

    def _rebuild_sidebar(self, result: SearchResult) -> None:
        sidebar = self.w.sidebar
        total, problem_files, known = self.library_stats()
        try:
            collections = sidebar.entries.sidebar_collections()
            saved = sidebar.entries.saved_names()
        except CasebookError as exc:
            log.warning("cannot list collections and saved searches: %s", exc)
            collections, saved = [], []
        resort = result.query != self._facets_query  # a new search; ticks keep the order
        self._facets_query = result.query
        sidebar.rebuild(result.facets, self.state.filters, self.lib.taxonomy, total,
                        problem_files, collections, saved, known=known, resort=resort)
        starts = [h.year_start for h in result.hits if h.year_start]
        ongoing = any(h.year_start and not h.year_end for h in result.hits)
        ends = [h.year_end or h.year_start for h in result.hits if h.year_start]
        sidebar.set_year_span(min(starts, default=None),
                              None if ongoing else max(ends, default=None))

    def _sidebar_entry(self, kind: str, key: str) -> None:
        if kind == "library" and key == "all":
            self.w.search.clear()
            self.clear_filters()
        elif kind == "library" and key == "problems":
            self.show_problems()

    # filters -----------------------------------------------------------------------------
    def toggle_filter(self, facet: str, key: str, on: bool) -> None:
        values = self.state.filters.terms.setdefault(facet, [])
        if on and key not in values:
            values.append(key)
        elif not on and key in values:
            values.remove(key)
        self.run_search()
        self.push_history()

    def add_filters(self, pairs: list[tuple[str, str]]) -> None:
        """Filter by all these (facet, term) at once, as one step (a map cell)."""
        for facet, key in pairs:
            values = self.state.filters.terms.setdefault(facet, [])
            if key not in values:
                values.append(key)
        self.run_search()
        self.push_history()

    def clear_filters(self) -> None:
        self.state.filters = Filters()
        self.w.sidebar.set_years(None, None)
        self.run_search()
        self.push_history()

    def _remove_chip(self, facet: str, key: str) -> None:
        if facet != "years":
            self.toggle_filter(facet, key, False)
            return
        self.state.filters.year_from = self.state.filters.year_to = None
        self.w.sidebar.set_years(None, None)
        self.run_search()
        self.push_history()

    def _years(self, a: int | None, b: int | None) -> None:
        self.state.filters.year_from, self.state.filters.year_to = a, b
        self.searching.schedule()

    # history -----------------------------------------------------------------------------
    def push_history(self) -> None:
        if self.history.push(self.state):
            self._update_nav()

    def _update_nav(self) -> None:
        self.w.back_button.setEnabled(self.history.can_go_back())
        self.w.forward_button.setEnabled(self.history.can_go_forward())

    def go_back(self) -> None:
        step = self.history.back()
        if step is not None:
            self._apply(step)

    def go_forward(self) -> None:
        step = self.history.forward()
        if step is not None:
            self._apply(step)

    def _apply(self, step: State) -> None:
        self.state = step
        self.w.search.setText(step.query)
        self.w.sidebar.set_years(step.filters.year_from, step.filters.year_to)
        self.run_search()
        self.keep_selection([step.case_id] if step.case_id else [])
        if step.case_id:
            self.show_case(step.case_id)
        else:
            self.w.reader.clear()
        self._update_nav()

    # reading -----------------------------------------------------------------------------
    def open_case(self, case_id: str) -> None:
        """Open a case as a step of its own (Enter, a related-case link); the list follows."""
        if self.show_case(case_id):
            self.state.case_id = case_id
            self.push_history()
            if case_id not in self.results.selected_ids():
                self.results.select_ids([case_id])

    def show_selected(self, case_id: str) -> None:
        """Show the case selected in a list; browsing a list replaces the history step."""
        if self.show_case(case_id):
            self.state.case_id = case_id
            self.history.browse(self.state)
            self._update_nav()

    def show_case(self, case_id: str) -> bool:
        """Draw the case in the reader; False (said in the status bar) when it cannot be read."""
        from casebook.render.markdown import render_case_html

        try:
            case = self.lib.case(case_id)
            related = self.lib.related(case_id)
        except CasebookError as exc:
            self.w.status.showMessage(str(exc), 8000)
            return False
        body = render_case_html(case["body"], case["path"])
        self.w.reader.show_case(case, body, self.lib.taxonomy, self.theme, related,
                                reader_css(self.theme))
        self.w.window.setWindowTitle(self.tr("{0} — Casebook").format(case["title"]))
        return True

    def redraw(self, theme: str) -> None:
        """Draw the list and the case again in another theme."""
        self.theme = theme
        self.results.delegate.theme = theme
        self.results.delegate.clear_cache()
        self.results.viewport().update()
        self.w.pane.set_theme(theme)
        if self.state.case_id:
            self.show_case(self.state.case_id)

    # problems and indexing ---------------------------------------------------------------
    def refresh_problems(self) -> None:
        """Read the problems: the table, the status bar and the sidebar's 'Files with
        problems' all show this one reading."""
        changed = self.w.problems.refresh(self.lib)
        self._stats = None  # the case and term counts may have changed with the problems
        if changed:
            self.refresh_sidebar()

    def show_problems(self) -> None:
        self.w.stack.setCurrentIndex(PROBLEMS)
        self.refresh_problems()
        self.w.problems.setFocus()

    def synced(self, report: SyncReport) -> None:
        """A sync is done: show what changed, on the page the user is on."""
        self._stats = None
        if report.added or report.changed or report.removed or report.repaired:
            page = self.w.stack.currentIndex()
            self.run_search()
            self.keep_selection()
            self.w.stack.setCurrentIndex(page)  # a background sync keeps the open page
            if self.state.case_id:
                self.show_case(self.state.case_id)
        self.refresh_problems()
