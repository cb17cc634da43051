"""Cases in collections: adding (dialog, drops), moving, removing with undo, notes, opening."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from casebook.errors import CasebookError
from casebook.gui.collections.dialogs import PickDialog
from casebook.gui.collections.host import Collections
from casebook.gui.i18n import Translatable
from casebook.gui.shell import Shell


class ItemActions(Translatable):
    """What the user does to the cases of a collection."""

    def __init__(self, ui: Collections, shell: Shell) -> None:
        self.ui = ui
        self.shell = shell
        self.lib = ui.lib
        self.page = ui.page
        p = self.page
        p.open_requested.connect(self.open_case)
        p.case_selected.connect(self._selected)
        p.move_requested.connect(lambda cid, pos: ui.write(
            lambda: self.lib.collections.move(p.name, cid, pos), select=cid))
        p.remove_requested.connect(self.remove)
        p.dropped.connect(self.dropped)
        p.note_edited.connect(lambda cid, text: self._saved(cid, ui.write(
            lambda: self.lib.collections.set_note(p.name, cid, text), reload=False)))
        p.questions_edited.connect(lambda cid, qs: self._saved(cid, ui.write(
            lambda: self.lib.collections.set_questions(p.name, cid, qs), reload=False)))

    def _saved(self, case_id: str, ok: bool) -> None:
        """A refused edit stays in the editor; the list keeps what is stored, so it retries."""
        row = self.page.model.row_of(case_id)
        if ok or row < 0 or not self.lib.collections.exists(self.page.name):
            return
        stored = self.lib.collections.get(self.page.name).item(case_id)
        item = self.page.model.items[row]
        item.note, item.questions = stored.note, list(stored.questions)
        self.page.saved.setText(self.tr("Not saved: see the message below"))

    def cases_for_add(self, case_id: str | None = None) -> list[str]:
        """The cases Ctrl+D means: the reader's when it has the focus, else those selected in
        the list (the results, or the open collection)."""
        if case_id:
            return [case_id]
        reader, focus = self.shell.reader, QApplication.focusWidget()
        reader_case = [str(reader.case["id"])] if reader.case else []
        if focus is not None and reader.isAncestorOf(focus) and reader_case:
            return reader_case
        if self.shell.stack.currentWidget() is self.page:
            item = self.page.current_item()
            return [item.id] if item is not None and not item.missing else reader_case
        return self.shell.results.selected_ids() or reader_case

    def _ids(self, case_id: str | None, ids: list[str] | None) -> list[str]:
        ids = list(ids) if ids else self.cases_for_add(case_id)
        if not ids:
            self.ui.say(self.tr("Choose a case in the results first"), 5000)
        return ids

    def add_to_collection(self, case_id: str | None = None,
                          ids: list[str] | None = None) -> None:
        """Ask which collection (or a new one) and add the cases there (Ctrl+Shift+D)."""
        ids = self._ids(case_id, ids)
        if not ids:
            return
        if len(ids) == 1:
            row = self.lib.store.case_row(ids[0])
            what = self.tr("Add “{0}” to:").format(row["title"] if row else ids[0])
        else:
            what = self.tr("Add {0} cases to:").format(len(ids))
        holding = set.intersection(*(set(self.lib.collections.containing(i)) for i in ids))
        dialog = PickDialog(self.ui.owner(), what, self.ui.collections(), holding,
                            self.ui.default_collection(), self.ui.new_in)
        dialog.accepted.connect(lambda: self.add(ids, dialog.chosen() or ""))
        self.ui.show_dialog(dialog)

    def quick_add(self, case_id: str | None = None, ids: list[str] | None = None) -> None:
        """Ctrl+D: add straight to the last used collection (or the only one), with Undo;
        ask only when there is no such collection."""
        ids = self._ids(case_id, ids)
        if not ids:
            return
        name = self.ui.default_collection()
        if name is None:
            self.add_to_collection(ids=ids)
        else:
            self.add(ids, name)

    def add(self, ids: list[str], name: str, position: int | None = None) -> None:
        added: list[str] = []

        def change() -> None:
            added.extend(self.lib.collections.add(name, ids, position=position))

        if not self.ui.write(change, select=ids[0], reload=self.page.name == name):
            return
        self.ui.remember(name)
        self.ui.refresh_sidebar()
        if not added:
            self.ui.say(self.tr("Already in “{0}”").format(name) if len(ids) == 1 else
                        self.tr("All {0} cases already in “{1}”").format(len(ids), name), 5000)
            return
        if len(added) == 1:
            row = self.lib.store.case_row(added[0])
            text = self.tr("Added “{0}” to “{1}”.").format(row["title"] if row else added[0],
                                                       name)
        else:
            text = self.tr("Added {0} cases to “{1}”.").format(len(added), name)
        self.shell.status.clearMessage()  # a message would hide the Undo button
        self.ui.offer(text, lambda: self._take_back(name, added))

    def _take_back(self, name: str, ids: list[str]) -> None:
        """Undo an add: the cases leave the collection again."""
        if self.ui.write(lambda: self.lib.collections.remove(name, ids),
                         reload=self.page.name == name):
            self.ui.refresh_sidebar()
            self.ui.say(self.tr("Add undone: the case is no longer in “{0}”").format(name)
                        if len(ids) == 1 else
                        self.tr("Add undone: {0} cases are no longer in “{1}”").format(
                            len(ids), name), 5000)

    def dropped(self, ids: list[str], row: int) -> None:
        """A drop on the page: its own cases move there, new ones are added there."""
        name = self.page.name
        order = [it.id for it in self.page.model.items]
        if all(i in order for i in ids):
            at = row - sum(1 for i in order[:row] if i in ids)
            rest = [i for i in order if i not in ids]
            self.ui.write(lambda: self.lib.collections.reorder(
                name, rest[:at] + ids + rest[at:]), select=ids[0])
        else:
            self.add([i for i in ids if i not in order], name, position=row + 1)

    def remove(self, case_id: str) -> None:
        name = self.page.name
        items = self.page.model.items
        row = self.page.model.row_of(case_id)
        try:
            snap = self.lib.collections.snapshot(name)
            self.lib.collections.remove(name, [case_id])
        except CasebookError as exc:
            self.ui.say(str(exc))
            return
        after = items[row + 1].id if row + 1 < len(items) else (
            items[row - 1].id if row > 0 else None)
        self.page.show_collection(self.lib.collections.get(name), after)
        self.ui.refresh_sidebar()
        title = items[row].title if 0 <= row < len(items) else case_id

        def undo() -> None:
            self.lib.collections.delete(name)
            self.lib.collections.restore(snap)
            self.ui.open(name, case_id)
            self.ui.refresh_sidebar()

        self.ui.offer(self.tr("Removed “{0}” from “{1}”.").format(title, name), undo)

    def _selected(self, case_id: str) -> None:
        """Moving in the collection's list shows the case in the reader."""
        reader = self.shell.reader
        if not (reader.case and reader.case["id"] == case_id):
            self.shell.browser.show_selected(case_id)

    def open_case(self, case_id: str) -> None:
        row = self.page.model.row_of(case_id)
        if row >= 0 and self.page.model.items[row].missing:
            self.ui.say(self.tr("This case is no longer in the library; only its title and your "
                            "notes remain"))
            return
        self.shell.browser.open_case(case_id)
