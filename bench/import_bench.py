"""Benchmark `casebook import table` on a generated CSV of N records: time and peak memory.

The records come from bench.corpus (the same synthetic cases as the index benchmark): the
five sections as HTML paragraphs in their own columns, tags as labels separated by ';', a
level written the way a spreadsheet would ("National government"), and one record in fifty
without a start year (it goes to _needs-review/).

    python bench/import_bench.py --size 5000 [--json out.json] [--keep DIR]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.corpus import SECTIONS, Corpus  # noqa: E402

TARGET_S = 30.0
MAPPING = """
[source]
name = "bench"
id = "{Ref}"
url = "https://example.org/cases/{Ref}"
licence = "CC-BY-4.0"
attribution = "Synthetic benchmark cases"

[fields]
title = "{Title}"
summary = "{Summary}"
country = "{Country}"
place = "{Place}"
region = "{Region}"
level = "{Level of government}"
year_start = "{Started}"
year_end = "{Ended}"
body = '''
## Context

{Context}

## Challenge

{Challenge}

## Strategy

{Strategy}

## Outcomes

{Outcomes}

## Lessons

{Lessons}
'''

[values.level]
"Local government" = "local"
"Municipal government" = "municipal"
"Regional government" = "regional"
"National government" = "national"
"Supranational body" = "supranational"

[tags.challenges]
columns = ["Challenges"]
split = ";"

[tags.strategies]
columns = ["Strategies"]
split = ";"

[tags.outcomes]
columns = ["Outcomes reported"]
split = ";"

[tags.sectors]
columns = ["Sectors"]
split = ";"
"""
LEVEL_WORDS = {"local": "Local government", "municipal": "Municipal government",
               "regional": "Regional government", "national": "National government",
               "supranational": "Supranational body"}
COLUMNS = ["Ref", "Title", "Summary", "Country", "Place", "Region", "Level of government",
           "Started", "Ended", "Challenges", "Strategies", "Outcomes reported", "Sectors",
           *SECTIONS]


def _label(term: str) -> str:
    return term.replace("-", " ").capitalize()


def write_csv(path: Path, size: int, seed: int = 1) -> None:
    corpus = Corpus(seed)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for n in range(size):
            _, text = corpus.case(n)
            _, front_text, body = text.split("---\n", 2)
            front: dict[str, Any] = yaml.safe_load(front_text)
            sections = {part.split("\n", 1)[0]: part.split("\n", 1)[1].strip()
                        for part in body.split("## ")[1:]}
            outcomes = [o["id"] if isinstance(o, dict) else o for o in front["outcomes"]]
            writer.writerow([
                f"B{n:05d}", front["title"], front["summary"], front["country"],
                front["place"], front["region"], LEVEL_WORDS[front["level"]],
                "" if n % 50 == 49 else f"{front['year_start']}-01-01",
                front.get("year_end", ""),
                "; ".join(_label(t) for t in front["challenges"]),
                "; ".join(_label(t) for t in front["strategies"]),
                "; ".join(_label(t) for t in outcomes), "; ".join(front["sectors"]),
                *("".join(f"<p>{p}</p>" for p in sections[h].split("\n\n")) for h in SECTIONS),
            ])


def run(size: int, keep: Path | None = None) -> dict[str, Any]:
    work = keep or Path(tempfile.mkdtemp(prefix="casebook-import-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    data = work / f"cases-{size}.csv"
    if not data.exists():
        write_csv(data, size)
    mapping = work / "bench.toml"
    mapping.write_text(MAPPING, encoding="utf-8")
    out = work / "out"
    shutil.rmtree(out, ignore_errors=True)
    command = [sys.executable, "-m", "casebook.cli", "--data-dir", str(work / "data"),
               "import", "table", str(data), "--mapping", str(mapping), "--into", str(out),
               "--json"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    first = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    start = time.perf_counter()
    second = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT)
    again = time.perf_counter() - start
    if first.returncode not in (0, 1) or second.returncode not in (0, 1):
        raise SystemExit(f"import failed: {first.stderr or second.stderr}")
    report = json.loads(first.stdout)
    result = {
        "size": size, "csv_mb": round(data.stat().st_size / 1e6, 1),
        "import_s": round(seconds, 2), "reimport_unchanged_s": round(again, 2),
        "peak_rss_mb": round(peak, 1), "written": report["counts"]["new"],
        "needs_review": report["needs_review"],
        "unchanged_second_run": json.loads(second.stdout)["counts"]["unchanged"],
        "target_s": TARGET_S,
    }
    if keep is None:
        shutil.rmtree(work, ignore_errors=True)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=5000, help="records in the CSV")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    parser.add_argument("--keep", metavar="DIR", type=Path, help="keep (and reuse) the CSV")
    args = parser.parse_args(argv)
    result = run(args.size, args.keep)
    for key, value in result.items():
        print(f"{key:>22}  {value}")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0 if result["import_s"] <= TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
