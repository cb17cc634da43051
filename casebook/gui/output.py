"""The handout as a PDF, laid out by Qt (QTextDocument + QPdfWriter): no extra dependency."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QApplication

from casebook import paths
from casebook.errors import StorageError
from casebook.exchange.packs import Cases, ExportReport, Progress
from casebook.render.handout import EDITION, anchor, check_audience, handout_html
from casebook.userdata.collections import Collection

MARGIN_MM = 20.0
FOOTER_MM = 9.0  # from the foot of the text to the footer's baseline
ALWAYS_BEFORE = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
Pages = dict[str, int]  # anchor name -> the 1-based page it is on


def ensure_app() -> QGuiApplication:
    """The running Qt application, or a headless one (the CLI has no window). That one is
    a QApplication all the same: a process that later opens a window needs it to be."""
    app = QGuiApplication.instance()
    if app is not None:
        return app  # type: ignore[return-value]
    previous = os.environ.get("QT_QPA_PLATFORM")
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        return QApplication([])
    finally:
        if previous is None:
            os.environ.pop("QT_QPA_PLATFORM", None)
        else:
            os.environ["QT_QPA_PLATFORM"] = previous


class _Paged:
    """A document laid out on the writer's pages, in its device units."""

    def __init__(self, writer: QPdfWriter, html: str) -> None:
        margin = MARGIN_MM / 25.4 * writer.resolution()
        self.margin = margin
        self.body = QSizeF(writer.width() - 2 * margin, writer.height() - 2 * margin)
        self.doc = QTextDocument()
        self.doc.documentLayout().setPaintDevice(writer)
        self.doc.setDocumentMargin(0)
        # Qt sizes headings from the default font (h1 twice as big), not from the style sheet
        self.doc.setDefaultFont(QFont(self.doc.defaultFont().family(), 10))
        self.doc.setPageSize(self.body)
        self.doc.setHtml(html)
        self.layout = self.doc.documentLayout()
        self.doc.pageCount()  # lays out the whole document (Qt lays out lazily)
        keep_headings_with_next(self)

    def line_pages(self, block: QTextBlock) -> list[int]:
        """The 0-based page of each line of a block."""
        top = self.layout.blockBoundingRect(block).top()  # lays out up to the block
        text = block.layout()
        height = self.body.height()
        tops = [text.lineAt(i).y() for i in range(text.lineCount())] or [0.0]
        return [int((top + y + 1) // height) for y in tops]

    def anchors(self) -> Pages:
        found: Pages = {}
        block = self.doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                for name in it.fragment().charFormat().anchorNames():
                    pages = self.line_pages(block)
                    found.setdefault(name, (pages[0] if pages else 0) + 1)
                it += 1
            block = block.next()
        return found


def _content(doc: QTextDocument) -> list[QTextBlock]:
    out = []
    block = doc.begin()
    while block.isValid():
        if block.text().strip():
            out.append(block)
        block = block.next()
    return out


def _break_before(block: QTextBlock) -> bool:
    """Start a page at this block (at its table when it opens one); False when it cannot."""
    cursor = QTextCursor(block)
    table = cursor.currentTable()
    if table is None:
        fmt = block.blockFormat()
        fmt.setPageBreakPolicy(ALWAYS_BEFORE)
        cursor.setBlockFormat(fmt)
        return True
    if table.firstCursorPosition().block() != block:
        return False  # a heading in the middle of a table cell stays where it is
    tfmt = table.format()
    tfmt.setPageBreakPolicy(ALWAYS_BEFORE)
    table.setFormat(tfmt)
    return True


def keep_headings_with_next(paged: _Paged) -> int:
    """Move a heading left at the foot of a page (with the headings just above it) to the
    next page, with what it introduces; returns how many moved."""
    moved = 0
    done: set[int] = set()
    changed = True
    while changed:
        changed = False
        blocks = _content(paged.doc)
        run = 0  # index of the first heading of the current run of headings
        for i in range(len(blocks) - 1):
            block = blocks[i]
            if block.blockFormat().headingLevel() <= 0:
                run = i + 1
                continue
            if paged.line_pages(block)[-1] >= paged.line_pages(blocks[i + 1])[0]:
                continue
            first = blocks[run]
            if run == 0 or first.position() in done or \
                    paged.line_pages(blocks[run - 1])[-1] < paged.line_pages(first)[0]:
                continue  # already at the top of its page: moving it would not help
            done.add(first.position())
            if _break_before(first):
                paged.doc.pageCount()
                moved += 1
                changed = True
                break
    return moved


def _footer(painter: QPainter, paged: _Paged, writer: QPdfWriter, page: int,
            text: str) -> None:
    font = QFont("Helvetica", 8)
    painter.setFont(font)
    painter.setPen(QColor("#666666"))
    height = paged.margin * 0.6
    top = paged.margin + paged.body.height() + FOOTER_MM / 25.4 * writer.resolution() - height
    box = QRectF(paged.margin, top, paged.body.width(), height)
    painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, text)
    painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                     str(page))


def write_pdf(html: str | Callable[[Pages], str], target: Path, title: str = "",
              footer: str = "") -> None:
    """Lay out the HTML on A4 pages, each page after the first numbered at the bottom.

    `html` may be a function of the page each named anchor starts on (for a contents
    list); it is called again until those pages settle.
    """
    ensure_app()
    with paths.replacing(target) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setTitle(title)
        writer.setCreator("Casebook")
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
        make = html if callable(html) else (lambda _pages: html)
        pages: Pages = {}
        for _ in range(4):
            paged = _Paged(writer, make(pages))
            found = paged.anchors()
            if found == pages or not callable(html):
                break
            pages = found
        _paint(paged, writer, footer)
        del writer  # finishes the file
        if not tmp.is_file() or tmp.stat().st_size == 0:
            raise StorageError(f"cannot write {target}")


def _paint(paged: _Paged, writer: QPdfWriter, footer: str) -> None:
    painter = QPainter(writer)
    if not painter.isActive():
        return
    height = paged.body.height()
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette.setColor(QPalette.ColorRole.Text, QColor("black"))
    for page in range(paged.doc.pageCount()):
        if page:
            writer.newPage()
        painter.save()
        painter.translate(paged.margin, paged.margin - page * height)
        view = QRectF(0, page * height, paged.body.width(), height)
        painter.setClipRect(view)
        context.clip = view.adjusted(0, 0, 0, -1)  # not the line that starts the next page
        paged.layout.draw(painter, context)
        painter.restore()
        if page:
            _footer(painter, paged, writer, page + 1, footer)
    painter.end()


def write_pdf_export(collection: Collection, cases: Cases, target: str | os.PathLike[str],
                     progress: Progress | None = None,
                     audience: str = "participant") -> ExportReport:
    """The PDF from loaded data (see casebook.exchange.packs.load); safe in a worker thread."""
    check_audience(audience)
    path = Path(target)
    by_anchor = {i.id: anchor(i.id) for i in collection.items}
    report = [progress]  # the first pass reports its progress, the others go quietly

    def html(pages: Pages) -> str:
        numbers = {case_id: pages.get(name, 0) for case_id, name in by_anchor.items()}
        tell, report[0] = report[0], None
        return handout_html(collection, cases, tell, audience, numbers)

    edition = "Trainer's edition" if audience == "trainer" else EDITION[audience]
    try:
        write_pdf(html, path, collection.name, f"{collection.name} · {edition}")
    except OSError as exc:
        raise StorageError(f"cannot write {path}: {exc.strerror or exc}") from None
    return ExportReport(str(path), "pdf", len(collection.items),
                        [i.id for i in collection.items if i.id not in cases], audience)

