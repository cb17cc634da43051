"""The `casebook` command line: parse options, call the library, print, map errors."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence

from casebook import __version__, logs
from casebook.cli import (
    backup,
    browse,
    collections,
    contrib,
    desktop,
    evidence,
    importing,
    maintain,
    team,
)
from casebook.cli.shared import Handler, Parser
from casebook.errors import CasebookError, UsageError

StartApp = Callable[[str | None, list[str] | None, list[str]], int]  # data, folders, files
log = logging.getLogger(__name__)


def build_parser(start_app: StartApp | None = None) -> argparse.ArgumentParser:
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
    for group in (maintain, browse, evidence, contrib, collections, importing, team, backup):
        group.register(command)
    return parser


def main(argv: Sequence[str] | None = None, start_app: StartApp | None = None) -> int:
    """Run one command; `start_app` opens the desktop app (see casebook.launch)."""
    args_list = list(argv if argv is not None else sys.argv[1:])
    debug = "--debug" in args_list
    logs.setup_cli(verbose="--verbose" in args_list, debug=debug)
    parser = build_parser(start_app)
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
