"""The bundle's CI files for the forges, linted offline against the forges' own schemas
(check-jsonschema), and the pack type each installer registers."""

from __future__ import annotations

import ast
import plistlib
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.helpers import ROOT

LINTER = Path(sys.executable).with_name("check-jsonschema")
CI_FILES = [(".github/workflows/bundle.yml", "vendor.github-workflows"),
            (".gitlab-ci.yml", "vendor.gitlab-ci")]


def lint(path: Path, schema: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(LINTER), "--builtin-schema", schema, str(path)],
                          capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.parametrize(("name", "schema"), CI_FILES)
def test_the_ci_file_is_valid(name: str, schema: str) -> None:
    result = lint(ROOT / name, schema)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(("name", "schema"), CI_FILES)
def test_a_broken_ci_file_fails_the_lint(tmp_path: Path, name: str, schema: str) -> None:
    doc = yaml.safe_load((ROOT / name).read_text(encoding="utf-8"))
    if "jobs" in doc:
        doc["jobs"]["bundle"]["runs-on"] = {"not": "a runner"}
    else:
        doc["bundle-linux"]["script"] = {"not": "a script"}
    broken = tmp_path / Path(name).name
    broken.write_text(yaml.safe_dump(doc), encoding="utf-8")
    assert lint(broken, schema).returncode != 0


@pytest.mark.parametrize("name", [name for name, _ in CI_FILES])
def test_the_ci_files_run_the_build_and_the_smoke_test(name: str) -> None:
    text = (ROOT / name).read_text(encoding="utf-8")
    assert "python packaging/build.py" in text
    assert "bash packaging/smoke.sh" in text and "dist/Casebook" in text
    for path in ("packaging/build.py", "packaging/smoke.sh", "packaging/casebook.spec",
                 "packaging/windows/casebook.iss", "packaging/entry.py"):
        assert (ROOT / path).is_file(), path


def test_each_installer_registers_the_pack_type() -> None:
    iss = (ROOT / "packaging/windows/casebook.iss").read_text(encoding="utf-8")
    assert 'Subkey: "Software\\Classes\\.casebook"' in iss
    assert '"""{app}\\Casebook.exe"" open ""%1"""' in iss
    assert "PrivilegesRequired=lowest" in iss  # no administrator needed
    spec = ast.parse((ROOT / "packaging/casebook.spec").read_text(encoding="utf-8"))
    (plist,) = [ast.literal_eval(k.value) for node in ast.walk(spec)
                if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "BUNDLE"
                for k in node.keywords if k.arg == "info_plist"]
    plistlib.dumps(plist)  # a valid Info.plist
    (declared,) = plist["UTExportedTypeDeclarations"]
    assert declared["UTTypeTagSpecification"]["public.filename-extension"] == ["casebook"]
    (doc_type,) = plist["CFBundleDocumentTypes"]
    assert doc_type["LSItemContentTypes"] == [declared["UTTypeIdentifier"]]
