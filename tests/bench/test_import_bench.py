"""The import benchmark still runs end to end on a few records (figures are not checked)."""

from __future__ import annotations

import csv
from pathlib import Path

from bench.import_bench import COLUMNS, run, write_csv


def test_generated_csv_is_deterministic(tmp_path: Path) -> None:
    write_csv(tmp_path / "a.csv", 5, seed=3)
    write_csv(tmp_path / "b.csv", 5, seed=3)
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()
    with open(tmp_path / "a.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == COLUMNS and len(rows) == 6


def test_import_bench_runs(tmp_path: Path) -> None:
    result = run(50, tmp_path)
    assert result["written"] == 50 and result["needs_review"] == 1
    assert result["unchanged_second_run"] == 50
    assert {"import_s", "peak_rss_mb", "csv_mb"} <= set(result)
