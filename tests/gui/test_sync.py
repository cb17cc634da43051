"""The status line after indexing: it counts case files, one per language version, and says
so where the window's case count (a case with its translations once) differs."""

from __future__ import annotations

from pathlib import Path

from casebook.library import Library
from tests.helpers import running_window, write_case


def synced_message(qtbot, window) -> str:
    with qtbot.waitSignal(window.sync.finished, timeout=10_000):
        window.sync.start(False)
    return window.status.currentMessage()


def test_the_line_counts_case_files_and_says_when_they_are_language_versions(
        qtbot, small_library: Path, tmp_path: Path, language) -> None:
    lib = Library(tmp_path / "data", [str(small_library)])
    lib.sync()
    with running_window(qtbot, lib) as window:
        write_case(small_library, "lisbon", title="Lisbon")
        assert synced_message(qtbot, window).startswith(
            "4 case files indexed: 1 added, 0 changed, 0 removed, 0 with problems (")
        write_case(small_library, "lisbon-pt", title="Lisboa",
                   extra="language: pt\ntranslation_of: lisbon\n")
        language("fr")
        assert synced_message(qtbot, window).startswith(
            "5 fichiers de cas indexés (un par version linguistique)\u00a0; ajouts\u00a0: 1, "
            "modifications\u00a0: 0, retraits\u00a0: 0, avec problèmes\u00a0: 0 (")
        qtbot.waitUntil(lambda: window.count_label.text() == "4 cas", timeout=10_000)
        for path in small_library.glob("*.md"):
            path.unlink()
        language("pt_BR")
        assert synced_message(qtbot, window).startswith(
            "Nenhum arquivo de caso indexado; removidos: 5 (")
        qtbot.waitUntil(lambda: window.count_label.text() == "Nenhum caso", timeout=10_000)
