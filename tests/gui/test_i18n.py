"""The interface language: the system's or the one chosen, catalogues compiled once per
version of their .ts, Qt's own words, numbers, dates and the core's vocabularies."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialogButtonBox

from casebook import paths
from casebook.cases.taxonomy import load_taxonomy
from casebook.gui import i18n, words
from casebook.render.casepage import case_page


@pytest.fixture
def language(tmp_path: Path) -> Iterator[object]:
    """Install a language for one test; English again afterwards."""
    cache = tmp_path / "cache"

    def use(code: str) -> str:
        return i18n.install(code, cache)

    yield use
    i18n.install(i18n.ENGLISH, cache)


@pytest.mark.parametrize(("preferred", "expected"), [
    (["pt-BR", "en-US"], "pt_BR"), (["pt-PT"], "pt_BR"), (["es-MX", "es"], "es"),
    (["fr-CA"], "fr"), (["de-DE", "fr-FR"], "fr"), (["de-DE", "nl"], "en"), ([], "en"),
    (["en-GB", "fr"], "en"), (["C"], "en"),
])
def test_the_system_language_is_the_closest_interface_language(preferred, expected) -> None:
    assert i18n.system_language(preferred) == expected


def test_a_choice_names_a_language_or_follows_the_system() -> None:
    assert i18n.resolve("fr") == "fr"
    assert i18n.resolve("system") == i18n.system_language()
    assert i18n.resolve("klingon") == i18n.system_language()


def test_a_catalogue_is_compiled_once_per_version_of_its_ts(tmp_path: Path,
                                                            monkeypatch) -> None:
    folder = tmp_path / "translations"
    shutil.copytree(i18n.translations_folder(), folder,
                    ignore=shutil.ignore_patterns("*.qm"))
    monkeypatch.setattr(i18n, "translations_folder", lambda: folder)
    cache = tmp_path / "cache"
    first = i18n.catalogue("fr", cache)
    assert first is not None and first.parent == cache and first.stat().st_size > 1000
    stamp = first.stat().st_mtime_ns
    assert i18n.catalogue("fr", cache) == first and first.stat().st_mtime_ns == stamp
    ts = folder / "casebook_fr.ts"
    ts.write_text(ts.read_text(encoding="utf-8").replace(">Fermer<", ">Clore<"),
                  encoding="utf-8")
    second = i18n.catalogue("fr", cache)
    assert second is not None and second != first and not first.exists()
    shipped = folder / "casebook_fr.qm"  # a bundle ships the compiled file beside the .ts
    shutil.copy(second, shipped)
    os.utime(shipped, (ts.stat().st_mtime + 5, ts.stat().st_mtime + 5))
    assert i18n.catalogue("fr", cache) == shipped


def test_no_catalogue_leaves_the_interface_in_english(tmp_path: Path, language, monkeypatch,
                                                      caplog) -> None:
    # `language` before `monkeypatch`: its teardown installs English from the real
    # catalogues after the patch is undone (else the next tests lose English plurals)
    monkeypatch.setattr(i18n, "translations_folder", lambda: tmp_path / "nothing")
    assert language("fr") == "en"
    assert "no translation of the interface into fr" in caplog.text
    assert QCoreApplication.translate("Menus", "&File") == "&File"


def test_a_cache_that_cannot_be_made_compiles_into_the_temporary_folder(
        tmp_path: Path) -> None:
    blocked = tmp_path / "data"
    blocked.write_text("a file where the data folder should be", encoding="utf-8")
    found = i18n.catalogue("es", blocked / "cache" / "translations")
    assert found is not None and found.is_file() and blocked not in found.parents


def test_installing_a_language_translates_casebook_and_qt(language, qtbot) -> None:
    assert language("fr") == "fr"
    assert QCoreApplication.translate("Menus", "&File") == "&Fichier"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"
    assert language("pt_BR") == "pt_BR"  # the previous language is let go
    assert QCoreApplication.translate("Menus", "&File") == "&Arquivo"
    assert language("en") == "en"
    assert QCoreApplication.translate("Menus", "&File") == "&File"


def test_plural_forms_follow_each_language(language) -> None:
    def cases(n: int) -> str:
        return QCoreApplication.translate("ResultsPane", "%Ln case(s)", None, n)

    language("en")
    assert (cases(1), cases(2), cases(1234)) == ("1 case", "2 cases", "1,234 cases")
    language("fr")
    assert (cases(0), cases(1), cases(2)) == ("0 cas", "1 cas", "2 cas")
    assert QCoreApplication.translate("_Delegate", "%n question(s)", None, 0) == "0 question"
    language("es")
    assert (cases(1), cases(2), cases(1234)) == ("1 caso", "2 casos", "1234 casos")
    language("pt_BR")
    assert QCoreApplication.translate("_Delegate", "%n question(s)", None, 3) == \
        "3 perguntas"


def test_numbers_and_dates_follow_the_interface_language(language) -> None:
    language("fr")
    assert i18n.number(1234567) == "1\u202f234\u202f567"
    assert i18n.number(2.5) == "2,5" and i18n.number(3.0) == "3"
    assert i18n.date_text("2026-11-28") == "28/11/2026"
    assert i18n.date_text(dt.date(2026, 11, 28), long=True) == "samedi 28 novembre 2026"
    assert i18n.date_text("someday") == "someday"
    moment = i18n.moment_text("2026-11-28T09:05:00+00:00")
    assert moment.startswith("28/11/2026 ") and moment.count(":") == 1
    assert i18n.moment_text("soon") == "soon" and i18n.moment_text(None) == ""
    language("pt_BR")
    assert i18n.number(1234567) == "1.234.567"
    assert i18n.date_text("2026-03-01") == "01/03/2026"
    language("en")
    assert QLocale().name() in ("en_US", "C", QLocale.system().name())


def test_the_cores_words_are_said_in_the_interface_language(language) -> None:
    language("fr")
    assert words.heading("challenges") == "Défis"
    assert words.value("verdicts", "too-early") == "trop tôt"
    assert words.value("results", "mixed") == "partiel"
    assert words.value("verdicts", "mixed") == "mitigé"
    assert words.value("levels", "national") == "national"
    assert words.value("regions", "Latin America and the Caribbean") == \
        "Amérique latine et Caraïbes"
    assert words.value("regions", "Somewhere else") == "Somewhere else"
    assert words.value("countries", "Brazil") == "Brazil"
    assert words.language_name("pt") == "portugais"
    assert words.language_name("ja") == "日本語"  # not listed: QLocale's own name
    assert words.section("Challenge") == "Défi"
    assert words.compare_row("section:Lessons", "Lessons") == "Leçons"
    assert words.place(["Brazil"], "Porto Alegre", "municipal", 1989, 2004, "Europe") == \
        "Porto Alegre, Brazil · Europe · municipal · 1989–2004"
    language("es")
    assert words.language_name("pt") == "portugués"
    assert words.value("evidence", "self-reported") == "autodeclarada"


def test_language_labels_are_the_languages_own_names() -> None:
    assert [i18n.language_label(code) for code in i18n.LANGUAGES] == [
        "English", "Español", "Português (Brasil)", "Français"]


def test_taxonomy_terms_are_said_in_the_interface_language(language) -> None:
    taxonomy = load_taxonomy(paths.resource("taxonomy.yaml"))
    language("fr")
    assert words.term_label(taxonomy, "challenges", "resistance-to-change") == \
        "Résistance au changement"
    assert "habitudes" in words.term_description(taxonomy, "challenges",
                                                  "resistance-to-change")
    assert "inertie institutionnelle" in words.term_aliases(taxonomy, "challenges",
                                                            "resistance-to-change")
    assert words.term_label(taxonomy, "challenges", "my-free-tag") == "my-free-tag"
    case = {"id": "x", "title": "X", "path": "/x.md", "country": ["Brazil"],
            "level": "municipal", "region": "Europe", "verdict": "mixed",
            "challenges": ["resistance-to-change"], "sources": [{"title": "A report"}],
            "outcomes": [{"id": "civic-engagement", "result": "achieved",
                          "evidence": "evaluation"}]}
    page = case_page(case, "<h2>Contexte</h2>", taxonomy, "light", [], words.page())
    for said in ("Résistance&nbsp;au&nbsp;changement", "Défis", "Verdict\u00a0:", "◐ mitigé",
                 "bilan\u00a0: atteint", "preuve\u00a0: évaluation", "Sources", "Europe"):
        assert said in page, said
    language("en")
    assert words.term_label(taxonomy, "challenges", "resistance-to-change") == \
        "Resistance to change"


def test_every_word_of_the_cores_vocabularies_is_marked_for_translation() -> None:
    from casebook.cases.model import SECTION_NAMES
    from casebook.evidence.map import VERDICT_KEYS
    from casebook.facets import EVIDENCE_LEVELS, FACETS, LEVELS, RESULTS

    assert {f.label for f in FACETS} <= set(words.HEADINGS)
    for facet, vocabulary in (("levels", LEVELS), ("verdicts", VERDICT_KEYS),
                              ("results", RESULTS), ("evidence", EVIDENCE_LEVELS)):
        assert set(vocabulary) <= set(words.VALUES[facet][1]), facet
    assert {code.split("_")[0] for code in i18n.LANGUAGES} <= set(SECTION_NAMES)
    assert {code.split("_")[0] for code in i18n.LANGUAGES} <= set(words.LANGUAGE_NAMES)
