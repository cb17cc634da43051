"""A status-bar message with one button: Undo after a change, Open after an export."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

OFFER_MS = 30_000


class UndoBar(QWidget):
    """Offers one action for a while; Ctrl+Z runs an offered undo."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.label = QLabel("", self)
        self.button = QPushButton(self.tr("Undo"), self)
        self.button.clicked.connect(self.run)
        self.undoable = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self.action: Callable[[], object] | None = None
        self.timer = QTimer(self, singleShot=True, interval=OFFER_MS)
        self.timer.timeout.connect(self.dismiss)
        self.hide()

    def offer(self, text: str, action: Callable[[], object], button: str = "") -> None:
        """Show `text` with a button that runs `action`: Undo unless named otherwise."""
        self.label.setText(text)
        self.action = action
        self.undoable = not button
        label = button or self.tr("Undo")
        self.button.setText(label)
        self.button.setAccessibleName(label)
        self.button.setToolTip(self.tr("Undo (Ctrl+Z)") if self.undoable else "")
        self.show()
        self.timer.start()

    def dismiss(self) -> None:
        self.action = None
        self.hide()

    def run(self) -> None:
        action, self.action = self.action, None
        self.hide()
        if action is not None:
            action()

    def undo(self) -> None:
        if self.undoable:
            self.run()
