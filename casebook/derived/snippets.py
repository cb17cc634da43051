"""Highlighted passages from the character positions stored in the index (no re-analysis)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from whoosh.analysis import Analyzer
from whoosh.highlight import (
    BasicFragmentScorer,
    HtmlFormatter,
    PinpointFragmenter,
    Token,
    get_text,
    highlight,
    top_fragments,
)
from whoosh.reading import TermNotFound

from casebook import limits

TOP = 2


class _BoldFormatter(HtmlFormatter):  # type: ignore[misc]
    def format_token(self, text: str, token: Any, replace: bool = False) -> str:
        return "<b>" + str(self._text(get_text(text, token, replace))) + "</b>"


FORMATTER = _BoldFormatter(between=" … ")


def _fragmenter() -> PinpointFragmenter:
    return PinpointFragmenter(maxchars=limits.MAX_SNIPPET_CHARS // 2, surround=60,
                              autotrim=True)


def positions(searcher: Any, field: str, words: set[bytes],
              docnums: Iterable[int]) -> dict[int, list[Token]]:
    """Stored character positions of `words` in each document, one pass per word.

    The documents are visited in order, so each posting block is read at most once.
    """
    out: dict[int, list[Token]] = {d: [] for d in docnums}
    for leaf, offset in searcher.leaf_searchers():
        reader = leaf.reader()
        local = sorted(d - offset for d in out if offset <= d < offset + reader.doc_count_all())
        for word in words if local else ():
            try:
                matcher = reader.postings(field, word)
            except TermNotFound:
                continue
            text = word.decode()
            for n in local:
                if not matcher.is_active():
                    break
                matcher.skip_to(n)
                if matcher.is_active() and matcher.id() == n:
                    out[n + offset] += [Token(text=text, pos=pos, startchar=start, endchar=end)
                                        for pos, start, end in matcher.value_as("characters")]
    return out


def passage(text: str, tokens: list[Token]) -> str:
    """The best passages of `text` around the tokens, matches in bold.

    Positions past the end of `text` (the repeated title and summary after the body)
    are ignored; stale positions are cut to the text by the fragmenter.
    """
    inside = sorted((t for t in tokens if t.endchar <= len(text)), key=lambda t: t.startchar)
    if not inside:
        return ""
    fragments = _fragmenter().fragment_matches(text, inside)
    best = top_fragments(fragments, TOP, BasicFragmentScorer(), lambda f: f.startchar)
    return " ".join(FORMATTER.format(best).split())


def by_analysis(text: str, words: set[bytes], analyzer: Analyzer | Callable[..., Any]) -> str:
    """Passage of a short text, found by analysing it again (for the summary)."""
    terms = frozenset(w.decode() for w in words)
    out: str = highlight(text[: limits.MAX_SNIPPET_CHARS * 4], terms, analyzer,
                         _fragmenter(), FORMATTER, top=TOP)
    return " ".join(out.split())
