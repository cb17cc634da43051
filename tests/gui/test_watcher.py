"""The folder watcher: case folders at once, the folders under them listed in a worker
thread, and named groups of paths that keep a path watched while any of them holds it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QThread

from casebook.gui.watcher import FolderWatcher, folder_tree


@pytest.fixture
def thread() -> Iterator[QThread]:
    worker = QThread()
    worker.start()
    yield worker
    worker.quit()
    worker.wait()


@pytest.fixture
def watcher(thread: QThread) -> Iterator[FolderWatcher]:
    owner = QObject()
    yield FolderWatcher(owner, thread)
    owner.deleteLater()


def test_the_tree_leaves_out_hidden_folders_and_stops_at_the_limit(tmp_path: Path) -> None:
    for name in ("europe/east", "asia", ".git/objects", "africa"):
        (tmp_path / name).mkdir(parents=True)
    found = folder_tree([str(tmp_path)])
    assert sorted(found) == sorted(str(tmp_path / n) for n in
                                   ("", "europe", "europe/east", "asia", "africa"))
    assert len(folder_tree([str(tmp_path)], limit=2)) == 2


def test_case_folders_are_watched_at_once_and_the_tree_from_a_worker_thread(
        qtbot, watcher: FolderWatcher, thread: QThread, tmp_path: Path) -> None:
    (tmp_path / "europe" / "east").mkdir(parents=True)
    walked_in: list[QThread] = []
    watcher.walker.walked.connect(lambda *_: walked_in.append(QThread.currentThread()),
                                  Qt.ConnectionType.DirectConnection)
    watcher.watch_folders([str(tmp_path), str(tmp_path / "gone")])
    assert watcher.directories() == [str(tmp_path)]  # before the walk; a missing one waits
    east = str(tmp_path / "europe" / "east")
    qtbot.waitUntil(lambda: east in watcher.directories(), timeout=5000)
    assert walked_in == [thread]
    watcher.forget_folders()
    assert watcher.directories() == []


def test_a_path_stays_watched_while_a_group_holds_it(watcher: FolderWatcher,
                                                     tmp_path: Path) -> None:
    shared, own = tmp_path / "taxonomy.yaml", tmp_path / "case.md"
    shared.write_text("x", encoding="utf-8")
    own.write_text("x", encoding="utf-8")
    watcher.watch("taxonomy", [str(shared)])
    watcher.watch("cases", [str(shared), str(own), str(tmp_path / "missing.md")])
    assert sorted(watcher.files()) == [str(own), str(shared)]
    watcher.watch("cases", [])
    assert watcher.files() == [str(shared)]
    watcher.watch("taxonomy", [])
    assert watcher.files() == []
