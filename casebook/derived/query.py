"""Reading a query: Whoosh's parser with limits and clear errors, and plain queries' words."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from whoosh import qparser, query
from whoosh.analysis import Analyzer
from whoosh.fields import Schema

from casebook import limits
from casebook.cases.text import fold_accents
from casebook.derived.analyzers import (
    ENGLISH,
    QUERY_STOP_WORDS,
    query_stop_words,
    stemmed_language,
)
from casebook.derived.schema import SEARCHABLE_FIELDS, TAG_BOOST, TAG_FIELD
from casebook.errors import QueryError
from casebook.facets import TAG_FACETS

QUERY_FIELDS = ("body",)
OPERATORS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO"}
_STRICT_WORDS = OPERATORS - {"TO"}
_STRICT_SYNTAX = re.compile(r"""["+*?~^(){}\[\]:\\]|(?:^|\s)'""")
_EDGE_PUNCTUATION = re.compile(r"^\W+|\W+$")
_FIELD_PREFIX = re.compile(r"(?<![\w\\])(\w+):(?=[^\s:/])")


def parse(text: str, schema: Schema, translate: Callable[[str, str], str] | None = None) -> Any:
    """The parsed query; QueryError names what cannot be read. `translate(facet, value)`
    gives the id of a tag named by its label or an alias."""
    if len(text) > limits.MAX_QUERY_CHARS:
        raise QueryError(f"the query is {len(text)} characters; the limit is "
                         f"{limits.MAX_QUERY_CHARS}")
    for found in _FIELD_PREFIX.finditer(text):
        name = found.group(1)
        if name not in SEARCHABLE_FIELDS and not name.isdigit():
            raise QueryError(f"unknown field '{name}:' in the query; use one of "
                             f"{', '.join(SEARCHABLE_FIELDS)}")
    parser = qparser.MultifieldParser(list(QUERY_FIELDS), schema)
    parser.add_plugin(qparser.FuzzyTermPlugin())
    parser.remove_plugin_class(qparser.PlusMinusPlugin)
    try:
        parsed = parser.parse(text)
    except Exception as exc:  # the parser's own failures on odd text: the user's input
        raise QueryError(f"cannot read the query {text!r}: {exc}") from None
    errors = _errors_in(parsed)
    if errors:
        raise QueryError(f"cannot read the query {text!r}: {errors[0]}")
    for node in _walk(parsed):
        if isinstance(node, query.FuzzyTerm):  # 'word~9' would scan for minutes
            node.maxdist = min(node.maxdist, limits.MAX_FUZZY_EDITS)
    if translate is not None:
        parsed = _translate_tags(parsed, translate)
    return parsed


def plain_words(text: str, parsed: Any, analyzer: Analyzer,
                languages: Sequence[str] = ()) -> list[Any] | None:
    """The distinct words of a plain query (words only: no operators, quotes, +word,
    fields, wildcards or fuzzy terms) from its parsed form, each a query, stop words
    left out (unless there is nothing else); None for any other query."""
    tokens = text.split()
    if _STRICT_SYNTAX.search(text) or _STRICT_WORDS.intersection(tokens):
        return None
    parts = parsed.subqueries if type(parsed) is query.And else [parsed]
    if not all(type(p) in (query.Term, query.Phrase) and p.fieldname in QUERY_FIELDS
               for p in parts):
        return None
    stop_words = query_stop_words(list(languages)) if languages else QUERY_STOP_WORDS
    stop = [t for t in tokens
            if fold_accents(_EDGE_PUNCTUATION.sub("", t.lower())) in stop_words]
    if stop:
        dropped = ({t.text for w in stop for t in analyzer(w)}
                   - {t.text for w in tokens if w not in stop for t in analyzer(w)})
        parts = [p for p in parts if getattr(p, "text", None) not in dropped] or parts
    return list(dict.fromkeys(parts))


def _errors_in(q: Any) -> list[str]:
    out = []
    for node in _walk(q):
        if isinstance(node, query.qcore._NullQuery):
            continue
        if type(node).__name__ == "ErrorQuery" or getattr(node, "error", None):
            out.append(str(getattr(node, "error", "syntax error")))
    return out


def _walk(q: Any) -> Iterator[Any]:
    yield q
    if hasattr(q, "children"):
        for child in q.children():
            yield from _walk(child)


def _translate_tags(q: Any, translate: Callable[[str, str], str]) -> Any:
    """Map labels and aliases in challenges:/strategies:/outcomes: terms to ids."""

    def visit(node: Any) -> Any:
        if isinstance(node, query.Term) and node.fieldname in TAG_FACETS:
            return query.Term(node.fieldname, translate(node.fieldname, node.text),
                              boost=node.boost)
        if isinstance(node, query.Phrase) and node.fieldname in TAG_FACETS:
            return query.Term(node.fieldname, translate(node.fieldname, " ".join(node.words)),
                              boost=node.boost)
        return node.apply(visit) if hasattr(node, "apply") else node

    return visit(q)


_QUOTED = re.compile(r'"([^"]*)"')


def in_languages(q: Any, text: str, languages: Sequence[str], analyzer: Any) -> Any:
    """Each word and phrase of the query's text also read in the library's other languages:
    Or(its English stems, its Spanish stems, ...), so that "orçamentos" finds a case in
    Portuguese that says "orçamento". With English alone the query is unchanged.
    `analyzer.stems(text, language)` gives a text's stems read in a language."""
    others = [code for code in dict.fromkeys(languages) if stemmed_language(code) != ENGLISH]
    if not others:
        return q
    phrases = iter(_QUOTED.findall(text))

    def variants(node: Any, words: str, make: Callable[[list[str]], Any]) -> Any:
        found = [node]
        for code in others:
            stems = analyzer.stems(words, code)
            alternative = make(stems) if stems else None
            if alternative is not None and alternative not in found:
                found.append(alternative)
        return found[0] if len(found) == 1 else query.Or(found)

    def visit(node: Any) -> Any:
        if type(node) is query.Term and node.fieldname in QUERY_FIELDS:
            start, end = getattr(node, "startchar", None), getattr(node, "endchar", None)
            if start is None or end is None:
                return node
            return variants(node, text[start:end], lambda stems: query.Term(
                node.fieldname, stems[0], boost=node.boost) if len(stems) == 1 else None)
        if type(node) is query.Phrase and node.fieldname in QUERY_FIELDS:
            start, end = getattr(node, "startchar", None), getattr(node, "endchar", None)
            words = text[start:end] if start is not None and end is not None \
                else next(phrases, None)
            if words is None:
                return node
            return variants(node, words, lambda stems: query.Phrase(
                node.fieldname, stems, slop=node.slop, boost=node.boost))
        return node.apply(visit) if hasattr(node, "apply") else node

    return visit(q)


def with_tag_text(q: Any) -> Any:
    """Each word and phrase of the query's text also sought in the names of a case's tags,
    below a title's weight: Or(word in the text, word in the tags). Other parts as given."""

    def visit(node: Any) -> Any:
        if type(node) in (query.Term, query.Phrase) and node.fieldname in QUERY_FIELDS:
            tagged = node.copy()
            tagged.fieldname, tagged.boost = TAG_FIELD, node.boost * TAG_BOOST
            return query.Or([node, tagged])
        return node.apply(visit) if hasattr(node, "apply") else node

    return visit(q)
