"""The in-memory catalog answers facet counts and orders exactly as SQL over the store."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from casebook.cases.model import DRAFT_CODE
from casebook.derived.facet_cache import Catalog, catalog_for, few_facet_counts
from casebook.derived.store import Store
from casebook.facets import TERM_FACETS
from casebook.library import Library

SORTS = {
    "title": "c.title COLLATE NOCASE, c.id",
    "year": "c.year_start IS NULL, c.year_start DESC, c.title COLLATE NOCASE",
}


def _with_ids(store: Store, ids: Iterable[str] | None, sql: str,
              args: list[object]) -> list[tuple[Any, ...]]:
    """Rows of a query over the cases with these ids (all when None), given as ({ids})."""
    if ids is None:
        return store.db.execute(sql.format(ids="SELECT id FROM cases"), args).fetchall()
    store.db.execute("CREATE TEMP TABLE IF NOT EXISTS _ids (id TEXT PRIMARY KEY)")
    store.db.execute("DELETE FROM _ids")
    store.db.conn.executemany("INSERT OR IGNORE INTO _ids VALUES (?)", ((i,) for i in ids))
    try:
        return store.db.execute(sql.format(ids="SELECT id FROM _ids"), args).fetchall()
    finally:
        store.db.execute("DELETE FROM _ids")


def sql_facet_counts(store: Store, ids: Iterable[str] | None) -> dict[str, dict[str, int]]:
    """The oracle: cases per (facet, term) among these cases; drafts left out."""
    out: dict[str, dict[str, int]] = {k: {} for k in TERM_FACETS}
    rows = _with_ids(store, ids, "SELECT facet, term, COUNT(DISTINCT case_id) FROM tags WHERE "
                     "case_id IN ({ids}) AND case_id NOT IN (SELECT case_id FROM problems WHERE "
                     "code = ? AND case_id IS NOT NULL) GROUP BY facet, term "
                     "ORDER BY COUNT(DISTINCT case_id) DESC, term", [DRAFT_CODE])
    for facet, term, count in rows:
        out.setdefault(facet, {})[term] = count
    return out


def sql_ordered(store: Store, ids: Iterable[str] | None, sort: str, limit: int,
                offset: int = 0) -> list[str]:
    """The oracle: one page of these cases by title or by year."""
    rows = _with_ids(store, ids, "SELECT c.id FROM cases c WHERE c.id IN ({ids}) ORDER BY "
                     f"{SORTS[sort]} LIMIT ? OFFSET ?", [limit, offset])
    return [r[0] for r in rows]


def test_catalog_matches_the_store(bundled_copy: Path,
                                   make_library: Callable[..., Library]) -> None:
    lib = make_library(bundled_copy)
    lib.sync()
    store = lib.store
    catalog = Catalog(store)
    ids = sorted(store.all_ids())
    some = ids[::3]
    assert catalog.facet_counts(None) == sql_facet_counts(store, None) == store.term_counts()
    assert catalog.facet_counts(some) == sql_facet_counts(store, some)
    assert few_facet_counts(store, some) == sql_facet_counts(store, some)
    for sort in ("title", "year"):
        assert catalog.ordered(None, sort, 1000) == sql_ordered(store, None, sort, 1000)
        assert catalog.ordered(set(some), sort, 5, 2) == sql_ordered(store, some, sort, 5, 2)


def test_catalog_is_rebuilt_after_a_change(bundled_copy: Path,
                                           make_library: Callable[..., Library]) -> None:
    lib = make_library(bundled_copy)
    lib.sync()
    first = catalog_for(lib.store)
    assert catalog_for(lib.store) is first
    victim = bundled_copy / "europe" / "estonia-digital-state.md"  # no translation of it
    victim.unlink()
    lib.sync()
    second = catalog_for(lib.store)
    assert second is not first
    assert second.count() == first.count() - 1
