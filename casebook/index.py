"""The full-text engine: a small interface over Whoosh, so it could be replaced."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from whoosh import index as windex
from whoosh import qparser, query
from whoosh.analysis import (
    Analyzer,
    CharsetFilter,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
)
from whoosh.fields import ID, KEYWORD, STORED, TEXT, Schema
from whoosh.highlight import HtmlFormatter, PinpointFragmenter, get_text
from whoosh.searching import Results, Searcher
from whoosh.support.charset import accent_map
from whoosh.writing import IndexWriter

from casebook import limits
from casebook.errors import QueryError, StorageError
from casebook.model import TAG_FACETS, IndexDoc
from casebook.text import fold_accents

TOKEN = r"\w+(\.?\w+)*"
QUERY_FIELDS = ("title", "summary", "body")
FIELD_BOOSTS = {"title": 4.0, "summary": 2.0, "body": 1.0}
_WORD = re.compile(r"\w+")
_OPERATORS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO"}


def stem_analyzer() -> Analyzer:
    return (RegexTokenizer(TOKEN) | LowercaseFilter() | CharsetFilter(accent_map)
            | StopFilter() | StemFilter())


def plain_analyzer() -> Analyzer:
    return RegexTokenizer(TOKEN) | LowercaseFilter() | CharsetFilter(accent_map)


def make_schema() -> Schema:
    stem = stem_analyzer()
    plain = plain_analyzer()
    tag = KEYWORD(commas=True, lowercase=True)
    return Schema(
        id=ID(stored=True, unique=True, sortable=True),
        sha=STORED(),
        title=TEXT(analyzer=stem, field_boost=FIELD_BOOSTS["title"]),
        summary=TEXT(analyzer=stem, field_boost=FIELD_BOOSTS["summary"]),
        body=TEXT(analyzer=stem, chars=True),
        sections=TEXT(analyzer=stem),
        challenges=tag, strategies=tag, outcomes=tag,
        country=TEXT(analyzer=plain), place=TEXT(analyzer=plain),
        region=TEXT(analyzer=plain), sectors=TEXT(analyzer=plain),
        level=KEYWORD(lowercase=True),
        spell=TEXT(analyzer=plain, phrase=False, spelling=True),
    )


def doc_fields(doc: IndexDoc) -> dict[str, Any]:
    """Whoosh fields for a document, with the distinct words for spelling."""
    words = set(_WORD.findall(f"{doc.title} {doc.summary} {doc.body}".lower()))
    out = {k: v for k, v in doc.__dict__.items() if k not in TAG_FACETS}
    for facet in TAG_FACETS:
        out[facet] = ",".join(getattr(doc, facet))
    out["spell"] = " ".join(sorted(words))
    return out


class _BoldFormatter(HtmlFormatter):  # type: ignore[misc]
    def format_token(self, text: str, token: Any, replace: bool = False) -> str:
        return "<b>" + self._text(get_text(text, token, replace)) + "</b>"


class Engine:
    """Whoosh index in a folder: writing, searching, snippets, suggestions."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._ix: Any = None
        self._searcher: Searcher | None = None
        self._ids: list[str] = []
        self._docnum: dict[str, int] = {}

    # opening -------------------------------------------------------------
    def open(self, create: bool = True) -> bool:
        """Open the index; create an empty one if missing or unreadable. True if fresh."""
        self.close()
        try:
            if windex.exists_in(str(self.folder)):
                self._ix = windex.open_dir(str(self.folder))
                self._ix.doc_count_all()
                return False
        except Exception:  # noqa: BLE001 - any damage to derived data means rebuild
            if not create:
                raise StorageError(f"the search index in {self.folder} is damaged") from None
        self.reset()
        return True

    def reset(self) -> None:
        self.close()
        shutil.rmtree(self.folder, ignore_errors=True)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._ix = windex.create_in(str(self.folder), make_schema())
        except OSError as exc:
            raise StorageError(f"cannot create the search index in {self.folder}: "
                               f"{exc.strerror or exc}") from None

    def close(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None
        if self._ix is not None:
            self._ix.close()
            self._ix = None

    @property
    def ix(self) -> Any:
        if self._ix is None:
            self.open()
        return self._ix

    # writing -------------------------------------------------------------
    def write(self, upserts: Iterable[IndexDoc], deletes: Iterable[str], *,
              bulk: bool = False, progress: Callable[[int], None] | None = None) -> None:
        """Apply changes in one commit; bulk uses two processes and several segments."""
        if bulk:
            writer: IndexWriter = self.ix.writer(procs=2, multisegment=True, limitmb=128)
        else:
            writer = self.ix.writer(limitmb=128)
        try:
            for case_id in deletes:
                writer.delete_by_term("id", case_id)
            for n, doc in enumerate(upserts, 1):
                if bulk:
                    writer.add_document(**doc_fields(doc))
                else:
                    writer.update_document(**doc_fields(doc))
                if progress:
                    progress(n)
            writer.commit(merge=not bulk)
        except BaseException:
            writer.cancel()
            raise
        self._drop_searcher()

    def stored(self) -> dict[str, str]:
        """id -> fingerprint of every live document, for checking against SQLite."""
        s = self.searcher()
        return {f["id"]: f.get("sha", "") for f in s.all_stored_fields()}

    # searching -----------------------------------------------------------
    def _drop_searcher(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
        self._searcher = None

    def searcher(self) -> Searcher:
        if self._searcher is not None and not self._searcher.up_to_date():
            self._drop_searcher()
        if self._searcher is None:
            self._searcher = self.ix.searcher()
            reader = self._searcher.reader()
            self._ids = list(reader.column_reader("id")) if reader.doc_count_all() else []
            self._docnum = {self._ids[n]: n for n in reader.all_doc_ids()}
        return self._searcher

    def parse(self, text: str, translate: Callable[[str, str], str] | None = None) -> Any:
        if len(text) > limits.MAX_QUERY_CHARS:
            raise QueryError(f"the query is {len(text)} characters; the limit is "
                             f"{limits.MAX_QUERY_CHARS}")
        schema = self.ix.schema
        parser = qparser.MultifieldParser(list(QUERY_FIELDS), schema,
                                          fieldboosts=FIELD_BOOSTS)
        parser.add_plugin(qparser.FuzzyTermPlugin())
        parser.remove_plugin_class(qparser.PlusMinusPlugin)
        try:
            parsed = parser.parse(text)
        except Exception as exc:  # noqa: BLE001 - whoosh raises many types
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

    def run(self, q: Any, allowed: set[str] | None, limit: int | None) -> Results:
        s = self.searcher()
        docfilter = None
        if allowed is not None:
            docfilter = {self._docnum[i] for i in allowed if i in self._docnum}
            if not docfilter:  # Whoosh reads an empty filter set as "no filter"
                q = query.NullQuery
        try:
            return s.search(q, limit=limit, filter=docfilter, terms=True)
        except Exception as exc:  # noqa: BLE001
            raise QueryError(f"cannot run the query: {exc}") from None

    def matched_ids(self, results: Results) -> list[str]:
        return [self._ids[n] for n in results.docs()]

    def hit_ids(self, results: Results) -> list[tuple[str, float]]:
        return [(self._ids[n], float(score)) for score, n in results.top_n]

    def snippet(self, results: Results, case_id: str, texts: Iterable[tuple[str, str]]) -> str:
        """Highlighted passage for one hit, from the first field with a match."""
        docnum = self._docnum.get(case_id)
        if docnum is None:
            return ""
        hit = next((results[i] for i, (_, n) in enumerate(results.top_n) if n == docnum), None)
        if hit is None:
            return ""
        results.fragmenter = PinpointFragmenter(maxchars=limits.MAX_SNIPPET_CHARS // 2,
                                                surround=60, autotrim=True)
        results.formatter = _BoldFormatter(between=" … ")
        for field, text in texts:
            if not text:
                continue
            try:
                snippet: str = hit.highlights(field, text=text, top=2)
            except Exception:  # noqa: BLE001 - stale positions; fall back to plain text
                snippet = ""
            if snippet:
                return " ".join(snippet.split())
        return ""

    def suggest(self, text: str) -> str | None:
        """The query with unknown words replaced by close indexed words, or None."""
        s = self.searcher()
        reader = s.reader()
        corrector = s.corrector("spell")
        changed = False

        def fix(match: re.Match[str]) -> str:
            nonlocal changed
            word = match.group(0)
            if word in _OPERATORS or match.end() < len(text) and text[match.end()] == ":":
                return word
            key = fold_accents(word.lower())
            if len(key) < 3 or key.isdigit() or reader.doc_frequency("spell", key):
                return word
            options = corrector.suggest(key, limit=1, maxdist=2)
            if not options:
                return word
            changed = True
            return str(options[0])

        fixed = _WORD.sub(fix, text)
        return fixed if changed else None

    def more_like(self, case_id: str, text: str, top: int) -> list[tuple[str, float]]:
        s = self.searcher()  # refreshes the id <-> docnum maps first
        docnum = self._docnum.get(case_id)
        if docnum is None:
            return []
        results = s.more_like(docnum, "body", text=text, top=top, numterms=12)
        return [(self._ids[h.docnum], float(h.score)) for h in results]

    def doc_count(self) -> int:
        return int(self.searcher().doc_count())


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
