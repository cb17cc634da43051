"""Collections: ordered, annotated case lists kept in the user database."""

from __future__ import annotations

import builtins
import difflib
import json
import logging
import sqlite3
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from casebook.errors import InputError, StorageError
from casebook.userdata.db import UserDB
from casebook.userdata.model import (
    Collection,
    CollectionInfo,
    Item,
    Snapshot,
    SnapshotItem,
    clean_name,
    clean_questions,
    clean_text,
    utc_now,
)
from casebook.userdata.saved import SavedSearch, SavedSearches

# the data classes live in userdata.model and userdata.saved; importable from here too
__all__ = ["CaseLookup", "Collection", "CollectionInfo", "Collections", "Item", "SavedSearch",
           "Snapshot", "SnapshotItem", "clean_name"]

log = logging.getLogger(__name__)

# ids -> {id: row with at least "title" and "path"} for the ids the library has
CaseLookup = Callable[[builtins.list[str]], Mapping[str, Mapping[str, Any]]]


class Collections(SavedSearches):
    """Every collection operation, and (from SavedSearches) every saved search one; each
    write runs in one transaction."""

    def __init__(self, user: UserDB, lookup: CaseLookup) -> None:
        super().__init__(user)
        self.lookup = lookup

    # finding ---------------------------------------------------------------
    def names(self) -> builtins.list[str]:
        return [r[0] for r in self._db.execute(
            "SELECT name FROM collections ORDER BY name COLLATE NOCASE")]

    def exists(self, name: str) -> bool:
        return self._find(name) is not None

    def _find(self, name: str) -> int | None:
        row = self._db.execute("SELECT id FROM collections WHERE name = ?",
                               [" ".join(str(name).split())]).fetchone()
        return None if row is None else int(row[0])

    def _cid(self, name: str) -> int:
        cid = self._find(name)
        if cid is None:
            close = difflib.get_close_matches(name, self.names(), n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            raise InputError(f"no collection named '{name}'{hint}")
        return cid

    def unique_name(self, base: str) -> str:
        """`base`, or `base (2)`, `base (3)`... whichever is free."""
        name, n = clean_name(base), 1
        while self._find(name) is not None:
            n += 1
            name = f"{clean_name(base)} ({n})"
        return name

    def list(self) -> builtins.list[CollectionInfo]:
        rows = self._db.execute(
            "SELECT c.name, c.description, COUNT(i.case_id), c.created, c.updated "
            "FROM collections c LEFT JOIN collection_items i ON i.collection_id = c.id "
            "GROUP BY c.id ORDER BY c.name COLLATE NOCASE")
        return [CollectionInfo(*r) for r in rows]

    def containing(self, case_id: str) -> builtins.list[str]:
        """Names of the collections that hold a case."""
        return [r[0] for r in self._db.execute(
            "SELECT c.name FROM collections c JOIN collection_items i ON i.collection_id = c.id "
            "WHERE i.case_id = ? ORDER BY c.name COLLATE NOCASE", [case_id])]

    def get(self, name: str) -> Collection:
        """A collection with its items in order; cases the library lacks are `missing`."""
        cid = self._cid(name)
        head = self._db.execute("SELECT name, description, created, updated FROM collections "
                                "WHERE id = ?", [cid]).fetchone()
        rows = self._db.execute(
            "SELECT case_id, note, questions, last_title FROM collection_items "
            "WHERE collection_id = ? ORDER BY position, rowid", [cid]).fetchall()
        known = self.lookup([r[0] for r in rows])
        items: builtins.list[Item] = []
        stale: builtins.list[tuple[str, int, str]] = []
        for n, (case_id, note, questions, last_title) in enumerate(rows, 1):
            row = known.get(case_id)
            if row is None:
                items.append(Item(case_id, n, last_title or case_id, note,
                                  json.loads(questions), True))
                continue
            title = str(row["title"])
            if title != last_title:
                stale.append((title, cid, case_id))
            items.append(Item(case_id, n, title, note, json.loads(questions), False,
                              str(row["path"])))
        if stale:
            try:
                with self.user.transaction():
                    self._db.conn.executemany("UPDATE collection_items SET last_title = ? "
                                              "WHERE collection_id = ? AND case_id = ?", stale)
            except (sqlite3.Error, StorageError) as exc:  # read-only or busy: next time
                log.info("cannot refresh the titles in collection %r: %s", head[0], exc)
        return Collection(head[0], head[1], head[2], head[3], items)

    # collections -----------------------------------------------------------
    def create(self, name: str, description: str = "") -> str:
        clean = clean_name(name)
        text = clean_text(description, "description")
        with self.user.transaction():
            if self._find(clean) is not None:
                raise InputError(f"a collection named '{clean}' already exists")
            now = utc_now()
            self._db.execute("INSERT INTO collections (name, description, created, updated) "
                             "VALUES (?, ?, ?, ?)", [clean, text, now, now])
        return clean

    def rename(self, name: str, new_name: str) -> str:
        clean = clean_name(new_name)
        with self.user.transaction():
            cid = self._cid(name)
            other = self._find(clean)
            if other is not None and other != cid:
                raise InputError(f"a collection named '{clean}' already exists")
            self._db.execute("UPDATE collections SET name = ?, updated = ? WHERE id = ?",
                             [clean, utc_now(), cid])
        return clean

    def describe(self, name: str, description: str) -> None:
        text = clean_text(description, "description")
        with self.user.transaction():
            self._db.execute("UPDATE collections SET description = ?, updated = ? WHERE id = ?",
                             [text, utc_now(), self._cid(name)])

    def snapshot(self, name: str) -> Snapshot:
        cid = self._cid(name)
        head = self._db.execute("SELECT name, description, created, updated FROM collections "
                                "WHERE id = ?", [cid]).fetchone()
        rows = self._db.execute(
            "SELECT case_id, note, questions, last_title FROM collection_items "
            "WHERE collection_id = ? ORDER BY position, rowid", [cid])
        items = tuple(SnapshotItem(r[0], r[1], tuple(json.loads(r[2])), r[3]) for r in rows)
        return Snapshot(head[0], head[1], head[2], head[3], items)

    def duplicate(self, name: str, new_name: str | None = None) -> str:
        with self.user.transaction():
            snap = self.snapshot(name)
            if new_name is None:
                target = self.unique_name(f"{snap.name} (copy)")
            else:
                target = clean_name(new_name)
                if self._find(target) is not None:
                    raise InputError(f"a collection named '{target}' already exists")
            now = utc_now()
            self._insert(Snapshot(target, snap.description, now, now, snap.items))
        return target

    def delete(self, name: str) -> Snapshot:
        """Delete a collection; the returned snapshot undoes it with restore()."""
        with self.user.transaction():
            snap = self.snapshot(name)
            cid = self._cid(name)
            self._db.execute("DELETE FROM collection_items WHERE collection_id = ?", [cid])
            self._db.execute("DELETE FROM collections WHERE id = ?", [cid])
        return snap

    def restore(self, snapshot: Snapshot) -> str:
        """Recreate a collection from a snapshot; a name in use becomes `name (2)`."""
        with self.user.transaction():
            name = self.unique_name(snapshot.name)
            now = utc_now()
            self._insert(Snapshot(name, clean_text(snapshot.description, "description"),
                                  snapshot.created or now, snapshot.updated or now,
                                  snapshot.items))
        return name

    def _insert(self, snap: Snapshot) -> None:
        cur = self._db.execute("INSERT INTO collections (name, description, created, updated) "
                               "VALUES (?, ?, ?, ?)",
                               [snap.name, snap.description, snap.created, snap.updated])
        cid = cur.lastrowid
        seen: set[str] = set()
        rows: builtins.list[tuple[Any, ...]] = []
        for it in snap.items:
            if it.id in seen:
                continue
            seen.add(it.id)
            rows.append((cid, it.id, len(rows) + 1, clean_text(it.note, "note"),
                         json.dumps(clean_questions(it.questions)), it.last_title))
        self._db.conn.executemany("INSERT INTO collection_items VALUES (?, ?, ?, ?, ?, ?)", rows)

    # items -----------------------------------------------------------------
    def _order(self, cid: int) -> builtins.list[str]:
        return [r[0] for r in self._db.execute(
            "SELECT case_id FROM collection_items WHERE collection_id = ? "
            "ORDER BY position, rowid", [cid])]

    def _write_order(self, cid: int, order: builtins.list[str]) -> None:
        self._db.conn.executemany(
            "UPDATE collection_items SET position = ? WHERE collection_id = ? AND case_id = ?",
            [(n, cid, case_id) for n, case_id in enumerate(order, 1)])
        self._db.execute("UPDATE collections SET updated = ? WHERE id = ?", [utc_now(), cid])

    def _require(self, name: str, cid: int, ids: Iterable[str]) -> builtins.list[str]:
        order = self._order(cid)
        absent = [i for i in ids if i not in order]
        if absent:
            listed = ", ".join(f"'{i}'" for i in absent)
            raise InputError(f"not in collection '{name}': {listed}")
        return order

    def add(self, name: str, ids: Iterable[str], note: str | None = None,
            position: int | None = None) -> builtins.list[str]:
        """Add cases (at a 1-based position, default the end); returns the ids newly added.

        A case already in the collection stays where it is; its note is replaced when
        `note` is given. A translation of a case in the collection (or the original of one)
        is that case: it is not added a second time.
        """
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            raise InputError("no case ids given")
        known = self.lookup(wanted)
        unknown = [i for i in wanted if i not in known]
        if unknown:
            listed = ", ".join(f"'{i}'" for i in unknown)
            raise InputError(f"no case with id {listed}")
        text = None if note is None else clean_text(note, "note")
        with self.user.transaction():
            cid = self._cid(name)
            order = self._order(cid)
            if position is not None and not 1 <= position <= len(order) + 1:
                raise InputError(f"position {position} is outside 1-{len(order) + 1}")
            held = self.lookup(order)
            families = {str(held[i].get("translation_of") or i) for i in order if i in held}
            families |= set(order)
            new = []
            for i in wanted:
                family = str(known[i].get("translation_of") or i)
                if i not in order and family not in families and i not in families:
                    new.append(i)
                    families |= {i, family}
            self._db.conn.executemany(
                "INSERT INTO collection_items VALUES (?, ?, ?, ?, '[]', ?)",
                [(cid, i, 0, text or "", str(known[i]["title"])) for i in new])
            if text is not None:
                self._db.conn.executemany(
                    "UPDATE collection_items SET note = ? WHERE collection_id = ? "
                    "AND case_id = ?", [(text, cid, i) for i in wanted if i in order])
            at = len(order) if position is None else position - 1
            self._write_order(cid, order[:at] + new + order[at:])
        return new

    def remove(self, name: str, ids: Iterable[str]) -> None:
        gone = list(dict.fromkeys(ids))
        with self.user.transaction():
            cid = self._cid(name)
            order = self._require(name, cid, gone)
            self._db.conn.executemany(
                "DELETE FROM collection_items WHERE collection_id = ? AND case_id = ?",
                [(cid, i) for i in gone])
            self._write_order(cid, [i for i in order if i not in gone])

    def move(self, name: str, case_id: str, position: int) -> None:
        """Move one case to a 1-based position."""
        with self.user.transaction():
            cid = self._cid(name)
            order = self._require(name, cid, [case_id])
            if not 1 <= position <= len(order):
                raise InputError(f"position {position} is outside 1-{len(order)}")
            order.remove(case_id)
            order.insert(position - 1, case_id)
            self._write_order(cid, order)

    def reorder(self, name: str, ids: Iterable[str]) -> None:
        """Set the whole order at once; `ids` must be exactly the collection's cases."""
        wanted = list(ids)
        with self.user.transaction():
            cid = self._cid(name)
            order = self._require(name, cid, wanted)
            if sorted(wanted) != sorted(order):
                raise InputError(f"a new order for '{name}' must list each of its "
                                 f"{len(order)} cases once")
            self._write_order(cid, wanted)

    def set_note(self, name: str, case_id: str, note: str) -> None:
        text = clean_text(note, "note")
        self._set(name, case_id, "note", text)

    def set_questions(self, name: str, case_id: str, questions: Iterable[str]) -> None:
        self._set(name, case_id, "questions", json.dumps(clean_questions(questions)))

    def _set(self, name: str, case_id: str, column: str, value: str) -> None:
        with self.user.transaction():
            cid = self._cid(name)
            self._require(name, cid, [case_id])
            self._db.execute(f"UPDATE collection_items SET {column} = ? "
                             "WHERE collection_id = ? AND case_id = ?", [value, cid, case_id])
            self._db.execute("UPDATE collections SET updated = ? WHERE id = ?", [utc_now(), cid])

