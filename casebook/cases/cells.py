"""A dataset's cell as case text: HTML to Markdown (markdownify), sanitised (nh3), cleaned."""

from __future__ import annotations

import re
from typing import Any

# C0 and C1 controls but tab and newline, lone surrogates, and the invisible characters
# that only get in the way of a reader
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\u200b\u2060\ufeff]")
_LOOKS_HTML = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9]*[\s/>]|/[a-zA-Z]|!--)|&(?:#\d+|#x[0-9a-fA-F]+|"
                         r"[a-zA-Z]{2,8});")
# anything a Markdown renderer would take for a raw HTML tag or comment
_TAG_START = re.compile(r"<(?=[a-zA-Z/!?])")
_BLANKS = re.compile(r"\n{3,}")
_TAGS = {"p", "br", "hr", "div", "span", "blockquote", "pre", "code", "strong", "b", "em", "i",
         "u", "s", "del", "sub", "sup", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead",
         "tbody", "tfoot", "tr", "th", "td", "caption", "a", "h1", "h2", "h3", "h4", "h5", "h6",
         "section", "article", "q", "cite", "abbr"}
_DROPPED = {"script", "style", "iframe", "object", "embed", "svg", "math", "noscript", "template",
            "textarea", "select", "title", "head"}
_SCHEMES = {"http", "https", "mailto"}
_PARAGRAPHS_ONLY = re.compile(r"\s*(?:<p>[^<]*</p>\s*)*")
_PARAGRAPH = re.compile(r"<p>([^<]*)</p>")
_EMPHASIS = re.compile(r"[*_]")


def clean(text: str) -> str:
    """Text without control characters, lone surrogates or invisible marks; Unix line ends."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROLS.sub("", text)


def looks_like_html(text: str) -> bool:
    return bool(_LOOKS_HTML.search(text))


def _converter(floor: int) -> Any:
    from markdownify import MarkdownConverter

    class Converter(MarkdownConverter):
        """Headings start at `floor` (3: below the case's own `##` sections); no images."""

        def convert_hN(self, n: int, el: Any, text: str, parent_tags: Any) -> str:
            level = max(floor, min(n + floor - 2, 6))
            parent: Any = super()
            return str(parent.convert_hN(level, el, text, parent_tags))

        def convert_img(self, el: Any, text: str, parent_tags: Any) -> str:
            return ""

    # a link whose text is its address stays a link: markdownify's <url> form would read
    # as a raw tag, which every cell has escaped
    return Converter(heading_style="ATX", bullets="-", strip_document="strip",
                     escape_misc=False, autolinks=False)


_CONVERTERS: dict[int, Any] = {}


def html_to_markdown(text: str, floor: int = 3) -> str:
    """HTML as Markdown: sanitised first (scripts, styles and their content, images and
    unsafe links go), then converted; links and lists survive. Headings start at `floor`."""
    import nh3

    safe = nh3.clean(text, tags=_TAGS, clean_content_tags=_DROPPED,
                     attributes={"a": {"href", "title"}, "td": {"colspan"}, "th": {"colspan"},
                                 "ol": {"start"}},
                     url_schemes=_SCHEMES, link_rel=None, strip_comments=True)
    if _PARAGRAPHS_ONLY.fullmatch(safe):
        return _TAG_START.sub("&lt;", _paragraphs(safe))
    if floor not in _CONVERTERS:
        _CONVERTERS[floor] = _converter(floor)
    return _TAG_START.sub("&lt;", str(_CONVERTERS[floor].convert(safe)))


def _paragraphs(safe: str) -> str:
    """What markdownify makes of HTML that is only paragraphs of text (most rich-text cells
    are), at a fifth of the cost: runs of white space as one, `*` and `_` escaped."""
    import html

    out = []
    for part in _PARAGRAPH.findall(safe):
        text = " ".join(html.unescape(part).split())
        if text:
            out.append(_EMPHASIS.sub(r"\\\g<0>", text))
    return "\n\n".join(out)


def to_markdown(value: str) -> str:
    """A cell as a block of Markdown that holds no raw HTML."""
    text = clean(value)
    if looks_like_html(text):
        text = html_to_markdown(text)
    text = _TAG_START.sub("&lt;", text)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return _BLANKS.sub("\n\n", text).strip()


def to_line(value: str) -> str:
    """A cell as one line of plain text (a title, a country, a summary)."""
    text = clean(value)
    if looks_like_html(text):
        import html

        import nh3

        text = html.unescape(nh3.clean(re.sub(r"(?i)<(br|/p|/li|/div|/h\d)\b", r" <\1", text),
                                       tags=set(), clean_content_tags=_DROPPED))
        text = clean(text)
    return " ".join(text.split())
