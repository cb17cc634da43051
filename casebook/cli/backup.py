"""`casebook backup` and `casebook restore`: the user's own work in one file, and back."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from casebook.cli.shared import Command, open_library, shown_path
from casebook.errors import UsageError
from casebook.userdata.backup import default_name, read_backup


def cmd_backup(args: argparse.Namespace) -> int:
    target = Path(args.output) if args.output else Path(default_name())
    if not args.output and target.exists():
        raise UsageError(f"{target} exists already; name another file with --output FILE")
    lib = open_library(args, sync=False)
    info = lib.backup(target)
    print(f"backed up {info.summary()} to {shown_path(str(target))}")
    return 0


def _confirmed(args: argparse.Namespace, summary: str, data_dir: Path) -> bool:
    if args.yes:
        return True
    if not sys.stdin.isatty():
        raise UsageError("restore replaces your collections, notes, questions, user tags, "
                         "saved searches and settings: add --yes to confirm")
    print(f"This replaces your own work in {data_dir} with {summary} from {args.file}.\n"
          "Your current work is first saved as a backup of its own.", file=sys.stderr)
    print("Replace it? [y/N] ", end="", file=sys.stderr, flush=True)
    return sys.stdin.readline().strip().lower() in ("y", "yes")


def cmd_restore(args: argparse.Namespace) -> int:
    info = read_backup(args.file)  # a file that is not a backup is refused before asking
    lib = open_library(args, sync=False)
    made = f" (made {info.created[:10]})" if info.created else ""
    if not _confirmed(args, info.summary() + made, lib.data_dir):
        print("nothing was changed")
        return 0
    report = lib.restore(args.file)
    lib.sync()
    kept = shown_path(str(report.kept))
    print(f"restored {info.summary()} from {shown_path(args.file)}; the work it replaced is "
          f"kept in {kept} (`casebook restore {kept}` brings it back)")
    return 0


def register(command: Command) -> None:
    p = command("backup", cmd_backup, "write your collections, notes, questions, user tags, "
                "saved searches and settings to one file")
    p.add_argument("--output", metavar="FILE", help="the file to write (default: "
                   "casebook-backup-DATE-TIME.zip in the current folder)")
    p = command("restore", cmd_restore, "replace your own work by a backup's; the work it "
                "replaces is kept as a backup first")
    p.add_argument("file", metavar="FILE", help="a backup written by `casebook backup` or "
                   "File > Back up my work")
    p.add_argument("--yes", action="store_true", help="do not ask before replacing")
