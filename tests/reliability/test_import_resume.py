"""An import killed part-way (kill -9, or a file size limit hit in the middle of a write)
leaves whole files only, and running it again gives the same folder as an import that was
never interrupted."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from casebook import paths
from casebook.cases.taxonomy import load_taxonomy
from casebook.exchange.case_text import edited
from casebook.exchange.dataset_import import import_dataset
from tests.helpers import ROOT

CHILD = Path(__file__).with_name("import_child.py")
TODAY = "2026-06-01"
MAPPING = """
[source]
name = "resume"
id = "{id}"
[fields]
title = "{title}"
summary = "A summary."
country = "Chile"
level = "{level}"
year_start = "{year}"
body = "## Context\\n\\n{body}"
[tags.challenges]
values = ["legacy-systems"]
[tags.strategies]
values = ["open-data"]
[tags.outcomes]
values = ["civic-engagement"]
"""
RECORDS = 40


@pytest.fixture(scope="module")
def dataset(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, bytes]]:
    """The dataset (every fifth record needs review; bodies grow from 200 bytes to 8 KB),
    its mapping, and the folder an uninterrupted import makes."""
    folder = tmp_path_factory.mktemp("resume")
    rows = ["id,title,level,year,body"]
    for n in range(RECORDS):
        level = "" if n % 5 == 4 else "national"
        rows.append(f"R{n},Case {n},{level},{2000 + n},{'word ' * (40 + n * 40)}")
    data = folder / "data.csv"
    data.write_text("\n".join(rows) + "\n", encoding="utf-8")
    mapping = folder / "m.toml"
    mapping.write_text(MAPPING, encoding="utf-8")
    reference = folder / "reference"
    taxonomy = load_taxonomy(paths.resource("taxonomy.yaml"))
    import_dataset("table", str(data), str(reference), taxonomy, mapping=str(mapping),
                   today=TODAY)
    return data, mapping, snapshot(reference)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}


def child(data: Path, mapping: Path, out: Path, mode: str,
          **kw: object) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(CHILD), str(data), str(mapping), str(out),
                             TODAY, mode], stdout=subprocess.PIPE, text=True, cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, **kw)  # type: ignore[call-overload]


def check_whole_then_resume(out: Path, data: Path, mapping: Path,
                            reference: dict[str, bytes]) -> None:
    for path in out.rglob("*.md"):
        if not path.name.startswith("."):
            assert not edited(path.read_text("utf-8")), f"{path} is not whole"
    taxonomy = load_taxonomy(paths.resource("taxonomy.yaml"))
    import_dataset("table", str(data), str(out), taxonomy, mapping=str(mapping), today=TODAY)
    assert snapshot(out) == reference


def test_kill_9_then_resume(dataset: tuple[Path, Path, dict[str, bytes]],
                            tmp_path: Path) -> None:
    data, mapping, reference = dataset
    counting = child(data, mapping, tmp_path / "count", "count")
    out_text, _ = counting.communicate(timeout=120)
    events = int(out_text.split()[-1])
    assert events > RECORDS
    for n, stop in enumerate(sorted({1, 2, events // 4, events // 2, events - 1})):
        out = tmp_path / f"out-{n}"
        proc = child(data, mapping, out, f"stop:{stop}")
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == f"stop {stop}"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stdout.close()
        check_whole_then_resume(out, data, mapping, reference)


@pytest.mark.parametrize("limit", [1_500, 4_000, 7_000])
def test_dying_in_the_middle_of_a_write_then_resume(
        dataset: tuple[Path, Path, dict[str, bytes]], tmp_path: Path, limit: int) -> None:
    """A file size limit kills the child (SIGXFSZ) in the middle of writing the first file
    longer than `limit` bytes: that file must not be left half written."""
    data, mapping, reference = dataset
    out = tmp_path / "out"

    def small_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    proc = child(data, mapping, out, "run", preexec_fn=small_files)
    proc.communicate(timeout=120)
    assert proc.returncode == -signal.SIGXFSZ
    assert any(p.name.endswith(".tmp") for p in out.rglob(".*"))  # the write that died
    check_whole_then_resume(out, data, mapping, reference)
