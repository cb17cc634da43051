"""The results pane: filter chips, sort, the spelling or no-results line, the start hint and
the list of hits."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from casebook.cases.model import Filters, SearchResult
from casebook.errors import CasebookError
from casebook.gui import words
from casebook.gui.browse.chips import ChipBar
from casebook.gui.browse.models import ResultsModel
from casebook.gui.browse.results import ResultsView
from casebook.gui.browse.search import Reselect
from casebook.gui.i18n import QT_TRANSLATE_NOOP, translate
from casebook.gui.theme import tint_links
from casebook.library import Library

log = logging.getLogger(__name__)
EXAMPLES = ("participatory budgeting", '"digital identity"', "procurement country:chile")
SORTS = ((QT_TRANSLATE_NOOP("ResultsPane", "Relevance"), "relevance"),
         (QT_TRANSLATE_NOOP("ResultsPane", "Newest first"), "year"),
         (QT_TRANSLATE_NOOP("ResultsPane", "Title A–Z"), "title"))


def sort_box(parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    box.setAccessibleName(translate("ResultsPane", "Sort results"))
    for label, key in SORTS:
        box.addItem(translate("ResultsPane", label), key)
    return box


def hint() -> str:
    """Three example searches, as links; a line breaks between two of them, never inside
    one (which would read as one more example)."""
    links = " · ".join(f"<a href='q:{html.escape(q, quote=True)}'>"
                       f"{html.escape(q).replace(' ', '&nbsp;')}</a>" for q in EXAMPLES)
    return translate("ResultsPane", "Try: {0}").format(links)


class ResultsPane(QWidget):
    """Shows one search result; `query_chosen` when a hint or suggestion link is clicked."""

    query_chosen = Signal(str)

    def __init__(self, parent: QWidget, lib: Library) -> None:
        super().__init__(parent)
        self.lib = lib
        self.chips = ChipBar(self)
        self.suggestion = QLabel(self)
        self.suggestion.setTextFormat(Qt.TextFormat.RichText)
        self.suggestion.linkActivated.connect(self._link)
        self.suggestion.hide()
        self.hint = QLabel(hint(), self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.linkActivated.connect(lambda link: self.query_chosen.emit(link[2:]))
        self.sort_box = sort_box(self)
        self.model = ResultsModel(self)
        self.view = ResultsView(self)
        self.view.setModel(self.model)
        self.result: SearchResult | None = None
        self.message_text = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 0, 8, 0)
        bar.addWidget(self.chips, 1)
        bar.addWidget(QLabel(self.tr("Sort:"), self))
        bar.addWidget(self.sort_box)
        layout.addLayout(bar)
        layout.addWidget(self.suggestion)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)

    def set_sort(self, sort: str) -> None:
        """Show this sort without asking for a search."""
        self.sort_box.blockSignals(True)
        self.sort_box.setCurrentIndex(max(0, self.sort_box.findData(sort)))
        self.sort_box.blockSignals(False)

    def set_theme(self, theme: str) -> None:
        """The hint's and the message's links in the theme's link colour."""
        self.hint.setText(tint_links(hint(), theme))
        self.suggestion.setText(tint_links(self.message_text, theme))

    def show_result(self, result: SearchResult, filters: Filters, query: str, theme: str,
                    reselect: Reselect | None) -> None:
        self.result = result
        self.model.set_hits(result.hits)
        # a short list with a divider row of its own height; long lists keep uniform rows
        self.view.setUniformItemSizes(self.model.divider < 0)
        message = self.message(result)
        self.suggestion.setWordWrap(True)
        self.message_text = message
        self.set_theme(theme)
        self.suggestion.setVisible(bool(message))
        self.hint.setVisible(not query.strip() and filters.is_empty())
        taxonomy = self.lib.taxonomy
        self.chips.set_filters(filters, taxonomy, query)
        delegate = self.view.delegate
        delegate.labels = {(f, t.id): words.term_label(taxonomy, f, t.id)
                           for f in taxonomy.terms for t in taxonomy.terms[f].values()}
        delegate.theme = theme
        delegate.clear_cache()
        if reselect is not None:  # a refresh or Back/Forward; a new search selects nothing
            self.view.select_ids(reselect.ids, reselect.current, scroll=reselect.at is None)
            if reselect.at is not None:  # more of the same list: stay where the reader was
                self.view.doItemsLayout()
                self.view.verticalScrollBar().setValue(reselect.at)
        else:
            self.view.scrollToTop()

    def clear(self) -> None:
        """A failed search: no hits and no line above them."""
        self.model.set_hits([])
        self.suggestion.hide()

    def count_text(self, result: SearchResult) -> str:
        shown = sum(1 for h in result.hits if h.match != "some")
        # no case has its own words: pt_BR's plural rule says 1 and 0 alike
        text = self.tr("%Ln case(s)", "", result.total) if result.total else \
            self.tr("No cases")
        if shown < result.total:
            text += self.tr(" (first %Ln)", "", shown)
        if result.relaxed:
            text += " · " + (self.tr("showing cases that match most of your words")
                             if result.total else
                             self.tr("showing cases that match some of your words"))
        return text

    def message(self, result: SearchResult) -> str:
        """The line above the results: the spelling suggestion; with no results, says so
        and offers the suggestion and the nearest taxonomy terms (links)."""
        suggestion = (self.tr("Did you mean {0}?").format(
            f"<a href='s'>{html.escape(result.suggestion)}</a>") if result.suggestion else "")
        if result.hits:
            return suggestion
        query = result.query.strip()
        if not query:
            return self.tr("No cases match these filters.")
        parts = [self.tr("No cases match “{0}”.").format(html.escape(query)) if
                 result.filters.is_empty() else
                 self.tr("No cases match “{0}” with these filters.").format(html.escape(query))]
        if suggestion:
            parts.append(suggestion)
        try:
            nearest = self.lib.nearest_terms(query)
        except CasebookError as exc:
            log.warning("cannot find the nearest terms for %r: %s", query, exc)
            nearest = []
        if nearest:
            taxonomy = self.lib.taxonomy
            links = ", ".join(f"<a href='t:{facet}:{term_id}'>"
                              f"{html.escape(words.term_label(taxonomy, facet, term_id))}</a>"
                              for facet, term_id in nearest)
            parts.append(self.tr("Nearest taxonomy terms: {0}.").format(links))
        return " ".join(parts)

    def _link(self, link: str) -> None:
        if link.startswith("t:"):  # a taxonomy term: list the cases tagged with it
            self.query_chosen.emit(link[2:])
        elif self.result and self.result.suggestion:
            self.query_chosen.emit(self.result.suggestion)
