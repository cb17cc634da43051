"""The evidence map: cases counted by two facets at once, with their verdicts and evidence."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from casebook.errors import InputError
from casebook.facets import BY_KEY, EVIDENCE_LEVELS, TAXONOMY, VERDICTS, evidence_rank

MAP_FACETS = ("challenges", "strategies", "outcomes", "regions", "countries", "levels",
              "sectors", "verdicts")
VERDICT_KEYS = (*VERDICTS, "none")
RANK = {level: n for n, level in enumerate(EVIDENCE_LEVELS)}
NO_EVIDENCE = len(EVIDENCE_LEVELS)


@dataclass(frozen=True)
class Outcome:
    """One outcome entry of a case: how it turned out and how we know."""

    id: str
    result: str | None = None
    evidence: str | None = None


@dataclass(frozen=True)
class MapCase:
    """What the map needs of one case."""

    id: str
    title: str
    terms: Mapping[str, Sequence[str]]  # facet key -> values (taxonomy ids, countries, ...)
    verdict: str | None = None
    outcomes: Sequence[Outcome] = ()

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
    cells: dict[tuple[str, str], Cell] = {}
    ranks: dict[tuple[str, str], int] = {}  # the strongest evidence per cell, as a rank
    row_ids: dict[str, set[str]] = {}
    col_ids: dict[str, set[str]] = {}
    total: set[str] = set()
    for case in listed:
        row_values, col_values = case.values(rows), case.values(cols)
        if not row_values or not col_values:
            continue
        own = _outcome_ranks(case)  # an outcome axis uses that outcome's own evidence
        best = min(own.values(), default=NO_EVIDENCE)
        verdict = case.verdict if case.verdict in VERDICTS else "none"
        for r in row_values:
            row_rank = own.get(r, NO_EVIDENCE) if rows == "outcomes" else best
            counted = False
            for c in col_values:
                rank = own.get(c, NO_EVIDENCE) if cols == "outcomes" else row_rank
                if limit is not None and rank > limit:
                    continue
                key = (r, c)
                cell = cells.get(key)
                if cell is None:
                    cell = cells[key] = Cell(r, c)
                    ranks[key] = rank
                elif rank < ranks[key]:
                    ranks[key] = rank
                cell.ids.append(case.id)
                cell.titles.append(case.title)
                cell.verdicts[verdict] += 1
                col_ids.setdefault(c, set()).add(case.id)
                counted = True
            if counted:
                row_ids.setdefault(r, set()).add(case.id)
                total.add(case.id)
    for key, cell in cells.items():
        cell.best_evidence = EVIDENCE_LEVELS[ranks[key]] if ranks[key] < NO_EVIDENCE else None
    if limit is None:  # every case of the result set, even one with no pair, is counted
        total = {c.id for c in listed}
    row_terms = _terms(rows, row_ids, label, order)
    col_terms = _terms(cols, col_ids, label, order)
    shown_rows = {t.id for t in row_terms}
    shown_cols = {t.id for t in col_terms}
    kept = [(r, c) for r, c in links if r in shown_rows and c in shown_cols]
    return EvidenceMap(rows, cols, len(total), row_terms, col_terms, cells, kept, min_evidence)


def _outcome_ranks(case: MapCase) -> dict[str, int]:
    own: dict[str, int] = {}
    for o in case.outcomes:
        rank = RANK.get(o.evidence or "", NO_EVIDENCE)
        if rank < own.get(o.id, NO_EVIDENCE + 1):
            own[o.id] = rank
    return own


def _terms(facet: str, found: dict[str, set[str]], label: Callable[[str, str], str],
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
