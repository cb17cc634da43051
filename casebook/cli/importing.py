"""`casebook import`: open datasets and spreadsheets into case files."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from casebook.cli.shared import Command, open_library, out, shown_path
from casebook.errors import UsageError


def _bar(total: int, unit: str) -> Any:
    if not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit=unit, unit_scale=unit == "B", desc="Importing",
                file=sys.stderr, leave=False)


def cmd_import(args: argparse.Namespace) -> int:
    from casebook.exchange.builtin import BUILTINS
    from casebook.exchange.dataset_import import KEPT, UNCHANGED, import_dataset

    if args.list:
        print("table  any CSV, JSON or YAML file, described by a mapping file (--mapping)")
        for name, builtin in BUILTINS.items():
            print(f"{name}  {builtin.label}")
        return 0
    if not args.source or not args.file:
        raise UsageError("give an importer and a file: casebook import SOURCE FILE --into DIR "
                         "(casebook import --list names the importers)")
    if args.mapping_template:
        from casebook.exchange.mapping_template import guess_mapping

        sys.stdout.write(guess_mapping(args.file))
        return 0
    if not args.into:
        raise UsageError("--into DIR is required: the folder the case files go to")
    lib = open_library(args, sync=False)
    state: dict[str, Any] = {}

    def progress(done: int, total: int) -> None:
        if "bar" not in state:
            state["bar"] = _bar(total, "B" if args.file.lower().endswith((".csv", ".tsv",
                                                                          ".txt")) else "rec")
        if state["bar"] is not None:
            state["bar"].n = done
            state["bar"].refresh()

    def each(result: Any) -> None:
        if args.json or (result.status == UNCHANGED and not args.verbose_records):
            return
        what = result.status + (" (needs review)" if result.review and
                                result.status != KEPT else "")
        line = f"{what:<28} {shown_path(result.path)}"
        if result.review and result.status != KEPT:
            line += f"  [{'; '.join(result.review)}]"
        if state.get("bar") is not None:
            state["bar"].write(line, file=sys.stdout)
        else:
            print(line)

    try:
        report = import_dataset(args.source, args.file, args.into, lib.taxonomy,
                                mapping=args.mapping, dry_run=args.dry_run, force=args.force,
                                progress=progress, each=each)
    finally:
        if state.get("bar") is not None:
            state["bar"].close()
    if args.json:
        out(report.to_json())
    else:
        if report.note:
            print(f"casebook: note: {args.file}: {report.note}", file=sys.stderr)
        print(report.summary())
        if not args.dry_run and not any(_inside(report.folder, f) for f in lib.folders):
            print(f"casebook: note: {shown_path(report.folder)} is not one of the case "
                  "folders; add it with --cases (or File > Case folders in the app)",
                  file=sys.stderr)
    return 1 if report.needs_review else 0


def _inside(path: str, folder: str) -> bool:
    try:
        real = os.path.realpath(folder)
        return os.path.commonpath([os.path.realpath(path), real]) == real
    except ValueError:
        return False


def register(command: Command) -> None:
    p = command("import", cmd_import, "turn an open dataset or a spreadsheet of cases into "
                "case files (one per record; a second run updates them)")
    p.add_argument("source", nargs="?", metavar="SOURCE",
                   help="the importer: table, or a built-in one (see --list)")
    p.add_argument("file", nargs="?", metavar="FILE", help="the dataset: CSV, JSON or YAML")
    p.add_argument("--into", metavar="DIR", help="the folder for the case files (records "
                   "that need review go to DIR/_needs-review/)")
    p.add_argument("--mapping", metavar="FILE", help="the mapping file (TOML) for table, or "
                   "one that replaces a built-in importer's")
    p.add_argument("--mapping-template", action="store_true",
                   help="print a starting mapping file guessed from FILE's columns")
    p.add_argument("--dry-run", action="store_true", help="write nothing; say what would "
                   "happen to each file")
    p.add_argument("--force", action="store_true", help="overwrite files edited since the "
                   "last import too")
    p.add_argument("--all", dest="verbose_records", action="store_true",
                   help="list unchanged files too")
    p.add_argument("--list", action="store_true", help="list the importers")
    p.add_argument("--json", action="store_true", help="print JSON")
