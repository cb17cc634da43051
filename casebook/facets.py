"""Every facet declared once: its key, labels, kind and place in the sidebar and the CLI."""

from __future__ import annotations

from dataclasses import dataclass

TAXONOMY = "taxonomy"  # terms from the taxonomy, matched by id, label or alias
METADATA = "metadata"  # values written in the case file (country, level, ...)
OUTCOME = "outcome"  # how a case's outcomes turned out (format version 2): result, evidence
YEAR = "year"  # the span year_start..year_end


@dataclass(frozen=True)
class Facet:
    key: str  # the plural key of filters, the store's table and JSON ("challenges")
    label: str  # the sidebar's heading
    singular: str  # one value's name in messages ("challenge")
    kind: str
    option: str | None = None  # the CLI filter option, without its dashes
    in_json: bool = True  # listed under "facets" in `search --json`
    values: tuple[str, ...] = ()  # a fixed order of values, else ordered by count
    field: str = ""  # the case file's key and the Case attribute holding the values
    listed: bool = False  # listed with its counts by `casebook tags`


LEVELS = ("local", "municipal", "regional", "national", "supranational")
SORT_OPTIONS = ("relevance", "year", "title")
# the vocabularies of results and evidence (case format version 2), strongest evidence first
RESULTS = ("achieved", "mixed", "not-achieved", "reversed", "too-early")
EVIDENCE_LEVELS = ("experimental", "evaluation", "statistics", "self-reported", "anecdotal")
VERDICTS = ("success", "mixed", "failure", "too-early")

FACETS: tuple[Facet, ...] = (
    Facet("challenges", "Challenges", "challenge", TAXONOMY, "challenge", field="challenges",
          listed=True),
    Facet("strategies", "Strategies", "strategy", TAXONOMY, "strategy", field="strategies",
          listed=True),
    Facet("outcomes", "Outcomes", "outcome", TAXONOMY, "outcome", field="outcomes",
          listed=True),
    Facet("regions", "Region", "region", METADATA, "region", field="region"),
    Facet("countries", "Country", "country", METADATA, "country", field="country",
          listed=True),
    Facet("levels", "Level", "level", METADATA, "level", values=LEVELS, field="level"),
    Facet("sectors", "Sector", "sector", METADATA, "sector", field="sectors", listed=True),
    Facet("verdicts", "Verdict", "verdict", METADATA, "verdict", values=VERDICTS,
          field="verdict"),
    Facet("results", "Result", "result", OUTCOME, "result", values=RESULTS),
    Facet("evidence", "Evidence", "evidence", OUTCOME, "evidence", values=EVIDENCE_LEVELS),
    Facet("languages", "Language", "language", METADATA, "language", field="language"),
    Facet("years", "Years", "year", YEAR, None, in_json=False),
)
BY_KEY = {f.key: f for f in FACETS}

TAG_FACETS = tuple(f.key for f in FACETS if f.kind == TAXONOMY)
TERM_FACETS = tuple(f.key for f in FACETS if f.kind != YEAR)  # stored as (case, value) pairs
FILTER_KEYS = tuple(f.key for f in FACETS if f.in_json)
OPTIONS = {f.option: f.key for f in FACETS if f.option}  # `search --challenge ...`, in order
LISTED = tuple(f.key for f in FACETS if f.listed)  # `casebook tags --facet`
SINGULAR = {f.key: f.singular for f in FACETS}



def evidence_rank(level: str | None) -> int:
    """0 for the strongest evidence; missing or unknown evidence ranks below the weakest."""
    return EVIDENCE_LEVELS.index(level) if level in EVIDENCE_LEVELS else len(EVIDENCE_LEVELS)
