"""Reading the library: `search`, `show` one case, and `tags` with their counts."""

from __future__ import annotations

import argparse
import html
import re
import sys
from typing import TYPE_CHECKING

from casebook.cases.model import Filters, Problem
from casebook.cli.shared import Command, open_library, out, plural, shown_path
from casebook.errors import UsageError
from casebook.facets import BY_KEY, LISTED, OPTIONS, SORT_OPTIONS, TAG_FACETS

if TYPE_CHECKING:
    from casebook.library import Library

_B = re.compile(r"</?b>")
CHECKED = ("verdicts", "results", "evidence")  # version 2 filters: their values are a fixed set


def filters_of(args: argparse.Namespace) -> Filters:
    """The filter options of `search` and `map` (see add_filters), checked."""
    filters = Filters(terms={key: getattr(args, option) for option, key in OPTIONS.items()},
                      year_from=args.year_from, year_to=args.year_to)
    for key in CHECKED:
        for value in filters.terms[key]:
            if value.lower() not in BY_KEY[key].values:
                raise UsageError(f"--{BY_KEY[key].option} {value!r} is not one of "
                                 f"{', '.join(BY_KEY[key].values)}")
    return filters


def canonical(lib: Library, filters: Filters) -> Filters:
    for facet in TAG_FACETS:
        filters.terms[facet] = [lib.taxonomy.canonical(facet, v)[0]
                                for v in filters.terms.get(facet, [])]
    filters.terms = {k: v for k, v in filters.terms.items() if v}
    return filters


def add_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("query", nargs="*", metavar="QUERY", help="words, \"phrases\", field:value")
    for option in OPTIONS:
        p.add_argument(f"--{option}", dest=option, action="append", default=[], metavar="VALUE",
                       help=f"filter by {option} (repeatable; OR within, AND across)")
    p.add_argument("--from", dest="year_from", type=int, metavar="YEAR",
                   help="cases active in or after YEAR")
    p.add_argument("--to", dest="year_to", type=int, metavar="YEAR",
                   help="cases active in or before YEAR")


def cmd_search(args: argparse.Namespace) -> int:
    filters = filters_of(args)
    lib = open_library(args)
    filters = canonical(lib, filters)
    query = " ".join(args.query)
    result = lib.search(query, filters, args.sort, args.limit, strict=args.strict)
    if args.json:
        out(result.to_json())
        return 0
    bold = sys.stdout.isatty()
    above = sum(1 for h in result.hits if h.match != "some")
    print(f"{plural(result.total, 'case')}"
          + (f" (showing {above})" if above < result.total else ""))
    if result.relaxed:
        print(("Showing cases that match most of your words" if result.total else
               "No case matches most of your words") + " (--strict: all of them)")
    if result.suggestion:
        print(f"Did you mean: {result.suggestion}")
    if not result.hits and query.strip():
        nearest = [f"{facet}:{term_id}" for facet, term_id in lib.nearest_terms(query)]
        if nearest:
            print(f"Nearest taxonomy terms: {', '.join(nearest)}")
    from casebook.render.casepage import place_line  # text output only

    for n, hit in enumerate(result.hits, 1):
        if hit.match == "some" and (n == 1 or result.hits[n - 2].match != "some"):
            print("--- Also matching some of your words ---")
        meta = place_line(hit.country, None, hit.level, hit.year_start, hit.year_end)
        flag = "  [problems]" if hit.problems else ""
        print(f"{n:>3}. {hit.title}  ({meta})  {hit.id}{flag}")
        snippet = _B.sub(lambda m: "\033[1m" if m.group(0) == "<b>" else "\033[0m",
                         hit.snippet) if bold else _B.sub("", hit.snippet)
        print(f"     {html.unescape(snippet)}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    lib = open_library(args)
    case = lib.case(args.id)
    if args.json:
        out(case)
        return 0
    from casebook.render.casepage import origin_text, place_line  # text output only

    print(case["title"])
    print(place_line(case["country"], case["place"], case["level"], case["year_start"],
                     case["year_end"]))
    for facet in TAG_FACETS:
        if case[facet] and facet != "outcomes":
            labels = [lib.taxonomy.label(facet, t) for t in case[facet]]
            print(f"{BY_KEY[facet].label}: {', '.join(labels)}")
    if case["verdict"]:
        print(f"Verdict: {case['verdict']}")
    if case["outcomes"]:
        print("Outcomes:")
    for o in case["outcomes"]:
        how = ", ".join(x for x in (o["result"], o["evidence"] and f"evidence: {o['evidence']}")
                        if x)
        extra = "".join(x for x in (f" ({how})" if how else "",
                                    f" — {o['note']}" if o["note"] else "",
                                    f" [source {o['source']}]" if o["source"] else ""))
        print(f"  - {lib.taxonomy.label('outcomes', o['id'])}{extra}")
    if case["attribution"]:
        licence = f" ({case['licence']})" if case["licence"] else ""
        print(f"Credit: {case['attribution']}{licence}")
    if origin_text(case):
        url = (case["origin"] or {}).get("url")
        print(f"Imported from: {origin_text(case)}" + (f" ({url})" if url else ""))
    print(f"\n{case['summary']}\n")
    print(case["body"].strip())
    if case["sources"]:
        print("\nSources:")
        for n, s in enumerate(case["sources"], 1):
            parts = [str(s.get(k)) for k in ("publisher", "title", "year", "url") if s.get(k)]
            print(f"  {n}. {'. '.join(parts)}")
    for p in case["problems"]:
        print(Problem(case["path"], **p).format(shown_path(case["path"])), file=sys.stderr)
    return 0


def cmd_tags(args: argparse.Namespace) -> int:
    lib = open_library(args)
    listing = lib.tag_listing()
    if args.facet:
        listing = {args.facet: listing[args.facet]}
    if args.json:
        out(listing)
        return 0
    for facet, terms in listing.items():
        print(f"{facet.upper()}")
        for t in terms:
            name = t.get("id") or t["name"]
            label = t.get("label", "")
            free = "  (free tag)" if t.get("free") else ""
            print(f"  {t['count']:>4}  {name}" + (f"  — {label}" if label else "") + free)
    return 0


def register(command: Command) -> None:
    p = command("search", cmd_search, "search the cases (Whoosh query syntax)")
    add_filters(p)
    p.add_argument("--sort", choices=SORT_OPTIONS, default="relevance", help="result order")
    p.add_argument("--limit", type=int, default=20, metavar="N", help="results to show")
    p.add_argument("--strict", action="store_true",
                   help="cases must hold every word (by default, most of them will do)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p = command("show", cmd_show, "show one case")
    p.add_argument("id", metavar="ID", help="the case id")
    p.add_argument("--json", action="store_true", help="print JSON")
    p = command("tags", cmd_tags, "list tags with their case counts")
    p.add_argument("--facet", choices=LISTED, help="only this facet")
    p.add_argument("--json", action="store_true", help="print JSON")
