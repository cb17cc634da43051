"""The evidence map: cases counted by two facets at once, with their verdicts and evidence."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from casebook.errors import InputError
from casebook.facets import BY_KEY, EVIDENCE_LEVELS, TAXONOMY, VERDICTS, evidence_rank

MAP_FACETS = ("challenges", "strategies", "outcomes", "regions", "countries", "levels",
              "sectors", "verdicts")
VERDICT_KEYS = (*VERDICTS, "none")
RANK = {level: n for n, level in enumerate(EVIDENCE_LEVELS)}
NO_EVIDENCE = len(EVIDENCE_LEVELS)


class Outcome(NamedTuple):
    """One outcome entry of a case: how it turned out and how we know."""

    id: str
    result: str | None = None
    evidence: str | None = None


class MapCase(NamedTuple):
    """What the map needs of one case."""

    id: str
    title: str
    terms: Mapping[str, Sequence[str]]  # facet key -> values (taxonomy ids, countries, ...)
    verdict: str | None = None
    outcomes: Sequence[tuple[str, str | None, str | None]] = ()  # Outcome or plain tuples
    strongest: int | None = None  # the rank of the strongest evidence, if known already

    def values(self, facet: str) -> Sequence[str]:
        if facet == "verdicts":
            return [self.verdict] if self.verdict else []
        return self.terms.get(facet, ())


@dataclass(frozen=True)
class Term:
    id: str
    label: str
    cases: int


@dataclass
class Cell:
    row: str
    col: str
    ids: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    verdicts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(VERDICT_KEYS, 0))
    best_evidence: str | None = None

    @property
    def cases(self) -> int:
        return len(self.ids)

    def to_json(self) -> dict[str, Any]:
        return {"row": self.row, "col": self.col, "cases": self.cases, "ids": self.ids,
                "verdicts": self.verdicts, "best_evidence": self.best_evidence}


@dataclass
class EvidenceMap:
    rows: str
    cols: str
    total: int
    row_terms: list[Term]
    col_terms: list[Term]
    cells: dict[tuple[str, str], Cell]
    links: list[tuple[str, str]]  # (row, col) pairs the taxonomy says belong together
    min_evidence: str | None = None

    def cell(self, row: str, col: str) -> Cell | None:
        return self.cells.get((row, col))

    def to_json(self) -> dict[str, Any]:
        def terms(items: list[Term]) -> list[dict[str, Any]]:
            return [{"id": t.id, "label": t.label, "cases": t.cases} for t in items]

        order = {t.id: n for n, t in enumerate(self.row_terms)}
        cols = {t.id: n for n, t in enumerate(self.col_terms)}
        cells = sorted(self.cells.values(), key=lambda c: (order[c.row], cols[c.col]))
        return {"rows": self.rows, "cols": self.cols, "total": self.total,
                "row_terms": terms(self.row_terms), "col_terms": terms(self.col_terms),
                "cells": [c.to_json() for c in cells],
                "links": [list(pair) for pair in self.links]}


def build_map(cases: Iterable[MapCase], rows: str = "challenges", cols: str = "strategies",
              *, label: Callable[[str, str], str] = lambda _f, v: v,
              order: Callable[[str], Sequence[str]] = lambda _f: (),
              links: Iterable[tuple[str, str]] = (),
              min_evidence: str | None = None) -> EvidenceMap:
    """Count cases per (row, col) pair. `order(facet)` lists every term a facet can have
    (all taxonomy terms, so empty rows show); other values follow by case count.
    With `min_evidence`, a case counts only where its evidence is that strong or stronger."""
    for name, facet in (("rows", rows), ("cols", cols)):
        if facet not in MAP_FACETS:
            raise InputError(f"--{name} {facet!r} is not a facet the map can show; use one of "
                             f"{', '.join(MAP_FACETS)}")
    if rows == cols:
        raise InputError("rows and columns must be two different facets")
    if min_evidence is not None and min_evidence not in EVIDENCE_LEVELS:
        raise InputError(f"unknown evidence level {min_evidence!r}; use one of "
                         f"{', '.join(EVIDENCE_LEVELS)}")
    limit = evidence_rank(min_evidence) if min_evidence else None
    listed = list(cases)
    members: defaultdict[tuple[str, str], list[int]] = defaultdict(list)  # cases by position
    if "outcomes" in (rows, cols):  # an outcome axis uses that outcome's own evidence
        ranks = _outcome_cells(listed, rows, cols, limit, members)
    else:  # every pair of a case has the case's strongest evidence
        bests = [case.strongest if case.strongest is not None else min(
            (RANK.get(e or "", NO_EVIDENCE) for _o, _r, e in case.outcomes),
            default=NO_EVIDENCE) for case in listed]
        for n, case in enumerate(listed):
            col_values = case.values(cols)
            if not col_values or (limit is not None and bests[n] > limit):
                continue
            for r in case.values(rows):
                for c in col_values:
                    members[r, c].append(n)
        ranks = {key: min(map(bests.__getitem__, held)) for key, held in members.items()}
    verdicts = [c.verdict if c.verdict in VERDICTS else "none" for c in listed]
    cells: dict[tuple[str, str], Cell] = {}
    row_ids: dict[str, set[int]] = {}
    col_ids: dict[str, set[int]] = {}
    for key, held in members.items():
        counts = dict.fromkeys(VERDICT_KEYS, 0)
        counts.update(Counter(map(verdicts.__getitem__, held)))
        rank = ranks[key]
        cells[key] = Cell(key[0], key[1], [listed[n].id for n in held],
                          [listed[n].title for n in held], counts,
                          EVIDENCE_LEVELS[rank] if rank < NO_EVIDENCE else None)
        row_ids.setdefault(key[0], set()).update(held)
        col_ids.setdefault(key[1], set()).update(held)
    # without a threshold every case of the result set counts, even one with no pair
    counted = {c.id for c in listed} if limit is None else set().union(*row_ids.values())
    row_terms = _terms(rows, row_ids, label, order)
    col_terms = _terms(cols, col_ids, label, order)
    shown_rows = {t.id for t in row_terms}
    shown_cols = {t.id for t in col_terms}
    kept = [(r, c) for r, c in links if r in shown_rows and c in shown_cols]
    return EvidenceMap(rows, cols, len(counted), row_terms, col_terms, cells, kept, min_evidence)


def _outcome_cells(listed: list[MapCase], rows: str, cols: str, limit: int | None,
                   members: defaultdict[tuple[str, str], list[int]]) -> dict[tuple[str, str], int]:
    """Fill `members` for a map with an outcome axis; the strongest evidence per cell."""
    ranks: dict[tuple[str, str], int] = {}
    for n, case in enumerate(listed):
        row_values, col_values = case.values(rows), case.values(cols)
        if not row_values or not col_values:
            continue
        own = _outcome_ranks(case)
        best = min(own.values(), default=NO_EVIDENCE)
        for r in row_values:
            row_rank = own.get(r, NO_EVIDENCE) if rows == "outcomes" else best
            for c in col_values:
                rank = own.get(c, NO_EVIDENCE) if cols == "outcomes" else row_rank
                if limit is not None and rank > limit:
                    continue
                key = (r, c)
                members[key].append(n)
                if rank < ranks.get(key, NO_EVIDENCE + 1):
                    ranks[key] = rank
    return ranks


def _outcome_ranks(case: MapCase) -> dict[str, int]:
    own: dict[str, int] = {}
    for outcome, _result, evidence in case.outcomes:
        rank = RANK.get(evidence or "", NO_EVIDENCE)
        if rank < own.get(outcome, NO_EVIDENCE + 1):
            own[outcome] = rank
    return own


def _terms(facet: str, found: dict[str, set[int]], label: Callable[[str, str], str],
           order: Callable[[str], Sequence[str]]) -> list[Term]:
    fixed = list(order(facet))
    if not fixed and BY_KEY.get(facet) is not None:
        fixed = list(BY_KEY[facet].values)
    if facet == "verdicts":
        fixed = list(VERDICTS)
    rest = sorted((v for v in found if v not in fixed), key=lambda v: (-len(found[v]), v))
    keep_empty = facet == "verdicts" or (facet in BY_KEY and BY_KEY[facet].kind == TAXONOMY)
    ids = [v for v in fixed if keep_empty or v in found] + rest
    return [Term(v, label(facet, v), len(found.get(v, ()))) for v in ids]
