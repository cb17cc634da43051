"""Two to five cases side by side: metadata, tags with the shared ones, outcomes, sections."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field as _field
from typing import Any

from casebook.cases.model import SECTION_ORDER, standard_section
from casebook.errors import InputError
from casebook.facets import BY_KEY, TAG_FACETS

MIN_CASES, MAX_CASES = 2, 5


@dataclass
class Row:
    field: str
    label: str
    values: list[Any]
    shared: list[str] = _field(default_factory=list)  # held by two cases or more
    more: list[bool] = _field(default_factory=list)  # a section row: text beyond the opening
    full: list[str] = _field(default_factory=list)  # a section row: the whole text (not in JSON)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"field": self.field, "label": self.label, "values": self.values,
                               "shared": self.shared}
        if self.more:
            out["more"] = self.more
        return out


@dataclass
class Comparison:
    cases: list[dict[str, Any]]  # id, title, attribution, licence
    rows: list[Row]

    def row(self, name: str) -> Row | None:
        return next((r for r in self.rows if r.field == name), None)

    def to_json(self) -> dict[str, Any]:
        return {"cases": self.cases, "rows": [r.to_json() for r in self.rows]}


def check_ids(ids: Sequence[str]) -> None:
    """Two to five distinct ids, or a one-line InputError."""
    if len(ids) < MIN_CASES or len(ids) > MAX_CASES:
        raise InputError(f"compare takes {MIN_CASES} to {MAX_CASES} cases, not {len(ids)}")
    twice = [i for i, n in Counter(ids).items() if n > 1]
    if twice:
        raise InputError(f"case '{twice[0]}' is listed twice")


def years(start: Any, end: Any) -> str:
    if not start:
        return ""
    return f"{start}–{end}" if end and end != start else (f"{start}–" if not end else str(start))


def opening(text: str) -> tuple[str, bool]:
    """The first paragraph of a section, and whether more follows."""
    paragraphs = [p.strip() for p in text.strip().split("\n\n") if p.strip()]
    if not paragraphs:
        return "", False
    return " ".join(paragraphs[0].split()), len(paragraphs) > 1


def outcome_entries(case: dict[str, Any]) -> list[dict[str, Any]]:
    """A case's outcomes as objects, whether the file wrote plain terms or mappings."""
    out = []
    for item in case.get("outcomes") or []:
        if isinstance(item, dict):
            out.append({k: item.get(k) for k in ("id", "result", "evidence", "source", "note")})
        else:
            out.append({"id": item, "result": None, "evidence": None, "source": None,
                        "note": None})
    return out


def compare(cases: Sequence[dict[str, Any]]) -> Comparison:
    """Cases as `show --json` gives them, in the order asked for."""
    check_ids([c["id"] for c in cases])
    head = [{"id": c["id"], "title": c["title"], "attribution": c.get("attribution"),
             "licence": c.get("licence")} for c in cases]
    rows = [
        Row("place", "Place", [", ".join(x for x in [c.get("place") or "",
                                                    ", ".join(c.get("country") or [])] if x)
                               for c in cases]),
        Row("level", "Level", [c.get("level") for c in cases]),
        Row("years", "Years", [years(c.get("year_start"), c.get("year_end")) for c in cases]),
        Row("verdict", "Verdict", [c.get("verdict") for c in cases]),
    ]
    for facet in TAG_FACETS:
        values = [list(c.get(facet) or []) if facet != "outcomes"
                  else [o["id"] for o in outcome_entries(c)] for c in cases]
        row = Row(facet, BY_KEY[facet].label, values, _shared(values))
        if facet == "outcomes":
            row.values = [outcome_entries(c) for c in cases]
        rows.append(row)
    rows.append(Row("metrics", "Metrics", [list(c.get("metrics") or []) for c in cases]))
    sections = [_by_standard_name(c.get("sections") or {}) for c in cases]
    headings = list(SECTION_ORDER)
    counts = Counter(h for found in sections for h in found if h not in headings)
    headings += [h for h, n in counts.items() if n >= 2]
    for heading in headings:
        full = [found.get(heading, "") for found in sections]
        texts = [opening(text) for text in full]
        if any(t for t, _m in texts):
            rows.append(Row(f"section:{heading}", heading, [t for t, _m in texts],
                            more=[m for _t, m in texts], full=full))
    return Comparison(head, rows)


def _by_standard_name(sections: dict[str, str]) -> dict[str, str]:
    """A case's sections keyed by the English name of a recommended one ('Desafío' is the
    Challenge), so that cases in different languages line up; others as written."""
    return {standard_section(h) or h: text for h, text in sections.items()}


def _shared(values: list[list[str]]) -> list[str]:
    counts = Counter(v for vs in values for v in dict.fromkeys(vs))
    seen: list[str] = []
    for vs in values:
        seen += [v for v in vs if counts[v] >= 2 and v not in seen]
    return seen
