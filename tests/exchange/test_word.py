"""Word handouts, comparisons and maps, read back with python-docx."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

from casebook.exchange.packs import export
from casebook.exchange.word import comparison_docx, document, map_docx
from casebook.exchange.word_html import add_html
from casebook.library import Library
from tests.helpers import write_case

NAME = "Open Gov 101"
OUTCOMES = ("{id: civic-engagement, result: reversed, evidence: evaluation, source: 1, "
            "note: 'Grew, then fell'}, accountability")
EXTRA = ("verdict: mixed\nlicence: CC-BY-SA-4.0\nattribution: \"The GovLab\"\n"
         "metrics:\n  - label: Participants\n    value: 40000\n    unit: people\n"
         "    year: 1999\n    baseline: 976\n    source: 1\n")
BODY = ("Residents **decide** in [assemblies](https://example.org/assemblies).\n\n"
        "- first point\n- second point\n\n1. step one\n2. step two\n\n"
        "| Year | Votes |\n|---|---|\n| 1990 | 976 |\n")


@pytest.fixture
def lib(make_library: Callable[..., Library], case_dir: Path) -> Library:
    write_case(case_dir, "porto-alegre", title="Porto Alegre", outcomes=OUTCOMES,
               extra=EXTRA, body=BODY)
    write_case(case_dir, "estonia", title="Estonia's X-Road")
    write_case(case_dir, "gone", title="A case that will vanish")
    library = make_library(case_dir)
    library.sync()
    cols = library.collections
    cols.create(NAME, "Purpose: how governments change.\n\nAudience: new managers.")
    cols.add(NAME, ["porto-alegre", "estonia", "gone"])
    cols.set_questions(NAME, "porto-alegre", ["Who decided?", "What changed?"])
    cols.set_questions(NAME, "estonia", ["Why X-Road?"])
    cols.set_note(NAME, "porto-alegre", "Start here.")
    (case_dir / "gone.md").unlink()
    library.sync()
    return library


def _styled(doc: Document, style: str) -> list[str]:
    return [p.text for p in doc.paragraphs if p.style is not None and p.style.name == style]


def _tables(doc: Document) -> list[list[list[str]]]:
    return [[[c.text for c in row.cells] for row in t.rows] for t in doc.tables]


def test_handout_has_styles_contents_pages_tables_and_credit(lib: Library,
                                                             tmp_path: Path) -> None:
    report = export(lib, NAME, tmp_path / "h.docx", audience="trainer")
    assert (report.format, report.cases, report.missing) == ("docx", 3, ["gone"])
    doc = Document(str(tmp_path / "h.docx"))
    assert _styled(doc, "Title") == [NAME]
    cases = ["1. Porto Alegre", "2. Estonia's X-Road", "3. A case that will vanish"]
    assert _styled(doc, "Heading 1") == ["Contents", *cases]
    for para in doc.paragraphs:  # the contents and each case on a page of its own
        if para.style is not None and para.style.name == "Heading 1":
            assert para.paragraph_format.page_break_before is True
    headings2 = _styled(doc, "Heading 2")
    for heading in ("Trainer's note", "Discussion questions", "Context", "Lessons", "Metrics",
                    "Results and evidence", "Sources"):
        assert heading in headings2
    assert "Some context text." in _styled(doc, "Normal")
    questions = [t for t in _styled(doc, "List Number") if t.endswith("?")]
    assert questions == ["Who decided?", "What changed?", "Why X-Road?"]
    assert _styled(doc, "List Bullet") == ["first point", "second point"]
    body = doc.element.body.xml
    assert 'TOC \\o "1-1"' in body
    assert _styled(doc, "toc 1") == cases
    footer = doc.sections[0].footer._element.xml
    assert "PAGE" in footer and "fldSimple" in footer
    tables = _tables(doc)
    assert ["Measure", "Value", "Before", "Source"] in [t[0] for t in tables]
    metrics = next(t for t in tables if t[0][0] == "Measure")
    assert metrics[1] == ["Participants", "40,000 people (1999)", "976", "[1]"]
    results = next(t for t in tables if t[0][0] == "Outcome")
    assert results[1] == ["Civic engagement", "reversed", "evaluation", "Grew, then fell", "[1]"]
    assert ["Year", "Votes"] in [t[0] for t in tables]
    assert all(t.style is not None and t.style.name == "Table Grid" for t in doc.tables)
    credit = [p for p in doc.paragraphs if p.text.startswith("Attribution:")]
    assert [p.text for p in credit] == ["Attribution: The GovLab · Licence: CC-BY-SA-4.0"]
    assert credit[0].runs[0].bold
    links = [r.target_ref for r in doc.part.rels.values() if r.reltype.endswith("/hyperlink")]
    assert "https://example.org/assemblies" in links
    assert any("no longer in the library" in p.text for p in doc.paragraphs)
    assert doc.core_properties.title == NAME


def test_participant_handout_leaves_out_the_notes(lib: Library, tmp_path: Path) -> None:
    export(lib, NAME, tmp_path / "p.docx")
    doc = Document(str(tmp_path / "p.docx"))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "Start here." not in text and "Trainer's note" not in text
    assert "Who decided?" in text


def test_each_numbered_list_starts_again_at_one(lib: Library, tmp_path: Path) -> None:
    export(lib, NAME, tmp_path / "h.docx")
    doc = Document(str(tmp_path / "h.docx"))
    firsts = {}
    for para in doc.paragraphs:
        if para.text in ("Who decided?", "Why X-Road?"):
            num = para._p.pPr.numPr
            firsts[para.text] = num.numId.val if num is not None else None
    assert None not in firsts.values()
    assert firsts["Who decided?"] != firsts["Why X-Road?"]
    numbering = doc.part.numbering_part.element
    for num_id in firsts.values():
        override = numbering.num_having_numId(num_id).find(qn("w:lvlOverride"))
        assert override.find(qn("w:startOverride")).get(qn("w:val")) == "1"


def test_comparison_is_one_word_table_with_credit(lib: Library, tmp_path: Path) -> None:
    comparison = lib.compare(["porto-alegre", "estonia"])
    comparison_docx(comparison, tmp_path / "c.docx", lib.taxonomy.label)
    doc = Document(str(tmp_path / "c.docx"))
    (grid,) = _tables(doc)
    assert grid[0] == ["", "Porto Alegre", "Estonia's X-Road"]
    labels = [row[0] for row in grid[1:]]
    assert labels[:5] == ["Place", "Level", "Years", "Verdict", "Challenges"]
    assert "Metrics" in labels and "Context" in labels
    assert "Attribution: The GovLab" in "\n".join(p.text for p in doc.paragraphs)
    assert doc.sections[0].orientation == WD_ORIENT.PORTRAIT


def test_map_is_a_landscape_table_turned_when_too_wide(lib: Library, tmp_path: Path) -> None:
    wide = lib.evidence_map()  # 12 challenges x 26 strategies: strategies down the side
    assert len(wide.col_terms) > len(wide.row_terms)
    map_docx(wide, tmp_path / "m.docx")
    doc = Document(str(tmp_path / "m.docx"))
    assert doc.sections[0].orientation == WD_ORIENT.LANDSCAPE
    assert "strategies down the side, challenges across" in doc.paragraphs[1].text
    (grid,) = _tables(doc)
    assert grid[0][0] == "strategies \\ challenges"
    assert len(grid[0]) == len(wide.row_terms) + 1 and len(grid) == len(wide.col_terms) + 1
    row = next(r for r in grid if r[0].startswith("Interoperability"))
    col = next(n for n, h in enumerate(grid[0]) if h.startswith("Legacy"))
    assert row[col].split()[0] == "2"  # both cases left face legacy systems with it
    narrow = lib.evidence_map(rows="challenges", cols="levels")
    map_docx(narrow, tmp_path / "n.docx")
    (grid,) = _tables(Document(str(tmp_path / "n.docx")))
    assert grid[0] == ["challenges \\ levels", "national (2)"]
    assert next(r for r in grid if r[0].startswith("Legacy"))[1].split()[0] == "2"


def test_html_blocks_become_styled_paragraphs(tmp_path: Path) -> None:
    doc = document("t")
    add_html(doc, "<h2>Part</h2><p>Plain <em>it</em> <code>x()</code></p>"
                  "<blockquote><p>Said</p></blockquote><ul><li>a<ul><li>b</li></ul></li></ul>"
                  "<pre>line 1\nline 2</pre><p>x<sup>1</sup></p>")
    styled = [(p.style.name if p.style else "", p.text) for p in doc.paragraphs]
    assert ("Heading 2", "Part") in styled and ("Quote", "Said") in styled
    assert ("List Bullet", "a") in styled and ("List Bullet 2", "b") in styled
    assert ("macro", "line 1\nline 2") in styled
    para = next(p for p in doc.paragraphs if p.text.startswith("Plain"))
    assert [r.italic for r in para.runs if r.text == "it"] == [True]
    sup = next(p for p in doc.paragraphs if p.text == "x1")
    assert sup.runs[-1].font.superscript


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_lays_out_each_case_on_a_page_of_its_own(lib: Library,
                                                             tmp_path: Path) -> None:
    from pypdf import PdfReader

    export(lib, NAME, tmp_path / "h.docx")
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
                    str(tmp_path / "h.docx")], env={**os.environ, "HOME": str(tmp_path)},
                   capture_output=True, timeout=300, check=True)
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(tmp_path / "h.pdf").pages]
    starts = [n for n, text in enumerate(pages) for title in
              ("1. Porto Alegre", "2. Estonia's X-Road", "3. A case that will vanish")
              if text.startswith(title)]
    assert len(starts) == 3 and starts == sorted(set(starts))
    assert pages[1].startswith("Contents")
    assert all(text.endswith(str(n)) for n, text in enumerate(pages, 1))  # the footer
