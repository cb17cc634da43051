"""The taxonomy browser's data: facets, terms with case counts, gaps and related strategies."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from casebook.facets import BY_KEY, TAG_FACETS

if TYPE_CHECKING:
    from casebook.library import Library

GAP_TEXT = "no case yet"


@dataclass(frozen=True)
class TermNode:
    """A term with its case count (file and user tags alike). `free` marks a tag in use
    that the taxonomy does not know; for a challenge, `strategies` lists the strategies
    that address it; for a strategy, `addresses` the challenges it addresses."""

    facet: str
    id: str
    label: str
    description: str
    count: int
    aliases: tuple[str, ...] = ()
    free: bool = False
    strategies: tuple[TermNode, ...] = ()
    addresses: tuple[str, ...] = ()

    @property
    def gap(self) -> bool:
        """A taxonomy term no case uses yet: what contributors could write next."""
        return self.count == 0 and not self.free

    @property
    def filter(self) -> tuple[str, str]:
        """(facet, term) for Filters.terms, so a click can filter the results."""
        return self.facet, self.id

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "label": self.label,
                               "description": self.description, "count": self.count,
                               "gap": self.gap, "free": self.free}
        if self.facet == "challenges":
            out["strategies"] = [{"id": s.id, "label": s.label, "count": s.count}
                                 for s in self.strategies]
        if self.facet == "strategies":
            out["addresses"] = list(self.addresses)
        return out


@dataclass(frozen=True)
class FacetNode:
    facet: str
    label: str
    terms: tuple[TermNode, ...] = field(default_factory=tuple)

    @property
    def gaps(self) -> list[TermNode]:
        return [t for t in self.terms if t.gap]

    def to_json(self) -> dict[str, Any]:
        return {"facet": self.facet, "label": self.label,
                "terms": [t.to_json() for t in self.terms]}


def taxonomy_tree(lib: Library, include_free: bool = True) -> list[FacetNode]:
    """The three facets in taxonomy order; free tags in use follow, sorted by name."""
    counts = lib.term_counts()
    taxonomy = lib.taxonomy
    strategies = {
        t.id: TermNode("strategies", t.id, t.label, t.description,
                       counts.get("strategies", {}).get(t.id, 0), t.aliases,
                       addresses=t.addresses)
        for t in taxonomy.terms["strategies"].values()
    }
    facets: list[FacetNode] = []
    for facet in TAG_FACETS:
        used = counts.get(facet, {})
        known = taxonomy.terms[facet]
        nodes: list[TermNode] = []
        for term in known.values():
            if facet == "strategies":
                nodes.append(strategies[term.id])
                continue
            related = tuple(strategies[s.id] for s in taxonomy.strategies_for(term.id)
                            ) if facet == "challenges" else ()
            nodes.append(TermNode(facet, term.id, term.label, term.description,
                                  used.get(term.id, 0), term.aliases, strategies=related))
        if include_free:
            nodes += [TermNode(facet, tag, tag, "", n, free=True)
                      for tag, n in sorted(used.items()) if tag not in known]
        facets.append(FacetNode(facet, BY_KEY[facet].label, tuple(nodes)))
    return facets
