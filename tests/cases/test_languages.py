"""Cases written in Spanish, Portuguese or French: their sections, template and checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from casebook import cli
from casebook.cases.model import SECTION_NAMES, SECTION_ORDER, standard_section
from casebook.evidence.compare import compare
from casebook.library import Library
from tests.helpers import write_case


@pytest.mark.parametrize("language", ["es", "pt", "fr"])
def test_translated_headings_are_the_standard_sections(language: str) -> None:
    for name, english in zip(SECTION_NAMES[language], SECTION_ORDER, strict=True):
        assert standard_section(name) == english
        assert standard_section(f"  {name.upper()} ") == english
    assert standard_section("Background") is None


def translated(folder: Path, case_id: str, language: str, headings: list[str]) -> Path:
    body = "\n\n".join(f"## {h}\n\nTexto de {h}." for h in headings)
    path = write_case(folder, case_id, body="x")
    text = path.read_text(encoding="utf-8")
    start = text.index("## Context")
    path.write_text(text[:start].replace("year_start:", f"language: {language}\nyear_start:")
                    + body + "\n", encoding="utf-8")
    return path


def test_check_reads_translated_sections_and_names_missing_ones_in_the_case_language(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "cases"
    translated(folder, "completo", "es", list(SECTION_NAMES["es"]))
    translated(folder, "incompleto", "pt", ["Contexto", "Desafio", "Estratégia"])
    code = cli.main(["--data-dir", str(tmp_path / "data"), "check", str(folder)])
    out = capsys.readouterr().out
    assert "completo.md" not in out.replace("incompleto.md", "")
    assert "incompleto.md:" in out
    assert "missing recommended sections '## Resultados', '## Lições'" in out
    assert code == 0 and out.endswith("0 errors, 1 warning in 2 files\n")


def test_compare_lines_up_sections_across_languages(tmp_path: Path) -> None:
    folder = tmp_path / "cases"
    write_case(folder, "original", body="The English context.")
    translated(folder, "traduccion", "es", list(SECTION_NAMES["es"]))
    lib = Library(tmp_path / "data", [str(folder)])
    lib.sync()
    rows = {r.field: r.values for r in compare([lib.case("original"),
                                                 lib.case("traduccion")]).rows}
    assert rows["section:Context"] == ["The English context.", "Texto de Contexto."]
    assert rows["section:Challenge"][1] == "Texto de Desafío."
    assert not any(field.startswith("section:Desaf") for field in rows)
    lib.close()


@pytest.mark.parametrize(("language", "headings"), [
    ("pt", ["## Contexto", "## Desafio", "## Estratégia", "## Resultados", "## Lições"]),
    ("es", ["## Contexto", "## Desafío", "## Estrategia", "## Resultados", "## Lecciones"]),
    ("fr", ["## Contexte", "## Défi", "## Stratégie", "## Résultats", "## Leçons"]),
])
def test_new_writes_the_template_in_the_chosen_language(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str,
        headings: list[str]) -> None:
    folder = tmp_path / "cases"
    folder.mkdir()
    base = ["--data-dir", str(tmp_path / "data"), "--cases", str(folder)]
    assert cli.main([*base, "new", "--title", "Orçamento", "--country", "Brasil", "--level",
                     "municipal", "--year", "2001", "--language", language]) == 0
    path = Path(capsys.readouterr().out.strip())
    text = path.read_text(encoding="utf-8")
    assert f"language: {language}" in text
    assert [line for line in text.splitlines() if line.startswith("## ")] == headings
    cli.main([*base, "check", str(path)])
    out = capsys.readouterr().out
    assert "missing recommended" not in out and f"'{headings[0]}' still holds" in out


def test_new_refuses_a_language_without_a_template(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "cases"
    folder.mkdir()
    code = cli.main(["--data-dir", str(tmp_path / "data"), "--cases", str(folder), "new",
                     "--title", "T", "--country", "C", "--level", "national", "--year",
                     "2001", "--language", "sw"])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("casebook: error: there is no case template in 'sw'")
    assert "en, es, fr, pt" in err and list(folder.iterdir()) == []
