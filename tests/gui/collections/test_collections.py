"""Collections in the app, offscreen: a five-case course by keyboard only and by mouse only."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QMenu, QPushButton

from casebook.gui.browse.models import NodeRole
from casebook.gui.collections.dialogs import (
    CollectionDialog,
    NameDialog,
    PickDialog,
    compose_description,
    parse_description,
)
from tests.helpers import result_ids as results
from tests.helpers import running_window, write_case

EXTRA = (("bogota-ciclovia", "Bogotá Ciclovía", "Colombia"),
         ("seoul-open-data", "Seoul open data plaza", "South Korea"),
         ("taiwan-vtaiwan", "vTaiwan online deliberation", "Taiwan"))
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
# the offscreen platform cannot raise windows or grab the keyboard for popups (menus, the
# file dialog's completer); it says so in warnings that are not about our code
OFFSCREEN_POPUPS = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


@pytest.fixture
def small_library(small_library: Path) -> Path:
    for case_id, title, country in EXTRA:
        write_case(small_library, case_id, title=title, country=country, level="municipal")
    return small_library


def ui(win):
    return win.collections


def ids_of(win, name: str) -> list[str]:
    return win.lib.collections.get(name).ids


# keyboard helpers: keys always go to whatever has the focus, as a real keyboard does
def key(qtbot, k, mods=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5000)
    target = QApplication.focusWidget()
    qtbot.keyClick(target, k, mods)


def type_text(qtbot, text: str) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5000)
    qtbot.keyClicks(QApplication.focusWidget(), text)


def wait_dialog(qtbot, win, kind):
    qtbot.waitUntil(lambda: isinstance(ui(win).dialog, kind) and ui(win).dialog.isVisible(),
                    timeout=5000)
    dialog = ui(win).dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5000)
    return dialog


def search_by_keyboard(qtbot, win, text: str) -> None:
    key(qtbot, Qt.Key.Key_L, CTRL)
    assert QApplication.focusWidget() is win.search
    type_text(qtbot, text)
    with qtbot.waitSignal(win.results_shown, timeout=5000):
        key(qtbot, Qt.Key.Key_Return)


def sidebar_index(win, facet: str, key_: str):
    model = win.sidebar.model
    for r in range(model.rowCount()):
        section = model.index(r, 0)
        for c in range(model.rowCount(section)):
            index = model.index(c, 0, section)
            node = index.data(NodeRole)
            if node.facet == facet and node.key == key_:
                return index
    return None


def pdf_text(path: Path) -> tuple[int, str]:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    text = " ".join(p.extract_text() or "" for p in reader.pages)
    return len(reader.pages), " ".join(text.split())


def test_description_parts_round_trip() -> None:
    text = compose_description("Teach budgeting", "City staff", "Explain PB\nCompare cities")
    assert text == ("Purpose: Teach budgeting\n\nAudience: City staff\n\n"
                    "Learning objectives:\nExplain PB\nCompare cities")
    assert parse_description(text) == {"purpose": "Teach budgeting", "audience": "City staff",
                                       "objectives": "Explain PB\nCompare cities"}
    assert parse_description("Just free text")["purpose"] == "Just free text"


def test_export_format_follows_suffix_then_filter(tmp_path: Path) -> None:
    from casebook.gui.exchange.export import FILTERS, target_and_format

    label = {(fmt, audience): text for fmt, audience, text in FILTERS}
    assert target_and_format("/x/course.pdf", label["casebook", "trainer"]) == (
        Path("/x/course.pdf"), "pdf", "trainer")
    assert target_and_format("/x/course", label["html", "participant"]) == (
        Path("/x/course.html"), "html", "participant")
    assert target_and_format("/x/course", label["casebook", "trainer"]) == (
        Path("/x/course.casebook"), "casebook", "trainer")
    assert target_and_format("/x/handouts", label["markdown", "trainer"]) == (
        Path("/x/handouts"), "markdown", "trainer")


@OFFSCREEN_POPUPS
def test_five_case_course_by_keyboard_only(qtbot, shown, tmp_path: Path) -> None:
    win, lib = shown, shown.lib
    # create
    key(qtbot, Qt.Key.Key_N, CTRL | SHIFT)
    wait_dialog(qtbot, win, CollectionDialog)
    type_text(qtbot, "Open Gov 101")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is ui(win).page, timeout=5000)
    assert lib.collections.names() == ["Open Gov 101"]
    assert sidebar_index(win, "collection", "Open Gov 101") is not None
    # add five cases from the results: the first by choosing (Ctrl+Shift+D), then Ctrl+D adds
    # straight to the collection used last
    search_by_keyboard(qtbot, win, "")
    added = []
    for n in range(5):
        key(qtbot, Qt.Key.Key_L, CTRL)
        key(qtbot, Qt.Key.Key_Down)  # into the list, at the case chosen last time
        if n:
            key(qtbot, Qt.Key.Key_Down)
        assert QApplication.focusWidget() is win.results
        added.append(win.results.current_id())
        if n == 0:
            key(qtbot, Qt.Key.Key_D, CTRL | SHIFT)
            dialog = wait_dialog(qtbot, win, PickDialog)
            assert dialog.chosen() == "Open Gov 101"
            key(qtbot, Qt.Key.Key_Return)
        else:
            key(qtbot, Qt.Key.Key_D, CTRL)
        qtbot.waitUntil(lambda n=n: len(ids_of(win, "Open Gov 101")) == n + 1, timeout=5000)
        assert ui(win).undo_bar.isVisible()
        assert "to “Open Gov 101”" in ui(win).undo_bar.label.text()
    assert ids_of(win, "Open Gov 101") == added
    # open it and reorder: the first case moves down twice
    key(qtbot, Qt.Key.Key_O, CTRL | SHIFT)
    dialog = wait_dialog(qtbot, win, PickDialog)
    key(qtbot, Qt.Key.Key_Return)
    page = ui(win).page
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.list, timeout=5000)
    key(qtbot, Qt.Key.Key_Home)
    assert page.current_item().id == added[0]
    key(qtbot, Qt.Key.Key_Down, CTRL)
    key(qtbot, Qt.Key.Key_Down, CTRL)
    assert ids_of(win, "Open Gov 101") == [added[1], added[2], added[0], *added[3:]]
    assert page.current_item().id == added[0]
    key(qtbot, Qt.Key.Key_Up, CTRL)
    assert ids_of(win, "Open Gov 101") == [added[1], added[0], added[2], *added[3:]]
    # note and questions, reached by their labels' mnemonics
    key(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is page.note
    type_text(qtbot, "Stress the budget cycle.")
    key(qtbot, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)
    type_text(qtbot, "Who decides?")
    key(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "What did it cost?")
    key(qtbot, Qt.Key.Key_Tab, SHIFT)
    qtbot.waitUntil(lambda: lib.collections.get("Open Gov 101").item(added[0]).questions ==
                    ["Who decides?", "What did it cost?"], timeout=5000)
    assert lib.collections.get("Open Gov 101").item(added[0]).note == "Stress the budget cycle."
    # delete, then undo with Ctrl+Z
    page.list.setFocus()
    key(qtbot, Qt.Key.Key_Delete, CTRL | SHIFT)
    assert lib.collections.names() == []
    assert "Deleted collection" in ui(win).undo_bar.label.text()
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert lib.collections.names() == ["Open Gov 101"]
    restored = lib.collections.get("Open Gov 101")
    assert restored.ids == [added[1], added[0], added[2], *added[3:]]
    assert restored.item(added[0]).note == "Stress the budget cycle."
    # Enter reads the current case
    assert QApplication.focusWidget() is page.list
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Return)
    assert win.reader.case["id"] == page.current_item().id == added[0]
    # a saved search, run again from the sidebar with Enter
    search_by_keyboard(qtbot, win, "budget")
    assert sorted(results(win)) == ["paris-pb", "porto-alegre-pb"]
    key(qtbot, Qt.Key.Key_S, CTRL | SHIFT)
    wait_dialog(qtbot, win, NameDialog)
    type_text(qtbot, "PB cases")
    key(qtbot, Qt.Key.Key_Return)
    assert [s.name for s in lib.collections.saved_searches()] == ["PB cases"]
    search_by_keyboard(qtbot, win, "estonia")
    assert results(win) == ["estonia-x-road"]
    key(qtbot, Qt.Key.Key_F6)
    tree = win.sidebar.tree
    assert QApplication.focusWidget() is tree
    for _ in range(30):
        node = tree.currentIndex().data(NodeRole)
        if node.facet == "saved":
            break
        key(qtbot, Qt.Key.Key_Down)
    with qtbot.waitSignal(win.results_shown, timeout=5000):
        key(qtbot, Qt.Key.Key_Return)
    assert win.search.text() == "budget"
    assert sorted(results(win)) == ["paris-pb", "porto-alegre-pb"]
    # export the PDF
    key(qtbot, Qt.Key.Key_O, CTRL | SHIFT)
    wait_dialog(qtbot, win, PickDialog)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.list, timeout=5000)
    key(qtbot, Qt.Key.Key_E, CTRL | SHIFT)
    from PySide6.QtWidgets import QFileDialog

    wait_dialog(qtbot, win, QFileDialog)
    target = tmp_path / "open-gov.pdf"
    edit = QApplication.focusWidget()
    assert isinstance(edit, QLineEdit)
    edit.selectAll()
    type_text(qtbot, str(target))
    with qtbot.waitSignal(ui(win).export_finished, timeout=30_000) as done:
        key(qtbot, Qt.Key.Key_Return)
    assert done.args[0] is True, done.args
    pages, text = pdf_text(target)
    assert pages >= 6  # cover, contents and one page per case
    for case_id in added:
        assert lib.store.case_row(case_id)["title"] in text
    # the handout is for participants unless the trainer's version is chosen
    assert "What did it cost?" in text and "Stress the budget cycle." not in text


def click_menu(qtbot, win, menu_title: str, item_text: str) -> None:
    bar = win.menuBar()
    menu_action = next(a for a in bar.actions() if a.text() == menu_title)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton,
                     pos=bar.actionGeometry(menu_action).center())
    menu = menu_action.menu()
    qtbot.waitUntil(menu.isVisible, timeout=5000)
    click_in_menu(qtbot, menu, item_text)


def click_in_menu(qtbot, menu: QMenu, item_text: str) -> None:
    action = next(a for a in menu.actions() if a.text().split("\t")[0] == item_text)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_index(qtbot, view, index, double: bool = False) -> None:
    pos = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    if double:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def drop(view, index, mime: QMimeData, above: bool = False) -> bool:
    """Drag `mime` over `view` onto `index` (or just above it) and drop; True when taken."""
    rect = view.visualRect(index)
    pos = QPoint(rect.center().x(), rect.top() + 3 if above else rect.center().y())
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    args = (mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), QDragEnterEvent(pos, actions, *args))
    move = QDragMoveEvent(pos, actions, *args)
    QApplication.sendEvent(view.viewport(), move)
    if not move.isAccepted():
        QApplication.sendEvent(view.viewport(), QDragLeaveEvent())
        return False
    event = QDropEvent(pos, actions, *args)
    QApplication.sendEvent(view.viewport(), event)
    return event.isAccepted()


def ok_button(dialog) -> QPushButton:
    box = dialog.findChild(QDialogButtonBox)
    return next(b for b in box.buttons()
                if box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole)


@OFFSCREEN_POPUPS
def test_five_case_course_by_mouse_only(qtbot, shown, tmp_path: Path) -> None:
    win, lib = shown, shown.lib
    # create, keeping the suggested name
    click_menu(qtbot, win, "&Collections", "&New collection…")
    dialog = wait_dialog(qtbot, win, CollectionDialog)
    click(qtbot, dialog.ok)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is ui(win).page, timeout=5000)
    name = "New collection"
    assert lib.collections.names() == [name]
    click_index(qtbot, win.sidebar.tree, sidebar_index(win, "library", "all"))
    qtbot.waitUntil(lambda: win.stack.currentIndex() == 0, timeout=5000)
    model = win.results_model
    # 1: right-click a result, "Add to collection…", choose, Add
    QTimer.singleShot(50, lambda: click_in_menu(qtbot, QApplication.activePopupWidget(),
                                                "Add to collection…"))
    first = model.hit(0).id
    win.results.customContextMenuRequested.emit(win.results.visualRect(model.index(0, 0))
                                                .center())
    dialog = wait_dialog(qtbot, win, PickDialog)
    click_index(qtbot, dialog.list, dialog.list.model().index(0, 0))
    click(qtbot, dialog.ok)
    assert ids_of(win, name) == [first]
    # 2: open a result by double-click, then the reader's button
    second = model.hit(1).id
    click_index(qtbot, win.results, model.index(1, 0), double=True)
    qtbot.waitUntil(lambda: win.reader.case is not None and win.reader.case["id"] == second)
    click(qtbot, win.reader.collect_button)
    dialog = wait_dialog(qtbot, win, PickDialog)
    click(qtbot, dialog.ok)
    assert ids_of(win, name) == [first, second]
    # 3 and 4: drag results onto the collection in the sidebar
    third, fourth = model.hit(2).id, model.hit(3).id
    for row in (2, 3):
        drop(win.sidebar.tree, sidebar_index(win, "collection", name),
             model.mimeData([model.index(row, 0)]))
    assert ids_of(win, name) == [first, second, third, fourth]
    # 5: open the collection and drag a result into its list, above the first case
    click_index(qtbot, win.sidebar.tree, sidebar_index(win, "collection", name))
    page = ui(win).page
    assert win.stack.currentWidget() is page
    fifth = model.hit(4).id
    drop(page.list, page.model.index(0, 0), model.mimeData([model.index(4, 0)]), above=True)
    qtbot.waitUntil(lambda: ids_of(win, name)[0] == fifth, timeout=5000)
    assert ids_of(win, name) == [fifth, first, second, third, fourth]
    # reorder: drag the last case to the top, then a click on Move down
    drop(page.list, page.model.index(0, 0), page.model.mimeData([page.model.index(4, 0)]),
         above=True)
    qtbot.waitUntil(lambda: ids_of(win, name)[0] == fourth, timeout=5000)
    click_index(qtbot, page.list, page.model.index(0, 0))
    click(qtbot, page.down)
    assert ids_of(win, name) == [fifth, fourth, first, second, third]
    # a note (typing is the only way to write one), saved when another case is clicked
    click_index(qtbot, page.list, page.model.index(1, 0))
    click(qtbot, page.note)
    qtbot.keyClicks(page.note, "Compare with Paris.")
    click_index(qtbot, page.list, page.model.index(0, 0))
    assert lib.collections.get(name).item(fourth).note == "Compare with Paris."
    assert "Compare with Paris." in page.model.data(page.model.index(1, 0),
                                                    Qt.ItemDataRole.AccessibleTextRole)
    # delete from the sidebar's context menu, then the Undo button
    tree = win.sidebar.tree
    tree.customContextMenuRequested.emit(tree.visualRect(sidebar_index(win, "collection",
                                                                        name)).center())
    entries = ui(win).sidebar
    qtbot.waitUntil(lambda: entries.menu is not None and entries.menu.isVisible())
    click_in_menu(qtbot, entries.menu, "Delete")
    assert lib.collections.names() == []
    assert ui(win).undo_bar.isVisible()
    click(qtbot, ui(win).undo_bar.button)
    assert ids_of(win, name) == [fifth, fourth, first, second, third]
    # a saved search, run again with one click
    win.search.setText("budget")  # (typing the query itself is keyboard work)
    with qtbot.waitSignal(win.results_shown, timeout=5000):
        win.browser.run_search()
    click_menu(qtbot, win, "&File", "Sa&ve search…")
    dialog = wait_dialog(qtbot, win, NameDialog)
    click(qtbot, dialog.ok)
    click_index(qtbot, win.sidebar.tree, sidebar_index(win, "library", "all"))
    qtbot.waitUntil(lambda: len(results(win)) == 6, timeout=5000)
    with qtbot.waitSignal(win.results_shown, timeout=5000):
        click_index(qtbot, win.sidebar.tree, sidebar_index(win, "saved", "budget"))
    assert sorted(results(win)) == ["paris-pb", "porto-alegre-pb"]
    # export the PDF: the page's Export… button, then Save in the file dialog
    win.settings.setValue("collections/export_dir", str(tmp_path))
    click_index(qtbot, win.sidebar.tree, sidebar_index(win, "collection", name))
    click(qtbot, page.export)
    from PySide6.QtWidgets import QFileDialog

    dialog = wait_dialog(qtbot, win, QFileDialog)
    with qtbot.waitSignal(ui(win).export_finished, timeout=30_000) as done:
        click(qtbot, ok_button(dialog))
    assert done.args[0] is True, done.args
    bar = ui(win).undo_bar
    assert bar.isVisible() and bar.button.text() == "Open" and not bar.undoable
    pages, text = pdf_text(tmp_path / "New collection.pdf")
    assert pages >= 6
    assert "Paris participatory budget" in text


def test_missing_case_is_struck_out_with_its_last_title(qtbot, window,
                                                       small_library: Path) -> None:
    lib = window.lib
    lib.collections.create("Course")
    lib.collections.add("Course", ["paris-pb", "estonia-x-road"])
    lib.collections.set_note("Course", "paris-pb", "Keep this note")
    (small_library / "paris-pb.md").unlink()
    window.sync.start(False)
    qtbot.waitUntil(lambda: lib.store.case_row("paris-pb") is None, timeout=10_000)
    qtbot.waitUntil(lambda: not window.sync.running, timeout=10_000)
    window.sidebar.entry_clicked.emit("collection", "Course")
    page = ui(window).page
    index = page.model.index(0, 0)
    assert index.data(Qt.ItemDataRole.DisplayRole) == "Paris participatory budget"
    assert index.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert "missing" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert not page.model.index(1, 0).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert page.note.toPlainText() == "Keep this note"
    assert not page.open.isEnabled()
    page.list.activated.emit(index)
    assert window.reader.case is None
    assert "no longer in the library" in window.statusBar().currentMessage()


def test_rename_describe_duplicate_and_remove(qtbot, window) -> None:
    lib, c = window.lib, ui(window)
    lib.collections.create("Course")
    lib.collections.add("Course", ["paris-pb", "estonia-x-road"])
    c.open("Course")
    c.rename("Course")
    dialog = wait_dialog(qtbot, window, NameDialog)
    dialog.edit.setText("Course A")
    dialog.ok.click()
    assert lib.collections.names() == ["Course A"]
    assert c.page.title.text() == "Course A"
    c.describe("Course A")
    dialog = wait_dialog(qtbot, window, CollectionDialog)
    dialog.purpose.setPlainText("Show two approaches")
    dialog.audience.setPlainText("New managers")
    dialog.ok.click()
    described = lib.collections.get("Course A").description
    assert parse_description(described)["audience"] == "New managers"
    assert "New managers" in c.page.about.toolTip()
    c.duplicate("Course A")
    assert lib.collections.names() == ["Course A", "Course A (copy)"]
    c.page.list.setCurrentIndex(c.page.model.index(0, 0))
    c.page.list.setFocus()
    qtbot.keyClick(c.page.list, Qt.Key.Key_Delete)
    assert lib.collections.get("Course A").ids == ["estonia-x-road"]
    c.undo_bar.undo()
    assert lib.collections.get("Course A").ids == ["paris-pb", "estonia-x-road"]
    # a name in use is refused inline and the dialog stays open
    c.rename("Course A")
    dialog = wait_dialog(qtbot, window, NameDialog)
    dialog.edit.setText("Course A (copy)")
    dialog.ok.click()
    assert dialog.isVisible() and "already exists" in dialog.error.text()
    dialog.reject()


def test_import_asks_on_clashes_and_refuses_hostile_packs(qtbot, window, tmp_path: Path,
                                                          small_library: Path) -> None:
    import zipfile

    from PySide6.QtWidgets import QMessageBox

    from casebook.exchange.packs import export
    from casebook.gui.exchange.pack_import import ImportDialog, pack_chosen

    lib, c = window.lib, ui(window)
    lib.collections.create("Course")
    lib.collections.add("Course", ["paris-pb"])
    pack = tmp_path / "course.casebook"
    export(lib, "Course", pack)
    pack_chosen(c, str(pack))
    dialog = wait_dialog(qtbot, window, ImportDialog)
    assert dialog.target() == str(small_library)
    assert dialog.current_clashes == ["paris-pb"]
    assert dialog.radios["skip"].isChecked() and dialog.ok.isEnabled()  # keeps mine
    dialog.radios["keep-both"].click()
    assert dialog.ok.isEnabled()
    dialog.ok.click()
    assert (small_library / "paris-pb-2.md").is_file()
    assert lib.collections.get("Course (2)").ids == ["paris-pb-2"]
    assert c.page.name == "Course (2)"
    assert "Imported “Course (2)”" in c.undo_bar.label.text()
    qtbot.waitUntil(lambda: not window.sync.running, timeout=10_000)
    # cases that cannot be written (the bundled ones) cannot be replaced
    from casebook.exchange.pack_import import read_pack

    locked = ImportDialog(window, read_pack(pack), [str(small_library)],
                          lambda _folder: ["paris-pb"], lambda ids: ids == ["paris-pb"])
    assert not locked.radios["replace"].isEnabled()
    assert locked.radios["skip"].isEnabled()
    locked.deleteLater()
    bad = tmp_path / "bad.casebook"
    with zipfile.ZipFile(bad, "w") as zf:
        zf.writestr("manifest.json", "{}")
        zf.writestr("../evil.md", "x")
    pack_chosen(c, str(bad))
    box = wait_dialog(qtbot, window, QMessageBox)
    assert "escape" in box.text() and "Nothing was written" in box.text()
    assert not (tmp_path / "evil.md").exists()
    box.accept()


@pytest.fixture
def bundled_window(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The app on the bundled (read-only) cases only, with a Documents folder of its own."""
    from casebook.library import Library
    from tests.helpers import BUNDLED

    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    lib = Library(tmp_path / "app-data", [str(BUNDLED)])
    lib.sync()
    with running_window(qtbot, lib) as win:
        yield win


def test_import_creates_and_adds_a_case_folder_only_when_a_case_is_written(
        qtbot, bundled_window, tmp_path: Path, make_library) -> None:
    from casebook.exchange.packs import export
    from casebook.gui.exchange.pack_import import ImportDialog, pack_chosen

    win, lib, c = bundled_window, bundled_window.lib, ui(bundled_window)
    bundled = list(lib.folders)
    new_folder = tmp_path / "home" / "Documents" / "Casebook cases"
    lib.collections.create("Course")
    lib.collections.add("Course", ["ukraine-prozorro", "india-upi"])
    pack = tmp_path / "course.casebook"
    export(lib, "Course", pack)
    # every case of the pack exists: "skip" is chosen already and nothing is written
    pack_chosen(c, str(pack))
    dialog = wait_dialog(qtbot, win, ImportDialog)
    assert dialog.target() == str(new_folder)
    assert sorted(dialog.current_clashes) == ["india-upi", "ukraine-prozorro"]
    assert not dialog.radios["replace"].isEnabled()  # the bundled cases are read-only
    assert dialog.radios["skip"].isChecked() and dialog.ok.isEnabled()
    dialog.ok.click()
    assert lib.collections.get("Course (2)").ids == ["ukraine-prozorro", "india-upi"]
    assert not new_folder.exists()
    assert lib.folders == bundled
    assert "no case file written (2 already in your library" in c.undo_bar.label.text()
    qtbot.waitUntil(lambda: not win.sync.running, timeout=10_000)
    assert lib.missing_folders() == []
    assert "not available" not in win.statusBar().currentMessage()
    # a pack with a case the library lacks: the folder is made, the case written, and only
    # then is the folder added to the case folders
    other = tmp_path / "other"
    write_case(other, "lisbon-loja", title="Lisbon citizen shops", country="Portugal")
    source = make_library(other, data=tmp_path / "other-data")
    source.sync()
    source.collections.create("New")
    source.collections.add("New", ["lisbon-loja"])
    fresh = tmp_path / "new.casebook"
    export(source, "New", fresh)
    pack_chosen(c, str(fresh))
    first = dialog
    qtbot.waitUntil(lambda: c.dialog is not first, timeout=5000)  # the new one, once shown
    dialog = wait_dialog(qtbot, win, ImportDialog)
    assert dialog.target() == str(new_folder) and dialog.current_clashes == []
    with qtbot.waitSignal(win.folders_changed, timeout=5000):
        dialog.ok.click()
    assert (new_folder / "lisbon-loja.md").is_file()
    assert lib.folders == [*bundled, str(new_folder)]
    assert "the folder was added to your case folders" in c.undo_bar.label.text()
    qtbot.waitUntil(lambda: not win.sync.running, timeout=10_000)
    qtbot.waitUntil(lambda: lib.store.case_row("lisbon-loja") is not None, timeout=10_000)
    assert not lib.collections.get("New").item("lisbon-loja").missing
    assert lib.missing_folders() == []


@OFFSCREEN_POPUPS
def test_export_dialog_offers_a_participant_and_a_trainer_handout(qtbot, window,
                                                                  tmp_path: Path) -> None:
    from PySide6.QtWidgets import QComboBox, QFileDialog

    lib, c = window.lib, ui(window)
    lib.collections.create("Course")
    lib.collections.add("Course", ["paris-pb", "estonia-x-road"])
    lib.collections.set_note("Course", "paris-pb", "Private: pair the quiet ones up")
    lib.collections.set_questions("Course", "paris-pb", ["Who proposed the projects?"])
    window.settings.setValue("collections/export_dir", str(tmp_path))

    def export_with(filter_text: str | None, file_name: str) -> str:
        c.export("Course")
        dialog = wait_dialog(qtbot, window, QFileDialog)
        combo = dialog.findChild(QComboBox, "fileTypeCombo")
        labels = [combo.itemText(i) for i in range(combo.count())]
        if filter_text is not None:  # as a user picking from the list of file types
            index = next(i for i, label in enumerate(labels) if label.startswith(filter_text))
            combo.setCurrentIndex(index)
            combo.activated.emit(index)
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        edit.setText(file_name)
        with qtbot.waitSignal(c.export_finished, timeout=30_000) as done:
            click(qtbot, ok_button(dialog))
        assert done.args[0] is True, done.args
        return done.args[1]

    c.export("Course")
    dialog = wait_dialog(qtbot, window, QFileDialog)
    assert dialog.selectedNameFilter() == "PDF handout for participants (*.pdf)"
    assert "PDF handout for the trainer, with your notes (*.pdf)" in dialog.nameFilters()
    assert "HTML handout for the trainer, with your notes (*.html)" in dialog.nameFilters()
    dialog.reject()

    message = export_with(None, "participants")
    assert message.startswith("PDF handout for participants saved:")
    _, text = pdf_text(tmp_path / "participants.pdf")
    assert "Who proposed the projects?" in text and "Private" not in text

    message = export_with("PDF handout for the trainer", "trainer")
    assert message.startswith("PDF handout for the trainer saved:")
    _, text = pdf_text(tmp_path / "trainer.pdf")
    assert "Who proposed the projects?" in text and "Private: pair the quiet ones up" in text

    message = export_with("HTML handout for participants", "course")
    html = (tmp_path / "course.html").read_text(encoding="utf-8")
    assert "Who proposed the projects?" in html and "Private" not in html

    # the last choice is remembered for the next export
    c.export("Course")
    dialog = wait_dialog(qtbot, window, QFileDialog)
    assert dialog.selectedNameFilter() == "HTML handout for participants (*.html)"
    dialog.reject()


def test_sidebar_drop_needs_a_collection_and_keeps_order(qtbot, window) -> None:
    lib = window.lib
    lib.collections.create("Course")
    window.browser.run_search()
    qtbot.waitUntil(lambda: sidebar_index(window, "collection", "Course") is not None)
    model = window.results_model
    mime = model.mimeData([model.index(0, 0)])
    assert not drop(window.sidebar.tree, sidebar_index(window, "library", "all"), mime)
    assert lib.collections.get("Course").ids == []
    assert drop(window.sidebar.tree, sidebar_index(window, "collection", "Course"), mime)
    assert lib.collections.get("Course").ids == [model.hit(0).id]
    index = sidebar_index(window, "collection", "Course")
    assert index.data(NodeRole).count == 1


def test_cancelled_markdown_export_leaves_nothing(qtbot, window, tmp_path: Path) -> None:
    from casebook.gui.exchange.export import ExportWorker

    lib = window.lib
    lib.collections.create("Course")
    lib.collections.add("Course", ["paris-pb", "estonia-x-road"])
    target = tmp_path / "out"
    worker = ExportWorker(str(lib.data_dir), lib.folders, "Course", target, "markdown")
    worker.cancel_event.set()
    with qtbot.waitSignal(worker.failed, timeout=5000) as failed:
        worker.run()  # in this thread: its signals come from the GUI thread
    assert "cancelled" in failed.args[0]
    assert failed.args[1] is True  # the worker says so; nobody reads it from the message
    assert not target.exists()


def test_a_cancelled_export_says_so_and_warns_of_nothing(qtbot, window, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    lib, c = window.lib, ui(window)
    lib.collections.create("Course")
    lib.collections.add("Course", ["paris-pb", "estonia-x-road"])
    with qtbot.waitSignal(c.export_finished, timeout=30_000) as done:
        c.exporter.start(lib, "Course", tmp_path / "course.html", "html")
        c.exporter.cancel()
    assert done.args == [False, "Export cancelled; nothing was written"]
    assert not isinstance(c.dialog, QMessageBox)
    assert not (tmp_path / "course.html").exists()


def test_a_failed_export_warns_even_if_its_message_says_cancelled(qtbot, window,
                                                                 tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    c = ui(window)
    with qtbot.waitSignal(c.export_finished, timeout=30_000) as done:
        c.exporter.start(window.lib, "cancelled course", tmp_path / "course.html", "html")
    assert done.args[0] is False and "cancelled course" in done.args[1]
    box = wait_dialog(qtbot, window, QMessageBox)
    assert box.windowTitle() == "Export failed" and "cancelled course" in box.text()
    box.accept()


def test_background_sync_keeps_the_collection_page(qtbot, window, small_library: Path) -> None:
    lib, c = window.lib, ui(window)
    lib.collections.create("Course")
    lib.collections.add("Course", ["paris-pb"])
    c.open("Course")
    write_case(small_library, "paris-pb", title="Paris participatory budget, renamed")
    with qtbot.waitSignal(window.sync.finished, timeout=10_000):
        window.sync.start(False)
    qtbot.waitUntil(lambda: c.page.model.items[0].title.endswith("renamed"), timeout=5000)
    assert window.stack.currentWidget() is c.page


def test_closing_the_window_saves_a_note_being_typed(qtbot, window) -> None:
    lib, c = window.lib, ui(window)
    lib.collections.create("Course")
    lib.collections.add("Course", ["paris-pb"])
    c.open("Course")
    assert window.sidebar.tree.currentIndex().data(NodeRole).key == "Course"
    qtbot.keyClicks(c.page.note, "Half-typed thought")
    assert lib.collections.get("Course").item("paris-pb").note == ""
    window.close()
    assert lib.collections.get("Course").item("paris-pb").note == "Half-typed thought"


def test_saved_search_restores_query_filters_and_sort(qtbot, window) -> None:
    from casebook.cases.model import Filters

    lib, c = window.lib, ui(window)
    lib.collections.save_search("Municipal by title", "budget",
                                Filters(terms={"levels": ["municipal"]}), "title")
    c.refresh_sidebar()
    with qtbot.waitSignal(window.results_shown, timeout=5000):
        window.sidebar.entry_clicked.emit("saved", "Municipal by title")
    assert window.search.text() == "budget"
    assert window.browser.state.filters.terms == {"levels": ["municipal"]}
    assert window.browser.sort == "title" and window.pane.sort_box.currentData() == "title"
    assert results(window) == ["paris-pb", "porto-alegre-pb"]  # title order


def test_new_collection_from_the_add_dialog(qtbot, window) -> None:
    lib, c = window.lib, ui(window)
    c.items.add_to_collection("estonia-x-road")
    pick = wait_dialog(qtbot, window, PickDialog)
    assert pick.list.count() == 0 and not pick.ok.isEnabled()
    pick.new_button.click()
    made = wait_dialog(qtbot, window, CollectionDialog)
    made.name.setText("Digital government")
    made.ok.click()
    assert pick.chosen() == "Digital government" and pick.ok.isEnabled()
    pick.ok.click()
    assert lib.collections.get("Digital government").ids == ["estonia-x-road"]


def test_a_refused_note_says_not_saved(qtbot, window) -> None:
    from casebook import limits

    lib, c = window.lib, ui(window)
    lib.collections.create("Course")
    lib.collections.add("Course", ["paris-pb"])
    c.open("Course")
    c.page.note.setPlainText("x" * (limits.MAX_NOTE_CHARS + 1))
    c.page.flush()
    assert c.page.saved.text().startswith("Not saved")
    assert "limited" in window.statusBar().currentMessage()
    assert lib.collections.get("Course").item("paris-pb").note == ""
    assert len(c.page.note.toPlainText()) > limits.MAX_NOTE_CHARS  # nothing typed is lost
    c.page.note.setPlainText("Shorter")
    c.page.flush()
    assert lib.collections.get("Course").item("paris-pb").note == "Shorter"
    assert c.page.saved.text() == "Saved"
