"""Two or three processes on one data folder: no corruption, no errors; writers wait or say so."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from casebook import cli, limits
from casebook.cases.model import Filters
from casebook.errors import LockTimeout
from casebook.library import Library
from tests.helpers import write_case

WORKER = Path(__file__).with_name("concurrency_worker.py")
ROOT = Path(__file__).resolve().parents[2]
WORDS = ("budget", "council", "digital", "service", "citizens", "audit", "village", "health")


@pytest.fixture
def shared(tmp_path: Path) -> tuple[Path, Path]:
    """A case folder of 120 cases and a data folder with its index built."""
    cases = tmp_path / "cases"
    rng = random.Random(3)
    for n in range(120):
        challenge = rng.choice(["legacy-systems", "low-public-trust"])
        write_case(cases, f"case-{n:03d}", challenges=challenge,
                   body=" ".join(rng.choice(WORDS) for _ in range(80)))
    data = tmp_path / "data"
    lib = Library(data, [str(cases)])
    lib.sync()
    lib.close()
    return data, cases


def start(data: Path, cases: Path, role: str, rounds: int) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, str(WORKER), str(data), str(cases), role,
                             str(rounds)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)


def assert_clean_exit(proc: subprocess.Popen[str]) -> None:
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0 and err == "", err
    assert out.split() == ["ready", "ok"], out  # no CasebookError either


def snapshot(lib: Library) -> list[tuple[int, list[str]]]:
    queries = [("budget", Filters()), ("marker*", Filters()), ("", Filters(
        terms={"challenges": ["legacy-systems"]}))]
    return [(r.total, sorted(h.id for h in r.hits)) for r in
            (lib.search(q, f, limit=500) for q, f in queries)]


def assert_consistent(data: Path, cases: Path, tmp_path: Path) -> None:
    """The shared folder agrees with itself and with a clean rebuild of the same cases."""
    lib = Library(data, [str(cases)])
    clean = Library(tmp_path / "clean", [str(cases)])
    try:
        lib.sync()
        assert lib.engine.stored() == lib.store.shas()
        assert not list(data.glob("derived.old-*"))
        clean.sync()
        assert snapshot(lib) == snapshot(clean)
    finally:
        lib.close()
        clean.close()


def test_two_syncing_writers_and_a_reader(shared: tuple[Path, Path], tmp_path: Path) -> None:
    data, cases = shared
    procs = [start(data, cases, "edit:0:15", 15), start(data, cases, "edit:15:30", 15),
             start(data, cases, "search", 40)]
    for proc in procs:
        assert_clean_exit(proc)
    assert_consistent(data, cases, tmp_path)
    lib = Library(data, [str(cases)])
    assert {h.id for h in lib.search("marker3 OR marker20", limit=10).hits} == {
        "case-003", "case-020"}
    lib.close()


def test_rebuilds_while_other_processes_sync_and_search(shared: tuple[Path, Path],
                                                        tmp_path: Path) -> None:
    data, cases = shared
    procs = [start(data, cases, "rebuild", 6), start(data, cases, "rebuild", 6),
             start(data, cases, "edit:40:50", 15), start(data, cases, "search", 60)]
    for proc in procs:
        assert_clean_exit(proc)
    assert_consistent(data, cases, tmp_path)


def hold_lock(data: Path, marker: Path, seconds: float) -> subprocess.Popen[str]:
    """Another process holding the writer lock, then writing marker as it lets go."""
    code = ("import sys, time, filelock, pathlib\n"
            "lock = filelock.FileLock(sys.argv[1]); lock.acquire()\n"
            "print('held', flush=True); time.sleep(float(sys.argv[3]))\n"
            "pathlib.Path(sys.argv[2]).write_text('released'); lock.release()\n")
    proc = subprocess.Popen([sys.executable, "-c", code, str(data / "write.lock"), str(marker),
                             str(seconds)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline() == "held\n"
    return proc


def test_a_second_writer_waits_for_the_lock(shared: tuple[Path, Path], tmp_path: Path) -> None:
    data, cases = shared
    write_case(cases, "case-new")
    marker = tmp_path / "released"
    holder = hold_lock(data, marker, 1.0)
    lib = Library(data, [str(cases)])
    try:
        assert lib.sync().added == 1
        assert marker.exists()  # it waited until the other process let go
    finally:
        lib.close()
        holder.wait(timeout=30)


def test_a_lock_held_too_long_is_reported_and_browsing_goes_on(
    shared: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data, cases = shared
    write_case(cases, "case-new")
    monkeypatch.setattr(limits, "LOCK_TIMEOUT_S", 1.0)
    holder = hold_lock(data, tmp_path / "released", 30.0)
    lib = Library(data, [str(cases)])
    try:
        with pytest.raises(LockTimeout, match=r"another Casebook process has been updating"):
            lib.sync()
        assert lib.search("budget").total > 0  # what is indexed stays browsable
        assert lib.case("case-001")["title"] == "Case case-001"
        code = cli.main(["--data-dir", str(data), "--cases", str(cases), "index"])
        err = capsys.readouterr().err
        assert code == 2 and err == (
            f"casebook: error: another Casebook process has been updating {data} for over "
            "1 s; try again when it has finished\n")
    finally:
        lib.close()
        holder.kill()
        holder.wait(timeout=30)
