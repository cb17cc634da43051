"""Arbitrary cell text (HTML, control characters, very long cells, odd encodings) gives a
valid case file or a record in _needs-review/, never a traceback."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casebook import paths
from casebook.cases.parsing import parse_file
from casebook.cases.taxonomy import Taxonomy, load_taxonomy
from casebook.cases.validation import build_case
from casebook.errors import CasebookError
from casebook.exchange.dataset_import import REVIEW, Importer, import_dataset, load_source

SCALE = int(os.environ.get("CASEBOOK_FUZZ_SCALE", "1"))
MAPPING = """
[source]
name = "fuzz"
id = "{id}"
url = "https://example.org/{id}"
attribution = "Fuzz {title}"

[fields]
title = "{title}"
summary = "{summary}"
country = "{country}"
level = "{level}"
year_start = "{year}"
body = '''
## Context

{body}
'''

[values.level]
"City" = "municipal"

[tags.challenges]
columns = ["tags"]
split = ";"

[tags.strategies]
columns = ["tags"]
split = ","

[tags.outcomes]
values = ["civic-engagement"]
"""
HTML = st.sampled_from([
    "<p>text</p>", "<script>alert(1)</script>", "<style>p{}</style>", "<img src=x>",
    '<a href="javascript:x">a</a>', '<a href="https://e.org">e</a>', "<ul><li>i", "</div>",
    "<!-- c -->", "&amp;", "&#0;", "&#xD800;", "<h1>H</h1>", "---", "## Heading", "+++",
    "{{x}}", "{%", "`", "```", "[a](b)", "\\", "'", '"', ": ", "- ", "# ", "\t", "\r\n",
    "\x00", "\x1b", "\u2028", "\ufeff", "\u200b", "\ud800", "🦜", "x" * 400,
])
TEXT = st.lists(st.one_of(HTML, st.text(max_size=40)), max_size=12).map("".join)
LONG = st.builds(lambda piece, n: piece * n, st.text(min_size=1, max_size=8),
                 st.sampled_from([2_000, 50_000, 350_000]))
CELL = st.one_of(TEXT, st.text(max_size=200))
KEYS = ("id", "title", "summary", "country", "level", "year", "body", "tags")


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return load_taxonomy(paths.resource("taxonomy.yaml"))


@pytest.fixture(scope="module")
def mapping(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("map") / "fuzz.toml"
    path.write_text(MAPPING, encoding="utf-8")
    return path


def check_written(path: str, review: list[str], taxonomy: Taxonomy) -> None:
    case = build_case(parse_file(path), taxonomy)
    errors = [p.message for p in case.problems if p.severity == "error"]
    if review:
        assert os.path.basename(os.path.dirname(path)) == REVIEW
        assert case.title  # the record is there to review, whatever it holds
    else:
        assert errors == [], path


@settings(max_examples=40 * SCALE, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow, HealthCheck.data_too_large])
@given(cells=st.fixed_dictionaries({k: CELL for k in KEYS}),
       long=st.one_of(st.none(), st.tuples(st.sampled_from(KEYS), LONG)))
def test_any_cell_gives_a_file_or_a_review_record(cells: dict[str, str],
                                                  long: tuple[str, str] | None, mapping: Path,
                                                  taxonomy: Taxonomy, tmp_path: Path) -> None:
    if long is not None:
        cells[long[0]] = long[1]  # one very long cell at a time: each takes a while
    source = load_source("table", str(mapping), "fuzz.csv")
    importer = Importer(source, "fuzz.csv", str(tmp_path / "out"), taxonomy)
    result = importer.record(1, "line 2", cells)
    check_written(result.path, result.review, taxonomy)


ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16"])


@settings(max_examples=40 * SCALE, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(rows=st.lists(st.lists(TEXT, min_size=8, max_size=9), min_size=1, max_size=4),
       encoding=ENCODINGS, junk=st.binary(max_size=40))
def test_any_csv_file_imports_or_says_why(rows: list[list[str]], encoding: str, junk: bytes,
                                          mapping: Path, taxonomy: Taxonomy,
                                          tmp_path: Path) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["id", "title", "summary", "country", "level", "year", "body", "tags"])
    writer.writerows(rows)
    data = tmp_path / "fuzz.csv"
    data.write_bytes(buffer.getvalue().encode(encoding, errors="replace") + junk)
    try:
        report = import_dataset("table", str(data), str(tmp_path / "out"), taxonomy,
                                mapping=str(mapping))
    except CasebookError as exc:
        assert "\n" not in str(exc) and str(data) in str(exc)
        return
    for result in report.results:
        if result.status != "kept (edited here)":
            check_written(result.path, result.review, taxonomy)
