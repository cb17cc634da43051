"""A commit during a pinned search leaves that search's searcher open and consistent."""

from __future__ import annotations

from pathlib import Path

from casebook.cases.model import IndexDoc
from casebook.derived.engine import Engine


def doc(case_id: str, body: str) -> IndexDoc:
    return IndexDoc(id=case_id, sha="s-" + case_id, title=f"Case {case_id}", summary="",
                    body=body, sections="", challenges=[], strategies=[], outcomes=[],
                    country="", place="", region="", sectors="", level="")


def test_write_during_a_pinned_search(tmp_path: Path) -> None:
    engine = Engine(tmp_path / "w")
    engine.open()
    engine.write([doc("a", "the procurement reform"), doc("b", "other words")], [])
    with engine.pinned():
        results = engine.run(engine.parse("procurement"), None, 10)
        engine.write([doc("c", "procurement again")], [])  # a commit from elsewhere
        assert [i for i, _ in engine.hit_ids(results)] == ["a"]
        assert "<b>procurement</b>" in engine.snippet(results, "a",
                                                      [("body", "the procurement reform")])
    after = engine.run(engine.parse("procurement"), None, 10)
    assert sorted(i for i, _ in engine.hit_ids(after)) == ["a", "c"]
    engine.close()
