"""What every search needs from the store, held in memory: tags per case and sort orders.

Facet counts over thousands of matches and the order of a filtered list take
milliseconds here, where SQLite needed the ids copied into a temporary table first.
The copy is rebuilt whenever the store has changed (in this process or another).
"""

from __future__ import annotations

import marshal
import os
import threading
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import chain, islice
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from casebook.facets import EVIDENCE_LEVELS, TERM_FACETS

if TYPE_CHECKING:
    from casebook.derived.store import Store

SAVED_CATALOG, SAVED_VERSION = "catalog.bin", 2
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


class Catalog:
    """Tag pairs per case and the title and year orders of every case. A draft (a case
    whose summary is still the template's) has no tag pairs: it is not counted."""

    def __init__(self, store: Store, saved: Any = None) -> None:
        """The store's catalog, read from it, or from `saved` (what to_saved gave)."""
        self.stamp = stamp_of(store)
        self._by_facet: dict[str, dict[str, tuple[str, ...]]] = {}
        self._strongest: dict[str, int] | None = None
        self._results: dict[str, list[tuple[str, str | None, str | None]]] | None = None
        if saved is not None:
            self._load(saved)
            return
        db = store.db.conn
        pairs: dict[tuple[str, str], int] = {}
        per_case: dict[str, set[int]] = {}
        for case_id, facet, term in db.execute("SELECT case_id, facet, term FROM tags"):
            key = pairs.setdefault((facet, term), len(pairs))
            per_case.setdefault(case_id, set()).add(key)
        self.pairs = list(pairs)
        rows = db.execute("SELECT id, title, year_start FROM cases").fetchall()
        self.ids = {r[0] for r in rows}
        self.titles = {r[0]: r[1] for r in rows}
        results: dict[str, list[tuple[str, str | None, str | None]]] = {}
        for case_id, outcome, result, evidence in db.execute(
                "SELECT case_id, outcome, result, evidence FROM outcome_results"):
            results.setdefault(case_id, []).append((outcome, result, evidence))
        self._results = results
        drafts = store.draft_ids()
        self.tags: dict[str, Sequence[int]] = {
            i: () if i in drafts else tuple(per_case.get(i, ())) for i in self.ids}
        # SQLite's NOCASE folds ASCII letters only; binary order is code point order
        by_title = sorted(rows, key=lambda r: ((r[1] or "").translate(_ASCII_LOWER), r[0]))
        self.by_title = [r[0] for r in by_title]
        self.by_year = [r[0] for r in sorted(
            by_title, key=lambda r: (r[2] is None, -(r[2] or 0)))]

    def to_saved(self) -> Any:
        """The catalog as few objects (see facet_cache.catalog_for): ids by title, each
        case's tag keys and result entries as bytes of numbers, the year order as
        positions. marshal reads a million small tuples slowly, a few large bytes fast."""
        ids = self.by_title
        where = {i: n for n, i in enumerate(ids)}
        entries: dict[tuple[str, str | None, str | None], int] = {}
        results = [array("I", [entries.setdefault(e, len(entries))
                               for e in self.results.get(i, ())]).tobytes() for i in ids]
        return (self.pairs, ids, [self.titles[i] for i in ids],
                [array("I", self.tags[i]).tobytes() for i in ids],
                array("I", [where[i] for i in self.by_year]).tobytes(), list(entries), results)

    def _load(self, saved: Any) -> None:
        pairs, ids, titles, tags, by_year, entries, results = saved
        self.pairs = pairs
        self.ids = set(ids)
        self.titles = dict(zip(ids, titles, strict=True))
        self.tags = {i: memoryview(b).cast("I") for i, b in zip(ids, tags, strict=True)}
        self.by_title = ids
        self.by_year = [ids[n] for n in memoryview(by_year).cast("I")]
        self._saved_results = (ids, entries, results)

    @property
    def results(self) -> dict[str, list[tuple[str, str | None, str | None]]]:
        """case id -> its outcomes' (outcome, result, evidence); a case without none."""
        if self._results is None:
            ids, entries, saved = self._saved_results
            self._results = {i: [entries[k] for k in memoryview(b).cast("I")]
                             for i, b in zip(ids, saved, strict=True) if b}
        return self._results

    def facet_counts(self, ids: Iterable[str] | None) -> dict[str, dict[str, int]]:
        """Cases per (facet, term) among the given cases (all when None)."""
        tags = self.tags
        chosen = tags.values() if ids is None else (tags[i] for i in ids if i in tags)
        counts = Counter(chain.from_iterable(chosen))
        return _facet_dict((self.pairs[k], n) for k, n in counts.items())

    def ordered(self, ids: Iterable[str] | None, sort: str, limit: int,
                offset: int = 0) -> list[str]:
        """One page of the given cases (all when None) by title or by year."""
        order = self.by_year if sort == "year" else self.by_title
        if ids is None:
            return order[offset : offset + limit]
        pool = ids if isinstance(ids, (set, frozenset)) else set(ids)
        return list(islice((i for i in order if i in pool), offset, offset + limit))

    def by_facet(self, facet: str) -> dict[str, tuple[str, ...]]:
        """case id -> its terms of one facet (none for a draft); worked out once per facet
        for as long as this copy of the store lives."""
        found = self._by_facet.get(facet)
        if found is None:
            keys = {k for k, (f, _t) in enumerate(self.pairs) if f == facet}
            found = {}
            for case_id, tags in self.tags.items():
                terms = tuple(self.pairs[k][1] for k in tags if k in keys)
                if terms:
                    found[case_id] = terms
            self._by_facet[facet] = found
        return found

    def strongest(self) -> dict[str, int]:
        """case id -> the rank of its strongest outcome evidence (0 is experimental, as in
        facets.EVIDENCE_LEVELS; their number when it states none), worked out once."""
        if self._strongest is None:
            rank = {level: n for n, level in enumerate(EVIDENCE_LEVELS)}
            none = len(EVIDENCE_LEVELS)
            found = dict.fromkeys(self.ids, none)
            for case_id, entries in self.results.items():
                found[case_id] = min((rank.get(e or "", none) for _o, _r, e in entries),
                                     default=none)
            self._strongest = found
        return self._strongest

    def count(self) -> int:
        return len(self.ids)


class Families:
    """Each case's language, and its translations: what a search needs to read a query in
    the library's languages and to list a case and its translations once. Two columns of
    the cases table, so a search that needs nothing else never builds the Catalog."""

    def __init__(self, store: Store) -> None:
        db = store.db.conn
        self.stamp = stamp_of(store)
        self.language_of: dict[str, str] = {}
        root: dict[str, str] = {}  # a translation's id -> the id of its original
        for case_id, language, original in db.execute(
                "SELECT id, language, translation_of FROM cases"):
            self.language_of[case_id] = language or "en"
            if original and original != case_id:
                root[case_id] = original
        self.ids = frozenset(self.language_of)
        # the languages a query is read in: English always, then the library's others
        self.languages = ["en", *sorted(set(self.language_of.values()) - {"en"})]
        self.root = {i: r for i, r in root.items() if r in self.ids}
        self.family: dict[str, list[str]] = {}  # original -> itself and its translations
        for case_id, original in sorted(self.root.items()):
            self.family.setdefault(original, [original]).append(case_id)

    def counted(self, ids: Iterable[str] | None) -> frozenset[str]:
        """The cases a search counts among these (all when None), each family once: what
        a SearchResult carries, made without copying when no case has a translation."""
        if not self.root:
            return self.ids if ids is None else frozenset(ids)
        return frozenset(self.once(ids))

    def once(self, ids: Iterable[str] | None) -> set[str]:
        """The cases (all when None) with each family once: its original when it is among
        them, else the first of its translations there."""
        pool = set(self.ids) if ids is None else set(ids)
        if not self.root:
            return pool
        out = {i for i in pool if i not in self.root}
        taken = set(out)  # the families already there
        for i in sorted(pool & self.root.keys()):
            if self.root[i] not in taken:
                taken.add(self.root[i])
                out.add(i)
        return out

    def first_of_family(self, ranked: Iterable[str]) -> list[str]:
        """The ids in their order, each family once: the first of it to come."""
        seen: set[str] = set()
        out = []
        for i in ranked:
            key = self.root.get(i, i)
            if key not in seen:
                seen.add(key)
                out.append(i)
        return out

    def language_counts(self, ids: Iterable[str]) -> dict[str, int]:
        """Cases per language, a case counted in each language it is written in (its
        translations' too), most first."""
        counts = Counter(lang for i in ids for lang in self.languages_of(i))
        return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

    def languages_of(self, case_id: str) -> dict[str, str]:
        """language -> case id, for a case and its translations (one entry when alone)."""
        original = self.root.get(case_id, case_id)
        members = self.family.get(original, [original])
        return {self.language_of.get(m, "en"): m for m in members}


def few_facet_counts(store: Store, ids: list[str]) -> dict[str, dict[str, int]]:
    """Facet counts for a few cases straight from the store (no catalog needed); drafts
    are left out, as in the catalog."""
    drafts = store.draft_ids(ids)
    counts: Counter[tuple[str, str]] = Counter()
    for by_facet in store.tags_of([i for i in ids if i not in drafts]).values():
        counts.update({(f, t) for f, terms in by_facet.items() if not f.startswith("_user_")
                       for t in terms})
    return _facet_dict(counts.items())


def _facet_dict(counts: Iterable[tuple[tuple[str, str], int]]) -> dict[str, dict[str, int]]:
    """facet -> term -> cases, most cases first, then by term (as the store orders them)."""
    out: dict[str, dict[str, int]] = {f: {} for f in TERM_FACETS}
    for (facet, term), n in sorted(counts, key=lambda item: (-item[1], item[0][1])):
        out.setdefault(facet, {})[term] = n
    return out


def stamp_of(store: Store) -> tuple[int, int]:
    """Changes by this connection, and by any other connection, to the store."""
    conn = store.db.conn
    return (conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes)


_CACHE: WeakKeyDictionary[Store, Catalog] = WeakKeyDictionary()
_FAMILIES: WeakKeyDictionary[Store, Families] = WeakKeyDictionary()


def families_for(store: Store) -> Families:
    """The languages and translations of this store, read again only when it has changed."""
    cached = _FAMILIES.get(store)
    if cached is None or cached.stamp != stamp_of(store):
        cached = _FAMILIES[store] = Families(store)
    return cached


def catalog_for(store: Store) -> Catalog:
    """The catalog of this store, rebuilt only when the store has changed. A new process
    reads the one saved beside the store (catalog.bin) while the store's generation is
    the one it was saved at: reading the tags again takes seconds at 50,000 cases."""
    cached = _CACHE.get(store)
    if cached is None or cached.stamp != stamp_of(store):
        cached = _CACHE[store] = _saved_catalog(store)
    return cached


def _saved_catalog(store: Store) -> Catalog:
    path = store.path.with_name(SAVED_CATALOG)
    generation = store.generation()
    try:
        with open(path, "rb") as handle:
            version, at, saved = marshal.load(handle)
        if (version, at) == (SAVED_VERSION, generation):
            return Catalog(store, saved)
    except (OSError, EOFError, ValueError, TypeError):
        pass  # none yet, or damaged: built again below
    catalog = Catalog(store)
    if store.generation() != generation:
        return catalog  # written to meanwhile: what was read may mix two generations
    temp = path.with_name(f"{SAVED_CATALOG}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        with open(temp, "wb") as handle:
            marshal.dump((SAVED_VERSION, generation, catalog.to_saved()), handle)
        os.replace(temp, path)
    except OSError:  # a read-only data folder: built again next time
        temp.unlink(missing_ok=True)
    return catalog
