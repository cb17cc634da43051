"""The bundled case library: valid, covering the taxonomy, and findable."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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


def test_every_challenge_has_four_cases(lib: Library) -> None:
    assert short_terms(lib, "challenges", 4) == []


@pytest.mark.parametrize("facet", ["strategies", "outcomes"])
def test_every_strategy_and_outcome_has_two_cases(lib: Library, facet: str) -> None:
    assert short_terms(lib, facet, 2) == []


REGIONS = {"Africa", "Asia", "Europe", "Latin America and the Caribbean",
           "Middle East and North Africa", "North America", "Oceania", "International"}


@pytest.fixture(scope="module")
def cases(lib: Library) -> list[dict[str, Any]]:
    return [lib.case(i) for i in sorted(lib.store.all_ids())]


def test_the_second_edition_has_57_cases_and_three_in_every_region(
        cases: list[dict[str, Any]]) -> None:
    assert len(cases) >= 57
    regions = Counter(c["region"] for c in cases)
    assert set(regions) == REGIONS  # one spelling of each region, and no other
    assert min(regions.values()) >= 3, regions


def test_every_case_has_a_verdict_and_results_with_evidence(
        cases: list[dict[str, Any]]) -> None:
    missing = [c["id"] for c in cases if c["verdict"] is None]
    bare = [(c["id"], o["id"]) for c in cases for o in c["outcomes"]
            if not (o["result"] and o["evidence"])]
    assert (missing, bare) == ([], [])


def test_every_case_has_two_followable_sources(cases: list[dict[str, Any]]) -> None:
    few = [c["id"] for c in cases
           if sum(bool(s.get("url") or s.get("doi")) for s in c["sources"]) < 2]
    assert few == []


def test_every_metric_and_strong_evidence_points_at_a_source(
        cases: list[dict[str, Any]]) -> None:
    unsourced = [(c["id"], m["label"]) for c in cases for m in c["metrics"]
                 if not m.get("source")]
    strong = [(c["id"], o["id"]) for c in cases for o in c["outcomes"]
              if o["evidence"] in ("experimental", "evaluation") and not o["source"]]
    assert (unsourced, strong) == ([], [])


def test_successes_and_other_verdicts_are_both_well_represented(
        cases: list[dict[str, Any]]) -> None:
    verdicts = Counter(c["verdict"] for c in cases)
    others = len(cases) - verdicts["success"]
    # verdicts follow the evidence, not a quota: failures and mixed records are well
    # represented, and so are the successes a trainer looks for
    assert others >= len(cases) / 3 and verdicts["success"] >= 10, verdicts
    assert verdicts["failure"] >= 4, verdicts


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
