"""`casebook import`: the table importer and its mapping, the built-in importers on small
fixtures in their datasets' shapes, and each guarantee of import.md."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from casebook import cli, paths
from casebook.cases.parsing import parse_file
from casebook.cases.taxonomy import Taxonomy, load_taxonomy
from casebook.cases.validation import build_case
from casebook.errors import DatasetError, MappingError
from casebook.exchange.case_text import edited
from casebook.exchange.dataset_import import (
    KEPT,
    NEW,
    OVERWRITTEN,
    UNCHANGED,
    UPDATED,
    import_dataset,
    preview,
)
from casebook.library import Library
from tests.helpers import DATA

FIXTURES = DATA / "import"
MAPPING = """
[source]
name = "example"
id = "{Project ID}"
url = "https://example.org/projects/{Project ID}"
licence = "CC-BY-4.0"
attribution = "Example Foundation, Innovation Projects"

[fields]
title = "{Project Name}"
summary = "{Short description}"
country = "{Country}"
place = "{City}"
level = "{Level}"
year_start = "{Start date}"
year_end = "{End date}"
body = '''
## Context

{Background}

## Strategy

{What they did}
'''

[values.level]
"Local Government" = "municipal"
"National Government" = "national"

[tags.challenges]
columns = ["Problem area"]
split = ";"
map = { "Trust in government" = "low-public-trust" }

[tags.strategies]
columns = ["Method"]
split = ","

[tags.outcomes]
columns = ["Result"]
"""
HEADER = ("Project ID,Project Name,Short description,Country,City,Level,Start date,End date,"
          "Problem area,Method,Result,Background,What they did\n")
ROWS = [
    'P-1,Open budgets,A city opened its budget.,Kenya,Nairobi,Local Government,2015-03-01,,'
    'Trust in government; corruption,"open data, co-creation",civic engagement,'
    '"<p>Budgets were <a href=""https://example.org/b"">closed</a>.</p><script>x()</script>",'
    '"<ul><li>published</li><li>explained</li></ul>"\n',
    'P-2,Digital IDs,Everyone got an ID.,Estonia,,National Government,2002,2010,'
    'legacy systems,digital identity,improved service delivery,Paper forms.,Cards.\n',
    'P-3,A record without a year,It happened.,Peru,Lima,Local Government,,,'
    'Potholes,co-creation,civic engagement,,\n',
]


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return load_taxonomy(paths.resource("taxonomy.yaml"))


@pytest.fixture
def dataset(tmp_path: Path) -> tuple[Path, Path]:
    data = tmp_path / "projects.csv"
    data.write_text(HEADER + "".join(ROWS), encoding="utf-8")
    mapping = tmp_path / "projects.toml"
    mapping.write_text(MAPPING, encoding="utf-8")
    return data, mapping


def run_import(data: Path, mapping: Path | None, into: Path, taxonomy: Taxonomy,
               source: str = "table", **kw: Any) -> Any:
    return import_dataset(source, str(data), str(into), taxonomy,
                          mapping=None if mapping is None else str(mapping), **kw)


def files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}


def errors_of(path: Path, taxonomy: Taxonomy) -> list[str]:
    case = build_case(parse_file(str(path)), taxonomy)
    return [p.message for p in case.problems if p.severity == "error"]


# the table importer ------------------------------------------------------------------------
def test_table_import_writes_valid_cases_with_provenance(dataset: tuple[Path, Path],
                                                         tmp_path: Path,
                                                         taxonomy: Taxonomy) -> None:
    data, mapping = dataset
    out = tmp_path / "out"
    report = run_import(data, mapping, out, taxonomy)
    assert [(r.id, r.status, bool(r.review)) for r in report.results] == [
        ("example-p-1", NEW, False), ("example-p-2", NEW, False), ("example-p-3", NEW, True)]
    first = out / "example-p-1.md"
    assert errors_of(first, taxonomy) == []
    case = build_case(parse_file(str(first)), taxonomy)
    assert (case.title, case.level, case.year_start, case.place) == (
        "Open budgets", "municipal", 2015, "Nairobi")
    assert case.challenges == ["low-public-trust", "corruption-risk"]
    assert case.strategies == ["open-data", "co-creation"]
    assert case.outcomes == ["civic-engagement"]
    assert case.licence == "CC-BY-4.0"
    assert case.attribution == "Example Foundation, Innovation Projects"
    assert case.origin is not None and case.origin["dataset"] == "example"
    assert case.origin["id"] == "P-1"
    assert case.origin["url"] == "https://example.org/projects/P-1"
    assert len(case.origin["hash"]) == 64
    assert case.sources[0]["url"] == "https://example.org/projects/P-1"
    text = first.read_text(encoding="utf-8")
    assert "[closed](https://example.org/b)" in text and "- published\n- explained" in text
    assert "script" not in text and "x()" not in text
    # the free tag is counted apart from the mapped ones
    third = report.results[2]
    assert third.free == ["challenges:potholes"] and third.mapped == 2


def test_a_record_with_errors_goes_to_needs_review(dataset: tuple[Path, Path],
                                                   tmp_path: Path, taxonomy: Taxonomy,
                                                   make_library: Any) -> None:
    data, mapping = dataset
    out = tmp_path / "out"
    report = run_import(data, mapping, out, taxonomy)
    review = out / "_needs-review" / "example-p-3.md"
    assert [r.path for r in report.needs_review] == [str(review)]
    text = review.read_text(encoding="utf-8")
    assert text.startswith("---\n# Needs review before it can join the case folder:\n"
                           "# - missing required field 'year_start'\n")
    assert "title: A record without a year" in text  # nothing is dropped
    lib = make_library(out)
    lib.sync()
    assert sorted(h.id for h in lib.search("").hits) == ["example-p-1", "example-p-2"]
    # the dataset fixed, the next run moves the record out of _needs-review/
    data.write_text(HEADER + "".join(ROWS).replace("Lima,Local Government,,",
                                                   "Lima,Local Government,2019,"), "utf-8")
    again = run_import(data, mapping, out, taxonomy)
    assert again.results[2].status == UPDATED and not again.needs_review
    assert not review.exists() and errors_of(out / "example-p-3.md", taxonomy) == []


def test_ids_are_stable_and_a_second_import_updates(dataset: tuple[Path, Path],
                                                    tmp_path: Path,
                                                    taxonomy: Taxonomy) -> None:
    data, mapping = dataset
    out = tmp_path / "out"
    run_import(data, mapping, out, taxonomy)
    before = files(out)
    same = run_import(data, mapping, out, taxonomy)
    assert {r.status for r in same.results} == {UNCHANGED}
    assert files(out) == before
    # the rows in another order, one changed: the same files, one updated, none added
    rows = [ROWS[2], ROWS[1].replace("Everyone got an ID.", "Every resident got an ID."),
            ROWS[0]]
    data.write_text(HEADER + "".join(rows), encoding="utf-8")
    report = run_import(data, mapping, out, taxonomy, today="2030-01-01")
    assert {r.id: r.status for r in report.results} == {
        "example-p-1": UNCHANGED, "example-p-2": UPDATED, "example-p-3": UNCHANGED}
    assert sorted(files(out)) == sorted(before)
    assert "Every resident got an ID." in (out / "example-p-2.md").read_text("utf-8")


def test_two_records_with_one_id_do_not_collide(tmp_path: Path, taxonomy: Taxonomy) -> None:
    data = tmp_path / "d.csv"
    data.write_text(HEADER + ROWS[1] + ROWS[1].replace("Digital IDs", "Digital IDs again"),
                    encoding="utf-8")
    mapping = tmp_path / "m.toml"
    mapping.write_text(MAPPING, encoding="utf-8")
    report = run_import(data, mapping, tmp_path / "out", taxonomy)
    assert [r.id for r in report.results] == ["example-p-2", "example-p-2-2"]
    assert "the same id as record 1" in report.results[1].review[0]


def test_a_file_edited_by_hand_is_kept_unless_forced(dataset: tuple[Path, Path],
                                                     tmp_path: Path,
                                                     taxonomy: Taxonomy) -> None:
    data, mapping = dataset
    out = tmp_path / "out"
    run_import(data, mapping, out, taxonomy)
    path = out / "example-p-2.md"
    mine = path.read_text("utf-8").replace("Paper forms.", "Paper forms, as I found them.")
    path.write_text(mine, encoding="utf-8")
    assert edited(mine)
    data.write_text(HEADER + "".join(ROWS).replace("Cards.", "Chip cards."), "utf-8")
    report = run_import(data, mapping, out, taxonomy)
    assert report.results[1].status == KEPT
    assert path.read_text("utf-8") == mine
    # a teammate's copy of the library: the hash travels in the file
    copy = tmp_path / "teammate"
    shutil.copytree(out, copy)
    assert run_import(data, mapping, copy, taxonomy).results[1].status == KEPT
    forced = run_import(data, mapping, out, taxonomy, force=True)
    assert forced.results[1].status == OVERWRITTEN
    assert "Chip cards." in path.read_text("utf-8") and not edited(path.read_text("utf-8"))


def test_dry_run_writes_nothing(dataset: tuple[Path, Path], tmp_path: Path,
                                taxonomy: Taxonomy) -> None:
    data, mapping = dataset
    out = tmp_path / "out"
    report = run_import(data, mapping, out, taxonomy, dry_run=True)
    assert not out.exists()
    assert [r.status for r in report.results] == [NEW, NEW, NEW]
    assert "dry run" in report.summary()
    run_import(data, mapping, out, taxonomy)
    before = files(out)
    data.write_text(HEADER + "".join(ROWS).replace("Cards.", "Chip cards."), "utf-8")
    report = run_import(data, mapping, out, taxonomy, dry_run=True)
    assert report.results[1].status == UPDATED and files(out) == before


def test_preview_keeps_the_text_of_the_first_records(dataset: tuple[Path, Path],
                                                     tmp_path: Path,
                                                     taxonomy: Taxonomy) -> None:
    data, mapping = dataset
    report = preview("table", str(data), str(tmp_path / "out"), taxonomy, str(mapping), n=2)
    assert [r.id for r in report.results] == ["example-p-1", "example-p-2"]
    assert report.results[0].text.startswith("---\ntitle: Open budgets\n")
    assert not (tmp_path / "out").exists()


# reading datasets --------------------------------------------------------------------------
def test_csv_dialects_and_encodings(tmp_path: Path, taxonomy: Taxonomy) -> None:
    mapping = tmp_path / "m.toml"
    mapping.write_text(MAPPING, encoding="utf-8")
    semicolons = HEADER.replace(",", ";") + (
        'P-9;Café "Bürgerhaushalt";Bürger entscheiden;Germany;Köln;Local Government;2007;;'
        'Trust in government;participatory budgeting;civic engagement;Köln, früher;Wir\n')
    expected = 'Café "Bürgerhaushalt"'
    for name, raw in (("utf8.csv", semicolons.encode("utf-8")),
                      ("bom.csv", b"\xef\xbb\xbf" + semicolons.encode("utf-8")),
                      ("cp1252.csv", semicolons.encode("cp1252"))):
        path = tmp_path / name
        path.write_bytes(raw)
        report = run_import(path, mapping, tmp_path / name.replace(".", "-"), taxonomy)
        [result] = report.results
        assert result.id == "example-p-9" and not result.review, name
        case = build_case(parse_file(result.path), taxonomy)
        assert (case.title, case.place) == (expected, "Köln"), name
        assert ("Windows-1252" in report.note) == (name == "cp1252.csv"), name


def test_json_and_yaml_records(tmp_path: Path, taxonomy: Taxonomy) -> None:
    record = {"Project ID": 7, "Project Name": "Open contracts", "Short description": "S.",
              "Country": "Ukraine", "Level": "National Government", "Start date": 2016,
              "Problem area": ["corruption"], "Method": "open data", "Result": "transparency"}
    mapping = tmp_path / "m.toml"
    mapping.write_text(MAPPING.replace('id = "{Project ID}"', 'id = "{Project ID}"\n'
                                       'records = "data.cases"\noptional = ["City", '
                                       '"End date", "Background", "What they did"]'), "utf-8")
    (tmp_path / "d.json").write_text(json.dumps({"data": {"cases": [record]}}), "utf-8")
    import yaml

    (tmp_path / "d.yaml").write_text(yaml.safe_dump({"data": {"cases": [record]}}), "utf-8")
    for name in ("d.json", "d.yaml"):
        report = run_import(tmp_path / name, mapping, tmp_path / f"out-{name}", taxonomy)
        [result] = report.results
        assert (result.id, result.review) == ("example-7", []), name
        case = build_case(parse_file(result.path), taxonomy)
        assert case.challenges == ["corruption-risk"] and case.year_start == 2016


@pytest.mark.parametrize(("content", "name", "message"), [
    ("[]", "d.json", None),
    ('{"a": 1}', "d.json", "is not a list of records"),
    ("[1, 2]", "d.json", "record 1 is not a mapping"),
    ('[{"a": ', "d.json", "d.json:1:"),
    ("- a: [", "d.yaml", "d.yaml:"),
    ("a: &a [*a]", "d.yaml", None),
])
def test_bad_datasets_are_one_line_errors(tmp_path: Path, content: str, name: str,
                                          message: str | None, taxonomy: Taxonomy) -> None:
    (tmp_path / name).write_text(content, encoding="utf-8")
    mapping = tmp_path / "m.toml"
    mapping.write_text('[source]\nid = "{a}"\n[fields]\ntitle = "{a}"\n', "utf-8")
    if message is None:
        try:
            report = run_import(tmp_path / name, mapping, tmp_path / "out", taxonomy)
        except DatasetError as exc:
            assert "\n" not in str(exc)
        else:
            assert report.results == []
        return
    with pytest.raises(DatasetError, match=message) as info:
        run_import(tmp_path / name, mapping, tmp_path / "out", taxonomy)
    assert "\n" not in str(info.value)


def test_an_unknown_column_stops_before_any_record(dataset: tuple[Path, Path],
                                                   tmp_path: Path,
                                                   taxonomy: Taxonomy) -> None:
    data, mapping = dataset
    mapping.write_text(MAPPING.replace("{Short description}", "{Short desc}"), "utf-8")
    with pytest.raises(MappingError) as info:
        run_import(data, mapping, tmp_path / "out", taxonomy)
    message = str(info.value)
    assert message.startswith(f"{mapping}: [fields] summary: no column 'Short desc' in {data}")
    assert not (tmp_path / "out").exists()


# the command line --------------------------------------------------------------------------
@pytest.fixture
def casebook(capsys: pytest.CaptureFixture[str], data_dir: Path) -> Iterator[Any]:
    def run(*args: str | Path) -> tuple[int, str, str]:
        code = cli.main(["--data-dir", str(data_dir), *map(str, args)])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    yield run


def test_cli_exit_codes_and_lines(casebook: Any, dataset: tuple[Path, Path],
                                  tmp_path: Path) -> None:
    data, mapping = dataset
    out = tmp_path / "out"
    code, stdout, _ = casebook("import", "table", data, "--mapping", mapping, "--into", out)
    assert code == 1  # one record needs review
    lines = stdout.splitlines()
    assert lines[0].split()[0] == "new" and lines[0].endswith("example-p-1.md")
    assert "needs review" in lines[2] and "missing required field 'year_start'" in lines[2]
    assert lines[-1].startswith("3 records: 3 new; 1 needs review")
    code, stdout, _ = casebook("import", "table", data, "--mapping", mapping, "--into", out,
                               "--json")
    doc = json.loads(stdout)
    assert doc["counts"]["unchanged"] == 3 and doc["needs_review"] == 1 and code == 1
    data.write_text(HEADER + ROWS[0] + ROWS[1], encoding="utf-8")
    code, _, _ = casebook("import", "table", data, "--mapping", mapping, "--into", out)
    assert code == 0
    mapping.write_text(MAPPING.replace("[tags.outcomes]", "[tags.outcomez]"), "utf-8")
    code, _, err = casebook("import", "table", data, "--mapping", mapping, "--into", out)
    assert code == 2
    assert err == f"casebook: error: {mapping}: [tags.outcomez]: not a tag facet (one of " \
                  "challenges, strategies, outcomes, sectors)\n"
    mapping.write_text("[fields\n", "utf-8")
    code, _, err = casebook("import", "table", data, "--mapping", mapping, "--into", out)
    assert code == 2 and err.startswith(f"casebook: error: {mapping}: not a valid TOML")
    code, _, err = casebook("import", "table", data, "--into", out)
    assert code == 2 and "--mapping" in err
    code, _, err = casebook("import", "nonesuch", data, "--into", out)
    assert code == 2 and "no importer named 'nonesuch'" in err


def test_cli_list_and_mapping_template(casebook: Any, dataset: tuple[Path, Path],
                                       tmp_path: Path) -> None:
    code, stdout, _ = casebook("import", "--list")
    assert code == 0 and [line.split()[0] for line in stdout.splitlines()] == [
        "table", "document", "govlab-odi", "participedia"]
    data, _ = dataset
    code, stdout, _ = casebook("import", "table", data, "--mapping-template")
    assert code == 0
    for column in HEADER.strip().split(","):
        assert f"#   {column}\n" in stdout
    for line in ('id = "{Project ID}"', 'title = "{Project Name}"',
                 'summary = "{Short description}"', 'country = "{Country}"',
                 'place = "{City}"', 'level = "{Level}"', 'year_start = "{Start date}"',
                 'year_end = "{End date}"', 'columns = ["Problem area"]',
                 'columns = ["Method"]'):
        assert line + "\n" in stdout or line + "   #" in stdout, line
    guessed = tmp_path / "guessed.toml"
    guessed.write_text(stdout, encoding="utf-8")
    code, stdout, _ = casebook("import", "table", data, "--mapping", guessed, "--into",
                               tmp_path / "out", "--dry-run")
    assert code in (0, 1) and "3 records: 3 new" in stdout
    assert not (tmp_path / "out").exists()


def test_progress_shows_on_a_terminal(dataset: tuple[Path, Path], tmp_path: Path) -> None:
    import fcntl
    import pty
    import struct
    import subprocess
    import sys
    import termios

    data, mapping = dataset
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    done = subprocess.run([sys.executable, "-m", "casebook.cli", "--data-dir",
                           str(tmp_path / "d"), "import", "table", str(data), "--mapping",
                           str(mapping), "--into", str(tmp_path / "out")],
                          stdout=subprocess.PIPE, stderr=slave, timeout=120, text=True)
    os.close(slave)
    shown = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(master)
    assert done.returncode == 1
    assert b"Importing" in shown and b"100%" in shown
    piped = subprocess.run([sys.executable, "-m", "casebook.cli", "--data-dir",
                            str(tmp_path / "d"), "import", "table", str(data), "--mapping",
                            str(mapping), "--into", str(tmp_path / "out")],
                           capture_output=True, timeout=120, text=True)
    assert "Importing" not in piped.stderr


# the built-in importers --------------------------------------------------------------------
def test_govlab_narrative_form(tmp_path: Path, taxonomy: Taxonomy) -> None:
    out = tmp_path / "out"
    report = run_import(FIXTURES / "govlab-narrative.yaml", None, out, taxonomy,
                        source="govlab-odi")
    assert [(r.id, r.review) for r in report.results] == [
        ("govlab-odi-open-duka", []), ("govlab-odi-mejora-tu-escuela", [])]
    case = build_case(parse_file(str(out / "govlab-odi-open-duka.md")), taxonomy)
    assert (case.country, case.level, case.year_start) == (["Kenya"], "national", 2014)
    assert case.licence == "CC-BY-SA-4.0" and "The GovLab" in str(case.attribution)
    assert case.origin == {**case.origin, "dataset": "govlab-odi", "id": "open-duka",
                           "url": "https://odimpact.org/case-kenyas-open-duka.html"}
    assert case.strategies == ["open-data"]
    assert case.challenges == ["corruption-risk"]
    assert case.sources[0]["year"] == 2016
    assert case.problems == []  # not even a warning: the reader shows no banner
    assert case.outcomes == ["reduced-corruption", "increased-transparency"]
    sections = {s.heading: s.text for s in case.sections}
    assert list(sections)[:5] == ["Context", "Challenge", "Strategy", "Outcomes", "Lessons"]
    assert "[contracts to\nofficials' relatives](https://example.org/story)" in (
        sections["Outcomes"])
    assert sections["References"] == ("1. [Open Duka](https://openduka.org)\n"
                                      "2. Open Institute, annual report 2015")
    assert "- company records" in sections["Strategy"]
    text = (out / "govlab-odi-open-duka.md").read_text("utf-8")
    assert "tracker" not in text and "alert" not in text and "<" not in text


def test_govlab_file_of_january_2016(tmp_path: Path, taxonomy: Taxonomy) -> None:
    """The study's own file: ids from titles, citations as "[n]", references as a numbered
    list with links, the markers of missing boxes and tables and the figure captions gone,
    and the second kind of narrative (path to impact, outcome, ...) in its sections."""
    out = tmp_path / "out"
    report = run_import(FIXTURES / "govlab-2016.yaml", None, out, taxonomy, source="govlab-odi")
    assert [(r.id, r.review) for r in report.results] == [
        ("govlab-odi-open-school-results-in-tanzania", []),
        ("govlab-odi-a-parliament-monitoring-site", [])]
    case = build_case(parse_file(str(out / "govlab-odi-open-school-results-in-tanzania.md")),
                      taxonomy)
    assert case.summary == ("Poor exam results in 2012 led to public anger. [2] Two dashboards "
                            "now publish school data.")
    assert (case.country, case.level, case.year_start, case.sectors) == (
        ["Tanzania"], "national", 2013, ["education"])
    assert (case.challenges, case.strategies, case.outcomes) == (
        ["low-civic-engagement"], ["open-data"], ["civic-engagement"])
    sections = {s.heading: s.text for s in case.sections}
    assert sections["Context"] == ("Pass rates fell after fees were abolished in 2002, from 66 "
                                   "percent to 90 percent enrolment, [3] without more money "
                                   "for schools.")
    assert sections["Strategy"] == ("In 2013 the exams council launched a dashboard [4] of "
                                    "results by district.\n\nA programmer built a second site "
                                    "from scraped results. [5]")
    assert "table" not in sections["Outcomes"] and "#### Engagement and use" in sections["Outcomes"]
    assert not sections["Lessons"].startswith("**Key")
    assert sections["References"].splitlines() == [
        "1. Thanks to the [peer reviewers](https://example.org/about.html).",
        "2. Writer, A. Pass rates and public anger. The Daily. July 23, 2014. "
        "[https://example.org/news/pass\\_rates](https://example.org/news/pass_rates)",
        "3. World Data on Education. UNESCO. 2010. "
        "[https://example.org/unesco.pdf](https://example.org/unesco.pdf)",
        "4. Interview with the dashboard team, July 9, 2015.", "5. Shule"]
    second = build_case(parse_file(str(out / "govlab-odi-a-parliament-monitoring-site.md")),
                        taxonomy)
    assert (second.year_start, second.sectors, second.challenges, second.outcomes) == (
        2004, ["public administration"], ["low-public-trust"], ["increased-transparency"])
    sections = {s.heading: s.text for s in second.sections}
    assert list(sections) == ["Context", "Strategy", "Outcomes", "In numbers", "In their words",
                              "Data", "Lessons", "Discussion", "Looking forward"]
    assert sections["Looking forward"] == ("Publish parliamentary data in a machine-readable "
                                           "form.")
    text = (out / "govlab-odi-open-school-results-in-tanzania.md").read_text("utf-8")
    assert "Figure" not in text and "box 1" not in text and "](#)" not in text and "<" not in text


def test_govlab_metadata_only_form_needs_review(tmp_path: Path, taxonomy: Taxonomy,
                                                casebook: Any) -> None:
    out = tmp_path / "out"
    code, stdout, _ = casebook("import", "govlab-odi", FIXTURES / "govlab-metadata.yaml",
                               "--into", out)
    assert code == 1 and "3 need review" in stdout
    review = sorted(p.name for p in (out / "_needs-review").iterdir())
    assert review == ["govlab-odi-brazil-transparency-portal.md", "govlab-odi-osm.md",
                      "govlab-odi-sweden-school-choice.md"]
    text = (out / "_needs-review" / "govlab-odi-osm.md").read_text("utf-8")
    assert "# - missing required field 'summary'" in text
    assert "level: supranational" in text and "attribution: The GovLab" in text


def test_participedia_csv(tmp_path: Path, taxonomy: Taxonomy) -> None:
    """The export's current shape: numbered list columns, keys, and a body whose tags the
    export turned into spaces, its headings glued to the text after them."""
    out = tmp_path / "out"
    report = run_import(FIXTURES / "participedia.csv", None, out, taxonomy,
                        source="participedia")
    assert [(r.id, bool(r.review)) for r in report.results] == [
        ("participedia-17", False), ("participedia-5201", False), ("participedia-99", True)]
    case = build_case(parse_file(str(out / "participedia-17.md")), taxonomy)
    assert (case.place, case.level, case.year_start, case.year_end, case.language) == (
        "Porto Alegre, Rio Grande do Sul", "municipal", 1989, None, "en")
    assert case.summary == "Residents decide how part of the city's investment budget is spent."
    assert [s.heading for s in case.sections] == [
        "Challenge", "Context", "Strategy", "What Went On: Process, Interaction, and "
        "Participation", "Outcomes", "Lessons", "See Also", "References", "External Links"]
    sections = {s.heading: s.text for s in case.sections}
    assert sections["Lessons"] == "Participation needs real power over money."
    assert sections["Context"].startswith("Brazil returned to democracy in 1985. The Workers'")
    assert case.sectors == ["governance & political institutions", "economics", "budget - local",
                            "government corruption", "transparency"]
    assert case.challenges == ["corruption-risk"]  # the one topic that names a problem
    assert case.strategies == ["direct-decision-making", "co-creation", "public-consultation"]
    assert case.outcomes == ["civic-engagement"]
    assert case.origin is not None and case.origin["url"] == "https://participedia.net/case/17"
    assert "Participedia" in str(case.attribution) and case.licence == "CC-BY-SA-4.0"
    second = build_case(parse_file(str(out / "participedia-5201.md")), taxonomy)
    assert second.challenges == ["digital-divide", "privacy-and-security-concerns"]
    assert (second.level, second.year_start, second.year_end) == ("national", 2017, 2017)
    review = (out / "_needs-review" / "participedia-99.md").read_text("utf-8")
    assert "level: municipal" in review and "language: fr" in review


def test_participedia_csv_of_2019(tmp_path: Path, taxonomy: Taxonomy) -> None:
    """The earlier shape: a list's keys in one cell, ISO 8601 times; a record without a
    topic that names a problem waits in _needs-review/ for its challenge."""
    out = tmp_path / "out"
    report = run_import(FIXTURES / "participedia-2019.csv", None, out, taxonomy,
                        source="participedia")
    assert [(r.id, r.review) for r in report.results] == [
        ("participedia-4521", ["missing required field 'challenges' (at least one value)"])]
    text = (out / "_needs-review" / "participedia-4521.md").read_text("utf-8")
    case = build_case(parse_file(str(out / "_needs-review" / "participedia-4521.md")), taxonomy)
    assert (case.level, case.year_start, case.year_end, case.place) == (
        "regional", 2004, 2004, "British Columbia")
    assert case.sectors == ["governance & political institutions",
                            "administration of campaigns and elections", "right to representation"]
    assert [s.heading for s in case.sections] == ["Challenge", "Strategy", "Outcomes"]
    assert "57.7 percent" in text


def test_participedia_html_body_is_converted() -> None:
    from casebook.exchange.builtin import participedia

    row = participedia({"id": "1", "body": "<h2>Problems and Purpose</h2><p>Few voted. See "
                        "<a href=\"https://example.org/pb\">the study</a>.</p><script>track()"
                        "</script><h2>Methods and Tools Used</h2><ul><li>assemblies</li></ul>"})
    assert row["body"] == ("## Challenge\nFew voted. See [the study](https://example.org/pb)."
                           "\n\n## Strategy\n- assemblies")


def test_imported_cases_pass_check_and_show_provenance(tmp_path: Path, casebook: Any,
                                                       data_dir: Path) -> None:
    out = tmp_path / "out"
    casebook("import", "govlab-odi", FIXTURES / "govlab-narrative.yaml", "--into", out)
    code, stdout, _ = casebook("--cases", out, "check")
    assert code == 0 and "0 errors" in stdout
    code, stdout, _ = casebook("--cases", out, "show", "govlab-odi-open-duka", "--json")
    doc = json.loads(stdout)
    assert doc["licence"] == "CC-BY-SA-4.0" and doc["attribution"].startswith("The GovLab")
    assert doc["origin"]["dataset"] == "govlab-odi" and doc["origin"]["id"] == "open-duka"
    lib = Library(data_dir, [str(out)])
    try:
        assert lib.case("govlab-odi-open-duka")["origin"]["hash"]
    finally:
        lib.close()


def test_a_csv_file_is_read_as_it_goes(tmp_path: Path, taxonomy: Taxonomy) -> None:
    """An 8 MB CSV is imported with a few MB of memory at most: never read whole."""
    import tracemalloc

    data = tmp_path / "big.csv"
    with open(data, "w", encoding="utf-8") as handle:
        handle.write(HEADER)
        for n in range(400):
            handle.write(f'B-{n},Case {n},A summary.,Chile,,National Government,2001,,'
                         f'corruption,open data,civic engagement,"{"word " * 4000}",\n')
    mapping = tmp_path / "m.toml"
    mapping.write_text(MAPPING, encoding="utf-8")
    size = data.stat().st_size
    assert size > 8_000_000
    tracemalloc.start()
    try:
        report = run_import(data, mapping, tmp_path / "out", taxonomy)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(report.results) == 400 and not report.needs_review
    assert peak < size / 3, f"{peak:,} bytes at the peak for a {size:,}-byte file"


def test_the_readme_mapping_example_works(tmp_path: Path, taxonomy: Taxonomy) -> None:
    import re

    readme = (DATA.parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Importing a dataset", 1)[1]
    found = re.search(r"```toml\n(.*?)```", section, re.DOTALL)
    assert found is not None
    mapping = tmp_path / "example.toml"
    mapping.write_text(found.group(1), encoding="utf-8")
    data = tmp_path / "projects.csv"
    data.write_text(HEADER + ROWS[0] + ROWS[1], encoding="utf-8")
    report = run_import(data, mapping, tmp_path / "out", taxonomy)
    assert [(r.id, r.review) for r in report.results] == [("city-lab-p-1", []),
                                                          ("city-lab-p-2", [])]
