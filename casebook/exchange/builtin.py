"""The built-in importers: a mapping file each (resources/importers/) plus the code that
derives the columns a mapping cannot."""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from casebook import paths
from casebook.cases.cells import clean, html_to_markdown, looks_like_html, to_line
from casebook.cases.mapping import YEAR, Record
from casebook.cases.text import norm_key

Prepare = Callable[[dict[str, Any]], dict[str, Any]]
_PAGE = re.compile(r"(?:case-)?([\w-]+?)(?:\.html?)?/?$")
_GLOBAL = {"global", "international", "worldwide", "multiple", "multiple countries"}
# Participedia's case headings, in the order of its editor's templates (the current one
# and the older one), and the Casebook sections some of them are
_HEADINGS = (
    "Summary", "Problems and Purpose", "Purpose and Problems", "Background History and Context",
    "Background", "History and Context", "Organizing, Supporting, and Funding Entities",
    "Participant Recruitment and Selection", "Methods and Tools Used",
    "Deliberation, Decisions, and Public Interaction",
    "What Went On: Process, Interaction, and Participation",
    "Influence, Outcomes, and Effects", "Analysis and Lessons Learned", "See Also",
    "References", "External Links", "Notes")
_SECTIONS = {
    "background history and context": "Context", "background": "Context",
    "history and context": "Context", "problems and purpose": "Challenge",
    "purpose and problems": "Challenge", "methods and tools used": "Strategy",
    "influence, outcomes, and effects": "Outcomes", "influence outcomes and effects": "Outcomes",
    "analysis and lessons learned": "Lessons",
}
# a heading of one or two words must stand alone: before two spaces (where the export put
# a tag), or glued to the next text after a sentence's end; a longer one is found wherever
# it is, since the export glues a heading to the text after it ("Methods and Tools UsedCit")
_AFTER_BREAK = r"(?:^|(?<=[.!?:;\"\u201d)\]])|(?<=\s\s))\s*"
_NEXT = r"(?=\s|[A-Z\"\u201c(\d]|$)"


def _heading_pattern(heading: str) -> str:
    name = re.escape(heading)
    if len(heading.split()) > 2:
        return rf"\s*({name}){_NEXT}"
    return rf"(?:\s*({name})(?=\s\s|\s*$)|{_AFTER_BREAK}({name})(?=[A-Z\"\u201c(\d]))"


_FIND_HEADING = re.compile("|".join(
    _heading_pattern(h) for h in sorted(_HEADINGS, key=len, reverse=True)))
_PARAGRAPH_BREAK = re.compile(r"(?<=[.!?:\"\u201d)])\s{2,}(?=[A-Z\"\u201c(\d])")
_NARRATIVE_KEYS = {"summary", "takeaways", "numbers", "quotes", "background", "data",
                   "path to impact", "outcome", "project", "impact", "discussion", "action",
                   "challenges", "looking forward"}
_MULTI = re.compile(r"^(.+)_(\d{1,2})$")
_REAL_TAG = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9]*[\s/>]|/[a-zA-Z])")
_H2 = re.compile(r"(?m)^## +(.+?)\s*$")


@dataclass(frozen=True)
class Builtin:
    name: str
    label: str
    prepare: Prepare

    @property
    def mapping(self) -> str:
        return str(paths.resource(f"importers/{self.name}.toml"))


def _text(record: Record, *columns: str) -> str:
    for column in columns:
        value = record.get(column)
        if value not in (None, "", []):
            return to_line(str(value)) if not isinstance(value, list) else to_line(
                " ".join(str(v) for v in value))
    return ""


# The study's narratives: a citation is a link to "#" around the cited words, its number in
# a <sup>; lines of one lowercase word ("box 1", "table") mark where a box or table was to
# go; figure captions name images that are not imported
_CITE = re.compile(r"<a\b[^>]*#reference-(\d+)[^>]*>((?:(?!<a\b|</a>).)*?)</a>", re.S | re.I)
_CITE_OPEN = re.compile(r"<a\b[^>]*#reference-\d+[^>]*>", re.I)
_CITE_SUP = re.compile(r"\s*<sup>\s*(\d+)\s*</sup>", re.I)
_MARKER = re.compile(r"(?:(?<=</p>)|(?<=</ul>)|(?<=</ol>)|(?<=</blockquote>)|(?<=</h\d>)|^)"
                     r"\s*[a-z]+(?: \d+)?\s*(?=<(?:p|ul|ol|blockquote|h\d|div)\b|$)")
_CAPTION = re.compile(r"<(h[1-6]|blockquote)\b[^>]*>\s*(?:<[^>]+>\s*)*(?:Figure|Table)\s*\d+"
                      r".*?</\1>|<p>\s*<b>\s*(?:Figure|Table)\s*\d+.*?</b>\s*</p>", re.S | re.I)
_LEAD = re.compile(r"^\s*(?:<p>\s*)?(?:<b>\s*)?(?:Key Takeaways|Summary)\s*:\s*(?:</b>\s*)?"
                   r"(?:</p>)?\s*", re.I)


def _narrative(text: str) -> str:
    """A GovLab narrative's HTML with citations as "cited words [n]", without the markers
    of missing boxes and tables, figure captions or a leading "Key Takeaways:"."""
    text = _CITE.sub(lambda m: f"{_CITE_SUP.sub('', m.group(2)).rstrip()} [{m.group(1)}]", text)
    text = _CITE_SUP.sub(r" [\1]", _CITE_OPEN.sub("", text))
    text = _CAPTION.sub("", _MARKER.sub("", text.strip()))
    return _LEAD.sub("", text, count=1)


def _references(items: list[Any]) -> str:
    """The study's references ({number, title, text}, or a title and url) as a numbered
    Markdown list, the placeholders (every part empty) left out."""
    lines = []
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict):
            text = to_line(str(item or ""))
            if text:
                lines.append(f"{n}. {text}")
            continue
        number = item.get("number") or n
        title = to_line(str(item.get("title") or ""))
        raw = clean(str(item.get("text") or "")).strip()
        link = " ".join(html_to_markdown(raw).split()) if looks_like_html(raw) else to_line(raw)
        if link.startswith(("http://", "https://")) and " " not in link:
            link = f"[{link}]({link})"
        url = to_line(str(item.get("url") or item.get("link") or ""))
        if url.startswith(("http://", "https://")) and " " not in url:
            title, link = (f"[{title}]({url})", link) if title else (f"[{url}]({url})", link)
        parts = [p for p in (title, link) if p]
        if parts:
            lines.append(f"{number}. " + " ".join(parts))
    return "\n".join(lines)


def govlab(data: dict[str, Any]) -> dict[str, Any]:
    """A GovLab record: its narratives cleaned (citations, markers, captions), references
    as a list; its id from its slug or page, else its title; its level from its location;
    its year from a year or date column, else the first year its project section names."""
    record = Record(data)
    out = dict(data)
    for key in list(out):
        if norm_key(str(key)) in _NARRATIVE_KEYS and isinstance(out[key], str):
            out[key] = _narrative(clean(out[key]))
    references = record.get("references")
    if isinstance(references, list):
        out["references"] = _references(references)
    page = _text(record, "url", "link", "page", "permalink")
    if page.startswith(("http://", "https://")):
        out["page"] = page
    slug = _text(record, "slug", "id")
    if not slug and page:
        found = _PAGE.search(page.rstrip("/"))
        slug = found.group(1) if found else ""
    out["record id"] = slug or _text(record, "title")
    location = _text(record, "location", "country")
    places = [p for p in re.split(r"\s*(?:,|;| and )\s*", location) if p]
    if places:
        out["level"] = ("supranational" if len(places) > 1 or location.lower() in _GLOBAL
                        else "national")
    for column in ("year", "date", "launched", "start", "project", "path_to_impact", "background",
                   "summary"):
        value = record.get(column)
        text = clean(str(value)) if value not in (None, "") else ""
        year = YEAR.search(text)
        if year:
            out["year"] = year.group(1)
            break
    return out


def participedia(data: dict[str, Any]) -> dict[str, Any]:
    """A Participedia row: numbered columns (`approaches_1`, `approaches_2`, ...) joined
    into one; `place` from city and province; the body as Markdown with Participedia's
    headings as sections, those that match Casebook's renamed to them. The export replaced
    the body's HTML tags by spaces; an HTML body (older exports) is converted instead."""
    out = _labelled(_join_numbered(data))
    record = Record(out)
    out["place"] = ", ".join(p for p in (_text(record, "city"), _text(record, "province")) if p)
    for column in ("title", "description"):
        value = record.get(column)
        if isinstance(value, str) and not _REAL_TAG.search(value):
            out[column] = html.unescape(value)
    body = record.get("body")
    if isinstance(body, str) and body.strip():
        text = clean(body)
        if _REAL_TAG.search(text):
            def rename(m: re.Match[str]) -> str:
                heading = " ".join(m.group(1).strip("# ").split())
                return "## " + _SECTIONS.get(heading.lower(), heading)

            out["body"] = _H2.sub(rename, html_to_markdown(text, floor=2))
        else:
            out["body"] = stripped_body(html.unescape(text))
    return out


def _join_numbered(data: dict[str, Any]) -> dict[str, Any]:
    """`x_1`, `x_2`, ... as one column `x`, its values joined by commas (the export splits a
    list into numbered columns, each after the first starting with a space)."""
    out: dict[str, Any] = {}
    numbered: dict[str, list[tuple[int, str]]] = {}
    for key, value in data.items():
        found = _MULTI.match(str(key))
        if found and found.group(1) not in data:
            text = "" if value is None else str(value).strip()
            numbered.setdefault(found.group(1), []).append((int(found.group(2)), text))
        else:
            out[key] = value
    for base, parts in numbered.items():
        out[base] = ", ".join(t for _, t in sorted(parts) if t)
    return out


@functools.cache
def _labels() -> dict[str, dict[str, str]]:
    import tomllib

    with open(paths.resource("importers/participedia-labels.toml"), "rb") as handle:
        return tomllib.load(handle)


def _labelled(data: dict[str, Any]) -> dict[str, Any]:
    """The list columns' keys as their English labels, separated by semicolons (a label
    may hold a comma); the challenges that specific topics name."""
    tables = _labels()
    topics = str(data.get("specific_topics") or "").split(",")
    data["challenge topics"] = "; ".join(
        tables["challenge_topics"][k.strip()] for k in topics
        if k.strip() in tables["challenge_topics"])
    for column in ("general_issues", "specific_topics", "purposes", "approaches"):
        value = data.get(column)
        if value in (None, ""):
            continue
        keys = (k.strip() for k in str(value).split(","))
        data[column] = "; ".join(tables[column].get(k, k) for k in keys if k)
    return data


def stripped_body(text: str) -> str:
    """A Participedia body whose tags became spaces, as Markdown: its headings found again
    (in their template's order, each at most once) and made sections; paragraphs where a
    sentence ended before a tag's double space."""
    found: list[tuple[int, int, str]] = []
    last = -1
    for m in _FIND_HEADING.finditer(text):
        heading = next(g for g in m.groups() if g)
        if _HEADINGS.index(heading) <= last:
            continue
        found.append((m.start(), m.end(), heading))
        last = _HEADINGS.index(heading)
    blocks: list[str] = []
    starts = [0, *[end for _, end, _ in found]]
    ends = [start for start, _, _ in found] + [len(text)]
    names = [None, *[h for _, _, h in found]]
    taken: set[str] = set()
    for name, start, end in zip(names, starts, ends, strict=True):
        paragraphs = [" ".join(p.split()) for p in _PARAGRAPH_BREAK.split(text[start:end])]
        paragraphs = [re.sub(r" (?=[.,;:!?)])", "", p) for p in paragraphs if p]
        if name is not None:
            section = _SECTIONS.get(name.lower(), name)
            if section in taken:
                section = name
            taken.add(section)
            if not paragraphs:
                continue
            blocks.append(f"## {section}")
        blocks.extend(paragraphs)
    return "\n\n".join(blocks)


BUILTINS = {
    "govlab-odi": Builtin("govlab-odi", "The GovLab's Open Data's Impact case studies "
                          "(YAML, CC BY-SA 4.0)", govlab),
    "participedia": Builtin("participedia", "Participedia's CSV export of cases "
                            "(CC BY-SA 4.0)", participedia),
}
