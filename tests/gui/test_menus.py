"""The menus in every interface language, each opened offscreen: within
one menu no two entries share an Alt letter (the & accelerator), so each letter runs its
entry instead of only moving between the entries that share it."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu

from casebook.gui import i18n
from casebook.library import Library
from tests.helpers import running_window

ACCELERATOR = re.compile(r"&([^&\s])")


def letter(text: str) -> str | None:
    """The entry's Alt letter, lower case ("Zoom &in" -> "i"); "&&" is a plain "&"."""
    found = ACCELERATOR.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def clashes(menu: QMenu, path: str) -> list[str]:
    """Entries of this menu and of its submenus that share a letter with another entry
    of the same menu; entries hidden for now are counted, since they can show."""
    found, by_letter = [], defaultdict(list)
    for action in menu.actions():
        if action.isSeparator():
            continue
        key = letter(action.text())
        if key:
            by_letter[key].append(action.text())
    for key, texts in sorted(by_letter.items()):
        if len(texts) > 1:
            found.append(f"{path}: {key!r} in {texts}")
    return found


def open_menu(menu: QMenu, path: str) -> list[str]:
    """Open the menu as far as its entries go (a menu may fill itself as it is about to
    show; popping it up offscreen only adds the platform's warnings), note its clashes,
    then open its submenus."""
    menu.aboutToShow.emit()
    found = clashes(menu, path)
    for action in menu.actions():
        if action.menu() is not None:
            found += open_menu(action.menu(), f"{path} > {action.text()}")
    return found


def test_letter_reads_the_accelerator() -> None:
    assert letter("Zoom &in") == "i"
    assert letter("Save && &quit") == "q"
    assert letter("Rock && roll") is None
    assert letter("É&dition") == "d"


@pytest.mark.parametrize("code", i18n.LANGUAGES)
def test_no_two_entries_of_a_menu_share_a_letter(qtbot, small_library: Path, tmp_path: Path,
                                                 code: str, language) -> None:
    language(code)
    lib = Library(tmp_path / "data", [str(small_library)])
    lib.sync()
    with running_window(qtbot, lib) as window:
        bar = window.menus.bar
        found = clashes(bar, "menu bar")
        lib.collections.create("Reading list")
        for named in (False, True):  # Ctrl+D's entry names the collection once there is one
            if named:
                window.collections.remember("Reading list")
                assert "Reading list" in window.collections.collect_action.text()
            for action in bar.actions():
                found += open_menu(action.menu(), action.text())
        assert not found, f"{code}:\n" + "\n".join(found)


def test_a_clash_is_found(qtbot) -> None:
    menu = QMenu()
    qtbot.addWidget(menu)
    for text in ("&Theme", "Ta&xonomy", "&Taxes", "Plain"):
        menu.addAction(text)
    menu.addSeparator()
    assert clashes(menu, "View") == ["View: 't' in ['&Theme', '&Taxes']"]
