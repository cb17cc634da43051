"""Search through the facade: text, fields, filters, years, order, snippets, facets, spelling."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from casebook.cases.model import Filters
from casebook.errors import InputError, QueryError
from casebook.library import Library
from tests.helpers import write_case

GOOD = Path(__file__).resolve().parent.parent / "data" / "good"
PORTO = "porto-alegre-participatory-budgeting"
TALLINN = "tallinn-free-public-transport"
CHILE = "chilecompra"


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    """The three good cases plus a few more, indexed once for the read-only tests."""
    root = tmp_path_factory.mktemp("search")
    cases = root / "cases"
    shutil.copytree(GOOD, cases)
    write_case(cases / "more", "lighthouse-title", title="Lighthouse keepers go digital",
               country="Norway", year=2015, challenges="legacy-systems",
               body="A small agency modernised its records.")
    write_case(cases / "more", "lighthouse-body", title="Coastal records", country="Norway",
               year=1995, challenges="legacy-systems, resource-constraints",
               body="The lighthouse service kept paper logs. Each lighthouse had a ledger.")
    write_case(cases / "more", "open-budget", title="Budget data for everyone", year=2018,
               country="Brazil", challenges="low-public-trust", strategies="open-data",
               outcomes="increased-transparency", body="Budgeting data published openly.")
    library = Library(root / "data", [str(cases)])
    library.sync()
    yield library
    library.close()


def ids(lib: Library, query: str = "", **kwargs: Any) -> list[str]:
    return [h.id for h in lib.search(query, limit=100, **kwargs).hits]


def terms(**values: list[str]) -> Filters:
    return Filters(terms=dict(values))


# text -----------------------------------------------------------------------------------
def test_accents_are_folded(lib: Library) -> None:
    assert ids(lib, "participacao") == [PORTO]
    assert ids(lib, "participação") == [PORTO]
    assert ids(lib, "uhiskaart") == [TALLINN]
    assert ids(lib, "ühiskaart") == [TALLINN]


def test_title_is_boosted_over_body(lib: Library) -> None:
    assert ids(lib, "lighthouse") == ["lighthouse-title", "lighthouse-body"]
    scores = [h.score for h in lib.search("lighthouse").hits]
    assert scores[0] is not None and scores[1] is not None and scores[0] > scores[1]


def test_phrase_query(lib: Library) -> None:
    assert ids(lib, '"budget data"') == ["open-budget"]
    assert set(ids(lib, "budget data")) >= {"open-budget"}
    assert ids(lib, '"data budget"') == []


def test_field_queries(lib: Library) -> None:
    assert ids(lib, "country:brazil", sort="title") == ["open-budget", PORTO]
    assert ids(lib, "country:Brazil level:municipal") == [PORTO]
    assert ids(lib, 'challenges:"Resource constraints"', sort="title") == [
        "lighthouse-body", PORTO]
    assert ids(lib, "challenges:resource-constraints", sort="title") == [
        "lighthouse-body", PORTO]
    assert ids(lib, "strategies:PB") == [PORTO]
    assert ids(lib, 'place:"porto alegre"') == [PORTO]
    assert ids(lib, "sectors:procurement") == [CHILE]
    assert ids(lib, "title:ChileCompra") == [CHILE]
    assert ids(lib, "summary:trams") == [TALLINN]
    assert ids(lib, "body:ledger") == ["lighthouse-body"]


def test_boolean_and_wildcards(lib: Library) -> None:
    assert ids(lib, "lighthouse NOT ledger") == ["lighthouse-title"]
    assert ids(lib, "chilecomp*") == [CHILE]
    assert ids(lib, "ligthouse~2", sort="title") == ["lighthouse-body", "lighthouse-title"]


# filters and years ----------------------------------------------------------------------
def test_filters_or_within_and_across(lib: Library) -> None:
    f = terms(challenges=["corruption-risk", "low-public-trust"])
    assert ids(lib, filters=f) == ["open-budget", CHILE, PORTO]
    f.terms["countries"] = ["Brazil"]
    assert ids(lib, filters=f) == ["open-budget", PORTO]
    f.terms["strategies"] = ["participatory-budgeting"]
    assert ids(lib, filters=f) == [PORTO]


def test_text_and_filters_together(lib: Library) -> None:
    assert ids(lib, "budget", filters=terms(levels=["municipal"])) == [PORTO]
    assert ids(lib, "lighthouse", filters=terms(countries=["Chile"])) == []
    assert lib.search("lighthouse", filters=terms(countries=["Chile"])).total == 0
    nowhere = lib.search("lighthouse", filters=terms(countries=["Atlantis"]))
    assert (nowhere.total, nowhere.hits, nowhere.facets["countries"]) == (0, [], {})


def test_year_span(lib: Library) -> None:
    # 1989-2004, 2013-, 2003-, 2015, 1995, 2018 (write_case has no year_end)
    assert ids(lib, filters=Filters(year_from=2016)) == [
        "open-budget", CHILE, "lighthouse-body", TALLINN, "lighthouse-title"]
    assert ids(lib, filters=Filters(year_to=1990)) == [PORTO]
    assert ids(lib, filters=Filters(year_from=1990, year_to=2000)) == [
        "lighthouse-body", PORTO]


def test_sort_by_year_and_title(lib: Library) -> None:
    assert ids(lib, "", sort="year") == [
        "open-budget", "lighthouse-title", TALLINN, CHILE, "lighthouse-body", PORTO]
    assert ids(lib, "", sort="title") == [
        "open-budget", CHILE, "lighthouse-body", TALLINN, "lighthouse-title", PORTO]
    assert ids(lib, "lighthouse", sort="year") == ["lighthouse-title", "lighthouse-body"]
    assert ids(lib, "lighthouse", sort="title") == ["lighthouse-body", "lighthouse-title"]
    with pytest.raises(InputError, match="unknown sort 'size'"):
        lib.search("", sort="size")


def test_paging(lib: Library) -> None:
    first = lib.search("", sort="title", limit=4)
    second = lib.search("", sort="title", limit=4, offset=4)
    assert first.total == second.total == 6
    assert [h.id for h in first.hits + second.hits] == ids(lib, "", sort="title")
    ranked = ids(lib, "data OR budget OR lighthouse")
    assert [h.id for h in lib.search("data OR budget OR lighthouse", limit=2, offset=1).hits] \
        == ranked[1:3]


# snippets, facets, totals -----------------------------------------------------------------
def test_snippets_highlight_matches(lib: Library) -> None:
    hit = lib.search("ledger").hits[0]
    assert "<b>ledger</b>" in hit.snippet
    hit = lib.search("participacao").hits[0]
    assert "<b>participação</b>" in hit.snippet


def test_filter_only_snippet_is_the_summary(lib: Library) -> None:
    hit = lib.search("", filters=terms(countries=["Chile"])).hits[0]
    assert hit.snippet == ("Chile moved all public purchasing onto one open electronic "
                           "platform run by an independent agency.")
    assert hit.score is None


def test_snippets_only_for_the_page(lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real: Callable[..., str] = lib.engine.snippet

    def spy(results: Any, case_id: str, texts: Any, language: str = "en") -> str:
        calls.append(case_id)
        return real(results, case_id, texts, language)

    monkeypatch.setattr(lib.engine, "snippet", spy)
    result = lib.search("data OR budget OR lighthouse OR procurement", limit=2)
    assert result.total > 2
    assert calls == [h.id for h in result.hits]
    assert all("<b>" in h.snippet for h in result.hits)


def test_facets_count_the_whole_result_set(lib: Library) -> None:
    result = lib.search("", limit=1)
    assert (result.total, len(result.hits)) == (6, 1)
    assert result.facets["challenges"]["legacy-systems"] == 3
    assert result.facets["countries"] == {"Brazil": 2, "Norway": 2, "Chile": 1, "Estonia": 1}
    assert result.facets["levels"] == {"national": 4, "municipal": 2}
    assert result.facets["sectors"]["urban development"] == 2
    result = lib.search("lighthouse", limit=1)
    assert result.total == 2
    assert result.facets["challenges"] == {"legacy-systems": 2, "resource-constraints": 1}
    assert set(result.facets) >= {"challenges", "strategies", "outcomes", "countries",
                                  "levels", "sectors"}


def test_facets_apply_the_filters(lib: Library) -> None:
    result = lib.search("", filters=terms(countries=["Norway"]))
    assert result.facets["countries"] == {"Norway": 2}
    assert result.facets["challenges"] == {"legacy-systems": 2, "resource-constraints": 1}


# spelling and bad queries -------------------------------------------------------------------
def test_spelling_suggestion(lib: Library) -> None:
    assert lib.search("lighthuose").suggestion == "lighthouse"
    assert lib.search("participatroy budgeting").suggestion == "participatory budgeting"
    assert lib.search("lighthouse").suggestion is None
    assert lib.search("").suggestion is None
    assert lib.search("country:brazl").suggestion is None


@pytest.mark.parametrize("query", ["sha:abc", "word " * 250])
def test_bad_query_is_a_query_error(lib: Library, query: str) -> None:
    with pytest.raises(QueryError):
        lib.search(query)


def test_result_json_shape(lib: Library) -> None:
    doc = lib.search("lighthouse", filters=terms(countries=["Norway"]), limit=1).to_json()
    assert list(doc) == ["query", "filters", "total", "relaxed", "results", "facets",
                         "suggestion"]
    assert doc["filters"] == {"countries": ["Norway"]}
    assert doc["relaxed"] is False
    (row,) = doc["results"]
    assert {"id", "title", "path", "score", "snippet", "country", "level", "year_start",
            "year_end", "challenges", "strategies", "outcomes", "problems", "match"} <= set(row)
    assert row["match"] == "all"
    assert row["path"].endswith("lighthouse-title.md") and Path(row["path"]).is_absolute()


def test_search_sees_new_cases_after_sync(make_library: Callable[..., Library],
                                          case_dir: Path) -> None:
    write_case(case_dir, "first")
    lib = make_library(case_dir)
    lib.sync()
    write_case(case_dir, "second", body="Brand new wording: aardvarks.")
    assert ids(lib, "aardvarks") == []
    lib.sync()
    assert ids(lib, "aardvarks") == ["second"]


COUNTED = [("", {}), ("budget", {}), ("participatory budgeting", {}), ("budget council", {}),
           ("", {"challenges": ["low-civic-engagement"]}),
           ("open data", {"strategies": ["open-data"], "year_from": 2005}),
           ("transport", {"outcomes": ["quality-of-life"], "results": ["achieved"]}),
           ('"digital identity"', {}), ("x-road OR aadhaar", {"year_to": 2015})]


def _filters(spec: dict[str, Any]) -> Filters:
    terms = {k: v for k, v in spec.items() if k not in ("year_from", "year_to")}
    return Filters(terms=terms, year_from=spec.get("year_from"), year_to=spec.get("year_to"))


def test_a_result_holds_the_cases_its_search_counts(bundled_copy: Path,
                                                    make_library: Callable[..., Library]) -> None:
    """What the evidence map draws without searching again: each family once, as the
    map's own search counts them (the bundled library has translations)."""
    from casebook.derived.search import matching_ids

    lib = make_library(bundled_copy)
    lib.sync()
    for query, spec in COUNTED:
        filters = _filters(spec)
        result = lib.search(query, filters, limit=5)
        assert result.counted == matching_ids(lib, query, filters), query
        assert len(result.counted) == result.total, query
        drawn = lib.evidence_map(query, filters, counted=result.counted).to_json()
        assert drawn == lib.evidence_map(query, filters).to_json(), query


def test_kept_words_and_filters_follow_the_library(bundled_copy: Path,
                                                   make_library: Callable[..., Library]) -> None:
    """A word's scores and a filter's cases are kept between searches, never past a
    change: the same search after a sync sees the new case."""
    lib = make_library(bundled_copy)
    lib.sync()
    filters = Filters(terms={"challenges": ["low-civic-engagement"]}, year_from=2000)
    before = lib.search("budget", filters, limit=200)
    assert lib.search("budget", filters, limit=200).hits == before.hits
    write_case(bundled_copy / "zz", "zz-budget-assembly", title="A budget assembly",
               challenges="low-civic-engagement", year=2010,
               body="The budget of the town was set by an assembly of residents.")
    lib.sync()
    after = lib.search("budget", filters, limit=200)
    assert after.total == before.total + 1
    assert "zz-budget-assembly" in {h.id for h in after.hits}
