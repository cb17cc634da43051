"""Spreadsheets (.xlsx, through openpyxl): a table written for people to edit, and read back
one row at a time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from casebook import paths
from casebook.errors import DatasetError, StorageError

MAX_CELL = 32_767  # the characters a spreadsheet cell holds
SHEET = "Cases"
_WIDE = {"id": 32, "title": 48, "summary": 60, "body": 60, "outcomes": 40, "attribution": 30}


def write_xlsx(columns: Sequence[str], rows: Iterable[Sequence[Any]], target: str) -> int:
    """Write a header and rows into one sheet (texts as text, never as formulas), replacing
    `target` whole; the number of rows written."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet = book.create_sheet(SHEET)
    sheet.freeze_panes = "B2"
    for n, name in enumerate(columns, 1):
        sheet.column_dimensions[get_column_letter(n)].width = _WIDE.get(name, 16)
    bold = Font(bold=True)
    header = []
    for name in columns:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    count = 0
    for row in rows:
        cells = []
        for value in row:
            cell = WriteOnlyCell(sheet, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # '=SUM(…)' in a title stays a title
            cells.append(cell)
        sheet.append(cells)
        count += 1
    try:
        with paths.replacing(target) as tmp:
            book.save(str(tmp))
    except OSError as exc:
        raise StorageError(f"cannot write {target}: {exc.strerror or exc}") from None
    return count


def _cell(value: Any) -> Any:
    """A cell's value as the table importer takes it: numbers stay numbers, dates become
    ISO text, an empty cell is empty text."""
    if value is None:
        return ""
    if isinstance(value, (dt.datetime, dt.date)):
        return value.date().isoformat() if isinstance(value, dt.datetime) else value.isoformat()
    return value


def read_xlsx(path: str) -> tuple[list[str], int, Iterator[tuple[int, list[Any]]], Any]:
    """(header, number of rows, (row number, cells) for each row below the header, the
    open workbook to close) of the first sheet, read as it goes."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises zip, XML and key errors for a damaged file
        raise DatasetError(f"{path}: not a spreadsheet Casebook can read "
                           f"({type(exc).__name__}: {exc})") from None
    sheet = book[SHEET] if SHEET in book.sheetnames else book.worksheets[0]
    rows = sheet.iter_rows(values_only=True)
    try:
        header = next(rows)
    except StopIteration:
        book.close()
        raise DatasetError(f"{path}: the sheet '{sheet.title}' is empty (a table starts with "
                           "a header row)") from None
    total = max(0, (sheet.max_row or 1) - 1)  # 0 when the file does not say (openpyxl's own)

    def cells() -> Iterator[tuple[int, list[Any]]]:
        for number, row in enumerate(rows, 2):
            yield number, [_cell(v) for v in row]

    names = ["" if v is None else str(v) for v in header]
    return names, total, cells(), book

