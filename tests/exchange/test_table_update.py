"""The round trip export-table -> edit -> `import table FILE --update-existing`: cases updated
in place by id (only the changed fields), new ids as new cases in --into, never a duplicate."""

from __future__ import annotations

import csv
import difflib
import hashlib
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from casebook import cli
from casebook.errors import InputError
from casebook.exchange.table_update import apply_update, plan_update
from casebook.library import Library
from tests.helpers import BUNDLED, write_case


@pytest.fixture
def library(tmp_path: Path) -> Path:
    target = tmp_path / "library"
    shutil.copytree(BUNDLED, target)
    return target


@pytest.fixture
def casebook(capsys: pytest.CaptureFixture[str], data_dir: Path, library: Path,
             monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    monkeypatch.delenv("CASEBOOK_DATA_DIR", raising=False)

    def call(*args: str | Path) -> tuple[int, str, str]:
        code = cli.main(["--data-dir", str(data_dir), "--cases", str(library),
                         *map(str, args)])
        out, err = capsys.readouterr()
        return code, out, err

    yield call


def hashes(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*.md"))}


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def write_csv(path: Path, rows: list[dict[str, Any]]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


PB = "porto-alegre-participatory-budgeting"


@pytest.mark.parametrize("name", ["cases.csv", "cases.json", "cases.xlsx"])
def test_an_export_read_back_unedited_changes_nothing(casebook: Any, library: Path,
                                                      tmp_path: Path, name: str) -> None:
    before = hashes(library)
    table = tmp_path / name
    extra = ["--with-body"] if name.endswith(".xlsx") else []
    assert casebook("export-table", "--output", table, *extra)[0] == 0
    code, out, err = casebook("import", "table", table, "--update-existing", "--yes")
    assert code == 0, err
    assert out.strip() == f"{len(before)} rows: {len(before)} unchanged"
    assert hashes(library) == before


def test_an_edited_row_changes_only_its_fields_after_showing_the_diff(
        casebook: Any, library: Path, tmp_path: Path) -> None:
    table = tmp_path / "cases.csv"
    assert casebook("export-table", "--output", table)[0] == 0
    rows = read_csv(table)
    pb = next(r for r in rows if r["id"] == PB)
    pb["title"] = "Participatory Budgeting in Porto Alegre, 1989-2004"
    pb["year_end"] = "2005"
    pb["outcomes"] = pb["outcomes"].replace("civic-engagement:reversed",
                                            "civic-engagement:mixed")
    write_csv(table, rows)
    path = next(library.rglob(f"{PB}.md"))
    old = path.read_text(encoding="utf-8")
    before = hashes(library)
    code, out, err = casebook("import", "table", table, "--update-existing")
    assert code == 2  # no terminal to ask: nothing written without --yes
    assert err.strip() == "casebook: error: not written: pass --yes to write these changes"
    assert out.startswith(f"--- a/{PB}.md\n+++ b/{PB}.md\n")
    assert hashes(library) == before
    assert casebook("import", "table", table, "--update-existing", "--dry-run")[0] == 0
    assert hashes(library) == before
    code, out, err = casebook("import", "table", table, "--update-existing", "--yes")
    assert code == 0, err
    assert f"update                       {path}  (title, year_end, outcomes)" in out
    assert "1 case to update" in out
    new = path.read_text(encoding="utf-8")
    diff = list(difflib.ndiff(old.splitlines(), new.splitlines()))
    assert [d[2:] for d in diff if d.startswith("- ")] == [
        "title: Participatory Budgeting in Porto Alegre", "year_end: 2017",
        "    result: reversed"]
    assert [d[2:] for d in diff if d.startswith("+ ")] == [
        "title: Participatory Budgeting in Porto Alegre, 1989-2004", "year_end: 2005",
        "    result: mixed"]
    assert {k for k, v in hashes(library).items() if before[k] != v} == {
        str(path.relative_to(library))}
    code, out, _ = casebook("show", PB, "--json")
    case = json.loads(out)
    assert (case["title"], case["year_end"]) == (pb["title"], 2005)  # the index follows
    assert casebook("import", "table", table, "--update-existing", "--yes")[1].strip() == (
        "62 rows: 62 unchanged")


def test_an_absent_column_leaves_its_field_alone(casebook: Any, library: Path,
                                                 tmp_path: Path) -> None:
    table = tmp_path / "titles.json"  # each record has its own columns
    table.write_text(json.dumps([{"id": PB, "title": "Porto Alegre's budget"},
                                 {"id": "paris-participatory-budget", "level": "Municipal"}]),
                     encoding="utf-8")
    before = hashes(library)
    code, out, err = casebook("import", "table", table, "--update-existing", "--yes")
    assert code == 0, err
    assert out.splitlines()[-2] == "2 rows: 1 case to update, 1 unchanged"
    changed = {k for k, v in hashes(library).items() if before[k] != v}
    assert len(changed) == 1
    text = next(library.rglob(f"{PB}.md")).read_text(encoding="utf-8")
    assert 'title: "Porto Alegre\'s budget"' in text or "title: Porto Alegre's budget" in text
    assert "year_start: 1989" in text and "## Context" in text


def test_columns_that_are_not_fields_are_named_and_left_alone(casebook: Any,
                                                              tmp_path: Path) -> None:
    table = tmp_path / "t.csv"
    write_csv(table, [{"id": PB, "Notes": "ours"}])
    code, _, err = casebook("import", "table", table, "--update-existing", "--yes")
    assert code == 0
    assert err.strip() == f"casebook: note: {table}: not case fields, left alone: Notes"


def test_new_ids_need_into_and_become_cases_once(casebook: Any, library: Path,
                                                 tmp_path: Path) -> None:
    table = tmp_path / "t.csv"
    new = {"id": "lagos-youth-lab", "title": "Lagos youth lab", "summary": "Young people "
           "test services.", "country": "Nigeria", "level": "municipal", "year_start": "2019",
           "challenges": "low civic engagement", "strategies": "innovation-lab",
           "outcomes": "civic-engagement:too-early", "body": "## Context\n\nLagos."}
    write_csv(table, [new])
    code, _, err = casebook("import", "table", table, "--update-existing", "--yes")
    assert code == 2
    assert err.strip() == (f"casebook: error: {table}: line 2: no case with id "
                           "'lagos-youth-lab' in the library; give --into DIR for the new cases")
    into = library / "unit"
    code, out, err = casebook("import", "table", table, "--update-existing", "--yes",
                              "--into", into)
    assert code == 0, out + err
    written = into / "lagos-youth-lab.md"
    assert f"new                          {written}" in out
    text = written.read_text(encoding="utf-8")
    assert "origin:\n  dataset: table\n  id: lagos-youth-lab\n" in text
    assert "outcomes:\n- id: civic-engagement\n  result: too-early\n" in text
    assert "challenges: [low-civic-engagement]" in text
    # a second run finds the case in the library and changes nothing: never a duplicate
    code, out, _ = casebook("import", "table", table, "--update-existing", "--yes",
                            "--into", into)
    assert code == 0 and out.strip() == "1 row: 1 unchanged"
    assert sorted(p.name for p in into.rglob("*.md")) == ["lagos-youth-lab.md"]


def test_a_new_row_without_what_a_case_needs_waits_for_review(
        casebook: Any, tmp_path: Path) -> None:
    table = tmp_path / "t.csv"
    write_csv(table, [{"id": "", "title": "Only a title", "country": "Chile"}])
    into = tmp_path / "elsewhere"
    code, out, _ = casebook("import", "table", table, "--update-existing", "--yes",
                            "--into", into)
    assert code == 1
    draft = into / "_needs-review" / "only-a-title.md"
    assert draft.read_text(encoding="utf-8").startswith(
        "---\n# Needs review before it can join the case folder:\n# - missing required "
        "field 'summary'\n")
    assert "1 needs review" in out
    # the folder is not a case folder: the second run finds the file by its origin's hash
    code, out, _ = casebook("import", "table", table, "--update-existing", "--yes",
                            "--into", into)
    assert code == 1 and "1 row: 1 unchanged" in out
    assert sorted(p.name for p in into.rglob("*.md")) == ["only-a-title.md"]


@pytest.mark.parametrize(("row", "message"), [
    ({"year_start": "19x9"}, "record 2, column year_start: '19x9' is not a year"),
    ({"level": "city"}, "record 2, column level: 'city' is not one of local, municipal, "
     "regional, national, supranational"),
    ({"outcomes": "public-trust:won"}, "record 2, column outcomes: 'public-trust:won': the "
     "result 'won' is not one of achieved, mixed, not-achieved, reversed, too-early"),
    ({"outcomes": "a:b:c:d"}, "record 2, column outcomes: 'a:b:c:d' is not "
     "id:result:evidence"),
    ({"title": ""}, f"record 2 (id {PB}), column title: missing required field 'title'"),
    ({"challenges": None}, f"record 2 (id {PB}), column challenges: missing required field "
     "'challenges' (at least one value)"),
])
def test_a_bad_cell_is_one_line_and_nothing_is_written(casebook: Any, library: Path,
                                                       tmp_path: Path, row: dict[str, str],
                                                       message: str) -> None:
    table = tmp_path / "t.json"  # records of their own columns: the first one is fine
    table.write_text(json.dumps([{"id": "paris-participatory-budget", "summary": "Changed."},
                                 {"id": PB, **row}]), encoding="utf-8")
    before = hashes(library)
    code, _, err = casebook("import", "table", table, "--update-existing", "--yes")
    assert code == 2
    assert err.strip() == f"casebook: error: {table}: {message}"
    assert hashes(library) == before


def test_two_rows_with_one_id_and_a_table_without_ids(casebook: Any, tmp_path: Path) -> None:
    table = tmp_path / "t.csv"
    write_csv(table, [{"id": PB, "title": "A"}, {"id": PB, "title": "B"}])
    code, _, err = casebook("import", "table", table, "--update-existing", "--yes")
    assert err.strip() == (f"casebook: error: {table}: line 3 (id {PB}), column id: the same "
                           "id as line 2")
    write_csv(table, [{"name": "x", "title": "A"}])
    code, _, err = casebook("import", "table", table, "--update-existing", "--yes")
    assert code == 2
    assert err.strip() == (f"casebook: error: {table}: no 'id' column (its columns: name, "
                           "title); the rows are matched to cases by id")
    code, _, err = casebook("import", "table", table, "--update-existing", "--mapping", "m")
    assert code == 2 and "takes no --mapping" in err


def test_a_file_changed_after_the_preview_is_not_overwritten(library: Path, data_dir: Path,
                                                             tmp_path: Path) -> None:
    write_case(library, "mine")
    lib = Library(data_dir, [str(library)])
    try:
        lib.sync()
        table = tmp_path / "t.csv"
        write_csv(table, [{"id": "mine", "title": "Mine, renamed"}])
        plan = plan_update(lib, str(table))
        path = library / "mine.md"
        path.write_text(path.read_text(encoding="utf-8") + "\nA line typed meanwhile.\n",
                        encoding="utf-8")
        with pytest.raises(InputError, match="changed since the preview"):
            apply_update(lib, plan)
        assert "A line typed meanwhile." in path.read_text(encoding="utf-8")
        assert "Mine, renamed" not in path.read_text(encoding="utf-8")
    finally:
        lib.close()


def test_a_spreadsheet_edited_by_hand_updates_in_place(casebook: Any, library: Path,
                                                       tmp_path: Path) -> None:
    table = tmp_path / "cases.xlsx"
    assert casebook("export-table", "--output", table)[0] == 0  # without the body
    book = load_workbook(table)
    sheet = book.active
    assert sheet is not None
    header = [c.value for c in sheet[1]]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == PB)
    row[header.index("year_start")].value = 1990.0  # a sheet's number
    row[header.index("sectors")].value = "public finance"
    book.save(table)
    before = hashes(library)
    code, out, err = casebook("import", "table", table, "--update-existing", "--yes")
    assert code == 0, err
    assert "(year_start, sectors)" in out
    changed = [k for k, v in hashes(library).items() if before[k] != v]
    assert len(changed) == 1
    text = (library / changed[0]).read_text(encoding="utf-8")
    assert "year_start: 1990\n" in text and "sectors: [public finance]\n" in text
    assert "## Context" in text  # no body column: the body stays


SITE_PAGE = """---
title: Launch of the open budget portal
description: The city publishes every line of its budget.
date: 2019-05-02
---

The portal went live in May.
"""


def test_a_folder_read_through_casebook_toml_is_exported_as_read_and_never_rewritten(
        capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "news").mkdir(parents=True)
    (site / "news" / "launch.md").write_text(SITE_PAGE, encoding="utf-8")
    (site / "casebook.toml").write_text(
        '[fields]\nsummary = "{description}"\nyear_start = "{date}"\nlevel = "municipal"\n',
        encoding="utf-8")

    def casebook(*args: str | Path) -> tuple[int, str, str]:
        code = cli.main(["--data-dir", str(data_dir), "--cases", str(site), *map(str, args)])
        out, err = capsys.readouterr()
        return code, out, err

    table = tmp_path / "cases.csv"
    assert casebook("export-table", "--output", table)[0] == 0
    rows = read_csv(table)
    assert [(r["id"], r["summary"], r["year_start"], r["level"]) for r in rows] == [
        ("news-launch", "The city publishes every line of its budget.", "2019", "municipal")]
    before = hashes(site)
    code, out, _ = casebook("import", "table", table, "--update-existing", "--yes")
    assert code == 0 and out.strip() == "1 row: 1 unchanged"
    rows[0]["title"] = "Open budget portal"
    write_csv(table, rows)
    code, _, err = casebook("import", "table", table, "--update-existing", "--yes")
    assert code == 2
    assert err.strip() == (
        f"casebook: error: {table}: line 2 (id news-launch): {site / 'news' / 'launch.md'} "
        "is in a folder read through its casebook.toml, whose files a table does not "
        "rewrite; change title there")
    assert hashes(site) == before
