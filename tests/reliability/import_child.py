"""Runs one `casebook import` of a table and stops at a given event for the parent to kill.

Usage: import_child.py DATA MAPPING OUT TODAY (count|stop:N|run)

Events are the importer's file operations inside OUT (opens, replaces, removals, seen through
audit hooks). With stop:N the child prints `stop N` at the Nth and waits to be killed; with
count it imports and prints `done EVENTS`; with run it just imports (the parent may have
limited the size of the files it can write, so that it dies in the middle of one).
"""

from __future__ import annotations

import signal
import sys
import time
from typing import Any

EVENTS = {"open", "os.replace", "os.rename", "os.remove", "os.unlink", "os.mkdir"}


def main() -> None:
    data, mapping, out, today, mode = sys.argv[1:6]
    target = int(mode.split(":")[1]) if mode.startswith("stop:") else None
    seen = 0

    def audit(event: str, args: tuple[Any, ...]) -> None:
        nonlocal seen
        if event not in EVENTS or not str(args[0]).startswith(out):
            return
        seen += 1
        if seen == target:
            print(f"stop {seen}", flush=True)
            time.sleep(120)  # killed here by the parent

    from casebook import paths
    from casebook.cases.taxonomy import load_taxonomy
    from casebook.exchange.dataset_import import import_dataset

    taxonomy = load_taxonomy(paths.resource("taxonomy.yaml"))
    # Python ignores SIGXFSZ: a write past the file size limit would raise instead of
    # killing the process in the middle of the write, as a crash would
    signal.signal(signal.SIGXFSZ, signal.SIG_DFL)
    sys.addaudithook(audit)
    import_dataset("table", data, out, taxonomy, mapping=mapping, today=today)
    print(f"done {seen}", flush=True)


if __name__ == "__main__":
    main()
