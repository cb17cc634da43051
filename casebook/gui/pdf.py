"""The handout as a PDF, laid out by Qt (QTextDocument + QPdfWriter): no extra dependency."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from casebook.collections import Collection
from casebook.errors import StorageError
from casebook.handout import handout_html
from casebook.packs import Cases, ExportReport, Progress, load

if TYPE_CHECKING:
    from casebook.library import Library


def ensure_app() -> QGuiApplication:
    """The running Qt application, or a headless one (the CLI has no window)."""
    app = QGuiApplication.instance()
    if app is not None:
        return app  # type: ignore[return-value]
    previous = os.environ.get("QT_QPA_PLATFORM")
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        return QGuiApplication([])
    finally:
        if previous is None:
            os.environ.pop("QT_QPA_PLATFORM", None)
        else:
            os.environ["QT_QPA_PLATFORM"] = previous


def write_pdf(html: str, target: Path, title: str = "") -> None:
    """Lay out the HTML on A4 pages, each page numbered at the bottom."""
    ensure_app()
    doc = QTextDocument()
    doc.setHtml(html)
    tmp = target.with_name(f".{target.name}.tmp")
    target.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(tmp))
    writer.setTitle(title)
    writer.setCreator("Casebook")
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    # print_() breaks the text into pages, honours page-break-before and numbers each page
    doc.print_(writer)
    del writer  # finishes the file
    if not tmp.is_file() or tmp.stat().st_size == 0:
        tmp.unlink(missing_ok=True)
        raise StorageError(f"cannot write {target}")
    os.replace(tmp, target)


def write_pdf_export(collection: Collection, cases: Cases, target: str | os.PathLike[str],
                     progress: Progress | None = None) -> ExportReport:
    """The PDF from loaded data (see casebook.packs.load); safe in a worker thread."""
    path = Path(target)
    html = handout_html(collection, cases, progress)
    try:
        write_pdf(html, path, collection.name)
    except OSError as exc:
        raise StorageError(f"cannot write {path}: {exc.strerror or exc}") from None
    return ExportReport(str(path), "pdf", len(collection.items),
                        [i.id for i in collection.items if i.id not in cases])


def export_pdf(lib: Library, name: str, target: str | os.PathLike[str],
               progress: Progress | None = None) -> ExportReport:
    """Export a collection's handout as a PDF."""
    collection, cases = load(lib, name)
    return write_pdf_export(collection, cases, target, progress)
