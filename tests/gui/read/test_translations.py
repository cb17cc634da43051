"""The reader and the list with a case in several languages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl

from casebook.gui.browse.sidebar import NodeRole
from casebook.library import Library
from tests.derived.test_translations import translation
from tests.helpers import running_window, write_case


def test_the_reader_switches_language_and_the_list_shows_a_case_once(qtbot,
                                                                      tmp_path: Path) -> None:
    cases = tmp_path / "cases"
    write_case(cases, "porto", title="Participatory budgeting in Porto Alegre",
               body="Residents decide part of the city budget.")
    translation(cases, "porto-pt", "porto", "pt", "Orçamento participativo em Porto Alegre",
                "Os moradores decidem parte do orçamento.")
    lib = Library(tmp_path / "data", [str(cases)])
    lib.sync()
    with running_window(qtbot, lib) as window:
        model = window.results_model
        hits = [model.hit(r) for r in range(model.rowCount())]
        assert [h.id for h in hits if h] == ["porto"]
        assert hits[0] is not None and list(hits[0].languages) == ["en", "pt"]
        assert window.browser.library_stats()[0] == 1  # "All cases": the case once
        model = window.sidebar.model
        sections = [model.index(r, 0).data(NodeRole).key for r in range(model.rowCount())]
        assert "languages" in sections  # two languages: the Language facet shows
        window.browser.open_case("porto")
        page = window.reader.browser.toPlainText()
        assert "Written in: English · Português" in page
        window.reader.browser.anchorClicked.emit(QUrl("casebook:case/porto-pt"))
        assert window.reader.case["id"] == "porto-pt"
        assert "Orçamento participativo em Porto Alegre" in window.reader.browser.toPlainText()


def test_the_language_facet_hides_while_the_library_has_one_language(window) -> None:
    from casebook.gui.browse.sidebar import NodeRole

    model = window.sidebar.model
    sections = [model.index(r, 0).data(NodeRole).key for r in range(model.rowCount())]
    assert "regions" in sections and "languages" not in sections
