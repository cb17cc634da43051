"""Every rule of the case format, checked on the fixture files line by line."""

from __future__ import annotations

from pathlib import Path

import pytest

from casebook import paths
from casebook.cases.model import Case
from casebook.cases.parsing import parse_file, parse_text
from casebook.cases.taxonomy import Taxonomy, load_taxonomy
from casebook.cases.validation import build_case, id_from_filename, max_year

DATA = Path(__file__).resolve().parent.parent / "data"
BAD = DATA / "bad"
GOOD = DATA / "good"


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return load_taxonomy(paths.resource("taxonomy.yaml"))


def case_of(path: Path, taxonomy: Taxonomy) -> Case:
    return build_case(parse_file(str(path)), taxonomy)


def lines_of(path: Path, taxonomy: Taxonomy) -> list[str]:
    return [p.format(path.name) for p in case_of(path, taxonomy).problems]


def test_good_cases_have_no_problems(taxonomy: Taxonomy) -> None:
    for path in sorted(GOOD.rglob("*.md")):
        assert lines_of(path, taxonomy) == [], path


def test_good_case_in_canonical_form(taxonomy: Taxonomy) -> None:
    case = case_of(GOOD / "porto-alegre-participatory-budgeting.md", taxonomy)
    assert case.id == "porto-alegre-participatory-budgeting"
    assert case.title == "Participatory Budgeting in Porto Alegre"
    assert case.summary == ("Residents of Porto Alegre decide in yearly assemblies how part of "
                            "the city's investment budget is spent.")
    assert case.country == ["Brazil"]
    assert (case.place, case.region, case.level) == ("Porto Alegre", "Latin America",
                                                     "municipal")
    assert (case.year_start, case.year_end) == (1989, 2004)
    assert case.sectors == ["public finance", "urban development"]
    assert case.challenges == ["resource-constraints", "low-public-trust"]
    assert case.strategies == ["participatory-budgeting"]
    assert case.outcomes == ["civic-engagement", "increased-transparency"]
    assert case.metrics[0]["source"] == 1 and case.metrics[0]["value"] == 40000
    assert case.sources[0]["publisher"] == "Penn State University Press"
    assert case.updated == "2026-11-28"
    assert case.language == "en"
    assert not case.has_errors


def test_id_defaults_to_the_file_name(taxonomy: Taxonomy) -> None:
    case = case_of(GOOD / "south-america" / "chilecompra.md", taxonomy)
    assert case.id == "chilecompra"
    assert case.country == ["Chile"]
    assert id_from_filename("/x/Estonia Digital State.md") == "estonia-digital-state"
    odd = id_from_filename("/x/___.md")
    assert odd.startswith("case-") and len(odd) == 15


# one test per bad kind -------------------------------------------------------------
def test_missing_required_field(taxonomy: Taxonomy) -> None:
    case = case_of(BAD / "missing-field.md", taxonomy)
    assert [p.format("m.md") for p in case.problems] == [
        "m.md:1:1: error: missing required field 'summary'"]
    assert case.has_errors
    assert case.title == "A Case Without a Summary"


def test_bad_yaml_is_one_error_and_title_falls_back_to_the_file_name(
        taxonomy: Taxonomy) -> None:
    case = case_of(BAD / "bad-yaml.md", taxonomy)
    assert [p.format("b.md") for p in case.problems] == [
        "b.md:4:10: error: a text opened with \" is not closed with \""]
    assert case.title == "bad-yaml"
    assert case.id == "bad-yaml"
    assert case.body.lstrip().startswith("## Context")


def test_tabs_in_yaml(taxonomy: Taxonomy) -> None:
    assert lines_of(BAD / "tabs.md", taxonomy) == [
        "tabs.md:12:1: error: a tab is used to indent this line; use spaces"]


def test_wrong_type(taxonomy: Taxonomy) -> None:
    case = case_of(BAD / "wrong-type.md", taxonomy)
    assert [p.format("w.md") for p in case.problems] == [
        "w.md:7:13: error: 'year_start' must be a whole year like 2015, not 'soon'"]
    assert case.year_start is None


def test_year_out_of_range(taxonomy: Taxonomy) -> None:
    assert lines_of(BAD / "year-range.md", taxonomy) == [
        f"year-range.md:7:13: error: 'year_start' 1700 is outside 1800-{max_year()}"]


def test_year_end_before_year_start(taxonomy: Taxonomy) -> None:
    assert lines_of(BAD / "year-order.md", taxonomy) == [
        "year-order.md:8:11: error: year_end 2005 is before year_start 2010"]


def test_bad_level(taxonomy: Taxonomy) -> None:
    case = case_of(BAD / "bad-level.md", taxonomy)
    assert [p.format("l.md") for p in case.problems] == [
        "l.md:6:8: error: level 'federal' is not one of local, municipal, regional, national, "
        "supranational"]
    assert case.level is None


def test_bad_id_format(taxonomy: Taxonomy) -> None:
    case = case_of(BAD / "bad-id.md", taxonomy)
    assert [p.format("i.md") for p in case.problems] == [
        "i.md:3:5: error: id 'Bad_ID!' must be lowercase letters, digits and '-' "
        "(for example 'bad-id')"]
    assert case.id == "bad-id"
    assert case.id_pos == (3, 5)


def test_unknown_tag_is_a_free_tag_with_a_suggestion(taxonomy: Taxonomy) -> None:
    case = case_of(BAD / "unknown-tag.md", taxonomy)
    assert [p.format("t.md") for p in case.problems] == [
        "t.md:10:5: warning: 'legacy mainframes' is not a challenge in the taxonomy "
        "(kept as a free tag); closest terms: legacy-systems, regulatory-and-policy-barriers, "
        "low-public-trust"]
    assert case.challenges == ["legacy-systems", "legacy-mainframes"]
    assert not case.has_errors


def test_unknown_keys_are_kept_and_warned(taxonomy: Taxonomy) -> None:
    case = case_of(BAD / "unknown-key.md", taxonomy)
    assert [p.format("k.md") for p in case.problems] == [
        "k.md:15:10: warning: unknown key 'funding' (kept as extra metadata)",
        "k.md:16:9: warning: unknown key 'sector'; did you mean 'sectors'?"]
    assert case.extra == {"funding": "EU structural funds", "sector": "health"}
    assert case.sectors == []


def test_metric_source_out_of_range(taxonomy: Taxonomy) -> None:
    assert lines_of(BAD / "metric-source.md", taxonomy) == [
        "metric-source.md:15:13: error: metric 1: source 3 does not point at one of the "
        "1 sources"]


def test_alias_bomb_and_recursive_alias_are_single_errors(taxonomy: Taxonomy) -> None:
    assert lines_of(BAD / "alias-bomb.md", taxonomy) == [
        "alias-bomb.md:2:1: error: front matter expands to more than 20,000 values "
        "(alias bomb?)"]
    assert lines_of(BAD / "recursive-alias.md", taxonomy) == [
        "recursive-alias.md:2:1: error: front matter has an alias that refers to itself"]


def test_no_front_matter_title_falls_back_to_the_heading(taxonomy: Taxonomy) -> None:
    case = case_of(BAD / "no-front-matter.md", taxonomy)
    assert [p.format("n.md") for p in case.problems] == [
        "n.md:1:1: error: no front matter: a case starts with a '---' line"]
    assert case.title == "A Case With No Front Matter"
    assert case.id == "no-front-matter"


def test_unclosed_front_matter(taxonomy: Taxonomy) -> None:
    case = case_of(BAD / "unclosed-front-matter.md", taxonomy)
    assert [p.format("u.md") for p in case.problems] == [
        "u.md:1:1: error: the front matter opened on line 1 is never closed with '---'"]
    assert case.title == "unclosed-front-matter"


def test_bom_crlf_is_valid(taxonomy: Taxonomy) -> None:
    case = case_of(BAD / "bom-crlf.md", taxonomy)
    assert case.problems == []
    assert case.title == "Byte Order Mark And CRLF"


def test_tags_as_comma_string_are_valid(taxonomy: Taxonomy) -> None:
    case = case_of(BAD / "tags-comma.md", taxonomy)
    assert case.problems == []
    assert case.challenges == ["legacy-systems", "fragmented-services"]
    assert case.strategies == ["interoperability", "one-stop-shop"]
    assert case.outcomes == ["improved-service-delivery"]
    assert case.sectors == ["health", "social services"]


def test_tags_by_label_and_alias_map_to_ids(taxonomy: Taxonomy) -> None:
    case = case_of(BAD / "tag-labels.md", taxonomy)
    assert case.problems == []
    assert case.challenges == ["resource-constraints", "legacy-systems"]
    assert case.strategies == ["participatory-budgeting", "co-creation"]
    assert case.outcomes == ["civic-engagement", "reduced-administrative-burden"]


# more rules, on small inline texts -------------------------------------------------
HEAD = """---
title: T
summary: S.
country: Estonia
level: national
year_start: 2010
challenges: [legacy-systems]
strategies: [interoperability]
outcomes: [improved-service-delivery]
sources:
  - title: A report
    publisher: An agency
    year: 2012
"""
SECTIONS = "\n## Context\n\n## Challenge\n\n## Strategy\n\n## Outcomes\n\n## Lessons\n"


def check(extra: str, taxonomy: Taxonomy, head: str = HEAD) -> tuple[Case, list[str]]:
    case = build_case(parse_text("f.md", head + extra + "---\n" + SECTIONS), taxonomy)
    return case, [p.format() for p in case.problems]


def test_year_as_a_quoted_number_is_accepted(taxonomy: Taxonomy) -> None:
    case, problems = check("year_end: '2012'\n", taxonomy)
    assert problems == [] and case.year_end == 2012


def test_next_year_is_allowed_and_the_one_after_is_not(taxonomy: Taxonomy) -> None:
    case, problems = check(f"year_end: {max_year()}\n", taxonomy)
    assert problems == [] and case.year_end == max_year()
    _, problems = check(f"year_end: {max_year() + 1}\n", taxonomy)
    assert problems == [
        f"f.md:14:11: error: 'year_end' {max_year() + 1} is outside 1800-{max_year()}"]


def test_boolean_is_not_a_year(taxonomy: Taxonomy) -> None:
    _, problems = check("year_end: yes\n", taxonomy)
    assert problems == ["f.md:14:11: error: 'year_end' must be a whole year like 2015, "
                        "not true/false"]


def test_bad_tag_list_type(taxonomy: Taxonomy) -> None:
    head = HEAD.replace("strategies: [interoperability]", "strategies: {a: 1}")
    _, problems = check("", taxonomy, head)
    assert problems == ["f.md:8:13: error: 'strategies' must be a list or a comma-separated "
                        "string, not a mapping"]


def test_tag_list_item_of_wrong_type(taxonomy: Taxonomy) -> None:
    head = HEAD.replace("outcomes: [improved-service-delivery]",
                        "outcomes: [improved-service-delivery, [nested]]")
    case, problems = check("", taxonomy, head)
    assert problems == ["f.md:9:39: error: 'outcomes' values must be text or a mapping with "
                        "'id', not a list"]
    assert case.outcomes == ["improved-service-delivery"]


def test_empty_required_list(taxonomy: Taxonomy) -> None:
    head = HEAD.replace("challenges: [legacy-systems]", "challenges: []")
    _, problems = check("", taxonomy, head)
    assert problems == ["f.md:7:13: error: missing required field 'challenges' "
                        "(at least one value)"]


def test_source_without_title_and_bad_url(taxonomy: Taxonomy) -> None:
    head = HEAD.replace("  - title: A report\n", "  - url: ftp://example.org\n")
    _, problems = check("", taxonomy, head)
    assert problems == [
        "f.md:11:5: error: source 1 has no title",
        "f.md:11:10: warning: source 1: url should start with http:// or https://"]


def test_metric_value_must_be_a_number(taxonomy: Taxonomy) -> None:
    _, problems = check("metrics:\n  - label: L\n    value: lots\n", taxonomy)
    assert problems == ["f.md:16:12: error: metric 1: 'value' must be a number"]


def test_key_case_is_warned_and_value_used(taxonomy: Taxonomy) -> None:
    head = HEAD.replace("title: T", "Title: T")
    case, problems = check("", taxonomy, head)
    assert problems == ["f.md:2:8: warning: key 'Title' should be written 'title'"]
    assert case.title == "T"


def test_tags_key_becomes_free_tags(taxonomy: Taxonomy) -> None:
    case, problems = check("tags: [Smart City, e-ID]\n", taxonomy)
    assert problems == ["f.md:14:7: warning: 'tags' is not a case key; its values are kept as "
                        "free tags (use challenges, strategies or outcomes)"]
    assert case.free_tags == ["smart-city", "e-id"]


def test_bad_language_and_updated_warn(taxonomy: Taxonomy) -> None:
    case, problems = check("language: English\nupdated: last week\n", taxonomy)
    assert problems == [
        "f.md:14:11: warning: language 'English' is not a two-letter code like 'en'",
        "f.md:15:10: warning: 'updated' should be a date like 2026-11-28"]
    assert case.updated is None


def test_missing_sections_warn_at_the_body(taxonomy: Taxonomy) -> None:
    case = build_case(parse_text("f.md", HEAD + "---\n## Context\n\ntext\n"), taxonomy)
    assert [p.format() for p in case.problems] == [
        "f.md:15:1: warning: missing recommended sections '## Challenge', '## Strategy', "
        "'## Outcomes', '## Lessons'"]


def test_free_tag_slug_keeps_accents(taxonomy: Taxonomy) -> None:
    head = HEAD.replace("outcomes: [improved-service-delivery]",
                        "outcomes: [Gestão Escolar Democrática]")
    case, _ = check("", taxonomy, head)
    assert case.outcomes == ["gestão-escolar-democrática"]


def test_title_is_capped(taxonomy: Taxonomy) -> None:
    head = HEAD.replace("title: T", "title: " + "word " * 100)
    case, problems = check("", taxonomy, head)
    assert problems == ["f.md:2:8: error: title is 499 characters; the limit is 300"]
    assert len(case.title) <= 300


# placeholders left from the case template --------------------------------------------
def _new_case_text() -> str:
    from casebook.authoring.newcase import NewCase, render

    return render(NewCase("Kiosks for Pensions", "Bolivia", "municipal", 2016),
                  "kiosks-for-pensions")


def test_each_placeholder_of_an_untouched_new_case_is_a_warning_at_its_line(
        taxonomy: Taxonomy) -> None:
    case = build_case(parse_text("k.md", _new_case_text()), taxonomy)
    assert [(p.format(), p.code) for p in case.problems] == [
        ("k.md:5:3: warning: the summary is still the case template's; until it is written, "
         "this case is left out of the counts beside tags, countries and levels",
         "placeholder-summary"),
        ("k.md:13:13: warning: 'challenges' still has the case template's example (replace: "
         "see casebook tags --facet challenges)", "placeholder"),
        ("k.md:14:13: warning: 'strategies' still has the case template's example (replace: "
         "see casebook tags --facet strategies)", "placeholder"),
        ("k.md:16:3: warning: 'outcomes' still has the case template's example (replace: "
         "see casebook tags --facet outcomes)", "placeholder"),
        ("k.md:23:12: warning: source 1: the title is still the case template's example",
         "placeholder"),
        ("k.md:24:16: warning: source 1: the publisher is still the case template's example",
         "placeholder"),
        ("k.md:32:1: warning: '## Context' still holds the case template's hint",
         "placeholder"),
        ("k.md:36:1: warning: '## Challenge' still holds the case template's hint",
         "placeholder"),
        ("k.md:40:1: warning: '## Strategy' still holds the case template's hint",
         "placeholder"),
        ("k.md:44:1: warning: '## Outcomes' still holds the case template's hint",
         "placeholder"),
        ("k.md:48:1: warning: '## Lessons' still holds the case template's hint",
         "placeholder")]
    lines = _new_case_text().split("\n")
    assert lines[4].strip().startswith("One to three sentences")
    assert lines[22].strip() == '- title: "Title of the report, article or web page"'
    assert lines[31].startswith("_Where and when")


def test_placeholders_go_as_they_are_replaced(taxonomy: Taxonomy) -> None:
    text = _new_case_text()
    for old, new in [
        ("One to three sentences that stand alone: who did what, and what changed.",
         "La Paz put pension kiosks in every market."),
        ("challenges: [resistance-to-change]", "challenges: [digital-divide]"),  # note kept
        ("  # replace: see casebook tags --facet strategies", ""),  # example kept, note gone
        ("Title of the report, article or web page", "Kiosk evaluation"),
        ("Name of the publishing organisation", "Ministry of Labour"),
        ("_Where and when", "Pensioners queued for hours. _Where and when"),
    ]:
        assert old in text
        text = text.replace(old, new)
    case = build_case(parse_text("k.md", text), taxonomy)
    assert [p.format() for p in case.problems] == [
        "k.md:16:3: warning: 'outcomes' still has the case template's example (replace: see "
        "casebook tags --facet outcomes)",
        "k.md:36:1: warning: '## Challenge' still holds the case template's hint",
        "k.md:40:1: warning: '## Strategy' still holds the case template's hint",
        "k.md:44:1: warning: '## Outcomes' still holds the case template's hint",
        "k.md:48:1: warning: '## Lessons' still holds the case template's hint"]


def test_a_summary_on_one_line_is_found_at_its_line(taxonomy: Taxonomy) -> None:
    text = _new_case_text().replace("summary: >-\n  One", "summary: 'One").replace(
        "what changed.", "what changed.'")
    case = build_case(parse_text("k.md", text), taxonomy)
    assert case.problems[0].format().startswith("k.md:4:10: warning: the summary is still")
