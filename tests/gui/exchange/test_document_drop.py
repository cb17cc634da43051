"""Word, OpenDocument and PDF files dropped on the window: the dialog says what happens and
where, the drafts are made in a worker thread, and the result stays in the status bar."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from casebook.gui.exchange.document_import import DocumentDialog
from casebook.gui.output import write_pdf
from tests.gui.exchange.test_opening import drag_accepted, drop, shown_dialog
from tests.gui.test_instance import settle
from tests.helpers import result_ids

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def make_docx(path: Path) -> Path:
    doc = Document()
    doc.add_paragraph("Open Permits in Riverton", style="Title")
    doc.add_heading("Background", level=1)
    doc.add_paragraph("Since 2017 builders have applied on paper.")
    doc.add_heading("Results", level=1)
    doc.add_paragraph("Permits take nine days, not forty.")
    doc.save(str(path))
    return path


def test_dropped_documents_become_drafts_by_keyboard(qtbot, shown, tmp_path: Path,
                                                     small_library: Path) -> None:
    window = shown
    docx = make_docx(tmp_path / "permits.docx")
    pdf = tmp_path / "budget.pdf"
    write_pdf("<h1>The Budget Jury</h1><h2>Context</h2><p>In 2019 the town drew lots.</p>",
              pdf, "Budget")
    before = result_ids(window)
    assert drag_accepted(window, docx)
    assert drag_accepted(window, pdf)
    assert not drag_accepted(window, tmp_path / "notes.txt")
    assert drop(window, docx, pdf)
    qtbot.waitUntil(lambda: shown_dialog(window, DocumentDialog) is not None, timeout=5000)
    dialog = shown_dialog(window, DocumentDialog)
    files = [dialog.files.item(i).text() for i in range(dialog.files.count())]
    assert files == ["permits.docx", "budget.pdf"]
    assert dialog.target() == str(small_library)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    assert QApplication.focusWidget() is dialog.folder  # the one choice, ready for keys
    qtbot.keyClick(dialog, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # its label's key
    assert QApplication.focusWidget() is dialog.folder
    importer = window.opening.documents
    with qtbot.waitSignal(importer.finished, timeout=30_000) as done:
        qtbot.keyClick(dialog.folder, Qt.Key.Key_Return)  # Make drafts is the default
    report = done.args[0]
    assert [r.id for r in report.results] == ["doc-permits", "doc-budget"]
    review = small_library / "_needs-review"
    assert sorted(p.name for p in review.iterdir()) == ["doc-budget.md", "doc-permits.md"]
    assert "title: The Budget Jury\n" in (review / "doc-budget.md").read_text(encoding="utf-8")
    bar = window.collections.undo_bar
    assert bar.label.text() == f"2 draft cases written to {review}"
    qtbot.waitUntil(lambda: not window.sync.running, timeout=10_000)
    assert result_ids(window) == before  # drafts wait outside the library
    settle(qtbot, window)


def test_a_document_that_cannot_be_read_is_named(qtbot, window, tmp_path: Path) -> None:
    broken = tmp_path / "broken.odt"
    broken.write_bytes(b"not a zip at all")
    good = make_docx(tmp_path / "good.docx")
    drop(window, broken, good)
    qtbot.waitUntil(lambda: shown_dialog(window, DocumentDialog) is not None, timeout=5000)
    dialog = shown_dialog(window, DocumentDialog)
    importer = window.opening.documents
    with qtbot.waitSignal(importer.finished, timeout=30_000):
        dialog.accept()
    qtbot.waitUntil(lambda: shown_dialog(window, QMessageBox) is not None, timeout=5000)
    box = shown_dialog(window, QMessageBox)
    assert box.windowTitle() == "Some documents cannot be read"
    assert box.text().startswith(f"{broken}: not an OpenDocument document Casebook can read")
    box.accept()
    assert [r.id for r in importer.report.results] == ["doc-good"]
    settle(qtbot, window)


def test_cancel_leaves_nothing_written(qtbot, window, tmp_path: Path,
                                       small_library: Path) -> None:
    docx = make_docx(tmp_path / "permits.docx")
    drop(window, docx)
    qtbot.waitUntil(lambda: shown_dialog(window, DocumentDialog) is not None, timeout=5000)
    dialog = shown_dialog(window, DocumentDialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert not (small_library / "_needs-review").exists()
    assert window.opening.documents.report is None
    settle(qtbot, window)


def test_a_dropped_folder_of_documents_is_offered_as_drafts(qtbot, window,
                                                           tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    reports.mkdir()
    make_docx(reports / "a.docx")
    make_docx(reports / "b.docx")
    before = list(window.lib.folders)
    drop(window, reports)
    qtbot.waitUntil(lambda: shown_dialog(window, DocumentDialog) is not None, timeout=5000)
    dialog = shown_dialog(window, DocumentDialog)
    assert [dialog.files.item(i).text() for i in range(dialog.files.count())] == [
        "a.docx", "b.docx"]
    assert window.lib.folders == before  # a folder of documents is no case folder
    dialog.reject()
    settle(qtbot, window)
