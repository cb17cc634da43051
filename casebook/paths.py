"""Where the bundled cases, the resources and the data folder live; replacing a file whole."""

from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

_PACKAGE = Path(__file__).resolve().parent


def package_folder() -> Path:
    """The installed `casebook` package's own folder."""
    return _PACKAGE


def _bundled(name: str) -> Path:
    installed = _PACKAGE / "_bundled" / name
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / name


def bundled_cases() -> Path:
    """The bundled case library, from a wheel or from a checkout."""
    return _bundled("cases")


def resources() -> Path:
    """The resources folder (taxonomy, template, icons, styles)."""
    return _bundled("resources")


def resource(name: str) -> Path:
    return resources() / name


def default_data_dir() -> Path:
    """The data folder: CASEBOOK_DATA_DIR, else the platform's user data folder."""
    env = os.environ.get("CASEBOOK_DATA_DIR")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("casebook", appauthor=False))


@contextmanager
def replacing(target: str | os.PathLike[str]) -> Iterator[Path]:
    """A new temporary path beside `target`, moved over it when the block ends (and removed
    if the block raises): what is written there replaces the file all at once, so a reader
    sees the old file or the new one, never half of it. The old file's permissions are kept;
    a symbolic link keeps pointing at the file it names, which is replaced."""
    path = Path(os.path.realpath(target))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.parent / f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
    try:
        yield tmp
        if path.exists():
            shutil.copymode(path, tmp)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@contextmanager
def atomic_file(target: str | os.PathLike[str]) -> Iterator[IO[bytes]]:
    """A binary file that replaces `target` all at once when the block ends (see replacing);
    on disk before it is moved into place."""
    with replacing(target) as tmp:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)  # the umask applies
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())


def atomic_write(target: str | os.PathLike[str], data: bytes) -> None:
    """Replace a file's content all at once (see replacing)."""
    with atomic_file(target) as handle:
        handle.write(data)
