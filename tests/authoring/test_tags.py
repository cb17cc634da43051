"""Tag editing: user tags, the term picker, and writing tags into files byte for byte."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casebook.authoring.tags import (
    add_tag,
    apply_write,
    case_tags,
    edit_tags,
    find_terms,
    parse_spec,
    plan_write,
    remove_tag,
    write_tags,
)
from casebook.cases.model import Filters, term_ids
from casebook.cases.taxonomy import Taxonomy, Term
from casebook.errors import InputError
from casebook.library import Library
from tests.helpers import write_case

MakeLib = Callable[..., Library]

QUIRKY = (
    "\ufeff---\r\n"
    "# a comment at the top\r\n"
    "title: 'Single ''quoted'' title'   # keep me\r\n"
    "id: quirky\r\n"
    'summary: "Double quoted: a summary"\r\n'
    "country: [Estonia]\r\n"
    "level: national\r\n"
    "year_start: 2010\r\n"
    "challenges: [ 'legacy-systems', 'Digital divide' ]   # flow, single quotes\r\n"
    "strategies:\r\n"
    '    -   "interoperability"    # block, 4-space indent, wide dash\r\n'
    '    -   "open-data"\r\n'
    "# a comment between keys\r\n"
    "outcomes: improved-service-delivery, Cost savings\r\n"
    "sources:\r\n"
    '  - title: "A report"\r\n'
    "    publisher: Agency\r\n"
    "    year: 2011\r\n"
    "---\r\n"
    "\r\n"
    "## Context\r\n\r\nText.\r\n\r\n## Challenge\r\n\r\nText.\r\n\r\n## Strategy\r\n\r\nText."
    "\r\n\r\n## Outcomes\r\n\r\nText.\r\n\r\n## Lessons\r\n\r\nText.\r\n"
)

PLAIN = """---
title: Plain one
id: plain
summary: A summary.
country: Kenya
level: local
year_start: 2012
challenges:
- legacy-systems
-   Resistance to change   # kept as written
strategies:    # filled in later
sources:
  - title: R
    publisher: P
    year: 2012
---
Body.
"""


def _replace_lines(text: str, changes: dict[str, str]) -> bytes:
    for old, new in changes.items():
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text.encode("utf-8")


def test_write_changes_only_tag_lines_crlf_bom_quotes(tmp_path: Path) -> None:
    path = tmp_path / "quirky.md"
    path.write_bytes(QUIRKY.encode("utf-8"))
    new, diff = write_tags(path, {
        "challenges": ["legacy-systems", "low-public-trust"],
        "strategies": ["interoperability", "data-analytics"],
        "outcomes": ["improved-service-delivery", "cost-savings", "accountability"],
    }, _taxonomy())
    expected = _replace_lines(QUIRKY, {
        "[ 'legacy-systems', 'Digital divide' ]": "[ 'legacy-systems', 'low-public-trust' ]",
        '    -   "open-data"\r\n': '    -   "data-analytics"\r\n',
        "Cost savings\r\n": "Cost savings, accountability\r\n",
    })
    assert new == expected
    assert new.startswith(b"\xef\xbb\xbf---\r\n")
    assert path.read_bytes() == QUIRKY.encode("utf-8"), "write_tags must not write"
    assert diff.startswith("--- a/quirky.md\n+++ b/quirky.md\n")
    assert "\r" not in diff
    assert "-challenges: [ 'legacy-systems', 'Digital divide' ]   # flow, single quotes" in diff
    assert '+    -   "data-analytics"' in diff


def test_write_block_lists_null_and_absent_keys(tmp_path: Path) -> None:
    path = tmp_path / "plain.md"
    path.write_text(PLAIN, encoding="utf-8")
    new, _ = write_tags(path, {
        "challenges": ["resistance-to-change", "digital-divide"],
        "strategies": ["open-data"],
        "outcomes": ["public-trust", "1984"],
    }, _taxonomy())
    assert new == _replace_lines(PLAIN, {
        "- legacy-systems\n": "",
        "-   Resistance to change   # kept as written\n":
            "-   Resistance to change   # kept as written\n-   digital-divide\n",
        "strategies:    # filled in later": "strategies: [open-data]    # filled in later",
        "    year: 2012\n---\n": '    year: 2012\noutcomes: [public-trust, "1984"]\n---\n',
    })


def test_write_removing_every_item_and_nothing_to_do(tmp_path: Path) -> None:
    path = tmp_path / "plain.md"
    path.write_text(PLAIN, encoding="utf-8")
    new, _ = write_tags(path, {"challenges": []}, _taxonomy())
    assert new == _replace_lines(PLAIN, {
        "challenges:\n- legacy-systems\n-   Resistance to change   # kept as written\n":
            "challenges: []\n"})
    same, diff = write_tags(path, {"challenges": ["Legacy systems", "resistance-to-change"]},
                            _taxonomy())
    assert same == PLAIN.encode("utf-8") and diff == ""


def test_write_flow_list_across_lines_and_quoted_comma_string(tmp_path: Path) -> None:
    text = ("---\ntitle: T\nchallenges: [legacy-systems,\n             digital-divide]\n"
            "outcomes: 'cost-savings'\n---\n")
    path = tmp_path / "t.md"
    path.write_text(text, encoding="utf-8")
    new, _ = write_tags(path, {"challenges": ["legacy-systems", "digital-divide",
                                              "corruption-risk"],
                               "outcomes": ["cost-savings", "o'neil award"]}, _taxonomy())
    assert new.decode() == text.replace(
        "digital-divide]", "digital-divide,\n             corruption-risk]").replace(
        "'cost-savings'", "'cost-savings, o-neil-award'")


def test_write_block_list_with_two_space_indent_and_single_quotes(tmp_path: Path) -> None:
    text = ("---\ntitle: T\noutcomes:  # R&D *and* !more\n  - 'cost-savings'   # measured\n"
            "  # - 'accountability'\n  - 'public-trust'\nsources: []\n---\n")
    path = tmp_path / "t.md"
    path.write_text(text, encoding="utf-8")
    new, _ = write_tags(path, {"outcomes": ["cost-savings", "reduced-corruption"]}, _taxonomy())
    assert new.decode() == text.replace("  - 'public-trust'\n", "  - 'reduced-corruption'\n")


@pytest.mark.parametrize(("text", "message"), [
    ("+++\ntitle = 'T'\n+++\n", "only into YAML front matter"),
    ("no front matter\n", "only into YAML front matter"),
    ("---\ntitle: T\n", "never closed"),
    ("---\ntitle: [unclosed\nchallenges: [a]\n---\n", "fix the front matter first"),
    ("---\nx: &a [a]\nchallenges: *a\n---\n", "anchor, alias or tag"),
    ("---\nchallenges: !!str a, b\n---\n", "anchor, alias or tag"),
    ("---\nchallenges: &x\n  - a\n---\n", "anchor, alias or tag"),
    ("---\nchallenges: [a]\nChallenges: [b]\n---\n", "appears twice"),
    ("---\nchallenges: [[a], b]\n---\n", "nested values"),
    ("---\nchallenges: [a,  # why\n  b]\n---\n", "comments inside its"),
])
def test_write_refuses_what_it_cannot_do_safely(tmp_path: Path, text: str,
                                                message: str) -> None:
    path = tmp_path / "bad.md"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        write_tags(path, {"challenges": ["digital-divide"]}, _taxonomy())
    assert path.read_text(encoding="utf-8") == text


MAPPED = (
    "\ufeff---\r\n"
    "title: Mapped outcomes\r\n"
    "outcomes:   # how each turned out\r\n"
    "  - id: civic-engagement\r\n"
    "    result: reversed   # fell after 2005\r\n"
    "    evidence: evaluation\r\n"
    "    source: 1\r\n"
    '    note: "Grew, then fell"\r\n'
    "  # a comment between items\r\n"
    "  - Cost savings\r\n"
    "  -\r\n"
    "    id: increased-transparency\r\n"
    "    result: achieved\r\n"
    "  - id: 'public-trust'\r\n"
    "    evidence: anecdotal\r\n"
    "    note: >-\r\n"
    "      Surveys were\r\n"
    "      mixed\r\n"
    "verdict: mixed\r\n"
    "sources:\r\n"
    "  - title: R\r\n"
    "---\r\n"
    "Body.\r\n"
)


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "mapped.md"
    path.write_bytes(text.encode("utf-8"))
    return path


def test_write_outcome_mappings_add_appends_a_plain_item(tmp_path: Path) -> None:
    path = _write(tmp_path, MAPPED)
    new, diff = write_tags(path, {"outcomes": ["civic-engagement", "cost-savings",
                                               "increased-transparency", "public-trust",
                                               "accountability"]}, _taxonomy())
    assert new == _replace_lines(MAPPED, {
        "      mixed\r\n": "      mixed\r\n  - accountability\r\n"})
    assert diff.count("\n+") == 2  # the +++ line and the new item


@pytest.mark.parametrize(("drop", "lines"), [
    ("civic-engagement", "  - id: civic-engagement\r\n    result: reversed   # fell after 2005"
                         "\r\n    evidence: evaluation\r\n    source: 1\r\n"
                         '    note: "Grew, then fell"\r\n'),
    ("increased-transparency", "  -\r\n    id: increased-transparency\r\n"
                               "    result: achieved\r\n"),
    ("public-trust", "  - id: 'public-trust'\r\n    evidence: anecdotal\r\n    note: >-\r\n"
                     "      Surveys were\r\n      mixed\r\n"),
    ("cost-savings", "  - Cost savings\r\n"),
])
def test_write_outcome_mappings_remove_exactly_one_item(tmp_path: Path, drop: str,
                                                        lines: str) -> None:
    path = _write(tmp_path, MAPPED)
    keep = [t for t in ("civic-engagement", "cost-savings", "increased-transparency",
                        "public-trust") if t != drop]
    new, _ = write_tags(path, {"outcomes": keep}, _taxonomy())
    assert new == _replace_lines(MAPPED, {lines: ""})


def test_write_outcome_mappings_add_and_remove_together(tmp_path: Path) -> None:
    text = ("---\noutcomes:\n- id: civic-engagement\n  result: achieved\n"
            "- id: cost-savings\n  evidence: statistics\n  note: Saved money\n---\n")
    path = _write(tmp_path, text)
    new, _ = write_tags(path, {"outcomes": ["cost-savings", "public-trust"]}, _taxonomy())
    assert new.decode() == ("---\noutcomes:\n- id: cost-savings\n  evidence: statistics\n"
                            "  note: Saved money\n- public-trust\n---\n")
    new, _ = write_tags(path, {"outcomes": []}, _taxonomy())
    assert new.decode() == "---\noutcomes: []\n---\n"


def test_write_outcome_commented_keys_go_with_their_item(tmp_path: Path) -> None:
    first = ("  - id: civic-engagement  # replace\n    # result: too-early  # optional\n"
             "    # evidence: anecdotal\n")
    text = f"---\noutcomes:\n{first}  # a comment of the list\n  - id: cost-savings\n" \
           "    # note: later\nverdict: mixed\n---\n"
    path = _write(tmp_path, text)
    new, _ = write_tags(path, {"outcomes": ["cost-savings", "accountability"]}, _taxonomy())
    assert new.decode() == text.replace(first, "").replace(
        "    # note: later\n", "    # note: later\n  - accountability\n")


def test_write_outcome_mappings_in_a_flow_list(tmp_path: Path) -> None:
    text = ("---\noutcomes: [{id: civic-engagement, result: achieved}, cost-savings,\n"
            "  {id: public-trust, evidence: anecdotal}]\n---\n")
    path = _write(tmp_path, text)
    new, _ = write_tags(path, {"outcomes": ["civic-engagement", "public-trust",
                                            "accountability"]}, _taxonomy())
    assert new.decode() == ("---\noutcomes: [{id: civic-engagement, result: achieved}, "
                            "{id: public-trust, evidence: anecdotal}, accountability]\n---\n")


@pytest.mark.parametrize(("text", "message"), [
    ("---\noutcomes:\n  - result: achieved\n---\n", "no single 'id'"),
    ("---\noutcomes:\n  - id: [a]\n---\n", "no single 'id'"),
    ("---\nchallenges:\n  - id: legacy-systems\noutcomes: [cost-savings]\n---\n",
     "'challenges' holds nested values"),
])
def test_write_refuses_mappings_it_cannot_name(tmp_path: Path, text: str, message: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(InputError, match=message):
        write_tags(path, {"outcomes": ["accountability"], "challenges": ["digital-divide"]},
                   _taxonomy())
    assert path.read_text(encoding="utf-8") == text


# user tags -----------------------------------------------------------------------
@pytest.fixture
def lib(make_library: MakeLib, case_dir: Path) -> Library:
    write_case(case_dir, "alpha", challenges="legacy-systems, digital-divide")
    write_case(case_dir, "beta", challenges="corruption-risk")
    library = make_library(case_dir)
    library.sync()
    return library


def _ids(lib: Library, facet: str, term: str) -> list[str]:
    return sorted(h.id for h in lib.search("", Filters(terms={facet: [term]})).hits)


def test_add_by_label_or_alias_is_seen_by_search_at_once(lib: Library) -> None:
    change = add_tag(lib, "alpha", "challenge", "red tape")
    assert (change.term, change.known, change.changed, change.warning) == (
        "regulatory-and-policy-barriers", True, True, None)
    case = lib.case("alpha")
    assert case["challenges"] == ["legacy-systems", "digital-divide",
                                  "regulatory-and-policy-barriers"]
    assert case["user_challenges"] == ["regulatory-and-policy-barriers"]
    assert _ids(lib, "challenges", "regulatory-and-policy-barriers") == ["alpha"]
    assert lib.term_counts()["challenges"]["regulatory-and-policy-barriers"] == 1
    assert [h.id for h in lib.search('challenges:"red tape"').hits] == ["alpha"]


def test_remove_file_tag_and_free_tags(lib: Library) -> None:
    remove_tag(lib, "alpha", "challenges", "Legacy systems")
    assert _ids(lib, "challenges", "legacy-systems") == []
    change = add_tag(lib, "beta", "outcomes", "Happier Ferrets")
    assert not change.known and change.term == "happier-ferrets"
    assert change.warning and "free tag" in change.warning
    assert _ids(lib, "outcomes", "happier-ferrets") == ["beta"]
    state = case_tags(lib, "alpha")["challenges"]
    assert (state.file, state.removed, state.effective) == (
        ["legacy-systems", "digital-divide"], ["legacy-systems"], ["digital-divide"])
    add_tag(lib, "alpha", "challenges", "legacy-systems")  # undoes the removal
    assert lib.user.user_tags("alpha")["challenges"] == ([], [])
    assert _ids(lib, "challenges", "legacy-systems") == ["alpha"]


def test_another_library_on_the_same_data_sees_the_change(lib: Library) -> None:
    other = Library(lib.data_dir, lib.folders)  # e.g. the app's search worker
    try:
        assert other.search('challenges:"red tape"').total == 0
        add_tag(lib, "beta", "challenges", "red tape")
        assert [h.id for h in other.search('challenges:"red tape"').hits] == ["beta"]
        assert _ids(other, "challenges", "regulatory-and-policy-barriers") == ["beta"]
    finally:
        other.close()


def test_user_tags_survive_a_rebuild(lib: Library) -> None:
    edit_tags(lib, "beta", add=["strategies:open-data"], remove=["challenges:corruption-risk"])
    lib.sync(rebuild=True)
    assert _ids(lib, "strategies", "open-data") == ["beta"]
    assert _ids(lib, "challenges", "corruption-risk") == []


def test_edits_are_all_or_nothing(lib: Library) -> None:
    with pytest.raises(InputError, match="has no challenge tag 'low-public-trust'"):
        edit_tags(lib, "alpha", add=["outcomes:cost-savings"],
                  remove=["challenges:low-public-trust"])
    assert lib.user.user_tags("alpha")["outcomes"] == ([], [])
    with pytest.raises(InputError, match="unknown facet 'sectors'"):
        edit_tags(lib, "alpha", add=["sectors:health"])
    with pytest.raises(InputError, match="not FACET:TERM"):
        parse_spec("legacy-systems")
    with pytest.raises(InputError, match="no case with id 'nope'"):
        add_tag(lib, "nope", "challenges", "legacy-systems")


def test_plan_and_apply_write(lib: Library, case_dir: Path) -> None:
    path = case_dir / "alpha.md"
    path.chmod(0o640)
    edit_tags(lib, "alpha", add=["outcomes:Cost savings", "challenges:Brand new thing"],
              remove=["challenges:digital-divide"])
    plan = plan_write(lib, "alpha")
    assert plan.changed and plan.old == path.read_bytes()
    assert "+challenges: [legacy-systems, brand-new-thing]" in plan.diff
    apply_write(lib, plan)
    assert path.read_bytes() == plan.new
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o640
    assert sorted(os.listdir(case_dir)) == ["alpha.md", "beta.md"], "no temp file left"
    assert lib.user.user_tags("alpha") == {f: ([], []) for f in
                                            ("challenges", "strategies", "outcomes")}
    case = lib.case("alpha")
    assert case["challenges"] == ["legacy-systems", "brand-new-thing"]
    assert term_ids(case["outcomes"]) == ["improved-service-delivery", "cost-savings"]
    assert case["user_challenges"] == [] and case["user_outcomes"] == []
    assert _ids(lib, "outcomes", "cost-savings") == ["alpha"]
    assert not plan_write(lib, "alpha").changed


def test_apply_refuses_a_file_changed_since_the_preview(lib: Library, case_dir: Path) -> None:
    add_tag(lib, "alpha", "outcomes", "cost-savings")
    plan = plan_write(lib, "alpha")
    path = case_dir / "alpha.md"
    edited = path.read_text(encoding="utf-8") + "\nA new paragraph.\n"
    path.write_text(edited, encoding="utf-8")
    with pytest.raises(InputError, match="changed since the preview"):
        apply_write(lib, plan)
    assert path.read_text(encoding="utf-8") == edited
    assert lib.user.user_tags("alpha")["outcomes"] == (["cost-savings"], [])
    fresh = plan_write(lib, "alpha")
    add_tag(lib, "alpha", "strategies", "open-data")  # e.g. in the app, after the preview
    with pytest.raises(InputError, match="tags of 'alpha' changed since the preview"):
        apply_write(lib, fresh)
    assert path.read_text(encoding="utf-8") == edited


def test_plan_and_apply_write_keeps_outcome_results(make_library: MakeLib,
                                                    case_dir: Path) -> None:
    path = write_case(case_dir, "gamma", outcomes="cost-savings")
    mapped = ("outcomes:\n  - id: cost-savings\n    result: achieved\n"
              "    evidence: statistics\n    note: Saved money\n"
              "  - id: public-trust\n    result: mixed\n"
              "verdict: success\n")
    original = path.read_text(encoding="utf-8").replace("outcomes: [cost-savings]\n", mapped)
    path.write_text(original, encoding="utf-8")
    lib = make_library(case_dir)
    lib.sync()
    edit_tags(lib, "gamma", add=["outcomes:accountability"], remove=["outcomes:public-trust"])
    plan = plan_write(lib, "gamma")
    apply_write(lib, plan)
    assert path.read_text(encoding="utf-8") == original.replace(
        "  - id: public-trust\n    result: mixed\n", "  - accountability\n")
    case = lib.case("gamma")
    assert case["outcomes"][0] == {"id": "cost-savings", "result": "achieved",
                                   "evidence": "statistics", "source": None,
                                   "note": "Saved money"}
    assert term_ids(case["outcomes"]) == ["cost-savings", "accountability"]
    assert case["verdict"] == "success"


# the picker ----------------------------------------------------------------------
def _taxonomy() -> Taxonomy:
    from casebook import paths
    from casebook.cases.taxonomy import load_taxonomy

    return load_taxonomy(paths.resource("taxonomy.yaml"))


def _small() -> Taxonomy:
    def term(term_id: str, label: str, description: str, *aliases: str) -> Term:
        return Term("challenges", term_id, label, description, aliases)

    return Taxonomy(terms={"challenges": {t.id: t for t in [
        term("digital-divide", "Digital divide", "People without devices or skills."),
        term("legacy-systems", "Legacy systems", "Old software nobody can change.",
             "outdated technology"),
        term("data-silos", "Siloed data", "Agencies keep digital records apart."),
        term("low-trust", "Low public trust", "Citizens doubt the state.", "distrust"),
    ]}})


def test_find_terms_ranks_prefix_then_word_then_description() -> None:
    taxonomy = _small()
    ids = [t.id for t in find_terms(taxonomy, "challenges", "digi")]
    assert ids == ["digital-divide", "data-silos"]  # label prefix, then description
    assert [t.id for t in find_terms(taxonomy, "challenges", "outdated")] == ["legacy-systems"]
    assert find_terms(taxonomy, "challenges", "trust")[0].id == "low-trust"
    assert [t.id for t in find_terms(taxonomy, "challenges", "pub tru")] == ["low-trust"]
    assert [t.id for t in find_terms(taxonomy, "challenges", "Sil")] == ["data-silos"]
    assert [t.id for t in find_terms(taxonomy, "challenges", "")] == [
        "digital-divide", "legacy-systems", "low-trust", "data-silos"]
    assert [t.id for t in find_terms(taxonomy, "challenges", "legasy")] == ["legacy-systems"]
    assert find_terms(taxonomy, "outcomes", "x") == []


def test_find_terms_on_the_bundled_taxonomy() -> None:
    taxonomy = _taxonomy()
    assert find_terms(taxonomy, "challenges", "red")[0].id == "regulatory-and-policy-barriers"
    assert find_terms(taxonomy, "strategies", "budget")[0].id == "participatory-budgeting"
    assert find_terms(taxonomy, "challenges", "resist")[0].id == "resistance-to-change"


# any layout, any change: only tag lines change ------------------------------------------
POOL = ["legacy-systems", "digital-divide", "Red tape", "corruption-risk", "free thing"]
_STYLES = st.sampled_from(["flow", "block", "comma", "absent", "null"])


@st.composite
def _facet_text(draw: st.DrawFn, facet: str) -> str:
    style = draw(_STYLES)
    items = draw(st.lists(st.sampled_from(POOL), min_size=1, max_size=4, unique=True))
    quote = draw(st.sampled_from(["", "'", '"']))
    comment = draw(st.sampled_from(["", "  # note"]))
    if style == "absent":
        return ""
    if style == "null":
        return f"{facet}:{comment}\n"
    if style == "comma":
        return f"{facet}: {quote}{', '.join(items)}{quote}{comment}\n"
    if style == "flow":
        pad = draw(st.sampled_from(["", " "]))
        body = ", ".join(f"{quote}{i}{quote}" for i in items)
        return f"{facet}: [{pad}{body}{pad}]{comment}\n"
    indent, gap = draw(st.sampled_from(["", "  ", "    "])), draw(st.sampled_from([" ", "   "]))
    return f"{facet}:{comment}\n" + "".join(f"{indent}-{gap}{quote}{i}{quote}\n" for i in items)


@settings(max_examples=150, deadline=None)
@given(facets=st.tuples(*(_facet_text(f) for f in ("challenges", "strategies", "outcomes"))),
       want=st.tuples(*(st.lists(st.sampled_from(POOL), max_size=4, unique=True)
                        for _ in range(3))),
       crlf=st.booleans(), bom=st.booleans())
def test_any_layout_changes_only_tag_lines(facets: tuple[str, str, str],
                                           want: tuple[list[str], ...], crlf: bool,
                                           bom: bool) -> None:
    from casebook.authoring.tag_write import rewrite_bytes
    from casebook.cases.parsing import decode, parse_text
    from casebook.cases.validation import build_case

    head = "---\n# top comment\ntitle: 'T'  # keep\nid: t\nyear_start: 2001\n# between\n"
    tail = "sources:\n  - title: \"R\"\n    year: 2001\n---\n\n## Context\n\nText.\n"
    text = head + "".join(facets) + tail
    eol = "\r\n" if crlf else "\n"
    data = (b"\xef\xbb\xbf" if bom else b"") + text.replace("\n", eol).encode()
    taxonomy = _TAX.setdefault("t", _taxonomy())
    wanted = dict(zip(("challenges", "strategies", "outcomes"), want, strict=True))
    new = rewrite_bytes(data, wanted, taxonomy)
    assert new.startswith(b"\xef\xbb\xbf") == bom
    body = new[3:] if bom else new
    assert body.count(b"\n") == body.count(eol.encode()), "line ends kept"

    def untouched(lines: list[str]) -> list[str]:
        start, stop = lines.index("# between"), lines.index("sources:")
        rest = [line for line in lines[stop:] if not line.startswith(tuple(wanted))]
        return lines[: start + 1] + rest

    old_lines, new_lines = text.split("\n"), decode(new).split("\n")
    assert untouched(old_lines) == untouched(new_lines)
    case = build_case(parse_text("t.md", decode(new)), taxonomy)
    for facet, values in wanted.items():
        assert set(case.tags(facet)) == {taxonomy.canonical(facet, v)[0] for v in values}


_TAX: dict[str, Taxonomy] = {}


_PIECES = st.sampled_from([
    "---", "challenges:", "outcomes:", " ", "  ", "-", "- a", "[", "]", ",", "'", '"', "#",
    "&x", "*x", "!!str", "!!timestamp", "legacy-systems", "Red tape", ":", "\r\n", "\n", "\r",
    "\t", "\u2028", "\x85", "...", "{", "}", "?", "|", ">", "a: b", "\ufeff", "~", "null"])


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(_PIECES, max_size=30),
       want=st.lists(st.sampled_from(["legacy-systems", "x y", "Red tape", "yes"]), max_size=3))
def test_rewriting_any_front_matter_fails_only_with_a_message(parts: list[str],
                                                              want: list[str]) -> None:
    from casebook.authoring.tag_write import rewrite_bytes

    text = "---\n" + "".join(parts) + "\n---\nbody\n"
    taxonomy = _TAX.setdefault("t", _taxonomy())
    try:
        new = rewrite_bytes(text.encode(), {"challenges": want, "outcomes": want[:1]}, taxonomy)
    except InputError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert new.endswith(b"\n---\nbody\n")
