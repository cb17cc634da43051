"""The `casebook library ...` commands (team libraries over Git) and `collection share`.
The team modules are imported by the commands that use them: other commands stay quick."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from casebook.cli.shared import Command, Handler, open_library, out, plural, shown_path
from casebook.errors import PushRefused, UsageError
from casebook.library import Library

TOKEN_ENV = "CASEBOOK_GIT_TOKEN"


def _ask_token(url: str) -> str | None:
    """A token for a library that asks for one: CASEBOOK_GIT_TOKEN, else typed (hidden)."""
    from casebook.exchange.team import tokens

    if os.environ.get(TOKEN_ENV):
        return os.environ[TOKEN_ENV]
    if not sys.stdin.isatty():
        return None
    if not tokens.keyring_usable():
        print(f"casebook: note: {tokens.NO_KEYRING}", file=sys.stderr)
    return getpass.getpass(f"Access token for {url} (not shown): ").strip() or None


def _progress(label: str) -> Any:
    if not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    bar: dict[str, Any] = {}

    def update(done: int, total: int) -> None:
        if "bar" not in bar:
            bar["bar"] = tqdm(total=total, desc=label, unit="step", file=sys.stderr,
                              leave=False)
        bar["bar"].total = total
        bar["bar"].n = done
        bar["bar"].refresh()

    return update


def _lib(args: argparse.Namespace) -> Library:
    return open_library(args, sync=False)


def cmd_add(args: argparse.Namespace) -> int:
    from casebook.exchange.team import ops

    lib = _lib(args)
    team = ops.add(lib, args.url, args.name, args.into, progress=_progress("Downloading"),
                   ask_token=_ask_token)
    report = lib.sync()
    print(f"added team library '{team.name}' in {shown_path(team.path)} "
          f"({plural(report.total, 'case')} in the library now)")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from casebook.exchange.team import registry

    lib = _lib(args)
    teams = registry.libraries(lib)
    if args.json:
        out([t.to_json() for t in teams])
        return 0
    if not teams:
        print("no team library yet; add one with `casebook library add URL`")
    for team in teams:
        print(f"{team.name}  {team.url}  ({shown_path(team.path)})")
    return 0


def cmd_update(args: argparse.Namespace) -> int:
    from casebook.exchange.team import ops, registry

    lib = _lib(args)
    names = [args.name] if args.name else [t.name for t in registry.libraries(lib)]
    if not names:
        raise UsageError("no team library yet; add one with `casebook library add URL`")
    reports = [ops.update(lib, n, progress=_progress("Updating"), ask_token=_ask_token)
               for n in names]
    lib.sync()
    if args.json:
        out([r.__dict__ for r in reports])
        return 0
    for report in reports:
        print(report.summary())
        for path in report.conflicts:
            print(f"  changed by someone else too: {path} (your version kept; "
                  f"`casebook library resolve {path} --keep-mine` or --take-theirs)")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from casebook.exchange.team import ops, registry, setup

    lib = _lib(args)
    names = [args.name] if args.name else [t.name for t in registry.libraries(lib)]
    states = [ops.status(lib, n) for n in names]
    if args.json:
        out([s.to_json() for s in states] if not args.name else states[0].to_json())
        return 0
    if not states:
        print("no team library yet; add one with `casebook library add URL`")
    labels = {"conflict": "conflict waiting", "not-shared": "your changes not shared",
              "new": "new cases from the last update", "up-to-date": "up to date"}
    for st in states:
        print(f"{st.team.name}: {labels[st.state]}  ({st.team.url})")
        print(f"  folder: {shown_path(st.team.path)}")
        print(f"  last update: {st.team.last_update or 'never'}; {st.ahead} to send, "
              f"{st.behind} to receive (as of the last update)")
        for path, kind in sorted(st.local.items()):
            print(f"  not shared: {path} ({kind})")
        for path in st.team.last_new:
            print(f"  new: {path}")
        for c in st.conflicts:
            theirs = "deleted it" if c.theirs is None else "changed it"
            print(f"  conflict: {c.path} (someone else {theirs} too; your version kept)")
        if st.interrupted:
            print("  an interrupted update is finished at the next update")
        for shared in setup.shared_collections(lib, st.team):
            print(f"  shared collection: {shared.snapshot.name} "
                  f"({plural(len(shared.snapshot.items), 'case')})")
    return 0


def cmd_share(args: argparse.Namespace) -> int:
    from casebook.exchange.team import ops, registry, setup

    lib = _lib(args)
    if args.pack:
        report = setup.pack_unshared(lib, args.name, args.pack)
        print(f"wrote {plural(report.cases, 'case')} not shared yet to {shown_path(args.pack)}")
        return 0
    try:
        result = ops.share(lib, args.name, args.message, ask_token=_ask_token)
    except PushRefused as exc:
        name = args.name or registry.get(lib, None).name
        first = "`casebook library update " + name + "` first, then share again; or " if \
            exc.behind else ""
        raise PushRefused(f"{exc} ({first}`casebook library share {name} --pack FILE` writes "
                          "your cases to a .casebook pack to send)", exc.behind) from None
    if not result.files and not result.commits:
        print(f"{result.name}: nothing to share")
    else:
        print(f"{result.name}: shared {plural(len(result.files), 'file')} "
              f"({plural(result.commits, 'change')} sent)")
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    from casebook.exchange.team import conflicts

    lib = _lib(args)
    choice = "mine" if args.keep_mine else "theirs"
    conflict = conflicts.resolve(lib, args.library, args.file, choice)
    lib.sync()
    what = "kept your version of" if choice == "mine" else "took the other version of"
    print(f"{what} {conflict.path}; share to send it to the team")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    from casebook.exchange.team import ops

    lib = _lib(args)
    team = ops.remove(lib, args.name, args.keep_files, args.force)
    lib.sync()
    kept = f"; its folder stays in {shown_path(team.path)}" if args.keep_files else \
        "; its folder was deleted"
    print(f"stopped using team library '{team.name}'{kept}")
    return 0


def cmd_init(args: argparse.Namespace) -> int:
    from casebook.exchange.team import registry, setup

    lib = _lib(args) if args.url else None
    result = setup.init(args.dir, args.url, lib, args.name, ask_token=_ask_token)
    if isinstance(result, registry.TeamLibrary):
        print(f"started team library '{result.name}' in {shown_path(result.path)} and shared "
              f"it to {result.url}; colleagues join with: casebook library add {result.url}")
    else:
        print(f"started a team library in {shown_path(str(result))}; put it where colleagues "
              "can reach it with --url (a forge's empty repository or a shared folder)")
    return 0


def cmd_collections(args: argparse.Namespace) -> int:
    from casebook.exchange.team import registry, setup

    lib = _lib(args)
    team = registry.get(lib, args.name)
    if args.copy:
        name = setup.copy_collection(lib, team.name, args.copy)
        print(f"made your own copy: collection '{name}'")
        return 0
    shared = setup.shared_collections(lib, team)
    if args.json:
        out([{"file": s.file, **s.snapshot.to_json()} for s in shared])
        return 0
    if not shared:
        print(f"'{team.name}' shares no collection yet")
    for s in shared:
        print(f"{s.snapshot.name}  ({plural(len(s.snapshot.items), 'case')}; {s.file})")
    return 0


def cmd_collection_share(args: argparse.Namespace) -> int:
    """`collection share NAME --library TEAM` (registered by the collection group)."""
    from casebook.exchange.team import setup

    lib = open_library(args)
    rel, report = setup.share_collection(lib, args.name, args.library, _ask_token)
    print(f"shared collection '{args.name}' as {rel} in '{report.name}'")
    return 0


def _pick_action(args: argparse.Namespace) -> int:
    raise UsageError("choose what to do: casebook library {add,list,update,status,share,"
                     "resolve,remove,init,collections}; see --help")


def register(command: Command) -> None:
    """Add `library` and its actions to the main parser."""
    parent = command("library", _pick_action, "team libraries: case folders shared "
                     "through Git (add, update, share)")
    actions = parent.add_subparsers(dest="action", metavar="ACTION", parser_class=type(parent))

    def action(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = actions.add_parser(name, help=help_text,
                                                        description=help_text)
        p.set_defaults(handler=handler)
        return p

    def name_arg(p: argparse.ArgumentParser) -> None:
        p.add_argument("name", nargs="?", metavar="NAME",
                       help="the team library (default: the only one, or all)")

    p = action("add", cmd_add, "download a team library and add it as a case folder "
               f"(a token comes from {TOKEN_ENV} or is asked for)")
    p.add_argument("url", metavar="URL", help="https://..., ssh://..., git@host:path, or a "
                   "folder (a file share)")
    p.add_argument("--name", metavar="NAME", help="what to call it (default: from the URL)")
    p.add_argument("--into", metavar="DIR", help="an empty folder for it (default: in the "
                   "data folder)")
    p = action("list", cmd_list, "list the team libraries")
    p.add_argument("--json", action="store_true", help="print JSON")
    p = action("update", cmd_update, "bring in what others shared; your own changes are "
               "kept (a case changed on both sides keeps your version)")
    name_arg(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p = action("status", cmd_status, "changes to send and receive, your changes not shared, "
               "the last update and conflicts waiting")
    name_arg(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p = action("share", cmd_share, "send your new and changed case files to the team")
    name_arg(p)
    p.add_argument("--message", metavar="TEXT", help="what you changed, for the history")
    p.add_argument("--pack", metavar="FILE", help="instead, write the cases not shared yet "
                   "to a .casebook pack")
    p = action("resolve", cmd_resolve, "settle a case changed by someone else too")
    p.add_argument("file", metavar="FILE", help="the case file (its path or file name)")
    choice = p.add_mutually_exclusive_group(required=True)
    choice.add_argument("--keep-mine", action="store_true", help="keep your version")
    choice.add_argument("--take-theirs", action="store_true", help="take the other version "
                        "(yours is copied to the data folder first)")
    p.add_argument("--library", metavar="NAME", help="the team library (default: the only "
                   "one)")
    p = action("remove", cmd_remove, "stop using a team library")
    p.add_argument("name", metavar="NAME", help="the team library")
    p.add_argument("--keep-files", action="store_true", help="leave its folder on disk")
    p.add_argument("--force", action="store_true", help="delete the folder even with work "
                   "not shared (it is named first)")
    p = action("init", cmd_init, "start a new team library: README.txt, case template, "
               "taxonomy.yaml and a CI workflow that runs casebook check")
    p.add_argument("dir", metavar="DIR", help="an empty or new folder")
    p.add_argument("--url", metavar="URL", help="share it there now (an empty repository, "
                   "or a folder on a file share) and use it as a team library")
    p.add_argument("--name", metavar="NAME", help="what to call it (default: the folder's)")
    p = action("collections", cmd_collections, "the collections a team library shares")
    name_arg(p)
    p.add_argument("--copy", metavar="COLLECTION", help="make your own copy of one")
    p.add_argument("--json", action="store_true", help="print JSON")
