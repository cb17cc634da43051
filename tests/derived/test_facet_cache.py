"""The in-memory catalog answers facet counts and orders exactly as SQL over the store."""

from __future__ import annotations

import marshal
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from casebook.cases.model import DRAFT_CODE
from casebook.derived.facet_cache import SAVED_CATALOG, Catalog, catalog_for, few_facet_counts
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


def _same(a: Catalog, b: Catalog) -> None:
    assert a.facet_counts(None) == b.facet_counts(None)
    assert a.by_title == b.by_title and a.by_year == b.by_year and a.titles == b.titles
    assert a.results == b.results and a.strongest() == b.strongest()
    assert {k: tuple(v) for k, v in a.tags.items()} == {k: tuple(v) for k, v in b.tags.items()}
    for facet in ("challenges", "results", "countries"):
        assert a.by_facet(facet) == b.by_facet(facet)


def test_a_new_process_reads_the_saved_catalog_while_the_store_is_unchanged(
        bundled_copy: Path, make_library: Callable[..., Library]) -> None:
    lib = make_library(bundled_copy)
    lib.sync()
    built = catalog_for(lib.store)
    saved = lib.store.path.with_name(SAVED_CATALOG)
    assert saved.is_file()
    other = Store(lib.store.path)  # another process's connection: no catalog in memory
    try:
        again = catalog_for(other)
        _same(again, Catalog(other))
        _same(again, built)
        assert isinstance(again.tags[next(iter(again.ids))], memoryview)  # read, not built
        victim = bundled_copy / "europe" / "estonia-digital-state.md"
        victim.unlink()
        lib.sync()  # a write: the generation moves on, the saved catalog is stale
        after = catalog_for(other)
        assert "estonia-digital-state" not in after.ids
        _same(after, Catalog(other))
    finally:
        other.close()


def test_a_damaged_or_foreign_saved_catalog_is_built_again(
        bundled_copy: Path, make_library: Callable[..., Library]) -> None:
    lib = make_library(bundled_copy)
    lib.sync()
    catalog_for(lib.store)
    saved = lib.store.path.with_name(SAVED_CATALOG)
    saved.write_bytes(b"\x00not marshal")
    other = Store(lib.store.path)
    try:
        _same(catalog_for(other), Catalog(other))
    finally:
        other.close()
    # a rebuilt store counts its generations again: its id tells its catalog from the old
    catalog_for(lib.store)
    old_version, old_at, old_saved = marshal.loads(saved.read_bytes())
    (bundled_copy / "europe" / "estonia-digital-state.md").unlink()
    lib.sync(rebuild=True)
    old_id = old_at.split(":")[0]
    new_id, new_count = lib.store.generation().split(":")
    assert new_id != old_id
    saved.write_bytes(marshal.dumps((old_version, f"{old_id}:{new_count}", old_saved)))
    other = Store(lib.store.path)
    try:
        assert "estonia-digital-state" not in catalog_for(other).ids
    finally:
        other.close()
