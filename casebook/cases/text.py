"""Small text helpers: tag normalisation, slugs and Markdown-to-plain-text."""

from __future__ import annotations

import re
import unicodedata

_SEPARATORS = re.compile(r"[\s_\-]+")
_NON_WORD = re.compile(r"[^\w]+")
# bounded and stopping at the next opener, so '[[[[...' stays linear, not quadratic
_MD_LINK = re.compile(r"!?\[([^\[\]]{0,1000})\]\([^()\n]{0,1000}\)")
_MD_MARKS = re.compile(r"[*_`~>#|]+")
_HTML_TAG = re.compile(r"<[^<>]{0,500}>")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
_HAS_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")  # found faster than removed


def norm_key(value: str) -> str:
    """Compare form of a tag: lowercase, runs of spaces/hyphens/underscores as one."""
    return _SEPARATORS.sub(" ", value.translate(_INVISIBLE).strip().lower()).strip()


def slugify(value: str) -> str:
    """Lowercase slug; runs of anything but letters and digits become '-'."""
    text = unicodedata.normalize("NFC", value.translate(_INVISIBLE)).lower()
    return _NON_WORD.sub("-", text).replace("_", "-").strip("-")


def fold_accents(value: str) -> str:
    """ASCII-ish form of a word, for comparisons that ignore accents."""
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def markdown_to_plain(markdown: str) -> str:
    """Strip Markdown syntax so the index sees words, not markup."""
    text = _MD_LINK.sub(r"\1", markdown)
    text = _HTML_TAG.sub(" ", text)
    text = _MD_MARKS.sub(" ", text)
    return text.translate(_INVISIBLE) if _HAS_INVISIBLE.search(text) else text


def first_sentences(text: str, limit: int) -> str:
    """The start of a text, cut at a word boundary."""
    clean = " ".join(text.split())
    if len(clean) <= limit:
        return clean
    cut = clean[:limit].rsplit(" ", 1)[0]
    return cut + " …"
