"""The `casebook` command line: parse options, call the library, print, map errors."""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any

from casebook import __version__
from casebook.cases.model import Filters, Problem
from casebook.derived.search import SORT_OPTIONS
from casebook.errors import CasebookError, StorageError
from casebook.library import Library

Handler = Callable[[argparse.Namespace], int]
_B = re.compile(r"</?b>")


class UsageError(CasebookError):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:
        raise UsageError(message)


def _out(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def shown_path(path: str) -> str:
    """A path relative to the current folder when inside it, else absolute."""
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return path
    return path if rel.startswith("..") else rel


def _progress(label: str) -> Any:
    if not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    bar: dict[str, Any] = {}

    def update(done: int, total: int) -> None:
        if "bar" not in bar:
            bar["bar"] = tqdm(total=total, desc=label, unit="file", file=sys.stderr,
                              leave=False)
        bar["bar"].n = done
        bar["bar"].refresh()
        if done >= total:
            bar["bar"].close()

    return update


def open_library(args: argparse.Namespace, sync: bool = True) -> Library:
    folders = args.cases or None
    if folders:
        missing = [f for f in folders if not os.path.isdir(f)]
        if missing:
            raise UsageError(f"case folder not found: {missing[0]}")
    lib = Library(args.data_dir, folders)
    if lib.taxonomy_error:
        print(f"casebook: warning: {lib.taxonomy_error}", file=sys.stderr)
    for folder in lib.missing_folders():
        print(f"casebook: warning: case folder not found: {folder} (its cases stay listed "
              "until it is back)", file=sys.stderr)
    if sync:
        try:
            lib.sync(progress=_progress("Indexing"))
        except StorageError as exc:  # read-only or full: answer from the index as it is
            print(f"casebook: warning: {exc}", file=sys.stderr)
    return lib


# commands ------------------------------------------------------------------
def cmd_gui(args: argparse.Namespace) -> int:
    from casebook.gui.app import run

    return run(data_dir=args.data_dir, folders=args.cases or None)


def cmd_index(args: argparse.Namespace) -> int:
    lib = open_library(args, sync=False)
    report = lib.sync(rebuild=args.rebuild, progress=_progress("Indexing"))
    if args.json:
        _out(report.__dict__)
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
        _out({"files": files, "errors": errors, "warnings": warnings,
              "problems": [{"path": p.path, **p.to_json()} for p in problems]})
    elif fmt == "github":
        for p in problems:
            kind = "error" if p.severity == "error" else "warning"
            message = p.message.replace("%", "%25").replace("\n", "%0A")
            print(f"::{kind} file={shown_path(p.path)},line={p.line},col={p.column}::{message}")
    else:
        for p in problems:
            print(p.format(shown_path(p.path)))
        print(f"{_plural(errors, 'error')}, {_plural(warnings, 'warning')} in "
              f"{_plural(files, 'file')}")
    return 1 if errors else 0


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def cmd_search(args: argparse.Namespace) -> int:
    lib = open_library(args)
    filters = Filters(terms={
        "challenges": args.challenge, "strategies": args.strategy, "outcomes": args.outcome,
        "countries": args.country, "levels": args.level, "sectors": args.sector,
    }, year_from=args.year_from, year_to=args.year_to)
    for facet in ("challenges", "strategies", "outcomes"):
        filters.terms[facet] = [lib.taxonomy.canonical(facet, v)[0] for v in filters.terms[facet]]
    filters.terms = {k: v for k, v in filters.terms.items() if v}
    query = " ".join(args.query)
    result = lib.search(query, filters, args.sort, args.limit, strict=args.strict)
    if args.json:
        _out(result.to_json())
        return 0
    bold = sys.stdout.isatty()
    above = sum(1 for h in result.hits if h.match != "some")
    print(f"{_plural(result.total, 'case')}"
          + (f" (showing {above})" if above < result.total else ""))
    if result.relaxed:
        print(("Showing cases that match most of your words" if result.total else
               "No case matches most of your words") + " (--strict: all of them)")
    if result.suggestion:
        print(f"Did you mean: {result.suggestion}")
    if not result.hits and query.strip():
        nearest = [f"{facet}:{term_id}" for facet, term_id in lib.nearest_terms(query)]
        if nearest:
            print(f"Nearest taxonomy terms: {', '.join(nearest)}")
    for n, hit in enumerate(result.hits, 1):
        if hit.match == "some" and (n == 1 or result.hits[n - 2].match != "some"):
            print("--- Also matching some of your words ---")
        years = f"{hit.year_start or '?'}–{hit.year_end or ''}"
        meta = " · ".join(x for x in [", ".join(hit.country), hit.level or "", years] if x)
        flag = "  [problems]" if hit.problems else ""
        print(f"{n:>3}. {hit.title}  ({meta})  {hit.id}{flag}")
        snippet = _B.sub(lambda m: "\033[1m" if m.group(0) == "<b>" else "\033[0m",
                         hit.snippet) if bold else _B.sub("", hit.snippet)
        print(f"     {html.unescape(snippet)}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    lib = open_library(args)
    case = lib.case(args.id)
    if args.json:
        _out(case)
        return 0
    years = f"{case['year_start'] or '?'}–{case['year_end'] or ''}"
    print(case["title"])
    print(" · ".join(x for x in [", ".join(case["country"]), case["place"] or "",
                                 case["level"] or "", years] if x))
    for facet in ("challenges", "strategies", "outcomes"):
        if case[facet]:
            labels = [lib.taxonomy.label(facet, t) for t in case[facet]]
            print(f"{facet.capitalize()}: {', '.join(labels)}")
    print(f"\n{case['summary']}\n")
    print(case["body"].strip())
    if case["sources"]:
        print("\nSources:")
        for n, s in enumerate(case["sources"], 1):
            parts = [str(s.get(k)) for k in ("publisher", "title", "year", "url") if s.get(k)]
            print(f"  {n}. {'. '.join(parts)}")
    for p in case["problems"]:
        print(Problem(case["path"], **p).format(shown_path(case["path"])), file=sys.stderr)
    return 0


def cmd_tags(args: argparse.Namespace) -> int:
    lib = open_library(args)
    listing = lib.tag_listing()
    if args.facet:
        listing = {args.facet: listing[args.facet]}
    if args.json:
        _out(listing)
        return 0
    for facet, terms in listing.items():
        print(f"{facet.upper()}")
        for t in terms:
            name = t.get("id") or t["name"]
            label = t.get("label", "")
            free = "  (free tag)" if t.get("free") else ""
            print(f"  {t['count']:>4}  {name}" + (f"  — {label}" if label else "") + free)
    return 0


# parser --------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="casebook", description="Casebook: an offline library of "
                     "public-sector innovation case studies. With no command, opens the app.")
    parser.add_argument("--cases", action="append", metavar="DIR",
                        help="a case folder for this call (repeatable)")
    parser.add_argument("--data-dir", metavar="DIR", default=os.environ.get("CASEBOOK_DATA_DIR"),
                        help="where the index and user data live (or CASEBOOK_DATA_DIR)")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    parser.add_argument("--version", action="version", version=f"casebook {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(handler=handler)
        return p

    command("gui", cmd_gui, "open the desktop app")
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
    p = command("search", cmd_search, "search the cases (Whoosh query syntax)")
    p.add_argument("query", nargs="*", metavar="QUERY", help="words, \"phrases\", field:value")
    for flag, dest in (("--challenge", "challenge"), ("--strategy", "strategy"),
                       ("--outcome", "outcome"), ("--country", "country"),
                       ("--level", "level"), ("--sector", "sector")):
        p.add_argument(flag, dest=dest, action="append", default=[], metavar="VALUE",
                       help=f"filter by {dest} (repeatable; OR within, AND across)")
    p.add_argument("--from", dest="year_from", type=int, metavar="YEAR",
                   help="cases active in or after YEAR")
    p.add_argument("--to", dest="year_to", type=int, metavar="YEAR",
                   help="cases active in or before YEAR")
    p.add_argument("--sort", choices=SORT_OPTIONS, default="relevance", help="result order")
    p.add_argument("--limit", type=int, default=20, metavar="N", help="results to show")
    p.add_argument("--strict", action="store_true",
                   help="cases must hold every word (by default, most of them will do)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p = command("show", cmd_show, "show one case")
    p.add_argument("id", metavar="ID", help="the case id")
    p.add_argument("--json", action="store_true", help="print JSON")
    p = command("tags", cmd_tags, "list tags with their case counts")
    p.add_argument("--facet", choices=("challenges", "strategies", "outcomes", "countries",
                                       "sectors"), help="only this facet")
    p.add_argument("--json", action="store_true", help="print JSON")
    from casebook.cli import contrib as cli_contrib

    cli_contrib.register(command)
    from casebook.cli import collections as cli_collections

    cli_collections.register(command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    debug = "--debug" in (argv if argv is not None else sys.argv[1:])
    try:
        args = parser.parse_args(argv)
        handler: Handler = getattr(args, "handler", cmd_gui)
        return handler(args)
    except CasebookError as exc:
        if debug:
            raise
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        print(f"casebook: error: {message}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # a reader such as `head` stopped early: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # a bug: say so in one line, keep --debug
        if debug:
            raise
        print(f"casebook: error: internal error: {type(exc).__name__}: {exc} "
              "(run with --debug for the traceback)", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("casebook: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())

