"""The derived SQLite store: schema, cases and tags, filters, facet counts, order, files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from casebook.cases.model import Case, Filters, Problem, Section
from casebook.derived.facet_cache import Catalog
from casebook.derived.store import SCHEMA_VERSION, FileRow, Store, connect


def make_case(case_id: str, **fields: object) -> Case:
    values: dict[str, object] = {
        "title": f"Case {case_id}", "summary": "S.", "country": ["Estonia"],
        "level": "national", "year_start": 2010, "challenges": ["legacy-systems"],
        "strategies": ["interoperability"], "outcomes": ["improved-service-delivery"],
    }
    values.update(fields)
    return Case(id=case_id, path=f"/cases/{case_id}.md", **values)  # type: ignore[arg-type]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(tmp_path / "index.db")
    yield s
    s.close()


def put(store: Store, *cases: Case) -> None:
    with store.transaction():
        for case in cases:
            store.put_case(case, "sha-" + case.id, case.body, {})


@pytest.fixture
def filled(store: Store) -> Store:
    put(store,
        make_case("a", title="alpha", country=["Brazil"], level="municipal", year_start=1989,
                  year_end=2004, challenges=["resource-constraints", "low-public-trust"],
                  strategies=["participatory-budgeting"], outcomes=["civic-engagement"],
                  sectors=["public finance"]),
        make_case("b", title="Bravo", country=["Estonia", "Finland"], year_start=2001,
                  challenges=["legacy-systems"], strategies=["interoperability"],
                  sectors=["Public Finance", "IT"]),
        make_case("c", title="charlie", country=["Chile"], year_start=2003, year_end=2008,
                  challenges=["corruption-risk"], strategies=["transparent-procurement"],
                  outcomes=["reduced-corruption"]),
        make_case("d", title="Delta", country=["Kenya"], year_start=None,
                  challenges=["corruption-risk", "legacy-systems"], level="regional"))
    return store


def test_schema_and_wal(store: Store) -> None:
    assert store.meta("schema") == str(SCHEMA_VERSION)
    names = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"cases", "tags", "files", "problems", "meta"} <= names
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_data_survives_reopening(tmp_path: Path) -> None:
    s = Store(tmp_path / "index.db")
    put(s, make_case("a"))
    s.close()
    s = Store(tmp_path / "index.db")
    assert s.all_ids() == ["a"]
    s.close()


def test_old_schema_is_dropped_and_recreated(tmp_path: Path) -> None:
    s = Store(tmp_path / "index.db")
    put(s, make_case("a"))
    s.set_meta("schema", "0")
    s.close()
    s = Store(tmp_path / "index.db")
    assert s.all_ids() == [] and s.meta("schema") == str(SCHEMA_VERSION)
    s.close()


def test_transaction_rolls_back_on_error(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        store.put_case(make_case("a"), "", "", {})
        raise RuntimeError("boom")
    assert store.count_cases() == 0
    assert not store.db.conn.in_transaction


def test_put_case_replaces_old_tags(store: Store) -> None:
    put(store, make_case("a", challenges=["legacy-systems", "digital-divide"]))
    put(store, make_case("a", challenges=["digital-divide"]))
    assert store.tags_of(["a"])["a"]["challenges"] == ["digital-divide"]
    assert store.count_cases() == 1


def test_user_tags_add_and_remove(store: Store) -> None:
    with store.transaction():
        effective = store.put_case(
            make_case("a", challenges=["legacy-systems", "digital-divide"]), "", "",
            {"challenges": (["siloed-organisations"], ["digital-divide"])})
    assert effective["challenges"] == ["legacy-systems", "siloed-organisations"]
    tags = store.tags_of(["a"])["a"]
    assert tags["challenges"] == ["legacy-systems", "siloed-organisations"]
    assert tags["_user_challenges"] == ["siloed-organisations"]


def test_filters_or_within_and_across(filled: Store) -> None:
    assert filled.filter_ids(Filters()) == {"a", "b", "c", "d"}
    f = Filters(terms={"challenges": ["corruption-risk", "resource-constraints"]})
    assert filled.filter_ids(f) == {"a", "c", "d"}
    f.terms["challenges"] = ["corruption-risk", "legacy-systems"]
    f.terms["levels"] = ["national"]
    assert filled.filter_ids(f) == {"b", "c"}
    f = Filters(terms={"challenges": ["corruption-risk"], "strategies": ["interoperability"]})
    assert filled.filter_ids(f) == {"d"}


def test_country_and_sector_filters_ignore_case(filled: Store) -> None:
    assert filled.filter_ids(Filters(terms={"countries": ["finland"]})) == {"b"}
    assert filled.filter_ids(Filters(terms={"countries": ["BRAZIL", "Chile"]})) == {"a", "c"}
    assert filled.filter_ids(Filters(terms={"sectors": ["public finance"]})) == {"a", "b"}


def test_year_span_means_active_in_the_span(filled: Store) -> None:
    # a: 1989-2004, b: 2001-, c: 2003-2008, d: no year
    assert filled.filter_ids(Filters(year_from=2005)) == {"b", "c"}
    assert filled.filter_ids(Filters(year_to=2002)) == {"a", "b"}
    assert filled.filter_ids(Filters(year_from=2002, year_to=2003)) == {"a", "b", "c"}
    assert filled.filter_ids(Filters(year_from=2009, year_to=2009)) == {"b"}
    assert filled.filter_ids(Filters(year_to=1900)) == set()


def test_facet_counts_over_a_set_and_over_all(filled: Store) -> None:
    catalog = Catalog(filled)  # the search's counts; the store's own are term_counts()
    every = catalog.facet_counts(None)
    assert every["challenges"] == {"corruption-risk": 2, "legacy-systems": 2,
                                   "low-public-trust": 1, "resource-constraints": 1}
    assert every["levels"] == {"national": 2, "municipal": 1, "regional": 1}
    assert every["countries"]["Finland"] == 1
    some = catalog.facet_counts(["c", "d"])
    assert some["challenges"] == {"corruption-risk": 2, "legacy-systems": 1}
    assert some["countries"] == {"Chile": 1, "Kenya": 1}
    assert catalog.facet_counts([])["challenges"] == {}
    assert filled.term_counts() == every


def test_ordered_by_title_and_year(filled: Store) -> None:
    catalog = Catalog(filled)
    assert catalog.ordered(None, "title", 10) == ["a", "b", "c", "d"]
    assert catalog.ordered(None, "year", 10) == ["c", "b", "a", "d"]
    assert catalog.ordered(["a", "d", "c"], "year", 10) == ["c", "a", "d"]
    assert catalog.ordered(None, "title", 2, offset=1) == ["b", "c"]


def test_case_rows_and_index_docs(filled: Store) -> None:
    rows = filled.case_rows(["b", "zz"])
    assert list(rows) == ["b"] and rows["b"]["title"] == "Bravo"
    assert filled.case_rows([]) == {}
    (doc,) = filled.index_docs(["b"])
    assert doc.country == "Estonia Finland"
    assert doc.challenges == ["legacy-systems"]
    assert doc.sha == "sha-b"


def test_sections_are_stored_with_their_lines(store: Store) -> None:
    case = make_case("a", sections=[Section("Context", "ctx", 20), Section("Lessons", "l", 30)])
    put(store, case)
    row = store.case_row("a")
    assert row is not None
    assert row["sections"] == '[["Context", 20, "ctx"], ["Lessons", 30, "l"]]'
    (doc,) = store.index_docs(["a"])
    assert doc.sections == "Context Lessons"


def test_files_and_problems(store: Store) -> None:
    with store.transaction():
        store.put_file(FileRow("/c/a.md", 10, 5, "abc", "a", "a", None))
        store.put_file(FileRow("/c/b.md", 3, 6, "", None, None, "binary file"))
        store.put_problems("/c/a.md", "a", [
            Problem("/c/a.md", 9, 2, "warning", "w"), Problem("/c/a.md", 3, 1, "error", "e")])
    assert store.count_files() == 2
    assert store.files()["/c/b.md"].reason == "binary file"
    assert [(p.line, p.severity) for p in store.problems()] == [(3, "error"), (9, "warning")]
    assert store.problems("/c/other.md") == []
    with store.transaction():
        store.put_problems("/c/a.md", "a", [Problem("/c/a.md", 1, 1, "error", "again")])
    assert [p.message for p in store.problems("/c/a.md")] == ["again"]
    with store.transaction():
        store.drop_file("/c/a.md")
    assert list(store.files()) == ["/c/b.md"]
    assert store.problems() == []


def test_delete_case_removes_its_tags(filled: Store) -> None:
    with filled.transaction():
        filled.delete_case("a")
    assert "a" not in filled.all_ids()
    assert "resource-constraints" not in filled.term_counts()["challenges"]


def test_connect_reports_unusable_path(tmp_path: Path) -> None:
    from casebook.errors import StorageError

    with pytest.raises(StorageError, match="cannot open the database"):
        connect(tmp_path / "no-such-folder" / "x.db")


@pytest.mark.parametrize("damage", [
    b"this is not a database" * 100,  # SQLite: file is not a database
    None,  # a real database whose pages are overwritten: database disk image is malformed
])
def test_a_damaged_file_is_a_damaged_store(tmp_path: Path, damage: bytes | None) -> None:
    from casebook.errors import DamagedStore

    path = tmp_path / "index.db"
    if damage is None:
        s = Store(path)
        put(s, *(make_case(f"c{n}") for n in range(50)))
        s.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        s.close()
        data = bytearray(path.read_bytes())
        data[4096:] = b"\xff" * (len(data) - 4096)  # every page after the first
        path.write_bytes(bytes(data))
    else:
        path.write_bytes(damage)
    with pytest.raises(DamagedStore, match=r"^cannot open the database .*index\.db: "):
        Store(path)


def test_an_older_layout_is_rebuilt_with_a_warning(tmp_path: Path,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    s = Store(tmp_path / "index.db")
    s.set_meta("schema", "1")
    s.close()
    with caplog.at_level("WARNING", logger="casebook.derived.store"):
        Store(tmp_path / "index.db").close()
    assert [r.getMessage() for r in caplog.records] == [
        f"the derived data in {tmp_path / 'index.db'} has an older layout (schema 1, now "
        f"{SCHEMA_VERSION}); it is rebuilt from the case files"]
    caplog.clear()
    Store(tmp_path / "new.db").close()  # a new store is no repair
    assert caplog.records == []


def test_a_schema_5_store_gains_its_indexes_in_place(bundled_copy: Path,
                                                     make_library: Any) -> None:
    """Version 6 only adds indexes: a version 5 store keeps its cases (no rebuild)."""
    lib = make_library(bundled_copy)
    lib.sync()
    path, count = lib.store.path, len(lib.store.all_ids())
    db = lib.store.db
    for name in ("idx_cases_family", "idx_cases_years", "idx_tags_lookup"):
        db.execute(f"DROP INDEX {name}")
    db.execute("CREATE INDEX idx_tags_facet_key ON tags(facet, key)")
    db.execute("DELETE FROM meta WHERE key = 'store_id'")
    db.execute("UPDATE meta SET value = '5' WHERE key = 'schema'")
    lib.close()
    store = Store(path)
    try:
        indexes = {r[0] for r in store.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"idx_cases_family", "idx_cases_years", "idx_tags_lookup"} <= indexes
        assert "idx_tags_facet_key" not in indexes
        assert store.meta("schema") == "6" and len(store.all_ids()) == count
        assert store.meta("store_id")
        plan = store.db.execute("EXPLAIN QUERY PLAN SELECT id, language, translation_of "
                                "FROM cases").fetchall()
        assert "COVERING INDEX idx_cases_family" in plan[0][3]
    finally:
        store.close()
