"""The map's input, read from the facet cache and the store in bulk."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from casebook.cases.model import Filters
from casebook.derived.facet_cache import catalog_for
from casebook.derived.search import Sources, matching_ids
from casebook.derived.store import Store
from casebook.derived.sync import reference_ids
from casebook.evidence.map import MAP_FACETS, EvidenceMap, MapCase, build_map


def map_cases(store: Store, ids: Iterable[str],
              facets: Collection[str] = MAP_FACETS) -> list[MapCase]:
    """Tags of the given facets, verdict and outcome results of the given cases (a draft
    has no tags), in id order: a cell lists its cases the same way whatever set held them."""
    catalog = catalog_for(store)
    columns = [(f, catalog.by_facet(f)) for f in facets]
    verdicts = catalog.by_facet("verdicts")
    results, titles, strongest = catalog.results, catalog.titles, catalog.strongest()
    return [MapCase(i, titles[i], {f: column.get(i, ()) for f, column in columns},
                    verdicts.get(i, (None,))[0], results.get(i, []), strongest[i])
            for i in sorted(ids) if i in strongest]


def evidence_map(lib: Sources, query: str, filters: Filters, rows: str = "challenges",
                 cols: str = "strategies", min_evidence: str | None = None,
                 within: Collection[str] | None = None,
                 counted: Collection[str] | None = None) -> EvidenceMap:
    """The map over the cases a search counts (and, given `within`, only those of them:
    a collection's cases), with the taxonomy's order and links. `counted`: those cases,
    when the search has already found them."""
    taxonomy = lib.taxonomy
    ids = set(counted) if counted is not None else matching_ids(lib, query, filters)
    if within is not None:
        ids &= set(within)

    def label(facet: str, value: str) -> str:
        return taxonomy.label(facet, value) if facet in taxonomy.terms else value

    def order(facet: str) -> list[str]:
        return list(taxonomy.terms[facet]) if facet in taxonomy.terms else []

    links = [(c, s.id) for s in taxonomy.terms["strategies"].values() for c in s.addresses]
    if (rows, cols) == ("strategies", "challenges"):
        links = [(s, c) for c, s in links]
    elif (rows, cols) != ("challenges", "strategies"):
        links = []
    cases = map_cases(lib.store, ids, (rows, cols))
    documents = reference_ids(lib.store)
    if documents:  # a reference folder's document counts only where it has both facets
        cases = [c for c in cases if c.id not in documents or (c.values(rows)
                                                                and c.values(cols))]
    return build_map(cases, rows, cols, label=label, order=order,
                     links=links, min_evidence=min_evidence)
