"""Writing tags into a case file: only the tag lines change, every other byte stays."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casebook import limits
from casebook.authoring.frontmatter import LINE, canon_for, rewrite_tags
from casebook.cases.parsing import parse_text
from casebook.errors import InputError

if TYPE_CHECKING:
    from casebook.cases.taxonomy import Taxonomy

BOM = b"\xef\xbb\xbf"


def _check(old: str, new: str, facet_values: dict[str, list[str]],
           taxonomy: Taxonomy | None, where: str) -> None:
    """The rewritten text must read back with the wanted tags and nothing else changed."""
    canon = canon_for(taxonomy)

    def read(text: str) -> tuple[dict[str, Any], str, bool]:
        doc = parse_text(where, text.replace("\r\n", "\n").replace("\r", "\n"))
        bad = any(p.code.startswith("yaml") for p in doc.problems)
        return doc.meta, doc.body, bad

    try:
        (before, body_before, _), (after, body_after, bad) = read(old), read(new)
    except (ValueError, TypeError, AttributeError):  # a YAML value PyYAML cannot build
        raise InputError(f"{where}: cannot write the tags safely; edit the file by hand") from None
    lowered = {k.strip().lower(): k for k in after}
    ok = not bad and body_before == body_after
    for facet, values in facet_values.items():
        raw = after.get(lowered.get(facet, facet)) or []
        items = raw.split(",") if isinstance(raw, str) else raw
        ids = [v.get("id", "") if isinstance(v, dict) else v for v in items]
        got = {canon(facet, str(v).strip()) for v in ids if str(v).strip()}
        ok = ok and got == {canon(facet, v) for v in values if canon(facet, v)}
    touched = {k for k in (*before, *after) if k.strip().lower() in facet_values}
    ok = ok and ({k: v for k, v in before.items() if k not in touched}
                 == {k: v for k, v in after.items() if k not in touched})
    if not ok:
        raise InputError(f"{where}: cannot write the tags safely; edit the file by hand")


def rewrite_bytes(data: bytes, facet_values: dict[str, list[str]],
                  taxonomy: Taxonomy | None = None, where: str = "case file") -> bytes:
    """The file's bytes with only the tag lines changed (BOM and line ends kept)."""
    bom = BOM if data.startswith(BOM) else b""
    try:
        text = data[len(bom):].decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{where}: not UTF-8 text") from None
    out = rewrite_tags(text, facet_values, canon_for(taxonomy), where)
    if out != text:
        _check(text, out, facet_values, taxonomy, where)
    return bom + out.encode("utf-8")


def unified_diff(old: bytes, new: bytes, name: str) -> str:
    """A unified diff of two versions of a file, for a preview."""
    def lines(data: bytes) -> list[str]:
        text = data[len(BOM):] if data.startswith(BOM) else data
        return [line.rstrip("\r\n") for line in LINE.findall(text.decode("utf-8", "replace"))]

    return "\n".join(difflib.unified_diff(lines(old), lines(new), f"a/{name}", f"b/{name}",
                                          lineterm="")) + ("\n" if old != new else "")


def write_tags(path: str | Path, facet_values: dict[str, list[str]],
               taxonomy: Taxonomy | None = None) -> tuple[bytes, str]:
    """(new bytes, unified diff) for the file with these tag lists; nothing is written."""
    where = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {where}: {exc.strerror or exc}") from None
    if len(data) > limits.MAX_FILE_BYTES:
        raise InputError(f"{where}: file is over the size limit")
    new = rewrite_bytes(data, facet_values, taxonomy, where)
    return new, unified_diff(data, new, Path(path).name)


@dataclass(frozen=True)
class TagWrite:
    """A planned write: the old and new bytes, the diff and the tags it writes."""

    case_id: str
    path: str
    facets: dict[str, list[str]]
    old: bytes
    new: bytes
    diff: str
    user_tags: dict[str, tuple[list[str], list[str]]] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        return self.old != self.new

