"""GUI fixtures: a real main window on a temporary library, offscreen."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from casebook.library import Library
from tests.helpers import running_window, write_case

# the interface in English whatever the machine's language (Qt reads LANGUAGE first)
os.environ["LANGUAGE"] = "en"


@pytest.fixture(scope="session")
def _interface_in_english(qapp: object, tmp_path_factory: pytest.TempPathFactory) -> None:
    """English with its plural forms (casebook_en.ts, compiled once for the session), as
    the app installs it at start."""
    from casebook.gui import i18n

    i18n.install(i18n.ENGLISH, tmp_path_factory.mktemp("translations"))


@pytest.fixture(autouse=True)
def _qt_application(qapp: object, _interface_in_english: None) -> object:
    """Every GUI test has its QApplication before it makes a widget, whatever runs first,
    and the interface in English."""
    return qapp


@pytest.fixture
def language(tmp_path: Path) -> Iterator[Callable[[str], None]]:
    """Switch the interface to a language within a test (as View > Language does at the
    next start); English again afterwards."""
    from casebook.gui import i18n

    def use(code: str) -> None:
        assert i18n.install(code, tmp_path / "translations") == code

    yield use
    i18n.install(i18n.ENGLISH, tmp_path / "translations")


@pytest.fixture
def small_library(tmp_path: Path) -> Path:
    folder = tmp_path / "cases"
    write_case(folder, "porto-alegre-pb", title="Participatory budgeting in Porto Alegre",
               country="Brazil", level="municipal", year=1989,
               challenges="low-civic-engagement", strategies="participatory-budgeting",
               outcomes="civic-engagement", body="Residents vote on budget assemblies.")
    write_case(folder, "paris-pb", title="Paris participatory budget", country="France",
               level="municipal", year=2014, challenges="low-civic-engagement",
               strategies="participatory-budgeting", outcomes="civic-engagement",
               body="Parisians propose and vote on projects.")
    write_case(folder, "estonia-x-road", title="Estonia X-Road", country="Estonia",
               level="national", year=2001, challenges="legacy-systems",
               strategies="interoperability", outcomes="improved-service-delivery",
               body="Data exchange between registries.")
    return folder


@pytest.fixture
def window(qtbot, small_library: Path, tmp_path: Path) -> Iterator[object]:

    data = tmp_path / "data"
    lib = Library(data, [str(small_library)])
    lib.sync()
    with running_window(qtbot, lib) as win:
        yield win


@pytest.fixture
def shown(qtbot, window):
    """The window on screen and active, for tests that click and type."""
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    return window
