"""The reader's page helpers: the one place line every face shows under a case's title."""

from __future__ import annotations

from pathlib import Path

from casebook.library import Library
from casebook.render.casepage import case_page, meta_line, place_line
from tests.helpers import DATA


def test_place_line_leaves_out_what_is_not_known() -> None:
    assert place_line(["Brazil"], "Porto Alegre", "municipal", 1989, 2004, "Latin America") == \
        "Porto Alegre, Brazil · Latin America · municipal · 1989–2004"
    assert place_line(["Chile"], None, "national", 2003) == "Chile · national · 2003–"
    assert place_line(["Estonia", "Finland"], year_start=2018) == "Estonia / Finland · 2018–"
    assert place_line([], None, None, None, 2004) == ""


def test_the_reader_shows_the_place_line(tmp_path: Path) -> None:
    lib = Library(tmp_path / "data", [str(DATA / "good")])
    try:
        lib.sync()
        case = lib.case("porto-alegre-participatory-budgeting")
        line = "Porto Alegre, Brazil · Latin America · municipal · 1989–2004"
        assert meta_line(case) == line
        assert f'<p class="meta">{line}</p>' in case_page(case, "", lib.taxonomy, "light", [])
    finally:
        lib.close()
