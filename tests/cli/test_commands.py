"""The `casebook` command through its real entry point: output, JSON shapes, exit codes."""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from casebook import cli
from casebook.cases.validation import max_year
from tests.helpers import write_case

ROOT = Path(__file__).resolve().parent.parent.parent
DATA = ROOT / "tests" / "data"
GOOD = DATA / "good"
BAD = DATA / "bad"
PROBLEM_LINE = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): "
                          r"(?P<severity>error|warning): (?P<message>.+)$")
SUMMARY = re.compile(r"^(\d+) cases: (\d+) added, (\d+) changed, (\d+) removed, "
                     r"(\d+) with problems \(\d+\.\d s\)$")


def run(*args: str | Path, env: dict[str, str] | None = None,
        cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """The real entry point in a fresh interpreter."""
    full_env = {k: v for k, v in os.environ.items() if k != "CASEBOOK_DATA_DIR"}
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "casebook.cli", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd, env=full_env, timeout=300)


@pytest.fixture
def casebook(capsys: pytest.CaptureFixture[str], data_dir: Path,
             monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """casebook.cli.main in this process, with its own data folder; returns (code, out, err)."""
    monkeypatch.delenv("CASEBOOK_DATA_DIR", raising=False)
    monkeypatch.chdir(ROOT)

    def call(*args: str | Path) -> tuple[int, str, str]:
        code = cli.main(["--data-dir", str(data_dir), *map(str, args)])
        out, err = capsys.readouterr()
        return code, out, err

    yield call


def one_error_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("casebook: error: ")
    assert "Traceback" not in err
    return lines[0]


# index ------------------------------------------------------------------------------------
def test_index_prints_one_summary_line(casebook: Any) -> None:
    code, out, err = casebook("--cases", GOOD, "index")
    assert (code, err) == (0, "")
    (line,) = out.splitlines()
    assert SUMMARY.match(line), line
    assert line.startswith("3 cases: 3 added, 0 changed, 0 removed, 0 with problems (")
    code, out, _ = casebook("--cases", GOOD, "index")
    assert out.startswith("3 cases: 0 added, 0 changed, 0 removed, 0 with problems (")
    code, out, _ = casebook("--cases", GOOD, "index", "--rebuild")
    assert out.startswith("3 cases: 3 added, 0 changed, 0 removed, 0 with problems (")


def test_index_json(casebook: Any) -> None:
    code, out, _ = casebook("--cases", GOOD, "--cases", BAD, "index", "--json")
    doc = json.loads(out)
    assert code == 0
    assert {"total", "added", "changed", "removed", "with_problems", "skipped",
            "seconds"} <= set(doc)
    assert doc["skipped"] == 2 and doc["total"] == doc["added"]


def test_index_through_the_real_entry_point_is_quiet_on_a_pipe(tmp_path: Path) -> None:
    result = run("--data-dir", tmp_path, "--cases", GOOD, "--cases", BAD, "index")
    assert result.returncode == 0
    assert result.stderr == ""
    match = SUMMARY.match(result.stdout.strip())
    assert match is not None, result.stdout
    total, added = int(match[1]), int(match[2])
    assert total == added == 3 + len(list(BAD.rglob("*.md"))) - 2


# check --------------------------------------------------------------------------------------
def test_check_clean_folder_exits_0(casebook: Any) -> None:
    code, out, err = casebook("check", GOOD)
    assert (code, err) == (0, "")
    assert out == "0 errors, 0 warnings in 3 files\n"


def test_check_warnings_only_exits_0(casebook: Any) -> None:
    code, out, _ = casebook("check", BAD / "unknown-key.md", BAD / "unknown-tag.md")
    assert code == 0
    assert out.splitlines()[-1] == "0 errors, 3 warnings in 2 files"


def test_check_errors_exit_1_with_one_line_per_problem(casebook: Any) -> None:
    code, out, _ = casebook("check", "tests/data/bad")
    assert code == 1
    *problems, count = out.splitlines()
    for line in problems:
        assert PROBLEM_LINE.match(line), line
    assert "tests/data/bad/wrong-type.md:7:13: error: 'year_start' must be a whole year like " \
           "2015, not 'soon'" in problems
    assert f"tests/data/bad/year-range.md:7:13: error: 'year_start' 1700 is outside " \
           f"1800-{max_year()}" in problems
    assert "tests/data/bad/binary.md:1:1: error: skipped: binary file (contains NUL bytes)" \
        in problems
    files = len(list(BAD.rglob("*.md")))
    assert count == f"{len(problems) - 3} errors, 3 warnings in {files} files"


def test_check_without_paths_uses_the_case_folders(casebook: Any) -> None:
    code, out, _ = casebook("--cases", BAD / "dup-one", "--cases", BAD / "dup-two", "check")
    assert code == 1
    assert out.splitlines() == [
        "tests/data/bad/dup-two/second.md:3:5: error: duplicate id 'shared-id': also used by "
        f"{BAD / 'dup-one' / 'first.md'}; this file is listed as 'shared-id-duplicate-2' until "
        "the id is changed",
        "1 error, 0 warnings in 2 files"]


def test_check_json(casebook: Any) -> None:
    code, out, _ = casebook("check", "--format", "json", BAD / "year-order.md", GOOD)
    assert code == 1
    doc = json.loads(out)
    assert doc == {"files": 4, "errors": 1, "warnings": 0, "problems": [{
        "path": str(BAD / "year-order.md"), "line": 8, "column": 11, "severity": "error",
        "message": "year_end 2005 is before year_start 2010"}]}
    code2, out2, _ = casebook("check", "--json", BAD / "year-order.md", GOOD)
    assert (code2, json.loads(out2)) == (code, doc)


def test_check_github_annotations(casebook: Any) -> None:
    code, out, _ = casebook("check", "--format", "github", "tests/data/bad/year-order.md",
                            "tests/data/bad/unknown-key.md")
    assert code == 1
    assert out.splitlines() == [
        "::error file=tests/data/bad/year-order.md,line=8,col=11::year_end 2005 is before "
        "year_start 2010",
        "::warning file=tests/data/bad/unknown-key.md,line=15,col=10::unknown key 'funding' "
        "(kept as extra metadata)",
        "::warning file=tests/data/bad/unknown-key.md,line=16,col=9::unknown key 'sector'; "
        "did you mean 'sectors'?"]


@pytest.mark.parametrize("args", [["check", "no/such/file.md"], ["check", "--format", "xml"],
                                  ["search", "--limit", "many"], ["frobnicate"]])
def test_usage_errors_exit_2(casebook: Any, args: list[str]) -> None:
    code, out, err = casebook(*args)
    assert code == 2
    assert out == ""
    one_error_line(err)


# search ----------------------------------------------------------------------------------------
def test_search_json_shape(casebook: Any) -> None:
    code, out, _ = casebook("--cases", GOOD, "search", "procurement", "--json",
                            "--challenge", "Corruption risk")
    assert code == 0
    doc = json.loads(out)
    assert list(doc) == ["query", "filters", "total", "relaxed", "results", "facets",
                         "suggestion"]
    assert doc["query"] == "procurement"
    assert doc["filters"] == {"challenges": ["corruption-risk"]}
    assert doc["total"] == 1
    assert doc["relaxed"] is False
    (row,) = doc["results"]
    assert {"id", "title", "path", "score", "snippet", "country", "level", "year_start",
            "year_end", "challenges", "strategies", "outcomes", "problems", "match",
            "verdict"} <= set(row)
    assert row["match"] == "all"
    assert row["verdict"] is None  # a version 1 file
    assert row["id"] == "chilecompra"
    assert row["path"] == str(GOOD / "south-america" / "chilecompra.md")
    assert isinstance(row["score"], float)
    assert "<b>procurement</b>" in row["snippet"]
    assert row["country"] == ["Chile"] and row["level"] == "national"
    assert (row["year_start"], row["year_end"]) == (2003, None)
    assert row["challenges"] == ["corruption-risk", "legacy-systems"]
    assert row["problems"] == 0
    assert list(doc["facets"]) == ["challenges", "strategies", "outcomes", "regions",
                                   "countries", "levels", "sectors", "verdicts", "results",
                                   "evidence", "languages"]  # cli.md's facet table (version 2)
    assert doc["facets"]["languages"] == {"en": 1}
    assert doc["facets"]["countries"] == {"Chile": 1}
    assert doc["facets"]["sectors"] == {"public procurement": 1}
    assert doc["suggestion"] is None


def test_search_json_limit_total_and_facets(casebook: Any) -> None:
    code, out, _ = casebook("--cases", GOOD, "search", "--json", "--limit", "1",
                            "--sort", "year")
    assert code == 0
    doc = json.loads(out)
    assert (doc["total"], len(doc["results"])) == (3, 1)
    assert doc["results"][0]["id"] == "tallinn-free-public-transport"
    assert doc["results"][0]["score"] is None
    assert doc["facets"]["levels"] == {"municipal": 2, "national": 1}
    assert doc["query"] == "" and doc["filters"] == {}


def test_search_filters_and_years(casebook: Any) -> None:
    code, out, _ = casebook("--cases", GOOD, "search", "--json", "--country", "Brazil",
                            "--country", "Chile", "--from", "2005", "--to", "2010")
    assert code == 0
    doc = json.loads(out)
    assert [r["id"] for r in doc["results"]] == ["chilecompra"]
    assert doc["filters"] == {"countries": ["Brazil", "Chile"], "from": 2005, "to": 2010}


def test_search_suggestion_and_text_output(casebook: Any) -> None:
    code, out, _ = casebook("--cases", GOOD, "search", "procuremnet")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "0 cases"
    assert lines[1] == "Did you mean: procurement"
    code, out, _ = casebook("--cases", GOOD, "search", "procurement")
    assert out.splitlines()[0] == "1 case"
    assert "chilecompra" in out.splitlines()[1]
    assert "<b>" not in out


def _ferries(folder: Path) -> Path:
    for case_id, country, body in [("all-three", "Norway", "The river ferry timetable."),
                                   ("two", "Chile", "The river ferry was slow."),
                                   ("one", "Kenya", "Nobody crossed the river.")]:
        write_case(folder, case_id, title=f"Transport in {country}", country=country,
                   body=body)
    return folder


def test_search_json_relaxed_match_and_strict(casebook: Any, case_dir: Path) -> None:
    _ferries(case_dir)
    code, out, _ = casebook("--cases", case_dir, "search", "the river ferry timetable",
                            "--json")
    assert code == 0
    doc = json.loads(out)
    assert doc["relaxed"] is True
    assert [(r["id"], r["match"]) for r in doc["results"]] == [
        ("all-three", "all"), ("two", "most"), ("one", "some")]
    assert doc["total"] == 2  # 'some' results are listed, not counted
    assert doc["facets"]["countries"] == {"Norway": 1, "Chile": 1}
    code, out, _ = casebook("--cases", case_dir, "search", "the river ferry timetable",
                            "--json", "--strict")
    doc = json.loads(out)
    assert (doc["relaxed"], doc["total"]) == (False, 1)
    assert [(r["id"], r["match"]) for r in doc["results"]] == [("all-three", "all")]
    code, out, _ = casebook("--cases", case_dir, "search", '"river ferry"', "timetable",
                            "--json")
    doc = json.loads(out)  # strict syntax: every word, as before
    assert (doc["relaxed"], [r["id"] for r in doc["results"]]) == (False, ["all-three"])


def test_search_text_shows_relaxed_matching_and_the_divider(casebook: Any,
                                                            case_dir: Path) -> None:
    _ferries(case_dir)
    code, out, _ = casebook("--cases", case_dir, "search", "river", "ferry", "timetable")
    lines = out.splitlines()
    assert code == 0
    assert lines[:2] == ["2 cases", "Showing cases that match most of your words "
                                    "(--strict: all of them)"]
    divider = lines.index("--- Also matching some of your words ---")
    assert "all-three" in lines[2] and "two" in lines[4]
    assert divider == 6 and lines[7].startswith("  3. ") and lines[7].endswith("one")


def test_search_text_with_no_results_names_the_nearest_terms(casebook: Any,
                                                             case_dir: Path) -> None:
    _ferries(case_dir)
    code, out, _ = casebook("--cases", case_dir, "search", "legasy systms")
    assert code == 0
    assert out.splitlines()[0] == "0 cases"
    assert "Nearest taxonomy terms: challenges:legacy-systems" in out


def test_bad_query_exits_2(casebook: Any) -> None:
    code, out, err = casebook("--cases", GOOD, "search", "sha:x")
    assert (code, out) == (2, "")
    assert one_error_line(err).startswith("casebook: error: unknown field 'sha:' in the query")


def test_missing_cases_folder_exits_2(casebook: Any, tmp_path: Path) -> None:
    code, out, err = casebook("--cases", tmp_path / "nowhere", "search")
    assert (code, out) == (2, "")
    assert one_error_line(err) == f"casebook: error: case folder not found: {tmp_path / 'nowhere'}"


# show ---------------------------------------------------------------------------------------------
def test_show_json_shape(casebook: Any) -> None:
    code, out, _ = casebook("--cases", GOOD, "--cases", BAD, "show", "tag-labels", "--json")
    assert code == 0
    doc = json.loads(out)
    assert {"id", "title", "summary", "country", "place", "region", "level", "year_start",
            "year_end", "sectors", "challenges", "strategies", "outcomes", "metrics", "sources",
            "language", "updated", "path", "body", "sections", "problems"} <= set(doc)
    assert doc["challenges"] == ["resource-constraints", "legacy-systems"]
    assert doc["strategies"] == ["participatory-budgeting", "co-creation"]
    assert doc["path"] == str(BAD / "tag-labels.md")
    assert list(doc["sections"]) == ["Context", "Challenge", "Strategy", "Outcomes", "Lessons"]
    assert doc["sections"]["Context"] == "Context text."
    assert doc["body"].lstrip().startswith("## Context")
    assert doc["problems"] == []


def test_show_json_lists_problems(casebook: Any) -> None:
    code, out, _ = casebook("--cases", BAD, "show", "bad-level", "--json")
    assert code == 0
    assert json.loads(out)["problems"] == [{
        "line": 6, "column": 8, "severity": "error",
        "message": "level 'federal' is not one of local, municipal, regional, national, "
                   "supranational"}]


def test_show_text(casebook: Any) -> None:
    code, out, err = casebook("--cases", GOOD, "show", "chilecompra")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == "ChileCompra Electronic Procurement"
    assert "Chile" in lines[1] and "national" in lines[1] and "2003" in lines[1]
    assert "Challenges: Corruption risk, Legacy systems" in lines


def test_unknown_id_exits_2_without_traceback(tmp_path: Path) -> None:
    result = run("--data-dir", tmp_path, "--cases", GOOD, "show", "no-such-case")
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == "casebook: error: no case with id 'no-such-case'\n"


# tags -------------------------------------------------------------------------------------------
def test_tags_json_has_zero_counts_and_free_tags(casebook: Any) -> None:
    code, out, _ = casebook("--cases", GOOD, "--cases", BAD / "unknown-tag.md", "tags",
                            "--json")
    assert code == 2  # a file is not a case folder
    code, out, _ = casebook("--cases", BAD, "tags", "--json")
    assert code == 0
    doc = json.loads(out)
    assert list(doc) == ["challenges", "strategies", "outcomes", "countries", "sectors"]
    challenges = {t["id"]: t for t in doc["challenges"]}
    assert challenges["corruption-risk"]["count"] == 0
    assert challenges["corruption-risk"]["free"] is False
    assert challenges["corruption-risk"]["label"] == "Corruption risk"
    assert challenges["legacy-mainframes"] == {"id": "legacy-mainframes",
                                               "label": "legacy-mainframes",
                                               "description": "", "count": 1, "free": True}
    assert challenges["legacy-systems"]["count"] >= 10
    assert {"name": "Germany", "count": 1} in doc["countries"]


def test_tags_text_marks_free_tags(casebook: Any) -> None:
    code, out, _ = casebook("--cases", BAD, "tags", "--facet", "challenges")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "CHALLENGES"
    assert any(line.strip().startswith("0  corruption-risk") for line in lines)
    assert any("legacy-mainframes" in line and line.endswith("(free tag)") for line in lines)


# environment, pipes, help ---------------------------------------------------------------
def test_casebook_data_dir_is_honoured(tmp_path: Path) -> None:
    target = tmp_path / "from-env"
    result = run("--cases", GOOD, "index", env={"CASEBOOK_DATA_DIR": str(target)})
    assert result.returncode == 0, result.stderr
    assert (target / "user.db").is_file()
    assert (target / "derived" / "index.db").is_file()
    other = tmp_path / "from-flag"
    result = run("--data-dir", other, "--cases", GOOD, "index",
                 env={"CASEBOOK_DATA_DIR": str(target)})
    assert result.stdout.startswith("3 cases: 3 added")
    assert (other / "user.db").is_file()


def test_closed_pipe_is_not_an_error(tmp_path: Path) -> None:
    cases = tmp_path / "cases"
    write_case(cases, "long", body="Many words here. " * 20_000)
    env = {k: v for k, v in os.environ.items() if k != "CASEBOOK_DATA_DIR"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "casebook.cli", "--data-dir", str(tmp_path / "d"), "--cases",
         str(cases), "show", "long"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.readline() == b"Case long\n"
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0
    assert err == ""


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("casebook ")


def commands(parser: argparse.ArgumentParser, prefix: str = "") -> Iterator[
        tuple[str, str | None, argparse.ArgumentParser]]:
    """(full name, help text, parser) of every sub-command, nested ones included."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help for a in action._choices_actions}
            for name, sub in action.choices.items():
                full = f"{prefix}{name}"
                yield full, helps.get(name), sub
                yield from commands(sub, full + " ")


def test_every_command_has_help_text() -> None:
    found = list(commands(cli.build_parser()))
    names = {name for name, _, _ in found}
    assert {"gui", "index", "check", "search", "show", "tags"} <= names
    for name, help_text, sub in found:
        assert help_text and help_text.strip(), f"'{name}' has no help text"
        assert sub.description, f"'{name}' has no description"
        for action in sub._actions:
            if action.option_strings and action.help is None:
                pytest.fail(f"'{name} {action.option_strings[0]}' has no help text")
            if not action.option_strings and not isinstance(
                    action, argparse._SubParsersAction) and not action.help:
                pytest.fail(f"'{name} {action.dest}' has no help text")


def test_every_command_is_documented() -> None:
    docs = (ROOT / "README.md").read_text(encoding="utf-8")
    for path in sorted((ROOT / "docs").glob("*.md")):
        docs += path.read_text(encoding="utf-8")
    missing = []
    for name, _, _ in commands(cli.build_parser()):
        top, _, action = name.partition(" ")
        if f"casebook {top}" not in docs or (action and f"`{action} " not in docs
                                              and f"`{action}`" not in docs):
            missing.append(name)
    assert missing == [], f"commands missing from README.md or docs/: {missing}"


def test_every_command_help_runs(capsys: pytest.CaptureFixture[str]) -> None:
    for name, _, _ in commands(cli.build_parser()):
        with pytest.raises(SystemExit) as exit_info:
            cli.main([*name.split(), "--help"])
        assert exit_info.value.code == 0
        out = capsys.readouterr().out
        assert out.startswith(f"usage: casebook {name}"), name


def test_copied_bundled_library_searches(tmp_path: Path, bundled_copy: Path) -> None:
    shutil.rmtree(bundled_copy / "europe")
    result = run("--data-dir", tmp_path / "d", "--cases", bundled_copy, "search", "--json",
                 "--limit", "100")
    doc = json.loads(result.stdout)
    assert result.returncode == 0
    originals = [p for p in bundled_copy.rglob("*.md")  # translations list with their case
                 if "translation_of:" not in p.read_text(encoding="utf-8")]
    assert doc["total"] == len(originals) == len(doc["results"])
    assert not any(r["id"] == "estonia-digital-state" for r in doc["results"])


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_progress_on_a_terminal_only(tmp_path: Path) -> None:
    import fcntl
    import pty
    import select
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    env = {k: v for k, v in os.environ.items() if k != "CASEBOOK_DATA_DIR"}
    proc = subprocess.Popen([sys.executable, "-m", "casebook.cli", "--data-dir", str(tmp_path),
                             "--cases", str(GOOD), "index"], stdout=subprocess.PIPE,
                            stderr=slave, env=env)
    os.close(slave)
    seen = b""
    while select.select([master], [], [], 60)[0]:
        try:
            chunk = os.read(master, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    os.close(master)
    assert proc.wait(timeout=60) == 0
    assert proc.stdout is not None
    with proc.stdout:
        assert proc.stdout.read().startswith(b"3 cases: 3 added")
    assert b"Indexing" in seen and b"3/3" in seen


def test_show_and_search_print_the_readers_place_line(casebook: Any) -> None:
    line = "Porto Alegre, Brazil · municipal · 1989–2004"
    code, out, _ = casebook("--cases", GOOD, "show", "porto-alegre-participatory-budgeting")
    assert code == 0 and out.splitlines()[1] == line
    code, out, _ = casebook("--cases", GOOD, "search", "Porto", "Alegre")
    assert code == 0
    assert "Participatory Budgeting in Porto Alegre  (Brazil · municipal · 1989–2004)" in out
