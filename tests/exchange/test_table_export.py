"""`casebook export-table`: the library, a search or a collection as CSV, xlsx or JSON rows in
the columns the table importer reads (import.md, "Export back to a table")."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from casebook import cli
from casebook.exchange.datasets import open_dataset
from casebook.exchange.table_export import COLUMNS, guard, unguard
from tests.helpers import write_case

OUTCOMES = """outcomes:
  - improved-service-delivery
  - id: cost-savings
    result: achieved
    evidence: evaluation
    note: Cheaper per case
  - id: public-trust
    evidence: anecdotal
"""


@pytest.fixture
def library(case_dir: Path) -> Path:
    write_case(case_dir, "alpha", title="'Alpha: digital services'", country="[Estonia, Latvia]",
               extra="place: Tallinn\nsectors: [health, tax]\nverdict: success\n"
               "licence: CC-BY-4.0\nattribution: Example Foundation\n")
    text = (case_dir / "alpha.md").read_text(encoding="utf-8")
    (case_dir / "alpha.md").write_text(text.replace(
        "outcomes: [improved-service-delivery]\n", OUTCOMES), encoding="utf-8")
    write_case(case_dir, "beta", title="=HYPERLINK(\"http://x\")", level="municipal",
               challenges="Resistance to change", body="- a list first\n\nThen text.")
    write_case(case_dir, "gamma", title="Gamma budget", summary="The city budget.",
               year=1999, extra="year_end: 2004\n")
    return case_dir


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


def _csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_has_the_importer_columns_and_one_row_per_case(casebook: Any,
                                                           tmp_path: Path) -> None:
    target = tmp_path / "cases.csv"
    code, out, err = casebook("export-table", "--output", target)
    assert code == 0, err
    assert out.strip() == f"wrote 3 cases to {target} as csv"
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads the accents right
    with open(target, encoding="utf-8-sig", newline="") as handle:
        assert tuple(next(csv.reader(handle))) == COLUMNS
    rows = {r["id"]: r for r in _csv(target)}
    assert list(rows) == ["alpha", "beta", "gamma"]
    alpha = rows["alpha"]
    assert alpha["country"] == "Estonia; Latvia"
    assert alpha["sectors"] == "health; tax"
    assert alpha["outcomes"] == ("improved-service-delivery; cost-savings:achieved:evaluation; "
                                 "public-trust::anecdotal")
    assert (alpha["place"], alpha["verdict"], alpha["licence"], alpha["attribution"]) == (
        "Tallinn", "success", "CC-BY-4.0", "Example Foundation")
    assert alpha["body"].startswith("## Context\n\nSome context text.\n\n## Challenge")
    assert rows["beta"]["challenges"] == "resistance-to-change"  # the label's taxonomy id
    assert (rows["gamma"]["year_start"], rows["gamma"]["year_end"]) == ("1999", "2004")
    assert rows["alpha"]["year_end"] == ""
    # a title a spreadsheet would run as a formula is kept from it, and read back whole
    assert rows["beta"]["title"] == "'=HYPERLINK(\"http://x\")"
    assert unguard(rows["beta"]["title"]) == "=HYPERLINK(\"http://x\")"


def test_json_rows_keep_years_as_numbers(casebook: Any, tmp_path: Path) -> None:
    target = tmp_path / "cases.json"
    assert casebook("export-table", "--output", target)[0] == 0
    rows = json.loads(target.read_text(encoding="utf-8"))
    assert [tuple(r) for r in rows] == [COLUMNS] * 3
    gamma = rows[2]
    assert (gamma["year_start"], gamma["year_end"], rows[0]["year_end"]) == (1999, 2004, None)
    assert rows[1]["title"] == "=HYPERLINK(\"http://x\")"  # JSON is not opened as a sheet


def test_xlsx_leaves_the_body_out_unless_asked(casebook: Any, tmp_path: Path) -> None:
    target = tmp_path / "cases.xlsx"
    code, out, _ = casebook("export-table", "--output", target)
    assert code == 0
    assert out.strip().endswith("as xlsx (without the body: add --with-body)")
    sheet = load_workbook(target).active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    assert values[0] == tuple(c for c in COLUMNS if c != "body")
    assert values[3][COLUMNS.index("year_start")] == 1999  # a number a sheet can sort
    beta = sheet.cell(row=3, column=2)
    assert (beta.value, beta.data_type) == ("=HYPERLINK(\"http://x\")", "s")  # not a formula
    assert casebook("export-table", "--with-body", "--output", target)[0] == 0
    sheet = load_workbook(target).active
    assert sheet is not None
    assert sheet.cell(row=1, column=len(COLUMNS)).value == "body"
    assert str(sheet.cell(row=2, column=len(COLUMNS)).value).startswith("## Context")


def test_xlsx_refuses_a_body_a_cell_cannot_hold(casebook: Any, library: Path,
                                               tmp_path: Path) -> None:
    write_case(library, "long", body="word " * 7_000)
    target = tmp_path / "cases.xlsx"
    code, _, err = casebook("export-table", "--with-body", "--output", target)
    assert code == 2
    assert err.startswith("casebook: error: case 'long': its body is 35,")
    assert "over the 32,767 a spreadsheet cell holds; nothing was written" in err
    assert len(err.strip().splitlines()) == 1
    assert not target.exists()
    assert casebook("export-table", "--output", target)[0] == 0  # without the body it fits
    assert casebook("export-table", "--format", "csv", "--output", tmp_path / "c.csv")[0] == 0


def test_a_search_and_a_collection_choose_the_rows(casebook: Any, tmp_path: Path) -> None:
    target = tmp_path / "cases.csv"
    assert casebook("export-table", "gamma", "--output", target)[0] == 0
    assert [r["id"] for r in _csv(target)] == ["gamma"]
    assert casebook("export-table", "--level", "municipal", "--output", target)[0] == 0
    assert [r["id"] for r in _csv(target)] == ["beta"]
    assert casebook("collection", "create", "Mine")[0] == 0
    assert casebook("collection", "add", "Mine", "gamma", "alpha")[0] == 0
    assert casebook("export-table", "--collection", "Mine", "--output", target)[0] == 0
    assert [r["id"] for r in _csv(target)] == ["gamma", "alpha"]  # the collection's order
    assert casebook("export-table", "--collection", "Mine", "--level", "national",
                    "--output", target)[0] == 0
    assert [r["id"] for r in _csv(target)] == ["gamma", "alpha"]
    code, _, err = casebook("export-table", "--collection", "Nope", "--output", target)
    assert code == 2 and "Nope" in err


def test_the_format_comes_from_the_name_or_is_asked_for(casebook: Any, tmp_path: Path) -> None:
    code, _, err = casebook("export-table", "--output", tmp_path / "cases.ods")
    assert code == 2
    assert err.strip() == ("casebook: error: say --format csv | xlsx | json (the output's "
                           "name ends in '.ods')")
    code, _, err = casebook("export-table", "--with-body", "--output", tmp_path / "c.csv")
    assert code == 2 and "--with-body is for xlsx" in err


def test_an_exported_sheet_reads_as_a_dataset(casebook: Any, tmp_path: Path) -> None:
    target = tmp_path / "cases.xlsx"
    assert casebook("export-table", "--with-body", "--output", target)[0] == 0
    dataset = open_dataset(str(target))
    try:
        records = list(dataset.records())
        assert dataset.columns == list(COLUMNS)
        assert [(n, where) for n, where, _ in records] == [(1, "row 2"), (2, "row 3"),
                                                           (3, "row 4")]
        gamma = records[2][2]
        assert (gamma["id"], gamma["year_start"], gamma["year_end"], gamma["place"]) == (
            "gamma", 1999, 2004, "")
        assert dataset.done == dataset.total == 3
    finally:
        dataset.close()


@pytest.mark.parametrize("text", ["=1+1", "+1", "-2", "@SUM(A1)", "'=x", "''+y", "\tx"])
def test_the_formula_guard_reads_back_exactly(text: str) -> None:
    assert guard(text).startswith("'")
    assert unguard(guard(text)) == text


@pytest.mark.parametrize("text", ["plain", "'quoted'", "1-2", "a=b", ""])
def test_plain_text_is_not_guarded(text: str) -> None:
    assert guard(text) == text == unguard(text)
