"""The baseline: the same files in SQLite FTS5, built and queried with Python's sqlite3."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import yaml

from bench.queries import Query

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
PAGE = 20
FACETS = ("challenges", "strategies", "outcomes", "sectors")
SCHEMA = """
CREATE TABLE docs (rowid INTEGER PRIMARY KEY, id TEXT UNIQUE, path TEXT, title TEXT,
                   summary TEXT, level TEXT, year_start INTEGER, year_end INTEGER);
CREATE TABLE tags (doc INTEGER, facet TEXT, term TEXT, key TEXT);
CREATE VIRTUAL TABLE fts USING fts5(title, summary, body, challenges, strategies, outcomes,
                                    country, tokenize = 'porter unicode61 remove_diacritics 2');
"""
INDEXES = """
CREATE INDEX tags_key ON tags (facet, key);
CREATE INDEX tags_doc ON tags (doc);
"""
SNIPPET = "snippet(fts, -1, '<b>', '</b>', ' … ', 24)"
RANK = "bm25(fts, 4.0, 2.0, 1.0, 1.0, 1.0, 1.0, 1.0)"


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    return [str(v) for v in value]


def build(db_path: Path, files: list[Path]) -> sqlite3.Connection:
    """Read every file, parse its front matter and index it in one transaction."""
    conn = sqlite3.connect(str(db_path))
    conn.executescript(SCHEMA)
    with conn:
        for rowid, path in enumerate(files, 1):
            text = path.read_text(encoding="utf-8-sig")
            _, front, body = text.split("---\n", 2)
            meta = yaml.load(front, Loader=LOADER)
            countries = _as_list(meta.get("country"))
            conn.execute("INSERT INTO docs VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         (rowid, meta.get("id") or path.stem, str(path), meta["title"],
                          meta.get("summary", ""), meta.get("level"), meta.get("year_start"),
                          meta.get("year_end")))
            rows = [(rowid, f, t, t.lower()) for f in FACETS for t in _as_list(meta.get(f))]
            rows += [(rowid, "countries", c, c.lower()) for c in countries]
            if meta.get("level"):
                rows.append((rowid, "levels", meta["level"], meta["level"]))
            if meta.get("region"):
                rows.append((rowid, "regions", meta["region"], meta["region"].lower()))
            conn.executemany("INSERT INTO tags VALUES (?, ?, ?, ?)", rows)
            conn.execute("INSERT INTO fts (rowid, title, summary, body, challenges, strategies, "
                         "outcomes, country) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         (rowid, meta["title"], meta.get("summary", ""), body,
                          " ".join(_as_list(meta.get("challenges"))),
                          " ".join(_as_list(meta.get("strategies"))),
                          " ".join(_as_list(meta.get("outcomes"))), " ".join(countries)))
    conn.executescript(INDEXES)
    conn.execute("ANALYZE")
    return conn


def _filter_sql(filters: dict[str, Any], column: str) -> tuple[str, list[Any]]:
    """Filters as a condition on a docs rowid: OR within a facet, AND across facets."""
    clauses: list[str] = []
    args: list[Any] = []
    for facet, values in filters.items():
        if facet in ("year_from", "year_to"):
            continue
        clauses.append(f"+{column} IN (SELECT doc FROM tags WHERE facet = ? AND key IN "
                       f"({','.join('?' * len(values))}))")
        args += [facet, *(v.lower() for v in values)]
    years = []
    if "year_to" in filters:
        years.append("year_start <= ?")
        args.append(filters["year_to"])
    if "year_from" in filters:
        years.append("(year_end IS NULL OR year_end >= ?)")
        args.append(filters["year_from"])
    if years:
        clauses.append(f"+{column} IN (SELECT rowid FROM docs WHERE {' AND '.join(years)})")
    return " AND ".join(clauses) or "1", args


def search(conn: sqlite3.Connection, q: Query) -> tuple[int, list[tuple[Any, ...]],
                                                          dict[str, dict[str, int]]]:
    """Total, the first page with snippets and the facet counts, as Casebook returns them."""
    if q.fts:
        where, args = _filter_sql(q.filters, "fts.rowid")
        match = ["fts MATCH ?", where]
        base = [q.fts, *args]
        total = conn.execute(f"SELECT COUNT(*) FROM fts WHERE {' AND '.join(match)}",
                             base).fetchone()[0]
        page = conn.execute(
            f"SELECT d.id, d.title, d.level, d.year_start, {SNIPPET} FROM fts "
            f"JOIN docs d ON d.rowid = fts.rowid WHERE {' AND '.join(match)} "
            f"ORDER BY {RANK} LIMIT {PAGE}", base).fetchall()
        facets = conn.execute(
            f"SELECT t.facet, t.term, COUNT(*) FROM fts JOIN tags t ON t.doc = fts.rowid "
            f"WHERE {' AND '.join(match)} GROUP BY t.facet, t.term", base).fetchall()
    else:
        where, args = _filter_sql(q.filters, "d.rowid")
        total = conn.execute(f"SELECT COUNT(*) FROM docs d WHERE {where}", args).fetchone()[0]
        page = conn.execute(
            f"SELECT d.id, d.title, d.level, d.year_start, substr(d.summary, 1, 300) "
            f"FROM docs d WHERE {where} ORDER BY d.title COLLATE NOCASE LIMIT {PAGE}",
            args).fetchall()
        facets = conn.execute(
            f"SELECT t.facet, t.term, COUNT(*) FROM tags t WHERE t.doc IN (SELECT d.rowid "
            f"FROM docs d WHERE {where}) GROUP BY t.facet, t.term", args).fetchall()
    counts: dict[str, dict[str, int]] = {}
    for facet, term, n in facets:
        counts.setdefault(facet, {})[term] = n
    return total, page, counts
