"""The built-in importers: a mapping file each (resources/importers/) plus the code that
derives the columns a mapping cannot."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from casebook import paths
from casebook.cases.cells import clean, html_to_markdown, looks_like_html, to_line
from casebook.cases.mapping import YEAR, Record

Prepare = Callable[[dict[str, Any]], dict[str, Any]]
_PAGE = re.compile(r"(?:case-)?([\w-]+?)(?:\.html?)?/?$")
_GLOBAL = {"global", "international", "worldwide", "multiple", "multiple countries"}
_SECTIONS = {
    "background history and context": "Context", "background": "Context",
    "problems and purpose": "Challenge", "methods and tools used": "Strategy",
    "influence, outcomes, and effects": "Outcomes", "influence outcomes and effects": "Outcomes",
    "analysis and lessons learned": "Lessons",
}
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


def govlab(data: dict[str, Any]) -> dict[str, Any]:
    """A GovLab record: its id from its slug or page, its level from its location, its year
    from a year or date column, else from the first year its project section names."""
    record = Record(data)
    out = dict(data)
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
    for column in ("year", "date", "launched", "start", "project", "background", "summary"):
        value = record.get(column)
        text = clean(str(value)) if value not in (None, "") else ""
        year = YEAR.search(text)
        if year:
            out["year"] = year.group(1)
            break
    return out


def participedia(data: dict[str, Any]) -> dict[str, Any]:
    """A Participedia row: `place` from city and province; the HTML body as Markdown whose
    headings that match Casebook's sections are renamed to them."""
    record = Record(data)
    out = dict(data)
    out["place"] = ", ".join(p for p in (_text(record, "city"), _text(record, "province")) if p)
    body = record.get("body")
    if isinstance(body, str) and body.strip():
        text = clean(body)
        markdown = html_to_markdown(text, floor=2) if looks_like_html(text) else text

        def rename(m: re.Match[str]) -> str:
            heading = " ".join(m.group(1).strip("# ").split())
            return "## " + _SECTIONS.get(heading.lower(), heading)

        out["body"] = _H2.sub(rename, markdown)
    return out


BUILTINS = {
    "govlab-odi": Builtin("govlab-odi", "The GovLab's Open Data's Impact case studies "
                          "(YAML, CC BY-SA 4.0)", govlab),
    "participedia": Builtin("participedia", "Participedia's CSV export of cases "
                            "(CC BY-SA 4.0)", participedia),
}
