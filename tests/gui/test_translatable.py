"""Every text the GUI shows goes through Qt's translation (self.tr or
QCoreApplication.translate): no words handed straight to a widget, and every call written
so that pyside6-lupdate finds its text and gives it the context it is looked up in."""

from __future__ import annotations

import ast
import re
from pathlib import Path

GUI = Path(__file__).resolve().parents[2] / "casebook" / "gui"
# the allow-list: i18n.py defines translate() and Translatable.tr over any text given to
# them; words.py translates the core's vocabularies, each marked there with its context
TRANSLATORS = {GUI / "i18n.py", GUI / "words.py"}
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


def _literal(node: ast.expr | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _marked_contexts() -> set[str]:
    """The contexts of texts marked with QT_TRANSLATE_NOOP where they are defined."""
    out = set()
    for path in GUI.parent.rglob("*.py"):
        for call in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(call, ast.Call) and _name(call) == "QT_TRANSLATE_NOOP" and \
                    call.args and _literal(call.args[0]):
                out.add(call.args[0].value)  # type: ignore[attr-defined]
    return out


def unreadable(path: Path, marked: set[str]) -> list[str]:
    """Translation calls pyside6-lupdate cannot read as the app runs them: a text that is
    no literal (an f-string, a variable) where lupdate needs one, `self.tr` outside a
    class or on another object, a `tr` or `_tr` of one's own, a context that is no literal,
    and a variable text in a context where nothing is marked with QT_TRANSLATE_NOOP."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    where = f"{path.relative_to(GUI.parent.parent)}"
    found = []
    classes: dict[ast.AST, ast.ClassDef] = {}
    for cls in ast.walk(tree):
        if isinstance(cls, ast.ClassDef):
            for node in ast.walk(cls):
                classes.setdefault(node, cls)
    in_fstrings = {id(call) for joined in ast.walk(tree) if isinstance(joined, ast.JoinedStr)
                   for call in ast.walk(joined) if isinstance(call, ast.Call)}
    for node in ast.walk(tree):
        text_at = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1}.get(
            _name(node) if isinstance(node, ast.Call) else "", -1)
        if isinstance(node, ast.Call) and id(node) in in_fstrings and 0 <= text_at < len(
                node.args) and _literal(node.args[text_at]):
            found.append(f"{where}:{node.lineno}: {ast.unparse(node)[:70]}: inside an "
                         "f-string, where lupdate does not look")
            continue
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name in (
                "tr", "_tr") and path not in TRANSLATORS:
            found.append(f"{where}:{node.lineno}: defines {node.name}(): lupdate cannot "
                         "read its calls")
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = [n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)]
            if {"tr", "_tr"} & set(names):
                found.append(f"{where}:{node.lineno}: names a translation function tr: "
                             "lupdate reads only self.tr(...) and translate(...)")
        if not isinstance(node, ast.Call):
            continue
        name, func = _name(node), node.func
        line = f"{where}:{node.lineno}: {ast.unparse(node)[:70]}"
        if name in ("tr", "_tr") and isinstance(func, ast.Name):
            found.append(f"{line}: a bare {name}()")
        elif name == "tr" and isinstance(func, ast.Attribute) and path not in TRANSLATORS:
            if not (isinstance(func.value, ast.Name) and func.value.id == "self"):
                found.append(f"{line}: tr() of another object (its context differs)")
            elif node not in classes:
                found.append(f"{line}: self.tr() outside a class")
            elif not node.args or not _literal(node.args[0]):
                found.append(f"{line}: the text is no literal")
            elif len(node.args) > 1 and not _literal(node.args[1]):
                found.append(f"{line}: the disambiguation is no literal")
        elif name in ("translate", "QT_TRANSLATE_NOOP") and path not in TRANSLATORS and \
                not (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
                     and func.value.id in ("painter", "p")):
            if len(node.args) < 2 or not _literal(node.args[0]):
                found.append(f"{line}: the context is no literal")
            elif len(node.args) > 3 or node.keywords:
                found.append(f"{line}: a count (lupdate reads it in self.tr only)")
            elif len(node.args) > 2 and not (_literal(node.args[2]) or (
                    isinstance(node.args[2], ast.Constant) and node.args[2].value is None)):
                found.append(f"{line}: the disambiguation is no literal")
            elif not _literal(node.args[1]):
                text = node.args[1]
                if name == "QT_TRANSLATE_NOOP" or isinstance(text, ast.JoinedStr | ast.BinOp):
                    found.append(f"{line}: the text is no literal")
                elif node.args[0].value not in marked:  # type: ignore[attr-defined]
                    found.append(f"{line}: nothing is marked in this context")
    return found


def test_lupdate_reads_every_translation_call() -> None:
    marked = _marked_contexts()
    found = [line for path in sorted(GUI.rglob("*.py")) for line in unreadable(path, marked)]
    assert not found, "\n".join(found)


def test_the_check_finds_calls_lupdate_cannot_read() -> None:
    sample = GUI / "_sample_for_the_lupdate_check.py"
    try:
        sample.write_text(
            "from casebook.gui.i18n import translate\n"
            "def _tr(text):\n    return translate('x', text)\n"
            "class A:\n"
            "    def f(self, name, other):\n"
            "        tr = self.tr\n"
            "        self.tr('fine {0}').format(name)\n"
            "        self.tr(f'Open {name}')\n"
            "        other.tr('Open')\n"
            "        translate('Nowhere', name)\n"
            "        translate('CasePage', name)\n"
            "        translate('CasePage', 'a %n', n)\n"
            "        translate('CasePage', 'a %n', None, n)\n"
            "        tr('Open')\n"
            "def g():\n    self.tr('x')\n"
            "class B:\n    def f(self):\n        return f'<b>{self.tr(\"Hidden\")}</b>'\n",
            encoding="utf-8")
        found = [line.split(": ", 1)[1] for line in unreadable(sample, _marked_contexts())]
        assert sorted(f.rsplit(": ", 1)[-1] for f in found) == sorted([
            "lupdate cannot read its calls", "lupdate reads only self.tr(...) and translate(...)",
            "the text is no literal", "tr() of another object (its context differs)",
            "nothing is marked in this context", "nothing is marked in this context",
            "a bare tr()", "self.tr() outside a class",
            "the disambiguation is no literal", "a count (lupdate reads it in self.tr only)",
            "inside an f-string, where lupdate does not look"])
    finally:
        sample.unlink()
