"""View > Language: the interface in the system's language or one chosen. A choice applies
when Casebook starts, so the menu offers to restart it at once (the window comes back
where it was)."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from casebook.gui import i18n


class LanguageMenu(QObject):
    """The View > Language submenu of a window; `prompt` is the restart question while it
    is open. The window closes with `restart_requested` set when the user restarts."""

    def __init__(self, window: QMainWindow, settings: QSettings, view: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.prompt: QMessageBox | None = None
        self.menu = view.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        self.actions: dict[str, QAction] = {}
        choice = str(settings.value(i18n.SETTING, i18n.SYSTEM) or i18n.SYSTEM)
        system = i18n.language_label(i18n.system_language())
        entries = [(i18n.SYSTEM, self.tr("&System language ({0})").format(system))]
        entries += [(code, i18n.language_label(code)) for code in i18n.LANGUAGES]
        for code, label in entries:
            act = self.menu.addAction(label)
            act.setCheckable(True)
            act.setChecked(code == choice)
            act.triggered.connect(partial(self.choose, code))
            group.addAction(act)
            self.actions[code] = act
            if code == i18n.SYSTEM:
                self.menu.addSeparator()

    def choose(self, choice: str, _checked: bool = False) -> None:
        """Keep the choice for the next start; offer to restart when it changes the
        language."""
        if choice not in self.actions:
            return
        self.actions[choice].setChecked(True)
        self.settings.setValue(i18n.SETTING, choice)
        self.settings.sync()
        wanted = i18n.resolve(choice)
        if wanted == i18n.current():
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Language"),
                          self.tr("Casebook will be in {0} the next time it starts. Restart "
                                  "it now? The window comes back with the same search.")
                          .format(i18n.language_label(wanted)),
                          QMessageBox.StandardButton.NoButton, self.window)
        restart = box.addButton(self.tr("Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restart)
        box.finished.connect(lambda _r: self._answered(box.clickedButton() is restart))
        self.prompt = box
        box.open()

    def _answered(self, restart: bool) -> None:
        self.prompt = None
        if restart:
            self.restart()

    def restart(self) -> None:
        """Close the window so that the app opens it again in the chosen language."""
        setattr(self.window, "restart_requested", True)  # noqa: B010 (any QMainWindow)
        self.window.close()
