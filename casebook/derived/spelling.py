"""The spelling vocabulary: the distinct words of the indexed text, in a sorted file.

It replaces a per-document spelling field, which doubled the index build time. Words
are only ever added (a rebuild starts afresh), so callers check a suggestion is still
in the index before offering it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from whoosh.spelling import ListCorrector

from casebook import limits, paths
from casebook.cases.text import fold_accents


class Vocabulary:
    """A sorted word list in a file, cached until the file changes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._words: list[str] = []
        self._stamp: tuple[int, int] | None = None

    def _file_stamp(self) -> tuple[int, int] | None:
        try:
            st = self.path.stat()
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_size)

    def words(self) -> list[str]:
        stamp = self._file_stamp()
        if stamp != self._stamp:
            try:
                text = self.path.read_text(encoding="utf-8") if stamp else ""
            except OSError:  # replaced meanwhile by another process's rebuild: next time
                return self._words
            self._words = text.split()
            self._stamp = stamp
        return self._words

    def add(self, raw: Iterable[str]) -> None:
        """Add lowercase words (accents are folded here); rewrite the file only if needed."""
        known = set(self.words())
        new = {w if w.isascii() else fold_accents(w) for w in raw} - known
        new = {w for w in new if len(w) >= 3 and not w.isdigit()}
        if not new:
            return
        words = sorted(known | new)
        paths.atomic_write(self.path, ("\n".join(words) + "\n").encode("utf-8"))
        self._words, self._stamp = words, self._file_stamp()

    def suggest(self, key: str, known: Callable[[str], int]) -> str | None:
        """The closest listed word still in the index (`known` gives its frequency).

        Closest by edit distance counting a swap of two letters as one edit, then by
        frequency, then alphabetically.
        """
        words = self.words()
        if not words:
            return None
        options = ListCorrector(words).suggest(key, limit=20,
                                               maxdist=limits.MAX_FUZZY_EDITS)
        ranked = sorted((_distance(key, w), -known(w), w) for w in options)
        return next((w for _, freq, w in ranked if freq), None)


def _distance(a: str, b: str) -> int:
    """Optimal string alignment distance: insertions, deletions, changes, swaps."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        row = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                row[j] = min(row[j], prev2[j - 2] + 1)
        prev2, prev = prev, row
    return prev[-1]
