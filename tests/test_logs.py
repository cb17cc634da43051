"""Logging: each module through its own logger; the core never prints."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "casebook"
FACES = ("cli", "gui")


def _calls(path: Path) -> list[ast.Call]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [n for n in ast.walk(tree) if isinstance(n, ast.Call)]


def test_every_logger_is_the_modules_own() -> None:
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for call in _calls(path):
            func = call.func
            if isinstance(func, ast.Attribute) and func.attr == "getLogger":
                named = [a for a in call.args if not (isinstance(a, ast.Name)
                                                      and a.id == "__name__")]
                if named and path.name != "logs.py":  # logs.py sets up the package's root
                    wrong.append(f"{path.relative_to(PACKAGE)}:{call.lineno}")
    assert wrong == []


def test_the_core_logs_instead_of_printing() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.relative_to(PACKAGE).parts[0] in FACES:
            continue
        for call in _calls(path):
            func = call.func
            if (isinstance(func, ast.Name) and func.id == "print") or (
                    isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
                    and func.value.id == "logging" and func.attr in (
                        "debug", "info", "warning", "error", "exception", "critical")):
                found.append(f"{path.relative_to(PACKAGE)}:{call.lineno}")
    assert found == []
