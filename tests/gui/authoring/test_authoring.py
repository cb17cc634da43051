"""Contributor tools in a real window, offscreen: new case, tag editing, taxonomy browser."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl

from casebook.cli import main
from casebook.gui.authoring import newcase_dialog
from tests.helpers import result_ids as _results
from tests.helpers import write_case

ROLE = Qt.ItemDataRole.UserRole
# the offscreen platform cannot raise windows or grab the keyboard (dialogs, completer popup)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
SUMMARY = "One to three sentences that stand alone: who did what, and what changed."


def _tag_rows(dialog) -> list[tuple[str, str, str]]:
    rows = []
    for i in range(dialog.tree.topLevelItemCount()):
        head = dialog.tree.topLevelItem(i)
        rows += [head.child(j).data(0, ROLE) for j in range(head.childCount())
                 if head.child(j).data(0, ROLE)]
    return rows


def _select_tag(dialog, facet: str, term: str) -> None:
    for i in range(dialog.tree.topLevelItemCount()):
        head = dialog.tree.topLevelItem(i)
        for j in range(head.childCount()):
            data = head.child(j).data(0, ROLE)
            if data and data[:2] == (facet, term):
                dialog.tree.setCurrentItem(head.child(j))
                return
    raise AssertionError(f"{facet}:{term} is not listed")


def _sidebar_node(win, facet: str, key: str):
    for section in win.sidebar.model.root.children:
        for node in section.children:
            if node.facet == facet and node.key == key:
                return node
    return None


@pytest.fixture
def editor(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Paths the app asked the system to open (no real editor starts in tests)."""
    opened: list[str] = []
    monkeypatch.setattr(newcase_dialog, "open_in_editor", lambda path: opened.append(path) or True)
    return opened


@pytest.fixture
def shown(window):
    window.show()
    return window


def _add_term(qtbot, win, dialog, facet_row: int, text: str, expect: str) -> None:
    dialog.facet_box.setCurrentIndex(facet_row)
    dialog.picker.clear()
    qtbot.keyClicks(dialog.picker, text)
    assert dialog.matches.currentItem().data(ROLE) == expect
    with qtbot.waitSignal(win.authoring.tags_changed, timeout=10_000):
        qtbot.keyClick(dialog.picker, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter in the picker adds the term, it does not close


def test_new_case_save_tag_write_check(qtbot, shown, small_library: Path, tmp_path: Path,
                                       editor: list[str], capsys) -> None:
    win = shown
    new_action = next(a for a in win.menus.file.actions() if "New case" in a.text())
    assert new_action.shortcut().toString() == "Ctrl+N"
    new_action.trigger()
    dialog = win.authoring.new_dialog
    assert dialog.folder.currentData() == str(small_library)
    assert not dialog.create_button.isEnabled()
    qtbot.keyClicks(dialog.title, "Kiosks for Pensions")
    qtbot.keyClicks(dialog.country, "Bolivia")
    dialog.level.setCurrentText("municipal")
    dialog.year.setValue(2016)
    assert dialog.file_label.text() == "kiosks-for-pensions.md"
    dialog.create_button.click()
    path = small_library / "kiosks-for-pensions.md"
    assert path.is_file() and dialog.stack.currentIndex() == 1
    dialog.open_button.click()
    assert editor == [str(path)]

    # it is opened once indexed; then the contributor writes it and saves
    qtbot.waitUntil(lambda: win.reader.case is not None
                    and win.reader.case["id"] == "kiosks-for-pensions", timeout=10_000)
    win.browser.set_query("pensions")  # an untouched case is found, but not counted in the sidebar
    qtbot.waitUntil(lambda: _results(win) == ["kiosks-for-pensions"], timeout=5000)
    assert _sidebar_node(win, "countries", "Bolivia") is None
    assert "the summary is still the case template's" in win.reader.browser.toPlainText()
    text = path.read_text(encoding="utf-8")
    text = text.replace(SUMMARY, "La Paz put pension kiosks in every market.").replace(
        "_Where and when this happened", "Pensioners queued for hours. _Where and when")
    path.write_text(text, encoding="utf-8")
    qtbot.waitUntil(lambda: win.reader.case["summary"] ==
                    "La Paz put pension kiosks in every market." and not win.sync.running,
                    timeout=10_000)
    win.browser.set_query("pensioners")
    qtbot.waitUntil(lambda: _results(win) == ["kiosks-for-pensions"], timeout=5000)
    assert _sidebar_node(win, "countries", "Bolivia").count == 1

    # tag it: two additions and one removal, stored as user tags
    assert win.authoring.tags_button.isEnabled()
    win.authoring.tags_button.click()
    tags = win.authoring.tag_dialog
    assert ("challenges", "resistance-to-change", "file") in _tag_rows(tags)
    assert not tags.write_button.isEnabled()
    _add_term(qtbot, win, tags, 0, "digital div", "digital-divide")
    _add_term(qtbot, win, tags, 2, "inclusion", "inclusion-and-equity")
    _select_tag(tags, "challenges", "resistance-to-change")
    with qtbot.waitSignal(win.authoring.tags_changed, timeout=10_000):
        tags.remove_button.click()
    rows = _tag_rows(tags)
    assert ("challenges", "digital-divide", "added") in rows
    assert ("challenges", "resistance-to-change", "removed") in rows
    assert "Digital divide ✎" in win.reader.browser.toPlainText()
    win.search.clear()
    win.browser.toggle_filter("challenges", "digital-divide", True)
    qtbot.waitUntil(lambda: _results(win) == ["kiosks-for-pensions"], timeout=5000)
    assert _sidebar_node(win, "challenges", "digital-divide").count == 1

    # write into the file after the diff preview
    assert tags.write_button.isEnabled()
    tags.write_button.click()
    diff = tags.diff_dialog
    assert diff.text.isReadOnly()
    lines = diff.text.toPlainText().splitlines()
    assert "-challenges: [resistance-to-change]  # replace: see casebook tags --facet " \
        "challenges" in lines
    assert "+challenges: [digital-divide]  # replace: see casebook tags --facet challenges" \
        in lines
    assert path.read_text(encoding="utf-8") == text  # nothing written before the confirm
    with qtbot.waitSignal(win.authoring.tags_changed, timeout=10_000):
        diff.write_button.click()
    assert path.read_text(encoding="utf-8") == text.replace(
        "challenges: [resistance-to-change]", "challenges: [digital-divide]").replace(
        "    # note: One line on how it turned out (optional)\n",
        "    # note: One line on how it turned out (optional)\n  - inclusion-and-equity\n")
    assert ("challenges", "digital-divide", "file") in _tag_rows(tags)
    assert "Digital divide ✎" not in win.reader.browser.toPlainText()
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path / "data"), "check", str(path)]) == 0
    out = capsys.readouterr().out  # what is not written yet is pointed out
    assert out.endswith("0 errors, 7 warnings in 1 file\n")
    assert f"{path}:49:1: warning: '## Lessons' still holds the case template's hint" in out


def test_new_case_refuses_bad_input_and_writes_nothing(qtbot, window, small_library) -> None:
    window.authoring.new_case()
    dialog = window.authoring.new_dialog
    dialog.title.setText("Porto Alegre pb")
    dialog.country.setText("Brazil")
    dialog.level.setCurrentText("municipal")
    assert dialog.file_label.text() == "porto-alegre-pb-2.md"  # the id is taken
    dialog.title.setText("x" * 400)
    dialog.create_button.click()
    assert "limit is 300" in dialog.error.text() and dialog.stack.currentIndex() == 0
    assert sorted(p.name for p in small_library.iterdir()) == [
        "estonia-x-road.md", "paris-pb.md", "porto-alegre-pb.md"]


def test_picker_searches_labels_aliases_and_descriptions(qtbot, window) -> None:
    window.browser.open_case("estonia-x-road")
    window.authoring.edit_tags()
    dialog = window.authoring.tag_dialog
    dialog.facet_box.setCurrentIndex(0)

    def found(text: str) -> list[str]:
        dialog.picker.clear()
        qtbot.keyClicks(dialog.picker, text)
        return [dialog.matches.item(r).data(ROLE) for r in range(dialog.matches.count())]

    assert found("red tape")[0] == "regulatory-and-policy-barriers"  # an alias
    assert "siloed-organisations" in found("coordinate")  # words of a description
    assert found("corrupt")[0] == "corruption-risk"  # a label prefix
    found("legacy")
    legacy = dialog.matches.item(0)
    assert "already tagged" in legacy.text() and not legacy.flags() & Qt.ItemFlag.ItemIsEnabled
    assert found("heat waves")[-1] == "\0heat waves"
    dialog.matches.setCurrentRow(dialog.matches.count() - 1)
    with qtbot.waitSignal(window.authoring.tags_changed, timeout=10_000):
        qtbot.keyClick(dialog.picker, Qt.Key.Key_Return)
    assert "not a challenge in the taxonomy" in dialog.status.text()
    assert ("challenges", "heat-waves", "added") in _tag_rows(dialog)
    _select_tag(dialog, "challenges", "heat-waves")
    with qtbot.waitSignal(window.authoring.tags_changed, timeout=10_000):
        qtbot.keyClick(dialog.tree, Qt.Key.Key_Delete)
    assert [r for r in _tag_rows(dialog) if r[0] == "challenges"] == [
        ("challenges", "legacy-systems", "file")]
    assert all(v == ([], []) for v in window.lib.user.user_tags("estonia-x-road").values())


def test_saving_the_open_case_shows_its_problems_at_once(qtbot, window, small_library: Path,
                                            editor: list[str]) -> None:
    path = small_library / "paris-pb.md"
    window.browser.open_case("paris-pb")
    assert "problem" not in window.reader.browser.toPlainText()
    with open(path, "r+", encoding="utf-8") as handle:  # saved in place, as many editors do
        text = handle.read().replace("level: municipal", "level: citywide")
        handle.seek(0)
        handle.write(text)
        handle.truncate()
    qtbot.waitUntil(lambda: "problem" in window.reader.browser.toPlainText(), timeout=10_000)
    text = window.reader.browser.toPlainText()
    assert "line 7: error: level 'citywide'" in text and "open the file in your editor" in text
    assert "1 file with problems" in window.problems.button.text()
    window.reader.browser.anchorClicked.emit(QUrl("casebook:edit"))
    assert editor == [str(path)]


def test_taxonomy_browser_shows_gaps_and_filters(qtbot, shown) -> None:
    win = shown
    assert win.authoring.taxonomy_action.shortcut().toString() == "Ctrl+Shift+T"
    win.authoring.taxonomy_action.trigger()
    dock = win.authoring.dock
    assert not dock.isHidden()
    gap = dock.find_item("challenges", "digital-divide")
    assert gap.text(1) == "no case yet"
    assert dock.find_item("challenges", "low-civic-engagement").text(1) == "2 cases"
    civic = dock.find_item("challenges", "low-civic-engagement")
    children = [civic.child(i).data(0, ROLE) for i in range(civic.childCount())]
    assert ("strategies", "participatory-budgeting") in children
    dock.tree.setCurrentItem(gap)
    assert "no case yet" in dock.detail.text()

    item = dock.find_item("challenges", "legacy-systems")
    dock.tree.scrollToItem(item)
    with qtbot.waitSignal(win.results_shown, timeout=5000):
        qtbot.mouseClick(dock.tree.viewport(), Qt.MouseButton.LeftButton,
                         pos=dock.tree.visualItemRect(item).center())
    qtbot.waitUntil(lambda: _results(win) == ["estonia-x-road"], timeout=5000)
    assert win.browser.state.filters.terms["challenges"] == ["legacy-systems"]
    win.browser.clear_filters()
    dock.tree.setCurrentItem(dock.find_item("strategies", "participatory-budgeting"))
    with qtbot.waitSignal(win.results_shown, timeout=5000):
        qtbot.keyClick(dock.tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: sorted(_results(win)) == ["paris-pb", "porto-alegre-pb"],
                    timeout=5000)
    dock.gaps_only.setChecked(True)
    assert dock.find_item("challenges", "legacy-systems") is None
    assert dock.find_item("challenges", "digital-divide") is not None
    win.authoring.taxonomy_action.trigger()
    assert dock.isHidden()


def test_a_new_sub_folder_is_watched(qtbot, window, small_library: Path) -> None:
    sub = small_library / "asia"
    sub.mkdir()
    qtbot.waitUntil(lambda: str(sub) in window.watcher.directories(), timeout=10_000)
    write_case(sub, "seoul-lab", title="Seoul innovation lab")
    qtbot.waitUntil(lambda: window.lib.store.case_row("seoul-lab") is not None
                    and not window.sync.running, timeout=10_000)
    window.browser.set_query("seoul")
    qtbot.waitUntil(lambda: _results(window) == ["seoul-lab"], timeout=5000)


EXTRA = """challenges:
  - id: heat-waves
    label: Heat waves
    description: Long spells of extreme heat strain health and public services.
"""


def test_taxonomy_grows_and_a_broken_one_keeps_the_last_good(qtbot, shown,
                                                             small_library: Path) -> None:
    win = shown
    win.authoring.taxonomy_action.trigger()
    dock = win.authoring.dock
    extra = small_library / "taxonomy.yaml"
    extra.write_text(EXTRA, encoding="utf-8")
    qtbot.waitUntil(lambda: dock.find_item("challenges", "heat-waves") is not None,
                    timeout=10_000)
    assert dock.find_item("challenges", "heat-waves").text(1) == "no case yet"
    qtbot.waitUntil(lambda: _sidebar_node(win, "challenges", "heat-waves") is not None,
                    timeout=5000)
    qtbot.waitUntil(lambda: str(extra) in win.watcher.files(), timeout=5000)

    extra.write_text("challenges: [oops\n", encoding="utf-8")
    qtbot.waitUntil(lambda: win.lib.taxonomy_error is not None, timeout=10_000)
    assert "taxonomy.yaml" in win.lib.taxonomy_error
    assert "heat-waves" in win.lib.taxonomy.terms["challenges"]
    assert win.authoring.taxonomy_button.isVisible()
    assert str(extra) in win.authoring.taxonomy_button.toolTip()
    assert dock.find_item("challenges", "heat-waves") is not None

    # an editor that saves by replacing the file
    tmp = small_library / ".taxonomy.yaml.swp"
    tmp.write_text(EXTRA.replace("heat-waves", "floods").replace("Heat waves", "Floods"),
                   encoding="utf-8")
    os.replace(tmp, extra)
    qtbot.waitUntil(lambda: dock.find_item("challenges", "floods") is not None,
                    timeout=10_000)
    assert win.lib.taxonomy_error is None and not win.authoring.taxonomy_button.isVisible()
    assert dock.find_item("challenges", "heat-waves") is None
    qtbot.waitUntil(lambda: str(extra) in win.watcher.files(), timeout=5000)


def _replace(path: Path, text: str) -> None:
    """Save the way many editors do: write a temporary file, then rename it over."""
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def test_a_taxonomy_file_replaced_twice_is_still_watched(qtbot, window,
                                                          small_library: Path) -> None:
    extra = small_library / "taxonomy.yaml"
    extra.write_text(EXTRA, encoding="utf-8")
    qtbot.waitUntil(lambda: str(extra) in window.watcher.files(), timeout=10_000)
    for n, term in enumerate(("floods", "droughts")):
        window.watcher.removePath(str(small_library))  # only the file's own watch is left
        _replace(extra, EXTRA.replace("heat-waves", term))
        qtbot.waitUntil(lambda t=term: t in window.lib.taxonomy.terms["challenges"],
                        timeout=10_000)
        assert "heat-waves" not in window.lib.taxonomy.terms["challenges"], n
        qtbot.waitUntil(lambda: str(extra) in window.watcher.files(), timeout=5000)


def test_writing_tags_clears_the_problem_count_everywhere(qtbot, window,
                                                         small_library: Path) -> None:
    write_case(small_library, "heat-plan", title="Heat plan", challenges="heat waves")
    window.sync.start(False)
    qtbot.waitUntil(lambda: not window.sync.running
                    and window.problems.button.text() == "1 file with problems ▸",
                    timeout=10_000)
    with qtbot.waitSignal(window.results_shown, timeout=5000):
        window.browser.run_search()
    assert _sidebar_node(window, "library", "problems").count == 1
    window.browser.open_case("heat-plan")
    window.authoring.edit_tags()
    tags = window.authoring.tag_dialog
    _add_term(qtbot, window, tags, 0, "legacy", "legacy-systems")
    _select_tag(tags, "challenges", "heat-waves")
    with qtbot.waitSignal(window.authoring.tags_changed, timeout=10_000):
        tags.remove_button.click()
    tags.write_button.click()
    with qtbot.waitSignals([window.authoring.tags_changed, window.results_shown],
                           timeout=10_000):
        tags.diff_dialog.write_button.click()
    assert "challenges: [legacy-systems]" in (small_library / "heat-plan.md").read_text(
        encoding="utf-8")
    assert window.problems.button.text() == "No problems"
    assert _sidebar_node(window, "library", "problems").count == 0
    qtbot.waitUntil(lambda: not window.sync.running, timeout=10_000)
    assert _sidebar_node(window, "library", "problems").count == 0


def test_new_case_folder_follows_the_country(qtbot, window, small_library: Path) -> None:
    write_case(small_library / "africa", "huduma", country="Kenya")
    write_case(small_library / "europe", "tallinn", country="Estonia")
    window.sync.start(False)
    qtbot.waitUntil(lambda: not window.sync.running
                    and window.lib.store.case_row("tallinn") is not None, timeout=10_000)
    window.authoring.new_case()
    dialog = window.authoring.new_dialog
    folders = [dialog.folder.itemData(i) for i in range(dialog.folder.count())]
    assert folders[:3] == [str(small_library), str(small_library / "africa"),
                           str(small_library / "europe")]
    assert dialog.folder.currentData() == str(small_library)
    dialog.title.setText("Digital kiosks")
    dialog.country.setText("Kenya")
    assert dialog.folder.currentData() == str(small_library / "africa")
    dialog.country.setText("Estonia")  # estonia-x-road.md, at the top, does not count
    assert dialog.folder.currentData() == str(small_library / "europe")
    dialog.country.setText("Atlantis")  # no case from there yet
    assert dialog.folder.currentData() == str(small_library)
    dialog.country.setText("Kenya")
    dialog.folder.setCurrentIndex(2)
    dialog.folder.activated.emit(2)  # the user picks europe/
    dialog.country.setText("Kenya, Uganda")
    assert dialog.folder.currentData() == str(small_library / "europe")
    dialog.create_button.click()
    assert (small_library / "europe" / "digital-kiosks.md").is_file()
