"""Small collection dialogs: choose a collection, name one, describe one (all non-blocking)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebook.errors import CasebookError
from casebook.gui.theme import error_style

NameRole = Qt.ItemDataRole.UserRole + 10
PARTS = (("purpose", "Purpose"), ("audience", "Audience"),
         ("objectives", "Learning objectives"))
_HEADING = re.compile(r"^(Purpose|Audience|Learning objectives):[ \t]*", re.MULTILINE)


def compose_description(purpose: str, audience: str, objectives: str) -> str:
    """One description text with labelled parts (the core keeps a single text)."""
    values = (purpose, audience, objectives)
    out = []
    for (_key, label), value in zip(PARTS, values, strict=True):
        text = value.strip()
        if text:
            out.append(f"{label}:\n{text}" if "\n" in text else f"{label}: {text}")
    return "\n\n".join(out)


def parse_description(text: str) -> dict[str, str]:
    """The inverse of compose_description; unlabelled text counts as the purpose."""
    parts = {key: "" for key, _ in PARTS}
    keys = {label: key for key, label in PARTS}
    marks = list(_HEADING.finditer(text))
    head = text[:marks[0].start()] if marks else text
    if head.strip():
        parts["purpose"] = head.strip()
    for n, mark in enumerate(marks):
        end = marks[n + 1].start() if n + 1 < len(marks) else len(text)
        value = text[mark.end():end].strip()
        key = keys[mark.group(1)]
        parts[key] = f"{parts[key]}\n{value}".strip() if parts[key] else value
    return parts


def _chain(*widgets: QWidget) -> None:
    """Tab order in reading order, the first widget focused."""
    for a, b in itertools.pairwise(widgets):
        QWidget.setTabOrder(a, b)
    widgets[0].setFocus()


class _Form(QDialog):
    """A dialog whose OK runs `apply`; a refused value shows inline and the dialog stays."""

    def __init__(self, parent: QWidget, title: str, ok_text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.error = QLabel("", self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(error_style())
        self.error.setAccessibleName(self.tr("Error"))
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                        QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(ok_text or self.tr("OK"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.apply: Callable[[], object] = lambda: None

    def accept(self) -> None:
        try:
            self.apply()
        except CasebookError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()


class NameDialog(_Form):
    """One line of text (a collection or saved-search name)."""

    def __init__(self, parent: QWidget, title: str, label: str, text: str,
                 on_ok: Callable[[str], object], ok_text: str = "") -> None:
        super().__init__(parent, title, ok_text)
        self.edit = QLineEdit(text, self)
        self.edit.setAccessibleName(label.rstrip(":"))
        self.edit.selectAll()
        caption = QLabel(label, self)
        caption.setBuddy(self.edit)
        layout = QVBoxLayout(self)
        for w in (caption, self.edit, self.error, self.buttons):
            layout.addWidget(w)
        self.apply = lambda: on_ok(self.edit.text())
        _chain(self.edit, self.buttons)
        self.resize(380, self.sizeHint().height())


class CollectionDialog(_Form):
    """Name, purpose, audience and learning objectives of a collection."""

    def __init__(self, parent: QWidget, title: str, name: str, description: str,
                 on_ok: Callable[[str, str], object], ok_text: str = "") -> None:
        super().__init__(parent, title, ok_text)
        self.name = QLineEdit(name, self)
        self.name.setAccessibleName(self.tr("Collection name"))
        self.name.selectAll()
        parts = parse_description(description)
        self.purpose = self._text(parts["purpose"], self.tr("Purpose"),
                                  self.tr("What the course is for (optional)"))
        self.audience = self._text(parts["audience"], self.tr("Audience"),
                                   self.tr("Who takes part (optional)"))
        self.objectives = self._text(parts["objectives"], self.tr("Learning objectives"),
                                     self.tr("One objective per line (optional)"))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Purpose:"), self.purpose)
        form.addRow(self.tr("&Audience:"), self.audience)
        form.addRow(self.tr("Learning &objectives:"), self.objectives)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.apply = lambda: on_ok(self.name.text(), self.description())
        _chain(self.name, self.purpose, self.audience, self.objectives, self.buttons)
        self.resize(520, 380)

    def _text(self, value: str, name: str, hint: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(value, self)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(hint)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * 3)
        return edit

    def description(self) -> str:
        return compose_description(self.purpose.toPlainText(), self.audience.toPlainText(),
                                   self.objectives.toPlainText())


class PickDialog(QDialog):
    """Choose the collection a case goes into, or make a new one on the spot."""

    def __init__(self, parent: QWidget, what: str, entries: list[tuple[str, int]],
                 holding: set[str], current: str | None,
                 new_collection: Callable[[QDialog, Callable[[str], None]], None],
                 ok_text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a collection"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Collections"))
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        for name, count in entries:
            self._add(name, count, name in holding)
        caption = QLabel(what, self)
        caption.setWordWrap(True)
        caption.setBuddy(self.list)
        self.new_button = QPushButton(self.tr("&New collection…"), self)
        self.new_button.setAccessibleName(self.tr("New collection"))
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(lambda: new_collection(self, self._created))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(ok_text or self.tr("Add"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.empty = QLabel(self.tr("No collections yet: make one with New collection…"), self)
        self.empty.setVisible(not entries)
        layout = QVBoxLayout(self)
        for w in (caption, self.list, self.empty, self.new_button, buttons):
            layout.addWidget(w)
        names = [n for n, _ in entries]
        self.list.setCurrentRow(names.index(current) if current in names else 0)
        self.list.setFocus()
        self._update()
        self.list.currentRowChanged.connect(lambda _r: self._update())
        self.resize(380, 360)

    def _add(self, name: str, count: int, holds: bool) -> QListWidgetItem:
        label = f"{name}  ({count})" + (self.tr("  — already there") if holds else "")
        item = QListWidgetItem(label, self.list)
        item.setData(NameRole, name)
        item.setToolTip(name)
        return item

    def _created(self, name: str) -> None:
        self.empty.hide()
        self.list.setCurrentItem(self._add(name, 0, False))
        self.list.setFocus()
        self._update()

    def _update(self) -> None:
        self.ok.setEnabled(self.chosen() is not None)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(NameRole))
