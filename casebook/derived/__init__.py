"""What can be rebuilt from the case files: SQLite store, Whoosh engine, search, facet cache."""

from __future__ import annotations

import functools
import sys
import types
from typing import Any


def _light_whoosh_imports() -> None:
    """Whoosh imports two things it never uses here at import time: urllib.request (for
    `urlretrieve`, which only a word-list downloader calls) and the `cached_property`
    package (which loads asyncio). Together they are about half of the import time of a
    command such as `casebook search`. The first is bound to a function that imports it
    when called; the second is the standard library's own cached_property."""
    if "whoosh.compat" in sys.modules:
        return
    if "cached_property" not in sys.modules:
        shim = types.ModuleType("cached_property")
        shim.cached_property = functools.cached_property  # type: ignore[attr-defined]
        sys.modules["cached_property"] = shim
    if "urllib.request" in sys.modules:
        return

    def urlretrieve(*args: Any, **kwargs: Any) -> Any:
        from urllib.request import urlretrieve as real

        return real(*args, **kwargs)

    stand_in = types.ModuleType("urllib.request")
    stand_in.urlretrieve = urlretrieve  # type: ignore[attr-defined]
    sys.modules["urllib.request"] = stand_in
    try:
        import whoosh.compat  # noqa: F401
    finally:  # a later `import urllib.request` gets the real module
        if sys.modules.get("urllib.request") is stand_in:
            del sys.modules["urllib.request"]


_light_whoosh_imports()
