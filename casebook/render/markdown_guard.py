"""Keeping Python-Markdown fast on hostile text: some of its patterns are quadratic."""

from __future__ import annotations

import itertools
import re

from casebook import limits

MAX_BLOCK_LINES = 200
MAX_FOOTNOTE_REFS = 300  # repeated references to one footnote cost quadratic time
FOOTNOTE_WEIGHT = 20
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_UNIT_START = re.compile(r"^ {0,3}(?:>\s*)*(?:[-*+] |\d{1,9}[.)] |\||#)")
_BLOCK_END = re.compile(r"^ {0,3}(?:#{1,6}(?:\s|$)|([-*_=])(?: *\1)* *$)")
_HTML_BLOCK = re.compile(r"^ {0,3}</?(?:div|table|thead|tbody|tr|td|th|p|ul|ol|li|dl|details|"
                         r"figure|section|article|blockquote|pre|iframe|script|style|!--)",
                         re.IGNORECASE)
_MASK = re.compile(r"\\.|(`{1,3})[^`]+\1")
_BRACKET = re.compile(r"[\[\]]")
_SPECIAL = re.compile(r"[\[<*_`\\&!]")
_FOOTNOTE = re.compile(r"(?<!\\)\[\^")


def _escape_unmatched(unit: list[str]) -> list[str]:
    """Escape each '[' that no ']' follows: it can never open a link, yet Python-Markdown
    looks for its ']' to the end of the paragraph, which is quadratic for many of them."""
    opened: list[tuple[int, int]] = []
    for n, line in enumerate(unit):
        masked = _MASK.sub(lambda m: " " * len(m.group(0)), line)
        for m in _BRACKET.finditer(masked):
            if m.group(0) == "[":
                opened.append((n, m.start()))
            elif opened:
                opened.pop()
    cuts: dict[int, list[int]] = {}
    for n, col in opened:
        cuts.setdefault(n, []).append(col)
    lines = list(unit)
    for n, cols in cuts.items():
        line = lines[n]
        ends = [0, *cols, len(line)]
        lines[n] = "\\".join(line[a:b] for a, b in itertools.pairwise(ends))
    return lines


def _dense(unit: list[str]) -> bool:
    """Whether the inline patterns would take too long on this paragraph."""
    if _HTML_BLOCK.match(unit[0]):
        return False
    size = sum(len(line) + 1 for line in unit)
    specials = sum(len(_SPECIAL.findall(line)) + FOOTNOTE_WEIGHT * line.count("[^")
                   for line in unit)
    return specials * size > limits.MAX_RENDER_INLINE_WORK


def defuse(text: str, token: str) -> tuple[str, list[str]]:
    """The text made safe to convert, and the paragraphs set aside as plain text.

    Each set-aside paragraph is replaced by a line `{token}{n}x` for the caller to fill in.
    Text over MAX_RENDER_CHARS is set aside whole, as is every over-dense paragraph."""
    out: list[str] = []
    unit: list[str] = []
    aside: list[str] = []
    block = 0  # lines since the last blank one
    footnotes = 0

    def add(line: str) -> None:
        nonlocal block
        out.append(line)
        block = block + 1 if line.strip() else 0
        if block > MAX_BLOCK_LINES and _BLOCK_END.match(line):
            out.append("")  # a heading or rule ends its block anyway; keep blocks short
            block = 0

    def set_aside(plain: str) -> None:
        for line in ("", f"{token}{len(aside)}x", ""):
            add(line)
        aside.append(plain)

    def flush() -> None:
        nonlocal footnotes
        if unit and _dense(unit):
            set_aside("\n".join(unit))
        elif unit:
            lines = _escape_unmatched(unit)
            for n, line in enumerate(lines):
                footnotes += len(_FOOTNOTE.findall(line))
                if footnotes > MAX_FOOTNOTE_REFS:
                    lines[n] = _FOOTNOTE.sub(r"\\[^", line)
            if _dense(lines):
                set_aside("\n".join(unit))
            else:
                for line in lines:
                    add(line)
        unit.clear()

    head, tail = text[: limits.MAX_RENDER_CHARS], text[limits.MAX_RENDER_CHARS :]
    if tail and "\n" in head:
        head, rest = head.rsplit("\n", 1)
        tail = rest + tail
    in_fence = False
    for line in head.split("\n"):
        if _FENCE.match(line):
            flush()
            in_fence = not in_fence
            add(line)
        elif in_fence:
            out.append(line)
        else:
            if not line.strip() or _UNIT_START.match(line):
                flush()
            unit.append(line)
    flush()
    if tail:
        if in_fence:
            add("```")
        set_aside(tail)
    return "\n".join(out), aside
