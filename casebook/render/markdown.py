"""Case Markdown to safe HTML: no scripts, no remote fetches, images only from the case's folder."""

from __future__ import annotations

import html
import os
import secrets
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import markdown
import nh3
from markdown.extensions.tables import TableExtension
from markdown.extensions.toc import TocExtension

from casebook.render.markdown_guard import defuse

HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
TAGS = HEADINGS | {
    "p", "br", "hr", "div", "span", "blockquote", "pre", "code", "kbd", "samp", "var",
    "strong", "b", "em", "i", "u", "s", "del", "ins", "mark", "small", "sub", "sup", "abbr",
    "q", "cite", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr",
    "th", "td", "caption", "a", "img", "details", "summary", "figure", "figcaption",
}
ATTRIBUTES = {
    **{h: {"id"} for h in HEADINGS},
    "a": {"href", "title", "class"}, "img": {"src", "alt", "title", "width", "height"},
    "th": {"align", "colspan", "rowspan"}, "td": {"align", "colspan", "rowspan"},
    "ol": {"start"}, "li": {"id"}, "sup": {"id"}, "div": {"class"}, "code": {"class"},
    "abbr": {"title"},
}
# dropped together with everything inside them, not just unwrapped
DROP_WITH_CONTENT = {"script", "style", "iframe", "object", "embed", "svg", "math", "noscript",
                     "template", "textarea", "select", "frameset", "noembed", "noframes"}
LINK_PREFIXES = ("http://", "https://", "mailto:", "#")
VOID = {"br", "hr", "img"}


def _converter() -> markdown.Markdown:
    return markdown.Markdown(extensions=[
        TableExtension(use_align_attribute=True), "fenced_code", "footnotes",
        TocExtension(permalink=False), "sane_lists",
    ])


def local_image(src: str, folder: str | None) -> str | None:
    """The absolute path of a relative image inside folder, else None (remote, data:, outside)."""
    if not folder or not src or src.startswith(("/", "\\")):
        return None
    try:
        parts = urlsplit(src)
        if parts.scheme or parts.netloc:
            return None
        target = os.path.realpath(os.path.join(folder, unquote(parts.path)))
        if os.path.commonpath([folder, target]) != folder or not os.path.isfile(target):
            return None
    except (ValueError, OSError):
        return None
    return target


def _href(value: str) -> str | None:
    url = value.strip()
    return url if url.lower().startswith(LINK_PREFIXES) else None


class _Finisher(HTMLParser):
    """Re-serialises sanitised HTML: images become file:// URLs or their alt text."""

    def __init__(self, folder: str | None) -> None:
        super().__init__(convert_charrefs=True)
        self.folder = folder
        self.out: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "img":
            target = local_image(values.get("src", ""), self.folder)
            if target is None:
                self.out.append(html.escape(values.get("alt", "")))
                return
            values["src"] = Path(target).as_uri()
        shown = "".join(f' {k}="{html.escape(v)}"' for k, v in values.items())
        self.out.append(f"<{tag}{shown}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag not in VOID:
            self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        self.out.append(html.escape(data, quote=False))


def sanitise(raw_html: str, case_path: str = "") -> str:
    """Keep only safe tags and attributes; links: http(s), mailto, #anchor; local images."""
    folder = os.path.realpath(os.path.dirname(os.path.abspath(case_path))) if case_path else None

    def keep(tag: str, attribute: str, value: str) -> str | None:
        if attribute == "href":
            return _href(value)
        if tag == "img" and attribute == "src":
            return value if local_image(value, folder) else None
        return value

    clean = nh3.clean(raw_html, tags=TAGS, attributes=ATTRIBUTES, attribute_filter=keep,
                      clean_content_tags=DROP_WITH_CONTENT, strip_comments=True,
                      url_schemes={"http", "https", "mailto"})
    finisher = _Finisher(folder)
    finisher.feed(clean)
    finisher.close()
    return "".join(finisher.out)


def render_case_html(markdown_text: str, case_path: str) -> str:
    """A case body as HTML that is safe to show: sanitised, offline, confined to its folder."""
    token = "casebookaside" + secrets.token_hex(8) + "n"
    text, aside = defuse(markdown_text, token)
    out = sanitise(_converter().convert(text), case_path)
    for n, plain in enumerate(aside):  # escaped text is safe as it is
        out = out.replace(f"{token}{n}x", html.escape(plain).replace("\n", "<br>\n"), 1)
    return out
