"""Turning a parsed document into a Case, checking every rule of the case format."""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from casebook import limits, paths
from casebook.cases.model import DRAFT_CODE, SECTION_ORDER, Case
from casebook.cases.parsing import Document, Pos, parse_text
from casebook.cases.taxonomy import Taxonomy
from casebook.cases.text import slugify
from casebook.facets import FACETS, LEVELS, SINGULAR, TAG_FACETS

ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
KNOWN_KEYS = (
    "title", "id", "summary", "place", "year_start", "year_end",
    *(f.field for f in FACETS if f.field), "metrics", "sources", "language", "updated",
)
# zero-width space, word joiner and BOM: invisible, never meant in a key
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff"), None)
REQUIRED = ("title", "summary", "country", "level", "year_start", "challenges",
            "strategies", "outcomes", "sources")


def max_year() -> int:
    return dt.date.today().year + 1


def file_label(path: str) -> str:
    """The name a file stands for: its stem, or its folder's name for a page-bundle index.md."""
    p = Path(path)
    if p.stem.lower() in ("index", "readme") and p.parent.name:
        return p.parent.name
    return p.stem


def id_from_filename(path: str) -> str:
    stem = file_label(path)
    slug = slugify(stem)
    if ID_RE.match(slug):
        return slug
    return "case-" + hashlib.sha1(stem.encode("utf-8", "replace")).hexdigest()[:10]


class _Checker:
    def __init__(self, doc: Document, taxonomy: Taxonomy) -> None:
        self.doc = doc
        self.taxonomy = taxonomy
        self.meta: dict[str, Any] = {}
        self.keys: dict[str, str] = {}

    def err(self, pos: Pos, message: str, code: str) -> None:
        self.doc.problem(pos, "error", message, code)

    def warn(self, pos: Pos, message: str, code: str) -> None:
        self.doc.problem(pos, "warning", message, code)

    def pos(self, key: str, *item: Any) -> Pos:
        return self.doc.pos(self.keys.get(key, key), *item)

    def normalise_keys(self) -> dict[str, Any]:
        extra: dict[str, Any] = {}
        for key, value in self.doc.meta.items():
            lower = key.translate(_INVISIBLE).strip().lower()
            if lower in self.meta:
                self.warn(self.doc.pos(key), f"key '{_shown(key)}' repeats "
                          f"'{_shown(self.keys[lower])}'; the first one is used", "duplicate-key")
                continue
            if lower in KNOWN_KEYS:
                if lower != key:
                    self.warn(self.doc.pos(key), f"key '{_shown(key)}' should be written "
                              f"'{lower}'", "key-case")
                self.meta[lower] = value
                self.keys[lower] = key
            elif lower == "tags":
                self.meta["tags"] = value
                self.keys["tags"] = key
                self.warn(self.doc.pos(key), f"'{_shown(key)}' is not a case key; its values are "
                          "kept as free tags (use challenges, strategies or outcomes)", "tags-key")
            else:
                extra[key] = value
                close = difflib.get_close_matches(lower, KNOWN_KEYS, n=1, cutoff=0.75)
                hint = f"; did you mean '{close[0]}'?" if close else " (kept as extra metadata)"
                self.warn(self.doc.pos(key), f"unknown key '{_shown(key)}'{hint}", "unknown-key")
        return extra

    def unreadable(self, key: str) -> bool:
        """The key was there but its value could not be read (already reported)."""
        return any(k.translate(_INVISIBLE).strip().lower() == key for k in self.doc.bad_keys)

    def text(self, key: str, required: bool) -> str | None:
        value = self.meta.get(key)
        if value is None:
            if required and self.doc.has_front_matter and not self.unreadable(key):
                self.err(self.pos(key), f"missing required field '{key}'", "missing")
            return None
        if isinstance(value, (int, float, dt.date)) and not isinstance(value, bool):
            return str(value)
        if not isinstance(value, str):
            self.err(self.pos(key), f"'{key}' must be text, not {_kind(value)}", "type")
            return None
        if not value.strip():
            if required:
                self.err(self.pos(key), f"'{key}' is empty", "missing")
            return None
        return value.strip()

    def text_list(self, key: str, required: bool) -> list[tuple[str, Pos]]:
        value = self.meta.get(key)
        if value is None or value == "" or value == []:
            if required and self.doc.has_front_matter and not self.unreadable(key):
                self.err(self.pos(key), f"missing required field '{key}' (at least one value)",
                         "missing")
            return []
        if isinstance(value, str):
            items = [(v.strip(), self.pos(key)) for v in value.split(",") if v.strip()]
        elif isinstance(value, list):
            items = []
            for i, item in enumerate(value):
                if isinstance(item, (str, int, float)) and not isinstance(item, bool):
                    items.append((str(item).strip(), self.pos(key, i)))
                elif item is not None:
                    self.err(self.pos(key, i), f"'{key}' values must be text, not {_kind(item)}",
                             "type")
        else:
            self.err(self.pos(key), f"'{key}' must be a list or a comma-separated string, "
                     f"not {_kind(value)}", "type")
            return []
        if len(items) > limits.MAX_TAGS_PER_FACET:
            self.err(self.pos(key), f"'{key}' has {len(items)} values; at most "
                     f"{limits.MAX_TAGS_PER_FACET} are read", "limit")
            items = items[: limits.MAX_TAGS_PER_FACET]
        return [(v, p) for v, p in items if v]

    def year(self, key: str, required: bool) -> int | None:
        value = self.meta.get(key)
        if value is None:
            if required and self.doc.has_front_matter and not self.unreadable(key):
                self.err(self.pos(key), f"missing required field '{key}'", "missing")
            return None
        if isinstance(value, str) and value.strip().isdigit():
            value = int(value.strip())
        if isinstance(value, bool) or not isinstance(value, int):
            self.err(self.pos(key), f"'{key}' must be a whole year like 2015, not {_kind(value)}",
                     "type")
            return None
        if not 1800 <= value <= max_year():
            self.err(self.pos(key), f"'{key}' {value} is outside 1800-{max_year()}", "year-range")
            return None
        return value


def _shown(key: str) -> str:
    """A key as text a person can read, with invisible characters spelled out."""
    return key if key.isprintable() else repr(key)[1:-1]


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, str):
        return f"'{value}'" if len(value) < 40 else "text"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, (dt.date, dt.datetime)):
        return "a date"
    if value is None:
        return "empty"
    return type(value).__name__


def build_case(doc: Document, taxonomy: Taxonomy) -> Case:
    """Check a document against the case format and return the case it describes."""
    c = _Checker(doc, taxonomy)
    extra = c.normalise_keys()
    case = Case(id="", path=doc.path, title="", body=doc.body, sections=doc.sections,
                extra={k: _plain(v) for k, v in extra.items()})
    _identity(c, case)
    case.summary = c.text("summary", True) or ""
    case.country = [v for v, _ in c.text_list("country", True)]
    case.place = c.text("place", False)
    case.region = c.text("region", False)
    _level(c, case)
    case.year_start = c.year("year_start", True)
    case.year_end = c.year("year_end", False)
    if case.year_start and case.year_end and case.year_end < case.year_start:
        c.err(c.pos("year_end"), f"year_end {case.year_end} is before year_start "
              f"{case.year_start}", "year-order")
    case.sectors = list(dict.fromkeys(v for v, _ in c.text_list("sectors", False)))
    for facet in TAG_FACETS:
        setattr(case, facet, _tags(c, facet))
    case.free_tags = list(dict.fromkeys(
        slugify(v) for v, _ in c.text_list("tags", False) if slugify(v)))
    case.sources = _sources(c)
    case.metrics = _metrics(c, len(case.sources))
    language = c.text("language", False) or "en"
    if not re.fullmatch(r"[a-z]{2}(-[A-Za-z]{2})?", language):
        c.warn(c.pos("language"), f"language '{language}' is not a two-letter code like 'en'",
               "language")
    case.language = language
    case.updated = _updated(c)
    _sections(c, case)
    _placeholders(c, case)
    case.problems = list(doc.problems)
    return case


def _identity(c: _Checker, case: Case) -> None:
    raw_id = c.meta.get("id")
    if raw_id is None:
        case.declared_id = id_from_filename(c.doc.path)
    elif isinstance(raw_id, str) and ID_RE.match(raw_id.strip()):
        case.declared_id = raw_id.strip()
    else:
        fixed = slugify(str(raw_id)) if isinstance(raw_id, (str, int)) else ""
        case.declared_id = fixed if ID_RE.match(fixed) else id_from_filename(c.doc.path)
        c.err(c.pos("id"), f"id '{raw_id}' must be lowercase letters, digits and '-' "
              f"(for example '{case.declared_id}')", "id-format")
    case.id = case.declared_id
    if raw_id is not None:
        case.id_pos = c.pos("id")
    title = c.text("title", True)
    where = c.pos("title")
    if title is None and c.doc.heading_title:
        title, where = c.doc.heading_title, (c.doc.heading_line or 1, 1)
    title = " ".join((title or "").split()) or " ".join(file_label(c.doc.path).split()) or case.id
    if len(title) > limits.MAX_TITLE_CHARS:
        c.err(where, f"title is {len(title)} characters; the limit is "
              f"{limits.MAX_TITLE_CHARS}", "limit")
        title = title[: limits.MAX_TITLE_CHARS].rstrip()
    case.title = title


def _level(c: _Checker, case: Case) -> None:
    level = c.text("level", True)
    if level is None:
        return
    if level.lower() in LEVELS:
        case.level = level.lower()
        return
    close = difflib.get_close_matches(level.lower(), LEVELS, n=1, cutoff=0.6)
    hint = f"did you mean '{close[0]}'? " if close else ""
    c.err(c.pos("level"), f"level '{level}' is not one of {', '.join(LEVELS)}"
          + (f"; {hint.strip()}" if hint else ""), "level")


def _tags(c: _Checker, facet: str) -> list[str]:
    out: list[str] = []
    for value, pos in c.text_list(facet, True):
        tag, known = c.taxonomy.canonical(facet, value)
        if not tag:
            continue
        if not known:
            close = c.taxonomy.suggest(facet, value)
            hint = f"; closest terms: {', '.join(close)}" if close else ""
            c.warn(pos, f"'{value}' is not a {SINGULAR[facet]} in the taxonomy (kept as a free "
                   f"tag){hint}", "unknown-tag")
        if tag not in out:
            out.append(tag)
    return out


def _mapping_list(c: _Checker, key: str, required: bool) -> list[tuple[int, dict[str, Any]]]:
    value = c.meta.get(key)
    if value is None or value == []:
        if required and c.doc.has_front_matter and not c.unreadable(key):
            c.err(c.pos(key), f"missing required field '{key}' (at least one)", "missing")
        return []
    if not isinstance(value, list):
        c.err(c.pos(key), f"'{key}' must be a list of entries, not {_kind(value)}", "type")
        return []
    out = []
    for i, item in enumerate(value):
        if isinstance(item, dict):
            out.append((i, item))
        else:
            c.err(c.pos(key, i), f"{key[:-1]} {i + 1} must be a mapping with 'title', "
                  "'publisher' and 'year'" if key == "sources" else
                  f"{key[:-1]} {i + 1} must be a mapping with 'label' and 'value'", "type")
    return out


def _sources(c: _Checker) -> list[dict[str, Any]]:
    sources: list[dict[str, Any]] = []
    for i, item in _mapping_list(c, "sources", True):
        where = c.pos("sources", i)
        title = item.get("title")
        if not isinstance(title, str) or not title.strip():
            c.err(where, f"source {i + 1} has no title", "source")
        for field_name in ("publisher", "year"):
            if item.get(field_name) in (None, ""):
                c.warn(where, f"source {i + 1} has no {field_name}", "source")
        year = item.get("year")
        if year is not None and (isinstance(year, bool) or not isinstance(year, int)):
            c.warn(c.pos("sources", i, "year"), f"source {i + 1}: year should be a whole "
                   "number", "source")
        url = item.get("url")
        if url is not None and not (isinstance(url, str) and re.match(r"https?://\S+$", url)):
            c.warn(c.pos("sources", i, "url"), f"source {i + 1}: url should start with "
                   "http:// or https://", "source")
        sources.append({k: _plain(v) for k, v in item.items()})
    return sources


def _metrics(c: _Checker, n_sources: int) -> list[dict[str, Any]]:
    metrics: list[dict[str, Any]] = []
    for i, item in _mapping_list(c, "metrics", False):
        where = c.pos("metrics", i)
        if not isinstance(item.get("label"), str):
            c.err(where, f"metric {i + 1} has no label", "metric")
        for key in ("value", "baseline"):
            value = item.get(key)
            if (key == "value" and value is None) or (
                value is not None and (isinstance(value, bool) or
                                       not isinstance(value, (int, float)))
            ):
                c.err(c.pos("metrics", i, key), f"metric {i + 1}: '{key}' must be a number",
                      "metric")
        source = item.get("source")
        if source is not None and (isinstance(source, bool) or not isinstance(source, int)
                                   or not 1 <= source <= n_sources):
            c.err(c.pos("metrics", i, "source"), f"metric {i + 1}: source {source} does not "
                  f"point at one of the {n_sources} sources", "metric")
        metrics.append({k: _plain(v) for k, v in item.items()})
    return metrics


def _updated(c: _Checker) -> str | None:
    value = c.meta.get("updated")
    if value is None:
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10]).isoformat()
        except ValueError:
            pass
    c.warn(c.pos("updated"), "'updated' should be a date like 2026-11-28", "updated")
    return None


def _sections(c: _Checker, case: Case) -> None:
    if not c.doc.has_front_matter:
        return
    present = [s.heading.lower() for s in case.sections]
    missing = [h for h in SECTION_ORDER if h.lower() not in present]
    if missing:
        c.warn((c.doc.body_line, 1), "missing recommended section"
               + ("s " if len(missing) > 1 else " ")
               + ", ".join(f"'## {h}'" for h in missing), "sections")


def _plain(value: Any) -> Any:
    """JSON-friendly copy of a YAML value."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


@dataclass(frozen=True)
class Template:
    """What the case template (resources/case-template.md) holds as placeholders."""

    summary: str
    tags: dict[str, tuple[Any, str]]  # facet -> (example values, the note on their line)
    source_fields: dict[str, str]  # e.g. title -> "Title of the report, ..."
    sections: dict[str, str]  # heading, lowercase -> the hint under it


_COMMENT = re.compile(r"\s#\s.*$")


@cache
def case_template() -> Template | None:
    """The template's placeholders, read once; None when the template cannot be read."""
    try:
        text = paths.resource("case-template.md").read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return None
    doc = parse_text("case-template.md", text)
    summary = doc.meta.get("summary")
    tags: dict[str, tuple[Any, str]] = {}
    for facet in TAG_FACETS:
        note = _COMMENT.search(doc.line_text(doc.pos(facet)[0]))
        if facet in doc.meta and note:
            tags[facet] = (doc.meta[facet], note.group(0).strip())
    sources = doc.meta.get("sources")
    first = sources[0] if isinstance(sources, list) and sources else {}
    fields = {k: v for k, v in first.items() if isinstance(v, str) and "{" not in v} \
        if isinstance(first, dict) else {}
    return Template(
        summary=summary.strip() if isinstance(summary, str) else "",
        tags=tags, source_fields=fields,
        sections={s.heading.lower(): s.text for s in doc.sections if s.text})


def _placeholders(c: _Checker, case: Case) -> None:
    """A warning at each placeholder of the case template still in the file; a summary
    still the template's makes the case a draft, left out of the facet counts."""
    template = case_template()
    if template is None:
        return
    if template.summary and case.summary == template.summary:
        c.doc.problem(_text_start(c.doc, c.pos("summary")), "warning",
                      "the summary is still the case template's; until it is written, this "
                      "case is left out of the counts beside tags, countries and levels",
                      DRAFT_CODE)
    for facet, (values, note) in template.tags.items():
        pos = c.pos(facet)
        if c.meta.get(facet) == values and note in c.doc.line_text(pos[0]):
            c.warn(pos, f"'{facet}' still has the case template's example "
                   f"({note.lstrip('#').strip()})", "placeholder")
    sources = c.meta.get("sources")
    for i, item in enumerate(sources if isinstance(sources, list) else []):
        for name, value in template.source_fields.items():
            if isinstance(item, dict) and item.get(name) == value:
                c.warn(c.pos("sources", i, name), f"source {i + 1}: the {name} is still the "
                       "case template's example", "placeholder")
    for section in case.sections:
        if template.sections.get(section.heading.lower()) == section.text:
            c.warn(_text_start(c.doc, (section.line, 1)), f"'## {section.heading}' still "
                   "holds the case template's hint", "placeholder")


def _text_start(doc: Document, pos: Pos) -> Pos:
    """Where a block of text begins: past a '|' or '>' block indicator, or a heading."""
    line, col = pos
    here = doc.line_text(line)[col - 1 :]
    if not (here.startswith(("|", ">", "#"))):
        return pos
    for n in range(line + 1, line + 50):
        text = doc.line_text(n)
        if text.strip():
            return n, len(text) - len(text.lstrip()) + 1
    return pos
