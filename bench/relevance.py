"""Recall@10 and MRR on the judged questions (bench/judged.py) for Casebook and FTS5."""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.judged import JUDGED  # noqa: E402
from bench.queries import Query  # noqa: E402

TOP = 10
CASES = ROOT / "cases"
_WORD = re.compile(r"\w+")


def scores(ranked: dict[str, list[str]]) -> dict[str, Any]:
    """Mean recall in the first TOP, mean reciprocal rank of the first relevant case in
    the first TOP (0 when none), and the questions with no result at all."""
    recall = mrr = 0.0
    empty: list[str] = []
    for question, relevant in JUDGED:
        found = ranked[question][:TOP]
        if not ranked[question]:
            empty.append(question)
        recall += len(set(found) & set(relevant)) / len(relevant)
        first = next((n for n, case_id in enumerate(found, 1) if case_id in relevant), None)
        mrr += 1 / first if first else 0.0
    n = len(JUDGED)
    return {"recall_at_10": round(recall / n, 3), "mrr": round(mrr / n, 3),
            "empty": len(empty), "empty_questions": empty}


def casebook_ranking(cases: Path, data: Path) -> dict[str, list[str]]:
    """Every question as typed, the default search; the list counts the cases under the
    'Also matching some of your words' divider too."""
    from casebook.library import Library

    lib = Library(data, [str(cases)])
    try:
        lib.sync()
        return {q: [h.id for h in lib.search(q, limit=TOP).hits] for q, _ in JUDGED}
    finally:
        lib.close()


def fts5_or_query(question: str) -> str:
    """The baseline's query: every word of the question, ORed."""
    return " OR ".join(f'"{w}"' for w in _WORD.findall(question))


def fts5_ranking(cases: Path, db_path: Path) -> dict[str, list[str]]:
    """The words ORed in SQLite FTS5 over the same files, ranked by bm25."""
    from bench import fts5

    conn = fts5.build(db_path, sorted(cases.rglob("*.md")))
    try:
        out = {}
        for question, _ in JUDGED:
            _, page, _ = fts5.search(conn, Query("judged", question, fts5_or_query(question)))
            out[question] = [row[0] for row in page]
        return out
    finally:
        conn.close()


def measure(cases: Path = CASES) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="casebook-relevance-") as tmp:
        work = Path(tmp)
        rankers: dict[str, Callable[[], dict[str, list[str]]]] = {
            "casebook": lambda: casebook_ranking(cases, work / "data"),
            "fts5": lambda: fts5_ranking(cases, work / "fts5.db"),
        }
        return {"questions": len(JUDGED), **{k: scores(run()) for k, run in rankers.items()}}


def table(result: dict[str, Any]) -> str:
    cb, base = result["casebook"], result["fts5"]
    lines = [f"Relevance: {result['questions']} judged plain-language questions on the bundled "
             "cases (bench/judged.py)",
             "figure        Casebook  FTS5 (words ORed, bm25)"]
    for key in ("recall_at_10", "mrr", "empty"):
        lines.append(f"{key.ljust(12)}  {str(cb[key]).ljust(8)}  {base[key]}")
    if cb["empty_questions"]:
        lines.append("no result in Casebook: " + "; ".join(cb["empty_questions"]))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    result = measure()
    print(json.dumps(result) if args.json else table(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
