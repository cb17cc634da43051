"""`casebook export-table`: the library, a search or a collection as one row per case."""

from __future__ import annotations

import argparse
from pathlib import Path

from casebook.cli.browse import add_filters, canonical, filters_of
from casebook.cli.shared import Command, open_library, plural, shown_path
from casebook.errors import UsageError

FORMATS = ("csv", "xlsx", "json")


def cmd_export_table(args: argparse.Namespace) -> int:
    from casebook.exchange.table_export import export_table, selected_ids

    fmt = args.format or Path(args.output).suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise UsageError(f"say --format {' | '.join(FORMATS)} (the output's name ends in "
                         f"'{Path(args.output).suffix or 'nothing'}')")
    if args.with_body and fmt != "xlsx":
        raise UsageError("--with-body is for xlsx; csv and json always hold the body")
    filters = filters_of(args)
    lib = open_library(args)
    filters = canonical(lib, filters)
    ids = selected_ids(lib, " ".join(args.query), filters, args.collection)
    done = export_table(lib, ids, fmt, args.output, args.with_body)
    note = "" if done.with_body else " (without the body: add --with-body)"
    print(f"wrote {plural(done.rows, 'case')} to {shown_path(done.target)} as {fmt}{note}")
    return 0


def register(command: Command) -> None:
    p = command("export-table", cmd_export_table, "write the library, a search or a collection "
                "as a table, one row per case, in the columns `import table --update-existing` "
                "reads back")
    add_filters(p)
    p.add_argument("--collection", metavar="NAME", help="only this collection's cases, in "
                   "its order")
    p.add_argument("--format", choices=FORMATS, help="csv, xlsx or json (default: from "
                   "--output's name)")
    p.add_argument("--output", metavar="FILE", required=True, help="the file to write")
    p.add_argument("--with-body", action="store_true", help="xlsx: hold the body too (a cell "
                   "takes at most 32,767 characters)")
