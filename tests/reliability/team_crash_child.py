"""Runs one `library update` and stops at a given event for the parent to kill -9.

Usage: team_crash_child.py DATA_DIR (count|stop:N|time)

Events are the transfer's progress callbacks (the fetch) and, below the data folder (the
clone is there), opens, renames, removals and new folders (the commit of the user's work,
the merge, the files written into the case folder, the conflict records). With stop:N the
child prints `stop N` at the Nth event and waits to be killed; with count it prints `done
EVENTS SECONDS`; with time it prints `ready` just before updating.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any

FILE_EVENTS = {"open", "os.rename", "os.replace", "os.remove", "os.unlink", "os.mkdir",
               "os.rmdir", "shutil.rmtree"}


class Stopper:
    def __init__(self, data_dir: str, target: int | None) -> None:
        self.data_dir = data_dir
        self.target = target
        self.events = 0
        self.armed = False
        self.kinds: dict[str, int] = {}

    def tick(self, kind: str) -> None:
        if not self.armed:
            return
        self.events += 1
        self.kinds[kind] = self.kinds.get(kind, 0) + 1
        if self.events == self.target:
            print(f"stop {self.events} {kind}", flush=True)
            time.sleep(120)  # killed here by the parent

    def audit(self, event: str, args: tuple[Any, ...]) -> None:
        if event in FILE_EVENTS and str(args[0]).startswith(self.data_dir):
            self.tick("file")


def main(argv: list[str]) -> int:
    data_dir, mode = argv[1:3]
    target = int(mode.split(":")[1]) if mode.startswith("stop:") else None
    stopper = Stopper(os.path.abspath(data_dir), target)
    from casebook.exchange.team import git, ops
    from casebook.library import Library

    transfer = git.Callbacks.transfer

    def ticking(self: git.Callbacks, stats: Any) -> None:
        stopper.tick("fetch")
        transfer(self, stats)

    git.Callbacks.transfer = ticking  # type: ignore[method-assign]
    lib = Library(data_dir)
    sys.addaudithook(stopper.audit)
    stopper.armed = True
    if mode == "time":
        print("ready", flush=True)
    start = time.perf_counter()
    ops.update(lib, "cities")
    seconds = time.perf_counter() - start
    print(f"done {stopper.events} {seconds:.3f} {stopper.kinds}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
