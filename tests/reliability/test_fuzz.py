"""Fuzzing the parser, the validator and the query path: only CasebookError may escape."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterator
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casebook import paths
from casebook.cases.model import Filters
from casebook.cases.parsing import decode, parse_text
from casebook.cases.taxonomy import Taxonomy, load_taxonomy
from casebook.cases.validation import KNOWN_KEYS, build_case
from casebook.derived.store import Store
from casebook.errors import CasebookError, InputError, Unreadable
from casebook.facets import FILTER_KEYS, SORT_OPTIONS
from casebook.library import Library

# The budget: 6,600 generated inputs (~35 s on 2 cores); CASEBOOK_FUZZ_SCALE=10 digs deeper.
SCALE = float(os.environ.get("CASEBOOK_FUZZ_SCALE", "1"))


def budget(examples: int) -> settings:
    return settings(max_examples=int(examples * SCALE), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


TAXONOMY = load_taxonomy(paths.resource("taxonomy.yaml"), [])
KEYS = st.sampled_from([*KNOWN_KEYS, "tags", "Title", "TAGS", "date", "draft", "aliases",
                        "ti\u200btle", "<<", "? x", "", "- a", "x: y"])
YAML_SCALARS = st.sampled_from([
    "2020-01-02", "2020-01-02T03:04:05+02:00", "2001-12-14 21:59:43.10 -5", "2020-02-30",
    "12:30:00", "1e400", ".nan", "-.inf", "0x1F", "0o17", "1_000", "99999999999999999999999",
    "~", "null", "yes", "No", "on", "'quoted: colon'", '"esc \\u00e9 \\x41"', "{{ x }}",
    "{% raw %}", "[a, b", "{a: 1}", "&a x", "*a", "!!binary aGk=", "!!set {a, b}",
    "!!python/object/apply:os.system ['echo hi']", "!!str 12", "!!int x", "!!timestamp x",
    "!!omap [a: 1]", "|\n  block", ">-\n  folded", "\t", "#comment", "'", '"', ": ", "- x",
    "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
])


def yaml_values() -> st.SearchStrategy[Any]:
    leaves = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(),
                       st.text(max_size=20), st.dates(), st.datetimes(
                           timezones=st.none() | st.just(dt.UTC)))
    return st.recursive(leaves, lambda kids: st.lists(kids, max_size=4)
                        | st.dictionaries(st.text(max_size=8), kids, max_size=4), max_leaves=12)


@st.composite
def front_matter_lines(draw: st.DrawFn) -> str:
    lines = []
    for _ in range(draw(st.integers(0, 12))):
        indent = draw(st.sampled_from(["", "", "", "  ", "\t", " \t"]))
        value = draw(st.one_of(YAML_SCALARS, st.text(max_size=20)))
        lines.append(f"{indent}{draw(KEYS)}: {value}")
    return "\n".join(lines)


@st.composite
def case_texts(draw: st.DrawFn) -> str:
    fence = draw(st.sampled_from(["---", "+++", "---", ""]))
    lead = draw(st.sampled_from(["", "\n\n", "\ufeff", "  \n"]))
    kind = draw(st.integers(0, 3))
    if kind == 0:
        fm = draw(front_matter_lines())
    elif kind == 1:
        fm = yaml.safe_dump(draw(st.dictionaries(KEYS, yaml_values(), max_size=8)),
                            allow_unicode=True)
    elif kind == 2:
        pairs = draw(st.lists(st.tuples(
            st.sampled_from(["title", "tags", "date", "Title", "[params]", "x.y"]),
            st.sampled_from(['"t"', "[1, 'a']", "2020-01-02T03:04:05Z", "07:30:00", "{a=1}",
                             '"""multi', "nan", "inf", "1979-05-27", "[", "true"]))))
        fm = "\n".join(f"{k} = {v}" for k, v in pairs)
    else:
        fm = draw(st.text(max_size=200))
    body = draw(st.one_of(st.text(max_size=200), st.sampled_from([
        "# Heading\n\n## Context\n\ntext", "```\n## not a section\n```\n## Real",
        "{{< shortcode >}}\n{% liquid %}", "<script>x</script><iframe></iframe>",
        "# " + "x" * 400])))
    closer = fence if draw(st.booleans()) else ""
    return f"{lead}{fence}\n{fm}\n{closer}\n{body}"


def check_problems(doc_problems: list[Any], text: str) -> None:
    lines = text.count("\n") + 2
    for p in doc_problems:
        assert isinstance(p.line, int) and 1 <= p.line <= lines, p
        assert isinstance(p.column, int) and p.column >= 1, p
        assert p.severity in ("error", "warning") and p.message and "\n" not in p.message, p


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    s = Store(tmp_path_factory.mktemp("fuzz") / "index.db")
    yield s
    s.close()


# decoding and parsing ------------------------------------------------------------
@budget(1000)
@given(data=st.binary(max_size=400) | st.text(max_size=200).map(lambda t: t.encode("utf-16")))
def test_decode_raises_only_unreadable(data: bytes) -> None:
    try:
        text = decode(data)
    except Unreadable as exc:
        assert str(exc)
        return
    assert "\r" not in text


@budget(1000)
@given(text=st.text(max_size=400) | case_texts())
def test_parse_text_never_raises(text: str) -> None:
    doc = parse_text("fuzz.md", text)
    check_problems(doc.problems, text)


# validation, down to the derived database ----------------------------------------
def validate_and_store(text: str, store: Store, taxonomy: Taxonomy) -> None:
    case = build_case(parse_text("/fuzz/case.md", text), taxonomy)
    check_problems(case.problems, text)
    assert case.title and "\n" not in case.title and case.id
    json.dumps(case.sources)
    json.dumps(case.metrics)
    with store.transaction():
        store.put_case(case, "", "plain", {})
        store.put_problems(case.path, case.id, case.problems)
    assert store.case_row(case.id) is not None


@budget(1000)
@given(text=case_texts())
def test_validator_accepts_anything_as_a_case(text: str, store: Store) -> None:
    validate_and_store(text, store, TAXONOMY)


@budget(800)
@given(meta=st.dictionaries(KEYS, yaml_values(), max_size=10), body=st.text(max_size=100))
def test_validator_takes_any_yaml_values(meta: dict[str, Any], body: str,
                                         store: Store) -> None:
    text = "---\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\n" + body
    validate_and_store(text, store, TAXONOMY)


# the query path ------------------------------------------------------------------
@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    base = tmp_path_factory.mktemp("fuzzlib")
    lib = Library(base / "data", [str(paths.bundled_cases())])
    lib.sync()
    yield lib
    lib.close()


QUERY_BITS = st.sampled_from([
    "AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO", "(", ")", "[", "]", "{", "}", '"', "'",
    ":", "title:", "body:", "challenges:", "strategies:", "level:", "nosuchfield:", "*", "?",
    "~", "~9", "~0.5", "^", "^3", "^-1", "/", "\\", "-", "+", "budget", "participation",
    "participação", "resistance to change", "legacy-systems", "estonia", "Ω", "🙂", "\u200b",
    "\x00", "\udcff", "<b>", "&amp;", "1990", "year_start:[1990 TO 2000]", " ", "  ",
])
QUERIES = st.one_of(
    st.text(max_size=80),
    st.lists(st.one_of(QUERY_BITS, st.text(max_size=6)), max_size=14).map("".join),
    st.lists(QUERY_BITS, max_size=10).map(" ".join),
)
FILTERS = st.builds(
    Filters,
    terms=st.dictionaries(
        st.sampled_from(FILTER_KEYS) | st.text(max_size=10),
        st.lists(st.sampled_from(["legacy-systems", "open-data", "Estonia", "national",
                                  "Resistance to change", "\udcff", ""]) | st.text(max_size=20),
                 max_size=4),
        max_size=4),
    year_from=st.none() | st.integers(), year_to=st.none() | st.integers(),
)


@budget(2000)
@given(query=QUERIES, filters=FILTERS, sort=st.sampled_from(SORT_OPTIONS) | st.text(max_size=6),
       limit=st.integers(-5, 60) | st.integers(), offset=st.integers(-5, 60) | st.integers())
def test_search_raises_only_casebook_errors(library: Library, query: str, filters: Filters,
                                            sort: str, limit: int, offset: int) -> None:
    try:
        result = library.search(query, filters, sort, limit, offset)
    except CasebookError as exc:
        assert str(exc) and "\n" not in str(exc).strip()
        return
    json.dumps(result.to_json())
    counted = [h for h in result.hits if h.match != "some"]  # the divider's are not counted
    assert result.total >= len(counted)
    assert counted == result.hits[:len(counted)]
    assert len(result.hits) <= max(0, limit)
    for hit in result.hits:
        assert library.store.case_row(hit.id) is not None


@budget(500)
@given(case_id=st.text(max_size=40) | st.sampled_from(["\udcff", "estonia-x-road"]))
def test_case_lookup_raises_only_input_errors(library: Library, case_id: str) -> None:
    try:
        assert library.case(case_id)["id"] == case_id
    except InputError as exc:
        assert "no case with id" in str(exc)


@pytest.fixture(scope="module")
def empty_library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    base = tmp_path_factory.mktemp("fuzzempty")
    (base / "cases").mkdir()
    lib = Library(base / "data", [str(base / "cases")])
    lib.sync()
    yield lib
    lib.close()


@budget(300)
@given(query=QUERIES, filters=FILTERS)
def test_search_on_an_empty_library_raises_only_casebook_errors(
    empty_library: Library, query: str, filters: Filters
) -> None:
    try:
        result = empty_library.search(query, filters)
    except CasebookError as exc:
        assert str(exc) and "\n" not in str(exc).strip()
        return
    assert (result.total, result.hits) == (0, [])
