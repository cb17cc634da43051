"""A generated real-world Markdown folder: every front-matter convention, odd bytes and names."""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

NBSP = "\u00a0"
ZWSP = "\u200b"
WORDS = ("budget", "council", "digital", "service", "citizens", "audit", "procurement", "open",
         "data", "reform", "platform", "pilot", "village", "health", "school", "transport",
         "climate", "trust", "river")
# File-name stems with the characters that trip up tools: ':', '?', '&', brackets,
# curly quotes, and a non-breaking space right before '.md'.
ODD_STEMS = (
    "meeting: notes", "why? because", "tom & jerry", "draft [v2]", "plan (final)",
    "“quoted” title", "‘single’ quotes", "ends with nbsp" + NBSP, "emoji 🎉 party",
    "mixed: [a] & (b)?",
)


@dataclass
class Expect:
    """What indexing one generated file must give."""

    rel: str
    kind: str
    readable: bool = True
    indexed: bool = True
    title: str | None = None
    free_tags: list[str] | None = None
    problems: dict[str, int] = field(default_factory=dict)


Made = tuple[str, bytes, Expect]
Maker = Callable[[random.Random, int, str], Made]


def _words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def _body(rng: random.Random, heading: str | None = None) -> str:
    top = f"# {heading}\n\n" if heading else ""
    return f"{top}{_words(rng, 30)}.\n\n## Context\n\n{_words(rng, 40)}.\n"


def _md(stem: str, text: str, exp: Expect) -> Made:
    return stem + ".md", text.encode("utf-8"), exp


# one maker per convention ---------------------------------------------------------
def ours(rng: random.Random, i: int, stem: str) -> Made:
    text = (f"---\ntitle: Our case {i}\nsummary: A summary.\ncountry: Kenya\nlevel: national\n"
            f"year_start: 2012\nchallenges: [legacy-systems]\nstrategies: [open-data]\n"
            f"outcomes: [accountability]\nsources:\n  - title: A report\n    publisher: X\n"
            f"    year: 2013\n---\n{_body(rng)}")
    return _md(stem, text, Expect(stem + ".md", "ours", title=f"Our case {i}", free_tags=[]))


def blank_before(rng: random.Random, i: int, stem: str) -> Made:
    text = f"\n\n   \n---\ntitle: Blank lines first {i}\ntags: [alpha]\n---\n{_body(rng)}"
    return _md(stem, text, Expect(stem + ".md", "blank_before", title=f"Blank lines first {i}",
                                  free_tags=["alpha"], problems={"blank-before-fm": 1}))


def toml(rng: random.Random, i: int, stem: str) -> Made:
    text = (f'+++\ntitle = "Hugo page {i}"\ndate = 2021-03-04T05:06:07+01:00\n'
            f'lastmod = 2021-03-05\npublishAt = 07:30:00\ndraft = false\n'
            f'tags = ["Open Data", "hugo"]\ncategories = ["x"]\n[params]\nweight = {i}\n'
            f"+++\n{_body(rng)}{{{{< figure src=\"/img/a.png\" >}}}}\n")
    return _md(stem, text, Expect(stem + ".md", "toml", title=f"Hugo page {i}",
                                  free_tags=["open-data", "hugo"]))


def duplicate_keys(rng: random.Random, i: int, stem: str) -> Made:
    text = (f"---\ntitle: First title {i}\ntags: [one]\ntitle: Second title {i}\n---\n"
            f"{_body(rng)}")
    return _md(stem, text, Expect(stem + ".md", "duplicate_keys", title=f"Second title {i}",
                                  free_tags=["one"], problems={"duplicate-key": 4}))


def tabs(rng: random.Random, i: int, stem: str) -> Made:
    text = (f"---\ntitle: Tabbed {i}\ntags:\n\t- tab-one\n\t- tab-two\nparams:\n\tx: 1\n---\n"
            f"{_body(rng, 'Heading of tabbed')}")
    return _md(stem, text, Expect(stem + ".md", "tabs", title=f"Tabbed {i}",
                                  free_tags=["tab-one", "tab-two"], problems={"yaml": 4}))


def capitalised(rng: random.Random, i: int, stem: str) -> Made:
    text = f"---\nTitle: Capital Title {i}\nTags: Foo, Bar\nDate: 2020-01-01\n---\n{_body(rng)}"
    return _md(stem, text, Expect(stem + ".md", "capitalised", title=f"Capital Title {i}",
                                  free_tags=["foo", "bar"], problems={"key-case": 2}))


def dates(rng: random.Random, i: int, stem: str) -> Made:
    text = (f"---\ntitle: Dates {i}\ndate: 2001-12-14\ncanonical: 2001-12-15T02:59:43.1Z\n"
            f"iso8601: 2001-12-14t21:59:43.10-05:00\nspaced: 2001-12-14 21:59:43.10 -5\n"
            f"no_zone: 2002-12-14 21:59:43.10\nquoted: '2003-01-01'\n"
            f"updated: 2020-06-30T12:00:00+02:00\n"
            f"expiry: 2020-02-30\n---\n{_body(rng)}")
    return _md(stem, text, Expect(stem + ".md", "dates", title=f"Dates {i}", free_tags=[],
                                  problems={"value": 10}))


def tags_string(rng: random.Random, i: int, stem: str) -> Made:
    jekyll = i % 2
    tags = "jekyll style words" if jekyll else "Open Data, Civic Tech , \"#hashtag\""
    want = ["jekyll-style-words"] if jekyll else ["open-data", "civic-tech", "hashtag"]
    text = f"---\ntitle: String tags {i}\ntags: {tags}\n---\n{_body(rng)}"
    return _md(stem, text, Expect(stem + ".md", "tags_string", title=f"String tags {i}",
                                  free_tags=want))


def nulls(rng: random.Random, i: int, stem: str) -> Made:
    text = (f"---\ntitle:\nsummary: ~\ntags: null\ncountry: Null\nlevel:\ncategories: []\n---\n"
            f"{_body(rng, f'Null heading {i}')}")
    return _md(stem, text, Expect(stem + ".md", "nulls", title=f"Null heading {i}",
                                  free_tags=[]))


def huge_front_matter(rng: random.Random, i: int, stem: str) -> Made:
    lines = [f"title: Big front matter {i}", "description: |"]
    lines += ["  " + _words(rng, 12) for _ in range(1100)]
    lines.append("aliases:")
    lines += [f"  - /old/path/{n}" for n in range(1500)]
    text = "---\n" + "\n".join(lines) + "\n---\n"
    assert 100_000 <= len(text.encode()) < 256 * 1024
    return _md(stem, text, Expect(stem + ".md", "huge_front_matter",
                                  title=f"Big front matter {i}", free_tags=[]))


def shortcodes(rng: random.Random, i: int, stem: str) -> Made:
    text = (f"---\ntitle: \"{{{{ page.title }}}} {i}\"\nlayout: \"{{% raw %}}post\"\n---\n"
            f"{{{{< youtube id=\"abc\" >}}}}\n{{{{% notice tip %}}}}Tip{{{{% /notice %}}}}\n"
            f"{{% include header.html param=\"x\" %}}\n{{% for p in site.posts %}}{{{{ p.url }}}}"
            f"{{% endfor %}}\n{{{{ site.title | escape }}}}\n\n{_body(rng)}")
    return _md(stem, text, Expect(stem + ".md", "shortcodes", title=f"{{{{ page.title }}}} {i}",
                                  free_tags=[]))


def liquid_front_matter(rng: random.Random, i: int, stem: str) -> Made:
    text = f"---\ntitle: {{{{ site.title }}}}\ntags: [ok]\n---\n{_body(rng, f'Liquid {i}')}"
    return _md(stem, text, Expect(stem + ".md", "liquid_front_matter", title=f"Liquid {i}",
                                  free_tags=["ok"], problems={"value": 2}))


def raw_html(rng: random.Random, i: int, stem: str) -> Made:
    text = (f"---\ntitle: Raw HTML {i}\n---\n<table><tr><th>A</th><td onclick=\"x()\">1</td></tr>"
            f"</table>\n\n<iframe src=\"https://www.youtube.com/embed/x\" width=560></iframe>\n"
            f"<script>alert('x')</script><style>body{{background:url(http://x)}}</style>\n"
            f"<div><img src=x onerror=alert(1)><svg><script>1</script></svg></div>\n"
            f"<details><summary>More</summary>{_words(rng, 10)}</details>\n\n{_body(rng)}")
    return _md(stem, text, Expect(stem + ".md", "raw_html", title=f"Raw HTML {i}",
                                  free_tags=[]))


def long_lines(rng: random.Random, i: int, stem: str) -> Made:
    text = (f"---\ntitle: Long lines {i}\nlong: {'x' * 5000}\n---\n{_words(rng, 12000)}\n\n"
            f"{'a' * 30_000}\n\n{'-=' * 20_000}\n\n{_body(rng)}")
    return _md(stem, text, Expect(stem + ".md", "long_lines", title=f"Long lines {i}",
                                  free_tags=[]))


def invisible(rng: random.Random, i: int, stem: str) -> Made:
    text = (f"---\ntitle: \"{NBSP}Non{NBSP}breaking{ZWSP} {i}{NBSP}\"\n"
            f"tags: [\"open{NBSP}data\", \"zero{ZWSP}width\"]\n"
            f"{ZWSP}title{ZWSP}: ignored duplicate\n---\n"
            f"{NBSP}{_words(rng, 5)}{ZWSP}{_words(rng, 5)}\u2060\ufeff\n\n{_body(rng)}")
    return _md(stem, text, Expect(stem + ".md", "invisible", title=f"Non breaking{ZWSP} {i}",
                                  free_tags=["open-data", "zerowidth"]))


def emoji(rng: random.Random, i: int, stem: str) -> Made:
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    text = (f"---\ntitle: \"Emoji 🚀 {family} {i}\"\ntags: [\"🎉 party\", 🌍, climate]\n---\n"
            f"# 🌱 Heading\n\n{_words(rng, 10)} 🚀🔥{family}\n\n{_body(rng)}")
    return _md(stem, text, Expect(stem + ".md", "emoji", title=f"Emoji 🚀 {family} {i}",
                                  free_tags=["party", "climate"]))


def obsidian_note(rng: random.Random, i: int, stem: str) -> Made:
    text = (f"# Obsidian note {i}\n\nSee [[Other note]] and [[Folder/Note|alias]]. #inline-tag\n"
            f"![[embedded.png]]\n> [!note] Callout\n> text\n\n{_words(rng, 40)}\n")
    return _md(stem, text, Expect(stem + ".md", "obsidian_note", title=f"Obsidian note {i}",
                                  free_tags=[], problems={"no-fm": 1}))


def bare_note(rng: random.Random, i: int, stem: str) -> Made:
    title = " ".join(stem.split())
    return _md(stem, _words(rng, 50) + "\n", Expect(stem + ".md", "bare_note", title=title,
                                                    free_tags=[], problems={"no-fm": 1}))


def crlf_bom(rng: random.Random, i: int, stem: str) -> Made:
    text = f"---\r\ntitle: Windows file {i}\r\ntags: [crlf]\r\n---\r\n# Head\r\n\r\ntext\r\n"
    return stem + ".md", b"\xef\xbb\xbf" + text.encode(), Expect(
        stem + ".md", "crlf_bom", title=f"Windows file {i}", free_tags=["crlf"])


def page_bundle(rng: random.Random, i: int, stem: str) -> Made:
    titled = i % 2
    text = f"---\ntitle: Bundle {i}\n---\n" if titled else "---\ndraft: true\n---\n"
    return f"bundle-{i}/index.md", (text + _body(rng)).encode(), Expect(
        f"bundle-{i}/index.md", "page_bundle", title=f"Bundle {i}" if titled else f"bundle-{i}",
        free_tags=[])


def empty(rng: random.Random, i: int, stem: str) -> Made:
    text = "" if i % 2 else "---\n---\n"
    return _md(stem, text, Expect(stem + ".md", "empty", title=" ".join(stem.split()),
                                  free_tags=[]))


def unclosed(rng: random.Random, i: int, stem: str) -> Made:
    text = f"---\ntitle: never closed\n\n# Unclosed {i}\n\n{_words(rng, 20)}\n"
    return _md(stem, text, Expect(stem + ".md", "unclosed", title=f"Unclosed {i}",
                                  free_tags=[], problems={"unclosed-fm": 1}))


def not_mapping(rng: random.Random, i: int, stem: str) -> Made:
    text = f"---\n- just\n- a list\n---\n# Listy {i}\n"
    return _md(stem, text, Expect(stem + ".md", "not_mapping", title=f"Listy {i}",
                                  free_tags=[], problems={"fm-shape": 2}))


def binary(rng: random.Random, i: int, stem: str) -> Made:
    data = b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(rng.randrange(256) for _ in range(300))
    return stem + ".md", data, Expect(stem + ".md", "binary", readable=False)


def latin1(rng: random.Random, i: int, stem: str) -> Made:
    return stem + ".md", f"---\ntitle: Caf\xe9 {i}\n---\n".encode("latin-1"), Expect(
        stem + ".md", "latin1", readable=False)


def oversized(rng: random.Random, i: int, stem: str) -> Made:
    line = (_words(rng, 15) + "\n").encode()
    data = b"---\ntitle: too big\n---\n" + line * (2 * 1024 * 1024 // len(line) + 10)
    return stem + ".md", data, Expect(stem + ".md", "oversized", readable=False)


MAKERS: tuple[Maker, ...] = (
    ours, blank_before, toml, duplicate_keys, tabs, capitalised, dates, tags_string, nulls,
    huge_front_matter, shortcodes, liquid_front_matter, raw_html, long_lines, invisible, emoji,
    obsidian_note, bare_note, crlf_bom, page_bundle, empty, unclosed, not_mapping, binary,
    latin1,
)
SUBFOLDERS = ("", "content/posts", "vault/Daily Notes", "docs/a b/c", "Ünïcödé")


def generate(root: Path, n: int = 5000, seed: int = 0) -> list[Expect]:
    """Write n files below root (plus a few that are not cases); return what each should give."""
    rng = random.Random(seed)
    out: list[Expect] = []
    for i in range(n):
        maker = oversized if i == n // 2 else MAKERS[i % len(MAKERS)]
        stem = ODD_STEMS[i % len(ODD_STEMS)] + f" {i}" if i % 3 == 0 else f"note-{i}"
        if stem.endswith(NBSP + f" {i}"):
            stem = f"nbsp {i}" + NBSP
        name, data, exp = maker(rng, i, stem)
        sub = SUBFOLDERS[i % len(SUBFOLDERS)]
        rel = f"{sub}/{name}" if sub else name
        exp.rel = rel
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        out.append(exp)
    for rel in (".obsidian/workspace.md", "_index.md", "content/_drafts/wip.md"):
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("---\ntitle: not a case\n---\n", encoding="utf-8")
        out.append(Expect(rel, "hidden", indexed=False))
    return out


def main(argv: list[str]) -> int:
    """Build the corpus in a folder and index it once: `python corpus_mixed.py DIR [N]`."""
    from casebook.library import Library

    root = Path(argv[1])
    n = int(argv[2]) if len(argv) > 2 else 5000
    generate(root / "cases", n)
    size = sum(p.stat().st_size for p in (root / "cases").rglob("*") if p.is_file())
    lib = Library(root / "data", [str(root / "cases")])
    start = time.perf_counter()
    report = lib.sync()
    took = time.perf_counter() - start
    lib.close()
    print(f"{n} files, {size / 1e6:.1f} MB: {report.summary()}; indexed in {took:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
