"""Build the self-contained Casebook bundle in dist/Casebook, then its archive or installer."""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "casebook.spec"


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from casebook import __version__

    return __version__


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def render_icon(target: Path, size: int = 512) -> Path:
    """The app's SVG icon as a PNG; PyInstaller turns it into .ico or .icns (with Pillow)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ROOT / "resources" / "icons" / "casebook.svg")).render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target)):
        sys.exit(f"build: cannot write {target}")
    del app
    return target


def lrelease() -> Path:
    """Qt's catalogue compiler, as pyside6-essentials ships it."""
    import PySide6

    for exe in (Path(PySide6.__file__).parent / "lrelease",
                Path(PySide6.__file__).parent / "lrelease.exe"):
        if exe.is_file():
            return exe
    found = shutil.which("pyside6-lrelease")
    if found is None:
        sys.exit("build: Qt's lrelease was not found (pyside6-essentials ships it)")
    return Path(found)


def compile_translations(target: Path) -> list[Path]:
    """Each interface catalogue resources/translations/*.ts compiled into target/*.qm."""
    sources = sorted((ROOT / "resources" / "translations").glob("*.ts"))
    shutil.rmtree(target, ignore_errors=True)
    if not sources:
        return []
    target.mkdir(parents=True)
    tool = lrelease()
    for ts in sources:
        subprocess.run([str(tool), "-silent", str(ts), "-qm", str(target / f"{ts.stem}.qm")],
                       check=True)
    return sorted(target.glob("*.qm"))


def pyinstaller(dist: Path, work: Path, env: dict[str, str]) -> None:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level",
               "WARN", "--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    subprocess.run(command, check=True, cwd=ROOT, env=env)


def archive_linux(dist: Path, ver: str) -> Path:
    target = dist / f"Casebook-{ver}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(target, "w:gz") as tar:
        tar.add(dist / "Casebook", arcname="Casebook")
    return target


def installer_windows(dist: Path, ver: str) -> Path:
    iscc = shutil.which("iscc") or r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe"
    subprocess.run([iscc, f"/DAppVersion={ver}", f"/DSourceDir={dist / 'Casebook'}",
                    f"/O{dist}", str(ROOT / "packaging" / "windows" / "casebook.iss")],
                   check=True)
    return dist / f"Casebook-{ver}-setup.exe"


def dmg_macos(dist: Path, ver: str) -> Path:
    target = dist / f"Casebook-{ver}-macos.dmg"
    target.unlink(missing_ok=True)
    subprocess.run(["hdiutil", "create", "-volname", "Casebook", "-srcfolder",
                    str(dist / "Casebook.app"), "-ov", "-format", "UDZO", str(target)],
                   check=True)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dist", default=str(ROOT / "dist"), help="output folder (dist/)")
    parser.add_argument("--work", default=str(ROOT / "build"), help="PyInstaller's work folder")
    parser.add_argument("--no-archive", action="store_true",
                        help="only the folder: no tarball, installer or disk image")
    args = parser.parse_args(argv)
    dist, work, ver = Path(args.dist).resolve(), Path(args.work).resolve(), version()
    started = time.monotonic()
    qm_dir = work / "translations"
    compiled = compile_translations(qm_dir)
    if compiled:
        print(f"compiled {len(compiled)} translations: {', '.join(q.stem for q in compiled)}")
    env = dict(os.environ, CASEBOOK_VERSION=ver, CASEBOOK_QM_DIR=str(qm_dir))
    if sys.platform != "linux":
        env["CASEBOOK_ICON"] = str(render_icon(work / "icon" / "casebook.png"))
    pyinstaller(dist, work, env)
    bundle = dist / "Casebook"
    if sys.platform == "win32":  # `casebook` in a terminal runs the .com before the .exe
        (bundle / "casebook-console.exe").replace(bundle / "casebook.com")
    built = dist / "Casebook.app" if sys.platform == "darwin" else bundle
    print(f"built {built} in {time.monotonic() - started:.0f} s: "
          f"{folder_size(built) / 1e6:.0f} MB")
    if not args.no_archive:
        make = {"linux": archive_linux, "win32": installer_windows, "darwin": dmg_macos}
        out = make.get(sys.platform, archive_linux)(dist, ver)
        print(f"wrote {out}: {out.stat().st_size / 1e6:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
