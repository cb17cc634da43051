"""Fixtures: a seeded bare remote and two people's Casebook data folders."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from casebook.library import Library
from tests.exchange.team.gitutil import seed_remote


@pytest.fixture
def remote(tmp_path: Path) -> Path:
    return seed_remote(tmp_path, ["alpha", "beta", "delta"])


@pytest.fixture
def two(tmp_path: Path) -> Iterator[tuple[Library, Library]]:
    """Ana's and Ben's libraries, each on its own data folder, no other case folder."""
    empty = tmp_path / "no-cases"
    empty.mkdir()
    ana = Library(tmp_path / "ana", [str(empty)])
    ben = Library(tmp_path / "ben", [str(empty)])
    yield ana, ben
    ana.close()
    ben.close()
