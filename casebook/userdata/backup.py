"""One file that holds the user's own work, and putting it back: back up, restore, remind."""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import tempfile
import time
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from casebook import __version__, limits, paths
from casebook.errors import InputError, StorageError
from casebook.userdata.db import MIGRATIONS, UserDB

log = logging.getLogger(__name__)

FORMAT = "casebook-backup"
VERSION = 1
MANIFEST = "manifest.json"
DATABASE = "user.db"
SETTING_FILES = ("window.ini",)  # the app's own settings (window, theme, export folders)
LAST_BACKUP = "backup_last"  # settings in user.db, as ISO times
LAST_OFFER = "backup_offer_declined"
FIRST_SEEN = "backup_clock"
MONTH = timedelta(days=30)


@dataclass
class BackupInfo:
    """What a backup file holds, from its manifest."""

    path: str
    created: str
    generator: str
    counts: dict[str, int]
    schema: int
    bundled_cases: str = ""

    def summary(self) -> str:
        """'3 collections (12 cases, 2 notes, 5 questions), 1 user tag, ...'."""
        c = self.counts

        def n(kind: str) -> str:
            word = kind if c.get(kind, 0) != 1 else kind.removesuffix("es" if kind.endswith(
                "ches") else "s")
            return f"{c.get(kind, 0)} {word}"

        inner = ", ".join(n(k) for k in ("cases", "notes", "questions"))
        return (f"{n('collections')} ({inner}), {n('user tags')}, {n('saved searches')} "
                f"and {n('settings')}")


@dataclass
class RestoreReport:
    restored: BackupInfo
    kept: Path  # the backup of the work that was replaced
    retag: set[str] = field(default_factory=set)  # cases whose user tags may have changed


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """How much of each kind of the user's work a user database holds."""
    def one(sql: str) -> int:
        return int(conn.execute(sql).fetchone()[0] or 0)

    return {
        "collections": one("SELECT COUNT(*) FROM collections"),
        "cases": one("SELECT COUNT(*) FROM collection_items"),
        "notes": one("SELECT COUNT(*) FROM collection_items WHERE note != ''"),
        "questions": one("SELECT SUM(json_array_length(questions)) FROM collection_items"),
        "user tags": one("SELECT COUNT(*) FROM user_tags"),
        "saved searches": one("SELECT COUNT(*) FROM saved_searches"),
        "settings": one(f"SELECT COUNT(*) FROM settings WHERE key NOT IN "
                        f"('{LAST_BACKUP}', '{LAST_OFFER}', '{FIRST_SEEN}')"),
    }


def default_name(now: datetime | None = None) -> str:
    """casebook-backup-2025-03-01-1405.zip"""
    return f"casebook-backup-{(now or datetime.now()).strftime('%Y-%m-%d-%H%M')}.zip"


def write_backup(user: UserDB, target: str | os.PathLike[str]) -> BackupInfo:
    """Write one zip: a consistent copy of user.db, the settings files beside it and a
    manifest. The file appears whole or not at all."""
    target = Path(target)
    if target.is_dir():
        raise InputError(f"{target} is a folder; give a file name")
    folder = user.path.parent
    try:
        with tempfile.TemporaryDirectory(prefix="casebook-backup-") as tmp:
            copy = Path(tmp) / DATABASE
            dest = sqlite3.connect(str(copy))
            with dest:
                user.db.conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            found = counts(dest)
            dest.close()
            info = BackupInfo(str(target), datetime.now(UTC).isoformat(timespec="seconds"),
                              f"casebook {__version__}", found, user.version,
                              str(paths.bundled_cases()))
            manifest = {"format": FORMAT, "version": VERSION, "created": info.created,
                        "generator": info.generator, "schema": info.schema,
                        "counts": found, "bundled_cases": info.bundled_cases}
            with paths.atomic_file(target) as handle, \
                    zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as zf:
                zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
                zf.write(copy, DATABASE)
                for name in SETTING_FILES:
                    if (folder / name).is_file():
                        zf.write(folder / name, f"settings/{name}")
    except OSError as exc:
        raise StorageError(f"cannot write {target}: {exc.strerror or exc}") from None
    except sqlite3.Error as exc:
        raise StorageError(f"cannot copy {user.path}: {exc}") from None
    return info


def read_backup(source: str | os.PathLike[str]) -> BackupInfo:
    """The manifest of a backup file; a one-line InputError when it is not one we can use."""
    path = Path(source)
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if MANIFEST not in names or DATABASE not in names:
                raise InputError(f"{path} is not a Casebook backup (no {MANIFEST} or "
                                 f"{DATABASE} in it)")
            if sum(i.file_size for i in zf.infolist()) > limits.MAX_BACKUP_BYTES:
                raise InputError(f"{path}: a backup is limited to "
                                 f"{limits.MAX_BACKUP_BYTES // 2**20} MB unpacked")
            manifest = json.loads(zf.read(MANIFEST).decode("utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except (zipfile.BadZipFile, IsADirectoryError):
        raise InputError(f"{path} is not a Casebook backup (not a zip file)") from None
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, ValueError):
        raise InputError(f"{path}: {MANIFEST} is not valid JSON") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise InputError(f"{path} is not a Casebook backup ({MANIFEST} says another format)")
    if not isinstance(manifest.get("version"), int) or manifest["version"] > VERSION:
        raise InputError(f"{path} was made by a newer Casebook; update Casebook to restore it")
    raw = manifest.get("counts")
    found = {str(k): int(v) for k, v in raw.items() if isinstance(v, int)} \
        if isinstance(raw, dict) else {}
    return BackupInfo(str(path), str(manifest.get("created") or ""),
                      str(manifest.get("generator") or ""), found,
                      int(manifest.get("schema") or 0), str(manifest.get("bundled_cases") or ""))


def _checked_copy(source: Path, folder: Path) -> Path:
    """The backup's database unpacked into `folder`, checked and brought to today's schema."""
    copy = folder / DATABASE
    with zipfile.ZipFile(source) as zf, zf.open(DATABASE) as member, open(copy, "wb") as out:
        while chunk := member.read(1 << 20):
            out.write(chunk)
    try:
        conn = sqlite3.connect(str(copy))
        try:
            ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        raise InputError(f"{source}: its {DATABASE} is damaged or not a database") from None
    if ok != "ok":
        raise InputError(f"{source}: its {DATABASE} is damaged ({ok})")
    if version > len(MIGRATIONS):
        raise InputError(f"{source} was made by a newer Casebook (schema {version}); update "
                         "Casebook to restore it")
    try:
        UserDB(copy).close()  # runs the migrations on the copy
    except (StorageError, sqlite3.Error) as exc:
        raise InputError(f"{source}: its {DATABASE} cannot be upgraded: {exc}") from None
    return copy


def restore_backup(user: UserDB, source: str | os.PathLike[str]) -> RestoreReport:
    """Replace the user's work by the backup's. The work it replaces is first written to a
    backup of its own in backups/, whose path the report gives."""
    path = Path(source)
    info = read_backup(path)
    folder = user.path.parent
    stamp = time.strftime("%Y%m%d-%H%M%S")
    with tempfile.TemporaryDirectory(prefix="casebook-restore-") as tmp:
        copy = _checked_copy(path, Path(tmp))
        kept = write_backup(user, folder / "backups" / f"before-restore-{stamp}.zip")
        log.warning("restoring %s over the user data in %s; the replaced data is kept in %s",
                    path, folder, kept.path)
        before = set(user.all_user_tags())
        try:
            src = sqlite3.connect(str(copy))
            try:
                src.backup(user.db.conn)  # page by page, under SQLite's own lock
            finally:
                src.close()
        except sqlite3.Error as exc:
            raise StorageError(f"cannot restore into {user.path}: {exc}") from None
    _follow_bundled_cases(user, info.bundled_cases)
    with zipfile.ZipFile(path) as zf:
        for name in SETTING_FILES:
            if f"settings/{name}" in zf.namelist():
                paths.atomic_write(folder / name, zf.read(f"settings/{name}"))
    return RestoreReport(info, Path(kept.path), before | set(user.all_user_tags()))


def _follow_bundled_cases(user: UserDB, old: str) -> None:
    """A backup made by another installation names its bundled cases folder: the restored
    case folders name this installation's instead."""
    folders = user.setting("case_folders")
    here = str(paths.bundled_cases())
    if not old or old == here or not isinstance(folders, list) or old not in folders:
        return
    user.set_setting("case_folders", [here if f == old else f for f in folders])
    log.info("the restored case folders use this installation's bundled cases (%s)", here)


def mark_backed_up(user: UserDB, when: datetime | None = None) -> None:
    """Remember when the user last wrote a backup file (for the monthly reminder)."""
    try:
        user.set_setting(LAST_BACKUP, (when or datetime.now(UTC)).isoformat(timespec="seconds"))
    except (StorageError, sqlite3.Error) as exc:  # a read-only data folder
        log.warning("cannot note the time of the backup: %s", exc)


def _when(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def backup_due(user: UserDB, now: datetime | None = None) -> bool:
    """True when the app should offer a backup: there is work of the user's own, and a
    month has passed since the last backup, the last "not now", or the first start that
    asked (which starts the clock)."""
    now = now or datetime.now(UTC)
    found = counts(user.db.conn)
    if not any(found[k] for k in ("collections", "user tags", "saved searches")):
        return False
    marks = [_when(user.setting(key)) for key in (LAST_BACKUP, LAST_OFFER, FIRST_SEEN)]
    known = [m for m in marks if m is not None]
    if not known:
        try:
            user.set_setting(FIRST_SEEN, now.isoformat(timespec="seconds"))
        except (StorageError, sqlite3.Error):
            return False
        return False
    return now - max(known) >= MONTH


def decline_offer(user: UserDB, now: datetime | None = None) -> None:
    """The user said "not now": ask again in a month."""
    try:
        user.set_setting(LAST_OFFER, (now or datetime.now(UTC)).isoformat(timespec="seconds"))
    except (StorageError, sqlite3.Error) as exc:
        log.warning("cannot note the declined backup offer: %s", exc)
