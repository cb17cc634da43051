"""Text analysis for the index: words, lowercased, accents folded, stop words out, stemmed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from whoosh.analysis import (
    Analyzer,
    CharsetFilter,
    LowercaseFilter,
    RegexTokenizer,
    Token,
    Tokenizer,
)
from whoosh.analysis.filters import STOP_WORDS
from whoosh.lang import stopwords_for_language
from whoosh.lang.porter import stem
from whoosh.support.charset import accent_map

TOKEN = r"\w+(\.?\w+)*"
# Left out of a plain query's words as well: the index keeps them, so phrases find them.
QUERY_STOP_WORDS = STOP_WORDS | stopwords_for_language("en")
_STEM_CACHE_MAX = 200_000


class StemTokenizer(Tokenizer):  # type: ignore[misc]
    """The tokens of Whoosh's chain RegexTokenizer(TOKEN) | LowercaseFilter() |
    CharsetFilter(accent_map) | StopFilter() | StemFilter(), in one pass instead of five
    generators; indexing spends about half its time analysing text."""

    is_morph = True

    def __init__(self) -> None:
        self.expression = re.compile(TOKEN)
        self._stems: dict[str, str] = {}

    def __getstate__(self) -> dict[str, Any]:
        return {}  # pickled into the index schema: no cache, no compiled pattern

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__()  # type: ignore[misc]

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self)

    def __hash__(self) -> int:
        return hash(type(self))

    def _stem(self, word: str) -> str:
        stems = self._stems
        out = stems.get(word)
        if out is None:
            if len(stems) > _STEM_CACHE_MAX:
                stems.clear()
            out = stems[word] = stem(word)
        return out

    def __call__(self, value: str, positions: bool = False, chars: bool = False,
                 keeporiginal: bool = False, removestops: bool = True, start_pos: int = 0,
                 start_char: int = 0, tokenize: bool = True, mode: str = "",
                 **kwargs: Any) -> Iterator[Token]:
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        spans: Any = (self.expression.finditer(value) if tokenize else
                      [(value, start_char, start_char + len(value))])
        pos: int | None = None
        for n, span in enumerate(spans):
            if tokenize:
                raw, start, end = span.group(0), start_char + span.start(), start_char + span.end()
            else:
                raw, start, end = span
            word = raw.lower()
            if not word.isascii():
                word = word.translate(accent_map)
            t.boost = 1.0
            if keeporiginal:
                t.original = raw
            if chars:
                t.startchar, t.endchar = start, end
            if len(word) < 2 or word in STOP_WORDS:
                if removestops:
                    continue
                t.stopped, t.text = True, word
                if positions:
                    t.pos = start_pos + n
            else:
                t.stopped, t.text = False, self._stem(word)
                if positions:  # like StopFilter(renumber=True): no gaps for stop words
                    pos = start_pos + n if pos is None else pos + 1
                    t.pos = pos
            yield t


def stem_analyzer() -> Analyzer:
    return StemTokenizer()


def plain_analyzer() -> Analyzer:
    return RegexTokenizer(TOKEN) | LowercaseFilter() | CharsetFilter(accent_map)
