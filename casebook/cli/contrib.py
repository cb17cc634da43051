"""Contributor commands: `new` (start a case file), `tag` (edit tags) and `taxonomy`."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from casebook.cli.shared import Command, open_library, out
from casebook.errors import InputError
from casebook.facets import LEVELS, TAG_FACETS

if TYPE_CHECKING:
    from casebook.library import Library



def _tty() -> bool:
    return sys.stdin.isatty()


def _ask(prompt: str, check: Callable[[str], object]) -> str:
    """Ask until check(answer) passes; InputError from check is shown and asked again."""
    while True:
        try:
            answer = input(prompt).strip()
        except EOFError:
            raise InputError("no answer; nothing was created") from None
        try:
            check(answer)
        except InputError as exc:
            print(f"  {exc}", file=sys.stderr)
            continue
        return answer


def _level(answer: str) -> str:
    if answer.isdigit() and 1 <= int(answer) <= len(LEVELS):
        return LEVELS[int(answer) - 1]
    return answer.lower()


def cmd_new(args: argparse.Namespace) -> int:
    from casebook.authoring.newcase import MIN_YEAR, check_folder, create_case, validate
    from casebook.cases.validation import max_year
    fields = {"title": args.title, "country": args.country, "level": args.level,
              "year": args.year}
    missing = [f"--{k}" for k, v in fields.items() if v is None]
    if missing and not _tty():
        raise InputError(f"missing {', '.join(missing)} (no terminal to ask; pass them as "
                         "flags)")
    if args.dir is not None:
        check_folder(args.dir)
    sample = {"title": "T", "country": "C", "level": LEVELS[0], "year": MIN_YEAR}

    def check(name: str) -> Callable[[str], object]:
        return lambda answer: validate(**{**sample, name: answer})  # type: ignore[arg-type]

    if fields["title"] is None:
        fields["title"] = _ask("Title: ", check("title"))
    if fields["country"] is None:
        fields["country"] = _ask("Country: ", check("country"))
    if fields["level"] is None:
        choices = ", ".join(f"{n} {name}" for n, name in enumerate(LEVELS, 1))
        fields["level"] = _level(_ask(f"Level ({choices}): ", lambda a: check("level")(
            _level(a))))
    if fields["year"] is None:
        fields["year"] = _ask(f"Start year ({MIN_YEAR}-{max_year()}): ", check("year"))
    lib = open_library(args)
    path = create_case(lib, str(fields["title"]), str(fields["country"]), str(fields["level"]),
                       fields["year"], args.dir, args.language)
    if not any(_inside(str(path), folder) for folder in lib.folders):
        print("casebook: note: this folder is not one of the case folders; add it with "
              "--cases to see the case in the library", file=sys.stderr)
    print(path)
    return 0


def _inside(path: str, folder: str) -> bool:
    try:
        return os.path.commonpath([os.path.realpath(path), os.path.realpath(folder)]) == (
            os.path.realpath(folder))
    except ValueError:
        return False


def _print_tags(lib: Library, case_id: str) -> None:
    from casebook.authoring.tags import case_tags

    for facet, state in case_tags(lib, case_id).items():
        parts = [t + (" (user)" if t in state.added else "") for t in state.effective]
        parts += [f"-{t} (removed by user)" for t in state.removed if t in state.file]
        print(f"{facet}: {', '.join(parts) if parts else '(none)'}")


def cmd_tag(args: argparse.Namespace) -> int:
    from casebook.authoring.tags import apply_write, edit_tags, plan_write
    lib = open_library(args)
    if lib.store.case_row(args.id) is None:
        raise InputError(f"no case with id '{args.id}'")
    if args.add or args.remove:
        for change in edit_tags(lib, args.id, args.add, args.remove):
            if change.warning:
                print(f"casebook: warning: {change.warning}", file=sys.stderr)
    if not args.write:
        _print_tags(lib, args.id)
        return 0
    plan = plan_write(lib, args.id)
    if not plan.changed:
        if any(plan.user_tags[f][0] or plan.user_tags[f][1] for f in plan.user_tags):
            apply_write(lib, plan)
        print(f"{plan.path}: the file already has these tags; nothing to write")
        return 0
    sys.stdout.write(plan.diff)
    if not args.yes:
        if not _tty():
            raise InputError("not written: pass --yes to write the tags into the file")
        sys.stdout.flush()
        try:
            answer = input(f"Write these changes to {plan.path}? [y/N] ").strip().lower()
        except EOFError:
            answer = ""
        if answer not in ("y", "yes"):
            print("Not written.")
            return 0
    apply_write(lib, plan)
    print(f"Wrote the tags into {plan.path}")
    return 0


def cmd_taxonomy(args: argparse.Namespace) -> int:
    from casebook.authoring.taxonomy_tree import GAP_TEXT, taxonomy_tree
    lib = open_library(args)
    tree = taxonomy_tree(lib)
    if args.facet:
        tree = [f for f in tree if f.facet == args.facet]
    if args.json:
        out([f.to_json() for f in tree])
        return 0
    for facet in tree:
        print(facet.label.upper())
        for term in facet.terms:
            if args.gaps and not term.gap:
                continue
            note = f"  ({GAP_TEXT})" if term.gap else "  (free tag)" if term.free else ""
            print(f"  {term.count:>4}  {term.id}  — {term.label}{note}")
            if term.strategies and not args.gaps:
                print(f"        addressed by: {', '.join(s.id for s in term.strategies)}")
    return 0


def register(command: Command) -> None:
    """Add the contributor commands to the `casebook` parser."""
    p = command("new", cmd_new, "start a new case file from the template and print its path")
    p.add_argument("--title", help="the case title")
    p.add_argument("--country", help="the country (or countries, comma-separated)")
    p.add_argument("--level", choices=LEVELS, type=str.lower, help="level of government")
    p.add_argument("--year", type=int, metavar="YEAR", help="the year it started")
    p.add_argument("--language", default="en", metavar="CODE", help="the language the case is "
                   "written in: the template's headings and hints are in it (en, es, fr, pt)")
    p.add_argument("--dir", metavar="DIR", help="the folder for the file (default: the first "
                   "case folder; in a library with a sub-folder per region, the one most "
                   "cases from the country are in)")
    p = command("tag", cmd_tag, "add or remove user tags on a case, or write them into its "
                "file")
    p.add_argument("id", metavar="ID", help="the case id")
    p.add_argument("--add", nargs="+", action="extend", default=[], metavar="FACET:TERM",
                   help="add tags, e.g. challenges:legacy-systems (a label or alias works too)")
    p.add_argument("--remove", nargs="+", action="extend", default=[], metavar="FACET:TERM",
                   help="remove tags")
    p.add_argument("--write", action="store_true", help="write the case's tags into its file "
                   "(shows the diff first; only the tag lines change)")
    p.add_argument("--yes", action="store_true", help="with --write: write without asking")
    p = command("taxonomy", cmd_taxonomy, "the taxonomy as a tree with case counts and gaps")
    p.add_argument("--facet", choices=TAG_FACETS, help="only this facet")
    p.add_argument("--gaps", action="store_true", help="only terms no case uses yet")
    p.add_argument("--json", action="store_true", help="print JSON")
