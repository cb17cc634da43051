"""Each segment's columns are read from Whoosh once and kept beside it, never changing an
answer: a cache that is missing, damaged or of the wrong length is read again."""

from __future__ import annotations

import marshal
from collections.abc import Callable
from pathlib import Path

from casebook.library import Library
from tests.helpers import write_case

QUERIES = ("budget", "open data portal", "participatory budgeting", "digital identity")


def answers(lib: Library) -> list[list[tuple[str, float]]]:
    return [[(h.id, round(h.score, 6)) for h in lib.search(q, limit=50).hits] for q in QUERIES]


def caches(lib: Library) -> list[Path]:
    return sorted(lib.engine.folder.glob("*.cbcols"))


def test_columns_are_kept_per_segment_and_give_the_same_answers(
        bundled_copy: Path, make_library: Callable[..., Library], data_dir: Path) -> None:
    lib = make_library(bundled_copy)
    lib.sync()
    first = answers(lib)
    kept = caches(lib)
    segments = {s.segment_id() for s in lib.engine.ix._segments()}
    assert {p.name.split(".")[0] for p in kept} == segments
    assert set(marshal.loads(kept[0].read_bytes())) >= {"id", "sha", "length:body"}
    lib.close()
    again = Library(data_dir, [str(bundled_copy)])  # a new process: reads the files
    assert answers(again) == first
    again.close()
    for path in kept:  # damaged, then of the wrong length: read from Whoosh again
        path.write_bytes(b"\x00junk")
    again = Library(data_dir, [str(bundled_copy)])
    assert answers(again) == first
    again.close()
    for path in caches(again):
        columns = marshal.loads(path.read_bytes())
        columns["id"] = columns["id"][:-1]
        path.write_bytes(marshal.dumps(columns))
    again = Library(data_dir, [str(bundled_copy)])
    assert answers(again) == first
    again.close()
    for path in caches(again):
        path.unlink()
    again = Library(data_dir, [str(bundled_copy)])
    assert answers(again) == first
    again.close()


def test_caches_follow_the_segments_through_changes_and_rebuilds(
        bundled_copy: Path, make_library: Callable[..., Library]) -> None:
    lib = make_library(bundled_copy)
    lib.sync()
    lib.search("budget")
    before = {p.name for p in caches(lib)}
    assert before
    write_case(bundled_copy, "zz-new-case", body="A quokka census in the budget council.")
    lib.sync()
    assert [h.id for h in lib.search("quokka").hits] == ["zz-new-case"]
    live = {s.segment_id() for s in lib.engine.ix._segments()}
    assert {p.name.split(".")[0] for p in caches(lib)} == live
    lib.sync(rebuild=True)
    assert [h.id for h in lib.search("quokka").hits] == ["zz-new-case"]
    assert not {p.name for p in caches(lib)} & before  # gone with their segments
