"""`casebook collection ...` end to end: real case files, data folder, index and packs."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pypdf
import pytest

from casebook.cli import main
from tests.helpers import ROOT, write_case

IDS = ["alpha", "bravo", "charlie", "delta", "echo"]


@pytest.fixture
def run(data_dir: Path, case_dir: Path, capsys: pytest.CaptureFixture[str]) -> Any:
    for case_id in IDS:
        write_case(case_dir, case_id, title=f"The {case_id.capitalize()} case")

    def call(*args: str, cases: Path | None = None) -> tuple[int, str, str]:
        code = main(["--data-dir", str(data_dir), "--cases", str(cases or case_dir), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return call


def show(run: Any, name: str) -> dict[str, Any]:
    code, out, _ = run("collection", "show", name, "--json")
    assert code == 0
    data: dict[str, Any] = json.loads(out)
    return data


def test_build_a_collection(run: Any) -> None:
    assert run("collection", "create", "Open Gov 101", "--description", "For managers")[:2] == \
        (0, "created collection 'Open Gov 101'\n")
    assert run("collection", "add", "Open Gov 101", "charlie", "alpha", "bravo",
               "--note", "Read first")[0] == 0
    assert run("collection", "add", "Open Gov 101", "echo", "--position", "1")[0] == 0
    assert run("collection", "move", "Open Gov 101", "alpha", "4")[1] == \
        "moved 'alpha' to position 4\n"
    assert run("collection", "note", "Open Gov 101", "bravo", "Discuss in pairs")[0] == 0
    assert run("collection", "questions", "Open Gov 101", "bravo", "Why?", "How?")[0] == 0
    assert run("collection", "remove", "Open Gov 101", "charlie")[0] == 0
    assert show(run, "Open Gov 101") == {"name": "Open Gov 101", "description": "For managers",
                                         "items": [
        {"id": "echo", "title": "The Echo case", "note": "", "questions": [], "missing": False},
        {"id": "bravo", "title": "The Bravo case", "note": "Discuss in pairs",
         "questions": ["Why?", "How?"], "missing": False},
        {"id": "alpha", "title": "The Alpha case", "note": "Read first", "questions": [],
         "missing": False}]}
    out = run("collection", "show", "Open Gov 101")[1]
    assert "  2. The Bravo case  (bravo)\n     Discuss in pairs\n     ? Why?\n" in out
    run("collection", "create", "Digital ID")
    out = run("collection", "list", "--json")[1]
    assert [(c["name"], c["count"]) for c in json.loads(out)] == [("Digital ID", 0),
                                                                 ("Open Gov 101", 3)]
    assert run("collection", "list")[1] == "Digital ID  (0 cases)\nOpen Gov 101  (3 cases)\n"
    assert run("collection", "rename", "Digital ID", "Identity")[0] == 0
    assert run("collection", "describe", "Identity", "About ids")[0] == 0
    assert run("collection", "duplicate", "Open Gov 101")[1] == \
        "copied 'Open Gov 101' to 'Open Gov 101 (copy)'\n"
    assert show(run, "Identity")["description"] == "About ids"


@pytest.mark.parametrize("args, message", [
    (["show", "Nope"], "no collection named 'Nope'"),
    (["add", "C", "alpha", "zulu"], "no case with id 'zulu'"),
    (["remove", "C", "bravo"], "not in collection 'C': 'bravo'"),
    (["move", "C", "alpha", "3"], "position 3 is outside 1-1"),
    (["move", "C", "zulu", "1"], "not in collection 'C': 'zulu'"),
    (["note", "Nope", "alpha", "x"], "no collection named 'Nope'"),
    (["create", "c"], "a collection named 'c' already exists"),
    (["export", "Nope", "x.html"], "no collection named 'Nope'"),
    (["move", "C", "alpha", "first"], "invalid int value"),
])
def test_errors_exit_2_with_one_line(run: Any, args: list[str], message: str) -> None:
    run("collection", "create", "C")
    run("collection", "add", "C", "alpha")
    code, out, err = run("collection", *args)
    assert code == 2 and out == ""
    assert err.startswith("casebook: error: ") and err.count("\n") == 1
    assert message in err
    assert show(run, "C")["items"][0]["id"] == "alpha"


def test_delete_and_restore(run: Any) -> None:
    run("collection", "create", "C", "--description", "d")
    run("collection", "add", "C", "delta", "alpha", "--note", "n")
    before = show(run, "C")
    code, out, _ = run("collection", "delete", "C")
    assert code == 0 and "undo with: casebook collection restore " in out
    assert run("collection", "show", "C")[0] == 2
    copy = out.split("restore ", 1)[1].strip()
    assert run("collection", "restore", copy)[1] == "restored collection 'C' (2 cases)\n"
    assert show(run, "C") == before


def test_missing_case_and_rebuild(run: Any, case_dir: Path, data_dir: Path) -> None:
    run("collection", "create", "C")
    run("collection", "add", "C", "alpha", "bravo")
    (case_dir / "bravo.md").unlink()
    assert run("index", "--rebuild")[0] == 0
    items = show(run, "C")["items"]
    assert items[1] == {"id": "bravo", "title": "The Bravo case", "note": "", "questions": [],
                        "missing": True}
    assert "[missing]" in run("collection", "show", "C")[1]


def test_export_import_round_trip(run: Any, tmp_path: Path, data_dir: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    run("collection", "create", "Course", "--description", "Why and for whom")
    run("collection", "add", "Course", "echo", "alpha", "--note", "Start")
    run("collection", "questions", "Course", "alpha", "Q1")
    pack = tmp_path / "course.casebook"
    code, out, _ = run("collection", "export", "Course", str(pack))
    assert code == 0 and "as casebook to" in out
    assert run("collection", "export", "Course", str(tmp_path / "h.htm"))[1].count("as html")
    assert run("collection", "export", "Course", str(tmp_path / "md"))[1].count("as markdown")
    assert run("collection", "export", "Course", str(tmp_path / "x.bin"), "--format",
               "html")[0] == 0
    assert (tmp_path / "x.bin").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert (tmp_path / "md" / "README.md").is_file()

    fresh_cases, fresh_data = tmp_path / "fresh-cases", tmp_path / "fresh-data"
    fresh_cases.mkdir()
    argv = ["--data-dir", str(fresh_data), "--cases", str(fresh_cases), "collection"]
    assert main([*argv, "import", str(pack)]) == 0
    assert "imported collection 'Course'" in capsys.readouterr().out
    assert main([*argv, "show", "Course", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == show(run, "Course")

    assert main([*argv, "import", str(pack)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("casebook: error: 2 case(s) in the pack already exist: echo, alpha")
    assert "--on-conflict skip, replace or keep-both" in err
    assert main([*argv, "import", str(pack), "--on-conflict", "keep-both"]) == 0
    assert "kept both: echo as echo-2, alpha as alpha-2" in capsys.readouterr().out
    assert main([*argv, "show", "Course (2)", "--json"]) == 0
    assert [i["id"] for i in json.loads(capsys.readouterr().out)["items"]] == \
        ["echo-2", "alpha-2"]

    elsewhere = tmp_path / "elsewhere"
    assert main([*argv, "import", str(pack), "--into", str(elsewhere),
                 "--on-conflict", "skip"]) == 0
    out, err = capsys.readouterr()
    assert "imported collection 'Course (3)': 0 added; 2 skipped" in out
    assert err == "" and not elsewhere.exists()  # nothing written: no folder to point at
    assert main([*argv, "import", str(pack), "--into", str(elsewhere),
                 "--on-conflict", "keep-both"]) == 0
    out, err = capsys.readouterr()
    assert f"into {elsewhere}:" in out and (elsewhere / "echo-3.md").is_file()
    assert "is not one of the case folders" in err


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run([sys.executable, "-m", "casebook.cli", *args], capture_output=True,
                          text=True, env=env, timeout=240, check=False)


HEADINGS = {"Context", "Challenge", "Strategy", "Outcomes", "Lessons", "Sources",
            "Discussion questions", "Trainer's note", "Contents"}


def _long_body(seed: int) -> str:
    """About 1,190 words in 24 sections of uneven length, so some headings fall at the foot
    of a page unless the layout keeps them with their text."""
    sections = []
    for k in range(24):
        size = (17 * k + 7 * seed) % 81 + 10
        sections.append(f"## Part {k}\n\n" + " ".join(f"w{k}x{i}" for i in range(size)) + ".")
    text = "\n\n".join(sections)
    filler = 1190 - len(text.split())
    return text + "\n\n" + " ".join(["more"] * filler) + "."


def _pdf_lines(path: Path) -> list[list[str]]:
    """Each page's lines of text, top to bottom, spaces collapsed."""
    return [[" ".join(line.split()) for line in
             page.extract_text(extraction_mode="layout").splitlines() if line.strip()]
            for page in pypdf.PdfReader(path).pages]


def _export_pdf(data_dir: Path, case_dir: Path, out: Path, *extra: str) -> list[list[str]]:
    done = _cli("--data-dir", str(data_dir), "--cases", str(case_dir), "collection", "export",
                "Course", str(out), *extra)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    return _pdf_lines(out)


def test_handouts_for_participants_leave_out_the_notes(run: Any, data_dir: Path,
                                                       case_dir: Path, tmp_path: Path) -> None:
    run("collection", "create", "Course", "--description", "A course")
    run("collection", "add", "Course", "charlie", "alpha")
    run("collection", "note", "Course", "alpha", "Secret: ask Dana to lead this one")
    run("collection", "questions", "Course", "alpha", "Who paid for it?")
    code, out, _ = run("collection", "export", "Course", str(tmp_path / "p.html"))
    assert code == 0 and "as html for participants to" in out
    html = (tmp_path / "p.html").read_text(encoding="utf-8")
    assert "Who paid for it?" in html and "Secret" not in html
    assert run("collection", "export", "Course", str(tmp_path / "t.html"), "--audience",
               "trainer")[1].count("as html for trainers to")
    html = (tmp_path / "t.html").read_text(encoding="utf-8")
    assert "Who paid for it?" in html and "Secret: ask Dana to lead this one" in html

    participant = " ".join(" ".join(p) for p in _export_pdf(data_dir, case_dir,
                                                             tmp_path / "p.pdf"))
    assert "Who paid for it?" in participant and "Participant handout" in participant
    assert "Secret" not in participant and "Trainer's note" not in participant
    trainer = " ".join(" ".join(p) for p in _export_pdf(
        data_dir, case_dir, tmp_path / "t.pdf", "--audience", "trainer"))
    assert "Who paid for it?" in trainer and "Secret: ask Dana to lead this one" in trainer
    assert "Trainer's note" in trainer and "Trainer's edition" in trainer

    code, _, err = run("collection", "export", "Course", str(tmp_path / "c.casebook"),
                       "--audience", "participant")
    assert code == 2 and "--audience is for handouts" in err
    assert not (tmp_path / "c.casebook").exists()
    code, _, err = run("collection", "export", "Course", str(tmp_path / "x.pdf"),
                       "--audience", "everyone")
    assert code == 2 and "invalid choice: 'everyone'" in err


def test_pdf_cover_contents_with_page_numbers_and_no_stranded_heading(
        run: Any, data_dir: Path, case_dir: Path, tmp_path: Path) -> None:
    for seed, case_id in enumerate(["charlie", "alpha", "echo"]):
        write_case(case_dir, case_id, title=f"The {case_id.capitalize()} case",
                   body=_long_body(seed))
    run("collection", "create", "Course", "--description", "Purpose: see how it is done.")
    run("collection", "add", "Course", "charlie", "alpha", "echo")
    run("collection", "questions", "Course", "echo", "What would you keep?")
    pages = _export_pdf(data_dir, case_dir, tmp_path / "course.pdf")
    cover = " ".join(pages[0])
    assert "Course" in cover and "Purpose: see how it is done." in cover
    assert "3 cases · about 18 minutes of reading" in cover  # 3 x ~1,210 words at 200 a minute
    for n, page in enumerate(pages[1:], 2):
        assert page[-1].endswith(f"Course · Participant handout {n}")  # the footer
    # the contents list gives the page each case starts on
    contents = " ".join(pages[1])
    found = re.findall(r"(\d)\. (The \w+ case) (\d+)", contents)
    assert [(n, title) for n, title, _ in found] == [
        ("1", "The Charlie case"), ("2", "The Alpha case"), ("3", "The Echo case")]
    starts = [int(page) for _, _, page in found]
    assert starts[0] == 3 and starts == sorted(starts) and len(set(starts)) == 3
    for n, title, page in found:
        assert pages[int(page) - 1][0] == f"{n}. {title}"
        assert sum(p[0] == f"{n}. {title}" for p in pages) == 1
    # a heading is never the last text on a page: it goes over with what it introduces
    titles = {f"{n}. {title}" for n, title, _ in found}
    for n, page in enumerate(pages[1:], 2):
        last = page[-2]
        assert last not in HEADINGS | titles and not re.fullmatch(r"Part \d+", last), \
            f"heading '{last}' at the foot of page {n}"


def test_plain_commands_do_not_load_qt(run: Any, data_dir: Path, case_dir: Path) -> None:
    run("collection", "create", "C")
    code = ("import sys; from casebook.cli import main; "
            f"rc = main(['--data-dir', {str(data_dir)!r}, '--cases', {str(case_dir)!r}, "
            "'collection', 'show', 'C']); "
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt loaded'; "
            "sys.exit(rc)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
