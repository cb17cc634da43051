"""The evidence map as the right pane's home page, and the comparison of 2-5 cases."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from casebook.errors import CasebookError
from casebook.evidence.map import EvidenceMap
from casebook.gui.evidence.map_view import EXPORTS, MapPage, describe_scope
from casebook.gui.shell import Shell

log = logging.getLogger(__name__)
SHORTCUTS = (
    ("Ctrl+M", "Show the evidence map (a cell filters the list by its row and column)"),
)


class EvidenceFeature(QObject):
    """Shows the map whenever no case is open, follows the search and filters, and turns
    a chosen cell into two filters."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.window())
        self.shell = shell
        self.lib = shell.lib
        self.map_page = MapPage(shell.window(), shell.browser.theme)
        shell.right.addWidget(self.map_page)
        shell.right.setCurrentWidget(self.map_page)
        self._stale = True
        self.wide = False
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

    def show_reader(self) -> None:
        self.set_wide(False)
        self.shell.right.setCurrentWidget(self.shell.reader)

    def set_wide(self, on: bool) -> None:
        """The wide view: the map takes the list's room too; off again gives it back."""
        self.wide = on
        self.shell.stack.setVisible(not on)
        button = self.map_page.wide_button
        if button.isChecked() != on:
            button.blockSignals(True)
            button.setChecked(on)
            button.blockSignals(False)
        button.setText(self.tr("Back to the list") if on else self.tr("Wide view"))

    def set_theme(self, theme: str) -> None:
        self.map_page.set_theme(theme)

    # the map -----------------------------------------------------------------------
    def _results_changed(self) -> None:
        self._stale = True
        if self.map_shown():
            self.refresh()

    def compute(self) -> EvidenceMap:
        query, filters, _sort = self.shell.browser.current_search()
        rows, cols = self.map_page.axes()
        evidence_map: EvidenceMap = self.lib.evidence_map(query, filters, rows, cols,
                                                          self.map_page.min_evidence())
        return evidence_map

    def refresh(self) -> None:
        """Draw the map again for the search and filters shown now (on this thread: the
        core takes milliseconds on a library of this app's size)."""
        query, filters, _sort = self.shell.browser.current_search()
        try:
            evidence_map = self.compute()
        except CasebookError as exc:
            self.shell.status.showMessage(str(exc), 8000)
            return
        self._stale = False
        total = evidence_map.total
        scope = describe_scope(total, query, not filters.is_empty())
        self.map_page.show_map(evidence_map, scope)

    def _cell(self, rows: str, row_id: str, cols: str, col_id: str) -> None:
        self.set_wide(False)
        self.shell.browser.add_filters([(rows, row_id), (cols, col_id)])

    def export_dialog(self, suffix: str) -> None:
        """Export… > a format: ask where, then write the whole map there."""
        if self.map_page.model.map is None:
            return
        name = EXPORTS.get(suffix, suffix)
        path, _f = QFileDialog.getSaveFileName(
            self.shell.window(), self.tr("Export the evidence map"),
            str(Path.home() / f"evidence-map.{suffix}"),
            self.tr("{0} (*.{1})").format(self.tr(name), suffix))
        if path:
            self.export_map(Path(path if path.lower().endswith("." + suffix)
                                 else f"{path}.{suffix}"))

    def export_map(self, path: Path) -> bool:
        try:
            self.map_page.export(path)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self.shell.window(), self.tr("Export the evidence map"),
                                self.tr("Cannot write {0}: {1}").format(path, exc))
            return False
        self.shell.status.showMessage(self.tr("Saved the evidence map to {0}").format(path),
                                      5000)
        return True

    def shutdown(self) -> None:
        pass
