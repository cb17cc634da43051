"""A search: text query in the engine, filters and facet counts in SQLite, snippets per page."""

from __future__ import annotations

import dataclasses
import difflib
import html
import json
from typing import TYPE_CHECKING, Any, Protocol

from casebook import limits
from casebook.cases.model import Filters, Hit, SearchResult
from casebook.cases.text import first_sentences
from casebook.derived.facet_cache import catalog_for, families_for, few_facet_counts
from casebook.errors import InputError
from casebook.facets import SORT_OPTIONS, TAG_FACETS

if TYPE_CHECKING:
    from collections.abc import Callable

    from casebook.cases.taxonomy import Taxonomy
    from casebook.derived.engine import Engine
    from casebook.derived.store import Store

NEAREST = 4  # taxonomy terms offered when nothing matched


class Sources(Protocol):
    """What a search reads: the library gives these."""

    @property
    def store(self) -> Store: ...
    @property
    def engine(self) -> Engine: ...
    @property
    def taxonomy(self) -> Taxonomy: ...


FEW = 200
SOME_BELOW = 10  # cases with only some of the words are listed when fewer have most
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


def min_should_match(words: int) -> int:
    """How many of a plain query's words a case must hold: all of up to two, then three
    quarters, rounded down (Solr's and Elasticsearch's "2<75%")."""
    return words if words <= 2 else words * 3 // 4


def nearest_terms(taxonomy: Taxonomy, text: str,
                  keep: Callable[[str, str], bool] = lambda facet, term_id: True,
                  n: int = NEAREST) -> list[tuple[str, str]]:
    """(facet, id) of the taxonomy terms closest to a query's words, offered when nothing
    matched: words shared with a term's label, id or aliases count most, then words close
    to them (typos), then words of its description. Only the terms `keep` accepts."""
    from casebook.derived.analyzers import stem_analyzer

    analyzer = stem_analyzer()

    def stems(value: str) -> set[str]:
        return {t.text for t in analyzer(value)}

    words = stems(text)
    if not words:
        return []
    scored: list[tuple[int, str, str, str]] = []
    for term in taxonomy.all_terms():
        if not keep(term.facet, term.id):
            continue
        names = stems(" ".join([term.id.replace("-", " "), *term.names()[1:]]))
        close = sum(1 for w in words - names
                    if len(w) > 3 and difflib.get_close_matches(w, names, 1, 0.8))
        score = 3 * len(words & names) + 2 * close + len(words & stems(term.description))
        if score:
            scored.append((-score, term.label.lower(), term.facet, term.id))
    return [(facet, term_id) for _, _, facet, term_id in sorted(scored)[:n]]


def run_search(lib: Sources, query: str, filters: Filters, sort: str, limit: int,
               offset: int, strict: bool = False) -> SearchResult:
    """One search; a text search keeps one searcher throughout, so a concurrent index
    commit cannot close it between scoring and snippets. A plain query matches the cases
    with most of its words unless `strict`."""
    if not query.strip():
        return _run(lib, query, filters, sort, limit, offset, strict)
    with lib.engine.pinned():
        return _run(lib, query, filters, sort, limit, offset, strict)


def _text_results(lib: Sources, text: str, allowed: set[str] | None, wanted: int | None,
                  strict: bool) -> Any:
    """The engine's results for a text query: forgiving for plain words unless `strict`."""
    engine = lib.engine

    def translate(facet: str, value: str) -> str:
        return lib.taxonomy.canonical(facet, value)[0] or value

    parsed = engine.parse(text, translate)
    languages = families_for(lib.store).languages
    words = None if strict else engine.plain_words(text, parsed, languages)
    if words and len(words) > 1:
        return engine.run_words([engine.with_tags(w, text, languages) for w in words],
                                min_should_match(len(words)), allowed, wanted, SOME_BELOW)
    return engine.run(engine.with_tags(words[0] if words else parsed, text, languages),
                      allowed, wanted)


def matching_ids(lib: Sources, query: str, filters: Filters, strict: bool = False) -> set[str]:
    """Every case a search counts (those above the divider), without ranking a page."""
    filters = _checked(query, filters)
    store = lib.store
    allowed = None if filters.is_empty() else store.filter_ids(filters)
    text = query.strip()
    families = families_for(store)
    if not text:
        return families.once(allowed)
    with lib.engine.pinned():
        return families.once(lib.engine.matched_ids(_text_results(lib, text, allowed, 0,
                                                                  strict)))


def _run(lib: Sources, query: str, filters: Filters, sort: str, limit: int,
         offset: int, strict: bool) -> SearchResult:
    if sort not in SORT_OPTIONS:
        raise InputError(f"unknown sort {sort!r}; use one of {', '.join(SORT_OPTIONS)}")
    limit = min(max(0, limit), _MAX_ROWS)
    offset = min(max(0, offset), _MAX_ROWS)
    filters = _checked(query, filters)
    store = lib.store
    allowed = None if filters.is_empty() else store.filter_ids(filters)
    text = query.strip()
    scores: dict[str, float] = {}
    match: dict[str, str] = {}
    relaxed = False
    results = None
    families = families_for(store)
    if text:
        engine = lib.engine
        extra = len(families.root)  # translations folded into their family's entry
        results = _text_results(lib, text, allowed, offset + limit + extra
                                if sort == "relevance" else None, strict)
        ranked = engine.hit_ids(results)
        scores = dict(ranked)
        match = engine.match_of(results)
        relaxed = engine.relaxed(results)
        found = set(engine.matched_ids(results))
        counted = families.counted(found)
        if families.root:  # a family is listed once, as its best-ranked member
            best = families.first_of_family(i for i, _ in ranked)
            listed = {families.root.get(i, i) for i in best}
            matched = {i for i in best if i in found} | families.once(
                i for i in found if families.root.get(i, i) not in listed)
        else:
            best, matched = [i for i, _ in ranked], found
        total = len(matched)
        if sort == "relevance":
            page = best[offset : offset + limit]
        else:  # the cases with most words in the chosen order, then those with some
            page = catalog_for(store).ordered(matched, sort, limit, offset)
            some = [i for i in best if match[i] == "some"]
            start = max(0, offset - total)
            page += some[start : start + limit - len(page)]
        if total <= FEW:  # a rebuilt catalog costs more than a few rows from the store
            facets = few_facet_counts(store, list(matched))
        else:
            facets = catalog_for(store).facet_counts(matched)
        if families.root:
            facets["languages"] = families.language_counts(matched)
        suggestion = engine.suggest(text, families.languages) if engine.doc_count() else None
    else:
        catalog = catalog_for(store)
        pool = allowed if allowed is None and not families.root else families.once(allowed)
        total = catalog.count() if pool is None else len(pool)
        page = catalog.ordered(pool, "title" if sort == "relevance" else sort, limit, offset)
        facets = catalog.facet_counts(pool)
        if families.root:
            facets["languages"] = families.language_counts(families.once(pool))
        suggestion = None
        counted = families.counted(allowed)
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
                                                            ("summary", row["summary"])],
                                         row["language"] or "en")
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
            match=match.get(case_id, "all"), verdict=row["verdict"],
            languages=families.languages_of(case_id),
        ))
    return SearchResult(query=query, filters=filters, total=total, hits=hits, facets=facets,
                        suggestion=suggestion, relaxed=relaxed, counted=counted)
