"""A search: text query in the engine, filters and facet counts in SQLite, snippets per page."""

from __future__ import annotations

import dataclasses
import html
import json
from typing import TYPE_CHECKING

from casebook import limits
from casebook.catalog import catalog_for, few_facet_counts
from casebook.errors import InputError
from casebook.model import TAG_FACETS, Filters, Hit, SearchResult
from casebook.text import first_sentences

if TYPE_CHECKING:
    from casebook.library import Library

SORT_OPTIONS = ("relevance", "year", "title")
FEW = 200
_MAX_ROWS = 2**31
_MAX_YEAR = 10**6  # far beyond any case, and inside SQLite's integers


def _checked(query: str, filters: Filters) -> Filters:
    """Refuse text that is not valid Unicode; bring absurd years into range."""
    values = [query, *filters.terms, *(v for vs in filters.terms.values() for v in vs)]
    for value in values:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise InputError(f"the search text {value!r} is not valid text") from None

    def year(value: int | None) -> int | None:
        return None if value is None else max(-_MAX_YEAR, min(_MAX_YEAR, value))

    return dataclasses.replace(filters, year_from=year(filters.year_from),
                               year_to=year(filters.year_to))


def run_search(lib: Library, query: str, filters: Filters, sort: str, limit: int,
               offset: int) -> SearchResult:
    """One search; a text search keeps one searcher throughout, so a concurrent index
    commit cannot close it between scoring and snippets."""
    if not query.strip():
        return _run(lib, query, filters, sort, limit, offset)
    with lib.engine.pinned():
        return _run(lib, query, filters, sort, limit, offset)


def _run(lib: Library, query: str, filters: Filters, sort: str, limit: int,
         offset: int) -> SearchResult:
    if sort not in SORT_OPTIONS:
        raise InputError(f"unknown sort {sort!r}; use one of {', '.join(SORT_OPTIONS)}")
    limit = min(max(0, limit), _MAX_ROWS)
    offset = min(max(0, offset), _MAX_ROWS)
    filters = _checked(query, filters)
    store = lib.store
    allowed = None if filters.is_empty() else store.filter_ids(filters)
    text = query.strip()
    scores: dict[str, float] = {}
    results = None
    if text:
        engine = lib.engine

        def translate(facet: str, value: str) -> str:
            return lib.taxonomy.canonical(facet, value)[0] or value

        parsed = engine.parse(text, translate)
        results = engine.run(parsed, allowed, offset + limit if sort == "relevance" else None)
        ranked = engine.hit_ids(results)
        scores = dict(ranked)
        matched = engine.matched_ids(results)
        total = len(matched)
        if sort == "relevance":
            page = [i for i, _ in ranked[offset : offset + limit]]
        else:
            page = catalog_for(store).ordered(matched, sort, limit, offset)
        if total <= FEW:  # a rebuilt catalog costs more than a few rows from the store
            facets = few_facet_counts(store, matched)
        else:
            facets = catalog_for(store).facet_counts(matched)
        suggestion = engine.suggest(text) if engine.doc_count() else None
    else:
        pool = allowed
        catalog = catalog_for(store)
        total = catalog.count() if pool is None else len(pool)
        page = catalog.ordered(pool, "title" if sort == "relevance" else sort, limit, offset)
        facets = catalog.facet_counts(pool)
        suggestion = None
    rows = store.case_rows(page)
    tags = store.tags_of(page)
    if results is not None:
        lib.engine.prepare_snippets(results, page)
    hits: list[Hit] = []
    for case_id in page:
        row = rows.get(case_id)
        if row is None:
            continue
        snippet = ""
        if results is not None:
            snippet = lib.engine.snippet(results, case_id, [("body", row["plain"]),
                                                            ("summary", row["summary"])])
        if not snippet:
            snippet = html.escape(first_sentences(row["summary"] or row["plain"] or "",
                                                  limits.MAX_SNIPPET_CHARS))
        t = tags.get(case_id, {})
        hits.append(Hit(
            id=case_id, title=row["title"], path=row["path"], score=scores.get(case_id),
            snippet=snippet, country=json.loads(row["country"] or "[]"), place=row["place"],
            level=row["level"], year_start=row["year_start"], year_end=row["year_end"],
            challenges=t.get(TAG_FACETS[0], []), strategies=t.get(TAG_FACETS[1], []),
            outcomes=t.get(TAG_FACETS[2], []), problems=row["problems"],
        ))
    return SearchResult(query=query, filters=filters, total=total, hits=hits, facets=facets,
                        suggestion=suggestion)
