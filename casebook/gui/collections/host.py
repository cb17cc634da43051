"""The collections feature as its parts see it: the sidebar entries and the case actions
call back through this protocol, never through the window."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtWidgets import QDialog, QWidget

from casebook.gui.collections.page import CollectionPage
from casebook.gui.exchange.host import Host


class Collections(Host, Protocol):
    page: CollectionPage

    def write(self, change: Callable[[], object], select: str | None = None,
              reload: bool = True) -> bool: ...

    def remember(self, name: str) -> None:
        """The collection used last (Ctrl+D adds there)."""

    def default_collection(self) -> str | None: ...

    def collections(self) -> list[tuple[str, int]]:
        """(name, number of cases) of every collection."""

    def add_cases(self, ids: list[str], name: str, position: int | None = None) -> None: ...

    def new_in(self, parent: QDialog, created: Callable[[str], None]) -> None:
        """New collection… inside another dialog; `created` gets its name."""

    def create(self, open_it: bool = False, then: Callable[[str], None] | None = None,
               parent: QWidget | None = None) -> None: ...

    def rename(self, name: str) -> None: ...

    def describe(self, name: str) -> None: ...

    def duplicate(self, name: str) -> None: ...

    def delete(self, name: str) -> None: ...

    def export(self, name: str) -> None: ...

    def import_pack(self) -> None: ...
