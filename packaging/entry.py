"""The bundle's entry point: the app with no command, else the command line."""

import multiprocessing
import os
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the index build's spawned workers start here too
    if sys.stdout is None:  # the windowed program on Windows has no console to print to
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    from casebook.launch import main

    sys.exit(main())
