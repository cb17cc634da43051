"""The team library dialogs: add one, share my changes, give a token, a shared collection."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from casebook.exchange.team import tokens
from casebook.exchange.team.setup import SharedCollection


def _buttons(dialog: QDialog, ok: str) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel, dialog)
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class AddDialog(QDialog):
    """File > Add team library…: the address, a name, a token if the server needs one."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a team library"))
        self.setMinimumWidth(560)
        intro = QLabel(self.tr(
            "A team library is a case library that several people read and add to. Paste "
            "the address you were given: a web address (https://…), an SSH address, or a "
            "folder on a shared drive."), self)
        intro.setWordWrap(True)
        self.url = QLineEdit(self)
        self.url.setPlaceholderText(self.tr("https://git.example.org/unit/cases.git"))
        self.url.setAccessibleName(self.tr("Address of the team library"))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("from the address"))
        self.name.setAccessibleName(self.tr("Name"))
        self.token = QLineEdit(self)
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText(self.tr("only if the library is private"))
        self.token.setAccessibleName(self.tr("Access token"))
        where = self.tr("It is kept in this computer's keyring.") if tokens.keyring_usable() \
            else self.tr("This computer has no keyring Casebook can use, so the token is not "
                         "kept: Casebook asks for it again each time it starts.")
        note = QLabel(where, self)
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Address:"), self.url)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Access token:"), self.token)
        form.addRow("", note)
        self.box = _buttons(self, self.tr("Add"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.box)
        self.url.textChanged.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        self.box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.url.text().strip()))


class ShareDialog(QDialog):
    """Library > Share my changes…: what will be sent, and a line saying what was done."""

    def __init__(self, parent: QWidget, name: str, files: dict[str, str], ahead: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Share my changes — {0}").format(name))
        self.setMinimumWidth(520)
        kinds = {"new": self.tr("new"), "changed": self.tr("changed"),
                 "deleted": self.tr("deleted")}
        listing = QListWidget(self)
        listing.setAccessibleName(self.tr("Files to share"))
        for path, kind in sorted(files.items()):
            listing.addItem(f"{path}  ({kinds.get(kind, kind)})")
        if ahead:
            listing.addItem(self.tr("1 saved change not sent yet") if ahead == 1 else
                            self.tr("{0} saved changes not sent yet").format(ahead))
        self.message = QPlainTextEdit(self)
        self.message.setPlaceholderText(self.tr("What did you change? (for example: added "
                                                "the Kenya Huduma case)"))
        self.message.setAccessibleName(self.tr("What you changed"))
        self.message.setFixedHeight(70)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("These will be sent to the team library:"), self))
        layout.addWidget(listing, 1)
        layout.addWidget(QLabel(self.tr("What you changed:"), self))
        layout.addWidget(self.message)
        layout.addWidget(_buttons(self, self.tr("Share")))


class TokenDialog(QDialog):
    """Asks for an access token, saying why it is asked."""

    def __init__(self, parent: QWidget, url: str, why: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Access token"))
        self.text = QLabel(self.tr("{0}\n\nThe access token for {1}:").format(why, url), self)
        self.text.setWordWrap(True)
        self.token = QLineEdit(self)
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setAccessibleName(self.tr("Access token"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.token)
        layout.addWidget(_buttons(self, self.tr("OK")))


class SharedCollectionDialog(QDialog):
    """A collection shared in a team library, read-only, with Make my own copy."""

    def __init__(self, parent: QWidget, shared: SharedCollection,
                 titles: dict[str, str]) -> None:
        super().__init__(parent)
        snap = shared.snapshot
        self.setWindowTitle(self.tr("{0} (shared in {1})").format(snap.name, shared.team))
        self.resize(640, 560)
        parts = [f"<h2>{escape(snap.name)}</h2>"]
        if snap.description:
            parts.append(f"<p>{escape(snap.description)}</p>")
        parts.append("<ol>")
        for item in snap.items:
            title = titles.get(item.id) or item.last_title or item.id
            note = f"<br><i>{escape(item.note)}</i>" if item.note else ""
            questions = "".join(f"<br>? {escape(q)}" for q in item.questions)
            parts.append(f"<li><b>{escape(title)}</b>{note}{questions}</li>")
        parts.append("</ol>")
        self.view = QTextBrowser(self)
        self.view.setHtml("".join(parts))
        self.view.setAccessibleName(self.tr("Shared collection"))
        read_only = QLabel(self.tr("Shared by the team library: it changes when the team "
                                   "changes it. Make your own copy to change it."), self)
        read_only.setWordWrap(True)
        box = _buttons(self, self.tr("Make my own copy"))
        box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(read_only)
        layout.addWidget(self.view, 1)
        layout.addWidget(box)
