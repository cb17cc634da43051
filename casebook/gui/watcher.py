"""One watcher for everything the app watches: case folders, taxonomy files, open cases."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable

from PySide6.QtCore import QFileSystemWatcher, QObject, QThread, QTimer, Signal, Slot

from casebook.cases.files import is_hidden

log = logging.getLogger(__name__)
MAX_FOLDERS = 2000  # folders watched under the case folders; more are left to the next sync
SETTLE_MS = 400  # a burst of saves makes one sync


def folder_tree(folders: list[str], limit: int = MAX_FOLDERS) -> list[str]:
    """Each case folder and the visible folders under it, up to `limit` in all."""
    found: list[str] = []
    for folder in folders:
        for root, subdirs, _files in os.walk(folder):
            subdirs[:] = [d for d in subdirs if not is_hidden(d)]
            found.append(root)
            if len(found) >= limit:
                log.warning("watching only the first %d folders under the case folders", limit)
                return found
    return found


class _Walker(QObject):
    """Lists the folders to watch in a worker thread: a big library takes a while."""

    walked = Signal(int, object)

    @Slot(int, object)
    def walk(self, generation: int, folders: list[str]) -> None:
        self.walked.emit(generation, folder_tree(folders))


class FolderWatcher(QFileSystemWatcher):
    """Watches named groups of paths ("folders", "taxonomy", a feature's own); `changed`
    fires once a burst of changes settles. A path stays watched while any group holds it,
    and a file an editor replaced is watched again."""

    changed = Signal()
    _walk = Signal(int, object)

    def __init__(self, parent: QObject, thread: QThread) -> None:
        super().__init__(parent)
        self._groups: dict[str, set[str]] = {}
        self._generation = 0
        self.timer = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self.timer.timeout.connect(self.changed)
        self.directoryChanged.connect(lambda _p: self.timer.start())
        self.fileChanged.connect(self._file_changed)
        self.walker = _Walker()
        self.walker.moveToThread(thread)
        self._walk.connect(self.walker.walk)
        self.walker.walked.connect(self._walked)

    def watch(self, group: str, paths: Iterable[str]) -> None:
        """The group now holds these paths (those that exist); the rest of it goes."""
        old = self._groups.get(group, set())
        new = {p for p in paths if os.path.exists(p)}
        self._groups[group] = new
        others: set[str] = set().union(*(g for k, g in self._groups.items() if k != group))
        current = set(self.files()) | set(self.directories())
        stale = sorted((old - new - others) & current)
        if stale:
            self.removePaths(stale)
        missing = sorted(new - current)
        if missing:
            self.addPaths(missing)

    def watch_folders(self, folders: list[str]) -> None:
        """Watch these case folders at once, and the folders under them once a worker
        thread has listed them (a big library takes a while)."""
        roots = {f for f in folders if os.path.isdir(f)}
        held = self._groups.setdefault("folders", set())
        missing = sorted(roots - held - set(self.directories()))
        held |= roots
        if missing:
            self.addPaths(missing)
        self._generation += 1
        self._walk.emit(self._generation, list(folders))

    def forget_folders(self) -> None:
        """The case folders changed: stop watching the old ones (and a walk under way)."""
        self._generation += 1
        self.watch("folders", [])

    def _walked(self, generation: int, found: list[str]) -> None:
        if generation == self._generation:
            self.watch("folders", found)

    def _file_changed(self, path: str) -> None:
        """An editor that saves by replacing the file leaves the watch on the old one."""
        if path in self.files():
            self.removePath(path)
        if os.path.isfile(path) and any(path in g for g in self._groups.values()):
            self.addPath(path)
        self.timer.start()
