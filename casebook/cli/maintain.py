"""Keeping the library right: `index` brings it up to date, `check` lists problems in files."""

from __future__ import annotations

import argparse
import os

from casebook.cases.model import Problem
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
    if args.summary:
        _summary(problems, files, errors, warnings, fmt)
    elif fmt == "json":
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


def _summary(problems: list[Problem], files: int, errors: int, warnings: int,
             fmt: str) -> None:
    """`check --summary`: the problems grouped by kind, with counts and the first files."""
    from casebook.cases.problem_groups import group_problems, looks_foreign

    if fmt == "github":
        raise UsageError("--summary prints text or JSON, not GitHub annotations")
    groups = group_problems(problems)
    if fmt == "json":
        out({"files": files, "errors": errors, "warnings": warnings,
             "groups": [{**g.to_json(), "first_files": [shown_path(f) for f in
                                                        g.first_files()]} for g in groups]})
        return
    for group in groups:
        n = len(group.files)
        first = group.first_files()
        more = f" and {n - len(first):,} more" if n > len(first) else ""
        print(f"{group.severity}: {group.kind}: {plural(n, 'file')}"
              + (f" ({len(group.problems):,} times)" if len(group.problems) > n else ""))
        print(f"    {', '.join(shown_path(f) for f in first)}{more}")
    print(f"{plural(errors, 'error')}, {plural(warnings, 'warning')} in "
          f"{plural(files, 'file')}" + (f", {plural(len(groups), 'kind')} of problem"
                                          if groups else ""))
    missed = looks_foreign(problems, files)
    if missed:
        print(f"Most files miss {', '.join(missed)}: this looks like a website's content, "
              "not case files. Read it as a reference folder (kind = \"reference\" in a "
              "casebook.toml at its root) or map its fields there (see the README, "
              "\"Folders written for something else\").")


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
    p.add_argument("--summary", action="store_true", help="group the problems by kind, with "
                   "how many files have each and the first few of them")
