"""The verdict in the results list, and the reader's results, evidence, sources and credit."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from casebook.library import Library
from tests.helpers import running_window, write_case


@pytest.fixture
def v2_window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]

    folder = tmp_path / "cases"
    write_case(folder, "paris-pb", title="Paris participatory budget",
               challenges="low-civic-engagement", strategies="participatory-budgeting",
               outcomes='{id: civic-engagement, result: mixed, evidence: evaluation, '
                        'source: 1, note: "Turnout rose, then fell back"}',
               extra="verdict: mixed\nattribution: City of Paris open data team\n"
                     "licence: CC-BY-4.0\n")
    write_case(folder, "plain", title="A case without a verdict")
    lib = Library(tmp_path / "data", [str(folder)])
    lib.sync()
    with running_window(qtbot, lib) as win:
        yield win


def test_results_name_the_verdict_in_words_and_a_symbol(v2_window) -> None:
    from casebook.gui.browse.models import verdict_mark

    model = v2_window.results_model
    texts = {model.hit(r).id: model.data(model.index(r, 0),
                                         Qt.ItemDataRole.AccessibleTextRole)
             for r in range(model.rowCount())}
    assert "Verdict: mixed." in texts["paris-pb"]
    assert "Verdict" not in texts["plain"]
    assert verdict_mark("mixed") == "◐ mixed"
    assert verdict_mark("too-early") == "… too early"
    assert verdict_mark(None) == ""


def test_the_reader_shows_results_evidence_source_and_credit(v2_window) -> None:
    v2_window.browser.open_case("paris-pb")
    text = v2_window.reader.browser.toPlainText()
    assert "Verdict: ◐ mixed" in text
    assert "result: mixed · evidence: evaluation — Turnout rose, then fell back" in text
    assert "Attribution: City of Paris open data team · Licence: CC-BY-4.0" in text
    html = v2_window.reader.browser.toHtml()
    assert 'href="#source-1"' in html and 'name="source-1"' in html
    v2_window.browser.open_case("plain")
    text = v2_window.reader.browser.toPlainText()
    assert "Verdict" not in text and "Results and evidence" not in text
    assert "Attribution" not in text
