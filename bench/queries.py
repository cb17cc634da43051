"""The fixed mix of 50 benchmark queries, in Casebook's syntax and in FTS5's."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

TEXT_COLUMNS = "{title summary body}"


@dataclass(frozen=True)
class Query:
    kind: str
    casebook: str
    fts: str
    filters: dict[str, Any] = field(default_factory=dict)


def _words(text: str) -> str:
    return f"{TEXT_COLUMNS} : ({text})"


def _tag(facet: str, tag_id: str) -> str:
    return f'{facet} : "{tag_id.replace("-", " ")}"'


SINGLE = ["budget", "transparency", "procurement", "hospital", "participação",
          "participacao", "digitised", "corruption", "training", "Zürich"]
SEVERAL = ["open data portal", "digital identity card", "participatory budget assembly",
           "legacy software replaced", "rural clinic nurses", "tax revenue increased",
           "citizen feedback survey", "fraud audit report", "school teacher training",
           "procurement contract tender"]
PHRASES = ["public trust", "open data", "the annual budget", "by 20 percent",
           "digital identity", "every citizen", "the new platform", "in 2015"]
FIELDS = [("title:budget", "title : budget"),
          ("title:hospital", "title : hospital"),
          ("summary:audit", "summary : audit"),
          ("country:brazil", "country : brazil"),
          ("challenges:legacy-systems", _tag("challenges", "legacy-systems")),
          ("strategies:open-data", _tag("strategies", "open-data")),
          ("outcomes:public-trust", _tag("outcomes", "public-trust")),
          ("title:platform AND country:india", "title : platform AND country : india")]
FILTERS: list[dict[str, Any]] = [
    {"challenges": ["legacy-systems"]},
    {"levels": ["municipal"]},
    {"countries": ["Brazil"]},
    {"year_from": 2015, "year_to": 2020},
    {"strategies": ["open-data", "partnerships"]},
    {"levels": ["national"], "challenges": ["corruption-risk"]},
    {"countries": ["Kenya", "Rwanda", "Nigeria"], "year_from": 2010},
]
FILTERED_WORDS: list[tuple[str, dict[str, Any]]] = [
    ("budget", {"levels": ["municipal"]}),
    ("data platform", {"challenges": ["legacy-systems"]}),
    ("audit", {"countries": ["United Kingdom"]}),
    ('"public trust"', {"year_from": 2010}),
    ("training", {"strategies": ["staff-training"], "levels": ["national"]}),
    ("hospital nurses", {"countries": ["India", "Brazil"]}),
    ("fraud", {"outcomes": ["reduced-corruption"], "year_to": 2018}),
]


def mix() -> list[Query]:
    """Fifty queries: words, several words, phrases, fields, filters, filters with words."""
    out = [Query("single word", w, _words(w)) for w in SINGLE]
    out += [Query("several words", w, _words(w)) for w in SEVERAL]
    out += [Query("phrase", f'"{p}"', _words(f'"{p}"')) for p in PHRASES]
    out += [Query("field", cb, fts) for cb, fts in FIELDS]
    out += [Query("filters only", "", "", f) for f in FILTERS]
    out += [Query("filters + words", w, _words(w), f) for w, f in FILTERED_WORDS]
    assert len(out) == 50
    return out


def last_query() -> Query:
    """The query the start-up measurement shows results for."""
    return mix()[-1]
