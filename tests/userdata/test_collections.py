"""Collections and saved searches over a real user database and a real library."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from casebook.cases.model import Filters
from casebook.errors import InputError
from casebook.library import Library
from casebook.userdata.collections import Collections, Snapshot
from casebook.userdata.db import MIGRATIONS, UserDB
from tests.helpers import write_case

IDS = ["alpha", "bravo", "charlie", "delta", "echo"]


@pytest.fixture
def lib(make_library: Callable[..., Library], case_dir: Path) -> Library:
    for case_id in IDS:
        write_case(case_dir, case_id, title=f"The {case_id.capitalize()} case")
    library = make_library(case_dir)
    library.sync()
    return library


def test_create_list_rename_describe(lib: Library) -> None:
    cols = lib.collections
    assert cols.create("  Open  Gov 101 ", "For new managers") == "Open Gov 101"
    cols.create("Digital ID")
    cols.add("Open Gov 101", ["alpha", "bravo"])
    assert [(c.name, c.count) for c in cols.list()] == [("Digital ID", 0), ("Open Gov 101", 2)]
    with pytest.raises(InputError, match="already exists"):
        cols.create("open gov 101")
    with pytest.raises(InputError, match="already exists"):
        cols.rename("Digital ID", "Open Gov 101")
    assert cols.rename("Open Gov 101", "Open Government") == "Open Government"
    assert cols.rename("Open Government", "open government") == "open government"
    cols.describe("open government", "Purpose: ...\nAudience: managers")
    got = cols.get("Open Government")
    assert got.description == "Purpose: ...\nAudience: managers"
    assert got.ids == ["alpha", "bravo"]
    with pytest.raises(InputError, match="cannot be empty"):
        cols.create("   ")


def test_unknown_collection_and_case_ids(lib: Library) -> None:
    cols = lib.collections
    cols.create("Course")
    with pytest.raises(InputError, match="no collection named 'Corse'; did you mean 'Course'"):
        cols.get("Corse")
    with pytest.raises(InputError, match="no case with id 'nope'"):
        cols.add("Course", ["alpha", "nope"])
    assert cols.get("Course").items == []  # nothing half-added
    with pytest.raises(InputError, match="not in collection 'Course': 'bravo'"):
        cols.remove("Course", ["bravo"])
    with pytest.raises(InputError, match="not in collection"):
        cols.set_note("Course", "bravo", "x")


def test_order_add_at_position_move_remove(lib: Library) -> None:
    cols = lib.collections
    cols.create("C")
    assert cols.add("C", ["alpha", "bravo", "charlie"]) == ["alpha", "bravo", "charlie"]
    assert cols.add("C", ["delta"], position=1) == ["delta"]
    assert cols.get("C").ids == ["delta", "alpha", "bravo", "charlie"]
    assert cols.add("C", ["alpha", "echo"], note="read first", position=3) == ["echo"]
    col = cols.get("C")
    assert col.ids == ["delta", "alpha", "echo", "bravo", "charlie"]
    assert [i.position for i in col.items] == [1, 2, 3, 4, 5]
    assert col.item("alpha").note == "read first" and col.item("echo").note == "read first"
    cols.move("C", "charlie", 1)
    cols.move("C", "delta", 5)
    assert cols.get("C").ids == ["charlie", "alpha", "echo", "bravo", "delta"]
    with pytest.raises(InputError, match="outside 1-5"):
        cols.move("C", "alpha", 6)
    with pytest.raises(InputError, match="outside 1-5"):
        cols.move("C", "alpha", 0)
    cols.remove("C", ["alpha", "bravo"])
    col = cols.get("C")
    assert col.ids == ["charlie", "echo", "delta"]
    assert [i.position for i in col.items] == [1, 2, 3]
    cols.reorder("C", ["delta", "charlie", "echo"])
    assert cols.get("C").ids == ["delta", "charlie", "echo"]
    with pytest.raises(InputError, match="each of its 3 cases once"):
        cols.reorder("C", ["delta", "charlie"])


def test_notes_questions_and_many_collections(lib: Library) -> None:
    cols = lib.collections
    cols.create("A")
    cols.create("B")
    cols.add("A", ["alpha", "bravo"])
    cols.add("B", ["alpha"])
    cols.set_note("A", "alpha", "  Ask about budgets.\r\nThen split groups. ")
    cols.set_questions("A", "alpha", ["Who paid?", "  ", "What failed?"])
    item = cols.get("A").item("alpha")
    assert item.note == "Ask about budgets.\nThen split groups."
    assert item.questions == ["Who paid?", "What failed?"]
    assert cols.get("B").item("alpha").note == ""
    assert cols.containing("alpha") == ["A", "B"]
    assert cols.get("A").to_json() == {"name": "A", "description": "", "items": [
        {"id": "alpha", "title": "The Alpha case", "note": item.note,
         "questions": item.questions, "missing": False},
        {"id": "bravo", "title": "The Bravo case", "note": "", "questions": [],
         "missing": False}]}


def test_duplicate_delete_restore(lib: Library) -> None:
    cols = lib.collections
    cols.create("Course", "desc")
    cols.add("Course", ["charlie", "alpha"], note="n")
    cols.set_questions("Course", "alpha", ["q1"])
    assert cols.duplicate("Course") == "Course (copy)"
    assert cols.duplicate("Course") == "Course (copy) (2)"
    assert cols.duplicate("Course", "Second run") == "Second run"
    copy = cols.get("Second run")
    assert copy.to_json()["items"] == cols.get("Course").to_json()["items"]
    snap = cols.delete("Course")
    assert "Course" not in cols.names()
    assert cols.restore(snap) == "Course"
    assert cols.get("Course").to_json() == {**copy.to_json(), "name": "Course",
                                            "description": "desc"}
    cols.delete("Course")
    cols.create("Course")
    assert cols.restore(Snapshot.from_json(snap.to_json())) == "Course (2)"
    assert cols.get("Course (2)").ids == ["charlie", "alpha"]


def test_missing_case_keeps_its_last_title(lib: Library, case_dir: Path) -> None:
    cols = lib.collections
    cols.create("C")
    cols.add("C", ["alpha", "bravo"])
    write_case(case_dir, "bravo", title="Bravo, retitled")
    lib.sync()
    assert cols.get("C").item("bravo").title == "Bravo, retitled"
    (case_dir / "bravo.md").unlink()
    lib.sync()
    item = cols.get("C").item("bravo")
    assert (item.missing, item.title, item.path) == (True, "Bravo, retitled", None)
    assert cols.get("C").item("alpha").missing is False
    assert [c.count for c in cols.list()] == [2]
    cols.remove("C", ["bravo"])
    assert cols.get("C").ids == ["alpha"]


def test_collections_survive_rebuild_and_losing_derived_data(
        lib: Library, make_library: Callable[..., Library], case_dir: Path) -> None:
    lib.collections.create("Keep", "precious")
    lib.collections.add("Keep", ["echo", "alpha"], note="n")
    lib.collections.save_search("Budgets", "budget", Filters({"levels": ["national"]}))
    before = lib.collections.get("Keep").to_json()
    lib.sync(rebuild=True)
    assert lib.collections.get("Keep").to_json() == before
    lib.close()
    shutil.rmtree(lib.derived_dir)
    again = make_library(case_dir)
    again.sync()
    assert again.collections.get("Keep").to_json() == before
    assert again.collections.saved_search("budgets").query == "budget"


def test_saved_searches(lib: Library) -> None:
    cols = lib.collections
    filters = Filters({"challenges": ["legacy-systems"], "countries": ["Estonia"]}, 2000, 2020)
    assert cols.save_search(" Estonia  legacy ", "x-road OR registry", filters, "year") == \
        "Estonia legacy"
    cols.save_search("All", "")
    with pytest.raises(InputError, match="already exists"):
        cols.save_search("all", "other")
    cols.save_search("all", "other", replace=True)
    assert [s.name for s in cols.saved_searches()] == ["all", "Estonia legacy"]
    saved = cols.saved_search("estonia legacy")
    assert (saved.query, saved.sort) == ("x-road OR registry", "year")
    assert saved.filters == filters
    with pytest.raises(InputError, match="unknown sort"):
        cols.save_search("bad", "", sort="random")
    cols.rename_search("all", "Everything")
    assert cols.delete_search("everything").query == "other"
    with pytest.raises(InputError, match="no saved search named 'Everything'"):
        cols.delete_search("Everything")
    result = lib.search(saved.query, saved.filters, saved.sort)
    assert result.total == 0 or all(h.country == ["Estonia"] for h in result.hits)


def test_a_saved_search_keeps_every_kind_of_filter(lib: Library) -> None:
    filters = Filters({"regions": ["Europe"], "levels": ["national"]}, 2000)
    lib.collections.save_search("Europe", "", filters)
    assert lib.collections.saved_search("Europe").filters == filters


def test_v1_database_is_backed_up_then_migrated(data_dir: Path) -> None:
    path = data_dir / "user.db"
    conn = sqlite3.connect(path)
    for statement in MIGRATIONS[0]:
        conn.execute(statement)
    conn.execute("INSERT INTO settings VALUES ('case_folders', '[\"/somewhere\"]')")
    conn.execute("INSERT INTO user_tags VALUES ('alpha', 'challenges', 'x', 'add')")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    user = UserDB(path)
    try:
        assert user.version == len(MIGRATIONS) >= 2
        assert user.setting("case_folders") == ["/somewhere"]
        assert user.user_tags("alpha")["challenges"] == (["x"], [])
        cols = Collections(user, lambda ids: {})
        cols.create("New")
        assert cols.names() == ["New"]
    finally:
        user.close()
    backups = list((data_dir / "backups").glob("user-*-before-v2.db"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    assert old.execute("SELECT value FROM settings").fetchone()[0] == '["/somewhere"]'
    assert old.execute("SELECT name FROM sqlite_master WHERE name = 'collections'").fetchone() \
        is None
    old.close()
    UserDB(path).close()  # already current: no second backup
    assert len(list((data_dir / "backups").iterdir())) == 1


CHILD = textwrap.dedent("""
    import sys
    from casebook.library import Library
    lib = Library(sys.argv[1], [sys.argv[2]])
    lib.sync()
    cols = lib.collections
    ids = sys.argv[3].split(",")
    n = 0
    while True:
        name = f"c{n}"
        cols.create(name, f"collection {n}")
        cols.add(name, ids, note=f"note {n}")
        cols.move(name, ids[0], len(ids))
        print(n, flush=True)
        n += 1
""")


def test_kill_9_during_writes_leaves_a_clean_database(
        lib: Library, case_dir: Path, data_dir: Path) -> None:
    lib.close()
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(data_dir), str(case_dir),
                              ",".join(IDS)], stdout=subprocess.PIPE, text=True, env=env)
    assert child.stdout is not None
    committed = -1
    try:
        for line in child.stdout:
            committed = int(line)
            if committed >= 30:
                break
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    assert child.returncode == -signal.SIGKILL
    assert committed >= 30
    conn = sqlite3.connect(data_dir / "user.db")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    user = UserDB(data_dir / "user.db")
    try:
        cols = Collections(user, lambda ids: {i: {"title": i, "path": i} for i in ids})
        expected = IDS[1:] + IDS[:1]
        for n in range(committed + 1):
            col = cols.get(f"c{n}")
            assert col.description == f"collection {n}"
            assert col.ids == expected
            assert {i.note for i in col.items} == {f"note {n}"}
        for info in cols.list():  # one the kill interrupted is whole or absent
            assert info.count in (0, len(IDS))
    finally:
        user.close()
