"""`casebook search` loads only what a search needs: a deny-list of modules it must not import."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from casebook import cli
from tests.helpers import ROOT, write_case

# what a search does not need: collections, packs, importers, team libraries, rendering,
# authoring, the evidence map, case parsing (the index is up to date), the GUI, the bulk
# index writer and its sub-processes, and the libraries behind them
DENIED = ("casebook.userdata.collections", "casebook.userdata.backup", "casebook.exchange",
          "casebook.render", "casebook.authoring", "casebook.evidence", "casebook.gui",
          "casebook.cases.parsing", "casebook.cases.validation", "casebook.cli.collections",
          "casebook.cli.team", "casebook.cli.importing", "casebook.cli.backup",
          "sqlite_utils", "yaml", "markdown", "nh3", "PySide6", "pygit2", "dulwich", "docx",
          "openpyxl", "pypdf", "keyring", "filelock", "logging.handlers",
          "casebook.derived.bulk_writer", "multiprocessing", "uuid")
PROBE = """
import json, sys
from casebook import cli
code = cli.main(["--data-dir", sys.argv[1], "--cases", sys.argv[2], "search", "budget",
                 "--json"])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}), file=sys.stderr)
"""


def loaded_by_a_search(tmp_path: Path) -> list[str]:
    cases = tmp_path / "cases"
    write_case(cases, "budget-case", body="The city budget is decided in public.")
    data = tmp_path / "data"
    assert cli.main(["--data-dir", str(data), "--cases", str(cases), "index"]) == 0
    done = subprocess.run([sys.executable, "-c", PROBE, str(data), str(cases)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=False)
    report = json.loads(done.stderr.strip().splitlines()[-1])
    assert report["code"] == 0 and '"budget-case"' in done.stdout
    return list(report["modules"])


def test_a_search_imports_nothing_it_does_not_need(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    modules = loaded_by_a_search(tmp_path)
    capsys.readouterr()
    found = [m for m in modules if m.startswith(DENIED)]
    assert found == []
    assert "casebook.derived.engine" in modules  # the probe really searched


def test_each_command_is_registered_by_the_module_the_table_names() -> None:
    parser = cli.build_parser()
    commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for name, group in cli.GROUPS.items():
        only = cli.build_parser(only=name)._subparsers._group_actions[0].choices  # type: ignore[union-attr]
        assert name in only, (name, group)
    assert set(commands) - {"gui", "open"} == set(cli.GROUPS)


@pytest.mark.parametrize(("argv", "command"), [
    (["search", "x"], "search"), (["--data-dir", "d", "show", "a"], "show"),
    (["--cases", "c", "--verbose", "map"], "map"), (["--version"], None), ([], None),
])
def test_the_command_is_found_after_the_global_options(argv: list[str],
                                                       command: str | None) -> None:
    assert cli.command_of(argv) == command


def test_whoosh_word_variations_load_when_first_used() -> None:
    """Whoosh's English variation tables stay unread until a Variations query asks."""
    probe = ("import sys, casebook.derived.engine\n"
             "from whoosh.lang.morph_en import variations\n"
             "before = hasattr(sys.modules['whoosh.lang.morph_en'], 'rules')\n"
             "found = variations('run')\n"
             "after = hasattr(sys.modules['whoosh.lang.morph_en'], 'rules')\n"
             "print(before, after, 'running' in found)\n")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, check=True)
    assert done.stdout.split() == ["False", "True", "True"]
