"""The text of a Word (python-docx), OpenDocument (its content.xml) or PDF (pypdf) file as
blocks: the title, headings with their level, paragraphs and list items in reading order."""

from __future__ import annotations

import itertools
import re
import statistics
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from casebook import limits
from casebook.cases.cells import clean
from casebook.errors import InputError

SUFFIXES = (".docx", ".odt", ".pdf")
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
DC = "http://purl.org/dc/elements/1.1/"
_HEADING_STYLE = re.compile(r"(?i)^heading\s*(\d)$")
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d+(?:\s*(?:/|of)\s*\d+)?$", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
_LIGATURES = re.compile("[\ufb00-\ufb06]")  # 'ﬀi' as PDF fonts draw 'ffi'; text has letters


@dataclass
class Block:
    kind: str  # "title", "heading", "para" or "item"
    text: str
    level: int = 0  # of a heading: 1 is the highest


@dataclass
class Extracted:
    blocks: list[Block] = field(default_factory=list)
    meta_title: str = ""

    def add(self, kind: str, text: str, level: int = 0) -> None:
        text = " ".join(clean(text).split())
        if text:
            self.blocks.append(Block(kind, text, level))


def read_document(path: str) -> Extracted:
    """The blocks of a .docx, .odt or .pdf file; InputError names the file and what is
    wrong with it (another format, damaged, encrypted, too large)."""
    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(f"{path}: Casebook reads Word (.docx), OpenDocument (.odt) and PDF "
                         "files; save it as one of those")
    try:
        size = Path(path).stat().st_size
    except OSError as exc:
        raise InputError(f"{path}: cannot read it: {exc.strerror or exc}") from None
    if size > limits.MAX_DOCUMENT_BYTES:
        raise InputError(f"{path}: over {limits.MAX_DOCUMENT_BYTES >> 20} MB; Casebook drafts "
                         "cases from smaller documents")
    try:
        if suffix == ".docx":
            return _docx(path)
        if suffix == ".odt":
            return _odt(path)
        return _pdf(path)
    except InputError:
        raise
    except Exception as exc:  # each library raises its own errors for a damaged file
        kind = {".docx": "a Word", ".odt": "an OpenDocument", ".pdf": "a PDF"}[suffix]
        raise InputError(f"{path}: not {kind} document Casebook can read "
                         f"({type(exc).__name__}: {exc})") from None


# Word -----------------------------------------------------------------------------------
def _docx(path: str) -> Extracted:
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    doc = Document(path)
    out = Extracted(meta_title=doc.core_properties.title or "")
    for child in doc.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(child, doc)
            style = paragraph.style.name if paragraph.style is not None else ""
            heading = _HEADING_STYLE.match(style or "")
            if style == "Title":
                out.add("title", paragraph.text)
            elif heading:
                out.add("heading", paragraph.text, int(heading.group(1)))
            elif (style or "").startswith("List") or child.find(
                    ".//{*}numPr") is not None:
                out.add("item", paragraph.text)
            else:
                out.add("para", paragraph.text)
        elif tag == "tbl":
            for row in Table(child, doc).rows:
                cells = list(dict.fromkeys(c.text.strip() for c in row.cells))
                out.add("para", " | ".join(c for c in cells if c))
    return out


# OpenDocument ---------------------------------------------------------------------------
def _odt(path: str) -> Extracted:
    with zipfile.ZipFile(path) as zf:
        names = set(zf.namelist())
        if "content.xml" not in names:
            raise InputError(f"{path}: not an OpenDocument text (no content.xml in it)")
        for name in ("content.xml", "meta.xml"):
            if name in names and zf.getinfo(name).file_size > limits.MAX_DOCUMENT_BYTES:
                raise InputError(f"{path}: its {name} is too large to read")
        content = ET.fromstring(zf.read("content.xml"))
        meta = ET.fromstring(zf.read("meta.xml")) if "meta.xml" in names else None
    title = meta.find(f".//{{{DC}}}title") if meta is not None else None
    out = Extracted(meta_title=(title.text or "") if title is not None else "")
    body = content.find(f"{{{OFFICE}}}body/{{{OFFICE}}}text")
    if body is not None:
        _odt_blocks(body, out)
    return out


def _odt_blocks(parent: ET.Element, out: Extracted) -> None:
    for child in parent:
        tag = child.tag
        if tag == f"{{{TEXT}}}h":
            level = child.get(f"{{{TEXT}}}outline-level") or "1"
            out.add("heading", _odt_text(child), int(level) if level.isdigit() else 1)
        elif tag == f"{{{TEXT}}}p":
            style = child.get(f"{{{TEXT}}}style-name") or ""
            out.add("title" if style == "Title" else "para", _odt_text(child))
        elif tag == f"{{{TEXT}}}list":
            for item in child.iter(f"{{{TEXT}}}list-item"):
                for p in item:
                    if p.tag in (f"{{{TEXT}}}p", f"{{{TEXT}}}h"):
                        out.add("item", _odt_text(p))
        elif tag == f"{{{TABLE}}}table":
            for row in child.iter(f"{{{TABLE}}}table-row"):
                cells = [_odt_text(c) for c in row.iter(f"{{{TABLE}}}table-cell")]
                out.add("para", " | ".join(c.strip() for c in cells if c.strip()))
        elif tag in (f"{{{TEXT}}}section", f"{{{TEXT}}}soft-page-break"):
            _odt_blocks(child, out)
        # a table of contents repeats the headings: left out


def _odt_text(node: ET.Element) -> str:
    """A paragraph's text with its spaces, tabs and line breaks (text:s, text:tab, …)."""
    parts: list[str] = [node.text or ""]
    for child in node:
        name = child.tag.rsplit("}", 1)[-1]
        if name == "s":
            count = child.get(f"{{{TEXT}}}c") or "1"
            parts.append(" " * (int(count) if count.isdigit() else 1))
        elif name in ("tab", "line-break"):
            parts.append(" ")
        elif name not in ("note", "annotation"):
            parts.append(_odt_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


# PDF ------------------------------------------------------------------------------------
@dataclass
class _Line:
    page: int
    y: float
    size: float
    text: str


def _pdf_lines(reader: Any) -> Iterator[_Line]:
    """Each page's lines from the top, with the size of their largest letters (the text
    matrices' scale times the font size: PDF writers scale either)."""
    for number, page in enumerate(reader.pages):
        runs: list[tuple[float, float, str]] = []

        def visit(text: str, cm: Any, tm: Any, _font: Any, size: Any,
                  runs: list[tuple[float, float, str]] = runs) -> None:
            if not text.strip():
                return
            scale = abs(float(tm[3]) * float(cm[3])) or 1.0
            y = float(tm[5]) * float(cm[3]) + float(cm[5])
            runs.append((round(y, 0), float(size or 0) * scale, text))

        page.extract_text(visitor_text=visit)
        lines: dict[float, list[tuple[float, str]]] = {}
        order: list[float] = []
        for y, size, text in runs:
            key = next((k for k in order if abs(k - y) <= 2), None)
            if key is None:
                key = y
                order.append(y)
                lines[key] = []
            lines[key].append((size, text))
        for y in order:
            parts = lines[y]
            text = ""
            for _size, part in parts:
                part = part.replace("\t", " ")
                glue = "" if not text or part[:1] in ".,;:)" or text.endswith(" ") else " "
                text += glue + part
            text = _LIGATURES.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)
            yield _Line(number, y, max(s for s, _ in parts), " ".join(text.split()))


def _pdf(path: str) -> Extracted:
    from pypdf import PdfReader

    reader = PdfReader(path)
    if reader.is_encrypted:
        try:
            reader.decrypt("")
        except Exception:  # any failure means the same: a password is needed
            raise InputError(f"{path}: the PDF is protected by a password") from None
    meta = reader.metadata
    out = Extracted(meta_title=str(meta.title or "") if meta is not None else "")
    lines = [line for line in _pdf_lines(reader) if line.text]
    if not lines:
        raise InputError(f"{path}: no text in this PDF (a scan? Casebook reads the text of a "
                         "PDF, not its pictures)")
    pages = len(reader.pages)
    # running heads and feet: a page's first or last two lines that come back on most
    # pages once their numbers are taken out, and page numbers
    edges: dict[int, list[_Line]] = {}
    for line in lines:
        edges.setdefault(line.page, []).append(line)
    ends = {id(line): line for page in edges.values() for line in page[:2] + page[-2:]}
    seen = Counter(_DIGITS.sub("#", line.text) for line in ends.values())
    repeated = {t for t, n in seen.items() if pages > 1 and n >= max(2, pages // 2)}
    lines = [line for line in lines if not _PAGE_NUMBER.match(line.text)
             and not (id(line) in ends and _DIGITS.sub("#", line.text) in repeated)]
    # a line drawn at the foot of a page, clipped, and again at the top of the next (as Qt
    # lays out a document across pages) is read once
    lines = [line for line, after in itertools.zip_longest(lines, lines[1:])
             if after is None or after.page == line.page or after.text != line.text]
    sizes: Counter[float] = Counter()
    for line in lines:
        sizes[round(line.size)] += len(line.text)
    body = sizes.most_common(1)[0][0] if sizes else 0
    steps = sorted({round(line.size) for line in lines if line.size >= body * 1.15},
                   reverse=True)
    gaps = [a.y - b.y for a, b in itertools.pairwise(lines)
            if a.page == b.page and a.y > b.y and round(a.size) == round(b.size) == body]
    spacing = statistics.median(gaps) if gaps else body * 1.2
    first_page = min(line.page for line in lines)
    top = max((line.size for line in lines if line.page == first_page), default=0)
    paragraph: list[str] = []
    previous: _Line | None = None
    titled = False

    def flush() -> None:
        if paragraph:
            out.add("para", _joined(paragraph))
            paragraph.clear()

    for line in lines:
        size = round(line.size)
        if size in steps and len(line.text) <= 200:
            flush()
            level = steps.index(size) + 1
            last = out.blocks[-1] if out.blocks else None
            if (previous is not None and last is not None and last.kind in ("title", "heading")
                    and round(previous.size) == size and previous.page == line.page
                    and previous.y - line.y <= size * 1.6):
                last.text += " " + line.text  # a heading on two lines
            elif not titled and line.page == first_page and line.size == top:
                out.add("title", line.text)
                titled = True
            else:
                out.add("heading", line.text, level)
        else:
            far = previous is not None and (previous.page != line.page or
                                            previous.y - line.y > spacing * 1.4)
            if far or (previous is not None and round(previous.size) in steps):
                flush()
            paragraph.append(line.text)
        previous = line
    flush()
    return out


def _joined(lines: list[str]) -> str:
    """Lines of a paragraph as one text; a word hyphenated across a line break is whole."""
    text = ""
    for line in lines:
        if text.endswith("-") and line[:1].islower() and not text.endswith(" -"):
            text = text[:-1] + line
        else:
            text = f"{text} {line}" if text else line
    return text
