"""One table of facets: a facet added to casebook/facets.py reaches the store and the CLI."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from casebook.facets import FACETS, LISTED, OPTIONS
from tests.helpers import ROOT, write_case

NEW_FACET = ('    Facet("licences", "Licence", "licence", METADATA, "licence", '
             'field="licence", listed=True),\n')


def test_the_cli_options_come_from_the_table() -> None:
    from casebook.cli import build_parser

    search = build_parser()._subparsers._group_actions[0].choices["search"]  # type: ignore[union-attr]
    flags = {s for a in search._actions for s in a.option_strings}
    assert {f"--{f.option}" for f in FACETS if f.option} <= flags
    assert set(OPTIONS) == {"challenge", "strategy", "outcome", "region", "country", "level",
                            "sector", "verdict", "result", "evidence",
                            "language"}  # cli.md, version 2
    assert LISTED == ("challenges", "strategies", "outcomes", "countries", "sectors")


def test_adding_a_facet_is_one_entry(tmp_path: Path) -> None:
    """A copy of the package with one more line in the table: `search --licence` filters,
    counts it, and `tags --facet licences` lists it."""
    shutil.copytree(ROOT / "casebook", tmp_path / "casebook",
                    ignore=shutil.ignore_patterns("__pycache__", "_bundled", "gui"))
    (tmp_path / "resources").symlink_to(ROOT / "resources")
    table = tmp_path / "casebook" / "facets.py"
    text = table.read_text(encoding="utf-8")
    anchor = '    Facet("years",'
    assert anchor in text
    table.write_text(text.replace(anchor, NEW_FACET + anchor, 1), encoding="utf-8")
    cases = tmp_path / "cases"
    write_case(cases, "in-english")
    shared = write_case(cases, "shared-text")
    shared.write_text(shared.read_text(encoding="utf-8").replace(
        "year_start:", "licence: CC-BY-4.0\nyear_start:"), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "CASEBOOK_DATA_DIR"}
    env["PYTHONPATH"] = str(tmp_path)

    def casebook(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "casebook.cli", "--data-dir", str(tmp_path / "data"),
             "--cases", str(cases), *args],
            capture_output=True, text=True, cwd=tmp_path, env=env, timeout=300, check=False)
        assert done.returncode == 0, done.stderr
        return done.stdout

    assert "--licence VALUE" in casebook("search", "--help")
    found = json.loads(casebook("search", "--licence", "cc-by-4.0", "--json"))
    assert [r["id"] for r in found["results"]] == ["shared-text"]
    assert found["filters"] == {"licences": ["cc-by-4.0"]}
    assert found["facets"]["licences"] == {"CC-BY-4.0": 1}
    every = json.loads(casebook("search", "--json"))
    assert every["facets"]["licences"] == {"CC-BY-4.0": 1}
    listing = json.loads(casebook("tags", "--facet", "licences", "--json"))
    assert listing == {"licences": [{"name": "CC-BY-4.0", "count": 1}]}
