"""Forgiving search: which cases hold enough of a plain query's words, and in what order."""

from __future__ import annotations

import heapq
from typing import Any

Scores = dict[int, float]


def rank(per_word: list[Scores], keys: list[Any], need: int, limit: int | None,
         some_below: int) -> tuple[list[tuple[float, int]], dict[int, str], set[int], bool]:
    """The best `limit` documents (all when None) as (score, docnum), those with every word
    first, then those with at least `need` of them, each by the sum of the words' scores;
    when fewer than `some_below` documents have `need` words, those with fewer follow.
    Also: each ranked document's tier ("all", "most" or "some"), the documents with at
    least `need` words (what is counted), and whether any listed lacks a word.
    `keys` are the documents of each word (dict keys, already filtered)."""
    full, above = tiers(keys, need)
    if limit == 0:  # counting only: no document is ranked
        lacking = len(above) < some_below and bool(set().union(*keys) - above)
        return [], {}, above, len(above) > len(full) or lacking
    # cases with every word come first: when they fill the page, rank only them
    pool = full if limit is not None and len(full) >= limit else above
    ranked = ((d not in full, -v, d) for d, v in summed(per_word, pool, pool is full).items())
    best = heapq.nsmallest(limit, ranked) if limit is not None else sorted(ranked)
    top = [(-v, d) for _, v, d in best]
    match = {d: "most" if partial else "all" for partial, _, d in best}
    others = set().union(*keys) - above if len(above) < some_below else set()
    if others and (limit is None or len(top) < limit):
        rest = ((-v, d) for d, v in summed(per_word, others).items())
        more = limit - len(top) if limit is not None else None
        some = heapq.nsmallest(more, rest) if more is not None else sorted(rest)
        top += [(-v, d) for v, d in some]
        match.update({d: "some" for _, d in some})
    return top, match, above, len(above) > len(full) or bool(others)


def tiers(keys: list[Any], need: int) -> tuple[set[int], set[int]]:
    """The documents in all of the key sets (dict keys), and those in at least `need` of
    them, by set operations (several times faster than counting each document)."""
    full = keys[0]
    at_least: list[Any] = [keys[0], *(set() for _ in range(need - 1))]  # [k]: k + 1 sets
    last = len(keys) - 1
    for n, found in enumerate(keys[1:], 1):
        full = full & found
        # a level that the remaining sets cannot lift to `need` is not kept up to date
        for k in range(min(n, need - 1), max(0, need - 1 - (last - n)) - 1, -1):
            if k:
                at_least[k] |= at_least[k - 1] & found
            else:
                at_least[0] = at_least[0] | found
    full = full if isinstance(full, set) else set(full)
    above = at_least[need - 1]
    return full, (above if isinstance(above, set) else set(above))


def summed(per_word: list[dict[int, float]], docs: set[int],
            in_all: bool = False) -> dict[int, float]:
    """The sum of the words' scores for each of the documents (`in_all`: each has them all)."""
    if in_all:
        out = {d: per_word[0][d] for d in docs}
        for found in per_word[1:]:
            out = {d: v + found[d] for d, v in out.items()}
        return out
    out = dict.fromkeys(docs, 0.0)
    for found in per_word:
        out.update({d: out[d] + found[d] for d in docs.intersection(found)})
    return out
