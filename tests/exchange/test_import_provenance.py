"""An imported case's licence, attribution and origin travel with it: the reader (under the
title), handouts in HTML and PDF, packs, Markdown folders, comparisons and `show`."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from casebook import cli
from casebook.exchange.dataset_import import import_dataset
from casebook.exchange.packs import export
from casebook.library import Library
from casebook.render.casepage import case_page
from tests.helpers import DATA, write_case

ATTRIBUTION = "The GovLab, Open Data's Impact (odimpact.org)"
PAGE = "https://odimpact.org/case-kenyas-open-duka.html"


@pytest.fixture
def lib(tmp_path: Path, make_library: Any) -> Library:
    folder = tmp_path / "cases"
    write_case(folder, "estonia-x-road", title="Estonia's X-Road")
    library: Library = make_library(folder)
    import_dataset("govlab-odi", str(DATA / "import" / "govlab-narrative.yaml"),
                   str(folder / "govlab"), library.taxonomy)
    library.sync()
    library.collections.create("Open data")
    library.collections.add("Open data", ["govlab-odi-open-duka", "estonia-x-road"])
    return library


def test_reader_shows_the_credit_under_the_title(lib: Library) -> None:
    case = lib.case("govlab-odi-open-duka")
    page = case_page(case, "<h2>Context</h2><p>x</p>", lib.taxonomy, "light", [])
    credit = page.index('class="credit"')
    assert page.index('class="title"') < credit < page.index('class="summary"')
    line = page[credit:page.index("</p>", credit)]
    assert ATTRIBUTION.replace("'", "&#x27;") in line and "CC-BY-SA-4.0" in line
    assert f'<a href="{PAGE}">govlab-odi, record open-duka</a>' in line


def test_exports_carry_the_credit(lib: Library, tmp_path: Path) -> None:
    export(lib, "Open data", tmp_path / "handout.html")
    handout = (tmp_path / "handout.html").read_text("utf-8")
    assert "Open Data&#x27;s Impact" in handout and "CC-BY-SA-4.0" in handout
    assert "govlab-odi, record open-duka" in handout
    export(lib, "Open data", tmp_path / "folder")
    readme = (tmp_path / "folder" / "README.md").read_text("utf-8")
    assert f"Attribution: {ATTRIBUTION} · Licence: CC-BY-SA-4.0 · Imported from: " \
           f"govlab-odi, record open-duka ({PAGE})" in readme
    copied = next((tmp_path / "folder").glob("*govlab-odi-open-duka.md")).read_text("utf-8")
    assert "origin:\n  dataset: govlab-odi\n  id: open-duka\n" in copied
    export(lib, "Open data", tmp_path / "pack.casebook")
    with zipfile.ZipFile(tmp_path / "pack.casebook") as zf:
        packed = zf.read("cases/govlab-odi-open-duka.md").decode("utf-8")
    assert f"attribution: {ATTRIBUTION}" in packed and "licence: CC-BY-SA-4.0" in packed
    assert "  dataset: govlab-odi\n" in packed


def test_pdf_handout_carries_the_credit(lib: Library, tmp_path: Path, qapp: Any) -> None:
    from pypdf import PdfReader

    export(lib, "Open data", tmp_path / "handout.pdf")
    # words only: the PDF's text breaks lines anywhere, even inside "CC-BY-SA-4.0"
    text = "".join("".join(page.extract_text().split())
                   for page in PdfReader(tmp_path / "handout.pdf").pages)
    for shown in (f"Attribution: {ATTRIBUTION}", "Licence: CC-BY-SA-4.0",
                  "Imported from: govlab-odi, record open-duka"):
        assert "".join(shown.split()) in text, shown


def test_comparison_and_show(lib: Library, capsys: pytest.CaptureFixture[str]) -> None:
    comparison = lib.compare(["govlab-odi-open-duka", "estonia-x-road"])
    heads = {c["id"]: c for c in comparison.to_json()["cases"]}
    assert heads["govlab-odi-open-duka"]["attribution"] == ATTRIBUTION
    assert heads["govlab-odi-open-duka"]["licence"] == "CC-BY-SA-4.0"
    args = ["--data-dir", str(lib.data_dir), "--cases", lib.folders[0]]
    assert cli.main([*args, "show", "govlab-odi-open-duka", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert (doc["licence"], doc["attribution"]) == ("CC-BY-SA-4.0", ATTRIBUTION)
    assert doc["origin"]["dataset"] == "govlab-odi" and doc["origin"]["url"] == PAGE
    assert cli.main([*args, "show", "govlab-odi-open-duka"]) == 0
    shown = capsys.readouterr().out
    assert f"Credit: {ATTRIBUTION} (CC-BY-SA-4.0)\n" in shown
    assert f"Imported from: govlab-odi, record open-duka ({PAGE})\n" in shown
