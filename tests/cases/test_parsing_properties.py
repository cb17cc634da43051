"""Property tests: no text a contributor writes makes parsing raise anything but our errors."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casebook import paths
from casebook.cases.model import Case
from casebook.cases.parsing import decode, parse_text
from casebook.cases.taxonomy import Taxonomy, load_taxonomy
from casebook.cases.validation import KNOWN_KEYS, build_case
from casebook.errors import CasebookError

TAXONOMY: Taxonomy = load_taxonomy(paths.resource("taxonomy.yaml"))
SETTINGS = settings(max_examples=300, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

YAML_BITS = ["&a", "*a", "!!python/object:os.system", "!!binary", "{", "}", "[", "]", "|",
             ">-", "- ", "\t", "---", "...", "#", ": ", "'", '"', "%YAML 1.1", "? ", "!",
             "<<: *a", "~", "null", "yes", "0x1F", "1e400", ".inf", "2026-02-30", "\ufeff",
             "\u200b", "{{ x }}", "=", "+++", "!!timestamp", "!!bool", "!!int", "!!set",
             "!!omap", "!!str", "!!float", "!!merge"]


def checked(text: str) -> Case | None:
    """Parse and validate; our own errors are allowed, anything else fails the test."""
    try:
        doc = parse_text("prop.md", text)
        case = build_case(doc, TAXONOMY)
    except CasebookError:
        return None
    for problem in case.problems:
        assert problem.severity in ("error", "warning")
        assert problem.line >= 1 and problem.column >= 1
        assert "\n" not in problem.message
    assert isinstance(case.title, str) and isinstance(case.id, str)
    return case


@SETTINGS
@given(st.text())
def test_arbitrary_text(text: str) -> None:
    checked(text)


@SETTINGS
@given(st.text())
def test_arbitrary_text_inside_front_matter(text: str) -> None:
    checked(f"---\n{text}\n---\n## Context\n")


@SETTINGS
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_decode_or_say_why(data: bytes) -> None:
    try:
        text = decode(data)
    except CasebookError:
        return
    assert "\r" not in text
    checked(text)


scalars = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-10**30, max_value=10**30),
    st.floats(allow_nan=True), st.text(max_size=30), st.dates(),
    st.sampled_from(["1989", "soon", "national", "Fragmented services", "pb, digital id",
                     "participação", "", " ", "ühiskaart"]),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=6,
)
keys = st.one_of(st.sampled_from(KNOWN_KEYS), st.sampled_from(["tags", "Title", "YEAR_START",
                                                               "sector", "title\u200b"]),
                 st.text(max_size=12))


@SETTINGS
@given(st.dictionaries(keys, values, max_size=8))
def test_well_formed_yaml_of_any_shape(meta: dict[str, object]) -> None:
    try:
        fm = yaml.safe_dump(meta, allow_unicode=True, default_flow_style=None)
    except yaml.YAMLError:
        return
    case = checked(f"---\n{fm}---\n# Fallback\n\n## Context\n\ntext\n")
    assert case is not None


@st.composite
def yamlish(draw: st.DrawFn) -> str:
    """Front matter lines mixing real keys with YAML syntax fragments."""
    lines = []
    for _ in range(draw(st.integers(0, 12))):
        key = draw(keys)
        parts = draw(st.lists(st.one_of(st.sampled_from(YAML_BITS), st.text(max_size=10)),
                              max_size=4))
        indent = draw(st.sampled_from(["", "", "  ", "\t", "    - "]))
        lines.append(f"{indent}{key}: {''.join(parts)}")
    return "\n".join(lines)


@SETTINGS
@given(yamlish(), st.sampled_from(["---", "+++"]), st.booleans())
def test_yaml_ish_front_matter(fm: str, marker: str, closed: bool) -> None:
    text = f"{marker}\n{fm}\n" + (f"{marker}\n" if closed else "") + "## Context\n\nbody\n"
    checked(text)
    checked(text.replace("\n", "\r\n"))


@pytest.mark.parametrize("year", [1800, dt.date.today().year + 1])
def test_boundary_years_are_valid(year: int) -> None:
    text = (f"---\ntitle: T\nsummary: S\ncountry: X\nlevel: local\nyear_start: {year}\n"
            "challenges: a\nstrategies: b\noutcomes: c\nsources:\n  - title: s\n---\n")
    case = checked(text)
    assert case is not None and case.year_start == year
