"""Start the desktop app: QApplication, theme, the main window, and single-instance notice."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from casebook import logs, paths
from casebook.errors import CasebookError
from casebook.gui.bugs import BugReporter
from casebook.library import Library

if TYPE_CHECKING:
    from casebook.gui.window import MainWindow

log = logging.getLogger(__name__)
BUG_MESSAGE_MS = 60_000


def _tr(text: str) -> str:
    return QCoreApplication.translate("app", text)


def make_window(data_dir: str | None,
                folders: list[str] | None) -> tuple[MainWindow, QLockFile]:
    """The window on this data folder, and the lock that tells a second window it is not
    alone; the app's log goes to the data folder's logs/casebook.log from here on."""
    from casebook.gui.theme import apply_theme
    from casebook.gui.window import MainWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme = apply_theme(app)
    logs.setup_app(Path(data_dir) if data_dir else paths.default_data_dir())
    lib = Library(data_dir, folders)
    lock = QLockFile(str(Path(lib.data_dir) / "window.lock"))
    lock.setStaleLockTime(0)
    window = MainWindow(lib, theme)
    if window.theme_choice != "system":  # View > Theme, as chosen last time
        window.apply_theme_choice()
    window.second_instance = not lock.tryLock(100)
    app.styleHints().colorSchemeChanged.connect(lambda _s: window.follow_system())
    return window, lock


def report_bugs(window: MainWindow) -> BugReporter:
    """From now on a bug that reaches the top is logged with its traceback, and the
    window's status bar names the log file."""
    log_file = logs.log_file(window.lib.data_dir)
    bugs = BugReporter(log_file if log_file.is_file() else None, window)
    bugs.reported.connect(lambda line: window.status.showMessage(line, BUG_MESSAGE_MS))
    bugs.install()
    return bugs


def run(data_dir: str | None = None, folders: list[str] | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Casebook")
    app.setOrganizationName("Casebook")
    app.setWindowIcon(QIcon(str(paths.resource("icons/casebook.svg"))))
    try:
        window, lock = make_window(data_dir, folders)
    except CasebookError as exc:
        log.error("cannot start: %s", exc)
        QMessageBox.critical(None, _tr("Casebook cannot start"), str(exc))
        return 2
    bugs = report_bugs(window)
    window.show()
    if os.environ.get("CASEBOOK_QUIT_WHEN_READY"):
        window.results_shown.connect(app.quit)
    window.start()
    if window.second_instance:
        QMessageBox.information(
            window, _tr("Casebook is already open"),
            _tr("Another Casebook window is using the same library. Both can search and "
                "read; indexing takes turns, so nothing is corrupted. Changes to collections "
                "made in one window appear in the other after a refresh."))
    code = app.exec()
    bugs.uninstall()
    lock.unlock()
    return int(code)
