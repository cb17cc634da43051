"""Word documents (python-docx) built on the template's own styles; imported only to write one."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from docx import Document as new_document
from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph

from casebook import __version__
from casebook.errors import InputError, StorageError
from casebook.evidence.compare import Comparison
from casebook.evidence.formats import LEGEND, SYMBOLS, compare_cells
from casebook.evidence.map import VERDICT_KEYS, Cell, EvidenceMap
from casebook.paths import atomic_file

TABLE_STYLE = "Table Grid"
SMALL = "Table Text"  # a paragraph style of our own for the small text of wide tables
LINK = "Hyperlink"


def document(title: str, landscape: bool = False) -> Document:
    """A new A4 document with page numbers in the footer and the styles we use."""
    doc = new_document()
    props = doc.core_properties
    props.title, props.author, props.comments = title, "", f"Made with Casebook {__version__}"
    props.last_modified_by = ""
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(20))
    _add_styles(doc)
    footer = section.footer.paragraphs[0]
    footer.style = doc.styles["Footer"]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _field(footer, "PAGE", "1")
    return doc


_IDS: dict[str, str] = {}  # style name -> id, the same in every document made here


def style_id(doc: Document, name: str) -> str:
    if name not in _IDS:
        _IDS[name] = doc.styles[name].style_id
    return _IDS[name]


def add(doc: Document, text: str = "", style: str = "Normal") -> Paragraph:
    """A paragraph in a named style, set by its id: python-docx looks a name up through
    every style of the template each time (a 57-case handout took 6 s that way)."""
    para = doc.add_paragraph(text)
    if style != "Normal":
        para._p.style = style_id(doc, style)
    return para


def heading(doc: Document, text: str, level: int) -> Paragraph:
    return add(doc, text, f"Heading {level}")


def _add_styles(doc: Document) -> None:
    styles = doc.styles
    names = {s.name for s in styles}
    if SMALL not in names:
        small = styles.add_style(SMALL, WD_STYLE_TYPE.PARAGRAPH)
        small.base_style = styles["Normal"]
        small.font.size = Pt(8.5)
        small.paragraph_format.space_after = Pt(0)
        small.quick_style = True
    if LINK not in names:
        link = styles.add_style(LINK, WD_STYLE_TYPE.CHARACTER)
        link.font.underline = True
        link.font.color.rgb = RGBColor(0x17, 0x40, 0x7A)
    if "toc 1" not in names:  # Word's own name: its contents field fills this style
        toc = styles.add_style("toc 1", WD_STYLE_TYPE.PARAGRAPH)
        toc.base_style = styles["Normal"]
        toc.paragraph_format.space_after = Pt(4)


def _field(paragraph: Paragraph, instruction: str, shown: str) -> None:
    """A simple field (PAGE, NUMPAGES...) with the text shown until Word updates it."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {instruction} ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = shown
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _fld_char(paragraph: Paragraph, kind: str, dirty: bool = False) -> None:
    run = paragraph.add_run()
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    if dirty:
        char.set(qn("w:dirty"), "true")
    run._r.append(char)


def contents(doc: Document, title: str, entries: Sequence[str]) -> None:
    """On a new page, a table of contents field over the Heading 1 paragraphs. Until Word
    updates it (it asks when the file opens) it shows `entries`, without page numbers."""
    heading(doc, title, 1).paragraph_format.page_break_before = True
    first = add(doc, "", "toc 1")
    _fld_char(first, "begin", dirty=True)
    run = first.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = ' TOC \\o "1-1" \\h \\z \\u '
    run._r.append(instr)
    _fld_char(first, "separate")
    last = first
    for n, entry in enumerate(entries):
        last = first if n == 0 else add(doc, "", "toc 1")
        last.add_run(entry)
    _fld_char(last, "end")
    settings = doc.settings.element
    update = settings.find(qn("w:updateFields"))
    if update is None:
        update = OxmlElement("w:updateFields")
        settings.append(update)
    update.set(qn("w:val"), "true")


def hyperlink(paragraph: Paragraph, url: str, text: str) -> None:
    """A link that opens `url`, shown in the Hyperlink character style."""
    rel = paragraph.part.relate_to(url, "http://schemas.openxmlformats.org/officeDocument/"
                                   "2006/relationships/hyperlink", is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel)
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), LINK)  # the style id of the style named so in _add_styles
    props.append(style)
    run.append(props)
    node = OxmlElement("w:t")
    node.set(qn("xml:space"), "preserve")
    node.text = text
    run.append(node)
    link.append(run)
    paragraph._p.append(link)


def table(doc: Document, header: Sequence[str], rows: Sequence[Sequence[str]],
          widths: Sequence[float] | None = None, small: bool = False,
          row_headers: bool = False) -> Table:
    """A real Word table in the template's grid style: a header row repeated on every page,
    and, with `row_headers`, the first column in bold too."""
    grid: Table = doc.add_table(rows=1 + len(rows), cols=len(header))
    grid._tbl.tblPr.style = style_id(doc, TABLE_STYLE)
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    small_id = style_id(doc, SMALL) if small else None
    for r, values in enumerate([list(header), *map(list, rows)]):
        cells = grid.rows[r].cells
        for c, value in enumerate(values):
            para = cells[c].paragraphs[0]
            if small_id:
                para._p.style = small_id
            para.add_run(str(value)).bold = r == 0 or (row_headers and c == 0) or None
    header_row = grid.rows[0]._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    header_row.append(repeat)
    if widths:  # Word reads the cells' widths, LibreOffice the columns'
        grid.autofit = False
        for column, width in zip(grid.columns, widths, strict=False):
            column.width = Mm(width)
        for row in grid.rows:
            for cell, width in zip(row.cells, widths, strict=False):
                cell.width = Mm(width)
    return grid


def upright(grid: Table, row: int = 0, start: int = 1) -> None:
    """The cells of one row written bottom to top (the map's narrow column headers)."""
    for cell in grid.rows[row].cells[start:]:
        direction = OxmlElement("w:textDirection")
        direction.set(qn("w:val"), "btLr")
        cell._tc.get_or_add_tcPr().append(direction)


def save(doc: Document, target: str | os.PathLike[str]) -> Path:
    """Write the document all at once (a reader never sees half a file)."""
    path = Path(target)
    if path.is_dir():
        raise InputError(f"{path} is a folder; give a file name")
    try:
        with atomic_file(path) as handle:
            doc.save(handle)
    except OSError as exc:
        raise StorageError(f"cannot write {path}: {exc.strerror or exc}") from None
    return path


def comparison_docx(c: Comparison, target: str | os.PathLike[str],
                    label: Callable[[str, str], str] = lambda _f, v: v) -> Path:
    """The comparison as one Word table (a row per field, a column per case), landscape
    when it holds more than three cases, then each case's credit."""
    doc = document("Comparison", landscape=len(c.cases) > 3)
    heading(doc, "Comparison", 1)
    doc.add_paragraph(" · ".join(str(case["title"]) for case in c.cases))
    header, rows = compare_cells(c, label)
    width = (257 if len(c.cases) > 3 else 170) - 30
    table(doc, header, rows, [30, *[width / len(c.cases)] * len(c.cases)],
          small=len(c.cases) > 3, row_headers=True)
    add(doc, "* held by two cases or more; (more): the section goes on in the case.",
        "Caption")
    credits = [case for case in c.cases if case.get("attribution") or case.get("licence")]
    if credits:
        heading(doc, "Attribution", 2)
        for case in credits:
            parts = [f"{name}: {case[key]}" for key, name in (("attribution", "Attribution"),
                                                              ("licence", "Licence"))
                     if case.get(key)]
            doc.add_paragraph(f"{case['title']}: " + " · ".join(parts))
    _made(doc)
    return save(doc, target)


WIDE = 14  # more columns than this do not fit across a landscape page: rows and columns swap


def map_docx(m: EvidenceMap, target: str | os.PathLike[str]) -> Path:
    """The evidence map as one landscape Word table. A map with more columns than fit
    across the page (and fewer rows) is turned a quarter: its columns become the rows.
    Narrow columns get upright headers."""
    doc = document("Evidence map", landscape=True)
    turned = len(m.col_terms) > WIDE and len(m.row_terms) < len(m.col_terms)
    rows, cols = (m.cols, m.rows) if turned else (m.rows, m.cols)
    row_terms, col_terms = (m.col_terms, m.row_terms) if turned else (m.row_terms, m.col_terms)
    heading(doc, f"Evidence map: {m.rows} × {m.cols}", 1)
    scope = f"{m.total} cases" + (f", evidence {m.min_evidence} or stronger"
                                  if m.min_evidence else "")
    if turned:
        scope += f"; {rows} down the side, {cols} across, to fit the page"
    doc.add_paragraph(scope)
    links = set(m.links)

    def cell(r: str, c: str) -> str:
        key = (c, r) if turned else (r, c)
        return _cell(m.cell(*key), key in links)

    header = [f"{rows} \\ {cols}", *(f"{t.label} ({t.cases})" for t in col_terms)]
    body = [[f"{t.label} ({t.cases})", *(cell(t.id, c.id) for c in col_terms)]
            for t in row_terms]
    first = 50.0
    rest = (257 - first) / max(1, len(col_terms))
    grid = table(doc, header, body, [first, *[rest] * len(col_terms)], small=True,
                 row_headers=True)
    if rest < 15:
        upright(grid)
        grid.rows[0].height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        grid.rows[0].height = Mm(45)
    add(doc, LEGEND, "Caption")
    _made(doc)
    return save(doc, target)


def _cell(cell: Cell | None, link: bool) -> str:
    """A map cell for a narrow column: '13 6● 5◐ 2○' (a count before each verdict mark)."""
    if cell is None:
        return "◇" if link else ""
    marks = [f"{n if n > 1 else ''}{SYMBOLS[v]}" for v in VERDICT_KEYS
             if (n := cell.verdicts[v])]
    return " ".join([str(cell.cases), *marks])


def _made(doc: Document) -> None:
    add(doc, f"Made with Casebook on {date.today().isoformat()}.", "Caption")

