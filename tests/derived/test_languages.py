"""Cases in Spanish, Portuguese and French: read in their own language, found across them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from casebook.cases.model import Filters
from casebook.derived.analyzers import StemTokenizer, marked
from casebook.library import Library
from tests.helpers import ROOT, write_case

PT = ("Orçamento participativo em Porto Alegre",
      "Os moradores decidem o orçamento participativo da cidade em assembleias.")
ES = ("Presupuesto participativo en Medellín",
      "Los vecinos votan el presupuesto de sus comunas y corregimientos.")
FR = ("Le budget participatif de Paris",
      "Les Parisiens proposent des projets et votent pour le budget participatif.")


def in_language(folder: Path, case_id: str, language: str, title: str, body: str,
                **fields: object) -> Path:
    path = write_case(folder, case_id, title=title, summary=body, body=body, **fields)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("year_start:", f"language: {language}\nyear_start:", 1),
                    encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    root = tmp_path_factory.mktemp("languages")
    cases = root / "cases"
    in_language(cases, "pt-case", "pt", *PT, country="Brazil")
    in_language(cases, "es-case", "es", *ES, country="Colombia")
    in_language(cases, "fr-case", "fr", *FR, country="France")
    write_case(cases, "en-case", title="Citizen participation in Toronto",
               body="Residents took part in participation sessions on the city budget.")
    library = Library(root / "data", [str(cases)])
    library.sync()
    yield library
    library.close()


def found(lib: Library, query: str, **kwargs: object) -> list[str]:
    return sorted(h.id for h in lib.search(query, limit=50, **kwargs).hits if h.match != "some")


@pytest.mark.parametrize(("language", "text", "stems"), [
    ("pt", "orçamentos participativos", ["orcament", "particip"]),
    ("pt", "orçamento participativo", ["orcament", "particip"]),
    ("es", "presupuestos participativos", ["presupuest", "particip"]),
    ("es", "presupuesto", ["presupuest"]),
    ("fr", "budgets participatifs", ["budget", "particip"]),
    ("fr", "budget participatif", ["budget", "particip"]),
    ("en", "participatory budgeting", ["participatori", "budget"]),
])
def test_each_language_stems_and_folds_accents(language: str, text: str,
                                               stems: list[str]) -> None:
    assert [t.text for t in StemTokenizer()(marked(text, language))] == stems


def test_the_mark_keeps_character_offsets_of_the_text() -> None:
    tokens = [(t.text, t.startchar, t.endchar)  # one Token object, reused: read it now
              for t in StemTokenizer()(marked("Le budget", "fr"), chars=True)]
    assert tokens == [("le", 0, 2), ("budget", 3, 9)]
    assert marked("plain", "en") == "plain" and marked("plain", "xx") == "plain"


@pytest.mark.parametrize(("query", "expected"), [
    ("orçamentos participativos", {"pt-case"}),
    ("orcamentos", {"pt-case"}),  # typed without the accent
    ("presupuestos", {"es-case"}),
    ("budgets participatifs", {"fr-case"}),
    ('"orçamentos participativos"', {"pt-case"}),  # a phrase, read in Portuguese too
])
def test_a_plural_or_unaccented_query_finds_the_case_in_its_language(
        lib: Library, query: str, expected: set[str]) -> None:
    assert expected <= set(found(lib, query))


def test_a_query_matches_across_languages(lib: Library) -> None:
    # "participation" (English) and "participativo" (Portuguese) share the stem "particip"
    assert {"en-case", "pt-case", "es-case", "fr-case"} <= set(found(lib, "participativo"))
    assert {"en-case", "fr-case"} <= set(found(lib, "budget"))


def test_snippets_and_spelling_work_in_each_language(lib: Library) -> None:
    result = lib.search("orçamentos")
    hit = next(h for h in result.hits if h.id == "pt-case")
    assert "<b>" in hit.snippet and "rçamento" in hit.snippet
    assert lib.search("orcamemto").suggestion == "orcamento"
    assert lib.search("presupuestp").suggestion == "presupuesto"


def test_language_is_a_facet_and_a_filter(lib: Library) -> None:
    assert lib.search("").facets["languages"] == {"en": 1, "es": 1, "fr": 1, "pt": 1}
    only = lib.search("", Filters(terms={"languages": ["pt"]}))
    assert [h.id for h in only.hits] == ["pt-case"]


def test_english_rankings_are_those_of_the_english_only_engine(tmp_path: Path) -> None:
    """The benchmark's 50 queries on its 300-case English corpus rank exactly as they did
    before cases could be in other languages (tests/data/english_rankings.json was made
    with the English-only engine): an English query reads English text as before."""
    from bench import corpus
    from bench.queries import mix
    from bench.run import _filters

    golden = json.loads((ROOT / "tests" / "data" / "english_rankings.json").read_text())
    cases = tmp_path / "cases"
    corpus.write_corpus(cases, 300, 1)
    lib = Library(tmp_path / "data", [str(cases)])
    lib.sync()
    for q in mix():
        key = q.casebook + " " + json.dumps(q.filters, sort_keys=True)
        assert [h.id for h in lib.search(q.casebook, _filters(q.filters), limit=10).hits] \
            == golden[key], key
    lib.close()
