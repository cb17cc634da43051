"""`casebook import`: open datasets and spreadsheets into case files."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from casebook.cli.shared import Command, open_library, out, plural, shown_path
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
        print("table  any CSV, JSON, YAML or .xlsx file, described by a mapping file "
              "(--mapping), or one export-table wrote (--update-existing)")
        print("document  Word (.docx), OpenDocument (.odt) and PDF files, as draft cases")
        for name, builtin in BUILTINS.items():
            print(f"{name}  {builtin.label}")
        return 0
    if args.source == "document":
        return cmd_documents(args)
    if not args.source or not args.files:
        raise UsageError("give an importer and a file: casebook import SOURCE FILE --into DIR "
                         "(casebook import --list names the importers)")
    if len(args.files) > 1:
        raise UsageError(f"the {args.source} importer reads one file; "
                         f"{args.files[1]} is one too many")
    args.file = args.files[0]
    if args.update_existing:
        return cmd_update(args)
    if args.mapping_template:
        from casebook.exchange.mapping_template import guess_mapping

        sys.stdout.write(guess_mapping(args.file))
        return 0
    if args.source == "table" and not args.mapping:
        raise UsageError("the table importer needs --mapping FILE (see --mapping-template), "
                         "or --update-existing for a table that export-table wrote")
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


def cmd_documents(args: argparse.Namespace) -> int:
    """import document FILE... --into DIR: a draft case per document, in DIR/_needs-review/."""
    from casebook.exchange.documents import expand, import_documents

    if not args.files:
        raise UsageError("give the documents: casebook import document FILE... --into DIR")
    if not args.into:
        raise UsageError("--into DIR is required: the drafts go to DIR/_needs-review/")
    if args.mapping or args.update_existing:
        raise UsageError("documents take no --mapping or --update-existing")
    lib = open_library(args, sync=False)

    def each(result: Any) -> None:
        if isinstance(result, str):
            print(f"casebook: error: {result}", file=sys.stderr)
        elif not args.json:
            print(f"{result.status:<20} {shown_path(result.path)}  ({result.title})")

    files = expand(args.files)
    if not files:
        raise UsageError(f"no .docx, .odt or .pdf file in {', '.join(args.files)}")
    report = import_documents(files, args.into, lib.taxonomy, dry_run=args.dry_run,
                              force=args.force, each=each)
    if args.json:
        out(report.to_json())
    else:
        print(report.summary())
    return 2 if report.failed else 0


def cmd_update(args: argparse.Namespace) -> int:
    """import table FILE --update-existing: diffs first, then write (asked, or --yes)."""
    from casebook.exchange.dataset_import import KEPT, UNCHANGED
    from casebook.exchange.table_update import apply_update, plan_update

    if args.source != "table":
        raise UsageError("--update-existing is for tables: casebook import table FILE "
                         "--update-existing")
    if args.mapping:
        raise UsageError("--update-existing reads the columns export-table writes; it takes "
                         "no --mapping")
    lib = open_library(args)
    plan = plan_update(lib, args.file, args.into, args.force)
    if plan.ignored:
        print(f"casebook: note: {args.file}: not case fields, left alone: "
              f"{', '.join(plan.ignored)}", file=sys.stderr)
    written = [r for r, _ in plan.new if r.status not in (KEPT, UNCHANGED)]
    if not args.json:
        for change in plan.changes:
            sys.stdout.write(change.diff)
        for change in plan.changes:
            print(f"{'update':<28} {shown_path(change.path)}  ({', '.join(change.fields)})")
        for result, _ in plan.new:
            what = result.status + (" (needs review)" if result.review and
                                    result.status != KEPT else "")
            print(f"{what:<28} {shown_path(result.path)}"
                  + (f"  [{'; '.join(result.review)}]" if result.review else ""))
        print(plan.summary() + (" (dry run: nothing was written)" if args.dry_run else ""))
    if args.dry_run or not (plan.changes or written):
        if args.json:
            out(plan.to_json())
        return 1 if plan.review else 0
    if not args.yes:
        if not sys.stdin.isatty():
            raise UsageError("not written: pass --yes to write these changes")
        sys.stdout.flush()
        try:
            answer = input(f"Write these changes ({len(plan.changes)} to update, "
                           f"{len(written)} new)? [y/N] ").strip().lower()
        except EOFError:
            answer = ""
        if answer not in ("y", "yes"):
            print("Not written.")
            return 0
    apply_update(lib, plan, args.force)
    lib.sync()
    if args.json:
        out(plan.to_json())
    else:
        parts = [plural(len(plan.changes), "updated case file") if plan.changes else "",
                 plural(len(written), "new case file") if written else ""]
        print(f"Wrote {' and '.join(p for p in parts if p)}")
    return 1 if plan.review else 0


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
                   help="the importer: table, document, or a built-in one (see --list)")
    p.add_argument("files", nargs="*", metavar="FILE", help="the dataset: CSV, JSON, YAML or "
                   "a spreadsheet (.xlsx); for document, any number of .docx, .odt and .pdf "
                   "files, or folders of them")
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
    p.add_argument("--update-existing", action="store_true", help="table: update the cases "
                   "with the rows' ids in place (a table export-table wrote; a diff first); "
                   "rows with new ids become cases in --into DIR")
    p.add_argument("--yes", action="store_true", help="with --update-existing: write without "
                   "asking")
    p.add_argument("--list", action="store_true", help="list the importers")
    p.add_argument("--json", action="store_true", help="print JSON")
