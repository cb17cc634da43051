"""The mapping format applied to one record, and a cell's HTML turned into safe Markdown."""

from __future__ import annotations

import pytest

from casebook import paths
from casebook.cases.cells import to_line, to_markdown
from casebook.cases.mapping import apply, read_tables
from casebook.cases.taxonomy import Taxonomy, load_taxonomy
from casebook.errors import MappingError

HOSTILE = ('<p>Read <a href="https://example.org/report">the report</a> and '
           '<a href="javascript:alert(1)">this</a>.</p><script>steal()</script>'
           '<style>p { color: red }</style><img src="https://tracker.example.net/p.gif" '
           'width="1" height="1"><ul><li>first</li><li>second</li></ul>'
           '<iframe src="https://example.net"></iframe><h2>Inner heading</h2>')


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return load_taxonomy(paths.resource("taxonomy.yaml"))


def test_html_becomes_markdown_without_scripts_styles_or_tracking_images() -> None:
    text = to_markdown(HOSTILE)
    assert "[the report](https://example.org/report)" in text
    assert "- first\n- second" in text
    for gone in ("script", "steal", "color: red", "tracker", "javascript", "iframe", "<"):
        assert gone not in text
    assert "### Inner heading" in text  # below the case's own ## sections


def test_text_that_looks_like_a_tag_is_escaped() -> None:
    assert to_markdown("a <script>x</script> b") == "a b"
    assert "<" not in to_markdown("5 &lt;b&gt; <b")
    assert to_line("<p>Kenya&#39;s <i>Open</i> Duka</p>\n<p>two</p>") == "Kenya's Open Duka two"
    assert to_line("tab\there\x00 and \x1b[31m") == "tab here and [31m"


MAPPING = {
    "fields": {
        "title": "{Project Name}", "summary": "{Short description}", "country": "{Country}",
        "level": "{Level}", "year_start": "{Start date}", "year_end": "{End date}",
        "place": "{City}, {Province}",
        "body": "## Context\n\n{Background}\n\n## Strategy\n\nThey did: {What they did}\n",
    },
    "values": {"level": {"Local Government": "municipal", "National Government": "national"}},
    "tags": {
        "challenges": {"columns": ["Problem area"], "split": ";",
                       "map": {"Trust in government": "low-public-trust", "ignore me": ""}},
        "strategies": {"columns": ["Method", "Technology"], "split": ","},
        "outcomes": {"values": ["civic-engagement"]},
        "sectors": {"columns": ["Sector"], "split": ","},
    },
}


def test_fields_values_and_tags(taxonomy: Taxonomy) -> None:
    tables = read_tables(MAPPING, "m.toml")
    record = {"Project Name": "<b>Open</b> budgets", "Short description": "A city opened it.",
              "Country": "Kenya; Tanzania", "Level": "local  government",
              "Start date": "March 2015", "End date": "ongoing", "City": "Nairobi",
              "Province": "", "Background": "", "What they did": "<p>published data</p>",
              "Problem area": "Trust in government; Corruption; ignore me; Potholes",
              "Method": "Open data, co creation", "Technology": "", "Sector": "Public Finance"}
    mapped = apply(tables, record, taxonomy)
    f = mapped.fields
    assert f["title"] == "Open budgets"
    assert f["country"] == ["Kenya", "Tanzania"]
    assert f["level"] == "municipal"  # compared ignoring case and spaces
    assert f["year_start"] == 2015
    assert f["year_end"] == "ongoing"  # not a year: left for the validator to report
    assert f["place"] == "Nairobi"  # no comma left by the empty province
    # the Context section's only column is empty: the section is left out
    assert f["body"] == "## Strategy\n\nThey did: published data"
    assert mapped.tags["challenges"] == ["low-public-trust", "corruption-risk", "potholes"]
    assert mapped.tags["strategies"] == ["open-data", "co-creation"]
    assert mapped.tags["outcomes"] == ["civic-engagement"]
    assert mapped.tags["sectors"] == ["public finance"]
    assert mapped.free == ["challenges:potholes"]
    assert mapped.mapped == 5  # sectors are free text, counted neither way


def test_an_empty_template_leaves_the_field_out(taxonomy: Taxonomy) -> None:
    mapped = apply(read_tables(MAPPING, "m.toml"), {"Project Name": "T"}, taxonomy)
    assert set(mapped.fields) == {"title"}


def test_columns_found_loosely_and_by_dotted_path(taxonomy: Taxonomy) -> None:
    tables = read_tables({"fields": {"title": "{project name}", "country": "{where.country}"}},
                         "m.toml")
    mapped = apply(tables, {"Project_Name": "X", "where": {"country": "Peru"}}, taxonomy)
    assert mapped.fields == {"title": "X", "country": "Peru"}


def test_values_table_takes_the_first_part_it_knows(taxonomy: Taxonomy) -> None:
    tables = read_tables({"fields": {"level": "{Scope}"},
                          "values": {"level": {"City/Town": "municipal",
                                               "Regional": "regional"}}}, "m.toml")
    assert apply(tables, {"Scope": "No limits, Regional, City/Town"},
                 taxonomy).fields["level"] == "regional"


def test_lists_in_a_record(taxonomy: Taxonomy) -> None:
    tables = read_tables({"fields": {"title": "{t}", "body": "## Lessons\n\n{l}"}}, "m.toml")
    mapped = apply(tables, {"t": ["a", "b"], "l": ["one", {"title": "Site",
                                                         "url": "https://x.org"}]}, taxonomy)
    assert mapped.fields["title"] == "a; b"
    assert mapped.fields["body"] == "## Lessons\n\n- one\n- [Site](https://x.org)"


@pytest.mark.parametrize(("data", "key"), [
    ({"fields": {"titel": "{x}"}}, "[fields] titel"),
    ({"fields": {"title": 3}}, "[fields] title"),
    ({"fields": []}, "[fields]"),
    ({"tags": {"themes": {"columns": ["x"]}}}, "[tags.themes]"),
    ({"tags": {"challenges": {"columns": "x", "splt": ";"}}}, "[tags.challenges] splt"),
    ({"tags": {"challenges": {"columns": [1]}}}, "[tags.challenges] columns"),
    ({"tags": {"challenges": {"split": ""}}}, "[tags.challenges] split"),
    ({"values": {"level": {"a": 1}}}, "[values.level]"),
])
def test_a_malformed_mapping_names_its_key(data: dict[str, object], key: str) -> None:
    with pytest.raises(MappingError) as info:
        read_tables(data, "mine.toml")
    assert str(info.value).startswith(f"mine.toml: {key}")


def test_paragraph_cells_read_as_markdownify_reads_them() -> None:
    """Cells of plain paragraphs take a short path; it gives what markdownify gives."""
    from markdownify import markdownify

    for html in ("<p>One *two* _three_ &amp; four</p>\n<p>Five   six</p>",
                 "<p>a &lt;b&gt; c</p>", "<p></p><p>x</p>"):
        ours = to_markdown(html)
        theirs = markdownify(html, escape_misc=False).strip().replace("<", "&lt;")
        assert ours.split() == theirs.split(), html
    assert to_markdown("<p>One</p><p>Two</p>") == "One\n\nTwo"
