"""Collections and saved searches in the app (to be built)."""

from __future__ import annotations

from typing import Any


def install(window: Any) -> None:
    """Add collection menus, sidebar entries and views to the main window."""
