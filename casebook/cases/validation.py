"""Turning a parsed document into a Case, checking every rule of the case format."""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import re
from pathlib import Path
from typing import Any

from casebook import limits
from casebook.cases.checker import KNOWN_KEYS as KNOWN_KEYS  # the case format's keys
from casebook.cases.checker import Checker, describe, plain
from casebook.cases.checker import max_year as max_year  # the latest year a case may give
from casebook.cases.model import SECTION_ORDER, Case, section_names, standard_section
from casebook.cases.parsing import Document, Pos
from casebook.cases.results import ID_RE as ID_RE  # a case id
from casebook.cases.results import check_version_2, outcome_detail, outcome_items
from casebook.cases.taxonomy import Taxonomy
from casebook.cases.template import placeholders
from casebook.cases.text import slugify
from casebook.facets import LEVELS, SINGULAR, TAG_FACETS

REQUIRED = ("title", "summary", "country", "level", "year_start", "challenges",
            "strategies", "outcomes", "sources")


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


def build_case(doc: Document, taxonomy: Taxonomy) -> Case:
    """Check a document against the case format and return the case it describes."""
    c = Checker(doc, taxonomy)
    extra = c.normalise_keys()
    case = Case(id="", path=doc.path, title="", body=doc.body, sections=doc.sections,
                extra={k: plain(v) for k, v in extra.items()})
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
    case.sources = _sources(c)
    case.metrics = _metrics(c, len(case.sources))
    for facet in TAG_FACETS:
        if facet != "outcomes":
            setattr(case, facet, _tags(c, facet, c.text_list(facet, True)))
    _outcomes(c, case)
    case.free_tags = list(dict.fromkeys(
        slugify(v) for v, _ in c.text_list("tags", False) if slugify(v)))
    check_version_2(c, case)
    language = c.text("language", False) or "en"
    if not re.fullmatch(r"[a-z]{2}(-[A-Za-z]{2})?", language):
        c.warn(c.pos("language"), f"language '{language}' is not a two-letter code like 'en'",
               "language")
    case.language = language
    case.updated = _updated(c)
    _sections(c, case)
    placeholders(c, case)
    case.problems = list(doc.problems)
    return case


def _identity(c: Checker, case: Case) -> None:
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


def _level(c: Checker, case: Case) -> None:
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


def _outcomes(c: Checker, case: Case) -> None:
    items = outcome_items(c)
    case.outcomes = _tags(c, "outcomes", [(value, pos) for value, pos, _item, _n in items])
    seen: set[str] = set()
    for value, _pos, item, n in items:
        term = c.taxonomy.canonical("outcomes", value)[0]
        if term and term not in seen:
            seen.add(term)
            case.outcome_details.append(outcome_detail(c, n, term, item, len(case.sources)))


def _tags(c: Checker, facet: str, items: list[tuple[str, Pos]]) -> list[str]:
    out: list[str] = []
    for value, pos in items:
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


def _mapping_list(c: Checker, key: str, required: bool) -> list[tuple[int, dict[str, Any]]]:
    value = c.meta.get(key)
    if value is None or value == []:
        if required and c.doc.has_front_matter and not c.unreadable(key):
            c.err(c.pos(key), f"missing required field '{key}' (at least one)", "missing")
        return []
    if not isinstance(value, list):
        c.err(c.pos(key), f"'{key}' must be a list of entries, not {describe(value)}", "type")
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


def _sources(c: Checker) -> list[dict[str, Any]]:
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
        sources.append({k: plain(v) for k, v in item.items()})
    return sources


def _metrics(c: Checker, n_sources: int) -> list[dict[str, Any]]:
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
        metrics.append({k: plain(v) for k, v in item.items()})
    return metrics


def _updated(c: Checker) -> str | None:
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


def _sections(c: Checker, case: Case) -> None:
    if not c.doc.has_front_matter:
        return
    present = {standard_section(s.heading) for s in case.sections}
    names = dict(zip(SECTION_ORDER, section_names(case.language), strict=True))
    missing = [names[h] for h in SECTION_ORDER if h not in present]
    if missing:
        c.warn((c.doc.body_line, 1), "missing recommended section"
               + ("s " if len(missing) > 1 else " ")
               + ", ".join(f"'## {h}'" for h in missing), "sections")


