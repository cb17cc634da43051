"""The team library in the window, offscreen: add -> update -> conflict -> Keep mine ->
share, through the menus and dialogs a person uses, on real repositories."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from casebook.exchange.team import ops, registry
from casebook.gui.browse.models import NodeRole
from casebook.gui.team.dialogs import AddDialog, ShareDialog
from casebook.library import Library
from tests.exchange.team.gitutil import edit, seed_remote
from tests.helpers import running_window

CONTEXT = "Some context text."


def answer(kind: type, fill) -> None:
    """When the modal dialog of `kind` shows, fill it in and accept it."""
    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, act)
            return
        fill(dialog)
        dialog.accept()
    QTimer.singleShot(0, act)


def settle(qtbot, win) -> None:
    """Let the syncs and searches a test started end before the window closes (a search
    answer arriving after would find the library closed)."""
    qtbot.waitUntil(lambda: not win.sync.running and not win.team.busy, timeout=20_000)
    qtbot.wait(300)


def team_rows(win) -> list[str]:
    model = win.sidebar.tree.model()
    for r in range(model.rowCount()):
        section = model.index(r, 0)
        if section.data(NodeRole).key == "team":
            return [model.index(c, 0, section).data(NodeRole).label
                    for c in range(model.rowCount(section))]
    return []


def test_add_update_conflict_keep_mine_share(qtbot, tmp_path: Path) -> None:
    remote = seed_remote(tmp_path, ["alpha", "beta"])
    empty = tmp_path / "no-cases"
    empty.mkdir()
    ben = Library(tmp_path / "ben", [str(empty)])
    ben_folder = Path(ops.add(ben, str(remote), name="cities").path)
    lib = Library(tmp_path / "ana", [str(empty)])
    lib.sync()
    with running_window(qtbot, lib) as win:
        feature = win.team
        assert team_rows(win) == ["Add a team library…"]
        answer(AddDialog, lambda d: (d.url.setText(str(remote)), d.name.setText("cities")))
        with qtbot.waitSignal(win.sync.finished, timeout=20_000):
            feature.add()
        qtbot.waitUntil(lambda: team_rows(win) == ["cities: up to date"], timeout=10_000)
        folder = Path(registry.get(lib, "cities").path)
        assert str(folder) in lib.folders and {"alpha", "beta"} <= set(lib.store.all_ids())

        edit(ben_folder / "alpha.md", CONTEXT, "Ben's version.")
        ops.share(ben)
        edit(folder / "alpha.md", CONTEXT, "Ana's version.")
        with qtbot.waitSignal(feature.conflict_opened, timeout=20_000) as opened:
            feature.update_action.trigger()
        dialog = opened.args[0]
        assert "Ana's version." in dialog.mine.toPlainText()
        assert "Ben's version." in dialog.theirs.toPlainText()
        assert dialog.differs.text() == "The two versions differ in: Context (highlighted)"
        assert len(dialog.mine.extraSelections()) == 1
        assert "<<<<<<<" not in (folder / "alpha.md").read_text()
        qtbot.waitUntil(lambda: team_rows(win) == ["⚠ cities: 1 case to check"],
                        timeout=10_000)
        qtbot.waitUntil(lambda: any(p.code == registry.CONFLICT_CODE for p in lib.problems()),
                        timeout=10_000)

        dialog.keep.click()
        qtbot.waitUntil(lambda: team_rows(win) == ["cities: changes not shared"],
                        timeout=10_000)
        qtbot.waitUntil(lambda: not any(p.code == registry.CONFLICT_CODE
                                        for p in lib.problems()), timeout=10_000)

        answer(ShareDialog, lambda d: d.message.setPlainText("Ana's context for alpha"))
        feature.share_action.trigger()
        qtbot.waitUntil(lambda: team_rows(win) == ["cities: up to date"], timeout=20_000)
        settle(qtbot, win)
    ops.update(ben)
    assert "Ana's version." in (ben_folder / "alpha.md").read_text()
    ben.close()


def test_offline_is_a_status_line(qtbot, tmp_path: Path) -> None:
    remote = seed_remote(tmp_path, ["alpha"])
    empty = tmp_path / "no-cases"
    empty.mkdir()
    lib = Library(tmp_path / "ana", [str(empty)])
    ops.add(lib, str(remote), name="cities")
    lib.sync()
    remote.rename(tmp_path / "gone.git")  # the share is not reachable any more
    with running_window(qtbot, lib) as win:
        qtbot.waitUntil(lambda: team_rows(win) == ["cities: up to date"], timeout=10_000)
        win.team.update_action.trigger()
        qtbot.waitUntil(lambda: not win.team.busy, timeout=20_000)
        assert "cities" in win.status.currentMessage() or "reach" in \
            win.status.currentMessage()
        assert QApplication.activeModalWidget() is None
        assert team_rows(win) == ["cities: up to date"]
        assert isinstance(win.team.states[0].path, str)
        assert not isinstance(QApplication.activeModalWidget(), QDialog)
        settle(qtbot, win)


def test_update_on_start_and_a_shared_collection(qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from casebook.exchange.team import setup
    from casebook.gui.team.dialogs import SharedCollectionDialog
    from tests.helpers import write_case

    remote = seed_remote(tmp_path, ["alpha", "beta"])
    empty = tmp_path / "no-cases"
    empty.mkdir()
    ben = Library(tmp_path / "ben", [str(empty)])
    ben_folder = Path(ops.add(ben, str(remote), name="cities").path)
    lib = Library(tmp_path / "ana", [str(empty)])
    ops.add(lib, str(remote), name="cities")
    lib.sync()
    write_case(ben_folder, "gamma")
    ben.sync()
    ben.collections.create("Spring course")
    ben.collections.add("Spring course", ["gamma", "alpha"])
    ben.collections.set_note("Spring course", "gamma", "Read before the first day.")
    setup.share_collection(ben, "Spring course", "cities")
    ops.share(ben)
    ben.close()
    settings = QSettings(str(lib.data_dir / "window.ini"), QSettings.Format.IniFormat)
    settings.setValue("team/update_on_start", "true")
    settings.sync()
    with running_window(qtbot, lib) as win:
        assert win.team.start_action.isChecked()
        qtbot.waitUntil(lambda: "cities: 1 new case" in team_rows(win), timeout=20_000)
        qtbot.waitUntil(lambda: "gamma" in lib.store.all_ids(), timeout=10_000)
        assert "Spring course (shared)" in team_rows(win)
        assert lib.collections.list() == []  # read-only until a copy is made
        shown: list[str] = []
        answer(SharedCollectionDialog, lambda d: shown.append(d.view.toPlainText()))
        win.sidebar.entry_clicked.emit("team-collection",
                                       "cities\ncollections/spring-course.json")
        qtbot.waitUntil(lambda: [c.name for c in lib.collections.list()] == ["Spring course"],
                        timeout=10_000)
        assert "Read before the first day." in shown[0]
        assert lib.collections.get("Spring course").item("gamma").note == \
            "Read before the first day."
        settle(qtbot, win)


def test_without_a_keyring_the_token_is_asked_at_start_saying_why(qtbot,
                                                                  tmp_path: Path) -> None:
    from casebook.exchange.team import tokens
    from casebook.gui.team.dialogs import TokenDialog

    remote = seed_remote(tmp_path, ["alpha"])
    empty = tmp_path / "no-cases"
    empty.mkdir()
    lib = Library(tmp_path / "ana", [str(empty)])
    team = ops.add(lib, str(remote), name="cities")
    team.token = True  # the server asked for one when it was added
    registry.save(lib, team)
    tokens._session.clear()
    lib.sync()
    assert not tokens.keyring_usable()  # this machine has none
    seen: list[str] = []

    def give(dialog: TokenDialog) -> None:
        seen.append(dialog.text.text())
        dialog.token.setText("tok-1")

    answer(TokenDialog, give)
    with running_window(qtbot, lib) as win:
        qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
        settle(qtbot, win)
    assert "no keyring" in seen[0] and "each time Casebook starts" in seen[0]
    assert tokens.get(team.url) == "tok-1"
    tokens._session.clear()


def test_an_update_is_told_in_the_interface_words_naming_the_conflicts_menu(window,
                                                                           language) -> None:
    from casebook.exchange.team.ops import UpdateReport
    from casebook.gui.i18n import translate

    feature = window.team
    quiet = UpdateReport("cities")
    busy = UpdateReport("cities", new_files=["a.md", "b.md"], changed=3, conflicts=["c.md"])
    assert feature.update_text(quiet) == "cities: up to date"
    assert feature.update_text(busy) == "cities: 2 new case files, 1 other file updated, 1 file " \
        "also changed by someone else (your version is kept; see Library > Conflicts…)"
    for code in ("fr", "es", "pt_BR"):
        language(code)
        menu_path = " > ".join(translate("TeamFeature", text).replace("&", "")
                               for text in ("&Library", "&Conflicts…"))  # as the menus say
        text = feature.update_text(busy)
        assert text.startswith("cities") and menu_path in text, (code, menu_path, text)
        assert "casebook library" not in text and "other file updated" not in text
    assert feature.update_text(busy).endswith(
        "2 arquivos de caso novos, 1 outro arquivo atualizado, 1 arquivo alterado também por "
        "outra pessoa (a sua versão foi mantida; veja Biblioteca > Conflitos…)")
