"""The reader's page for one case as HTML, and its citation; no Qt here."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from html import escape
from typing import Any
from urllib.parse import quote

from casebook.cases.model import term_ids
from casebook.cases.taxonomy import Taxonomy
from casebook.facets import TAG_FACETS

CHIP_COLOURS = {
    "light": {"challenges": ("#fbe3d4", "#7a3511"), "strategies": ("#dbe7fb", "#17407a"),
              "outcomes": ("#d9f0df", "#1d5a2c"), "user": ("#ece6f7", "#4b2f7a")},
    "dark": {"challenges": ("#5a3320", "#ffd9c2"), "strategies": ("#22385e", "#cfe0ff"),
             "outcomes": ("#1f4a2b", "#c9f2d3"), "user": ("#3e3158", "#e6dcff")},
}
_H2 = re.compile(r"<h2(\s|>)")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Mark a word of the page for pyside6-lupdate; the GUI translates it ("CasePage")."""
    return text


def english(text: str, n: int = -1) -> str:
    """The page's words as written: %n is the count, "(s)" a plural ending."""
    if n < 0:
        return text
    return text.replace("%n", str(n)).replace("(s)", "" if n == 1 else "s")


def value_words(facet: str, value: str) -> str:
    """A value as the page writes it in English: 'too early', and evidence as its id."""
    return value if facet == "evidence" else value.replace("-", " ")


def figure(value: int | float) -> str:
    """A number with thousands separators; at most two decimals."""
    if isinstance(value, int):
        return f"{value:,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


@dataclass(frozen=True)
class PageWords:
    """How the reader's page says things: `text(words, n)` its own marked words (English
    here; the GUI passes its translation), `value(facet, value)` a level, region, verdict,
    result or evidence level, `heading(facet)` a facet's name; the taxonomy's terms in
    `language` where it translates them."""

    text: Callable[[str, int], str] = english
    value: Callable[[str, str], str] = value_words
    heading: Callable[[str], str] = str.capitalize
    number: Callable[[int | float], str] = figure
    language: str | None = None


ENGLISH = PageWords()


def span(start: int | None, end: int | None) -> str:
    """'1989–2004', or '2014–' while ongoing."""
    if not start:
        return ""
    return f"{start}–{end}" if end else f"{start}–"


def place_line(country: Sequence[str], place: str | None = None, level: str | None = None,
               year_start: int | None = None, year_end: int | None = None,
               region: str | None = None) -> str:
    """Where, when and at what level, as every face shows it under a case's title:
    'Porto Alegre, Brazil · Latin America · municipal · 1989–2004'; a part that is not
    known (or not given) is left out."""
    where = ", ".join(x for x in [place or "", " / ".join(country)] if x)
    return " · ".join(x for x in [where, region or "", level or "",
                                  span(year_start, year_end)] if x)


def meta_line(case: Mapping[str, Any], words: PageWords = ENGLISH) -> str:
    """The place line of a `Library.case` dict, with its region."""
    level, region = case.get("level"), case.get("region")
    return place_line(case.get("country") or [], case.get("place"),
                      words.value("levels", level) if level else None,
                      case.get("year_start"), case.get("year_end"),
                      words.value("regions", region) if region else None)


def chip(facet: str, term: str, label: str, theme: str, user: bool = False,
         tooltip: str = "") -> str:
    bg, fg = CHIP_COLOURS[theme]["user" if user else facet]
    href = f"casebook:filter/{facet}/{quote(term, safe='')}"
    mark = " ✎" if user else ""
    return (f'<a href="{href}" title="{escape(tooltip)}" style="text-decoration:none; '
            f'color:{fg}"><span style="background-color:{bg}; color:{fg}">&nbsp;'
            f"{unbreakable(escape(label + mark))}&nbsp;</span></a>")


def unbreakable(text: str) -> str:
    """Keep a chip on one line: no break at its spaces or after its hyphens."""
    return text.replace(" ", "&nbsp;").replace("-", "-\u2060")  # U+2060 WORD JOINER


def chips_html(case: dict[str, Any], taxonomy: Taxonomy, theme: str,
               words: PageWords = ENGLISH) -> str:
    rows = []
    for facet in TAG_FACETS:
        user = set(case.get("user_" + facet) or [])
        parts = []
        for term in term_ids(case.get(facet) or []):
            t = taxonomy.term(facet, term)
            label = taxonomy.label(facet, term, words.language)
            tip = taxonomy.description(facet, term, words.language) if t else \
                words.text(FREE_TAG, -1)
            parts.append(chip(facet, term, label, theme, term in user, tip))
        if parts:
            rows.append(f'<p class="chips"><span class="facet">{escape(words.heading(facet))}'
                        "</span> " + " ".join(parts) + "</p>")
    return "\n".join(rows)


# the page's words (context "CasePage" in the interface's translations)
FREE_TAG = QT_TRANSLATE_NOOP("CasePage", "free tag")
VERDICT = QT_TRANSLATE_NOOP("CasePage", "Verdict:")
PROBLEMS = QT_TRANSLATE_NOOP("CasePage", "This file has problems: {0}")
PROBLEM_LINE = QT_TRANSLATE_NOOP("CasePage", "line {0}: {1}: {2}")
EDIT = QT_TRANSLATE_NOOP("CasePage", "<a href=\"casebook:edit\">open the file in your "
                         "editor</a>; Casebook checks it again each time you save.")
CONTENTS = QT_TRANSLATE_NOOP("CasePage", "Contents:")
LANGUAGES = QT_TRANSLATE_NOOP("CasePage", "Written in:")
# each language by its own name, as language switchers show it, so no reader needs a
# translation to find their own
ENDONYMS = {"en": "English", "es": "Español", "pt": "Português", "fr": "Français",
            "de": "Deutsch", "it": "Italiano", "nl": "Nederlands"}


def languages_html(case: Mapping[str, Any], words: PageWords = ENGLISH) -> str:
    """'Written in: English · Português' with a link to each other language of the case;
    nothing for a case in one language."""
    translations: Mapping[str, str] = case.get("translations") or {}
    if len(translations) < 2:
        return ""
    parts = []
    for code, case_id in translations.items():
        name = escape(ENDONYMS.get(code, code))
        parts.append(f"<b>{name}</b>" if case_id == case["id"] else
                     f'<a href="casebook:case/{quote(case_id, safe="")}" hreflang="{code}">'
                     f"{name}</a>")
    return (f'<p class="languages">{escape(words.text(LANGUAGES, -1))} '
            + " · ".join(parts) + "</p>")
RESULTS = QT_TRANSLATE_NOOP("CasePage", "Results and evidence")
METRICS = QT_TRANSLATE_NOOP("CasePage", "Metrics")
SOURCES = QT_TRANSLATE_NOOP("CasePage", "Sources")
RELATED = QT_TRANSLATE_NOOP("CasePage", "Related cases")
SOURCE_N = QT_TRANSLATE_NOOP("CasePage", "[source {0}]")
RESULT_IS = QT_TRANSLATE_NOOP("CasePage", "result: {0}")
EVIDENCE_IS = QT_TRANSLATE_NOOP("CasePage", "evidence: {0}")
ATTRIBUTION = QT_TRANSLATE_NOOP("CasePage", "Attribution:")
LICENCE = QT_TRANSLATE_NOOP("CasePage", "Licence:")
IMPORTED = QT_TRANSLATE_NOOP("CasePage", "Imported from:")
MEASURE = QT_TRANSLATE_NOOP("CasePage", "Measure")
VALUE = QT_TRANSLATE_NOOP("CasePage", "Value")
BEFORE = QT_TRANSLATE_NOOP("CasePage", "Before")
SOURCE = QT_TRANSLATE_NOOP("CasePage", "Source")
UNTITLED = QT_TRANSLATE_NOOP("CasePage", "Untitled")


def case_page(case: dict[str, Any], body_html: str, taxonomy: Taxonomy, theme: str,
              related: list[tuple[str, str]], words: PageWords = ENGLISH) -> str:
    """Header, contents, body, metrics, sources and related cases for the reader."""
    tr = words.text
    out = [f'<h1 class="title">{escape(case["title"])}</h1>',
           f'<p class="meta">{escape(meta_line(case, words))}</p>',
           credit_html(case, words),  # whoever must be credited, under the title
           languages_html(case, words), chips_html(case, taxonomy, theme, words)]
    if case.get("verdict"):
        out.append(f'<p class="verdict"><b>{escape(tr(VERDICT, -1))}</b> '
                   f'{escape(verdict_text(case["verdict"], words))}</p>')
    if case.get("problems"):
        items = "".join("<li>" + escape(tr(PROBLEM_LINE, -1).format(
            p["line"], p["severity"], p["message"])) + "</li>" for p in case["problems"])
        count = tr(PROBLEMS, -1).format(words.number(len(case["problems"])))
        out.append(f'<div class="banner"><b>{escape(count)}</b> — {tr(EDIT, -1)}'
                   f"<ul>{items}</ul></div>")
    if case.get("summary"):
        out.append(f'<p class="summary">{escape(case["summary"])}</p>')
    headings = list(case.get("sections") or {})
    if headings:
        links = " · ".join(f'<a href="#sec-{n}">{escape(h)}</a>'
                           for n, h in enumerate(headings, 1))
        out.append(f'<p class="toc">{escape(tr(CONTENTS, -1))} {links}</p>')
    counter = iter(range(1, 10_000))
    out.append(_H2.sub(lambda m: f'<a name="sec-{next(counter)}"></a><h2{m.group(1)}',
                       body_html))
    results = results_html(case, taxonomy, words)
    if results:
        out.append(f'<h2><a name="results"></a>{escape(tr(RESULTS, -1))}</h2>' + results)
    if case.get("metrics"):
        out.append(f'<h2><a name="metrics"></a>{escape(tr(METRICS, -1))}</h2>'
                   + metrics_table(case, words))
    if case.get("sources"):
        out.append(f'<h2><a name="sources"></a>{escape(tr(SOURCES, -1))}</h2>'
                   '<ol class="sources">'
                   + "".join(f'<li><a name="source-{n}"></a>{source_html(s, words)}</li>'
                             for n, s in enumerate(case["sources"], 1)) + "</ol>")
    if related:
        out.append(f'<h2><a name="related"></a>{escape(tr(RELATED, -1))}</h2>'
                   '<ul class="related">'
                   + "".join(f'<li><a href="casebook:case/{quote(i)}">{escape(t)}</a></li>'
                             for i, t in related) + "</ul>")
    extra = case.get("extra") or {}
    if extra:
        out.append('<p class="extra">' + "<br>".join(
            f"{escape(str(k))}: {escape(str(v))[:200]}" for k, v in extra.items()) + "</p>")
    return "\n".join(out)


VERDICT_SYMBOLS = {"success": "●", "mixed": "◐", "failure": "○", "too-early": "…"}


def verdict_text(verdict: str, words: PageWords = ENGLISH) -> str:
    """'◐ mixed': a symbol and a word, so colour never carries the meaning alone."""
    return f"{VERDICT_SYMBOLS.get(verdict, '')} {words.value('verdicts', verdict)}".strip()


def stated_outcomes(case: Mapping[str, Any], words: PageWords = ENGLISH
                    ) -> list[tuple[Mapping[str, Any], str, str]]:
    """Each outcome that says how it turned out, with 'result: … · evidence: …' and its
    note: the one wording of the reader, the handouts and their text."""
    out = []
    for o in case.get("outcomes") or []:
        if not isinstance(o, Mapping) or not any(o.get(k) for k in ("result", "evidence",
                                                                     "note", "source")):
            continue
        parts = []
        if o.get("result"):
            parts.append(words.text(RESULT_IS, -1).format(
                words.value("results", str(o["result"]))))
        if o.get("evidence"):
            parts.append(words.text(EVIDENCE_IS, -1).format(
                words.value("evidence", str(o["evidence"]))))
        out.append((o, " · ".join(parts), str(o.get("note") or "")))
    return out


def results_html(case: dict[str, Any], taxonomy: Taxonomy, words: PageWords = ENGLISH) -> str:
    """Each outcome with its result, evidence and note, linked to the source behind it;
    empty when no outcome says more than its name."""
    items = []
    for o, how, note in stated_outcomes(case, words):
        name = taxonomy.label("outcomes", str(o.get("id")), words.language)
        line = " · ".join(x for x in (f"<b>{escape(name)}</b>",
                                      escape(how)) if x)
        if note:
            line += f" — {escape(note)}"
        if o.get("source"):
            n = int(o["source"])
            line += f' <a href="#source-{n}">{escape(words.text(SOURCE_N, -1).format(n))}</a>'
        items.append(f"<li>{line}</li>")
    return f'<ul class="results">{"".join(items)}</ul>' if items else ""


def credit_html(case: dict[str, Any], words: PageWords = ENGLISH) -> str:
    """The case's attribution and licence, and the dataset record it was imported from,
    when it gives them."""
    parts, tr = [], words.text
    if case.get("attribution"):
        parts.append(f"<b>{escape(tr(ATTRIBUTION, -1))}</b> {escape(str(case['attribution']))}")
    if case.get("licence"):
        parts.append(f"<b>{escape(tr(LICENCE, -1))}</b> {escape(str(case['licence']))}")
    origin = origin_text(case)
    if origin:
        url = (case.get("origin") or {}).get("url")
        shown = escape(origin)
        if isinstance(url, str) and url.startswith(("http://", "https://")):
            shown = f'<a href="{escape(url)}">{shown}</a>'
        parts.append(f"<b>{escape(tr(IMPORTED, -1))}</b> {shown}")
    return f'<p class="credit">{" · ".join(parts)}</p>' if parts else ""


def origin_text(case: Mapping[str, Any]) -> str:
    """'govlab-odi, record open-duka' for a case an importer wrote, else ''."""
    origin = case.get("origin")
    if not isinstance(origin, Mapping) or not origin.get("dataset"):
        return ""
    record = f", record {origin['id']}" if origin.get("id") not in (None, "") else ""
    return f"{origin['dataset']}{record}"


def metrics_table(case: dict[str, Any], words: PageWords = ENGLISH) -> str:
    rows = ["<tr>" + "".join(f"<th>{escape(words.text(h, -1))}</th>"
                             for h in (MEASURE, VALUE, BEFORE, SOURCE)) + "</tr>"]
    for m in case["metrics"]:
        value = f"{_num(m.get('value'), words)} {escape(str(m.get('unit') or ''))}".strip()
        if m.get("year"):
            value += f" ({escape(str(m['year']))})"
        before = ""
        if m.get("baseline") is not None:
            year = m.get("baseline_year")
            before = _num(m["baseline"], words) + (f" ({escape(str(year))})" if year else "")
        source = f"[{m['source']}]" if m.get("source") else ""
        rows.append(f"<tr><td>{escape(str(m.get('label') or ''))}</td><td>{value}</td>"
                    f"<td>{before}</td><td>{source}</td></tr>")
    return '<table class="metrics" cellspacing="0" cellpadding="4">' + "".join(rows) + "</table>"


def _num(value: Any, words: PageWords = ENGLISH) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return escape(words.number(value))
    return escape(str(value))


def source_html(s: dict[str, Any], words: PageWords = ENGLISH) -> str:
    title = escape(str(s.get("title") or words.text(UNTITLED, -1)))
    url = str(s.get("url") or "")
    if url.startswith(("http://", "https://")):
        title = f'<a href="{escape(url)}">{title}</a>'
    rest = ", ".join(escape(str(s[k])) for k in ("publisher", "year") if s.get(k))
    return f"{title}" + (f" — {rest}" if rest else "")


CITATION_STYLES = {"apa": "APA", "chicago": "Chicago", "bibtex": "BibTeX", "ris": "RIS"}
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def _reviewed(case: Mapping[str, Any]) -> date | None:
    try:
        return date.fromisoformat(str(case.get("updated") or "")[:10])
    except ValueError:
        return None


def citation(case: dict[str, Any], style: str = "apa") -> str:
    """A reference to the case study in one of CITATION_STYLES (the case has no author; its
    attribution, when given, stands in)."""
    title, case_id = " ".join(str(case["title"]).split()), str(case["id"])
    author = " ".join(str(case.get("attribution") or "").split())
    about = meta_line(case)
    when = _reviewed(case)
    if style == "bibtex":
        fields = [("author", f"{{{_tex(author)}}}" if author else ""),
                  ("title", f"{{{_tex(title)}}}"), ("howpublished", "Casebook case study"),
                  ("year", str(when.year) if when else ""),
                  ("note", _tex(f"{about}. Case id: {case_id}" if about else
                                f"Case id: {case_id}"))]
        body = ",\n".join(f"  {k} = {{{v}}}" for k, v in fields if v)
        return f"@misc{{{re.sub(r'[^A-Za-z0-9:_.-]', '', case_id) or 'case'},\n{body}\n}}"
    if style == "ris":
        lines = [("TY", "GEN"), ("AU", author), ("TI", title), ("PB", "Casebook"),
                 ("PY", str(when.year) if when else ""),
                 ("DA", when.strftime("%Y/%m/%d") if when else ""),
                 ("N1", f"Case study {case_id}" + (f": {about}" if about else "")), ("ER", "")]
        return "\n".join(f"{tag}  - {value}".rstrip() + (" " if tag == "ER" else "")
                         for tag, value in lines if value or tag == "ER")
    if style == "chicago":
        done = f" Last modified {_MONTHS[when.month - 1]} {when.day}, {when.year}." if when else ""
        lead = f"{author}. " if author else ""
        place = f", {about}" if about else ""
        return f"{lead}“{_end(title)}” Case study{place}. Casebook, case {case_id}.{done}"
    stamp = f"{when.year}, {_MONTHS[when.month - 1]} {when.day}" if when else "n.d."
    head = f"{author}. ({stamp}). {title} [Case study]." if author else \
        f"{title} [Case study]. ({stamp})."
    return f"{head} Casebook, case {case_id}." + (f" {about}." if about else "")


def _end(text: str) -> str:
    return text if text.endswith((".", "?", "!")) else text + "."


def _tex(text: str) -> str:
    """Escape the characters BibTeX treats specially."""
    return "".join(_TEX.get(ch, ch) for ch in text)


_TEX = {"\\": r"\textbackslash{}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
        **{ch: "\\" + ch for ch in "&%$#_{}"}}
