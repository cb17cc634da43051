"""An imported case's text: front matter in a fixed order, the hash kept in `origin`, and
telling whether a person has edited the file since."""

from __future__ import annotations

import hashlib
import re
from typing import Any

import yaml

ORDER = ("title", "id", "summary", "country", "place", "region", "level", "year_start",
         "year_end", "sectors", "challenges", "strategies", "outcomes", "verdict", "sources",
         "language", "licence", "attribution", "origin")
_HASH_LINE = re.compile(r"^  hash: ([0-9a-f]{64})\n", re.MULTILINE)
_IMPORTED_LINE = re.compile(r"^  imported: \S+\n", re.MULTILINE)


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """Block style, long lines kept whole, text in its own characters."""


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value.strip() else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _list(dumper: yaml.SafeDumper, value: list[Any]) -> yaml.SequenceNode:
    """A list of short texts on one line, as the bundled cases write tags."""
    flow = all(isinstance(v, str) and "\n" not in v and len(v) < 80 for v in value)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flow)


_Dumper.add_representer(str, _text)
_Dumper.add_representer(list, _list)


def _yaml(data: dict[str, Any]) -> str:
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=1 << 20,
                     default_flow_style=False)


def text_hash(text: str) -> str:
    """The hash of a case's text without its hash line (line ends and a BOM ignored)."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n")
    return hashlib.sha256(_HASH_LINE.sub("", text, count=1).encode("utf-8")).hexdigest()


def render(front: dict[str, Any], body: str, review: list[str] | None = None) -> str:
    """The file's text, with the hash of that text as the last line of `origin`."""
    ordered = {k: front[k] for k in ORDER if front.get(k) not in (None, "", [])}
    ordered.update({k: v for k, v in front.items() if k not in ordered and
                    v not in (None, "", [])})
    origin = dict(ordered.pop("origin", {}) or {})
    origin.pop("hash", None)
    comment = ""
    if review:
        comment = "# Needs review before it can join the case folder:\n" + "".join(
            f"# - {' '.join(line.split())}\n" for line in review)
    head = comment + _yaml(ordered) + "origin:\n" + "".join(
        "  " + line + "\n" for line in _yaml(origin).splitlines())
    text = f"---\n{head}---\n\n{body.strip()}\n" if body.strip() else f"---\n{head}---\n"
    digest = text_hash(text)
    return text.replace("\n---\n", f"\n  hash: {digest}\n---\n", 1)


def stored_hash(text: str) -> str | None:
    found = _HASH_LINE.search(text.lstrip("\ufeff").replace("\r\n", "\n"))
    return found.group(1) if found else None


def edited(text: str) -> bool:
    """True when the text differs from what the importer wrote (by the hash in `origin`),
    or when it has no hash at all (written by a person). An empty file (a write that a
    power cut lost) holds nothing to keep."""
    if not text.strip():
        return False
    digest = stored_hash(text)
    return digest is None or digest != text_hash(text)


def same_but_date(old: str, new: str) -> bool:
    """The two texts differ at most in origin's import date and hash."""
    def strip(text: str) -> str:
        text = text.lstrip("\ufeff").replace("\r\n", "\n")
        return _IMPORTED_LINE.sub("", _HASH_LINE.sub("", text, count=1), count=1)

    return strip(old) == strip(new)
