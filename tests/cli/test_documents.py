"""Word and OpenDocument from the command line: collection export, compare and map."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from casebook import cli
from tests.helpers import BUNDLED, ROOT

PB = ["porto-alegre-participatory-budgeting", "paris-participatory-budget"]


@pytest.fixture
def casebook(capsys: pytest.CaptureFixture[str], data_dir: Path,
             monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    monkeypatch.delenv("CASEBOOK_DATA_DIR", raising=False)

    def call(*args: str | Path) -> tuple[int, str, str]:
        code = cli.main(["--data-dir", str(data_dir), "--cases", str(BUNDLED),
                         *map(str, args)])
        out, err = capsys.readouterr()
        return code, out, err

    yield call


def _content(path: Path) -> str:
    with zipfile.ZipFile(path) as zf:
        return zf.read("content.xml").decode("utf-8")


def test_collection_export_as_docx_and_odt(casebook: Any, tmp_path: Path) -> None:
    assert casebook("collection", "create", "PB")[0] == 0
    assert casebook("collection", "add", "PB", *PB)[0] == 0
    code, out, err = casebook("collection", "export", "PB", tmp_path / "pb.docx")
    assert code == 0, err
    assert out.strip().endswith(f"as docx for participants to {tmp_path / 'pb.docx'}")
    doc = Document(str(tmp_path / "pb.docx"))
    headings = [p.text for p in doc.paragraphs if p.style and p.style.name == "Heading 1"]
    assert headings[1:] == ["1. Participatory Budgeting in Porto Alegre",
                            "2. The Paris Participatory Budget (Budget Participatif)"]
    code, _, err = casebook("collection", "export", "PB", tmp_path / "pb", "--format", "odt",
                            "--audience", "trainer")
    assert code == 0, err
    assert "Participatory Budgeting in Porto Alegre</text:h>" in _content(tmp_path / "pb")


def test_compare_and_map_as_docx_and_odt(casebook: Any, tmp_path: Path) -> None:
    for name in ("c.docx", "c.odt"):
        code, out, err = casebook("compare", *PB, "--output", tmp_path / name)
        assert (code, err) == (0, "") and out.startswith("wrote ")
    table = Document(str(tmp_path / "c.docx")).tables[0]
    assert [c.text for c in table.rows[0].cells][1].startswith("Participatory Budgeting")
    assert "The Paris Participatory Budget" in _content(tmp_path / "c.odt")
    code, _, err = casebook("map", "--output", tmp_path / "m.docx")
    assert code == 0, err
    assert Document(str(tmp_path / "m.docx")).tables[0].rows[0].cells[0].text == \
        "strategies \\ challenges"
    code, _, err = casebook("map", "--format", "odt", "--output", tmp_path / "m")
    assert code == 0, err
    assert "table:table" in _content(tmp_path / "m")
    code, _, err = casebook("map", "--output", tmp_path / "m.csv")
    assert code == 0, err
    assert (tmp_path / "m.csv").read_text(encoding="utf-8").startswith("challenges \\")


@pytest.mark.parametrize(("args", "message"), [
    (("compare", *PB, "--format", "docx"), "writing DOCX needs --output FILE"),
    (("map", "--format", "odt"), "writing ODT needs --output FILE"),
    (("map", "--output", "m.pdf"), "the map is written as text, markdown, csv, html, docx "
                                   "or odt, not pdf"),
])
def test_a_file_format_without_a_file_is_one_line(casebook: Any, args: tuple[str, ...],
                                                  message: str) -> None:
    code, _, err = casebook(*args)
    assert (code, err) == (2, f"casebook: error: {message}\n")


def test_search_does_not_load_python_docx(data_dir: Path) -> None:
    script = ("import sys; from casebook import cli; "
              f"cli.main(['--data-dir', {str(data_dir)!r}, '--cases', {str(BUNDLED)!r}, "
              "'search', 'budget']); print('docx' in sys.modules, 'lxml' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            cwd=ROOT, timeout=120, check=True)
    assert result.stdout.strip().splitlines()[-1] == "False False"
