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

from casebook.casepage import years
from casebook.collections import Collection

_LEADING_H1 = re.compile(r"\A\s*#\s[^\n]*\n")
_TAGS = set(nh3.ALLOWED_TAGS) - {"img", "map", "area"}  # no external resources
_ATTRIBUTES = {k: set(v) for k, v in nh3.ALLOWED_ATTRIBUTES.items()}
for _cell in ("td", "th"):
    _ATTRIBUTES.setdefault(_cell, set()).add("align")

CSS = """
body { font-family: Georgia, 'Times New Roman', serif; font-size: 11pt; line-height: 1.45;
       color: #111; max-width: 46em; margin: 0 auto; padding: 1em; }
h1, h2, h3 { font-family: 'Helvetica Neue', Arial, sans-serif; line-height: 1.2; }
h1 { font-size: 20pt; margin: 0 0 0.3em; }
h2 { font-size: 14pt; margin: 1.2em 0 0.3em; }
h3 { font-size: 12pt; }
.cover { padding-top: 4em; }
.cover h1 { font-size: 28pt; }
.cover .meta, .case .meta { color: #555; font-size: 10pt; }
.toc ol { padding-left: 1.5em; }
.toc a { color: #111; text-decoration: none; }
.case { page-break-before: always; break-before: page; }
table.trainer { border: 1px solid #d9c77a; border-collapse: collapse; background-color: #fbf6e3;
                margin: 1em 0; }
table.trainer td { border: none; padding: 0.3em 0.9em; }
.trainer h2, .trainer h3 { margin-top: 0.3em; }
.missing { color: #8a1c1c; }
.summary { font-style: italic; }
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
        from casebook.render import render_case_html
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


def _anchor(case_id: str) -> str:
    return "case-" + re.sub(r"[^a-z0-9-]", "-", case_id.lower())


def handout_html(collection: Collection, cases: Mapping[str, Mapping[str, Any]],
                 progress: Callable[[int, int], None] | None = None) -> str:
    """The whole handout; `cases` maps each present case id to its `Library.case` dict."""
    items = collection.items
    name = escape(collection.name)
    out = [f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
           f'<meta name="generator" content="Casebook"><title>{name}</title>'
           f"<style>{CSS}</style></head><body>",
           f'<div class="cover"><h1>{name}</h1>',
           _paragraphs(collection.description),
           f'<p class="meta">{len(items)} case{"" if len(items) == 1 else "s"} · '
           f"{date.today().isoformat()}</p></div>",
           '<div class="toc" style="page-break-before: always"><h2>Contents</h2><ol>']
    for item in items:
        flag = " (missing)" if item.missing else ""
        out.append(f'<li><a href="#{_anchor(item.id)}">{escape(item.title)}</a>{flag}</li>')
    out.append("</ol></div>")
    for n, item in enumerate(items, 1):
        anchor = _anchor(item.id)
        out.append(f'<div class="case" id="{anchor}" style="page-break-before: always">'
                   f'<a name="{anchor}"></a><h1>{n}. {escape(item.title)}</h1>')
        case = cases.get(item.id)
        if case is not None:
            meta = " · ".join(x for x in [", ".join(case.get("country") or []),
                                          case.get("place") or "", case.get("level") or "",
                                          years(case)] if x)
            out.append(f'<p class="meta">{escape(meta)}</p>')
        if item.note or item.questions:
            out.append('<table class="trainer" width="100%" cellspacing="0" cellpadding="8" '
                       'border="1"><tr><td bgcolor="#fbf6e3">')
            if item.note:
                out.append(f"<h2>Trainer's note</h2>{_paragraphs(item.note)}")
            if item.questions:
                out.append("<h3>Discussion questions</h3><ol>")
                out += [f"<li>{escape(q)}</li>" for q in item.questions]
                out.append("</ol>")
            out.append("</td></tr></table>")
        if case is None:
            out.append(f'<p class="missing">This case (id {escape(item.id)}) is no longer in '
                       f"the library; only its title and the trainer's notes are shown.</p>")
        else:
            if case.get("summary"):
                out.append(f'<p class="summary">{escape(str(case["summary"]))}</p>')
            out.append(body_html(str(case.get("body") or ""), str(case.get("path") or "")))
            sources = case.get("sources") or []
            if sources:
                out.append('<div class="sources"><h2>Sources</h2><ol>')
                out += [f"<li>{source_line(s)}</li>" for s in sources if isinstance(s, dict)]
                out.append("</ol></div>")
        out.append("</div>")
        if progress is not None:
            progress(n, len(items))
    out.append("</body></html>\n")
    return "\n".join(out)
