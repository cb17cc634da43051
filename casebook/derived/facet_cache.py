"""What every search needs from the store, held in memory: tags per case and sort orders.

Facet counts over thousands of matches and the order of a filtered list take
milliseconds here, where SQLite needed the ids copied into a temporary table first.
The copy is rebuilt whenever the store has changed (in this process or another).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from itertools import chain, islice
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from casebook.facets import EVIDENCE_LEVELS, TERM_FACETS

if TYPE_CHECKING:
    from casebook.derived.store import Store

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


class Catalog:
    """Tag pairs per case and the title and year orders of every case. A draft (a case
    whose summary is still the template's) has no tag pairs: it is not counted."""

    def __init__(self, store: Store) -> None:
        db = store.db.conn
        self.stamp = stamp_of(store)
        pairs: dict[tuple[str, str], int] = {}
        per_case: dict[str, set[int]] = {}
        for case_id, facet, term in db.execute("SELECT case_id, facet, term FROM tags"):
            key = pairs.setdefault((facet, term), len(pairs))
            per_case.setdefault(case_id, set()).add(key)
        self.pairs = list(pairs)
        rows = db.execute("SELECT id, title, year_start FROM cases").fetchall()
        # the languages a query is read in: English always, then the library's others
        self.languages = ["en", *sorted({r[0] for r in db.execute(
            "SELECT DISTINCT language FROM cases") if r[0] and r[0] != "en"})]
        self.ids = {r[0] for r in rows}
        self.titles = {r[0]: r[1] for r in rows}
        self._by_facet: dict[str, dict[str, tuple[str, ...]]] = {}
        self._strongest: dict[str, int] | None = None
        self.results: dict[str, list[tuple[str, str | None, str | None]]] = {}
        for case_id, outcome, result, evidence in db.execute(
                "SELECT case_id, outcome, result, evidence FROM outcome_results"):
            self.results.setdefault(case_id, []).append((outcome, result, evidence))
        drafts = store.draft_ids()
        self.tags = {i: () if i in drafts else tuple(per_case.get(i, ())) for i in self.ids}
        # SQLite's NOCASE folds ASCII letters only; binary order is code point order
        by_title = sorted(rows, key=lambda r: ((r[1] or "").translate(_ASCII_LOWER), r[0]))
        self.by_title = [r[0] for r in by_title]
        self.by_year = [r[0] for r in sorted(
            by_title, key=lambda r: (r[2] is None, -(r[2] or 0)))]

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


def catalog_for(store: Store) -> Catalog:
    """The catalog of this store, rebuilt only when the store has changed."""
    cached = _CACHE.get(store)
    if cached is None or cached.stamp != stamp_of(store):
        cached = _CACHE[store] = Catalog(store)
    return cached
