"""Every cap in casebook.limits gives a clear problem or error, and nothing over a cap hangs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from casebook import cli, limits
from casebook.cases import parsing
from casebook.errors import QueryError
from casebook.library import Library
from casebook.render.markdown import render_case_html
from tests.helpers import write_case

pytestmark = pytest.mark.timeout(60)  # a hang fails the test instead of stalling the suite

MakeLib = Callable[..., Library]


def fm_case(folder: Path, name: str, front_matter: str, body: str = "# Heading title\n") -> Path:
    path = folder / f"{name}.md"
    path.write_text(f"---\n{front_matter}\n---\n{body}", encoding="utf-8")
    return path


def problems_of(lib: Library, path: Path) -> list[tuple[str, int, str]]:
    return [(p.code, p.line, p.message) for p in lib.store.problems(str(path))]


def test_file_size(case_dir: Path, make_library: MakeLib) -> None:
    head = b"---\ntitle: Big\n---\n"
    over = case_dir / "over.md"
    over.write_bytes(head + b"x" * (limits.MAX_FILE_BYTES - len(head) + 1))
    at = case_dir / "at.md"
    at.write_bytes(head + b"word " * ((limits.MAX_FILE_BYTES - len(head)) // 5))
    lib = make_library(case_dir)
    report = lib.sync()
    assert (report.total, report.skipped) == (1, 1)
    assert problems_of(lib, over) == [
        ("unreadable", 1, "skipped: file is over the 2 MiB size limit")]
    assert lib.case("at")["title"] == "Big"


def test_front_matter_size(case_dir: Path, make_library: MakeLib) -> None:
    lines = "\n".join(f"key{n}: {'v' * 60}" for n in range(limits.MAX_FRONT_MATTER_BYTES // 60))
    path = fm_case(case_dir, "big-fm", lines)
    lib = make_library(case_dir)
    lib.sync()
    assert ("fm-size", 1, "front matter is over the 256 KiB limit") in problems_of(lib, path)
    assert lib.case("big-fm")["title"] == "Heading title"


@pytest.mark.parametrize("loader", ["C", "pure Python"])
@pytest.mark.parametrize("front_matter, message", [
    ("a:\n" + "".join("  " * n + f"k{n}:\n" for n in range(1, 40)) + "  " * 40 + "leaf: 1",
     "nested deeper than"),
    ("deep: " + "[" * 60_000 + "]" * 60_000, "nest"),
    ("a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + n)}: &{chr(98 + n)} [" + ", ".join([f"*{chr(97 + n)}"] * 10) + "]\n"
        for n in range(8)), "expands to more than 20,000 values"),
    ("items:\n" + "".join(f"  - {n}\n" for n in range(limits.MAX_YAML_NODES + 10)),
     "expands to more than 20,000 values"),
])
def test_yaml_depth_and_expansion(front_matter: str, message: str, loader: str,
                                  monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    if loader == "pure Python":
        monkeypatch.setattr(parsing, "_LOADER", yaml.SafeLoader)
    elif not hasattr(yaml, "CSafeLoader"):
        pytest.skip("PyYAML was built without libyaml")
    doc = parsing.parse_text(str(tmp_path / "x.md"), f"---\n{front_matter}\n---\n# T\n")
    errors = [p for p in doc.problems if p.severity == "error"]
    assert len(errors) == 1 and errors[0].code in ("yaml", "yaml-limit"), doc.problems
    assert message in errors[0].message and "\n" not in errors[0].message
    assert doc.meta == {} and doc.heading_title == "T"


def test_tags_per_facet(case_dir: Path, make_library: MakeLib) -> None:
    many = ", ".join(f"tag-{n}" for n in range(limits.MAX_TAGS_PER_FACET + 10))
    path = write_case(case_dir, "many-tags", challenges=many)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("---\n\n", f"tags: [{many}]\n---\n\n", 1), encoding="utf-8")
    lib = make_library(case_dir)
    lib.sync()
    limit_problems = [m for code, _, m in problems_of(lib, path) if code == "limit"]
    assert limit_problems == [
        f"'challenges' has 60 values; at most {limits.MAX_TAGS_PER_FACET} are read",
        f"'tags' has 60 values; at most {limits.MAX_TAGS_PER_FACET} are read"]
    case = lib.case("many-tags")
    assert len(case["challenges"]) == len(case["free_tags"]) == limits.MAX_TAGS_PER_FACET


def test_title_length(case_dir: Path, make_library: MakeLib) -> None:
    long_title = "Word " * 80
    front = write_case(case_dir, "long-title", title=long_title.strip())
    heading = fm_case(case_dir, "long-heading", "summary: s", body=f"intro\n\n# {long_title}\n")
    lib = make_library(case_dir)
    lib.sync()
    message = f"title is 399 characters; the limit is {limits.MAX_TITLE_CHARS}"
    assert ("limit", 2, message) in problems_of(lib, front)
    assert ("limit", 6, message) in problems_of(lib, heading)
    for case_id in ("long-title", "long-heading"):
        title = lib.case(case_id)["title"]
        assert len(title) <= limits.MAX_TITLE_CHARS and title.startswith("Word Word")


def test_query_length(bundled_copy: Path, make_library: MakeLib, data_dir: Path,
                      capsys: pytest.CaptureFixture[str]) -> None:
    lib = make_library(bundled_copy)
    lib.sync()
    at_limit = ("budget " * 200)[: limits.MAX_QUERY_CHARS]
    assert lib.search(at_limit).total > 0
    with pytest.raises(QueryError, match=r"^the query is 1001 characters; the limit is 1000$"):
        lib.search(at_limit + "x")
    code = cli.main(["--data-dir", str(data_dir), "--cases", str(bundled_copy), "search",
                     at_limit + "x"])
    assert code == 2
    assert capsys.readouterr().err == (
        "casebook: error: the query is 1001 characters; the limit is 1000\n")


def test_fuzzy_edits(bundled_copy: Path, make_library: MakeLib) -> None:
    lib = make_library(bundled_copy)
    lib.sync()
    capped = lib.search(f"budgit~{limits.MAX_FUZZY_EDITS}", limit=100)
    assert capped.total > 0
    for wide in ("budgit~9", "budgit~99"):
        assert [h.id for h in lib.search(wide, limit=100).hits] == [h.id for h in capped.hits]


def test_render_size(tmp_path: Path) -> None:
    para = "Some *emphasised* words and a [link](https://example.org).\n\n"
    text = para * (limits.MAX_RENDER_CHARS // len(para)) + "<b>the tail</b> *stays* plain"
    out = render_case_html(text, str(tmp_path / "case.md"))
    assert out.count("<em>emphasised</em>") == limits.MAX_RENDER_CHARS // len(para)
    assert "&lt;b&gt;the tail&lt;/b&gt; *stays* plain" in out


def test_render_inline_work(tmp_path: Path) -> None:
    light = "<b>x</b> " * 10
    dense = "<b>x</b> " * 20_000
    assert len(dense) ** 2 > limits.MAX_RENDER_INLINE_WORK
    out = render_case_html(f"{light}\n\n{dense}", str(tmp_path / "case.md"))
    assert out.count("<b>x</b>") == 10
    assert out.count("&lt;b&gt;x&lt;/b&gt;") == 20_000


HOSTILE = {
    "brackets": "[", "images": "![", "open-tags": "<a ", "emphasis": "*_", "entities": "&",
    "backslashes": "\\", "footnotes": "x [^1] ", "headings": "## x\n", "rules": "---\n",
    "setext": "a\n===\n", "fences": "```\nx\n```\n", "quotes": ">", "bullets": "- [a\n",
    "words": "word ",
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_two_mib_case_indexes_and_renders(name: str, case_dir: Path,
                                                  make_library: MakeLib) -> None:
    head = f"---\ntitle: {name}\n---\n"
    unit = HOSTILE[name]
    body = unit * ((limits.MAX_FILE_BYTES - len(head) - 20) // len(unit)) + "\n\n[^1]: n\n"
    path = case_dir / f"{name}.md"
    path.write_text(head + body, encoding="utf-8")
    lib = make_library(case_dir)
    assert lib.sync().total == 1
    case = lib.case(name)
    assert case["title"] == name
    lib.search("word x")
    out = render_case_html(case["body"], str(path))
    assert "<script" not in out and len(out) >= len(body) // 4
