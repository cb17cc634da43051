"""The facade: incremental sync, duplicate ids, bad files, rebuild, crash repair, locking."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from casebook import limits
from casebook.cases.model import term_ids
from casebook.errors import Cancelled, InputError, LockTimeout
from casebook.library import Library
from tests.helpers import DATA, write_case

BAD = DATA / "bad"
GOOD = DATA / "good"

MakeLibrary = Callable[..., Library]


def ids_for(lib: Library, query: str) -> list[str]:
    """The cases holding every word (these tests find a case by its title)."""
    return [h.id for h in lib.search(query, limit=100, strict=True).hits]


def count_reads(lib: Library, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record every file the library parses (a spy: the real method still runs)."""
    seen: list[str] = []
    real = lib._read

    def spy(st: Any) -> Any:
        seen.append(os.path.basename(st.path))
        return real(st)

    monkeypatch.setattr(lib, "_read", spy)
    return seen


def touch_later(path: Path, text: str) -> None:
    """Rewrite a file and make sure its mtime moves, whatever the clock resolution."""
    before = path.stat().st_mtime_ns
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before + 2_000_000_000, before + 2_000_000_000))


# a first sync over good and bad files ---------------------------------------------
def test_first_sync_over_good_and_bad_files(make_library: MakeLibrary) -> None:
    lib = make_library(GOOD, BAD)
    report = lib.sync()
    readable = len(list(GOOD.rglob("*.md"))) + len(list(BAD.rglob("*.md"))) - 2
    assert (report.total, report.added, report.changed, report.removed) == (readable, readable,
                                                                            0, 0)
    assert report.skipped == 2
    skipped = {os.path.basename(p.path): p.message for p in lib.problems()
               if p.code == "unreadable"}
    assert skipped == {"binary.md": "skipped: binary file (contains NUL bytes)",
                       "latin1.md": "skipped: not UTF-8 text (invalid byte at line 2)"}
    assert report.summary().startswith(f"{readable} cases: {readable} added, 0 changed, "
                                       f"0 removed, {report.with_problems} with problems (")


def test_every_bad_kind_is_listed_with_its_line(make_library: MakeLibrary) -> None:
    lib = make_library(BAD)
    lib.sync()
    found = {(os.path.relpath(p.path, BAD), p.line, p.column, p.severity) for p in lib.problems()}
    expected = {
        ("missing-field.md", 1, 1, "error"), ("bad-yaml.md", 4, 10, "error"),
        ("tabs.md", 12, 1, "error"), ("wrong-type.md", 7, 13, "error"),
        ("year-range.md", 7, 13, "error"), ("year-order.md", 8, 11, "error"),
        ("bad-level.md", 6, 8, "error"), ("bad-id.md", 3, 5, "error"),
        ("unknown-tag.md", 10, 5, "warning"), ("unknown-key.md", 15, 10, "warning"),
        ("unknown-key.md", 16, 9, "warning"), ("binary.md", 1, 1, "error"),
        ("latin1.md", 1, 1, "error"), ("alias-bomb.md", 2, 1, "error"),
        ("recursive-alias.md", 2, 1, "error"), ("no-front-matter.md", 1, 1, "error"),
        ("unclosed-front-matter.md", 1, 1, "error"), ("metric-source.md", 15, 13, "error"),
        (os.path.join("dup-two", "second.md"), 3, 5, "error"),
    }
    assert found == expected
    valid = {"bom-crlf.md", "tags-comma.md", "tag-labels.md"}
    assert not {os.path.basename(p.path) for p in lib.problems()} & valid


def test_files_with_errors_are_still_indexed(make_library: MakeLibrary) -> None:
    lib = make_library(BAD)
    lib.sync()
    assert ids_for(lib, "Without Summary") == ["missing-field"]
    assert ids_for(lib, "title:Unknown Level") == ["bad-level"]
    assert ids_for(lib, "\"With No Front Matter\"") == ["no-front-matter"]
    assert lib.case("bad-yaml")["title"] == "bad-yaml"
    assert lib.case("wrong-type")["problems"] == [{
        "line": 7, "column": 13, "severity": "error",
        "message": "'year_start' must be a whole year like 2015, not 'soon'"}]
    hit = lib.search("Year Given As Words").hits[0]
    assert (hit.id, hit.problems) == ("wrong-type", 1)
    with pytest.raises(InputError, match="no case with id 'binary'"):
        lib.case("binary")


def test_oversized_file_is_skipped_with_its_reason(make_library: MakeLibrary,
                                                   case_dir: Path) -> None:
    write_case(case_dir, "small")
    (case_dir / "huge.md").write_bytes(b"---\ntitle: Huge\n---\n" + b"a" * limits.MAX_FILE_BYTES)
    lib = make_library(case_dir)
    report = lib.sync()
    assert (report.total, report.skipped) == (1, 1)
    (problem,) = [p for p in lib.problems() if p.path.endswith("huge.md")]
    assert problem.message == "skipped: file is over the 2 MiB size limit"


# incremental sync ---------------------------------------------------------------------
def test_nothing_changed_does_no_work(make_library: MakeLibrary, case_dir: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    for n in range(5):
        write_case(case_dir, f"case-{n}")
    lib = make_library(case_dir)
    lib.sync()
    index_files = {p.name: p.stat().st_mtime_ns for p in (lib.derived_dir / "whoosh").iterdir()}
    reads = count_reads(lib, monkeypatch)
    assert not lib.needs_sync()
    report = lib.sync()
    assert (report.total, report.added, report.changed, report.removed) == (5, 0, 0, 0)
    assert reads == []
    assert {p.name: p.stat().st_mtime_ns
            for p in (lib.derived_dir / "whoosh").iterdir()} == index_files


def test_add_change_remove(make_library: MakeLibrary, case_dir: Path,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    write_case(case_dir, "one", body="Original wording about lighthouses.")
    write_case(case_dir, "two")
    lib = make_library(case_dir)
    lib.sync()
    reads = count_reads(lib, monkeypatch)

    write_case(case_dir, "three", body="A new case about windmills.")
    report = lib.sync()
    assert (report.total, report.added, report.changed, report.removed) == (3, 1, 0, 0)
    assert reads == ["three.md"]
    assert ids_for(lib, "windmills") == ["three"]

    text = (case_dir / "one.md").read_text().replace("lighthouses", "glaciers")
    touch_later(case_dir / "one.md", text)
    report = lib.sync()
    assert (report.total, report.added, report.changed, report.removed) == (3, 0, 1, 0)
    assert reads == ["three.md", "one.md"]
    assert ids_for(lib, "glaciers") == ["one"]
    assert ids_for(lib, "lighthouses") == []

    (case_dir / "two.md").unlink()
    report = lib.sync()
    assert (report.total, report.added, report.changed, report.removed) == (2, 0, 0, 1)
    with pytest.raises(InputError):
        lib.case("two")
    assert lib.store.count_files() == 2
    assert lib.engine.doc_count() == 2


def test_moved_file_keeps_its_id_and_user_tags(make_library: MakeLibrary,
                                               case_dir: Path) -> None:
    write_case(case_dir, "mover", body="Text about harbours.")
    lib = make_library(case_dir)
    lib.sync()
    lib.user.set_user_tag("mover", "challenges", "digital-divide", "add")
    target = case_dir / "europe" / "renamed-file.md"
    target.parent.mkdir()
    shutil.move(case_dir / "mover.md", target)
    report = lib.sync()
    assert (report.total, report.removed) == (1, 1)
    case = lib.case("mover")
    assert case["path"] == str(target)
    assert "digital-divide" in case["challenges"]
    assert ids_for(lib, "harbours") == ["mover"]
    assert lib.engine.doc_count() == 1


def test_changing_the_id_in_a_file(make_library: MakeLibrary, case_dir: Path) -> None:
    path = write_case(case_dir, "old-id")
    lib = make_library(case_dir)
    lib.sync()
    touch_later(path, path.read_text().replace("id: old-id", "id: new-id"))
    lib.sync()
    assert lib.store.all_ids() == ["new-id"]
    assert ids_for(lib, "Case") == ["new-id"]


def test_progress_and_cancel(make_library: MakeLibrary, case_dir: Path) -> None:
    for n in range(3):
        write_case(case_dir, f"c{n}")
    lib = make_library(case_dir)
    with pytest.raises(Cancelled):
        lib.sync(cancel=lambda: True)
    assert lib.store.count_cases() == 0
    calls: list[tuple[int, int]] = []
    lib.sync(progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 3), (2, 3), (3, 3)]


def test_missing_case_folder_keeps_its_cases(make_library: MakeLibrary, tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    write_case(folder, "on-a-stick")
    lib = make_library(folder)
    lib.sync()
    folder.rename(tmp_path / "unplugged")
    assert lib.missing_folders() == [str(folder)]
    report = lib.sync()
    assert report.removed == 0
    assert lib.store.all_ids() == ["on-a-stick"]


# duplicate ids ------------------------------------------------------------------------
def dup_state(lib: Library) -> dict[str, str]:
    return {row["id"]: os.path.basename(row["path"])
            for row in lib.store.db.query("SELECT id, path FROM cases")}


def test_duplicate_id_across_two_folders(make_library: MakeLibrary) -> None:
    lib = make_library(BAD / "dup-one", BAD / "dup-two")
    lib.sync()
    assert dup_state(lib) == {"shared-id": "first.md", "shared-id-duplicate-2": "second.md"}
    (problem,) = lib.problems()
    assert problem.format("second.md") == (
        f"second.md:3:5: error: duplicate id 'shared-id': also used by "
        f"{BAD / 'dup-one' / 'first.md'}; this file is listed as 'shared-id-duplicate-2' "
        "until the id is changed")


def test_duplicate_resolution_is_the_same_incremental_and_rebuilt(
        make_library: MakeLibrary, tmp_path: Path, data_dir: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    shutil.copytree(BAD / "dup-two", second)
    lib = make_library(first, second)
    lib.sync()
    assert dup_state(lib) == {"shared-id": "second.md"}
    shutil.copy(BAD / "dup-one" / "first.md", first / "first.md")
    lib.sync()
    incremental = dup_state(lib)
    problems = [(os.path.basename(p.path), p.code) for p in lib.problems()]
    lib.sync(rebuild=True)
    assert dup_state(lib) == incremental == {"shared-id": "first.md",
                                             "shared-id-duplicate-2": "second.md"}
    assert [(os.path.basename(p.path), p.code) for p in lib.problems()] == problems
    assert ids_for(lib, "Second Case With A Shared Id") == ["shared-id-duplicate-2"]
    # when the winner goes away, the other file gets the id back
    (first / "first.md").unlink()
    lib.sync()
    assert dup_state(lib) == {"shared-id": "second.md"}
    assert lib.problems() == []
    assert ids_for(lib, "Shared") == ["shared-id"]
    assert lib.engine.doc_count() == 1


def test_duplicate_ids_in_one_folder_are_ordered_by_path(make_library: MakeLibrary,
                                                         case_dir: Path) -> None:
    write_case(case_dir / "b", "same", title="From b")
    write_case(case_dir / "a", "same", title="From a")
    lib = make_library(case_dir)
    lib.sync()
    assert lib.case("same")["title"] == "From a"
    assert lib.case("same-duplicate-2")["title"] == "From b"


# rebuild and user data ------------------------------------------------------------------
def test_rebuild_keeps_user_data(make_library: MakeLibrary, case_dir: Path,
                                 data_dir: Path) -> None:
    write_case(case_dir, "keep")
    lib = make_library(case_dir)
    lib.sync()
    lib.user.set_user_tag("keep", "outcomes", "public-trust", "add")
    lib.user.set_user_tag("keep", "challenges", "legacy-systems", "remove")
    lib.user.set_setting("theme", "dark")
    report = lib.sync(rebuild=True)
    assert (report.total, report.added) == (1, 1)
    assert lib.user.user_tags("keep")["outcomes"] == (["public-trust"], [])
    assert lib.user.setting("theme") == "dark"
    case = lib.case("keep")
    assert term_ids(case["outcomes"]) == ["improved-service-delivery", "public-trust"]
    assert case["user_outcomes"] == ["public-trust"]
    assert case["challenges"] == []
    assert lib.search(filters=_filters(outcomes=["public-trust"])).total == 1
    assert (data_dir / "user.db").is_file()


def _filters(**terms: list[str]) -> Any:
    from casebook.cases.model import Filters

    return Filters(terms=dict(terms))


def test_rebuild_from_another_process_sees_user_tags(make_library: MakeLibrary,
                                                     case_dir: Path, data_dir: Path) -> None:
    write_case(case_dir, "keep")
    lib = make_library(case_dir)
    lib.sync()
    lib.user.set_user_tag("keep", "strategies", "open-data", "add")
    lib.close()
    other = make_library(case_dir)
    other.sync(rebuild=True)
    assert other.case("keep")["strategies"] == ["interoperability", "open-data"]


# crash repair ------------------------------------------------------------------------------
def test_deleted_whoosh_folder_is_rebuilt(make_library: MakeLibrary, case_dir: Path) -> None:
    for n in range(3):
        write_case(case_dir, f"c{n}", body=f"unique{n} words")
    lib = make_library(case_dir)
    lib.sync()
    lib.close()
    shutil.rmtree(lib.derived_dir / "whoosh")
    lib = make_library(case_dir)
    report = lib.sync()
    assert report.repaired
    assert ids_for(lib, "unique1") == ["c1"]
    assert lib.engine.doc_count() == 3


def test_documents_missing_from_whoosh_are_restored(make_library: MakeLibrary,
                                                    case_dir: Path) -> None:
    for n in range(3):
        write_case(case_dir, f"c{n}", body=f"unique{n} words")
    lib = make_library(case_dir)
    lib.sync()
    # a crash between the SQLite commit and the Whoosh commit
    lib.engine.write([], ["c0", "c2"])
    lib.store.set_meta("dirty", "1")
    assert ids_for(lib, "unique0") == []
    report = lib.sync()
    assert report.repaired
    assert ids_for(lib, "unique0") == ["c0"]
    assert ids_for(lib, "unique2") == ["c2"]


def test_each_self_repair_is_a_warning(make_library: MakeLibrary, case_dir: Path,
                                       caplog: pytest.LogCaptureFixture) -> None:
    write_case(case_dir, "c0", body="unique0 words")
    (case_dir / "taxonomy.yaml").write_text("challenges: [\n", encoding="utf-8")
    with caplog.at_level("WARNING", logger="casebook"):
        lib = make_library(case_dir)
        lib.sync()
    assert [r.name for r in caplog.records] == ["casebook.library"]
    assert caplog.records[0].getMessage() == lib.taxonomy_error
    assert lib.taxonomy_error.endswith("(using the bundled taxonomy only)")
    caplog.clear()
    lib.engine.write([], ["c0"])  # a crash between the SQLite commit and the Whoosh commit
    lib.store.set_meta("dirty", "1")
    with caplog.at_level("WARNING", logger="casebook"):
        assert lib.sync().repaired
    assert [r.getMessage() for r in caplog.records] == [
        f"the search index disagreed with the store in {lib.derived_dir} (an update was "
        "interrupted); repaired: 1 case(s) indexed again, 0 removed"]
    caplog.clear()
    with caplog.at_level("WARNING", logger="casebook"):
        assert not lib.reload_taxonomy()  # the broken file: the last good taxonomy stays
    assert [r.getMessage() for r in caplog.records] == [
        f"{lib.taxonomy_error} (keeping the taxonomy read before)"]


def test_stale_whoosh_documents_are_removed(make_library: MakeLibrary, case_dir: Path) -> None:
    write_case(case_dir, "c0", body="alpha words")
    write_case(case_dir, "c1", body="beta words")
    lib = make_library(case_dir)
    lib.sync()
    with lib.store.transaction():
        lib.store.delete_case("c1")
        lib.store.drop_file(str(case_dir / "c1.md"))
    (case_dir / "c1.md").unlink()
    lib.store.set_meta("dirty", "1")
    report = lib.sync()
    assert report.repaired
    assert lib.engine.stored().keys() == {"c0"}
    assert ids_for(lib, "beta") == []


def test_damaged_whoosh_index_is_rebuilt(make_library: MakeLibrary, case_dir: Path) -> None:
    write_case(case_dir, "c0", body="alpha words")
    lib = make_library(case_dir)
    lib.sync()
    lib.close()
    for toc in (lib.derived_dir / "whoosh").glob("*.toc"):
        toc.write_bytes(b"not a table of contents")
    lib = make_library(case_dir)
    lib.sync()
    assert ids_for(lib, "alpha") == ["c0"]


def test_damaged_sqlite_store_is_rebuilt(make_library: MakeLibrary, case_dir: Path) -> None:
    write_case(case_dir, "c0", body="alpha words")
    lib = make_library(case_dir)
    lib.sync()
    lib.close()
    (lib.derived_dir / "index.db").write_bytes(b"this is not a database" * 100)
    for extra in ("index.db-wal", "index.db-shm"):
        (lib.derived_dir / extra).unlink(missing_ok=True)
    lib = make_library(case_dir)
    lib.sync()
    assert ids_for(lib, "alpha") == ["c0"]


# taxonomy, check, lock ----------------------------------------------------------------------
def test_folder_taxonomy_change_rereads_cases(make_library: MakeLibrary, case_dir: Path) -> None:
    write_case(case_dir, "parking", challenges="smart-parking")
    lib = make_library(case_dir)
    lib.sync()
    assert [p.code for p in lib.problems()] == ["unknown-tag"]
    (case_dir / "taxonomy.yaml").write_text(
        "challenges:\n  - id: smart-parking\n    label: Smart parking\n", encoding="utf-8")
    assert lib.reload_taxonomy()
    assert lib.needs_sync()
    report = lib.sync()
    assert report.changed == 1
    assert lib.problems() == []
    listing = {t["id"]: t for t in lib.tag_listing()["challenges"]}
    assert listing["smart-parking"]["free"] is False


def test_check_paths_does_not_touch_the_index(make_library: MakeLibrary) -> None:
    lib = make_library(GOOD)
    problems, files = lib.check_paths([str(BAD)])
    assert files == len(list(BAD.rglob("*.md")))
    assert sum(p.severity == "error" for p in problems) == 16
    assert lib.store.count_cases() == 0


def test_case_json_shape(make_library: MakeLibrary) -> None:
    lib = make_library(GOOD)
    lib.sync()
    case = lib.case("porto-alegre-participatory-budgeting")
    assert {"id", "title", "summary", "country", "place", "region", "level", "year_start",
            "year_end", "sectors", "challenges", "strategies", "outcomes", "metrics",
            "sources", "language", "updated", "path", "body", "sections",
            "problems"} <= set(case)
    assert case["sections"]["Challenge"] == (
        "The city had little money and residents distrusted how it was spent.")
    assert case["metrics"][0]["value"] == 40000
    assert case["path"] == str(GOOD / "porto-alegre-participatory-budgeting.md")


def test_a_held_lock_times_out_clearly(make_library: MakeLibrary, case_dir: Path,
                                       data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_case(case_dir, "c0")
    lib = make_library(case_dir)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, filelock; lock = filelock.FileLock(sys.argv[1]); "
         "lock.acquire(); print('held', flush=True); sys.stdin.read()",
         str(data_dir / "write.lock")], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        monkeypatch.setattr(limits, "LOCK_TIMEOUT_S", 0.2)
        with pytest.raises(LockTimeout, match="another Casebook process"):
            lib.sync()
        assert lib.store.count_cases() == 0
    finally:
        holder.communicate("")
    assert lib.sync().added == 1
