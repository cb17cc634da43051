"""`casebook import table FILE --update-existing`: a table that export-table wrote, edited in
a spreadsheet, brought back: each row updates the case with its id in place (only the
changed fields), rows with new ids become new cases. Never a duplicate."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casebook import limits, paths
from casebook.authoring.field_edit import edit_bytes
from casebook.authoring.tag_write import unified_diff
from casebook.cases.cells import clean
from casebook.cases.model import Case
from casebook.cases.parsing import parse_text
from casebook.cases.text import slugify
from casebook.cases.validation import ID_RE, build_case
from casebook.errors import DatasetError, InputError, StorageError
from casebook.exchange import case_text
from casebook.exchange.dataset_import import (
    KEPT,
    NEW,
    REVIEW,
    UNCHANGED,
    Importer,
    RecordResult,
    Source,
)
from casebook.exchange.datasets import open_dataset
from casebook.exchange.table_export import COLUMNS, case_as_read, config_of, unguard
from casebook.facets import EVIDENCE_LEVELS, LEVELS, RESULTS, VERDICTS

if TYPE_CHECKING:
    from casebook.cases.folder_config import FolderConfig
    from casebook.cases.mapping import MappingTables
    from casebook.library import Library

TEXTS = ("title", "summary", "place", "region", "level", "verdict", "licence", "attribution")
YEARS = ("year_start", "year_end")
LISTS = ("country", "sectors", "challenges", "strategies")
CHOICES = {"level": LEVELS, "verdict": VERDICTS}
DATASET = "table"  # origin.dataset of the cases a table's new rows make


@dataclass
class Row:
    number: int
    where: str  # "line 3", "row 3", "record 3"
    id: str
    values: dict[str, Any]  # the columns the row has, as field values


@dataclass
class Change:
    """One case to update: the file's bytes before and after, and the fields that change."""

    row: Row
    path: str
    fields: list[str]
    old: bytes
    new: bytes

    @property
    def diff(self) -> str:
        return unified_diff(self.old, self.new, Path(self.path).name)


@dataclass
class UpdatePlan:
    file: str
    into: str | None
    changes: list[Change] = field(default_factory=list)
    unchanged: list[Row] = field(default_factory=list)
    new: list[tuple[RecordResult, str]] = field(default_factory=list)  # a new case, its text
    ignored: list[str] = field(default_factory=list)  # columns that are not case fields

    @property
    def review(self) -> list[RecordResult]:
        """The new rows whose case waits in _needs-review/ (a kept file is the person's)."""
        return [r for r, _ in self.new if r.review and r.status != KEPT]

    def summary(self) -> str:
        n = len(self.changes) + len(self.unchanged) + len(self.new)
        count: dict[str, int] = {}
        for result, _ in self.new:
            count[result.status] = count.get(result.status, 0) + 1
        parts = [f"{len(self.changes):,} case{'' if len(self.changes) == 1 else 's'} to "
                 "update" if self.changes else "",
                 f"{len(self.unchanged) + count.pop(UNCHANGED, 0):,} unchanged"]
        parts += [f"{v:,} {k}" for k, v in count.items()]
        review = len(self.review)
        text = f"{n:,} row{'' if n == 1 else 's'}: " + ", ".join(p for p in parts if p)
        if self.new:
            text += f" (new cases go to {self.into})"
        if review:
            text += (f"; {review:,} need{'s' if review == 1 else ''} review (in "
                     f"{os.path.join(str(self.into), REVIEW)})")
        return text

    def to_json(self) -> dict[str, Any]:
        return {"file": self.file, "into": self.into, "ignored_columns": self.ignored,
                "updated": [{"id": c.row.id, "path": c.path, "fields": c.fields,
                             "where": c.row.where} for c in self.changes],
                "unchanged": [r.id for r in self.unchanged],
                "new": [r.to_json() for r, _ in self.new]}


# a row's cells as field values -----------------------------------------------------------
def _fail(plan_file: str, row: Row | None, where: str, column: str, message: str) -> InputError:
    who = f"{row.where} (id {row.id})" if row else where
    return InputError(f"{plan_file}: {who}, column {column}: {message}")


def _line(value: Any) -> str:
    return " ".join(clean(_text(value)).split())


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _year(value: Any) -> int | None:
    text = _line(value)
    if not text:
        return None
    try:
        number = float(text)
    except ValueError:
        raise ValueError(f"'{text}' is not a year") from None
    if not number.is_integer():
        raise ValueError(f"'{text}' is not a year")
    return int(number)


def _outcome(item: str) -> tuple[str, str | None, str | None]:
    parts = [p.strip() for p in item.split(":")]
    if len(parts) > 3 or not parts[0]:
        raise ValueError(f"'{item}' is not id:result:evidence")
    parts += [""] * (3 - len(parts))
    term, result, evidence = parts[0], parts[1].lower() or None, parts[2].lower() or None
    if result and result not in RESULTS:
        raise ValueError(f"'{item}': the result '{result}' is not one of {', '.join(RESULTS)}")
    if evidence and evidence not in EVIDENCE_LEVELS:
        raise ValueError(f"'{item}': the evidence '{evidence}' is not one of "
                         f"{', '.join(EVIDENCE_LEVELS)}")
    return term, result, evidence


def cell_value(column: str, value: Any) -> Any:
    """A cell as the field's value: text (None when empty), a year, a list, outcomes as
    (id, result, evidence), the body; ValueError says what is wrong with it."""
    if column == "body":
        return clean(_text(value)).strip()
    if column in YEARS:
        return _year(value)
    if column in LISTS or column == "outcomes":
        items = [p.strip() for p in _line(value).split(";") if p.strip()]
        return [_outcome(i) for i in items] if column == "outcomes" else items
    text = _line(value)
    if column in CHOICES and text:
        text = text.lower()
        if text not in CHOICES[column]:
            raise ValueError(f"'{text}' is not one of {', '.join(CHOICES[column])}")
    return text or None


def _body(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.strip().splitlines())


def changed_fields(case: Case, values: dict[str, Any], canon: Callable[[str, str], str]
                   ) -> dict[str, Any]:
    """The values that differ from the case's, compared as the export wrote them."""
    out: dict[str, Any] = {}
    for column, value in values.items():
        if column in ("id",):
            continue
        if column == "body":
            same = _body(value) == _body(case.body)
        elif column in ("challenges", "strategies"):
            same = {canon(column, v) for v in value} == set(getattr(case, column))
        elif column == "outcomes":
            have = {d["id"]: (d.get("result"), d.get("evidence")) for d in case.outcome_details}
            same = {canon(column, t): (r, e) for t, r, e in value} == have
        elif column in ("country", "sectors"):
            same = [" ".join(v.split()) for v in getattr(case, column)] == value
        elif column in YEARS:
            same = getattr(case, column) == value
        else:
            now = getattr(case, column)
            same = (" ".join(str(now).split()) if now else None) == value
        if not same:
            out[column] = value
    return out


# the plan -------------------------------------------------------------------------------
def _rows(data_file: str, plan: UpdatePlan) -> list[Row]:
    dataset = open_dataset(data_file)
    try:
        if "id" not in dataset.columns and (dataset.columns or dataset.count):
            raise DatasetError(f"{data_file}: no 'id' column (its columns: "
                               f"{', '.join(dataset.columns[:12]) or 'none'}); the rows are "
                               "matched to cases by id")
        plan.ignored = [c for c in dataset.columns if c not in COLUMNS]
        guarded = dataset.format == "csv"
        rows: list[Row] = []
        seen: dict[str, Row] = {}
        for number, where, data in dataset.records():
            cells = {k: unguard(v) if guarded and isinstance(v, str) else v
                     for k, v in data.items() if k in COLUMNS}
            row = Row(number, where, "", {})
            for column, value in cells.items():
                try:
                    row.values[column] = cell_value(column, value)
                except ValueError as exc:
                    raise _fail(data_file, None, where, column, str(exc)) from None
            raw = _line(cells.get("id")) or slugify(row.values.get("title") or "")
            if not raw:
                raise _fail(data_file, None, where, "id", "empty, and the row has no title "
                            "to make one from")
            row.id = raw if ID_RE.match(raw) else slugify(raw)
            if not ID_RE.match(row.id):
                raise _fail(data_file, None, where, "id", f"'{raw}' cannot be a case id")
            if row.id in seen:
                raise _fail(data_file, row, where, "id", f"the same id as {seen[row.id].where}")
            seen[row.id] = row
            rows.append(row)
        return rows
    finally:
        dataset.close()


def _new_text(row: Row, plan: UpdatePlan, importer: Importer) -> tuple[str, list[str]]:
    """A new row's case file: its values, a source naming the table, and origin."""
    values = row.values
    front: dict[str, Any] = {k: values[k] for k in ("title", "summary") if values.get(k)}
    front["id"] = row.id
    for key in ("country", "place", "region", "level", *YEARS, "sectors"):
        if values.get(key) not in (None, []):
            front[key] = values[key]
    for key in ("challenges", "strategies"):  # ids for labels and aliases, as tags are read
        tags = [importer.taxonomy.canonical(key, v)[0] for v in values.get(key) or []]
        if tags:
            front[key] = list(dict.fromkeys(t for t in tags if t))
    if isinstance(front.get("country"), list) and len(front["country"]) == 1:
        front["country"] = front["country"][0]
    front["outcomes"] = [{"id": t, **({"result": r} if r else {}),
                          **({"evidence": e} if e else {})} if r or e else t
                         for t, r, e in ((importer.taxonomy.canonical("outcomes", o[0])[0],
                                          *o[1:]) for o in values.get("outcomes", []))]
    for key in ("verdict", "licence", "attribution"):
        if values.get(key):
            front[key] = values[key]
    front["sources"] = [{"title": str(values.get("title") or row.id),
                         "publisher": values.get("attribution") or Path(plan.file).name}]
    front["origin"] = {"dataset": DATASET, "id": row.id, "imported": importer.today}
    body = str(values.get("body") or "")
    text = case_text.render(front, body)
    doc = parse_text(os.path.join(importer.folder, f"{row.id}.md"), text)
    problems = [p.message for p in build_case(doc, importer.taxonomy).problems
                if p.severity == "error"]
    return (case_text.render(front, body, problems) if problems else text), problems


def plan_update(lib: Library, data_file: str, into: str | None = None,
                force: bool = False) -> UpdatePlan:
    """What the table would change: the diffs of the cases it updates and the new cases.
    Any row that cannot be applied stops it all, naming the row and column."""
    if not os.path.isfile(data_file):
        raise DatasetError(f"{data_file}: no such file")
    plan = UpdatePlan(data_file, os.path.abspath(into) if into else None)

    def canon(facet: str, value: str) -> str:
        return lib.taxonomy.canonical(facet, value)[0]

    rows = _rows(data_file, plan)
    store_rows = lib.store.case_rows([r.id for r in rows])
    configs = lib.folder_configs()
    importer = _importer(plan, lib, force, dry_run=True)
    for row in rows:
        found = store_rows.get(row.id)
        if found is None:
            if importer is None:
                raise InputError(f"{data_file}: {row.where}: no case with id '{row.id}' in the "
                               "library; give --into DIR for the new cases")
            text, review = _new_text(row, plan, importer)
            result = RecordResult(row.number, row.where, row.id, "", NEW, review,
                                  str(row.values.get("title") or ""))
            importer._place(result, text)  # dry run: what would happen to the file
            plan.new.append((result, text))
            continue
        plan_row(lib, plan, row, found["path"], canon, config_of(found["path"], configs))
    return plan


def plan_row(lib: Library, plan: UpdatePlan, row: Row, path: str,
             canon: Callable[[str, str], str], config: FolderConfig | None = None) -> None:
    try:
        old = Path(path).read_bytes()
    except OSError as exc:
        raise StorageError(f"cannot read {path}: {exc.strerror or exc}") from None
    if len(old) > limits.MAX_FILE_BYTES:
        raise InputError(f"{plan.file}: {row.where} (id {row.id}): {path} is over the size limit")
    before = case_as_read(path, lib.taxonomy, config)
    changes = changed_fields(before, row.values, canon)
    if not changes:
        plan.unchanged.append(row)
        return
    if config is not None and config.foreign:
        how = "as a reference folder" if config.reference else "through its casebook.toml"
        raise InputError(f"{plan.file}: {row.where} (id {row.id}): {path} is in a folder "
                         f"read {how}, whose files a table does not rewrite; change "
                         f"{', '.join(changes)} there")
    try:
        new, after = edit_bytes(old, changes, lib.taxonomy, path)
    except InputError as exc:
        raise InputError(f"{plan.file}: {row.where} (id {row.id}): {exc}") from None
    had = {p.message for p in before.problems if p.severity == "error"}
    for problem in after.problems:
        if problem.severity == "error" and problem.message not in had:
            column = next((c for c in changes if f"'{c}'" in problem.message), None)
            if column is None:
                raise InputError(f"{plan.file}: {row.where} (id {row.id}): {problem.message}")
            raise _fail(plan.file, row, row.where, column, problem.message)
    plan.changes.append(Change(row, path, list(changes), old, new))


def _importer(plan: UpdatePlan, lib: Library, force: bool, dry_run: bool = False
              ) -> Importer | None:
    if plan.into is None:
        return None
    from casebook.cases.mapping import MappingTables

    tables: MappingTables = MappingTables(where=plan.file)
    source = Source(DATASET, tables, "{id}")
    return Importer(source, plan.file, plan.into, lib.taxonomy, dry_run, force,
                    dt.date.today().isoformat())


def apply_update(lib: Library, plan: UpdatePlan, force: bool = False) -> UpdatePlan:
    """Write the planned changes (each file only if it is still as previewed) and the new
    cases (as the importer writes: whole files, edited ones kept)."""
    for change in plan.changes:
        try:
            current = Path(change.path).read_bytes()
        except OSError as exc:
            raise StorageError(f"cannot read {change.path}: {exc.strerror or exc}") from None
        if current != change.old:
            raise InputError(f"{change.path} changed since the preview; nothing more was "
                             "written; run the import again")
        try:
            paths.atomic_write(change.path, change.new)
        except OSError as exc:
            raise StorageError(f"cannot write {change.path}: {exc.strerror or exc}") from None
    importer = _importer(plan, lib, force)
    if importer is not None:
        for result, text in plan.new:
            importer._place(result, text)  # written whole; a file edited by hand is kept
        if importer.wrote:
            os.sync()
    return plan
