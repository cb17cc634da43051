"""Contributor tools in the app: new case, tag editing, taxonomy browser (to be built)."""

from __future__ import annotations

from typing import Any


def install(window: Any) -> None:
    """Add contributor menus and panels to the main window."""
