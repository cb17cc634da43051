"""Where the bundled cases, the resources and the data folder live."""

from __future__ import annotations

import os
from pathlib import Path

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
