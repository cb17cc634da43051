"""Small dialogs and popups: settings, keyboard shortcuts, query syntax, about."""

from __future__ import annotations

import html
import os
import re

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebook import __version__, paths
from casebook.gui.i18n import QT_TRANSLATE_NOOP, translate
from casebook.library import Library

SYNTAX = (  # an example query (left as it is) and what it finds
    ("budget assemblies",
     QT_TRANSLATE_NOOP("Syntax", "both words (stems match: budgets, budgeting)")),
    ('"digital identity"', QT_TRANSLATE_NOOP("Syntax", "the exact phrase")),
    ("procurement OR tendering", QT_TRANSLATE_NOOP("Syntax", "either word")),
    ("open NOT data", QT_TRANSLATE_NOOP("Syntax", "leave out a word")),
    ("country:brazil", QT_TRANSLATE_NOOP("Syntax", "a field: title, summary, body, country, "
                                                   "place, region, level, sectors, challenges, "
                                                   "strategies, outcomes")),
    ("challenges:corruption-risk", QT_TRANSLATE_NOOP("Syntax", "a tag, by id or label")),
    ("partici*", QT_TRANSLATE_NOOP("Syntax", "words starting with…")),
    ("particpation~", QT_TRANSLATE_NOOP("Syntax", "close spellings")),
)

SHORTCUTS = (  # keys as QKeySequence writes them, shown in the system's words
    ("Ctrl+L / Ctrl+K", QT_TRANSLATE_NOOP("Shortcuts", "Go to the search field")),
    ("Enter", QT_TRANSLATE_NOOP("Shortcuts", "Search now / open the selected case")),
    ("Down", QT_TRANSLATE_NOOP("Shortcuts", "From the search field into the results")),
    ("Alt+Left / Alt+Right", QT_TRANSLATE_NOOP("Shortcuts", "Back / Forward")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("Shortcuts", "Find in the case")),
    ("Ctrl+= / Ctrl+- / Ctrl+0",
     QT_TRANSLATE_NOOP("Shortcuts", "Zoom the case text in, out, back to normal")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Ctrl/Shift+click"),
     QT_TRANSLATE_NOOP("Shortcuts", "Select several cases in the results")),
    ("Ctrl+Shift+C", QT_TRANSLATE_NOOP("Shortcuts", "Copy a citation of the case in the style "
                                                    "used last (the arrow beside Copy citation "
                                                    "offers APA, Chicago, BibTeX and RIS)")),
    ("Ctrl+,", QT_TRANSLATE_NOOP("Shortcuts", "Case folders and settings")),
)
SHORTCUTS_LAST = ("F1", QT_TRANSLATE_NOOP("Shortcuts", "This list"))
EXACT = Qt.MatchFlag.MatchExactly
_KEY_SEPARATORS = re.compile(r"( / |, )")


def native_keys(keys: str) -> str:
    """Keys written as QKeySequence reads them ("Ctrl+Shift+T / Del"), in the words of the
    system and the interface language ("Ctrl+Maj+T / Suppr"); a part that is no key
    sequence (a click) is a marked text of the "Shortcuts" context."""
    parts = []
    for part in _KEY_SEPARATORS.split(keys):
        portable = QKeySequence.SequenceFormat.PortableText
        seq = QKeySequence.fromString(part, portable)
        if _KEY_SEPARATORS.fullmatch(part):
            parts.append(part)
        elif seq.count() == 1 and seq.toString(portable) in (part, part.replace("Delete",
                                                                                  "Del")):
            parts.append(seq.toString(QKeySequence.SequenceFormat.NativeText))
        else:
            parts.append(translate("Shortcuts", part))
    return "".join(parts)


def show_syntax(parent: QWidget) -> None:
    rows = "".join(f"<tr><td><code>{html.escape(example)}</code></td>"
                   f"<td>{html.escape(translate('Syntax', meaning))}</td></tr>"
                   for example, meaning in SYNTAX)
    QMessageBox.information(
        parent, translate("dialogs", "Search syntax"),
        "<h3>" + html.escape(translate("dialogs", "Search syntax")) + "</h3>"
        f'<table cellpadding="3">{rows}</table><p>'
        + html.escape(translate("dialogs", "Filters in the sidebar combine with the query: OR "
                                           "within one facet, AND across facets."))
        + "</p>")


def show_shortcuts(parent: QWidget, rows: list[tuple[str, str]]) -> None:
    table = "".join(f"<tr><td><b>{html.escape(native_keys(k))}</b></td>"
                    f"<td>{html.escape(translate('Shortcuts', v))}</td></tr>" for k, v in rows)
    QMessageBox.information(parent, translate("dialogs", "Keyboard shortcuts"),
                            f"<table cellpadding='3'>{table}</table>")


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, translate("dialogs", "About Casebook"),
                      f"<h3>Casebook {__version__}</h3><p>"
                      + translate("dialogs", "An offline library of public-sector innovation "
                                             "case studies: search, filter, read and build "
                                             "course packs.")
                      + "</p><p>"
                      + translate("dialogs", "Works without a network. Cases are Markdown "
                                             "files you can edit.")
                      + "</p>")


def settings_dialog(parent: QWidget, lib: Library) -> list[str] | None:
    """Edit the case folders, and which of them are read as reference folders; returns the
    new list of folders, or None when cancelled (nothing is changed then)."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(translate("dialogs", "Case folders and settings"))
    folders = QListWidget(dialog)
    folders.setAccessibleName(translate("dialogs", "Case folders"))
    folders.addItems(lib.folders)
    reference = set(lib.reference_folders())
    by_file = {c.folder for c in lib.folder_configs() if c.present and c.reference}
    kind = QCheckBox(translate("dialogs", "Read as a &reference folder: its pages can be "
                                          "searched, and missing case fields are no problem"),
                     dialog)

    def show_kind() -> None:
        item = folders.currentItem()
        folder = os.path.abspath(item.text()) if item is not None else ""
        kind.setEnabled(bool(folder) and folder not in by_file)
        kind.setChecked(folder in reference or folder in by_file)
        kind.setToolTip(translate("dialogs", "Its casebook.toml says kind = \"reference\"")
                        if folder in by_file else "")

    def set_kind(checked: bool) -> None:
        item = folders.currentItem()
        if item is not None and kind.isEnabled():
            folder = os.path.abspath(item.text())
            if checked:
                reference.add(folder)
            else:
                reference.discard(folder)

    folders.currentItemChanged.connect(show_kind)
    kind.toggled.connect(set_kind)
    show_kind()
    add = QPushButton(translate("dialogs", "Add folder…"), dialog)
    remove = QPushButton(translate("dialogs", "Remove"), dialog)
    bundled = QPushButton(translate("dialogs", "Add bundled cases"), dialog)

    def add_folder() -> None:
        folder = QFileDialog.getExistingDirectory(
            dialog, translate("dialogs", "Choose a case folder"))
        if folder and not folders.findItems(folder, EXACT):
            folders.addItem(folder)

    add.clicked.connect(add_folder)
    remove.clicked.connect(lambda: [folders.takeItem(folders.row(i))
                                    for i in folders.selectedItems()])
    bundled.clicked.connect(lambda: folders.addItem(str(paths.bundled_cases()))
                            if not folders.findItems(str(paths.bundled_cases()), EXACT)
                            else None)
    buttons_row = QHBoxLayout()
    for b in (add, remove, bundled):
        buttons_row.addWidget(b)
    buttons_row.addStretch(1)
    data = QLabel(translate("dialogs", "Data folder (index, collections, notes): {0}").format(
        f"<b>{html.escape(str(lib.data_dir))}</b>"), dialog)
    data.setWordWrap(True)
    open_data = QPushButton(translate("dialogs", "Open data folder"), dialog)
    open_data.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(
        str(lib.data_dir))))
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                           QDialogButtonBox.StandardButton.Cancel, dialog)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel(translate("dialogs", "Case folders (several libraries can be open "
                                                 "at once):"), dialog))
    layout.addWidget(folders)
    layout.addWidget(kind)
    layout.addLayout(buttons_row)
    layout.addWidget(data)
    layout.addWidget(open_data)
    layout.addWidget(box)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    chosen = [folders.item(i).text() for i in range(folders.count())]
    before = set(lib.reference_folders())
    for folder in map(os.path.abspath, chosen):
        if (folder in reference) != (folder in before):
            lib.set_reference(folder, folder in reference)
    return chosen

