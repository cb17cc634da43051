"""The judged plain-language questions: Casebook at least matches the FTS5 baseline."""

from __future__ import annotations

from bench import relevance
from bench.judged import JUDGED


def test_judged_questions_reach_the_baseline() -> None:
    result = relevance.measure()
    cb, base = result["casebook"], result["fts5"]
    assert result["questions"] == len(JUDGED) >= 30
    assert cb["recall_at_10"] >= base["recall_at_10"]
    assert cb["mrr"] >= base["mrr"]
    assert cb["empty"] == 0, cb["empty_questions"]


def test_the_baseline_ors_every_word() -> None:
    assert relevance.fts5_or_query("one-stop shop") == '"one" OR "stop" OR "shop"'
