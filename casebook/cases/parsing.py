"""Reading case files: text decoding, front matter with positions, body sections."""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.constructor import SafeConstructor

from casebook import limits
from casebook.cases.model import Problem, Section
from casebook.cases.yaml_errors import Lines, yaml_error
from casebook.cases.yaml_errors import Pos as Pos  # a line and column, 1-based
from casebook.errors import TooLarge, Unreadable

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_TOML_POS = re.compile(r"at line (\d+), column (\d+)")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_LEADING_TABS = re.compile(r"^[ \t]*\t[ \t]*", re.MULTILINE)
_UNLOADED = {"fm-size", "yaml", "yaml-limit", "fm-shape", "toml"}


@dataclass
class Document:
    """A case file split into front matter (with positions) and body."""

    path: str
    meta: dict[str, Any] = field(default_factory=dict)
    key_pos: dict[str, Pos] = field(default_factory=dict)
    value_pos: dict[str, Pos] = field(default_factory=dict)
    item_pos: dict[tuple[Any, ...], Pos] = field(default_factory=dict)
    body: str = ""
    body_line: int = 1
    has_front_matter: bool = False
    sections: list[Section] = field(default_factory=list)
    heading_title: str | None = None
    heading_line: int = 0
    bad_keys: set[str] = field(default_factory=set)
    problems: list[Problem] = field(default_factory=list)
    text: str = ""

    def pos(self, key: str, *item: Any) -> Pos:
        """Best known position for a key, or an item below it."""
        if item and (key, *item) in self.item_pos:
            return self.item_pos[(key, *item)]
        return self.value_pos.get(key) or self.key_pos.get(key) or (1, 1)

    def problem(self, pos: Pos, severity: str, message: str, code: str,
                detail: str = "") -> None:
        one_line = message.replace("\r", "\\r").replace("\n", "\\n")  # values quoted in it
        self.problems.append(Problem(self.path, pos[0], pos[1], severity, one_line, code,
                                     detail))

    def line_text(self, line: int) -> str:
        """The text of a line of the file (1-based), '' past its end."""
        lines = self.text.split("\n", line)
        return lines[line - 1] if 0 < line <= len(lines) else ""


def read_text(path: str) -> str:
    """Decode a case file, or raise Unreadable with the reason."""
    try:
        size = os.stat(path).st_size
        if size > limits.MAX_FILE_BYTES:
            mib = limits.MAX_FILE_BYTES // (1024 * 1024)
            raise Unreadable(f"file is {size:,} bytes, over the {mib} MiB limit")
        with open(path, "rb") as handle:
            data = handle.read(limits.MAX_FILE_BYTES + 1)
    except PermissionError:
        raise Unreadable("permission denied") from None
    except FileNotFoundError:
        raise Unreadable("file not found") from None
    except OSError as exc:
        raise Unreadable(f"cannot read file: {exc.strerror or exc}") from None
    return decode(data)


def decode(data: bytes) -> str:
    if len(data) > limits.MAX_FILE_BYTES:
        mib = limits.MAX_FILE_BYTES // (1024 * 1024)
        raise Unreadable(f"file is over the {mib} MiB size limit")
    if b"\x00" in data[:8192]:
        raise Unreadable("binary file (contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise Unreadable(f"not UTF-8 text (invalid byte at line {line})") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_text(path: str, text: str) -> Document:
    """Split text into front matter and body; problems go into the document."""
    doc = Document(path=path, text=text)
    lines = text.split("\n")
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    marker = lines[start].rstrip() if start < len(lines) else ""
    if marker not in ("---", "+++"):
        doc.problem((1, 1), "error", "no front matter: a case starts with a '---' line", "no-fm")
        doc.body, doc.body_line = text, 1
        _split_sections(doc)
        return doc
    if start:
        doc.problem((1, 1), "warning", "blank lines before the front matter", "blank-before-fm")
    closers = ("---", "...") if marker == "---" else ("+++",)
    end = next((i for i in range(start + 1, len(lines)) if lines[i].rstrip() in closers), None)
    if end is None:
        doc.problem(
            (start + 1, 1), "error",
            f"the front matter opened on line {start + 1} is never closed with '{marker}'",
            "unclosed-fm",
        )
        doc.body, doc.body_line = "\n".join(lines[start + 1 :]), start + 2
        _split_sections(doc)
        return doc
    doc.has_front_matter = True
    fm_text = "\n".join(lines[start + 1 : end])
    first_line = start + 2
    if len(fm_text.encode("utf-8", "replace")) > limits.MAX_FRONT_MATTER_BYTES:
        kib = limits.MAX_FRONT_MATTER_BYTES // 1024
        doc.problem((start + 1, 1), "error", f"front matter is over the {kib} KiB limit", "fm-size")
    elif marker == "---":
        _load_yaml(doc, fm_text, first_line)
    else:
        _load_toml(doc, fm_text, first_line)
    # front matter that could not be loaded at all is reported once, not as missing fields
    doc.has_front_matter = not any(p.code in _UNLOADED for p in doc.problems)
    doc.body = "\n".join(lines[end + 1 :])
    doc.body_line = end + 2
    _split_sections(doc)
    return doc


def parse_file(path: str) -> Document:
    return parse_text(path, read_text(path))


def _check_size(node: yaml.Node) -> str | None:
    """Expanded size and depth of a node graph, bounded; None when within limits."""
    sizes: dict[int, int] = {}
    on_path: set[int] = set()

    def walk(n: yaml.Node, depth: int) -> int:
        if depth > limits.MAX_YAML_DEPTH:
            raise TooLarge(f"is nested deeper than {limits.MAX_YAML_DEPTH} levels")
        key = id(n)
        if key in sizes:
            return sizes[key]
        if key in on_path:
            raise TooLarge("has an alias that refers to itself")
        on_path.add(key)
        total = 1
        if isinstance(n, yaml.SequenceNode):
            for child in n.value:
                total += walk(child, depth + 1)
        elif isinstance(n, yaml.MappingNode):
            for k, v in n.value:
                total += walk(k, depth + 1) + walk(v, depth + 1)
        if total > limits.MAX_YAML_NODES:
            raise TooLarge(f"expands to more than {limits.MAX_YAML_NODES:,} values (alias bomb?)")
        on_path.discard(key)
        sizes[key] = total
        return total

    try:
        walk(node, 0)
    except TooLarge as exc:
        return str(exc)
    return None


def _compose(doc: Document, fm_text: str, first_line: int) -> tuple[yaml.Node | None, str]:
    """The node tree, and the text it was read from."""
    try:
        return yaml.compose(fm_text, Loader=_LOADER), fm_text
    except yaml.YAMLError as exc:
        pos, message, detail = yaml_error(exc, first_line, fm_text)
        doc.problem(pos, "error", message, "yaml", detail)
    except RecursionError:
        doc.problem((first_line, 1), "error", "invalid YAML: nested too deeply", "yaml")
        return None, fm_text
    except ValueError as exc:
        doc.problem((first_line, 1), "error", f"invalid YAML: {exc}", "yaml")
        return None, fm_text
    if not _LEADING_TABS.search(fm_text):
        return None, fm_text
    # the error stands, but values indented with tabs are still read as if with spaces
    spaced = _LEADING_TABS.sub(lambda m: m.group(0).expandtabs(4), fm_text)
    try:
        return yaml.compose(spaced, Loader=_LOADER), spaced
    except (yaml.YAMLError, ValueError, RecursionError):
        return None, fm_text


def _value_error(doc: Document, key: str, exc: Exception, raw: str, pos: Pos) -> None:
    if isinstance(exc, (yaml.YAMLError, ValueError, OverflowError)):
        reason = getattr(exc, "problem", None) or (str(exc).splitlines() or ["bad value"])[0]
    else:
        reason = "the value does not fit its type tag"
    raw = " ".join(raw.split())
    shown = raw if len(raw) <= 40 else raw[:40] + "…"
    if raw.startswith(("{{", "{%")):
        hint = "; put template tags like {{ ... }} in quotes"
    elif re.match(r"\d{4}-\d\d?-\d\d?", raw):
        hint = "; put it in quotes to keep it as text"
    else:
        hint = ""
    doc.problem(pos, "error", f"'{key}': cannot read {shown!r}: {reason}{hint}", "value")
    doc.bad_keys.add(key)


def _load_yaml(doc: Document, fm_text: str, first_line: int) -> None:
    root, fm_text = _compose(doc, fm_text, first_line)
    if root is None:
        return
    lines = Lines(fm_text, first_line)

    def at(node: yaml.Node) -> Pos:
        return lines.pos(node.start_mark)

    too_big = _check_size(root)
    if too_big:
        doc.problem(at(root), "error", f"front matter {too_big}", "yaml-limit")
        return
    if not isinstance(root, yaml.MappingNode):
        doc.problem(at(root), "error", "front matter must be 'key: value' lines", "fm-shape")
        return
    constructor = SafeConstructor()
    for knode, vnode in root.value:
        if not isinstance(knode, yaml.ScalarNode):
            doc.problem(at(knode), "error", "a front matter key must be a plain word", "key")
            continue
        key = str(knode.value)
        try:
            value = constructor.construct_object(vnode, deep=True)
        except Exception as exc:  # PyYAML's constructors raise anything ('!!bool x')
            raw = fm_text[vnode.start_mark.index : vnode.end_mark.index]
            _value_error(doc, key, exc, raw, at(vnode))
            continue
        if key in doc.meta:
            doc.problem(
                at(knode), "warning",
                f"duplicate key '{key}' (first on line {doc.key_pos[key][0]}); "
                "the last one is used",
                "duplicate-key",
            )
        doc.meta[key] = value
        doc.key_pos[key] = at(knode)
        doc.value_pos[key] = at(vnode)
        if isinstance(vnode, yaml.SequenceNode):
            for i, item in enumerate(vnode.value):
                doc.item_pos[(key, i)] = at(item)
                if isinstance(item, yaml.MappingNode):
                    for ik, iv in item.value:
                        doc.item_pos[(key, i, str(ik.value))] = at(iv)


def _load_toml(doc: Document, fm_text: str, first_line: int) -> None:
    try:
        data = tomllib.loads(fm_text)
    except tomllib.TOMLDecodeError as exc:
        found = _TOML_POS.search(str(exc))
        line, col = (int(found[1]), int(found[2])) if found else (1, 1)
        if not found and "end of document" in str(exc):
            line = fm_text.count("\n") + 1
        reason = str(exc).split(" (at ")[0]
        doc.problem((first_line + line - 1, col), "error", f"invalid TOML: {reason}", "toml")
        return
    lines = fm_text.split("\n")
    for key, value in data.items():
        pattern = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=")
        line = next((i for i, text in enumerate(lines) if pattern.match(text)), 0)
        doc.meta[key] = value
        doc.key_pos[key] = doc.value_pos[key] = (first_line + line, 1)


def split_sections(doc: Document) -> None:
    """Find the body's sections again (after the body was replaced)."""
    _split_sections(doc)


def _split_sections(doc: Document) -> None:
    """Find '##' sections and a leading '#' title in the body, outside code fences."""
    sections: list[Section] = []
    current: Section | None = None
    buffer: list[str] = []
    in_fence = False
    title: str | None = None
    for offset, line in enumerate(doc.body.split("\n")):
        if _FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence and line.startswith("## "):
            if current is not None:
                current.text = "\n".join(buffer).strip()
                sections.append(current)
            current = Section(line[3:].strip().strip("#").strip(), "", doc.body_line + offset)
            buffer = []
            continue
        elif not in_fence and title is None and line.startswith("# "):
            title = line[2:].strip().strip("#").strip()
            doc.heading_line = doc.body_line + offset
        buffer.append(line)
    if current is not None:
        current.text = "\n".join(buffer).strip()
        sections.append(current)
    doc.sections = sections
    doc.heading_title = title
