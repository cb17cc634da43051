"""File > Back up my work…, Restore my work… and the monthly offer, in the window."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from casebook.userdata import backup


def _file_actions(window) -> list[str]:
    return [a.text() for a in window.menus.file.actions()]


def test_back_up_then_restore_from_the_file_menu(qtbot, window, tmp_path: Path) -> None:
    assert {"&Back up my work…", "Restore my &work…"} <= set(_file_actions(window))
    lib = window.lib
    lib.collections.create("Course")
    lib.collections.add("Course", ["paris-pb", "estonia-x-road"])
    lib.collections.set_questions("Course", "paris-pb", ["Who proposed?"])
    info = window.backup.back_up(tmp_path / "mine.zip")
    assert info is not None and info.counts["collections"] == 1
    assert window.status.currentMessage() == \
        f"Backed up to {tmp_path / 'mine.zip'}: 1 collection (2 cases and 1 question)"
    lib.collections.delete("Course")
    lib.collections.create("Other")
    box = window.backup.confirm_restore(tmp_path / "mine.zip")
    assert box is not None and box.informativeText().startswith(
        "The backup, made on ")
    assert ", holds: 1 collection (2 cases and 1 question). Your collections" in \
        box.informativeText()
    replace = next(b for b in box.buttons() if b.text() == "Replace")
    replace.click()
    assert [c.name for c in lib.collections.list()] == ["Course"]
    assert lib.collections.get("Course").item("paris-pb").questions == ["Who proposed?"]
    assert window.status.currentMessage().startswith(
        "Restored from the backup: 1 collection (2 cases and 1 question). Your work as it was "
        "is kept in ")
    kept = sorted((lib.data_dir / "backups").glob("before-restore-*.zip"))
    assert len(kept) == 1 and backup.read_backup(kept[0]).counts["collections"] == 1
    qtbot.waitUntil(lambda: not window.sync.running, timeout=10_000)


def test_cancel_changes_nothing(window, tmp_path: Path) -> None:
    window.lib.collections.create("Keep me")
    window.backup.back_up(tmp_path / "b.zip")
    window.lib.collections.create("Made after")
    box = window.backup.confirm_restore(tmp_path / "b.zip")
    assert box is not None
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert [c.name for c in window.lib.collections.list()] == ["Keep me", "Made after"]


def test_a_file_that_is_no_backup_is_refused_with_a_warning(window, tmp_path: Path) -> None:
    bad = tmp_path / "notes.zip"
    bad.write_text("hello", encoding="utf-8")
    seen: list[str] = []

    def close_warning() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.close()

    QTimer.singleShot(200, close_warning)
    assert window.backup.confirm_restore(bad) is None
    assert seen == [f"{bad} is not a Casebook backup (not a zip file)"]


def test_the_monthly_offer(window) -> None:
    user = window.lib.user
    window.lib.collections.create("Course")
    window.backup.greet()  # the first start only starts the clock
    assert not window.backup.bar.isVisible()
    month_ago = (datetime.now(UTC) - timedelta(days=31)).isoformat(timespec="seconds")
    user.set_setting(backup.FIRST_SEEN, month_ago)
    window.backup.greet()
    assert not window.backup.bar.isHidden()
    window.backup.bar.later.click()
    assert window.backup.bar.isHidden()
    assert not backup.backup_due(user)


def test_what_a_backup_holds_is_said_in_the_interface_language(window, tmp_path: Path,
                                                               language) -> None:
    info = backup.BackupInfo("b.zip", "", "casebook", {
        "collections": 3, "cases": 12, "notes": 1, "questions": 0, "user tags": 1,
        "saved searches": 0, "settings": 4}, 1)
    feature = window.backup
    assert feature.summary(info) == "3 collections (12 cases and 1 note), 1 tag of your own " \
        "and 4 settings"
    box = feature.confirm_restore(_backup_made_on_an_unknown_date(window, tmp_path))
    assert box is not None and box.informativeText().startswith(
        "The backup (its date is unknown) holds: no collections, tags, saved searches or "
        "settings.")
    box.close()
    language("fr")
    assert feature.summary(info) == "3 collections (12 cas et 1 note), 1 étiquette " \
        "personnelle et 4 réglages"
    box = feature.confirm_restore(tmp_path / "unknown.zip")
    assert box is not None and box.informativeText().startswith(
        "La sauvegarde (date inconnue) contient\u00a0: ni collection, ni étiquette, ni "
        "recherche enregistrée, ni réglage.")
    box.close()
    language("pt_BR")
    assert feature.summary(info) == "3 coleções (12 casos e 1 anotação), 1 etiqueta própria " \
        "e 4 configurações"


def _backup_made_on_an_unknown_date(window, tmp_path: Path) -> Path:
    """A backup whose manifest lost its date and its counts."""
    path = tmp_path / "unknown.zip"
    window.lib.backup(path)
    with zipfile.ZipFile(path) as zf:
        files = {name: zf.read(name) for name in zf.namelist()}
    manifest = json.loads(files[backup.MANIFEST])
    manifest["created"], manifest["counts"] = "", {}
    files[backup.MANIFEST] = json.dumps(manifest).encode()
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return path
