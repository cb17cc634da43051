"""Helpers shared by the tests: the repository's folders and a valid case file writer."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
BUNDLED = ROOT / "cases"

GOOD_CASE = """---
title: {title}
id: {id}
summary: >-
  {summary}
country: {country}
level: {level}
year_start: {year}
challenges: [{challenges}]
strategies: [{strategies}]
outcomes: [{outcomes}]
{extra}sources:
  - title: A report about it
    publisher: Some Agency
    year: {year}
---

## Context

{body}

## Challenge

The challenge was real.

## Strategy

The strategy was chosen.

## Outcomes

The outcomes were measured.

## Lessons

Lessons were learned.
"""


def write_case(folder: Path, case_id: str, **fields: object) -> Path:
    """Write a valid case file; keyword arguments override the defaults."""
    values: dict[str, object] = {
        "title": f"Case {case_id}", "id": case_id, "summary": "A short summary.",
        "country": "Estonia", "level": "national", "year": 2010,
        "challenges": "legacy-systems", "strategies": "interoperability",
        "outcomes": "improved-service-delivery", "body": "Some context text.", "extra": "",
    }
    values.update(fields)
    path = folder / f"{case_id}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(GOOD_CASE.format(**values), encoding="utf-8")
    return path


def result_ids(window: Any) -> list[str]:
    """The case ids a window lists (the "Also matching some of your words" row is not one)."""
    model = window.results_model
    hits = (model.hit(r) for r in range(model.rowCount()))
    return [h.id for h in hits if h is not None]


@contextmanager
def running_window(qtbot: Any, lib: Any) -> Iterator[Any]:
    """The main window on a synced library, started and done with its first sync; the
    window and the library are closed afterwards."""
    from casebook.gui.window import MainWindow

    win = MainWindow(lib)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.results_shown, timeout=10_000):
        win.start()
    qtbot.waitUntil(lambda: not win.sync.running, timeout=10_000)
    # the map, the home page, is drawn once the first results have settled
    qtbot.waitUntil(lambda: win.evidence.map_page.model.map is not None, timeout=10_000)
    try:
        yield win
    finally:
        win.close()
        lib.close()
