"""The facade: case folders -> parse -> validate -> store + index -> search."""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import sqlite3
import time
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casebook import limits, paths
from casebook.cases.files import FileStat, scan_folders, settings_stamp
from casebook.cases.model import Filters, Problem, SyncReport
from casebook.cases.taxonomy import Taxonomy, cached_taxonomy, load_taxonomy
from casebook.derived.store import Store
from casebook.derived.sync import Parsed, Scan, fill_report, plan, read_file, update
from casebook.errors import (
    DamagedStore,
    IndexRebuilding,
    InputError,
    LockTimeout,
    StorageError,
    TaxonomyError,
)
from casebook.facets import LISTED, TAG_FACETS
from casebook.userdata.db import UserDB

if TYPE_CHECKING:
    from filelock import FileLock

    from casebook.cases.folder_config import FolderConfig
    from casebook.derived.engine import Engine
    from casebook.evidence.compare import Comparison
    from casebook.evidence.map import EvidenceMap
    from casebook.userdata.backup import BackupInfo, RestoreReport
    from casebook.userdata.collections import Collections

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
log = logging.getLogger(__name__)


class Library:
    """One data folder and its case folders; the only door the CLI and GUI use."""

    def __init__(self, data_dir: Path | str | None = None,
                 folders: list[str] | None = None) -> None:
        self.data_dir = Path(data_dir) if data_dir else paths.default_data_dir()
        try:
            (self.data_dir / "derived").mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(f"cannot use the data folder {self.data_dir}: "
                               f"{exc.strerror or exc}") from None
        self.user = UserDB(self.data_dir / "user.db")
        self._collections: Collections | None = None
        configured = folders or self.user.setting("case_folders") or [str(paths.bundled_cases())]
        self.folders = [os.path.abspath(f) for f in configured]
        self._store: Store | None = None
        self._store_file: tuple[int, int] | None = None
        self._engine: Engine | None = None
        self.taxonomy_error: str | None = None
        self.taxonomy: Taxonomy = self._first_taxonomy()
        self._write_lock: FileLock | None = None
        self._notes: dict[str, dict[str, str]] = {}
        self._configs: list[FolderConfig] = []  # the folders' settings, read at each update

    # plumbing --------------------------------------------------------------
    @property
    def _lock(self) -> FileLock:
        """The lock of the data folder's writers (made when first needed: a search that
        finds the index up to date takes none)."""
        if self._write_lock is None:
            from filelock import FileLock

            self._write_lock = FileLock(str(self.data_dir / "write.lock"))
        return self._write_lock

    @property
    def collections(self) -> Collections:
        """The user's collections and saved searches (loaded when first used)."""
        if self._collections is None:
            from casebook.userdata.collections import Collections

            self._collections = Collections(self.user, lambda ids: self.store.case_rows(ids))
        return self._collections

    @property
    def derived_dir(self) -> Path:
        return self.data_dir / "derived"

    @property
    def store(self) -> Store:
        if self._store is None:
            with contextlib.suppress(OSError):  # gone for a moment while a rebuild replaces it
                self.derived_dir.mkdir(exist_ok=True)
            try:
                self._store = Store(self.derived_dir / "index.db")
                self._store_file = _file_id(self._store.path)
            except (DamagedStore, IndexRebuilding) as exc:
                with self._locked():  # a rebuild elsewhere ends; a damaged file is rebuilt
                    if isinstance(exc, DamagedStore):
                        log.warning("%s; the derived data is rebuilt from the case files", exc)
                        self._drop_derived()
                    else:
                        log.info("%s; opened again once no other process writes", exc)
                    self.derived_dir.mkdir(parents=True, exist_ok=True)
                    self._store = Store(self.derived_dir / "index.db")
                    self._store_file = _file_id(self._store.path)
        return self._store

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            from casebook.derived.engine import Engine

            self._engine = Engine(self.derived_dir / "whoosh")
            try:
                self._engine.open(create=False)  # reading an existing index takes no lock
            except StorageError:
                with self._locked():  # creating or resetting it is a write
                    if self._engine.open() and self.store.count_cases():
                        self.store.set_meta("dirty", "1")
        return self._engine

    def close(self) -> None:
        self.close_derived()
        self.user.close()

    def taxonomy_files(self) -> list[Path]:
        base = paths.resource("taxonomy.yaml")
        extras = [Path(f) / "taxonomy.yaml" for f in self.folders]
        return [base] + [p for p in extras if p.is_file()]

    def _load_taxonomy(self) -> Taxonomy:
        files = self.taxonomy_files()
        return cached_taxonomy(files[0], files[1:], self.derived_dir / "taxonomy.json")

    def _first_taxonomy(self) -> Taxonomy:
        """At start there is no last good taxonomy: a broken folder one falls back to the
        bundled one alone, with taxonomy_error set."""
        try:
            return self._load_taxonomy()
        except TaxonomyError as exc:
            self.taxonomy_error = f"{exc} (using the bundled taxonomy only)"
            log.warning("%s", self.taxonomy_error)
            return load_taxonomy(self.taxonomy_files()[0])

    def reload_taxonomy(self) -> bool:
        """Pick up taxonomy edits; keep the last good one if the new one is broken."""
        try:
            self.taxonomy = self._load_taxonomy()
        except TaxonomyError as exc:
            self.taxonomy_error = str(exc)
            log.warning("%s (keeping the taxonomy read before)", exc)
            return False
        self.taxonomy_error = None
        return True

    def _taxonomy_sha(self) -> str:
        digest = hashlib.sha256()
        for term in self.taxonomy.all_terms():
            digest.update(repr(term).encode())
        return digest.hexdigest()[:16]

    def set_folders(self, folders: list[str]) -> None:
        self.folders = [os.path.abspath(f) for f in folders]
        self.user.set_setting("case_folders", self.folders)
        self.reload_taxonomy()

    # folders written for something else (casebook.toml) ------------------
    def reference_folders(self) -> list[str]:
        """The case folders chosen in the app to be read as reference folders."""
        chosen = self.user.setting("reference_folders") or []
        return [str(f) for f in chosen] if isinstance(chosen, list) else []

    def set_reference(self, folder: str, reference: bool) -> None:
        """Read a folder as a reference folder (its files documents, not cases) or not;
        its files are read again at the next sync."""
        folder = os.path.abspath(folder)
        chosen = [f for f in self.reference_folders() if f != folder]
        self.user.set_setting("reference_folders", [*chosen, folder] if reference else chosen)

    def folder_configs(self) -> list[FolderConfig]:
        """Each case folder's settings: its casebook.toml and the kind chosen here."""
        from casebook.cases.folder_config import load_config

        chosen = set(self.reference_folders())
        return [load_config(f, f in chosen) for f in self.folders]

    def foreign_fields(self, folder: str) -> list[str] | None:
        """The required fields most indexed files of a case folder miss, when they look
        like a website's pages rather than case files (see problem_groups.looks_foreign);
        None while none of its files is indexed."""
        from casebook.cases.problem_groups import looks_foreign

        root = os.path.join(os.path.abspath(folder), "")
        files = self.folder_files(folder)
        if not files:
            return None
        rows = self.store.db.execute(
            "SELECT path, line, col, severity, message, code, detail FROM problems WHERE "
            "code = 'missing' AND substr(path, 1, ?) = ?", [len(root), root])
        return looks_foreign([Problem(*r) for r in rows], files)

    def folder_files(self, folder: str) -> int:
        """How many files of a case folder are indexed (or skipped as unreadable)."""
        root = os.path.join(os.path.abspath(folder), "")
        return int(self.store.db.execute("SELECT COUNT(*) FROM files WHERE substr(path, 1, "
                                         "?) = ?", [len(root), root]).fetchone()[0])

    def folder_keys(self, folder: str, limit: int = 1000) -> list[str]:
        """The front matter keys of a case folder's files that are not case fields (a
        website's date, description, topics...), most used first."""
        root = os.path.join(os.path.abspath(folder), "")
        counts: dict[str, int] = {}
        for (extra,) in self.store.db.execute("SELECT extra FROM cases WHERE substr(path, 1, "
                                              "?) = ? LIMIT ?", [len(root), root, limit]):
            for key in json.loads(extra or "{}"):
                counts[key] = counts.get(key, 0) + 1
        return sorted(counts, key=lambda k: (-counts[k], k))

    def _stamps(self) -> dict[str, str]:
        chosen = set(self.reference_folders())
        return {f: settings_stamp(f, f in chosen) for f in self.folders}

    # the user's own work, backed up ----------------------------------------
    def backup(self, target: str | os.PathLike[str]) -> BackupInfo:
        """Write the user's own work to one file (see userdata.backup)."""
        from casebook.userdata.backup import mark_backed_up, write_backup

        info = write_backup(self.user, target)
        mark_backed_up(self.user)
        return info

    def restore(self, source: str | os.PathLike[str]) -> RestoreReport:
        """Replace the user's own work by a backup's, keeping the replaced work as a backup
        of its own. The case folders follow the restored settings unless this library was
        opened on others; cases whose user tags changed are re-indexed at the next sync."""
        from casebook.userdata.backup import restore_backup

        configured = self.user.setting("case_folders") or [str(paths.bundled_cases())]
        followed = [os.path.abspath(f) for f in configured] == self.folders
        report = restore_backup(self.user, source)
        if followed:
            restored = self.user.setting("case_folders") or [str(paths.bundled_cases())]
            self.folders = [os.path.abspath(f) for f in restored]
            self.reload_taxonomy()
        rows = self.store.case_rows(sorted(report.retag))
        if rows:
            with self._locked():
                self.store.db.conn.executemany(
                    "UPDATE files SET mtime_ns = -1 WHERE path = ?",
                    [[str(row["path"])] for row in rows.values()])
        return report

    # syncing ---------------------------------------------------------------
    def needs_sync(self, scanned: Scan | None = None) -> bool:
        """`scanned`: the case folders' files, as cases.files.scan_folders found them."""
        _ = self.engine  # opening it flags a missing or damaged index for repair
        now = plan(self.store, self.folders, self._stamps(), scanned)
        return bool(now.changed or now.removed or self.store.meta("dirty") == "1"
                    or self.store.meta("taxonomy") != self._taxonomy_sha())

    def sync(self, rebuild: bool = False, progress: Progress | None = None,
             cancel: Cancel | None = None) -> SyncReport:
        """Bring the store and the index up to date with the case folders."""
        self.follow_rebuild()
        start = time.perf_counter()
        if rebuild:
            log.info("rebuilding the derived data in %s", self.derived_dir)
            with self._locked(), self._storage_errors():  # held to the end: none sees half
                self._drop_derived()
                report = self._update(progress, cancel)
            report.seconds = time.perf_counter() - start
            log.info("%s", report.summary())
            return report
        scanned = scan_folders(self.folders)  # once: the update takes what it found
        if not self.needs_sync(scanned):
            report = fill_report(self.store, SyncReport())
            report.seconds = time.perf_counter() - start
            return report
        with self._locked(), self._storage_errors():
            report = self._update(progress, cancel, scanned)
        report.seconds = time.perf_counter() - start
        log.info("%s", report.summary())
        return report

    @contextmanager
    def _storage_errors(self) -> Iterator[None]:
        """A full disk or a read-only file met while writing derived data: a clear error.
        The index is left marked for repair, and what was indexed stays searchable."""
        try:
            yield
        except (OSError, sqlite3.Error) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise StorageError(f"cannot write the index in {self.derived_dir}: {reason} "
                               "(is the disk full or the folder read-only?)") from None

    def reindex_case(self, case_id: str) -> SyncReport:
        """Re-read one case (after its user tags or its file changed) and re-index it."""
        row = self.store.case_row(case_id)
        if row is None:
            raise InputError(f"no case with id '{case_id}'")
        with self._locked():
            self.store.db.execute("UPDATE files SET mtime_ns = -1 WHERE path = ?", [row["path"]])
        return self.sync()

    def follow_rebuild(self) -> None:
        """Reopen the derived data if another process has rebuilt it since it was opened."""
        if self._store is None:
            return
        current = _file_id(self._store.path)
        if current is not None and current != self._store_file:
            try:
                with self._lock.acquire(timeout=0):  # not while the rebuild is still going
                    log.warning("the derived data in %s was rebuilt by another process; "
                                "reopened", self.derived_dir)
                    self.close_derived()
            except OSError:  # held (filelock's Timeout is an OSError) or not writable
                pass

    def _read_after_writer(self, read: Callable[[], Any]) -> Any:
        """Read again once any other process's rebuild is over: a case found by a search
        can be missing for a moment while the store is filled anew."""
        try:
            with self._lock.acquire(timeout=limits.LOCK_TIMEOUT_S):
                self.follow_rebuild()
                return read()
        except OSError:  # a read-only data folder, or a writer that takes too long
            return None

    def missing_folders(self) -> list[str]:
        return [f for f in self.folders if not os.path.isdir(f)]

    def _locked(self) -> Any:
        try:
            return self._lock.acquire(timeout=limits.LOCK_TIMEOUT_S)
        except TimeoutError:  # before OSError: filelock's Timeout is a TimeoutError
            raise LockTimeout(
                f"another Casebook process has been updating {self.data_dir} for over "
                f"{limits.LOCK_TIMEOUT_S:.0f} s; try again when it has finished") from None
        except OSError as exc:
            raise StorageError(f"cannot update the index in {self.data_dir}: "
                               f"{exc.strerror or exc} (is the folder read-only?); what is "
                               "already indexed can still be searched") from None

    def _drop_derived(self) -> None:
        """Replace the derived folder by an empty one. Renamed aside first, so a crash
        leaves either the old folder whole or the new one, never half of the old."""
        self.close_derived()
        for old in self.data_dir.glob("derived.old-*"):  # left by an earlier crash
            shutil.rmtree(old, ignore_errors=True)
        trash = self.data_dir / f"derived.old-{os.getpid()}"
        try:
            os.replace(self.derived_dir, trash)
        except OSError:  # e.g. files held open on Windows: delete in place
            trash = self.derived_dir
        shutil.rmtree(trash, ignore_errors=True)
        self.derived_dir.mkdir(parents=True, exist_ok=True)

    def close_derived(self) -> None:
        if self._engine is not None:
            self._engine.close()
            self._engine = None
        if self._store is not None:
            self._store.close()
            self._store = None

    def _update(self, progress: Progress | None, cancel: Cancel | None,
                scanned: Scan | None = None) -> SyncReport:
        self._notes = self.file_notes()
        self._configs = self.folder_configs()
        return update(self.store, self.engine, self.folders, self._taxonomy_sha(),
                      self.user.all_user_tags, self._read, progress, cancel,
                      taxonomy=self.taxonomy, configs=self._configs, scanned=scanned)

    def _read(self, st: FileStat, config: FolderConfig | None = None) -> Parsed:
        """Parse one file (see derived.sync.read_file) with its folder's settings (found
        by its folder's place in the list while syncing), and the note put on it if any."""
        if config is None and 0 <= st.order[0] < len(self._configs):
            config = self._configs[st.order[0]]
        parsed = read_file(st, self.taxonomy, config)
        note = self._notes.get(st.path)
        if note and parsed[0] is not None:
            parsed[0].problems.append(Problem(st.path, 1, 1, "warning", note["message"],
                                              note["code"]))
        return parsed

    # notes on files --------------------------------------------------------
    def file_notes(self) -> dict[str, dict[str, str]]:
        """path -> {"message", "code"}: what a feature above says of a file (a team
        library's conflict), shown among the file's problems."""
        notes = self.user.setting("file_notes") or {}
        return notes if isinstance(notes, dict) else {}

    def note_files(self, notes: dict[str, tuple[str, str] | None]) -> None:
        """Put a note (message, code) on files, or drop it (None); each file is read
        again at the next sync, so its problems show the change."""
        with self.user.transaction():
            current = self.file_notes()
            for path, note in notes.items():
                if note is None:
                    current.pop(path, None)
                else:
                    current[path] = {"message": note[0], "code": note[1]}
            self.user.db.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)",
                                 ["file_notes", json.dumps(current)])
        with self._locked():
            self.store.db.conn.executemany("UPDATE files SET mtime_ns = -1 WHERE path = ?",
                                           [[p] for p in notes])

    # reading ---------------------------------------------------------------
    def problems(self) -> list[Problem]:
        return self.store.problems()

    def case(self, case_id: str) -> dict[str, Any]:
        """One case as `show --json` gives it."""
        self.follow_rebuild()
        row = self.store.case_row(case_id) if case_id.isprintable() else None
        if row is None and case_id.isprintable():
            row = self._read_after_writer(lambda: self.store.case_row(case_id))
        if row is None:
            raise InputError(f"no case with id {case_id!r}")
        tags = self.store.tags_of([case_id])[case_id]
        out: dict[str, Any] = {
            "id": row["id"], "title": row["title"], "summary": row["summary"],
            "country": json.loads(row["country"]), "place": row["place"],
            "region": row["region"], "level": row["level"], "year_start": row["year_start"],
            "year_end": row["year_end"], "sectors": tags.get("sectors", []),
        }
        for facet in TAG_FACETS:
            out[facet] = tags.get(facet, [])
            out["user_" + facet] = tags.get("_user_" + facet, [])
        details = {d["id"]: d for d in json.loads(row["outcomes"] or "[]")}
        out["outcomes"] = [details.get(term) or {"id": term, "result": None, "evidence": None,
                                                 "source": None, "note": None}
                           for term in out["outcomes"]]
        out["verdict"] = row["verdict"]
        out["free_tags"] = tags.get("tags", [])
        out.update({
            "metrics": json.loads(row["metrics"]), "sources": json.loads(row["sources"]),
            "language": row["language"], "translation_of": row["translation_of"],
            "translations": self.store.translations(case_id),
            "licence": row["licence"], "attribution": row["attribution"],
            "origin": json.loads(row["origin"]) if row["origin"] else None,
            "updated": row["updated"],
            "extra": json.loads(row["extra"]), "path": row["path"], "body": row["body"],
            "sections": {s[0]: s[2] for s in json.loads(row["sections"])},
            "problems": [p.to_json() for p in self.store.problems(row["path"])],
        })
        return out

    def search(self, query: str = "", filters: Filters | None = None, sort: str = "relevance",
               limit: int = 20, offset: int = 0, strict: bool = False) -> Any:
        """Cases for a query and filters; a plain query matches the cases with most of its
        words (see search.run_search), or all of them when `strict`."""
        from casebook.derived.search import run_search

        self.follow_rebuild()
        try:
            return run_search(self, query, filters or Filters(), sort, limit, offset, strict)
        except IndexRebuilding as exc:
            log.warning("%s; searching again once it is done", exc)
            # The rebuilding process holds the lock until it is done; searching before letting
            # go keeps a third process from starting another rebuild in between.
            with self._locked():
                self.follow_rebuild()
                return run_search(self, query, filters or Filters(), sort, limit, offset,
                                  strict)

    def evidence_map(self, query: str = "", filters: Filters | None = None,
                     rows: str = "challenges", cols: str = "strategies",
                     min_evidence: str | None = None,
                     within: list[str] | None = None,
                     counted: Collection[str] | None = None) -> EvidenceMap:
        """The evidence map over the cases a search counts, or only those of them listed
        in `within` (a collection's), see evidence.map. `counted`: the cases that search
        counted, when a SearchResult already holds them (its `counted`)."""
        from casebook.evidence.from_store import evidence_map

        self.follow_rebuild()
        return evidence_map(self, query, filters or Filters(), rows, cols, min_evidence,
                            within, counted)

    def compare(self, ids: list[str]) -> Comparison:
        """Two to five cases side by side (see evidence.compare)."""
        from casebook.evidence.compare import check_ids, compare

        check_ids(ids)
        cases = [self.case(i) for i in ids]
        seen: dict[str, str] = {}
        for case in cases:
            family = case.get("translation_of") or case["id"]
            if family in seen:
                raise InputError(f"'{case['id']}' and '{seen[family]}' are the same case in "
                                 "two languages; compare takes each case once")
            seen[family] = case["id"]
            seen.setdefault(case["id"], case["id"])
        return compare(cases)

    def nearest_terms(self, query: str) -> list[tuple[str, str]]:
        """(facet, id) of the taxonomy terms nearest a query's words that some case has
        (offered when nothing matched)."""
        from casebook.derived.search import nearest_terms

        used = self.term_counts()
        return nearest_terms(self.taxonomy, query, lambda facet, term_id:
                             used.get(facet, {}).get(term_id, 0) > 0)

    def term_counts(self) -> dict[str, dict[str, int]]:
        """Cases per (facet, term) over the whole library, drafts left out: the facet
        cache's (store.term_counts counts the same in SQL, seconds at 50,000 cases)."""
        from casebook.derived.facet_cache import catalog_for

        return catalog_for(self.store).facet_counts(None)

    def related(self, case_id: str, n: int = 5) -> list[tuple[str, str]]:
        """(id, title) of the cases closest to one: shared tags plus more-like-this."""
        row = self.store.case_row(case_id)
        if row is None:
            return []
        scores: dict[str, float] = {}
        for other, score in self.engine.more_like(case_id, row["plain"] or "", top=10):
            scores[other] = scores.get(other, 0.0) + min(score / 10.0, 2.0)
        mine = self.store.tags_of([case_id])[case_id]
        for other, shared in self.store.shared_tags(case_id, TAG_FACETS).items():
            scores[other] = scores.get(other, 0.0) + shared / max(1, sum(
                len(mine.get(f, [])) for f in TAG_FACETS)) * 3.0
        scores.pop(case_id, None)
        best = sorted(scores, key=lambda i: -scores[i])[:n]
        titles = self.store.case_rows(best)
        return [(i, titles[i]["title"]) for i in best if i in titles]

    def tag_listing(self) -> dict[str, list[dict[str, Any]]]:
        """Every taxonomy term with its case count (zero included), then free tags."""
        counts = self.term_counts()
        out: dict[str, list[dict[str, Any]]] = {}
        for facet in TAG_FACETS:
            used = counts.get(facet, {})
            terms = self.taxonomy.terms[facet]
            rows: list[dict[str, Any]] = [
                {"id": t.id, "label": t.label, "description": t.description,
                 "count": used.get(t.id, 0), "free": False}
                for t in terms.values()
            ]
            rows += [{"id": k, "label": k, "description": "", "count": n, "free": True}
                     for k, n in sorted(used.items()) if k not in terms]
            out[facet] = rows
        for facet in (f for f in LISTED if f not in TAG_FACETS):
            out[facet] = [{"name": k, "count": n} for k, n in
                          sorted(counts.get(facet, {}).items(), key=lambda kv: (-kv[1], kv[0]))]
        return out

    def check_paths(self, targets: list[str]) -> tuple[list[Problem], int]:
        """Validate files or folders directly, without touching the index. A file is read
        with the settings (casebook.toml, kind) of the case folder or the folder named that
        holds it, else of its own folder."""
        from casebook.cases.files import expand_paths
        from casebook.cases.folder_config import load_config

        problems: list[Problem] = []
        owners: dict[str, str] = {}
        files = expand_paths(targets)
        self._notes = self.file_notes()
        roots = sorted({*self.folders, *(os.path.abspath(t) for t in targets
                                         if os.path.isdir(t))}, key=len, reverse=True)
        chosen = set(self.reference_folders())
        configs: dict[str, FolderConfig] = {}
        for path in files:
            root = next((r for r in roots if path.startswith(os.path.join(r, ""))),
                        os.path.dirname(path))
            if root not in configs:
                configs[root] = load_config(root, root in chosen)
                problems += configs[root].problems
            try:
                st = os.stat(path)
            except OSError as exc:
                problems.append(Problem(path, 1, 1, "error", f"skipped: {exc.strerror}",
                                        "unreadable"))
                continue
            case, _, row = self._read(FileStat(path, st.st_size, st.st_mtime_ns, (0, path)),
                                      configs[root])
            if case is None:
                problems.append(Problem(path, 1, 1, "error", f"skipped: {row.reason}",
                                        "unreadable"))
                continue
            problems += case.problems
            first = owners.setdefault(case.declared_id, path)
            if first != path:
                problems.append(Problem(path, *case.id_pos, "error", f"duplicate id "
                                        f"'{case.declared_id}': also used by {first}",
                                        "duplicate-id"))
        return problems, len(files)


def _file_id(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino
