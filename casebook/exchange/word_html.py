"""A case body's sanitised HTML as Word paragraphs, lists and tables in the template's styles."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from docx.document import Document
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from casebook.exchange.word import add, hyperlink, table

BLOCKS = {"p", "div", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd"}
_SPACE = re.compile(r"\s+")


def restart_numbering(doc: Document, paragraph: Paragraph) -> None:
    """Number this list from 1 again: Word's List Number style counts on across the whole
    document otherwise (the second case's questions would start at 4)."""
    style = doc.styles["List Number"].element
    num_pr = style.pPr.numPr if style.pPr is not None else None
    if num_pr is None or num_pr.numId is None:
        return
    numbering = doc.part.numbering_part.element
    abstract = numbering.num_having_numId(num_pr.numId.val).abstractNumId.val
    num = numbering.add_num(abstract)
    num.add_lvlOverride(ilvl=0).add_startOverride(1)
    mine = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    mine.get_or_add_ilvl().val = 0
    mine.get_or_add_numId().val = num.numId


def numbered(doc: Document, items: list[str], style: str = "List Number") -> list[Paragraph]:
    """A numbered list that starts at 1."""
    out = [add(doc, item, style) for item in items]
    if out:
        restart_numbering(doc, out[0])
    return out


class _Body(HTMLParser):
    """Writes paragraphs as the tags open and close; tables are gathered, then written."""

    def __init__(self, doc: Document, shift: int) -> None:
        super().__init__(convert_charrefs=True)
        self.doc, self.shift = doc, shift
        self.para: Paragraph | None = None
        self.para_style = "Normal"
        self.inline: dict[str, int] = {"b": 0, "i": 0, "code": 0, "sup": 0, "sub": 0}
        self.link: str | None = None
        self.lists: list[str] = []
        self.counts: list[int] = []  # items so far in each open list
        self.quote = 0
        self.pre = 0
        self.rows: list[list[str]] | None = None
        self.heads = 0  # header rows of the table being read

    # blocks -------------------------------------------------------------------------
    def _new(self, style: str) -> Paragraph:
        self.para = add(self.doc, "", style)
        self.para_style = style
        return self.para

    def _list_style(self) -> str:
        kind = "List Number" if self.lists and self.lists[-1] == "ol" else "List Bullet"
        depth = min(len(self.lists), 3)
        return kind if depth <= 1 else f"{kind} {depth}"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tag = {"strong": "b", "em": "i", "kbd": "code", "samp": "code"}.get(tag, tag)
        if self.rows is not None:
            self._table_tag(tag)
            return
        if tag in ("ul", "ol"):
            self.lists.append(tag)
            self.counts.append(0)
            self.para = None
        elif tag == "li":
            para = self._new(self._list_style())
            if self.lists and self.lists[-1] == "ol" and self.counts[-1] == 0:
                restart_numbering(self.doc, para)
            if self.counts:
                self.counts[-1] += 1
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._new(f"Heading {min(9, int(tag[1]) + self.shift)}")
        elif tag == "blockquote":
            self.quote += 1
            self.para = None
        elif tag == "pre":
            self.pre += 1
            self._new("macro")
        elif tag in ("p", "div", "dt", "dd"):
            if not (self.lists and self.para is not None and tag == "p" and self._in_item()):
                self._new("Quote" if self.quote else "Normal")
        elif tag == "br" and self.para is not None:
            self.para.add_run().add_break()
        elif tag == "table":
            self.rows, self.heads = [], 0
        elif tag == "a":
            self.link = dict(attrs).get("href") or None
        elif tag in self.inline:
            self.inline[tag] += 1

    def _in_item(self) -> bool:
        return self.para is not None and self.para_style.startswith("List")

    def handle_endtag(self, tag: str) -> None:
        tag = {"strong": "b", "em": "i", "kbd": "code", "samp": "code"}.get(tag, tag)
        if self.rows is not None:
            if tag == "table":
                self._end_table()
            return
        if tag in ("ul", "ol") and self.lists:
            self.lists.pop()
            self.counts.pop()
            self.para = None
        elif tag == "li":
            self.para = None
        elif tag == "blockquote":
            self.quote = max(0, self.quote - 1)
        elif tag == "pre":
            self.pre = max(0, self.pre - 1)
            self.para = None
        elif tag in BLOCKS:
            self.para = None
        elif tag == "a":
            self.link = None
        elif tag in self.inline:
            self.inline[tag] = max(0, self.inline[tag] - 1)

    # text ---------------------------------------------------------------------------
    def handle_data(self, data: str) -> None:
        if self.rows is not None:
            if self.rows and self.rows[-1]:
                self.rows[-1][-1] += data
            return
        text = data if self.pre else _SPACE.sub(" ", data)
        if not text.strip() and self.para is None:
            return
        para = self.para or self._new(self._list_style() if self.lists else
                                      ("Quote" if self.quote else "Normal"))
        if not para.runs and not para._p.findall(qn("w:hyperlink")):
            text = text.lstrip()
        if self.link and self.link.startswith(("http://", "https://", "mailto:")):
            hyperlink(para, self.link, text)
            return
        self._run(para, text)

    def _run(self, para: Paragraph, text: str) -> Run:
        run = para.add_run(text)
        if self.inline["b"]:
            run.bold = True
        if self.inline["i"]:
            run.italic = True
        if self.inline["code"] or self.pre:
            run.font.name = "Courier New"
            run.font.size = Pt(9.5)
        if self.inline["sup"]:
            run.font.superscript = True
        if self.inline["sub"]:
            run.font.subscript = True
        return run

    # tables -------------------------------------------------------------------------
    def _table_tag(self, tag: str) -> None:
        assert self.rows is not None
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            if not self.rows:
                self.rows.append([])
            self.rows[-1].append("")
            if tag == "th" and len(self.rows) == self.heads + 1 and len(self.rows[-1]) == 1:
                self.heads += 1

    def _end_table(self) -> None:
        rows = [[" ".join(cell.split()) for cell in row] for row in self.rows or [] if row]
        self.rows = None
        self.para = None
        if not rows:
            return
        width = max(len(r) for r in rows)
        rows = [r + [""] * (width - len(r)) for r in rows]
        header, body = (rows[0], rows[1:]) if self.heads else ([""] * width, rows)
        grid = table(self.doc, header, body)
        if not self.heads:
            grid._tbl.remove(grid.rows[0]._tr)
        self.doc.add_paragraph()


def add_html(doc: Document, fragment: str, shift: int = 0) -> None:
    """Append a sanitised HTML fragment (a case body) to the document; `shift` moves its
    headings down (the body's h2 sections under a case's Heading 1 stay Heading 2)."""
    parser = _Body(doc, shift)
    parser.feed(fragment)
    parser.close()
