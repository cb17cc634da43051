"""File > Import dataset…, driven by the keyboard only: choose, preview, import, cancel."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from casebook.gui.exchange.dataset_dialog import DatasetDialog
from tests.helpers import DATA, result_ids

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def focused() -> Any:
    return QApplication.focusWidget()


def open_dialog(qtbot: Any, win: Any) -> DatasetDialog:
    """File > Import dataset… through the menu bar: Alt+F, then the entry's letter."""
    qtbot.keyClick(win, Qt.Key.Key_F, ALT)
    menu = win.menus.file
    qtbot.waitUntil(menu.isVisible, timeout=5000)
    qtbot.keyClick(menu, Qt.Key.Key_D)
    qtbot.waitUntil(lambda: win.datasets.dialog is not None
                    and win.datasets.dialog.isVisible(), timeout=5000)
    dialog = win.datasets.dialog
    qtbot.waitUntil(lambda: dialog.isActiveWindow(), timeout=5000)
    return dialog


def type_into(qtbot: Any, dialog: DatasetDialog, key: Qt.Key, text: str) -> None:
    """Alt+key to a field by its label, select what it holds, type."""
    qtbot.keyClick(dialog, key, ALT)
    widget = focused()
    assert isinstance(widget, (QLineEdit, QComboBox)), widget
    qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(widget, text)


def test_import_by_keyboard(qtbot: Any, shown: Any, tmp_path: Path) -> None:
    win = shown
    dialog = open_dialog(qtbot, win)
    type_into(qtbot, dialog, Qt.Key.Key_D, str(DATA / "import" / "participedia.csv"))
    qtbot.keyClick(dialog, Qt.Key.Key_M, ALT)
    assert focused() is dialog.importer
    qtbot.keyClick(dialog.importer, Qt.Key.Key_Down)  # govlab-odi, then participedia
    assert dialog.importer.currentData() == "participedia"
    target = tmp_path / "imported"
    type_into(qtbot, dialog, Qt.Key.Key_T, str(target))
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=10_000)
    rows = [[dialog.table.item(r, c).text() for c in range(5)] for r in range(3)]
    assert rows[0][0] == "participedia-17" and rows[0][4] == "new"
    assert "co-creation" in rows[0][2] and "direct-decision-making" in rows[0][3]
    assert rows[2][4].startswith("needs review: missing required field 'year_start'")
    assert "1 needs review" in dialog.summary.text()
    assert dialog.text.toPlainText().startswith("---\ntitle: Participatory Budgeting")
    assert not target.exists()  # a preview writes nothing
    with qtbot.waitSignal(win.datasets.finished, timeout=30_000) as done:
        qtbot.keyClick(dialog, Qt.Key.Key_I, ALT)
    report = done.args[0]
    assert report is not None and len(report.results) == 3
    assert (target / "participedia-17.md").is_file()
    assert (target / "_needs-review" / "participedia-99.md").is_file()
    assert str(target) in win.lib.folders
    bar = win.datasets.bar
    # "2 cases" once the English plural forms are loaded, "2 case(s)" before
    assert bar.isVisible() and re.match(r"Imported participedia\.csv: 2 case(s|\(s\)) written "
                                        r"or updated, 1 record(\(s\))? needs? review",
                                        bar.label.text())
    assert bar.folder_button.isVisible() and bar.problems_button.isVisible()
    qtbot.waitUntil(lambda: not win.sync.running, timeout=20_000)
    win.browser.search_now()
    qtbot.waitUntil(lambda: "participedia-17" in result_ids(win), timeout=20_000)


def test_cancel_by_keyboard(qtbot: Any, shown: Any, tmp_path: Path) -> None:
    from bench.import_bench import MAPPING, write_csv

    data = tmp_path / "many.csv"
    write_csv(data, 1500)
    mapping = tmp_path / "many.toml"
    mapping.write_text(MAPPING, encoding="utf-8")
    win = shown
    dialog = open_dialog(qtbot, win)
    type_into(qtbot, dialog, Qt.Key.Key_D, str(data))
    qtbot.keyClick(dialog, Qt.Key.Key_M, ALT)
    qtbot.keyClick(dialog.importer, Qt.Key.Key_End)  # any table, with a mapping file
    type_into(qtbot, dialog, Qt.Key.Key_P, str(mapping))
    type_into(qtbot, dialog, Qt.Key.Key_T, str(tmp_path / "out"))
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 20, timeout=10_000)
    with qtbot.waitSignal(win.datasets.finished, timeout=60_000) as done:
        qtbot.keyClick(dialog, Qt.Key.Key_I, ALT)
        qtbot.waitUntil(lambda: win.datasets.progress is not None
                        and win.datasets.progress.isVisible(), timeout=20_000)
        qtbot.keyClick(win.datasets.progress, Qt.Key.Key_Escape)
    report = done.args[0]
    assert report.cancelled and 0 < len(report.results) < 1500
    written = list((tmp_path / "out").glob("*.md"))
    assert len(written) == sum(1 for r in report.results if not r.review)
    assert "cancelled" in win.datasets.bar.label.text()


def test_the_headings_show_whole_before_and_after_a_preview(qtbot: Any, window: Any,
                                                            tmp_path: Path, language) -> None:
    language("fr")  # longer words than English
    dialog = DatasetDialog(window, window.lib.taxonomy, [str(tmp_path / "imported")])
    qtbot.addWidget(dialog)
    header = dialog.table.horizontalHeader()
    labels = [dialog.table.horizontalHeaderItem(c).text() for c in range(5)]
    assert labels[:3] == ["Identifiant", "Titre", "Étiquettes rattachées"]

    def cut() -> list[str]:
        return [labels[c] for c in range(4) if header.sectionSize(c) < header.sectionSizeHint(c)]

    assert cut() == []
    assert dialog.width() >= dialog.sizeHint().width()
    dialog.file.setText(str(DATA / "import" / "participedia.csv"))
    dialog.importer.setCurrentIndex(dialog.importer.findData("participedia"))
    dialog.refresh()
    assert dialog.table.rowCount() == 3
    assert cut() == []
