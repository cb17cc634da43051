"""Saved searches: a named query with its filters and sort order, kept in the user database."""

from __future__ import annotations

import builtins
import json
from dataclasses import dataclass
from typing import Any

from casebook import limits
from casebook.cases.model import Filters
from casebook.errors import InputError
from casebook.facets import SORT_OPTIONS
from casebook.userdata.db import UserDB
from casebook.userdata.model import clean_name, utc_now


@dataclass
class SavedSearch:
    """A named query with its filters and sort order."""

    name: str
    query: str
    filters: Filters
    sort: str
    created: str

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "query": self.query, "filters": self.filters.to_json(),
                "sort": self.sort, "created": self.created}


class SavedSearches:
    """Every saved search operation; each write runs in one transaction."""

    def __init__(self, user: UserDB) -> None:
        self.user = user

    @property
    def _db(self) -> Any:
        return self.user.db

    def save_search(self, name: str, query: str = "", filters: Filters | None = None,
                    sort: str = "relevance", replace: bool = False) -> str:
        clean = clean_name(name, "saved search")
        if sort not in SORT_OPTIONS:
            raise InputError(f"unknown sort '{sort}'; use one of {', '.join(SORT_OPTIONS)}")
        if len(query) > limits.MAX_QUERY_CHARS:
            raise InputError(f"a query is limited to {limits.MAX_QUERY_CHARS} characters")
        data = json.dumps((filters or Filters()).to_json())
        with self.user.transaction():
            row = self._db.execute("SELECT id FROM saved_searches WHERE name = ?",
                                   [clean]).fetchone()
            if row is not None and not replace:
                raise InputError(f"a saved search named '{clean}' already exists")
            if row is not None:
                self._db.execute("UPDATE saved_searches SET name = ?, query = ?, filters = ?, "
                                 "sort = ? WHERE id = ?", [clean, query, data, sort, row[0]])
            else:
                self._db.execute("INSERT INTO saved_searches (name, query, filters, sort, "
                                 "created) VALUES (?, ?, ?, ?, ?)",
                                 [clean, query, data, sort, utc_now()])
        return clean

    def saved_searches(self) -> builtins.list[SavedSearch]:
        rows = self._db.execute("SELECT name, query, filters, sort, created FROM saved_searches "
                                "ORDER BY name COLLATE NOCASE")
        return [SavedSearch(r[0], r[1], Filters.from_json(json.loads(r[2])), r[3], r[4])
                for r in rows]

    def saved_search(self, name: str) -> SavedSearch:
        r = self._db.execute("SELECT name, query, filters, sort, created FROM saved_searches "
                             "WHERE name = ?", [" ".join(str(name).split())]).fetchone()
        if r is None:
            raise InputError(f"no saved search named '{name}'")
        return SavedSearch(r[0], r[1], Filters.from_json(json.loads(r[2])), r[3], r[4])

    def rename_search(self, name: str, new_name: str) -> str:
        clean = clean_name(new_name, "saved search")
        with self.user.transaction():
            old = self.saved_search(name)
            other = self._db.execute("SELECT name = ? FROM saved_searches WHERE name = ?",
                                     [old.name, clean]).fetchone()
            if other is not None and not other[0]:
                raise InputError(f"a saved search named '{clean}' already exists")
            self._db.execute("UPDATE saved_searches SET name = ? WHERE name = ?",
                             [clean, old.name])
        return clean

    def delete_search(self, name: str) -> SavedSearch:
        """Delete a saved search; returns it so that save_search() can undo."""
        with self.user.transaction():
            old = self.saved_search(name)
            self._db.execute("DELETE FROM saved_searches WHERE name = ?", [old.name])
        return old
