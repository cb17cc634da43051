"""`casebook import document`: Word, OpenDocument and PDF files as draft cases in
_needs-review/, tried on documents made here: a DOCX with headings (python-docx), PDFs from
the app's own PDF export and ODTs from its OpenDocument export."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from pypdf import PdfWriter

from casebook import cli
from casebook.cases.parsing import parse_file
from casebook.exchange.case_text import edited
from casebook.exchange.documents import find_year, section_name
from tests.helpers import BUNDLED

PARAGRAPH = ("The agency reviewed {n} forms a year and found that most of them asked for the "
             "same facts twice. Staff spent their days retyping what citizens had written. ")
CASE_HTML = """<h1>Tell Us Once in Northshire</h1>
<p>Northshire County · regional · report of 2021</p>
<h2>1. Background</h2><p>{long}</p>
<h2>2. The problem</h2><p>In 2014 citizens had to report a death to nine offices.</p>
<h2>3. What we did</h2><p>A single form shares the report with every office.</p>
<h3>Pilot</h3><p>Two towns tried it first.</p>
<h2>4. Results</h2><p>Calls fell by a third.</p>
<h2>5. Lessons learned</h2><p>Start with the offices that want it.</p>
"""


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


def make_docx(path: Path) -> Path:
    doc = Document()
    doc.core_properties.title = "Not this one"
    doc.add_paragraph("Open Permits in Riverton", style="Title")
    doc.add_paragraph("A report by the city's digital team.")
    doc.add_heading("Background", level=1)
    doc.add_paragraph("Since 2017 builders have applied for permits on paper.")
    doc.add_paragraph("<script>alert(1)</script> # not a heading")
    doc.add_heading("Our approach", level=1)
    doc.add_paragraph("Put the form online", style="List Bullet")
    doc.add_paragraph("Publish every decision", style="List Bullet")
    doc.add_heading("Working with builders", level=2)
    doc.add_paragraph("Builders  tested   each form.")
    doc.add_heading("Results and impact", level=1)
    table = doc.add_table(rows=2, cols=2)
    for r, row in enumerate([("Permits", "Days"), ("Before", "41")]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    doc.add_heading("Lessons learned", level=1)
    doc.add_paragraph("Small steps worked.")
    doc.save(str(path))
    return path


def html_document(kind: str, path: Path, footer: str = "") -> Path:
    html = CASE_HTML.format(long=" ".join(PARAGRAPH.format(n=n) for n in range(60)))
    if kind == "pdf":
        from casebook.gui.output import write_pdf

        write_pdf(html, path, "Northshire", footer)
    else:
        from casebook.gui.odt import write_odt

        write_odt(html, path, "Northshire")
    return path


def draft(folder: Path, case_id: str) -> str:
    return (folder / "_needs-review" / f"{case_id}.md").read_text(encoding="utf-8")


def body_of(text: str) -> str:
    return text.split("\n---\n", 1)[1]


def test_a_word_document_with_headings(casebook: Any, tmp_path: Path) -> None:
    source = make_docx(tmp_path / "Open permits (final).docx")
    into = tmp_path / "drafts"
    code, out, err = casebook("import", "document", source, "--into", into)
    assert code == 0, err
    path = into / "_needs-review" / "doc-open-permits-final.md"
    assert out.splitlines()[0] == f"new                  {path}  (Open Permits in Riverton)"
    doc = parse_file(str(path))
    assert doc.meta["title"] == "Open Permits in Riverton"  # the Title style, not the props
    assert doc.meta["year_start"] == 2017
    assert doc.meta["origin"]["id"] == source.name
    assert doc.meta["origin"]["file_sha256"] == hashlib.sha256(source.read_bytes()).hexdigest()
    text = path.read_text(encoding="utf-8")
    assert text.startswith(
        "---\n# Needs review before it can join the case folder:\n"
        f"# - drafted from {source.name}: check the title and year_start (found in its "
        "text) against it, and fill in the rest\n# - missing required field 'summary'\n")
    assert body_of(text) == (
        "\nA report by the city's digital team.\n\n"
        "## Context\n\nSince 2017 builders have applied for permits on paper.\n\n"
        "&lt;script>alert(1)&lt;/script> # not a heading\n\n"
        "## Strategy\n\n- Put the form online\n- Publish every decision\n\n"
        "### Working with builders\n\nBuilders tested each form.\n\n"
        "## Outcomes\n\nPermits | Days\n\nBefore | 41\n\n"
        "## Lessons\n\nSmall steps worked.\n")


@pytest.mark.parametrize("kind", ["pdf", "odt"])
def test_the_apps_own_pdf_and_odt(casebook: Any, tmp_path: Path, kind: str) -> None:
    source = html_document(kind, tmp_path / f"northshire.{kind}", footer="Northshire report")
    into = tmp_path / "drafts"
    code, _, err = casebook("import", "document", source, "--into", into)
    assert code == 0, err
    text = draft(into, "doc-northshire")
    meta = parse_file(str(into / "_needs-review" / "doc-northshire.md")).meta
    assert meta["title"] == "Tell Us Once in Northshire"
    assert meta["year_start"] == 2021
    body = body_of(text)
    headings = [line for line in body.splitlines() if line.startswith("#")]
    assert headings == ["## Context", "## Challenge", "## Strategy", "### Pilot",
                        "## Outcomes", "## Lessons"]
    assert "In 2014 citizens had to report a death to nine offices." in body
    assert PARAGRAPH.format(n=59).strip() in body  # across the page break, whole
    assert "Northshire report" not in body  # the running foot and page numbers left out
    if kind == "pdf":
        assert len(list(__import__("pypdf").PdfReader(str(source)).pages)) > 1


def test_a_handout_pdf_drops_its_contents_and_its_printing_date(casebook: Any,
                                                                tmp_path: Path) -> None:
    name = "Participatory Budgeting in Porto Alegre"
    assert casebook("collection", "create", name)[0] == 0
    assert casebook("collection", "add", name, "porto-alegre-participatory-budgeting")[0] == 0
    handout = tmp_path / "handout.pdf"
    assert casebook("collection", "export", name, handout)[0] == 0
    into = tmp_path / "drafts"
    assert casebook("import", "document", handout, "--into", into)[0] == 0
    meta = parse_file(str(into / "_needs-review" / "doc-handout.md")).meta
    assert meta["title"] == name
    assert meta["year_start"] == 1989  # not the year it was printed
    body = body_of(draft(into, "doc-handout"))
    assert "Contents" not in body and "Participant handout" not in body
    assert [line for line in body.splitlines() if line.startswith("## ")][:5] == [
        "## Context", "## Challenge", "## Strategy", "## Outcomes", "## Lessons"]
    assert "took office in 1989" in body  # the PDF's ligature as letters
    # a line Qt draws clipped at a page's foot and again on the next page is read once
    assert body.count("participativo (participatory budget)") == 1


def test_a_second_import_updates_and_keeps_what_a_person_edited(casebook: Any,
                                                                tmp_path: Path) -> None:
    source = make_docx(tmp_path / "permits.docx")
    into = tmp_path / "drafts"
    assert casebook("import", "document", source, "--into", into)[0] == 0
    path = into / "_needs-review" / "doc-permits.md"
    first = path.read_bytes()
    code, out, _ = casebook("import", "document", source, "--into", into)
    assert code == 0 and out.startswith("unchanged ")
    assert path.read_bytes() == first
    path.write_text(path.read_text(encoding="utf-8") + "\nMy own note.\n", encoding="utf-8")
    assert edited(path.read_text(encoding="utf-8"))
    code, out, _ = casebook("import", "document", source, "--into", into)
    assert out.startswith("kept (edited here) ")
    assert "My own note." in path.read_text(encoding="utf-8")
    code, out, _ = casebook("import", "document", source, "--into", into, "--force")
    assert out.startswith("overwritten ")
    assert "My own note." not in path.read_text(encoding="utf-8")


def test_one_name_in_two_formats_gives_two_drafts(casebook: Any, tmp_path: Path) -> None:
    docx = make_docx(tmp_path / "report.docx")
    odt = html_document("odt", tmp_path / "report.odt")
    into = tmp_path / "drafts"
    assert casebook("import", "document", docx, "--into", into)[0] == 0
    assert casebook("import", "document", odt, "--into", into)[0] == 0  # another run
    names = sorted(p.name for p in (into / "_needs-review").iterdir())
    assert names == ["doc-report-odt.md", "doc-report.md"]
    assert "Open Permits" in draft(into, "doc-report")
    assert "Northshire" in draft(into, "doc-report-odt")
    code, out, _ = casebook("import", "document", docx, odt, "--into", into)
    assert code == 0 and [line.split()[0] for line in out.splitlines()[:2]] == [
        "unchanged", "unchanged"]


def test_bad_files_are_one_line_each_and_the_others_are_drafted(casebook: Any,
                                                                tmp_path: Path) -> None:
    old = tmp_path / "old.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0 a binary Word 97 file")
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    blank = tmp_path / "scan.pdf"
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    with open(blank, "wb") as handle:
        writer.write(handle)
    good = make_docx(tmp_path / "good.docx")
    into = tmp_path / "drafts"
    code, out, err = casebook("import", "document", old, broken, blank, good, "--into", into)
    assert code == 2
    lines = err.strip().splitlines()
    assert lines[0] == (f"casebook: error: {old}: Casebook reads Word (.docx), OpenDocument "
                        "(.odt) and PDF files; save it as one of those")
    assert lines[1].startswith(f"casebook: error: {broken}: not a Word document Casebook "
                               "can read (")
    assert lines[2] == (f"casebook: error: {blank}: no text in this PDF (a scan? Casebook "
                        "reads the text of a PDF, not its pictures)")
    assert len(lines) == 3
    assert "1 draft (1 new)" in out and "3 files could not be read" in out
    assert [p.name for p in (into / "_needs-review").iterdir()] == ["doc-good.md"]


def test_a_dry_run_writes_nothing(casebook: Any, tmp_path: Path) -> None:
    source = make_docx(tmp_path / "permits.docx")
    into = tmp_path / "drafts"
    code, out, _ = casebook("import", "document", source, "--into", into, "--dry-run")
    assert code == 0 and out.startswith("new ") and "(dry run: nothing was written)" in out
    assert not into.exists()
    code, _, err = casebook("import", "document", source)
    assert code == 2 and "--into DIR is required" in err


@pytest.mark.parametrize(("heading", "section"), [
    ("Background", "Context"), ("1. Introduction", "Context"), ("II. The problem", "Challenge"),
    ("Our approach:", "Strategy"), ("Our city", None), ("Approach", "Strategy"),
    ("3.2 Methodology", "Strategy"),
    ("Results and impact", "Outcomes"), ("Lessons learned", "Lessons"),
    ("Desafío", "Challenge"), ("Résultats", "Outcomes"), ("Budget", None),
    ("Impact-driven budgeting", None),
])
def test_headings_that_fit_a_section(heading: str, section: str | None) -> None:
    assert section_name(heading) == section


def test_the_year_skips_printing_dates() -> None:
    assert find_year(["Printed 2026-12-01", "Started in 1989, ended 2004"]) == 1989
    assert find_year(["On 01/02/2020 we", "no year", "in 3000 or 1750"]) is None
    assert find_year(["The 1,999 forms", "A 2015 law"]) == 2015


def test_a_folder_of_documents(casebook: Any, tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    (reports / "2019").mkdir(parents=True)
    make_docx(reports / "2019" / "permits.docx")
    make_docx(reports / "budget.docx")
    (reports / "notes.txt").write_text("not a document", encoding="utf-8")
    (reports / "~$budget.docx").write_bytes(b"Word's lock file")
    into = tmp_path / "drafts"
    code, out, err = casebook("import", "document", reports, "--into", into)
    assert out.strip().endswith("2 drafts (2 new) in " + str(into / "_needs-review"))
    assert code == 0, err
    assert sorted(p.name for p in (into / "_needs-review").iterdir()) == [
        "doc-budget.md", "doc-permits.md"]
    code, _, err = casebook("import", "document", tmp_path / "drafts" / "_needs-review",
                            "--into", into)
    assert code == 2 and "no .docx, .odt or .pdf file in" in err
