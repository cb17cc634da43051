"""A built wheel carries the bundled cases and resources, and finds them once installed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.helpers import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out),
                    str(ROOT)], check=True, capture_output=True, text=True, timeout=600)
    (built,) = out.glob("casebook-*.whl")
    return built


def bundled_sources(folder: str) -> set[str]:
    base = ROOT / folder
    return {p.relative_to(base).as_posix() for p in base.rglob("*") if p.is_file()}


@pytest.mark.slow
def test_wheel_holds_every_case_and_resource(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "casebook/_bundled/resources/taxonomy.yaml" in names
    assert "casebook/_bundled/resources/case-template.md" in names
    cases = {n.removeprefix("casebook/_bundled/cases/") for n in names
             if n.startswith("casebook/_bundled/cases/")}
    expected = {n for n in bundled_sources("cases") if n.endswith(".md")}
    assert len(expected) >= 30
    assert expected <= cases
    resources = {n.removeprefix("casebook/_bundled/resources/") for n in names
                 if n.startswith("casebook/_bundled/resources/")}
    assert bundled_sources("resources") <= resources
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    assert "casebook = casebook.launch:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


@pytest.mark.slow
def test_wheel_metadata_keeps_the_qt_binding_below_the_faulty_release(wheel: Path) -> None:
    archive = zipfile.ZipFile(wheel)
    metadata = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
    requires = [line.removeprefix("Requires-Dist: ")
                for line in archive.read(metadata).decode().splitlines()
                if line.startswith("Requires-Dist: pyside6-essentials")]
    assert requires, "the wheel does not require pyside6-essentials"
    for spec in requires:
        assert "<6.12" in spec.replace(" ", ""), spec


@pytest.mark.slow
def test_unpacked_wheel_finds_its_own_cases(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    env = {k: v for k, v in os.environ.items() if k != "CASEBOOK_DATA_DIR"}
    env["PYTHONPATH"] = str(site)
    result = subprocess.run(
        [sys.executable, "-m", "casebook.cli", "--data-dir", str(tmp_path / "data"), "search",
         "--json", "--limit", "500"],
        capture_output=True, text=True, cwd=tmp_path, env=env, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    bundled = site / "casebook" / "_bundled" / "cases"
    originals = [p for p in bundled.rglob("*.md")  # a translation lists with its case
                 if "translation_of:" not in p.read_text(encoding="utf-8")]
    assert doc["total"] == len(originals) == len(doc["results"])
    assert all(r["path"].startswith(str(bundled)) for r in doc["results"])
    tags = subprocess.run(
        [sys.executable, "-m", "casebook.cli", "--data-dir", str(tmp_path / "data"), "tags",
         "--json"], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=300,
        check=True)
    assert len(json.loads(tags.stdout)["strategies"]) >= 26
