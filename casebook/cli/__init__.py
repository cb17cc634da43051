"""The `casebook` command line: parse options, call the library, print, map errors."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Callable, Sequence

from casebook import __version__, logs
from casebook.cli import desktop
from casebook.cli.shared import Handler, Parser
from casebook.errors import CasebookError, UsageError

StartApp = Callable[[str | None, list[str] | None, list[str]], int]  # data, folders, files
log = logging.getLogger(__name__)
# the module of casebook.cli that registers each command; a command line imports only its
# command's module, so `casebook search` loads no collection, pack or rendering code
# (tests/cli/test_imports.py keeps this table true)
GROUPS = {
    "index": "maintain", "check": "maintain",
    "search": "browse", "show": "browse", "tags": "browse",
    "map": "evidence", "compare": "evidence",
    "new": "contrib", "tag": "contrib", "taxonomy": "contrib",
    "collection": "collections", "import": "importing", "export-table": "tables",
    "library": "team",
    "backup": "backup", "restore": "backup",
}
GLOBAL_VALUES = ("--cases", "--data-dir")  # the global options that take a value


def command_of(argv: Sequence[str]) -> str | None:
    """The command a command line names (its first word that is not a global option)."""
    skip = False
    for token in argv:
        if skip:
            skip = False
        elif token in GLOBAL_VALUES:
            skip = True
        elif not token.startswith("-"):
            return token
    return None


def build_parser(start_app: StartApp | None = None,
                 only: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command, or with `only` (a command in GROUPS) of that command's
    module alone."""
    parser = Parser(prog="casebook", description="Casebook: an offline library of "
                    "public-sector innovation case studies. With no command, opens the app.")
    parser.add_argument("--cases", action="append", metavar="DIR",
                        help="a case folder for this call (repeatable)")
    parser.add_argument("--data-dir", metavar="DIR", default=os.environ.get("CASEBOOK_DATA_DIR"),
                        help="where the index and user data live (or CASEBOOK_DATA_DIR)")
    parser.add_argument("--verbose", action="store_true", help="say what happens (log on stderr)")
    parser.add_argument("--debug", action="store_true",
                        help="log everything on stderr and show tracebacks on errors")
    parser.add_argument("--version", action="version", version=f"casebook {__version__}")
    desktop.add_flags(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    def command(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(handler=handler)
        return p

    def cmd_gui(args: argparse.Namespace) -> int:
        if start_app is None:
            raise UsageError("the desktop app starts with `casebook` or main.py")
        return start_app(args.data_dir, args.cases or None, [])

    parser.set_defaults(handler=cmd_gui)
    command("gui", cmd_gui, "open the desktop app")
    desktop.register_open(command, start_app)
    names = dict.fromkeys(GROUPS.values()) if only not in GROUPS else [GROUPS[str(only)]]
    for name in names:
        importlib.import_module(f"casebook.cli.{name}").register(command)
    return parser


def main(argv: Sequence[str] | None = None, start_app: StartApp | None = None) -> int:
    """Run one command; `start_app` opens the desktop app (see casebook.launch)."""
    args_list = list(argv if argv is not None else sys.argv[1:])
    debug = "--debug" in args_list
    logs.setup_cli(verbose="--verbose" in args_list, debug=debug)
    parser = build_parser(start_app, command_of(args_list))
    try:
        args = parser.parse_args(args_list)
        handler: Handler = args.handler
        if desktop.flag_given(args):
            handler = desktop.run_flags
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
        log.error("internal error", exc_info=True)
        print(f"casebook: error: internal error: {type(exc).__name__}: {exc} "
              "(run with --debug for the traceback)", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("casebook: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
