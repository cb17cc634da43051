"""Logging set-up: quiet by default on the command line, a rotating log file for the app."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

LOG_BYTES = 1_000_000
LOG_BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger(__name__)


def log_folder(data_dir: str | Path) -> Path:
    return Path(data_dir) / "logs"


def log_file(data_dir: str | Path) -> Path:
    return log_folder(data_dir) / "casebook.log"


def _root() -> logging.Logger:
    root = logging.getLogger("casebook")
    for handler in list(root.handlers):
        if getattr(handler, "casebook", False):
            root.removeHandler(handler)
            handler.close()
    return root


def setup_cli(verbose: bool = False, debug: bool = False) -> None:
    """Warnings and worse on stderr only with --verbose (info) or --debug (debug)."""
    root = _root()
    if not (verbose or debug):
        root.setLevel(logging.WARNING)
        root.addHandler(_mark(logging.NullHandler()))
        root.propagate = False
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("casebook: %(levelname)s %(name)s: %(message)s"))
    root.addHandler(_mark(handler))
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    root.propagate = False


def setup_app(data_dir: str | Path) -> Path | None:
    """A rotating file in the data folder (about 1 MB x 3); None when it cannot be written."""
    root = _root()
    path = log_file(data_dir)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        import logging.handlers  # the app's log file only

        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
    except OSError as exc:
        root.addHandler(_mark(logging.StreamHandler(sys.stderr)))
        log.warning("cannot write the log file %s: %s", path, exc.strerror or exc)
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(_mark(handler))
    root.setLevel(logging.INFO)
    root.propagate = False
    return path


def _mark(handler: logging.Handler) -> logging.Handler:
    handler.casebook = True  # type: ignore[attr-defined]
    return handler
