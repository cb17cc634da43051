"""The sync on its own: plan what changed, then store and index it, without the facade."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from casebook import paths
from casebook.cases.taxonomy import load_taxonomy
from casebook.derived.engine import Engine
from casebook.derived.store import Store
from casebook.derived.sync import plan, read_file, update
from tests.helpers import write_case

TAXONOMY = load_taxonomy(paths.resource("taxonomy.yaml"), [])


def test_plan_then_update(tmp_path: Path) -> None:
    cases = tmp_path / "cases"
    first = write_case(cases, "one")
    write_case(cases / "z", "one")  # the same id in a later file
    store, engine = Store(tmp_path / "index.db"), Engine(tmp_path / "whoosh")
    engine.open()
    try:
        folders = [str(cases), str(tmp_path / "gone")]
        now = plan(store, folders)
        assert sorted(os.path.relpath(p, cases) for p in now.changed) == ["one.md", "z/one.md"]
        assert now.missing == [str(tmp_path / "gone")] and now.removed == []

        report = update(store, engine, folders, "t1", dict, lambda st: read_file(st, TAXONOMY))
        assert (report.total, report.added) == (2, 2)
        assert sorted(store.all_ids()) == ["one", "one-duplicate-2"]
        assert sorted(engine.stored()) == ["one", "one-duplicate-2"]
        assert [p.code for p in store.problems(str(cases / "z" / "one.md"))] == ["duplicate-id"]
        assert plan(store, folders).changed == []

        first.unlink()
        report = update(store, engine, folders, "t1", dict, lambda st: read_file(st, TAXONOMY))
        assert report.removed == 1 and store.all_ids() == ["one"]  # the id passes on
        assert list(engine.stored()) == ["one"]
    finally:
        engine.close()
        store.close()


def _library_state(lib: Any) -> tuple[Any, ...]:
    rows = lib.store.db.execute(
        "SELECT id, path, title, problems, sha, translation_of FROM cases ORDER BY id")
    problems = lib.store.db.execute(
        "SELECT path, case_id, line, severity, code FROM problems ORDER BY path, line, code")
    files = lib.store.db.execute("SELECT path, case_id, reason FROM files ORDER BY path")
    hits = [(h.id, round(h.score or 0, 6)) for h in lib.search("budget OR lighthouse",
                                                               limit=50).hits]
    return list(rows), list(problems), list(files), hits, lib.engine.doc_count()


def test_a_streamed_first_build_equals_the_ordinary_one(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The first build of a large library streams each case to the index sub-processes as
    it is parsed; duplicate ids, a translation read before its original, one of nothing
    and an unreadable file come out as the case-by-case path makes them."""
    from casebook.derived import sync
    from casebook.library import Library

    cases = tmp_path / "cases"
    write_case(cases / "a", "a-translation", body="Budget text.", extra=(
        "language: pt\ntranslation_of: z-original\n"))
    write_case(cases / "a", "lost-translation", extra="translation_of: nowhere\n")
    for n in range(6):
        write_case(cases / "b", f"case-{n}", body=f"The lighthouse budget number {n}.")
    write_case(cases / "c", "case-1", title="Same id again")  # a duplicate id
    write_case(cases / "z", "z-original", body="The original budget.")
    (cases / "c" / "broken.md").write_bytes(b"\xff\xfe\x00 not text")
    states = []
    for name, bulk_at in (("ordinary", 10_000), ("streamed", 2)):
        monkeypatch.setattr(sync, "BULK_AT", bulk_at)
        lib = Library(tmp_path / name, [str(cases)])
        report = lib.sync()
        states.append((report.added, report.total, report.with_problems,
                       *_library_state(lib)))
        lib.close()
    assert states[0] == states[1]
    assert states[1][0] == 10  # ten cases stored (the broken file is skipped)
