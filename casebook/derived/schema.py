"""The index layout: its fields and analyzers, and the fields a case is indexed as."""

from __future__ import annotations

from typing import Any

from whoosh.fields import COLUMN, ID, KEYWORD, TEXT, Schema

from casebook.cases.model import IndexDoc
from casebook.derived.analyzers import marked, plain_analyzer, stem_analyzer
from casebook.facets import TAG_FACETS

TITLE_REPEAT, SUMMARY_REPEAT = 4, 2
TAG_FIELD = "tag_text"
TAG_BOOST = 2.0  # a word in a tag's name counts as twice in the text, a title's as four times
IN_LANGUAGE = ("title", "summary", "body", "sections")  # read in the case's language
SEARCHABLE_FIELDS = ("title", "summary", "body", "sections", "country", "place", "region",
                     "level", "sectors", "challenges", "strategies", "outcomes")


def make_schema() -> Schema:
    """The index layout; `body` holds the body, then the title and summary repeated."""
    stem = stem_analyzer()
    plain = plain_analyzer()
    tag = KEYWORD(commas=True, lowercase=True)
    return Schema(
        id=ID(stored=True, unique=True, sortable=True),
        sha=COLUMN(),
        title=TEXT(analyzer=stem),
        summary=TEXT(analyzer=stem),
        body=TEXT(analyzer=stem, chars=True),
        sections=TEXT(analyzer=stem),
        tag_text=TEXT(analyzer=stem),
        challenges=tag, strategies=tag, outcomes=tag,
        country=TEXT(analyzer=plain), place=TEXT(analyzer=plain),
        region=TEXT(analyzer=plain), sectors=TEXT(analyzer=plain),
        level=KEYWORD(lowercase=True),
    )


def doc_fields(doc: IndexDoc) -> dict[str, Any]:
    """Whoosh fields for a document.

    One text field is searched by default (a third of the matching work of three).
    The body comes first, so its character positions are positions in the body text;
    the title and summary follow, repeated by their boost, which ranks them higher.
    """
    out = {k: v for k, v in doc.__dict__.items() if k not in TAG_FACETS and k != "language"}
    for facet in TAG_FACETS:
        out[facet] = ",".join(getattr(doc, facet))
    out["sha"] = doc.sha.encode()
    out["body"] = "\n".join([doc.body, *[doc.title] * TITLE_REPEAT,
                             *[doc.summary] * SUMMARY_REPEAT])
    for name in IN_LANGUAGE:
        out[name] = marked(out[name], doc.language)
    return out
