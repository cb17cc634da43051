"""Text analysis for the index: words, lowercased, accents folded, stop words out, stemmed
in the language of the text (a value may start with a language mark, see `marked`)."""

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
from whoosh.lang import has_stemmer, stemmer_for_language, stopwords_for_language
from whoosh.lang.porter import stem
from whoosh.support.charset import accent_map

TOKEN = r"\w+(\.?\w+)*"
# Left out of a plain query's words as well: the index keeps them, so phrases find them.
QUERY_STOP_WORDS = STOP_WORDS | stopwords_for_language("en")
_STEM_CACHE_MAX = 200_000
MARK = "\x1f"  # a value that starts with MARK + code + MARK is text in that language
ENGLISH = "en"


def stemmed_language(code: str | None) -> str:
    """The language whose stemmer reads text in `code` (English for an unknown code)."""
    code = (code or ENGLISH).lower()
    return code if code != ENGLISH and has_stemmer(code) else ENGLISH


def marked(text: str, language: str | None) -> str:
    """The text with its language mark (none for English, which is read unmarked)."""
    code = stemmed_language(language)
    return text if code == ENGLISH else f"{MARK}{code}{MARK}{text}"


def query_stop_words(languages: list[str]) -> frozenset[str]:
    """Words a plain query leaves out, in any of these languages."""
    out = set(QUERY_STOP_WORDS)
    for code in languages:
        if stemmed_language(code) != ENGLISH:
            out.update(w.translate(accent_map) for w in stopwords_for_language(code))
    return frozenset(out)


class StemTokenizer(Tokenizer):  # type: ignore[misc]
    """The tokens of Whoosh's chain RegexTokenizer(TOKEN) | LowercaseFilter() |
    CharsetFilter(accent_map) | StopFilter() | StemFilter(), in one pass instead of five
    generators; indexing spends about half its time analysing text."""

    is_morph = True

    def __init__(self) -> None:
        self.expression = re.compile(TOKEN)
        self._stems: dict[str, str] = {}
        self._other: dict[str, tuple[Any, dict[str, str]]] = {}  # code -> stemmer, cache

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

    def _stem_in(self, code: str, word: str) -> str:
        """A lowercased word stemmed in another language, then its accents folded (its
        stemmer reads the accents)."""
        found = self._other.get(code)
        if found is None:
            found = self._other[code] = (stemmer_for_language(code), {})
        stemmer, stems = found
        out = stems.get(word)
        if out is None:
            if len(stems) > _STEM_CACHE_MAX:
                stems.clear()
            out = stems[word] = stemmer(word).translate(accent_map)
        return out

    def stems(self, text: str, language: str) -> list[str]:
        """The stems of a query text's words read as text in `language`."""
        return [t.text for t in self(marked(text, language))]

    def __call__(self, value: str, positions: bool = False, chars: bool = False,
                 keeporiginal: bool = False, removestops: bool = True, start_pos: int = 0,
                 start_char: int = 0, tokenize: bool = True, mode: str = "",
                 **kwargs: Any) -> Iterator[Token]:
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        code = ENGLISH
        if value.startswith(MARK):
            end = value.find(MARK, 1)
            if end > 1:  # offsets stay those of the text after the mark
                code, value = stemmed_language(value[1:end]), value[end + 1 :]
        spans: Any = (self.expression.finditer(value) if tokenize else
                      [(value, start_char, start_char + len(value))])
        pos: int | None = None
        for n, span in enumerate(spans):
            if tokenize:
                raw, start, end = span.group(0), start_char + span.start(), start_char + span.end()
            else:
                raw, start, end = span
            word = raw.lower()
            if code != ENGLISH:
                folded = word.translate(accent_map) if not word.isascii() else word
                if len(folded) < 2 or folded in STOP_WORDS:
                    word = folded
                else:
                    t.boost, t.stopped = 1.0, False
                    t.text = self._stem_in(code, word)
                    if keeporiginal:
                        t.original = raw
                    if chars:
                        t.startchar, t.endchar = start, end
                    if positions:
                        pos = start_pos + n if pos is None else pos + 1
                        t.pos = pos
                    yield t
                    continue
            elif not word.isascii():
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
