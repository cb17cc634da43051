"""Problems grouped by kind: a missing field or an unknown key keeps its name, what is
particular to one file goes; errors first, then the kinds that touch most files."""

from __future__ import annotations

from casebook.cases.model import Problem
from casebook.cases.problem_groups import group_problems, kind_of, looks_foreign


def _p(path: str, message: str, code: str, severity: str = "error") -> Problem:
    return Problem(path, 1, 1, severity, message, code)


def test_a_kind_leaves_out_what_is_particular_to_a_file() -> None:
    assert kind_of(_p("a", "missing required field 'level'", "missing")) == \
        "missing required field 'level'"
    assert kind_of(_p("a", "unknown key 'date' (kept as extra metadata)", "unknown-key")) == \
        "unknown key 'date'"
    assert kind_of(_p("a", "unknown key 'yeer'; did you mean 'year_start'?",
                      "unknown-key")) == "unknown key 'yeer'"
    assert kind_of(_p("a", "year_end 2001 is before year_start 2005", "year-order")) == \
        "year_end N is before year_start N"
    assert kind_of(_p("a", "'budget' is not a challenge in the taxonomy (kept as a free tag); "
                           "closest terms: x", "unknown-tag", "warning")) == \
        "tags that are not in the taxonomy (kept as free tags)"
    assert kind_of(_p("a", "level 'city' is not one of local, municipal; did you mean "
                           "'municipal'?", "level")) == \
        "level '…' is not one of local, municipal"


def test_groups_count_files_and_keep_them_in_order() -> None:
    problems = [_p(f"f{n}.md", "missing required field 'level'", "missing") for n in range(5)]
    problems += [_p("f1.md", "unknown key 'date' (kept as extra metadata)", "unknown-key",
                    "warning"),
                 _p("f1.md", "missing required field 'country' (at least one value)",
                    "missing"),
                 _p("f2.md", "'x' is not a challenge", "unknown-tag", "warning"),
                 _p("f2.md", "'y' is not a challenge", "unknown-tag", "warning"),
                 _p("f3.md", "'z' is not a challenge", "unknown-tag", "warning")]
    groups = group_problems(problems)
    assert [(g.severity, g.kind, len(g.files), len(g.problems)) for g in groups] == [
        ("error", "missing required field 'level'", 5, 5),
        ("error", "missing required field 'country' (at least one value)", 1, 1),
        ("warning", "tags that are not in the taxonomy (kept as free tags)", 2, 3),
        ("warning", "unknown key 'date'", 1, 1)]
    assert groups[0].first_files() == ["f0.md", "f1.md", "f2.md"]
    assert groups[0].to_json() == {"severity": "error", "code": "missing",
                                   "kind": "missing required field 'level'", "problems": 5,
                                   "files": 5, "first_files": ["f0.md", "f1.md", "f2.md"]}


def test_a_folder_looks_foreign_when_most_files_miss_the_same_fields() -> None:
    fields = ("level", "summary", "challenges", "sources")
    site = [_p(f"p{n}.md", f"missing required field '{f}'", "missing")
            for n in range(10) for f in fields if n < 8 or f == "sources"]
    assert looks_foreign(site, 10) == ["challenges", "level", "sources", "summary"]
    assert looks_foreign(site, 20) == []  # not most of the folder's files
    few = [p for p in site if "'level'" in p.message or "'summary'" in p.message]
    assert looks_foreign(few, 10) == []  # two fields: a folder of unfinished cases
    assert looks_foreign([], 0) == []
