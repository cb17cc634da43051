"""Derived data in SQLite: cases, tags per facet, problems and file fingerprints."""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NamedTuple

from casebook import limits
from casebook.cases.model import DRAFT_CODE, Case, Filters, IndexDoc, Problem
from casebook.errors import DamagedStore, IndexRebuilding, StorageError
from casebook.facets import (
    EVIDENCE_LEVELS,
    FACETS,
    METADATA,
    TAG_FACETS,
    TERM_FACETS,
    evidence_rank,
)

log = logging.getLogger(__name__)
TermNames = Callable[[str, str, str], list[str]]  # (facet, id, language) -> a term's names
SCHEMA_VERSION = 6  # 2: problems.detail; 3: format version 2 (results, verdict, provenance);
# 4: a case's text is indexed in its language, and language is a facet; 5: translations looked
# up by their original (an index on translation_of); 6: indexes that answer a search's reads
# of cases and tags without reading each case's text (INDEXES_6), added in place to a
# version 5 store; a "generation" in meta, counted up by every write (see Store.transaction)
INDEXES_6 = (
    "CREATE INDEX IF NOT EXISTS idx_cases_family ON cases(id, language, translation_of)",
    "CREATE INDEX IF NOT EXISTS idx_cases_years ON cases(year_start, year_end, id)",
    "CREATE INDEX IF NOT EXISTS idx_tags_lookup ON tags(facet, key, case_id)",
    "DROP INDEX IF EXISTS idx_tags_facet_key",
    "CREATE INDEX IF NOT EXISTS idx_outcome_results_lookup "
    "ON outcome_results(outcome, result, evidence, case_id)",
    "DROP INDEX IF EXISTS idx_outcome_results_outcome",
)
# SQLite's codes for a write refused by the file system: read-only, disk full, I/O error
_REFUSED = (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR)


class FileRow(NamedTuple):  # a tuple: made fast, 50,000 at each sync of a big library
    path: str
    size: int
    mtime_ns: int
    sha: str
    declared_id: str | None
    case_id: str | None
    reason: str | None


class Database:
    """The calls the store and the user data make: `execute` and `query` straight on
    sqlite3; tables made through sqlite-utils, which is imported only then (a command
    that only reads never loads it)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, params: Iterable[Any] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, tuple(params))

    def query(self, sql: str, params: Iterable[Any] = ()) -> Iterator[dict[str, Any]]:
        cursor = self.conn.execute(sql, tuple(params))
        keys = [d[0] for d in cursor.description]
        for row in cursor:
            yield dict(zip(keys, row, strict=True))

    def has_table(self, name: str) -> bool:
        return self.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND "
                                 "name = ?", (name,)).fetchone() is not None

    def table(self, name: str) -> Any:
        import sqlite_utils

        return sqlite_utils.Database(self.conn).table(name)


def connect(path: Path) -> Database:
    """An SQLite database in WAL mode with a busy timeout, for use by several processes.
    In a folder this process cannot write to, an existing database is opened read-only."""
    readonly = path.exists() and not (os.access(path, os.W_OK)
                                      and os.access(path.parent, os.W_OK))
    try:
        target, uri = (path.absolute().as_uri() + "?mode=ro&immutable=1", True) if readonly \
            else (str(path), False)
        conn = sqlite3.connect(target, timeout=limits.SQLITE_BUSY_TIMEOUT_MS / 1000, uri=uri)
        conn.isolation_level = None
        db = Database(conn)
        conn.execute(f"PRAGMA busy_timeout = {limits.SQLITE_BUSY_TIMEOUT_MS}")
        if not readonly and conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.Error as exc:
        raise open_error(path, exc) from None
    return db


def open_error(path: Path, exc: sqlite3.Error) -> StorageError:
    """The error for a database that cannot be opened, typed by SQLite's error code: a
    file that is not a database or is corrupt is DamagedStore; one that cannot be opened
    or read just now (its folder replaced by a rebuild) is IndexRebuilding."""
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF  # the primary code
    message = f"cannot open the database {path}: {exc}"
    if code in (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT):
        return DamagedStore(message)
    if code in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_IOERR):
        return IndexRebuilding(message)
    return StorageError(message)


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception (autocommit connections)."""
    try:
        conn.execute("BEGIN IMMEDIATE")
        yield
        conn.execute("COMMIT")
    except sqlite3.OperationalError as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF not in _REFUSED:
            raise
        path = conn.execute("PRAGMA database_list").fetchone()[2]
        raise StorageError(f"cannot save to {path}: {exc} (is the data folder read-only or "
                           "the disk full?)") from None
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


class Store:
    """The derived database; everything in it can be rebuilt from the case files."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.db = connect(path)
        self._memo_stamp: tuple[int, int] | None = None
        self._memo: dict[tuple[str, tuple[Any, ...]], frozenset[str]] = {}
        try:
            self._ensure_schema()
        except sqlite3.DatabaseError as exc:  # a damaged file may pass connect()
            self.db.conn.close()
            raise open_error(path, exc) from None

    def close(self) -> None:
        self.db.conn.close()

    def _ensure_schema(self) -> None:
        db = self.db
        if db.has_table("meta") and self.meta("schema") == str(SCHEMA_VERSION):
            return
        with self.transaction():
            old = self.meta("schema") if db.has_table("meta") else None
            if old == str(SCHEMA_VERSION):
                return  # another process made the tables while this one waited
            if old == "5":
                for sql in INDEXES_6:
                    db.execute(sql)
                self.set_meta("store_id", os.urandom(8).hex())
                self.set_meta("schema", str(SCHEMA_VERSION))
                log.info("the derived data in %s gained indexes for search (schema 5 to %s)",
                         self.path, SCHEMA_VERSION)
                return
            if old is not None or db.has_table("cases"):
                log.warning("the derived data in %s has an older layout (schema %s, now %s); "
                            "it is rebuilt from the case files", self.path, old,
                            SCHEMA_VERSION)
            for name in ("cases", "tags", "outcome_results", "files", "problems", "meta"):
                db.table(name).drop(ignore=True)
            db.table("meta").create({"key": str, "value": str}, pk="key")
            db.table("cases").create({
                "id": str, "path": str, "title": str, "summary": str, "country": str,
                "place": str, "region": str, "level": str, "year_start": int, "year_end": int,
                "language": str, "updated": str, "sources": str, "metrics": str, "extra": str,
                "sections": str, "body": str, "plain": str, "problems": int, "sha": str,
                "verdict": str, "outcomes": str, "translation_of": str, "licence": str,
                "attribution": str, "origin": str,
            }, pk="id")
            db.table("cases").create_index(["translation_of"])
            db.table("outcome_results").create({"case_id": str, "outcome": str,
                                                "result": str, "evidence": str})
            db.table("outcome_results").create_index(["case_id"])
            db.table("tags").create({"case_id": str, "facet": str, "term": str, "key": str,
                               "source": str})
            db.table("tags").create_index(["case_id"])
            db.table("files").create({"path": str, "size": int, "mtime_ns": int, "sha": str,
                                "declared_id": str, "case_id": str, "reason": str}, pk="path")
            db.table("problems").create({"path": str, "case_id": str, "line": int, "col": int,
                                   "severity": str, "message": str, "code": str,
                                   "detail": str})
            db.table("problems").create_index(["path"])
            db.table("problems").create_index(["case_id"])
            db.table("problems").create_index(["code"])
            for sql in INDEXES_6:
                db.execute(sql)
            self.set_meta("store_id", os.urandom(8).hex())
            self.set_meta("schema", str(SCHEMA_VERSION))

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """A write transaction that counts up the store's generation: what is kept from
        the store elsewhere (facet_cache's saved catalog) is stale when it differs."""
        with transaction(self.db.conn):
            yield
            self.db.execute("INSERT INTO meta(key, value) VALUES ('generation', '1') "
                            "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1")

    def generation(self) -> str:
        """This store's identity and how many writes it has seen (changes with either)."""
        rows = dict(self.db.execute(
            "SELECT key, value FROM meta WHERE key IN ('store_id', 'generation')").fetchall())
        return f"{rows.get('store_id', '-')}:{rows.get('generation', '0')}"

    # meta ------------------------------------------------------------------
    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", [key, value])

    # files -----------------------------------------------------------------
    def files(self) -> dict[str, FileRow]:
        rows = self.db.execute("SELECT path, size, mtime_ns, sha, declared_id, case_id, reason "
                               "FROM files")
        make = FileRow._make
        return {r[0]: make(r) for r in rows}

    def put_file(self, row: FileRow) -> None:
        self.db.execute("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?, ?)",
                        [row.path, row.size, row.mtime_ns, row.sha, row.declared_id,
                         row.case_id, row.reason])

    def drop_file(self, path: str) -> None:
        self.db.execute("DELETE FROM files WHERE path = ?", [path])
        self.db.execute("DELETE FROM problems WHERE path = ?", [path])

    # cases -----------------------------------------------------------------
    def put_case(self, case: Case, sha: str, plain: str,
                 user_tags: dict[str, tuple[list[str], list[str]]],
                 rows: list[TagRow] | None = None) -> dict[str, list[str]]:
        """Write a case with its tags (`rows`, as tag_rows gives them, if already made);
        returns the tags after user additions and removals."""
        if rows is None:
            rows, effective = tag_rows(case, user_tags)
        else:
            effective = {f: [r[2] for r in rows if r[1] == f] for f in TAG_FACETS}
        self.delete_case(case.id)
        details = case.outcome_details
        self.db.conn.executemany(
            "INSERT INTO outcome_results VALUES (?, ?, ?, ?)",
            [(case.id, d["id"], d["result"], d["evidence"]) for d in details])
        self.db.conn.executemany("INSERT INTO tags VALUES (?, ?, ?, ?, ?)", rows)
        self.db.execute(
            "INSERT OR REPLACE INTO cases VALUES "
            f"({', '.join('?' * 26)})",
            [case.id, case.path, case.title, case.summary, json.dumps(case.country),
             case.place, case.region, case.level, case.year_start, case.year_end,
             case.language, case.updated, json.dumps(case.sources),
             json.dumps(case.metrics), json.dumps(case.extra, default=str),
             json.dumps([[s.heading, s.line, s.text] for s in case.sections]), case.body, plain,
             len(case.problems), sha, case.verdict, json.dumps(case.outcome_details),
             case.translation_of, case.licence, case.attribution,
             None if case.origin is None else json.dumps(case.origin)])
        return effective

    def delete_case(self, case_id: str) -> None:
        self.db.execute("DELETE FROM cases WHERE id = ?", [case_id])
        self.db.execute("DELETE FROM tags WHERE case_id = ?", [case_id])
        self.db.execute("DELETE FROM outcome_results WHERE case_id = ?", [case_id])

    def put_problems(self, path: str, case_id: str | None, problems: Iterable[Problem]) -> None:
        self.db.execute("DELETE FROM problems WHERE path = ?", [path])
        self.db.conn.executemany(
            "INSERT INTO problems VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(path, case_id, p.line, p.column, p.severity, p.message, p.code, p.detail)
             for p in problems])

    def draft_ids(self, ids: Iterable[str] | None = None) -> set[str]:
        """Cases whose summary is still the case template's (of these ids, or all)."""
        sql = "SELECT case_id FROM problems WHERE code = ? AND case_id IS NOT NULL"
        if ids is None:
            return {r[0] for r in self.db.execute(sql, [DRAFT_CODE])}
        chosen = list(ids)
        out: set[str] = set()
        for start in range(0, len(chosen), 500):
            chunk = chosen[start : start + 500]
            out.update(r[0] for r in self.db.execute(
                f"{sql} AND case_id IN ({','.join('?' * len(chunk))})", [DRAFT_CODE, *chunk]))
        return out

    def case_row(self, case_id: str) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT * FROM cases WHERE id = ?", [case_id]))
        return rows[0] if rows else None

    def case_rows(self, ids: list[str]) -> dict[str, dict[str, Any]]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self.db.query(f"SELECT id, path, title, summary, country, place, level, "
                             f"year_start, year_end, problems, plain, verdict, language, "
                             f"translation_of FROM cases "
                             f"WHERE id IN ({marks})", ids)
        return {r["id"]: r for r in rows}

    def tags_of(self, ids: list[str]) -> dict[str, dict[str, list[str]]]:
        out: dict[str, dict[str, list[str]]] = {i: {} for i in ids}
        if not ids:
            return out
        marks = ",".join("?" * len(ids))
        for case_id, facet, term, source in self.db.execute(
            f"SELECT case_id, facet, term, source FROM tags WHERE case_id IN ({marks}) "
            "ORDER BY rowid", ids
        ):
            out[case_id].setdefault(facet, []).append(term)
            if source == "user":
                out[case_id].setdefault("_user_" + facet, []).append(term)
        return out

    def index_docs(self, ids: list[str], names: TermNames | None = None) -> Iterator[IndexDoc]:
        """What the search engine indexes for these cases, read back from the store
        (streamed, so 10,000 cases are never all in memory at once). `names(facet, id)`
        gives a taxonomy term's label and aliases, indexed with the sectors and free tags."""
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            tags = self.tags_of(chunk)
            for r in self.db.execute(
                f"SELECT id, sha, title, summary, plain, sections, country, place, region, "
                f"level, language FROM cases WHERE id IN ({marks})", chunk
            ):
                yield index_doc(r[0], r[1], r[2], r[3], r[4],
                                (s[0] for s in json.loads(r[5] or "[]")),
                                json.loads(r[6] or "[]"), r[7], r[8], r[9], r[10],
                                tags.get(r[0], {}), names)

    def shared_tags(self, case_id: str, facets: Iterable[str]) -> dict[str, int]:
        """Other cases and how many taxonomy tags they share with this one."""
        names = list(facets)
        rows = self.db.execute(
            f"SELECT b.case_id, COUNT(*) FROM tags a JOIN tags b ON a.facet = b.facet AND "
            f"a.term = b.term AND b.case_id != a.case_id WHERE a.case_id = ? AND a.facet IN "
            f"({','.join('?' * len(names))}) GROUP BY b.case_id", [case_id, *names])
        return {r[0]: int(r[1]) for r in rows}

    def translations(self, case_id: str) -> dict[str, str]:
        """language -> id of a case and its translations (the original first; one entry for
        a case in one language)."""
        row = self.db.execute("SELECT translation_of FROM cases WHERE id = ?",
                              [case_id]).fetchone()
        original = row[0] if row and row[0] else case_id
        rows = self.db.execute(
            "SELECT id, language FROM cases WHERE id = ? OR translation_of = ? "
            "ORDER BY id != ?, id", [original, original, original]).fetchall()
        found = {r[1] or "en": r[0] for r in reversed(rows)}
        return dict(reversed(found.items())) if found else {"en": case_id}

    def all_ids(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM cases")]

    def shas(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT id, sha FROM cases").fetchall())

    def count_files(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM files").fetchone()[0])

    def count_cases(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM cases").fetchone()[0])

    def count_families(self) -> int:
        """Cases with their translations counted once (as the results list them)."""
        return int(self.db.execute(
            "SELECT COUNT(*) FROM cases WHERE translation_of IS NULL OR translation_of = '' "
            "OR translation_of = id OR translation_of NOT IN (SELECT id FROM cases)"
        ).fetchone()[0])

    # search support -----------------------------------------------------------
    def _ids_of(self, sql: str, args: list[Any]) -> frozenset[str]:
        """The ids a query gives, kept until the store changes: ticking one facet after
        another reads the filters already chosen once (a year range holds most cases)."""
        conn = self.db.conn
        stamp = (conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes)
        if stamp != self._memo_stamp:
            self._memo_stamp, self._memo = stamp, {}
        key = (sql, tuple(args))
        found = self._memo.get(key)
        if found is None:
            if len(self._memo) >= 64:
                self._memo.clear()
            found = self._memo[key] = frozenset(r[0] for r in conn.execute(sql, key[1]))
        return found

    def filter_ids(self, filters: Filters) -> set[str]:
        """Cases matching the filters: OR within a facet, AND across facets. Each facet is
        one indexed lookup; the sets are intersected here (a join through the cases table
        read every case for each)."""
        found: list[frozenset[str]] = []
        terms = {k: v for k, v in filters.terms.items() if v}
        if "evidence" in terms:  # "evidence at least X": X or anything stronger
            weakest = max(evidence_rank(v.lower()) for v in terms["evidence"])
            terms["evidence"] = list(EVIDENCE_LEVELS[: weakest + 1])
        if "outcomes" in terms and ("results" in terms or "evidence" in terms):
            # --outcome X --result R: X's own entry was R, not just any outcome of the case
            outcomes, results = terms.pop("outcomes"), terms.pop("results", None)
            levels = terms.pop("evidence", None)
            sql = ("SELECT case_id FROM outcome_results WHERE outcome IN "
                   f"({','.join('?' * len(outcomes))})")
            args: list[Any] = list(outcomes)
            for column, wanted in (("result", results), ("evidence", levels)):
                if wanted:
                    sql += f" AND {column} IN ({','.join('?' * len(wanted))})"
                    args += [w.lower() for w in wanted]
            found.append(self._ids_of(sql, args))
        for facet, values in terms.items():
            keys = sorted({v.lower() for v in values})
            found.append(self._ids_of(f"SELECT case_id FROM tags WHERE facet = ? AND key IN "
                                      f"({','.join('?' * len(keys))})", [facet, *keys]))
        years: list[str] = []
        args = []
        if filters.year_to is not None:
            years.append("year_start IS NOT NULL AND year_start <= ?")
            args.append(filters.year_to)
        if filters.year_from is not None:
            years.append("year_start IS NOT NULL AND (year_end IS NULL OR year_end >= ?)")
            args.append(filters.year_from)
        if years or not found:
            where = " AND ".join(years) or "1"
            found.append(self._ids_of(f"SELECT id FROM cases WHERE {where}", args))
        found.sort(key=len)
        out = set(found[0])
        for other in found[1:]:
            out &= other
        return out  # tags and results rows exist only for stored cases (put_case, delete_case)

    def problems(self, path: str | None = None) -> list[Problem]:
        sql = "SELECT path, line, col, severity, message, code, detail FROM problems"
        args: list[Any] = []
        if path is not None:
            sql += " WHERE path = ?"
            args.append(path)
        rows = self.db.execute(sql + " ORDER BY path, line, col", args)
        return [Problem(*r) for r in rows]

    def term_counts(self) -> dict[str, dict[str, int]]:
        """Cases per (facet, term) over the whole library, most first; drafts are left out
        (a search's counts come from facet_cache)."""
        out: dict[str, dict[str, int]] = {k: {} for k in TERM_FACETS}
        rows = self.db.execute(
            "SELECT facet, term, COUNT(DISTINCT case_id) FROM tags WHERE case_id IN "
            "(SELECT id FROM cases) AND case_id NOT IN (SELECT case_id FROM problems "
            "WHERE code = ? AND case_id IS NOT NULL) "
            "GROUP BY facet, term ORDER BY COUNT(DISTINCT case_id) DESC, term", [DRAFT_CODE])
        for facet, term, count in rows:
            out.setdefault(facet, {})[term] = count
        return out


TagRow = tuple[str, str, str, str, str]  # case id, facet, term, key, source ("file", "user")


def tag_rows(case: Case, user_tags: dict[str, tuple[list[str], list[str]]]
             ) -> tuple[list[TagRow], dict[str, list[str]]]:
    """A case's rows of the tags table, and its taxonomy tags after the user's additions
    and removals."""
    effective: dict[str, list[str]] = {}
    rows: list[TagRow] = []
    for facet in TAG_FACETS:
        added, removed = user_tags.get(facet, ([], []))
        tags = [t for t in case.tags(facet) if t not in removed]
        rows += [(case.id, facet, t, t, "file") for t in tags]
        extra = [t for t in added if t not in tags]
        rows += [(case.id, facet, t, t, "user") for t in extra]
        effective[facet] = tags + extra
    for named in FACETS:  # names written in the file are matched in any case
        if named.kind == METADATA:
            rows += [(case.id, named.key, v, v.lower(), "file")
                     for v in case.values(named.field)]
    details = case.outcome_details
    for facet, key in (("results", "result"), ("evidence", "evidence")):
        found = dict.fromkeys(d[key] for d in details if d[key])
        rows += [(case.id, facet, v, v, "file") for v in found]
    rows += [(case.id, "tags", t, t, "file") for t in case.free_tags]
    return rows, effective


def tags_from_rows(rows: Iterable[TagRow]) -> dict[str, list[str]]:
    """facet -> terms of one case's tag rows, as Store.tags_of gives them."""
    out: dict[str, list[str]] = {}
    for _case_id, facet, term, _key, source in rows:
        out.setdefault(facet, []).append(term)
        if source == "user":
            out.setdefault("_user_" + facet, []).append(term)
    return out


def index_doc(case_id: str, sha: str, title: str, summary: str | None, plain: str | None,
              headings: Iterable[str], country: Iterable[str], place: str | None,
              region: str | None, level: str | None, language: str | None,
              tags: dict[str, list[str]], names: TermNames | None) -> IndexDoc:
    """What the search engine indexes of one case (see Store.index_docs)."""
    return IndexDoc(
        id=case_id, sha=sha, title=title, summary=summary or "", body=plain or "",
        sections=" ".join(headings), challenges=tags.get("challenges", []),
        strategies=tags.get("strategies", []), outcomes=tags.get("outcomes", []),
        country=" ".join(country), place=place or "", region=region or "",
        sectors=" ".join(tags.get("sectors", [])), level=level or "",
        tag_text=_tag_text(tags, names, language or "en"), language=language or "en",
    )


def _tag_text(tags: dict[str, list[str]], names: TermNames | None, language: str = "en") -> str:
    """The words of a case's tags, one name a line: each taxonomy term's names (its id
    when `names` is None), its sectors and its free tags."""
    out = [n for facet in TAG_FACETS for term in tags.get(facet, [])
           for n in (names(facet, term, language) if names else [term])]
    out += tags.get("sectors", []) + tags.get("tags", [])
    return "\n".join(n.replace("-", " ") for n in out)
