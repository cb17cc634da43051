"""Finding case files below the case folders, with their fingerprints."""

from __future__ import annotations

import hashlib
import os
from typing import NamedTuple

SETTINGS_FILE = "casebook.toml"  # a case folder's own settings (see cases.folder_config)
MAX_SETTINGS_BYTES = 256 * 1024


class FileStat(NamedTuple):  # a tuple: made fast, one per file at every sync
    path: str
    size: int
    mtime_ns: int
    order: tuple[int, str]


def is_hidden(name: str) -> bool:
    return name.startswith((".", "_"))


def scan_folders(folders: list[str]) -> tuple[dict[str, FileStat], list[str]]:
    """Every case file under the folders, and the folders that could not be read."""
    found: dict[str, FileStat] = {}
    missing: list[str] = []
    for index, folder in enumerate(folders):
        if not os.path.isdir(folder):
            missing.append(folder)
            continue
        root = os.path.abspath(folder)  # the entries' paths below it are absolute and normal
        cut = len(os.path.join(root, ""))
        stack = [root]
        while stack:
            current = stack.pop()
            try:
                with os.scandir(current) as entries:
                    for entry in entries:
                        name = entry.name
                        if name.startswith((".", "_")):
                            continue
                        try:
                            if entry.is_dir(follow_symlinks=False):
                                stack.append(entry.path)
                            elif name.lower().endswith(".md") and entry.is_file():
                                path = entry.path
                                if path not in found:
                                    st = entry.stat()
                                    found[path] = FileStat(path, st.st_size, st.st_mtime_ns,
                                                           (index, path[cut:]))
                        except OSError:
                            continue
            except OSError:
                if current == root:
                    missing.append(folder)
    return found, missing


def stamp_of(data: bytes | None, reference: bool) -> str:
    """What identifies a folder's casebook.toml (its bytes, None when there is none) and
    the kind chosen for it in the app; '-' for a folder with neither."""
    chosen = "reference" if reference else "-"
    return chosen if data is None else hashlib.sha256(data).hexdigest()[:16] + "|" + chosen


def settings_stamp(folder: str, reference: bool = False) -> str:
    """The stamp of a folder's settings as they are now: its files are read again when it
    changes (casebook.toml edited, added or removed, or the kind chosen in the app)."""
    try:
        with open(os.path.join(folder, SETTINGS_FILE), "rb") as handle:
            data = handle.read(MAX_SETTINGS_BYTES + 1)
    except FileNotFoundError:
        return stamp_of(None, reference)
    except OSError:
        return "unreadable|" + stamp_of(None, reference)
    return stamp_of(data, reference)


def expand_paths(paths: list[str]) -> list[str]:
    """Files named directly, plus the case files below any folder named."""
    out: list[str] = []
    for path in paths:
        if os.path.isdir(path):
            found, _ = scan_folders([path])
            out.extend(sorted(found, key=lambda p: found[p].order))
        else:
            out.append(os.path.abspath(path))
    return out
