"""A read-only data folder, a full disk, a vanished case folder, an unreadable file: clear words."""

from __future__ import annotations

import ctypes
import json
import os
import resource
import shutil
import signal
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from casebook import cli
from casebook.errors import StorageError
from casebook.library import Library
from tests.helpers import write_case

ROOT = Path(__file__).resolve().parents[2]
IS_ROOT = os.geteuid() == 0
CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER, PR_CAPBSET_DROP = 1, 2, 3, 24


def drop_root_powers() -> None:
    """In a child about to exec: as root, stop ignoring file permissions (Linux)."""
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER):
        if libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


def can_drop_root_powers() -> bool:
    probe = subprocess.run([sys.executable, "-c", "import sys; open(sys.argv[1], 'a')",
                            "/proc/1/environ"], preexec_fn=drop_root_powers,
                           capture_output=True, check=False)
    return probe.returncode != 0


needs_permissions = pytest.mark.skipif(
    IS_ROOT and (sys.platform != "linux" or not can_drop_root_powers()),
    reason="running as root, and root's right to ignore file permissions cannot be dropped")


def run_cli(*args: str, preexec: Callable[[], None] | None = None
            ) -> subprocess.CompletedProcess[str]:
    """The real `casebook` command in a child process, as a user bound by permissions."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("CASEBOOK_DATA_DIR", None)
    return subprocess.run([sys.executable, "-m", "casebook.cli", *args], capture_output=True,
                          text=True, env=env, timeout=120,
                          preexec_fn=preexec or (drop_root_powers if IS_ROOT else None))


def assert_one_line_error(result: subprocess.CompletedProcess[str], *parts: str) -> None:
    assert result.returncode == 2, result
    assert result.stderr.startswith("casebook: error: ") and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
    for part in parts:
        assert part in result.stderr


def chmod_tree(path: Path, writable: bool) -> None:
    for item in [path, *path.rglob("*")]:
        mode = item.stat().st_mode
        item.chmod(mode | stat.S_IWUSR if writable else mode & ~0o222)


@pytest.fixture
def indexed(case_dir: Path, data_dir: Path) -> tuple[Path, Path]:
    for n in range(30):
        write_case(case_dir, f"case-{n:02d}", body=f"budget council number{n}")
    lib = Library(data_dir, [str(case_dir)])
    lib.user.set_setting("theme", "dark")
    lib.sync()
    lib.close()
    return data_dir, case_dir


# read-only data folder -------------------------------------------------------------
def test_data_folder_below_a_file(tmp_path: Path, case_dir: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(StorageError, match=r"^cannot use the data folder .*a-file/data: "):
        Library(blocker / "data", [str(case_dir)])
    assert cli.main(["--data-dir", str(blocker / "data"), "--cases", str(case_dir), "index"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("casebook: error: cannot use the data folder ") and err.count("\n") == 1


@needs_permissions
def test_read_only_data_folder_keeps_browsing(indexed: tuple[Path, Path]) -> None:
    data, cases = indexed
    write_case(cases, "case-new")  # a change the read-only index cannot take in
    user_db = (data / "user.db").read_bytes()
    chmod_tree(data, writable=False)
    try:
        found = run_cli("--data-dir", str(data), "--cases", str(cases), "search", "budget",
                        "--json", "--limit", "50")
        assert found.returncode == 0, found.stderr
        assert json.loads(found.stdout)["total"] == 30
        assert found.stderr == (f"casebook: warning: cannot update the index in {data}: "
                                "Permission denied (is the folder read-only?); what is already "
                                "indexed can still be searched\n")
        shown = run_cli("--data-dir", str(data), "--cases", str(cases), "show", "case-07",
                        "--json")
        assert shown.returncode == 0 and json.loads(shown.stdout)["title"] == "Case case-07"
        assert_one_line_error(run_cli("--data-dir", str(data), "--cases", str(cases), "index"),
                              "Permission denied (is the folder read-only?)")
        assert_one_line_error(run_cli("--data-dir", str(data), "--cases", str(cases),
                                      "collection", "create", "Reading list"),
                              f"cannot save to {data / 'user.db'}: attempt to write a readonly "
                              "database (is the data folder read-only or the disk full?)")
    finally:
        chmod_tree(data, writable=True)
    assert (data / "user.db").read_bytes() == user_db
    assert sorted(p.name for p in data.iterdir()) == ["derived", "user.db", "write.lock"]


@needs_permissions
def test_new_data_folder_in_a_read_only_place(tmp_path: Path, case_dir: Path) -> None:
    parent = tmp_path / "locked"
    parent.mkdir()
    parent.chmod(0o555)
    try:
        assert_one_line_error(run_cli("--data-dir", str(parent / "data"), "--cases",
                                      str(case_dir), "index"),
                              f"cannot use the data folder {parent / 'data'}: Permission denied")
    finally:
        parent.chmod(0o755)


# full disk ---------------------------------------------------------------------------
def file_size_limit(limit: int) -> Callable[[], None]:
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails: EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
@pytest.mark.parametrize("limit", [100_000, 250_000, 500_000])  # past the empty schema (82 kB)
def test_full_disk_gives_a_clear_error_and_the_next_run_repairs(
    limit: int, indexed: tuple[Path, Path], tmp_path: Path
) -> None:
    data, cases = indexed
    shutil.rmtree(data / "derived")  # the first build, onto a disk that fills up
    for n in range(30, 200):
        write_case(cases, f"case-{n:03d}", body="budget council " * 40)
    user_db = (data / "user.db").read_bytes()
    full = file_size_limit(limit)
    args = ("--data-dir", str(data), "--cases", str(cases))
    # "cannot write the index in <derived>" or "cannot save to <derived>/index.db"
    assert_one_line_error(run_cli(*args, "index", preexec=full), f"{data / 'derived'}",
                          "disk full")
    searched = run_cli(*args, "search", "budget", "--json", preexec=full)
    assert searched.returncode == 0 and "Traceback" not in searched.stderr
    assert searched.stderr.startswith("casebook: warning: ") and "disk full" in searched.stderr
    repaired = run_cli(*args, "index", "--json", preexec=lambda: None)
    assert repaired.returncode == 0, repaired.stderr
    assert json.loads(repaired.stdout)["total"] == 200
    lib, clean = Library(data, [str(cases)]), Library(tmp_path / "clean", [str(cases)])
    clean.sync()
    for query in ("budget", "number7", ""):
        assert ({h.id for h in lib.search(query, limit=500).hits}
                == {h.id for h in clean.search(query, limit=500).hits})
    assert lib.engine.stored() == lib.store.shas()
    lib.close()
    clean.close()
    assert (data / "user.db").read_bytes() == user_db


# a case folder that vanishes ---------------------------------------------------------
def test_vanished_case_folder_keeps_its_cases(indexed: tuple[Path, Path], tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    data, cases = indexed
    other = tmp_path / "other"
    write_case(other, "other-case")
    lib = Library(data, [str(cases), str(other)])
    lib.set_folders([str(cases), str(other)])
    lib.sync()
    unplugged = tmp_path / "unplugged"
    cases.rename(unplugged)  # a network drive goes away
    report = lib.sync()
    assert (report.total, report.removed) == (31, 0)
    assert lib.missing_folders() == [str(cases)]
    assert lib.search("number7").total == 1
    assert "budget council number7" in lib.case("case-07")["body"]
    lib.close()
    assert cli.main(["--data-dir", str(data), "search", "number7"]) == 0
    out, err = capsys.readouterr()
    assert "case-07" in out
    assert err == (f"casebook: warning: case folder not found: {cases} (its cases stay listed "
                   "until it is back)\n")
    unplugged.rename(cases)
    lib = Library(data)
    report = lib.sync()
    assert (report.total, report.added, report.changed, report.removed) == (31, 0, 0, 0)
    lib.close()


# a file that cannot be read ------------------------------------------------------------
@needs_permissions
def test_permission_denied_file_is_listed_and_the_rest_indexed(case_dir: Path,
                                                               data_dir: Path) -> None:
    for n in range(5):
        write_case(case_dir, f"case-{n}")
    locked = case_dir / "case-3.md"
    locked.chmod(0)
    try:
        args = ("--data-dir", str(data_dir), "--cases", str(case_dir))
        indexed = run_cli(*args, "index", "--json")
        assert indexed.returncode == 0, indexed.stderr
        assert json.loads(indexed.stdout)["total"] == 4
        checked = run_cli(*args, "check")
        assert checked.returncode == 1 and "Traceback" not in checked.stderr
        assert f"{locked}:1:1: error: skipped: permission denied" in checked.stdout
    finally:
        locked.chmod(0o644)
    lib = Library(data_dir, [str(case_dir)])
    assert lib.sync().total == 5
    lib.close()


def test_search_on_an_empty_library(case_dir: Path, make_library: Callable[..., Library]
                                    ) -> None:
    lib = make_library(case_dir)  # as after a first build that failed
    lib.sync()
    for query in ("budget", "budget OR council", '"a b"', "bud*", "budgit~2", "title:x"):
        assert lib.search(query).total == 0
