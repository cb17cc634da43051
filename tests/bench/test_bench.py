"""The benchmark still runs end to end on a tiny library (figures are not checked)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bench.corpus import Corpus, write_corpus
from casebook.library import Library

ROOT = Path(__file__).resolve().parents[2]
TOP_KEYS = {"size", "index_full_s", "sync_nochange_s", "sync_onefile_s", "search_p50_ms",
            "search_p95_ms", "startup_s", "rss_mb", "index_mb", "baseline", "ratio"}
BASE_KEYS = {"index_full_s", "search_p50_ms", "search_p95_ms", "rss_mb", "index_mb"}


def test_corpus_is_deterministic_and_valid(tmp_path: Path) -> None:
    assert Corpus(seed=7).case(3) == Corpus(seed=7).case(3)
    assert Corpus(seed=7).case(3) != Corpus(seed=8).case(3)
    files = write_corpus(tmp_path / "cases", 12, seed=7)
    words = [len(p.read_text(encoding="utf-8").split("\n---\n", 1)[1].split()) for p in files]
    assert len(files) == 12 and all(550 <= w <= 1700 for w in words)
    lib = Library(tmp_path / "data", [str(tmp_path / "cases")])
    try:
        report = lib.sync()
        assert report.total == 12 and report.with_problems == 0
        assert all(len(case) == 5 for case in
                   (lib.case(i)["sections"] for i in lib.store.all_ids()))
    finally:
        lib.close()


def test_bench_runs_at_50_and_writes_json(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "run.py"), "--size", "50",
                           "--json", str(out), "--keep", str(tmp_path / "work")],
                          capture_output=True, text=True, timeout=240, check=False)
    assert proc.returncode == 0, proc.stderr
    assert "index_full_s" in proc.stdout and "FTS5" in proc.stdout
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result.keys() >= TOP_KEYS
    assert result["size"] == 50
    assert result["baseline"].keys() >= BASE_KEYS
    assert set(result["ratio"]) == BASE_KEYS
    assert all(isinstance(result[k], (int, float)) and result[k] >= 0 for k in TOP_KEYS
               if k not in ("baseline", "ratio"))


def test_the_curve_reports_growth_against_the_targets() -> None:
    from bench.run import CURVE_FIGURES, curve_table

    def run(size: int, scale: float) -> dict[str, object]:
        figures: dict[str, object] = {key: scale for key in CURVE_FIGURES}
        return {**figures, "size": size,
                "baseline": {"index_full_s": scale / 10, "search_p95_ms": scale}}

    lines = curve_table([run(1000, 1.0), run(10000, 2.0), run(50000, 7.0)]).splitlines()
    assert lines[0].split() == ["figure", "1,000", "10,000", "50,000", "50k", "/", "10k"]
    rows = {line.split()[0]: line for line in lines[1:] if not line.startswith(" ")}
    assert "3.50x (MISSED <= 3x)" in rows["search_p95_ms"]
    assert "3.50x (ok <= 5x)" in rows["sync_nochange_s"]
    assert "3.50x (MISSED <= 2.5x)" in rows["rss_mb"]
    assert rows["index_full_s"].split()[1:4] == ["1", "2", "7"]
    assert any(line.split()[:2] == ["FTS5", "index_full_s"] and line.split()[2:] ==
               ["0.1", "0.2", "0.7"] for line in lines)
