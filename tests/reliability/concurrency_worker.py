"""One of two processes sharing a data folder: edits and syncs, searches, or rebuilds in a loop.

Usage: concurrency_worker.py DATA_DIR CASES_DIR (edit:FIRST:LAST|search|rebuild) ROUNDS
Prints one line per CasebookError it was given (they are allowed, and counted) and `ok`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from casebook.cases.model import Filters
from casebook.errors import CasebookError
from casebook.library import Library


def main(argv: list[str]) -> int:
    data_dir, cases_dir, role, rounds = argv[1], argv[2], argv[3], int(argv[4])
    lib = Library(data_dir, [cases_dir])
    print("ready", flush=True)
    for n in range(rounds):
        try:
            if role.startswith("edit:"):
                first, last = (int(x) for x in role.split(":")[1:])
                for i in range(first, last):
                    path = Path(cases_dir) / f"case-{i:03d}.md"
                    text = path.read_text(encoding="utf-8").rsplit("\nround", 1)[0]
                    path.write_text(f"{text}\nround{n} marker{i}\n", encoding="utf-8")
                lib.sync()
            elif role == "rebuild":
                lib.sync(rebuild=True)
            else:
                lib.sync()
            for query in ("budget", "digital OR service", "", "marker*"):
                result = lib.search(query, Filters(terms={"challenges": ["legacy-systems"]}))
                for hit in result.hits:
                    lib.case(hit.id)
        except CasebookError as exc:
            print(f"{type(exc).__name__}: {exc}", flush=True)
    lib.close()
    print("ok", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
