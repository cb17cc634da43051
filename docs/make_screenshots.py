"""Start the app on the bundled cases, drive it, and save the README screenshots."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _xvfb() -> subprocess.Popen[bytes] | None:
    """A virtual screen when there is no display and Xvfb is installed."""
    if os.environ.get("DISPLAY") or not shutil.which("Xvfb"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        return None
    os.environ["DISPLAY"] = ":91"
    proc = subprocess.Popen(["Xvfb", ":91", "-screen", "0", "1400x900x24"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    return proc


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=str(ROOT / "docs"), help="folder for the PNG files")
    args = parser.parse_args()
    screen = _xvfb()
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from casebook.gui.app import make_window

    _app = QApplication(sys.argv[:1])
    data = tempfile.mkdtemp(prefix="casebook-shots-")
    window, _lock = make_window(data, [str(ROOT / "cases")])

    def settle(ms: int = 600) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    window.resize(1280, 800)
    window.show()
    window.start()
    settle(1500)
    window.evidence.show_map()  # the home page: the whole library's evidence map
    settle()
    window.grab().save(str(out / "screenshot-map.png"))
    window.resize(1360, 860)
    browser = window.browser
    browser.set_query("participatory budgeting")
    settle()
    browser.toggle_filter("regions", "Latin America and the Caribbean", True)
    settle()
    first = window.results_model.hit(0)
    if first is not None:
        window.results.setCurrentIndex(window.results_model.index(0, 0))
        browser.open_case(first.id)
    settle()
    window.grab().save(str(out / "screenshot.png"))
    window.close()
    shutil.rmtree(data, ignore_errors=True)
    if screen is not None:
        screen.terminate()
    print(f"saved {out / 'screenshot.png'} and {out / 'screenshot-map.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
