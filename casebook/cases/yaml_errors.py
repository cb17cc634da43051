"""What a YAML error means for the person who wrote the file, and where to fix it."""

from __future__ import annotations

import bisect
import re
from typing import Any

import yaml

from casebook import limits

Pos = tuple[int, int]
_ODD_BREAKS = ("\x85", "\u2028", "\u2029")  # line breaks to YAML, not to the file


class Lines:
    """Line and column (1-based, in the file) of a character index in the front matter.
    A YAML mark's own line also counts U+0085, U+2028 and U+2029 as line breaks, which
    put every position after one of them on a later line than the file's."""

    def __init__(self, text: str, first_line: int) -> None:
        self.text = text
        self.first_line = first_line
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def pos(self, mark: Any) -> Pos:
        index = min(max(0, int(mark.index)), len(self.text))
        line = bisect.bisect_right(self.starts, index) - 1
        return self.first_line + line, index - self.starts[line] + 1

    def line_of(self, mark: Any) -> str:
        line, _ = self.pos(mark)
        return self.text[self.starts[line - self.first_line]:].split("\n", 1)[0]

    def char(self, mark: Any) -> str:
        index = int(mark.index)
        return self.text[index] if 0 <= index < len(self.text) else ""


def yaml_error(exc: yaml.YAMLError, first_line: int, fm_text: str = "") -> tuple[Pos, str, str]:
    """One error at the spot to fix: its position, the message in words for a person, and
    the parser's own words as the detail."""
    lines = Lines(fm_text, first_line)
    problem_mark = getattr(exc, "problem_mark", None)
    context_mark = getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    context = getattr(exc, "context", None) or ""
    message, at_context = _yaml_message(problem, context, lines, problem_mark, context_mark)
    mark = (context_mark if at_context else problem_mark) or problem_mark or context_mark
    pos = lines.pos(mark) if mark is not None else (first_line, 1)
    if mark is not None and "escape" in problem and fm_text[int(mark.index) - 1 :][:1] == "\\":
        pos = (pos[0], pos[1] - 1)  # at the backslash, as libyaml does (PyYAML: just after)
    if mark is not None and "\t" in _indent(lines, mark) and "tab" not in message:
        message += "; use spaces, not tabs, to indent"
    parts = []
    for words, where in ((context, context_mark), (problem, problem_mark)):
        if words:
            line, col = lines.pos(where) if where is not None else (0, 0)
            parts.append(f"{words} (line {line}, column {col})" if line else words)
    return pos, message, "YAML parser: " + "; ".join(parts)


def _indent(lines: Lines, mark: Any) -> str:
    """The leading blanks of the line a mark is on."""
    text = lines.line_of(mark)
    return text[: len(text) - len(text.lstrip(" \t"))]


def _yaml_message(problem: str, context: str, lines: Lines, problem_mark: Any,
                  context_mark: Any) -> tuple[str, bool]:
    """What a YAML error means for the person who wrote the file, and whether it is best
    pointed at the context mark (where the unclosed thing starts) rather than where the
    parser noticed. Knows the words of libyaml and of pure-Python PyYAML."""
    p, c = problem.lower(), context.lower()
    found = lines.char(problem_mark) if problem_mark is not None else ""
    opened = lines.char(context_mark) if context_mark is not None else ""
    same_line = (problem_mark is not None and context_mark is not None
                 and int(problem_mark.index) < len(lines.text)
                 and lines.pos(problem_mark)[0] == lines.pos(context_mark)[0])
    for mark in (context_mark, problem_mark):
        breaks = [b for b in _ODD_BREAKS if mark is not None and b in lines.line_of(mark)]
        if breaks:
            return (f"an invisible line break (U+{ord(breaks[0]):04X}) in this line splits "
                    "it: remove it, or put the value in quotes"), mark is context_mark
    if "depth" in p or "flow level" in c:
        return f"the front matter is nested deeper than {limits.MAX_YAML_DEPTH} levels", False
    if "flow sequence" in c or "flow mapping" in c:
        kind, start, end = ("list", "[", "]") if "sequence" in c else ("mapping", "{", "}")
        if same_line:
            return (f"expected ',' or '{end}' here: separate the {kind}'s items with commas, "
                    f"or put an item that holds a comma or ':' in quotes"), False
        return f"a {kind} opened with {start} is not closed with {end}", True
    if "quoted scalar" in c:
        quote = opened if opened in ("'", '"') else '"'
        if "end of stream" in p:
            return f"a text opened with {quote} is not closed with {quote}", True
        if "escape" in p:
            return ("unknown escape after a backslash in double quotes: write \\\\ for a "
                    "backslash, or put the text in single quotes"), False
        return f"the text in {quote} quotes is not closed properly", True
    if "tab" in p or found == "\t":
        return "a tab is used to indent this line; use spaces", False
    if "cannot start any token" in p or "node content" in p:
        if found in ("@", "`", "%", "|", ">", "!", "&", "*", "]", "}", ","):
            return f"a value cannot start with {found}: put the value in quotes", False
        return "this character cannot start a value: put the value in quotes", False
    if "simple key" in c:
        return "this line has no ':' after its key; write it as 'key: value'", True
    if "mapping values are not allowed" in p:
        return ("unexpected ':' here: put a value that holds ': ' in quotes, or indent this "
                "line like the keys above it"), False
    if "sequence entries are not allowed" in p:
        return ("a '- ' list item cannot follow a key on the same line: put each item on "
                "its own line below the key"), False
    if "block collection" in c:
        return "this line is not indented like the list items above it", False
    if "block mapping" in c:
        before = lines.text[: int(problem_mark.index)].rstrip(" ") if problem_mark else ""
        if before[-1:] in ("'", '"'):
            return "text after a closing quote: put the whole value in quotes", False
        if found == "-":
            return ("a '- ' list item where a 'key: value' line was expected: indent list "
                    "items under their key"), False
        return "this line is not indented like the 'key: value' lines above it", False
    if "undefined alias" in p:
        return ("a value starting with * names an anchor (&name) that is not defined: put "
                "the value in quotes"), False
    if "anchor" in c or "alias" in c:
        return "a name must follow & or * at the start of a value: put the value in quotes", True
    if "block scalar" in c:
        return ("only a comment may follow | or > on its line: start the text on the next "
                "line"), True
    if "duplicate anchor" in c:
        return "the anchor (&name) is defined twice: rename one", False
    if "single document" in c:
        return "a second front matter block starts here: remove the extra '---' line", False
    if "end of stream" in p:
        return "the front matter ends in the middle of a value", False
    return "the front matter cannot be read from here on (it is not valid YAML)", False
