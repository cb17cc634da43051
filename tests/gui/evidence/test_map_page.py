"""The evidence map page on its own: model, clicks, keys and every export format."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from casebook.evidence.map import MapCase, Outcome, build_map
from casebook.gui.evidence.map_model import CELL
from casebook.gui.evidence.map_view import MapPage

CASES = [
    MapCase("a", "Alpha", {"challenges": ["trust"], "strategies": ["pb"]}, "success",
            [Outcome("engagement", "achieved", "evaluation")]),
    MapCase("b", "Beta", {"challenges": ["trust", "money"], "strategies": ["pb", "data"]},
            "failure", [Outcome("engagement", "not-achieved", "anecdotal")]),
]


def page(qtbot) -> MapPage:
    widget = MapPage()
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    m = build_map(CASES, order=lambda f: {"challenges": ["trust", "money", "legacy"],
                                          "strategies": ["pb", "data", "x"]}.get(f, ()),
                  links=[("legacy", "x")])
    widget.show_map(m, "2 cases (the whole library)")
    return widget


def test_model_and_cell_descriptions(qtbot, qtmodeltester) -> None:
    widget = page(qtbot)
    qtmodeltester.check(widget.model)
    model = widget.model
    assert (model.rowCount(), model.columnCount()) == (3, 3)
    first = model.index(0, 0)
    assert model.data(first) == "2"
    text = model.data(first, Qt.ItemDataRole.AccessibleDescriptionRole)
    assert text == ("trust × pb: 2 cases (1 success, 1 failure); strongest evidence: "
                    "evaluation")
    assert "<li>Alpha</li><li>Beta</li>" in model.data(first, Qt.ItemDataRole.ToolTipRole)
    gap = model.index(2, 2)
    assert model.data(gap) == "◇"
    assert "taxonomy says this strategy addresses" in model.data(
        gap, Qt.ItemDataRole.AccessibleDescriptionRole)
    assert widget.grid.columnWidth(0) >= 24 and widget.grid.rowHeight(0) >= 24
    assert CELL >= 24


def test_a_click_on_a_cell_chooses_its_two_terms(qtbot) -> None:
    widget = page(qtbot)
    widget.show()
    rect = widget.grid.visualRect(widget.model.index(1, 1))
    with qtbot.waitSignal(widget.cell_chosen, timeout=2000) as signal:
        qtbot.mouseClick(widget.grid.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center())
    assert signal.args == ["challenges", "money", "strategies", "data"]
    with qtbot.assertNotEmitted(widget.cell_chosen):  # an empty cell chooses nothing
        qtbot.mouseClick(widget.grid.viewport(), Qt.MouseButton.LeftButton,
                         pos=widget.grid.visualRect(widget.model.index(2, 0)).center())


def test_the_keyboard_moves_across_cells_and_enter_chooses(qtbot) -> None:
    widget = page(qtbot)
    widget.show()
    widget.grid.setFocus()
    widget.grid.setCurrentIndex(widget.model.index(0, 0))
    qtbot.keyClick(widget.grid, Qt.Key.Key_Right)
    qtbot.keyClick(widget.grid, Qt.Key.Key_Down)
    assert (widget.grid.currentIndex().row(), widget.grid.currentIndex().column()) == (1, 1)
    with qtbot.waitSignal(widget.cell_chosen, timeout=2000) as signal:
        qtbot.keyClick(widget.grid, Qt.Key.Key_Return)
    assert signal.args == ["challenges", "money", "strategies", "data"]


def test_export_writes_readable_png_svg_html_and_markdown(qtbot, tmp_path: Path) -> None:
    widget = page(qtbot)
    for suffix in ("png", "svg", "html", "md"):
        widget.export(tmp_path / f"map.{suffix}")
    image = QImage(str(tmp_path / "map.png"))
    assert not image.isNull() and image.width() >= 3 * CELL and image.height() >= 3 * CELL
    svg = ET.parse(tmp_path / "map.svg").getroot()
    width = float((svg.get("viewBox") or "0 0 0 0").split()[2])
    assert svg.tag.endswith("svg") and width >= 3 * CELL
    assert any(el.tag.endswith("text") for el in svg.iter())
    assert "<td>2 ●○</td>" in (tmp_path / "map.html").read_text(encoding="utf-8")
    assert "| trust (2) | 2 ●○ |" in (tmp_path / "map.md").read_text(encoding="utf-8")
