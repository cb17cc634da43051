"""Small dialogs and popups: settings, keyboard shortcuts, query syntax, about."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
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
from casebook.library import Library

SYNTAX = """<h3>Search syntax</h3>
<table cellpadding="3">
<tr><td><code>budget assemblies</code></td>
<td>both words (stems match: budgets, budgeting)</td></tr>
<tr><td><code>"digital identity"</code></td><td>the exact phrase</td></tr>
<tr><td><code>procurement OR tendering</code></td><td>either word</td></tr>
<tr><td><code>open NOT data</code></td><td>leave out a word</td></tr>
<tr><td><code>country:brazil</code></td><td>a field: title, summary, body, country, place,
region, level, sectors, challenges, strategies, outcomes</td></tr>
<tr><td><code>challenges:corruption-risk</code></td><td>a tag, by id or label</td></tr>
<tr><td><code>partici*</code></td><td>words starting with…</td></tr>
<tr><td><code>particpation~</code></td><td>close spellings</td></tr>
</table>
<p>Filters in the sidebar combine with the query: OR within one facet, AND across facets.</p>"""

SHORTCUTS = (
    ("Ctrl+L or Ctrl+K", "Go to the search field"),
    ("Enter", "Search now / open the selected case"),
    ("Down", "From the search field into the results"),
    ("Alt+Left / Alt+Right", "Back / Forward"),
    ("Ctrl+F", "Find in the case"),
    ("Ctrl+= / Ctrl+- / Ctrl+0", "Zoom the case text in, out, back to normal"),
    ("Ctrl/Shift+click", "Select several cases in the results"),
    ("Ctrl+Shift+C", "Copy a citation of the case in the style used last (the arrow beside "
                     "Copy citation offers APA, Chicago, BibTeX and RIS)"),
    ("Ctrl+,", "Case folders and settings"),
)
SHORTCUTS_LAST = ("F1", "This list")
EXACT = Qt.MatchFlag.MatchExactly


def _tr(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


def show_syntax(parent: QWidget) -> None:
    QMessageBox.information(parent, _tr("Search syntax"), _tr(SYNTAX))


def show_shortcuts(parent: QWidget, rows: list[tuple[str, str]]) -> None:
    table = "".join(f"<tr><td><b>{_tr(k)}</b></td><td>{_tr(v)}</td></tr>" for k, v in rows)
    QMessageBox.information(parent, _tr("Keyboard shortcuts"),
                            f"<table cellpadding='3'>{table}</table>")


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, _tr("About Casebook"),
                      f"<h3>Casebook {__version__}</h3><p>"
                      + _tr("An offline library of public-sector innovation case studies: "
                            "search, filter, read and build course packs.")
                      + "</p><p>"
                      + _tr("Works without a network. Cases are Markdown files you can edit.")
                      + "</p>")


def settings_dialog(parent: QWidget, lib: Library) -> list[str] | None:
    """Edit the case folders; returns the new list, or None when cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(_tr("Case folders and settings"))
    folders = QListWidget(dialog)
    folders.setAccessibleName(_tr("Case folders"))
    folders.addItems(lib.folders)
    add = QPushButton(_tr("Add folder…"), dialog)
    remove = QPushButton(_tr("Remove"), dialog)
    bundled = QPushButton(_tr("Add bundled cases"), dialog)

    def add_folder() -> None:
        folder = QFileDialog.getExistingDirectory(dialog, _tr("Choose a case folder"))
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
    data = QLabel(_tr("Data folder (index, collections, notes): {0}").format(
        f"<b>{lib.data_dir}</b>"), dialog)
    data.setWordWrap(True)
    open_data = QPushButton(_tr("Open data folder"), dialog)
    open_data.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(
        str(lib.data_dir))))
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                           QDialogButtonBox.StandardButton.Cancel, dialog)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel(_tr("Case folders (several libraries can be open at once):"), dialog))
    layout.addWidget(folders)
    layout.addLayout(buttons_row)
    layout.addWidget(data)
    layout.addWidget(open_data)
    layout.addWidget(box)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return [folders.item(i).text() for i in range(folders.count())]

