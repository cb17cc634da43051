"""The installed Qt binding keeps None's reference count: a leak there aborts the app."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROBE = Path(__file__).with_name("qt_refcount_probe.py")


def test_void_qt_calls_keep_nones_reference_count() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, str(PROBE)], capture_output=True, text=True,
                            env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    drift = int(result.stdout.strip().splitlines()[-1])
    assert drift == 0, (
        f"300 void Qt calls moved None's reference count by {drift}: this PySide6 build has "
        "the refcount fault that crashes the app on Python 3.11 (see pyproject.toml)")
