"""Runs one Library.sync and stops at a given event for the parent to kill -9.

Usage: crash_child.py DATA_DIR CASES_DIR (fresh|rebuild|update) (count|stop:N|time)

Events are opens in the data folder, renames, removals and folder changes (audit hooks),
every 25th case-file read, and SQLite progress ticks, so stops fall in every phase of a build:
reading files, the SQLite transaction, the Whoosh commit. With stop:N the child prints
`stop N` at the Nth event and waits to be killed; with count it prints `done EVENTS SECONDS`;
with time it prints `ready` just before syncing, for a kill after a delay.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from typing import Any

FILE_EVENTS = {"open", "os.rename", "os.replace", "os.remove", "os.unlink", "os.mkdir",
               "os.rmdir", "shutil.rmtree", "os.truncate", "sqlite3.connect"}
SQLITE_STEPS = 5_000  # SQLite virtual-machine steps between two events


class Stopper:
    def __init__(self, data_dir: str, cases_dir: str, target: int | None) -> None:
        self.data_dir = data_dir
        self.cases_dir = cases_dir
        self.target = target
        self.events = 0
        self.case_reads = 0
        self.armed = False

    def tick(self) -> None:
        if not self.armed:
            return
        self.events += 1
        if self.events == self.target:
            print(f"stop {self.events}", flush=True)
            time.sleep(120)  # killed here by the parent

    def audit(self, event: str, args: tuple[Any, ...]) -> None:
        if event not in FILE_EVENTS:
            return
        if event == "open":
            path = str(args[0])
            if path.startswith(self.cases_dir):
                self.case_reads += 1
                if self.case_reads % 25:
                    return
            elif not path.startswith(self.data_dir):
                return  # module imports and the like
        self.tick()

    def sqlite_tick(self) -> int:
        self.tick()
        return 0


def main(argv: list[str]) -> int:
    data_dir, cases_dir, scenario, mode = argv[1:5]
    target = int(mode.split(":")[1]) if mode.startswith("stop:") else None
    stopper = Stopper(os.path.abspath(data_dir), os.path.abspath(cases_dir), target)
    sys.addaudithook(stopper.audit)
    connect = sqlite3.connect

    def ticking_connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn = connect(*args, **kwargs)  # every connection, also those a rebuild opens
        conn.set_progress_handler(stopper.sqlite_tick, SQLITE_STEPS)
        return conn

    sqlite3.connect = ticking_connect  # type: ignore[assignment]
    from casebook.library import Library

    lib = Library(data_dir, [cases_dir])
    stopper.armed = True
    if mode == "time":
        print("ready", flush=True)
    start = time.perf_counter()
    lib.sync(rebuild=scenario == "rebuild")
    seconds = time.perf_counter() - start
    lib.close()
    print(f"done {stopper.events} {seconds:.3f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
