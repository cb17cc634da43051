"""A bug that reaches the top of the app (sys.excepthook, which Qt slots end in too) is
logged with its traceback, and the user is told in one line where the log is."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class BugReporter(QObject):
    """Installs itself as sys.excepthook until `uninstall`; `reported(line)` arrives in the
    GUI thread, whichever thread the bug was in."""

    reported = Signal(str)

    def __init__(self, log_file: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_file = log_file
        self._previous = sys.excepthook

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self.hook

    def uninstall(self) -> None:
        if sys.excepthook == self.hook:
            sys.excepthook = self._previous

    def hook(self, kind: type[BaseException], value: BaseException,
             tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous(kind, value, tb)
            return
        log.error("unexpected error", exc_info=(kind, value, tb))
        self.reported.emit(self.line(value))

    def line(self, value: BaseException) -> str:
        what = type(value).__name__
        if self.log_file is None:
            return self.tr("Something went wrong ({0}). The details could not be written to "
                           "a log file.").format(what)
        return self.tr("Something went wrong ({0}). The details are in {1}").format(
            what, self.log_file)
