"""Highlighted passages from the character positions stored in the index (no re-analysis)."""

from __future__ import annotations

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

from casebook import limits

TOP = 2


class _BoldFormatter(HtmlFormatter):  # type: ignore[misc]
    def format_token(self, text: str, token: Any, replace: bool = False) -> str:
        return "<b>" + str(self._text(get_text(text, token, replace))) + "</b>"


FORMATTER = _BoldFormatter(between=" … ")


def _fragmenter() -> PinpointFragmenter:
    return PinpointFragmenter(maxchars=limits.MAX_SNIPPET_CHARS // 2, surround=60,
                              autotrim=True)


def from_positions(reader: Any, field: str, words: set[bytes], docnum: int,
                   text: str) -> str:
    """Passage of `text` around the stored positions of `words` in one document.

    Positions past the end of `text` (the repeated title and summary after the body)
    are ignored; stale positions are cut to the text by the fragmenter.
    """
    tokens = []
    for word in words:
        try:
            matcher = reader.postings(field, word)
        except Exception:
            continue
        matcher.skip_to(docnum)
        if not matcher.is_active() or matcher.id() != docnum:
            continue
        for pos, start, end in matcher.value_as("characters"):
            if end > len(text):
                break
            tokens.append(Token(text=word.decode(), pos=pos, startchar=start, endchar=end))
    if not tokens:
        return ""
    tokens.sort(key=lambda t: t.startchar)
    fragments = _fragmenter().fragment_matches(text, tokens)
    best = top_fragments(fragments, TOP, BasicFragmentScorer(), lambda f: f.startchar)
    return " ".join(FORMATTER.format(best).split())


def by_analysis(text: str, words: set[bytes], analyzer: Analyzer) -> str:
    """Passage of a short text, found by analysing it again (for the summary)."""
    terms = frozenset(w.decode() for w in words)
    out: str = highlight(text[: limits.MAX_SNIPPET_CHARS * 4], terms, analyzer,
                         _fragmenter(), FORMATTER, top=TOP)
    return " ".join(out.split())
