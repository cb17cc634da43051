"""The `casebook collection ...` commands: parse options, call the core, print."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from casebook.cases.text import slugify
from casebook.cli import team
from casebook.cli.shared import Command, Handler, open_library, out, plural, shown_path
from casebook.errors import InputError, UsageError
from casebook.exchange.pack_import import POLICIES, import_pack
from casebook.exchange.packs import FORMATS, ExportReport, export, guess_format
from casebook.render.handout import AUDIENCES
from casebook.userdata.collections import Snapshot


def _warn(message: str) -> None:
    print(f"casebook: warning: {message}", file=sys.stderr)


def cmd_list(args: argparse.Namespace) -> int:
    lib = open_library(args, sync=False)
    rows = lib.collections.list()
    if args.json:
        out([r.to_json() for r in rows])
        return 0
    if not rows:
        print("no collections yet; make one with `casebook collection create NAME`")
    for r in rows:
        print(f"{r.name}  ({plural(r.count, 'case')})")
    return 0


def cmd_create(args: argparse.Namespace) -> int:
    name = open_library(args, sync=False).collections.create(args.name, args.description or "")
    print(f"created collection '{name}'")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    collection = open_library(args).collections.get(args.name)
    if args.json:
        out(collection.to_json())
        return 0
    print(collection.name)
    if collection.description:
        print(collection.description)
    print(f"{plural(len(collection.items), 'case')}\n")
    for item in collection.items:
        flag = "  [missing]" if item.missing else ""
        print(f"{item.position:>3}. {item.title}  ({item.id}){flag}")
        for line in item.note.splitlines():
            print(f"     {line}")
        for question in item.questions:
            print(f"     ? {question}")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    cols = open_library(args).collections
    added = cols.add(args.name, args.ids, note=args.note, position=args.position)
    kept = len(dict.fromkeys(args.ids)) - len(added)
    extra = f" ({kept} already there)" if kept else ""
    print(f"added {plural(len(added), 'case')} to '{cols.get(args.name).name}'{extra}")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    lib = open_library(args, sync=False)
    lib.collections.remove(args.name, args.ids)
    print(f"removed {plural(len(set(args.ids)), 'case')} from '{args.name}'")
    return 0


def cmd_move(args: argparse.Namespace) -> int:
    open_library(args, sync=False).collections.move(args.name, args.id, args.position)
    print(f"moved '{args.id}' to position {args.position}")
    return 0


def cmd_note(args: argparse.Namespace) -> int:
    open_library(args, sync=False).collections.set_note(args.name, args.id, args.text)
    print(f"note {'set' if args.text.strip() else 'cleared'} for '{args.id}'")
    return 0


def cmd_questions(args: argparse.Namespace) -> int:
    cols = open_library(args, sync=False).collections
    cols.set_questions(args.name, args.id, args.questions)
    count = len(cols.get(args.name).item(args.id).questions)
    print(f"{count} discussion question{'' if count == 1 else 's'} for '{args.id}'")
    return 0


def cmd_describe(args: argparse.Namespace) -> int:
    open_library(args, sync=False).collections.describe(args.name, args.text)
    print(f"description of '{args.name}' updated")
    return 0


def cmd_rename(args: argparse.Namespace) -> int:
    name = open_library(args, sync=False).collections.rename(args.name, args.new_name)
    print(f"renamed '{args.name}' to '{name}'")
    return 0


def cmd_duplicate(args: argparse.Namespace) -> int:
    name = open_library(args, sync=False).collections.duplicate(args.name, args.new_name)
    print(f"copied '{args.name}' to '{name}'")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    lib = open_library(args, sync=False)
    snapshot = lib.collections.delete(args.name)
    folder = lib.data_dir / "backups" / "collections"
    stamp = time.strftime("%Y%m%d-%H%M%S")
    copy = folder / f"{slugify(snapshot.name) or 'collection'}-{stamp}.json"
    folder.mkdir(parents=True, exist_ok=True)
    copy.write_text(json.dumps(snapshot.to_json(), ensure_ascii=False, indent=2),
                    encoding="utf-8")
    print(f"deleted collection '{snapshot.name}'; undo with: casebook collection restore "
          f"{shown_path(str(copy))}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    try:
        data = json.loads(Path(args.file).read_text(encoding="utf-8"))
        snapshot = Snapshot.from_json(data)
    except OSError as exc:
        raise InputError(f"cannot read {args.file}: {exc.strerror or exc}") from None
    except (ValueError, KeyError, TypeError, AttributeError):
        raise InputError(f"{args.file} is not a saved collection") from None
    name = open_library(args, sync=False).collections.restore(snapshot)
    print(f"restored collection '{name}' ({plural(len(snapshot.items), 'case')})")
    return 0


def _exported(report: ExportReport, name: str) -> None:
    if report.missing:
        kept = "title" if report.audience == "participant" else "title and notes"
        _warn(f"not in the library, exported by {kept} only: {', '.join(report.missing)}")
    audience = f" for {report.audience}s" if report.audience else ""
    print(f"exported '{name}' ({plural(report.cases, 'case')}) as {report.format}{audience} to "
          f"{shown_path(report.path)}")


def cmd_export(args: argparse.Namespace) -> int:
    fmt = guess_format(args.path, args.format)
    if fmt == "casebook" and args.audience is not None:
        raise UsageError("--audience is for handouts (html, pdf, docx, odt, markdown); a "
                         ".casebook pack always holds the trainer's notes")
    audience = args.audience or "participant"
    lib = open_library(args)
    name = lib.collections.get(args.name).name
    _exported(export(lib, name, args.path, fmt, audience=audience), name)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    lib = open_library(args)
    report = import_pack(lib, args.path, args.into, args.on_conflict)
    lib.sync()
    parts = [f"{len(report.added)} added"]
    if report.skipped:
        parts.append(f"{len(report.skipped)} skipped")
    if report.replaced:
        parts.append(f"{len(report.replaced)} replaced")
    if report.renamed:
        parts.append("kept both: " + ", ".join(f"{a} as {b}" for a, b in report.renamed.items()))
    into = f" into {shown_path(report.folder)}" if report.wrote_to_folder else ""
    print(f"imported collection '{report.collection}'{into}: {'; '.join(parts)}")
    if report.without_file:
        _warn(f"the pack had no file for: {', '.join(report.without_file)}")
    if report.wrote_to_folder and not report.in_library:
        _warn(f"{report.folder} is not one of the case folders; use --cases "
              f"{shown_path(report.folder)} (or add it in the app) to see its cases")
    return 0


def _pick_action(args: argparse.Namespace) -> int:
    raise UsageError("choose what to do: casebook collection {list,create,show,add,remove,"
                     "move,note,rename,delete,export,import,...}; see --help")


def register(command: Command) -> None:
    """Add `collection` and its actions to the main parser."""
    parent = command("collection", _pick_action,
                     "build ordered case collections with notes; export and import course packs")
    actions = parent.add_subparsers(dest="action", metavar="ACTION", parser_class=type(parent))

    def action(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = actions.add_parser(name, help=help_text,
                                                        description=help_text)
        p.set_defaults(handler=handler)
        return p

    def json_flag(p: argparse.ArgumentParser) -> None:
        p.add_argument("--json", action="store_true", help="print JSON")

    json_flag(action("list", cmd_list, "list the collections with their case counts"))
    p = action("create", cmd_create, "create an empty collection")
    p.add_argument("name", metavar="NAME", help="the collection's name")
    p.add_argument("--description", metavar="TEXT",
                   help="purpose, audience and learning objectives")
    p = action("show", cmd_show, "show a collection's cases in order, with notes")
    p.add_argument("name", metavar="NAME", help="the collection's name")
    json_flag(p)
    p = action("add", cmd_add, "add cases (at the end, or at --position)")
    p.add_argument("name", metavar="NAME", help="the collection's name")
    p.add_argument("ids", nargs="+", metavar="ID", help="case ids")
    p.add_argument("--note", metavar="TEXT", help="trainer's note for these cases")
    p.add_argument("--position", type=int, metavar="N", help="1-based position to insert at")
    p = action("remove", cmd_remove, "remove cases from a collection")
    p.add_argument("name", metavar="NAME", help="the collection's name")
    p.add_argument("ids", nargs="+", metavar="ID", help="case ids")
    p = action("move", cmd_move, "move a case to a position (1 is the first)")
    p.add_argument("name", metavar="NAME", help="the collection's name")
    p.add_argument("id", metavar="ID", help="case id")
    p.add_argument("position", type=int, metavar="POSITION", help="1-based position")
    p = action("note", cmd_note, "set the trainer's note on a case ('' clears it)")
    p.add_argument("name", metavar="NAME", help="the collection's name")
    p.add_argument("id", metavar="ID", help="case id")
    p.add_argument("text", metavar="TEXT", help="the note")
    p = action("questions", cmd_questions, "set the discussion questions on a case "
               "(none clears them)")
    p.add_argument("name", metavar="NAME", help="the collection's name")
    p.add_argument("id", metavar="ID", help="case id")
    p.add_argument("questions", nargs="*", metavar="QUESTION", help="one argument per question")
    p = action("describe", cmd_describe, "set a collection's description")
    p.add_argument("name", metavar="NAME", help="the collection's name")
    p.add_argument("text", metavar="TEXT", help="purpose, audience and learning objectives")
    p = action("rename", cmd_rename, "rename a collection")
    p.add_argument("name", metavar="NAME", help="the collection's name")
    p.add_argument("new_name", metavar="NEW_NAME", help="its new name")
    p = action("duplicate", cmd_duplicate, "copy a collection with its notes")
    p.add_argument("name", metavar="NAME", help="the collection's name")
    p.add_argument("new_name", nargs="?", metavar="NEW_NAME",
                   help="the copy's name (default: 'NAME (copy)')")
    p = action("delete", cmd_delete, "delete a collection (a copy is kept for restore)")
    p.add_argument("name", metavar="NAME", help="the collection's name")
    p = action("restore", cmd_restore, "bring back a deleted collection from its saved copy")
    p.add_argument("file", metavar="FILE", help="the .json copy that delete printed")
    p = action("export", cmd_export, "export a course pack: .casebook, a handout in HTML, "
               "PDF, Word (.docx) or OpenDocument (.odt), or a folder of Markdown files")
    p.add_argument("name", metavar="NAME", help="the collection's name")
    p.add_argument("path", metavar="PATH", help="the file or folder to write")
    p.add_argument("--format", choices=FORMATS, help="default: from the suffix (.casebook, "
                   ".html/.htm, .pdf, .docx, .odt; anything else is a Markdown folder)")
    p.add_argument("--audience", choices=AUDIENCES, help="who the handout is for: "
                   "participant (the cases and their discussion questions; the default) or "
                   "trainer (your notes too)")
    p = action("import", cmd_import, "import a .casebook pack: its cases and its collection")
    p.add_argument("path", metavar="PATH", help="the .casebook file")
    p.add_argument("--into", metavar="DIR", help="case folder for its cases "
                   "(default: the first case folder)")
    p.add_argument("--on-conflict", choices=POLICIES, help="when a case id exists already: "
                   "skip it, replace the file, or keep both (the new one gets id ID-2)")
    p = action("share", team.cmd_collection_share, "put a collection (order, notes, "
               "questions) into a team library's collections/ folder for everyone")
    p.add_argument("name", metavar="NAME", help="the collection's name")
    p.add_argument("--library", required=True, metavar="TEAM", help="the team library")

