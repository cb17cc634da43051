"""File > Import dataset…: a file, an importer or a mapping, a target folder, and a preview of
the first records as they will be written."""

from __future__ import annotations

import html
import os
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casebook.cases.taxonomy import Taxonomy
from casebook.errors import CasebookError
from casebook.exchange.builtin import BUILTINS
from casebook.exchange.dataset_import import (
    KEPT,
    NEW,
    OVERWRITTEN,
    UNCHANGED,
    UPDATED,
    ImportReport,
    preview,
)
from casebook.gui.exchange.pack_import import default_new_folder

PREVIEW_RECORDS = 20
TABLE = "table"


class DatasetDialog(QDialog):
    """Chooses what to import and where, and shows the first records as they will be
    written; Import is enabled once the preview has been read without an error."""

    def __init__(self, parent: QWidget, taxonomy: Taxonomy, folders: list[str],
                 start_dir: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a dataset"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.taxonomy = taxonomy
        self.start_dir = start_dir
        self.report: ImportReport | None = None
        self.file = QLineEdit(self)
        self.file.setAccessibleName(self.tr("Dataset file"))
        self.file.setPlaceholderText(self.tr("A CSV, JSON or YAML file of cases"))
        self.file_button = QPushButton(self.tr("&Browse…"), self)
        self.file_button.clicked.connect(self._choose_file)
        self.importer = QComboBox(self)
        self.importer.setAccessibleName(self.tr("Importer"))
        labels = {"govlab-odi": self.tr("The GovLab's Open Data's Impact case studies "
                                        "(YAML, CC BY-SA 4.0)"),
                  "participedia": self.tr("Participedia's CSV export of cases "
                                          "(CC BY-SA 4.0)")}
        for name, builtin in BUILTINS.items():
            self.importer.addItem(labels.get(name, builtin.label), name)
        self.importer.addItem(self.tr("Any table, with a mapping file"), TABLE)
        self.mapping = QLineEdit(self)
        self.mapping.setAccessibleName(self.tr("Mapping file"))
        self.mapping.setPlaceholderText(self.tr("A .toml file; optional for a built-in "
                                                "importer"))
        self.mapping_button = QPushButton(self.tr("Br&owse…"), self)
        self.mapping_button.clicked.connect(self._choose_mapping)
        self.template_button = QPushButton(self.tr("&Start a mapping…"), self)
        self.template_button.setToolTip(self.tr("Save a mapping file guessed from the "
                                                "dataset's columns, to edit and choose"))
        self.template_button.clicked.connect(self._save_template)
        self.folder = QComboBox(self)
        self.folder.setEditable(True)
        self.folder.setAccessibleName(self.tr("Target folder"))
        for f in folders:
            self.folder.addItem(f)
        if not folders:
            self.folder.addItem(str(Path(default_new_folder()).parent / "Imported cases"))
        self.folder_button = QPushButton(self.tr("Choose &folder…"), self)
        self.folder_button.clicked.connect(self._choose_folder)
        self.summary = QLabel("", self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 5, self)
        self.table.setAccessibleName(self.tr("Preview of the first records"))
        self.table.setHorizontalHeaderLabels([self.tr("Case id"), self.tr("Title"),
                                              self.tr("Tags mapped"), self.tr("Free tags"),
                                              self.tr("What happens")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()  # wide enough for each heading before a record
        self.table.verticalHeader().hide()
        self.table.currentCellChanged.connect(lambda row, *_: self._show_text(row))
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("The selected record as it will be written"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                        QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self.timer = QTimer(self, singleShot=True, interval=400)
        self.timer.timeout.connect(self.refresh)
        for edit in (self.file, self.mapping):
            edit.textChanged.connect(lambda _t: self.timer.start())
        self.folder.currentTextChanged.connect(lambda _t: self.timer.start())
        self.importer.currentIndexChanged.connect(lambda _i: self._importer_changed())
        self._importer_changed()
        self.resize(max(900, self.sizeHint().width()), 640)

    def _layout(self) -> None:
        form = QFormLayout()
        for label, edit, *buttons in (
                (self.tr("&Dataset file:"), self.file, self.file_button),
                (self.tr("I&mporter:"), self.importer),
                (self.tr("Ma&pping file:"), self.mapping, self.mapping_button,
                 self.template_button),
                (self.tr("&Target folder:"), self.folder, self.folder_button)):
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            for button in buttons:
                row.addWidget(button)
            caption = QLabel(label, self)
            caption.setBuddy(edit)
            form.addRow(caption, row)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.text)
        split.setSizes([260, 200])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)

    # choices ---------------------------------------------------------------------------
    def choice(self) -> tuple[str, str, str | None, str]:
        """(importer, file, mapping or None, target folder)."""
        mapping = self.mapping.text().strip() or None
        return (str(self.importer.currentData()), self.file.text().strip(), mapping,
                self.folder.currentText().strip())

    def _importer_changed(self) -> None:
        table = self.importer.currentData() == TABLE
        self.template_button.setEnabled(table)
        self.timer.start()

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a dataset"), self.start_dir,
            self.tr("Datasets (*.csv *.tsv *.txt *.json *.yaml *.yml);;All files (*)"))
        if path:
            self.file.setText(path)
            if path.lower().endswith((".yaml", ".yml")) and "govlab" in path.lower():
                self.importer.setCurrentIndex(self.importer.findData("govlab-odi"))

    def _choose_mapping(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a mapping file"),
                                              self._near_file(),
                                              self.tr("Mapping files (*.toml);;All files (*)"))
        if path:
            self.mapping.setText(path)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the imported "
                                                                "cases"), self._near_file())
        if folder:
            self.folder.setCurrentText(folder)

    def _near_file(self) -> str:
        name = self.file.text().strip()
        return str(Path(name).parent) if name else self.start_dir

    def _save_template(self) -> None:
        from casebook.exchange.mapping_template import guess_mapping

        data = self.file.text().strip()
        if not data:
            self._error(self.tr("Choose the dataset file first."))
            return
        try:
            text = guess_mapping(data)
        except CasebookError as exc:
            self._error(str(exc))
            return
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the starting mapping"),
            str(Path(data).with_suffix(".toml")), self.tr("Mapping files (*.toml)"))
        if not target:
            return
        try:
            Path(target).write_text(text, encoding="utf-8")
        except OSError as exc:
            self._error(str(exc.strerror or exc))
            return
        self.mapping.setText(target)

    # preview ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the first records again as they will be written."""
        self.timer.stop()
        importer, data, mapping, folder = self.choice()
        self.report = None
        self.table.setRowCount(0)
        self.text.clear()
        self.ok.setEnabled(False)
        if not data:
            self.summary.setText(self.tr("Choose a dataset file."))
            return
        if importer == TABLE and not mapping:
            self.summary.setText(self.tr("Choose a mapping file, or start one from the "
                                         "dataset's columns."))
            return
        if not folder:
            self.summary.setText(self.tr("Choose the folder the cases go to."))
            return
        try:
            report = preview(importer, data, folder, self.taxonomy, mapping, PREVIEW_RECORDS)
        except CasebookError as exc:
            self._error(str(exc))
            return
        except OSError as exc:
            self._error(str(exc.strerror or exc))
            return
        self.report = report
        self._fill(report)
        self.ok.setEnabled(bool(report.results))

    def _error(self, message: str) -> None:
        self.summary.setText(f"<span style='color:#b00020'>{html.escape(message)}</span>")

    def _fill(self, report: ImportReport) -> None:
        results = report.results
        statuses = {NEW: self.tr("new"), UPDATED: self.tr("updated"),
                    UNCHANGED: self.tr("unchanged"), OVERWRITTEN: self.tr("overwritten")}
        self.table.setRowCount(len(results))
        for row, r in enumerate(results):
            mapped = [t for tags in r.tags.values() for t in tags
                      if not any(f.endswith(":" + t) for f in r.free)]
            what = (self.tr("kept: edited here") if r.status == KEPT else
                    self.tr("needs review: {0}").format("; ".join(r.review)) if r.review
                    else statuses.get(r.status, r.status))
            for col, value in enumerate((r.id, r.title, ", ".join(mapped),
                                         ", ".join(f.split(":", 1)[1] for f in r.free),
                                         what)):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for col in range(4):  # a long title or tag list is cut, never the heading
            self.table.setColumnWidth(col, min(self.table.columnWidth(col),
                                               max(220, header.sectionSizeHint(col))))
        review = sum(1 for r in results if r.review and r.status != KEPT)
        n_mapped = sum(r.mapped for r in results)
        n_free = sum(len(r.free) for r in results)
        shown = (self.tr("The first record:") if len(results) == 1 else
                 self.tr("The first {0} records:").format(len(results)))
        parts = [shown, self.tr("{0} need review,").format(review) if review != 1
                 else self.tr("1 needs review,"),
                 self.tr("tags: {0} mapped to the taxonomy, {1} free.").format(n_mapped,
                                                                                n_free)]
        if report.note:
            parts.append(report.note + ".")
        if not results:
            parts = [self.tr("The dataset holds no records.")]
        elif not os.path.isdir(report.folder):
            parts.append(self.tr("The folder will be made."))
        self.summary.setText(html.escape(" ".join(parts)))
        if results:
            self.table.setCurrentCell(0, 0)

    def _show_text(self, row: int) -> None:
        if self.report is not None and 0 <= row < len(self.report.results):
            self.text.setPlainText(self.report.results[row].text)
