"""Files with problems, by kind: the tree in the middle pane and its button in the status bar."""

from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QResizeEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from casebook.errors import CasebookError
from casebook.gui.browse.models import ProblemsModel
from casebook.library import Library

log = logging.getLogger(__name__)
FILE_COLUMN_SHARE = 0.3  # of the tree's width: the messages need the room
MESSAGE_COLUMN = 3
FILES_MEASURED = 2000  # problems whose file names size the file column
OPEN_UP_TO = 50  # every kind is shown opened up to this many problems; closed above


class KindDelegate(QStyledItemDelegate):
    """Rows as high as their text wrapped: a kind's row across the tree's width, a
    problem's message in its column (a tree does not size a wrapped row by itself)."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        if not index.parent().isValid() and index.column() == 0:
            room = self.view.viewport().width() - self.view.indentation() - \
                option.decorationSize.width() - 12
        elif index.parent().isValid() and index.column() == MESSAGE_COLUMN:
            room = self.view.header().sectionSize(MESSAGE_COLUMN) - 8
        else:
            return hint
        rect = option.fontMetrics.boundingRect(QRect(0, 0, max(room, 60), 1 << 20),
                                               Qt.TextFlag.TextWordWrap, str(index.data()))
        return QSize(hint.width(), max(hint.height(), rect.height() + 6))


class ProblemsPage(QTreeView):
    """A row per kind of problem ("missing required field 'level'", with how many files
    and the first of them), opened to a row per problem; Enter or a double click on a
    problem opens its file. `files` counts the files with problems at the last refresh
    (None before the first)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._model = ProblemsModel(self)
        self.setModel(self._model)
        self.setAccessibleName(self.tr("Files with problems"))
        header = self.header()
        header.setStretchLastSection(True)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # keeps a name's end
        self.setSelectionBehavior(QTreeView.SelectionBehavior.SelectRows)
        self.setItemDelegate(KindDelegate(self))
        # wrapped rows take their height again when the columns or the tree change width
        header.sectionResized.connect(lambda *_: self.scheduleDelayedItemsLayout())
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
        self._model.set_problems(problems, lib.folders)
        for row in range(self._model.rowCount()):
            self.setFirstColumnSpanned(row, QModelIndex(), True)
        if len(problems) <= OPEN_UP_TO:
            self.expandAll()
        names = {self._model.shown_path(p.path) for p in problems[:FILES_MEASURED]}
        widest = max((self.fontMetrics().horizontalAdvance(n) for n in names), default=0)
        self.setColumnWidth(0, min(widest + self.indentation() + 16,
                                   max(120, int(self.viewport().width() * FILE_COLUMN_SHARE))))
        files = len({p.path for p in problems})
        if files:
            self.button.setText(self.tr("%Ln file(s) with problems ▸", "", files))
        else:
            self.button.setText(self.tr("No problems"))
        changed = files != self.files
        self.files = files
        return changed

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()

    def _open_file(self, index: QModelIndex) -> None:
        problem = self._model.problem(index)
        if problem is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(problem.path))
