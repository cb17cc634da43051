"""The results pane's words: no case has its own (Brazilian Portuguese says 1 and 0 alike),
and the start hint breaks between its examples, never inside one."""

from __future__ import annotations

import re

from casebook.gui.browse.pane import EXAMPLES, hint


def test_no_case_is_said_in_words(qtbot, window, language) -> None:
    with qtbot.waitSignal(window.results_shown, timeout=10_000):
        window.browser.set_query("zzqqxx")
    assert window.count_label.text().startswith("No cases")
    assert window.evidence.describe_scope(0, "zzqqxx", False) == \
        "No cases (the current search and filters)"
    language("pt_BR")
    with qtbot.waitSignal(window.results_shown, timeout=10_000):
        window.browser.set_query("zzqqxy")
    assert window.count_label.text().startswith("Nenhum caso")
    assert window.evidence.describe_scope(0, "", False) == "Nenhum caso (toda a biblioteca)"
    assert window.evidence.describe_scope(1, "", False) == "1 caso (toda a biblioteca)"


def test_the_hint_breaks_only_between_examples() -> None:
    shown = re.findall(r">([^<]*)</a>", hint())
    assert [text.replace("&nbsp;", " ").replace("&quot;", '"') for text in shown] == \
        list(EXAMPLES)
    assert all(" " not in text for text in shown)
