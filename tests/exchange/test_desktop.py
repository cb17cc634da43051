"""`casebook --install-desktop-entry` and `--uninstall-desktop-entry` in a temporary
XDG_DATA_HOME: the entry, the pack MIME type and the icons, read back as the desktop does."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from casebook.exchange import desktop
from tests.helpers import ROOT

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")


def casebook(*args: str, home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    environ.update(HOME=str(home), PYTHONPATH=str(ROOT), **env)
    return subprocess.run([sys.executable, "-m", "casebook.launch", *args], env=environ,
                          capture_output=True, text=True, timeout=120, check=False)


def read_entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def unquote_exec(line: str) -> list[str]:
    """The Exec key's arguments as the Desktop Entry spec reads them: the string escapes
    first, then double quotes, inside which a backslash escapes " ` $ and itself."""
    text = line.replace("\\\\", "\\")
    args: list[str] = []
    current, quoted, started, i = "", False, False, 0
    while i < len(text):
        c = text[i]
        if quoted and c == "\\" and i + 1 < len(text) and text[i + 1] in '"`$\\':
            current, i = current + text[i + 1], i + 2
            continue
        if c == '"':
            quoted, started = not quoted, True
        elif c == " " and not quoted:
            if started:
                args.append(current)
            current, started = "", False
        else:
            current, started = current + c, True
        i += 1
    if started:
        args.append(current)
    return args


def test_install_then_uninstall(tmp_path: Path) -> None:
    xdg = tmp_path / "xdg"
    result = casebook("--install-desktop-entry", home=tmp_path, XDG_DATA_HOME=str(xdg))
    assert result.returncode == 0, result.stderr
    assert "installed the desktop entry" in result.stdout
    entry = read_entry(xdg / "applications" / "casebook.desktop")
    assert entry["Type"] == "Application" and entry["Name"] == "Casebook"
    assert entry["MimeType"] == "application/x-casebook-pack;"
    assert entry["Icon"] == "casebook" and entry["Terminal"] == "false"
    argv = unquote_exec(entry["Exec"])
    assert argv[-2:] == ["open", "%F"]
    assert Path(argv[0]).is_file() and os.access(argv[0], os.X_OK)
    assert Path(entry["TryExec"]) == Path(argv[0])
    icon = (xdg / "icons/hicolor/scalable/apps/casebook.svg").read_bytes()
    assert icon == (ROOT / "resources/icons/casebook.svg").read_bytes()
    assert (xdg / "icons/hicolor/scalable/mimetypes/application-x-casebook-pack.svg").is_file()
    xml = (xdg / "mime/packages/casebook.xml").read_text(encoding="utf-8")
    assert '<glob pattern="*.casebook"/>' in xml
    if shutil.which("update-mime-database"):  # the desktop's own reading of the type
        globs = (xdg / "mime" / "globs2").read_text(encoding="utf-8")
        assert "application/x-casebook-pack:*.casebook" in globs
        assert "application/x-casebook-pack application/zip" in (
            xdg / "mime" / "subclasses").read_text(encoding="utf-8")
    assert not (tmp_path / ".local").exists()  # XDG_DATA_HOME was respected

    result = casebook("--uninstall-desktop-entry", home=tmp_path, XDG_DATA_HOME=str(xdg))
    assert result.returncode == 0, result.stderr
    assert "removed the desktop entry: 4 files" in result.stdout
    left = {p.relative_to(xdg).as_posix() for p in xdg.rglob("*") if p.is_file()}
    assert not {"applications/casebook.desktop", "mime/packages/casebook.xml"} & left
    assert not [name for name in left if name.endswith(".svg")]
    if shutil.which("update-mime-database"):
        assert "casebook" not in (xdg / "mime" / "globs2").read_text(encoding="utf-8")
    again = casebook("--uninstall-desktop-entry", home=tmp_path, XDG_DATA_HOME=str(xdg))
    assert again.returncode == 0 and "no Casebook desktop entry" in again.stdout


def test_without_xdg_data_home_it_goes_to_the_home_folder(tmp_path: Path) -> None:
    result = casebook("--install-desktop-entry", home=tmp_path, XDG_DATA_HOME="relative/x")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / ".local/share/applications/casebook.desktop").is_file()
    assert not (tmp_path / "relative").exists()


def test_a_given_data_folder_is_kept_in_the_entry(tmp_path: Path) -> None:
    xdg, data = tmp_path / "xdg", tmp_path / "My library $HOME"
    result = casebook("--data-dir", str(data), "--install-desktop-entry", home=tmp_path,
                      XDG_DATA_HOME=str(xdg))
    assert result.returncode == 0, result.stderr
    argv = unquote_exec(read_entry(xdg / "applications" / "casebook.desktop")["Exec"])
    assert argv[-4:] == ["--data-dir", str(data), "open", "%F"]


def test_an_unwritable_data_home_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    result = casebook("--install-desktop-entry", home=tmp_path, XDG_DATA_HOME=str(blocker))
    assert result.returncode == 2
    assert result.stderr.startswith("casebook: error: cannot write the desktop entry under")
    assert len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize(("arg", "written"), [
    ("/opt/Casebook/casebook", "/opt/Casebook/casebook"),
    ("/home/ana/My Apps/casebook", '"/home/ana/My Apps/casebook"'),
    ('/tmp/a"b$c`d\\e', '"/tmp/a\\\\"b\\\\$c\\\\`d\\\\\\\\e"'),
    ("/data/100%", "/data/100%%"),
])
def test_exec_arguments_are_quoted_as_the_spec_says(arg: str, written: str) -> None:
    assert desktop.exec_quote(arg) == written
    if "%" not in arg:
        assert unquote_exec(written) == [arg]
