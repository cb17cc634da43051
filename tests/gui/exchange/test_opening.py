"""Drops on the window: a `.casebook` pack goes to the import dialog, a folder of Markdown
files joins the case folders (with Undo), anything else is turned away."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from casebook.exchange.packs import export
from casebook.gui.exchange.opening import has_markdown
from casebook.gui.exchange.pack_import import ImportDialog
from tests.gui.test_instance import settle
from tests.helpers import result_ids, write_case

NONE = Qt.MouseButton.NoButton
NO_MODS = Qt.KeyboardModifier.NoModifier
COPY = Qt.DropAction.CopyAction


def mime(*paths: Path) -> QMimeData:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return data


def drag_accepted(window, *paths: Path) -> bool:
    data = mime(*paths)
    event = QDragEnterEvent(QPoint(300, 300), COPY, data, NONE, NO_MODS)
    event.ignore()
    QApplication.sendEvent(window, event)
    return event.isAccepted()


def drop(window, *paths: Path) -> bool:
    """A drag entering the window, then its drop (Qt takes no drop without the drag)."""
    drag_accepted(window, *paths)
    data = mime(*paths)
    event = QDropEvent(QPointF(300, 300), COPY, data, NONE, NO_MODS, QEvent.Type.Drop)
    event.ignore()
    QApplication.sendEvent(window, event)
    return event.isAccepted()


def shown_dialog(window, kind):
    dialog = window.collections.dialog
    return dialog if isinstance(dialog, kind) and dialog.isVisible() else None


def test_a_dropped_pack_opens_the_import_dialog(qtbot, window, tmp_path: Path) -> None:
    window.lib.collections.create("Course")
    window.lib.collections.add("Course", ["paris-pb"])
    pack = tmp_path / "course.casebook"
    export(window.lib, "Course", pack)
    assert window.acceptDrops()
    assert drag_accepted(window, pack)
    assert not drag_accepted(window, tmp_path / "notes.txt")
    assert drop(window, pack)
    qtbot.waitUntil(lambda: shown_dialog(window, ImportDialog) is not None, timeout=5000)
    dialog = shown_dialog(window, ImportDialog)
    assert dialog.current_clashes == ["paris-pb"]
    dialog.reject()
    settle(qtbot, window)


def test_a_dropped_folder_of_markdown_joins_the_case_folders(qtbot, window,
                                                            tmp_path: Path) -> None:
    mine = tmp_path / "My cases"
    write_case(mine / "nested", "bogota-pb", title="Bogotá participatory budget",
               country="Colombia", level="municipal")
    before = list(window.lib.folders)
    assert drag_accepted(window, mine)
    assert drop(window, mine)
    assert window.lib.folders == [*before, str(mine)]
    assert window.lib.user.setting("case_folders") == [*before, str(mine)]
    qtbot.waitUntil(lambda: not window.sync.running and "bogota-pb" in result_ids(window),
                    timeout=10_000)
    bar = window.collections.undo_bar
    assert f"Added the case folder {mine}" in bar.label.text()
    bar.run()  # Undo
    assert window.lib.folders == before
    qtbot.waitUntil(lambda: not window.sync.running and "bogota-pb" not in result_ids(window)
                    and "1 removed" in window.status.currentMessage(), timeout=10_000)
    drop(window, Path(before[0]))  # already there: said, not added twice
    assert window.lib.folders == before
    assert "already one of your case folders" in window.status.currentMessage()
    settle(qtbot, window)


def test_a_folder_without_markdown_is_not_added(qtbot, window, tmp_path: Path) -> None:
    photos = tmp_path / "photos"
    (photos / "2024").mkdir(parents=True)
    (photos / "2024" / "a.jpg").write_bytes(b"\xff\xd8")
    before = list(window.lib.folders)
    assert not has_markdown(str(photos))
    drop(window, photos)
    qtbot.waitUntil(lambda: shown_dialog(window, QMessageBox) is not None, timeout=5000)
    box = shown_dialog(window, QMessageBox)
    assert "holds no Markdown" in box.text()
    box.accept()
    assert window.lib.folders == before
    settle(qtbot, window)


def test_has_markdown_looks_at_a_bounded_number_of_entries(tmp_path: Path) -> None:
    for n in range(30):
        (tmp_path / f"f{n}.txt").write_text("x", encoding="utf-8")
    (tmp_path / "z" / ".hidden").mkdir(parents=True)
    (tmp_path / "z" / ".hidden" / "a.md").write_text("# A", encoding="utf-8")
    (tmp_path / "z" / "deep").mkdir()
    assert not has_markdown(str(tmp_path))  # hidden folders are skipped
    (tmp_path / "z" / "deep" / "b.MD").write_text("# B", encoding="utf-8")
    assert has_markdown(str(tmp_path))
    assert not has_markdown(str(tmp_path), limit=10)
