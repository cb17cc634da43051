"""The app's log: a file in the data folder, Help > Show log folder, and bugs that reach the
top are logged with their traceback and named in one line of the status bar."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices


@pytest.fixture
def app_log() -> Iterator[None]:
    """Put the casebook logger back as it was: the app sends it to a file of its own."""
    root = logging.getLogger("casebook")
    handlers, level, propagate = list(root.handlers), root.level, root.propagate
    yield
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    for handler in handlers:
        if handler not in root.handlers:
            root.addHandler(handler)
    root.setLevel(level)
    root.propagate = propagate


@pytest.fixture
def app_window(qtbot, app_log, small_library: Path, tmp_path: Path):
    from casebook.gui.app import make_window

    window, lock = make_window(str(tmp_path / "data"), [str(small_library)])
    qtbot.addWidget(window)
    yield window
    window.threads.stop()
    window.lib.close()
    lock.unlock()


class Opened(QObject):
    """Receives the file URLs the app asks the desktop to open (nothing really opens)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def _flush() -> None:
    for handler in logging.getLogger("casebook").handlers:
        handler.flush()


def test_the_app_logs_to_a_rotating_file_in_the_data_folder(app_window, tmp_path: Path) -> None:
    log_file = tmp_path / "data" / "logs" / "casebook.log"
    assert log_file.is_file()
    logging.getLogger("casebook.gui.window").warning("a self-repair worth knowing about")
    _flush()
    text = log_file.read_text(encoding="utf-8")
    assert "WARNING casebook.gui.window: a self-repair worth knowing about" in text


def test_help_show_log_folder_opens_it(app_window, tmp_path: Path) -> None:
    help_menu = app_window.menus.help
    entry = next(a for a in help_menu.actions() if a.text() == "Show &log folder")
    opened = Opened()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        entry.trigger()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [u.toLocalFile() for u in opened.urls] == [str(tmp_path / "data" / "logs")]


@pytest.mark.qt_no_exception_capture
def test_a_bug_in_a_slot_is_logged_and_named_in_the_status_bar(qtbot, app_window,
                                                              tmp_path: Path) -> None:
    import sys

    from casebook.gui.app import report_bugs

    def broken() -> None:
        raise ZeroDivisionError("a bug in a slot")

    before = sys.excepthook
    bugs = report_bugs(app_window)
    try:
        with qtbot.waitSignal(bugs.reported, timeout=5000):
            QTimer.singleShot(0, broken)
    finally:
        bugs.uninstall()
    assert sys.excepthook is before
    log_file = tmp_path / "data" / "logs" / "casebook.log"
    _flush()
    text = log_file.read_text(encoding="utf-8")
    assert "ERROR casebook.gui.bugs: unexpected error" in text
    assert "Traceback" in text and 'raise ZeroDivisionError("a bug in a slot")' in text
    line = app_window.status.currentMessage()
    assert "ZeroDivisionError" in line and str(log_file) in line and "\n" not in line
