"""The interface's catalogues (resources/translations/*.ts): in step with the code as
pyside6-lupdate reads it, every entry translated, and each translation keeping its
source's placeholders, markup, accelerator and spacing."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from casebook.gui import i18n
from tests.helpers import ROOT

TRANSLATIONS = ROOT / "resources" / "translations"
SOURCES = ["casebook/gui", "casebook/render/casepage.py"]
OPTIONS = ["-extensions", "py", "-locations", "relative"]
OTHERS = [f"casebook_{code}.ts" for code in i18n.LANGUAGES if code != i18n.ENGLISH]
ENGLISH = "casebook_en.ts"  # English only needs its plural forms
# the commands CONTRIBUTING gives; the test runs them without -no-obsolete, so that a text
# the code no longer has shows as an obsolete entry instead of being dropped
COMMANDS = [
    ["pyside6-lupdate", *OPTIONS, "-no-obsolete", *SOURCES, "-ts",
     *(f"resources/translations/{name}" for name in OTHERS)],
    ["pyside6-lupdate", *OPTIONS, "-no-obsolete", "-pluralonly", *SOURCES, "-ts",
     f"resources/translations/{ENGLISH}"],
]
PLACES = re.compile(r"\{\d+\}|%L?n|%\d")
TAG = re.compile(r"</?([a-z]+)")
NO_BREAK = "\u00a0\u202f"


def lupdate() -> Path:
    found = shutil.which("pyside6-lupdate", path=str(Path(__file__).parents[2] / ".venv" / "bin"))
    found = found or shutil.which("pyside6-lupdate")
    if not found:
        pytest.skip("pyside6-lupdate is not installed")
    return Path(found)


def messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [(ctx.findtext("name") or "", msg) for ctx in root.iter("context")
            for msg in ctx.iter("message")]


def problems_in(ts: Path) -> list[str]:
    """Entries of a catalogue that are unfinished, obsolete or vanished, or empty."""
    out = []
    for context, msg in messages(ts):
        translation = msg.find("translation")
        assert translation is not None
        kind = translation.get("type")
        forms = [f.text or "" for f in translation.iter("numerusform")] or \
            [translation.text or ""]
        if kind in ("unfinished", "obsolete", "vanished") or not all(forms):
            out.append(f"{ts.name}: {context}: {msg.findtext('source')!r}: "
                       f"{kind or 'empty'}")
    return out


@pytest.fixture(scope="module")
def updated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The catalogues as lupdate leaves them after reading the code now."""
    tool = lupdate()
    out = tmp_path_factory.mktemp("ts")
    for name in [*OTHERS, ENGLISH]:
        shutil.copy(TRANSLATIONS / name, out / name)
    for command in COMMANDS:
        args = [a for a in command[1:] if a != "-no-obsolete"]
        args = [str(out / Path(a).name) if a.startswith("resources/") else a for a in args]
        done = subprocess.run([str(tool), *args], cwd=ROOT, capture_output=True, text=True,
                              timeout=120, check=False)
        assert done.returncode == 0, done.stderr
    return out


def test_every_interface_language_has_its_catalogue() -> None:
    assert sorted(p.name for p in TRANSLATIONS.glob("*.ts")) == sorted([*OTHERS, ENGLISH])
    for name in OTHERS:
        language = ET.parse(TRANSLATIONS / name).getroot().get("language")
        assert language == name.removeprefix("casebook_").removesuffix(".ts")


def test_the_catalogues_are_complete_and_in_step_with_the_code(updated: Path) -> None:
    found = [line for name in [*OTHERS, ENGLISH] for line in problems_in(updated / name)]
    assert not found, "run the commands under 'Translating the interface' in " \
        "CONTRIBUTING.md, then translate:\n" + "\n".join(found)
    assert len(messages(updated / OTHERS[0])) > 700


def test_the_check_finds_a_new_and_a_vanished_text(tmp_path: Path) -> None:
    ts = tmp_path / "casebook_fr.ts"
    shutil.copy(TRANSLATIONS / "casebook_fr.ts", ts)
    source = tmp_path / "sample.py"
    source.write_text("class Sample:\n    def f(self):\n        return self.tr('A new text')\n",
                      encoding="utf-8")
    subprocess.run([str(lupdate()), *OPTIONS, str(source), "-ts", str(ts)], cwd=tmp_path,
                   capture_output=True, check=True, timeout=120)
    found = problems_in(ts)
    assert "casebook_fr.ts: Sample: 'A new text': unfinished" in found
    assert any(line.endswith(("obsolete", "vanished")) for line in found)


def test_contributing_gives_the_commands_this_test_runs() -> None:
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    for command in COMMANDS:
        assert " ".join(command) in text


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)\w", text.replace("&&", "")))


@pytest.mark.parametrize("name", OTHERS)
def test_translations_keep_placeholders_markup_and_accelerators(name: str) -> None:
    found = []
    for context, msg in messages(TRANSLATIONS / name):
        source = msg.findtext("source") or ""
        translation = msg.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or \
            [translation.text or ""]
        for form in forms:
            where = f"{context}: {source!r} -> {form!r}"
            wanted = set(PLACES.findall(source))
            if msg.get("numerus") == "yes" and len(forms) > 1 and form is forms[0]:
                wanted -= {"%n", "%Ln"}  # a singular may say "one" instead of the count
            if not wanted <= set(PLACES.findall(form)):
                found.append(f"{where}: placeholders")
            if sorted(TAG.findall(source)) != sorted(TAG.findall(form)):
                found.append(f"{where}: markup")
            if _accelerators(source) != _accelerators(form):
                found.append(f"{where}: accelerator")
            bare = form.strip(NO_BREAK)  # French puts a no-break space before ; and :
            if (source[:1].isspace(), source[-1:].isspace()) != \
                    (bare[:1].isspace(), bare[-1:].isspace()):
                found.append(f"{where}: leading or trailing space")
            if source.endswith("…") != form.endswith("…"):
                found.append(f"{where}: ellipsis")
    assert not found, "\n".join(found)
