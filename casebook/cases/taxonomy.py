"""The controlled vocabulary: loading, validating, matching tags and suggesting terms."""

from __future__ import annotations

import contextlib
import difflib
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from casebook.cases.text import norm_key, slugify
from casebook.errors import TaxonomyError
from casebook.facets import TAG_FACETS


@dataclass(frozen=True)
class Wording:
    """A term's label, description and aliases in another language."""

    label: str = ""
    description: str = ""
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Term:
    facet: str
    id: str
    label: str
    description: str
    aliases: tuple[str, ...] = ()
    addresses: tuple[str, ...] = ()
    translations: tuple[tuple[str, Wording], ...] = ()  # (language code, its wording)

    def wording(self, language: str | None) -> Wording | None:
        return dict(self.translations).get((language or "").lower().split("_")[0])

    def names(self) -> tuple[str, ...]:
        """Every name the term goes by: id, label and aliases, in every language."""
        out = (self.id, self.label, *self.aliases)
        for _code, w in self.translations:
            out += (w.label, *w.aliases) if w.label else w.aliases
        return out

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "label": self.label,
            "description": self.description,
            "aliases": list(self.aliases),
        }
        if self.facet == "strategies":
            out["addresses"] = list(self.addresses)
        return out


@dataclass
class Taxonomy:
    """Terms per facet, with a lookup from every id, label and alias."""

    terms: dict[str, dict[str, Term]] = field(default_factory=dict)
    _lookup: dict[str, dict[str, str]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for facet in TAG_FACETS:
            self.terms.setdefault(facet, {})
        self._reindex()

    def _reindex(self) -> None:
        self._lookup = {}
        for facet, terms in self.terms.items():
            table: dict[str, str] = {}
            for term in terms.values():
                for name in term.names():
                    table.setdefault(norm_key(name), term.id)
                for name in (term.id, term.label, *term.aliases):  # English wins a clash
                    table[norm_key(name)] = term.id
            self._lookup[facet] = table

    def match(self, facet: str, value: str) -> str | None:
        """The canonical id for an id, label or alias, or None."""
        return self._lookup.get(facet, {}).get(norm_key(value))

    def canonical(self, facet: str, value: str) -> tuple[str, bool]:
        """(tag id, is_known): a taxonomy id, or the slug of a free tag."""
        known = self.match(facet, value)
        if known:
            return known, True
        return slugify(value), False

    def suggest(self, facet: str, value: str, n: int = 3) -> list[str]:
        """The closest taxonomy ids to an unknown tag."""
        table = self._lookup.get(facet, {})
        close = difflib.get_close_matches(norm_key(value), list(table), n=n * 3, cutoff=0.5)
        ids: list[str] = []
        for name in close:
            if table[name] not in ids:
                ids.append(table[name])
        if len(ids) < n:
            words = set(norm_key(value).split())
            for term in self.terms.get(facet, {}).values():
                if term.id not in ids and words & set(norm_key(term.label).split()):
                    ids.append(term.id)
        return ids[:n]

    def term(self, facet: str, term_id: str) -> Term | None:
        return self.terms.get(facet, {}).get(term_id)

    def label(self, facet: str, term_id: str, language: str | None = None) -> str:
        """A term's label, in `language` when the taxonomy has it (else English)."""
        term = self.term(facet, term_id)
        if term is None:
            return term_id
        wording = term.wording(language)
        return wording.label if wording and wording.label else term.label

    def description(self, facet: str, term_id: str, language: str | None = None) -> str:
        """A term's description, in `language` when the taxonomy has it (else English)."""
        term = self.term(facet, term_id)
        if term is None:
            return ""
        wording = term.wording(language)
        return wording.description if wording and wording.description else term.description

    def strategies_for(self, challenge_id: str) -> list[Term]:
        return [t for t in self.terms["strategies"].values() if challenge_id in t.addresses]

    def all_terms(self) -> Iterable[Term]:
        for facet in TAG_FACETS:
            yield from self.terms[facet].values()


def _str_list(raw: Any, where: str) -> tuple[str, ...]:
    if raw is None:
        return ()
    if isinstance(raw, str):
        return tuple(s.strip() for s in raw.split(",") if s.strip())
    if isinstance(raw, list) and all(isinstance(s, str) for s in raw):
        return tuple(raw)
    raise TaxonomyError(f"{where}: expected a list of strings")


def _translations(raw: Any, where: str) -> tuple[tuple[str, Wording], ...]:
    """`translations: {es: {label, description, aliases}, ...}` of one term."""
    if raw is None:
        return ()
    if not isinstance(raw, dict):
        raise TaxonomyError(f"{where}: 'translations' must map language codes to a label, "
                            "description and aliases")
    out = []
    for code, entry in raw.items():
        if not isinstance(code, str) or not code.isalpha() or len(code) != 2:
            raise TaxonomyError(f"{where}: translations: '{code}' is not a two-letter "
                                "language code")
        if not isinstance(entry, dict):
            raise TaxonomyError(f"{where}: translations: {code}: expected label, description "
                                "and aliases")
        label, description = entry.get("label") or "", entry.get("description") or ""
        if not isinstance(label, str) or not isinstance(description, str):
            raise TaxonomyError(f"{where}: translations: {code}: label and description must "
                                "be text")
        aliases = _str_list(entry.get("aliases"), f"{where}: translations: {code}: aliases")
        out.append((code.lower(), Wording(label.strip(), description.strip(), aliases)))
    return tuple(out)


def _read(path: Path) -> dict[str, Any]:
    import yaml  # not loaded when the taxonomy comes from its cache

    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise TaxonomyError(f"{path}: cannot read the taxonomy: {exc}") from None
    try:
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        problem = getattr(exc, "problem", None) or str(exc)
        raise TaxonomyError(f"{where}: invalid YAML in the taxonomy: {problem}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise TaxonomyError(f"{path}: the taxonomy must be a mapping of facets to term lists")
    return data


def _merge(taxonomy: Taxonomy, data: dict[str, Any], path: Path, *, base: bool) -> None:
    for facet in TAG_FACETS:
        entries = data.get(facet)
        if entries is None:
            if base:
                raise TaxonomyError(f"{path}: the facet '{facet}' is missing")
            continue
        if not isinstance(entries, list):
            raise TaxonomyError(f"{path}: '{facet}' must be a list of terms")
        for n, raw in enumerate(entries, 1):
            where = f"{path}: {facet} #{n}"
            if not isinstance(raw, dict):
                raise TaxonomyError(f"{where}: each term must be a mapping with id and label")
            term_id = raw.get("id")
            if not isinstance(term_id, str) or slugify(term_id) != term_id:
                raise TaxonomyError(f"{where}: 'id' must be lowercase letters, digits and '-'")
            label = raw.get("label")
            if not isinstance(label, str) or not label.strip():
                raise TaxonomyError(f"{where} ({term_id}): 'label' is required")
            description = raw.get("description") or ""
            if not isinstance(description, str):
                raise TaxonomyError(f"{where} ({term_id}): 'description' must be text")
            taxonomy.terms[facet][term_id] = Term(
                facet=facet,
                id=term_id,
                label=label.strip(),
                description=description.strip(),
                aliases=_str_list(raw.get("aliases"), f"{where} ({term_id}) aliases"),
                addresses=_str_list(raw.get("addresses"), f"{where} ({term_id}) addresses"),
                translations=_translations(raw.get("translations"), f"{where} ({term_id})"),
            )


def load_taxonomy(base: Path, extras: Iterable[Path] = ()) -> Taxonomy:
    """Load the bundled taxonomy plus any folder taxonomies that add terms to it."""
    if not base.is_file():
        raise TaxonomyError(f"{base}: the taxonomy file is missing")
    taxonomy = Taxonomy()
    _merge(taxonomy, _read(base), base, base=True)
    for extra in extras:
        _merge(taxonomy, _read(extra), extra, base=False)
    challenges = taxonomy.terms["challenges"]
    for term in taxonomy.terms["strategies"].values():
        for target in term.addresses:
            if target not in challenges:
                raise TaxonomyError(
                    f"strategy '{term.id}' addresses unknown challenge '{target}'"
                )
    taxonomy._reindex()
    return taxonomy


def cached_taxonomy(base: Path, extras: Iterable[Path], cache: Path) -> Taxonomy:
    """load_taxonomy, kept as JSON in `cache` while the files are unchanged (same size and
    time stamp): a command started again reads the JSON instead of parsing the YAML."""
    files = [base, *extras]
    try:
        key = [[str(f), f.stat().st_size, f.stat().st_mtime_ns] for f in files]
    except OSError:
        return load_taxonomy(base, extras)
    try:
        data = json.loads(cache.read_text(encoding="utf-8"))
        if data.get("key") == key:
            return _from_json(data["terms"])
    except (OSError, ValueError, KeyError, TypeError):
        pass  # no cache yet, or an unreadable one: it is written again below
    taxonomy = load_taxonomy(base, extras)
    with contextlib.suppress(OSError):
        spare = cache.with_name(f"{cache.name}.{os.getpid()}.tmp")  # one per process
        spare.write_text(json.dumps({"key": key, "terms": _to_json(taxonomy)}),
                         encoding="utf-8")
        os.replace(spare, cache)
    return taxonomy


def _to_json(taxonomy: Taxonomy) -> list[list[Any]]:
    return [[t.facet, t.id, t.label, t.description, list(t.aliases), list(t.addresses),
             [[code, w.label, w.description, list(w.aliases)] for code, w in t.translations]]
            for t in taxonomy.all_terms()]


def _from_json(rows: list[list[Any]]) -> Taxonomy:
    taxonomy = Taxonomy()
    for facet, term_id, label, description, aliases, addresses, translations in rows:
        taxonomy.terms[facet][term_id] = Term(
            facet, term_id, label, description, tuple(aliases), tuple(addresses),
            tuple((code, Wording(wl, wd, tuple(wa))) for code, wl, wd, wa in translations))
    taxonomy._reindex()
    return taxonomy
