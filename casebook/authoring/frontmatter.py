"""Editing front matter in place (tag lists, a key's value), leaving every other character as is."""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import yaml

from casebook.cases.text import slugify
from casebook.errors import InputError
from casebook.facets import TAG_FACETS

if TYPE_CHECKING:
    from casebook.cases.taxonomy import Taxonomy

LINE = re.compile(r"[^\r\n]*(?:\r\n|\n|\r)|[^\r\n]+\Z")
Canon = Callable[[str], str]
FacetCanon = Callable[[str, str], str]
Edit = tuple[int, int, str]
_COMMENT = re.compile(r"(?:^|(?<=\s))#[^\r\n]*", re.MULTILINE)


class _Source:
    """The front matter of a file as lines with their own line ends, and offsets into it."""

    def __init__(self, text: str, where: str) -> None:
        self.text = text
        self.lines = LINE.findall(text)
        self.starts: list[int] = []
        offset = 0
        for line in self.lines:
            self.starts.append(offset)
            offset += len(line)
        bare = [line.rstrip("\r\n") for line in self.lines]
        first = next((i for i, line in enumerate(bare) if line.strip()), None)
        if first is None or bare[first].rstrip() != "---":
            kind = "TOML (+++)" if first is not None and bare[first].rstrip() == "+++" else ""
            raise InputError(f"{where}: tags can be written only into YAML front matter "
                             f"between '---' lines" + (f"; this file uses {kind}" if kind else ""))
        close = next((i for i in range(first + 1, len(bare)) if bare[i].rstrip() in
                      ("---", "...")), None)
        if close is None:
            raise InputError(f"{where}:{first + 1}: the front matter is never closed with '---'")
        self.first, self.close = first + 1, close
        self.yaml_text = "\n".join(bare[self.first : close])
        self.yaml_starts = [0]
        for line in bare[self.first : close]:
            self.yaml_starts.append(self.yaml_starts[-1] + len(line) + 1)
        ends = [line[len(b):] for line, b in zip(self.lines, bare, strict=True) if line != b]
        self.eol = ends[0] if ends else "\n"

    def pos(self, mark: Any) -> tuple[int, int]:
        """(line, column), 0-based within the front matter, of a YAML mark. Uses the mark's
        character index, since YAML also breaks lines at U+0085, U+2028 and U+2029."""
        index = int(mark.index)
        line = bisect.bisect_right(self.yaml_starts, index) - 1
        return line, index - self.yaml_starts[line]

    def offset(self, mark: Any) -> int:
        """Offset in the text of a YAML mark inside the front matter."""
        line, col = self.pos(mark)
        return self.starts[self.first + line] + col

    def last_line(self, node: Any) -> int:
        """The last front matter line a node's text is on. A block collection ends where
        the next token starts, so its last line is that of its last value."""
        while (isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and not node.flow_style
               and node.value):
            last = node.value[-1]
            node = last[1] if isinstance(last, tuple) else last
        (start, _), (end, col) = self.pos(node.start_mark), self.pos(node.end_mark)
        return end - 1 if col == 0 and end > start else end

    def line_end(self, line: int) -> int:
        """Offset just after the line end of a front matter line (0-based in the YAML)."""
        n = self.first + line
        return self.starts[n] + len(self.lines[n])

    def line_start(self, line: int) -> int:
        return self.starts[self.first + line]

    def eol_of(self, line: int) -> str:
        raw = self.lines[self.first + line]
        return raw[len(raw.rstrip("\r\n")):] or self.eol


@dataclass
class _Style:
    quote: str | None = None
    sep: str = ", "


def _render(value: str, style: _Style, item: bool = True) -> str:
    """A value in the list's quoting style; plain only where YAML reads it back the same
    (as a list item, or as a whole `key: value` when item is False)."""
    if style.quote == "'":
        return "'" + value.replace("'", "''") + "'"
    if style.quote == '"':
        return json.dumps(value, ensure_ascii=False)
    plain_ok = "#" not in value and value == value.strip() and not (item and "," in value)
    try:
        if item:
            plain_ok = plain_ok and yaml.safe_load(f"[{value}]") == [value] and (
                yaml.safe_load(f"- {value}") == [value])
        else:
            plain_ok = plain_ok and yaml.safe_load(f"k: {value}") == {"k": value}
    except (yaml.YAMLError, ValueError, TypeError, AttributeError):
        plain_ok = False  # anything YAML cannot read back plainly gets quoted
    return value if plain_ok else json.dumps(value, ensure_ascii=False)


def _flow(values: list[str]) -> str:
    return "[" + ", ".join(_render(v, _Style()) for v in values) + "]"


def _quote_of(nodes: list[Any]) -> str | None:
    nodes = [n for n in nodes if isinstance(n, yaml.ScalarNode)]
    styles = {n.style for n in nodes}
    return styles.pop() if len(styles) == 1 and nodes and nodes[0].style in ("'", '"') else None


def _colon_after(src: _Source, key: Any) -> int:
    """Offset just after the ':' that follows a key."""
    line, col = src.pos(key.end_mark)
    line_text = src.lines[src.first + line]
    while col < len(line_text) and line_text[col] in " \t":
        col += 1
    if col >= len(line_text) or line_text[col] != ":":
        raise InputError("cannot find the ':' after a tag key")
    return src.line_start(line) + col + 1


def _item_id(key: Any, item: Any) -> str:
    """The tag an item names: a plain value, or an outcome mapping's `id`."""
    if isinstance(item, yaml.ScalarNode):
        return str(item.value)
    if str(key.value).strip().lower() == "outcomes" and isinstance(item, yaml.MappingNode):
        ids = [v for k, v in item.value
               if isinstance(k, yaml.ScalarNode) and k.value == "id"]
        if len(ids) == 1 and isinstance(ids[0], yaml.ScalarNode) and str(ids[0].value).strip():
            return str(ids[0].value)
        raise InputError(f"an item of '{key.value}' has no single 'id'; edit it by hand")
    raise InputError(f"'{key.value}' holds nested values; write it as a plain list")


def _edit_facet(src: _Source, key: Any, node: Any, want: list[str], canon: Canon) -> list[Edit]:
    wanted = set(want)
    if isinstance(node, yaml.SequenceNode):
        items = node.value
        have = [canon(_item_id(key, i)) for i in items]
        new = [t for t in want if t not in have]
        drop = [i for i, t in zip(items, have, strict=True) if t not in wanted]
        if not new and not drop:
            return []
        style = _Style(_quote_of(items))
        if node.flow_style:
            return [_flow_edit(src, node, drop, new, style)]
        return _block_edit(src, key, node, drop, new, style)
    if isinstance(node, yaml.ScalarNode) and node.style in (None, "'", '"'):
        value = str(node.value)
        if node.style is None and node.tag == "tag:yaml.org,2002:null":
            if not want:
                return []
            if value == "":
                colon = _colon_after(src, key)
                return [(colon, colon, " " + _flow(want))]
            return [(src.offset(node.start_mark), src.offset(node.end_mark), _flow(want))]
        raw = [p.strip() for p in value.split(",") if p.strip()]
        if not raw:
            span = (src.offset(node.start_mark), src.offset(node.end_mark))
            return [(*span, _flow(want))] if want else []
        have = [canon(p) for p in raw]
        new = [t for t in want if t not in have]
        kept = [p for p, t in zip(raw, have, strict=True) if t in wanted]
        if not new and len(kept) == len(raw):
            return []
        sep = ", " if ", " in value or "," not in value else ","
        joined = sep.join(kept + new)
        text = _render(joined, _Style(node.style), item=False) if joined else "[]"
        return [(src.offset(node.start_mark), src.offset(node.end_mark), text)]
    start, end = src.offset(node.start_mark), src.offset(node.end_mark)
    flow = _flow(want)
    if src.last_line(node) != src.pos(node.end_mark)[0]:
        flow += src.eol_of(src.last_line(node))
    return [(start, end, flow)]


def _flow_edit(src: _Source, node: Any, drop: list[Any], new: list[str], style: _Style) -> Edit:
    start, end = src.offset(node.start_mark), src.offset(node.end_mark)
    items = node.value
    bounds = [start + 1, *(src.offset(m) for i in items for m in (i.start_mark, i.end_mark)),
              end - 1]
    gaps = [src.text[bounds[k] : bounds[k + 1]] for k in range(0, len(bounds), 2)]
    if any("#" in gap for gap in gaps):
        raise InputError("a tag list has comments inside its [ ]; edit the file by hand")
    if len(gaps) > 2:
        style.sep = gaps[1]
    parts = [src.text[src.offset(i.start_mark) : src.offset(i.end_mark)]
             for i in items if i not in drop]
    parts += [_render(t, style) for t in new]
    if not parts:
        return (start, end, "[]")
    padding = (gaps[0], gaps[-1]) if items else ("", "")
    return (start, end, "[" + padding[0] + style.sep.join(parts) + padding[1] + "]")


def _dash_line(src: _Source, item: Any) -> int:
    """The line of a block list item's '-': the item's own line, or for a '-' alone on a
    line above the item, that line."""
    row, col = src.pos(item.start_mark)
    if src.lines[src.first + row][:col].strip():
        return row
    for above in range(row - 1, -1, -1):
        text = _COMMENT.sub("", src.lines[src.first + above]).strip()
        if text == "-":
            return above
        if text:
            break
    raise InputError("cannot find the '-' of a list item; edit the file by hand")


def _with_comments(src: _Source, line: int, dash_col: int) -> int:
    """The last line of an item with the comment lines after it indented past its '-'
    (commented-out keys of an outcome mapping belong to it)."""
    while src.first + line + 1 < src.close:
        text = src.lines[src.first + line + 1]
        body = text.lstrip(" \t")
        if not body.startswith("#") or len(text) - len(body) <= dash_col:
            break
        line += 1
    return line


def _block_edit(src: _Source, key: Any, node: Any, drop: list[Any], new: list[str],
                style: _Style) -> list[Edit]:
    edits: list[Edit] = []
    dash_row, dash_col = src.pos(node.start_mark)
    for item in drop:
        last = _with_comments(src, src.last_line(item), dash_col)
        edits.append((src.line_start(_dash_line(src, item)), src.line_end(last), ""))
    indent = src.lines[src.first + dash_row][:dash_col]
    last_item = node.value[-1]
    item_row, item_col = src.pos(last_item.start_mark)
    item_line = src.lines[src.first + item_row]
    gap = item_line[dash_col + 1 : item_col]
    if item_line[: dash_col + 1] != indent + "-" or gap.strip():
        gap = " "
    last_line = _with_comments(src, src.last_line(last_item), dash_col)
    eol = src.eol_of(last_line)
    if not src.lines[src.first + last_line].endswith(("\n", "\r")):
        raise InputError("the front matter ends without a line end")
    added = "".join(f"{indent}-{gap}{_render(t, style)}{eol}" for t in new)
    if added:
        edits.append((src.line_end(last_line), src.line_end(last_line), added))
    if len(drop) == len(node.value) and not new:
        colon = _colon_after(src, key)
        edits.append((colon, colon, " []"))
    return edits


def _keys(root: Any, names: tuple[str, ...]) -> dict[str, tuple[Any, Any]]:
    """(key node, value node) of each of the names present (in any case)."""
    found: dict[str, tuple[Any, Any]] = {}
    for knode, vnode in root.value:
        name = str(knode.value).strip().lower() if isinstance(knode, yaml.ScalarNode) else ""
        if name in names:
            if name in found:
                raise InputError(f"'{name}' appears twice in the front matter; keep one")
            found[name] = (knode, vnode)
    return found


def _check_plain(src: _Source, knode: Any, vnode: Any, key: str, where: str) -> None:
    """Refuse a value that is an anchor, an alias or carries a tag: editing its text
    would change more than this key."""
    value_at = src.offset(vnode.start_mark)
    between = _COMMENT.sub("", src.text[src.offset(knode.end_mark) : value_at + 1])
    if vnode.start_mark.index < knode.end_mark.index or re.search(r"[&*!]", between):
        raise InputError(f"{where}: '{key}' uses a YAML anchor, alias or tag; edit it by hand")


def _compose(src: _Source, where: str) -> Any:
    try:
        root = yaml.compose(src.yaml_text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = src.first + 1 + (mark.line if mark else 0)
        raise InputError(f"{where}:{line}: fix the front matter first (invalid YAML)") from None
    if root is None:
        return yaml.MappingNode("tag:yaml.org,2002:map", [])
    if not isinstance(root, yaml.MappingNode):
        raise InputError(f"{where}: the front matter is not 'key: value' lines")
    return root


def _bind(canon: FacetCanon, facet: str) -> Canon:
    return lambda value: canon(facet, value)


def rewrite_tags(text: str, facet_values: dict[str, list[str]], canon: FacetCanon,
                 where: str = "case file") -> str:
    """The text with the given facets' tag lists set to these values; canon(facet, value)
    gives the canonical tag of a value, so 'Legacy systems' in the file is kept as is."""
    src = _Source(text, where)
    root = _compose(src, where)
    keys = _keys(root, TAG_FACETS)
    edits: list[Edit] = []
    appended: list[str] = []
    for facet in TAG_FACETS:
        if facet not in facet_values:
            continue
        one = _bind(canon, facet)
        want = list(dict.fromkeys(one(v) for v in facet_values[facet] if one(v)))
        if facet not in keys:
            if want:
                appended.append(f"{facet}: {_flow(want)}")
            continue
        knode, vnode = keys[facet]
        _check_plain(src, knode, vnode, facet, where)
        edits += _edit_facet(src, knode, vnode, want, one)
    if appended:
        close = src.starts[src.close]
        before = src.lines[src.close - 1] if src.close > src.first else ""
        eol = before[len(before.rstrip("\r\n")):] or src.eol
        edits.append((close, close, "".join(a + eol for a in appended)))
    out = src.text
    for start, end, new in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        out = out[:start] + new + out[end:]
    return out


def set_value(text: str, key: str, value: str, where: str = "case file") -> str:
    """The text with a top-level key of its front matter set to a text value (a key it does
    not have goes first). YAML or TOML front matter; a file with none gets a YAML one."""
    bare = [line.rstrip("\r\n") for line in LINE.findall(text)]
    first = next((i for i, line in enumerate(bare) if line.strip()), None)
    if first is not None and bare[first].rstrip() == "+++":
        return _set_toml_value(text, key, value)
    if first is None or bare[first].rstrip() != "---":
        return f"---\n{key}: {_render(value, _Style(), item=False)}\n---\n{text}"
    src = _Source(text, where)
    keys = _keys(_compose(src, where), (key,))
    if key not in keys:
        at = src.line_start(0)
        return text[:at] + f"{key}: {_render(value, _Style(), item=False)}{src.eol}" + text[at:]
    knode, vnode = keys[key]
    _check_plain(src, knode, vnode, key, where)
    if not isinstance(vnode, yaml.ScalarNode) or vnode.style not in (None, "'", '"'):
        raise InputError(f"{where}: '{key}' is not a single value; edit it by hand")
    start, end = src.offset(vnode.start_mark), src.offset(vnode.end_mark)
    if vnode.value == "" and vnode.style is None:  # 'key:' with nothing after it
        start = end = _colon_after(src, knode)
        return text[:start] + " " + _render(value, _Style(), item=False) + text[end:]
    return text[:start] + _render(value, _Style(vnode.style), item=False) + text[end:]


def _set_toml_value(text: str, key: str, value: str) -> str:
    """set_value for TOML front matter (between '+++' lines): the key's line before any
    [table] is replaced, else a new line goes first."""
    lines = LINE.findall(text)
    start = next(i for i, line in enumerate(lines) if line.strip())
    eol = lines[start][len(lines[start].rstrip("\r\n")):] or "\n"
    new = f"{key} = {json.dumps(value, ensure_ascii=False)}"
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
    for i in range(start + 1, len(lines)):
        bare = lines[i].rstrip("\r\n")
        if bare.rstrip() == "+++" or bare.lstrip().startswith("["):
            break
        if pattern.match(bare):
            lines[i] = new + lines[i][len(bare):]
            return "".join(lines)
    lines.insert(start + 1, new + eol)
    return "".join(lines)


def canon_for(taxonomy: Taxonomy | None) -> FacetCanon:
    """Canonical tags from the taxonomy; without one, slugs (ids are slugs too)."""
    if taxonomy is None:
        return lambda _facet, value: slugify(value)
    return lambda facet, value: taxonomy.canonical(facet, value)[0]
