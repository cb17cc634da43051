"""The evidence map as the right pane's home page, and the comparison of 2-5 cases."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from casebook.errors import CasebookError
from casebook.evidence.compare import MAX_CASES, MIN_CASES, Comparison
from casebook.evidence.map import EvidenceMap
from casebook.gui import words
from casebook.gui.evidence.compare_view import EXPORTS as COMPARE_EXPORTS
from casebook.gui.evidence.compare_view import ComparePage, PickCases
from casebook.gui.evidence.map_view import EXPORTS, MapPage
from casebook.gui.i18n import QT_TRANSLATE_NOOP, translate
from casebook.gui.shell import Shell

log = logging.getLogger(__name__)
REDRAW_PAUSE_MS = 120
SHORTCUTS = (
    ("Ctrl+M", QT_TRANSLATE_NOOP("Shortcuts", "Show the evidence map (a cell filters the list "
                                              "by its row and column)")),
    ("Ctrl+Shift+B", QT_TRANSLATE_NOOP("Shortcuts", "Compare the selected cases side by side "
                                                    "(2 to 5)")),
)


class EvidenceFeature(QObject):
    """Shows the map whenever no case is open, follows the search and filters, and turns
    a chosen cell into two filters."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.window())
        self.shell = shell
        self.lib = shell.lib
        self.map_page = MapPage(shell.window(), shell.browser.theme)
        pane = shell.right_pane
        pane.add_page(self.map_page, self.tr("Map"),
                      self.tr("The evidence map of the current search (Ctrl+M)"), position=0)
        shell.right.setCurrentWidget(self.map_page)
        self.compare_page = ComparePage(shell.window())
        pane.add_page(self.compare_page, self.tr("Comparison"),
                      self.tr("The cases compared last (Ctrl+Shift+B)"))
        pane.set_tab_visible(self.compare_page, False)
        shell.right.currentChanged.connect(self._page_shown)
        self.compare_page.case_requested.connect(shell.browser.open_case)
        self.compare_page.export_requested.connect(self.export_comparison_dialog)
        self.compare_page.closed.connect(self.close_comparison)
        self.compare_page.wide_button.toggled.connect(self.set_wide)
        self._stale = True
        self._redraw = QTimer(self, singleShot=True, interval=REDRAW_PAUSE_MS)
        self._redraw.timeout.connect(self._refresh_if_stale)
        self.wide = False
        self.scope: tuple[str, list[str]] | None = None  # a collection's name and cases
        self.dialog: PickCases | None = None
        shell.reader.opened.connect(lambda _id: self.show_reader())
        shell.reader.cleared.connect(self.show_map)
        shell.browser.shown.connect(self._results_changed)
        self.map_page.changed.connect(self.refresh)
        self.map_page.cell_chosen.connect(self._cell)
        self.map_page.wide_toggled.connect(self.set_wide)
        self.map_page.export_requested.connect(self.export_dialog)
        m = shell.menus
        self.map_action = m.make(self.tr("Evidence &map"), self.show_map, "Ctrl+M")
        m.prepend(m.view, self.map_action, separator=True)
        self.compare_action = m.make(self.tr("&Compare selected cases"),
                                     self.compare_selected, "Ctrl+Shift+B")
        m.view.insertAction(m.view.actions()[1], self.compare_action)
        for keys, what in SHORTCUTS:
            shell.shortcuts.add(keys, what)

    # the right pane ----------------------------------------------------------------
    def map_shown(self) -> bool:
        return self.shell.right.currentWidget() is self.map_page

    def show_map(self) -> None:
        """View > Evidence map: the map of the current search (a case stays in the reader)."""
        self.shell.right.setCurrentWidget(self.map_page)
        if self._stale:
            self.refresh()

    def _page_shown(self) -> None:
        if self.map_shown() and self._stale:
            self.refresh()
        elif self.shell.right.currentWidget() not in (self.map_page, self.compare_page):
            self.set_wide(False)

    def show_reader(self) -> None:
        self.set_wide(False)
        self.shell.right.setCurrentWidget(self.shell.reader)

    def set_wide(self, on: bool) -> None:
        """The wide view: the map or the comparison takes the list's room too; off again
        gives it back."""
        self.wide = on
        self.shell.stack.setVisible(not on)
        for button in (self.map_page.wide_button, self.compare_page.wide_button):
            if button.isChecked() != on:
                button.blockSignals(True)
                button.setChecked(on)
                button.blockSignals(False)
            button.setText(self.tr("Back to the list") if on else self.tr("Wide view"))

    def set_theme(self, theme: str) -> None:
        self.map_page.set_theme(theme)

    # the map -----------------------------------------------------------------------
    def _results_changed(self) -> None:
        """New results: the map is drawn again once they are on screen and the user has
        paused (the list paints first; ticking several facets in a row redraws the map of
        10,000 cases, a tenth of a second, once)."""
        self._stale = True
        self.scope = None
        if self.map_shown():
            self._redraw.start()

    def _refresh_if_stale(self) -> None:
        if self._stale and self.map_shown() and self.scope is None:
            self.refresh()

    def compute(self) -> EvidenceMap | None:
        """The map of the collection shown, or of the cases the list shows; None while
        the list waits for the current search (its results draw the map when they come)."""
        query, filters, _sort = self.shell.browser.current_search()
        rows, cols = self.map_page.axes()
        if self.scope is not None:
            return self._collection_map(self.scope[1], rows, cols)
        shown = self.shell.browser.result
        if shown is None or (shown.query, shown.filters) != (query, filters):
            return None
        evidence_map: EvidenceMap = self.lib.evidence_map(
            query, filters, rows, cols, self.map_page.min_evidence(), counted=shown.counted)
        return evidence_map

    def refresh(self) -> None:
        """Draw the map again for the search and filters shown now (on this thread: the
        cases come with the search's results, and the core counts them in milliseconds)."""
        query, filters, _sort = self.shell.browser.current_search()
        try:
            evidence_map = self.compute()
        except CasebookError as exc:
            self.shell.status.showMessage(str(exc), 8000)
            return
        if evidence_map is None:
            self._stale = True
            return
        self._stale = False
        self.map_page.model.taxonomy = self.lib.taxonomy
        total = evidence_map.total
        if self.scope is not None:
            scope = self.tr("%Ln case(s) (the collection {0})", "", total).format(
                self.scope[0]) if total else \
                self.tr("No cases (the collection {0})").format(self.scope[0])
        else:
            scope = self.describe_scope(total, query, not filters.is_empty())
        self.map_page.show_map(evidence_map, scope)

    def describe_scope(self, total: int, query: str, filtered: bool) -> str:
        """What the map counts; no case has its own words (pt_BR says 1 and 0 alike)."""
        searched = bool(query.strip()) or filtered
        if not total:
            return self.tr("No cases (the current search and filters)") if searched else \
                self.tr("No cases (the whole library)")
        if searched:
            return self.tr("%Ln case(s) (the current search and filters)", "", total)
        return self.tr("%Ln case(s) (the whole library)", "", total)

    def _cell(self, rows: str, row_id: str, cols: str, col_id: str) -> None:
        """The cell's two terms become filters on the library; on a collection's map the
        collection's cases of the cell are then selected in the list."""
        scope, shown = self.scope, self.map_page.model.map
        cell = shown.cell(row_id, col_id) if scope is not None and shown is not None else None
        self.set_wide(False)
        browser = self.shell.browser
        browser.add_filters([(rows, row_id), (cols, col_id)])
        if scope is not None and cell is not None:
            browser.keep_selection(list(cell.ids))
            self.shell.status.showMessage(self.tr(
                "The list shows the whole library's cases of this cell; the %n of the "
                "collection {0} are selected", "", len(cell.ids)).format(scope[0]), 10_000)

    def export_dialog(self, suffix: str) -> None:
        """Export… > a format: ask where, then write the whole map there."""
        if self.map_page.model.map is None:
            return
        name = EXPORTS.get(suffix, suffix)
        path, _f = QFileDialog.getSaveFileName(
            self.shell.window(), self.tr("Export the evidence map"),
            str(Path.home() / f"evidence-map.{suffix}"),
            self.tr("{0} (*.{1})").format(translate("Export", name), suffix))
        if path:
            self.export_map(Path(path if path.lower().endswith("." + suffix)
                                 else f"{path}.{suffix}"))

    def export_map(self, path: Path) -> bool:
        try:
            self.map_page.export(path)
        except (OSError, ValueError, CasebookError) as exc:
            QMessageBox.warning(self.shell.window(), self.tr("Export the evidence map"),
                                self.tr("Cannot write {0}: {1}").format(path, exc))
            return False
        self.shell.status.showMessage(self.tr("Saved the evidence map to {0}").format(path),
                                      5000)
        return True

    # a collection's map -------------------------------------------------------------
    def map_collection(self, name: str, ids: list[str]) -> None:
        """Map these cases: the collection's own map, until the next search."""
        self.scope = (name, list(ids))
        self.shell.right.setCurrentWidget(self.map_page)
        self.refresh()

    def _collection_map(self, ids: list[str], rows: str, cols: str) -> EvidenceMap:
        return self.lib.evidence_map(rows=rows, cols=cols,
                                     min_evidence=self.map_page.min_evidence(), within=ids)

    # the comparison ----------------------------------------------------------------
    def compare_selected(self) -> None:
        """View > Compare selected cases: the 2-5 cases selected in the list."""
        ids = self.shell.results.selected_ids()
        if not MIN_CASES <= len(ids) <= MAX_CASES:
            self.shell.status.showMessage(self.tr(
                "Select two to five cases to compare (Ctrl+click or Shift+click in the list);"
                " {0} selected").format(len(ids)), 8000)
            return
        self.compare(ids)

    def compare_collection(self, ids: list[str]) -> None:
        """A collection's "Compare these cases": all of them, or the five the user picks."""
        if len(ids) < MIN_CASES:
            self.shell.status.showMessage(self.tr(
                "A comparison needs two to five cases; this collection has {0}").format(
                len(ids)), 8000)
            return
        if len(ids) > MAX_CASES:
            dialog = PickCases(self.shell.window(), [(i, self._title(i)) for i in ids])
            self.dialog = dialog
            if dialog.exec() != PickCases.DialogCode.Accepted:
                return
            ids = dialog.chosen()
        self.compare(ids)

    def compare(self, ids: list[str]) -> bool:
        try:
            comparison: Comparison = self.lib.compare(ids)
        except CasebookError as exc:
            self.shell.status.showMessage(str(exc), 8000)
            return False
        self.set_wide(False)
        self.compare_page.show_comparison(comparison, self._label)
        self.shell.right_pane.set_tab_visible(self.compare_page, True)
        self.shell.right.setCurrentWidget(self.compare_page)
        return True

    def close_comparison(self) -> None:
        self.shell.right_pane.set_tab_visible(self.compare_page, False)
        self.show_map()

    def _title(self, case_id: str) -> str:
        try:
            return str(self.lib.case(case_id)["title"])
        except CasebookError:
            return case_id

    def _label(self, facet: str, value: str) -> str:
        return words.term_label(self.lib.taxonomy, facet, value)

    def export_comparison_dialog(self, suffix: str) -> None:
        if self.compare_page.comparison is None:
            return
        name = COMPARE_EXPORTS.get(suffix, suffix)
        path, _f = QFileDialog.getSaveFileName(
            self.shell.window(), self.tr("Export the comparison"),
            str(Path.home() / f"comparison.{suffix}"),
            self.tr("{0} (*.{1})").format(translate("Export", name), suffix))
        if path:
            self.export_comparison(Path(path if path.lower().endswith("." + suffix)
                                        else f"{path}.{suffix}"))

    def export_comparison(self, path: Path) -> bool:
        """PDF, Word, OpenDocument, HTML or Markdown by the path's suffix, with the cases'
        credits."""
        from casebook.evidence.formats import compare_text

        comparison = self.compare_page.comparison
        assert comparison is not None
        suffix = path.suffix.lower()
        try:
            if suffix == ".pdf":
                from casebook.gui.output import write_pdf

                write_pdf(compare_text(comparison, "html", self._label), path,
                          self.tr("Comparison"))
            elif suffix == ".docx":
                from casebook.exchange.word import comparison_docx

                comparison_docx(comparison, path, self._label)
            elif suffix == ".odt":
                from casebook.gui.odt import write_odt

                write_odt(compare_text(comparison, "html", self._label), path,
                          self.tr("Comparison"))
            else:
                fmt = "html" if suffix in (".html", ".htm") else "markdown"
                path.write_text(compare_text(comparison, fmt, self._label), encoding="utf-8")
        except (OSError, CasebookError) as exc:
            QMessageBox.warning(self.shell.window(), self.tr("Export the comparison"),
                                self.tr("Cannot write {0}: {1}").format(path, exc))
            return False
        self.shell.status.showMessage(self.tr("Saved the comparison to {0}").format(path),
                                      5000)
        return True

    def shutdown(self) -> None:
        pass
