"""`casebook library ...` and `collection share` on real repositories: output, exit codes,
one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casebook import cli
from tests.exchange.team.gitutil import edit, seed_remote
from tests.helpers import write_case


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = cli.main(["--data-dir", str(data), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def remote(tmp_path: Path) -> Path:
    return seed_remote(tmp_path, ["alpha", "beta"])


def test_add_update_share_status_and_resolve(capsys, tmp_path: Path, remote: Path) -> None:
    ana, ben = tmp_path / "ana", tmp_path / "ben"
    code, out, _ = run(capsys, ana, "library", "add", str(remote), "--name", "cities")
    assert code == 0 and "added team library 'cities'" in out
    run(capsys, ben, "library", "add", str(remote), "--name", "cities")
    folder_a = ana / "libraries" / "cities"
    folder_b = ben / "libraries" / "cities"
    edit(folder_a / "alpha.md", "Some context text.", "Ana's text.")
    code, out, _ = run(capsys, ana, "library", "share", "--message", "Ana edits alpha")
    assert code == 0 and "shared 1 file" in out
    edit(folder_b / "alpha.md", "Some context text.", "Ben's text.")
    write_case(folder_b, "gamma")
    code, out, err = run(capsys, ben, "library", "share")
    assert code == 2 and err.count("\n") == 1
    assert "casebook library update cities" in err and "--pack FILE" in err
    code, out, _ = run(capsys, ben, "library", "update")
    assert code == 0 and "changed by someone else too: alpha.md" in out
    code, out, _ = run(capsys, ben, "library", "status", "cities", "--json")
    status = json.loads(out)
    assert status["state"] == "conflict" and status["conflicts"] == ["alpha.md"]
    code, out, _ = run(capsys, ben, "check")
    assert "alpha.md:1:1: warning: changed by someone else too" in out
    code, out, _ = run(capsys, ben, "library", "resolve", "alpha.md", "--keep-mine")
    assert code == 0 and "kept your version of alpha.md" in out
    code, out, _ = run(capsys, ben, "library", "share")
    assert code == 0
    code, out, _ = run(capsys, ana, "library", "update", "cities")
    assert "1 new case file" in out and (folder_a / "gamma.md").exists()
    assert "Ben's text." in (folder_a / "alpha.md").read_text()
    code, out, _ = run(capsys, ana, "library", "status")
    assert "cities: new cases from the last update" in out and "new: gamma.md" in out


def test_errors_are_one_line(capsys, tmp_path: Path) -> None:
    data = tmp_path / "data"
    code, _, err = run(capsys, data, "library", "update")
    assert code == 2 and err.startswith("casebook: error: no team library yet")
    code, _, err = run(capsys, data, "library", "add", str(tmp_path / "nowhere"))
    assert code == 2 and err.count("\n") == 1 and "nowhere" in err
    assert not (data / "libraries").exists() or not list((data / "libraries").iterdir())


def test_init_then_collection_share(capsys, tmp_path: Path, remote: Path) -> None:
    data = tmp_path / "data"
    code, out, _ = run(capsys, data, "library", "init", str(tmp_path / "new"), "--url",
                       str(tmp_path / "share.git"))
    assert code == 0 and "library add" in out
    write_case(tmp_path / "new", "first")
    run(capsys, data, "library", "share")
    run(capsys, data, "collection", "create", "Course")
    run(capsys, data, "collection", "add", "Course", "first")
    code, out, _ = run(capsys, data, "collection", "share", "Course", "--library", "new")
    assert code == 0 and "collections/course.json" in out
    other = tmp_path / "other"
    run(capsys, other, "library", "add", str(tmp_path / "share.git"))
    code, out, _ = run(capsys, other, "library", "collections")
    assert "Course  (1 case; collections/course.json)" in out
    code, out, _ = run(capsys, other, "library", "collections", "--copy", "Course")
    assert "made your own copy: collection 'Course'" in out
