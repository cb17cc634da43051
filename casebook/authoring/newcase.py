"""Starting a new case file from the template, with a unique id made from its title."""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from casebook import limits, paths
from casebook.cases.files import is_hidden
from casebook.cases.model import Filters
from casebook.cases.parsing import parse_text
from casebook.cases.text import fold_accents
from casebook.cases.validation import build_case, max_year
from casebook.errors import CasebookError, InputError
from casebook.facets import LEVELS

if TYPE_CHECKING:
    from casebook.cases.taxonomy import Taxonomy
    from casebook.library import Library

MIN_YEAR = 1800
MAX_ID_CHARS = 60
_PLACEHOLDER = re.compile(r'"\{(title|country)\}"|\{(title|id|country|level|year_start)\}')
_NOT_ID = re.compile(r"[^a-z0-9]+")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff\u00ad"), None)


@dataclass(frozen=True)
class NewCase:
    """What the user chose for a new case, checked by `validate`."""

    title: str
    country: str
    level: str
    year_start: int


def clean_line(value: str) -> str:
    """One line of text: control and invisible characters dropped, whitespace collapsed
    (what the validator reads back from a title)."""
    text = "".join(c for c in str(value).translate(_INVISIBLE)
                   if unicodedata.category(c) not in ("Cc", "Cs", "Cn") or c.isspace())
    return " ".join(text.split())


def validate(title: str, country: str, level: str, year: int | str) -> NewCase:
    """Check the fields of a new case; InputError names the first bad one."""
    clean_title = clean_line(title)
    if not clean_title:
        raise InputError("the title is empty")
    if len(clean_title) > limits.MAX_TITLE_CHARS:
        raise InputError(f"the title is {len(clean_title)} characters; the limit is "
                         f"{limits.MAX_TITLE_CHARS}")
    clean_country = clean_line(country)
    if not clean_country:
        raise InputError("the country is empty")
    clean_level = clean_line(level).lower()
    if clean_level not in LEVELS:
        raise InputError(f"level '{level}' is not one of {', '.join(LEVELS)}")
    try:
        year_int = int(str(year).strip())
    except ValueError:
        raise InputError(f"year '{year}' is not a whole year like 2015") from None
    if not MIN_YEAR <= year_int <= max_year():
        raise InputError(f"year {year_int} is outside {MIN_YEAR}-{max_year()}")
    return NewCase(clean_title, clean_country, clean_level, year_int)


def slug_id(title: str) -> str:
    """An id from a title: ASCII lowercase words joined by '-', at most 60 characters."""
    slug = _NOT_ID.sub("-", fold_accents(title).lower()).strip("-")
    if len(slug) > MAX_ID_CHARS:
        cut = slug[:MAX_ID_CHARS]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else cut
    return slug.strip("-") or "case"


def unique_id(title: str, taken: Iterable[str], folder: Path | str) -> str:
    """The title's slug, with -2, -3 ... added until no case or file in folder has it."""
    used = set(taken)
    base = slug_id(title)
    candidate, n = base, 1
    while candidate in used or (Path(folder) / f"{candidate}.md").exists():
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def library_ids(lib: Library) -> set[str]:
    """Every id the library knows: the ids in use and the ids files declare."""
    ids = set(lib.store.all_ids())
    ids.update(row.declared_id for row in lib.store.files().values() if row.declared_id)
    return ids


def _plain_string(value: str) -> bool:
    """Whether YAML reads the word unquoted as this string (not 1984, yes, null, a date)."""
    try:
        return bool(yaml.safe_load(value) == value)
    except yaml.YAMLError:
        return False


def render(fields: NewCase, case_id: str, template: str | None = None) -> str:
    """The template with its placeholders filled; title and country always quoted."""
    text = template if template is not None else paths.resource("case-template.md").read_text(
        encoding="utf-8-sig")
    values = {"title": fields.title, "country": fields.country, "id": case_id,
              "level": fields.level, "year_start": str(fields.year_start)}

    def fill(match: re.Match[str]) -> str:
        name = match.group(1) or match.group(2)
        if name in ("title", "country") or (name == "id" and not _plain_string(case_id)):
            return json.dumps(values[name], ensure_ascii=False)
        return values[name]

    return _PLACEHOLDER.sub(fill, text)


def check_rendered(text: str, fields: NewCase, case_id: str, taxonomy: Taxonomy) -> None:
    """Refuse to write a file that would not read back as the case the user asked for."""
    case = build_case(parse_text(f"{case_id}.md", text), taxonomy)
    errors = [p for p in case.problems if p.severity == "error"]
    if errors:
        first = errors[0]
        raise InputError(f"the case template gives an invalid file (line {first.line}: "
                         f"{first.message}); fix resources/case-template.md")
    if (case.title, case.declared_id, case.level, case.year_start) != (
            fields.title, case_id, fields.level, fields.year_start):
        raise InputError("the case template does not keep the title, id, level or year; "
                         "fix resources/case-template.md")


def check_folder(folder: Path | str) -> Path:
    path = Path(folder)
    if not path.is_dir():
        raise InputError(f"case folder not found: {path}")
    if not os.access(path, os.W_OK | os.X_OK):
        raise InputError(f"cannot write to the case folder {path}")
    return path


def region_folder(lib: Library, country: str, base: Path | str | None = None) -> Path:
    """The folder a new case from this country belongs in: base (default: the first case
    folder), or its sub-folder of the name that most of the library's cases from that
    country are in (a library laid out by region: cases/europe, cases/asia ...)."""
    target = Path(base if base is not None else lib.folders[0])
    names = [c.strip() for c in clean_line(country).split(",") if c.strip()]
    if not names:
        return target
    try:
        ids = lib.store.filter_ids(Filters(terms={"countries": names}))
        rows = lib.store.case_rows(sorted(ids))
    except CasebookError:
        return target
    votes: dict[str, float] = {}
    for row in rows.values():
        sub = _sub_folder(str(row["path"]), lib.folders)
        if sub and not is_hidden(sub):  # a case of several countries says less about each
            share = 1 / max(1, len(json.loads(row["country"] or "[]")))
            votes[sub] = votes.get(sub, 0.0) + share
    for name, _ in sorted(votes.items(), key=lambda kv: (-kv[1], kv[0])):
        if (target / name).is_dir():
            return target / name
    return target


def _sub_folder(path: str, folders: list[str]) -> str | None:
    """The first folder below its case folder that a case file is in (None: at the top)."""
    for folder in folders:
        rel = os.path.relpath(path, folder)
        parts = Path(rel).parts
        if parts and parts[0] != os.pardir and not os.path.isabs(rel):
            return parts[0] if len(parts) > 1 else None
    return None


def suggested_path(lib: Library, title: str, folder: Path | str | None = None,
                   country: str = "") -> Path:
    """Where create_case would write a case with this title now (for a dialog's preview)."""
    target = Path(folder) if folder is not None else region_folder(lib, country)
    return target / f"{unique_id(clean_line(title), library_ids(lib), target)}.md"


def template_text(language: str = "en") -> str:
    """The case template in a language (resources/case-template.<code>.md), English for a
    language it is not written in; InputError for an unreadable template."""
    code = (language or "en").strip().lower()
    if not re.fullmatch(r"[a-z]{2}", code):
        raise InputError(f"language '{language}' is not a two-letter code such as pt or es")
    name = "case-template.md" if code == "en" else f"case-template.{code}.md"
    path = paths.resource(name)
    if not path.is_file():
        raise InputError(f"there is no case template in '{code}' yet; the template is "
                         f"written in: {', '.join(template_languages())}")
    try:
        return path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read {path}: {exc}") from None


def template_languages() -> list[str]:
    """The languages the case template is written in: en, then the translations."""
    found = sorted(p.name.split(".")[1] for p in paths.resource(".").glob("case-template.*.md"))
    return ["en", *found]


def create_case(lib: Library, title: str, country: str, level: str, year: int | str,
                folder: Path | str | None = None, language: str = "en") -> Path:
    """Write a new case file from the template (in `language`, see template_text) into
    folder (default: the first case folder, or its sub-folder for the country's region,
    see region_folder) and return its path. Nothing is written when any field is
    invalid."""
    fields = validate(title, country, level, year)
    template = template_text(language)
    target = check_folder(folder if folder is not None else region_folder(lib, fields.country))
    case_id = unique_id(fields.title, library_ids(lib), target)
    text = render(fields, case_id, template)
    check_rendered(text, fields, case_id, lib.taxonomy)
    path = target / f"{case_id}.md"
    try:
        with open(path, "x", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    except FileExistsError:
        raise InputError(f"{path} appeared while it was being created; try again") from None
    except OSError as exc:
        raise InputError(f"cannot create {path}: {exc.strerror or exc}") from None
    return path.resolve()
