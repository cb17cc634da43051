"""Set up two team libraries (one with a conflict, one with new cases), start the app on
them, and save the README's team screenshots: the sidebar status and the conflict view."""

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
CASES = ["europe/estonia-digital-state.md", "europe/ukraine-prozorro.md",
         "africa/rwanda-imihigo.md", "south-america/porto-alegre-participatory-budgeting.md",
         "asia/south-korea-e-government.md", "europe/uk-government-digital-service.md"]


def _xvfb() -> subprocess.Popen[bytes] | None:
    if os.environ.get("DISPLAY") or not shutil.which("Xvfb"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        return None
    os.environ["DISPLAY"] = ":97"
    proc = subprocess.Popen(["Xvfb", ":97", "-screen", "0", "1400x900x24"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    return proc


def _remote(base: Path, name: str, files: list[Path]) -> tuple[Path, Path]:
    """A bare repository and a colleague's clone of it, holding these case files."""
    import pygit2

    bare = base / f"{name}.git"
    pygit2.init_repository(str(bare), bare=True, initial_head="main")
    work = base / f"{name}-colleague"
    repo = pygit2.init_repository(str(work), initial_head="main")
    for file in files:
        shutil.copy(file, work / file.name)
    _commit(repo, "Cases for the team")
    repo.remotes.create("origin", str(bare))
    repo.remotes["origin"].push(["refs/heads/main:refs/heads/main"])
    return bare, work


def _commit(repo: object, message: str) -> None:
    import pygit2

    assert isinstance(repo, pygit2.Repository)
    index = repo.index
    index.add_all()
    index.write()
    sig = pygit2.Signature("Maria (Cities Network)", "maria@example.org")
    parents = [] if repo.head_is_unborn else [repo.head.target]
    repo.create_commit("HEAD", sig, sig, message, index.write_tree(), parents)
    if "origin" in [r.name for r in repo.remotes]:
        repo.remotes["origin"].push(["refs/heads/main:refs/heads/main"])


def setup(base: Path) -> Path:
    """Ana's data folder: 'cities-network' with a conflict, 'school-of-government' with
    two new cases from the last update."""
    from casebook.exchange.team import ops
    from casebook.library import Library

    sources = [ROOT / "cases" / c for c in CASES if (ROOT / "cases" / c).exists()]
    cities, maria = _remote(base, "cities-network", sources[:3])
    school, tutor = _remote(base, "school-of-government", sources[3:4])
    data = base / "data"
    own = base / "my-cases"
    own.mkdir()
    lib = Library(data, [str(own)])
    lib.set_folders([str(own)])  # only the team libraries' cases, for the picture
    ana = Path(ops.add(lib, str(cities)).path)
    ops.add(lib, str(school))
    target = sources[0].name
    text = (maria / target).read_text(encoding="utf-8")
    (maria / target).write_text(text.replace("## Lessons\n", "## Lessons\n\nMaria: the "
                                             "2017 ID-card crisis showed that the chip "
                                             "supplier is a single point of failure.\n", 1),
                                encoding="utf-8")
    import pygit2

    _commit(pygit2.Repository(str(maria)), "Lessons: the 2017 ID-card crisis")
    mine = (ana / target).read_text(encoding="utf-8")
    (ana / target).write_text(mine.replace("## Lessons\n", "## Lessons\n\nAna: interoperability "
                                           "came before digital services, not after.\n", 1),
                              encoding="utf-8")
    for extra in sources[4:6]:
        shutil.copy(extra, tutor / extra.name)
    _commit(pygit2.Repository(str(tutor)), "Two cases for the spring course")
    ops.update(lib, "cities-network")
    ops.update(lib, "school-of-government")
    lib.close()
    return data


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=str(ROOT / "docs"), help="folder for the PNG files")
    args = parser.parse_args()
    screen = _xvfb()
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    _app = QApplication(sys.argv[:1])
    base = Path(tempfile.mkdtemp(prefix="casebook-team-shots-"))
    try:
        shoot(base, Path(args.out))
    finally:
        shutil.rmtree(base, ignore_errors=True)
        if screen is not None:
            screen.terminate()
    print(f"saved {Path(args.out) / 'screenshot-team.png'} and "
          f"{Path(args.out) / 'screenshot-conflict.png'}")
    return 0


def shoot(base: Path, out: Path) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    from casebook.gui.app import make_window

    data = setup(base)

    def settle(ms: int = 800) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    window, _lock = make_window(str(data), None)
    out.mkdir(parents=True, exist_ok=True)
    window.resize(1280, 800)
    window.show()
    window.start()
    settle(2500)
    window.grab().save(str(out / "screenshot-team.png"))
    opened: list[object] = []
    window.team.conflict_opened.connect(opened.append)
    window.team.open_conflicts("cities-network")
    settle(1000)
    if opened:
        opened[0].grab().save(str(out / "screenshot-conflict.png"))  # type: ignore[attr-defined]
        opened[0].reject()  # type: ignore[attr-defined]
    window.close()


if __name__ == "__main__":
    sys.exit(main())
