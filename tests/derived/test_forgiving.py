"""Forgiving search: most of a plain query's words, tiers, stop words, strict mode, tags."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from casebook.cases.model import Filters
from casebook.derived.search import min_should_match, nearest_terms
from casebook.library import Library
from tests.helpers import write_case

FOUR = "river ferry timetable pilot"


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    """Cases holding four, three, two, one or none of FOUR's words, plus a few others."""
    root = tmp_path_factory.mktemp("forgiving")
    cases = root / "cases"
    for case_id, country, year, body in [
        ("all-four", "Norway", 2001, "The river ferry timetable pilot ran for a year."),
        ("three", "Chile", 2005, "A river ferry kept to its timetable."),
        ("two", "Kenya", 2010, "The river ferry was slow."),
        ("one", "Ghana", 2015, "Nobody crossed the river."),
        ("none", "Peru", 2020, "Mountains and hills only."),
        ("through", "Peru", 2011, "The winter roster through the valley held."),
        ("during", "Peru", 2012, "The winter roster in the valley held."),
    ]:
        write_case(cases, case_id, title=f"Transport story {year}", country=country,
                   year=year, body=body)
    write_case(cases, "tagged", title="Counters under one roof", country="Brazil",
               strategies="one-stop-shop", body="Citizens visit a single centre.")
    library = Library(root / "data", [str(cases)])
    library.sync()
    yield library
    library.close()


def found(lib: Library, query: str, **kwargs: Any) -> list[tuple[str, str]]:
    return [(h.id, h.match) for h in lib.search(query, limit=100, **kwargs).hits]


def test_minimum_should_match_is_all_up_to_two_then_three_quarters() -> None:
    assert [min_should_match(n) for n in range(1, 9)] == [1, 2, 2, 3, 3, 4, 5, 6]


def test_most_words_above_some_words_below_not_counted(lib: Library) -> None:
    result = lib.search(FOUR)
    assert [(h.id, h.match) for h in result.hits] == [
        ("all-four", "all"), ("three", "most"), ("two", "some"), ("one", "some")]
    assert result.relaxed
    assert result.total == 2  # the 'some' cases are listed but not counted
    assert result.facets["countries"] == {"Norway": 1, "Chile": 1}
    assert result.to_json()["relaxed"] is True
    assert [r["match"] for r in result.to_json()["results"]] == ["all", "most", "some", "some"]


def test_strict_mode_keeps_the_all_words_rule(lib: Library) -> None:
    result = lib.search(FOUR, strict=True)
    assert [(h.id, h.match) for h in result.hits] == [("all-four", "all")]
    assert (result.total, result.relaxed) == (1, False)
    assert sorted(found(lib, "river ferry", strict=True)) == [
        ("all-four", "all"), ("three", "all"), ("two", "all")]


@pytest.mark.parametrize("query", [
    "river AND ferry AND timetable AND pilot", '"river ferry" timetable pilot',
    "+river ferry timetable pilot", "river ferry timetable pilot~", "river ferry timetable pil*",
    "body:river ferry timetable pilot", "(river ferry timetable pilot)"])
def test_strict_syntax_keeps_todays_behaviour(lib: Library, query: str) -> None:
    result = lib.search(query)
    assert [(h.id, h.match) for h in result.hits] == [("all-four", "all")]
    assert (result.total, result.relaxed) == (1, False)


def test_two_words_need_both_and_the_others_follow(lib: Library) -> None:
    assert found(lib, "ferry pilot")[0] == ("all-four", "all")
    assert sorted(found(lib, "ferry pilot")[1:]) == [("three", "some"), ("two", "some")]
    both = found(lib, "river ferry")
    assert sorted(both[:3]) == [("all-four", "all"), ("three", "all"), ("two", "all")]
    assert both[3:] == [("one", "some")]


def test_stop_words_are_left_out_but_kept_in_phrases(lib: Library) -> None:
    # 'through' is an English stop word the index keeps: left out of plain queries...
    plain = found(lib, "winter roster through valley")
    assert plain == found(lib, "winter roster valley")
    assert sorted(plain) == [("during", "all"), ("through", "all")]
    assert found(lib, "the river and the ferry") == found(lib, "river ferry")
    # ...but it still counts inside a phrase
    assert found(lib, '"roster through the valley"') == [("through", "all")]
    # a query of nothing but stop words still searches for them
    assert [case_id for case_id, _ in found(lib, "through")] == ["through"]


def test_no_some_tier_when_ten_cases_match_most_words(tmp_path: Path) -> None:
    folder = tmp_path / "cases"
    for n in range(10):
        write_case(folder, f"both-{n}", level="national" if n else "municipal",
                   body="The harbour crane was replaced.")
    write_case(folder, "only-harbour", body="The harbour was dredged.")
    lib = Library(tmp_path / "data", [str(folder)])
    try:
        lib.sync()
        ten = lib.search("harbour crane", limit=100)
        assert (ten.total, len(ten.hits), ten.relaxed) == (10, 10, False)
        assert {h.match for h in ten.hits} == {"all"}
        nine = lib.search("harbour crane", Filters(terms={"levels": ["national"]}), limit=100)
        assert (nine.total, len(nine.hits), nine.relaxed) == (9, 10, True)
        assert (nine.hits[-1].id, nine.hits[-1].match) == ("only-harbour", "some")
    finally:
        lib.close()


def test_sorting_keeps_the_some_tier_below_and_pages_through_it(lib: Library) -> None:
    by_year = lib.search(FOUR, sort="year", limit=100)
    assert [(h.id, h.match) for h in by_year.hits] == [
        ("three", "most"), ("all-four", "all"), ("two", "some"), ("one", "some")]
    pages = [[h.id for h in lib.search(FOUR, limit=1, offset=n).hits] for n in range(5)]
    assert pages == [["all-four"], ["three"], ["two"], ["one"], []]
    pages = [[h.id for h in lib.search(FOUR, sort="title", limit=3, offset=n).hits]
             for n in (0, 3)]
    assert pages == [["all-four", "three", "two"], ["one"]]


def test_filters_apply_to_every_tier(lib: Library) -> None:
    result = lib.search(FOUR, Filters(terms={"countries": ["Chile", "Ghana"]}))
    assert [(h.id, h.match) for h in result.hits] == [("three", "most"), ("one", "some")]
    assert result.total == 1


def test_words_naming_a_taxonomy_term_find_cases_tagged_with_it(lib: Library) -> None:
    assert found(lib, "one-stop shop") == [("tagged", "all")]
    # not in its text, but in its tag's name, which is indexed
    assert found(lib, "one-stop shop", strict=True) == [("tagged", "all")]


def test_snippets_of_the_some_tier_highlight_their_words(lib: Library) -> None:
    hits = {h.id: h for h in lib.search(FOUR).hits}
    assert "<b>river</b>" in hits["one"].snippet


def test_nearest_taxonomy_terms_for_a_query_that_finds_nothing(lib: Library) -> None:
    assert lib.search("legasy systms").hits == []
    assert lib.nearest_terms("legasy systms")[0] == ("challenges", "legacy-systems")
    assert nearest_terms(lib.taxonomy, "partisipatory budjet")[0] == (
        "strategies", "participatory-budgeting")
    assert ("challenges", "corruption-risk") in nearest_terms(lib.taxonomy, "bribery")
    # the library offers only the terms some case has
    assert ("challenges", "corruption-risk") not in lib.nearest_terms("bribery")
    assert lib.nearest_terms("the of and") == []
