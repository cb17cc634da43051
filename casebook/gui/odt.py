"""OpenDocument text from HTML through QTextDocumentWriter, headless like the PDF."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QTextDocument, QTextDocumentWriter

from casebook.errors import InputError, StorageError
from casebook.exchange.odf import restyle
from casebook.exchange.packs import Cases, ExportReport, Progress
from casebook.gui.output import ensure_app
from casebook.paths import atomic_write
from casebook.render.handout import check_audience, handout_html
from casebook.userdata.collections import Collection

TOC_MARKER = "\u2063casebook-contents\u2063"  # invisible separators: never in a case


def odt_bytes(html: str, title: str, toc_marker: str | None = None,
              landscape: bool = False) -> bytes:
    """The document Qt reads from `html`, as ODT with named styles (see odf.restyle)."""
    ensure_app()
    doc = QTextDocument()
    doc.setHtml(html)
    headings: dict[str, int] = {}
    block = doc.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level > 0:  # Qt names a block's automatic style after its format's index
            headings[f"p{block.blockFormatIndex()}"] = level
        block = block.next()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QTextDocumentWriter(buffer, QByteArray(b"odf"))
    if not writer.write(doc):
        raise StorageError("Qt could not write the OpenDocument text")
    buffer.close()
    return restyle(bytes(data.data()), headings, title, toc_marker, landscape)


def write_odt(html: str, target: str | os.PathLike[str], title: str = "Casebook",
              landscape: bool = False) -> Path:
    """Write `html` (a comparison, an evidence map) as an ODT file, all at once."""
    path = Path(target)
    if path.is_dir():
        raise InputError(f"{path} is a folder; give a file name")
    data = odt_bytes(html, title, landscape=landscape)
    try:
        atomic_write(path, data)
    except OSError as exc:
        raise StorageError(f"cannot write {path}: {exc.strerror or exc}") from None
    return path


def write_odt_export(collection: Collection, cases: Cases, target: str | os.PathLike[str],
                     progress: Progress | None = None,
                     audience: str = "participant") -> ExportReport:
    """The handout as ODT from loaded data (see casebook.exchange.packs.load)."""
    html = handout_html(collection, cases, progress, check_audience(audience),
                        toc_marker=TOC_MARKER, flat=True)
    path = Path(target)
    if path.is_dir():
        raise InputError(f"{path} is a folder; give a file name")
    data = odt_bytes(html, collection.name, TOC_MARKER)
    try:
        atomic_write(path, data)
    except OSError as exc:
        raise StorageError(f"cannot write {path}: {exc.strerror or exc}") from None
    return ExportReport(str(path), "odt", len(collection.items),
                        [i.id for i in collection.items if i.id not in cases], audience)
