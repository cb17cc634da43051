"""Problems grouped by kind ("missing required field 'level'": 3,857 files), for a folder
with thousands of them: the problems view, `check --summary` and the folder notice."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from casebook.cases.model import Problem

# kinds whose messages name the file's own values: one name for all of them
LABELS = {
    "yaml": "front matter that cannot be read (YAML)",
    "toml": "front matter that cannot be read (TOML)",
    "value": "front matter values that cannot be read",
    "duplicate-id": "an id that another file has already",
    "unreadable": "files that cannot be read",
    "sections": "missing recommended sections",
    "unknown-tag": "tags that are not in the taxonomy (kept as free tags)",
    "translation": "translation_of names no case in the library",
}
_QUOTED = re.compile(r"'[^']*'")
_NUMBER = re.compile(r"\d+")
_MISSING_FIELD = re.compile(r"^missing required field '([a-z_]+)'")
FIRST_FILES = 3  # files shown with each kind
MIN_FILES = 5  # fewer files than this are not "most of a folder"


@dataclass
class ProblemGroup:
    """One kind of problem, with every problem of that kind in file order."""

    severity: str
    code: str
    kind: str
    problems: list[Problem] = field(default_factory=list)

    @property
    def files(self) -> list[str]:
        return list(dict.fromkeys(p.path for p in self.problems))

    def first_files(self, n: int = FIRST_FILES) -> list[str]:
        return self.files[:n]

    def to_json(self) -> dict[str, Any]:
        return {"severity": self.severity, "code": self.code, "kind": self.kind,
                "problems": len(self.problems), "files": len(self.files),
                "first_files": self.first_files()}


def kind_of(problem: Problem) -> str:
    """What a problem is, without what is particular to its file: a missing field and an
    unknown key keep their name (they are the same in every file); other quoted values,
    numbers and hints after ';' go."""
    if problem.code in LABELS:
        return LABELS[problem.code]
    message = problem.message
    if problem.code in ("missing", "unknown-key", "tags-key", "key-case"):
        return message.split(";")[0].split(" (kept")[0].strip()
    message = message.split("; ")[0]
    return _NUMBER.sub("N", _QUOTED.sub("'…'", message)).strip()


def group_problems(problems: Iterable[Problem]) -> list[ProblemGroup]:
    """The problems by kind: errors first, then the kinds that touch the most files."""
    groups: dict[tuple[str, str, str], ProblemGroup] = {}
    for p in problems:
        kind = kind_of(p)
        key = (p.severity, p.code, kind)
        if key not in groups:
            groups[key] = ProblemGroup(p.severity, p.code, kind)
        groups[key].problems.append(p)
    return sorted(groups.values(), key=lambda g: (g.severity != "error", -len(g.files),
                                                  g.kind))


def missing_fields(problems: Iterable[Problem]) -> dict[str, int]:
    """Required field -> how many files miss it."""
    files: dict[str, set[str]] = {}
    for p in problems:
        found = _MISSING_FIELD.match(p.message) if p.code == "missing" else None
        if found:
            files.setdefault(found.group(1), set()).add(p.path)
    return {name: len(paths) for name, paths in files.items()}


def looks_foreign(problems: Iterable[Problem], files: int, share: float = 0.5,
                  fields: int = 3) -> list[str]:
    """The required fields that most of a folder's `files` miss, when at least `fields`
    of them are missed by more than `share` of the files: Markdown written for something
    else (a website's pages), not case files. [] otherwise."""
    if files < MIN_FILES:
        return []
    common = sorted(name for name, n in missing_fields(problems).items() if n > share * files)
    return common if len(common) >= fields else []
