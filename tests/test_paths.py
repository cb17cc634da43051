"""Replacing a file whole: the one helper every writer of a user-visible file uses."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from casebook.paths import atomic_file, atomic_write, replacing


def test_a_file_is_replaced_whole_with_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "case.md"
    target.write_bytes(b"old")
    target.chmod(0o640)
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert os.listdir(tmp_path) == ["case.md"]


def test_a_failure_leaves_the_old_file_and_no_temporary_one(tmp_path: Path) -> None:
    target = tmp_path / "case.md"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_file(target) as handle:
        handle.write(b"half of the new")
        raise RuntimeError("stopped")
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["case.md"]


def test_a_new_file_and_its_folder_are_made(tmp_path: Path) -> None:
    atomic_write(tmp_path / "new" / "README.md", b"text")
    assert (tmp_path / "new" / "README.md").read_bytes() == b"text"


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges")
def test_a_link_keeps_pointing_at_the_replaced_file(tmp_path: Path) -> None:
    real = tmp_path / "real.md"
    real.write_bytes(b"old")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    atomic_write(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"


def test_replacing_gives_a_path_for_writers_that_open_files_themselves(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    with replacing(target) as tmp:
        assert tmp.parent == tmp_path and not tmp.exists()
        tmp.write_bytes(b"%PDF")
        assert not target.exists()
    assert target.read_bytes() == b"%PDF"
    assert os.listdir(tmp_path) == ["out.pdf"]
