"""A collection as one self-contained, printable HTML handout (also the source of the PDF)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date
from html import escape
from typing import Any

import markdown
import nh3
from markdown.extensions.tables import TableExtension

from casebook.errors import InputError
from casebook.render.casepage import (
    credit_html,
    metrics_table,
    origin_text,
    place_line,
    stated_outcomes,
)
from casebook.userdata.collections import Collection, Item

AUDIENCES = ("participant", "trainer")
EDITION = {"participant": "Participant handout",
           "trainer": "Trainer's edition, with the trainer's notes: not for participants"}
WORDS_PER_MINUTE = 200
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_LINK_TARGET = re.compile(r"\]\([^)]*\)")

_LEADING_H1 = re.compile(r"\A\s*#\s[^\n]*\n")
_TAGS = set(nh3.ALLOWED_TAGS) - {"img", "map", "area"}  # no external resources
_ATTRIBUTES = {k: set(v) for k, v in nh3.ALLOWED_ATTRIBUTES.items()}
for _cell in ("td", "th"):
    _ATTRIBUTES.setdefault(_cell, set()).add("align")

CSS = """
body { font-family: Georgia, 'Times New Roman', serif; font-size: 11pt; line-height: 1.45;
       color: #111; max-width: 46em; margin: 0 auto; padding: 1em; }
h1, h2, h3 { font-family: 'Helvetica Neue', Arial, sans-serif; line-height: 1.2;
             page-break-after: avoid; break-after: avoid; }
h1 { font-size: 20pt; margin: 0 0 0.3em; }
h2 { font-size: 14pt; margin: 1.2em 0 0.3em; }
h3 { font-size: 12pt; }
.cover { padding-top: 4em; }
.cover h1 { font-size: 30pt; margin-top: 90px; margin-bottom: 18px; }
.edition { font-family: 'Helvetica Neue', Arial, sans-serif; font-size: 10pt; color: #555;
           text-transform: uppercase; letter-spacing: 1px; }
.edition.trainer { color: #8a5a00; }
.facts { font-family: 'Helvetica Neue', Arial, sans-serif; font-size: 12pt; margin-top: 24px; }
.cover .meta, .case .meta { color: #555; font-size: 10pt; }
.toc ol { padding-left: 1.5em; }
.toc a { color: #111; text-decoration: none; }
table.toc-pages { border: none; margin-top: 6px; }
table.toc-pages td { border: none; padding: 5px 0; }
.case { page-break-before: always; break-before: page; }
table.box { border: 1px solid #bbb; border-collapse: collapse; background-color: #f3f5f8;
            margin: 1em 0; page-break-inside: avoid; }
table.trainer { border-color: #d9c77a; background-color: #fbf6e3; }
table.box td { border: none; padding: 0.3em 0.9em; }
.box h3 { margin-top: 0.3em; }
.missing { color: #8a1c1c; }
.summary { font-style: italic; }
.verdict { font-family: 'Helvetica Neue', Arial, sans-serif; }
.credit { color: #555; font-size: 10pt; }
table { border-collapse: collapse; }
td, th { border: 1px solid #999; padding: 2px 6px; }
pre, code { font-family: 'DejaVu Sans Mono', monospace; font-size: 9.5pt; }
.sources li { margin-bottom: 0.3em; word-wrap: break-word; }
a { color: #17407a; }
@page { size: A4; margin: 2cm; }
@media print { body { max-width: none; padding: 0; } a { color: #111; } }
"""


def _external_renderer() -> Callable[[str, str], str] | None:
    try:
        from casebook.render.markdown import render_case_html
    except ImportError:
        return None
    renderer: Callable[[str, str], str] = render_case_html
    return renderer


def body_html(text: str, case_path: str = "") -> str:
    """A case body as sanitised HTML without images (a handout loads nothing from outside)."""
    text = _LEADING_H1.sub("", text, count=1)
    render = _external_renderer()
    if render is not None:
        raw = render(text, case_path)
    else:
        raw = markdown.markdown(text, extensions=[
            "fenced_code", "sane_lists", "footnotes",
            TableExtension(use_align_attribute=True)])
    return nh3.clean(raw, tags=_TAGS, attributes=_ATTRIBUTES,
                     url_schemes={"http", "https", "mailto"})


def _paragraphs(text: str) -> str:
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()]
    return "".join(f"<p>{escape(b).replace(chr(10), '<br>')}</p>" for b in blocks)


def source_line(source: Mapping[str, Any]) -> str:
    parts = [escape(str(source[k])) for k in ("publisher", "title", "year") if source.get(k)]
    text = ". ".join(parts)
    url = str(source.get("url") or "")
    if url.startswith(("http://", "https://")):
        text += f'. <a href="{escape(url)}">{escape(url)}</a>'
    return text


def verdict_line(case: Mapping[str, Any]) -> str:
    """'Verdict: mixed', or '' when the case gives none."""
    verdict = case.get("verdict")
    return f"Verdict: {str(verdict).replace('-', ' ')}" if verdict else ""


def result_lines(case: Mapping[str, Any]) -> list[str]:
    """Each outcome that says how it turned out, as plain text, as the reader shows it:
    'Civic engagement · result: reversed · evidence: evaluation — Grew, then fell (source 2)'.
    The label is the one `load` added, else the id."""
    lines = []
    for o, how, note in stated_outcomes(case):
        line = " · ".join(x for x in (str(o.get("label") or o.get("id")), how) if x)
        if note:
            line += f" — {note}"
        if o.get("source"):
            line += f" (source {o['source']})"
        lines.append(line)
    return lines


def credit_line(case: Mapping[str, Any]) -> str:
    """'Attribution: X · Licence: Y · Imported from: dataset, record N (URL)' (any part
    alone), or '' when the case gives none."""
    parts = [f"{name}: {case[key]}" for key, name in (("attribution", "Attribution"),
                                                      ("licence", "Licence")) if case.get(key)]
    origin = origin_text(case)
    if origin:
        url = (case.get("origin") or {}).get("url")
        parts.append(f"Imported from: {origin}" + (f" ({url})" if url else ""))
    return " · ".join(parts)


def anchor(case_id: str) -> str:
    """The name of the anchor where a case starts in the handout."""
    return "case-" + re.sub(r"[^a-z0-9-]", "-", case_id.lower())


def check_audience(audience: str) -> str:
    if audience not in AUDIENCES:
        raise InputError(f"unknown audience '{audience}'; use one of {', '.join(AUDIENCES)}")
    return audience


def words(text: str) -> int:
    """How many words a Markdown text has (link targets left out)."""
    return len(_WORD.findall(_LINK_TARGET.sub("]", text)))


def reading_minutes(item: Item, case: Mapping[str, Any] | None) -> int:
    """Minutes a participant needs to read a case and its questions (at least one)."""
    count = sum(words(q) for q in item.questions)
    if case is None:
        return round(count / WORDS_PER_MINUTE)
    count += words(str(case.get("summary") or "")) + words(str(case.get("body") or ""))
    return max(1, round(count / WORDS_PER_MINUTE))


def reading_time(minutes: int) -> str:
    """'about 45 minutes', 'about 1 hour 5 minutes'."""
    hours, rest = divmod(minutes, 60)
    parts = [f"{hours} hour{'' if hours == 1 else 's'}"] if hours else []
    if rest or not hours:
        parts.append(f"{rest} minute{'' if rest == 1 else 's'}")
    return "about " + " ".join(parts)


def _contents(items: list[Item], pages: Mapping[str, int] | None,
              marker: str | None = None) -> list[str]:
    """The contents list: links in HTML, a page number for each case in the PDF; only a
    paragraph holding `marker` where the writer puts a contents field of its own (ODT)."""
    out = ['<div class="toc" style="page-break-before: always"><h2>Contents</h2>']
    if marker is not None:
        return [*out, f"<p>{escape(marker)}</p></div>"]
    if pages is None:
        out.append("<ol>")
        for item in items:
            flag = " (missing)" if item.missing else ""
            out.append(f'<li><a href="#{anchor(item.id)}">{escape(item.title)}</a>{flag}</li>')
        out.append("</ol></div>")
        return out
    out.append('<table class="toc-pages" width="100%" cellspacing="0" cellpadding="4">')
    for n, item in enumerate(items, 1):
        flag = " (missing)" if item.missing else ""
        page = pages.get(item.id) or ""
        out.append(f'<tr><td width="6%" align="right" valign="top" '
                   f'style="padding-right: 8px">{n}.</td><td width="84%">'
                   f'<a href="#{anchor(item.id)}">{escape(item.title)}</a>{flag}</td>'
                   f'<td width="10%" align="right" valign="bottom">{page}</td></tr>')
    out.append("</table></div>")
    return out


def _box(kind: str, heading: str, content: str, flat: bool = False) -> str:
    if flat:  # no layout table: Qt's ODF writer breaks a list inside a table cell
        return f'<div class="box {kind}"><h3>{heading}</h3>{content}</div>'
    color = "#fbf6e3" if kind == "trainer" else "#f3f5f8"
    return (f'<table class="box {kind}" width="100%" cellspacing="0" cellpadding="8" '
            f'border="1"><tr><td bgcolor="{color}"><h3>{heading}</h3>{content}'
            "</td></tr></table>")


def handout_html(collection: Collection, cases: Mapping[str, Mapping[str, Any]],
                 progress: Callable[[int, int], None] | None = None,
                 audience: str = "participant", pages: Mapping[str, int] | None = None,
                 toc_marker: str | None = None, flat: bool = False) -> str:
    """The whole handout; `cases` maps each present case id to its `Library.case` dict.

    The participant handout has the cases and their discussion questions; the trainer's
    edition adds the trainer's notes. `pages` (case id -> page) numbers the contents list;
    `toc_marker` replaces it by one paragraph (see _contents); `flat` boxes the notes and
    questions without a layout table.
    """
    trainer = check_audience(audience) == "trainer"
    items = collection.items
    name = escape(collection.name)
    minutes = [reading_minutes(item, cases.get(item.id)) for item in items]
    facts = [f"{len(items)} case{'' if len(items) == 1 else 's'}",
             f"{reading_time(sum(minutes))} of reading"]
    out = [f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
           f'<meta name="generator" content="Casebook"><title>{name}</title>'
           f"<style>{CSS}</style></head><body>",
           f'<div class="cover"><p class="edition {audience}">{escape(EDITION[audience])}</p>'
           f"<h1>{name}</h1>",
           _paragraphs(collection.description),
           f'<p class="facts">{" · ".join(facts)}</p>'
           f'<p class="meta">{date.today().isoformat()}</p></div>']
    out += _contents(items, pages, toc_marker)
    for n, item in enumerate(items, 1):
        out.append(f'<div class="case" id="{anchor(item.id)}" style="page-break-before: always">'
                   f'<h1><a name="{anchor(item.id)}"></a>{n}. {escape(item.title)}</h1>')
        case = cases.get(item.id)
        if case is not None:
            where = place_line(case.get("country") or [], case.get("place"),
                               case.get("level"), case.get("year_start"), case.get("year_end"))
            meta = " · ".join(x for x in [where, f"{minutes[n - 1]} min read"] if x)
            out.append(f'<p class="meta">{escape(meta)}</p>')
            if case.get("verdict"):
                out.append(f'<p class="verdict"><b>{escape(verdict_line(case))}</b></p>')
        if trainer and item.note:
            out.append(_box("trainer", "Trainer's note", _paragraphs(item.note), flat))
        if item.questions:
            out.append(_box("questions", "Discussion questions",
                            "<ol>" + "".join(f"<li>{escape(q)}</li>" for q in item.questions)
                            + "</ol>", flat))
        if case is None:
            shown = "its title and the trainer's notes are" if trainer else "its title is"
            out.append(f'<p class="missing">This case (id {escape(item.id)}) is no longer in '
                       f"the library; only {shown} shown.</p>")
        else:
            if case.get("summary"):
                out.append(f'<p class="summary">{escape(str(case["summary"]))}</p>')
            out.append(body_html(str(case.get("body") or ""), str(case.get("path") or "")))
            if case.get("metrics"):
                out.append(f'<div class="metrics"><h2>Metrics</h2>{metrics_table(dict(case))}'
                           "</div>")
            results = result_lines(case)
            if results:
                out.append('<div class="results"><h2>Results and evidence</h2><ul>')
                out += [f"<li>{escape(line)}</li>" for line in results]
                out.append("</ul></div>")
            sources = case.get("sources") or []
            if sources:
                out.append('<div class="sources"><h2>Sources</h2><ol>')
                out += [f"<li>{source_line(s)}</li>" for s in sources if isinstance(s, dict)]
                out.append("</ol></div>")
            out.append(credit_html(dict(case)))
        out.append("</div>")
        if progress is not None:
            progress(n, len(items))
    out.append("</body></html>\n")
    return "\n".join(out)
