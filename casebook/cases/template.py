"""The case template's placeholders, and a warning for each one still in a case file."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from casebook import paths
from casebook.cases.checker import Checker
from casebook.cases.model import DRAFT_CODE, Case
from casebook.cases.parsing import Document, Pos, parse_text
from casebook.facets import TAG_FACETS


@dataclass(frozen=True)
class Template:
    """What the case template (resources/case-template.md) holds as placeholders."""

    summary: str
    tags: dict[str, tuple[Any, str]]  # facet -> (example values, the note on their line)
    source_fields: dict[str, str]  # e.g. title -> "Title of the report, ..."
    sections: dict[str, str]  # heading, lowercase -> the hint under it


_COMMENT = re.compile(r"\s#\s.*$")


@cache
def case_template(language: str = "en") -> Template | None:
    """The placeholders of the template in a language (English when it is not translated),
    read once; None when the template cannot be read."""
    name = f"case-template.{language}.md"
    if language == "en" or not paths.resource(name).is_file():
        name = "case-template.md"
    try:
        text = paths.resource(name).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return None
    doc = parse_text("case-template.md", text)
    summary = doc.meta.get("summary")
    tags: dict[str, tuple[Any, str]] = {}
    for facet in TAG_FACETS:
        note = _COMMENT.search(doc.line_text(doc.pos(facet)[0]))
        if facet in doc.meta and note:
            tags[facet] = (doc.meta[facet], note.group(0).strip())
    sources = doc.meta.get("sources")
    first = sources[0] if isinstance(sources, list) and sources else {}
    fields = {k: v for k, v in first.items() if isinstance(v, str) and "{" not in v} \
        if isinstance(first, dict) else {}
    return Template(
        summary=summary.strip() if isinstance(summary, str) else "",
        tags=tags, source_fields=fields,
        sections={s.heading.lower(): s.text for s in doc.sections if s.text})


def placeholders(c: Checker, case: Case) -> None:
    """A warning at each placeholder of the case template still in the file; a summary
    still the template's makes the case a draft, left out of the facet counts."""
    template = case_template((case.language or "en").lower())
    if template is None:
        return
    if template.summary and case.summary == template.summary:
        c.doc.problem(_text_start(c.doc, c.pos("summary")), "warning",
                      "the summary is still the case template's; until it is written, this "
                      "case is left out of the counts beside tags, countries and levels",
                      DRAFT_CODE)
    for facet, (values, note) in template.tags.items():
        pos = c.pos(facet)
        if _ids(c.meta.get(facet)) == _ids(values) and note in c.doc.line_text(pos[0]):
            c.warn(pos, f"'{facet}' still has the case template's example "
                   f"({note.lstrip('#').strip()})", "placeholder")
    sources = c.meta.get("sources")
    for i, item in enumerate(sources if isinstance(sources, list) else []):
        for name, value in template.source_fields.items():
            if isinstance(item, dict) and item.get(name) == value:
                c.warn(c.pos("sources", i, name), f"source {i + 1}: the {name} is still the "
                       "case template's example", "placeholder")
    for section in case.sections:
        if template.sections.get(section.heading.lower()) == section.text:
            c.warn(_text_start(c.doc, (section.line, 1)), f"'## {section.heading}' still "
                   "holds the case template's hint", "placeholder")


def _ids(value: Any) -> Any:
    """A tag list's ids (an outcome may be a mapping with an id, result and evidence)."""
    if not isinstance(value, list):
        return value
    return [v.get("id") if isinstance(v, dict) else v for v in value]


def _text_start(doc: Document, pos: Pos) -> Pos:
    """Where a block of text begins: past a '|' or '>' block indicator, or a heading."""
    line, col = pos
    here = doc.line_text(line)[col - 1 :]
    if not (here.startswith(("|", ">", "#"))):
        return pos
    for n in range(line + 1, line + 50):
        text = doc.line_text(n)
        if text.strip():
            return n, len(text) - len(text.lstrip()) + 1
    return pos
