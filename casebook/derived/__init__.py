"""What can be rebuilt from the case files: SQLite store, Whoosh engine, search, facet cache."""

from __future__ import annotations

import functools
import importlib.abc
import importlib.machinery
import importlib.util
import sys
import types
from typing import Any


class _LightWhooshCompat(importlib.abc.MetaPathFinder):
    """whoosh.compat imports urllib.request (with http.client and email) for `urlretrieve`,
    which only a word-list downloader ever calls; Whoosh's reader imports the
    `cached_property` package, which loads asyncio. Together they are about half of the
    import time of `casebook search`. While whoosh.compat runs, urllib.request is a stand-in
    whose urlretrieve imports the real one when called; `cached_property` is the standard
    library's. Nothing is imported before Whoosh itself is."""

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> Any:
        if name != "whoosh.compat":
            return None
        sys.meta_path.remove(self)  # one use: the real spec, found the usual way
        if "whoosh.lang.morph_en" not in sys.modules:  # Whoosh is loading: before its query
            _lazy_morph_en()
        spec = importlib.util.find_spec(name)
        if spec is not None and isinstance(spec.loader, importlib.machinery.SourceFileLoader):
            spec.loader = _Loader(spec.loader.name, spec.loader.path)
        return spec


class _Loader(importlib.machinery.SourceFileLoader):
    def exec_module(self, module: types.ModuleType) -> None:
        if "cached_property" not in sys.modules:
            shim = types.ModuleType("cached_property")
            shim.cached_property = functools.cached_property  # type: ignore[attr-defined]
            sys.modules["cached_property"] = shim
        if "urllib.request" in sys.modules:
            super().exec_module(module)
            return

        def urlretrieve(*args: Any, **kwargs: Any) -> Any:
            from urllib.request import urlretrieve as real

            return real(*args, **kwargs)

        stand_in = types.ModuleType("urllib.request")
        stand_in.urlretrieve = urlretrieve  # type: ignore[attr-defined]
        sys.modules["urllib.request"] = stand_in
        try:
            super().exec_module(module)
        finally:  # a later `import urllib.request` gets the real module
            if sys.modules.get("urllib.request") is stand_in:
                del sys.modules["urllib.request"]


def _lazy_morph_en() -> None:
    """whoosh.query imports the English word-variation tables (5 ms) for its Variations
    query, which Casebook never builds: a stand-in whose `variations` loads them when
    first called."""
    stand_in = types.ModuleType("whoosh.lang.morph_en")
    real: list[Any] = []

    def variations(word: str) -> Any:
        if not real:
            if sys.modules.get("whoosh.lang.morph_en") is stand_in:
                del sys.modules["whoosh.lang.morph_en"]
            real.append(importlib.import_module("whoosh.lang.morph_en").variations)
        return real[0](word)

    stand_in.variations = variations  # type: ignore[attr-defined]
    sys.modules["whoosh.lang.morph_en"] = stand_in


if "whoosh.compat" not in sys.modules:
    sys.meta_path.insert(0, _LightWhooshCompat())
