"""Qt's ODF made editable: headings, styles and the contents index, on hand-written XML."""

from __future__ import annotations

import io
import zipfile
from xml.etree import ElementTree as ET

import pytest

from casebook.errors import StorageError
from casebook.exchange.odf import NS, q, restyle

CONTENT = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="{NS['office']}" xmlns:text="{NS['text']}"
 xmlns:style="{NS['style']}" xmlns:fo="{NS['fo']}" xmlns:xlink="{NS['xlink']}">
<office:automatic-styles>
 <style:style style:name="p2" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="12pt" fo:break-before="page"/></style:style>
 <style:style style:name="p4" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="9pt" fo:text-align="center"/></style:style>
 <text:list-style style:name="L1"><text:list-level-style-number text:level="1">
  <style:list-level-properties text:space-before="8mm"/></text:list-level-style-number>
 </text:list-style>
 <style:style style:name="c1" style:family="text">
  <style:text-properties fo:font-family="Sans" fo:font-weight="bold"/></style:style>
</office:automatic-styles>
<office:body><office:text>
 <text:p text:style-name="p4"><text:span text:style-name="c1">MARK</text:span></text:p>
 <text:p text:style-name="p2">A <text:span text:style-name="c1">bold <text:a
   xlink:href="http://x">link</text:a> here</text:span> end</text:p>
 <text:p text:style-name="p4"><text:span text:style-name="c1">Body</text:span></text:p>
</office:text></office:body></office:document-content>"""


def _odt(content: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", content)
    return out.getvalue()


def test_headings_lose_their_spans_and_keep_their_text_and_links() -> None:
    data = restyle(_odt(CONTENT), {"p2": 1}, "T", toc_marker="MARK")
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        root = ET.fromstring(zf.read("content.xml"))
        assert "<dc:title>T</dc:title>" in zf.read("meta.xml").decode()
    (heading,) = root.iter(q("text:h"))
    assert "".join(heading.itertext()) == "A bold link here end"
    assert not list(heading.iter(q("text:span")))
    (link,) = heading.iter(q("text:a"))
    assert link.get(q("xlink:href")) == "http://x"
    styles = {s.get(q("style:name")): s for s in root.iter(q("style:style"))}
    assert styles["p2"].get(q("style:parent-style-name")) == "Heading_20_1"
    assert styles["p4"].get(q("style:parent-style-name")) == "Text_20_body"
    kept = styles["p2"].find(q("style:paragraph-properties"))
    assert kept is not None and dict(kept.attrib) == {q("fo:break-before"): "page"}
    center = styles["p4"].find(q("style:paragraph-properties"))
    assert center is not None and dict(center.attrib) == {q("fo:text-align"): "center"}
    text_props = styles["c1"].find(q("style:text-properties"))
    assert text_props is not None and dict(text_props.attrib) == {q("fo:font-weight"): "bold"}
    (level,) = root.iter(q("style:list-level-properties"))
    assert level.get(q("text:min-label-width")) == "0.6cm"  # "1. Who", not "1.Who"
    (toc,) = root.iter(q("text:table-of-content"))
    assert ["".join(p.itertext()) for p in toc.iter(q("text:p"))] == ["A bold link here end"]
    assert "MARK" not in "".join(root.itertext())


def test_a_broken_file_from_qt_is_a_storage_error() -> None:
    with pytest.raises(StorageError):
        restyle(b"not a zip", {}, "T")
