"""Which files of a team library are its own (shared), and which of them the user changed."""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from casebook import limits

if TYPE_CHECKING:
    import pygit2

IMAGES = (".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp")
ROOT_FILES = {"taxonomy.yaml", "casebook.toml", "README.txt", "_template.md", ".gitignore",
              ".gitlab-ci.yml", ".github/workflows/casebook.yml"}
COLLECTIONS = "collections"
# editors' swap, lock and backup files, and the desktop's own
_JUNK_SUFFIXES = ("~", ".swp", ".swo", ".swx", ".bak", ".orig", ".rej", ".tmp", ".part",
                  ".kate-swp")
_JUNK_PREFIXES = (".#", "#", ".~lock.", "~$")
_JUNK_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}


def is_library_file(rel: str) -> bool:
    """A path (relative, '/'-separated) that `library share` may commit: case files,
    the template, taxonomy.yaml, casebook.toml, images, shared collections, and the
    README and CI workflow that `library init` writes. Never hidden or `_` folders (drafts,
    tools' settings), editor swap or backup files."""
    if rel in ROOT_FILES:
        return True
    parts = PurePosixPath(rel).parts
    name = parts[-1]
    if name in _JUNK_NAMES or name.startswith(_JUNK_PREFIXES) or name.endswith(_JUNK_SUFFIXES):
        return False
    if any(p.startswith((".", "_")) for p in parts):
        return False
    lower = name.lower()
    if parts[0] == COLLECTIONS and len(parts) == 2:
        return lower.endswith(".json")
    return lower.endswith(".md") or lower.endswith(IMAGES)


def shareable(root: Path, rel: str, data_dir: Path | None) -> bool:
    """A library file that is a plain file of a sane size, outside the data folder."""
    if not is_library_file(rel):
        return False
    path = root / rel
    if path.is_symlink():
        return False
    if data_dir is not None and _inside(data_dir, root) and _inside(path, data_dir):
        return False  # a data folder kept inside the library (the library is not in it)
    try:
        return path.is_file() and path.stat().st_size <= limits.TEAM_FILE_BYTES
    except OSError:
        return False


def _inside(path: Path, folder: Path) -> bool:
    try:
        Path(os.path.realpath(path)).relative_to(os.path.realpath(folder))
    except ValueError:
        return False
    return True


def local_changes(repo: pygit2.Repository, data_dir: Path | None = None) -> dict[str, str]:
    """rel path -> 'new', 'changed' or 'deleted': the library files that differ from the
    last commit (the user's work not committed yet)."""
    pg = __import__("pygit2")
    flags = pg.enums.FileStatus
    root = Path(repo.workdir)
    out: dict[str, str] = {}
    for rel, status in repo.status(untracked_files="all", ignored=False).items():
        if status & flags.WT_NEW or (status & flags.INDEX_NEW and not status & flags.WT_DELETED):
            kind = "new"
        elif status & (flags.WT_DELETED | flags.INDEX_DELETED):
            kind = "deleted"
        elif status & (flags.WT_MODIFIED | flags.INDEX_MODIFIED | flags.WT_TYPECHANGE
                       | flags.INDEX_TYPECHANGE | flags.WT_RENAMED | flags.INDEX_RENAMED):
            kind = "changed"
        else:
            continue
        if kind == "deleted":
            if is_library_file(rel):
                out[rel] = kind
        elif shareable(root, rel, data_dir):
            out[rel] = kind
    return out
