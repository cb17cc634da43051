"""`casebook backup` and `casebook restore`, with the question restore asks first."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from casebook import cli
from tests.helpers import write_case


class Terminal(io.StringIO):
    """Typed answers on a standard input that is a terminal."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def casebook(capsys: pytest.CaptureFixture[str], tmp_path: Path, case_dir: Path,
             monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    monkeypatch.delenv("CASEBOOK_DATA_DIR", raising=False)
    write_case(case_dir, "porto", title="Porto Alegre")
    write_case(case_dir, "paris", title="Paris")

    def call(data: str, *args: str | Path) -> tuple[int, str, str]:
        code = cli.main(["--data-dir", str(tmp_path / data), "--cases", str(case_dir),
                         *map(str, args)])
        out, err = capsys.readouterr()
        return code, out, err

    yield call


def test_backup_and_restore_with_yes(casebook: Any, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    casebook("a", "collection", "create", "Course")
    casebook("a", "collection", "add", "Course", "porto", "paris")
    casebook("a", "collection", "questions", "Course", "porto", "Who decided?")
    monkeypatch.chdir(tmp_path)
    code, out, err = casebook("a", "backup")
    assert code == 0, err
    written = next(tmp_path.glob("casebook-backup-*.zip"))
    assert out == (f"backed up 1 collection (2 cases, 0 notes, 1 question), 0 user tags, "
                   f"0 saved searches and 0 settings to {written.name}\n")
    code, out, err = casebook("b", "restore", written, "--yes")
    assert code == 0, err
    assert out.startswith("restored 1 collection (2 cases, 0 notes, 1 question)")
    assert "casebook restore " in out and "before-restore-" in out
    code, out, _ = casebook("b", "collection", "show", "Course")
    assert "Porto Alegre" in out and "? Who decided?" in out


def test_restore_asks_first_and_a_no_changes_nothing(casebook: Any, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    casebook("a", "collection", "create", "From A")
    casebook("a", "backup", "--output", tmp_path / "a.zip")
    casebook("b", "collection", "create", "From B")
    monkeypatch.setattr("sys.stdin", Terminal("n\n"))
    code, out, err = casebook("b", "restore", tmp_path / "a.zip")
    assert (code, out) == (0, "nothing was changed\n")
    assert "This replaces your own work" in err and "1 collection" in err
    assert casebook("b", "collection", "list")[1].startswith("From B")
    monkeypatch.setattr("sys.stdin", Terminal("y\n"))
    assert casebook("b", "restore", tmp_path / "a.zip")[0] == 0
    assert casebook("b", "collection", "list")[1].startswith("From A")


def test_restore_without_a_terminal_needs_yes(casebook: Any, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    casebook("a", "backup", "--output", tmp_path / "a.zip")
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))
    code, _, err = casebook("b", "restore", tmp_path / "a.zip")
    assert code == 2 and err.startswith("casebook: error: restore replaces your collections")
    code, _, err = casebook("b", "restore", tmp_path / "missing.zip", "--yes")
    assert (code, err) == (2, f"casebook: error: {tmp_path / 'missing.zip'}: no such file\n")
