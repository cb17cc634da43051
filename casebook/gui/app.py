"""Start the desktop app: QApplication, theme, the main window, and single-instance notice."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QLockFile
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from casebook import paths
from casebook.errors import CasebookError
from casebook.library import Library


def make_window(data_dir: str | None, folders: list[str] | None) -> tuple[object, QLockFile]:
    from casebook.gui.theme import apply_theme
    from casebook.gui.window import MainWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme = apply_theme(app)
    lib = Library(data_dir, folders)
    lock = QLockFile(str(Path(lib.data_dir) / "window.lock"))
    lock.setStaleLockTime(0)
    window = MainWindow(lib, theme)
    if window.theme_choice != "system":  # View > Theme, as chosen last time
        window.apply_theme_choice()
    window.second_instance = not lock.tryLock(100)
    app.styleHints().colorSchemeChanged.connect(lambda _s: window.follow_system())
    return window, lock


def run(data_dir: str | None = None, folders: list[str] | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Casebook")
    app.setOrganizationName("Casebook")
    app.setWindowIcon(QIcon(str(paths.resource("icons/casebook.svg"))))
    try:
        window, lock = make_window(data_dir, folders)
    except CasebookError as exc:
        QMessageBox.critical(None, "Casebook cannot start", str(exc))
        return 2
    window.show()  # type: ignore[attr-defined]
    if os.environ.get("CASEBOOK_QUIT_WHEN_READY"):
        window.results_shown.connect(app.quit)  # type: ignore[attr-defined]
    window.start()  # type: ignore[attr-defined]
    if window.second_instance:  # type: ignore[attr-defined]
        QMessageBox.information(
            window, "Casebook is already open",  # type: ignore[arg-type]
            "Another Casebook window is using the same library. Both can search and read; "
            "indexing takes turns, so nothing is corrupted. Changes to collections made in "
            "one window appear in the other after a refresh.")
    code = app.exec()
    lock.unlock()
    return int(code)
