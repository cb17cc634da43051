"""Architecture boundaries: Qt only under casebook/gui/, and the CLI starts without it."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent.parent / "casebook"
QT_ROOTS = ("PySide6", "shiboken6")
HEAVY = ("PySide6", "shiboken6", "whoosh")


def qt_imports(path: Path) -> list[str]:
    """Every import of Qt in a file, as 'line: module'."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[str] = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif (isinstance(node, ast.Call) and node.args
              and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
              and ((isinstance(node.func, ast.Name) and node.func.id == "__import__")
                   or (isinstance(node.func, ast.Attribute)
                       and node.func.attr == "import_module"))):
            names = [node.args[0].value]
        found += [f"{node.lineno}: {n}" for n in names if n.split(".")[0] in QT_ROOTS]
    return found


def core_modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "gui" not in p.relative_to(PACKAGE).parts)


def test_the_scan_sees_the_core_and_would_catch_an_import(tmp_path: Path) -> None:
    names = {p.relative_to(PACKAGE).as_posix() for p in core_modules()}
    assert {"cli/__init__.py", "library.py", "derived/engine.py", "cases/parsing.py"} <= names
    sample = tmp_path / "sample.py"
    sample.write_text("import os\nfrom PySide6 import QtCore\n"
                      "def f():\n    import PySide6.QtGui as g\n"
                      "    __import__('shiboken6')\n", encoding="utf-8")
    assert qt_imports(sample) == ["2: PySide6", "4: PySide6.QtGui", "5: shiboken6"]


def test_no_core_module_imports_qt() -> None:
    offenders = {str(p.relative_to(PACKAGE)): hits for p in core_modules()
                 if (hits := qt_imports(p))}
    assert offenders == {}


def loaded_after(code: str) -> list[str]:
    """Heavy modules in sys.modules after running code in a fresh interpreter."""
    probe = (f"import sys, json\n{code}\n"
             f"print(json.dumps(sorted(m for m in sys.modules "
             f"if m.split('.')[0] in {HEAVY!r})))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True, timeout=120)
    loaded: list[str] = json.loads(out.stdout.strip().splitlines()[-1])
    return loaded


def test_importing_the_cli_and_library_loads_neither_qt_nor_whoosh() -> None:
    assert loaded_after("import casebook.cli, casebook.library") == []


@pytest.mark.parametrize("argv", [["check", "--help"], ["--help"], ["search", "--help"]])
def test_help_loads_neither_qt_nor_whoosh(argv: list[str]) -> None:
    code = ("import casebook.cli, contextlib, io\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            f"    try:\n        casebook.cli.main({argv!r})\n"
            "    except SystemExit:\n        pass")
    assert loaded_after(code) == []


def test_check_of_a_folder_loads_neither_qt_nor_whoosh(tmp_path: Path) -> None:
    good = Path(__file__).resolve().parent.parent / "data" / "good"
    code = ("import casebook.cli, contextlib, io\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            f"    rc = casebook.cli.main(['--data-dir', {str(tmp_path)!r}, 'check', "
            f"{str(good)!r}])\n"
            "assert rc == 0, rc")
    assert loaded_after(code) == []


def test_search_loads_whoosh_but_not_qt(tmp_path: Path) -> None:
    good = Path(__file__).resolve().parent.parent / "data" / "good"
    code = ("import casebook.cli, contextlib, io\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            f"    rc = casebook.cli.main(['--data-dir', {str(tmp_path)!r}, '--cases', "
            f"{str(good)!r}, 'search', 'budget'])\n"
            "assert rc == 0, rc")
    loaded = loaded_after(code)
    assert "whoosh" in loaded
    assert not [m for m in loaded if m.split(".")[0] in QT_ROOTS]
