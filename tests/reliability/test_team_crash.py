"""kill -9 in the middle of `library update`, at points spread through the fetch, the commit
of the user's work, the merge and the writing of files: the next update finishes, and the
case folder ends as after an update that was never interrupted, with no edit lost."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pygit2
import pytest

from casebook.exchange.team import ops, registry
from casebook.exchange.team.files import local_changes
from casebook.library import Library
from tests.exchange.team.gitutil import commit_all, edit, seed_remote
from tests.helpers import ROOT, write_case

CHILD = Path(__file__).with_name("team_crash_child.py")
STOPS = 10  # spread over the events of one update
TIMED = 4
CONTEXT = "Some context text."
LESSONS = "Lessons were learned."


def build(work: Path) -> None:
    """A remote of 40 cases; Ana's clone with work not committed; a colleague's share of 60
    new cases, an edit to a case Ana edited too, one to a case Ana edited elsewhere, and a
    deletion."""
    bare = seed_remote(work, [f"c{n:02d}" for n in range(40)])
    empty = work / "no-cases"
    empty.mkdir()
    lib = Library(work / "data", [str(empty)])
    ana = Path(ops.add(lib, str(bare), name="cities").path)
    lib.close()
    seed = work / "team.git.seed"
    repo = pygit2.Repository(str(seed))
    for n in range(60):
        write_case(seed / "new", f"n{n:02d}", body=f"New case {n} " * 200)
    edit(seed / "c01.md", CONTEXT, "The colleague's context.")
    edit(seed / "c02.md", CONTEXT, "The colleague's context.")
    (seed / "c03.md").unlink()
    commit_all(repo, "colleague's work")
    repo.remotes["origin"].push(["refs/heads/main:refs/heads/main"])
    edit(ana / "c01.md", CONTEXT, "Ana's context.")
    edit(ana / "c02.md", LESSONS, "Ana's lessons.")
    write_case(ana, "ana-new")


def state(work: Path) -> dict[str, object]:
    """What the user sees: every file of the library, the conflicts and their other
    versions, and a clean repository whose branch holds them."""
    lib = Library(work / "data")
    try:
        team = registry.get(lib, "cities")
        root = Path(team.path)
        repo = pygit2.Repository(str(root))
        files = {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
                 if p.is_file() and ".git" not in p.relative_to(root).parts}
        theirs = registry.state_dir(lib, "cities") / "theirs"
        conflicts = {c.path: (theirs / c.theirs).read_bytes() if c.theirs else None
                     for c in registry.conflicts(lib, "cities")}
        assert local_changes(repo, lib.data_dir) == {}
        assert repo.index.write_tree() == repo.head.peel(pygit2.Commit).tree.id
        assert not (Path(repo.path) / "casebook-update.json").exists()
        lib.sync()
        noted = sorted(p.path for p in lib.problems() if p.code == registry.CONFLICT_CODE)
        assert noted == [str(root / p) for p in sorted(conflicts)]
        return {"files": files, "conflicts": conflicts,
                "ahead": ops.status(lib, "cities").ahead}
    finally:
        lib.close()


def child(work: Path, mode: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, str(CHILD), str(work / "data"), mode],
                            stdout=subprocess.PIPE, text=True, env=env)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, object]]:
    base = tmp_path_factory.mktemp("team-crash")
    work, template = base / "work", base / "template"
    build(work)
    shutil.copytree(work, template, symlinks=True)
    lib = Library(work / "data")
    ops.update(lib, "cities")
    lib.close()
    reference = state(work)
    files = reference["files"]
    assert isinstance(files, dict)
    assert b"Ana's context." in files["c01.md"] and b"<<<<<<<" not in files["c01.md"]
    assert b"Ana's lessons." in files["c02.md"] and b"colleague's" in files["c02.md"]
    assert "ana-new.md" in files and "c03.md" not in files and "new/n59.md" in files
    assert list(reference["conflicts"]) == ["c01.md"]  # type: ignore[call-overload]
    return work, template, reference


def restore(work: Path, template: Path) -> None:
    shutil.rmtree(work)
    shutil.copytree(template, work, symlinks=True)  # same place: user.db holds the paths


def kill_and_check(world: tuple[Path, Path, dict[str, object]], mode: str,
                   delay: float = 0.0) -> str:
    work, template, reference = world
    restore(work, template)
    proc = child(work, mode)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if mode == "time":
        assert line == "ready\n"
        time.sleep(delay)
    os.kill(proc.pid, signal.SIGKILL)
    out, _ = proc.communicate(timeout=30)
    stopped = (line + out).split("\n")[0]
    lib = Library(work / "data")
    try:
        ops.update(lib, "cities")
    finally:
        lib.close()
    got = state(work)
    label = f"after a kill at {mode} {delay:.3f}s ({stopped})"
    assert got == reference, (label, _differences(got, reference))
    return stopped


def _differences(got: dict[str, object], want: dict[str, object]) -> list[str]:
    out = [k for k in got if k != "files" and got[k] != want[k]]
    a, b = got["files"], want["files"]
    assert isinstance(a, dict) and isinstance(b, dict)
    out += [f"{p}: {a.get(p, b'(missing)')[-80:]!r} != {b.get(p, b'(missing)')[-80:]!r}"
            for p in sorted(set(a) | set(b)) if a.get(p) != b.get(p)]
    return out


def test_kill_9_during_update_then_the_next_update_finishes(world) -> None:
    work, template, _ = world
    restore(work, template)
    proc = child(work, "count")
    out, _ = proc.communicate(timeout=120)
    assert out.startswith("done"), out
    _, events, seconds, *_ = out.split(maxsplit=3)
    assert "'fetch'" in out and "'file'" in out
    tried = []
    for i in range(STOPS):
        stop = max(1, round(int(events) * (i + 0.5) / STOPS))
        tried.append(kill_and_check(world, f"stop:{stop}"))
    for i in range(TIMED):
        tried.append(kill_and_check(world, "time", float(seconds) * (i + 0.5) / TIMED))
    kinds = {t.split()[-1] for t in tried if t.startswith("stop")}
    assert kinds == {"fetch", "file"}, tried
    print(f"\n{len(tried)} kills: {tried}")
