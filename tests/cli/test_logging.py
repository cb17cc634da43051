"""`--verbose` and `--debug`: self-repairs and tracebacks on stderr only when asked for."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT, write_case


def run(data: Path, cases: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "CASEBOOK_DATA_DIR"}
    return subprocess.run([sys.executable, "-m", "casebook.cli", "--data-dir", str(data),
                           "--cases", str(cases), *args], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=300, check=False)


@pytest.fixture
def indexed(tmp_path: Path) -> tuple[Path, Path]:
    cases = tmp_path / "cases"
    write_case(cases, "c0", body="alpha words")
    data = tmp_path / "data"
    assert run(data, cases, "index").returncode == 0
    return data, cases


def damage_store(data: Path) -> None:
    (data / "derived" / "index.db").write_bytes(b"this is not a database" * 100)
    for extra in ("index.db-wal", "index.db-shm"):
        (data / "derived" / extra).unlink(missing_ok=True)


def test_verbose_shows_a_self_repair_as_a_warning(indexed: tuple[Path, Path]) -> None:
    data, cases = indexed
    damage_store(data)
    done = run(data, cases, "--verbose", "search", "alpha")
    assert done.returncode == 0, done.stderr
    assert "c0" in done.stdout
    warnings = [line for line in done.stderr.splitlines() if " WARNING " in line]
    assert len(warnings) == 1, done.stderr
    assert warnings[0].startswith("casebook: WARNING casebook.library: cannot open the "
                                  "database ")
    assert warnings[0].endswith("file is not a database; the derived data is rebuilt from "
                                "the case files")
    assert "INFO casebook.library: 1 case: 1 added" in done.stderr  # --verbose is info too


def test_without_verbose_a_self_repair_is_quiet(indexed: tuple[Path, Path]) -> None:
    data, cases = indexed
    damage_store(data)
    done = run(data, cases, "search", "alpha")
    assert done.returncode == 0
    assert "c0" in done.stdout
    assert done.stderr == ""


def test_debug_shows_the_traceback_of_an_internal_error(indexed: tuple[Path, Path]) -> None:
    """A derived table gone (the store does not check its tables) is not a Casebook error:
    a bug, reported in one line, with its traceback under --debug."""
    data, cases = indexed
    with sqlite3.connect(data / "derived" / "index.db") as conn:
        conn.execute("DROP TABLE problems")
    plain = run(data, cases, "search", "alpha")
    assert plain.returncode == 2
    assert plain.stderr == ("casebook: error: internal error: OperationalError: no such "
                            "table: problems (run with --debug for the traceback)\n")
    debug = run(data, cases, "--debug", "search", "alpha")
    assert debug.returncode != 0
    assert "Traceback (most recent call last):" in debug.stderr
    assert "casebook/library.py" in debug.stderr
    assert debug.stderr.rstrip().endswith("sqlite3.OperationalError: no such table: problems")
