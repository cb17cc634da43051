"""Start-up of the built bundle beside the same start from the venv, alternated in one run.

Each start is a new process: the window offscreen until it shows its results
(CASEBOOK_QUIT_WHEN_READY), and `casebook search "participatory budgeting" --json`, both on
the bundled cases with an index built beforehand. "Cold" empties the page cache before each
start (root only: /proc/sys/vm/drop_caches), as after a reboot; "warm" does not.

    python bench/bundle_start.py --bundle dist/Casebook [--runs 7] [--cold]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DROP_CACHES = Path("/proc/sys/vm/drop_caches")
QUERY = "participatory budgeting"


def bundle_command(bundle: Path) -> list[str]:
    for exe in (bundle / "casebook", bundle / "Contents" / "MacOS" / "Casebook",
                bundle / "casebook.com"):
        if exe.is_file():
            return [str(exe)]
    raise SystemExit(f"bench: no casebook executable in {bundle}")


def venv_command() -> list[str]:
    script = Path(sys.executable).with_name("casebook")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "casebook.launch"]


def drop_caches() -> None:
    os.sync()
    DROP_CACHES.write_text("3\n", encoding="ascii")


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=300)
    return time.perf_counter() - start


def measure(commands: dict[str, list[str]], data: Path, runs: int,
            cold: bool) -> dict[str, dict[str, float]]:
    """Median and fastest seconds per (variant, what), the variants taking turns."""
    base = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for key in ("PYTHONPATH", "PYTHONHOME", "CASEBOOK_DATA_DIR"):
        base.pop(key, None)
    times: dict[str, list[float]] = {}
    for name, command in commands.items():  # build each one's index first, not timed
        timed([*command, "index"], dict(base, CASEBOOK_DATA_DIR=str(data / name)))
    for _ in range(runs):
        for name, command in commands.items():
            env = dict(base, CASEBOOK_DATA_DIR=str(data / name))
            for what, args, extra in (("window", [], {"CASEBOOK_QUIT_WHEN_READY": "1"}),
                                      ("search", ["search", QUERY, "--json"], {})):
                if cold:
                    drop_caches()
                seconds = timed([*command, *args], dict(env, **extra))
                times.setdefault(f"{name} {what}", []).append(seconds)
    return {key: {"median_s": round(statistics.median(v), 3), "min_s": round(min(v), 3)}
            for key, v in times.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", default=str(ROOT / "dist" / "Casebook"))
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--cold", action="store_true", help="empty the page cache each time")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.cold and not os.access(DROP_CACHES, os.W_OK):
        raise SystemExit("bench: --cold needs root (it writes /proc/sys/vm/drop_caches)")
    commands = {"bundle": bundle_command(Path(args.bundle)), "venv": venv_command()}
    with tempfile.TemporaryDirectory(prefix="casebook-start-") as tmp:
        result = measure(commands, Path(tmp), args.runs, args.cold)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    kind = "cold (page cache emptied)" if args.cold else "warm"
    print(f"| {kind}, {args.runs} runs each | median s | fastest s |")
    print("|---|---|---|")
    for key, row in result.items():
        print(f"| {key} | {row['median_s']} | {row['min_s']} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
