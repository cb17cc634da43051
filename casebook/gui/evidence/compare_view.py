"""The comparison page: 2-5 cases side by side, and the dialog that picks five of more."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from casebook.evidence.compare import MAX_CASES, MIN_CASES, Comparison, Row
from casebook.gui import words
from casebook.gui.evidence.map_view import export_button
from casebook.gui.i18n import QT_TRANSLATE_NOOP, number, translate
from casebook.render.casepage import verdict_text
from casebook.render.markdown import render_case_html

EXPORTS = {"pdf": QT_TRANSLATE_NOOP("Export", "PDF document"),
           "html": QT_TRANSLATE_NOOP("Export", "HTML page"),
           "md": QT_TRANSLATE_NOOP("Export", "Markdown table"),
           "docx": QT_TRANSLATE_NOOP("Export", "Word document"),
           "odt": QT_TRANSLATE_NOOP("Export", "OpenDocument text")}
SHARED = "#fff1b8"  # with the ★ beside it: the mark, not the colour, carries the meaning


class ComparePage(QWidget):
    """`case_requested(id)` from a case's title; `export_requested(suffix)`. A row's ▾/▸
    collapses or opens it; a section's "more" shows the whole section in place."""

    case_requested = Signal(str)
    export_requested = Signal(str)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparison")
        self.comparison: Comparison | None = None
        self.label: Any = None
        self.collapsed: set[str] = set()  # row fields
        self.expanded: set[tuple[str, int]] = set()  # (section row, case column)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.export_button = export_button(self, EXPORTS, self.export_requested)
        self.wide_button = QPushButton(self.tr("Wide view"), self)
        self.wide_button.setCheckable(True)
        self.wide_button.setToolTip(self.tr("Give the comparison the list's room too"))
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setToolTip(self.tr("Back to the evidence map"))
        self.close_button.clicked.connect(self.closed)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Comparison"))
        self.browser.anchorClicked.connect(self._clicked)
        bar = QHBoxLayout()
        bar.addWidget(self.title, 1)
        bar.addWidget(self.wide_button)
        bar.addWidget(self.export_button)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(bar)
        layout.addWidget(self.browser, 1)

    def show_comparison(self, comparison: Comparison, label: Any) -> None:
        self.comparison, self.label = comparison, label
        self.collapsed, self.expanded = set(), set()
        self.title.setText(self.tr("<b>Comparison</b> · %n case(s)", "", len(comparison.cases)))
        self._draw()

    def _draw(self) -> None:
        if self.comparison is None:
            return
        scroll = self.browser.verticalScrollBar().value()
        self.browser.setHtml(comparison_html(self.comparison, self.label, self.collapsed,
                                             self.expanded))
        self.browser.verticalScrollBar().setValue(scroll)

    def toggle_row(self, field: str) -> None:
        self.collapsed ^= {field}
        self._draw()

    def toggle_more(self, field: str, column: int) -> None:
        self.expanded ^= {(field, column)}
        self._draw()

    def _clicked(self, url: QUrl) -> None:
        if url.scheme() != "casebook":
            return
        kind, _, rest = QUrl.fromPercentEncoding(url.path().encode()).partition("/")
        if kind == "case":
            self.case_requested.emit(rest)
        elif kind == "row":
            self.toggle_row(rest)
        elif kind == "more":
            column, _, field = rest.partition("/")
            self.toggle_more(field, int(column))


def comparison_html(c: Comparison, label: Any, collapsed: set[str] | None = None,
                    expanded: set[tuple[str, int]] | None = None) -> str:
    """One column per case; shared tags marked ★ on a tint; a section's opening paragraph
    with "more" (the whole section, in place); collapsed rows show their name only."""
    collapsed, expanded = collapsed or set(), expanded or set()
    head = "".join(f'<th scope="col"><a href="casebook:case/{escape(case["id"])}">'
                   f'{escape(case["title"])}</a></th>' for case in c.cases)
    rows = []
    for row in c.rows:
        shut = row.field in collapsed
        cells = "".join(
            f'<td valign="top">{"" if shut else _cell(row, n, c, label, expanded)}</td>'
            for n in range(len(c.cases)))
        tip = (translate("ComparePage", "Show this row") if shut else
               translate("ComparePage", "Collapse this row"))
        toggle = (f'<a href="casebook:row/{escape(row.field)}" title="'
                  f'{escape(tip)}">'
                  f'{"▸" if shut else "▾"}</a> ')
        rows.append(f'<tr><th scope="row" align="left" valign="top">{toggle}'
                    f"{escape(words.compare_row(row.field, row.label))}</th>{cells}</tr>")
    credits = [f"{escape(case['title'])}: {escape(str(case['attribution']))}"
               + (f" ({escape(str(case['licence']))})" if case.get("licence") else "")
               for case in c.cases if case.get("attribution")]
    label = translate("ComparePage", "Credits:")
    note = (f"<p><b>{escape(label)}</b> " + " · ".join(credits) + "</p>" if credits else "")
    shared = translate("ComparePage", "★ shared by two cases or more")
    return (f"<p>{escape(shared)}</p>"
            '<table border="1" cellspacing="0" cellpadding="5" width="100%">'
            f"<tr><th></th>{head}</tr>{''.join(rows)}</table>{note}")


def _cell(row: Row, n: int, c: Comparison, label: Any, expanded: set[tuple[str, int]]) -> str:
    value = row.values[n]
    if row.field == "outcomes":
        parts = []
        for o in value:
            how = ", ".join(escape(words.value(facet, str(o[key])))
                            for key, facet in (("result", "results"), ("evidence", "evidence"))
                            if o.get(key))
            name = _mark(label("outcomes", o["id"]), o["id"] in row.shared)
            parts.append(name + (f" ({how})" if how else ""))
        return "<br>".join(parts)
    if row.field == "verdict" and isinstance(value, str):
        return escape(verdict_text(value, words.page()))
    if row.field == "level" and isinstance(value, str):
        return escape(words.value("levels", value))
    if row.field == "metrics":
        return "<br>".join(escape(f"{m.get('label', '')}: {_figure(m.get('value', ''))} "
                                  f"{m.get('unit') or ''}".strip()) for m in value)
    if isinstance(value, list):
        return "<br>".join(_mark(label(row.field, v), v in row.shared) for v in value)
    text = "" if value is None else escape(str(value))
    if row.more and row.more[n]:
        link = f'<a href="casebook:more/{n}/{escape(row.field)}">'
        if (row.field, n) in expanded:
            less = translate("ComparePage", "less")
            return render_case_html(row.full[n], "") + f"{link}{escape(less)}</a>"
        more = translate("ComparePage", "more")
        text += f" {link}{escape(more)}</a>"
    return text


def _figure(value: Any) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return number(value)
    return str(value)


def _mark(text: str, shared: bool) -> str:
    if not shared:
        return escape(text)
    return f'<span style="background-color:{SHARED}; color:#222">★ {escape(text)}</span>'


class PickCases(QDialog):
    """Tick two to five of a collection's cases to compare."""

    def __init__(self, parent: QWidget, cases: list[tuple[str, str]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare which cases?"))
        caption = QLabel(self.tr("This collection has {0} cases; tick two to five to "
                                 "compare.").format(len(cases)), self)
        caption.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Cases to compare"))
        for n, (case_id, title) in enumerate(cases):
            item = QListWidgetItem(title, self.list)
            item.setData(Qt.ItemDataRole.UserRole, case_id)
            item.setCheckState(Qt.CheckState.Checked if n < MAX_CASES
                               else Qt.CheckState.Unchecked)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                        QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Compare"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemChanged.connect(lambda _i: self._count())
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        self._count()

    def chosen(self) -> list[str]:
        return [str(self.list.item(n).data(Qt.ItemDataRole.UserRole))
                for n in range(self.list.count())
                if self.list.item(n).checkState() == Qt.CheckState.Checked]

    def _count(self) -> None:
        self.ok.setEnabled(MIN_CASES <= len(self.chosen()) <= MAX_CASES)
