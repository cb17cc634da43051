"""The Whoosh engine behind its small interface: analysis, writing, queries, snippets."""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest

from casebook.cases.model import IndexDoc
from casebook.derived import bm25f
from casebook.derived.analyzers import stem_analyzer
from casebook.derived.engine import Engine
from casebook.errors import QueryError


def doc(case_id: str, title: str = "", summary: str = "", body: str = "",
        **fields: object) -> IndexDoc:
    values: dict[str, object] = {
        "id": case_id, "sha": "sha-" + case_id, "title": title or f"Case {case_id}",
        "summary": summary, "body": body, "sections": "Context Lessons",
        "challenges": [], "strategies": [], "outcomes": [], "country": "", "place": "",
        "region": "", "sectors": "", "level": "",
    }
    values.update(fields)
    return IndexDoc(**values)  # type: ignore[arg-type]


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    e = Engine(tmp_path / "whoosh")
    assert e.open() is True
    yield e
    e.close()


def ids(engine: Engine, text: str, allowed: set[str] | None = None) -> list[str]:
    results = engine.run(engine.parse(text), allowed, None)
    return [i for i, _ in engine.hit_ids(results)]


def test_analyzer_folds_accents_and_stems() -> None:
    words = [t.text for t in stem_analyzer()("Participação dos cidadãos, ühiskaart **Budgets**")]
    assert words == ["participacao", "do", "cidadao", "uhiskaart", "budget"]


def test_markdown_asterisks_do_not_stick_to_words() -> None:
    assert [t.text for t in stem_analyzer()("**bold** words")] == ["bold", "word"]


def test_accent_insensitive_search(engine: Engine) -> None:
    engine.write([doc("pt", body="A participação popular no orçamento."),
                  doc("ee", body="Riders validate the ühiskaart card.")], [])
    assert ids(engine, "participacao") == ["pt"]
    assert ids(engine, "participação") == ["pt"]
    assert ids(engine, "uhiskaart") == ["ee"]
    assert ids(engine, "orcamento") == ["pt"]


def test_stemming(engine: Engine) -> None:
    engine.write([doc("a", body="Cities budgeted carefully for their citizens.")], [])
    assert ids(engine, "budgeting") == ["a"]
    assert ids(engine, "citizen") == ["a"]


def test_title_and_summary_outrank_body(engine: Engine) -> None:
    engine.write([doc("body", body="A long text that mentions procurement once."),
                  doc("title", title="Procurement reform"),
                  doc("summary", summary="The state reformed procurement.")], [])
    assert ids(engine, "procurement") == ["title", "summary", "body"]


def test_reopening_keeps_documents(tmp_path: Path) -> None:
    e = Engine(tmp_path / "w")
    e.open()
    e.write([doc("a", body="kept")], [])
    e.close()
    e2 = Engine(tmp_path / "w")
    assert e2.open() is False
    assert e2.stored() == {"a": "sha-a"}
    e2.close()


def test_update_and_delete(engine: Engine) -> None:
    engine.write([doc("a", body="first words"), doc("b", body="other")], [])
    engine.write([doc("a", body="second words", sha="new")], [])
    assert engine.doc_count() == 2
    assert ids(engine, "first") == []
    assert ids(engine, "second") == ["a"]
    assert engine.stored() == {"a": "new", "b": "sha-b"}
    engine.write([], ["b"])
    assert engine.stored() == {"a": "new"}


def test_bulk_write(engine: Engine) -> None:
    engine.write([doc(f"d{n}", body=f"word{n} shared") for n in range(30)], [], bulk=True)
    assert engine.doc_count() == 30
    assert len(ids(engine, "shared")) == 30
    assert ids(engine, "word7") == ["d7"]


def test_damaged_index_is_recreated(tmp_path: Path) -> None:
    e = Engine(tmp_path / "w")
    e.open()
    e.write([doc("a")], [])
    e.close()
    for toc in (tmp_path / "w").glob("*.toc"):
        toc.write_bytes(b"garbage")
    e = Engine(tmp_path / "w")
    assert e.open() is True
    assert e.doc_count() == 0
    e.close()


def test_a_damaged_index_is_rebuilt_with_a_warning(tmp_path: Path,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    e = Engine(tmp_path / "w")
    with caplog.at_level("INFO", logger="casebook.derived.engine"):
        e.open()  # a new index is no repair
    assert [(r.levelname, r.getMessage()) for r in caplog.records] == [
        ("INFO", f"creating the search index in {tmp_path / 'w'}")]
    e.write([doc("a")], [])
    e.close()
    for toc in (tmp_path / "w").glob("*.toc"):
        toc.write_bytes(b"garbage")
    caplog.clear()
    with caplog.at_level("INFO", logger="casebook.derived.engine"):
        assert e.open() is True
    [record] = caplog.records
    assert record.levelname == "WARNING"
    assert record.getMessage().startswith(f"the search index in {tmp_path / 'w'} is damaged (")
    assert record.getMessage().endswith("); it is rebuilt from the case files")
    e.close()


def test_a_failure_of_the_fast_path_falls_back_to_whoosh(
        engine: Engine, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    """A failure inside the BM25F fast path is a bug of ours, not the user's query: it is
    logged with its traceback and Whoosh answers. The fault is injected where the fast path
    (alone) decodes phrase positions with pickle."""
    engine.write([doc("a", body="open data portal for everyone"),
                  doc("b", body="data that is open to everyone")], [])
    whoosh_scores = engine.hit_ids(engine.searcher().search(engine.parse('"open data"')))

    def unreadable(data: bytes) -> object:
        raise pickle.UnpicklingError("positions in a format the fast path does not read")

    monkeypatch.setattr(bm25f, "loads", unreadable)
    with caplog.at_level("WARNING", logger="casebook.derived.engine"):
        results = engine.run(engine.parse('"open data"'), None, None)
    assert engine.hit_ids(results) == whoosh_scores
    assert [i for i, _ in whoosh_scores] == ["a"]
    [record] = caplog.records
    assert record.getMessage().startswith("the fast search path failed on ")
    assert record.exc_info is not None and record.exc_info[0] is pickle.UnpicklingError


def test_field_queries(engine: Engine) -> None:
    engine.write([
        doc("br", country="Brazil", place="Porto Alegre", level="municipal",
            challenges=["resource-constraints"], sectors="public finance"),
        doc("ee", country="Estonia", level="national", challenges=["legacy-systems"]),
    ], [])
    assert ids(engine, "country:brazil") == ["br"]
    assert ids(engine, 'place:"porto alegre"') == ["br"]
    assert ids(engine, "level:NATIONAL") == ["ee"]
    assert ids(engine, "challenges:legacy-systems") == ["ee"]
    assert ids(engine, "sectors:finance") == ["br"]


def test_label_in_a_tag_query_is_translated(engine: Engine) -> None:
    engine.write([doc("br", challenges=["resource-constraints"])], [])
    table = {"resource constraints": "resource-constraints"}

    def translate(facet: str, value: str) -> str:
        return table.get(value.lower(), value)

    q = engine.parse('challenges:"Resource constraints"', translate)
    assert [i for i, _ in engine.hit_ids(engine.run(q, None, None))] == ["br"]


def test_phrase_boolean_wildcard_and_fuzzy(engine: Engine) -> None:
    engine.write([doc("a", body="open data portal for everyone"),
                  doc("b", body="data that is open to everyone")], [])
    assert ids(engine, '"open data"') == ["a"]
    assert sorted(ids(engine, "open AND data")) == ["a", "b"]
    assert ids(engine, "open NOT portal") == ["b"]
    assert ids(engine, "port*") == ["a"]
    assert ids(engine, "portl~2") == ["a"]


def test_allowed_set_filters_results(engine: Engine) -> None:
    engine.write([doc("a", body="shared"), doc("b", body="shared")], [])
    assert ids(engine, "shared", allowed={"b"}) == ["b"]
    assert ids(engine, "shared", allowed={"unknown"}) == []


@pytest.mark.parametrize(("text", "message"), [
    ("sha:abc", r"^unknown field 'sha:' in the query; use one of title, summary, body, "),
    ("colour:red", r"^unknown field 'colour:' in the query"),
    ("x" * 1001, r"^the query is 1001 characters; the limit is 1000$"),
])
def test_unreadable_query_is_a_query_error(engine: Engine, text: str, message: str) -> None:
    engine.write([doc("a")], [])
    with pytest.raises(QueryError, match=message):
        engine.run(engine.parse(text), None, None)


def test_sloppy_syntax_is_read_leniently(engine: Engine) -> None:
    engine.write([doc("a", body="budget policy")], [])
    assert ids(engine, '"budget') == ["a"]
    assert ids(engine, "title:(budget OR") == []
    assert ids(engine, "budget AND") == ["a"]


def test_snippet_highlights_with_b(engine: Engine) -> None:
    body = "Intro words. " * 30 + "The city opened its procurement to the public. " + "End. " * 30
    engine.write([doc("a", body=body)], [])
    results = engine.run(engine.parse("procurement"), None, 10)
    snippet = engine.snippet(results, "a", [("body", body)])
    assert "<b>procurement</b>" in snippet
    assert len(snippet) < 400
    assert engine.snippet(results, "missing", [("body", body)]) == ""


def test_suggestion_for_unknown_words_only(engine: Engine) -> None:
    engine.write([doc("a", body="participatory budgeting in porto alegre")], [])
    assert engine.suggest("participatroy budgeting") == "participatory budgeting"
    assert engine.suggest("participatory budgeting") is None
    assert engine.suggest("country:brazl") is None
    assert engine.suggest("zzzzzzzzzz") is None


def test_more_like(engine: Engine) -> None:
    engine.write([doc("a", body="digital identity cards for every resident"),
                  doc("b", body="digital identity and electronic signatures"),
                  doc("c", body="rivers and forests")], [])
    similar = [i for i, _ in engine.more_like("a", "digital identity cards", top=5)]
    assert similar and similar[0] == "b"
    assert "c" not in similar
    # after a rewrite the document numbers move; the ids must still be right
    engine.write([doc("c", body="digital identity cards for every resident too")], ["b"])
    similar = [i for i, _ in engine.more_like("a", "digital identity cards", top=5)]
    assert similar == ["c"]
