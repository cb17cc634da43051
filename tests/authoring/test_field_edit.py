"""Editing a case file's fields in place: only the changed values change, every other byte
stays (what `import table --update-existing` writes through)."""

from __future__ import annotations

import difflib
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casebook import paths
from casebook.authoring.field_edit import edit_bytes, edit_text
from casebook.cases.cells import clean as cleaned
from casebook.cases.taxonomy import Taxonomy, load_taxonomy
from casebook.errors import InputError

CASE = """---
title: "Alpha"
id: alpha
summary: >-
  A long summary
  on two lines.
country: Estonia   # the main one
level: national
year_start: 2010
year_end: 2014
sectors: [health, tax]
challenges: [Legacy systems]
strategies:
  - interoperability
outcomes:
  - improved-service-delivery
  - id: cost-savings
    result: achieved
    evidence: evaluation
    note: Cheaper per case
  - {id: public-trust, evidence: anecdotal, source: 1}
sources:
  - title: A report
    publisher: X
    year: 2010
---

## Context

Text.
"""


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return load_taxonomy(paths.resource("taxonomy.yaml"))


def changed_lines(old: str, new: str) -> list[str]:
    return [line for line in difflib.ndiff(old.splitlines(), new.splitlines())
            if line.startswith(("+ ", "- "))]


def test_a_text_changes_on_its_line_only_in_its_quotes(taxonomy: Taxonomy) -> None:
    out, case = edit_text(CASE, {"title": "Alpha: two"}, taxonomy)
    assert changed_lines(CASE, out) == ['- title: "Alpha"', '+ title: "Alpha: two"']
    assert case.title == "Alpha: two"


def test_a_folded_text_becomes_one_line(taxonomy: Taxonomy) -> None:
    out, case = edit_text(CASE, {"summary": "Now: one line."}, taxonomy)
    assert sorted(changed_lines(CASE, out)) == [
        '+ summary: "Now: one line."', "-   A long summary", "-   on two lines.",
        "- summary: >-"]
    assert case.summary == "Now: one line."


def test_a_missing_key_goes_after_the_one_before_it(taxonomy: Taxonomy) -> None:
    out, case = edit_text(CASE, {"region": "Europe", "verdict": "success"}, taxonomy)
    lines = out.splitlines()
    assert lines[lines.index("level: national") - 1] == "region: Europe"
    assert lines[lines.index("sources:") - 1] == "verdict: success"
    assert len(changed_lines(CASE, out)) == 2
    assert (case.region, case.verdict) == ("Europe", "success")


def test_an_empty_value_leaves_the_key_out_and_a_year_is_a_number(taxonomy: Taxonomy) -> None:
    out, case = edit_text(CASE, {"year_end": None, "year_start": 2011}, taxonomy)
    assert changed_lines(CASE, out) == ["- year_start: 2010", "+ year_start: 2011",
                                        "- year_end: 2014"]
    assert (case.year_start, case.year_end) == (2011, None)


def test_countries_and_sectors(taxonomy: Taxonomy) -> None:
    out, case = edit_text(CASE, {"country": ["Estonia", "Latvia"], "sectors": ["health"]},
                          taxonomy)
    assert changed_lines(CASE, out) == [
        "- country: Estonia   # the main one", "+ country: [Estonia, Latvia]   # the main one",
        "- sectors: [health, tax]", "+ sectors: [health]"]
    assert (case.country, case.sectors) == (["Estonia", "Latvia"], ["health"])
    out, case = edit_text(CASE, {"country": ["Korea, Republic of"]}, taxonomy)
    assert case.country == ["Korea, Republic of"]  # one country, not two


def test_tags_are_written_as_tag_write_does(taxonomy: Taxonomy) -> None:
    out, case = edit_text(CASE, {"challenges": ["legacy-systems", "digital-divide"],
                                 "strategies": ["interoperability", "open-data"]}, taxonomy)
    assert changed_lines(CASE, out) == [
        "- challenges: [Legacy systems]", "+ challenges: [Legacy systems, digital-divide]",
        "+   - open-data"]
    assert case.challenges == ["legacy-systems", "digital-divide"]


def test_outcomes_change_their_result_and_evidence_only(taxonomy: Taxonomy) -> None:
    wanted: list[Any] = [("improved-service-delivery", "mixed", None),
                         ("cost-savings", "achieved", None),
                         ("public-trust", "too-early", "anecdotal"),
                         ("civic-engagement", None, "statistics")]
    out, case = edit_text(CASE, {"outcomes": wanted}, taxonomy)
    assert changed_lines(CASE, out) == [
        "-   - improved-service-delivery",
        "+   - id: improved-service-delivery", "+     result: mixed",
        "-     evidence: evaluation",
        "-   - {id: public-trust, evidence: anecdotal, source: 1}",
        "+   - {id: public-trust, evidence: anecdotal, source: 1, result: too-early}",
        "+   - id: civic-engagement", "+     evidence: statistics"]
    got = [(d["id"], d["result"], d["evidence"], d["note"], d["source"])
           for d in case.outcome_details]
    assert got == [("improved-service-delivery", "mixed", None, None, None),
                   ("cost-savings", "achieved", None, "Cheaper per case", None),
                   ("public-trust", "too-early", "anecdotal", None, 1),
                   ("civic-engagement", None, "statistics", None, None)]


def test_outcomes_drop_one_and_in_a_flow_list(taxonomy: Taxonomy) -> None:
    text = CASE.replace("outcomes:\n  - improved-service-delivery\n",
                        "outcomes: [improved-service-delivery, accountability]\n_:\n")
    text = text.replace("_:\n  - id: cost-savings", "old:\n  - id: cost-savings")
    out, case = edit_text(text, {"outcomes": [("improved-service-delivery", "achieved",
                                               "evaluation")]}, taxonomy)
    assert changed_lines(text, out) == [
        "- outcomes: [improved-service-delivery, accountability]",
        "+ outcomes: [{id: improved-service-delivery, result: achieved, evidence: "
        "evaluation}]"]
    assert [d["result"] for d in case.outcome_details] == ["achieved"]


def test_outcomes_in_one_string_are_written_anew(taxonomy: Taxonomy) -> None:
    text = "---\ntitle: T\noutcomes: cost-savings, public-trust\n---\n"
    out, case = edit_text(text, {"outcomes": [("cost-savings", "achieved", None),
                                              ("public-trust", None, None)]}, taxonomy)
    assert out == ("---\ntitle: T\noutcomes: [{id: cost-savings, result: achieved}, "
                   "public-trust]\n---\n")
    assert [d["result"] for d in case.outcome_details] == ["achieved", None]


def test_the_body_is_replaced_and_the_front_matter_kept(taxonomy: Taxonomy) -> None:
    out, case = edit_text(CASE, {"body": "## Context\n\nNew text.\n\n## Lessons\n\nMore."},
                          taxonomy)
    head = CASE.split("\n---\n")[0]
    assert out.startswith(head + "\n---\n\n## Context\n\nNew text.\n\n## Lessons\n\nMore.\n")
    assert [s.heading for s in case.sections] == ["Context", "Lessons"]


def test_a_bom_and_windows_line_ends_stay(taxonomy: Taxonomy) -> None:
    data = b"\xef\xbb\xbf" + CASE.replace("\n", "\r\n").encode("utf-8")
    new, case = edit_bytes(data, {"year_end": 2020, "place": "Tallinn",
                                  "body": "## Context\n\nOther."}, taxonomy)
    assert new.startswith(b"\xef\xbb\xbf---\r\n")
    assert b"\r\nplace: Tallinn\r\n" in new and b"year_end: 2020\r\n" in new
    assert new.endswith(b"---\r\n\r\n## Context\r\n\r\nOther.\r\n")
    assert b"\n" not in new.replace(b"\r\n", b"")
    assert (case.place, case.year_end) == ("Tallinn", 2020)


def test_an_anchor_is_refused(taxonomy: Taxonomy) -> None:
    text = CASE.replace('title: "Alpha"', "title: &t Alpha")
    with pytest.raises(InputError, match="anchor"):
        edit_text(text, {"title": "Beta"}, taxonomy)


TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=80)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=TEXT, place=TEXT, sectors=st.lists(TEXT, max_size=3), body=TEXT)
def test_any_text_reads_back_as_written_or_is_refused(taxonomy: Taxonomy, title: str,
                                                      place: str, sectors: list[str],
                                                      body: str) -> None:
    """Whatever a spreadsheet cell holds (quotes, colons, '#', YAML words, other scripts)
    is written so that the file reads it back (control characters left out); the other
    keys never change."""
    def line(text: str) -> str:
        return " ".join(cleaned(text).split())

    clean = [line(s) for s in sectors if line(s) and "," not in s]
    changes: dict[str, Any] = {"title": line(title) or "T", "place": line(place) or None,
                               "sectors": clean, "body": body}
    out, case = edit_text(CASE, changes, taxonomy)
    assert case.title == changes["title"]
    assert case.place == changes["place"]
    assert case.sectors == list(dict.fromkeys(clean))
    assert case.year_start == 2010 and case.challenges == ["legacy-systems"]
    assert out.startswith('---\ntitle: ')
    wanted = cleaned(body).strip("\n")
    assert case.body.strip("\n") == (wanted if wanted.strip() else "")
