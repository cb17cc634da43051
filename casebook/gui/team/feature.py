"""Team libraries in the app: the sidebar section with each library's status, File > Add
team library…, the Library menu, the conflict view, and an optional update on start."""

from __future__ import annotations

import logging
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal, SignalInstance
from PySide6.QtGui import QCursor, QDesktopServices
from PySide6.QtWidgets import QMenu, QMessageBox, QProgressBar, QPushButton

from casebook.errors import CasebookError
from casebook.exchange.team import registry, setup, tokens
from casebook.gui.browse.models import Node, NodeRole
from casebook.gui.shell import Shell
from casebook.gui.team.conflict import ConflictDialog
from casebook.gui.team.dialogs import AddDialog, SharedCollectionDialog, ShareDialog, TokenDialog
from casebook.gui.team.sidebar import TeamEntries
from casebook.gui.team.worker import Failure, TeamState, TeamThread, TeamWorker

if TYPE_CHECKING:
    from casebook.exchange.team.ops import UpdateReport

log = logging.getLogger(__name__)
START_KEY = "team/update_on_start"


class TeamFeature(QObject):
    """Owns the team worker; everything slow runs there, and a failure is a status line."""

    add_requested = Signal(str, str)
    update_requested = Signal(object)
    share_requested = Signal(str, str)
    refresh_requested = Signal()
    states_shown = Signal()  # the sidebar shows fresh states
    conflict_opened = Signal(object)  # the ConflictDialog, for whoever wants to watch it

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.window())
        self.shell = shell
        self.lib = shell.lib
        self.states: list[TeamState] = []
        self.busy = False
        self.closed = False
        self.asked: set[str] = set()  # updates the user asked for (not the one at start)
        self.team_thread: TeamThread | None = None  # started with the window's first sync
        self.progress = QProgressBar(shell.window())
        self.progress.setMaximumWidth(160)
        self.progress.setAccessibleName(self.tr("Team library progress"))
        self.progress.hide()
        self.cancel = QPushButton(self.tr("Cancel"), shell.window())
        self.cancel.setAccessibleName(self.tr("Cancel the team library download"))
        self.cancel.clicked.connect(lambda: self.worker().cancel_event.set())
        self.cancel.hide()
        shell.status.addWidget(self.progress)
        shell.status.addWidget(self.cancel)
        self.entries = TeamEntries(self)
        shell.sidebar.sections.append(self.section)
        shell.sidebar.entry_clicked.connect(self._clicked)
        shell.sidebar.expanded |= {"team"}
        self._menus()
        shell.sync.finished.connect(self._first_sync)

    def worker(self) -> TeamWorker:
        """The worker, in its thread, started on first use."""
        if self.team_thread is None:
            self.team_thread = TeamThread(str(self.lib.data_dir))
            worker = self.team_thread.worker
            self.add_requested.connect(worker.add)
            self.update_requested.connect(worker.update)
            self.share_requested.connect(worker.share)
            self.refresh_requested.connect(worker.refresh)
            worker.progress.connect(self._progress)
            worker.done.connect(self._done)
            worker.failed.connect(self._failed)
            worker.states.connect(self._states)
        return self.team_thread.worker

    def request(self, signal: SignalInstance, *args: object) -> None:
        if self.closed:  # a sync that ends as the window closes starts no thread after it
            return
        self.worker()
        signal.emit(*args)

    def _first_sync(self) -> None:
        self.shell.sync.finished.disconnect(self._first_sync)
        self.request(self.refresh_requested)
        self._at_start()

    def _menus(self) -> None:
        m = self.shell.menus
        m.add_file_action(m.make(self.tr("Add &team library…"), self.add))
        menu = m.add_menu(self.tr("&Library"))
        self.update_action = m.add(menu, self.tr("&Update"), self.update_all, "Ctrl+Shift+U")
        self.share_action = m.add(menu, self.tr("&Share my changes…"), self.share)
        self.conflicts_action = m.add(menu, self.tr("&Conflicts…"), self.open_conflicts)
        menu.addSeparator()
        self.start_action = m.add(menu, self.tr("Update &when Casebook starts"), self._toggle_start)
        self.start_action.setCheckable(True)
        self.start_action.setChecked(self._update_on_start())
        menu.addSeparator()
        m.add(menu, self.tr("&Open the library's folder"), self.open_folder)
        m.add(menu, self.tr("&Remove team library…"), self.remove)
        self.menu = menu
        self._enable()

    def shutdown(self) -> None:
        self.closed = True  # an answer still queued does not reach the closing window
        if self.team_thread is not None:
            self.team_thread.stop()

    # start -------------------------------------------------------------------------------
    def _update_on_start(self) -> bool:
        return str(self.shell.settings.value(START_KEY, "false")).lower() == "true"

    def _toggle_start(self) -> None:
        self.shell.settings.setValue(START_KEY, "true" if self.start_action.isChecked()
                                     else "false")

    def _at_start(self) -> None:
        teams = registry.libraries(self.lib)
        if not teams:
            return
        if not tokens.keyring_usable():
            for team in teams:
                if team.token and tokens.get(team.url) is None:
                    self._ask_token(team.url, tokens.NO_KEYRING[:1].upper() +
                                    tokens.NO_KEYRING[1:] + ".")
        if self._update_on_start():
            self._start("update", self.tr("Updating team libraries…"))
            self.request(self.update_requested, [t.name for t in teams])

    # the sidebar -------------------------------------------------------------------------
    def section(self) -> Node:
        """The sidebar's Team libraries section, from the last states the worker sent."""
        return self.entries.section(self.states)

    def _states(self, states: list[TeamState]) -> None:
        if self.closed:
            return
        self.states = states
        self._enable()
        self.shell.browser.refresh_sidebar()
        self.states_shown.emit()

    def _enable(self) -> None:
        some = bool(self.states)
        for act in (self.update_action, self.share_action):
            act.setEnabled(some and not self.busy)
        self.conflicts_action.setEnabled(any(s.conflicts for s in self.states))

    def _clicked(self, kind: str, key: str) -> None:
        if kind == "team-add":
            self.add()
        elif kind == "team-collection":
            self.open_shared(*key.split("\n", 1))
        elif kind == "team":
            st = self._state(key)
            if st is not None and st.conflicts:
                self.open_conflicts(st.name)
            elif st is not None:
                self._entry_menu(st).popup(QCursor.pos())

    def _entry_menu(self, st: TeamState) -> QMenu:
        menu = QMenu(self.shell.window())
        menu.addAction(self.tr("Update"), partial(self.update, st.name))
        menu.addAction(self.tr("Share my changes…"), partial(self.share, st.name))
        menu.addAction(self.tr("Open the library's folder"), partial(self.open_folder, st.name))
        menu.addAction(self.tr("Remove…"), partial(self.remove, st.name))
        return menu

    def _state(self, name: str) -> TeamState | None:
        return next((s for s in self.states if s.name == name), None)

    def _pick(self) -> str | None:
        """The library an action is for: the one selected in the sidebar, else the only one,
        else the first."""
        node = self.shell.sidebar.tree.currentIndex().data(NodeRole)
        key = getattr(node, "key", None)
        if getattr(node, "facet", "") == "team" and self._state(str(key)) is not None:
            return str(key)
        return self.states[0].name if self.states else None

    # actions -----------------------------------------------------------------------------
    def add(self) -> None:
        dialog = AddDialog(self.shell.window())
        if dialog.exec() != AddDialog.DialogCode.Accepted:
            return
        url = dialog.url.text().strip()
        if dialog.token.text().strip():
            from casebook.exchange.team.ops import normal_url

            tokens.put(normal_url(url), dialog.token.text().strip())
        self._start("add", self.tr("Downloading the team library…"), cancel=True)
        self.request(self.add_requested, url, dialog.name.text().strip())

    def update(self, name: str) -> None:
        self.asked.add(name)
        self._start("update", self.tr("Updating {0}…").format(name), cancel=True)
        self.request(self.update_requested, [name])

    def update_all(self) -> None:
        names = [s.name for s in self.states]
        if names:
            self.asked.update(names)
            self._start("update", self.tr("Updating team libraries…"), cancel=True)
            self.request(self.update_requested, names)

    def share(self, name: str | None = None) -> None:
        name = name or self._pick()
        st = self._state(name) if name else None
        if st is None:
            return
        if st.conflicts:
            self.shell.status.showMessage(self.tr(
                "{0}: choose Keep mine or Take theirs for the cases changed by someone else "
                "too before sharing").format(name), 10_000)
            self.open_conflicts(st.name)
            return
        if not st.local and not st.ahead:
            self.shell.status.showMessage(self.tr("{0}: nothing to share").format(name), 8000)
            return
        dialog = ShareDialog(self.shell.window(), st.name, st.local, st.ahead)
        if dialog.exec() == ShareDialog.DialogCode.Accepted:
            self._start("share", self.tr("Sharing your changes with {0}…").format(st.name))
            self.request(self.share_requested, st.name, dialog.message.toPlainText().strip())

    def open_conflicts(self, name: str | None = None) -> None:
        name = name or next((s.name for s in self.states if s.conflicts), None)
        if name is None:
            return
        try:
            dialog = ConflictDialog(self.shell.window(), self.lib, name)
        except CasebookError as exc:
            self.shell.status.showMessage(str(exc), 10_000)
            return
        dialog.resolved.connect(lambda _path: self._resolved())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.conflict_opened.emit(dialog)
        dialog.open()

    def _resolved(self) -> None:
        self.shell.sync.start(False)
        self.request(self.refresh_requested)

    def open_shared(self, team: str, file: str) -> None:
        try:
            shared = next(s for s in setup.shared_collections(self.lib, registry.get(
                self.lib, team)) if s.file == file)
        except (CasebookError, StopIteration):
            return
        titles = {i: r["title"] for i, r in self.lib.store.case_rows(
            [i.id for i in shared.snapshot.items]).items()}
        dialog = SharedCollectionDialog(self.shell.window(), shared, titles)
        if dialog.exec() == SharedCollectionDialog.DialogCode.Accepted:
            name = self.lib.collections.restore(shared.snapshot)
            self.shell.browser.refresh_sidebar()
            self.shell.status.showMessage(self.tr("Made your own copy: {0}").format(name), 8000)

    def open_folder(self, name: str | None = None) -> None:
        st = self._state(name or self._pick() or "")
        if st is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(st.path))

    def remove(self, name: str | None = None) -> None:
        from casebook.exchange.team import ops

        name = name or self._pick()
        if name is None:
            return
        try:
            lost = ops.unshared(self.lib, name)
        except CasebookError:
            lost = []
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove team library"),
                          self.tr("Stop using the team library {0}?").format(name),
                          parent=self.shell.window())
        if lost:
            box.setInformativeText(self.tr("Not shared yet: {0}").format("; ".join(lost[:8])))
        keep = box.addButton(self.tr("Remove, keep its folder"), QMessageBox.ButtonRole.AcceptRole)
        delete = box.addButton(self.tr("Remove and delete its folder"),
                               QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() not in (keep, delete):
            return
        try:
            team = ops.remove(self.lib, name, keep_files=box.clickedButton() is keep,
                              force=True)
        except CasebookError as exc:
            self.shell.status.showMessage(str(exc), 15_000)
            return
        self.shell.use_folders([f for f in self.lib.folders if f != team.path])
        self.shell.sync.start(False)
        self.request(self.refresh_requested)

    # the worker's answers ----------------------------------------------------------------
    def _start(self, op: str, message: str, cancel: bool = False) -> None:
        self.busy = True
        self._enable()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel.setVisible(cancel)
        self.shell.status.showMessage(message)

    def _stop(self) -> None:
        self.busy = False
        self.progress.hide()
        self.cancel.hide()
        self._enable()

    def _progress(self, _op: str, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _done(self, op: str, result: object) -> None:
        if self.closed:
            return
        self._stop()
        if op == "add":
            path = getattr(result, "path", "")
            if path and path not in self.lib.folders:
                self.shell.use_folders([*self.lib.folders, path])
            self.shell.sync.start(False)
            self.shell.status.showMessage(self.tr("Added the team library {0}").format(
                getattr(result, "name", "")), 10_000)
        elif op == "update":
            self.shell.sync.start(False)
            report: UpdateReport = result  # type: ignore[assignment]
            self.shell.status.showMessage(self.update_text(report), 15_000)
            name = getattr(result, "name", "")
            if getattr(result, "conflicts", None) and name in self.asked:
                QTimer.singleShot(0, partial(self.open_conflicts, name))
            self.asked.discard(name)
        elif op == "share":
            files = len(getattr(result, "files", {}))
            text = self.tr("Shared with {0}: 1 file") if files == 1 else \
                self.tr("Shared with {0}: {1} files")
            self.shell.status.showMessage(text.format(getattr(result, "name", ""), files),
                                          10_000)

    def update_text(self, report: UpdateReport) -> str:
        """What an update brought, in the interface's words (the CLI has its own)."""
        if not report.changed and not report.conflicts:
            return self.tr("{0}: up to date").format(report.name)
        new = len(report.new_files)
        other = report.changed - new
        parts = [text for count, text in (
            (new, self.tr("%n new case file(s)", "", new)),
            (other, self.tr("%n other file(s) updated", "", other)),
            (len(report.conflicts), self.tr(
                "%n file(s) also changed by someone else (your version is kept; see "
                "Library > Conflicts…)", "", len(report.conflicts)))) if count > 0]
        return self.tr("{0}: {1}").format(report.name, ", ".join(parts))

    def _failed(self, failure: Failure) -> None:
        if self.closed:
            return
        self._stop()
        log.warning("team library %s of %s: %s", failure.op, failure.name, failure.message)
        asked = failure.name in self.asked or failure.op != "update"
        self.asked.discard(failure.name)
        if failure.kind == "auth" and asked and failure.url and self._ask_token(
                failure.url, self.tr("The server asks for an access token.")):
            self._retry(failure)
            return
        if failure.kind in ("behind", "refused") and asked:
            self._refused(failure)
            return
        text = failure.message if failure.name in failure.message or not failure.name \
            else f"{failure.name}: {failure.message}"
        self.shell.status.showMessage(text, 15_000)

    def _retry(self, failure: Failure) -> None:
        if failure.op == "update":
            self.update(failure.name)
        elif failure.op == "share":
            self._start("share", self.tr("Sharing your changes with {0}…").format(failure.name))
            self.request(self.share_requested, failure.name, "")
        elif failure.op == "add":
            self._start("add", self.tr("Downloading the team library…"), cancel=True)
            self.request(self.add_requested, failure.url, failure.name)

    def _ask_token(self, url: str, why: str) -> bool:
        dialog = TokenDialog(self.shell.window(), url, why)
        if dialog.exec() != TokenDialog.DialogCode.Accepted or not dialog.token.text().strip():
            return False
        tokens.put(url, dialog.token.text().strip())
        return True

    def _refused(self, failure: Failure) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Not shared yet"),
                          failure.message, parent=self.shell.window())
        box.setInformativeText(self.tr("Your changes are kept. You can update first and share "
                                       "again, or save them as a .casebook pack to send."))
        update = box.addButton(self.tr("Update first"), QMessageBox.ButtonRole.AcceptRole) \
            if failure.kind == "behind" else None
        pack = box.addButton(self.tr("Save as a pack…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if update is not None and box.clickedButton() is update:
            self.update(failure.name)
        elif box.clickedButton() is pack:
            self._save_pack(failure.name)

    def _save_pack(self, name: str) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self.shell.window(), self.tr("Save as a pack"),
                                              self.tr("{0}-not-shared.casebook").format(name),
                                              self.tr("Casebook pack (*.casebook)"))
        if not path:
            return
        try:
            report = setup.pack_unshared(self.lib, name, path)
        except CasebookError as exc:
            self.shell.status.showMessage(str(exc), 15_000)
            return
        text = self.tr("Saved 1 case to {1}") if report.cases == 1 else \
            self.tr("Saved {0} cases to {1}")
        self.shell.status.showMessage(text.format(report.cases, path), 10_000)
