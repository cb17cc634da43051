"""The fast evaluator finds the same documents with the same scores as Whoosh."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from whoosh import query

from casebook.cases.model import IndexDoc
from casebook.derived.bm25f import FastEvaluator
from casebook.derived.engine import Engine
from casebook.derived.schema import TAG_FIELD
from casebook.errors import Unsupported

BODIES = [
    "The open data portal gave every citizen access to the annual budget.",
    "Open budget data, and a portal that nobody used; the budget was annual.",
    "Hospital nurses in rural clinics reported fraud to the audit office.",
    "Every citizen could follow the audit of the hospital budget in 2015.",
    "Public trust grew when the open data portal published every contract.",
    "A participatory budget: citizens proposed, voted and audited. Participação!",
]
QUERIES = ["budget", "open data portal", '"open data"', '"every citizen"', "budget OR audit",
           "open NOT portal", "(budget OR hospital) AND NOT fraud", '"annual budget"',
           "participacao", '"the open data portal"', "nothingatall", '"budget nothingatall"']


TAGS = ["Open data\nopen government data", "", "Participatory budgeting\npb", "Audit",
        "", "Participatory budgeting\ncommunity budgeting", ""]
FIELDS = ("body", TAG_FIELD)


def doc(n: int, body: str) -> IndexDoc:
    return IndexDoc(id=f"d{n}", sha=f"s{n}", title=f"Case {n}", summary="", body=body,
                    sections="Context", challenges=[], strategies=[], outcomes=[],
                    country="", place="", region="", sectors="", level="", tag_text=TAGS[n])


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    e = Engine(tmp_path / "w")
    e.open()
    e.write([doc(n, b) for n, b in enumerate(BODIES[:4])], [])
    e.write([doc(n + 4, b) for n, b in enumerate(BODIES[4:])], [])  # a second segment
    e.write([doc(1, BODIES[1] + " Fraud too.")], [])  # a deleted document in a segment
    yield e
    e.close()


@pytest.mark.parametrize("tags", [False, True])
@pytest.mark.parametrize("text", [*QUERIES, "participatory budgeting", '"participatory budget"',
                                  "community OR audit"])
def test_same_matches_and_scores_as_whoosh(engine: Engine, text: str, tags: bool) -> None:
    s = engine.searcher()
    q = engine.parse(text)
    if tags:  # each word also in the tags' names, boosted
        q = engine.with_tags(q)
    fast = FastEvaluator(s, FIELDS).scores(q)
    slow = {docnum: score for score, docnum in s.search(q, limit=None).top_n}
    assert fast.keys() == slow.keys()
    for docnum, score in slow.items():
        assert fast[docnum] == pytest.approx(score, rel=1e-9)


@pytest.mark.parametrize("text", ["title:budget", "budg*", "budgte~", "NOT budget"])
def test_other_queries_are_left_to_whoosh(engine: Engine, text: str) -> None:
    with pytest.raises(Unsupported):
        FastEvaluator(engine.searcher(), FIELDS).scores(engine.parse(text))


@pytest.mark.parametrize(("text", "need"), [("open data portal", 2), ("budget audit hospital", 2),
                                            ("citizen budget fraud nothingatall", 3)])
def test_forgiving_run_agrees_with_whoosh(engine: Engine, text: str, need: int) -> None:
    s = engine.searcher()
    words = engine.plain_words(text, engine.parse(text))
    assert words is not None
    words = [engine.with_tags(w) for w in words]
    results = engine.run_words(words, need, None, None, some_below=0)
    sets = [{n for _, n in s.search(w, limit=None).top_n} for w in words]
    expected = {d for d in set().union(*sets) if sum(d in found for found in sets) >= need}
    assert results.docset == expected
    union = {n: v for v, n in s.search(query.Or(words), limit=None).top_n}  # scores summed
    assert {n: v for v, n in results.top_n} == pytest.approx({d: union[d] for d in expected},
                                                              rel=1e-9)
