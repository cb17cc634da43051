"""The evidence map's counts, verdicts, evidence threshold and gaps on a hand-made set."""

from __future__ import annotations

import csv
import io

import pytest

from casebook.errors import InputError
from casebook.evidence.formats import map_text
from casebook.evidence.map import MapCase, Outcome, build_map

CASES = [
    MapCase("a", "Alpha", {"challenges": ["trust", "money"], "strategies": ["pb"],
                           "outcomes": ["engagement"]}, "success",
            [Outcome("engagement", "achieved", "evaluation")]),
    MapCase("b", "Beta", {"challenges": ["trust"], "strategies": ["pb", "open-data"],
                          "outcomes": ["engagement", "transparency"]}, "mixed",
            [Outcome("engagement", "mixed", "anecdotal"),
             Outcome("transparency", "achieved", "statistics")]),
    MapCase("c", "Gamma", {"challenges": ["money"], "strategies": ["open-data"],
                           "outcomes": ["transparency"]}, None,
            [Outcome("transparency", None, None)]),
    MapCase("d", "Delta", {"challenges": [], "strategies": ["pb"], "outcomes": []}, "failure"),
]
ORDER = {"challenges": ["trust", "money", "legacy"], "strategies": ["pb", "open-data", "x"]}


def make(**kw: object) -> object:
    return build_map(CASES, order=lambda f: ORDER.get(f, ()), links=[("legacy", "x"),
                                                                        ("trust", "pb")], **kw)


def test_counts_verdicts_and_best_evidence_match_the_hand_made_table() -> None:
    m = make()
    table = {(c.row, c.col): (c.ids, c.best_evidence) for c in m.cells.values()}
    assert table == {
        ("trust", "pb"): (["a", "b"], "evaluation"),
        ("money", "pb"): (["a"], "evaluation"),
        ("trust", "open-data"): (["b"], "statistics"),
        ("money", "open-data"): (["c"], None),
    }
    assert m.cell("trust", "pb").verdicts == {"success": 1, "mixed": 1, "failure": 0,
                                              "too-early": 0, "none": 0}
    assert m.cell("money", "open-data").verdicts["none"] == 1
    assert m.total == 4  # Delta has no challenge but is in the result set
    assert [(t.id, t.cases) for t in m.row_terms] == [("trust", 2), ("money", 2), ("legacy", 0)]
    assert [(t.id, t.cases) for t in m.col_terms] == [("pb", 2), ("open-data", 2), ("x", 0)]
    assert m.links == [("legacy", "x"), ("trust", "pb")]


def test_the_evidence_threshold_keeps_evaluation_or_stronger() -> None:
    m = make(min_evidence="evaluation")
    assert {(c.row, c.col): c.ids for c in m.cells.values()} == {
        ("trust", "pb"): ["a"], ("money", "pb"): ["a"]}
    assert m.total == 1
    statistics = make(min_evidence="statistics")
    assert statistics.cell("trust", "open-data").ids == ["b"]
    assert statistics.cell("money", "open-data") is None  # no evidence stated


def test_an_outcome_axis_uses_that_outcomes_own_evidence() -> None:
    m = build_map(CASES, "outcomes", "strategies", min_evidence="statistics")
    assert {(c.row, c.col): c.ids for c in m.cells.values()} == {
        ("engagement", "pb"): ["a"], ("transparency", "pb"): ["b"],
        ("transparency", "open-data"): ["b"]}


def test_verdicts_as_rows_and_bad_facets() -> None:
    m = build_map(CASES, "verdicts", "strategies")
    assert [t.id for t in m.row_terms] == ["success", "mixed", "failure", "too-early"]
    assert m.cell("failure", "pb").ids == ["d"]
    with pytest.raises(InputError, match="not a facet the map can show"):
        build_map(CASES, "years", "strategies")
    with pytest.raises(InputError, match="two different facets"):
        build_map(CASES, "strategies", "strategies")
    with pytest.raises(InputError, match="unknown evidence level 'strong'"):
        build_map(CASES, min_evidence="strong")


def test_text_markdown_csv_and_html() -> None:
    m = make()
    rows = list(csv.reader(io.StringIO(map_text(m, "csv"))))
    assert rows[0] == ["challenges \\ strategies", "pb", "open-data", "x"]
    assert rows[1] == ["trust (2)", "2 ●◐", "1 ◐", ""]
    assert rows[3] == ["legacy (0)", "", "", "◇"]
    md = map_text(m, "markdown")
    assert "| trust (2) | 2 ●◐ | 1 ◐ |  |" in md
    assert "<td>2 ●◐</td>" in map_text(m, "html")
    text = map_text(m, "text")
    assert "trust (2): pb: 2 ●◐; open-data: 1 ◐" in text
    assert "legacy (0): x: ◇" in text
    assert m.to_json()["cells"][0] == {"row": "trust", "col": "pb", "cases": 2,
                                       "ids": ["a", "b"], "best_evidence": "evaluation",
                                       "verdicts": {"success": 1, "mixed": 1, "failure": 0,
                                                    "too-early": 0, "none": 0}}
