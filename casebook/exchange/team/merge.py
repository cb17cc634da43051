"""Committing the user's work, merging the team's, and writing the result into the case
folder so that a kill at any moment leaves each file whole and the next update finishes.

A conflict never reaches the case folder as markers: the user's version stays in place and
the other one is returned, to be kept outside every case folder."""

from __future__ import annotations

import glob
import json
import logging
import os
import secrets
import socket
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casebook import paths
from casebook.exchange.team.files import local_changes
from casebook.exchange.team.git import pygit, signature

if TYPE_CHECKING:
    import pygit2

log = logging.getLogger(__name__)
MARKER = "casebook-update.json"  # in .git: the update being written into the folder


@dataclass
class Clash:
    """One file both sides changed: theirs is the other version (None: they deleted it)."""

    path: str
    theirs: bytes | None
    mine_deleted: bool = False


@dataclass
class Applied:
    new_files: list[str] = field(default_factory=list)
    changed: int = 0
    clashes: list[Clash] = field(default_factory=list)


def commit_local(repo: pygit2.Repository, message: str, author: str | None,
                 data_dir: Path | None, only: list[str] | None = None) -> str | None:
    """Commit the library files the user changed (or just `only`); the new commit's id."""
    changes = local_changes(repo, data_dir)
    if only is not None:
        changes = {p: k for p, k in changes.items() if p in only}
    if not changes:
        return None
    index = repo.index
    index.read()
    for rel, kind in sorted(changes.items()):
        if kind == "deleted":
            if rel in index:
                index.remove(rel)
        else:
            index.add(rel)
    tree = index.write_tree()
    parents = [] if repo.head_is_unborn else [repo.head.target]
    sig = signature(author)
    oid = repo.create_commit("HEAD", sig, sig, message, tree, parents)
    index.write()
    log.info("committed %d file(s) in %s: %s", len(changes), repo.workdir, message)
    return str(oid)


def default_message(changes: dict[str, str]) -> str:
    added = sum(k == "new" for k in changes.values())
    edited = sum(k == "changed" for k in changes.values())
    removed = sum(k == "deleted" for k in changes.values())
    parts = [f"{n} {w}" for n, w in ((added, "added"), (edited, "changed"),
                                      (removed, "removed")) if n]
    return f"Casebook: {', '.join(parts) or 'no change'} on {socket.gethostname()}"


def merge(repo: pygit2.Repository, theirs_oid: Any, branch: str) -> tuple[Any, list[Clash]]:
    """The commit to move to (theirs itself for a fast-forward) and the clashes, each
    resolved as the user's version in the merge commit."""
    pg = pygit()
    analysis, _ = repo.merge_analysis(theirs_oid)
    kinds = pg.enums.MergeAnalysis
    if analysis & kinds.UP_TO_DATE:
        return None, []
    if analysis & (kinds.FASTFORWARD | kinds.UNBORN):
        return theirs_oid, []
    head = repo.head.target
    index = repo.merge_commits(head, theirs_oid)
    clashes: list[Clash] = []
    if index.conflicts is not None:
        for ancestor, ours, theirs in list(index.conflicts):
            path = (ours or theirs or ancestor).path
            del index.conflicts[path]
            if ours is not None:
                index.add(ours)
            data = _blob(repo, theirs.id) if theirs is not None else None
            clashes.append(Clash(path, data, mine_deleted=ours is None))
    tree = index.write_tree(repo)
    sig = signature(None)
    kept = f" ({len(clashes)} changed on both sides: your version kept)" if clashes else ""
    commit = repo.create_commit(None, sig, sig, f"Casebook: update from the team library"
                                f"{kept}", tree, [head, theirs_oid])
    return commit, clashes


def apply(repo: pygit2.Repository, new: Any, branch: str) -> Applied:
    """Move the branch to `new`, writing each changed file whole; a marker in .git says
    what is being done until it is done (see recover)."""
    old = repo.head.target if not repo.head_is_unborn else None
    marker = Path(repo.path) / MARKER
    paths.atomic_write(marker, json.dumps({"old": str(old) if old else None, "new": str(new),
                                           "branch": branch}).encode())
    return _write(repo, old, new, branch, marker)


def recover(repo: pygit2.Repository) -> Applied | None:
    """Finish an update a kill interrupted (a marker is left): None when there was none."""
    marker = Path(repo.path) / MARKER
    try:
        data = json.loads(marker.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        log.warning("an unreadable update marker in %s was dropped", repo.path)
        marker.unlink(missing_ok=True)
        return None
    pg = pygit()
    log.warning("finishing an update of %s that was interrupted", repo.workdir)
    old = pg.Oid(hex=data["old"]) if data.get("old") else None
    return _write(repo, old, pg.Oid(hex=data["new"]), data["branch"], marker, recovering=True)


def _write(repo: pygit2.Repository, old: Any, new: Any, branch: str, marker: Path,
           recovering: bool = False) -> Applied:
    pg = pygit()
    root = Path(repo.workdir)
    new_tree = repo[new].peel(pg.Tree)
    old_tree: Any = repo[old].peel(pg.Tree) if old is not None else repo[
        repo.TreeBuilder().write()]
    diff = old_tree.diff_to_tree(new_tree)
    index = repo.index
    index.read()
    out = Applied()
    status = pg.enums.DeltaStatus
    for delta in diff.deltas:
        if pg.enums.FileMode.COMMIT in (delta.old_file.mode, delta.new_file.mode):
            continue  # a submodule: never fetched, never written
        deleted = delta.status == status.DELETED
        rel = delta.old_file.path if deleted else delta.new_file.path
        before = None if delta.status == status.ADDED else _blob(repo, delta.old_file.id)
        after = None if deleted else _blob(repo, delta.new_file.id)
        target = root / rel
        if recovering:  # a file the kill caught half-written, beside the one it replaced
            for stale in target.parent.glob(f".{glob.escape(target.name)}.*.tmp"):
                stale.unlink(missing_ok=True)
        current = _read(target)
        kept = False
        if current != after:
            if current != before:  # the user's own edit, not yet committed: it stays
                out.clashes.append(Clash(rel, after, mine_deleted=current is None))
                kept = True
            elif after is None:
                target.unlink(missing_ok=True)
            else:
                _replace(target, after, delta.new_file.mode == pg.enums.FileMode.BLOB_EXECUTABLE)
        if after is None:
            if rel in index:
                index.remove(rel)
        elif kept or delta.new_file.mode == pg.enums.FileMode.LINK:
            index.add(pg.IndexEntry(rel, delta.new_file.id, delta.new_file.mode))
        else:
            index.add(rel)  # from the file just written: the index keeps its size and time
            if delta.status == status.ADDED and rel.endswith(".md"):
                out.new_files.append(rel)
        out.changed += 1
    index.write()
    ref = f"refs/heads/{branch}"
    repo.references.create(ref, new, force=True)
    if repo.head_is_unborn or repo.head.name != ref:
        repo.set_head(ref)
    marker.unlink(missing_ok=True)
    return out


def _replace(target: Path, data: bytes, executable: bool) -> None:
    """Write a file whole: a temporary file beside it, renamed over it. Not synced to disk
    (git does not either): a kill leaves the old file or the new one."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.parent / f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
    try:
        tmp.write_bytes(data)
        if executable:
            os.chmod(tmp, 0o755)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _blob(repo: pygit2.Repository, oid: Any) -> bytes:
    data: bytes = repo[oid].read_raw()
    return data


def _read(path: Path) -> bytes | None:
    if path.is_symlink():
        return b""  # never equal to a blob: left alone
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        return b""
