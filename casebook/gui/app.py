"""Start the desktop app: QApplication, theme, the main window, one window per data folder."""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QThread, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from casebook import logs, paths
from casebook.errors import CasebookError
from casebook.gui import i18n, instance
from casebook.gui.bugs import BugReporter
from casebook.gui.i18n import translate
from casebook.library import Library

if TYPE_CHECKING:
    from casebook.gui.window import MainWindow

log = logging.getLogger(__name__)
BUG_MESSAGE_MS = 60_000
PRIMARY_WAIT_S = 5  # a window starting on the same data folder is listening by then


def make_window(data_dir: str | None, folders: list[str] | None,
                lock: QLockFile | None = None) -> tuple[MainWindow, QLockFile]:
    """The window on this data folder, and the lock that tells a second window it is not
    alone (taken here unless given); the app's log goes to the data folder's
    logs/casebook.log from here on."""
    from casebook.gui.theme import apply_theme
    from casebook.gui.window import MainWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme = apply_theme(app)
    data = Path(data_dir) if data_dir else paths.default_data_dir()
    logs.setup_app(data)
    i18n.start(data)  # before any window text: View > Language, else the system's
    lib = Library(data_dir, folders)
    if lock is None:
        lock = window_lock(lib.data_dir)
    window = MainWindow(lib, theme)
    if window.theme_choice != "system":  # View > Theme, as chosen last time
        window.apply_theme_choice()
    window.second_instance = not (lock.isLocked() or lock.tryLock(100))
    link = app.styleHints().colorSchemeChanged.connect(lambda _s: window.follow_system())
    window.scheme_link = link  # let go in Started.close: a restart makes another window
    return window, lock


def report_bugs(window: MainWindow) -> BugReporter:
    """From now on a bug that reaches the top is logged with its traceback, and the
    window's status bar names the log file."""
    log_file = logs.log_file(window.lib.data_dir)
    bugs = BugReporter(log_file if log_file.is_file() else None, window)
    bugs.reported.connect(lambda line: window.status.showMessage(line, BUG_MESSAGE_MS))
    bugs.install()
    return bugs


def window_lock(data_dir: Path) -> QLockFile:
    lock = QLockFile(str(Path(data_dir) / "window.lock"))
    lock.setStaleLockTime(0)
    return lock


def reach_running(data: Path, files: list[str]) -> tuple[bool, QLockFile | None]:
    """Hand the files to a window already open on this data folder: True when one took
    them. Else the window lock, taken when no window holds it."""
    name = instance.server_name(data)
    if instance.hand_over(name, files):
        return True, None
    try:
        data.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False, None  # the Library says why the folder cannot be used
    lock = window_lock(data)
    if lock.tryLock(100):
        return False, lock
    for _ in range(PRIMARY_WAIT_S * 4):  # that window is starting: wait for it to listen
        QThread.msleep(250)
        if instance.hand_over(name, files):
            return True, None
    return False, lock


@dataclass
class Started:
    """A window that is up, with what must be let go when it closes."""

    window: MainWindow
    lock: QLockFile
    server: instance.InstanceServer | None
    bugs: BugReporter

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
        self.bugs.uninstall()
        self.lock.unlock()
        if self.window.scheme_link is not None:
            QObject.disconnect(self.window.scheme_link)


def start(data_dir: str | None = None, folders: list[str] | None = None,
          files: list[str] | None = None) -> Started | None:
    """A window on the data folder, listening for later launches; None when the window
    already open on it took the files (packs and case folders to open). Needs the app."""
    files = [os.path.abspath(f) for f in files or []]
    data = Path(data_dir) if data_dir else paths.default_data_dir()
    handed, lock = reach_running(data, files)
    if handed:
        return None
    window, lock = make_window(data_dir, folders, lock)
    server = None
    if not window.second_instance:
        server = instance.InstanceServer(instance.server_name(data), window)
        server.received.connect(window.opening.open_paths)
        server.listen()
    bugs = report_bugs(window)
    window.show()
    if os.environ.get("CASEBOOK_QUIT_WHEN_READY"):
        window.results_shown.connect(QApplication.quit)
    window.start()
    window.greet()
    if files:
        QTimer.singleShot(0, lambda: window.opening.open_paths(files))
    return Started(window, lock, server, bugs)


def run(data_dir: str | None = None, folders: list[str] | None = None,
        files: list[str] | None = None) -> int:
    """The app, or the files handed to the window already open on this data folder (this
    second launch then exits at once)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Casebook")
    app.setOrganizationName("Casebook")
    app.setDesktopFileName("casebook")  # the desktop entry's name: the window gets its icon
    app.setWindowIcon(QIcon(str(paths.resource("icons/casebook.svg"))))
    first = True
    while True:
        try:
            started = start(data_dir, folders, files if first else None)
        except CasebookError as exc:
            log.error("cannot start: %s", exc)
            QMessageBox.critical(None, translate("app", "Casebook cannot start"), str(exc))
            return 2
        if started is None:
            return 0
        window = started.window
        if window.second_instance and first:
            QMessageBox.information(
                window, translate("app", "Casebook is already open"),
                translate("app", "Another Casebook window is using the same library. Both "
                                 "can search and read; indexing takes turns, so nothing is "
                                 "corrupted. Changes to collections made in one window appear "
                                 "in the other after a refresh."))
        code = app.exec()
        started.close()
        if not window.restart_requested:  # View > Language: Restart now
            return int(code)
        first = False
