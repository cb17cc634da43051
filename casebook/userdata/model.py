"""What a collection is (its items in order, with notes), and how user-given text is kept."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from casebook import limits
from casebook.errors import InputError


@dataclass(frozen=True)
class CollectionInfo:
    """One line of the collection list."""

    name: str
    description: str
    count: int
    created: str
    updated: str

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "description": self.description, "count": self.count,
                "created": self.created, "updated": self.updated}


@dataclass
class Item:
    """One case in a collection; `missing` when the library no longer has it."""

    id: str
    position: int
    title: str
    note: str = ""
    questions: list[str] = field(default_factory=list)
    missing: bool = False
    path: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "note": self.note,
                "questions": list(self.questions), "missing": self.missing}


@dataclass
class Collection:
    """A collection with its items in order."""

    name: str
    description: str
    created: str
    updated: str
    items: list[Item] = field(default_factory=list)

    @property
    def ids(self) -> list[str]:
        return [i.id for i in self.items]

    def item(self, case_id: str) -> Item:
        for it in self.items:
            if it.id == case_id:
                return it
        raise InputError(f"case '{case_id}' is not in collection '{self.name}'")

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "description": self.description,
                "items": [i.to_json() for i in self.items]}


@dataclass(frozen=True)
class SnapshotItem:
    id: str
    note: str = ""
    questions: tuple[str, ...] = ()
    last_title: str = ""


@dataclass(frozen=True)
class Snapshot:
    """Everything about one collection, enough to recreate it (undo of delete, packs)."""

    name: str
    description: str = ""
    created: str = ""
    updated: str = ""
    items: tuple[SnapshotItem, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "description": self.description, "created": self.created,
                "updated": self.updated,
                "items": [{"id": i.id, "note": i.note, "questions": list(i.questions),
                           "last_title": i.last_title} for i in self.items]}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Snapshot:
        items = tuple(SnapshotItem(str(i["id"]), str(i.get("note", "")),
                                   tuple(str(q) for q in i.get("questions", [])),
                                   str(i.get("last_title", ""))) for i in data["items"])
        return cls(str(data["name"]), str(data.get("description", "")),
                   str(data.get("created", "")), str(data.get("updated", "")), items)


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def clean_name(name: str, what: str = "collection") -> str:
    text = " ".join(str(name).split())
    if not text:
        raise InputError(f"a {what} name cannot be empty")
    if len(text) > limits.MAX_NAME_CHARS:
        raise InputError(f"a {what} name is limited to {limits.MAX_NAME_CHARS} characters")
    return text


def clean_text(text: str | None, what: str) -> str:
    value = (text or "").replace("\r\n", "\n").strip()
    if len(value) > limits.MAX_NOTE_CHARS:
        raise InputError(f"the {what} is limited to {limits.MAX_NOTE_CHARS:,} characters")
    return value


def clean_questions(questions: Iterable[str]) -> list[str]:
    out = [clean_text(q, "question") for q in questions]
    return [q for q in out if q]
