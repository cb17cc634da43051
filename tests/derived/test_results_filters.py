"""Result, evidence and verdict filters and counts, and the outcome they belong to."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from casebook.cases.model import Filters
from casebook.library import Library
from tests.helpers import write_case


def library(case_dir: Path, make_library: Callable[..., Library]) -> Library:
    write_case(case_dir, "good", outcomes="{id: accountability, result: achieved, "
               "evidence: evaluation}, {id: cost-savings, result: mixed, evidence: anecdotal}",
               extra="verdict: success\n")
    write_case(case_dir, "scandal", outcomes="{id: accountability, result: not-achieved, "
               "evidence: experimental}, {id: cost-savings, result: achieved, "
               "evidence: statistics}", extra="verdict: failure\n")
    write_case(case_dir, "plain", outcomes="accountability")
    lib = make_library(case_dir)
    lib.sync()
    return lib


def ids(lib: Library, **terms: list[str]) -> list[str]:
    return sorted(h.id for h in lib.search("", Filters(terms=terms), limit=50).hits)


def test_result_evidence_and_verdict_filter_and_count(case_dir: Path, make_library) -> None:
    lib = library(case_dir, make_library)
    assert ids(lib, verdicts=["failure"]) == ["scandal"]
    assert ids(lib, results=["achieved"]) == ["good", "scandal"]
    assert ids(lib, evidence=["experimental"]) == ["scandal"]
    assert ids(lib, evidence=["evaluation"]) == ["good", "scandal"]  # or stronger
    assert ids(lib, evidence=["anecdotal"]) == ["good", "scandal"]  # 'plain' states none
    facets = lib.search("", Filters()).facets
    assert facets["verdicts"] == {"success": 1, "failure": 1}
    assert facets["results"] == {"achieved": 2, "mixed": 1, "not-achieved": 1}
    assert facets["evidence"]["evaluation"] == 1


def test_an_outcome_with_a_result_means_that_outcomes_own_entry(case_dir: Path,
                                                                make_library) -> None:
    lib = library(case_dir, make_library)
    # 'scandal' achieved something (cost savings), but not accountability
    assert ids(lib, outcomes=["accountability"], results=["achieved"]) == ["good"]
    assert ids(lib, outcomes=["cost-savings"], results=["achieved"]) == ["scandal"]
    assert ids(lib, outcomes=["accountability"], evidence=["experimental"]) == ["scandal"]
    assert ids(lib, outcomes=["accountability"]) == ["good", "plain", "scandal"]


def test_show_gives_outcome_objects_and_provenance(case_dir: Path, make_library) -> None:
    lib = library(case_dir, make_library)
    plain = lib.case("plain")
    assert plain["outcomes"] == [{"id": "accountability", "result": None, "evidence": None,
                                  "source": None, "note": None}]
    assert [plain[k] for k in ("verdict", "licence", "attribution", "origin",
                               "translation_of")] == [None] * 5
    assert lib.case("good")["outcomes"][1] == {"id": "cost-savings", "result": "mixed",
                                               "evidence": "anecdotal", "source": None,
                                               "note": None}
    assert lib.case("good")["verdict"] == "success"


def test_translation_of_an_unknown_id_is_a_warning(case_dir: Path, make_library) -> None:
    write_case(case_dir, "original")
    write_case(case_dir, "traducao", extra="translation_of: original\nlanguage: pt\n")
    write_case(case_dir, "orphan", extra="translation_of: nowhere\n")
    lib = make_library(case_dir)
    lib.sync()
    found = [(Path(p.path).name, p.line, p.message) for p in lib.problems()
             if p.code == "translation"]
    assert found == [("orphan.md", 12, "translation_of 'nowhere' names no case in the library")]
