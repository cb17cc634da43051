"""Safe case HTML: sanitised, nothing fetched from the network, images only from the case folder."""

from __future__ import annotations

import os
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casebook.render.markdown import render_case_html, sanitise

PNG = b"\x89PNG\r\n\x1a\n"


class Inventory(HTMLParser):
    """Every tag and attribute in a piece of HTML."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str, str]] = []
        self.text = ""
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += [(tag, k, v or "") for k, v in attrs]

    def handle_data(self, data: str) -> None:
        self.text += data

    def values(self, attribute: str) -> list[str]:
        return [v for _, k, v in self.attrs if k == attribute]


@pytest.fixture
def case_file(tmp_path: Path) -> Path:
    folder = tmp_path / "cases" / "europe"
    (folder / "img").mkdir(parents=True)
    (folder / "img" / "chart.png").write_bytes(PNG)
    (folder / "with space.png").write_bytes(PNG)
    (tmp_path / "cases" / "outside.png").write_bytes(PNG)
    (tmp_path / "secret.png").write_bytes(PNG)
    path = folder / "case.md"
    path.write_text("---\ntitle: x\n---\n", encoding="utf-8")
    return path


def assert_safe(out: str, case_file: Path) -> Inventory:
    inv = Inventory(out)
    folder = case_file.parent.resolve().as_uri() + "/"
    assert not set(inv.tags) & {"script", "style", "iframe", "svg", "object", "embed", "link",
                                "meta", "base", "form", "input", "image", "video", "audio"}
    for tag, name, _value in inv.attrs:
        assert not name.startswith("on") and name not in ("style", "srcset", "background"), tag
    for src in inv.values("src"):
        assert src.startswith(folder), src
    for href in inv.values("href"):
        assert href.startswith(("http://", "https://", "mailto:", "#")), href
    return inv


def test_markdown_features_survive(case_file: Path) -> None:
    md = ("# Title\n\n## Context\n\n| a | b |\n|:-:|--:|\n| 1 | 2 |\n\n"
          "```python\nx = '<b>'\n```\n\nA note[^1].\n\n1. one\n2. two\n\n[^1]: The note.\n")
    inv = assert_safe(out := render_case_html(md, str(case_file)), case_file)
    assert '<h2 id="context">Context</h2>' in out
    assert '<th align="center">a</th>' in out and '<td align="right">2</td>' in out
    assert '<code class="language-python">x = \'&lt;b&gt;\'' in out
    assert 'href="#fn:1"' in out and '<li id="fn:1">' in out
    assert inv.tags.count("li") == 3


@pytest.mark.parametrize("hostile", [
    "<script>alert('x')</script>",
    "<iframe src='https://evil.example/'>inner</iframe>",
    "<img src=x onerror=alert('x')>",
    "<p onclick=\"alert('x')\" style=\"background:url(http://evil.example/t.png)\">p</p>",
    "<style>body { background: url(http://evil.example/t.png) }</style>",
    "<svg onload=alert('x')><image href='http://evil.example/t.png'/><script>alert('x')"
    "</script></svg>",
    "<object data='http://evil.example/x.swf'></object><embed src='http://evil.example/x'>",
    "<link rel=stylesheet href='http://evil.example/s.css'><meta http-equiv=refresh "
    "content='0;url=http://evil.example'><base href='http://evil.example/'>",
    "<table background='http://evil.example/t.png'><tr><td>t</td></tr></table>",
    "<picture><source srcset='http://evil.example/a.png'><img src='http://evil.example/b.png'"
    " alt='b'></picture>",
    "<video poster='http://evil.example/p.png' src='http://evil.example/v.mp4'></video>",
    "<form action='http://evil.example'><input type=image src='http://evil.example/a.png'>"
    "</form>",
    "<!-- <script>alert('x')</script> -->",
    "<a href='javascript:alert(1)'>j</a><scr<script>ipt>alert('x')</script>",
])
def test_hostile_html_is_neutralised(hostile: str, case_file: Path) -> None:
    out = render_case_html(f"Text before.\n\n{hostile}\n\nText after.", str(case_file))
    assert_safe(out, case_file)
    assert "<script" not in out.lower()
    assert "evil.example" not in out
    assert "Text before." in out and "Text after." in out


def test_script_content_is_dropped_not_shown(case_file: Path) -> None:
    out = render_case_html("<script>alert('x')</script>\n\n<iframe>inner</iframe>ok",
                           str(case_file))
    assert "alert" not in out and "inner" not in out


@pytest.mark.parametrize("href", [
    "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "jav&#x61;script:x",
    "java\tscript:alert(1)", "file:///etc/passwd", "data:text/html,<script>x</script>",
    "vbscript:msgbox", "other-case.md", "../secret.md", "/etc/passwd", "ftp://x.org/f",
])
def test_refused_links_keep_their_text_but_lose_the_target(href: str, case_file: Path) -> None:
    out = render_case_html(f'<a href="{href}">the text</a> and [md](<{href}>)', str(case_file))
    inv = assert_safe(out, case_file)
    assert inv.values("href") == []
    assert "the text" in inv.text and "md" in inv.text


def test_javascript_link_is_emptied(case_file: Path) -> None:
    out = render_case_html("[click me](javascript:alert(1))", str(case_file))
    assert out == '<p><a rel="noopener noreferrer">click me</a></p>'


@pytest.mark.parametrize("href", ["https://example.org/a?b=1&c=2", "http://example.org",
                                  "mailto:someone@example.org", "#context"])
def test_safe_links_are_kept(href: str, case_file: Path) -> None:
    inv = assert_safe(render_case_html(f"[x]({href})", str(case_file)), case_file)
    assert inv.values("href") == [href]


def test_local_image_inside_the_case_folder_is_a_file_url(case_file: Path) -> None:
    out = render_case_html("![A chart](img/chart.png) ![S](<with space.png>) "
                           "![Q](./img/chart.png?x=1)", str(case_file))
    inv = assert_safe(out, case_file)
    folder = case_file.parent.resolve()
    assert inv.values("src") == [(folder / "img" / "chart.png").as_uri(),
                                 (folder / "with space.png").as_uri(),
                                 (folder / "img" / "chart.png").as_uri()]
    assert inv.values("alt") == ["A chart", "S", "Q"]


@pytest.mark.parametrize("src", [
    "https://example.org/a.png", "http://example.org/a.png", "//example.org/a.png",
    "data:image/png;base64,iVBORw0KGgo=", "file:///etc/passwd", "../outside.png",
    "../../secret.png", "%2e%2e/outside.png", "img/../../outside.png", "/etc/passwd",
    "\\\\server\\share\\a.png", "img/missing.png", "img/", "",
])
def test_other_images_become_their_alt_text(src: str, case_file: Path) -> None:
    out = render_case_html(f'![Alt <text>](<{src}>) <img src="{src}" alt="raw alt">',
                           str(case_file))
    inv = assert_safe(out, case_file)
    assert "img" not in inv.tags
    assert "Alt <text>" in inv.text and "raw alt" in inv.text


def test_etc_passwd_image_is_not_loaded(case_file: Path) -> None:
    out = render_case_html("<img src=../../etc/passwd>", str(case_file))
    assert "<img" not in out and "passwd" not in out


def test_symlink_out_of_the_folder_is_refused(case_file: Path, tmp_path: Path) -> None:
    folder = case_file.parent
    os.symlink(tmp_path / "secret.png", folder / "link.png")
    os.symlink(tmp_path, folder / "linkdir")
    os.symlink(folder / "img" / "chart.png", folder / "inner.png")
    out = render_case_html("![a](link.png) ![b](linkdir/secret.png) ![c](inner.png)",
                           str(case_file))
    inv = assert_safe(out, case_file)
    assert inv.values("src") == [(folder / "img" / "chart.png").resolve().as_uri()]


def test_no_case_path_means_no_local_images(case_file: Path) -> None:
    assert "<img" not in render_case_html("![a](img/chart.png)", "")


def test_escaping_survives_the_round_trip(case_file: Path) -> None:
    out = render_case_html('Tom &amp; Jerry &lt;b&gt; "q" 5 < 6\n\n<img alt="a&quot;b>c" '
                           'src="img/chart.png">', str(case_file))
    inv = Inventory(out)
    assert 'Tom & Jerry <b> "q" 5 < 6' in inv.text
    assert inv.values("alt") == ['a"b>c']


HTML_BITS = st.sampled_from([
    "<script>", "</script>", "<img src=", "<a href=", "javascript:", "file:", "data:", "//",
    "../", "img/chart.png", "http://evil.example/", "onerror=", "style=", "<svg>", "<iframe>",
    "'", '"', ">", "<", "&#", "x", " ", "\n", "![a](", ")", "[l](", "<!--", "-->", "`",
    "<style>", "url(", "<table background=", "&lt;", "\u0000", "\t", "JaVaScRiPt:",
])


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(pieces=st.lists(st.one_of(HTML_BITS, st.text(max_size=8)), max_size=40))
def test_fuzzed_html_never_gets_through(pieces: list[str], case_file: Path) -> None:
    out = render_case_html("".join(pieces), str(case_file))
    assert_safe(out, case_file)
    assert "<script" not in out.lower() and "evil.example" not in "".join(
        Inventory(out).values("src"))
    assert_safe(sanitise(out, str(case_file)), case_file)
