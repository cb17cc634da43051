"""Editing a case file's fields in place (a text, a year, a list, the outcomes' results, the
body), as tags are written: only the changed values change, every other byte stays."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import yaml

from casebook.authoring.frontmatter import (
    _check_plain,
    _colon_after,
    _compose,
    _flow,
    _item_id,
    _keys,
    _render,
    _Source,
    _Style,
    canon_for,
    rewrite_tags,
)
from casebook.authoring.tag_write import BOM
from casebook.cases.cells import clean
from casebook.cases.parsing import parse_text
from casebook.cases.validation import build_case
from casebook.errors import InputError

if TYPE_CHECKING:
    from casebook.cases.model import Case
    from casebook.cases.taxonomy import Taxonomy

# where a key a file lacks goes: after the nearest key before it in this order
ORDER = ("title", "id", "summary", "country", "place", "region", "level", "year_start",
         "year_end", "sectors", "challenges", "strategies", "outcomes", "verdict", "metrics",
         "sources", "language", "translation_of", "licence", "attribution", "origin", "updated")
TAGS = ("challenges", "strategies")
DETAILS = ("result", "evidence")  # what an outcome row says besides its id
Outcome = tuple[str, str | None, str | None]  # id, result, evidence
Edit = tuple[int, int, str]


def _apply(text: str, edits: list[Edit]) -> str:
    for start, end, new in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        text = text[:start] + new + text[end:]
    return text


def _eol_len(src: _Source, line: int) -> int:
    raw = src.lines[src.first + line]
    return len(raw) - len(raw.rstrip("\r\n"))


def _value_span(src: _Source, knode: Any, vnode: Any) -> tuple[int, int, str]:
    """(start, end, prefix) of a key's value as written: a block value (a '- ' list, a
    '|' or '>' text) from just after the colon to the end of its last line."""
    block = (isinstance(vnode, (yaml.SequenceNode, yaml.MappingNode)) and not vnode.flow_style
             ) or (isinstance(vnode, yaml.ScalarNode) and vnode.style in ("|", ">"))
    empty = (isinstance(vnode, yaml.ScalarNode) and vnode.style is None
             and vnode.value == "" and vnode.tag == "tag:yaml.org,2002:null")
    if block or empty:
        colon = _colon_after(src, knode)
        if empty:
            return colon, colon, " "
        last = src.last_line(vnode)
        return colon, src.line_end(last) - _eol_len(src, last), " "
    return src.offset(vnode.start_mark), src.offset(vnode.end_mark), ""


def _root(src: _Source, where: str) -> Any:
    root = _compose(src, where)
    if root.flow_style and root.value:
        raise InputError(f"{where}: the front matter is one {{…}} mapping; edit it by hand")
    return root


def set_value(text: str, key: str, rendered: str | None, where: str = "case file") -> str:
    """The text with `key` set to a value already written as YAML (`rendered`), or left
    out when None. A key the file lacks goes after the nearest one before it in ORDER."""
    src = _Source(text, where)
    root = _root(src, where)
    found = _keys(root, (key,))
    if key in found:
        knode, vnode = found[key]
        _check_plain(src, knode, vnode, key, where)
        if rendered is None:
            row = src.pos(knode.start_mark)[0]
            if src.lines[src.first + row][: src.pos(knode.start_mark)[1]].strip():
                raise InputError(f"{where}: '{key}' shares its line; edit it by hand")
            return _apply(text, [(src.line_start(row), src.line_end(src.last_line(vnode)),
                                  "")])
        start, end, prefix = _value_span(src, knode, vnode)
        return _apply(text, [(start, end, prefix + rendered)])
    if rendered is None:
        return text
    before = ORDER[: ORDER.index(key)] if key in ORDER else ORDER
    present = _keys(root, before)
    after = [present[k][1] for k in before if k in present]
    if after:
        at = src.line_end(src.last_line(after[-1]))
    else:
        at = src.line_start(0) if src.close > src.first else src.starts[src.close]
    return _apply(text, [(at, at, f"{key}: {rendered}{src.eol}")])


def render_text(value: str, quote: str | None = None) -> str:
    return _render(value, _Style(quote), item=False)


def render_list(values: list[str]) -> str:
    return _flow(values)


# outcomes -------------------------------------------------------------------------------
def _pairs(node: Any) -> dict[str, tuple[Any, Any]]:
    return {str(k.value): (k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode)}


def _detail_of(item: Any) -> tuple[str | None, str | None]:
    if not isinstance(item, yaml.MappingNode):
        return None, None
    pairs = _pairs(item)
    got = [pairs[k][1].value if k in pairs and isinstance(pairs[k][1], yaml.ScalarNode)
           else None for k in DETAILS]
    return (str(got[0]) if got[0] else None, str(got[1]) if got[1] else None)


def _mapping_text(term: str, result: str | None, evidence: str | None, flow: bool,
                  indent: str, eol: str) -> str:
    parts = [f"id: {_render(term, _Style())}"] + [
        f"{k}: {v}" for k, v in zip(DETAILS, (result, evidence), strict=True) if v]
    if len(parts) == 1:
        return _render(term, _Style())
    return "{" + ", ".join(parts) + "}" if flow else (eol + indent).join(parts)


def _edit_block_mapping(src: _Source, item: Any, want: dict[str, str | None],
                        where: str) -> list[Edit]:
    """result and evidence of one `- id: …` item set line by line."""
    pairs = _pairs(item)
    first_key = item.value[0][0]
    indent = " " * src.pos(first_key.start_mark)[1]
    edits: list[Edit] = []
    anchor = pairs["id"][1] if "id" in pairs else item.value[0][1]
    for key in DETAILS:
        value = want[key]
        if key in pairs:
            knode, vnode = pairs[key]
            if not isinstance(vnode, yaml.ScalarNode) or vnode.style in ("|", ">"):
                raise InputError(f"{where}: an outcome's '{key}' is not one value; edit it "
                                 "by hand")
            if vnode.value == value:
                anchor = vnode
                continue
            if value:
                edits.append((src.offset(vnode.start_mark), src.offset(vnode.end_mark), value))
                anchor = vnode
            elif knode is first_key:
                raise InputError(f"{where}: an outcome starts with '{key}'; edit it by hand")
            else:
                row = src.pos(knode.start_mark)[0]
                edits.append((src.line_start(row), src.line_end(src.last_line(vnode)), ""))
        elif value:
            at = src.line_end(src.last_line(anchor))
            edits.append((at, at, f"{indent}{key}: {value}{src.eol_of(src.last_line(anchor))}"))
    return edits


def _edit_flow_mapping(src: _Source, item: Any, want: dict[str, str | None]) -> Edit:
    parts = []
    for knode, vnode in item.value:
        key = str(knode.value)
        if key in DETAILS:
            if want[key]:
                parts.append(f"{key}: {want[key]}")
            continue
        parts.append(src.text[src.offset(knode.start_mark): src.offset(vnode.end_mark)])
    parts += [f"{k}: {want[k]}" for k in DETAILS if want[k] and k not in _pairs(item)]
    return src.offset(item.start_mark), src.offset(item.end_mark), "{" + ", ".join(parts) + "}"


def set_outcomes(text: str, outcomes: list[Outcome], taxonomy: Taxonomy | None,
                 where: str = "case file") -> str:
    """The outcomes' ids as tags are written (added at the end, dropped where they are),
    then each one's result and evidence set where they differ; its source and note stay."""
    canon = canon_for(taxonomy)
    text = rewrite_tags(text, {"outcomes": [o[0] for o in outcomes]}, canon, where)
    wanted = {canon("outcomes", o[0]): o for o in outcomes}
    src = _Source(text, where)
    found = _keys(_root(src, where), ("outcomes",))
    if "outcomes" not in found:
        return text
    knode, node = found["outcomes"]
    if not isinstance(node, yaml.SequenceNode):  # 'a, b' in one string: written anew
        if not any(o[1] or o[2] for o in outcomes):
            return text
        items = [_mapping_text(*o, flow=True, indent="", eol="") for o in outcomes]
        start, end, prefix = _value_span(src, knode, node)
        return _apply(text, [(start, end, prefix + "[" + ", ".join(items) + "]")])
    edits: list[Edit] = []
    for item in node.value:
        term = canon("outcomes", _item_id(knode, item))
        if term not in wanted:
            continue
        _, result, evidence = wanted[term]
        if _detail_of(item) == (result, evidence):
            continue
        want = dict(zip(DETAILS, (result, evidence), strict=True))
        if isinstance(item, yaml.ScalarNode):
            row, col = src.pos(item.start_mark)
            new = _mapping_text(str(item.value), result, evidence, bool(node.flow_style),
                                " " * col, src.eol_of(row))
            edits.append((src.offset(item.start_mark), src.offset(item.end_mark), new))
        elif item.flow_style:
            edits.append(_edit_flow_mapping(src, item, want))
        else:
            edits += _edit_block_mapping(src, item, want, where)
    return _apply(text, edits)


# the body and the whole edit --------------------------------------------------------------
def set_body(text: str, body: str, where: str = "case file") -> str:
    """The text with everything after the front matter replaced by `body` (in the file's
    line ends, after the blank line the file had there)."""
    src = _Source(text, where)
    closing = src.lines[src.close]
    after = src.starts[src.close] + len(closing)
    eol = src.eol
    old = text[after:]
    head = "" if closing.endswith(("\n", "\r")) else eol
    lead = eol if (old.startswith(("\n", "\r")) or not old.strip()) else ""
    new = body.strip("\r\n")
    if not new.strip():
        return text[:after] + head
    lines = new.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return text[:after] + head + lead + eol.join(lines) + eol


def _check(old: str, new: str, changes: dict[str, Any], taxonomy: Taxonomy,
           where: str) -> Case:
    """The rewritten text reads back with the other keys as they were; the new case."""
    def read(text: str) -> tuple[dict[str, Any], Case, bool]:
        doc = parse_text(where, text.replace("\r\n", "\n").replace("\r", "\n"))
        bad = any(p.code.startswith("yaml") for p in doc.problems)
        return doc.meta, build_case(doc, taxonomy), bad

    (before, _, _), (after, case, bad) = read(old), read(new)
    touched = {k for k in (*before, *after) if k.strip().lower() in changes}
    same = ({k: v for k, v in before.items() if k not in touched}
            == {k: v for k, v in after.items() if k not in touched})
    if bad or not same:
        raise InputError(f"{where}: cannot write these fields safely; edit the file by hand")
    return case


def edit_text(text: str, changes: dict[str, Any], taxonomy: Taxonomy,
              where: str = "case file") -> tuple[str, Case]:
    """The text with each changed field set: a text or year (None leaves it out), a list
    (country, sectors), tags (challenges, strategies), outcomes as (id, result, evidence)
    and the body, control characters left out; with the case it now describes."""
    out = text
    changes = {k: _cleaned(v) for k, v in changes.items()}
    for key, value in changes.items():
        if key == "body":
            continue
        if key in TAGS:
            out = rewrite_tags(out, {key: list(value)}, canon_for(taxonomy), where)
        elif key == "outcomes":
            out = set_outcomes(out, list(value), taxonomy, where)
        elif value is None or isinstance(value, int):
            out = set_value(out, key, None if value is None else str(value), where)
        elif isinstance(value, list):
            one = key == "country" and len(value) == 1 and "," not in value[0]
            rendered = render_text(value[0]) if one else render_list(value) if value else None
            out = set_value(out, key, rendered, where)
        else:
            out = set_value(out, key, _text_in_style(out, key, str(value), where), where)
    if "body" in changes:
        out = set_body(out, str(changes["body"] or ""), where)
    return out, _check(text, out, changes, taxonomy, where)


def _cleaned(value: Any) -> Any:
    """Texts without the control characters a YAML file cannot hold."""
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, list):
        return [_cleaned(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_cleaned(v) for v in value)
    return value


def _text_in_style(text: str, key: str, value: str, where: str) -> str:
    """A text value quoted as the file quoted the old one (plain where YAML allows)."""
    src = _Source(text, where)
    found = _keys(_root(src, where), (key,))
    node = found[key][1] if key in found else None
    quote = node.style if isinstance(node, yaml.ScalarNode) and node.style in ("'", '"') else None
    return render_text(value, quote)


def edit_bytes(data: bytes, changes: dict[str, Any], taxonomy: Taxonomy,
               where: str = "case file") -> tuple[bytes, Case]:
    """edit_text on a file's bytes (a BOM and the line ends kept)."""
    bom = BOM if data.startswith(BOM) else b""
    try:
        text = data[len(bom):].decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{where}: not UTF-8 text") from None
    out, case = edit_text(text, changes, taxonomy, where)
    return bom + out.encode("utf-8"), case
