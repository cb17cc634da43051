"""Back up the user's own work, restore it into a fresh data folder, and the monthly offer."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from casebook import paths
from casebook.cases.model import Filters
from casebook.errors import InputError
from casebook.library import Library
from casebook.userdata import backup
from casebook.userdata.db import MIGRATIONS
from tests.helpers import write_case


def _work(lib: Library) -> dict[str, Any]:
    """Everything precious the library holds, as plain data."""
    cols = lib.collections
    return {
        "collections": [(c.name, c.description, [(i.id, i.position, i.note, i.questions)
                                                 for i in cols.get(c.name).items])
                        for c in cols.list()],
        "user tags": lib.user.all_user_tags(),
        "saved": [s.to_json() for s in cols.saved_searches()],
        "settings": dict(lib.user.db.execute("SELECT key, value FROM settings").fetchall()),
    }


@pytest.fixture
def cases(case_dir: Path) -> Path:
    write_case(case_dir, "porto", title="Porto Alegre")
    write_case(case_dir, "estonia", title="Estonia")
    write_case(case_dir, "paris", title="Paris")
    return case_dir


@pytest.fixture
def filled(make_library: Callable[..., Library], cases: Path) -> Library:
    lib = make_library(cases)
    lib.sync()
    cols = lib.collections
    cols.create("Course", "Two days.\n\nFor managers.")
    cols.add("Course", ["paris", "porto", "estonia"])
    cols.set_note("Course", "porto", "Start here.\nGroups of four.")
    cols.set_questions("Course", "porto", ["Who decided?", "What changed?"])
    cols.create("Empty")
    cols.save_search("PB", "budget", Filters({"levels": ["municipal"]}), "year")
    lib.user.set_user_tag("estonia", "strategies", "open-data", "add")
    lib.user.set_user_tag("porto", "challenges", "legacy-systems", "remove")
    lib.set_folders([str(cases)])
    (lib.data_dir / "window.ini").write_text("[view]\ntheme=dark\n", encoding="utf-8")
    return lib


def test_backup_then_restore_into_a_fresh_data_folder_is_identical(
        filled: Library, make_library: Callable[..., Library], cases: Path,
        tmp_path: Path) -> None:
    info = filled.backup(tmp_path / "b.zip")
    assert info.counts == {"collections": 2, "cases": 3, "notes": 1, "questions": 2,
                           "user tags": 2, "saved searches": 1, "settings": 1}
    assert info.summary() == ("2 collections (3 cases, 1 note, 2 questions), 2 user tags, "
                              "1 saved search and 1 setting")
    fresh = make_library(data=tmp_path / "fresh")
    report = fresh.restore(tmp_path / "b.zip")
    assert _work(fresh) == {**_work(filled), "settings": {
        k: v for k, v in _work(filled)["settings"].items() if k != backup.LAST_BACKUP}}
    assert fresh.folders == [str(cases)]  # the restored case folders are used at once
    assert (tmp_path / "fresh" / "window.ini").read_text(encoding="utf-8") == \
        "[view]\ntheme=dark\n"
    assert report.kept.parent == tmp_path / "fresh" / "backups"
    assert backup.read_backup(report.kept).counts["collections"] == 0
    fresh.sync()  # the user's tags are in the index again
    assert "open-data" in fresh.case("estonia")["strategies"]
    assert "legacy-systems" not in fresh.case("porto")["challenges"]


def test_restore_keeps_what_it_replaces_and_that_restores_too(
        filled: Library, make_library: Callable[..., Library], cases: Path,
        tmp_path: Path) -> None:
    filled.backup(tmp_path / "b.zip")
    other = make_library(cases, data=tmp_path / "other")
    other.sync()
    other.collections.create("Mine", "Only here")
    other.collections.add("Mine", ["paris"])
    other.user.set_user_tag("paris", "outcomes", "cost-savings", "add")
    before = _work(other)
    report = other.restore(tmp_path / "b.zip")
    assert [c.name for c in other.collections.list()] == ["Course", "Empty"]
    assert report.retag == {"paris", "estonia", "porto"}
    other.sync()
    assert "cost-savings" not in other.case("paris")["outcomes"]
    other.restore(report.kept)
    assert _work(other)["collections"] == before["collections"]
    assert _work(other)["user tags"] == before["user tags"]


def test_the_manifest_and_the_files_of_a_backup(filled: Library, tmp_path: Path) -> None:
    filled.backup(tmp_path / "b.zip")
    with zipfile.ZipFile(tmp_path / "b.zip") as zf:
        assert sorted(zf.namelist()) == ["manifest.json", "settings/window.ini", "user.db"]
        manifest = json.loads(zf.read("manifest.json"))
    assert manifest["format"] == "casebook-backup" and manifest["schema"] == len(MIGRATIONS)
    assert filled.user.setting(backup.LAST_BACKUP)  # the reminder knows


def _zip(path: Path, members: dict[str, bytes | str]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def _manifest(**changes: Any) -> str:
    return json.dumps({"format": "casebook-backup", "version": 1, **changes})


@pytest.mark.parametrize(("members", "message"), [
    (None, "not a zip file"),
    ({"manifest.json": _manifest()}, "no manifest.json or user.db"),
    ({"manifest.json": "{", "user.db": b""}, "manifest.json is not valid JSON"),
    ({"manifest.json": _manifest(format="casebook-pack"), "user.db": b""}, "another format"),
    ({"manifest.json": _manifest(version=99), "user.db": b""}, "made by a newer Casebook"),
    ({"manifest.json": _manifest(), "user.db": b"not a database at all, sorry" * 40},
     "damaged or not a database"),
])
def test_a_bad_backup_is_refused_and_nothing_changes(filled: Library, tmp_path: Path,
                                                     members: dict[str, Any] | None,
                                                     message: str) -> None:
    path = tmp_path / "bad.zip"
    if members is None:
        path.write_bytes(b"hello")
    else:
        _zip(path, members)
    before = _work(filled)
    with pytest.raises(InputError, match=message):
        filled.restore(path)
    assert _work(filled) == before
    assert not list((filled.data_dir / "backups").glob("before-restore-*"))


def test_a_backup_from_a_newer_schema_is_refused(filled: Library, tmp_path: Path) -> None:
    db = tmp_path / "user.db"
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    conn.close()
    path = _zip(tmp_path / "new.zip", {"manifest.json": _manifest(), "user.db": db.read_bytes()})
    with pytest.raises(InputError, match="newer Casebook"):
        filled.restore(path)


def test_an_older_schema_is_upgraded_on_restore(make_library: Callable[..., Library],
                                                tmp_path: Path) -> None:
    db = tmp_path / "user.db"
    conn = sqlite3.connect(db)
    for statement in MIGRATIONS[0]:
        conn.execute(statement)
    conn.execute("INSERT INTO settings VALUES ('theme', '\"dark\"')")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    path = _zip(tmp_path / "old.zip", {"manifest.json": _manifest(), "user.db": db.read_bytes()})
    lib = make_library(data=tmp_path / "d")
    lib.restore(path)
    assert lib.user.version == len(MIGRATIONS) and lib.user.setting("theme") == "dark"
    assert lib.collections.list() == []


def test_the_bundled_cases_of_another_installation_become_ours(
        make_library: Callable[..., Library], tmp_path: Path, case_dir: Path) -> None:
    lib = make_library(data=tmp_path / "a")
    elsewhere = "/opt/old-casebook/cases"
    lib.user.set_setting("case_folders", [elsewhere, str(case_dir)])
    lib.backup(tmp_path / "b.zip")
    with zipfile.ZipFile(tmp_path / "b.zip") as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    manifest = json.loads(members["manifest.json"])
    members["manifest.json"] = json.dumps({**manifest, "bundled_cases": elsewhere})
    path = _zip(tmp_path / "moved.zip", members)
    fresh = make_library(data=tmp_path / "b")
    fresh.restore(path)
    assert fresh.user.setting("case_folders") == [str(paths.bundled_cases()), str(case_dir)]


def test_backup_is_offered_a_month_after_the_last_one(filled: Library) -> None:
    user = filled.user
    start = datetime(2025, 1, 1, tzinfo=UTC)
    assert not backup.backup_due(user, start)  # the first start only starts the clock
    assert not backup.backup_due(user, start + timedelta(days=29))
    assert backup.backup_due(user, start + timedelta(days=30))
    backup.decline_offer(user, start + timedelta(days=30))
    assert not backup.backup_due(user, start + timedelta(days=45))
    assert backup.backup_due(user, start + timedelta(days=61))
    backup.mark_backed_up(user, start + timedelta(days=62))
    assert not backup.backup_due(user, start + timedelta(days=80))
    assert backup.backup_due(user, start + timedelta(days=92))


def test_nothing_of_ones_own_means_no_offer(make_library: Callable[..., Library]) -> None:
    lib = make_library()
    far = datetime(2030, 1, 1, tzinfo=UTC)
    assert not backup.backup_due(lib.user, far)
    assert not backup.backup_due(lib.user, far + timedelta(days=400))
