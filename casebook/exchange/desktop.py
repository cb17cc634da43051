"""The Linux desktop entry: Casebook in the applications menu, `.casebook` packs opening in it."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from casebook import paths
from casebook.errors import UsageError

log = logging.getLogger(__name__)
APP_ID = "casebook"
MIME_TYPE = "application/x-casebook-pack"
MIME_XML = f"""<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="{MIME_TYPE}">
    <comment>Casebook course pack</comment>
    <sub-class-of type="application/zip"/>
    <generic-icon name="{MIME_TYPE.replace('/', '-')}"/>
    <glob pattern="*.casebook"/>
  </mime-type>
</mime-info>
"""
DESKTOP = """[Desktop Entry]
Type=Application
Version=1.4
Name=Casebook
GenericName=Case study library
Comment=Search, read and collect public-sector innovation case studies, offline
Exec={exec_line}
TryExec={try_exec}
Icon={app_id}
Terminal=false
Categories=Education;
Keywords=case study;public sector;innovation;course pack;
MimeType={mime_type};
StartupWMClass=Casebook
"""
UPDATE_TIMEOUT_S = 60


@dataclass(frozen=True)
class Entry:
    """The files of the desktop entry under one XDG data folder."""

    data_home: Path

    @property
    def desktop_file(self) -> Path:
        return self.data_home / "applications" / f"{APP_ID}.desktop"

    @property
    def mime_file(self) -> Path:
        return self.data_home / "mime" / "packages" / f"{APP_ID}.xml"

    @property
    def app_icon(self) -> Path:
        return self.data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"

    @property
    def pack_icon(self) -> Path:
        return (self.data_home / "icons" / "hicolor" / "scalable" / "mimetypes"
                / f"{MIME_TYPE.replace('/', '-')}.svg")

    def files(self) -> list[Path]:
        return [self.desktop_file, self.mime_file, self.app_icon, self.pack_icon]


def data_home() -> Path:
    """$XDG_DATA_HOME when it is an absolute path (as the spec says), else ~/.local/share."""
    env = os.environ.get("XDG_DATA_HOME", "")
    if env and os.path.isabs(env):
        return Path(env)
    return Path.home() / ".local" / "share"


def command() -> list[str]:
    """How the desktop starts Casebook: the bundle's executable, else the `casebook` script
    beside this Python, else this Python running casebook.launch."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    script = Path(sys.executable).with_name("casebook")
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    return [sys.executable, "-m", "casebook.launch"]


def exec_quote(arg: str) -> str:
    """One argument of an Exec key, quoted as the Desktop Entry spec asks (then escaped
    once more, as every string value is)."""
    arg = arg.replace("%", "%%")  # a literal percent sign, not a field code
    if arg and not any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`="):
        return arg
    inner = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return '"' + inner.replace("\\", "\\\\") + '"'


def desktop_text(argv: list[str], data_dir: str | None = None) -> str:
    args = [*argv, *(["--data-dir", os.path.abspath(data_dir)] if data_dir else []), "open"]
    exec_line = " ".join(exec_quote(a) for a in args) + " %F"
    return DESKTOP.format(exec_line=exec_line, try_exec=argv[0].replace("\\", "\\\\"),
                          app_id=APP_ID, mime_type=MIME_TYPE)


def _refresh(entry: Entry) -> list[str]:
    """Rebuild the user's MIME and desktop databases when their tools are there; what ran."""
    ran = []
    for tool, folder in (("update-mime-database", entry.mime_file.parent.parent),
                         ("update-desktop-database", entry.desktop_file.parent)):
        exe = shutil.which(tool)
        if exe is None or not folder.is_dir():
            continue
        try:
            subprocess.run([exe, str(folder)], check=True, capture_output=True, text=True,
                           timeout=UPDATE_TIMEOUT_S)
            ran.append(tool)
        except (OSError, subprocess.SubprocessError) as exc:
            log.warning("%s %s failed: %s", tool, folder, exc)
    return ran


def _linux_only() -> None:
    if not sys.platform.startswith("linux"):
        raise UsageError("desktop entries are for Linux; on Windows and macOS the installer "
                         "registers Casebook and its .casebook packs")


def install(data_dir: str | None = None) -> tuple[Entry, list[str]]:
    """Write the desktop entry, the pack MIME type and the icons for the current user."""
    _linux_only()
    entry = Entry(data_home())
    icon = paths.resource("icons/casebook.svg").read_bytes()
    try:
        for path in entry.files():
            path.parent.mkdir(parents=True, exist_ok=True)
        paths.atomic_write(entry.desktop_file,
                           desktop_text(command(), data_dir).encode("utf-8"))
        paths.atomic_write(entry.mime_file, MIME_XML.encode("utf-8"))
        paths.atomic_write(entry.app_icon, icon)
        paths.atomic_write(entry.pack_icon, icon)
    except OSError as exc:
        raise UsageError(f"cannot write the desktop entry under {entry.data_home}: "
                         f"{exc.strerror or exc}") from None
    return entry, _refresh(entry)


def uninstall() -> tuple[Entry, list[Path]]:
    """Remove what install wrote; the files removed."""
    _linux_only()
    entry = Entry(data_home())
    removed = []
    for path in entry.files():
        try:
            path.unlink()
            removed.append(path)
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise UsageError(f"cannot remove {path}: {exc.strerror or exc}") from None
    if removed:
        _refresh(entry)
    return entry, removed
