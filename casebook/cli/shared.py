"""What every command group shares: opening the library, JSON and path output, progress."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from typing import Any

from casebook.errors import StorageError, UsageError
from casebook.library import Library

Handler = Callable[[argparse.Namespace], int]
Command = Callable[[str, Handler, str], argparse.ArgumentParser]


class Parser(argparse.ArgumentParser):
    """A usage mistake is a UsageError, reported in one line like any other error."""

    def error(self, message: str) -> Any:
        raise UsageError(message)


def out(data: Any) -> None:
    """Print JSON as every `--json` option does."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def shown_path(path: str) -> str:
    """A path relative to the current folder when inside it, else absolute."""
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return path
    return path if rel.startswith("..") else rel


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def progress(label: str) -> Any:
    if not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    bar: dict[str, Any] = {}

    def update(done: int, total: int) -> None:
        if "bar" not in bar:
            bar["bar"] = tqdm(total=total, desc=label, unit="file", file=sys.stderr,
                              leave=False)
        bar["bar"].n = done
        bar["bar"].refresh()
        if done >= total:
            bar["bar"].close()

    return update


def open_library(args: argparse.Namespace, sync: bool = True) -> Library:
    folders = args.cases or None
    if folders:
        missing = [f for f in folders if not os.path.isdir(f)]
        if missing:
            raise UsageError(f"case folder not found: {missing[0]}")
    lib = Library(args.data_dir, folders)
    if lib.taxonomy_error:
        print(f"casebook: warning: {lib.taxonomy_error}", file=sys.stderr)
    for folder in lib.missing_folders():
        print(f"casebook: warning: case folder not found: {folder} (its cases stay listed "
              "until it is back)", file=sys.stderr)
    if sync:
        try:
            lib.sync(progress=progress("Indexing"))
        except StorageError as exc:  # read-only or full: answer from the index as it is
            print(f"casebook: warning: {exc}", file=sys.stderr)
    return lib
