"""Team library work off the window's thread: add, update, share and status, each with
its own Library; results and failures come back as signals, never as exceptions."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from casebook.errors import AuthRequired, Cancelled, CasebookError, PushRefused
from casebook.exchange.team import ops, registry, setup
from casebook.library import Library

log = logging.getLogger(__name__)


@dataclass
class TeamState:
    """What the sidebar and the menus show of one team library."""

    name: str
    url: str
    path: str
    state: str  # conflict, not-shared, new, up-to-date, missing
    conflicts: list[str] = field(default_factory=list)
    local: dict[str, str] = field(default_factory=dict)
    ahead: int = 0
    new: list[str] = field(default_factory=list)
    last_update: str | None = None
    collections: list[setup.SharedCollection] = field(default_factory=list)
    token: bool = False


@dataclass
class Failure:
    op: str  # add, update, share
    name: str
    message: str
    kind: str  # auth, behind, refused, cancelled, other
    url: str = ""


class TeamWorker(QObject):
    """Lives in its own thread; one operation at a time, in the order asked."""

    progress = Signal(str, int, int)
    done = Signal(str, object)  # op, report (TeamLibrary, UpdateReport, ShareReport)
    failed = Signal(object)  # Failure
    states = Signal(object)  # list[TeamState]

    def __init__(self, data_dir: str) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.cancel_event = threading.Event()
        self._lib: Library | None = None

    def lib(self) -> Library:
        if self._lib is None:
            self._lib = Library(self.data_dir)
        return self._lib

    def _emit_progress(self, op: str) -> Any:
        return lambda done, total: self.progress.emit(op, done, total)

    def _run(self, op: str, name: str, url: str, call: Any) -> None:
        self.cancel_event.clear()
        try:
            result = call()
        except Cancelled:
            self.failed.emit(Failure(op, name, self.tr("Cancelled; nothing was kept"),
                                     "cancelled", url))
        except AuthRequired as exc:
            self.failed.emit(Failure(op, name, str(exc), "auth", url))
        except PushRefused as exc:
            self.failed.emit(Failure(op, name, str(exc), "behind" if exc.behind
                                     else "refused", url))
        except CasebookError as exc:
            self.failed.emit(Failure(op, name, str(exc), "other", url))
        except Exception as exc:  # a bug must not leave the window waiting
            log.exception("team library %s failed", op)
            self.failed.emit(Failure(op, name, f"{type(exc).__name__}: {exc}", "other", url))
        else:
            self.done.emit(op, result)
        self.refresh()

    @Slot(str, str)
    def add(self, url: str, name: str) -> None:
        self._run("add", name, url, lambda: ops.add(
            self.lib(), url, name or None, progress=self._emit_progress("add"),
            cancel=self.cancel_event.is_set))

    @Slot(object)
    def update(self, names: list[str]) -> None:
        for name in names:
            url = self._url(name)
            self._run("update", name, url, lambda n=name: ops.update(
                self.lib(), n, progress=self._emit_progress("update"),
                cancel=self.cancel_event.is_set))

    @Slot(str, str)
    def share(self, name: str, message: str) -> None:
        self._run("share", name, self._url(name),
                  lambda: ops.share(self.lib(), name, message or None))

    def _url(self, name: str) -> str:
        try:
            return registry.get(self.lib(), name).url
        except CasebookError:
            return ""

    @Slot()
    def refresh(self) -> None:
        lib = self.lib()
        out: list[TeamState] = []
        for team in registry.libraries(lib):
            try:
                st = ops.status(lib, team.name)
                shared = setup.shared_collections(lib, team)
            except CasebookError as exc:
                log.warning("%s", exc)
                out.append(TeamState(team.name, team.url, team.path, "missing",
                                     token=team.token))
                continue
            out.append(TeamState(team.name, team.url, team.path, st.state,
                                 [c.path for c in st.conflicts], st.local, st.ahead,
                                 list(team.last_new), team.last_update, shared, team.token))
        self.states.emit(out)

    @Slot()
    def shutdown(self) -> None:
        if self._lib is not None:
            self._lib.close()
            self._lib = None


class TeamThread:
    """The worker's thread, started with the feature and stopped with the window."""

    def __init__(self, data_dir: str) -> None:
        self.thread = QThread()
        self.thread.setObjectName("casebook-team")
        self.worker = TeamWorker(data_dir)
        self.worker.moveToThread(self.thread)
        self.thread.start()

    def stop(self) -> None:
        from PySide6.QtCore import QMetaObject, Qt

        self.worker.cancel_event.set()
        if self.thread.isRunning():
            QMetaObject.invokeMethod(self.worker, "shutdown",
                                     Qt.ConnectionType.BlockingQueuedConnection)
            self.thread.quit()
            self.thread.wait(60_000)
