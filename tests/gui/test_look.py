"""What the window draws and the small controls around it, in a real window offscreen."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from casebook.gui.browse.models import NodeRole
from tests.helpers import result_ids as results
from tests.helpers import write_case

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def small_library(small_library: Path) -> Path:
    write_case(small_library, "seoul-e-gov", title="Seoul e-government", country="South Korea",
               level="municipal", year=2001,
               strategies="e-governance-platform, transparent-procurement, one-stop-shop, "
                          "interoperability",
               challenges="fragmented-services, legacy-systems")
    return small_library


@pytest.fixture
def app_look(qapp):
    """Put the application's style, palette and style sheet back after a theme test."""
    style, palette, sheet = qapp.style().name(), QPalette(qapp.palette()), qapp.styleSheet()
    yield qapp
    qapp.setStyleSheet("")
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)


def search(qtbot, win, text: str) -> None:
    with qtbot.waitSignal(win.results_shown, timeout=5000):
        win.browser.set_query(text)


def click_row(qtbot, win, case_id: str) -> None:
    index = win.results_model.index(win.results_model.row_of(case_id), 0)
    qtbot.mouseClick(win.results.viewport(), Qt.MouseButton.LeftButton,
                     pos=win.results.visualRect(index).center())


def luminance(color: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


# 8. drawing faults ------------------------------------------------------------------------
def test_an_edited_case_s_snippet_stays_visible_once_deselected(qtbot, shown,
                                                                small_library: Path) -> None:
    view = shown.results
    view.setFocus()
    click_row(qtbot, shown, "paris-pb")
    write_case(small_library, "paris-pb", title="Paris participatory budget", country="France",
               level="municipal", year=2014, summary="Parisians propose projects and vote.",
               body="Edited: Parisians propose and vote on projects.")
    with qtbot.waitSignal(shown.results_shown, timeout=10_000):
        shown.sync.start(False)
    assert view.selected_ids() == ["paris-pb"]  # the refreshed list keeps the selection
    row = view.visualRect(shown.results_model.index(shown.results_model.row_of("paris-pb"), 0))
    view.viewport().grab()  # painted while selected: light text on the highlight
    click_row(qtbot, shown, "estonia-x-road")
    image = view.viewport().grab().toImage()
    assert image.width() >= row.right()
    # the snippet is the lowest part of the card, below title, meta line and chips
    top = row.top() + row.height() * 2 // 3
    base = view.palette().color(QPalette.ColorRole.Base)
    darkest = max(contrast(image.pixelColor(x, y), base)
                  for x in range(row.left() + 12, row.right() - 12, 2)
                  for y in range(top, row.bottom() - 6))
    assert darkest > 3, "the snippet text is not visible on the list's background"


def chip_spans(text: str, labels: list[str]) -> list[tuple[int, int]]:
    spans = []
    for label in labels:
        pattern = "".join("[ \u00a0]" if ch == " " else "-\u2060?" if ch == "-"
                          else re.escape(ch) for ch in label)
        spans += [m.span() for m in re.finditer(pattern, text)]
    return spans


def test_reader_chips_never_break_inside(qtbot, window) -> None:
    window.browser.open_case("seoul-e-gov")
    doc = window.reader.browser.document().clone(window)
    labels = ["E-governance platform", "Transparent procurement", "One-stop shop",
              "Fragmented services", "Legacy systems"]
    block = doc.find("Transparent").block()
    assert block.isValid()
    spans = chip_spans(block.text(), labels)
    assert len(spans) == 3, block.text()
    doc.setTextWidth(10_000)
    doc.size()
    line = block.layout().lineAt(0)
    widest = max(line.cursorToX(b)[0] - line.cursorToX(a)[0] for a, b in spans) + 24
    broken_lines = 0
    for width in range(int(widest), 460, 7):  # each chip fits on a line
        doc.setTextWidth(width)
        doc.size()  # lay out at this width
        layout = block.layout()
        starts = [layout.lineAt(n).textStart() for n in range(1, layout.lineCount())]
        broken_lines += len(starts)
        for start in starts:
            assert not any(a < start < b for a, b in spans), (width, block.text()[:start])
    assert broken_lines > 20  # the chips did wrap, between chips


def test_the_year_chip_says_the_span_in_full(qtbot, shown) -> None:
    shown.browser.state.filters.terms["levels"] = ["municipal"]
    shown.sidebar.year_from.setValue(2001)
    with qtbot.waitSignal(shown.results_shown, timeout=5000):
        shown.browser.searching.debounce.timeout.emit()
    chips = {b.text() for b in shown.pane.chips.buttons}
    assert "From 2001  ×" in chips
    year = next(b for b in shown.pane.chips.buttons if b.text().startswith("From"))
    assert year.width() >= year.sizeHint().width()
    shown.sidebar.year_to.setValue(2014)
    with qtbot.waitSignal(shown.results_shown, timeout=5000):
        shown.browser.searching.debounce.timeout.emit()
    assert "2001–2014  ×" in {b.text() for b in shown.pane.chips.buttons}
    # removing it removes the years only
    year = next(b for b in shown.pane.chips.buttons if b.text().startswith("2001"))
    with qtbot.waitSignal(shown.results_shown, timeout=5000):
        qtbot.mouseClick(year, Qt.MouseButton.LeftButton)
    filters = shown.browser.state.filters
    assert filters.year_from is None and filters.year_to is None
    assert shown.browser.state.filters.terms == {"levels": ["municipal"]}
    assert shown.sidebar.year_from.text() == "any"
    shown.sidebar.year_to.setValue(2010)
    with qtbot.waitSignal(shown.results_shown, timeout=5000):
        shown.browser.searching.debounce.timeout.emit()
    assert "Until 2010  ×" in {b.text() for b in shown.pane.chips.buttons}


def test_the_year_box_steps_from_any_to_a_year_of_the_cases(qtbot, shown) -> None:
    box = shown.sidebar.year_from
    assert box.text() == "any"
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.value() == 1989  # the earliest case shown, not 1800
    with qtbot.waitSignal(shown.results_shown, timeout=5000):
        shown.browser.searching.debounce.timeout.emit()
    assert shown.browser.state.filters.year_from == 1989
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.value() == 1990
    search(qtbot, shown, "paris")
    box.setValue(box.minimum())
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.value() == 2014


def test_the_list_header_names_the_search(qtbot, window) -> None:
    assert window.pane.chips.label.text() == "All cases"
    search(qtbot, window, "budget")
    assert window.pane.chips.label.text() == "Results for “budget”"
    window.browser.toggle_filter("levels", "municipal", True)
    qtbot.waitUntil(lambda: window.pane.chips.label.text() == "Filters:", timeout=5000)


def test_back_and_forward_arrows_show_in_the_dark_theme(qtbot, window, app_look) -> None:
    from casebook.gui.theme import apply_theme

    for theme in ("dark", "light"):
        window.set_theme(apply_theme(app_look, theme))
        window.browser.push_history()
        window.browser.set_query("budget")  # Back is now enabled
        for button in (window.back_button, window.forward_button):
            image = button.icon().pixmap(16, 16).toImage()
            background = QApplication.palette().color(QPalette.ColorRole.Button)
            best = max(contrast(image.pixelColor(x, y), background)
                       for x in range(image.width()) for y in range(image.height())
                       if image.pixelColor(x, y).alphaF() > 0.8)
            assert best >= 4.5, (theme, button.accessibleName(), best)


# 9. controls that were missing ------------------------------------------------------------
def test_view_theme_switches_live_and_is_kept(qtbot, window, app_look, small_library,
                                              tmp_path: Path) -> None:
    from casebook.gui.app import make_window

    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    theme_menu = next(a.menu() for a in view.actions() if a.text() == "&Theme")
    actions = {a.text(): a for a in theme_menu.actions()}
    assert set(actions) == {"&System", "&Light", "&Dark"}
    assert actions["&System"].isChecked()
    window.browser.open_case("paris-pb")
    actions["&Dark"].trigger()
    assert window.theme == "dark" and actions["&Dark"].isChecked()
    assert luminance(app_look.palette().color(QPalette.ColorRole.Window)) < 0.1
    assert "#e6e8eb" in window.reader.browser.document().defaultStyleSheet()
    assert window.results.delegate.theme == "dark"
    assert "color:#8ab4f8" in window.pane.hint.text()  # the start hint's links read on dark
    window.close()
    again, lock = make_window(str(tmp_path / "data"), [str(small_library)])
    try:
        assert again.theme == "dark" and again.theme_actions["dark"].isChecked()
        again.theme_actions["light"].trigger()
        assert again.theme == "light"
        assert luminance(app_look.palette().color(QPalette.ColorRole.Window)) > 0.5
        settings = QSettings(str(tmp_path / "data" / "window.ini"), QSettings.Format.IniFormat)
        assert settings.value("view/theme") == "light"
    finally:
        again.threads.stop()
        again.lib.close()
        lock.unlock()
        again.deleteLater()


def test_ctrl_0_resets_the_zoom(qtbot, shown) -> None:
    shown.browser.open_case("paris-pb")
    size = shown.reader.browser.font().pointSizeF()
    shown.reader.browser.setFocus()
    for _ in range(3):
        qtbot.keyClick(shown.reader.browser, Qt.Key.Key_Equal, CTRL)
    assert shown.reader.browser.font().pointSizeF() > size
    qtbot.keyClick(shown.reader.browser, Qt.Key.Key_0, CTRL)
    assert shown.reader.browser.font().pointSizeF() == size
    qtbot.keyClick(shown.reader.browser, Qt.Key.Key_Minus, CTRL)
    qtbot.keyClick(shown.reader.browser, Qt.Key.Key_0, CTRL)
    assert shown.reader.browser.font().pointSizeF() == size


def test_copy_citation_offers_styles_and_says_copied(qtbot, shown) -> None:
    reader, clipboard = shown.reader, QGuiApplication.clipboard()
    shown.browser.open_case("paris-pb")
    qtbot.mouseClick(reader.cite_button, Qt.MouseButton.LeftButton)  # the button: APA
    apa = clipboard.text()
    assert apa.startswith("Paris participatory budget [Case study]. (n.d.). Casebook, case "
                          "paris-pb.")
    assert shown.statusBar().currentMessage() == "Copied the citation (APA)"
    labels = [a.text() for a in reader.cite_menu.actions()]
    assert labels == ["Copy as APA", "Copy as Chicago", "Copy as BibTeX", "Copy as RIS"]
    reader.cite_actions["chicago"].trigger()
    assert clipboard.text().startswith("“Paris participatory budget.” Case study, France")
    reader.cite_actions["ris"].trigger()
    ris = clipboard.text().split("\n")
    assert ris[0] == "TY  - GEN" and "TI  - Paris participatory budget" in ris
    assert ris[-1] == "ER  - "
    reader.cite_actions["bibtex"].trigger()
    assert shown.statusBar().currentMessage() == "Copied the citation (BibTeX)"
    clipboard.clear()
    shown.search.setFocus()
    qtbot.keyClick(shown.search, Qt.Key.Key_C, CTRL | SHIFT)  # the last style used
    bib = clipboard.text()
    assert bib.startswith("@misc{paris-pb,\n") and "title = {{Paris participatory budget}}" in bib
    assert bib.endswith("\n}")
    settings = QSettings(str(shown.lib.data_dir / "window.ini"), QSettings.Format.IniFormat)
    assert settings.value("reader/citation") == "bibtex"


def test_citation_styles_escape_and_date(tmp_path: Path) -> None:
    from casebook.render.casepage import citation

    case = {"id": "x-1", "title": "Costs & {benefits} of 100% e-ID", "country": ["Estonia"],
            "place": "Tallinn", "level": "national", "year_start": 2002, "year_end": None,
            "updated": "2026-11-28", "attribution": "The GovLab"}
    assert citation(case, "apa") == ("The GovLab. (2026, November 28). Costs & {benefits} of "
                                     "100% e-ID [Case study]. Casebook, case x-1. Tallinn, "
                                     "Estonia · national · 2002–.")
    assert citation(case, "chicago").endswith("Last modified November 28, 2026.")
    bib = citation(case, "bibtex")
    assert r"title = {{Costs \& \{benefits\} of 100\% e-ID}}" in bib
    assert "year = {2026}" in bib and "author = {{The GovLab}}" in bib
    assert "DA  - 2026/11/28" in citation(case, "ris")


def test_ctrl_l_selects_the_whole_query(qtbot, shown) -> None:
    search(qtbot, shown, "participatory budget")
    for place in (shown.results, shown.reader.browser, shown.sidebar.tree, shown.search):
        place.setFocus()
        if place is shown.search:
            shown.search.setCursorPosition(3)
        qtbot.keyClick(place, Qt.Key.Key_L, CTRL)
        assert QApplication.focusWidget() is shown.search
        assert shown.search.selectedText() == "participatory budget", place


def country_order(win) -> list[str]:
    model = win.sidebar.model
    section = next(model.index(r, 0) for r in range(model.rowCount())
                   if model.index(r, 0).data(NodeRole).key == "countries")
    return [model.index(c, 0, section).data(NodeRole).key for c in range(model.rowCount(section))]


def test_facet_items_keep_their_order_while_ticking(qtbot, window) -> None:
    before = country_order(window)
    assert before == ["Brazil", "Estonia", "France", "South Korea"]  # one case each
    with qtbot.waitSignal(window.results_shown, timeout=5000):
        window.sidebar.toggled.emit("levels", "national", True)
    assert results(window) == ["estonia-x-road"]
    assert country_order(window) == before  # Estonia alone has a case now: no jump
    with qtbot.waitSignal(window.results_shown, timeout=5000):
        window.sidebar.toggled.emit("countries", "France", True)
    assert country_order(window) == before
    with qtbot.waitSignal(window.results_shown, timeout=5000):
        window.browser.clear_filters()
    search(qtbot, window, "registries")  # a new search sorts by count once
    assert country_order(window)[0] == "Estonia"


def test_collection_items_show_place_and_years_and_open_in_the_reader(qtbot, shown) -> None:
    lib, c = shown.lib, shown.collections
    lib.collections.create("Course")
    lib.collections.add("Course", ["paris-pb", "estonia-x-road"])
    c.open("Course")
    page = c.page
    first = page.model.index(0, 0)
    assert "France · 2014–" in first.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "France · 2014–" in first.data(Qt.ItemDataRole.ToolTipRole)
    assert shown.reader.case is None  # opening the collection shows no case by itself
    image = page.list.viewport().grab().toImage()  # the row has room for its four lines
    assert page.list.visualRect(first).height() >= 4 * page.list.fontMetrics().height()
    assert not image.isNull()
    second = page.model.index(1, 0)
    qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.list.visualRect(second).center())
    assert shown.reader.case["id"] == "estonia-x-road"
    assert QApplication.focusWidget() is page.list
    qtbot.keyClick(page.list, Qt.Key.Key_Up)
    assert shown.reader.case["id"] == "paris-pb"
    assert page.note.isEnabled()


def test_long_collection_names_have_a_tooltip(qtbot, window) -> None:
    from casebook.gui.collections.dialogs import PickDialog

    lib, c = window.lib, window.collections
    name = "Participatory budgeting and digital identity in Latin America, 1989 to today"
    lib.collections.create(name)
    lib.collections.create("Short")
    c.refresh_sidebar()
    model = window.sidebar.model
    tips = {}
    for r in range(model.rowCount()):
        section = model.index(r, 0)
        for n in range(model.rowCount(section)):
            index = model.index(n, 0, section)
            if index.data(NodeRole).facet == "collection":
                tips[index.data(NodeRole).key] = index.data(Qt.ItemDataRole.ToolTipRole)
    assert tips[name] == name
    c.open(name)
    assert c.page.title.toolTip() == name
    c.items.add_to_collection("paris-pb")
    qtbot.waitUntil(lambda: isinstance(c.dialog, PickDialog), timeout=5000)
    names = {c.dialog.list.item(n).toolTip() for n in range(c.dialog.list.count())}
    assert name in names
    c.dialog.reject()


def test_error_text_takes_its_colour_from_the_theme_and_reads_in_both(qtbot,
                                                                      app_look) -> None:
    from PySide6.QtWidgets import QWidget

    from casebook.gui.collections.dialogs import NameDialog
    from casebook.gui.theme import MARK_COLOURS, apply_theme

    owner = QWidget()
    qtbot.addWidget(owner)
    for theme in ("light", "dark"):
        apply_theme(app_look, theme)
        dialog = NameDialog(owner, "Rename", "Name:", "", lambda _name: None)
        colour = MARK_COLOURS[theme]["error"]
        assert colour in dialog.error.styleSheet()
        background = app_look.palette().color(QPalette.ColorRole.Window)
        assert contrast(QColor(colour), background) >= 4.5, theme
        dialog.deleteLater()
