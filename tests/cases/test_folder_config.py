"""casebook.toml read on its own: its kind, its mapping applied to one parsed file, and a
problem on the settings file (with its line) for each thing wrong in it."""

from __future__ import annotations

from pathlib import Path

from casebook import paths
from casebook.cases.folder_config import apply_config, load_config, page_id, page_path, settle
from casebook.cases.parsing import parse_text
from casebook.cases.taxonomy import load_taxonomy
from casebook.cases.validation import build_case

TAXONOMY = load_taxonomy(paths.resource("taxonomy.yaml"), [])
PAGE = """---
title: How we moved bus passes online
date: 2021-03-04
description: What changed for people who apply for a bus pass.
topics: [Legacy IT, Housing]
Summary: the site's own summary line
draft: false
---

Some words.

## Background

Why it mattered.
"""


def _read(folder: Path, rel: str, text: str, reference: bool = False):  # type: ignore[no-untyped-def]
    path = folder / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    config = load_config(str(folder), reference)
    doc = parse_text(str(path), text)
    apply_config(doc, config, TAXONOMY)
    case = build_case(doc, TAXONOMY)
    settle(case, doc, config)
    return config, case


def test_a_mapping_fills_the_case_fields_from_the_front_matter(tmp_path: Path) -> None:
    (tmp_path / "casebook.toml").write_text(
        '[fields]\nsummary = "{description}"\nyear_start = "{date}"\nlevel = "{scope}"\n'
        'country = "Chile"\nbody = """\n## Context\n\n{body}\n"""\n'
        '[values.level]\n"Whole country" = "national"\n'
        '[tags.challenges]\ncolumns = ["topics"]\n'
        '[source]\nurl = "https://example.org/{path}/"\npublisher = "Example Agency"\n'
        'year = "{date}"\n', encoding="utf-8")
    config, case = _read(tmp_path, "news/bus-passes/index.md",
                         PAGE.replace("draft: false", "draft: false\nscope: Whole country"))
    assert not config.problems and config.present and not config.reference
    assert case.summary == "What changed for people who apply for a bus pass."
    assert (case.year_start, case.level, case.country) == (2021, "national", ["Chile"])
    assert case.challenges == ["legacy-systems", "housing"]
    assert case.sources == [{"title": "How we moved bus passes online",
                             "publisher": "Example Agency", "year": 2021,
                             "url": "https://example.org/news/bus-passes/"}]
    assert case.body.startswith("## Context\n\nSome words.")
    assert [s.heading for s in case.sections] == ["Context", "Background"]
    assert case.id == "news-bus-passes"  # no id of its own: its place in the site
    codes = {p.code for p in case.problems}
    # the site's own keys are not mistakes; 'Summary' gave way to the mapped summary
    assert not codes & {"unknown-key", "tags-key", "duplicate-key", "key-case"}
    assert "housing" in {p.message.split("'")[1] for p in case.problems
                         if p.code == "unknown-tag"}
    assert [p.message for p in case.problems if p.code == "missing"] == [
        "missing required field 'strategies' (at least one value)",
        "missing required field 'outcomes' (at least one value)"]


def test_a_mapped_value_is_reported_at_the_line_it_came_from(tmp_path: Path) -> None:
    (tmp_path / "casebook.toml").write_text('[fields]\nyear_start = "{when}"\n',
                                            encoding="utf-8")
    _config, case = _read(tmp_path, "a.md", "---\ntitle: T\nwhen: someday\n---\nText\n")
    [problem] = [p for p in case.problems if p.message.startswith("'year_start'")]
    assert (problem.line, problem.severity) == (3, "error")


def test_a_file_keeps_what_the_mapping_leaves_empty(tmp_path: Path) -> None:
    (tmp_path / "casebook.toml").write_text('[fields]\nsummary = "{description}"\n',
                                            encoding="utf-8")
    _config, case = _read(tmp_path, "a.md", "---\ntitle: T\nsummary: Its own.\n---\nText\n")
    assert case.summary == "Its own."


def test_a_reference_folder_faults_only_unreadable_files(tmp_path: Path) -> None:
    (tmp_path / "casebook.toml").write_text('kind = "reference"\n', encoding="utf-8")
    config, case = _read(tmp_path, "notes/a.md", PAGE)
    assert config.reference and case.problems == []
    assert (case.title, case.id) == ("How we moved bus passes online", "notes-a")
    _config, plain = _read(tmp_path, "b.md", "Just a note, no front matter.\n")
    assert plain.problems == []
    _config, broken = _read(tmp_path, "c.md", "---\ntitle: [unclosed\n---\nText\n")
    assert [p.code for p in broken.problems] == ["yaml"]


def test_the_kind_chosen_in_the_app_makes_a_reference_folder(tmp_path: Path) -> None:
    config, case = _read(tmp_path, "a.md", PAGE, reference=True)
    assert config.reference and not config.present and case.problems == []
    assert load_config(str(tmp_path)).stamp != config.stamp


def test_what_is_wrong_in_casebook_toml_is_a_problem_at_its_line(tmp_path: Path) -> None:
    settings = tmp_path / "casebook.toml"
    settings.write_text('kind = "cases"\n[fields]\nsummary = "{description"\nyear = 3\n',
                        encoding="utf-8")
    config = load_config(str(tmp_path))
    [problem] = config.problems
    assert (problem.path, problem.line, problem.severity) == (str(settings), 4, "error")
    assert problem.message.startswith("[fields] year: not a case field")
    assert config.tables is None
    settings.write_text('kind = "archive"\nwho = 1\n[fields\n', encoding="utf-8")
    [problem] = load_config(str(tmp_path)).problems
    assert problem.line == 3 and problem.message.startswith("invalid TOML")
    settings.write_text('kind = "archive"\nwho = 1\n[tags.challenges]\ncolumns = ["t"]\n',
                        encoding="utf-8")
    config = load_config(str(tmp_path))
    assert [(p.line, p.severity) for p in config.problems] == [(1, "error"), (2, "warning")]
    assert config.kind == "cases" and config.tables is not None  # the rest still applies
    settings.write_bytes(b'kind = "caf\xe9"\n')
    assert "not UTF-8" in load_config(str(tmp_path)).problems[0].message


def test_a_page_is_named_by_its_place_in_the_folder(tmp_path: Path) -> None:
    folder = str(tmp_path)
    assert page_path(str(tmp_path / "news" / "launch" / "index.md"), folder) == "news/launch"
    assert page_path(str(tmp_path / "news" / "2021" / "launch.md"), folder) == \
        "news/2021/launch"
    assert page_id(str(tmp_path / "Nouvelles" / "Été.md"), folder) == "nouvelles-ete"
