"""The mapping format: [fields] templates, [values.*] and [tags.*] applied to a record's columns."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from casebook.cases.cells import clean, to_line, to_markdown
from casebook.cases.taxonomy import Taxonomy
from casebook.cases.text import norm_key, slugify
from casebook.errors import MappingError

PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([^{}\n]+)\}")
YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
TEXT_FIELDS = ("title", "summary", "place", "region", "level", "verdict", "language",
               "updated", "licence", "attribution", "translation_of")
LIST_FIELDS = ("country", "sectors")
YEAR_FIELDS = ("year_start", "year_end")
FIELDS = (*TEXT_FIELDS, *LIST_FIELDS, *YEAR_FIELDS, "body")
TAG_FACETS = ("challenges", "strategies", "outcomes", "sectors")
TAXONOMY_FACETS = ("challenges", "strategies", "outcomes")
_LIST_SPLIT = re.compile(r"\s*[;|]\s*")
_PARTS = re.compile(r"\s*[,;|/]\s*")
_DANGLING = re.compile(r"\s*[,;](?=\s*(?:[,;]|$))")


@dataclass
class TagRule:
    """[tags.<facet>]: the columns whose values become tags, how a cell splits, a map applied
    before the taxonomy lookup, and constant values every record gets."""

    facet: str
    columns: list[str] = field(default_factory=list)
    split: str | None = None
    map: dict[str, list[str]] = field(default_factory=dict)
    values: list[str] = field(default_factory=list)


@dataclass
class MappingTables:
    """[fields], [values.*] and [tags.*] (plus the rest of the file, for importers)."""

    fields: dict[str, str] = field(default_factory=dict)
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    tags: dict[str, TagRule] = field(default_factory=dict)
    source: dict[str, Any] = field(default_factory=dict)
    where: str = "mapping"

    def columns(self) -> list[tuple[str, str]]:
        """(mapping key, column) for every column the mapping names, in file order."""
        out: list[tuple[str, str]] = []
        for name, template in self.fields.items():
            out += [(f"[fields] {name}", c) for c in template_columns(template)]
        for facet, rule in self.tags.items():
            out += [(f"[tags.{facet}] columns", c) for c in rule.columns]
        return out


@dataclass
class Mapped:
    """One record through a mapping: front matter values, body, tags; mapped and free counts."""

    fields: dict[str, Any] = field(default_factory=dict)
    tags: dict[str, list[str]] = field(default_factory=dict)
    mapped: int = 0
    free: list[str] = field(default_factory=list)  # "facet:value" of the free tags


def template_columns(template: str) -> list[str]:
    return [m.group(1).strip() for m in PLACEHOLDER.finditer(template) if m.group(1)]


def _fail(where: str, key: str, message: str) -> MappingError:
    return MappingError(f"{where}: {key}: {message}")


def _str_list(value: Any, where: str, key: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise _fail(where, key, "must be text or a list of texts")


def read_tables(data: Mapping[str, Any], where: str) -> MappingTables:
    """The tables of a parsed mapping file, checked; a MappingError names the key."""
    tables = MappingTables(where=where)
    fields = data.get("fields", {})
    if not isinstance(fields, dict):
        raise _fail(where, "[fields]", "must be a table of field = \"template\"")
    for name, template in fields.items():
        if name not in FIELDS:
            raise _fail(where, f"[fields] {name}", f"not a case field (one of {', '.join(FIELDS)})")
        if not isinstance(template, str):
            raise _fail(where, f"[fields] {name}", "must be a template in quotes")
        tables.fields[name] = template
    values = data.get("values", {})
    if not isinstance(values, dict):
        raise _fail(where, "[values]", "must hold tables such as [values.level]")
    for name, table in values.items():
        if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
            raise _fail(where, f"[values.{name}]", "must map dataset values to texts")
        tables.values[name] = {norm_key(k): v for k, v in table.items()}
    tags = data.get("tags", {})
    if not isinstance(tags, dict):
        raise _fail(where, "[tags]", "must hold tables such as [tags.challenges]")
    for facet, raw in tags.items():
        key = f"[tags.{facet}]"
        if facet not in TAG_FACETS:
            raise _fail(where, key, f"not a tag facet (one of {', '.join(TAG_FACETS)})")
        if not isinstance(raw, dict):
            raise _fail(where, key, "must be a table with columns, split and map")
        for unknown in set(raw) - {"columns", "split", "map", "values"}:
            raise _fail(where, f"{key} {unknown}", "unknown key (columns, split, map, values)")
        rule = TagRule(facet, _str_list(raw.get("columns", []), where, f"{key} columns"),
                       values=_str_list(raw.get("values", []), where, f"{key} values"))
        split = raw.get("split")
        if split is not None and (not isinstance(split, str) or not split):
            raise _fail(where, f"{key} split", "must be the text between values, such as \";\"")
        rule.split = split
        mapping = raw.get("map", {})
        if not isinstance(mapping, dict):
            raise _fail(where, f"{key} map", "must be a table: \"dataset value\" = \"term\"")
        for k, v in mapping.items():
            rule.map[norm_key(k)] = _str_list(v, where, f"{key} map \"{k}\"")
        tables.tags[facet] = rule
    tables.source = {k: v for k, v in data.items() if k not in ("fields", "values", "tags")}
    return tables


def load_tables(path: str) -> MappingTables:
    """A mapping file (TOML) read and checked."""
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except OSError as exc:
        raise MappingError(f"{path}: cannot read the mapping: {exc.strerror or exc}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise MappingError(f"{path}: not a valid TOML mapping: {exc}") from None
    return read_tables(data, path)


class Record:
    """A record's columns, found by exact name, then ignoring case and separators, then as
    a dotted path into nested objects."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.data = data
        self._loose: dict[str, str] | None = None

    def get(self, column: str) -> Any:
        if column in self.data:
            return self.data[column]
        if self._loose is None:
            self._loose = {norm_key(str(k)): k for k in self.data}
        key = self._loose.get(norm_key(column))
        if key is not None:
            return self.data[key]
        value: Any = self.data
        for part in column.split("."):
            if not isinstance(value, Mapping) or part not in value:
                return None
            value = value[part]
        return value

    def has(self, column: str) -> bool:
        if self._loose is None:
            self._loose = {norm_key(str(k)): k for k in self.data}
        return column in self.data or norm_key(column) in self._loose or (
            "." in column and self.get(column) is not None)


def _scalar(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _item(value: Any, block: bool) -> str:
    if isinstance(value, Mapping):
        link = value.get("url") or value.get("link") or value.get("href")
        text = value.get("title") or value.get("text") or value.get("name") or value.get("label")
        if isinstance(link, str) and link.startswith(("http://", "https://")):
            shown = to_line(_scalar(text)) if text else link
            return f"[{shown}]({link.strip()})"
        return "; ".join(f"{k}: {to_line(_scalar(v))}" for k, v in value.items()
                         if _scalar(v).strip())
    return to_markdown(_scalar(value)) if block else to_line(_scalar(value))


def cell_text(value: Any, block: bool) -> str:
    """A cell's value as Markdown (block) or one line: lists become bullets or '; '."""
    if isinstance(value, list):
        items = [_item(v, block) for v in value]
        items = [i for i in items if i.strip()]
        if block:
            return "\n".join("- " + i.replace("\n", "\n  ") for i in items)
        return "; ".join(items)
    return _item(value, block)


def render(template: str, record: Record, block: bool) -> str | None:
    """A template with its placeholders filled; None when every placeholder was empty. In a
    block, a `## ` section whose placeholders are all empty is left out."""
    if block and "\n## " in "\n" + template:
        parts = re.split(r"(?m)^(?=## )", template)
        rendered = [_fill(part, record, block) for part in parts]
        kept = [r.strip() for r in rendered if r is not None and r.strip()]
        return "\n\n".join(kept) or None
    return _fill(template, record, block)


def _fill(template: str, record: Record, block: bool) -> str | None:
    filled = 0
    named = 0

    def fill(m: re.Match[str]) -> str:
        nonlocal filled, named
        if m.group(1) is None:
            return m.group(0)[0]
        named += 1
        text = cell_text(record.get(m.group(1).strip()), block)
        if text.strip():
            filled += 1
        return text

    out = PLACEHOLDER.sub(fill, template)
    if named and not filled:
        return None
    if block:  # the blank lines around an empty placeholder, as one
        return re.sub(r"\n[ \t]*\n(?:[ \t]*\n)+", "\n\n", out)
    # separators an empty placeholder left behind: "{City}, {Province}" with no province
    return _DANGLING.sub("", " ".join(out.split())).strip(" ,;")


def _value(tables: MappingTables, name: str, text: str) -> str:
    """A dataset value through [values.<field>]; for a single value, the first part of a
    list that the table knows."""
    table = tables.values.get(name)
    if not table:
        return text
    found = table.get(norm_key(text))
    if found is not None:
        return found
    for part in _PARTS.split(text):
        if norm_key(part) in table:
            return table[norm_key(part)]
    return text


def _tag_values(rule: TagRule, record: Record) -> Iterable[str]:
    yield from rule.values
    for column in rule.columns:
        value = record.get(column)
        cells = value if isinstance(value, list) else [value]
        for cell in cells:
            text = to_line(_scalar(cell))
            if not text:
                continue
            yield from (p.strip() for p in (text.split(rule.split) if rule.split else [text]))


def map_tags(rule: TagRule, record: Record, taxonomy: Taxonomy | None,
             out: Mapped) -> None:
    found = out.tags.setdefault(rule.facet, [])
    for raw in _tag_values(rule, record):
        if not raw:
            continue
        for value in rule.map.get(norm_key(raw), [raw]):
            if not value.strip():
                continue
            known = taxonomy.match(rule.facet, value) if (
                taxonomy is not None and rule.facet in TAXONOMY_FACETS) else None
            if rule.facet == "sectors":
                tag = " ".join(value.lower().split())
            else:
                tag = known or slugify(value)
            if not tag or tag in found:
                continue
            found.append(tag)
            if known:
                out.mapped += 1
            elif rule.facet != "sectors":  # sectors are free text: neither mapped nor free
                out.free.append(f"{rule.facet}:{tag}")


def apply(tables: MappingTables, data: Mapping[str, Any],
          taxonomy: Taxonomy | None) -> Mapped:
    """A record's fields and tags as the mapping says; values the format cannot take
    (a year that is not one) are left for the validator to report."""
    record = Record(data)
    out = Mapped()
    for name, template in tables.fields.items():
        text = render(template, record, block=name == "body")
        if text is None or not text.strip():
            continue
        if name == "body":
            out.fields[name] = text.strip()
        elif name in YEAR_FIELDS:
            year = YEAR.search(text)
            out.fields[name] = int(year.group(1)) if year else clean(text)
        elif name in LIST_FIELDS:
            parts = [_value(tables, name, p) for p in _LIST_SPLIT.split(text) if p.strip()]
            out.fields[name] = parts[0] if len(parts) == 1 and name == "country" else parts
        else:
            out.fields[name] = _value(tables, name, text)
    for rule in tables.tags.values():
        map_tags(rule, record, taxonomy, out)
    return out
