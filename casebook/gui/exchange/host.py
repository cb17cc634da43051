"""What exporting and importing a collection need from the feature that starts them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtWidgets import QDialog, QWidget

from casebook.gui.shell import Shell
from casebook.library import Library


class Host(Protocol):
    lib: Library
    shell: Shell

    def owner(self) -> QWidget:
        """The window, to own dialogs."""

    def show_dialog(self, dialog: QDialog) -> None: ...

    def warn(self, title: str, text: str) -> None: ...

    def say(self, text: str, ms: int = 8000) -> None:
        """A line in the status bar."""

    def offer(self, text: str, action: Callable[[], object], button: str = "") -> None:
        """A line in the status bar with a button (Undo unless named otherwise)."""

    def save_edits(self) -> None:
        """Write what is being typed (a note) before the collection is read."""

    def refresh_sidebar(self) -> None: ...

    def open(self, name: str, select: str | None = None) -> None: ...
