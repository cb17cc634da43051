"""Files with problems: the table in the middle pane and its button in the status bar."""

from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHeaderView, QPushButton, QTableView, QWidget

from casebook.errors import CasebookError
from casebook.gui.browse.models import ProblemsModel
from casebook.library import Library

log = logging.getLogger(__name__)
WRAPPED_PROBLEMS = 1000  # rows sized to their wrapped message up to this many problems
FILE_COLUMN_SHARE = 0.3  # of the table's width: the messages need the room


class ProblemsPage(QTableView):
    """One row per problem; Enter or a double click opens the file. `files` counts the
    files with problems at the last refresh (None before the first)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._model = ProblemsModel(self)
        self.setModel(self._model)
        self.setAccessibleName(self.tr("Files with problems"))
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().hide()
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # keeps a name's end
        self.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.doubleClicked.connect(self._open_file)
        self.activated.connect(self._open_file)
        self.button = QPushButton("", parent)
        self.button.setFlat(True)
        self.button.setAccessibleName(self.tr("Show files with problems"))
        self.files: int | None = None

    def refresh(self, lib: Library) -> bool:
        """Read the problems again; True when the number of files with problems changed."""
        try:
            problems = lib.problems()
        except CasebookError as exc:
            log.warning("cannot read the problems: %s", exc)
            problems = []
        self.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents if len(problems) <= WRAPPED_PROBLEMS
            else QHeaderView.ResizeMode.Interactive)
        self._model.set_problems(problems, lib.folders)
        self.resizeColumnToContents(0)
        self.setColumnWidth(0, min(self.columnWidth(0),
                                   max(120, int(self.viewport().width() * FILE_COLUMN_SHARE))))
        files = len({p.path for p in problems})
        if files:
            self.button.setText(self.tr("%Ln file(s) with problems ▸", "", files))
        else:
            self.button.setText(self.tr("No problems"))
        changed = files != self.files
        self.files = files
        return changed

    def _open_file(self, index: QModelIndex) -> None:
        problem = self._model.problem(index.row())
        if problem is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(problem.path))
