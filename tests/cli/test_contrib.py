"""The contributor commands: new, tag, taxonomy, and check's json and github formats."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from casebook.cli import main
from tests.helpers import write_case

ANNOTATION = re.compile(r"^::(error|warning) file=[^,:]+,line=\d+,col=\d+::\S.*$")


class Terminal(io.StringIO):
    """Typed answers on a stdin that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def run(capsys: pytest.CaptureFixture[str], case_dir: Path, data_dir: Path,
        *args: str) -> tuple[int, str, str]:
    code = main(["--cases", str(case_dir), "--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))


# new -------------------------------------------------------------------------------
def test_new_with_flags_prints_the_path(capsys: pytest.CaptureFixture[str], case_dir: Path,
                                        data_dir: Path) -> None:
    code, out, err = run(capsys, case_dir, data_dir, "new", "--title", "Huduma Centres",
                         "--country", "Kenya", "--level", "National", "--year", "2013")
    assert (code, err) == (0, "")
    path = Path(out.strip())
    assert path == (case_dir / "huduma-centres.md").resolve() and path.is_file()
    assert 'title: "Huduma Centres"' in path.read_text(encoding="utf-8")


def test_new_without_a_terminal_names_the_missing_flags(
        capsys: pytest.CaptureFixture[str], case_dir: Path, data_dir: Path) -> None:
    code, out, err = run(capsys, case_dir, data_dir, "new", "--title", "X")
    assert code == 2 and out == ""
    assert err == ("casebook: error: missing --country, --level, --year (no terminal to ask; "
                   "pass them as flags)\n")
    assert list(case_dir.iterdir()) == []


def test_new_prompts_for_missing_fields_on_a_terminal(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, case_dir: Path,
        data_dir: Path) -> None:
    monkeypatch.setattr("sys.stdin", Terminal("Open Budget\n\nChile\nfederal\n4\n1700\n2015\n"))
    code, out, err = run(capsys, case_dir, data_dir, "new")
    assert code == 0
    assert "Level (1 local, 2 municipal, 3 regional, 4 national, 5 supranational): " in out
    assert "level 'federal' is not one of" in err and "the country is empty" in err
    assert "outside 1800-" in err
    path = Path(out.strip().splitlines()[-1].split(": ")[-1])
    text = path.read_text(encoding="utf-8")
    assert path.name == "open-budget.md"
    assert "level: national\n" in text and "year_start: 2015\n" in text


def test_new_stops_cleanly_when_input_ends(capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch, case_dir: Path,
                                           data_dir: Path) -> None:
    monkeypatch.setattr("sys.stdin", Terminal("Title only\n"))
    code, _, err = run(capsys, case_dir, data_dir, "new")
    assert code == 2 and err.endswith("casebook: error: no answer; nothing was created\n")
    assert list(case_dir.iterdir()) == []


def test_new_checks_the_folder(capsys: pytest.CaptureFixture[str], case_dir: Path,
                               data_dir: Path, tmp_path: Path) -> None:
    flags = ["--title", "T", "--country", "C", "--level", "local", "--year", "2001"]
    code, _, err = run(capsys, case_dir, data_dir, "new", *flags, "--dir",
                       str(tmp_path / "missing"))
    assert code == 2 and err.startswith("casebook: error: case folder not found")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code, out, err = run(capsys, case_dir, data_dir, "new", *flags, "--dir", str(elsewhere))
    assert code == 0 and Path(out.strip()).parent == elsewhere.resolve()
    assert "not one of the case folders" in err


# tag -------------------------------------------------------------------------------
def test_tag_add_remove_and_show(capsys: pytest.CaptureFixture[str], case_dir: Path,
                                 data_dir: Path) -> None:
    write_case(case_dir, "alpha")
    code, out, err = run(capsys, case_dir, data_dir, "tag", "alpha", "--add",
                         "challenge:Red tape", "strategies:Sortition", "--remove",
                         "outcomes:improved-service-delivery")
    assert code == 0
    assert "warning: 'Sortition' is not a strategy in the taxonomy" in err
    assert out.splitlines() == [
        "challenges: legacy-systems, regulatory-and-policy-barriers (user)",
        "strategies: interoperability, sortition (user)",
        "outcomes: -improved-service-delivery (removed by user)",
    ]
    code, out, _ = run(capsys, case_dir, data_dir, "search", "--strategy", "sortition",
                       "--json")
    assert [r["id"] for r in json.loads(out)["results"]] == ["alpha"]
    code, _, err = run(capsys, case_dir, data_dir, "tag", "nope", "--add", "c:x")
    assert code == 2 and err == "casebook: error: no case with id 'nope'\n"
    code, _, err = run(capsys, case_dir, data_dir, "tag", "alpha", "--remove", "c:corruption")
    assert code == 2 and "has no challenge tag 'corruption-risk'" in err


def test_tag_write_needs_yes_without_a_terminal(capsys: pytest.CaptureFixture[str],
                                                case_dir: Path, data_dir: Path) -> None:
    path = write_case(case_dir, "alpha")
    before = path.read_bytes()
    code, out, err = run(capsys, case_dir, data_dir, "tag", "alpha", "--add",
                         "outcomes:cost-savings", "--write")
    assert code == 2
    assert "-outcomes: [improved-service-delivery]" in out
    assert "+outcomes: [improved-service-delivery, cost-savings]" in out
    assert err == "casebook: error: not written: pass --yes to write the tags into the file\n"
    assert path.read_bytes() == before
    code, out, _ = run(capsys, case_dir, data_dir, "tag", "alpha", "--write", "--yes")
    assert code == 0 and out.endswith(f"Wrote the tags into {path.resolve()}\n")
    assert path.read_bytes() == before.replace(b"[improved-service-delivery]",
                                               b"[improved-service-delivery, cost-savings]")
    code, out, _ = run(capsys, case_dir, data_dir, "tag", "alpha", "--write")
    assert code == 0 and "nothing to write" in out


def test_tag_write_asks_on_a_terminal(capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch, case_dir: Path,
                                      data_dir: Path) -> None:
    path = write_case(case_dir, "alpha")
    before = path.read_bytes()
    run(capsys, case_dir, data_dir, "tag", "alpha", "--add", "outcomes:cost-savings")
    monkeypatch.setattr("sys.stdin", Terminal("n\n"))
    code, out, _ = run(capsys, case_dir, data_dir, "tag", "alpha", "--write")
    assert code == 0 and "[y/N]" in out and out.endswith("Not written.\n")
    assert path.read_bytes() == before
    monkeypatch.setattr("sys.stdin", Terminal("y\n"))
    code, out, _ = run(capsys, case_dir, data_dir, "tag", "alpha", "--write")
    assert code == 0 and b"cost-savings" in path.read_bytes()


# check --format ----------------------------------------------------------------------
BAD = """---
title: Bad one
summary: S.
country: Peru
level: federal
year_start: 2001
challenges: [legacy-systems, 100% digital]
strategies: [open-data]
outcomes: [cost-savings]
sources:
  - title: R
    publisher: P
    year: 2001
---
## Context
"""


@pytest.fixture
def bad_folder(case_dir: Path) -> Path:
    write_case(case_dir, "good")
    (case_dir / "bad.md").write_text(BAD, encoding="utf-8")
    return case_dir


def test_check_github_annotations(capsys: pytest.CaptureFixture[str],
                                  monkeypatch: pytest.MonkeyPatch, bad_folder: Path,
                                  data_dir: Path) -> None:
    monkeypatch.chdir(bad_folder.parent)
    for extra in ([], [str(bad_folder / "bad.md")]):
        code, out, err = run(capsys, bad_folder, data_dir, "check", "--format", "github",
                             *extra)
        lines = out.splitlines()
        assert code == 1 and err == ""
        assert lines and all(ANNOTATION.match(line) for line in lines), lines
        assert ("::error file=cases/bad.md,line=5,col=8::level 'federal' is not one of local, "
                "municipal, regional, national, supranational") in out
        unknown = next(line for line in lines if "100%25 digital" in line)
        assert unknown.startswith("::warning file=cases/bad.md,line=7,col=30::")
        assert "%0A" not in out and "good.md" not in out


def test_check_json(capsys: pytest.CaptureFixture[str], bad_folder: Path,
                    data_dir: Path) -> None:
    code, out, _ = run(capsys, bad_folder, data_dir, "check", "--format", "json")
    data = json.loads(out)
    assert code == 1
    assert (data["files"], data["errors"]) == (2, 1)
    assert data["warnings"] == len(data["problems"]) - 1
    level = next(p for p in data["problems"] if "federal" in p["message"])
    assert level == {"path": str(bad_folder / "bad.md"), "line": 5, "column": 8,
                     "severity": "error", "message": level["message"]}
    (bad_folder / "bad.md").unlink()
    code, out, _ = run(capsys, bad_folder, data_dir, "check", "--json")
    assert code == 0 and json.loads(out) == {"files": 1, "errors": 0, "warnings": 0,
                                             "problems": []}


# the whole flow ----------------------------------------------------------------------
def test_new_fill_sync_search_tag_write_check(capsys: pytest.CaptureFixture[str],
                                              case_dir: Path, data_dir: Path) -> None:
    code, out, _ = run(capsys, case_dir, data_dir, "new", "--title", "Kiosks for Pensions",
                       "--country", "Bolivia", "--level", "municipal", "--year", "2016")
    path = Path(out.strip())
    text = path.read_text(encoding="utf-8")
    text = text.replace("One to three sentences that stand alone: who did what, and what "
                        "changed.", "La Paz put pension kiosks in every market.")
    text = text.replace("_Where and when this happened", "Pensioners queued for hours. "
                        "_Where and when this happened")
    path.write_text(text, encoding="utf-8")
    code, out, _ = run(capsys, case_dir, data_dir, "index")
    assert code == 0 and ": 1 added, 0 changed" in out
    code, out, _ = run(capsys, case_dir, data_dir, "search", "pensioners", "--json")
    assert [r["id"] for r in json.loads(out)["results"]] == ["kiosks-for-pensions"]
    code, _, _ = run(capsys, case_dir, data_dir, "tag", "kiosks-for-pensions", "--add",
                     "challenges:Digital divide", "outcomes:Inclusion and equity", "--remove",
                     "challenges:resistance-to-change")
    assert code == 0
    code, out, _ = run(capsys, case_dir, data_dir, "search", "--challenge", "digital-divide",
                       "--json")
    assert [r["id"] for r in json.loads(out)["results"]] == ["kiosks-for-pensions"]
    code, out, _ = run(capsys, case_dir, data_dir, "tag", "kiosks-for-pensions", "--write",
                       "--yes")
    assert code == 0
    written = path.read_text(encoding="utf-8")
    assert written == text.replace(
        "challenges: [resistance-to-change]", "challenges: [digital-divide]").replace(
        "    # note: One line on how it turned out (optional)\n",
        "    # note: One line on how it turned out (optional)\n  - inclusion-and-equity\n")
    code, out, _ = run(capsys, case_dir, data_dir, "check", str(path))
    # what the contributor has not written yet is still pointed out, line by line
    assert code == 0 and out.replace(str(path), "k.md").splitlines() == [
        "k.md:14:13: warning: 'strategies' still has the case template's example (replace: "
        "see casebook tags --facet strategies)",
        "k.md:24:12: warning: source 1: the title is still the case template's example",
        "k.md:25:16: warning: source 1: the publisher is still the case template's example",
        "k.md:37:1: warning: '## Challenge' still holds the case template's hint",
        "k.md:41:1: warning: '## Strategy' still holds the case template's hint",
        "k.md:45:1: warning: '## Outcomes' still holds the case template's hint",
        "k.md:49:1: warning: '## Lessons' still holds the case template's hint",
        "0 errors, 7 warnings in 1 file"]
    code, out, _ = run(capsys, case_dir, data_dir, "show", "kiosks-for-pensions", "--json")
    shown = json.loads(out)
    assert shown["challenges"] == ["digital-divide"] and shown["user_challenges"] == []


def test_taxonomy_command(capsys: pytest.CaptureFixture[str], case_dir: Path,
                          data_dir: Path) -> None:
    write_case(case_dir, "alpha")
    code, out, _ = run(capsys, case_dir, data_dir, "taxonomy", "--facet", "challenges",
                       "--json")
    terms = {t["id"]: t for t in json.loads(out)[0]["terms"]}
    assert code == 0 and terms["legacy-systems"]["count"] == 1
    assert terms["digital-divide"]["gap"] is True
    code, out, _ = run(capsys, case_dir, data_dir, "taxonomy", "--gaps")
    assert "legacy-systems" not in out and "digital-divide  — Digital divide  (no case yet)" in out


def test_an_untouched_new_case_is_warned_about_and_not_counted(
        capsys: pytest.CaptureFixture[str], case_dir: Path, data_dir: Path) -> None:
    write_case(case_dir, "x-road", country="Estonia", challenges="legacy-systems")
    code, out, _ = run(capsys, case_dir, data_dir, "new", "--title", "Kiosks for Pensions",
                       "--country", "Bolivia", "--level", "municipal", "--year", "2016")
    path = Path(out.strip())
    code, out, _ = run(capsys, case_dir, data_dir, "check", "--json")
    found = [(p["line"], p["column"], p["severity"]) for p in json.loads(out)["problems"]
             if p["path"] == str(path)]
    assert code == 0 and len(found) == 11 and found[0] == (5, 3, "warning")
    code, out, _ = run(capsys, case_dir, data_dir, "check", str(path))
    assert f"{path}:5:3: warning: the summary is still the case template's" in out
    assert out.endswith("0 errors, 11 warnings in 1 file\n")
    code, out, _ = run(capsys, case_dir, data_dir, "tags", "--json")
    counts = {t["id"]: t["count"] for t in json.loads(out)["challenges"]}
    countries = {c["name"]: c["count"] for c in json.loads(out)["countries"]}
    assert (counts["resistance-to-change"], counts["legacy-systems"]) == (0, 1)
    assert countries == {"Estonia": 1}
    code, out, _ = run(capsys, case_dir, data_dir, "search", "--json")
    doc = json.loads(out)
    assert doc["total"] == 2 and doc["facets"]["countries"] == {"Estonia": 1}
    assert "resistance-to-change" not in doc["facets"]["challenges"]
    code, out, _ = run(capsys, case_dir, data_dir, "search", "pensions", "--json")
    assert [r["id"] for r in json.loads(out)["results"]] == ["kiosks-for-pensions"]
    assert json.loads(out)["facets"]["countries"] == {}


def test_new_goes_to_the_countrys_region_folder(capsys: pytest.CaptureFixture[str],
                                                bundled_copy: Path, data_dir: Path) -> None:
    code, out, err = run(capsys, bundled_copy, data_dir, "new", "--title", "Digital kiosks",
                         "--country", "Rwanda", "--level", "national", "--year", "2015")
    assert (code, err) == (0, "")
    assert Path(out.strip()) == (bundled_copy / "africa" / "digital-kiosks.md").resolve()
    code, out, _ = run(capsys, bundled_copy, data_dir, "new", "--title", "Digital kiosks",
                       "--country", "Rwanda", "--level", "national", "--year", "2015",
                       "--dir", str(bundled_copy / "international"))
    assert Path(out.strip()).parent == (bundled_copy / "international").resolve()
