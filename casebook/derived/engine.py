"""The full-text engine: a small interface over Whoosh, so it could be replaced."""

from __future__ import annotations

import heapq
import logging
import marshal
import os
import pickle
import re
import shutil
import struct
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from whoosh import index as windex
from whoosh import query
from whoosh.fields import Schema
from whoosh.searching import Results, Searcher
from whoosh.writing import IndexWriter

from casebook.cases.model import IndexDoc
from casebook.cases.text import fold_accents
from casebook.derived import forgiving, snippets
from casebook.derived.analyzers import ENGLISH, marked
from casebook.derived.bm25f import FastEvaluator
from casebook.derived.query import OPERATORS, in_languages, parse, plain_words, with_tag_text
from casebook.derived.schema import TAG_FIELD, doc_fields, make_schema
from casebook.derived.spelling import Vocabulary
from casebook.errors import IndexRebuilding, StorageError, Unsupported

log = logging.getLogger(__name__)
VOCABULARY = "vocabulary.txt"
SEGMENT_CACHE = "{}.cbcols"  # named like the segment's files: Whoosh deletes it with them
# compound=False: Whoosh copies each part of a compound segment file into memory when it
# opens it (a BytesIO over the mmap), which doubled a searcher's memory.
WRITER_OPTIONS: dict[str, Any] = {"limitmb": 128, "compound": False}
# what reading a damaged or half-replaced index raises: Whoosh's own errors, the unpickling
# of its table of contents and segment lists, and the file system
UNREADABLE: tuple[type[BaseException], ...] = (
    windex.IndexError, pickle.UnpicklingError, EOFError, OSError, struct.error, ValueError,
    TypeError, KeyError, AttributeError, ImportError, IndexError)
_WORD = re.compile(r"\w+")


class Engine:
    """Whoosh index in a folder: writing, searching, snippets, suggestions."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._ix: Any = None
        self._schema: Schema | None = None
        self._searcher: Searcher | None = None
        self._pins = 0
        self._ids: list[str] = []
        self._shas: list[str] = []
        self._docnum: dict[str, int] = {}
        self._evaluator: FastEvaluator | None = None
        # segment id -> column name -> values: a segment's columns never change, so a new
        # searcher (after a one-file change) reads only its new segments'
        self._columns: dict[str, dict[str, Any]] = {}
        self.vocabulary = Vocabulary(folder / VOCABULARY)

    # opening -------------------------------------------------------------
    def open(self, create: bool = True) -> bool:
        """Open the index; create an empty one if missing, unreadable or of an older
        layout (with create=False, raise StorageError instead). True if fresh."""
        self.close()
        problem = self._open_existing()
        if problem is None:
            return False
        if not create:
            raise StorageError(f"the search index in {self.folder} is {problem}")
        if problem == "missing":
            log.info("creating the search index in %s", self.folder)
        else:
            log.warning("the search index in %s is %s; it is rebuilt from the case files",
                        self.folder, problem)
        self.reset()
        return True

    def _open_existing(self) -> str | None:
        """Open the index in the folder; None if it opened, else what is wrong with it."""
        names = make_schema().names()
        try:
            if not windex.exists_in(str(self.folder)):
                return "missing"
            self._ix = windex.open_dir(str(self.folder))
            self._ix.doc_count_all()
            if self._ix.schema.names() == names:
                return None
            self._ix.close()
            self._ix = None
            return "of an older layout"
        except UNREADABLE as exc:
            self._ix = None
            return f"damaged ({type(exc).__name__}: {exc})"

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
        self._drop_searcher(force=True)
        if self._ix is not None:
            self._ix.close()
            self._ix = None

    @property
    def ix(self) -> Any:
        if self._ix is None:
            self.open()
        return self._ix

    @property
    def schema(self) -> Schema:
        """Our schema; Whoosh's ix.schema re-reads the newest table of contents, which
        another process's commit may delete at that moment."""
        if self._schema is None:
            self._schema = make_schema()
        return self._schema

    # writing -------------------------------------------------------------
    def write(self, upserts: Iterable[IndexDoc], deletes: Iterable[str], *,
              bulk: bool = False, progress: Callable[[int], None] | None = None) -> None:
        """Apply changes in one commit; bulk uses two fresh processes, several segments."""
        if bulk:  # multiprocessing is imported only here: a search does not need it
            from casebook.derived.bulk_writer import BULK_PROCS, BulkWriter

            writer: IndexWriter = BulkWriter(self.ix, procs=BULK_PROCS, multisegment=True,
                                             **WRITER_OPTIONS)
        else:
            writer = self.ix.writer(**WRITER_OPTIONS)
        words: set[str] = set()
        deleted = added = 0
        try:
            for case_id in deletes:
                writer.delete_by_term("id", case_id)
                deleted += 1
            for added, doc in enumerate(upserts, 1):
                words.update(_WORD.findall(f"{doc.title} {doc.summary} {doc.body}".lower()))
                if bulk:
                    writer.add_document(**doc_fields(doc))
                else:
                    writer.update_document(**doc_fields(doc))
                if progress:
                    progress(added)
            if not (added or deleted):
                writer.cancel()
                return
            writer.commit(merge=not bulk)
        except BaseException:
            writer.cancel()
            raise
        self._drop_searcher()
        if bulk and self.ix.doc_count() < added:  # Whoosh skips a sub-writer that died
            from casebook.derived.bulk_writer import WORKER_DIED

            raise StorageError(WORKER_DIED)
        self.vocabulary.add(words)

    def stored(self, ids: Iterable[str] | None = None) -> dict[str, str]:
        """id -> fingerprint of every live document (of those ids), for checking against
        SQLite."""
        reader = self.searcher().reader()
        if ids is not None:
            found = ((i, self._docnum.get(i)) for i in ids)
            return {i: self._shas[n] for i, n in found if n is not None}
        return {self._ids[n]: self._shas[n] for n in reader.all_doc_ids()}

    # searching -----------------------------------------------------------
    def _drop_searcher(self, force: bool = False) -> None:
        """Forget the searcher; a pinned search keeps it (searcher() refreshes later)."""
        if self._pins and not force:
            return
        if self._searcher is not None:
            self._searcher.close()
        self._searcher = None
        self._evaluator = None

    @contextmanager
    def pinned(self) -> Iterator[None]:
        """Keep one searcher for a whole search, even if the index changes meanwhile."""
        self.searcher()
        self._pins += 1
        try:
            yield
        finally:
            self._pins -= 1

    def searcher(self) -> Searcher:
        """One searcher, reused until the index changes (here or in another process)."""
        if (self._searcher is not None and not self._pins
                and not self._searcher.up_to_date()):
            self._drop_searcher()
        if self._searcher is None:
            try:
                self._searcher = self.ix.searcher()
                reader = self._searcher.reader()
                self._ids, self._shas = self._id_columns(reader)
                self._docnum = self._live_docnums(reader)
            except UNREADABLE:  # files swapped under it by another process's rebuild
                self._drop_searcher(force=True)
                raise IndexRebuilding(f"the search index in {self.folder} cannot be read just "
                                      "now (another Casebook process may be rebuilding it); try "
                                      "again, or run 'casebook index --rebuild'") from None
        return self._searcher

    def segment_column(self, leaf: Any, name: str, read: Callable[[Any], Any]) -> Any:
        """A column of one segment's reader (a sequence, one value per document), `read`
        from it once per segment: kept here, and in a file beside the segment's own
        (SEGMENT_CACHE), which Whoosh deletes with the segment, for the next process."""
        segment = leaf.segment() if hasattr(leaf, "segment") else None
        if segment is None:
            return read(leaf)
        key = segment.segment_id()
        columns = self._columns.get(key)
        if columns is None:
            columns = self._columns[key] = self._saved_columns(key)
        found = columns.get(name)
        if found is None or len(found) != leaf.doc_count_all():
            found = columns[name] = read(leaf)
            self._save_columns(key, columns)
        return found

    def _saved_columns(self, key: str) -> dict[str, Any]:
        try:
            with open(self.folder / SEGMENT_CACHE.format(key), "rb") as handle:
                saved = marshal.load(handle)
        except (OSError, EOFError, ValueError, TypeError):
            return {}
        return saved if isinstance(saved, dict) else {}

    def _save_columns(self, key: str, columns: dict[str, Any]) -> None:
        path = self.folder / SEGMENT_CACHE.format(key)
        temp = path.with_name(f"{key}.tmp{os.getpid()}x{threading.get_ident()}")
        try:
            with open(temp, "wb") as handle:
                marshal.dump(columns, handle)
            os.replace(temp, path)
        except (OSError, ValueError):  # a read-only index: read from Whoosh next time
            temp.unlink(missing_ok=True)

    def _id_columns(self, reader: Any) -> tuple[list[str], list[str]]:
        """Every document's id and fingerprint by document number, the segments' columns
        read once each; the cache keeps only the segments still in the index."""
        ids: list[str] = []
        shas: list[str] = []
        live = set()
        for leaf, _ in reader.leaf_readers():
            if not leaf.doc_count_all():
                continue
            segment = leaf.segment() if hasattr(leaf, "segment") else None
            if segment is not None:
                live.add(segment.segment_id())
            ids += self.segment_column(leaf, "id", lambda r: list(r.column_reader("id")))
            shas += self.segment_column(
                leaf, "sha", lambda r: [b.decode() for b in r.column_reader("sha")])
        for gone in set(self._columns) - live:
            del self._columns[gone]
        return ids, shas

    def _live_docnums(self, reader: Any) -> dict[str, int]:
        """id -> document number of every live document, a segment at a time."""
        out: dict[str, int] = {}
        ids = self._ids
        for leaf, offset in reader.leaf_readers():
            count = leaf.doc_count_all()
            segment = leaf.segment() if hasattr(leaf, "segment") else None
            if segment is None:
                out.update((ids[offset + n], offset + n) for n in leaf.all_doc_ids())
                continue
            if not segment.has_deletions():
                span = range(offset, offset + count)
                out.update(zip(ids[offset:offset + count], span, strict=True))
                continue
            deleted = set(segment.deleted_docs())
            out.update((ids[offset + n], offset + n) for n in range(count) if n not in deleted)
        return out

    def parse(self, text: str, translate: Callable[[str, str], str] | None = None) -> Any:
        """The parsed query (see query.parse)."""
        return parse(text, self.schema, translate)

    def plain_words(self, text: str, parsed: Any,
                    languages: Sequence[str] = ()) -> list[Any] | None:
        """A plain query's words, or None for any other query (see query.plain_words)."""
        return plain_words(text, parsed, self.schema["body"].analyzer, languages)

    def run(self, q: Any, allowed: set[str] | None, limit: int | None = None) -> Results:
        """All matches in one pass: `top_n` holds the best `limit` (all when None), best
        first, and `docset` every match (for the total and the facet counts)."""
        s = self.searcher()
        docfilter = None
        if allowed is not None:
            docfilter = {self._docnum[i] for i in allowed if i in self._docnum}
            if not docfilter:  # Whoosh reads an empty filter set as "no filter"
                q = query.NullQuery
        scores = self._fast_scores(s, q)
        if scores is None:
            results = s.search(q, limit=None, filter=docfilter)
            results.docset = {n for _, n in results.top_n}
            results.top_n = results.top_n[:limit]
            return results
        if docfilter is not None:
            scores = {d: v for d, v in scores.items() if d in docfilter}
        ranked = ((-v, d) for d, v in scores.items())  # Whoosh's order: score, then docnum
        best = heapq.nsmallest(limit, ranked) if limit is not None else sorted(ranked)
        return Results(s, q, [(-v, d) for v, d in best], docset=set(scores))

    def with_tags(self, q: Any, text: str = "", languages: Sequence[str] = ()) -> Any:
        """The query with each word and phrase also read in the library's other languages
        (see query.in_languages) and also sought in the names of the case's tags (see
        query.with_tag_text)."""
        return with_tag_text(in_languages(q, text, languages, self.schema["body"].analyzer))

    def run_words(self, words: list[Any], need: int, allowed: set[str] | None,
                  limit: int | None, some_below: int) -> Results:
        """A forgiving run of a plain query's words: `docset` holds the cases with at least
        `need` of them, in `top_n` those with all of them first, then the others, each by
        the sum of the words' scores (BM25F); when fewer than `some_below` cases have
        `need` words, the cases with fewer follow. match_of() tells which tier each is in."""
        s = self.searcher()
        per_word = [self._word_scores(s, w) for w in words]
        keys: list[Any] = [found.keys() for found in per_word]
        if allowed is not None:
            docfilter = {self._docnum[i] for i in allowed if i in self._docnum}
            keys = [k & docfilter for k in keys]
        top, match, above, relaxed = forgiving.rank(per_word, keys, need, limit, some_below)
        results = Results(s, query.Or(words), top, docset=above)
        results.__dict__["_casebook_match"] = match
        results.__dict__["_casebook_relaxed"] = relaxed
        return results

    def _word_scores(self, s: Searcher, word: Any) -> dict[int, float]:
        """docnum -> score of one word's matches, as FastEvaluator or Whoosh scores it."""
        scores = self._fast_scores(s, word)
        if scores is None:
            return {n: float(v) for v, n in s.search(word, limit=None).top_n}
        return scores

    def _fast_scores(self, s: Searcher, q: Any) -> dict[int, float] | None:
        """FastEvaluator's scores of every match, or None when Whoosh is to run the query:
        one with parts only Whoosh reads, or one the fast path failed on. Such a failure is
        a bug of ours, not the user's query: it is logged, and Whoosh gives the answer."""
        try:
            if self._evaluator is None:
                self._evaluator = FastEvaluator(s, ("body", TAG_FIELD), self.segment_column)
            return self._evaluator.scores(q)
        except Unsupported:
            return None
        except Exception:
            log.warning("the fast search path failed on %r; Whoosh runs it instead", q,
                        exc_info=True)
            return None

    def match_of(self, results: Results) -> dict[str, str]:
        """id -> "all", "most" or "some" for the ranked cases of run_words() ("all" for
        every match of an ordinary run)."""
        match: dict[int, str] = results.__dict__.get("_casebook_match", {})
        return {self._ids[n]: match.get(n, "all") for _, n in results.top_n}

    def relaxed(self, results: Results) -> bool:
        """True when run_words() listed cases that lack some of the words."""
        return bool(results.__dict__.get("_casebook_relaxed", False))

    def matched_ids(self, results: Results) -> list[str]:
        """Every match (in no particular order)."""
        return [self._ids[n] for n in results.docset]

    def hit_ids(self, results: Results) -> list[tuple[str, float]]:
        """The best matches with their scores, best first."""
        return [(self._ids[n], float(score)) for score, n in results.top_n]

    def _query_words(self, results: Results, field: str) -> set[bytes]:
        cache: dict[str, set[bytes]] = results.__dict__.setdefault("_casebook_words", {})
        if field not in cache:
            terms = results.q.existing_terms(results.searcher.reader(), phrases=True,
                                             expand=True)
            cache[field] = {t for f, t in terms if f == field}
        return cache[field]

    def prepare_snippets(self, results: Results, case_ids: Iterable[str]) -> None:
        """Read the match positions for a whole page at once (snippet() then uses them)."""
        hits = self._hits(results)
        docnums = [n for i in case_ids if (n := self._docnum.get(i, -1)) in hits]
        tokens = snippets.positions(results.searcher, "body", self._query_words(results, "body"),
                                    docnums)
        results.__dict__.setdefault("_casebook_tokens", {}).update(tokens)

    def _hits(self, results: Results) -> set[int]:
        hits: set[int] | None = results.__dict__.get("_casebook_hits")
        if hits is None:
            hits = results.__dict__["_casebook_hits"] = {n for _, n in results.top_n}
        return hits

    def snippet(self, results: Results, case_id: str, texts: Iterable[tuple[str, str]],
                language: str = ENGLISH) -> str:
        """Highlighted passage for one hit, from the first text with a match."""
        docnum = self._docnum.get(case_id)
        if docnum is None or docnum not in self._hits(results):
            return ""
        words = self._query_words(results, "body")
        if not words:
            return ""
        cached: dict[int, list[Any]] = results.__dict__.get("_casebook_tokens", {})
        if docnum not in cached:
            self.prepare_snippets(results, [case_id])
            cached = results.__dict__["_casebook_tokens"]
        analyzer = self.schema["body"].analyzer

        def in_language(value: str, **options: Any) -> Any:
            return analyzer(marked(value, language), **options)

        for field, text in texts:
            if not text:
                continue
            if field == "body":
                snippet = snippets.passage(text, cached[docnum])
            else:
                snippet = snippets.by_analysis(text, words, in_language)
            if snippet:
                return snippet
        return ""

    def _known(self, reader: Any, word: str, languages: Sequence[str] = ()) -> int:
        """Documents with the word, analysed as the index analyses it in any of the
        library's languages (1 for stop words)."""
        analyzer = self.schema["body"].analyzer
        return max(min((reader.doc_frequency("body", t) for t in analyzer.stems(word, code)),
                       default=1) for code in (ENGLISH, *languages))

    def suggest(self, text: str, languages: Sequence[str] = ()) -> str | None:
        """The query with unknown words replaced by close indexed words (words read in the
        library's languages), or None."""
        reader = self.searcher().reader()
        changed = False

        def fix(match: re.Match[str]) -> str:
            nonlocal changed
            word = match.group(0)
            if word in OPERATORS or (match.end() < len(text) and text[match.end()] == ":"):
                return word
            key = fold_accents(word.lower())
            if len(key) < 3 or key.isdigit() or self._known(reader, key, languages):
                return word
            option = self.vocabulary.suggest(key, lambda w: self._known(reader, w, languages))
            if option is None:
                return word
            changed = True
            return option

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


