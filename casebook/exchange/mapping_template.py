"""`import table FILE --mapping-template`: a starting mapping guessed from a dataset's columns."""

from __future__ import annotations

import json
import re
from pathlib import Path

from casebook.cases.text import norm_key
from casebook.exchange.datasets import open_dataset

# field -> names a column for it is often given, best first (compared loosely)
GUESSES: dict[str, tuple[str, ...]] = {
    "id": ("id", "case id", "project id", "record id", "identifier", "slug", "ref",
           "reference", "number", "no", "key"),
    "title": ("title", "name", "project name", "case name", "case title", "project title",
              "initiative", "project"),
    "summary": ("summary", "short description", "description", "abstract", "overview",
                "synopsis"),
    "country": ("country", "countries", "nation", "country name"),
    "place": ("place", "city", "town", "municipality", "location", "province", "state"),
    "region": ("region", "world region", "continent"),
    "level": ("level", "level of government", "government level", "scope",
              "scope of influence", "jurisdiction", "tier"),
    "year_start": ("year start", "start year", "start date", "start", "year", "launched",
                   "launch date", "began", "date"),
    "year_end": ("year end", "end year", "end date", "end", "finished", "closed"),
    "url": ("url", "link", "website", "page", "web page", "source url"),
}
SECTIONS = (("Context", ("context", "background", "setting", "history")),
            ("Challenge", ("challenge", "problem", "need", "issue")),
            ("Strategy", ("strategy", "approach", "solution", "what they did", "intervention",
                          "method", "project description", "body", "text", "details")),
            ("Outcomes", ("outcome", "result", "impact", "effect", "achievement")),
            ("Lessons", ("lesson", "takeaway", "learning", "recommendation")))
TAGS = (("challenges", ("challenges", "problem area", "problems", "issues")),
        ("strategies", ("strategies", "methods", "method", "approaches", "tools",
                        "techniques")),
        ("outcomes", ("outcomes", "results", "impact type", "impacts")),
        ("sectors", ("sector", "sectors", "topic", "topics", "theme", "themes", "policy area",
                     "general issues")))
_WORD = re.compile(r"[a-z0-9]+")


def _words(text: str) -> set[str]:
    return set(_WORD.findall(norm_key(text)))


def _pick(columns: list[str], names: tuple[str, ...], used: set[str],
          loose: bool = True) -> str | None:
    free = [c for c in columns if c not in used]
    for name in names:
        for column in free:
            if norm_key(column) == name:
                return column
    if not loose:
        return None
    for name in names:
        for column in free:
            if _words(name) <= _words(column):
                return column
    return None


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def guess_mapping(path: str) -> str:
    """A mapping file for a dataset: the columns that look like a case's fields filled in,
    every column listed as a comment."""
    dataset = open_dataset(path)
    try:
        columns = dataset.columns
    finally:
        dataset.close()
    used: set[str] = set()
    found: dict[str, str] = {}
    for field_name, names in GUESSES.items():
        column = _pick(columns, names, used, loose=field_name not in ("id", "url"))
        if column is not None:
            found[field_name] = column
            used.add(column)
    tags: dict[str, str] = {}
    for facet, names in TAGS:
        column = _pick(columns, names, used)
        if column is not None:
            tags[facet] = column
            used.add(column)
    sections: list[tuple[str, str]] = []
    for heading, names in SECTIONS:
        column = _pick(columns, names, used)
        if column is not None:
            sections.append((heading, column))
            used.add(column)
    name = Path(path).stem
    lines = [
        f"# A starting mapping for {Path(path).name}, guessed from its columns: check every",
        "# line, then try it with `casebook import table FILE --mapping THIS --into DIR "
        "--dry-run`.",
        f"# The file's {len(columns)} columns:",
        *(f"#   {c}" for c in columns),
        "",
        "[source]",
        f"name = {_q(re.sub(r'[^a-z0-9]+', '-', name.lower()).strip('-') or 'dataset')}"
        "   # starts every case id",
        f"id = {_q('{' + found['id'] + '}') if 'id' in found else _q('{ID column}')}"
        "   # a stable id per record",
    ]
    if "url" in found:
        lines.append(f"url = {_q('{' + found['url'] + '}')}")
    lines += ['# licence = "CC-BY-4.0"', '# attribution = "Who must be credited"', "",
              "[fields]"]
    for field_name in ("title", "summary", "country", "place", "region", "level",
                       "year_start", "year_end"):
        if field_name in found:
            lines.append(f"{field_name} = {_q('{' + found[field_name] + '}')}")
        else:
            lines.append(f"# {field_name} = \"{{...}}\"")
    if sections:
        lines.append('body = """')
        for heading, column in sections:
            lines += [f"## {heading}", "", "{" + column + "}", ""]
        lines.append('"""')
    else:
        lines.append('# body = """\\n## Context\\n\\n{...}\\n"""')
    if "level" in found:
        lines += ["", "[values.level]   # the dataset's values -> local, municipal, regional, "
                      "national, supranational", '# "Local Government" = "municipal"']
    for facet, _names in TAGS:
        lines.append("")
        if facet in tags:
            lines += [f"[tags.{facet}]", f"columns = [{_q(tags[facet])}]", 'split = ";"',
                      '# map = { "dataset value" = "taxonomy-id" }']
        else:
            lines += [f"# [tags.{facet}]", '# columns = ["..."]']
    return "\n".join(lines) + "\n"
