"""Every text the GUI shows goes through Qt's translation (self.tr or
QCoreApplication.translate): no words handed straight to a widget."""

from __future__ import annotations

import ast
import re
from pathlib import Path

GUI = Path(__file__).resolve().parents[2] / "casebook" / "gui"
# calls whose text arguments the user reads
SHOWN = {
    "setText", "setToolTip", "setPlaceholderText", "setWindowTitle", "setAccessibleName",
    "setAccessibleDescription", "showMessage", "addAction", "addMenu", "setLabelText",
    "setStatusTip", "setSpecialValueText", "setHeaderLabels", "addItem", "addItems",
    "insertItem", "addRow", "addButton", "setNameFilters", "information", "warning",
    "critical", "question", "about", "getExistingDirectory", "getOpenFileName",
    "getSaveFileName", "offer", "say", "warn", "tool_button", "_button", "chip_button",
    "QLabel", "QPushButton", "QAction", "QCheckBox", "QRadioButton", "QMenu", "QGroupBox",
    "QProgressDialog", "QFileDialog", "QMessageBox", "QDockWidget", "QToolButton", "Node",
    "make", "add", "add_menu", "NameDialog", "CollectionDialog", "PickDialog", "set_status",
    "QListWidgetItem", "QTreeWidgetItem", "setTitle", "setWhatsThis", "stage",
}
LOGGERS = {"log", "logger", "logging"}
TAG = re.compile(r"<[^>]*>")
KEY = re.compile(r"[a-z][a-z-]*")  # a sidebar node's key ("root", "collection-new")
KEYS = re.compile(r"((Ctrl|Alt|Shift|Meta)\+)*(F\d{1,2}|Left|Right|Up|Down|Del|Esc|\S)")


def _words(node: ast.expr, keys: bool = False) -> bool:
    """A literal or an f-string with words in its literal parts (not markup, not a
    shortcut appended after a tab)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values
                       if isinstance(v, ast.Constant) and isinstance(v.value, str))
    else:
        return False
    if text.startswith("\t") or KEYS.fullmatch(text) or (keys and KEY.fullmatch(text)):
        return False
    return any(ch.isalpha() for ch in TAG.sub("", text))


def _name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _logging(call: ast.Call) -> bool:
    func = call.func
    return (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
            and func.value.id in LOGGERS)


def untranslated(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for call in ast.walk(tree):
        if not isinstance(call, ast.Call) or _name(call) not in SHOWN or _logging(call):
            continue
        keys = _name(call) == "Node"
        args = [*call.args, *(k.value for k in call.keywords
                              if not keys or k.arg == "tooltip")]
        for arg in args:
            parts = [arg]
            if isinstance(arg, ast.BinOp):  # "text" + "\tCtrl+D"
                parts = [arg.left, arg.right]
            if isinstance(arg, ast.IfExp):
                parts = [arg.body, arg.orelse]
            if isinstance(arg, ast.List):
                parts = list(arg.elts)
            for part in parts:
                if _words(part, keys):
                    found.append(f"{path.relative_to(GUI.parent.parent)}:{part.lineno}: "
                                 f"{_name(call)}({ast.unparse(part)[:60]})")
    return found


def test_shown_text_goes_through_translation() -> None:
    found = [line for path in sorted(GUI.rglob("*.py")) for line in untranslated(path)]
    assert not found, "\n".join(found)


def test_the_check_finds_words_handed_to_a_widget(tmp_path: Path) -> None:
    sample = GUI / "_sample_for_the_check.py"
    try:
        sample.write_text('label.setText("Hello")\nlabel.setText(self.tr("Hello"))\n'
                          'menu.addAction(f"Open {name}")\nbutton.setText("×")\n',
                          encoding="utf-8")
        assert [line.split(": ", 1)[1] for line in untranslated(sample)] == [
            "setText('Hello')", "addAction(f'Open {name}')"]
    finally:
        sample.unlink()
