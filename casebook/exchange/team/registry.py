"""The team libraries a data folder uses (kept in user.db), each with its state folder:
the conflicts waiting and the other person's version of each, outside every case folder."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from filelock import FileLock, Timeout

from casebook import limits, paths
from casebook.cases.text import slugify
from casebook.errors import InputError, LockTimeout

if TYPE_CHECKING:
    from casebook.library import Library

log = logging.getLogger(__name__)
SETTING = "team_libraries"
CONFLICT_CODE = "team-conflict"
CONFLICT_NOTE = ("changed by someone else too: your version is the one shown; choose Keep "
                 "mine, Take theirs or Edit (Library > Conflicts, or casebook library "
                 "resolve)")


@dataclass
class TeamLibrary:
    """One team library: where it comes from and where its clone is."""

    name: str
    url: str
    path: str
    branch: str = "main"
    added: str = ""
    last_update: str | None = None
    last_new: list[str] = field(default_factory=list)  # case files the last update brought
    token: bool = False  # the server asked for a token
    managed: bool = True  # the clone is in the data folder (Casebook made the folder)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TeamLibrary:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


@dataclass
class Conflict:
    """A file changed on both sides: the user's version stays in place; the other one is
    kept in the state folder (`theirs`, None when they deleted the file)."""

    path: str  # relative to the library, '/'-separated
    theirs: str | None  # file name in the state folder
    mine_deleted: bool = False
    commit: str = ""
    when: str = ""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def libraries(lib: Library) -> list[TeamLibrary]:
    raw = lib.user.setting(SETTING) or []
    out = []
    for item in raw if isinstance(raw, list) else []:
        try:
            out.append(TeamLibrary.from_json(item))
        except TypeError:
            log.warning("a team library entry in user.db cannot be read: %r", item)
    return out


def get(lib: Library, name: str | None) -> TeamLibrary:
    """The team library called `name`; without a name, the only one there is."""
    known = libraries(lib)
    if name is None:
        if len(known) == 1:
            return known[0]
        if not known:
            raise InputError("no team library yet; add one with `casebook library add URL`")
        raise InputError("several team libraries: name one (" +
                         ", ".join(t.name for t in known) + ")")
    for team in known:
        if team.name == name or team.name == slugify(name):
            return team
    raise InputError(f"no team library named '{name}'; `casebook library list` names them")


def save(lib: Library, team: TeamLibrary) -> None:
    known = [t for t in libraries(lib) if t.name != team.name]
    lib.user.set_setting(SETTING, [t.to_json() for t in [*known, team]])


def forget(lib: Library, name: str) -> None:
    lib.user.set_setting(SETTING, [t.to_json() for t in libraries(lib) if t.name != name])


def unique_name(lib: Library, wanted: str) -> str:
    base = slugify(wanted)[:60].strip("-") or "team"
    taken = {t.name for t in libraries(lib)}
    name, n = base, 1
    while name in taken:
        n += 1
        name = f"{base}-{n}"
    return name


def state_dir(lib: Library, name: str) -> Path:
    return lib.data_dir / "team" / name


@contextmanager
def locked(lib: Library, name: str) -> Iterator[None]:
    """One operation at a time on a team library, across processes."""
    folder = state_dir(lib, name)
    folder.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(folder / "lock"))
    try:
        lock.acquire(timeout=limits.LOCK_TIMEOUT_S)
    except Timeout:
        raise LockTimeout(f"another Casebook window or command has been working on the team "
                          f"library '{name}' for over {limits.LOCK_TIMEOUT_S:.0f} s; try "
                          "again when it has finished") from None
    try:
        yield
    finally:
        lock.release()


def conflicts(lib: Library, name: str) -> list[Conflict]:
    path = state_dir(lib, name) / "conflicts.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return [Conflict(**c) for c in data]
    except FileNotFoundError:
        return []
    except (OSError, ValueError, TypeError) as exc:
        log.warning("cannot read %s (%s); no conflict is listed", path, exc)
        return []


def write_conflicts(lib: Library, team: TeamLibrary, items: list[Conflict]) -> None:
    """Record the conflicts waiting, and put (or drop) the note on their files."""
    before = {c.path for c in conflicts(lib, team.name)}
    folder = state_dir(lib, team.name)
    folder.mkdir(parents=True, exist_ok=True)
    paths.atomic_write(folder / "conflicts.json",
                       json.dumps([c.to_json() for c in items], indent=2).encode())
    now = {c.path for c in items}
    root = Path(team.path)
    notes: dict[str, tuple[str, str] | None] = {
        str(root / p): None for p in before - now}
    notes.update({str(root / p): (CONFLICT_NOTE, CONFLICT_CODE) for p in now})
    if notes:
        lib.note_files(notes)
