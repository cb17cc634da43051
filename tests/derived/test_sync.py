"""The sync on its own: plan what changed, then store and index it, without the facade."""

from __future__ import annotations

import os
from pathlib import Path

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
