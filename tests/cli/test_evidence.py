"""`casebook map` and `casebook compare` on the bundled cases, in every output form."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from casebook import cli
from tests.helpers import BUNDLED

PB = ["porto-alegre-participatory-budgeting", "paris-participatory-budget",
      "zeguo-deliberative-budget-polls"]
FILES = sorted(BUNDLED.rglob("*.md"))  # the bundled library, whatever it holds today
# a case and its translations are counted once: the map's total is the originals'
CASES = [p for p in FILES if "translation_of:" not in p.read_text(encoding="utf-8")]


def front_value(case_id: str, key: str) -> str:
    """A top-level front matter value of a bundled case, read from its file."""
    path = next(p for p in FILES if p.stem == case_id)
    line = next(x for x in path.read_text(encoding="utf-8").splitlines()
                if x.startswith(f"{key}:"))
    return line.split(":", 1)[1].strip()


def verdict_count(verdict: str) -> int:
    return sum(front_value(p.stem, "verdict") == verdict for p in CASES)


@pytest.fixture
def casebook(capsys: pytest.CaptureFixture[str], data_dir: Path,
             monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    monkeypatch.delenv("CASEBOOK_DATA_DIR", raising=False)

    def call(*args: str | Path) -> tuple[int, str, str]:
        code = cli.main(["--data-dir", str(data_dir), "--cases", str(BUNDLED),
                         *map(str, args)])
        out, err = capsys.readouterr()
        return code, out, err

    yield call


def test_map_json_has_the_contracts_shape_and_consistent_counts(casebook: Any) -> None:
    code, out, _ = casebook("map", "--json")
    assert code == 0
    doc = json.loads(out)
    assert list(doc) == ["rows", "cols", "total", "row_terms", "col_terms", "cells", "links"]
    assert (doc["rows"], doc["cols"], doc["total"]) == ("challenges", "strategies",
                                                            len(CASES))
    assert len(doc["row_terms"]) == 12 and len(doc["col_terms"]) >= 26
    for cell in doc["cells"]:
        assert cell["cases"] == len(cell["ids"]) == sum(cell["verdicts"].values()) > 0
        assert set(cell["verdicts"]) == {"success", "mixed", "failure", "too-early", "none"}
    rows = {t["id"]: t["cases"] for t in doc["row_terms"]}
    for term, cases in rows.items():
        ids = {i for c in doc["cells"] if c["row"] == term for i in c["ids"]}
        assert len(ids) == cases
    assert ["resistance-to-change", "change-management"] in doc["links"]


def test_map_follows_the_search_filters_and_evidence(casebook: Any) -> None:
    _, out, _ = casebook("map", "participatory", "budgeting", "--json")
    narrowed = json.loads(out)
    assert 0 < narrowed["total"] < len(CASES)
    _, out, _ = casebook("map", "--verdict", "failure", "--rows", "verdicts", "--json")
    failures = json.loads(out)
    assert failures["total"] == verdict_count("failure") > 0
    assert {c["row"] for c in failures["cells"]} == {"failure"}
    _, out, _ = casebook("map", "--evidence", "experimental", "--json")
    strong = json.loads(out)
    assert all(c["best_evidence"] == "experimental" for c in strong["cells"])
    code, _, err = casebook("map", "--rows", "years")
    assert code == 2 and "invalid choice: 'years'" in err


def test_map_as_csv_and_markdown(casebook: Any) -> None:
    _, out, _ = casebook("map", "--format", "csv")
    table = list(csv.reader(io.StringIO(out)))
    assert table[0][0] == "challenges \\ strategies" and len(table) == 13
    _, out, _ = casebook("map", "--format", "markdown")
    assert out.startswith(f"**Evidence map: challenges × strategies, {len(CASES)} cases**")


def test_compare_json_rows_and_shared_tags(casebook: Any) -> None:
    code, out, _ = casebook("compare", *PB, "--json")
    assert code == 0
    doc = json.loads(out)
    assert [c["id"] for c in doc["cases"]] == PB
    fields = [r["field"] for r in doc["rows"]]
    assert fields[:8] == ["place", "level", "years", "verdict", "challenges", "strategies",
                          "outcomes", "metrics"]
    assert "section:Context" in fields
    challenges = next(r for r in doc["rows"] if r["field"] == "challenges")
    assert "low-public-trust" in challenges["shared"]


def test_compare_to_a_pdf_markdown_and_html(casebook: Any, tmp_path: Path) -> None:
    for suffix in ("pdf", "md", "html"):
        code, _, err = casebook("compare", *PB[:2], "--output", tmp_path / f"c.{suffix}")
        assert code == 0, err
    text = " ".join("".join(p.extract_text() for p in PdfReader(tmp_path / "c.pdf").pages)
                    .split())
    assert "Participatory Budgeting in Porto Alegre" in text and "Verdict" in text
    verdicts = [front_value(i, "verdict") for i in PB[:2]]
    assert f"| Verdict | {verdicts[0]} | {verdicts[1]} |" in (tmp_path / "c.md").read_text(
        encoding="utf-8")
    assert "<th scope='row'>Verdict</th>" in (tmp_path / "c.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(("ids", "message"), [
    (PB[:1], "compare takes 2 to 5 cases, not 1"),
    ([PB[0], "no-such-case"], "no case with id 'no-such-case'"),
    ([PB[0], PB[0]], f"case '{PB[0]}' is listed twice"),
])
def test_compare_refuses_bad_ids_in_one_line(casebook: Any, ids: list[str],
                                             message: str) -> None:
    code, _, err = casebook("compare", *ids)
    assert code == 2 and err == f"casebook: error: {message}\n"
