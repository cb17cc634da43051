"""The one-pass stem analyzer gives exactly the tokens of the Whoosh filter chain."""

from __future__ import annotations

import pytest
from whoosh.analysis import (
    Analyzer,
    CharsetFilter,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
)
from whoosh.support.charset import accent_map

from casebook.derived.analyzers import TOKEN, StemTokenizer

TEXTS = [
    "Participação dos cidadãos, ühiskaart **Budgets** and the e-gov U.S.A. 3.14 plan",
    "The a I x THE Zürich São Paulo's budgeting; budgets! of-the-people",
    "", "a", "  budgets   ", "Ωmega ÉCOLE naïve café",
]
MODES = [
    {"positions": True, "chars": True},
    {},
    {"mode": "query"},
    {"removestops": False, "positions": True, "chars": True},
    {"tokenize": False},
    {"tokenize": False, "removestops": False},
    {"positions": True, "chars": True, "start_pos": 5, "start_char": 7},
]


def chained_stem_analyzer() -> Analyzer:
    """The reference chain StemTokenizer reproduces."""
    return (RegexTokenizer(TOKEN) | LowercaseFilter() | CharsetFilter(accent_map)
            | StopFilter() | StemFilter())


def tokens(analyzer: object, text: str, **kwargs: object) -> list[tuple[object, ...]]:
    return [(t.text, t.stopped, getattr(t, "pos", None), getattr(t, "startchar", None),
             getattr(t, "endchar", None)) for t in analyzer(text, **kwargs)]  # type: ignore[operator]


@pytest.mark.parametrize("kwargs", MODES)
@pytest.mark.parametrize("text", TEXTS)
def test_same_tokens_as_the_chain(text: str, kwargs: dict[str, object]) -> None:
    assert tokens(StemTokenizer(), text, **kwargs) == tokens(chained_stem_analyzer(), text,
                                                             **kwargs)


def test_survives_pickling_into_a_schema() -> None:
    import pickle

    copy = pickle.loads(pickle.dumps(StemTokenizer()))
    assert copy == StemTokenizer()
    assert [t.text for t in copy("Budgets")] == ["budget"]
