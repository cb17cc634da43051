"""The taxonomy grows without a restart; the taxonomy browser's tree, counts and gaps."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from casebook.authoring.tags import add_tag
from casebook.authoring.taxonomy_tree import taxonomy_tree
from casebook.cases.model import Filters
from casebook.library import Library
from tests.helpers import write_case

MakeLib = Callable[..., Library]

EXTRA = """\
strategies:
  - id: citizen-juries
    label: Citizen juries
    description: Randomly selected residents deliberate and recommend.
    aliases: [mini-publics]
    addresses: [low-civic-engagement]
"""


def _warnings(lib: Library) -> list[str]:
    return [p.message for p in lib.problems() if p.code == "unknown-tag"]


@pytest.fixture
def lib(make_library: MakeLib, case_dir: Path) -> Library:
    write_case(case_dir, "jury", strategies="Citizen juries, public-consultation",
               challenges="low-civic-engagement")
    write_case(case_dir, "other")
    library = make_library(case_dir)
    library.sync()
    return library


def test_folder_taxonomy_turns_a_free_tag_into_a_known_one(lib: Library,
                                                           case_dir: Path) -> None:
    assert len(_warnings(lib)) == 1 and "Citizen juries" in _warnings(lib)[0]
    assert lib.case("jury")["strategies"] == ["citizen-juries", "public-consultation"]
    (case_dir / "taxonomy.yaml").write_text(EXTRA, encoding="utf-8")
    assert lib.reload_taxonomy() and lib.taxonomy_error is None
    assert lib.needs_sync()
    report = lib.sync()
    assert report.changed == 2  # every case is checked again against the new taxonomy
    assert _warnings(lib) == []
    assert [h.id for h in lib.search("", Filters(terms={"strategies": ["citizen-juries"]})
                                     ).hits] == ["jury"]
    listing = {t["id"]: t for t in lib.tag_listing()["strategies"]}
    assert listing["citizen-juries"]["free"] is False
    assert listing["citizen-juries"]["count"] == 1
    assert not lib.needs_sync()
    fresh = Library(lib.data_dir, lib.folders)  # a new process sees it from the start
    try:
        assert fresh.taxonomy.match("strategies", "mini publics") == "citizen-juries"
        assert not fresh.needs_sync()
    finally:
        fresh.close()


def test_a_broken_taxonomy_keeps_the_last_good_one(lib: Library, case_dir: Path) -> None:
    extra = case_dir / "taxonomy.yaml"
    extra.write_text(EXTRA, encoding="utf-8")
    lib.reload_taxonomy()
    lib.sync()
    extra.write_text(EXTRA + "  - id: [broken\n", encoding="utf-8")
    assert lib.reload_taxonomy() is False
    assert lib.taxonomy_error and str(extra) in lib.taxonomy_error
    assert "invalid YAML" in lib.taxonomy_error
    assert lib.taxonomy.match("strategies", "Citizen juries") == "citizen-juries"
    assert lib.sync().changed == 0 and _warnings(lib) == []
    extra.write_text(EXTRA.replace("low-civic-engagement", "no-such-challenge"),
                     encoding="utf-8")
    assert lib.reload_taxonomy() is False
    assert "addresses unknown challenge 'no-such-challenge'" in (lib.taxonomy_error or "")
    extra.unlink()
    assert lib.reload_taxonomy() and lib.taxonomy_error is None
    lib.sync()
    assert len(_warnings(lib)) == 1


def test_a_library_opened_with_a_broken_folder_taxonomy_uses_the_bundled_one(
        make_library: MakeLib, case_dir: Path) -> None:
    write_case(case_dir, "a")
    (case_dir / "taxonomy.yaml").write_text("strategies: [oops\n", encoding="utf-8")
    lib = make_library(case_dir)
    assert lib.taxonomy_error and "using the bundled taxonomy only" in lib.taxonomy_error
    assert lib.taxonomy.match("challenges", "legacy-systems") == "legacy-systems"
    assert lib.sync().added == 1


# the taxonomy browser -------------------------------------------------------------
def test_tree_counts_gaps_and_strategies(lib: Library) -> None:
    add_tag(lib, "other", "outcomes", "public-trust")  # a user tag counts like a file tag
    tree = {f.facet: f for f in taxonomy_tree(lib)}
    assert [f.facet for f in taxonomy_tree(lib)] == ["challenges", "strategies", "outcomes"]
    challenges = {t.id: t for t in tree["challenges"].terms}
    assert challenges["low-civic-engagement"].count == 1
    assert challenges["legacy-systems"].count == 1  # the default of write_case
    assert challenges["corruption-risk"].gap and challenges["corruption-risk"].count == 0
    resistance = challenges["resistance-to-change"]
    assert {"change-management", "staff-training"} <= {s.id for s in resistance.strategies}
    assert resistance.strategies == tuple(
        next(t for t in tree["strategies"].terms if t.id == s.id) for s in resistance.strategies)
    assert resistance.description
    outcomes = {t.id: t for t in tree["outcomes"].terms}
    assert outcomes["public-trust"].count == 1 and not outcomes["public-trust"].gap
    strategies = {t.id: t for t in tree["strategies"].terms}
    free = strategies["citizen-juries"]
    assert free.free and not free.gap and free.count == 1
    assert strategies["change-management"].addresses
    assert set(tree["challenges"].gaps) == {t for t in tree["challenges"].terms
                                            if t.count == 0}
    data = tree["challenges"].to_json()
    low = next(t for t in data["terms"] if t["id"] == "low-civic-engagement")
    assert low["count"] == 1 and low["gap"] is False and isinstance(low["strategies"], list)
    assert challenges["legacy-systems"].filter == ("challenges", "legacy-systems")
