"""The plain data classes: Filters written to JSON and read back."""

from __future__ import annotations

import json

import pytest

from casebook.cases.model import Filters


def test_filters_read_back_what_they_wrote() -> None:
    filters = Filters({"challenges": ["legacy-systems"], "regions": ["Latin America"],
                       "countries": ["Brazil", "Chile"], "levels": []}, 1990, 2004)
    again = Filters.from_json(json.loads(json.dumps(filters.to_json())))
    assert again == Filters({"challenges": ["legacy-systems"], "regions": ["Latin America"],
                             "countries": ["Brazil", "Chile"]}, 1990, 2004)
    assert Filters.from_json(Filters().to_json()) == Filters()


@pytest.mark.parametrize("data", [None, [], "text", 3, {"from": "1990", "to": True},
                                  {"colours": ["red"], "countries": "Brazil"}])
def test_what_is_not_a_filter_is_left_out(data: object) -> None:
    assert Filters.from_json(data) == Filters()


def test_values_are_text() -> None:
    assert Filters.from_json({"levels": [1, "national"], "from": 2001}) == \
        Filters({"levels": ["1", "national"]}, 2001)
