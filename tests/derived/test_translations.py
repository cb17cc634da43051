"""A case and its translations: one entry in the results, counted once everywhere."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from casebook.cases.model import Filters
from casebook.errors import InputError
from casebook.library import Library
from tests.helpers import write_case


def translation(folder: Path, case_id: str, original: str, language: str, title: str,
                body: str) -> Path:
    path = write_case(folder, case_id, title=title, summary=body, body=body,
                      challenges="low-civic-engagement", strategies="participatory-budgeting")
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("year_start:", f"language: {language}\ntranslation_of: "
                                 f"{original}\nyear_start:", 1), encoding="utf-8")
    return path


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    cases = tmp_path / "cases"
    write_case(cases, "porto", title="Participatory budgeting in Porto Alegre",
               challenges="low-civic-engagement", strategies="participatory-budgeting",
               body="Residents decide part of the city budget in assemblies.")
    translation(cases, "porto-pt", "porto", "pt", "Orçamento participativo em Porto Alegre",
                "Os moradores decidem parte do orçamento da cidade em assembleias.")
    translation(cases, "porto-es", "porto", "es", "Presupuesto participativo en Porto Alegre",
                "Los vecinos deciden parte del presupuesto de la ciudad en asambleas.")
    write_case(cases, "tallinn", title="Free transport in Tallinn",
               body="The city budget pays for buses.")
    library = Library(tmp_path / "data", [str(cases)])
    library.sync()
    yield library
    library.close()


def test_an_empty_search_lists_the_original_once_with_its_languages(lib: Library) -> None:
    result = lib.search("")
    assert result.total == 2
    assert sorted(h.id for h in result.hits) == ["porto", "tallinn"]
    porto = next(h for h in result.hits if h.id == "porto")
    assert porto.languages == {"en": "porto", "pt": "porto-pt", "es": "porto-es"}
    assert porto.to_json()["languages"] == porto.languages
    assert result.facets["languages"] == {"en": 2, "es": 1, "pt": 1}
    assert result.facets["challenges"] == {"legacy-systems": 1, "low-civic-engagement": 1}


def test_a_text_search_lists_the_best_matching_language_once(lib: Library) -> None:
    result = lib.search("orçamento")
    assert [h.id for h in result.hits if h.match != "some"] == ["porto-pt"]
    assert result.total == 1
    both = lib.search("budget")  # the English case and the city budget of Tallinn
    assert sorted(h.id for h in both.hits) == ["porto", "tallinn"] and both.total == 2


def test_a_language_filter_lists_the_cases_in_that_language(lib: Library) -> None:
    result = lib.search("", Filters(terms={"languages": ["es"]}))
    assert [h.id for h in result.hits] == ["porto-es"] and result.total == 1


def test_the_map_counts_a_case_once(lib: Library) -> None:
    evidence = lib.evidence_map()
    assert evidence.total == 2
    cell = evidence.cell("low-civic-engagement", "participatory-budgeting")
    assert cell is not None and cell.ids == ["porto"]


def test_compare_refuses_a_case_beside_its_translation(lib: Library) -> None:
    with pytest.raises(InputError, match="'porto-pt' and 'porto' are the same case"):
        lib.compare(["porto", "porto-pt"])
    with pytest.raises(InputError, match="'porto-es' and 'porto-pt' are the same case"):
        lib.compare(["tallinn", "porto-pt", "porto-es"])
    assert [c["id"] for c in lib.compare(["porto-pt", "tallinn"]).cases] == ["porto-pt",
                                                                               "tallinn"]


def test_a_collection_holds_a_case_once_whatever_its_language(lib: Library) -> None:
    lib.collections.create("Course")
    assert lib.collections.add("Course", ["porto-pt"]) == ["porto-pt"]
    assert lib.collections.add("Course", ["porto", "porto-es", "tallinn"]) == ["tallinn"]
    assert [i.id for i in lib.collections.get("Course").items] == ["porto-pt", "tallinn"]
