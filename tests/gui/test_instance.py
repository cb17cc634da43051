"""One window per data folder: a second launch hands its files over through a local socket
and exits; `casebook open PACK` lands in the pack import dialog."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLabel

from casebook.exchange.packs import export
from casebook.gui import instance
from casebook.gui.app import Started, start
from casebook.gui.exchange.pack_import import ImportDialog
from casebook.library import Library
from tests.helpers import ROOT, write_case


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    """A course pack made from another library: one case the window does not have."""
    source = tmp_path / "source-cases"
    write_case(source, "lisbon-pb", title="Lisbon participatory budget", country="Portugal",
               level="municipal", challenges="low-civic-engagement",
               strategies="participatory-budgeting", outcomes="civic-engagement")
    lib = Library(tmp_path / "source-data", [str(source)])
    lib.sync()
    lib.collections.create("Budgets course")
    lib.collections.add("Budgets course", ["lisbon-pb"])
    target = tmp_path / "Budgets course.casebook"
    export(lib, "Budgets course", target)
    lib.close()
    return target


def settle(qtbot, win) -> None:
    """Let the syncs and searches a test started be answered before the library closes: a
    new search is answered after every earlier one."""
    qtbot.waitUntil(lambda: not win.sync.running, timeout=20_000)
    with qtbot.waitSignal(win.results_shown, timeout=10_000):
        win.browser.search_now()


@pytest.fixture
def opened(qtbot, small_library: Path, tmp_path: Path) -> Iterator[Started]:
    """The app's window on a data folder, as `casebook` starts it, listening."""
    started = start(str(tmp_path / "data"), [str(small_library)])
    assert started is not None  # closed here, after its searches (qtbot would close it first)
    qtbot.waitUntil(lambda: not started.window.sync.running, timeout=10_000)
    yield started
    settle(qtbot, started.window)
    for dialog in started.window.findChildren(QDialog):  # one a test left open (a pack's)
        dialog.reject()
    started.window.close()
    started.close()
    started.window.lib.close()


def launch(*args: str | Path, **env: str) -> subprocess.Popen[str]:
    """`casebook ARGS` in a new process, offscreen."""
    environ = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), **env)
    return subprocess.Popen([sys.executable, "-m", "casebook.launch", *map(str, args)],
                            env=environ, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def finish(qtbot, proc: subprocess.Popen[str]) -> tuple[int, str]:
    """Wait for a process while this one's window goes on answering."""
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=60_000)
    _out, err = proc.communicate()
    return proc.returncode, err


def import_dialog(started: Started) -> ImportDialog | None:
    dialog = started.window.collections.dialog
    return dialog if isinstance(dialog, ImportDialog) and dialog.isVisible() else None


def test_the_name_comes_from_the_data_folder(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "a")
    name = instance.server_name(tmp_path / "a")
    assert name == instance.server_name(tmp_path / "link")
    assert name != instance.server_name(tmp_path / "b")
    assert instance.hand_over(instance.server_name(tmp_path / "b"), []) is False


def test_a_second_launch_hands_its_pack_to_the_window_and_exits(
        qtbot, opened: Started, pack: Path, tmp_path: Path) -> None:
    received: list[list[str]] = []
    assert opened.server is not None
    opened.server.received.connect(received.append)
    code, err = finish(qtbot, launch("--data-dir", tmp_path / "data", "open", pack))
    assert (code, err) == (0, "")
    assert received == [[str(pack)]]
    qtbot.waitUntil(lambda: import_dialog(opened) is not None, timeout=10_000)
    dialog = import_dialog(opened)
    assert dialog is not None
    assert any("Budgets course" in label.text() for label in dialog.findChildren(QLabel))


def test_a_plain_second_launch_brings_the_window_forward(
        qtbot, opened: Started, tmp_path: Path) -> None:
    received: list[list[str]] = []
    assert opened.server is not None
    opened.server.received.connect(received.append)
    opened.window.showMinimized()
    code, _err = finish(qtbot, launch("--data-dir", tmp_path / "data"))
    assert code == 0
    assert received == [[]]
    assert not opened.window.isMinimized()


def test_another_data_folder_opens_its_own_window(qtbot, opened: Started,
                                                  small_library: Path,
                                                  tmp_path: Path) -> None:
    received: list[list[str]] = []
    assert opened.server is not None
    opened.server.received.connect(received.append)
    code, err = finish(qtbot, launch("--data-dir", tmp_path / "other", "--cases", small_library,
                                     CASEBOOK_QUIT_WHEN_READY="1"))
    assert code == 0, err
    assert received == []
    assert (tmp_path / "other" / "logs" / "casebook.log").is_file()  # its own window ran


def test_open_from_the_command_line_lands_in_the_import_dialog(
        qtbot, pack: Path, small_library: Path, tmp_path: Path) -> None:
    started = start(str(tmp_path / "data"), [str(small_library)], [str(pack)])
    assert started is not None
    qtbot.addWidget(started.window)
    try:
        qtbot.waitUntil(lambda: import_dialog(started) is not None, timeout=10_000)
        dialog = import_dialog(started)
        assert dialog is not None
        assert dialog.target() == str(small_library)
        dialog.ok.click()
        assert (small_library / "lisbon-pb.md").is_file()
        assert started.window.lib.collections.get("Budgets course").ids == ["lisbon-pb"]
        settle(qtbot, started.window)
    finally:
        started.window.close()
        started.close()
        started.window.lib.close()


@pytest.mark.parametrize(("name", "message"), [
    ("missing.casebook", "file not found: missing.casebook"),
    ("notes.txt", "cannot open notes.txt: Casebook opens .casebook course packs"),
])
def test_open_refuses_what_it_cannot_open(tmp_path: Path, name: str, message: str) -> None:
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "casebook.launch", "--data-dir",
                             str(tmp_path / "data"), "open", name], cwd=tmp_path,
                            capture_output=True, text=True, timeout=120,
                            env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert result.returncode == 2
    assert result.stderr.startswith(f"casebook: error: {message}")
    assert not (tmp_path / "data").exists()
