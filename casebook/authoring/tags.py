"""Tag editing: user tags on a case, the term picker's search, and writing tags into files."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from casebook import paths
from casebook.authoring.tag_write import TagWrite, rewrite_bytes, unified_diff, write_tags
from casebook.cases.parsing import parse_text, read_text
from casebook.cases.text import fold_accents, norm_key
from casebook.cases.validation import build_case
from casebook.errors import InputError
from casebook.facets import SINGULAR, TAG_FACETS

if TYPE_CHECKING:
    from casebook.cases.taxonomy import Taxonomy, Term
    from casebook.library import Library

__all__ = ["TagChange", "TagState", "TagWrite", "add_tag", "apply_write", "case_tags",
           "edit_tags", "find_terms", "parse_spec", "plan_write", "remove_tag", "write_tags"]

UserTags = dict[str, tuple[list[str], list[str]]]
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class TagState:
    """One facet of a case: the file's tags, the user's changes and the result."""

    file: list[str]
    added: list[str]
    removed: list[str]

    @property
    def effective(self) -> list[str]:
        kept = [t for t in self.file if t not in self.removed]
        return kept + [t for t in self.added if t not in kept]


@dataclass(frozen=True)
class TagChange:
    """What one add or remove did; warning is set for a free (non-taxonomy) tag."""

    case_id: str
    facet: str
    term: str
    op: str
    known: bool
    changed: bool
    warning: str | None = None


def facet_name(name: str) -> str:
    """'challenge', 'Challenges' or 'c' -> 'challenges'."""
    key = name.strip().lower()
    for facet in TAG_FACETS:
        if key in (facet, SINGULAR[facet]) or (len(key) == 1 and facet.startswith(key)):
            return facet
    raise InputError(f"unknown facet '{name}': use one of {', '.join(TAG_FACETS)}")


def parse_spec(spec: str) -> tuple[str, str]:
    """'FACET:TERM' -> (facet, term as written)."""
    facet, sep, term = spec.partition(":")
    if not sep or not term.strip():
        raise InputError(f"'{spec}' is not FACET:TERM, e.g. challenges:legacy-systems")
    return facet_name(facet), term.strip()


def _file_tags(lib: Library, case_id: str) -> tuple[str, dict[str, list[str]]]:
    row = lib.store.case_row(case_id)
    if row is None:
        raise InputError(f"no case with id '{case_id}'")
    path = str(row["path"])
    case = build_case(parse_text(path, read_text(path)), lib.taxonomy)
    return path, {f: case.tags(f) for f in TAG_FACETS}


def case_tags(lib: Library, case_id: str) -> dict[str, TagState]:
    """Per facet, the file's own tags (read now) and the user's additions and removals."""
    _, file_tags = _file_tags(lib, case_id)
    user = lib.user.user_tags(case_id)
    return {f: TagState(file_tags[f], *user.get(f, ([], []))) for f in TAG_FACETS}


def _resolve(lib: Library, facet: str, value: str) -> tuple[str, bool, str | None]:
    term, known = lib.taxonomy.canonical(facet, value)
    if not term:
        raise InputError(f"'{value}' is not a usable tag")
    if known:
        return term, True, None
    close = lib.taxonomy.suggest(facet, value)
    hint = f"; closest terms: {', '.join(close)}" if close else ""
    return term, False, (f"'{value}' is not a {SINGULAR[facet]} in the taxonomy (kept as a free "
                         f"tag '{term}'){hint}")


def _plan_one(lib: Library, case_id: str, state: dict[str, TagState], op: str, facet: str,
              value: str) -> tuple[TagChange, str | None]:
    """The change and the user-tag op to record (None forgets a user change)."""
    term, known, warning = _resolve(lib, facet, value)
    s = state[facet]
    record: str | None
    if op == "add":
        changed = term not in s.effective
        record = None if term in s.file else "add"
    else:
        if term not in s.effective:
            raise InputError(f"case '{case_id}' has no {SINGULAR[facet]} tag '{term}'")
        changed = True
        record = "remove" if term in s.file else None
    added = [t for t in s.added if t != term] + ([term] if record == "add" else [])
    removed = [t for t in s.removed if t != term] + ([term] if record == "remove" else [])
    state[facet] = TagState(s.file, added, removed)
    return TagChange(case_id, facet, term, op, known, changed,
                     warning if op == "add" else None), record


def edit_tags(lib: Library, case_id: str, add: Sequence[str] = (), remove: Sequence[str] = (),
              reindex: bool = True) -> list[TagChange]:
    """Apply FACET:TERM additions and removals as user tags, all or none, then re-index."""
    state = case_tags(lib, case_id)
    planned: list[tuple[TagChange, str | None]] = []
    for op, specs in (("add", add), ("remove", remove)):
        for spec in specs:
            facet, value = parse_spec(spec)
            planned.append(_plan_one(lib, case_id, state, op, facet, value))
    for change, record in planned:
        lib.user.set_user_tag(case_id, change.facet, change.term, record)
    if reindex and any(c.changed for c, _ in planned):
        lib.reindex_case(case_id)
    return [c for c, _ in planned]


def add_tag(lib: Library, case_id: str, facet: str, value: str) -> TagChange:
    """Add one tag as a user tag; an unknown term becomes a free tag with a warning."""
    return edit_tags(lib, case_id, add=[f"{facet}:{value}"])[0]


def remove_tag(lib: Library, case_id: str, facet: str, value: str) -> TagChange:
    return edit_tags(lib, case_id, remove=[f"{facet}:{value}"])[0]


# the picker -----------------------------------------------------------------
def _key(text: str) -> str:
    return fold_accents(norm_key(text))


def _rank(term: Term, query: str, words: list[str]) -> int | None:
    names = [_key(n) for n in term.names()]
    if query in names:
        return 0
    if any(n.startswith(query) for n in names):
        return 1
    for name in names:
        name_words = _WORD.findall(name)
        if all(any(w.startswith(q) for w in name_words) for q in words):
            return 2
    description = _key(term.description)
    if query in description or all(q in description for q in words):
        return 3
    return None


def find_terms(taxonomy: Taxonomy, facet: str, text: str, limit: int = 50) -> list[Term]:
    """Terms of a facet matching what the user typed, best first: exact, then a label or
    alias that starts with it, then one whose words start with its words, then a
    description that contains it, then close spellings (typos)."""
    terms = list(taxonomy.terms.get(facet, {}).values())
    query = _key(text)
    if not query:
        return sorted(terms, key=lambda t: t.label.lower())[:limit]
    words = _WORD.findall(query)
    ranked: list[tuple[int, str, Term]] = []
    for term in terms:
        rank = _rank(term, query, words)
        if rank is not None:
            ranked.append((rank, term.label.lower(), term))
    if len(ranked) < 3 and len(query) >= 4:
        found = {t.id for *_, t in ranked}
        for term_id in taxonomy.suggest(facet, text, n=3):
            term = taxonomy.terms[facet][term_id]
            if term_id not in found:
                ranked.append((4, term.label.lower(), term))
    ranked.sort(key=lambda r: (r[0], r[1]))
    return [t for *_, t in ranked[:limit]]


# writing tags into the file ---------------------------------------------------
def plan_write(lib: Library, case_id: str) -> TagWrite:
    """What writing the case's current tags (file plus user changes) into its file does."""
    path, file_tags = _file_tags(lib, case_id)
    user = lib.user.user_tags(case_id)
    facets = {f: TagState(file_tags[f], *user.get(f, ([], []))).effective for f in TAG_FACETS}
    try:
        old = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    new = rewrite_bytes(old, facets, lib.taxonomy, path)
    return TagWrite(case_id, path, facets, old, new, unified_diff(old, new, Path(path).name),
                    user)


def apply_write(lib: Library, plan: TagWrite, reindex: bool = True) -> None:
    """Write the planned bytes, drop the user tags now in the file, and re-index (or,
    with reindex False, leave that to the caller's next sync)."""
    try:
        current = Path(plan.path).read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {plan.path}: {exc.strerror or exc}") from None
    if current != plan.old:
        raise InputError(f"{plan.path} changed since the preview; preview the change again")
    if lib.user.user_tags(plan.case_id) != plan.user_tags:
        raise InputError(f"the tags of '{plan.case_id}' changed since the preview; "
                         "preview the change again")
    if plan.changed:
        try:
            paths.atomic_write(plan.path, plan.new)
        except OSError as exc:
            raise InputError(f"cannot write {plan.path}: {exc.strerror or exc}") from None
    lib.user.clear_user_tags(plan.case_id)
    if reindex:
        lib.reindex_case(plan.case_id)
