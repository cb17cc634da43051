"""The in-memory catalog answers facet counts and orders exactly as the store does."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from casebook.derived.facet_cache import Catalog, catalog_for, few_facet_counts
from casebook.library import Library


def test_catalog_matches_the_store(bundled_copy: Path,
                                   make_library: Callable[..., Library]) -> None:
    lib = make_library(bundled_copy)
    lib.sync()
    store = lib.store
    catalog = Catalog(store)
    ids = sorted(store.all_ids())
    some = ids[::3]
    assert catalog.facet_counts(None) == store.facet_counts(None)
    assert catalog.facet_counts(some) == store.facet_counts(some)
    assert few_facet_counts(store, some) == store.facet_counts(some)
    for sort in ("title", "year"):
        assert catalog.ordered(None, sort, 1000) == store.ordered(None, sort, 1000)
        assert catalog.ordered(set(some), sort, 5, 2) == store.ordered(some, sort, 5, 2)


def test_catalog_is_rebuilt_after_a_change(bundled_copy: Path,
                                           make_library: Callable[..., Library]) -> None:
    lib = make_library(bundled_copy)
    lib.sync()
    first = catalog_for(lib.store)
    assert catalog_for(lib.store) is first
    victim = next(bundled_copy.rglob("*.md"))
    victim.unlink()
    lib.sync()
    second = catalog_for(lib.store)
    assert second is not first
    assert second.count() == first.count() - 1
