"""Reading front matter values as the case format's types, each problem at its position."""

from __future__ import annotations

import datetime as dt
import difflib
import functools
from typing import Any

from casebook import limits
from casebook.cases.parsing import Document, Pos
from casebook.cases.taxonomy import Taxonomy
from casebook.facets import FACETS

KNOWN_KEYS = (
    "title", "id", "summary", "place", "year_start", "year_end",
    *(f.field for f in FACETS if f.field), "metrics", "sources", "language", "updated",
    "translation_of", "licence", "attribution", "origin",
)
# zero-width space, word joiner and BOM: invisible, never meant in a key
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff"), None)


def max_year() -> int:
    return dt.date.today().year + 1


class Checker:
    """One document's front matter, read key by key; each problem goes into the document."""

    def __init__(self, doc: Document, taxonomy: Taxonomy) -> None:
        self.doc = doc
        self.taxonomy = taxonomy
        self.meta: dict[str, Any] = {}
        self.keys: dict[str, str] = {}

    def err(self, pos: Pos, message: str, code: str) -> None:
        self.doc.problem(pos, "error", message, code)

    def warn(self, pos: Pos, message: str, code: str) -> None:
        self.doc.problem(pos, "warning", message, code)

    def pos(self, key: str, *item: Any) -> Pos:
        return self.doc.pos(self.keys.get(key, key), *item)

    def normalise_keys(self) -> dict[str, Any]:
        extra: dict[str, Any] = {}
        for key, value in self.doc.meta.items():
            lower = key.translate(_INVISIBLE).strip().lower()
            if lower in self.meta:
                self.warn(self.doc.pos(key), f"key '{_shown(key)}' repeats "
                          f"'{_shown(self.keys[lower])}'; the first one is used", "duplicate-key")
                continue
            if lower in KNOWN_KEYS:
                if lower != key:
                    self.warn(self.doc.pos(key), f"key '{_shown(key)}' should be written "
                              f"'{lower}'", "key-case")
                self.meta[lower] = value
                self.keys[lower] = key
            elif lower == "tags":
                self.meta["tags"] = value
                self.keys["tags"] = key
                self.warn(self.doc.pos(key), f"'{_shown(key)}' is not a case key; its values are "
                          "kept as free tags (use challenges, strategies or outcomes)", "tags-key")
            else:
                extra[key] = value
                close = _closest_key(lower)
                hint = f"; did you mean '{close[0]}'?" if close else " (kept as extra metadata)"
                self.warn(self.doc.pos(key), f"unknown key '{_shown(key)}'{hint}", "unknown-key")
        return extra

    def unreadable(self, key: str) -> bool:
        """The key was there but its value could not be read (already reported)."""
        return any(k.translate(_INVISIBLE).strip().lower() == key for k in self.doc.bad_keys)

    def text(self, key: str, required: bool) -> str | None:
        value = self.meta.get(key)
        if value is None:
            if required and self.doc.has_front_matter and not self.unreadable(key):
                self.err(self.pos(key), f"missing required field '{key}'", "missing")
            return None
        if isinstance(value, (int, float, dt.date)) and not isinstance(value, bool):
            return str(value)
        if not isinstance(value, str):
            self.err(self.pos(key), f"'{key}' must be text, not {describe(value)}", "type")
            return None
        if not value.strip():
            if required:
                self.err(self.pos(key), f"'{key}' is empty", "missing")
            return None
        return value.strip()

    def text_list(self, key: str, required: bool) -> list[tuple[str, Pos]]:
        value = self.meta.get(key)
        if value is None or value == "" or value == []:
            if required and self.doc.has_front_matter and not self.unreadable(key):
                self.err(self.pos(key), f"missing required field '{key}' (at least one value)",
                         "missing")
            return []
        if isinstance(value, str):
            items = [(v.strip(), self.pos(key)) for v in value.split(",") if v.strip()]
        elif isinstance(value, list):
            items = []
            for i, item in enumerate(value):
                if isinstance(item, (str, int, float)) and not isinstance(item, bool):
                    items.append((str(item).strip(), self.pos(key, i)))
                elif item is not None:
                    self.err(self.pos(key, i), f"'{key}' values must be text, not {describe(item)}",
                             "type")
        else:
            self.err(self.pos(key), f"'{key}' must be a list or a comma-separated string, "
                     f"not {describe(value)}", "type")
            return []
        if len(items) > limits.MAX_TAGS_PER_FACET:
            self.err(self.pos(key), f"'{key}' has {len(items)} values; at most "
                     f"{limits.MAX_TAGS_PER_FACET} are read", "limit")
            items = items[: limits.MAX_TAGS_PER_FACET]
        return [(v, p) for v, p in items if v]

    def year(self, key: str, required: bool) -> int | None:
        value = self.meta.get(key)
        if value is None:
            if required and self.doc.has_front_matter and not self.unreadable(key):
                self.err(self.pos(key), f"missing required field '{key}'", "missing")
            return None
        if isinstance(value, str) and value.strip().isdigit():
            value = int(value.strip())
        if isinstance(value, bool) or not isinstance(value, int):
            self.err(self.pos(key), f"'{key}' must be a whole year like 2015, not "
                     f"{describe(value)}", "type")
            return None
        if not 1800 <= value <= max_year():
            self.err(self.pos(key), f"'{key}' {value} is outside 1800-{max_year()}", "year-range")
            return None
        return value


@functools.lru_cache(maxsize=4096)
def _closest_key(key: str) -> list[str]:
    """The case key an unknown key may be a misspelling of (a site's pages repeat theirs)."""
    return difflib.get_close_matches(key, KNOWN_KEYS, n=1, cutoff=0.75)


def _shown(key: str) -> str:
    """A key as text a person can read, with invisible characters spelled out."""
    return key if key.isprintable() else repr(key)[1:-1]


def describe(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, str):
        return f"'{value}'" if len(value) < 40 else "text"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, (dt.date, dt.datetime)):
        return "a date"
    if value is None:
        return "empty"
    return type(value).__name__


def plain(value: Any) -> Any:
    """JSON-friendly copy of a YAML value."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)
