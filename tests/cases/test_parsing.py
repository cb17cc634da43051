"""Reading case files: decoding, front matter with positions, body sections."""

from __future__ import annotations

from pathlib import Path

import pytest

from casebook import limits
from casebook.cases.parsing import decode, parse_file, parse_text, read_text
from casebook.errors import Unreadable

DATA = Path(__file__).resolve().parent.parent / "data"
BAD = DATA / "bad"
GOOD = DATA / "good"


def problem_lines(path: Path) -> list[str]:
    doc = parse_file(str(path))
    return [p.format(path.name) for p in doc.problems]


# decoding ----------------------------------------------------------------------
def test_bom_and_crlf_are_ordinary_input() -> None:
    raw = (BAD / "bom-crlf.md").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    text = decode(raw)
    assert text.startswith("---\ntitle: Byte Order Mark And CRLF\n")
    assert "\r" not in text and "\ufeff" not in text
    doc = parse_file(str(BAD / "bom-crlf.md"))
    assert doc.problems == []
    assert doc.meta["summary"] == "Saved by a Windows editor, with participação."
    assert doc.key_pos["title"] == (2, 1)
    assert [s.heading for s in doc.sections] == [
        "Context", "Challenge", "Strategy", "Outcomes", "Lessons"]


def test_lone_carriage_returns_are_line_ends() -> None:
    assert decode(b"---\rtitle: x\r---\r") == "---\ntitle: x\n---\n"


def test_binary_file_is_unreadable() -> None:
    with pytest.raises(Unreadable, match=r"^binary file \(contains NUL bytes\)$"):
        read_text(str(BAD / "binary.md"))


def test_non_utf8_file_names_the_line() -> None:
    with pytest.raises(Unreadable, match=r"^not UTF-8 text \(invalid byte at line 2\)$"):
        read_text(str(BAD / "latin1.md"))


def test_file_over_the_size_limit_is_unreadable(tmp_path: Path) -> None:
    big = tmp_path / "big.md"
    big.write_bytes(b"---\ntitle: Big\n---\n" + b"x" * limits.MAX_FILE_BYTES)
    with pytest.raises(Unreadable, match=r"over the 2 MiB limit"):
        read_text(str(big))
    with pytest.raises(Unreadable, match=r"^file is over the 2 MiB size limit$"):
        decode(b"x" * (limits.MAX_FILE_BYTES + 1))


def test_file_at_the_size_limit_is_read(tmp_path: Path) -> None:
    head = b"---\ntitle: Big\n---\n"
    exact = tmp_path / "exact.md"
    exact.write_bytes(head + b"y" * (limits.MAX_FILE_BYTES - len(head)))
    assert len(read_text(str(exact))) == limits.MAX_FILE_BYTES


def test_missing_file_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(Unreadable, match=r"^file not found$"):
        read_text(str(tmp_path / "nope.md"))


# front matter positions ----------------------------------------------------------
def test_keys_values_and_items_keep_their_positions() -> None:
    doc = parse_file(str(GOOD / "porto-alegre-participatory-budgeting.md"))
    assert doc.problems == []
    assert doc.has_front_matter
    assert doc.key_pos["title"] == (2, 1)
    assert doc.value_pos["title"] == (2, 8)
    assert doc.value_pos["year_start"] == (11, 13)
    assert doc.pos("challenges", 1) == (14, 36)
    assert doc.pos("metrics", 0, "source") == (24, 13)
    assert doc.pos("sources", 0, "publisher") == (27, 16)
    # an unknown item falls back to the value, an unknown key to the top of the file
    assert doc.pos("challenges", 9) == (14, 13)
    assert doc.pos("nothing") == (1, 1)
    assert doc.meta["summary"].startswith("Residents of Porto Alegre decide")
    assert doc.meta["metrics"][0]["baseline"] == 976


def test_body_sections_split_by_second_level_headings() -> None:
    doc = parse_file(str(GOOD / "porto-alegre-participatory-budgeting.md"))
    assert doc.body_line == 32
    assert doc.heading_title == "Participatory Budgeting in Porto Alegre"
    assert [(s.heading, s.line) for s in doc.sections] == [
        ("Context", 35), ("Challenge", 41), ("Strategy", 45), ("Outcomes", 49),
        ("Lessons", 53)]
    assert doc.sections[1].text == (
        "The city had little money and residents distrusted how it was spent.")


def test_headings_inside_code_fences_are_not_sections() -> None:
    text = "---\ntitle: T\n---\n## Real\n\n```\n## Not a heading\n# Nor a title\n```\nafter\n"
    doc = parse_text("f.md", text)
    assert [s.heading for s in doc.sections] == ["Real"]
    assert "## Not a heading" in doc.sections[0].text
    assert doc.heading_title is None


def test_duplicate_key_warns_and_keeps_the_last() -> None:
    doc = parse_text("f.md", "---\ntitle: One\nid: x\ntitle: Two\n---\n")
    assert doc.meta["title"] == "Two"
    assert [p.format() for p in doc.problems] == [
        "f.md:4:1: warning: duplicate key 'title' (first on line 2); the last one is used"]


def test_blank_lines_before_front_matter_warn() -> None:
    doc = parse_text("f.md", "\n\n---\ntitle: T\n---\nbody\n")
    assert doc.meta == {"title": "T"}
    assert doc.key_pos["title"] == (4, 1)
    assert [p.format() for p in doc.problems] == [
        "f.md:1:1: warning: blank lines before the front matter"]


def test_toml_front_matter_is_read() -> None:
    doc = parse_text("f.md", '+++\ntitle = "T"\nyear_start = 2001\n+++\nbody\n')
    assert doc.problems == []
    assert doc.meta == {"title": "T", "year_start": 2001}
    assert doc.key_pos["year_start"] == (3, 1)


def test_bad_toml_points_at_its_line() -> None:
    doc = parse_text("f.md", '+++\ntitle = "T"\nyear_start = \n+++\n')
    assert len(doc.problems) == 1
    assert [p.format() for p in doc.problems] == ["f.md:3:1: error: invalid TOML: Invalid value"]
    doc = parse_text("f.md", '+++\ntitle = "T"\nyear_start = 1\nbad\n+++\n')
    assert [p.line for p in doc.problems] == [4]


def test_front_matter_must_be_a_mapping() -> None:
    doc = parse_text("f.md", "---\n- a\n- b\n---\n")
    assert [p.format() for p in doc.problems] == [
        "f.md:2:1: error: front matter must be 'key: value' lines"]


def test_empty_front_matter_has_no_keys_and_no_problems() -> None:
    doc = parse_text("f.md", "---\n---\n# Title\n")
    assert doc.has_front_matter and doc.meta == {} and doc.problems == []
    assert doc.heading_title == "Title"


def test_yaml_dates_and_numbers_are_typed() -> None:
    doc = parse_text("f.md", "---\nupdated: 2026-11-28\nyear_start: 2001\nid: '007'\n---\n")
    assert str(doc.meta["updated"]) == "2026-11-28"
    assert doc.meta["year_start"] == 2001
    assert doc.meta["id"] == "007"


def test_front_matter_over_its_size_limit_is_an_error() -> None:
    filler = "x" * (limits.MAX_FRONT_MATTER_BYTES + 10)
    doc = parse_text("f.md", f"---\ntitle: T\nnote: {filler}\n---\nbody\n")
    assert [p.format() for p in doc.problems] == [
        "f.md:1:1: error: front matter is over the 256 KiB limit"]
    assert doc.body == "body\n"


def test_deep_nesting_is_an_error_not_a_crash() -> None:
    deep = "[" * 200 + "]" * 200
    doc = parse_text("f.md", f"---\ntitle: T\nx: {deep}\n---\n")
    assert [p.format() for p in doc.problems] == [
        "f.md:2:1: error: front matter is nested deeper than 32 levels"]


# the bad fixtures, exactly ------------------------------------------------------
def test_bad_yaml_points_at_the_unclosed_quote() -> None:
    assert problem_lines(BAD / "bad-yaml.md") == [
        "bad-yaml.md:4:10: error: a text opened with \" is not closed with \""]
    detail = parse_file(str(BAD / "bad-yaml.md")).problems[0].detail
    assert detail.startswith("YAML parser: while scanning a quoted scalar (line 4, column 10); "
                             "found unexpected end of stream")


def test_other_yaml_syntax_errors_point_at_the_spot() -> None:
    doc = parse_text("f.md", "---\ntitle: T\ncountry: [Estonia, Latvia\nlevel: national\n---\n")
    assert [p.format() for p in doc.problems] == [
        "f.md:3:10: error: a list opened with [ is not closed with ]"]
    assert "while parsing a flow sequence" in doc.problems[0].detail
    doc = parse_text("f.md", "---\ntitle: T\n  level: x: y\n---\n")
    assert [p.format() for p in doc.problems] == [
        "f.md:3:8: error: unexpected ':' here: put a value that holds ': ' in quotes, or "
        "indent this line like the keys above it"]


def test_tabs_in_yaml_get_a_hint() -> None:
    assert problem_lines(BAD / "tabs.md") == [
        "tabs.md:12:1: error: a tab is used to indent this line; use spaces"]


# Each YAML mistake: the line to fix, words for a person, the parser's words in detail.
# Line 2 of each file is the first line of its front matter.
YAML_MISTAKES = [
    ("list left open", "title: T\nchallenges: [legacy-systems, open-data\nlevel: local\n"
     "year_start: 2001\n", (3, 13), "a list opened with [ is not closed with ]",
     "while parsing a flow sequence"),
    ("list left open at the end", "title: T\nlevel: local\nchallenges: [a, b\n", (4, 13),
     "a list opened with [ is not closed with ]", "flow sequence"),
    ("comma missing", 'title: T\nchallenges: [a, "b" c]\n', (3, 21),
     "expected ',' or ']' here: separate the list's items with commas, or put an item that "
     "holds a comma or ':' in quotes", "flow sequence"),
    ("mapping left open", "title: T\nextra: {publisher: x, year: 2001\nlevel: local\n",
     (3, 8), "a mapping opened with { is not closed with }", "while parsing a flow mapping"),
    ("list item indented too far", "title: T\nsources:\n  - title: A report\n"
     "   publisher: An agency\nlevel: local\n", (5, 4),
     "this line is not indented like the list items above it", "block collection"),
    ("key indented under a value", "title: T\n  level: local\n", (3, 8),
     "unexpected ':' here: put a value that holds ': ' in quotes, or indent this line like "
     "the keys above it", "mapping values are not allowed"),
    ("list item with no key", "title: T\n- legacy-systems\n", (3, 1),
     "a '- ' list item where a 'key: value' line was expected: indent list items under "
     "their key", "while parsing a block mapping"),
    ("tab before a list item", "title: T\nsources:\n\t- title: A report\n", (4, 1),
     "a tab is used to indent this line; use spaces", "cannot start any token"),
    ("tab inside an indent", "title: T\nsources:\n  - title: A report\n  \tpublisher: x\n",
     (5, 3), "a tab is used to indent this line; use spaces", "tab"),
    ("double quote left open", 'title: "Open data\nlevel: local\nyear_start: 2001\n', (2, 8),
     'a text opened with " is not closed with "', "while scanning a quoted scalar"),
    ("single quote left open", "title: T\nplace: 'Porto Alegre\nlevel: local\n", (3, 8),
     "a text opened with ' is not closed with '", "quoted scalar"),
    ("text after a closing quote", 'title: "Open" data\n', (2, 15),
     "text after a closing quote: put the whole value in quotes", "block mapping"),
    ("colon missing", "title: T\nlevel local\nyear_start: 2001\n", (3, 1),
     "this line has no ':' after its key; write it as 'key: value'", "simple key"),
    ("value starting with @", "title: @home\n", (2, 8),
     "a value cannot start with @: put the value in quotes", "cannot start any token"),
    ("unknown escape", 'title: "C:\\data"\n', (2, 11),
     "unknown escape after a backslash in double quotes: write \\\\ for a backslash, or "
     "put the text in single quotes", "escape"),
    ("undefined alias", "title: *star\n", (2, 8),
     "a value starting with * names an anchor (&name) that is not defined: put the value in "
     "quotes", "undefined alias"),
    ("invisible line separator", "title: Open\u2028data\nlevel: [local\n", (2, 13),
     "an invisible line break (U+2028) in this line splits it: remove it, or put the value "
     "in quotes", "simple key"),
]


@pytest.mark.parametrize(("text", "pos", "message", "words"),
                         [m[1:] for m in YAML_MISTAKES], ids=[m[0] for m in YAML_MISTAKES])
def test_yaml_mistakes_read_for_a_person_at_the_right_line(
        text: str, pos: tuple[int, int], message: str, words: str) -> None:
    doc = parse_text("f.md", f"---\n{text}---\n\nBody\n")
    assert [(p.line, p.column, p.severity, p.message, p.code) for p in doc.problems] == [
        (*pos, "error", message, "yaml")]
    detail = doc.problems[0].detail
    assert detail.startswith("YAML parser: ") and words in detail


@pytest.mark.parametrize("loader", ["SafeLoader", "CSafeLoader"])
def test_yaml_messages_are_the_same_with_either_parser(monkeypatch: pytest.MonkeyPatch,
                                                       loader: str) -> None:
    import yaml

    from casebook.cases import parsing

    if not hasattr(yaml, loader):
        pytest.skip("PyYAML was built without libyaml")
    monkeypatch.setattr(parsing, "_LOADER", getattr(yaml, loader))
    for _, text, pos, message, _ in YAML_MISTAKES:
        doc = parse_text("f.md", f"---\n{text}---\n")
        assert [(p.line, p.column, p.message) for p in doc.problems] == [(*pos, message)], text


def test_positions_after_an_invisible_line_separator_are_the_files() -> None:
    doc = parse_text("f.md", "---\ntitle: 'Open\u2028data'\nlevel: local\nyear_start: 2001\n"
                     "---\n")
    assert doc.problems == [] and doc.meta["title"] == "Open\u2028data"
    assert (doc.key_pos["level"], doc.value_pos["year_start"]) == ((3, 1), (4, 13))


def test_a_duplicate_key_is_a_warning_at_the_second_one() -> None:
    doc = parse_text("f.md", "---\ntitle: A\nlevel: local\ntitle: B\n---\n")
    assert [p.format() for p in doc.problems] == [
        "f.md:4:1: warning: duplicate key 'title' (first on line 2); the last one is used"]
    assert doc.meta["title"] == "B"


def test_tab_after_a_key_is_not_blamed_on_indentation() -> None:
    doc = parse_text("f.md", "---\ntitle:\tTabbed value\n---\n")
    assert doc.problems == []
    assert doc.meta["title"] == "Tabbed value"


def test_billion_laughs_is_an_error_not_a_hang() -> None:
    assert problem_lines(BAD / "alias-bomb.md") == [
        "alias-bomb.md:2:1: error: front matter expands to more than 20,000 values "
        "(alias bomb?)"]


def test_recursive_alias_is_an_error() -> None:
    assert problem_lines(BAD / "recursive-alias.md") == [
        "recursive-alias.md:2:1: error: front matter has an alias that refers to itself"]


def test_no_front_matter() -> None:
    doc = parse_file(str(BAD / "no-front-matter.md"))
    assert [p.format("no-front-matter.md") for p in doc.problems] == [
        "no-front-matter.md:1:1: error: no front matter: a case starts with a '---' line"]
    assert not doc.has_front_matter
    assert doc.heading_title == "A Case With No Front Matter"
    assert [s.heading for s in doc.sections] == ["Context"]
    assert doc.sections[0].line == 5


def test_unclosed_front_matter() -> None:
    doc = parse_file(str(BAD / "unclosed-front-matter.md"))
    assert [p.format("u.md") for p in doc.problems] == [
        "u.md:1:1: error: the front matter opened on line 1 is never closed with '---'"]
    assert not doc.has_front_matter
    assert doc.meta == {}
    assert doc.body_line == 2
    assert [s.heading for s in doc.sections][:1] == ["Context"]
    assert doc.sections[0].line == 6


@pytest.mark.parametrize("name", ["tags-comma.md", "tag-labels.md", "unknown-key.md",
                                  "wrong-type.md", "metric-source.md"])
def test_well_formed_files_parse_without_parse_problems(name: str) -> None:
    assert problem_lines(BAD / name) == []


@pytest.mark.parametrize("value", ["!!timestamp", "!!timestamp x", "!!bool x", "!!int x",
                                   "!!binary 'x'", "!!set 5", "!!omap [1]", "!!merge x",
                                   "!!timestamp 2001-99-99"])
def test_explicit_yaml_tags_that_cannot_be_built_are_value_errors(value: str) -> None:
    doc = parse_text("f.md", f"---\ntitle: T\nyear_start: {value}\n---\n")
    assert doc.meta == {"title": "T"}
    assert [(p.line, p.column, p.severity, p.code) for p in doc.problems] == [
        (3, 13, "error", "value")]
    assert doc.problems[0].message.startswith("'year_start': cannot read ")
