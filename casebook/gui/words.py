"""The core's English words as the GUI shows them, in the interface language: facet
headings, levels, verdicts, results, evidence, regions, language names, section headings
and taxonomy terms. The core keeps them as English data; this is the one place that
translates them (each marked for pyside6-lupdate)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale

from casebook.cases.model import SECTION_ORDER, section_names
from casebook.cases.taxonomy import Taxonomy
from casebook.facets import BY_KEY, TAG_FACETS
from casebook.gui import i18n
from casebook.gui.i18n import QT_TRANSLATE_NOOP, number, translate
from casebook.render.casepage import PageWords, place_line

HEADINGS = (  # facets.py's labels: the sidebar's headings, the map's axes, chips
    QT_TRANSLATE_NOOP("Facets", "Challenges"), QT_TRANSLATE_NOOP("Facets", "Strategies"),
    QT_TRANSLATE_NOOP("Facets", "Outcomes"), QT_TRANSLATE_NOOP("Facets", "Region"),
    QT_TRANSLATE_NOOP("Facets", "Country"), QT_TRANSLATE_NOOP("Facets", "Level"),
    QT_TRANSLATE_NOOP("Facets", "Sector"), QT_TRANSLATE_NOOP("Facets", "Verdict"),
    QT_TRANSLATE_NOOP("Facets", "Result"), QT_TRANSLATE_NOOP("Facets", "Evidence"),
    QT_TRANSLATE_NOOP("Facets", "Language"), QT_TRANSLATE_NOOP("Facets", "Years"),
)
# the fixed vocabularies, by facet: (context, value -> English words)
VALUES: dict[str, tuple[str, dict[str, str]]] = {
    "levels": ("Level", {
        "local": QT_TRANSLATE_NOOP("Level", "local"),
        "municipal": QT_TRANSLATE_NOOP("Level", "municipal"),
        "regional": QT_TRANSLATE_NOOP("Level", "regional"),
        "national": QT_TRANSLATE_NOOP("Level", "national"),
        "supranational": QT_TRANSLATE_NOOP("Level", "supranational"),
    }),
    "verdicts": ("Verdict", {
        "success": QT_TRANSLATE_NOOP("Verdict", "success"),
        "mixed": QT_TRANSLATE_NOOP("Verdict", "mixed"),
        "failure": QT_TRANSLATE_NOOP("Verdict", "failure"),
        "too-early": QT_TRANSLATE_NOOP("Verdict", "too early"),
        "none": QT_TRANSLATE_NOOP("Verdict", "no verdict"),
    }),
    "results": ("Result", {
        "achieved": QT_TRANSLATE_NOOP("Result", "achieved"),
        "mixed": QT_TRANSLATE_NOOP("Result", "mixed"),
        "not-achieved": QT_TRANSLATE_NOOP("Result", "not achieved"),
        "reversed": QT_TRANSLATE_NOOP("Result", "reversed"),
        "too-early": QT_TRANSLATE_NOOP("Result", "too early"),
    }),
    "evidence": ("Evidence", {
        "experimental": QT_TRANSLATE_NOOP("Evidence", "experimental"),
        "evaluation": QT_TRANSLATE_NOOP("Evidence", "evaluation"),
        "statistics": QT_TRANSLATE_NOOP("Evidence", "statistics"),
        "self-reported": QT_TRANSLATE_NOOP("Evidence", "self-reported"),
        "anecdotal": QT_TRANSLATE_NOOP("Evidence", "anecdotal"),
    }),
    "regions": ("Region", {  # the eight regions CONTRIBUTING asks for; others as written
        "Africa": QT_TRANSLATE_NOOP("Region", "Africa"),
        "Asia": QT_TRANSLATE_NOOP("Region", "Asia"),
        "Europe": QT_TRANSLATE_NOOP("Region", "Europe"),
        "Latin America and the Caribbean":
            QT_TRANSLATE_NOOP("Region", "Latin America and the Caribbean"),
        "Middle East and North Africa":
            QT_TRANSLATE_NOOP("Region", "Middle East and North Africa"),
        "North America": QT_TRANSLATE_NOOP("Region", "North America"),
        "Oceania": QT_TRANSLATE_NOOP("Region", "Oceania"),
        "International": QT_TRANSLATE_NOOP("Region", "International"),
    }),
}
# languages a case may be written in (those Whoosh stems, and English), by ISO 639-1 code;
# any other code is named by QLocale in its own language
LANGUAGE_NAMES = {
    "ar": QT_TRANSLATE_NOOP("Language", "Arabic"),
    "da": QT_TRANSLATE_NOOP("Language", "Danish"),
    "de": QT_TRANSLATE_NOOP("Language", "German"),
    "en": QT_TRANSLATE_NOOP("Language", "English"),
    "es": QT_TRANSLATE_NOOP("Language", "Spanish"),
    "fi": QT_TRANSLATE_NOOP("Language", "Finnish"),
    "fr": QT_TRANSLATE_NOOP("Language", "French"),
    "hu": QT_TRANSLATE_NOOP("Language", "Hungarian"),
    "it": QT_TRANSLATE_NOOP("Language", "Italian"),
    "nl": QT_TRANSLATE_NOOP("Language", "Dutch"),
    "no": QT_TRANSLATE_NOOP("Language", "Norwegian"),
    "pt": QT_TRANSLATE_NOOP("Language", "Portuguese"),
    "ro": QT_TRANSLATE_NOOP("Language", "Romanian"),
    "ru": QT_TRANSLATE_NOOP("Language", "Russian"),
    "sv": QT_TRANSLATE_NOOP("Language", "Swedish"),
    "tr": QT_TRANSLATE_NOOP("Language", "Turkish"),
}
COMPARE_ROWS = {  # the comparison's rows that are not facets
    "place": QT_TRANSLATE_NOOP("Comparison", "Place"),
    "years": QT_TRANSLATE_NOOP("Comparison", "Years"),
    "metrics": QT_TRANSLATE_NOOP("Comparison", "Metrics"),
}


def heading(facet: str) -> str:
    """A facet's name as a heading ("Challenges", "Level")."""
    spec = BY_KEY.get(facet)
    return translate("Facets", spec.label) if spec else facet


def value(facet: str, raw: str) -> str:
    """A value of a facet as the interface says it: a level, verdict, result, evidence
    level, region or language in words; a taxonomy term's id or a country as it is."""
    if facet == "languages":
        return language_name(raw)
    context, words = VALUES.get(facet, ("", {}))
    english = words.get(raw)
    return translate(context, english) if english else raw


def language_name(code: str) -> str:
    """A language code's name in the interface language ("pt" -> "Portuguese",
    "portugais", "portugués"); QLocale's own name of it for a language not listed."""
    base = code.replace("-", "_").split("_")[0].lower()
    if base in LANGUAGE_NAMES:
        return translate("Language", LANGUAGE_NAMES[base])
    locale = QLocale(base)
    if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return code
    name = locale.nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


def interface_language() -> str:
    """The interface's language code without its region ("pt" for pt_BR)."""
    return i18n.current().split("_")[0]


def section(english: str) -> str:
    """A recommended section's heading ("Challenge") as cases in the interface language
    write it (the core's table of translated headings); any other heading as it is."""
    if english not in SECTION_ORDER:
        return english
    return section_names(interface_language())[SECTION_ORDER.index(english)]


def compare_row(field: str, label: str) -> str:
    """A row of the comparison: a facet, a recommended section, or place, years, metrics."""
    if field in COMPARE_ROWS:
        return translate("Comparison", COMPARE_ROWS[field])
    if field.startswith("section:"):
        return section(label)
    return heading(field) if field in BY_KEY else label


def term_label(taxonomy: Taxonomy, facet: str, term_id: str) -> str:
    """A taxonomy term's label in the interface language where the taxonomy translates
    it; a free tag as it is; a metadata value in words."""
    if facet in TAG_FACETS:
        return taxonomy.label(facet, term_id, interface_language())
    return value(facet, term_id)


def term_description(taxonomy: Taxonomy, facet: str, term_id: str) -> str:
    return taxonomy.description(facet, term_id, interface_language())


def term_aliases(taxonomy: Taxonomy, facet: str, term_id: str) -> tuple[str, ...]:
    """A term's other names in the interface language, else in English."""
    term = taxonomy.term(facet, term_id)
    if term is None:
        return ()
    wording = term.wording(interface_language())
    return wording.aliases if wording and wording.aliases else term.aliases


def place(country: Sequence[str], where: str | None = None, level: str | None = None,
          year_start: int | None = None, year_end: int | None = None,
          region: str | None = None) -> str:
    """The place line under a case's title, its level and region in words."""
    return place_line(country, where, value("levels", level) if level else None,
                      year_start, year_end, value("regions", region) if region else None)



def _page_text(text: str, n: int = -1) -> str:
    return translate("CasePage", text, None, n)


def page() -> PageWords:
    """The reader's page in the interface language."""
    return PageWords(text=_page_text, value=value, heading=heading, number=number,
                     language=interface_language())
