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


def guess_folder_settings(keys: list[str], folder: str) -> str:
    """A starting casebook.toml for a folder of pages written for something else (a
    website's content): the front matter keys that look like a case's fields mapped, the
    rest listed as comments, and the kind explained. Nothing in the pages is rewritten."""
    used: set[str] = set()
    found: dict[str, str] = {}
    for field_name in ("summary", "country", "place", "region", "level", "year_start",
                       "year_end", "url"):
        column = _pick(keys, GUESSES[field_name], used, loose=field_name != "url")
        if column is not None:
            found[field_name] = column
            used.add(column)
    tags: dict[str, str] = {}
    for facet, names in TAGS:
        column = _pick(keys, names, used)
        if column is not None:
            tags[facet] = column
            used.add(column)
    lines = [
        f"# How Casebook reads the pages of {Path(folder).name}: their front matter keys",
        "# are the {columns} below, {body} is a page's text and {path} its place in this",
        "# folder. Nothing in the pages is rewritten; Casebook reads the folder again each",
        "# time this file is saved. To keep the pages as searchable documents instead of",
        '# cases (missing case fields are then no problem), write: kind = "reference"',
        "# Their front matter keys, most used first:",
        *(f"#   {k}" for k in keys),
        "",
        "[fields]",
    ]
    for field_name in ("summary", "country", "place", "region", "level", "year_start",
                       "year_end"):
        if field_name in found:
            lines.append(f"{field_name} = {_q('{' + found[field_name] + '}')}")
        elif field_name == "level":
            lines.append('# level = "national"   # the same for every page: local, municipal, '
                         "regional, national or supranational")
        elif field_name == "country":
            lines.append('# country = "..."   # the same for every page, or "{a key}"')
        else:
            lines.append(f"# {field_name} = \"{{...}}\"")
    for facet, _names in TAGS:
        lines.append("")
        if facet in tags:
            lines += [f"[tags.{facet}]", f"columns = [{_q(tags[facet])}]"]
            if facet != "sectors":
                lines.append('# map = { "the site\'s word" = "taxonomy-id" }')
        else:
            lines += [f"# [tags.{facet}]", '# columns = ["..."]']
    lines += ["", "# Each page as its own source:", "[source]",
              (f"url = {_q('{' + found['url'] + '}')}" if "url" in found else
               '# url = "https://www.example.org/{path}/"'),
              '# publisher = "Who published the site"',
              f"year = {_q('{' + found['year_start'] + '}')}" if "year_start" in found
              else '# year = "{date}"']
    return "\n".join(lines) + "\n"


def start_folder_settings(folder: str, keys: list[str]) -> Path:
    """The folder's casebook.toml, written with guess_folder_settings when it has none (a
    file already there is left as it is). OSError when the folder cannot be written."""
    from casebook.cases.files import SETTINGS_FILE
    from casebook.paths import atomic_file

    target = Path(folder) / SETTINGS_FILE
    if not target.exists():
        with atomic_file(target) as handle:
            handle.write(guess_folder_settings(keys, folder).encode("utf-8"))
    return target
