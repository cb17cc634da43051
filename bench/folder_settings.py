"""What a folder's casebook.toml costs at index time: a generated website content folder
(bench.site_corpus) indexed from nothing as it is, with SITE_TOML mapping its fields, and
as a reference folder; plus the time to read one page with and without the mapping.

    python bench/folder_settings.py --size 300 [--size 3000] [--repeat 3] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.site_corpus import SITE_TOML, write_site  # noqa: E402
from casebook.cases.files import scan_folders  # noqa: E402
from casebook.cases.folder_config import load_config  # noqa: E402
from casebook.derived.sync import read_file  # noqa: E402
from casebook.library import Library  # noqa: E402

SETTINGS = {"plain": None, "mapped": SITE_TOML, "reference": 'kind = "reference"\n'}


def _build(site: Path, data: Path) -> tuple[float, int]:
    """Seconds of a first index build, and the problems it found."""
    shutil.rmtree(data, ignore_errors=True)
    lib = Library(data, [str(site)])
    try:
        start = time.perf_counter()
        lib.sync()
        seconds = time.perf_counter() - start
        return seconds, len(lib.problems())
    finally:
        lib.close()


def _reads(site: Path, lib: Library, rounds: int = 3) -> float:
    """Microseconds to read and check one page (its folder's settings applied), best of
    `rounds` passes over the folder."""
    found, _ = scan_folders([str(site)])
    config = load_config(str(site))
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for st in found.values():
            read_file(st, lib.taxonomy, config)
        best = min(best, time.perf_counter() - start)
    return best / len(found) * 1e6


def run(size: int, repeat: int = 3, work: Path | None = None) -> dict[str, Any]:
    base = work or Path(tempfile.mkdtemp(prefix="casebook-folder-bench-"))
    site = base / f"site-{size}"
    if not site.exists():
        write_site(site, size)
    out: dict[str, Any] = {"size": size, "repeat": repeat}
    probe = Library(base / "probe", [str(site)])
    try:
        for name, text in SETTINGS.items():
            settings = site / "casebook.toml"
            if text is None:
                settings.unlink(missing_ok=True)
            else:
                settings.write_text(text, encoding="utf-8")
            runs = [_build(site, base / "data") for _ in range(repeat)]
            out[f"{name}_index_s"] = round(statistics.median(s for s, _ in runs), 3)
            out[f"{name}_problems"] = runs[0][1]
            out[f"{name}_read_us"] = round(_reads(site, probe), 1)
    finally:
        probe.close()
        (site / "casebook.toml").unlink(missing_ok=True)
    out["mapping_cost_per_page_us"] = round(out["mapped_read_us"] - out["plain_read_us"], 1)
    out["mapping_cost_index_pct"] = round(
        100 * (out["mapped_index_s"] - out["plain_index_s"]) / out["plain_index_s"], 1)
    if work is None:
        shutil.rmtree(base, ignore_errors=True)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, action="append")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    results = [run(size, args.repeat) for size in args.size or [300]]
    for result in results:
        print(json.dumps(result))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
