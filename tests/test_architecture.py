"""The layout's rules: imports point down the flow, no cycles, Qt only under gui/, lazy CLI."""

from __future__ import annotations

import ast
import graphlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "casebook"
LINT = Path(sys.executable).with_name("lint-imports")
HEAVY = ("PySide6", "shiboken6", "whoosh")
QT = ("PySide6", "shiboken6")


def lint(root: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(root))
    return subprocess.run([str(LINT), "--no-cache", str(root / "pyproject.toml")],
                          capture_output=True, text=True, cwd=root, env=env, timeout=300,
                          check=False)


def test_the_import_contracts_hold() -> None:
    result = lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 kept, 0 broken" in result.stdout


@pytest.mark.parametrize(("module", "line", "broken"), [
    ("cases/text.py", "from casebook.library import Library", "Imports point down the flow"),
    ("derived/store.py", "import PySide6", "Qt only under casebook.gui"),
    ("derived/snippets.py", "from casebook.derived import store", "No import cycles"),
])
def test_a_broken_rule_fails_the_check(tmp_path: Path, module: str, line: str,
                                       broken: str) -> None:
    shutil.copytree(PACKAGE, tmp_path / "casebook",
                    ignore=shutil.ignore_patterns("__pycache__", "_bundled"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    if module == "derived/snippets.py":  # make store import snippets too: a cycle
        store = tmp_path / "casebook" / "derived" / "store.py"
        store.write_text(store.read_text(encoding="utf-8")
                         + "\n\ndef _late() -> None:\n    from casebook.derived import snippets\n",
                         encoding="utf-8")
    target = tmp_path / "casebook" / module
    target.write_text(target.read_text(encoding="utf-8") + f"\n\ndef _late() -> None:\n"
                      f"    {line}\n", encoding="utf-8")
    result = lint(tmp_path)
    assert result.returncode != 0
    assert f"{broken}" in result.stdout
    assert "BROKEN" in result.stdout.split(broken, 1)[1].split("\n\n", 1)[0].replace("\n", " ")


def test_no_module_level_cycle() -> None:
    """Sibling cycles are import-linter's; this also catches a package and its own module."""
    graph = grimp.build_graph("casebook", cache_dir=None)
    deps = {m: {d for d in graph.find_modules_directly_imported_by(m) if d in graph.modules}
            for m in graph.modules}
    graphlib.TopologicalSorter(deps).prepare()  # raises CycleError naming the cycle


def test_nothing_outside_gui_imports_gui() -> None:
    """The PDF writer (it needs Qt) is named in the export writer table and imported only
    when a PDF is written; no module outside gui/ imports casebook.gui, even lazily, but
    casebook.launch, which starts the app."""
    found: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.relative_to(PACKAGE).parts[0] in ("gui", "launch.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else [
                a.name for a in node.names] if isinstance(node, ast.Import) else []
            found += [f"{path.name}:{node.lineno}" for n in names
                      if n.startswith("casebook.gui")]
    assert found == []
    assert loaded_after("from casebook.exchange.packs import WRITERS, writer; "
                        "assert WRITERS['pdf'] == 'casebook.gui.output:write_pdf_export'") == []


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
    assert loaded_after("import casebook.cli, casebook.library, casebook.launch") == []


@pytest.mark.parametrize("argv", [["check", "--help"], ["--help"], ["search", "--help"]])
def test_help_loads_neither_qt_nor_whoosh(argv: list[str]) -> None:
    code = ("import casebook.launch, contextlib, io\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            f"    try:\n        casebook.launch.main({argv!r})\n"
            "    except SystemExit:\n        pass")
    assert loaded_after(code) == []


def test_check_of_a_folder_loads_neither_qt_nor_whoosh(tmp_path: Path) -> None:
    good = Path(__file__).resolve().parent / "data" / "good"
    code = ("import casebook.cli, contextlib, io\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            f"    rc = casebook.cli.main(['--data-dir', {str(tmp_path)!r}, 'check', "
            f"{str(good)!r}])\n"
            "assert rc == 0, rc")
    assert loaded_after(code) == []


def test_search_loads_whoosh_but_not_qt(tmp_path: Path) -> None:
    good = Path(__file__).resolve().parent / "data" / "good"
    code = ("import casebook.cli, contextlib, io\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            f"    rc = casebook.cli.main(['--data-dir', {str(tmp_path)!r}, '--cases', "
            f"{str(good)!r}, 'search', 'budget'])\n"
            "assert rc == 0, rc")
    loaded = loaded_after(code)
    assert "whoosh" in loaded
    assert not [m for m in loaded if m.split(".")[0] in QT]
