"""Import a `.casebook` pack: validate everything first, then write cases and the collection."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import shutil
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from casebook import limits, paths
from casebook.cases.parsing import decode
from casebook.cases.validation import ID_RE
from casebook.errors import InputError, PackConflict, PackError, StorageError, Unreadable
from casebook.exchange.packs import MANIFEST, PACK_FORMAT, PACK_VERSION, declared_id, set_case_id
from casebook.userdata.collections import Snapshot, SnapshotItem, clean_name

if TYPE_CHECKING:
    from casebook.library import Library

log = logging.getLogger(__name__)

POLICIES = ("skip", "replace", "keep-both")
_DRIVE = re.compile(r"^[A-Za-z]:")
_MIB = 1024 * 1024


@dataclass
class PackItem:
    id: str
    title: str
    note: str
    questions: list[str]
    member: str | None = None
    data: bytes | None = None  # the case file, exactly as packed
    text: str | None = None


@dataclass
class Pack:
    name: str
    description: str
    items: list[PackItem]


@dataclass
class ImportReport:
    collection: str
    folder: str
    in_library: bool
    added: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    renamed: dict[str, str] = field(default_factory=dict)
    without_file: list[str] = field(default_factory=list)
    wrote_to_folder: bool = False  # a case file went into `folder` (only then is it made)


def _check_member_name(name: str) -> None:
    if "\\" in name or "\x00" in name:
        raise PackError(f"unsafe file name {name!r} in the pack")
    if name.startswith("/") or _DRIVE.match(name):
        raise PackError(f"absolute path '{name}' in the pack; a pack holds relative paths only")
    if ".." in PurePosixPath(name).parts:
        raise PackError(f"path '{name}' in the pack would escape the target folder")


def _check_archive(zf: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    infos = zf.infolist()
    if len(infos) > limits.MAX_PACK_FILES:
        raise PackError(f"the pack holds {len(infos):,} files, over the limit of "
                        f"{limits.MAX_PACK_FILES:,}")
    members: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        _check_member_name(info.filename)
        if info.filename in members:
            raise PackError(f"the pack holds '{info.filename}' twice")
        members[info.filename] = info
        total += info.file_size
        if info.file_size > _MIB and info.file_size > limits.MAX_PACK_RATIO * max(
                info.compress_size, 1):
            raise PackError(f"'{info.filename}' expands over {limits.MAX_PACK_RATIO} times its "
                            "packed size (a zip bomb?)")
    if total > limits.MAX_PACK_BYTES:
        raise PackError(f"the pack would unpack to {total:,} bytes, over the limit of "
                        f"{limits.MAX_PACK_BYTES // _MIB} MiB")
    return members


def _read(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int, what: str) -> bytes:
    if info.file_size > cap:
        raise PackError(f"'{info.filename}' is {info.file_size:,} bytes, over the {what} limit "
                        f"of {cap:,} bytes")
    try:
        with zf.open(info) as handle:
            data = handle.read(cap + 1)  # the header's size may lie: never read past the cap
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError) as exc:
        raise PackError(f"'{info.filename}' in the pack is damaged: {exc}") from None
    if len(data) > cap:
        raise PackError(f"'{info.filename}' is over the {what} limit of {cap:,} bytes")
    return data


def _field(obj: dict[str, Any], key: str, kind: type, where: str, default: Any = None) -> Any:
    value = obj.get(key, default)
    if not isinstance(value, kind):
        raise PackError(f"manifest.json: {where}'{key}' must be {kind.__name__}")
    return value


def _manifest(zf: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo]) -> dict[str, Any]:
    if MANIFEST not in members:
        raise PackError("not a Casebook pack: manifest.json is missing")
    raw = _read(zf, members[MANIFEST], limits.MAX_MANIFEST_BYTES, "manifest size")
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise PackError("manifest.json is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise PackError(f"manifest.json is not valid JSON: line {exc.lineno}, column "
                        f"{exc.colno}: {exc.msg}") from None
    if not isinstance(data, dict) or data.get("format") != PACK_FORMAT:
        raise PackError(f"manifest.json does not describe a Casebook pack (format must be "
                        f"'{PACK_FORMAT}')")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise PackError("manifest.json: 'version' must be a positive integer")
    if version > PACK_VERSION:
        raise PackError(f"the pack was made by a newer Casebook (pack format {version}); "
                        "update Casebook to import it")
    return data


def read_pack(path: str | os.PathLike[str]) -> Pack:
    """Open and check a pack completely; raises PackError and writes nothing."""
    source = Path(path)
    if not source.is_file():
        raise InputError(f"no such pack file: {source}")
    try:
        with zipfile.ZipFile(source) as zf:
            members = _check_archive(zf)
            data = _manifest(zf, members)
            return _pack(zf, members, data)
    except zipfile.BadZipFile:
        raise PackError(f"{source} is not a Casebook pack (not a zip archive)") from None
    except OSError as exc:
        raise InputError(f"cannot read {source}: {exc.strerror or exc}") from None


def _pack(zf: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo],
          data: dict[str, Any]) -> Pack:
    head = _field(data, "collection", dict, "")
    try:
        name = clean_name(_field(head, "name", str, "collection "))
    except InputError as exc:
        raise PackError(f"manifest.json: collection name: {exc}") from None
    description = _field(head, "description", str, "collection ", "")
    raw_items = _field(data, "items", list, "")
    if len(raw_items) > limits.MAX_PACK_FILES:
        raise PackError(f"manifest.json lists over {limits.MAX_PACK_FILES:,} items")
    items: list[PackItem] = []
    seen: set[str] = set()
    for n, raw in enumerate(raw_items, 1):
        where = f"item {n}: "
        if not isinstance(raw, dict):
            raise PackError(f"manifest.json: item {n} must be an object")
        case_id = _field(raw, "id", str, where)
        if not ID_RE.match(case_id):
            raise PackError(f"manifest.json: {where}id {case_id!r} is not a valid case id")
        if case_id in seen:
            raise PackError(f"manifest.json: case '{case_id}' is listed twice")
        seen.add(case_id)
        questions = _field(raw, "questions", list, where, [])
        if not all(isinstance(q, str) for q in questions):
            raise PackError(f"manifest.json: {where}'questions' must be a list of text")
        item = PackItem(case_id, _field(raw, "title", str, where, ""),
                        _field(raw, "note", str, where, ""), questions)
        member = raw.get("file")
        if member is not None:
            item.member, item.data, item.text = _case_file(zf, members, case_id, member)
        items.append(item)
    return Pack(name, description, items)


def _case_file(zf: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], case_id: str,
               member: Any) -> tuple[str, bytes, str]:
    if not isinstance(member, str) or member not in members:
        raise PackError(f"manifest.json: case '{case_id}' points at {member!r}, which is not "
                        "in the pack")
    if not (member.startswith("cases/") and member.endswith(".md")):
        raise PackError(f"manifest.json: case '{case_id}' points at '{member}', not at a "
                        "cases/*.md file")
    data = _read(zf, members[member], limits.MAX_FILE_BYTES, "case size")
    try:
        text = decode(data)
    except Unreadable as exc:
        raise PackError(f"{member}: {exc}") from None
    found = declared_id(member, text)
    if found != case_id:
        raise PackError(f"{member} declares the id '{found}' but the manifest lists it as "
                        f"'{case_id}'")
    return member, data, text


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _target(lib: Library, into: str | os.PathLike[str] | None) -> Path:
    if into is None and not lib.folders:
        raise InputError("no case folder to import into; choose one")
    folder = Path(os.path.abspath(into if into is not None else lib.folders[0]))
    if _inside(folder.resolve(), paths.package_folder()):
        raise InputError(f"{folder} is inside the installed Casebook package, whose bundled "
                         "cases are read-only; choose another case folder")
    if folder.exists() and not folder.is_dir():
        raise InputError(f"{folder} is not a folder")
    probe = folder
    while not probe.exists():
        probe = probe.parent
    if not os.access(probe, os.W_OK):
        raise InputError(f"cannot write to {folder}")
    return folder


def _in_library(lib: Library, folder: Path) -> bool:
    return any(_inside(folder, Path(os.path.abspath(f))) for f in lib.folders)


def conflicts(lib: Library, pack: Pack, folder: Path) -> list[str]:
    """Ids of packed cases that the library has, or whose file exists in the folder."""
    ids = [i.id for i in pack.items if i.data is not None]
    known = lib.store.case_rows(ids)
    return [i for i in ids if i in known or (folder / f"{i}.md").exists()]


def import_pack(lib: Library, path: str | os.PathLike[str],
                into: str | os.PathLike[str] | None = None,
                on_conflict: str | None = None) -> ImportReport:
    """Write a pack's cases into a case folder and recreate its collection.

    `into` defaults to the first case folder. A case id that exists already needs
    `on_conflict` (skip, replace or keep-both), else PackConflict lists them. Nothing is
    written unless the whole pack is valid. Sync the library afterwards to index the cases.
    """
    if on_conflict is not None and on_conflict not in POLICIES:
        raise InputError(f"unknown conflict policy '{on_conflict}'; use one of "
                         f"{', '.join(POLICIES)}")
    pack = read_pack(path)
    folder = _target(lib, into)
    clashing = conflicts(lib, pack, folder)
    if clashing and on_conflict is None:
        listed = ", ".join(clashing)
        raise PackConflict(f"{len(clashing)} case(s) in the pack already exist: {listed}; "
                           "choose --on-conflict skip, replace or keep-both", clashing)
    known = lib.store.case_rows(clashing)
    taken = set(lib.store.all_ids()) | {i.id for i in pack.items}
    report = ImportReport("", str(folder), _in_library(lib, folder))
    writes: list[tuple[Path, bytes, bool]] = []
    items: list[SnapshotItem] = []
    for item in pack.items:
        case_id = item.id
        if item.data is None or item.text is None:
            report.without_file.append(case_id)
        elif case_id not in clashing:
            writes.append((folder / f"{case_id}.md", item.data, False))
            report.added.append(case_id)
        elif on_conflict == "skip":
            report.skipped.append(case_id)
        elif on_conflict == "replace":
            where = Path(known[case_id]["path"]) if case_id in known else folder / f"{case_id}.md"
            inside = _inside(where.resolve(), paths.package_folder())
            if inside or not os.access(where.parent, os.W_OK):
                raise InputError(f"cannot replace {where}: it is read-only")
            writes.append((where, item.data, True))
            report.replaced.append(case_id)
        else:
            n = 2
            while f"{case_id}-{n}" in taken or (folder / f"{case_id}-{n}.md").exists():
                n += 1
            new_id = f"{case_id}-{n}"
            taken.add(new_id)
            writes.append((folder / f"{new_id}.md",
                           set_case_id(item.text, new_id, f"{path}: {item.member}")
                           .encode("utf-8"), False))
            report.renamed[case_id] = new_id
            case_id = new_id
        items.append(SnapshotItem(case_id, item.note, tuple(item.questions), item.title))
    _write_all(lib, writes)
    report.wrote_to_folder = any(_inside(target, folder) for target, _, _ in writes)
    report.collection = lib.collections.restore(
        Snapshot(pack.name, pack.description, items=tuple(items)))
    return report


def _write_all(lib: Library, writes: list[tuple[Path, bytes, bool]]) -> None:
    """Stage every file beside its target, keep copies of replaced ones, then move each in
    place (a failure before the moves writes nothing)."""
    try:
        with contextlib.ExitStack() as staged:
            for target, data, _ in writes:  # paths only: no file held open per case
                staged.enter_context(paths.replacing(target)).write_bytes(data)
            replaced = [target for target, _, replacing in writes
                        if replacing and target.exists()]
            if replaced:
                keep = lib.data_dir / "backups" / f"replaced-{time.strftime('%Y%m%d-%H%M%S')}"
                keep.mkdir(parents=True, exist_ok=True)
                for n, target in enumerate(replaced, 1):
                    shutil.copy2(target, keep / f"{n}-{target.name}")
                log.warning("the pack replaces %d case file(s); the old ones are kept in %s",
                            len(replaced), keep)
    except OSError as exc:
        raise StorageError(f"cannot write the imported cases: {exc.strerror or exc}") from None
