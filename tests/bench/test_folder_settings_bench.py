"""The casebook.toml benchmark still runs end to end on a few pages (figures are not checked)."""

from __future__ import annotations

from pathlib import Path

from bench.folder_settings import run
from bench.site_corpus import write_site


def test_generated_site_is_deterministic(tmp_path: Path) -> None:
    write_site(tmp_path / "a", 12, seed=3)
    write_site(tmp_path / "b", 12, seed=3)
    files = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*.md"))
    assert len(files) == 12
    assert all((tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes()
               for f in files)


def test_folder_settings_bench_runs(tmp_path: Path) -> None:
    result = run(24, repeat=1, work=tmp_path)
    assert result["mapped_problems"] == 48 and result["reference_problems"] == 0
    assert result["plain_problems"] > 300
    assert {"plain_index_s", "mapped_index_s", "mapping_cost_per_page_us"} <= set(result)
