"""Team library timings at N cases: the first clone from a local server (smart HTTP on
127.0.0.1, and a file:// path), and `library update` with nothing new, beside the `git`
program on the same repository when it is installed.

    .venv/bin/python bench/team.py --size 1000 [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
RUNS = 5


def _seconds(call: Callable[[], object], runs: int = 1) -> float:
    """The median of `runs` timings."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return round(statistics.median(times), 3)


def _remote(work: Path, size: int) -> Path:
    """A bare repository holding `size` generated cases in one commit."""
    import pygit2

    from bench.corpus import write_corpus

    seed = work / "seed"
    write_corpus(seed, size)
    repo = pygit2.init_repository(str(seed), initial_head="main")
    index = repo.index
    index.add_all()
    index.write()
    sig = pygit2.Signature("Bench", "bench@example.org")
    repo.create_commit("HEAD", sig, sig, "cases", index.write_tree(), [])
    bare = work / "team.git"
    pygit2.init_repository(str(bare), bare=True, initial_head="main")
    repo.remotes.create("origin", str(bare))
    repo.remotes["origin"].push(["refs/heads/main:refs/heads/main"])
    return bare


def _git(*args: str, cwd: Path | None = None) -> None:
    subprocess.run(["git", "-c", "advice.detachedHead=false", *args], cwd=cwd, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def measure(size: int, work: Path) -> dict[str, Any]:
    from casebook.exchange.team import ops
    from casebook.library import Library
    from tests.exchange.team.gitutil import http_server

    bare = _remote(work, size)
    out: dict[str, Any] = {"cases": size, "git": shutil.which("git") is not None}
    empty = work / "none"
    empty.mkdir()
    with http_server(bare) as url:
        lib = Library(work / "data-http", [str(empty)])
        out["clone_http_s"] = _seconds(lambda: ops.add(lib, url, name="http"))
        out["update_nothing_new_http_s"] = _seconds(lambda: ops.update(lib, "http"), RUNS)
        out["status_s"] = _seconds(lambda: ops.status(lib, "http"), RUNS)
        folder = Path(ops.status(lib, "http").team.path)
        lib.close()
        env = {**os.environ, "CASEBOOK_DATA_DIR": str(work / "data-http")}
        cli = [sys.executable, "-m", "casebook.cli", "library", "update", "http"]
        subprocess.run(cli, env=env, check=True, capture_output=True)  # the first indexing
        out["cli_update_nothing_new_s"] = _seconds(
            lambda: subprocess.run(cli, env=env, check=True, capture_output=True), RUNS)
        if out["git"]:
            target = work / "git-http"
            out["git_clone_http_s"] = _seconds(lambda: _git("clone", "-q", url, str(target)))
            out["git_pull_nothing_new_http_s"] = _seconds(
                lambda: _git("pull", "-q", "--no-rebase", cwd=target), RUNS)
    lib = Library(work / "data-file", [str(empty)])
    out["clone_file_s"] = _seconds(lambda: ops.add(lib, "file://" + str(bare), name="file"))
    out["update_nothing_new_file_s"] = _seconds(lambda: ops.update(lib, "file"), RUNS)
    lib.close()
    if out["git"]:
        target = work / "git-file"
        out["git_clone_file_s"] = _seconds(lambda: _git("clone", "-q", "file://" + str(bare),
                                                        str(target)))
        out["git_pull_nothing_new_file_s"] = _seconds(
            lambda: _git("pull", "-q", "--no-rebase", cwd=target), RUNS)
    out["files"] = sum(1 for p in folder.rglob("*.md"))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=1000, help="cases in the library")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="casebook-team-bench-"))
    try:
        figures = measure(args.size, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    width = max(len(k) for k in figures)
    for key, value in figures.items():
        print(f"{key.ljust(width)}  {value}")
    if not figures["git"]:
        print("(no git program here: the git columns are left out)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
