"""Format version 2: outcome results and evidence, verdict and provenance, each at its line."""

from __future__ import annotations

import dataclasses

import pytest

from casebook import paths
from casebook.cases.parsing import parse_text
from casebook.cases.taxonomy import Taxonomy, load_taxonomy
from casebook.cases.validation import build_case

V1 = """---
title: T
summary: S.
country: Estonia
level: national
year_start: 2010
challenges: [legacy-systems]
strategies: [interoperability]
outcomes: [improved-service-delivery, cost-savings]
sources:
  - title: A report
    publisher: An agency
    year: 2012
  - title: An audit
    publisher: The audit office
    year: 2014
---

## Context

C.

## Challenge

C.

## Strategy

S.

## Outcomes

O.

## Lessons

L.
"""

V2_OUTCOMES = """outcomes:
  - improved-service-delivery
  - id: cost-savings
    result: achieved
    evidence: evaluation
    source: 2
    note: Saved   about 2% of running costs
verdict: success
licence: CC-BY-4.0
attribution: "The GovLab, Open Data's Impact"
translation_of: estonia-x-road
origin:
  dataset: govlab-odi
  id: x-road
"""


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return load_taxonomy(paths.resource("taxonomy.yaml"))


def build(text: str, taxonomy: Taxonomy) -> tuple[object, list[str]]:
    case = build_case(parse_text("f.md", text), taxonomy)
    return case, [p.format() for p in case.problems]


def v2(replacement: str) -> str:
    return V1.replace("outcomes: [improved-service-delivery, cost-savings]\n", replacement)


def test_a_version_2_file_reads_results_verdict_and_provenance(taxonomy: Taxonomy) -> None:
    case, problems = build(v2(V2_OUTCOMES), taxonomy)
    assert problems == []
    assert case.outcomes == ["improved-service-delivery", "cost-savings"]
    assert case.outcome_details == [
        {"id": "improved-service-delivery", "result": None, "evidence": None, "source": None,
         "note": None},
        {"id": "cost-savings", "result": "achieved", "evidence": "evaluation", "source": 2,
         "note": "Saved about 2% of running costs"}]
    assert (case.verdict, case.licence, case.translation_of) == (
        "success", "CC-BY-4.0", "estonia-x-road")
    assert case.attribution == "The GovLab, Open Data's Impact"
    assert case.origin == {"dataset": "govlab-odi", "id": "x-road"}


def test_a_version_1_file_parses_to_the_same_case(taxonomy: Taxonomy) -> None:
    case, problems = build(V1, taxonomy)
    assert problems == []
    as_v2, _ = build(v2("outcomes:\n  - improved-service-delivery\n  - id: cost-savings\n"),
                     taxonomy)
    same = {f.name for f in dataclasses.fields(case)} - {"problems", "sections"}  # lines move
    assert {n: getattr(case, n) for n in same} == {n: getattr(as_v2, n) for n in same}
    assert case.verdict is case.licence is case.attribution is case.origin is None


@pytest.mark.parametrize(("outcomes", "expected"), [
    ("  - id: cost-savings\n    result: done\n",
     "f.md:11:13: error: outcome 1: result 'done' is not one of achieved, mixed, not-achieved, "
     "reversed, too-early"),
    ("  - id: cost-savings\n    evidence: strong\n",
     "f.md:11:15: error: outcome 1: evidence 'strong' is not one of experimental, evaluation, "
     "statistics, self-reported, anecdotal"),
    ("  - id: cost-savings\n    source: 3\n",
     "f.md:11:13: error: outcome 1: source 3 does not point at one of the 2 sources"),
    ("  - result: achieved\n",
     "f.md:10:5: error: outcome 1 is a mapping without 'id' (write id: followed by the "
     "outcome's taxonomy id)"),
    ("  - id: cost-savings\n    proof: yes\n",
     "f.md:11:12: warning: outcome 1: unknown key 'proof' (an outcome has id, result, evidence, "
     "source, note)"),
])
def test_a_bad_outcome_value_is_reported_at_its_line(taxonomy: Taxonomy, outcomes: str,
                                                     expected: str) -> None:
    _, problems = build(v2("outcomes:\n" + outcomes), taxonomy)
    assert expected in problems


def test_bad_verdict_licence_and_doi(taxonomy: Taxonomy) -> None:
    text = V1.replace("level: national\n", "level: national\nverdict: great\n"
                      "licence: some licence text\n").replace(
        "    year: 2014\n", "    year: 2014\n    doi: https://doi.org/10.1/x\n")
    _, problems = build(text, taxonomy)
    assert "f.md:6:10: error: verdict 'great' is not one of success, mixed, failure, " \
           "too-early" in problems
    assert "f.md:7:10: warning: licence 'some licence text' is not an SPDX id such as " \
           "CC-BY-4.0" in problems
    assert "f.md:19:10: warning: source 2: doi should look like 10.1234/abc (without " \
           "https://doi.org/)" in problems
