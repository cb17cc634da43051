"""Keeping the library right: `index` brings it up to date, `check` lists problems in files."""

from __future__ import annotations

import argparse
import os

from casebook.cli.shared import Command, open_library, out, plural, progress, shown_path
from casebook.errors import UsageError


def cmd_index(args: argparse.Namespace) -> int:
    lib = open_library(args, sync=False)
    report = lib.sync(rebuild=args.rebuild, progress=progress("Indexing"))
    if args.json:
        out(report.__dict__)
    else:
        print(report.summary())
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    if args.paths:
        for path in args.paths:
            if not os.path.exists(path):
                raise UsageError(f"no such file or folder: {path}")
        lib = open_library(args, sync=False)
        problems, files = lib.check_paths(args.paths)
    else:
        lib = open_library(args)
        problems, files = lib.problems(), lib.store.count_files()
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    fmt = "json" if args.json else args.format
    if fmt == "json":
        out({"files": files, "errors": errors, "warnings": warnings,
              "problems": [{"path": p.path, **p.to_json()} for p in problems]})
    elif fmt == "github":
        for p in problems:
            kind = "error" if p.severity == "error" else "warning"
            message = p.message.replace("%", "%25").replace("\n", "%0A")
            print(f"::{kind} file={shown_path(p.path)},line={p.line},col={p.column}::{message}")
    else:
        for p in problems:
            print(p.format(shown_path(p.path)))
        print(f"{plural(errors, 'error')}, {plural(warnings, 'warning')} in "
              f"{plural(files, 'file')}")
    return 1 if errors else 0


def register(command: Command) -> None:
    p = command("index", cmd_index, "bring the index up to date and print a summary")
    p.add_argument("--rebuild", action="store_true",
                   help="drop derived data (never user data) and build again")
    p.add_argument("--json", action="store_true", help="print JSON")
    p = command("check", cmd_check, "validate case files and print every problem")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: the "
                   "case folders)")
    p.add_argument("--format", choices=("text", "json", "github"), default="text",
                   help="text (default), json, or github workflow annotations")
    p.add_argument("--json", action="store_true", help="same as --format json")
