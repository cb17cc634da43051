"""Shared fixtures: every test gets its own data folder and copies of case files."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from casebook.library import Library
from tests.helpers import BUNDLED

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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
