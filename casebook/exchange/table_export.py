"""`casebook export-table`: one row per case, in the columns the `table` importer reads back
(import.md, "Export back to a table"), as CSV, a spreadsheet or JSON."""

from __future__ import annotations

import csv
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from casebook import paths
from casebook.cases.folder_config import FolderConfig, apply_config, settle
from casebook.cases.model import Case, Filters
from casebook.cases.parsing import parse_file
from casebook.cases.validation import build_case
from casebook.errors import InputError, StorageError
from casebook.exchange.spreadsheet import MAX_CELL, write_xlsx

if TYPE_CHECKING:
    from casebook.cases.taxonomy import Taxonomy
    from casebook.library import Library

COLUMNS = ("id", "title", "summary", "country", "place", "region", "level", "year_start",
           "year_end", "sectors", "challenges", "strategies", "outcomes", "verdict",
           "licence", "attribution", "body")
LIST_COLUMNS = ("country", "sectors", "challenges", "strategies", "outcomes")
FORMATS = ("csv", "xlsx", "json")
JOIN = "; "
# a cell a spreadsheet would run as a formula ('=HYPERLINK(…)' in an imported title) gets
# a leading apostrophe in CSV; reading it back takes exactly one off (see unguard)
_RISKY = re.compile(r"'*[=+\-@\t\r]")


def guard(text: str) -> str:
    return "'" + text if _RISKY.match(text) else text


def unguard(text: str) -> str:
    return text[1:] if text.startswith("'") and _RISKY.match(text[1:]) else text


def outcome_cell(detail: dict[str, Any]) -> str:
    """An outcome as `id:result:evidence`, without the empty parts at its end."""
    return ":".join([str(detail["id"]), detail.get("result") or "",
                     detail.get("evidence") or ""]).rstrip(":")


def row_of(case: Case) -> dict[str, Any]:
    """A case's row: texts, years as numbers (None when absent), lists joined with '; '."""
    return {
        "id": case.id, "title": case.title, "summary": case.summary,
        "country": JOIN.join(case.country), "place": case.place or "",
        "region": case.region or "", "level": case.level or "",
        "year_start": case.year_start, "year_end": case.year_end,
        "sectors": JOIN.join(case.sectors), "challenges": JOIN.join(case.challenges),
        "strategies": JOIN.join(case.strategies),
        "outcomes": JOIN.join(outcome_cell(d) for d in case.outcome_details),
        "verdict": case.verdict or "", "licence": case.licence or "",
        "attribution": case.attribution or "", "body": case.body.strip(),
    }


def selected_ids(lib: Library, query: str = "", filters: Filters | None = None,
                 collection: str | None = None) -> list[str]:
    """The cases to write: a collection's (in its order), those a search counts, or, with
    neither, every case of the library, each ordered by id."""
    from casebook.derived.search import matching_ids

    filters = filters or Filters()
    searched = bool(query.strip()) or not filters.is_empty()
    found = matching_ids(lib, query, filters) if searched else set(lib.store.all_ids())
    if collection is None:
        return sorted(found)
    items = lib.collections.get(collection).items
    return [i.id for i in items if not i.missing and i.id in found]


def config_of(path: str, configs: list[FolderConfig]) -> FolderConfig | None:
    """The settings of the case folder a file is in (the innermost one)."""
    real = os.path.abspath(path)
    inside = [c for c in configs if real.startswith(os.path.join(c.folder, ""))]
    return max(inside, key=lambda c: len(c.folder)) if inside else None


def case_as_read(path: str, taxonomy: Taxonomy, config: FolderConfig | None) -> Case:
    """A case as its file says now, read as the index reads it (through the folder's
    casebook.toml, see derived.sync.read_file), without the index's user tags."""
    try:
        doc = parse_file(path)
    except OSError as exc:
        raise StorageError(f"cannot read {path}: {exc.strerror or exc}") from None
    if config is None or not config.foreign:
        return build_case(doc, taxonomy)
    apply_config(doc, config, taxonomy)
    case = build_case(doc, taxonomy)
    settle(case, doc, config)
    return case


def read_cases(lib: Library, ids: Iterable[str]) -> Iterator[Case]:
    """Each case as its file says now (the row a person edits is the file's text, not the
    index's, which holds user tags too), under the id the library knows it by."""
    wanted = list(ids)
    rows = lib.store.case_rows(wanted)
    configs = lib.folder_configs()
    for case_id in wanted:
        row = rows.get(case_id)
        if row is None:
            continue
        case = case_as_read(row["path"], lib.taxonomy, config_of(row["path"], configs))
        case.id = case_id  # a second file with one id is listed under another
        yield case


@dataclass
class TableExport:
    target: str
    format: str
    rows: int
    with_body: bool


def _cells(rows: Iterable[dict[str, Any]], columns: tuple[str, ...], fmt: str
           ) -> Iterator[list[Any]]:
    for row in rows:
        cells = [row[c] for c in columns]
        if fmt == "xlsx":
            for column, value in zip(columns, cells, strict=True):
                if isinstance(value, str) and len(value) > MAX_CELL:
                    hint = (" (leave out --with-body, or write csv or json)" if column == "body"
                            else " (write csv or json)")
                    raise InputError(f"case '{row['id']}': its {column} is {len(value):,} "
                                     f"characters, over the {MAX_CELL:,} a spreadsheet cell "
                                     f"holds; nothing was written{hint}")
        yield cells


def write_table(rows: Iterable[dict[str, Any]], fmt: str, target: str,
                with_body: bool = True) -> TableExport:
    """Write rows (see row_of) as csv, xlsx or json; xlsx leaves `body` out unless
    with_body. The target is replaced whole or not at all."""
    if fmt not in FORMATS:
        raise InputError(f"a table is written as {', '.join(FORMATS)}, not {fmt}")
    body = with_body or fmt != "xlsx"
    columns = COLUMNS if body else tuple(c for c in COLUMNS if c != "body")
    if fmt == "xlsx":
        # checked whole before the file is touched, so a refused body leaves no half file
        cells = list(_cells(rows, columns, fmt))
        count = write_xlsx(columns, cells, target)
        return TableExport(target, fmt, count, body)
    count = 0
    try:
        with paths.replacing(target) as tmp:
            if fmt == "csv":
                with open(tmp, "x", encoding="utf-8-sig", newline="") as handle:
                    writer = csv.writer(handle)
                    writer.writerow(columns)
                    for cells in _cells(rows, columns, fmt):
                        writer.writerow(["" if v is None else guard(str(v)) for v in cells])
                        count += 1
            else:
                out = []
                for cells in _cells(rows, columns, fmt):
                    out.append(dict(zip(columns, cells, strict=True)))
                count = len(out)
                with open(tmp, "x", encoding="utf-8") as handle:
                    json.dump(out, handle, ensure_ascii=False, indent=2)
                    handle.write("\n")
    except OSError as exc:
        raise StorageError(f"cannot write {target}: {exc.strerror or exc}") from None
    return TableExport(target, fmt, count, body)


def export_table(lib: Library, ids: Iterable[str], fmt: str, target: str,
                 with_body: bool = False) -> TableExport:
    """The cases' rows written to `target` (see write_table)."""
    return write_table((row_of(c) for c in read_cases(lib, list(ids))), fmt, target,
                       with_body)
