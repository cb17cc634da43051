"""What worked: `map` (the evidence map) and `compare` (cases side by side)."""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path
from typing import Any

from casebook.cli.browse import add_filters, canonical, filters_of
from casebook.cli.shared import Command, open_library, out, shown_path
from casebook.errors import InputError, StorageError
from casebook.evidence.formats import COMPARE_FORMATS, MAP_FORMATS, compare_text, map_text
from casebook.evidence.map import MAP_FACETS
from casebook.facets import EVIDENCE_LEVELS, evidence_rank

# the PDF and the ODT need Qt: their writers are looked up by name, as the collection
# export's are (the command line may not import casebook.gui)
PDF_WRITER = "casebook.gui.output:write_pdf"
ODT_WRITER = "casebook.gui.odt:write_odt"
FILES = ("pdf", "docx", "odt")  # formats written to --output only
SUFFIXES = {".md": "markdown", ".html": "html", ".htm": "html", ".pdf": "pdf", ".csv": "csv",
            ".docx": "docx", ".odt": "odt"}


def cmd_map(args: argparse.Namespace) -> int:
    filters = filters_of(args)
    lib = open_library(args)
    filters = canonical(lib, filters)
    levels = filters.terms.get("evidence", [])
    weakest = EVIDENCE_LEVELS[max(evidence_rank(v.lower()) for v in levels)] if levels else None
    fmt = args.format or _format_of(args.output)
    if fmt not in (*MAP_FORMATS, "docx", "odt"):
        raise InputError(f"the map is written as {', '.join(MAP_FORMATS)}, docx or odt, "
                         f"not {fmt}")
    result = lib.evidence_map(" ".join(args.query), filters, args.rows, args.cols, weakest)
    if args.json:
        out(result.to_json())
    elif fmt in FILES:
        target = _output(args.output, fmt)
        if fmt == "docx":
            from casebook.exchange.word import map_docx

            map_docx(result, target)
        else:
            _named(ODT_WRITER, fmt)(map_text(result, "html"), target, "Evidence map",
                                    landscape=True)
        print(f"wrote {shown_path(str(target))}")
    else:
        _text_out(map_text(result, fmt), args.output)
    return 0


def cmd_compare(args: argparse.Namespace) -> int:
    lib = open_library(args)
    result = lib.compare(args.ids)
    if args.json:
        out(result.to_json())
        return 0
    fmt = args.format or _format_of(args.output)
    if fmt not in (*COMPARE_FORMATS, *FILES):
        raise InputError(f"a comparison is written as {', '.join(COMPARE_FORMATS)}, pdf, "
                         f"docx or odt, not {fmt}")
    if fmt in FILES:
        target = _output(args.output, fmt)
        if fmt == "docx":
            from casebook.exchange.word import comparison_docx

            comparison_docx(result, target, lib.taxonomy.label)
        else:
            html = compare_text(result, "html", lib.taxonomy.label)
            _named(PDF_WRITER if fmt == "pdf" else ODT_WRITER, fmt)(
                html, target, title="Comparison")
        print(f"wrote {shown_path(str(target))}")
        return 0
    _text_out(compare_text(result, fmt, lib.taxonomy.label), args.output)
    return 0


def _format_of(output: str | None) -> str:
    return SUFFIXES.get(Path(output).suffix.lower(), "text") if output else "text"


def _output(output: str | None, fmt: str) -> Path:
    if not output:
        raise InputError(f"writing {fmt.upper()} needs --output FILE")
    return Path(output)


def _named(spec: str, fmt: str) -> Any:
    """A writer in a module the command line does not import itself (see PDF_WRITER)."""
    module, name = spec.split(":")
    try:
        return getattr(importlib.import_module(module), name)
    except ImportError as exc:
        raise InputError(f"the {fmt.upper()} needs {exc.name or module}, which is not "
                         "installed") from None


def _text_out(text: str, output: str | None) -> None:
    if not output:
        sys.stdout.write(text)
        return
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise StorageError(f"cannot write {output}: {exc.strerror or exc}") from None
    print(f"wrote {shown_path(output)}")


def register(command: Command) -> None:
    p = command("map", cmd_map, "the evidence map: cases per pair of terms, with their results")
    add_filters(p)
    p.add_argument("--rows", choices=MAP_FACETS, default="challenges", help="row facet")
    p.add_argument("--cols", choices=MAP_FACETS, default="strategies", help="column facet")
    p.add_argument("--format", choices=(*MAP_FORMATS, "docx", "odt"),
                   help="text, markdown, csv, html, docx or odt (default: from --output, "
                   "else text); docx and odt need --output")
    p.add_argument("--output", metavar="FILE", help="write to FILE instead of the screen")
    p.add_argument("--json", action="store_true", help="print JSON")
    p = command("compare", cmd_compare, "two to five cases side by side")
    p.add_argument("ids", nargs="+", metavar="ID", help="the case ids (2 to 5)")
    p.add_argument("--format", choices=(*COMPARE_FORMATS, *FILES),
                   help="text, markdown, html, pdf, docx or odt (default: from --output, "
                   "else text); pdf, docx and odt need --output")
    p.add_argument("--output", metavar="FILE", help="write to FILE instead of the screen")
    p.add_argument("--json", action="store_true", help="print JSON")
