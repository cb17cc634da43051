"""A website's content folder added to the case folders, offscreen: the app says once that
it looks like a website's content, and reads it as a reference folder or maps its fields;
the problems view shows the kinds of problem, not a row per problem."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QListWidget

from bench.site_corpus import write_site
from casebook.gui import dialogs

PHRASE = ("This folder looks like a website's content, not case files: read it as a "
          "reference folder, or map its fields…")


class Opened(QObject):
    """Takes the files the app asks the desktop to open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def _add_site(qtbot, window, site: Path) -> None:  # type: ignore[no-untyped-def]
    window.use_folders([*window.lib.folders, str(site)])
    window.sync.start(False)
    qtbot.waitUntil(lambda: not window.sync.running, timeout=20_000)


def test_a_website_folder_is_told_once_and_read_as_reference(qtbot, window,
                                                            tmp_path: Path) -> None:
    site = tmp_path / "site"
    write_site(site, 150, seed=11)
    _add_site(qtbot, window, site)
    feature = window.foreign
    qtbot.waitUntil(lambda: feature.notice is not None, timeout=10_000)
    box = feature.notice
    assert box.text() == PHRASE
    assert box.informativeText().startswith(f"Most of the 150 files in {site} have no "
                                            "challenges, country, level, outcomes, sources, "
                                            "strategies, summary, year_start.")
    assert {b.text() for b in box.buttons()} == {
        "Read as a reference folder", "Map its fields…", "Keep as case files"}
    assert box.defaultButton() is feature.buttons["reference"]
    # the problems view: a row per kind, closed, each with its count and first files
    window.browser.show_problems()
    model = window.problems.model()
    assert model.rowCount() == 19
    first = model.index(0, 0)
    assert model.data(first).startswith("missing required field 'challenges' (at least one "
                                        "value)\nerror in 150 files: ")
    assert model.rowCount(first) == 150 and not window.problems.isExpanded(first)
    assert window.problems.button.text() == "150 files with problems ▸"

    feature.buttons["reference"].click()
    qtbot.waitUntil(lambda: feature.notice is None, timeout=5000)
    assert window.lib.reference_folders() == [str(site)]
    qtbot.waitUntil(lambda: not window.sync.running and window.lib.problems() == [],
                    timeout=20_000)
    qtbot.waitUntil(lambda: window.problems.button.text() == "No problems", timeout=5000)
    assert window.lib.search("").total == 153  # the three cases and the pages
    qtbot.waitUntil(lambda: window.status.currentMessage() == f"{site} is read as a reference "
                    "folder (File > Case folders changes it)", timeout=5000)

    # said once: the folder taken out, then added again, is not a surprise any more
    window.lib.set_reference(str(site), False)
    window.use_folders([f for f in window.lib.folders if f != str(site)])
    window.sync.start(False)
    qtbot.waitUntil(lambda: not window.sync.running, timeout=20_000)
    _add_site(qtbot, window, site)
    qtbot.wait(200)
    assert feature.notice is None


def test_map_its_fields_writes_a_starting_casebook_toml(qtbot, window, tmp_path: Path) -> None:
    site = tmp_path / "site"
    write_site(site, 60, seed=12)
    pages = {p: p.read_bytes() for p in site.rglob("*.md")}
    opened = Opened()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        _add_site(qtbot, window, site)
        feature = window.foreign
        qtbot.waitUntil(lambda: feature.notice is not None, timeout=10_000)
        feature.buttons["map"].click()
        settings = site / "casebook.toml"
        assert opened.urls == [QUrl.fromLocalFile(str(settings))]
    finally:
        QDesktopServices.unsetUrlHandler("file")
    data = tomllib.loads(settings.read_text(encoding="utf-8"))
    assert data["fields"] == {"summary": "{description}", "year_start": "{date}"}
    assert data["tags"] == {"sectors": {"columns": ["topics"]}}
    assert "#   categories" in settings.read_text(encoding="utf-8")
    qtbot.waitUntil(lambda: not window.sync.running, timeout=20_000)
    window.sync.start(False)  # the watcher's sync, when the test is quicker than it
    qtbot.waitUntil(lambda: not window.sync.running, timeout=20_000)
    problems = [p.message for p in window.lib.problems()]
    assert "missing required field 'summary'" not in problems
    assert problems.count("missing required field 'level'") == 60
    assert {p: p.read_bytes() for p in site.rglob("*.md")} == pages  # nothing rewritten


def modal(problems: list[BaseException]) -> QDialog:
    """The dialog waiting in exec() (not some other test's window left visible)."""
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QDialog), dialog
    return dialog


def guarded(step: Callable[[], None], problems: list[BaseException]) -> Callable[[], None]:
    """A step run inside a modal dialog's exec(): a failure closes the dialog and is kept
    for the test to report, instead of leaving the dialog waiting for ever."""
    def run() -> None:
        try:
            step()
        except BaseException as exc:
            problems.append(exc)
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, QDialog):
                dialog.reject()
    return run


def test_the_case_folders_dialog_chooses_a_reference_folder(qtbot, window,
                                                           tmp_path: Path) -> None:
    site = tmp_path / "site"
    write_site(site, 20, seed=13)
    window.lib.user.set_setting("folder_notices", [str(site)])  # no notice in this test
    _add_site(qtbot, window, site)
    assert len(window.lib.problems()) > 100

    def choose() -> None:
        dialog = modal(problems)
        listing = dialog.findChild(QListWidget)
        kind = dialog.findChild(QCheckBox)
        listing.setCurrentRow(0)
        assert not kind.isChecked()
        listing.setCurrentRow(listing.count() - 1)
        kind.setChecked(True)
        dialog.accept()

    problems: list[BaseException] = []
    QTimer.singleShot(0, guarded(choose, problems))
    window.open_settings()
    assert problems == []
    assert window.lib.reference_folders() == [str(site)]
    qtbot.waitUntil(lambda: not window.sync.running and window.lib.problems() == [],
                    timeout=20_000)
    (site / "casebook.toml").write_text('kind = "reference"\n', encoding="utf-8")
    window.lib.set_reference(str(site), False)

    def look() -> None:
        dialog = modal(problems)
        listing = dialog.findChild(QListWidget)
        kind = dialog.findChild(QCheckBox)
        listing.setCurrentRow(listing.count() - 1)
        seen.append((kind.isChecked(), kind.isEnabled()))
        dialog.reject()

    seen: list[tuple[bool, bool]] = []
    QTimer.singleShot(0, guarded(look, problems))
    assert dialogs.settings_dialog(window, window.lib) is None
    assert problems == []
    assert seen == [(True, False)]  # its casebook.toml says so; the app cannot undo it


def test_saving_casebook_toml_reads_the_folder_again(qtbot, window, tmp_path: Path) -> None:
    site = tmp_path / "site"
    write_site(site, 10, seed=15)
    settings = site / "casebook.toml"
    settings.write_text('[fields]\nsummary = "{description}"\n', encoding="utf-8")
    window.lib.user.set_setting("folder_notices", [str(site)])
    _add_site(qtbot, window, site)
    qtbot.waitUntil(lambda: str(settings) in window.watcher.files(), timeout=5000)
    assert "missing required field 'summary'" not in {p.message for p in window.lib.problems()}
    with open(settings, "a", encoding="utf-8") as handle:  # saved in place, as editors do
        handle.write('level = "national"\n')
    qtbot.waitUntil(lambda: "missing required field 'level'" not in {
        p.message for p in window.lib.problems()} and not window.sync.running,
        timeout=20_000)
    settings.write_text("kind = 'reference'\n", encoding="utf-8")
    qtbot.waitUntil(lambda: window.lib.problems() == [] and not window.sync.running,
                    timeout=20_000)
