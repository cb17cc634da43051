"""A collection exported from the app as a Word or OpenDocument handout."""

from __future__ import annotations

import zipfile
from pathlib import Path

from docx import Document

from casebook.gui.exchange.export import Exporter, file_dialog, target_and_format


def test_the_export_dialog_offers_word_and_opendocument(window, tmp_path: Path) -> None:
    dialog = file_dialog(window, "Course", str(tmp_path), "docx", "trainer")
    filters = dialog.nameFilters()
    assert "Word handout for participants (*.docx)" in filters
    assert "OpenDocument handout for the trainer, with your notes (*.odt)" in filters
    assert dialog.selectedNameFilter() == "Word handout for the trainer, with your notes " \
                                          "(*.docx)"
    dialog.deleteLater()
    assert target_and_format(str(tmp_path / "course"),
                             "OpenDocument handout for participants (*.odt)") == (
        tmp_path / "course.odt", "odt", "participant")
    assert target_and_format(str(tmp_path / "c.docx"), "PDF handout for participants (*.pdf)")[
        :2] == (tmp_path / "c.docx", "docx")


def test_a_word_handout_is_written_in_the_background(qtbot, window, tmp_path: Path) -> None:
    lib = window.lib
    lib.collections.create("Course")
    lib.collections.add("Course", ["paris-pb", "estonia-x-road"])
    lib.collections.set_note("Course", "paris-pb", "Pair the quiet ones up")
    exporter = Exporter(window)
    for name, fmt in (("c.docx", "docx"), ("c.odt", "odt")):
        with qtbot.waitSignal(exporter.finished, timeout=30_000) as done:
            assert exporter.start(lib, "Course", tmp_path / name, fmt, "trainer")
        ok, message, path, _cancelled = done.args
        assert ok and path == str(tmp_path / name), message
    assert done.args[1].startswith("OpenDocument handout for the trainer saved:")
    doc = Document(str(tmp_path / "c.docx"))
    headings = [p.text for p in doc.paragraphs if p.style and p.style.name == "Heading 1"]
    assert headings == ["Contents", "1. Paris participatory budget", "2. Estonia X-Road"]
    assert any(p.text == "Pair the quiet ones up" for p in doc.paragraphs)
    with zipfile.ZipFile(tmp_path / "c.odt") as zf:
        assert "Pair the quiet ones up" in zf.read("content.xml").decode("utf-8")
