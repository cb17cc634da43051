"""Probe: print how much None's reference count moves over 300 void Qt calls."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

CALLS = 150  # two void calls each: 300 in all


def main() -> None:
    app = QApplication.instance() or QApplication([])
    font = QFont()
    for _ in range(3):  # warm up caches so that they do not count
        app.processEvents()
        font.setPointSizeF(11.0)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        app.processEvents()
        font.setPointSizeF(11.0)
    after = sys.getrefcount(None)
    print(after - before)


if __name__ == "__main__":
    main()
