"""`casebook import`: a dataset's records through a mapping into case files, with the
guarantees of import.md (stable ids, edited files kept, _needs-review/, atomic writes)."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import logging
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from casebook import limits
from casebook.cases.mapping import (
    YEAR,
    Mapped,
    MappingTables,
    Record,
    apply,
    load_tables,
    render,
)
from casebook.cases.parsing import parse_text
from casebook.cases.taxonomy import Taxonomy
from casebook.cases.text import fold_accents, slugify
from casebook.cases.validation import build_case
from casebook.errors import DatasetError, InputError, MappingError, StorageError
from casebook.exchange import case_text
from casebook.exchange.builtin import BUILTINS, Prepare
from casebook.exchange.datasets import Dataset, open_dataset
from casebook.paths import replacing

log = logging.getLogger(__name__)
REVIEW = "_needs-review"
NEW, UPDATED, UNCHANGED, KEPT, OVERWRITTEN = ("new", "updated", "unchanged",
                                              "kept (edited here)", "overwritten")
SOURCE_KEYS = ("name", "format", "records", "id", "url", "licence", "attribution", "language",
               "publisher", "year", "optional")
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
_NOT_ID = re.compile(r"[^a-z0-9]+")
_LEFTOVER = re.compile(r"^\..+\.md\.\d+\.[0-9a-f]{8}\.tmp$")


@dataclass
class Source:
    """An importer ready to read: the mapping's tables and its [source] settings."""

    name: str
    tables: MappingTables
    id: str
    format: str | None = None
    records: str | None = None
    url: str | None = None
    licence: str | None = None
    attribution: str | None = None
    language: str | None = None
    publisher: str | None = None
    year: str | None = None  # a template: the year of the record's page, for its source
    optional: frozenset[str] = frozenset()
    prepare: Prepare | None = None


def _setting(tables: MappingTables, key: str) -> str | None:
    value = tables.source.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise MappingError(f"{tables.where}: [source] {key}: must be text in quotes")
    return value.strip()


def source_from(tables: MappingTables, prepare: Prepare | None = None,
                default_name: str = "") -> Source:
    """The [source] table checked (unknown keys, types) into a Source."""
    raw = tables.source.get("source", {})
    if not isinstance(raw, dict):
        raise MappingError(f"{tables.where}: [source]: must be a table")
    for key in raw:
        if key not in SOURCE_KEYS:
            raise MappingError(f"{tables.where}: [source] {key}: unknown key (one of "
                               f"{', '.join(SOURCE_KEYS)})")
    view = MappingTables(where=tables.where, source=raw)
    name = slugify(fold_accents(_setting(view, "name") or default_name))
    name = _NOT_ID.sub("-", name).strip("-")
    if not name:
        raise MappingError(f"{tables.where}: [source] name: give the dataset a short name "
                           "(it starts every case id)")
    record_id = _setting(view, "id")
    if record_id is None:
        raise MappingError(f"{tables.where}: [source] id: required, a template such as "
                           "\"{ID}\" that gives each record a stable id")
    optional = raw.get("optional", [])
    if not isinstance(optional, list) or not all(isinstance(o, str) for o in optional):
        raise MappingError(f"{tables.where}: [source] optional: must be a list of column "
                           "names")
    return Source(name, tables, record_id, _setting(view, "format"), _setting(view, "records"),
                  _setting(view, "url"), _setting(view, "licence"),
                  _setting(view, "attribution"), _setting(view, "language"),
                  _setting(view, "publisher"), _setting(view, "year"), frozenset(optional),
                  prepare)


def load_source(importer: str, mapping: str | None = None, data_file: str = "") -> Source:
    """A built-in importer by name, or `table` with a mapping file (a built-in's mapping can
    be replaced by one's own)."""
    if importer == "table":
        if not mapping:
            raise InputError("the table importer needs --mapping FILE (see --mapping-template)")
        stem = Path(data_file).stem if data_file else Path(mapping).stem
        return source_from(load_tables(mapping), None, stem)
    if importer not in BUILTINS:
        raise InputError(f"no importer named '{importer}'; use one of table, "
                         f"{', '.join(BUILTINS)}")
    builtin = BUILTINS[importer]
    return source_from(load_tables(mapping or builtin.mapping), builtin.prepare, importer)


@dataclass
class RecordResult:
    number: int
    where: str  # "line 12" or "record 3"
    id: str
    path: str
    status: str
    review: list[str] = field(default_factory=list)  # why it is in _needs-review/
    title: str = ""
    tags: dict[str, list[str]] = field(default_factory=dict)
    free: list[str] = field(default_factory=list)
    mapped: int = 0
    text: str = ""  # the text as it would be written (kept for previews only)

    def to_json(self) -> dict[str, Any]:
        return {"record": self.number, "where": self.where, "id": self.id, "path": self.path,
                "status": self.status, "needs_review": self.review, "title": self.title,
                "tags": self.tags, "free_tags": self.free}


@dataclass
class ImportReport:
    dataset: str
    file: str
    folder: str
    dry_run: bool = False
    note: str = ""
    cancelled: bool = False
    results: list[RecordResult] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def needs_review(self) -> list[RecordResult]:
        return [r for r in self.results if r.review and r.status != KEPT]

    def summary(self) -> str:
        n = len(self.results)
        parts = [f"{self.count(s):,} {s}" for s in (NEW, UPDATED, OVERWRITTEN, UNCHANGED, KEPT)
                 if self.count(s)]
        mapped = sum(r.mapped for r in self.results)
        free = sum(len(r.free) for r in self.results)
        review = len(self.needs_review)
        text = (f"{n:,} record{'' if n == 1 else 's'}: {', '.join(parts) or 'nothing written'}"
                f"; {review:,} need{'s' if review == 1 else ''} review"
                + (f" (in {os.path.join(self.folder, REVIEW)})" if review else "")
                + f"; tags: {mapped:,} mapped to the taxonomy, {free:,} free")
        if self.dry_run:
            text += " (dry run: nothing was written)"
        if self.cancelled:
            text += " (cancelled: the files listed were written whole; run it again to finish)"
        return text

    def to_json(self) -> dict[str, Any]:
        return {"dataset": self.dataset, "file": self.file, "folder": self.folder,
                "dry_run": self.dry_run, "note": self.note, "cancelled": self.cancelled,
                "counts": {s: self.count(s) for s in (NEW, UPDATED, OVERWRITTEN, UNCHANGED,
                                                       KEPT)},
                "needs_review": len(self.needs_review),
                "records": [r.to_json() for r in self.results]}


def check_columns(source: Source, dataset: Dataset) -> None:
    """Every column the mapping names is in the dataset (or listed as optional)."""
    if not dataset.columns and dataset.count == 0:
        return
    probe = Record(dict.fromkeys(dataset.columns, ""))
    known = set(source.optional)
    derived = {"record id", "level", "year", "page", "place"} if source.prepare else set()
    templates = [("[source] id", source.id)] + [
        (f"[source] {key}", value) for key, value in (("url", source.url),
                                                      ("year", source.year)) if value]
    named = [(k, c) for k, t in templates for c in _columns_of(t)] + source.tables.columns()
    for key, column in named:
        if column in known or column in derived or probe.has(column):
            continue
        shown = ", ".join(dataset.columns[:12]) + (" …" if len(dataset.columns) > 12 else "")
        raise MappingError(f"{source.tables.where}: {key}: no column '{column}' in "
                           f"{dataset.path} (its columns: {shown or 'none'})")


def _columns_of(template: str) -> list[str]:
    from casebook.cases.mapping import template_columns

    return template_columns(template)


def case_id(source: Source, record_id: str) -> str:
    slug = _NOT_ID.sub("-", slugify(fold_accents(record_id))).strip("-")
    if not slug:
        slug = hashlib.sha1(record_id.encode("utf-8", "replace")).hexdigest()[:10]
    return f"{source.name}-{slug}"[:150].strip("-")


class Importer:
    """One import run: records in order, each written (or not) as the guarantees say."""

    def __init__(self, source: Source, data_file: str, folder: str, taxonomy: Taxonomy,
                 dry_run: bool = False, force: bool = False, today: str | None = None) -> None:
        self.source = source
        self.data_file = data_file
        self.folder = os.path.abspath(folder)
        self.taxonomy = taxonomy
        self.dry_run = dry_run
        self.force = force
        self.today = today or dt.date.today().isoformat()
        self.seen: dict[str, int] = {}
        self.wrote = False
        self.record_data: dict[str, Any] = {}

    def open(self) -> Dataset:
        dataset = open_dataset(self.data_file, self.source.format, self.source.records)
        try:
            check_columns(self.source, dataset)
        except MappingError:
            dataset.close()
            raise
        return dataset

    def run(self, progress: Progress | None = None, cancel: Cancel | None = None,
            limit: int | None = None, each: Callable[[RecordResult], None] | None = None
            ) -> ImportReport:
        if not self.dry_run and os.path.exists(self.folder) and not os.path.isdir(self.folder):
            raise InputError(f"{self.folder} is a file, not a folder")
        dataset = self.open()
        if not self.dry_run:
            self._clear_leftovers()
        report = ImportReport(self.source.name, self.data_file, self.folder, self.dry_run,
                              dataset.note)
        try:
            for number, where, data in dataset.records():
                if cancel is not None and cancel():
                    report.cancelled = True
                    break
                result = self.record(number, where, data, keep_text=limit is not None)
                report.results.append(result)
                if each is not None:
                    each(result)
                if progress is not None:
                    progress(dataset.done, dataset.total)
                if limit is not None and len(report.results) >= limit:
                    break
        finally:
            dataset.close()
            if self.wrote:
                os.sync()
        return report

    def _clear_leftovers(self) -> None:
        """Remove the half-written temporary files an interrupted import left (see
        paths.replacing): the files themselves were never touched."""
        for folder in (self.folder, os.path.join(self.folder, REVIEW)):
            try:
                names = os.listdir(folder)
            except OSError:
                continue
            for name in names:
                if _LEFTOVER.match(name):
                    log.warning("removing %s, left by an interrupted import", name)
                    with contextlib.suppress(OSError):
                        os.unlink(os.path.join(folder, name))

    # one record ----------------------------------------------------------------------
    def record(self, number: int, where: str, data: dict[str, Any],
               keep_text: bool = False) -> RecordResult:
        src = self.source
        if src.prepare is not None:
            data = src.prepare(data)
        record = Record(data)
        self.record_data = data
        review: list[str] = []
        raw_id = render(src.id, record, False) or ""
        if not raw_id.strip():
            review.append("the record has no id (mapping key [source] id); its id comes "
                          "from its place in the file, which can change")
            raw_id = f"record-{number}"
        cid = case_id(src, raw_id)
        if cid in self.seen:
            review.append(f"the same id as record {self.seen[cid]} ({where}); renamed")
            cid = f"{cid}-{number}"
        self.seen.setdefault(cid, number)
        mapped = apply(src.tables, data, self.taxonomy)
        url = render(src.url, record, False) if src.url else None
        text, problems = self._text(cid, raw_id, url, mapped, review)
        result = RecordResult(number, where, cid, "", "", problems,
                              str(mapped.fields.get("title") or ""), mapped.tags,
                              mapped.free, mapped.mapped, text if keep_text else "")
        self._place(result, text)
        return result

    def _front(self, cid: str, raw_id: str, url: str | None, mapped: Mapped) -> dict[str, Any]:
        src, fields = self.source, mapped.fields
        front: dict[str, Any] = {k: v for k, v in fields.items() if k != "body"}
        front["id"] = cid
        for facet, tags in mapped.tags.items():
            if facet == "sectors":
                before = front.get("sectors") or []
                front["sectors"] = list(dict.fromkeys([*before, *tags]))
            elif tags:
                front[facet] = tags
        source: dict[str, Any] = {"title": str(fields.get("title") or cid),
                                  "publisher": src.publisher or src.attribution or src.name}
        year = YEAR.search(render(src.year, Record(self.record_data), False) or "") \
            if src.year else None
        if year:
            source["year"] = int(year.group(1))
        if url and url.startswith(("http://", "https://")):
            source["url"] = url
        front["sources"] = [source]
        for key in ("licence", "attribution", "language"):
            if getattr(src, key) and key not in front:
                front[key] = getattr(src, key)
        front["origin"] = {"dataset": src.name, "id": raw_id, "url": url or None,
                           "imported": self.today}
        if not front["origin"]["url"]:
            del front["origin"]["url"]
        return front

    def _text(self, cid: str, raw_id: str, url: str | None, mapped: Mapped,
              review: list[str]) -> tuple[str, list[str]]:
        front = self._front(cid, raw_id, url, mapped)
        body = str(mapped.fields.get("body") or "")
        text = case_text.render(front, body)
        budget = limits.MAX_FILE_BYTES - 4096
        if len(text.encode("utf-8")) > budget:
            review.append(f"the text is over {limits.MAX_FILE_BYTES // (1 << 20)} MiB; long "
                          "values and the body were cut")
            front = _shortened(front)
            over = len(case_text.render(front, body).encode("utf-8")) - budget
            data = body.encode("utf-8")
            body = data[: max(0, len(data) - over)].decode("utf-8", "ignore")
            text = case_text.render(front, body)
        doc = parse_text(os.path.join(self.folder, f"{cid}.md"), text)
        case = build_case(doc, self.taxonomy)
        problems = review + [p.message for p in case.problems if p.severity == "error"]
        if problems:
            problems = [p if len(p) <= 300 else p[:300] + " …" for p in problems]
            text = case_text.render(front, body, problems)
        return text, problems

    def _place(self, result: RecordResult, text: str) -> None:
        main = os.path.join(self.folder, f"{result.id}.md")
        review = os.path.join(self.folder, REVIEW, f"{result.id}.md")
        target, other = (review, main) if result.review else (main, review)
        result.path = target
        old = _read(target)
        stale: str | None = None
        if old is not None:
            if case_text.edited(old) and not self.force:
                result.status = KEPT
                return
            if case_text.same_but_date(old, text):
                result.status = UNCHANGED
                return
            result.status = OVERWRITTEN if case_text.edited(old) else UPDATED
        else:
            result.status = NEW
            old_other = _read(other)
            if old_other is not None:
                if case_text.edited(old_other) and not self.force:
                    result.status, result.path = KEPT, other
                    return
                stale, result.status = other, UPDATED
        if self.dry_run:
            return
        try:
            _write(target, text.encode("utf-8"))
            self.wrote = True
            if stale is not None:
                os.unlink(stale)
        except OSError as exc:
            raise StorageError(f"cannot write {target}: {exc.strerror or exc}") from None


def _write(target: str, data: bytes) -> None:
    """Write a file whole or not at all (see paths.replacing). Not synced one by one, which
    took 6 ms a file: the run syncs once at its end."""
    with replacing(target) as tmp, open(tmp, "xb") as handle:
        handle.write(data)


def _shortened(value: Any) -> Any:
    """Front matter with every text cut to 2,000 characters."""
    if isinstance(value, str):
        return value[:2000]
    if isinstance(value, dict):
        return {k: _shortened(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_shortened(v) for v in value]
    return value


def _read(path: str) -> str | None:
    try:
        with open(path, "rb") as handle:
            return handle.read(limits.MAX_FILE_BYTES + 1).decode("utf-8", "replace")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StorageError(f"cannot read {path}: {exc.strerror or exc}") from None


def import_dataset(importer: str, data_file: str, folder: str, taxonomy: Taxonomy, *,
                   mapping: str | None = None, dry_run: bool = False, force: bool = False,
                   progress: Progress | None = None, cancel: Cancel | None = None,
                   each: Callable[[RecordResult], None] | None = None,
                   today: str | None = None) -> ImportReport:
    """Import a dataset into `folder` (see Importer)."""
    source = load_source(importer, mapping, data_file)
    if not os.path.isfile(data_file):
        raise DatasetError(f"{data_file}: no such file")
    return Importer(source, data_file, folder, taxonomy, dry_run, force, today).run(
        progress, cancel, each=each)


def preview(importer: str, data_file: str, folder: str, taxonomy: Taxonomy,
            mapping: str | None = None, n: int = 20) -> ImportReport:
    """The first records as they would be written, with what would happen to each file."""
    source = load_source(importer, mapping, data_file)
    return Importer(source, data_file, folder, taxonomy, dry_run=True).run(limit=n)
