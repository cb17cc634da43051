"""`casebook`: the desktop app when no command is given, else the command line."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def start_app(data_dir: str | None, folders: list[str] | None,
              files: list[str] | None = None) -> int:
    from casebook.gui.app import run

    return run(data_dir=data_dir, folders=folders, files=files)


def main(argv: Sequence[str] | None = None) -> int:
    from casebook.cli import main as cli_main

    return cli_main(argv, start_app=start_app)


if __name__ == "__main__":
    sys.exit(main())
