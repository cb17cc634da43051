"""Comparison rows, shared tags, section openings and the id checks."""

from __future__ import annotations

import pytest

from casebook.errors import InputError
from casebook.evidence.compare import compare
from casebook.evidence.formats import compare_text


def case(case_id: str, **kw: object) -> dict[str, object]:
    base: dict[str, object] = {
        "id": case_id, "title": f"Case {case_id}", "country": ["Brazil"], "place": None,
        "level": "municipal", "year_start": 1989, "year_end": None, "verdict": None,
        "challenges": [], "strategies": [], "outcomes": [], "metrics": [], "sections": {},
        "attribution": None, "licence": None}
    base.update(kw)
    return base


def test_rows_in_contract_order_with_shared_tags_and_openings() -> None:
    a = case("a", place="Porto Alegre", challenges=["low-public-trust"], verdict="success",
             outcomes=[{"id": "civic-engagement", "result": "achieved",
                        "evidence": "evaluation", "source": 1, "note": "Up"}],
             sections={"Context": "First para\nwraps.\n\nSecond.", "Budget": "x"})
    b = case("b", challenges=["low-public-trust", "corruption-risk"], year_end=2004,
             outcomes=["civic-engagement"], sections={"Context": "Only one.", "Budget": "y"},
             attribution="The GovLab", licence="CC-BY-4.0")
    c = case("c", challenges=["corruption-risk"], sections={"Other": "z"})
    result = compare([a, b, c])
    fields = [r.field for r in result.rows]
    assert fields[:8] == ["place", "level", "years", "verdict", "challenges", "strategies",
                          "outcomes", "metrics"]
    assert fields[8:] == ["section:Context", "section:Budget"]  # 'Other' is in one case only
    assert result.row("place").values == ["Porto Alegre, Brazil", "Brazil", "Brazil"]
    assert result.row("years").values == ["1989–", "1989–2004", "1989–"]
    assert result.row("challenges").shared == ["low-public-trust", "corruption-risk"]
    assert result.row("outcomes").shared == ["civic-engagement"]
    assert result.row("outcomes").values[1] == [{"id": "civic-engagement", "result": None,
                                                 "evidence": None, "source": None,
                                                 "note": None}]
    context = result.row("section:Context")
    assert context.values == ["First para wraps.", "Only one.", ""]
    assert context.more == [True, False, False]
    doc = result.to_json()
    assert doc["cases"][1] == {"id": "b", "title": "Case b", "attribution": "The GovLab",
                               "licence": "CC-BY-4.0"}
    text = compare_text(result, "markdown")
    assert "| Challenges | low-public-trust * | low-public-trust *, corruption-risk * |" in text
    assert "- Case b: The GovLab (CC-BY-4.0)" in text
    assert "civic-engagement * (achieved, evaluation)" in compare_text(result, "text")


@pytest.mark.parametrize(("ids", "message"), [
    (["a"], "compare takes 2 to 5 cases, not 1"),
    (["a", "b", "c", "d", "e", "f"], "compare takes 2 to 5 cases, not 6"),
    (["a", "b", "a"], "case 'a' is listed twice"),
])
def test_too_few_too_many_or_twice_is_an_error(ids: list[str], message: str) -> None:
    with pytest.raises(InputError, match=message):
        compare([case(i) for i in ids])
