"""Qt's OpenDocument text made editable: named heading styles, a contents index, page numbers."""

from __future__ import annotations

import io
import logging
import zipfile
from collections.abc import Mapping
from html import escape
from xml.etree import ElementTree as ET

from casebook import __version__
from casebook.errors import StorageError

log = logging.getLogger(__name__)

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
}
for _prefix, _uri in NS.items():
    ET.register_namespace(_prefix, _uri)
BODY = "Text_20_body"
KEPT = {"break-before", "break-after", "text-align"}  # what a paragraph may set itself
FONT = "'DejaVu Serif', Georgia, 'Times New Roman', serif"
HEAD_FONT = "'DejaVu Sans', Arial, Helvetica, sans-serif"


def q(name: str) -> str:
    """'text:h' as ElementTree spells it."""
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


def restyle(data: bytes, headings: Mapping[str, int], title: str,
            toc_marker: str | None = None, landscape: bool = False) -> bytes:
    """Rewrite an ODT that QTextDocumentWriter made. `headings` maps the automatic paragraph
    style of each heading block to its level; those paragraphs become `text:h` in the named
    Heading N styles, other paragraphs take Text body, and text loses the font Qt writes on
    every span. The paragraph that holds `toc_marker` becomes a contents index of the level 1
    headings after it. A styles.xml with the page and its page number is added."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            content = ET.fromstring(zf.read("content.xml"))
    except (zipfile.BadZipFile, KeyError, ET.ParseError) as exc:
        raise StorageError(f"Qt wrote an unreadable OpenDocument file: {exc}") from None
    _restyle_automatic(content, headings)
    found = _headings(content, headings)
    if headings and not found:
        log.warning("no heading of the ODT was found by its style; it keeps Qt's formatting")
    if toc_marker is not None:
        _contents(content, toc_marker)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text",
                    compress_type=zipfile.ZIP_STORED)
        zf.writestr("content.xml", _xml(content))
        zf.writestr("styles.xml", styles_xml(landscape))
        zf.writestr("meta.xml", _meta(title))
        zf.writestr("META-INF/manifest.xml", MANIFEST)
    return out.getvalue()


def _xml(root: ET.Element) -> bytes:
    body: bytes = ET.tostring(root, encoding="utf-8")
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + body


def _restyle_automatic(content: ET.Element, headings: Mapping[str, int]) -> None:
    for props in content.iter(q("style:list-level-properties")):  # Qt sets no gap: "1.Why"
        props.attrib.setdefault(q("text:min-label-width"), "0.6cm")
    for style in content.iter(q("style:style")):
        family, name = style.get(q("style:family")), style.get(q("style:name"), "")
        if family == "paragraph":
            level = headings.get(name)
            style.set(q("style:parent-style-name"),
                      f"Heading_20_{level}" if level else BODY)
            for props in style.findall(q("style:paragraph-properties")):
                for key in list(props.attrib):
                    local = key.rsplit("}", 1)[-1]
                    if local not in KEPT or (local == "text-align" and
                                             props.get(key) in ("start", "left")):
                        del props.attrib[key]
        elif family == "text":
            for props in style.findall(q("style:text-properties")):
                for key in (q("fo:font-family"), q("style:font-name"), q("fo:font-size")):
                    props.attrib.pop(key, None)


def _headings(content: ET.Element, headings: Mapping[str, int]) -> int:
    """Turn heading paragraphs into text:h; returns how many."""
    found = 0
    for para in content.iter(q("text:p")):
        level = headings.get(para.get(q("text:style-name"), ""))
        if not level:
            continue
        para.tag = q("text:h")
        para.set(q("text:outline-level"), str(level))
        _unwrap_spans(para)
        found += 1
    return found


def _unwrap_spans(parent: ET.Element) -> None:
    """A heading's text without the spans Qt wraps it in (they carry a font of their own)."""
    children = list(parent)
    for child in children:
        _unwrap_spans(child)
    for index in range(len(children) - 1, -1, -1):
        child = children[index]
        if child.tag != q("text:span"):
            continue
        inner = list(child)
        if index == 0:
            parent.text = (parent.text or "") + (child.text or "")
        else:
            prev = parent[index - 1]
            prev.tail = (prev.tail or "") + (child.text or "")
        tail = child.tail or ""
        parent.remove(child)
        for n, node in enumerate(inner):
            parent.insert(index + n, node)
        if inner:
            inner[-1].tail = (inner[-1].tail or "") + tail
        elif index == 0:
            parent.text = (parent.text or "") + tail
        else:
            prev = parent[index - 1]
            prev.tail = (prev.tail or "") + tail


def _text(node: ET.Element) -> str:
    return "".join(node.itertext())


def _contents(content: ET.Element, marker: str) -> None:
    body = content.find(f"{q('office:body')}/{q('office:text')}")
    if body is None:
        return
    children = list(body)
    spot = next((n for n, node in enumerate(children)
                 if node.tag == q("text:p") and _text(node).strip() == marker), None)
    if spot is None:
        log.warning("the contents of the ODT have no place to go; left out")
        return
    entries = [" ".join(_text(h).split()) for h in children[spot + 1:]
               if h.tag == q("text:h") and h.get(q("text:outline-level")) == "1"]
    index = ET.fromstring(_index_xml(entries))
    body.remove(children[spot])
    body.insert(spot, index)


def _index_xml(entries: list[str]) -> str:
    ns = " ".join(f'xmlns:{p}="{NS[p]}"' for p in ("text", "style"))
    rows = "".join(f'<text:p text:style-name="Contents_20_1">{escape(e)}</text:p>'
                   for e in entries)
    return (f'<text:table-of-content {ns} text:name="Contents" text:protected="false">'
            '<text:table-of-content-source text:outline-level="1">'
            '<text:index-title-template text:style-name="Contents_20_Heading"/>'
            '<text:table-of-content-entry-template text:outline-level="1" '
            'text:style-name="Contents_20_1"><text:index-entry-text/>'
            '<text:index-entry-tab-stop style:type="right" style:leader-char="."/>'
            "<text:index-entry-page-number/></text:table-of-content-entry-template>"
            "</text:table-of-content-source>"
            f"<text:index-body>{rows}</text:index-body></text:table-of-content>")


def _meta(title: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta '
            f'xmlns:office="{NS["office"]}" xmlns:dc="{NS["dc"]}" xmlns:meta="{NS["meta"]}" '
            f'office:version="1.2"><office:meta><dc:title>{escape(title)}</dc:title>'
            f"<meta:generator>Casebook {escape(__version__)}</meta:generator>"
            "</office:meta></office:document-meta>")


MANIFEST = f"""<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="{NS['manifest']}" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:version="1.2"
  manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""


def _style(name: str, display: str, parent: str | None, paragraph: str = "",
           text: str = "", extra: str = "") -> str:
    attrs = f'style:name="{name}" style:display-name="{display}" style:family="paragraph"'
    if parent:
        attrs += f' style:parent-style-name="{parent}"'
    return (f"<style:style {attrs} {extra}>"
            + (f"<style:paragraph-properties {paragraph}/>" if paragraph else "")
            + (f"<style:text-properties {text}/>" if text else "") + "</style:style>")


def styles_xml(landscape: bool = False) -> str:
    """The named styles a colleague edits (Default, Text body, Heading 1-6, Contents,
    Footer) and an A4 page whose footer shows the page number."""
    width, height = ("29.7cm", "21cm") if landscape else ("21cm", "29.7cm")
    heads = "".join(
        _style(f"Heading_20_{n}", f"Heading {n}", "Heading", text=f'fo:font-size="{size}"',
               extra=f'style:default-outline-level="{n}" style:class="text"')
        for n, size in enumerate(("18pt", "14pt", "12pt", "11pt", "11pt", "11pt"), 1))
    ns = " ".join(f'xmlns:{p}="{NS[p]}"' for p in ("office", "style", "text", "fo", "table"))
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {ns} '
        'office:version="1.2"><office:styles>'
        '<style:default-style style:family="paragraph"><style:paragraph-properties '
        'fo:orphans="2" fo:widows="2"/><style:text-properties fo:font-size="11pt" '
        f'fo:font-family="{escape(FONT)}" fo:language="en"/></style:default-style>'
        + _style("Standard", "Default Paragraph Style", None, extra='style:class="text"')
        + _style(BODY, "Text body", "Standard",
                 'fo:margin-top="0cm" fo:margin-bottom="0.2cm" fo:line-height="130%"',
                 extra='style:class="text"')
        + _style("Heading", "Heading", "Standard",
                 'fo:margin-top="0.45cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"',
                 f'fo:font-family="{escape(HEAD_FONT)}" fo:font-weight="bold" '
                 'fo:color="#17407a"', extra=f'style:next-style-name="{BODY}"')
        + heads
        + _style("Contents_20_Heading", "Contents Heading", "Heading",
                 text='fo:font-size="14pt"', extra='style:class="index"')
        + _style("Contents_20_1", "Contents 1", "Standard",
                 'fo:margin-bottom="0.1cm"', extra='style:class="index"')
        + _style("Footer", "Footer", "Standard", 'fo:text-align="center"',
                 'fo:font-size="9pt"', extra='style:class="extra"')
        + "</office:styles><office:automatic-styles>"
        f'<style:page-layout style:name="pm1"><style:page-layout-properties '
        f'fo:page-width="{width}" fo:page-height="{height}" '
        f'style:print-orientation="{"landscape" if landscape else "portrait"}" '
        'fo:margin-top="2cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" '
        'fo:margin-right="2cm"/><style:footer-style><style:header-footer-properties '
        'fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>'
        "</style:page-layout></office:automatic-styles><office:master-styles>"
        '<style:master-page style:name="Standard" style:page-layout-name="pm1">'
        '<style:footer><text:p text:style-name="Footer"><text:page-number '
        'text:select-page="current">1</text:page-number></text:p></style:footer>'
        "</style:master-page></office:master-styles></office:document-styles>")
