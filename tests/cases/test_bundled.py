"""The bundled case library: valid, covering the taxonomy, and findable."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from casebook import cli, paths
from casebook.library import Library

BUNDLED = paths.bundled_cases()


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    library = Library(tmp_path_factory.mktemp("bundled-data"), [str(BUNDLED)])
    library.sync()
    yield library
    library.close()


def test_check_prints_no_problems(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code = cli.main(["--data-dir", str(tmp_path), "check", str(BUNDLED)])
    out = capsys.readouterr().out
    files = len([p for p in BUNDLED.rglob("*.md")
                 if not any(part.startswith((".", "_")) for part in p.relative_to(BUNDLED).parts)])
    assert out == f"0 errors, 0 warnings in {files} files\n"
    assert code == 0
    assert files >= 30
    # with no path, check reads the configured folders: the bundled library by default
    code = cli.main(["--data-dir", str(tmp_path / "default"), "check"])
    assert (code, capsys.readouterr().out) == (0, f"0 errors, 0 warnings in {files} files\n")


def test_every_case_is_indexed_without_problems(lib: Library) -> None:
    assert lib.problems() == []
    assert lib.store.count_cases() == lib.store.count_files()


def short_terms(lib: Library, facet: str, minimum: int) -> list[str]:
    return [f"{t['id']} ({t['count']})" for t in lib.tag_listing()[facet]
            if not t["free"] and t["count"] < minimum]


def test_every_challenge_is_used_by_two_cases(lib: Library) -> None:
    assert short_terms(lib, "challenges", 2) == []


@pytest.mark.parametrize("facet", ["strategies", "outcomes"])
def test_every_strategy_and_outcome_is_used(lib: Library, facet: str) -> None:
    assert short_terms(lib, facet, 1) == []


@pytest.mark.parametrize("query", ["participatory budgeting", "digital identity",
                                   "procurement"])
def test_core_topics_find_three_cases(lib: Library, query: str) -> None:
    result = lib.search(query)
    assert result.total >= 3, [h.id for h in result.hits]
    assert all("<b>" in h.snippet for h in result.hits[:3])


def test_no_free_tags_in_the_bundled_library(lib: Library) -> None:
    listing = lib.tag_listing()
    free = {facet: [t["id"] for t in listing[facet] if t["free"]]
            for facet in ("challenges", "strategies", "outcomes")}
    assert free == {"challenges": [], "strategies": [], "outcomes": []}
