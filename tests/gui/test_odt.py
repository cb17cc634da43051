"""OpenDocument handouts, comparisons and maps, read back by unzipping them."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from casebook.evidence.formats import compare_text, map_text
from casebook.exchange.odf import q
from casebook.exchange.packs import export
from casebook.gui.odt import write_odt
from casebook.library import Library
from tests.helpers import write_case

NAME = "Open Gov 101"
EXTRA = ("verdict: mixed\nlicence: CC-BY-SA-4.0\nattribution: \"The GovLab\"\n"
         "metrics:\n  - label: Participants\n    value: 40000\n    unit: people\n")


@pytest.fixture
def lib(make_library: Callable[..., Library], case_dir: Path) -> Library:
    write_case(case_dir, "porto-alegre", title="Porto Alegre", extra=EXTRA,
               body="Residents **decide**.\n\n- one\n- two")
    write_case(case_dir, "estonia", title="Estonia's X-Road")
    library = make_library(case_dir)
    library.sync()
    library.collections.create(NAME, "Purpose.")
    library.collections.add(NAME, ["porto-alegre", "estonia"])
    library.collections.set_questions(NAME, "porto-alegre", ["Who decided?", "What changed?"])
    library.collections.set_note(NAME, "estonia", "Keep it short.")
    return library


def _parts(path: Path) -> tuple[list[str], ET.Element, str]:
    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
        assert zf.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        return names, ET.fromstring(zf.read("content.xml")), zf.read("styles.xml").decode()


def _text(node: ET.Element) -> str:
    return " ".join("".join(node.itertext()).split())


def _parents(content: ET.Element) -> dict[str, str]:
    """Automatic paragraph style -> the named style it is based on."""
    return {s.get(q("style:name"), ""): s.get(q("style:parent-style-name"), "")
            for s in content.iter(q("style:style"))
            if s.get(q("style:family")) == "paragraph"}


def test_handout_has_named_styles_contents_and_page_numbers(lib: Library,
                                                            tmp_path: Path) -> None:
    report = export(lib, NAME, tmp_path / "h.odt", audience="trainer")
    assert (report.format, report.cases) == ("odt", 2)
    names, content, styles = _parts(tmp_path / "h.odt")
    assert names[0] == "mimetype" and {"content.xml", "styles.xml", "meta.xml"} <= set(names)
    parents = _parents(content)
    heads = [(h.get(q("text:outline-level")), _text(h), parents[h.get(q("text:style-name"))])
             for h in content.iter(q("text:h"))]
    assert ("1", "1. Porto Alegre", "Heading_20_1") in heads
    assert ("1", "2. Estonia's X-Road", "Heading_20_1") in heads
    assert ("2", "Context", "Heading_20_2") in heads and ("2", "Metrics", "Heading_20_2") in heads
    for h in content.iter(q("text:h")):
        assert not list(h.iter(q("text:span")))  # no direct font on a heading
    case_style = next(h.get(q("text:style-name")) for h in content.iter(q("text:h"))
                      if _text(h) == "1. Porto Alegre")
    props = next(s for s in content.iter(q("style:style")) if s.get(q("style:name")) ==
                 case_style).find(q("style:paragraph-properties"))
    assert props is not None and props.get(q("fo:break-before")) == "page"
    paragraphs = {_text(p): parents.get(p.get(q("text:style-name"), ""))
                  for p in content.iter(q("text:p"))}
    assert paragraphs["Residents decide."] == "Text_20_body"
    (toc,) = content.iter(q("text:table-of-content"))
    assert [_text(p) for p in toc.iter(q("text:p"))] == ["1. Porto Alegre",
                                                        "2. Estonia's X-Road"]
    tables = [[_text(c) for c in t.iter(q("table:table-cell"))]
              for t in content.iter(q("table:table"))]
    assert any(t[:4] == ["Measure", "Value", "Before", "Source"] for t in tables)
    items = [_text(i) for i in content.iter(q("text:list-item"))]
    assert {"Who decided?", "What changed?", "one", "two"} <= set(items)
    text = _text(content)
    assert "Keep it short." in text and "Attribution: The GovLab" in text
    assert "text:page-number" in styles and 'style:name="Heading_20_1"' in styles
    assert "\u2063" not in text


def test_comparison_and_map_as_odt(lib: Library, tmp_path: Path) -> None:
    comparison = lib.compare(["porto-alegre", "estonia"])
    write_odt(compare_text(comparison, "html", lib.taxonomy.label), tmp_path / "c.odt",
              "Comparison")
    _names, content, _styles = _parts(tmp_path / "c.odt")
    (grid,) = content.iter(q("table:table"))
    cells = [_text(c) for c in grid.iter(q("table:table-cell"))]
    assert cells[:3] == ["", "Porto Alegre", "Estonia's X-Road"]
    assert "Attribution" not in cells and "The GovLab" in _text(content)
    write_odt(map_text(lib.evidence_map(), "html"), tmp_path / "m.odt", "Evidence map",
              landscape=True)
    _names, content, styles = _parts(tmp_path / "m.odt")
    assert 'style:print-orientation="landscape"' in styles
    assert "Legacy systems (2)" in [_text(c) for c in content.iter(q("table:table-cell"))]
