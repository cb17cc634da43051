"""The sidebar in other languages: equal counts in the alphabetical order of the words shown,
and a label cut to fit the sidebar whole in its tooltip."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QStyleOptionViewItem

from casebook.cases.model import Filters
from casebook.gui.browse.models import NodeRole
from casebook.gui.browse.sidebar import Sidebar
from casebook.library import Library
from tests.helpers import write_case

REGIONS = {"Africa": 1, "Asia": 1, "Europe": 1, "Middle East and North Africa": 1,
           "North America": 1, "Oceania": 1, "International": 2}


def section(sidebar: Sidebar, key: str):
    return next(n for n in sidebar.model.root.children if n.key == key)


def test_equal_counts_follow_the_alphabet_of_the_interface_language(
        qtbot, tmp_path: Path, language) -> None:
    lib = Library(tmp_path / "d", [])
    sidebar = Sidebar()
    qtbot.addWidget(sidebar)
    facets = {"regions": REGIONS}
    sidebar.rebuild(facets, Filters(), lib.taxonomy, 8, 0, [], [])
    assert [n.label for n in section(sidebar, "regions").children] == [
        "International", "Africa", "Asia", "Europe", "Middle East and North Africa",
        "North America", "Oceania"]
    language("pt_BR")
    sidebar.rebuild(facets, Filters(), lib.taxonomy, 8, 0, [], [])
    assert [n.label for n in section(sidebar, "regions").children] == [
        "Internacional", "África", "América do Norte", "Ásia", "Europa", "Oceania",
        "Oriente Médio e Norte da África"]
    lib.close()


def test_a_label_cut_to_fit_is_whole_in_its_tooltip(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "cases"
    write_case(folder, "one", challenges="privacy-and-security-concerns, legacy-systems")
    lib = Library(tmp_path / "d", [str(folder)])
    lib.sync()
    sidebar = Sidebar()
    qtbot.addWidget(sidebar)
    sidebar.rebuild(lib.search("", Filters()).facets, Filters(), lib.taxonomy, 1, 0, [], [])
    sidebar.resize(200, 600)
    sidebar.show()
    qtbot.waitExposed(sidebar)
    tree, model = sidebar.tree, sidebar.model
    challenges = model.index([n.key for n in model.root.children].index("challenges"), 0)
    tree.expand(challenges)
    tips = {}
    for row in range(model.rowCount(challenges)):
        index = model.index(row, 0, challenges)
        option = QStyleOptionViewItem()
        tree.initViewItemOption(option)
        option.rect = tree.visualRect(index)
        tips[index.data(NodeRole).key] = tree.itemDelegate().tooltip(option, index)
    cut, whole = tips["privacy-and-security-concerns"], tips["legacy-systems"]
    description = lib.taxonomy.description("challenges", "legacy-systems", "en")
    assert whole == description  # it fits: the tooltip is the description alone
    assert cut.startswith("Privacy and security concerns\n")
    lib.close()
