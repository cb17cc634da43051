"""The map and the comparison exported from the window as Word and OpenDocument files."""

from __future__ import annotations

import zipfile
from pathlib import Path

from docx import Document

from casebook.gui.evidence.compare_view import EXPORTS as COMPARE_EXPORTS
from casebook.gui.evidence.map_view import EXPORTS

IDS = ["paris-pb", "porto-alegre-pb", "estonia-x-road"]


def _content(path: Path) -> str:
    with zipfile.ZipFile(path) as zf:
        return zf.read("content.xml").decode("utf-8")


def test_comparison_as_word_and_opendocument(window, tmp_path: Path) -> None:
    assert {"docx", "odt"} <= set(COMPARE_EXPORTS)
    assert window.evidence.compare(IDS)
    assert window.evidence.export_comparison(tmp_path / "c.docx")
    header = [c.text for c in Document(str(tmp_path / "c.docx")).tables[0].rows[0].cells]
    assert header == ["", "Paris participatory budget", "Participatory budgeting in Porto "
                      "Alegre", "Estonia X-Road"]
    assert window.evidence.export_comparison(tmp_path / "c.odt")
    assert "Estonia X-Road" in _content(tmp_path / "c.odt")
    assert "Saved the comparison" in window.status.currentMessage()


def test_map_as_word_and_opendocument(window, tmp_path: Path) -> None:
    assert {"docx", "odt"} <= set(EXPORTS)
    window.evidence.show_map()
    assert window.evidence.export_map(tmp_path / "m.docx")
    table = Document(str(tmp_path / "m.docx")).tables[0]
    rows = [[c.text for c in r.cells] for r in table.rows]
    assert rows[0][0] == "strategies \\ challenges"  # turned: 26 columns do not fit
    low = next(n for n, h in enumerate(rows[0]) if h.startswith("Low civic engagement"))
    pb = next(r for r in rows if r[0].startswith("Participatory budgeting"))
    assert pb[low].split()[0] == "2"
    assert window.evidence.export_map(tmp_path / "m.odt")
    assert "Low civic engagement (2)" in _content(tmp_path / "m.odt")
