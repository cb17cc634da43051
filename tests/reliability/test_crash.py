"""kill -9 in the middle of indexing: the next sync repairs, results equal a clean rebuild's."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from casebook.cases.model import Filters
from casebook.library import Library
from tests.helpers import write_case

CHILD = Path(__file__).with_name("crash_child.py")
ROOT = Path(__file__).resolve().parents[2]
N_CASES = 200
STOPS_PER_SCENARIO = 10
TIMED_KILLS = 5
WORDS = ("budget", "council", "digital", "service", "citizens", "audit", "procurement", "open",
         "data", "reform", "platform", "pilot", "village", "health", "school")
QUERIES = [("", Filters()), ("budget", Filters()), ("digital OR service", Filters()),
           ("council AND NOT audit", Filters()),
           ("", Filters(terms={"challenges": ["low-public-trust"]})),
           ("village", Filters(terms={"challenges": ["legacy-systems"]}))]

Results = list[tuple[int, list[str], list[str]]]


def results(lib: Library) -> Results:
    out = []
    for query, filters in QUERIES:
        found = lib.search(query, filters, limit=1000)
        by_title = lib.search(query, filters, sort="title", limit=1000)
        out.append((found.total, sorted(h.id for h in found.hits), [h.id for h in by_title.hits]))
    return out


def user_rows(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@dataclass
class World:
    base: Path
    cases: Path
    templates: dict[str, Path]
    reference: Results
    user_bytes: bytes
    user_dump: list[str]
    tried: list[str] = field(default_factory=list)


def child(data: Path, cases: Path, scenario: str, mode: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, str(CHILD), str(data), str(cases), scenario, mode],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def finished(proc: subprocess.Popen[str]) -> str:
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    return out


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    base = tmp_path_factory.mktemp("crash")
    cases = base / "cases"
    rng = random.Random(7)
    for n in range(N_CASES):
        write_case(cases, f"case-{n:03d}", challenges=rng.choice(
            ["legacy-systems", "low-public-trust", "digital-divide"]),
            body=" ".join(rng.choice(WORDS) for _ in range(120)))
    before = base / "t-update"
    lib = Library(before, [str(cases)])
    lib.user.set_setting("theme", "dark")
    lib.user.set_user_tag("case-007", "challenges", "low-public-trust", "add")
    lib.sync()
    lib.close()
    user_bytes = (before / "user.db").read_bytes()
    # the folder then changes: edits, deletions, additions and moves for the update scenario
    for n in range(0, 60, 2):
        path = cases / f"case-{n:03d}.md"
        path.write_text(path.read_text(encoding="utf-8") + "\nreform pilot edited\n",
                        encoding="utf-8")
    for n in range(60, 70):
        (cases / f"case-{n:03d}.md").unlink()
    for n in range(70, 75):
        (cases / "moved").mkdir(exist_ok=True)
        (cases / f"case-{n:03d}.md").rename(cases / "moved" / f"case-{n:03d}.md")
    for n in range(N_CASES, N_CASES + 10):
        write_case(cases, f"case-{n:03d}", body=" ".join(rng.choice(WORDS) for _ in range(80)))
    fresh = base / "t-fresh"
    fresh.mkdir()
    shutil.copy(before / "user.db", fresh / "user.db")
    built = base / "t-rebuild"
    shutil.copytree(before, built)
    lib = Library(built, [str(cases)])
    lib.sync(rebuild=True)
    reference = results(lib)
    lib.close()
    assert reference[4][0] >= 1 and "case-007" in reference[4][1]  # the user tag counts
    return World(base, cases, {"fresh": fresh, "update": before, "rebuild": built}, reference,
                 user_bytes, user_rows(before / "user.db"))


def check_repaired(world: World, data: Path, label: str) -> None:
    lib = Library(data, [str(world.cases)])
    try:
        lib.sync()
        assert results(lib) == world.reference, label
        assert lib.engine.stored() == lib.store.shas(), label
        again = lib.sync()
        assert (again.added, again.changed, again.removed, again.repaired) == (0, 0, 0, False)
    finally:
        lib.close()
    assert (data / "user.db").read_bytes() == world.user_bytes, label
    assert user_rows(data / "user.db") == world.user_dump, label


def run_and_kill(world: World, scenario: str, mode: str, delay: float = 0.0) -> bool:
    """One child killed with SIGKILL; True when the kill came before the build finished."""
    data = world.base / f"run-{len(world.tried)}"
    shutil.copytree(world.templates[scenario], data)
    proc = child(data, world.cases, scenario, mode)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if mode == "time":
        assert line == "ready\n"
        time.sleep(delay)
    elif line.startswith("done"):
        finished(proc)
        return False
    os.kill(proc.pid, signal.SIGKILL)
    out, _ = proc.communicate(timeout=30)
    if mode == "time" and proc.returncode == 0:  # it finished before the timed kill came
        assert "done" in out
        shutil.rmtree(data)
        return False
    assert proc.returncode == -signal.SIGKILL
    interrupted = "done" not in out
    label = f"{scenario} {mode} {delay:.3f}s"
    check_repaired(world, data, label)
    if interrupted:
        world.tried.append(label)
    shutil.rmtree(data)
    return interrupted


def count_events(world: World, scenario: str) -> tuple[int, float]:
    """Events and seconds of one uninterrupted sync in this scenario."""
    data = world.base / f"count-{scenario}"
    shutil.copytree(world.templates[scenario], data)
    _, events, seconds = finished(child(data, world.cases, scenario, "count")).split()
    shutil.rmtree(data)
    return int(events), float(seconds)


def test_kill_9_at_points_spread_through_builds(world: World) -> None:
    for scenario in ("fresh", "update", "rebuild"):
        events, seconds = count_events(world, scenario)
        assert events >= STOPS_PER_SCENARIO * 2
        for i in range(STOPS_PER_SCENARIO):
            stop = max(1, round(events * (i + 0.5) / STOPS_PER_SCENARIO))
            assert run_and_kill(world, scenario, f"stop:{stop}"), (scenario, stop)
        if scenario == "fresh":
            for i in range(TIMED_KILLS):
                run_and_kill(world, scenario, "time", seconds * (i + 0.5) / TIMED_KILLS)
    assert len(world.tried) >= 20, world.tried
    print(f"\n{len(world.tried)} kill -9 points, each repaired to a clean rebuild's results")
