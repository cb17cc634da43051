"""Pointing Casebook at a folder it did not make: every convention, hostile names and bytes."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from casebook import cli
from casebook.cases.model import Filters
from casebook.derived.store import FileRow
from casebook.library import Library
from tests.reliability.corpus_mixed import MAKERS, Expect, generate

N_FILES = 300


@dataclass
class Indexed:
    root: Path
    lib: Library
    expects: list[Expect]
    files: dict[str, FileRow]

    def path(self, exp: Expect) -> str:
        return os.path.abspath(self.root / exp.rel)


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Indexed]:
    base = tmp_path_factory.mktemp("mixed")
    expects = generate(base / "notes", N_FILES)
    lib = Library(base / "data", [str(base / "notes")])
    lib.sync()
    yield Indexed(base / "notes", lib, expects, lib.store.files())
    lib.close()


def test_the_corpus_has_every_convention(mixed: Indexed) -> None:
    kinds = {e.kind for e in mixed.expects}
    assert kinds >= {m.__name__ for m in MAKERS} | {"oversized", "hidden"}
    names = "".join(e.rel for e in mixed.expects)
    for char in (":", "?", "&", "[", "]", "(", "“", "‘", "\u00a0.md", "🎉"):
        assert char in names


def test_every_readable_file_is_indexed_and_the_rest_are_listed(mixed: Indexed) -> None:
    for exp in mixed.expects:
        row = mixed.files.get(mixed.path(exp))
        if not exp.indexed:
            assert row is None, exp.rel
        elif exp.readable:
            assert row is not None and row.case_id and row.reason is None, exp.rel
            assert mixed.lib.store.case_row(row.case_id) is not None
        else:
            assert row is not None and row.reason and row.case_id is None, exp.rel
            [problem] = mixed.lib.store.problems(mixed.path(exp))
            assert problem.message.startswith("skipped: ") and problem.line == 1
    readable = sum(e.readable and e.indexed for e in mixed.expects)
    assert mixed.lib.store.count_cases() == readable


def test_problems_name_the_file_and_the_line(mixed: Indexed) -> None:
    known = {mixed.path(e) for e in mixed.expects}
    problems = mixed.lib.problems()
    assert problems
    for p in problems:
        assert p.path in known and p.line >= 1 and p.column >= 1 and p.message
        assert "\n" not in p.message and "Traceback" not in p.message
    for exp in mixed.expects:
        got = {(p.code, p.line) for p in mixed.lib.store.problems(mixed.path(exp))}
        for code, line in exp.problems.items():
            assert (code, line) in got, (exp.rel, code, line, sorted(got))
        assert "duplicate-id" not in {code for code, _ in got}, exp.rel


def test_titles_come_from_title_then_heading_then_file_name(mixed: Indexed) -> None:
    for exp in mixed.expects:
        if exp.title is None:
            continue
        case_id = mixed.files[mixed.path(exp)].case_id
        assert case_id is not None
        assert mixed.lib.case(case_id)["title"] == exp.title, exp.rel


def test_tags_are_read_as_free_tags(mixed: Indexed) -> None:
    for exp in mixed.expects:
        if exp.free_tags is None:
            continue
        case_id = mixed.files[mixed.path(exp)].case_id
        assert case_id is not None
        assert mixed.lib.case(case_id)["free_tags"] == exp.free_tags, exp.rel
    result = mixed.lib.search("", Filters(terms={"tags": ["open-data"]}), limit=0)
    assert result.total > 0


def test_every_case_opens_searches_and_serialises(mixed: Indexed) -> None:
    for case_id in mixed.lib.store.all_ids():
        json.dumps(mixed.lib.case(case_id))
    for query in ("budget", "title:hugo", "emoji", "🚀", "{{< youtube", "iframe", "a" * 200,
                  "caf*", "clim~2", '"open data"'):
        json.dumps(mixed.lib.search(query, limit=50).to_json())
    report = mixed.lib.sync()
    assert (report.added, report.changed, report.removed) == (0, 0, 0)


def test_cli_check_lists_problems_without_a_traceback(
    mixed: Indexed, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli.main(["--data-dir", str(tmp_path / "d"), "check", str(mixed.root)])
    out, err = capsys.readouterr()
    assert code == 1 and err == ""
    assert out.splitlines()[-1].endswith(f" in {N_FILES} files")
    assert "Traceback" not in out
