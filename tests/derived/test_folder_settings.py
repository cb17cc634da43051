"""A website's content folder in the library: read as cases through casebook.toml, or as a
reference folder; a change to its settings re-reads it; nothing in it is rewritten."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from bench.site_corpus import SITE_TOML, write_site
from casebook.cases.model import Filters
from casebook.library import Library
from tests.helpers import write_case


def _fingerprints(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {str(p): (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.rglob("*.md")}


def _kinds(lib: Library) -> dict[str, int]:
    """Problems by message, over the whole library."""
    found: dict[str, int] = {}
    for p in lib.problems():
        found[p.message] = found.get(p.message, 0) + 1
    return found


def test_a_mapped_site_reads_as_cases_and_stays_as_it_was(tmp_path: Path) -> None:
    site = tmp_path / "site"
    write_site(site, 120, seed=2)
    before = _fingerprints(site)
    (site / "casebook.toml").write_text(SITE_TOML, encoding="utf-8")
    lib = Library(tmp_path / "data", [str(site)])
    try:
        report = lib.sync()
        assert report.total == 120
        assert _fingerprints(site) == before
        # what the site has was mapped; what it does not have is one problem per file
        assert _kinds(lib) == {
            "missing required field 'outcomes' (at least one value)": 120,
            "missing recommended sections '## Context', '## Challenge', '## Strategy', "
            "'## Outcomes', '## Lessons'": 120}
        bundle = lib.case(next(i for i in lib.store.all_ids() if i.startswith("projects-")
                               and lib.case(i)["path"].endswith("index.md")))
        assert bundle["level"] == "national" and bundle["country"] == ["New Zealand"]
        assert bundle["summary"].startswith("What changed for people applying for")
        assert 2015 <= bundle["year_start"] <= 2024 and bundle["challenges"]
        page = bundle["path"][len(str(site)) + 1:-len("/index.md")]
        assert bundle["sources"][0]["url"] == f"https://www.example.govt.nz/{page}/"
        found = lib.search("", Filters(terms={"challenges": ["legacy-systems"]}))
        assert 0 < found.total < 120
        assert lib.evidence_map().total == 120
    finally:
        lib.close()


def test_a_reference_folder_counts_each_document_where_it_has_the_field(
        tmp_path: Path) -> None:
    site, cases = tmp_path / "site", tmp_path / "cases"
    write_site(site, 60, seed=3)
    write_case(cases, "real-case", body="A real case about council tax.")
    (site / "casebook.toml").write_text('kind = "reference"\n', encoding="utf-8")
    (site / "kenya.md").write_text("---\ntitle: Notes from Nairobi\ncountry: Kenya\n"
                                   "challenges: [legacy-systems]\nstrategies: [open-data]\n"
                                   "---\nCouncil tax notes.\n", encoding="utf-8")
    (site / "broken.md").write_text("---\ntitle: [unclosed\n---\nText\n", encoding="utf-8")
    lib = Library(tmp_path / "data", [str(site), str(cases)])
    try:
        report = lib.sync()
        assert report.total == 63
        # only the unreadable front matter is a problem in a reference folder
        assert {(os.path.basename(p.path), p.code) for p in lib.problems()} == {
            ("broken.md", "yaml")}
        everything = lib.search("")
        assert everything.total == 63
        assert everything.facets["countries"] == {"Estonia": 1, "Kenya": 1}
        assert everything.facets["levels"] == {"national": 1}
        assert lib.search("council tax").total > 2  # text search reaches the documents
        # the map: the case, and the one document that has both of its facets
        shown = lib.evidence_map()
        assert shown.total == 2
        assert {i for cell in shown.cells.values() for i in cell.ids} == {"real-case", "kenya"}
    finally:
        lib.close()


def test_changing_the_settings_reads_the_whole_folder_again(tmp_path: Path) -> None:
    site, cases = tmp_path / "site", tmp_path / "cases"
    write_site(site, 30, seed=4)
    write_case(cases, "untouched")
    lib = Library(tmp_path / "data", [str(site), str(cases)])
    try:
        lib.sync()
        assert len(_kinds(lib)) > 10 and not lib.needs_sync()
        settings = site / "casebook.toml"
        settings.write_text(SITE_TOML, encoding="utf-8")
        assert lib.needs_sync()
        report = lib.sync()
        assert (report.changed, report.added) == (30, 0)  # the other folder is not read
        assert len(_kinds(lib)) == 2 and not lib.needs_sync()
        settings.write_text('kind = "reference"\n', encoding="utf-8")
        assert lib.sync().changed == 30 and lib.problems() == []
        settings.unlink()
        assert lib.sync().changed == 30 and len(_kinds(lib)) > 10
        lib.set_reference(str(site), True)  # the choice in File > Case folders
        assert lib.reference_folders() == [str(site)]
        assert lib.sync().changed == 30 and lib.problems() == []
        lib.set_reference(str(site), False)
        assert lib.sync().changed == 30 and len(_kinds(lib)) > 10
    finally:
        lib.close()


def test_a_broken_casebook_toml_is_one_problem_and_goes_with_its_folder(
        tmp_path: Path) -> None:
    site = tmp_path / "site"
    write_site(site, 5, seed=5)
    settings = site / "casebook.toml"
    settings.write_text('[fields]\nsummary = "{description}"\nyeer = "{date}"\n',
                        encoding="utf-8")
    lib = Library(tmp_path / "data", [str(site)])
    try:
        lib.sync()
        [problem] = lib.store.problems(str(settings))
        assert (problem.line, problem.severity) == (3, "error")
        assert "[fields] yeer: not a case field" in problem.message
        assert _kinds(lib)["missing required field 'summary'"] == 5  # not applied
        settings.write_text('[fields]\nsummary = "{description}"\n', encoding="utf-8")
        lib.sync()
        assert lib.store.problems(str(settings)) == []
        assert "missing required field 'summary'" not in _kinds(lib)
        settings.write_text("[fields\n", encoding="utf-8")
        lib.sync()
        assert len(lib.store.problems(str(settings))) == 1
        lib.set_folders([str(tmp_path / "elsewhere")])
        lib.sync()
        assert lib.problems() == []
    finally:
        lib.close()


def test_pages_with_one_name_in_two_sections_keep_two_ids(tmp_path: Path) -> None:
    site = tmp_path / "site"
    for section in ("news", "blog"):
        (site / section).mkdir(parents=True)
        (site / section / "launch.md").write_text(f"---\ntitle: Launch in {section}\n---\n"
                                                  "Text\n", encoding="utf-8")
    lib = Library(tmp_path / "data", [str(site)])
    lib.set_reference(str(site), True)
    try:
        lib.sync()
        assert sorted(lib.store.all_ids()) == ["blog-launch", "news-launch"]
        assert lib.problems() == []
    finally:
        lib.close()


def _state(lib: Library) -> tuple[Any, ...]:
    rows = lib.store.db.execute("SELECT id, path, title, summary, level, year_start, sources, "
                                "problems, sha FROM cases ORDER BY id")
    problems = lib.store.db.execute(
        "SELECT path, case_id, line, severity, code FROM problems ORDER BY path, line, code")
    return list(rows), list(problems), lib.store.term_counts(), lib.engine.doc_count()


def test_a_streamed_first_build_applies_the_settings_as_the_ordinary_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from casebook.derived import sync

    site, notes = tmp_path / "site", tmp_path / "notes"
    write_site(site, 40, seed=6)
    (site / "casebook.toml").write_text(SITE_TOML + "\n[tags.outcomes]\nbogus = 1\n",
                                        encoding="utf-8")
    write_site(notes, 10, seed=7)
    states = []
    for name, bulk_at in (("ordinary", 10_000), ("streamed", 2)):
        monkeypatch.setattr(sync, "BULK_AT", bulk_at)
        lib = Library(tmp_path / name, [str(site), str(notes)])
        lib.set_reference(str(notes), True)
        report = lib.sync()
        states.append((report.total, report.with_problems, *_state(lib)))
        lib.close()
    assert states[0] == states[1]
    assert states[0][0] == 50


def test_the_readme_casebook_toml_works(tmp_path: Path) -> None:
    import re

    from tests.helpers import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Folders written for something else", 1)[1]
    found = re.search(r"```toml\n(.*?)```", section, re.DOTALL)
    assert found is not None
    site = tmp_path / "site"
    write_site(site, 20, seed=14)
    (site / "casebook.toml").write_text(found.group(1), encoding="utf-8")
    lib = Library(tmp_path / "data", [str(site)])
    try:
        lib.sync()
        assert lib.store.problems(str(site / "casebook.toml")) == []
        assert "missing required field 'level'" not in _kinds(lib)
        legacy = lib.search("", Filters(terms={"challenges": ["legacy-systems"]}))
        assert legacy.total > 0
        page = lib.case(legacy.hits[0].id)
        assert (page["level"], page["country"]) == ("national", ["New Zealand"])
        assert page["sources"][0]["url"].startswith("https://www.example.govt.nz/")
    finally:
        lib.close()
