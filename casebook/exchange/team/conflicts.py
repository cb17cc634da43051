"""Conflicts of a team library: the other version kept aside, and the user's choice (Keep
mine, Take theirs, or an edited version), with the user's version copied first."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from casebook import paths
from casebook.errors import InputError, TeamError
from casebook.exchange.team import registry
from casebook.exchange.team.merge import Clash
from casebook.exchange.team.registry import Conflict, TeamLibrary

if TYPE_CHECKING:
    from casebook.library import Library


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def record(lib: Library, team: TeamLibrary, clashes: list[Clash], commit: str) -> None:
    """Keep the other version of each clash in the state folder and list it as waiting."""
    if not clashes:
        return
    folder = registry.state_dir(lib, team.name) / "theirs"
    waiting = {c.path: c for c in registry.conflicts(lib, team.name)}
    for clash in clashes:
        theirs = None
        if clash.theirs is not None:
            theirs = clash.path
            paths.atomic_write(folder / clash.path, clash.theirs)
        waiting[clash.path] = Conflict(clash.path, theirs, clash.mine_deleted, commit, now())
    registry.write_conflicts(lib, team, list(waiting.values()))


def find_conflict(lib: Library, team: TeamLibrary, which: str) -> Conflict:
    """A waiting conflict by its path (relative or absolute) or its file name."""
    waiting = registry.conflicts(lib, team.name)
    rel = which
    if os.path.isabs(which):
        rel = os.path.relpath(which, team.path).replace(os.sep, "/")
    for c in waiting:
        if c.path == rel or c.path.rsplit("/", 1)[-1] in (which, f"{which}.md"):
            return c
    raise InputError(f"no conflict waiting for '{which}' in '{team.name}'")


def theirs_bytes(lib: Library, team: TeamLibrary, conflict: Conflict) -> bytes | None:
    if conflict.theirs is None:
        return None
    try:
        return (registry.state_dir(lib, team.name) / "theirs" / conflict.theirs).read_bytes()
    except OSError as exc:
        raise TeamError(f"the other version of {conflict.path} cannot be read: "
                        f"{exc.strerror or exc}") from None


def resolve(lib: Library, name: str | None, which: str, choice: str,
            text: bytes | None = None) -> Conflict:
    """Keep mine (`mine`), take theirs (`theirs`) or save an edited version (`edit`) of a
    conflict. The user's version is copied to the data folder before it is replaced."""
    if choice not in ("mine", "theirs", "edit"):
        raise InputError(f"unknown choice '{choice}': mine, theirs or edit")
    team = registry.get(lib, name)
    with registry.locked(lib, team.name):
        conflict = find_conflict(lib, team, which)
        target = Path(team.path) / conflict.path
        if choice != "mine":
            new = theirs_bytes(lib, team, conflict) if choice == "theirs" else text
            if choice == "edit" and new is None:
                raise InputError("an edited version needs its text")
            if target.is_file():
                stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
                copy = registry.state_dir(lib, team.name) / "replaced" / stamp / conflict.path
                paths.atomic_write(copy, target.read_bytes())
            if new is None:
                target.unlink(missing_ok=True)
            else:
                paths.atomic_write(target, new)
        if conflict.theirs:
            (registry.state_dir(lib, team.name) / "theirs" / conflict.theirs).unlink(
                missing_ok=True)
        rest = [c for c in registry.conflicts(lib, team.name) if c.path != conflict.path]
        registry.write_conflicts(lib, team, rest)
    return conflict
