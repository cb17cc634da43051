"""The controlled vocabulary: the bundled file, tag matching, suggestions, broken files."""

from __future__ import annotations

from pathlib import Path

import pytest

from casebook import paths
from casebook.cases.taxonomy import Taxonomy, load_taxonomy
from casebook.cases.text import fold_accents, norm_key
from casebook.errors import TaxonomyError

REQUIRED = {
    "challenges": """resistance-to-change resource-constraints skills-and-capacity-deficit
        regulatory-and-policy-barriers low-public-trust corruption-risk siloed-organisations
        fragmented-services digital-divide low-civic-engagement legacy-systems
        privacy-and-security-concerns""",
    "strategies": """change-management staff-training innovative-financing partnerships
        professional-development hiring-strategies advocacy policy-reform
        e-governance-platform digital-identity interoperability data-analytics open-data
        agile-methods performance-management one-stop-shop public-consultation
        participatory-budgeting co-creation participatory-auditing targeted-outreach
        transparent-procurement independent-oversight innovation-lab policy-experimentation
        green-procurement""",
    "outcomes": """improved-service-delivery reduced-administrative-burden
        increased-transparency accountability public-trust civic-engagement
        citizen-satisfaction inclusion-and-equity economic-opportunity sustainability
        reduced-corruption cost-savings quality-of-life""",
}
LANGUAGES = ("es", "pt", "fr")
SEED_TABLE = {
    "resistance-to-change": ["change-management", "staff-training"],
    "resource-constraints": ["innovative-financing", "partnerships"],
    "skills-and-capacity-deficit": ["professional-development", "hiring-strategies"],
    "regulatory-and-policy-barriers": ["advocacy", "policy-reform"],
}


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return load_taxonomy(paths.resource("taxonomy.yaml"))


def write(tmp_path: Path, text: str, name: str = "taxonomy.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


MINI = """challenges:
  - id: red-tape
    label: Red tape
    description: Too many rules.
    aliases: [bureaucracy]
strategies:
  - id: simplification
    label: Simplification
    description: Fewer rules.
    addresses: [red-tape]
outcomes:
  - id: less-paperwork
    label: Less paperwork
"""


# the bundled file --------------------------------------------------------------
def test_bundled_taxonomy_holds_every_required_id(taxonomy: Taxonomy) -> None:
    for facet, ids in REQUIRED.items():
        missing = set(ids.split()) - set(taxonomy.terms[facet])
        assert not missing, f"{facet}: {sorted(missing)}"


def test_every_term_has_label_description_and_aliases(taxonomy: Taxonomy) -> None:
    for term in taxonomy.all_terms():
        assert term.label, term.id
        assert term.description.endswith("."), term.id
        assert term.aliases, term.id


def test_addresses_cover_the_seed_table(taxonomy: Taxonomy) -> None:
    for challenge, strategies in SEED_TABLE.items():
        found = {t.id for t in taxonomy.strategies_for(challenge)}
        assert set(strategies) <= found, challenge


def test_every_term_is_translated(taxonomy: Taxonomy) -> None:
    for term in taxonomy.all_terms():
        for language in LANGUAGES:
            wording = term.wording(language)
            assert wording, (term.id, language)
            assert wording.label and wording.description.endswith("."), (term.id, language)
            assert 2 <= len(wording.aliases) <= 5, (term.id, language)


def test_no_name_points_at_two_terms_in_one_facet(taxonomy: Taxonomy) -> None:
    """Every id, label and alias, English or translated, finds its own term, also when
    accents are ignored as the tag picker does."""
    for facet in REQUIRED:
        folded: dict[str, str] = {}
        for term in taxonomy.terms[facet].values():
            for name in term.names():
                assert taxonomy.match(facet, name) == term.id, (facet, name)
                owner = folded.setdefault(fold_accents(norm_key(name)), term.id)
                assert owner == term.id, (facet, name, owner)


# matching -------------------------------------------------------------------------
@pytest.mark.parametrize("value", [
    "fragmented-services", "Fragmented services", "fragmented_services",
    "  FRAGMENTED   SERVICES ", "fragmented - services", "Service Fragmentation",
    "\ufefffragmented\u200b services",
])
def test_match_ignores_case_and_spacing(taxonomy: Taxonomy, value: str) -> None:
    assert taxonomy.match("challenges", value) == "fragmented-services"


def test_match_is_per_facet(taxonomy: Taxonomy) -> None:
    assert taxonomy.match("strategies", "fragmented services") is None
    assert taxonomy.match("nope", "fragmented services") is None


def test_canonical_maps_aliases_and_slugs_free_tags(taxonomy: Taxonomy) -> None:
    assert taxonomy.canonical("strategies", "PB") == ("participatory-budgeting", True)
    assert taxonomy.canonical("strategies", "Digital ID") == ("digital-identity", True)
    assert taxonomy.canonical("outcomes", "Better  Schools!") == ("better-schools", False)
    assert taxonomy.canonical("outcomes", "Gestão Escolar Democrática") == (
        "gestão-escolar-democrática", False)
    assert taxonomy.canonical("outcomes", "Participação Cidadã") == ("civic-engagement", True)
    assert taxonomy.canonical("strategies", "presupuesto participativo") == (
        "participatory-budgeting", True)
    assert taxonomy.canonical("strategies", "Budget participatif") == (
        "participatory-budgeting", True)


def test_suggest_returns_close_ids(taxonomy: Taxonomy) -> None:
    assert taxonomy.suggest("challenges", "legacy systemz")[0] == "legacy-systems"
    assert taxonomy.suggest("strategies", "participatory budget") == [
        "participatory-budgeting", "participatory-auditing", "professional-development"]
    assert taxonomy.suggest("outcomes", "zzzz qqqq") == []
    assert len(taxonomy.suggest("challenges", "legacy data", n=2)) == 2


def test_labels_and_terms(taxonomy: Taxonomy) -> None:
    assert taxonomy.label("challenges", "legacy-systems") == "Legacy systems"
    assert taxonomy.label("challenges", "free-thing") == "free-thing"
    assert taxonomy.term("outcomes", "nope") is None
    doc = taxonomy.terms["strategies"]["change-management"].to_json()
    assert set(doc) == {"id", "label", "description", "aliases", "addresses"}
    assert "addresses" not in taxonomy.terms["outcomes"]["accountability"].to_json()


# loading and broken files ------------------------------------------------------------
def test_small_taxonomy_loads(tmp_path: Path) -> None:
    tax = load_taxonomy(write(tmp_path, MINI))
    assert tax.match("challenges", "Bureaucracy") == "red-tape"
    assert [t.id for t in tax.strategies_for("red-tape")] == ["simplification"]
    assert tax.terms["outcomes"]["less-paperwork"].description == ""


def test_folder_taxonomy_adds_terms(tmp_path: Path) -> None:
    base = write(tmp_path, MINI)
    extra = write(tmp_path, "outcomes:\n  - id: happier-staff\n    label: Happier staff\n"
                  "    aliases: staff morale, wellbeing at work\n", "extra.yaml")
    tax = load_taxonomy(base, [extra])
    assert tax.match("outcomes", "staff morale") == "happier-staff"
    assert tax.match("outcomes", "less paperwork") == "less-paperwork"


@pytest.mark.parametrize(("text", "message"), [
    ("challenges: [\n", r"taxonomy.yaml:2: invalid YAML in the taxonomy"),
    ("- a\n- b\n", r"must be a mapping of facets"),
    (MINI.replace("outcomes:", "other:"), r"the facet 'outcomes' is missing"),
    (MINI.replace("id: red-tape", "id: Red Tape"), r"challenges #1: 'id' must be lowercase"),
    (MINI.replace("label: Red tape", "label: ''"), r"challenges #1 \(red-tape\): 'label' is "
     r"required"),
    (MINI.replace("addresses: [red-tape]", "addresses: [nowhere]"),
     r"strategy 'simplification' addresses unknown challenge 'nowhere'"),
    (MINI.replace("aliases: [bureaucracy]", "aliases: {a: 1}"), r"expected a list of strings"),
    (MINI.replace("challenges:\n", "challenges: 5\n", 1).split("  - id: red-tape")[0]
     + "strategies: []\noutcomes: []\n", r"'challenges' must be a list of terms"),
])
def test_broken_taxonomy_is_a_clear_error(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(TaxonomyError, match=message):
        load_taxonomy(write(tmp_path, text))


TRANSLATED = MINI.replace("""    aliases: [bureaucracy]
""", """    aliases: [bureaucracy]
    translations:
      es: {label: Burocracia excesiva, description: Demasiadas reglas., aliases: [papeleo]}
      pt: {label: Excesso de burocracia}
""")


def test_translated_labels_descriptions_and_aliases(tmp_path: Path) -> None:
    tax = load_taxonomy(write(tmp_path, TRANSLATED))
    assert tax.label("challenges", "red-tape", "es") == "Burocracia excesiva"
    assert tax.label("challenges", "red-tape", "pt_BR") == "Excesso de burocracia"
    assert tax.label("challenges", "red-tape", "fr") == "Red tape"  # not translated: English
    assert tax.label("challenges", "red-tape") == "Red tape"
    assert tax.description("challenges", "red-tape", "es") == "Demasiadas reglas."
    assert tax.description("challenges", "red-tape", "pt") == "Too many rules."
    for name in ("papeleo", "Burocracia excesiva", "excesso de burocracia", "bureaucracy"):
        assert tax.match("challenges", name) == "red-tape", name


PT_LINE = "      pt: {label: Excesso de burocracia}\n"


@pytest.mark.parametrize(("change", "message"), [
    ("      pt: [Excesso]\n", r"translations: pt: expected label, description and aliases"),
    ("      portuguese: {label: X}\n", r"'portuguese' is not a two-letter language code"),
    ("      pt: {label: [a, b]}\n", r"translations: pt: label and description must be text"),
    ("      pt: {aliases: {a: 1}}\n", r"translations: pt: aliases: expected a list"),
])
def test_a_broken_translation_is_a_clear_error(tmp_path: Path, change: str,
                                               message: str) -> None:
    with pytest.raises(TaxonomyError, match=message):
        load_taxonomy(write(tmp_path, TRANSLATED.replace(PT_LINE, change)))
    listed = TRANSLATED.split("    translations:")[0] + "    translations: [es]\n" + \
        TRANSLATED.split(PT_LINE)[1]
    with pytest.raises(TaxonomyError, match=r"'translations' must map language codes"):
        load_taxonomy(write(tmp_path, listed))


def test_missing_and_undecodable_taxonomy(tmp_path: Path) -> None:
    with pytest.raises(TaxonomyError, match="the taxonomy file is missing"):
        load_taxonomy(tmp_path / "none.yaml")
    bad = tmp_path / "latin.yaml"
    bad.write_bytes("challenges: [ação]".encode("latin-1"))
    with pytest.raises(TaxonomyError, match="cannot read the taxonomy"):
        load_taxonomy(bad)


def test_the_cached_taxonomy_follows_the_file_and_survives_a_broken_cache(
        tmp_path: Path) -> None:
    from casebook.cases.taxonomy import cached_taxonomy

    base, cache = write(tmp_path, TRANSLATED), tmp_path / "taxonomy.json"
    first = cached_taxonomy(base, [], cache)
    assert cache.is_file() and first.label("challenges", "red-tape", "es") == \
        "Burocracia excesiva"
    again = cached_taxonomy(base, [], cache)  # read from the JSON: the same terms
    assert [t for t in again.all_terms()] == [t for t in first.all_terms()]
    assert again.match("challenges", "papeleo") == "red-tape"
    base.write_text(TRANSLATED.replace("Red tape", "Too much red tape"), encoding="utf-8")
    assert cached_taxonomy(base, [], cache).label("challenges", "red-tape") == \
        "Too much red tape"
    cache.write_text("{not json", encoding="utf-8")
    assert cached_taxonomy(base, [], cache).label("challenges", "red-tape") == \
        "Too much red tape"
    assert cache.read_text(encoding="utf-8").startswith('{"key"')  # written again
