"""What worked: `map` (the evidence map) and `compare` (cases side by side)."""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

from casebook.cli.browse import add_filters, canonical, filters_of
from casebook.cli.shared import Command, open_library, out, shown_path
from casebook.errors import InputError, StorageError
from casebook.evidence.formats import COMPARE_FORMATS, MAP_FORMATS, compare_text, map_text
from casebook.evidence.map import MAP_FACETS
from casebook.facets import EVIDENCE_LEVELS, evidence_rank

# the PDF needs Qt: its writer is looked up by name, as the collection export's is
PDF_WRITER = "casebook.gui.output:write_pdf"


def cmd_map(args: argparse.Namespace) -> int:
    filters = filters_of(args)
    lib = open_library(args)
    filters = canonical(lib, filters)
    levels = filters.terms.get("evidence", [])
    weakest = EVIDENCE_LEVELS[max(evidence_rank(v.lower()) for v in levels)] if levels else None
    result = lib.evidence_map(" ".join(args.query), filters, args.rows, args.cols, weakest)
    if args.json:
        out(result.to_json())
    else:
        sys.stdout.write(map_text(result, args.format))
    return 0


def cmd_compare(args: argparse.Namespace) -> int:
    lib = open_library(args)
    result = lib.compare(args.ids)
    if args.json:
        out(result.to_json())
        return 0
    fmt = args.format or _format_of(args.output)
    if fmt == "pdf":
        if not args.output:
            raise InputError("a PDF needs --output FILE")
        html = compare_text(result, "html", lib.taxonomy.label)
        module, name = PDF_WRITER.split(":")
        try:
            write_pdf = getattr(importlib.import_module(module), name)
        except ImportError as exc:
            raise InputError(f"the PDF needs {exc.name or module}, which is not installed") \
                from None
        write_pdf(html, Path(args.output), title="Comparison")
        print(f"wrote {shown_path(args.output)}")
        return 0
    text = compare_text(result, fmt, lib.taxonomy.label)
    if args.output:
        try:
            Path(args.output).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise StorageError(f"cannot write {args.output}: {exc.strerror or exc}") from None
        print(f"wrote {shown_path(args.output)}")
    else:
        sys.stdout.write(text)
    return 0


def _format_of(output: str | None) -> str:
    suffix = Path(output).suffix.lower() if output else ""
    return {".md": "markdown", ".html": "html", ".htm": "html", ".pdf": "pdf"}.get(suffix, "text")


def register(command: Command) -> None:
    p = command("map", cmd_map, "the evidence map: cases per pair of terms, with their results")
    add_filters(p)
    p.add_argument("--rows", choices=MAP_FACETS, default="challenges", help="row facet")
    p.add_argument("--cols", choices=MAP_FACETS, default="strategies", help="column facet")
    p.add_argument("--format", choices=MAP_FORMATS, default="text", help="output format")
    p.add_argument("--json", action="store_true", help="print JSON")
    p = command("compare", cmd_compare, "two to five cases side by side")
    p.add_argument("ids", nargs="+", metavar="ID", help="the case ids (2 to 5)")
    p.add_argument("--format", choices=(*COMPARE_FORMATS, "pdf"),
                   help="text, markdown, html or pdf (default: from --output, else text)")
    p.add_argument("--output", metavar="FILE", help="write to FILE instead of the screen")
    p.add_argument("--json", action="store_true", help="print JSON")
