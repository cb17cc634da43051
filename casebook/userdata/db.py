"""Precious user data in its own SQLite database, with a schema version and migrations."""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from casebook.derived.store import connect, transaction
from casebook.errors import StorageError
from casebook.facets import TAG_FACETS

log = logging.getLogger(__name__)

MIGRATIONS: list[list[str]] = [
    [
        "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE user_tags (case_id TEXT NOT NULL, facet TEXT NOT NULL, "
        "term TEXT NOT NULL, op TEXT NOT NULL CHECK (op IN ('add', 'remove')), "
        "PRIMARY KEY (case_id, facet, term))",
    ],
    [
        "CREATE TABLE collections (id INTEGER PRIMARY KEY, "
        "name TEXT NOT NULL UNIQUE COLLATE NOCASE, description TEXT NOT NULL DEFAULT '', "
        "created TEXT NOT NULL, updated TEXT NOT NULL)",
        "CREATE TABLE collection_items (collection_id INTEGER NOT NULL "
        "REFERENCES collections(id) ON DELETE CASCADE, case_id TEXT NOT NULL, "
        "position INTEGER NOT NULL, note TEXT NOT NULL DEFAULT '', "
        "questions TEXT NOT NULL DEFAULT '[]', last_title TEXT NOT NULL DEFAULT '', "
        "PRIMARY KEY (collection_id, case_id))",
        "CREATE INDEX collection_items_order ON collection_items (collection_id, position)",
        "CREATE INDEX collection_items_case ON collection_items (case_id)",
        "CREATE TABLE saved_searches (id INTEGER PRIMARY KEY, "
        "name TEXT NOT NULL UNIQUE COLLATE NOCASE, query TEXT NOT NULL DEFAULT '', "
        "filters TEXT NOT NULL DEFAULT '{}', sort TEXT NOT NULL DEFAULT 'relevance', "
        "created TEXT NOT NULL)",
    ],
]


class UserDB:
    """Collections, notes, user tags, saved searches and settings: never rebuilt."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.db = connect(path)
        self._migrate()

    def close(self) -> None:
        self.db.conn.close()

    @property
    def version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        current = self.version
        if current > len(MIGRATIONS):
            raise StorageError(f"{self.path} was written by a newer Casebook "
                               f"(schema {current}); update Casebook to open it")
        if current == len(MIGRATIONS):
            return
        if current > 0:
            copy = self.backup(f"before-v{current + 1}")
            log.warning("upgrading %s from schema %d to %d; a copy is kept in %s", self.path,
                        current, len(MIGRATIONS), copy)
        with self.transaction():
            current = self.version  # another process may have migrated meanwhile
            for version in range(current, len(MIGRATIONS)):
                for statement in MIGRATIONS[version]:
                    self.db.execute(statement)
            self.db.execute(f"PRAGMA user_version = {len(MIGRATIONS)}")

    def backup(self, label: str) -> Path:
        """A consistent copy of the database in backups/, next to it."""
        folder = self.path.parent / "backups"
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"user-{time.strftime('%Y%m%d-%H%M%S')}-{label}.db"
        try:
            dest = sqlite3.connect(str(target))
            with dest:
                self.db.conn.backup(dest)
            dest.close()
        except (sqlite3.Error, OSError) as exc:
            target.unlink(missing_ok=True)
            raise StorageError(f"cannot back up {self.path}: {exc}") from None
        return target

    def transaction(self) -> AbstractContextManager[None]:
        return transaction(self.db.conn)

    # settings --------------------------------------------------------------
    def setting(self, key: str, default: Any = None) -> Any:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return default if row is None else json.loads(row[0])

    def set_setting(self, key: str, value: Any) -> None:
        with self.transaction():
            self.db.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)",
                            [key, json.dumps(value)])

    # user tags -------------------------------------------------------------
    def user_tags(self, case_id: str) -> dict[str, tuple[list[str], list[str]]]:
        """facet -> (added, removed) for one case."""
        out: dict[str, tuple[list[str], list[str]]] = {f: ([], []) for f in TAG_FACETS}
        for facet, term, op in self.db.execute(
            "SELECT facet, term, op FROM user_tags WHERE case_id = ? ORDER BY rowid", [case_id]
        ):
            if facet in out:
                out[facet][0 if op == "add" else 1].append(term)
        return out

    def all_user_tags(self) -> dict[str, dict[str, tuple[list[str], list[str]]]]:
        ids = [r[0] for r in self.db.execute("SELECT DISTINCT case_id FROM user_tags")]
        return {i: self.user_tags(i) for i in ids}

    def set_user_tag(self, case_id: str, facet: str, term: str, op: str | None) -> None:
        """Record an addition or removal; op None forgets the user's change."""
        with self.transaction():
            self.db.execute("DELETE FROM user_tags WHERE case_id = ? AND facet = ? AND term = ?",
                            [case_id, facet, term])
            if op is not None:
                self.db.execute("INSERT INTO user_tags VALUES (?, ?, ?, ?)",
                                [case_id, facet, term, op])

    def clear_user_tags(self, case_id: str) -> None:
        with self.transaction():
            self.db.execute("DELETE FROM user_tags WHERE case_id = ?", [case_id])
