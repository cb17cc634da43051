"""Bringing the store and the search index up to date with the case folders.

Scan the folders, parse what changed, give each case one id, store cases, tags and
problems in one transaction, then index them; after a crash, make the index agree.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from casebook import limits
from casebook.cases.files import SETTINGS_FILE, FileStat, scan_folders
from casebook.cases.model import Case, IndexDoc, Problem, SyncReport
from casebook.cases.text import markdown_to_plain
from casebook.derived.store import FileRow, Store, TermNames, index_doc, tag_rows, tags_from_rows
from casebook.errors import Cancelled, Unreadable

if TYPE_CHECKING:
    from casebook.cases.folder_config import FolderConfig
    from casebook.cases.taxonomy import Taxonomy
    from casebook.derived.engine import Engine

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
Parsed = tuple[Case | None, str, FileRow]
Read = Callable[[FileStat], Parsed]
UserTags = Mapping[str, Mapping[str, tuple[list[str], list[str]]]]
BULK_AT = 500  # a first build of this many cases uses the multi-process writer
STAMPS = "folder_stamps"  # meta: folder -> the stamp of its settings when last read
REFERENCE = "reference_folders"  # meta: the folders read as reference folders


@dataclass
class Plan:
    """What the case folders hold now against what the store last saw."""

    found: dict[str, FileStat]
    missing: list[str]  # folders that cannot be read: their cases stay
    changed: list[str]
    removed: list[str]
    known: dict[str, FileRow]  # what the store last saw of each file

Scan = tuple[dict[str, FileStat], list[str]]  # what cases.files.scan_folders found


def plan(store: Store, folders: list[str], stamps: Mapping[str, str] | None = None,
         scanned: Scan | None = None) -> Plan:
    """`stamps` (folder -> cases.files.settings_stamp): every file of a folder whose
    settings changed since the last update is read again. `scanned`: the folders' files
    as a scan just before found them (not scanned again)."""
    found, missing = scanned if scanned is not None else scan_folders(folders)
    known = store.files()
    stale = _stale(store, folders, stamps)
    changed = [p for p, st in found.items()
               if (row := known.get(p)) is None or (row.size, row.mtime_ns)
               != (st.size, st.mtime_ns) or _retry(row) or st.order[0] in stale]
    gone_roots = tuple(os.path.join(m, "") for m in missing)
    removed = [p for p in known if p not in found and not p.startswith(gone_roots)]
    return Plan(found, missing, changed, removed, known)


def _stale(store: Store, folders: list[str], stamps: Mapping[str, str] | None) -> set[int]:
    """The indexes of the folders whose settings differ from those last read."""
    if not stamps:
        return set()
    before = json.loads(store.meta(STAMPS) or "{}")
    return {n for n, f in enumerate(folders) if stamps.get(f, "-") != before.get(f, "-")}


def _keep_settings(store: Store, configs: list[FolderConfig] | None) -> None:
    """Remember each folder's settings as read, with what is wrong in its casebook.toml;
    a folder no longer listed takes its casebook.toml's problems with it."""
    if configs is None:
        return
    before = json.loads(store.meta(STAMPS) or "{}")
    now = {c.folder: c.stamp for c in configs if c.stamp != "-"}
    for folder in set(before) - {c.folder for c in configs}:
        store.put_problems(os.path.join(folder, SETTINGS_FILE), None, [])
    for config in configs:
        store.put_problems(config.path, None, config.problems)
    store.set_meta(STAMPS, json.dumps(now, sort_keys=True))
    store.set_meta(REFERENCE, json.dumps([c.folder for c in configs if c.reference]))


def reference_ids(store: Store) -> set[str]:
    """The documents of the folders read as reference folders at the last update."""
    found: set[str] = set()
    for folder in json.loads(store.meta(REFERENCE) or "[]"):
        root = os.path.join(folder, "")
        found.update(r[0] for r in store.db.execute(
            "SELECT id FROM cases WHERE substr(path, 1, ?) = ?", [len(root), root]))
    return found


def read_file(st: FileStat, taxonomy: Taxonomy, config: FolderConfig | None = None) -> Parsed:
    """Parse one file; (None, '', row with reason) when it cannot be read. `config`, its
    folder's casebook.toml and kind, is applied to the file as it is read.
    The plain text ('' here) is made when the case is stored: less held in memory."""
    from casebook.cases.parsing import decode, parse_text  # loaded when a file changed
    from casebook.cases.validation import build_case

    try:
        with open(st.path, "rb") as handle:
            data = handle.read(limits.MAX_FILE_BYTES + 1)
        sha = hashlib.sha256(data).hexdigest()
        text = decode(data)
    except Unreadable as exc:
        return None, "", FileRow(st.path, st.size, st.mtime_ns, "", None, None, str(exc))
    except OSError as exc:
        reason = "permission denied" if isinstance(exc, PermissionError) else (
            f"cannot read file: {exc.strerror or exc}")
        return None, "", FileRow(st.path, st.size, st.mtime_ns, "", None, None, reason)
    doc = parse_text(st.path, text)
    if config is not None and config.foreign:
        from casebook.cases.folder_config import apply_config, settle

        apply_config(doc, config, taxonomy)
        case = build_case(doc, taxonomy)
        settle(case, doc, config)
    else:
        case = build_case(doc, taxonomy)
    row = FileRow(st.path, st.size, st.mtime_ns, sha, case.declared_id, None, None)
    return case, "", row


def term_names(taxonomy: Taxonomy | None) -> TermNames | None:
    """(facet, id, language) -> the term's label and aliases, in English and in the case's
    language when the taxonomy has them (the id of a free tag), for indexing. An English
    case's tag names stay English, so other languages' names never move its ranking."""
    if taxonomy is None:
        return None

    def names(facet: str, term_id: str, language: str = "en") -> list[str]:
        term = taxonomy.term(facet, term_id)
        if term is None:
            return [term_id]
        wording = term.wording(language) if language != "en" else None
        extra = [wording.label, *wording.aliases] if wording else []
        return [term.label, *term.aliases, *(n for n in extra if n)]

    return names


def update(store: Store, engine: Engine, folders: list[str], taxonomy_sha: str,
           user_tags: Callable[[], UserTags], read: Read, progress: Progress | None = None,
           cancel: Cancel | None = None, taxonomy: Taxonomy | None = None,
           configs: list[FolderConfig] | None = None,
           scanned: Scan | None = None) -> SyncReport:
    """Bring the store and the index up to date; the caller holds the write lock.
    The index holds the names `taxonomy` gives a case's terms (their ids without it).
    `configs`, one per folder, are the settings `read` applies: a folder whose settings
    changed is read again whole. `scanned`: the folders' files, as plan() takes them."""
    report = SyncReport()
    names = term_names(taxonomy)
    if store.meta("dirty") == "1":
        report.repaired = reconcile(store, engine, names)
    now = plan(store, folders, None if configs is None else {c.folder: c.stamp
                                                              for c in configs}, scanned)
    found, changed, known = now.found, now.changed, now.known
    if not known and len(changed) >= BULK_AT and engine.doc_count() == 0:
        report.added = _first_build(store, engine, found, changed, read, names, user_tags(),
                                    progress, cancel)
        with store.transaction():
            _keep_settings(store, configs)
        store.set_meta("taxonomy", taxonomy_sha)
        store.set_meta("dirty", "0")
        return fill_report(store, report)
    retagged = store.meta("taxonomy") != taxonomy_sha  # new names: every case re-indexed
    if retagged:
        changed = sorted(set(changed) | {p for p in found if p in known})
    parsed: dict[str, Parsed] = {}
    total = len(changed)
    for n, path in enumerate(sorted(changed, key=lambda p: found[p].order), 1):
        if cancel is not None and cancel():
            raise Cancelled("indexing was cancelled; the index is unchanged")
        parsed[path] = read(found[path])
        if progress is not None:
            progress(n, total)
    declared = {p: r.declared_id for p, r in known.items() if p in found}
    declared.update({p: row.declared_id for p, (_, _, row) in parsed.items()})
    owners, assigned = _assign_ids(declared, found)
    for path, case_id in assigned.items():
        if path not in parsed and known[path].case_id != case_id:
            parsed[path] = read(found[path])
    upserts: list[str] = []
    deletes: list[str] = []
    tags = user_tags()
    store.set_meta("dirty", "1")
    with store.transaction():
        for path in now.removed:
            old_id = known[path].case_id
            store.drop_file(path)
            if old_id and owners.get(old_id) is None:
                store.delete_case(old_id)
                deletes.append(old_id)
            report.removed += 1
        for path in list(parsed):  # popped: each case's text is freed once it is stored
            case, _, row = parsed.pop(path)
            old = known.get(path)
            if old and old.case_id and owners.get(old.case_id) is None:
                store.delete_case(old.case_id)
                deletes.append(old.case_id)
            if case is None:
                store.put_file(row)
                store.put_problems(path, None, [Problem(
                    path, 1, 1, "error", f"skipped: {row.reason}", "unreadable")])
                continue
            _store_case(store, case, row, assigned[path], owners, tags)
            upserts.append(case.id)
            if old is None:
                report.added += 1
            else:
                report.changed += 1
        _keep_settings(store, configs)
        store.set_meta("taxonomy", taxonomy_sha)
    parsed.clear()  # the parsed text is in the store now; free it before indexing
    empty = engine.doc_count() == 0
    shas_before = engine.stored(upserts) if upserts and not empty and not retagged else {}
    docs = (d for d in store.index_docs(upserts, names) if shas_before.get(d.id) != d.sha)
    if upserts or deletes:  # streamed: the engine skips a commit with no changes
        engine.write(docs, deletes, bulk=empty and len(upserts) >= BULK_AT)
    store.set_meta("dirty", "0")
    return fill_report(store, report)


def _first_build(store: Store, engine: Engine, found: dict[str, FileStat], changed: list[str],
                 read: Read, names: TermNames | None, tags: UserTags,
                 progress: Progress | None, cancel: Cancel | None) -> int:
    """A first build, streamed: each file is parsed, stored and handed to the index's
    sub-processes at once, so they index while the next files are parsed (the files are
    read in folder order, so the first file to declare an id keeps it, as _assign_ids
    decides). A translation whose original comes later is checked at the end. Returns
    the number of cases stored."""
    owners: dict[str, str] = {}
    waiting: list[tuple[Case, FileRow]] = []  # translations of a case not yet read
    total = len(changed)
    store.set_meta("dirty", "1")

    def cases() -> Iterator[IndexDoc]:
        for n, path in enumerate(sorted(changed, key=lambda p: found[p].order), 1):
            if cancel is not None and cancel():
                raise Cancelled("indexing was cancelled; the index is unchanged")
            case, _, row = read(found[path])
            if progress is not None:
                progress(n, total)
            if case is None:
                store.put_file(row)
                store.put_problems(path, None, [Problem(
                    path, 1, 1, "error", f"skipped: {row.reason}", "unreadable")])
                continue
            want = case.declared_id or ""
            case_id, k = want, 1
            while case_id in owners:
                k += 1
                case_id = f"{want}-duplicate-{k}"
            owners[case_id] = path
            if case.translation_of and case.translation_of not in owners:
                waiting.append((case, row))
            yield _store_case(store, case, row, case_id, owners, tags, check_translation=False,
                              names=names)

    with store.transaction():
        engine.write(cases(), [], bulk=True)
        for case, row in waiting:
            if case.translation_of not in owners:
                case.problems.append(_no_original(case, row.path))
                store.put_problems(row.path, case.id, case.problems)
                store.db.execute("UPDATE cases SET problems = ? WHERE id = ?",
                                 [len(case.problems), case.id])
    return len(owners)


def _no_original(case: Case, path: str) -> Problem:
    return Problem(path, *case.translation_pos, "warning",
                   f"translation_of '{case.translation_of}' names no case in the library",
                   "translation")


def _assign_ids(declared: dict[str, str | None],
                found: dict[str, FileStat]) -> tuple[dict[str, str], dict[str, str]]:
    """One id per case: the first file (folder order, then path) keeps a shared id, the
    others get ID-duplicate-N. Returns id -> path and path -> id."""
    owners: dict[str, str] = {}
    assigned: dict[str, str] = {}
    for path in sorted((p for p, d in declared.items() if d), key=lambda p: found[p].order):
        want = declared[path] or ""
        n = 1
        case_id = want
        while case_id in owners:
            n += 1
            case_id = f"{want}-duplicate-{n}"
        owners[case_id] = path
        assigned[path] = case_id
    return owners, assigned


def _store_case(store: Store, case: Case, row: FileRow, case_id: str, owners: dict[str, str],
                user_tags: UserTags, check_translation: bool = True,
                names: TermNames | None = None) -> IndexDoc:
    """Store a case (its fingerprint worked out first: the row is written once) and give
    what the index takes of it, the same as Store.index_docs reads back."""
    path = row.path
    case.id = case_id
    if case.id != case.declared_id:
        winner = owners[case.declared_id]
        case.problems.append(Problem(
            path, *case.id_pos, "error",
            f"duplicate id '{case.declared_id}': also used by {winner}; this file "
            f"is listed as '{case.id}' until the id is changed", "duplicate-id"))
    if check_translation and case.translation_of and case.translation_of not in owners:
        case.problems.append(_no_original(case, path))
    rows, effective = tag_rows(case, dict(user_tags.get(case.id, {})))
    sha = _doc_sha(row.sha, case.id, effective)
    plain = markdown_to_plain(case.body)
    store.put_case(case, sha, plain, {}, rows)
    store.put_problems(path, case.id, case.problems)
    store.put_file(FileRow(path, row.size, row.mtime_ns, row.sha, case.declared_id, case.id,
                           None))
    return index_doc(case.id, sha, case.title, case.summary, plain,
                     (s.heading for s in case.sections), case.country, case.place,
                     case.region, case.level, case.language, tags_from_rows(rows), names)


def reconcile(store: Store, engine: Engine, names: TermNames | None = None) -> bool:
    """After a crash: make the search index agree with the store."""
    shas = store.shas()
    stored = engine.stored() if engine.doc_count() else {}
    deletes = [i for i in stored if i not in shas]
    todo = [i for i, sha in shas.items() if stored.get(i) != sha]
    if deletes or todo:
        log.warning("the search index disagreed with the store in %s (an update was "
                    "interrupted); repaired: %d case(s) indexed again, %d removed",
                    store.path.parent, len(todo), len(deletes))
        engine.write(store.index_docs(todo, names), deletes,
                     bulk=not stored and len(todo) >= BULK_AT)
    store.set_meta("dirty", "0")
    return bool(deletes or todo)


def fill_report(store: Store, report: SyncReport) -> SyncReport:
    """The report's totals: cases, files with problems, files skipped."""
    db = store.db
    report.total = store.count_cases()
    report.with_problems = db.execute(
        "SELECT COUNT(DISTINCT path) FROM problems").fetchone()[0]
    report.skipped = db.execute(
        "SELECT COUNT(*) FROM files WHERE reason IS NOT NULL").fetchone()[0]
    return report


def _retry(row: FileRow) -> bool:
    """A file skipped for a reason that can pass without the file changing (permissions)."""
    return row.reason is not None and row.reason.startswith(("permission denied",
                                                             "cannot read file"))


def _doc_sha(file_sha: str, case_id: str, tags: dict[str, list[str]]) -> str:
    digest = hashlib.sha256(f"{file_sha}|{case_id}|{json.dumps(tags, sort_keys=True)}".encode())
    return digest.hexdigest()[:20]
