"""The collection page of the middle pane: its cases in order, and the note editor."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from casebook.gui.collections.listing import CollectionList, CollectionModel
from casebook.gui.flow import FlowLayout
from casebook.gui.i18n import QT_TRANSLATE_NOOP, translate
from casebook.userdata.collections import Collection, Item

EMPTY = QT_TRANSLATE_NOOP("CollectionPage", "No cases yet. Add cases from the search results "
                          "with Ctrl+D or the right-click menu, with the reader's “Add to "
                          "collection…” button, or drag them here or onto the collection in "
                          "the sidebar.")


def _button(parent: QWidget, text: str, tip: str, name: str) -> QPushButton:
    button = QPushButton(text, parent)
    button.setToolTip(tip)
    button.setAccessibleName(name)
    return button


class CollectionPage(QWidget):
    """Shows one collection; emits what the user asked for, the controller writes it."""

    open_requested = Signal(str)
    case_selected = Signal(str)  # the user moved to this case (not missing) in the list
    move_requested = Signal(str, int)  # case id, new 1-based position
    remove_requested = Signal(str)
    dropped = Signal(list, int)  # case ids, 0-based row
    note_edited = Signal(str, str)
    questions_edited = Signal(str, list)
    describe_requested = Signal()
    export_requested = Signal()
    back_requested = Signal()
    compare_requested = Signal(list)  # the ids of the collection's cases (not missing)
    map_requested = Signal(str, list)  # the collection's name and those ids

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = ""
        self.editing: str | None = None
        self.quiet = False
        # place and years of the listed cases, by id; the controller supplies it
        self.places: Callable[[list[str]], dict[str, str]] = lambda _ids: {}
        self.back = _button(self, self.tr("‹ Results"), self.tr("Back to the search results"),
                            self.tr("Back to results"))
        self.back.setFlat(True)
        self.title = QLabel("", self)
        self.title.setObjectName("collectionTitle")
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title.setFont(font)
        self.title.setAccessibleName(self.tr("Collection name"))
        self.title.setMinimumWidth(40)  # a long name is elided; its tooltip holds it whole
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.describe = _button(self, self.tr("Describe…"),
                                self.tr("Name, purpose, audience and learning objectives"),
                                self.tr("Describe collection"))
        self.export = _button(self, self.tr("Export…"),
                              self.tr("Export as a course pack, HTML or PDF handout, or "
                                      "Markdown folder (Ctrl+Shift+E)"),
                              self.tr("Export collection"))
        self.case_ids: list[str] = []
        self.compare = _button(self, self.tr("Compare these cases"),
                               self.tr("These cases side by side (pick five when there are more)"),
                               self.tr("Compare these cases"))
        self.compare.clicked.connect(lambda: self.compare_requested.emit(list(self.case_ids)))
        self.map = _button(self, self.tr("Map these cases"),
                           self.tr("The evidence map of this collection's cases"),
                           self.tr("Map these cases"))
        self.map.clicked.connect(lambda: self.map_requested.emit(self.name,
                                                                 list(self.case_ids)))
        self.about = QLabel("", self)
        self.about.setAccessibleName(self.tr("Collection description"))
        pal = self.about.palette()  # a quiet one-line summary, in full as a tooltip
        pal.setColor(QPalette.ColorRole.WindowText,
                     pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText))
        self.about.setPalette(pal)
        self.about.setMinimumWidth(40)
        self.description = ""
        self.empty = QLabel(translate("CollectionPage", EMPTY), self)
        self.empty.setWordWrap(True)
        self.model = CollectionModel(self)
        self.list = CollectionList(self)
        self.list.setModel(self.model)
        self.up = _button(self, self.tr("Move up"), self.tr("Move the case up (Ctrl+Up)"),
                          self.tr("Move up"))
        self.down = _button(self, self.tr("Move down"), self.tr("Move the case down (Ctrl+Down)"),
                            self.tr("Move down"))
        self.remove = _button(self, self.tr("Remove"),
                              self.tr("Remove the case from the collection (Delete)"),
                              self.tr("Remove from collection"))
        self.open = _button(self, self.tr("Open"), self.tr("Read the case (Enter)"),
                            self.tr("Open case"))
        self.editor_title = QLabel("", self)
        self.editor_title.setWordWrap(True)
        self.note = QPlainTextEdit(self)
        self.note.setAccessibleName(self.tr("Trainer's note"))
        self.note.setPlaceholderText(self.tr("What to draw out of this case, timing, hand-outs…"))
        self.questions = QPlainTextEdit(self)
        self.questions.setAccessibleName(self.tr("Discussion questions, one per line"))
        self.questions.setPlaceholderText(self.tr("One question per line"))
        self.saved = QLabel("", self)
        self.saved.setAccessibleName(self.tr("Save state"))
        self._layout()
        self.timer = QTimer(self, singleShot=True, interval=600)
        self.timer.timeout.connect(self.flush)
        for edit in (self.note, self.questions):
            edit.setTabChangesFocus(True)
            edit.textChanged.connect(self._typed)
        self.list.activated.connect(self._open_index)
        self.list.move_requested.connect(self._move)
        self.list.remove_requested.connect(self._remove)
        self.model.dropped.connect(self.dropped)
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.remove.clicked.connect(self._remove)
        self.open.clicked.connect(lambda: self._open_index(self.list.currentIndex()))
        self.describe.clicked.connect(self.describe_requested)
        self.export.clicked.connect(self.export_requested)
        self.back.clicked.connect(self.back_requested)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._current_changed())
        self.list.selectionModel().currentChanged.connect(lambda *_: self._picked())
        self._current_changed()

    def _layout(self) -> None:
        head = QHBoxLayout()
        head.addWidget(self.back)
        head.addWidget(self.title, 1)
        moves = FlowLayout()  # rows that wrap at large text sizes
        for w in (self.up, self.down, self.remove, self.open):
            moves.add(w)
        whole = FlowLayout()  # the whole collection: its description, exports and views
        for w in (self.describe, self.export, self.compare, self.map):
            whole.add(w)
        top = QWidget(self)
        tl = QVBoxLayout(top)
        tl.setContentsMargins(8, 4, 8, 4)
        tl.addLayout(head)
        tl.addLayout(whole)
        tl.addWidget(self.about)
        tl.addWidget(self.empty)
        tl.addWidget(self.list, 1)
        tl.addLayout(moves)
        bottom = QWidget(self)
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(8, 4, 8, 8)
        note_label = QLabel(self.tr("Trainer's &note:"), bottom)
        note_label.setBuddy(self.note)
        q_label = QLabel(self.tr("Discussion &questions (one per line):"), bottom)
        q_label.setBuddy(self.questions)
        q_label.setWordWrap(True)
        for part in (self.editor_title, note_label, self.note, q_label, self.questions,
                     self.saved):
            bl.addWidget(part)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setChildrenCollapsible(False)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([600, 320])  # the list gets the room; the editors need a few lines
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    # showing -------------------------------------------------------------------
    def show_collection(self, collection: Collection, select: str | None = None) -> None:
        """Show (or refresh) a collection, keeping the chosen or current case selected."""
        if self.name == collection.name and select is None:
            current = self.current_item()
            select = current.id if current else None
        self.flush()
        self.editing = None
        self.name = collection.name
        self.set_title(collection.name)
        self.description = collection.description or self.tr(
            "No description yet: Describe… adds the purpose, audience and objectives.")
        self.about.setToolTip(collection.description)
        self._elide()
        self.case_ids = [it.id for it in collection.items if not it.missing]
        self.compare.setEnabled(len(self.case_ids) >= 2)
        self.map.setEnabled(bool(self.case_ids))
        self.model.set_items(collection.items, self.places(
            [it.id for it in collection.items if not it.missing]))
        self.empty.setVisible(not collection.items)
        row = self.model.row_of(select) if select else -1
        if collection.items:
            self.quiet = True  # only the user's own moves show a case in the reader
            try:
                self.list.setCurrentIndex(self.model.index(max(row, 0), 0))
            finally:
                self.quiet = False
        self._current_changed()

    def set_title(self, name: str) -> None:
        self.title.setToolTip(name)
        self._elide()

    def _elide(self) -> None:
        self.title.setText(self.title.fontMetrics().elidedText(
            self.title.toolTip(), Qt.TextElideMode.ElideRight, max(80, self.title.width())))
        summary = " · ".join(line.strip() for line in self.description.split("\n")
                             if line.strip())
        self.about.setText(self.about.fontMetrics().elidedText(
            summary, Qt.TextElideMode.ElideRight, max(40, self.about.width())))

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._elide()

    def _picked(self) -> None:
        it = self.current_item()
        if not self.quiet and it is not None and not it.missing:
            self.case_selected.emit(it.id)

    def current_item(self) -> Item | None:
        row = self.list.currentIndex().row()
        return self.model.items[row] if 0 <= row < len(self.model.items) else None

    def _current_changed(self) -> None:
        self.flush()
        it = self.current_item()
        self.editing = None
        for edit in (self.note, self.questions):
            edit.blockSignals(True)
        self.note.setPlainText(it.note if it else "")
        self.questions.setPlainText("\n".join(it.questions) if it else "")
        for edit in (self.note, self.questions):
            edit.blockSignals(False)
            edit.setEnabled(it is not None)
        for b in (self.up, self.down, self.remove, self.open):
            b.setEnabled(it is not None)
        if it is not None:
            row = self.model.row_of(it.id)
            self.up.setEnabled(row > 0)
            self.down.setEnabled(row < len(self.model.items) - 1)
            self.open.setEnabled(not it.missing)
        self.editor_title.setText(self.tr("Notes for {0}").format(f"<b>{_esc(it.title)}</b>")
                                  if it else
                                  self.tr("Choose a case to write its note and questions."))
        self.saved.clear()
        self.editing = it.id if it else None

    # editing -------------------------------------------------------------------
    def _typed(self) -> None:
        self.saved.setText(self.tr("Editing…"))
        self.timer.start()

    def flush(self) -> None:
        """Report note and question edits not yet saved."""
        self.timer.stop()
        row = self.model.row_of(self.editing) if self.editing else -1
        if row < 0 or not self.name:  # nothing chosen, or the collection is gone
            return
        it = self.model.items[row]
        note = self.note.toPlainText().strip()
        questions = [q.strip() for q in self.questions.toPlainText().split("\n") if q.strip()]
        if self.saved.text():
            self.saved.setText(self.tr("Saved"))  # the controller says otherwise if the write fails
        if note != it.note:
            it.note = note
            self.note_edited.emit(it.id, note)
        if questions != it.questions:
            it.questions = questions
            self.questions_edited.emit(it.id, questions)
        self.model.touch(row)

    def _move(self, delta: int) -> None:
        it = self.current_item()
        if it is None:
            return
        target = self.model.row_of(it.id) + delta
        if 0 <= target < len(self.model.items):
            self.flush()
            self.move_requested.emit(it.id, target + 1)

    def _remove(self) -> None:
        it = self.current_item()
        if it is not None:
            self.flush()
            self.remove_requested.emit(it.id)

    def _open_index(self, index: QModelIndex) -> None:
        row = index.row()
        if 0 <= row < len(self.model.items):
            self.open_requested.emit(self.model.items[row].id)


def _esc(text: str) -> str:
    import html

    return html.escape(text)
