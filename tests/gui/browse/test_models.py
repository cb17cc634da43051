"""Item models checked with qtmodeltester, on real core results."""

from __future__ import annotations

from pathlib import Path

from casebook.cases.model import Filters
from casebook.gui.browse.models import Node, ProblemsModel, ResultsModel, SidebarModel
from casebook.library import Library


def test_results_model(qtmodeltester, small_library: Path, tmp_path: Path) -> None:
    lib = Library(tmp_path / "d", [str(small_library)])
    lib.sync()
    model = ResultsModel()
    model.set_hits(lib.search("budget").hits)
    assert model.rowCount() == 2
    qtmodeltester.check(model)
    assert model.hit(0) is not None and "budget" in model.hit(0).title.lower()
    lib.close()


def test_problems_model(qtmodeltester, tmp_path: Path) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "bad.md").write_text("---\ntitle: [unclosed\n---\nBody\n", encoding="utf-8")
    lib = Library(tmp_path / "d", [str(folder)])
    lib.sync()
    (folder / "worse.md").write_text("---\ntitle: [unclosed\n---\nBody\n", encoding="utf-8")
    (folder / "odd.md").write_text("---\ntitle: T\n---\nBody\n", encoding="utf-8")
    lib.sync()
    model = ProblemsModel()
    model.set_problems(lib.problems())
    assert model.rowCount() >= 2  # the unreadable YAML, then the fields odd.md misses
    kind = model.index(0, 0)
    assert model.data(kind) == ("front matter that cannot be read (YAML)\n"
                                "error in 2 files: bad.md, worse.md")
    assert model.group(kind) is not None and model.problem(kind) is None
    assert model.rowCount(kind) == 2 and model.rowCount(model.index(0, 1)) == 0
    first = model.index(0, 0, kind)
    assert model.data(first) == "bad.md" and model.parent(first) == kind
    assert model.problem(first) is not None and model.rowCount(first) == 0
    qtmodeltester.check(model)
    lib.close()


def test_sidebar_model(qtmodeltester, small_library: Path, tmp_path: Path) -> None:
    from casebook.gui.browse.sidebar import Sidebar

    lib = Library(tmp_path / "d", [str(small_library)])
    lib.sync()
    result = lib.search("", Filters())
    sidebar = Sidebar()
    sidebar.rebuild(result.facets, Filters(terms={"levels": ["municipal"]}), lib.taxonomy, 3, 0,
                    [("Course", 2)], ["Saved"])
    model: SidebarModel = sidebar.model
    qtmodeltester.check(model)
    sections = [n.key for n in model.root.children]
    empty = Sidebar()
    empty.rebuild(result.facets, Filters(), lib.taxonomy, 3, 0, [], [])
    first = empty.model.root.children[1]
    assert first.key == "collections" and first.children[0].facet == "collection-new"
    assert sections[:4] == ["library", "collections", "saved", "challenges"]
    levels = next(n for n in model.root.children if n.key == "levels")
    municipal = next(n for n in levels.children if n.key == "municipal")
    assert municipal.checked and municipal.count == 2
    narrowed = Sidebar()
    narrowed.rebuild(lib.search("estonia").facets, Filters(), lib.taxonomy, 3, 0, [], [],
                     known=lib.term_counts())
    levels_now = next(n for n in narrowed.model.root.children if n.key == "countries")
    greyed = {n.key: n.count for n in levels_now.children}
    assert greyed == {"Estonia": 1, "Brazil": 0, "France": 0}
    challenges = next(n for n in model.root.children if n.key == "challenges")
    unused = next(n for n in challenges.children if n.key == "corruption-risk")
    assert unused.count == 0 and unused.tooltip
    assert isinstance(unused, Node)
    lib.close()


def test_the_sidebar_shows_the_facets_of_the_one_table(small_library: Path,
                                                       tmp_path: Path) -> None:
    from casebook.facets import BY_KEY, FACETS, YEAR
    from casebook.gui.browse.sidebar import Sidebar

    lib = Library(tmp_path / "d", [str(small_library)])
    lib.sync()
    sidebar = Sidebar()
    sidebar.rebuild(lib.search("", Filters()).facets, Filters(), lib.taxonomy, 3, 0, [], [])
    facets = [(n.key, n.label) for n in sidebar.model.root.children
              if n.key not in ("library", "collections", "saved")]
    # every facet of the table, the language one once the library has two languages
    assert facets == [(f.key, f.label) for f in FACETS if f.kind != YEAR
                      and f.key != "languages"]
    levels = next(n for n in sidebar.model.root.children if n.key == "levels")
    assert tuple(n.key for n in levels.children) == BY_KEY["levels"].values
    lib.close()
