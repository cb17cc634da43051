"""`casebook open` and the desktop entry flags: the app reached from a file or the desktop."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable

from casebook.cli.shared import shown_path
from casebook.errors import UsageError

OpenApp = Callable[[str | None, list[str] | None, list[str]], int]


def add_flags(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--install-desktop-entry", action="store_true",
                        help="Linux: add Casebook to the applications menu and open .casebook "
                             "packs with it (for the current user)")
    parser.add_argument("--uninstall-desktop-entry", action="store_true",
                        help="Linux: remove what --install-desktop-entry added")


def flag_given(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "install_desktop_entry", False)
                or getattr(args, "uninstall_desktop_entry", False))


def run_flags(args: argparse.Namespace) -> int:
    from casebook.exchange import desktop

    if args.install_desktop_entry and args.uninstall_desktop_entry:
        raise UsageError("give --install-desktop-entry or --uninstall-desktop-entry, not both")
    if args.install_desktop_entry:
        entry, ran = desktop.install(args.data_dir)
        print(f"installed the desktop entry {shown_path(str(entry.desktop_file))}, the "
              f"{desktop.MIME_TYPE} type for .casebook packs and the icons")
        if "update-mime-database" not in ran:
            print("note: update-mime-database was not found; the desktop learns the pack type "
                  "at its next start")
        return 0
    entry, removed = desktop.uninstall()
    if removed:
        print(f"removed the desktop entry: {len(removed)} files under {entry.data_home}")
    else:
        print(f"no Casebook desktop entry under {entry.data_home}")
    return 0


def checked_files(files: list[str]) -> list[str]:
    """Absolute paths of existing packs and folders, or a usage error naming the first bad one."""
    out = []
    for name in files:
        path = os.path.abspath(name)
        if not os.path.exists(path):
            raise UsageError(f"file not found: {name}")
        if not (os.path.isdir(path) or path.lower().endswith(".casebook")):
            raise UsageError(f"cannot open {name}: Casebook opens .casebook course packs and "
                             "folders of case files")
        out.append(path)
    return out


def register_open(command: Callable[..., argparse.ArgumentParser], open_app: OpenApp | None,
                  ) -> None:
    def cmd_open(args: argparse.Namespace) -> int:
        files = checked_files(args.files)
        if open_app is None:
            raise UsageError("the desktop app starts with `casebook` or main.py")
        return open_app(args.data_dir, args.cases or None, files)

    p = command("open", cmd_open, "open the app on .casebook packs (the import dialog) or "
                "case folders; the window already open on the data folder receives them")
    p.add_argument("files", nargs="*", metavar="FILE",
                   help="a .casebook course pack or a folder of Markdown case files")
