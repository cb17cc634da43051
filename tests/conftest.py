"""Shared fixtures: every test gets its own data folder and copies of case files."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from casebook.library import Library

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
BUNDLED = ROOT / "cases"

GOOD_CASE = """---
title: {title}
id: {id}
summary: >-
  {summary}
country: {country}
level: {level}
year_start: {year}
challenges: [{challenges}]
strategies: [{strategies}]
outcomes: [{outcomes}]
sources:
  - title: A report about it
    publisher: Some Agency
    year: {year}
---

## Context

{body}

## Challenge

The challenge was real.

## Strategy

The strategy was chosen.

## Outcomes

The outcomes were measured.

## Lessons

Lessons were learned.
"""


def write_case(folder: Path, case_id: str, **fields: object) -> Path:
    """Write a valid case file; keyword arguments override the defaults."""
    values: dict[str, object] = {
        "title": f"Case {case_id}", "id": case_id, "summary": "A short summary.",
        "country": "Estonia", "level": "national", "year": 2010,
        "challenges": "legacy-systems", "strategies": "interoperability",
        "outcomes": "improved-service-delivery", "body": "Some context text.",
    }
    values.update(fields)
    path = folder / f"{case_id}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(GOOD_CASE.format(**values), encoding="utf-8")
    return path


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def case_dir(tmp_path: Path) -> Path:
    path = tmp_path / "cases"
    path.mkdir()
    return path


@pytest.fixture
def bundled_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled case library."""
    target = tmp_path / "bundled"
    shutil.copytree(BUNDLED, target)
    return target


@pytest.fixture
def make_library(data_dir: Path) -> Iterator[Callable[..., Library]]:
    opened: list[Library] = []

    def make(*folders: Path, data: Path | None = None) -> Library:
        lib = Library(data or data_dir, [str(f) for f in folders])
        opened.append(lib)
        return lib

    yield make
    for lib in opened:
        lib.close()
