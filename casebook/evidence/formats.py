"""The evidence map and the comparison as text, Markdown, CSV and HTML."""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Callable
from typing import Any

from casebook.evidence.compare import Comparison, Row
from casebook.evidence.map import VERDICT_KEYS, Cell, EvidenceMap

SYMBOLS = {"success": "●", "mixed": "◐", "failure": "○", "too-early": "…", "none": "·"}
LEGEND = ("● success · ◐ mixed · ○ failure · … too early · · no verdict · "
          "◇ the taxonomy says this strategy addresses this challenge, and no case shows it")
MAP_FORMATS = ("text", "markdown", "csv", "html")
COMPARE_FORMATS = ("text", "markdown", "html")


def cell_text(cell: Cell | None, link: bool) -> str:
    """'3 ●●◐' for a cell with cases, '◇' for a taxonomy link without one, else ''."""
    if cell is None:
        return "◇" if link else ""
    marks = "".join(SYMBOLS[v] * cell.verdicts[v] for v in VERDICT_KEYS)
    return f"{cell.cases} {marks}"


def map_text(m: EvidenceMap, fmt: str = "text") -> str:
    links = set(m.links)
    header = [f"{m.rows} \\ {m.cols}", *(t.label for t in m.col_terms)]
    body = [[f"{t.label} ({t.cases})",
             *(cell_text(m.cell(t.id, c.id), (t.id, c.id) in links) for c in m.col_terms)]
            for t in m.row_terms]
    title = f"Evidence map: {m.rows} × {m.cols}, {m.total} cases" + (
        f", evidence {m.min_evidence} or stronger" if m.min_evidence else "")
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(body)
        return buffer.getvalue()
    if fmt == "markdown":
        return "\n".join([f"**{title}**", "", _md_row(header),
                          _md_row(["---"] * len(header)), *map(_md_row, body), "",
                          f"_{LEGEND}_", ""])
    if fmt == "html":
        return _html_table(title, header, body, LEGEND)
    if fmt != "text":
        raise ValueError(fmt)
    lines = [title, ""]
    for t in m.row_terms:
        filled = [(c, m.cell(t.id, c.id)) for c in m.col_terms]
        shown = [f"{c.label}: {cell_text(cell, (t.id, c.id) in links)}"
                 for c, cell in filled if cell is not None or (t.id, c.id) in links]
        lines.append(f"{t.label} ({t.cases})" + (": " + "; ".join(shown) if shown else ""))
    return "\n".join([*lines, "", LEGEND, ""])


def compare_cells(c: Comparison, label: Callable[[str, str], str] = lambda _f, v: v
                  ) -> tuple[list[str], list[list[str]]]:
    """The comparison as a table of text: a header row ('' and the titles), then a row
    per field with its label first."""
    titles = [str(case["title"]) for case in c.cases]
    body = [[row.label, *(_value(row, n, label) for n in range(len(c.cases)))]
            for row in c.rows]
    return ["", *titles], body


def compare_text(c: Comparison, fmt: str = "text",
                 label: Callable[[str, str], str] = lambda _f, v: v) -> str:
    header, body = compare_cells(c, label)
    titles = header[1:]
    credits = [f"{case['title']}: {case['attribution']}"
               + (f" ({case['licence']})" if case.get("licence") else "")
               for case in c.cases if case.get("attribution")]
    if fmt == "markdown":
        out = [_md_row(["", *titles]), _md_row(["---"] * (len(titles) + 1)), *map(_md_row, body)]
        if credits:
            out += ["", "Credits:", *(f"- {line}" for line in credits)]
        return "\n".join([*out, ""])
    if fmt == "html":
        return _html_table("Comparison", ["", *titles], body, " · ".join(credits))
    if fmt != "text":
        raise ValueError(fmt)
    lines: list[str] = []
    for n, title in enumerate(titles):
        lines.append(f"{n + 1}. {title} ({c.cases[n]['id']})")
    for row in body:
        lines.append(f"\n{row[0]}")
        lines += [f"  {n + 1}. {value or '—'}" for n, value in enumerate(row[1:])]
    if credits:
        lines += ["", "Credits:", *(f"  {line}" for line in credits)]
    return "\n".join([*lines, ""])


def _value(row: Row, n: int, label: Callable[[str, str], str]) -> str:
    value = row.values[n]
    if row.field == "outcomes":
        parts = []
        for o in value:
            how = ", ".join(x for x in (o.get("result"), o.get("evidence")) if x)
            star = " *" if o["id"] in row.shared else ""
            parts.append(f"{label('outcomes', o['id'])}{star}" + (f" ({how})" if how else ""))
        return "; ".join(parts)
    if row.field == "metrics":
        return "; ".join(_metric(m) for m in value)
    if isinstance(value, list):
        return ", ".join(label(row.field, v) + (" *" if v in row.shared else "") for v in value)
    if row.more and row.more[n]:
        return f"{value} (more)"
    return "" if value is None else str(value)


def _metric(m: dict[str, Any]) -> str:
    value = f"{m.get('value', '')}{' ' + str(m['unit']) if m.get('unit') else ''}"
    year = f" ({m['year']})" if m.get("year") else ""
    return f"{m.get('label', '')}: {value}{year}"


def _md_row(cells: list[str]) -> str:
    return "| " + " | ".join(c.replace("|", "\\|").replace("\n", " ") for c in cells) + " |"


def _html_table(title: str, header: list[str], body: list[list[str]], note: str) -> str:
    e = html.escape
    head = "".join(f"<th scope='col'>{e(h)}</th>" for h in header)
    rows = "".join("<tr><th scope='row'>" + e(r[0]) + "</th>"
                   + "".join(f"<td>{e(v)}</td>" for v in r[1:]) + "</tr>" for r in body)
    return (f"<!DOCTYPE html>\n<html><head><meta charset='utf-8'><title>{e(title)}</title>"
            "<style>table{border-collapse:collapse}th,td{border:1px solid #999;padding:4px;"
            "vertical-align:top}</style></head><body>"
            f"<h1>{e(title)}</h1><table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody>"
            f"</table><p>{e(note)}</p></body></html>\n")
