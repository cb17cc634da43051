"""Plain data classes shared by the core, the CLI and the GUI."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from casebook.facets import FILTER_KEYS, TERM_FACETS

SECTION_ORDER = ("Context", "Challenge", "Strategy", "Outcomes", "Lessons")
# the recommended sections' headings in the languages the case template is written in
SECTION_NAMES = {
    "en": SECTION_ORDER,
    "es": ("Contexto", "Desafío", "Estrategia", "Resultados", "Lecciones"),
    "pt": ("Contexto", "Desafio", "Estratégia", "Resultados", "Lições"),
    "fr": ("Contexte", "Défi", "Stratégie", "Résultats", "Leçons"),
}
_STANDARD = {name.lower(): english for names in SECTION_NAMES.values()
             for name, english in zip(names, SECTION_ORDER, strict=True)}


def standard_section(heading: str) -> str | None:
    """The English name of a recommended section, whatever language its heading is in
    ('## Desafío' is the Challenge); None for any other heading."""
    return _STANDARD.get(" ".join(heading.split()).lower())


def section_names(language: str | None) -> tuple[str, ...]:
    """The recommended sections' headings in a language (English when not translated)."""
    return SECTION_NAMES.get((language or "en").lower(), SECTION_ORDER)
# the problem code of a summary still left as the case template's: the case is a draft
DRAFT_CODE = "placeholder-summary"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file, at a line and column (1-based)."""

    path: str
    line: int
    column: int
    severity: str
    message: str
    code: str = ""
    detail: str = ""  # the underlying reason in a tool's own words (the YAML parser's)

    def format(self, shown_path: str | None = None) -> str:
        return (
            f"{shown_path or self.path}:{self.line}:{self.column}: "
            f"{self.severity}: {self.message}"
        )

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "line": self.line,
            "column": self.column,
            "severity": self.severity,
            "message": self.message,
        }
        if self.detail:
            out["detail"] = self.detail
        return out


def term_ids(values: list[Any]) -> list[str]:
    """Tag ids from a case's tag list, where outcomes may be objects with an id."""
    return [v["id"] if isinstance(v, Mapping) else str(v) for v in values]


@dataclass
class Section:
    heading: str
    text: str
    line: int


@dataclass
class Case:
    """A parsed case file: metadata in canonical form, body and problems."""

    id: str
    path: str
    title: str
    summary: str = ""
    country: list[str] = field(default_factory=list)
    place: str | None = None
    region: str | None = None
    level: str | None = None
    year_start: int | None = None
    year_end: int | None = None
    sectors: list[str] = field(default_factory=list)
    challenges: list[str] = field(default_factory=list)
    strategies: list[str] = field(default_factory=list)
    outcomes: list[str] = field(default_factory=list)
    # per outcome, in the order of `outcomes`: {"id", "result", "evidence", "source", "note"}
    outcome_details: list[dict[str, Any]] = field(default_factory=list)
    verdict: str | None = None
    free_tags: list[str] = field(default_factory=list)
    metrics: list[dict[str, Any]] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)
    language: str = "en"
    translation_of: str | None = None
    licence: str | None = None
    attribution: str | None = None
    origin: dict[str, Any] | None = None
    updated: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    body: str = ""
    sections: list[Section] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    declared_id: str = ""
    id_pos: tuple[int, int] = (1, 1)
    translation_pos: tuple[int, int] = (1, 1)

    def tags(self, facet: str) -> list[str]:
        values: list[str] = getattr(self, facet)
        return values

    def values(self, name: str) -> list[str]:
        """A field's values as a list: a single value (level, region) is a list of one."""
        value: Any = getattr(self, name)
        if isinstance(value, list):
            return list(value)
        return [value] if value else []

    @property
    def has_errors(self) -> bool:
        return any(p.severity == "error" for p in self.problems)


@dataclass
class Hit:
    """One search result row."""

    id: str
    title: str
    path: str
    score: float | None
    snippet: str
    country: list[str]
    place: str | None
    level: str | None
    year_start: int | None
    year_end: int | None
    challenges: list[str]
    strategies: list[str]
    outcomes: list[str]
    problems: int
    match: str = "all"  # of a plain query's words: "all", "most" or "some"
    verdict: str | None = None
    languages: dict[str, str] = field(default_factory=dict)  # language -> id, translations

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "path": self.path,
            "score": None if self.score is None else round(self.score, 4),
            "snippet": self.snippet,
            "country": self.country,
            "place": self.place,
            "level": self.level,
            "year_start": self.year_start,
            "year_end": self.year_end,
            "challenges": self.challenges,
            "strategies": self.strategies,
            "outcomes": self.outcomes,
            "problems": self.problems,
            "match": self.match,
            "verdict": self.verdict,
            "languages": self.languages,
        }




@dataclass
class Filters:
    """Facet filters: OR within a facet, AND across facets; plus a year span."""

    terms: dict[str, list[str]] = field(default_factory=dict)
    year_from: int | None = None
    year_to: int | None = None

    def is_empty(self) -> bool:
        return not any(self.terms.values()) and self.year_from is None and self.year_to is None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {k: list(v) for k, v in self.terms.items() if v}
        if self.year_from is not None:
            out["from"] = self.year_from
        if self.year_to is not None:
            out["to"] = self.year_to
        return out

    @classmethod
    def from_json(cls, data: Any) -> Filters:
        """The filters to_json wrote (saved searches, the app's last search). What is not
        a filter, as in a damaged setting, is left out rather than refused."""
        if not isinstance(data, Mapping):
            return cls()
        terms = {k: [str(v) for v in values] for k in TERM_FACETS
                 if isinstance(values := data.get(k), list) and values}

        def year(value: Any) -> int | None:
            return value if isinstance(value, int) and not isinstance(value, bool) else None

        return cls(terms, year(data.get("from")), year(data.get("to")))


@dataclass
class SearchResult:
    query: str
    filters: Filters
    total: int
    hits: list[Hit]
    facets: dict[str, dict[str, int]]
    suggestion: str | None
    # matching was relaxed: some hits lack some of the words; `total` and `facets` count
    # the hits with most of them, not those listed after them with only some
    relaxed: bool = False
    # every case `total` counts, each family once (what search.matching_ids gives): the
    # evidence map of the search shown draws these without searching again
    counted: frozenset[str] | None = field(default=None, repr=False, compare=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "filters": self.filters.to_json(),
            "total": self.total,
            "relaxed": self.relaxed,
            "results": [h.to_json() for h in self.hits],
            "facets": {k: self.facets.get(k, {}) for k in FILTER_KEYS},
            "suggestion": self.suggestion,
        }


@dataclass
class SyncReport:
    """What one index sync did."""

    total: int = 0
    added: int = 0
    changed: int = 0
    removed: int = 0
    with_problems: int = 0
    skipped: int = 0
    seconds: float = 0.0
    repaired: bool = False

    def summary(self) -> str:
        return (
            f"{self.total} case{'' if self.total == 1 else 's'}: {self.added} added, "
            f"{self.changed} changed, "
            f"{self.removed} removed, {self.with_problems} with problems ({self.seconds:.1f} s)"
        )


@dataclass
class IndexDoc:
    """The text of one case as the search engine indexes it."""

    id: str
    sha: str
    title: str
    summary: str
    body: str
    sections: str
    challenges: list[str]
    strategies: list[str]
    outcomes: list[str]
    country: str
    place: str
    region: str
    sectors: str
    level: str
    tag_text: str = ""  # the names of its tags: labels, aliases, sectors, free tags
    language: str = "en"  # its text's language (ISO 639-1): the stemmer that reads it
