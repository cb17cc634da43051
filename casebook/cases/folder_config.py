"""A case folder's casebook.toml: its kind, and a mapping applied to each file as it is read."""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from typing import Any

from casebook.cases.files import MAX_SETTINGS_BYTES, SETTINGS_FILE, stamp_of
from casebook.cases.mapping import (
    YEAR,
    MappingTables,
    Record,
    apply,
    read_tables,
    render,
    template_columns,
)
from casebook.cases.model import Case, Problem
from casebook.cases.parsing import Document, split_sections
from casebook.cases.results import ID_RE
from casebook.cases.taxonomy import Taxonomy
from casebook.cases.text import fold_accents, slugify
from casebook.cases.validation import id_from_filename
from casebook.errors import MappingError

CASES, REFERENCE = "cases", "reference"
KINDS = (CASES, REFERENCE)
SOURCE_KEYS = ("title", "url", "publisher", "year")
# the columns a file offers besides its front matter keys: its body, and its place in the
# folder without '.md' (a page bundle's index.md stands for its folder): 'news/2021/launch'
BODY, PAGE = "body", "path"
# what a reference document can still be faulted for: its text or front matter cannot be read
UNREADABLE = frozenset({"unreadable", "fm-size", "yaml", "yaml-limit", "fm-shape", "toml",
                        "unclosed-fm"})
# in a folder written for something else, its own front matter keys are not mistakes
FOREIGN_KEYS = frozenset({"unknown-key", "tags-key"})
_TOML_POS = re.compile(r"at line (\d+), column (\d+)")
_BODY_TOKEN = "CASEBOOKBODY7F3A9C"  # stands for the body while the template is filled


@dataclass
class FolderConfig:
    """What casebook.toml (and the kind chosen in the app) says about one case folder.
    `stamp` changes whenever either does: the folder's files are then read again."""

    folder: str
    kind: str = CASES
    tables: MappingTables | None = None
    source: dict[str, str] = field(default_factory=dict)
    present: bool = False  # the folder has a casebook.toml
    stamp: str = ""
    problems: list[Problem] = field(default_factory=list)

    @property
    def path(self) -> str:
        return os.path.join(self.folder, SETTINGS_FILE)

    @property
    def reference(self) -> bool:
        return self.kind == REFERENCE

    @property
    def foreign(self) -> bool:
        """The folder says it was written for something else (a casebook.toml or a kind)."""
        return self.present or self.reference


def load_config(folder: str, reference: bool = False) -> FolderConfig:
    """The folder's casebook.toml read and checked; `reference` is the app's choice. What
    is wrong with the file is in `problems` (on casebook.toml), never raised: a bad line
    leaves out what it says, and the rest of the file still applies."""
    config = FolderConfig(os.path.abspath(folder), REFERENCE if reference else CASES)
    try:
        with open(config.path, "rb") as handle:
            data = handle.read(MAX_SETTINGS_BYTES + 1)
    except FileNotFoundError:
        config.stamp = stamp_of(None, reference)
        return config
    except OSError as exc:
        config.stamp = "unreadable|" + stamp_of(None, reference)
        config.present = True
        _problem(config, 1, 1, f"cannot read {SETTINGS_FILE}: {exc.strerror or exc}")
        return config
    config.present = True
    config.stamp = stamp_of(data, reference)
    if len(data) > MAX_SETTINGS_BYTES:
        _problem(config, 1, 1, f"{SETTINGS_FILE} is over {MAX_SETTINGS_BYTES // 1024} KiB; "
                 "it is not read")
        return config
    try:
        text = data.decode("utf-8-sig")
        parsed = tomllib.loads(text)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        _problem(config, line, 1, f"{SETTINGS_FILE} is not UTF-8 text; it is not read")
        return config
    except tomllib.TOMLDecodeError as exc:
        found = _TOML_POS.search(str(exc))
        line, col = (int(found[1]), int(found[2])) if found else (1, 1)
        _problem(config, line, col, f"invalid TOML: {str(exc).split(' (at ')[0]}; "
                 f"{SETTINGS_FILE} is not read")
        return config
    _read_settings(config, parsed, text)
    return config


def _read_settings(config: FolderConfig, data: dict[str, Any], text: str) -> None:
    kind = data.get("kind", CASES)
    if kind not in KINDS:
        _problem(config, *_line_of(text, "kind"), f"kind {kind!r} is not one of "
                 f"{', '.join(repr(k) for k in KINDS)}; the folder is read as cases")
    elif kind == REFERENCE:
        config.kind = REFERENCE
    for key in data:
        if key not in ("kind", "fields", "values", "tags", "source"):
            _problem(config, *_line_of(text, key), f"unknown key '{key}' (kind, [fields], "
                     "[values.*], [tags.*], [source]); it is left out", "warning")
    source = data.get("source", {})
    if not isinstance(source, dict):
        _problem(config, *_line_of(text, "source"), "[source] must be a table")
    else:
        for key, value in source.items():
            if key not in SOURCE_KEYS:
                _problem(config, *_line_of(text, key), f"[source] {key}: unknown key (one "
                         f"of {', '.join(SOURCE_KEYS)}); it is left out", "warning")
            elif not isinstance(value, str) or not value.strip():
                _problem(config, *_line_of(text, key), f"[source] {key}: must be a template "
                         "in quotes")
            else:
                config.source[key] = value
    tables = {k: v for k, v in data.items() if k in ("fields", "values", "tags")}
    try:
        config.tables = read_tables(tables, SETTINGS_FILE) if tables else None
    except MappingError as exc:
        message = str(exc).removeprefix(f"{SETTINGS_FILE}: ")
        key = message.split(":")[0].split("] ")[-1].strip("[]").split(".")[-1]
        _problem(config, *_line_of(text, key), f"{message}; the mapping is not applied")


def _line_of(text: str, key: str) -> tuple[int, int]:
    """The line of a key or table header that names `key` (1, 1 when not found)."""
    pattern = re.compile(rf"^\s*(?:\[[^\]]*\b{re.escape(key)}\b[^\]]*\]|[\"']?"
                         rf"{re.escape(key)}[\"']?\s*=)", re.MULTILINE)
    found = pattern.search(text)
    return (text.count("\n", 0, found.start()) + 1, 1) if found else (1, 1)


def _problem(config: FolderConfig, line: int, col: int, message: str,
             severity: str = "error") -> None:
    config.problems.append(Problem(config.path, line, col, severity, message,
                                   "folder-settings"))


def page_path(path: str, folder: str) -> str:
    """A file's place in its folder without '.md', '/'-separated; a page bundle's
    index.md stands for its folder ('news/launch/index.md' is 'news/launch')."""
    root = os.path.join(folder, "")
    rel = (path[len(root):] if path.startswith(root) else os.path.relpath(path, folder)
           ).replace(os.sep, "/")
    stem = rel[:-3] if rel.lower().endswith(".md") else rel
    head, _, last = stem.rpartition("/")
    return head if head and last.lower() in ("index", "readme") else stem


def apply_config(doc: Document, config: FolderConfig, taxonomy: Taxonomy) -> None:
    """Fill a parsed file's front matter as the folder's mapping says, before it is checked.
    A field the mapping gives a value replaces the file's own; the rest stay as written."""
    if config.tables is None and not config.source:
        return
    body = doc.body
    data: dict[str, Any] = dict(doc.meta)
    data[BODY] = _BODY_TOKEN
    data[PAGE] = page_path(doc.path, config.folder)
    record = Record(data)
    if config.tables is not None:
        mapped = apply(config.tables, data, taxonomy)
        for name, value in mapped.fields.items():
            if name == BODY:
                doc.body = str(value).replace(_BODY_TOKEN, body.strip())
                split_sections(doc)
                continue
            columns = template_columns(config.tables.fields[name])
            _set(doc, name, value, columns)
        for facet, tags in mapped.tags.items():
            if not tags:
                continue
            rule = config.tables.tags[facet]
            if facet == "sectors":
                before = mapped.fields.get("sectors") or []
                tags = list(dict.fromkeys([*(before if isinstance(before, list) else [before]),
                                           *tags]))
            _set(doc, facet, tags, rule.columns)
    if config.source and not doc.meta.get("sources"):
        _set(doc, "sources", [_source(config, record, doc)], [])


def _set(doc: Document, name: str, value: Any, columns: list[str]) -> None:
    """One front matter value, found at the line of the column it came from."""
    for key in [k for k in doc.meta if k != name and k.strip().lower() == name]:
        del doc.meta[key]  # 'Summary' would otherwise repeat the mapped 'summary'
    doc.meta[name] = value
    where = next((doc.pos(c) for c in columns if c in doc.key_pos), None)
    for positions in (doc.key_pos, doc.value_pos):
        if where is None:
            positions.pop(name, None)
        else:
            positions[name] = where
    doc.bad_keys.discard(name)


def _source(config: FolderConfig, record: Record, doc: Document) -> dict[str, Any]:
    """The page itself as the case's source: [source] title, publisher, year and url."""
    def filled(key: str, default: str = "") -> str:
        template = config.source.get(key, default)
        return (render(template, record, False) or "") if template else ""

    entry: dict[str, Any] = {"title": filled("title", "{title}") or page_path(
        doc.path, config.folder)}
    publisher = filled("publisher")
    if publisher:
        entry["publisher"] = publisher
    year = YEAR.search(filled("year"))
    if year:
        entry["year"] = int(year.group(1))
    url = filled("url")
    if url:
        entry["url"] = url
    return entry


def settle(case: Case, doc: Document, config: FolderConfig) -> None:
    """A checked case from a folder written for something else: a file without an id is
    named by its place in the folder (a site's sections reuse file names), its own front
    matter keys are not mistakes, and in a reference folder only an unreadable file is a
    problem."""
    if "id" not in {k.strip().lower() for k in doc.meta}:
        case.declared_id = case.id = page_id(doc.path, config.folder)
    if config.reference:
        case.problems = [p for p in case.problems if p.code in UNREADABLE]
    else:
        case.problems = [p for p in case.problems if p.code not in FOREIGN_KEYS]


def page_id(path: str, folder: str) -> str:
    """The id of a file with none of its own: its place in the folder, slugified."""
    slug = slugify(fold_accents(page_path(path, folder)))
    return slug if ID_RE.match(slug) and len(slug) <= 150 else id_from_filename(path)
