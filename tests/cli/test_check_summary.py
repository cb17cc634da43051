"""`casebook check --summary` on a website's content folder: one line per kind of problem,
with how many files have it and the first of them, instead of thousands of lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.site_corpus import SITE_TOML, write_site
from casebook import cli


def _check(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = cli.main(["--data-dir", str(data), "check", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_summary_of_a_site_groups_its_problems(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    site = tmp_path / "site"
    write_site(site, 200, seed=8)
    code, out, _err = _check(capsys, tmp_path / "data", str(site), "--summary")
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == "error: missing required field 'challenges' (at least one value): " \
                       "200 files"
    assert lines[1].count(".md") == 3 and lines[1].endswith(" and 197 more")
    assert lines[-2] == "1600 errors, 1725 warnings in 200 files, 19 kinds of problem"
    assert lines[-1].startswith("Most files miss challenges, country, level, outcomes, "
                                "sources, strategies, summary, year_start: this looks like "
                                "a website's content")
    assert len(lines) < 45  # against 3,300 lines without --summary
    code, out, _err = _check(capsys, tmp_path / "data", str(site), "--summary", "--json")
    report = json.loads(out)
    assert (report["files"], len(report["groups"])) == (200, 19)
    first = report["groups"][0]
    assert (first["code"], first["files"], len(first["first_files"])) == ("missing", 200, 3)

    (site / "casebook.toml").write_text(SITE_TOML, encoding="utf-8")
    code, out, _err = _check(capsys, tmp_path / "data", str(site), "--summary")
    assert out.splitlines()[::2] == [
        "error: missing required field 'outcomes' (at least one value): 200 files",
        "warning: missing recommended sections: 200 files",
        "200 errors, 200 warnings in 200 files, 2 kinds of problem"]
    (site / "casebook.toml").write_text('kind = "reference"\n', encoding="utf-8")
    code, out, _err = _check(capsys, tmp_path / "data", str(site), "--summary")
    assert (code, out) == (0, "0 errors, 0 warnings in 200 files\n")


def test_summary_of_the_indexed_library_and_with_github(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    site = tmp_path / "site"
    write_site(site, 12, seed=9)
    (site / "casebook.toml").write_text("[fields\n", encoding="utf-8")
    code = cli.main(["--data-dir", str(tmp_path / "d"), "--cases", str(site), "check",
                     "--summary"])
    out = capsys.readouterr().out
    assert code == 1
    assert "error: invalid TOML: " in out and "casebook.toml" in out  # the settings' problem
    assert "error: missing required field 'level': 12 files" in out
    code, _out, err = _check(capsys, tmp_path / "d", str(site), "--summary", "--format",
                             "github")
    assert code == 2 and err.startswith("casebook: error: --summary prints text or JSON")
