"""Reading a dataset's records: CSV and spreadsheets streamed (CSV in any sniffable dialect,
UTF-8 or Windows-1252), JSON and YAML read once."""

from __future__ import annotations

import codecs
import csv
import io
import json
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any

import yaml
from yaml.constructor import SafeConstructor

from casebook.errors import DatasetError

log = logging.getLogger(__name__)
FORMATS = ("csv", "json", "yaml", "xlsx")
SUFFIXES = {".csv": "csv", ".tsv": "csv", ".txt": "csv", ".json": "json", ".yaml": "yaml",
            ".yml": "yaml", ".xlsx": "xlsx"}
_CHUNK = 1 << 20
NEWLINE = b"\n"
_SAMPLE = 64 * 1024
MAX_CELL_CHARS = 4 * 1024 * 1024
MAX_YAML_VALUES = 10_000_000  # after aliases are expanded
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class Dataset:
    """A dataset opened for reading: its columns, its records one at a time (number, where,
    columns), and how far the reading is (done, total) in bytes or records."""

    path: str
    format: str
    columns: list[str]
    total: int  # bytes of a CSV file, records of JSON and YAML
    note: str = ""  # e.g. read as Windows-1252
    _records: Iterator[tuple[int, str, dict[str, Any]]] | None = None
    done: int = 0
    count: int | None = None  # known for JSON and YAML
    _state: dict[str, Any] = field(default_factory=dict)

    def records(self) -> Iterator[tuple[int, str, dict[str, Any]]]:
        assert self._records is not None
        return self._records

    def close(self) -> None:
        handle = self._state.get("handle")
        if handle is not None:
            handle.close()


def guess_format(path: str, declared: str | None = None) -> str:
    if declared:
        if declared not in FORMATS:
            raise DatasetError(f"format '{declared}' is not one of {', '.join(FORMATS)}")
        return declared
    suffix = os.path.splitext(path)[1].lower()
    if suffix not in SUFFIXES:
        raise DatasetError(f"{path}: cannot tell the format from '{suffix or 'no suffix'}'; "
                           "say format = \"csv\", \"json\", \"yaml\" or \"xlsx\" in the "
                           "mapping's [source]")
    return SUFFIXES[suffix]


def open_dataset(path: str, fmt: str | None = None, records: str | None = None) -> Dataset:
    """Open a dataset; a CSV file is read as it goes, JSON and YAML are read whole, once."""
    kind = guess_format(path, fmt)
    if not os.path.isfile(path):
        raise DatasetError(f"{path}: no such file")
    if kind == "csv":
        return _open_csv(path)
    if kind == "xlsx":
        return _open_xlsx(path)
    return _open_tree(path, kind, records)


# CSV -------------------------------------------------------------------------------------
def _utf8_problem(path: str) -> str | None:
    """None when the file is UTF-8 (with or without a BOM), else where it is not. Reads the
    file in chunks, keeping none of it."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    line = 1
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                return f"invalid byte at line {line + chunk[: exc.start].count(NEWLINE)}"
            line += chunk.count(NEWLINE)
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "the file ends inside a character"
    return None


class _Counting(io.RawIOBase):
    """A binary file that counts the bytes read, for progress."""

    def __init__(self, handle: IO[bytes]) -> None:
        self.handle = handle
        self.read_bytes = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.handle.read(len(buffer))
        buffer[: len(data)] = data
        self.read_bytes += len(data)
        return len(data)

    def close(self) -> None:
        self.handle.close()
        super().close()


def _open_csv(path: str) -> Dataset:
    problem = _utf8_problem(path)
    encoding, note = "utf-8-sig", ""
    if problem is not None:
        encoding = "cp1252"
        note = f"not UTF-8 ({problem}); read as Windows-1252"
        log.warning("%s: %s", path, note)
    csv.field_size_limit(max(csv.field_size_limit(), MAX_CELL_CHARS))
    raw = _Counting(open(path, "rb"))  # noqa: SIM115 - closed by Dataset.close
    text = io.TextIOWrapper(io.BufferedReader(raw), encoding=encoding, errors="replace",
                            newline="")
    sample = text.read(_SAMPLE)
    rest = _chain(sample, text)
    reader = csv.reader(rest, _dialect(sample))
    try:
        header = next(reader)
    except StopIteration:
        text.close()
        raise DatasetError(f"{path}: the file is empty (a CSV file starts with a header "
                           "row)") from None
    except csv.Error as exc:
        text.close()
        raise DatasetError(f"{path}:1: cannot read the header: {exc}") from None
    columns = _columns(header)
    dataset = Dataset(path, "csv", columns, os.path.getsize(path), note)
    dataset._state["handle"] = text

    def rows() -> Iterator[tuple[int, str, dict[str, Any]]]:
        number = 0
        while True:
            start = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                raise DatasetError(f"{path}:{start}: record {number + 1}: cannot read "
                                   f"the row: {exc}") from None
            dataset.done = raw.read_bytes
            if not any(cell.strip() for cell in row):
                continue
            number += 1
            yield number, f"line {start}", dict(zip(columns, row, strict=False))
        dataset.done = dataset.total
        text.close()

    dataset._records = rows()
    return dataset


def _dialect(sample: str) -> Any:
    """The sniffer's delimiter; double quotes stay the quote character, doubled inside a
    cell, whenever the sample has any (the sniffer can take an apostrophe for the quote
    character, and misses doubled quotes in long cells)."""
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        return csv.excel
    if '"' not in sample:
        return sniffed

    class Quoted(csv.excel):
        delimiter = sniffed.delimiter
        skipinitialspace = sniffed.skipinitialspace

    return Quoted


def _chain(first: str, rest: IO[str]) -> Iterator[str]:
    """The sample already read, then the rest of the file, as lines for csv.reader."""
    buffer = io.StringIO(first)
    tail = buffer.readlines()
    if tail and not tail[-1].endswith(("\n", "\r")):
        tail[-1] += rest.readline()
    yield from tail
    yield from rest


def _columns(header: list[str]) -> list[str]:
    out: list[str] = []
    for n, name in enumerate(header, 1):
        name = name.strip() or f"column {n}"
        if name in out:
            renamed = f"{name} ({n})"
            log.warning("column %d repeats the name %r; read as %r", n, name, renamed)
            name = renamed
        out.append(name)
    return out


# a spreadsheet ----------------------------------------------------------------------------
def _open_xlsx(path: str) -> Dataset:
    """The first sheet (or the one named Cases) of a spreadsheet, row by row."""
    from casebook.exchange.spreadsheet import read_xlsx

    header, total, rows, book = read_xlsx(path)
    columns = _columns(header)
    dataset = Dataset(path, "xlsx", columns, total)
    dataset._state["handle"] = book

    def records() -> Iterator[tuple[int, str, dict[str, Any]]]:
        number = 0
        for line, cells in rows:
            dataset.done = line - 1
            dataset.total = max(dataset.total, dataset.done)
            if not any(str(c).strip() for c in cells):
                continue
            number += 1
            yield number, f"row {line}", dict(zip(columns, cells, strict=False))
        dataset.done = dataset.total

    dataset._records = records()
    return dataset


# JSON and YAML ---------------------------------------------------------------------------
def _load_yaml(path: str) -> Any:
    with open(path, encoding="utf-8-sig") as handle:
        node = yaml.compose(handle, Loader=_LOADER)
    if node is None:
        return None
    sizes: dict[int, int] = {}

    def size(n: yaml.Node) -> int:
        if id(n) in sizes:
            return sizes[id(n)]
        sizes[id(n)] = 1  # a node that holds itself counts once
        total = 1
        if isinstance(n, yaml.SequenceNode):
            total += sum(size(c) for c in n.value)
        elif isinstance(n, yaml.MappingNode):
            total += sum(size(k) + size(v) for k, v in n.value)
        if total > MAX_YAML_VALUES:
            raise DatasetError(f"{path}: expands to more than {MAX_YAML_VALUES:,} values "
                               "(an alias bomb?)")
        sizes[id(n)] = total
        return total

    size(node)
    return SafeConstructor().construct_document(node)


def _open_tree(path: str, kind: str, records: str | None) -> Dataset:
    try:
        if kind == "json":
            with open(path, encoding="utf-8-sig") as handle:
                data = json.load(handle)
        else:
            data = _load_yaml(path)
    except UnicodeDecodeError as exc:
        raise DatasetError(f"{path}: not UTF-8 text ({exc.reason})") from None
    except json.JSONDecodeError as exc:
        raise DatasetError(f"{path}:{exc.lineno}:{exc.colno}: not valid JSON: {exc.msg}"
                           ) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else path
        raise DatasetError(f"{where}: not valid YAML: {getattr(exc, 'problem', None) or exc}"
                           ) from None
    except RecursionError:
        raise DatasetError(f"{path}: nested too deeply") from None
    except OSError as exc:
        raise DatasetError(f"{path}: cannot read: {exc.strerror or exc}") from None
    items = find_records(data, records, path)
    columns: list[str] = []
    seen: set[str] = set()
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict):
            raise DatasetError(f"{path}: record {n} is not a mapping of columns to values")
        for key in item:
            if str(key) not in seen:
                seen.add(str(key))
                columns.append(str(key))
    dataset = Dataset(path, kind, columns, len(items), count=len(items))

    def rows() -> Iterator[tuple[int, str, dict[str, Any]]]:
        for n, item in enumerate(items, 1):
            dataset.done = n
            yield n, f"record {n}", {str(k): v for k, v in item.items()}

    dataset._records = rows()
    return dataset


def find_records(data: Any, records: str | None, path: str) -> list[Any]:
    """The list of records: at the dotted path `records`, else the top level."""
    where = "the top level"
    if records:
        for part in records.split("."):
            if not isinstance(data, dict) or part not in data:
                raise DatasetError(f"{path}: no '{records}' in the file (mapping key "
                                   "[source] records)")
            data = data[part]
        where = f"'{records}'"
    if isinstance(data, dict) and not records:
        lists = [k for k, v in data.items() if isinstance(v, list) and v and
                 all(isinstance(i, dict) for i in v)]
        if len(lists) == 1:
            return list(data[lists[0]])
        raise DatasetError(f"{path}: the top level is not a list of records; name the list "
                           "with [source] records = \"...\" in the mapping")
    if not isinstance(data, list):
        raise DatasetError(f"{path}: {where} is not a list of records")
    return data
