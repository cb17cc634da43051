"""Tag editing: the dialog with its term picker, the diff preview, and the worker that saves."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QKeySequence,
    QPalette,
    QShortcut,
    QSyntaxHighlighter,
    QTextCharFormat,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casebook.authoring.tag_write import TagWrite
from casebook.authoring.tags import case_tags, find_terms, plan_write
from casebook.errors import CasebookError
from casebook.facets import TAG_FACETS
from casebook.gui import words
from casebook.gui.i18n import QT_TRANSLATE_NOOP, translate
from casebook.gui.theme import error_style, mark_colour
from casebook.library import Library

ROLE = Qt.ItemDataRole.UserRole
HELP = QT_TRANSLATE_NOOP("TagDialog", "Tags from the file are plain. ✎ marks tags you changed "
                         "here: they are kept in your library (search and filters use them at "
                         "once) until you write them into the file.")


class DiffHighlighter(QSyntaxHighlighter):
    """Removed lines red, added lines green, hunk headers grey."""

    def highlightBlock(self, text: str) -> None:
        kinds = {"+": "added", "-": "error", "@": "muted"}
        if text[:1] in kinds and not text.startswith(("+++", "---")):
            fmt = QTextCharFormat()
            fmt.setForeground(QColor(mark_colour(kinds[text[0]])))
            if text[0] != "@":
                fmt.setFontWeight(QFont.Weight.Bold)
            self.setFormat(0, len(text), fmt)


class DiffDialog(QDialog):
    """Shows exactly what writing the tags changes; writes nothing itself."""

    def __init__(self, parent: QWidget, plan: TagWrite) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Write tags into the file"))
        label = QLabel(self.tr("Only these lines of {0} change; every other byte stays as it "
                               "is. Lines starting with - go, lines with + come.")
                       .format(f"<b>{_esc(plan.path)}</b>"), self)
        label.setWordWrap(True)
        self.text = QPlainTextEdit(plan.diff, self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Changes to the file"))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.highlighter = DiffHighlighter(self.text.document())
        box = QDialogButtonBox(self)
        self.write_button = box.addButton(self.tr("Write to file"),
                                          QDialogButtonBox.ButtonRole.AcceptRole)
        box.addButton(QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.text, 1)
        layout.addWidget(box)
        self.resize(720, 360)


class TagDialog(QDialog):
    """The tags of one case, apart by source, with a picker to add terms."""

    edit_requested = Signal(str, object, object)
    write_requested = Signal(object)

    def __init__(self, parent: QWidget, lib: Library, case_id: str, title: str) -> None:
        super().__init__(parent)
        self.lib = lib
        self.case_id = case_id
        self.diff_dialog: DiffDialog | None = None
        self.setWindowTitle(self.tr("Tags — {0}").format(title))
        heading = QLabel(f"<b>{_esc(title)}</b>", self)
        help_text = QLabel(translate("TagDialog", HELP), self)
        help_text.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Tag"), self.tr("Where it comes from")])
        self.tree.setAccessibleName(self.tr("Tags of this case"))
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnWidth(0, 260)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setToolTip(self.tr("Remove the selected tag (Delete); restore a "
                                              "removed one"))
        self.remove_button.clicked.connect(self.remove_current)
        QShortcut(QKeySequence.StandardKey.Delete, self.tree, self.remove_current)
        self.facet_box = QComboBox(self)
        self.facet_box.setAccessibleName(self.tr("Facet to add to"))
        for facet in TAG_FACETS:
            self.facet_box.addItem(words.heading(facet), facet)
        self.facet_box.currentIndexChanged.connect(lambda _i: self.search())
        self.picker = QLineEdit(self)
        self.picker.setPlaceholderText(self.tr("Type to find a term: label, alias or "
                                               "description words"))
        self.picker.setAccessibleName(self.tr("Find a term to add"))
        self.picker.setClearButtonEnabled(True)
        self.picker.textChanged.connect(lambda _t: self.search())
        self.picker.returnPressed.connect(self.add_current)
        self.picker.installEventFilter(self)
        self.matches = QListWidget(self)
        self.matches.setAccessibleName(self.tr("Matching terms"))
        self.matches.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matches.itemActivated.connect(lambda _i: self.add_current())
        self.matches.currentItemChanged.connect(lambda *_: self._describe())
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.clicked.connect(self.add_current)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Tag editing status"))
        self.write_button = QPushButton(self.tr("Write tags into the file…"), self)
        self.write_button.setToolTip(self.tr("Preview the change to the case file, then write it"))
        self.write_button.clicked.connect(self.preview_write)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        for button in (self.remove_button, self.add_button, self.write_button, close):
            button.setAutoDefault(False)  # Enter in the picker adds; it never closes
        self._build_layout(heading, help_text, close)
        self.reload()
        self.search()
        self.picker.setFocus()

    def _build_layout(self, heading: QLabel, help_text: QLabel, close: QPushButton) -> None:
        tags_row = QHBoxLayout()
        tags_row.addStretch(1)
        tags_row.addWidget(self.remove_button)
        pick_row = QHBoxLayout()
        pick_row.addWidget(QLabel(self.tr("Add to"), self))
        pick_row.addWidget(self.facet_box)
        pick_row.addWidget(self.picker, 1)
        pick_row.addWidget(self.add_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.write_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(help_text)
        layout.addWidget(self.tree, 2)
        layout.addLayout(tags_row)
        layout.addLayout(pick_row)
        layout.addWidget(self.matches, 2)
        layout.addWidget(self.detail)
        layout.addWidget(self.status)
        layout.addLayout(bottom)
        self.resize(640, 640)

    # the case's tags -------------------------------------------------------------
    def reload(self) -> None:
        try:
            self.state = case_tags(self.lib, self.case_id)
        except CasebookError as exc:
            self.state = {}
            self.set_status(str(exc), error=True)
        current = self.tree.currentItem()
        keep = current.data(0, ROLE) if current else None
        self.tree.clear()
        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for facet, state in self.state.items():
            head = QTreeWidgetItem(self.tree, [words.heading(facet), ""])
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            rows = [(t, "file") for t in state.file if t not in state.removed]
            rows += [(t, "added") for t in state.added if t not in state.file]
            rows += [(t, "removed") for t in state.removed if t in state.file]
            if not rows:
                none = QTreeWidgetItem(head, ["    " + self.tr("(none)"), ""])
                none.setFlags(Qt.ItemFlag.NoItemFlags)
            for term, kind in rows:
                label = words.term_label(self.lib.taxonomy, facet, term)
                known = self.lib.taxonomy.term(facet, term) is not None
                where = {"file": self.tr("in the file"), "added": self.tr("✎ added by you"),
                         "removed": self.tr("✎ removed by you (Remove again to restore)")}[kind]
                if not known:
                    where += self.tr(" · free tag, not in the taxonomy")
                text = f"    {label}" + (" ✎" if kind != "file" else "")
                item = QTreeWidgetItem(head, [text, where])
                item.setData(0, ROLE, (facet, term, kind))
                item.setToolTip(0, term)
                if kind == "removed":
                    font = item.font(0)
                    font.setStrikeOut(True)
                    item.setFont(0, font)
                    item.setForeground(0, grey)
                if (facet, term, kind) == keep or (keep and keep[:2] == (facet, term)):
                    self.tree.setCurrentItem(item)
        self.tree.expandAll()
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self.tree.currentItem()
        data = item.data(0, ROLE) if item else None
        self.remove_button.setEnabled(bool(data))
        self.remove_button.setText(self.tr("Restore") if data and data[2] == "removed"
                                   else self.tr("Remove"))
        changed = any(s.added or s.removed for s in self.state.values())
        self.write_button.setEnabled(changed)

    def remove_current(self) -> None:
        item = self.tree.currentItem()
        data = item.data(0, ROLE) if item else None
        if not data:
            return
        facet, term, kind = data
        spec = f"{facet}:{term}"
        self._request([spec] if kind == "removed" else [], [] if kind == "removed" else [spec])

    # the picker ------------------------------------------------------------------
    def search(self) -> None:
        facet = self.facet_box.currentData()
        text = self.picker.text().strip()
        have = set(self.state[facet].effective) if facet in self.state else set()
        self.matches.clear()
        terms = find_terms(self.lib.taxonomy, facet, text)
        for term in terms:
            label = words.term_label(self.lib.taxonomy, facet, term.id)
            item = QListWidgetItem(label + (self.tr("   ✓ already tagged")
                                            if term.id in have else ""), self.matches)
            item.setData(ROLE, term.id)
            item.setToolTip(words.term_description(self.lib.taxonomy, facet, term.id))
            if term.id in have:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
        if text and self.lib.taxonomy.match(facet, text) is None:
            free = QListWidgetItem(self.tr("Add “{0}” as a free tag (not in the taxonomy)")
                                   .format(text), self.matches)
            free.setData(ROLE, "\0" + text)
        for row in range(self.matches.count()):
            if self.matches.item(row).flags() & Qt.ItemFlag.ItemIsEnabled:
                self.matches.setCurrentRow(row)
                break
        self._describe()

    def _describe(self) -> None:
        item = self.matches.currentItem()
        value = item.data(ROLE) if item else None
        self.add_button.setEnabled(bool(value) and self.matches.isEnabled())
        term = self.lib.taxonomy.term(self.facet_box.currentData(), value) if value else None
        if term is None:
            self.detail.setText(self.tr("A free tag is kept as you typed it; prefer a taxonomy "
                                        "term so others find the case.") if value else "")
            return
        facet, taxonomy = self.facet_box.currentData(), self.lib.taxonomy
        names = words.term_aliases(taxonomy, facet, term.id)
        aliases = "<br><i>" + _esc(self.tr("Also called: {0}").format(
            ", ".join(names))) + "</i>" if names else ""
        label = words.term_label(taxonomy, facet, term.id)
        about = words.term_description(taxonomy, facet, term.id)
        self.detail.setText(f"<b>{_esc(label)}</b> — {_esc(about)}{aliases}")

    def eventFilter(self, obj: Any, event: Any) -> bool:
        from PySide6.QtCore import QEvent

        if obj is self.picker and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.matches.count():
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            row = self.matches.currentRow() + step
            if 0 <= row < self.matches.count():
                self.matches.setCurrentRow(row)
            return True
        return super().eventFilter(obj, event)

    def add_current(self) -> None:
        item = self.matches.currentItem()
        value = item.data(ROLE) if item else None
        if not value or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return
        self._request([f"{self.facet_box.currentData()}:{value.lstrip(chr(0))}"], [])

    # saving ------------------------------------------------------------------------
    def _request(self, add: list[str], remove: list[str]) -> None:
        self.set_busy(True)
        self.set_status(self.tr("Saving…"))
        self.edit_requested.emit(self.case_id, add, remove)

    def set_busy(self, busy: bool) -> None:
        for w in (self.tree, self.remove_button, self.picker, self.matches, self.add_button,
                  self.facet_box, self.write_button):
            w.setEnabled(not busy)
        if not busy:
            self._update_buttons()

    def set_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(error_style() if error else "")

    def saved(self, changes: list[Any]) -> None:
        self.set_busy(False)
        self.reload()
        warnings = [c.warning for c in changes if c.warning]
        self.set_status(" ".join(warnings) if warnings else
                        self.tr("Saved in your library; the case is re-indexed.") if changes
                        else self.tr("Written into the file."))
        self.picker.clear()
        self.picker.setFocus()

    def failed(self, message: str) -> None:
        self.set_busy(False)
        self.reload()
        self.set_status(message, error=True)

    def preview_write(self) -> None:
        try:
            plan = plan_write(self.lib, self.case_id)
        except CasebookError as exc:
            self.set_status(str(exc), error=True)
            return
        if not plan.changed:
            self.set_status(self.tr("The file already has these tags."))
            if plan.user_tags:
                self.set_busy(True)
                self.write_requested.emit(plan)
            return
        self.diff_dialog = DiffDialog(self, plan)
        self.diff_dialog.accepted.connect(lambda: self._confirmed(plan))
        self.diff_dialog.open()

    def _confirmed(self, plan: TagWrite) -> None:
        self.set_busy(True)
        self.set_status(self.tr("Writing…"))
        self.write_requested.emit(plan)


def _esc(text: str) -> str:
    import html

    return html.escape(text)
