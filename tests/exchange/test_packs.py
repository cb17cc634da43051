"""Course packs: export formats and the import of .casebook packs, hostile ones included."""

from __future__ import annotations

import json
import os
import re
import zipfile
from collections.abc import Callable
from html import unescape
from pathlib import Path
from typing import Any

import pytest

import casebook
from casebook import limits
from casebook.errors import InputError, PackConflict, PackError
from casebook.exchange.pack_import import import_pack, read_pack
from casebook.exchange.packs import FORMATS, export, guess_format, set_case_id
from casebook.library import Library
from tests.helpers import write_case

NAME = "Open Gov 101"
DESCRIPTION = "Purpose: how governments change.\n\nAudience: new managers."


@pytest.fixture
def source(make_library: Callable[..., Library], case_dir: Path) -> Library:
    """A library with a four-case collection: notes, questions and one missing case."""
    write_case(case_dir, "porto-alegre", title="Participatory Budgeting in Porto Alegre",
               body="Residents <script>alert(1)</script> decide.\n\n"
                    "![chart](http://example.org/chart.png) and ![local](chart.png)")
    write_case(case_dir, "estonia-x-road", title="Estonia's X-Road")
    write_case(case_dir, "gone", title="A case that will vanish")
    write_case(case_dir / "sub", "ukraine-prozorro", title="ProZorro Procurement")
    lib = make_library(case_dir)
    lib.sync()
    cols = lib.collections
    cols.create(NAME, DESCRIPTION)
    cols.add(NAME, ["estonia-x-road", "gone", "porto-alegre", "ukraine-prozorro"])
    cols.set_note(NAME, "porto-alegre", "Start here.\nSplit into groups.")
    cols.set_questions(NAME, "porto-alegre", ["Who decided?", "What changed <really>?"])
    cols.set_note(NAME, "gone", "Only the title is left.")
    (case_dir / "gone.md").unlink()
    lib.sync()
    return lib


def test_format_from_suffix() -> None:
    assert guess_format("a.casebook") == "casebook"
    assert guess_format("a.HTML") == "html" and guess_format("a.htm") == "html"
    assert guess_format("a.pdf") == "pdf"
    assert guess_format("a.DOCX") == "docx" and guess_format("a.odt") == "odt"
    assert guess_format("out/folder") == "markdown"
    assert guess_format("a.pdf", "html") == "html"
    with pytest.raises(InputError, match="unknown export format"):
        guess_format("a", "rtf")


@pytest.mark.parametrize("name", ["course.casebook", "handout.html", "handout.pdf", "folder",
                                  "handout.docx", "handout.odt"])
def test_every_format_is_looked_up_in_one_writer_table(source: Library, tmp_path: Path,
                                                       name: str) -> None:
    """The PDF too: its writer needs Qt and is imported when first used."""
    report = export(source, NAME, tmp_path / name)
    assert report.format == guess_format(name) and report.format in FORMATS
    assert report.missing == ["gone"]
    written = tmp_path / name
    if report.format == "markdown":
        assert (written / "README.md").is_file()
    else:
        assert written.read_bytes()[:4] == {"casebook": b"PK\x03\x04", "html": b"<!DO",
                                            "pdf": b"%PDF", "docx": b"PK\x03\x04",
                                            "odt": b"PK\x03\x04"}[report.format]


def test_casebook_round_trip_reproduces_the_collection(
        source: Library, tmp_path: Path, make_library: Callable[..., Library]) -> None:
    pack = tmp_path / "course.casebook"
    seen: list[tuple[int, int]] = []
    report = export(source, NAME, pack, progress=lambda n, t: seen.append((n, t)))
    assert (report.format, report.cases, report.missing) == ("casebook", 4, ["gone"])
    assert seen[-1] == (4, 4)
    with zipfile.ZipFile(pack) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        assert sorted(zf.namelist()) == ["cases/estonia-x-road.md", "cases/porto-alegre.md",
                                         "cases/ukraine-prozorro.md", "manifest.json"]
        original = Path(source.case("ukraine-prozorro")["path"]).read_bytes()
        assert zf.read("cases/ukraine-prozorro.md") == original
    assert (manifest["format"], manifest["version"]) == ("casebook-pack", 1)
    assert manifest["collection"] == {"name": NAME, "description": DESCRIPTION}
    assert [(i["id"], i["file"]) for i in manifest["items"]] == [
        ("estonia-x-road", "cases/estonia-x-road.md"), ("gone", None),
        ("porto-alegre", "cases/porto-alegre.md"),
        ("ukraine-prozorro", "cases/ukraine-prozorro.md")]
    assert manifest["items"][2]["questions"] == ["Who decided?", "What changed <really>?"]

    target_cases = tmp_path / "fresh-cases"
    target_cases.mkdir()
    fresh = make_library(target_cases, data=tmp_path / "fresh-data")
    fresh.sync()
    result = import_pack(fresh, pack)
    fresh.sync()
    assert result.collection == NAME and result.in_library
    assert sorted(result.added) == ["estonia-x-road", "porto-alegre", "ukraine-prozorro"]
    assert result.without_file == ["gone"]
    assert fresh.collections.get(NAME).to_json() == source.collections.get(NAME).to_json()
    assert fresh.collections.get(NAME).item("gone").missing
    assert (target_cases / "ukraine-prozorro.md").read_bytes() == original
    assert not fresh.problems()


def test_html_handout_is_self_contained_and_complete(source: Library, tmp_path: Path) -> None:
    out = tmp_path / "handout.html"
    export(source, NAME, out)
    html = out.read_text(encoding="utf-8")
    assert "<script" not in html and "alert(1)" not in html
    for external in ("<img", "<link", "src=", "@import", "url(", "<iframe"):
        assert external not in html.lower()
    assert "Purpose: how governments change." in html and "Audience: new managers." in html
    titles = ["Estonia&#x27;s X-Road", "A case that will vanish",
              "Participatory Budgeting in Porto Alegre", "ProZorro Procurement"]
    toc = html.index("Contents")
    positions = [html.index(t, toc) for t in titles]
    assert positions == sorted(positions)
    assert html.count('class="case"') == 4
    assert "page-break-before: always" in html and "@media print" in html
    assert "<li>What changed &lt;really&gt;?</li>" in html
    assert "A report about it" in html and "Some Agency" in html  # sources
    assert "no longer in the library" in html


def test_html_handout_for_participants_or_for_the_trainer(source: Library,
                                                          tmp_path: Path) -> None:
    participant = export(source, NAME, tmp_path / "p.html")
    trainer = export(source, NAME, tmp_path / "t.html", audience="trainer")
    assert (participant.audience, trainer.audience) == ("participant", "trainer")
    shared = ["<li>Who decided?</li>", "<li>What changed <really>?</li>"]
    private = ["Start here.<br>Split into groups.", "Only the title is left.", "Trainer's note"]
    html = unescape((tmp_path / "p.html").read_text(encoding="utf-8"))
    assert "Participant handout" in html and "Trainer's edition" not in html
    assert all(text in html for text in shared)
    assert not any(text in html for text in private)
    html = unescape((tmp_path / "t.html").read_text(encoding="utf-8"))
    assert "Trainer's edition" in html
    assert all(text in html for text in shared + private)
    # the cover: what the pack is, how many cases and how long they take to read
    cover = html[html.index('<div class="cover">'):html.index('<div class="toc"')]
    assert NAME in cover and "Audience: new managers." in cover
    assert "4 cases · about 3 minutes of reading" in cover  # a minute per short case
    with pytest.raises(InputError, match="unknown audience 'everyone'"):
        export(source, NAME, tmp_path / "x.html", audience="everyone")


def test_reading_time_counts_the_words_of_each_case() -> None:
    from casebook.render.handout import reading_minutes, reading_time, words
    from casebook.userdata.collections import Item

    assert words("## Context\n\nIt's [a link](https://example.org/x-y-z) here.") == 5
    body = " ".join(["word"] * 1190)
    item = Item("a", 1, "A", questions=["Why so long?"])
    assert reading_minutes(item, {"summary": "Short.", "body": body}) == 6
    assert reading_minutes(item, {"body": "One line."}) == 1  # never 0 for a present case
    assert reading_minutes(Item("gone", 2, "Gone"), None) == 0
    assert [reading_time(m) for m in (1, 25, 60, 61, 135)] == [
        "about 1 minute", "about 25 minutes", "about 1 hour", "about 1 hour 1 minute",
        "about 2 hours 15 minutes"]


def test_markdown_folder(source: Library, tmp_path: Path) -> None:
    out = tmp_path / "course"
    report = export(source, NAME, out)
    assert report.format == "markdown"
    assert sorted(p.name for p in out.iterdir()) == [
        "01-estonia-x-road.md", "03-porto-alegre.md", "04-ukraine-prozorro.md", "README.md"]
    readme = (out / "README.md").read_text(encoding="utf-8")
    assert readme.startswith(f"# {NAME}\n\n{DESCRIPTION}\n")
    assert "3. [Participatory Budgeting in Porto Alegre](03-porto-alegre.md)" in readme
    assert "   - Who decided?" in readme
    assert "Start here." not in readme and "Trainer's note" not in readme  # for participants
    assert "2. A case that will vanish (missing from the library" in readme
    assert (out / "03-porto-alegre.md").read_bytes() == \
        Path(source.case("porto-alegre")["path"]).read_bytes()
    with pytest.raises(InputError, match="not an empty folder"):
        export(source, NAME, out)
    export(source, NAME, tmp_path / "trainer", audience="trainer")
    readme = (tmp_path / "trainer" / "README.md").read_text(encoding="utf-8")
    assert "   Start here.\n   Split into groups." in readme and "   - Who decided?" in readme


def test_set_case_id() -> None:
    yaml_case = "---\ntitle: T\nid: old\nsummary: s\n---\n\nid: body text stays\n"
    assert set_case_id(yaml_case, "old-2") == \
        "---\ntitle: T\nid: old-2\nsummary: s\n---\n\nid: body text stays\n"
    assert set_case_id("---\ntitle: T\n---\nbody\n", "new") == \
        "---\nid: new\ntitle: T\n---\nbody\n"
    assert set_case_id('+++\ntitle = "T"\nid = "a"\n+++\n', "a-2") == \
        '+++\ntitle = "T"\nid = "a-2"\n+++\n'
    # the one front matter editor: any way of writing the key, the file's line ends
    assert set_case_id('---\r\n"id": old\r\n---\r\n', "old-2") == \
        '---\r\n"id": old-2\r\n---\r\n'


# conflicts -----------------------------------------------------------------
@pytest.fixture
def pack(source: Library, tmp_path: Path) -> Path:
    path = tmp_path / "course.casebook"
    export(source, NAME, path)
    return path


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_conflict_without_policy_writes_nothing(source: Library, pack: Path,
                                               case_dir: Path) -> None:
    before = _snapshot(case_dir)
    with pytest.raises(PackConflict) as err:
        import_pack(source, pack)
    assert err.value.ids == ["estonia-x-road", "porto-alegre", "ukraine-prozorro"]
    message = str(err.value)
    assert "estonia-x-road, porto-alegre, ukraine-prozorro" in message
    assert "skip, replace or keep-both" in message
    assert _snapshot(case_dir) == before
    assert source.collections.names() == [NAME]


def test_conflict_skip_replace_keep_both(source: Library, pack: Path, case_dir: Path) -> None:
    estonia = case_dir / "estonia-x-road.md"
    estonia.write_text(estonia.read_text(encoding="utf-8").replace(
        "Estonia's X-Road", "Edited locally"), encoding="utf-8")
    source.sync()
    skipped = import_pack(source, pack, on_conflict="skip")
    assert skipped.collection == f"{NAME} (2)"
    assert "Edited locally" in estonia.read_text(encoding="utf-8")

    replaced = import_pack(source, pack, on_conflict="replace")
    assert sorted(replaced.replaced) == ["estonia-x-road", "porto-alegre", "ukraine-prozorro"]
    assert "Estonia's X-Road" in estonia.read_text(encoding="utf-8")
    assert not (case_dir / "ukraine-prozorro.md").exists()  # replaced where it lives
    kept = list((source.data_dir / "backups").glob("replaced-*/*estonia-x-road.md"))
    assert len(kept) == 1 and "Edited locally" in kept[0].read_text(encoding="utf-8")

    both = import_pack(source, pack, on_conflict="keep-both")
    assert both.renamed == {"estonia-x-road": "estonia-x-road-2",
                            "porto-alegre": "porto-alegre-2",
                            "ukraine-prozorro": "ukraine-prozorro-2"}
    copy = (case_dir / "porto-alegre-2.md").read_text(encoding="utf-8")
    assert "\nid: porto-alegre-2\n" in copy
    source.sync()
    assert source.case("porto-alegre-2")["title"] == "Participatory Budgeting in Porto Alegre"
    assert source.case("porto-alegre")["path"].endswith("porto-alegre.md")
    assert not [p for p in source.problems() if "duplicate" in p.message]
    col = source.collections.get(both.collection)
    assert col.ids == ["estonia-x-road-2", "gone", "porto-alegre-2", "ukraine-prozorro-2"]
    assert col.item("porto-alegre-2").questions == ["Who decided?", "What changed <really>?"]
    assert not col.item("porto-alegre-2").missing


def test_refuses_the_installed_package_folder(source: Library, pack: Path) -> None:
    inside = Path(casebook.__file__).resolve().parent / "_bundled" / "cases"
    with pytest.raises(InputError, match="inside the installed Casebook package"):
        import_pack(source, pack, into=inside)
    assert not inside.exists()


def test_into_a_folder_outside_the_library(source: Library, pack: Path,
                                           tmp_path: Path) -> None:
    folder = tmp_path / "new" / "folder"
    report = import_pack(source, pack, into=folder, on_conflict="skip")
    assert (report.in_library, report.added) == (False, [])
    assert report.skipped == ["estonia-x-road", "porto-alegre", "ukraine-prozorro"]
    assert not folder.exists() and not report.wrote_to_folder
    small = import_pack(source, _zip(tmp_path / "small.casebook", _good()), into=folder)
    assert (small.in_library, small.added, small.collection) == (False, ["good"], "Hostile")
    assert small.wrote_to_folder
    assert (folder / "good.md").read_text(encoding="utf-8") == GOOD_TEXT
    assert source.collections.get("Hostile").item("good").missing  # until the folder is added
    with pytest.raises(InputError, match="unknown conflict policy"):
        import_pack(source, pack, on_conflict="merge")


# hostile packs ---------------------------------------------------------------
GOOD_TEXT = "---\ntitle: T\nid: good\nsummary: s\n---\nBody\n"


def _manifest(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "format": "casebook-pack", "version": 1,
        "collection": {"name": "Hostile", "description": ""},
        "items": [{"id": "good", "title": "T", "note": "", "questions": [],
                   "file": "cases/good.md"}],
    }
    data.update(changes)
    return data


def _zip(path: Path, members: dict[str, bytes | str]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(zipfile.ZipInfo(name), data, compress_type=zipfile.ZIP_DEFLATED)
    return path


def _good(**extra: bytes | str) -> dict[str, bytes | str]:
    return {"manifest.json": json.dumps(_manifest()), "cases/good.md": GOOD_TEXT, **extra}


def _random_text(size: int) -> bytes:
    return os.urandom(size // 2 + 1).hex().encode()[:size]


HOSTILE: dict[str, tuple[Callable[[], dict[str, bytes | str]], str]] = {
    "zip-slip": (lambda: _good(**{"../evil.md": "x"}), "would escape the target folder"),
    "zip-slip-nested": (lambda: _good(**{"cases/../../evil.md": "x"}), "would escape"),
    "absolute": (lambda: _good(**{"/etc/evil.md": "x"}), "absolute path '/etc/evil.md'"),
    "drive": (lambda: _good(**{"C:/evil.md": "x"}), "absolute path"),
    "backslash": (lambda: _good(**{"..\\evil.md": "x"}), "unsafe file name"),
    "bomb-ratio": (lambda: _good(**{"cases/bomb.md": b"\0" * (3 * 1024 * 1024)}),
                   "zip bomb"),
    "case-too-big": (lambda: {
        "manifest.json": json.dumps(_manifest(items=[{"id": "big", "file": "cases/big.md"}])),
        "cases/big.md": _random_text(limits.MAX_FILE_BYTES + 10)}, "over the case size limit"),
    "no-manifest": (lambda: {"cases/good.md": GOOD_TEXT}, "manifest.json is missing"),
    "manifest-not-json": (lambda: _good(**{"manifest.json": "{not json"}),
                          "not valid JSON: line 1, column 2"),
    "manifest-not-pack": (lambda: _good(**{"manifest.json": "[1, 2]"}), "format must be"),
    "manifest-newer": (lambda: _good(**{"manifest.json": json.dumps(_manifest(version=9))}),
                       "newer Casebook"),
    "manifest-no-name": (lambda: _good(**{"manifest.json": json.dumps(
        _manifest(collection={"name": " "}))}), "collection name"),
    "manifest-bad-items": (lambda: _good(**{"manifest.json": json.dumps(
        _manifest(items={"id": "good"}))}), "'items' must be list"),
    "manifest-bad-id": (lambda: _good(**{"manifest.json": json.dumps(_manifest(
        items=[{"id": "../../x", "file": "cases/good.md"}]))}), "not a valid case id"),
    "manifest-twice": (lambda: _good(**{"manifest.json": json.dumps(_manifest(items=[
        {"id": "good", "file": "cases/good.md"}, {"id": "good"}]))}), "listed twice"),
    "manifest-bad-questions": (lambda: _good(**{"manifest.json": json.dumps(_manifest(items=[
        {"id": "good", "file": "cases/good.md", "questions": [1]}]))}), "list of text"),
    "points-at-missing": (lambda: {"manifest.json": json.dumps(_manifest(
        items=[{"id": "good", "file": "cases/elsewhere.md"}])), "cases/good.md": GOOD_TEXT},
        "points at 'cases/elsewhere.md', which is not in the pack"),
    "points-outside-cases": (lambda: _good(**{"manifest.json": json.dumps(_manifest(
        items=[{"id": "good", "file": "manifest.json"}]))}), "not at a cases/\\*.md file"),
    "not-utf8": (lambda: _good(**{"cases/good.md": GOOD_TEXT.encode() + b"\xff\xfe bad"}),
                 "cases/good.md: not UTF-8 text"),
    "id-mismatch": (lambda: _good(**{"cases/good.md": GOOD_TEXT.replace("id: good",
                                                                         "id: other")}),
                    "declares the id 'other'"),
}


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_hostile_pack_is_rejected_and_nothing_written(
        kind: str, source: Library, case_dir: Path, tmp_path: Path) -> None:
    members, message = HOSTILE[kind]
    path = _zip(tmp_path / f"{kind}.casebook", members())
    before = _snapshot(case_dir)
    backups = _snapshot(source.data_dir / "backups") if (source.data_dir / "backups").exists() \
        else {}
    with pytest.raises(PackError, match=message):
        import_pack(source, path, on_conflict="replace")
    assert _snapshot(case_dir) == before
    assert source.collections.names() == [NAME]
    assert not (tmp_path / "evil.md").exists()
    after = _snapshot(source.data_dir / "backups") if (source.data_dir / "backups").exists() \
        else {}
    assert after == backups


def test_caps_on_file_count_and_total_size(monkeypatch: pytest.MonkeyPatch,
                                           tmp_path: Path) -> None:
    many = _zip(tmp_path / "many.casebook", _good(**{f"extra/{n}.txt": "x" for n in range(5)}))
    monkeypatch.setattr(limits, "MAX_PACK_FILES", 4)
    with pytest.raises(PackError, match="holds 7 files, over the limit of 4"):
        read_pack(many)
    monkeypatch.setattr(limits, "MAX_PACK_FILES", 5_000)
    monkeypatch.setattr(limits, "MAX_PACK_BYTES", 100)
    big = _zip(tmp_path / "big.casebook", _good(**{"extra.txt": _random_text(200)}))
    with pytest.raises(PackError, match=re.escape("would unpack to")):
        read_pack(big)


def test_not_a_zip(tmp_path: Path) -> None:
    fake = tmp_path / "fake.casebook"
    fake.write_text("hello", encoding="utf-8")
    with pytest.raises(PackError, match="not a zip archive"):
        read_pack(fake)
    with pytest.raises(InputError, match="no such pack file"):
        read_pack(tmp_path / "absent.casebook")


def test_a_duplicate_id_case_is_packed_under_the_id_the_library_gave_it(
        make_library: Callable[..., Library], case_dir: Path, tmp_path: Path) -> None:
    write_case(case_dir / "a", "same", title="First")
    write_case(case_dir / "b", "same", title="Second")
    lib = make_library(case_dir)
    lib.sync()
    second = next(i for i in lib.store.all_ids() if i != "same")
    lib.collections.create("Dup")
    lib.collections.add("Dup", ["same", second])
    path = export(lib, "Dup", tmp_path / "dup.casebook").path
    pack = read_pack(path)
    assert [(i.id, i.member) for i in pack.items] == [
        ("same", "cases/same.md"), (second, f"cases/{second}.md")]
    assert pack.items[1].text is not None and f"\nid: {second}\n" in pack.items[1].text


# version 2: verdict, results and credit travel with every export ----------------------
V2_OUTCOMES = ("{id: civic-engagement, result: reversed, evidence: evaluation, source: 1, "
               "note: 'Grew, then fell after 2005'}, {id: cost-savings, result: too-early}, "
               "accountability")
V2_EXTRA = ('verdict: mixed\nlicence: CC-BY-SA-4.0\n'
            'attribution: "The GovLab, Open Data\'s Impact"\n')
V2_RESULTS = ["Civic engagement · result: reversed · evidence: evaluation — Grew, then fell "
              "after 2005 (source 1)", "Cost savings · result: too early"]
CREDIT = "Attribution: The GovLab, Open Data's Impact · Licence: CC-BY-SA-4.0"


@pytest.fixture
def judged(make_library: Callable[..., Library], case_dir: Path) -> Library:
    """A collection of a version 2 case (verdict, results, credit) and a version 1 case."""
    write_case(case_dir, "judged", title="A judged case", outcomes=V2_OUTCOMES, extra=V2_EXTRA)
    write_case(case_dir, "plain", title="A plain case")
    lib = make_library(case_dir)
    lib.sync()
    assert not lib.problems()
    lib.collections.create("Judged", "")
    lib.collections.add("Judged", ["judged", "plain"])
    return lib


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_html_handout_gives_verdict_results_and_credit(judged: Library, tmp_path: Path) -> None:
    export(judged, "Judged", tmp_path / "h.html")
    html = (tmp_path / "h.html").read_text(encoding="utf-8")
    judged_part = unescape(html[html.index('id="case-judged"'):html.index('id="case-plain"')])
    plain_part = unescape(html[html.index('id="case-plain"'):])
    assert "<b>Verdict: mixed</b>" in judged_part
    assert "<h2>Results and evidence</h2><ul>" + "".join(
        f"<li>{line}</li>" for line in V2_RESULTS) + "</ul>" in judged_part.replace("\n", "")
    assert "Accountability" not in judged_part  # a plain term says nothing more
    assert "<b>Attribution:</b> The GovLab, Open Data's Impact · <b>Licence:</b> CC-BY-SA-4.0" \
        in judged_part
    for absent in ("Verdict", "Results and evidence", "Attribution", "Licence"):
        assert absent not in plain_part


def test_pdf_handout_gives_verdict_results_and_credit(judged: Library, tmp_path: Path) -> None:
    from pypdf import PdfReader

    export(judged, "Judged", tmp_path / "h.pdf")
    pages = [_flat(page.extract_text()) for page in PdfReader(tmp_path / "h.pdf").pages]
    judged_page = next(p for p in pages if "A judged case" in p and "Sources" in p)
    assert "Verdict: mixed" in judged_page
    assert "Results and evidence" in judged_page
    for line in V2_RESULTS:
        assert _flat(line) in judged_page
    assert "Attribution: The GovLab, Open Data's Impact · Licence: CC-BY-SA-4.0" in judged_page
    plain_page = next(p for p in pages if "A plain case" in p and "Sources" in p)
    assert "Verdict" not in plain_page and "Licence" not in plain_page


def test_markdown_folder_gives_verdict_results_and_credit(judged: Library,
                                                          tmp_path: Path) -> None:
    out = tmp_path / "course"
    export(judged, "Judged", out)
    readme = (out / "README.md").read_text(encoding="utf-8")
    assert ("1. [A judged case](01-judged.md)\n\n   **Verdict: mixed**\n\n"
            "   Results and evidence:\n\n"
            + "".join(f"   - {line}\n" for line in V2_RESULTS)
            + f"\n   {CREDIT}\n\n2. [A plain case](02-plain.md)\n") in readme
    assert (out / "01-judged.md").read_bytes() == Path(judged.case("judged")["path"]).read_bytes()


def test_pack_carries_verdict_results_and_credit(judged: Library, tmp_path: Path,
                                                 make_library: Callable[..., Library]) -> None:
    pack = tmp_path / "j.casebook"
    export(judged, "Judged", pack)
    with zipfile.ZipFile(pack) as zf:
        assert zf.read("cases/judged.md") == Path(judged.case("judged")["path"]).read_bytes()
    target = tmp_path / "fresh-cases"
    target.mkdir()
    fresh = make_library(target, data=tmp_path / "fresh-data")
    import_pack(fresh, pack)
    fresh.sync()
    case = fresh.case("judged")
    assert (case["verdict"], case["licence"], case["attribution"]) == (
        "mixed", "CC-BY-SA-4.0", "The GovLab, Open Data's Impact")
    assert case["outcomes"] == [
        {"id": "civic-engagement", "result": "reversed", "evidence": "evaluation", "source": 1,
         "note": "Grew, then fell after 2005"},
        {"id": "cost-savings", "result": "too-early", "evidence": None, "source": None,
         "note": None},
        {"id": "accountability", "result": None, "evidence": None, "source": None,
         "note": None}]
