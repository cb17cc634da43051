"""The conflict view: a case changed by the user and by someone else, side by side, with
Keep mine, Take theirs and Edit."""

from __future__ import annotations

import difflib
import logging
import re
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QFont, QFontDatabase, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from casebook.cases.parsing import decode
from casebook.errors import CasebookError, Unreadable
from casebook.exchange.team import conflicts, registry
from casebook.library import Library

log = logging.getLogger(__name__)


_HEADING = re.compile(r"^#{1,6}\s+(.+)$")


def differing(mine: str, theirs: str) -> tuple[list[int], list[int]]:
    """The lines (0-based) of each version that the other does not have."""
    a, b = mine.splitlines(), theirs.splitlines()
    left: list[int] = []
    right: list[int] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op != "equal":
            left += range(i1, i2)
            right += range(j1, j2)
    return left, right


def sections_of(text: str, lines: list[int]) -> list[str]:
    """The headings (or "front matter") under which these lines fall, in order."""
    rows = text.splitlines()
    out: list[str] = []
    current = "front matter" if rows and rows[0].strip() == "---" else "text"
    marks = set(lines)
    for n, row in enumerate(rows):
        match = _HEADING.match(row)
        if match and n not in marks:
            current = match.group(1).strip()
        if n in marks and current not in out:
            out.append(current)
    return out


def _text(data: bytes | None, gone: str) -> str:
    if data is None:
        return gone
    try:
        return decode(data)
    except Unreadable:
        return data.decode("utf-8", "replace")


class ConflictDialog(QDialog):
    """One conflict at a time; `resolved(path)` after each choice, closed after the last."""

    resolved = Signal(str)

    def __init__(self, parent: QWidget, lib: Library, team: str, start: str | None = None):
        super().__init__(parent)
        self.lib = lib
        self.team = registry.get(lib, team)
        self.setWindowTitle(self.tr("Changed by someone else too — {0}").format(self.team.name))
        self.resize(1100, 680)
        self.editing = False
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setObjectName("conflictHeading")
        explain = QLabel(self.tr(
            "You and someone else both changed this case since your last update. Your "
            "version is the one in your library now; nothing is lost. Choose which one to "
            "keep, or edit yours to combine them, then share."), self)
        explain.setWordWrap(True)
        self.differs = QLabel(self)
        self.differs.setWordWrap(True)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.mine = self._pane(mono, self.tr("Your version"))
        self.theirs = self._pane(mono, self.tr("Their version (from the team library)"))
        self.mine_label = QLabel(self.tr("Your version (in your library now)"), self)
        self.theirs_label = QLabel(self.tr("Their version (from the team library)"), self)
        for label in (self.mine_label, self.theirs_label):
            font = QFont(label.font())
            font.setBold(True)
            label.setFont(font)
        split = QSplitter(self)
        for label, pane in ((self.mine_label, self.mine), (self.theirs_label, self.theirs)):
            box = QWidget(split)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(label)
            column.addWidget(pane, 1)
            split.addWidget(box)
        self.keep = QPushButton(self.tr("Keep mine"), self)
        self.keep.setToolTip(self.tr("Keep your version; theirs is set aside"))
        self.take = QPushButton(self.tr("Take theirs"), self)
        self.take.setToolTip(self.tr("Use their version; a copy of yours is kept in the data "
                                     "folder"))
        self.edit = QPushButton(self.tr("Edit"), self)
        self.edit.setToolTip(self.tr("Change your version by hand (copy from theirs), then "
                                     "save it"))
        self.close_button = QPushButton(self.tr("Decide later"), self)
        self.keep.clicked.connect(lambda: self._choose("mine"))
        self.take.clicked.connect(lambda: self._choose("theirs"))
        self.edit.clicked.connect(self._edit)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        for button in (self.edit, self.take, self.keep):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(explain)
        layout.addWidget(self.differs)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.waiting = [c.path for c in registry.conflicts(lib, self.team.name)]
        self.current = start if start in self.waiting else (self.waiting or [""])[0]
        self._show()

    def _pane(self, font: QFont, name: str) -> QPlainTextEdit:
        pane = QPlainTextEdit(self)
        pane.setReadOnly(True)
        pane.setFont(font)
        pane.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        pane.setAccessibleName(name)
        return pane

    def _show(self) -> None:
        if not self.current:
            self.accept()
            return
        conflict = conflicts.find_conflict(self.lib, self.team, self.current)
        path = Path(self.team.path) / conflict.path
        mine = path.read_bytes() if path.is_file() else None
        theirs = conflicts.theirs_bytes(self.lib, self.team, conflict)
        row = self.lib.store.db.execute("SELECT title FROM cases WHERE path = ?",
                                        [str(path)]).fetchone()
        title = row[0] if row else conflict.path
        n, total = self.waiting.index(self.current) + 1, len(self.waiting)
        self.heading.setText(self.tr("<b>{0}</b> — {1} ({2} of {3})").format(
            title, conflict.path, n, total))
        left_text = _text(mine, self.tr("(you deleted this case)"))
        right_text = _text(theirs, self.tr("(they deleted this case)"))
        self.mine.setPlainText(left_text)
        self.theirs.setPlainText(right_text)
        left, right = differing(left_text, right_text)
        self._mark(self.mine, left, QColor(255, 196, 0, 70))
        self._mark(self.theirs, right, QColor(0, 150, 255, 60))
        where = sections_of(left_text, left) or sections_of(right_text, right)
        self.differs.setText(self.tr("The two versions differ in: {0} (highlighted)").format(
            ", ".join(where)) if where else self.tr("The two versions hold the same text."))
        self._set_editing(False)

    def _mark(self, pane: QPlainTextEdit, lines: list[int], color: QColor) -> None:
        """Tint these lines and scroll to the first of them."""
        marks = []
        doc = pane.document()
        for n in lines:
            block = doc.findBlockByNumber(n)
            if not block.isValid():
                continue
            selection = QTextEdit.ExtraSelection()
            selection.format.setBackground(color)
            selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            cursor = QTextCursor(block)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                                QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor  # the whole line, however it wraps
            marks.append(selection)
        pane.setExtraSelections(marks)
        if lines:
            pane.setTextCursor(QTextCursor(doc.findBlockByNumber(lines[0])))
            pane.centerCursor()

    def _set_editing(self, on: bool) -> None:
        self.editing = on
        self.mine.setReadOnly(not on)
        self.mine_label.setText(self.tr("Your version — editing") if on
                                else self.tr("Your version (in your library now)"))
        self.edit.setText(self.tr("Save my edit") if on else self.tr("Edit"))
        self.keep.setEnabled(not on)
        self.take.setEnabled(not on)
        if on:
            self.mine.setFocus()

    def _edit(self) -> None:
        if not self.editing:
            self._set_editing(True)
            return
        self._choose("edit", self.mine.toPlainText().encode("utf-8"))

    def _choose(self, choice: str, text: bytes | None = None) -> None:
        try:
            conflicts.resolve(self.lib, self.team.name, self.current, choice, text)
        except CasebookError as exc:
            log.warning("%s", exc)
            self.heading.setText(str(exc))
            return
        self.resolved.emit(self.current)
        self.waiting.remove(self.current)
        self.current = self.waiting[0] if self.waiting else ""
        self._show()
