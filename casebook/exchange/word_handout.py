"""A collection's handout as a Word document: cover, contents field, a case per page."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

from docx.document import Document

from casebook.exchange.packs import Cases, ExportReport, Progress
from casebook.exchange.word import add, contents, document, heading, hyperlink, save, table
from casebook.exchange.word_html import add_html, numbered
from casebook.render.casepage import place_line, stated_outcomes
from casebook.render.handout import (
    EDITION,
    body_html,
    check_audience,
    reading_minutes,
    reading_time,
    verdict_line,
)
from casebook.userdata.collections import Collection, Item


def write_docx_export(collection: Collection, cases: Cases, target: str | os.PathLike[str],
                      progress: Progress | None = None,
                      audience: str = "participant") -> ExportReport:
    """The handout as DOCX from loaded data (see packs.load); safe in a worker thread."""
    trainer = check_audience(audience) == "trainer"
    items = collection.items
    doc = document(collection.name)
    minutes = [reading_minutes(item, cases.get(item.id)) for item in items]
    add(doc, collection.name, "Title")
    add(doc, EDITION[audience], "Subtitle")
    for block in _paragraphs(collection.description):
        doc.add_paragraph(block)
    facts = [f"{len(items)} case{'' if len(items) == 1 else 's'}",
             f"{reading_time(sum(minutes))} of reading", date.today().isoformat()]
    doc.add_paragraph(" · ".join(facts))
    contents(doc, "Contents", [f"{n}. {item.title}" for n, item in enumerate(items, 1)])
    for n, item in enumerate(items, 1):
        title = heading(doc, f"{n}. {item.title}", 1)
        title.paragraph_format.page_break_before = True
        _case(doc, item, cases.get(item.id), minutes[n - 1], trainer)
        if progress is not None:
            progress(n, len(items))
    save(doc, target)
    return ExportReport(str(Path(target)), "docx", len(items),
                        [i.id for i in items if i.id not in cases], audience)


def _paragraphs(text: str) -> list[str]:
    return [" ".join(b.split()) for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]


def _case(doc: Document, item: Item, case: dict[str, Any] | None, minutes: int,
          trainer: bool) -> None:
    if case is not None:
        where = place_line(case.get("country") or [], case.get("place"), case.get("level"),
                           case.get("year_start"), case.get("year_end"))
        add(doc, " · ".join(x for x in [where, f"{minutes} min read"] if x), "Subtitle")
        if case.get("verdict"):
            doc.add_paragraph().add_run(verdict_line(case)).bold = True
    if trainer and item.note:
        heading(doc, "Trainer's note", 2)
        for block in _paragraphs(item.note):
            add(doc, block, "Intense Quote")
    if item.questions:
        heading(doc, "Discussion questions", 2)
        numbered(doc, list(item.questions))
    if case is None:
        shown = "its title and the trainer's notes are" if trainer else "its title is"
        doc.add_paragraph(f"This case (id {item.id}) is no longer in the library; only "
                          f"{shown} shown.")
        return
    if case.get("summary"):
        add(doc, str(case["summary"]), "Quote")
    add_html(doc, body_html(str(case.get("body") or ""), str(case.get("path") or "")))
    _metrics(doc, case)
    _results(doc, case)
    _sources(doc, case)
    _credit(doc, case)


def _number(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, int) and not isinstance(value, bool) else str(value)


def _metrics(doc: Document, case: dict[str, Any]) -> None:
    metrics = [m for m in case.get("metrics") or [] if isinstance(m, dict)]
    if not metrics:
        return
    heading(doc, "Metrics", 2)
    rows = []
    for m in metrics:
        value = " ".join(x for x in (_number(m.get("value", "")), str(m.get("unit") or "")) if x)
        if m.get("year"):
            value += f" ({m['year']})"
        before = ""
        if m.get("baseline") is not None:
            before = _number(m["baseline"]) + (f" ({m['baseline_year']})"
                                               if m.get("baseline_year") else "")
        rows.append([str(m.get("label") or ""), value, before,
                     f"[{m['source']}]" if m.get("source") else ""])
    table(doc, ["Measure", "Value", "Before", "Source"], rows, [76, 42, 30, 22])


def _results(doc: Document, case: dict[str, Any]) -> None:
    stated = stated_outcomes(case)
    if not stated:
        return
    heading(doc, "Results and evidence", 2)
    rows = [[str(o.get("label") or o.get("id")), str(o.get("result") or "").replace("-", " "),
             str(o.get("evidence") or ""), note,
             f"[{o['source']}]" if o.get("source") else ""] for o, _how, note in stated]
    table(doc, ["Outcome", "Result", "Evidence", "Note", "Source"], rows,
          [38, 20, 24, 66, 22])


def _sources(doc: Document, case: dict[str, Any]) -> None:
    sources = [s for s in case.get("sources") or [] if isinstance(s, dict)]
    if not sources:
        return
    heading(doc, "Sources", 2)
    listed = numbered(doc, [". ".join(str(s[k]) for k in ("publisher", "title", "year")
                                      if s.get(k)) for s in sources])
    for para, source in zip(listed, sources, strict=True):
        url = str(source.get("url") or "")
        doi = str(source.get("doi") or "")
        if doi and not url:
            url = f"https://doi.org/{doi}"
        if url.startswith(("http://", "https://")):
            para.add_run(". ")
            hyperlink(para, url, url)


def _credit(doc: Document, case: dict[str, Any]) -> None:
    para = add(doc, "", "Caption")
    for key, name in (("attribution", "Attribution"), ("licence", "Licence")):
        if case.get(key):
            if para.runs:
                para.add_run(" · ")
            para.add_run(f"{name}: ").bold = True
            para.add_run(str(case[key]))
    if not para.runs:
        para._p.getparent().remove(para._p)
