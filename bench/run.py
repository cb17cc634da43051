"""Benchmark Casebook against an SQLite FTS5 baseline on a synthetic library of N cases."""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import corpus  # noqa: E402
from bench.queries import Query, last_query, mix  # noqa: E402

PAGE = 20
PASSES = 3
TARGETS = {"index_full_s": 60.0, "sync_nochange_s": 0.5, "sync_onefile_s": 1.0,
           "search_p95_ms": 50.0, "startup_s": 1.0, "rss_mb": 400.0,
           "map_p95_ms": 150.0, "map_query_p95_ms": 150.0, "compare_p95_ms": 100.0,
           "map_redraw_p95_ms": 250.0, "cli_search_s": 0.2, "facet_click_p95_ms": 100.0,
           "scroll_paint_p95_ms": 16.0}
EVIDENCE_RUNS = 20
MIXED_COMPARED = ("index_full_s", "search_p50_ms", "search_p95_ms", "rss_mb", "index_mb")
MIXED_TARGETS = {"index_full_s": 1.3, "search_p95_ms": 1.25}  # the multilingual issue's
MAP_QUERY = "open data portal"
COMPARED_CASES = 5
MAX_P95_RATIO = 2.0
COMPARED = ("index_full_s", "search_p50_ms", "search_p95_ms", "rss_mb", "index_mb")
NEW_WORD = "zyxquorblefrost"


def _mb(kilobytes: int) -> float:
    return round(kilobytes / 1024, 1)


def _rss() -> dict[str, float]:
    """Peak resident memory of this process and, separately, of its largest child."""
    own = _mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    kids = _mb(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    return {"rss_mb": max(own, kids), "rss_self_mb": own, "rss_children_mb": kids}


def _size_mb(path: Path) -> float:
    if path.is_file():
        return round(path.stat().st_size / 1e6, 1)
    return round(sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6, 1)


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return round(statistics.median(ordered) * 1000, 1), round(p95 * 1000, 1)


def _p95_ms(run: Any, runs: int = EVIDENCE_RUNS) -> float:
    """p95 in ms of `runs` timed calls after one to warm up."""
    run()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        samples.append(time.perf_counter() - start)
    return _percentiles(samples)[1]


def _time_mix(run: Any, queries: list[Query]) -> dict[str, Any]:
    """Warm once, then time every query PASSES times; p50/p95 over all samples."""
    for q in queries:
        run(q)
    samples: list[float] = []
    by_kind: dict[str, list[float]] = {}
    for _ in range(PASSES):
        for q in queries:
            start = time.perf_counter()
            run(q)
            took = time.perf_counter() - start
            samples.append(took)
            by_kind.setdefault(q.kind, []).append(took)
    p50, p95 = _percentiles(samples)
    kinds = {k: dict(zip(("p50_ms", "p95_ms"), _percentiles(v), strict=True))
             for k, v in by_kind.items()}
    return {"search_p50_ms": p50, "search_p95_ms": p95, "search_by_kind": kinds}


# Casebook ------------------------------------------------------------------------
def _filters(spec: dict[str, Any]) -> Any:
    from casebook.cases.model import Filters

    terms = {k: v for k, v in spec.items() if k not in ("year_from", "year_to")}
    return Filters(terms=terms, year_from=spec.get("year_from"), year_to=spec.get("year_to"))


def casebook_worker(work: Path) -> dict[str, Any]:
    """Full build, syncs and the query mix, in this process (run as its own subprocess)."""
    cases, data = work / "cases", work / "data"
    start = time.perf_counter()
    from casebook.library import Library

    lib = Library(data, [str(cases)])
    report = lib.sync()
    out: dict[str, Any] = {"index_full_s": round(time.perf_counter() - start, 2),
                           "cases_indexed": report.total}
    start = time.perf_counter()
    report = lib.sync()
    out["sync_nochange_s"] = round(time.perf_counter() - start, 3)
    target = sorted(cases.rglob("*.md"))[0]
    original = target.read_bytes()
    lib.search(NEW_WORD)  # the app has searched before a file changes: its searcher is warm
    start = time.perf_counter()
    with target.open("a", encoding="utf-8") as handle:
        handle.write(f"\nA late note mentions the {NEW_WORD} review.\n")
    lib.sync()
    found = lib.search(NEW_WORD).total
    out["sync_onefile_s"] = round(time.perf_counter() - start, 3)
    if found != 1:
        raise SystemExit(f"bench: the saved word was found in {found} cases, not 1")

    def run(q: Query) -> None:
        result = lib.search(q.casebook, _filters(q.filters), limit=PAGE)
        above = [h for h in result.hits if h.match != "some"]  # 'some' are not in the total
        assert result.facets is not None and result.total >= len(above)

    out.update(_time_mix(run, mix()))
    out["totals"] = [lib.search(q.casebook, _filters(q.filters), limit=PAGE).total
                     for q in mix()]
    out["map_p95_ms"] = _p95_ms(lib.evidence_map)
    out["map_query_p95_ms"] = _p95_ms(lambda: lib.evidence_map(MAP_QUERY))
    some = sorted(lib.store.all_ids())[:COMPARED_CASES]
    out["compare_p95_ms"] = _p95_ms(lambda: lib.compare(some))
    target.write_bytes(original)
    lib.sync()
    lib.close()
    out["index_mb"] = _size_mb(data / "derived")
    out.update(_rss())
    return out


def fts5_worker(work: Path) -> dict[str, Any]:
    from bench import fts5

    db_path = work / "fts5.db"
    db_path.unlink(missing_ok=True)
    files = sorted((work / "cases").rglob("*.md"))
    start = time.perf_counter()
    conn = fts5.build(db_path, files)
    out: dict[str, Any] = {"index_full_s": round(time.perf_counter() - start, 2)}
    out.update(_time_mix(lambda q: fts5.search(conn, q), mix()))
    out["totals"] = [fts5.search(conn, q)[0] for q in mix()]
    conn.close()
    out["index_mb"] = _size_mb(db_path)
    out.update(_rss())
    return out


def _installed_env() -> dict[str, str]:
    """The environment of a new process timed as a user's would run: with the package's
    bytecode compiled, as an installer leaves it (this shell may say not to write it)."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _compile_package() -> None:
    import compileall

    compileall.compile_dir(str(ROOT / "casebook"), quiet=1)


def measure_startup(data_dir: Path, folders: list[str], runs: int = 3) -> dict[str, Any]:
    """Seconds from process start to results for the last query of the mix on screen.

    With the app (casebook.gui.app.run, which quits once results are shown when
    CASEBOOK_QUIT_WHEN_READY is set) this times the real window, offscreen, restoring the
    last query and filters from its settings. The core-only figure (a new process that
    opens the Library, syncs and searches, no Qt) is always measured too.
    """
    q = last_query()
    env = dict(_installed_env(), PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    core = (
        "from casebook.library import Library\n"
        "from bench.run import _filters\n"
        f"lib = Library({str(data_dir)!r}, {folders!r})\n"
        "lib.sync()\n"
        f"r = lib.search({q.casebook!r}, _filters({q.filters!r}), limit={PAGE})\n"
        "print('READY', r.total, flush=True)\n"
    )
    out: dict[str, Any] = {}
    core_s, core_mb = _time_process(core, env, runs, until_ready=True)
    out.update(startup_core_s=core_s, startup_core_rss_mb=core_mb)
    if _app_can_quit_when_ready():
        prepare = (
            "import json\n"
            "from PySide6.QtCore import QSettings\n"
            "from bench.run import _filters\n"
            f"s = QSettings({str(data_dir / 'window.ini')!r}, QSettings.Format.IniFormat)\n"
            f"s.setValue('last/query', {q.casebook!r})\n"
            f"s.setValue('last/filters', json.dumps(_filters({q.filters!r}).to_json()))\n"
            "s.sync()\n"
        )
        subprocess.run([sys.executable, "-c", prepare], env=env, check=True)
        app = ("import sys\nfrom casebook.gui.app import run\n"
               f"sys.exit(run({str(data_dir)!r}, {folders!r}))\n")
        app_env = dict(env, CASEBOOK_QUIT_WHEN_READY="1")
        seconds, peak = _time_process(app, app_env, runs, until_ready=False)
        out.update(startup_s=seconds, startup_rss_mb=peak, startup_kind=(
            "app window, offscreen: process start to results for the last query shown"))
    else:
        out.update(startup_s=core_s, startup_rss_mb=core_mb, startup_kind=(
            "placeholder: Library + sync + search in a new process, no window"))
    return out


MAP_REDRAW = """
import json, statistics, sys, time
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from casebook.gui.app import make_window
win, lock = make_window(sys.argv[1], json.loads(sys.argv[2]))
win.resize(1280, 800)
win.show()
win.start()
while win.sync.running or win.evidence.map_page.model.map is None:
    app.processEvents()
page, times = win.evidence.map_page, []
for i in range(int(sys.argv[3])):
    win.browser.w.search.setText(sys.argv[4] if i % 2 else "")
    start = time.perf_counter()
    win.evidence.refresh()
    page.repaint()
    times.append(time.perf_counter() - start)
print(json.dumps(times))
win.close()
"""


GUI_FIGURES = """
import json, sys, time
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from casebook.gui.app import make_window
win, lock = make_window(sys.argv[1], json.loads(sys.argv[2]))
win.resize(1280, 800)
win.show()
shown = []
win.results_shown.connect(lambda: shown.append(time.perf_counter()))
win.start()
while win.sync.running or not shown:
    app.processEvents()
for _ in range(20):
    app.processEvents()

def wait_results(before):
    # the event loop waits in Qt, as the app's does: a loop of processEvents() would hold
    # the interpreter and slow the search thread it waits for
    if len(shown) == before:
        loop = QEventLoop()
        win.results_shown.connect(loop.quit)
        loop.exec()
        win.results_shown.disconnect(loop.quit)
    return shown[-1]

counts = win.lib.store.term_counts()
picks = [("challenges", t) for t in list(counts.get("challenges", {}))[:5]]
picks += [("strategies", t) for t in list(counts.get("strategies", {}))[:5]]
clicks = []
for facet, term in picks:
    before, start = len(shown), time.perf_counter()
    win.browser.toggle_filter(facet, term, True)
    clicks.append(wait_results(before) - start)
    before = len(shown)
    win.browser.toggle_filter(facet, term, False)
    wait_results(before)
view = win.results
bar = view.verticalScrollBar()
paints = []
for step in range(60):  # page down through the list, painting each page
    if bar.value() >= bar.maximum():
        bar.setValue(0)
    bar.setValue(bar.value() + max(1, bar.pageStep()))
    app.processEvents()
    start = time.perf_counter()
    view.viewport().repaint()
    paints.append(time.perf_counter() - start)
print(json.dumps({"clicks": clicks, "paints": paints}))
win.close()
"""


def measure_gui(data_dir: Path, folders: list[str]) -> dict[str, Any]:
    """In the app, offscreen at 1280x800: seconds from a facet tick to its results shown
    (10 ticks, each untick waited out too), and the paint of a scrolled page of results."""
    env = dict(_installed_env(), PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", GUI_FIGURES, str(data_dir),
                           json.dumps(folders)], env=env, capture_output=True, text=True,
                          check=False)
    if proc.returncode:
        sys.stderr.write(proc.stderr)
        raise SystemExit("bench: the GUI run failed")
    found = json.loads(proc.stdout.strip().splitlines()[-1])
    click50, click95 = _percentiles(found["clicks"])
    paint50, paint95 = _percentiles(found["paints"])
    return {"facet_click_p50_ms": click50, "facet_click_p95_ms": click95,
            "scroll_paint_p50_ms": paint50, "scroll_paint_p95_ms": paint95}


def measure_map_redraw(data_dir: Path, folders: list[str]) -> dict[str, Any]:
    """The app's map page drawn again for a new search (the core map, the model and the
    grid's paint), offscreen in a 1280x800 window, alternating all cases and a query."""
    env = dict(_installed_env(), PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", MAP_REDRAW, str(data_dir), json.dumps(folders),
                           str(EVIDENCE_RUNS), MAP_QUERY], env=env, capture_output=True,
                          text=True, check=False)
    if proc.returncode:
        sys.stderr.write(proc.stderr)
        raise SystemExit("bench: the map redraw run failed")
    p50, p95 = _percentiles(json.loads(proc.stdout.strip().splitlines()[-1]))
    return {"map_redraw_p50_ms": p50, "map_redraw_p95_ms": p95}


CLI_WORD = "budget"
FTS5_PROCESS = """
import json, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
match = "{title summary body} : (" + sys.argv[2] + ")"
where = "fts MATCH ?"
total = conn.execute("SELECT COUNT(*) FROM fts WHERE " + where, [match]).fetchone()[0]
page = conn.execute("SELECT d.id, d.title, d.level, d.year_start, snippet(fts, -1, '<b>', "
                    "'</b>', ' … ', 24) FROM fts JOIN docs d ON d.rowid = fts.rowid WHERE "
                    + where + " ORDER BY bm25(fts, 4.0, 2.0) LIMIT 20", [match]).fetchall()
facets = {}
for facet, term, n in conn.execute("SELECT t.facet, t.term, COUNT(*) FROM fts JOIN tags t ON "
                                   "t.doc = fts.rowid WHERE " + where + " GROUP BY t.facet, "
                                   "t.term", [match]):
    facets.setdefault(facet, {})[term] = n
print(json.dumps({"total": total, "results": page, "facets": facets}))
"""


def measure_cli(work: Path, runs: int = 7) -> dict[str, Any]:
    """Wall seconds of `casebook search WORD --json` as a new process on the bundled library
    (index up to date), beside a new Python process asking FTS5 the same: median of runs."""
    from bench import fts5

    bundled = ROOT / "cases"
    data, db = work / "cli-data", work / "cli-fts5.db"
    env = {k: v for k, v in _installed_env().items() if k != "CASEBOOK_DATA_DIR"}
    env["PYTHONPATH"] = str(ROOT)
    casebook = [sys.executable, "-m", "casebook.launch", "--data-dir", str(data), "--cases",
                str(bundled), "search", CLI_WORD, "--json"]
    subprocess.run(casebook, env=env, capture_output=True, check=True)  # the first index
    db.unlink(missing_ok=True)
    fts5.build(db, sorted(p for p in bundled.rglob("*.md")
                          if not p.name.startswith(("_", "."))))
    baseline = [sys.executable, "-c", FTS5_PROCESS, str(db), CLI_WORD]

    def median(command: list[str]) -> float:
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(command, env=env, capture_output=True, check=True)
            times.append(time.perf_counter() - start)
        return round(statistics.median(times), 3)

    ours, theirs = median(casebook), median(baseline)
    return {"cli_search_s": ours, "cli_search_fts5_s": theirs,
            "cli_search_ratio": round(ours / theirs, 2) if theirs else None}


def _app_can_quit_when_ready() -> bool:
    app = ROOT / "casebook" / "gui" / "app.py"
    return app.is_file() and "CASEBOOK_QUIT_WHEN_READY" in app.read_text(encoding="utf-8")


def _time_process(code: str, env: dict[str, str], runs: int,
                  until_ready: bool) -> tuple[float, float]:
    """Median seconds to a READY line (or to exit), and the peak memory of the runs."""
    times, peaks = [], []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, env=env, text=True)
        assert proc.stdout is not None
        line = proc.stdout.readline() if until_ready else ""
        took = time.perf_counter() - start
        proc.stdout.read()
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        if not until_ready:
            took = time.perf_counter() - start
        if proc.returncode or (until_ready and not line.startswith("READY")):
            raise SystemExit(f"bench: the start-up process failed ({proc.returncode})")
        times.append(took)
        peaks.append(_mb(usage.ru_maxrss))
    return round(statistics.median(times), 3), max(peaks)


# orchestration -------------------------------------------------------------------
def _worker(kind: str, work: Path) -> dict[str, Any]:
    proc = subprocess.run([sys.executable, __file__, "--worker", kind, "--work", str(work)],
                          capture_output=True, text=True, check=False)
    if proc.returncode:
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"bench: the {kind} run failed")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def relevance_worker(work: Path) -> dict[str, Any]:
    from bench import relevance

    return relevance.measure()


def run_bench(size: int, work: Path, seed: int = 1, mixed: bool = False) -> dict[str, Any]:
    """Every figure for one library size; the work folder holds corpus, data and baseline.
    `mixed`: a third of the cases in Spanish and Portuguese."""
    cases = work / "cases"
    start = time.perf_counter()
    files = corpus.write_corpus(cases, size, seed, mixed)
    corpus_s = time.perf_counter() - start
    shutil.rmtree(work / "data", ignore_errors=True)
    (work / "fts5.db").unlink(missing_ok=True)
    base = _worker("fts5", work)
    result = _worker("casebook", work)
    _compile_package()
    result.update(measure_startup(work / "data", [str(cases)]))
    result.update(measure_map_redraw(work / "data", [str(cases)]))
    result.update(measure_cli(work))
    result.update(measure_gui(work / "data", [str(cases)]))
    totals_cb, totals_fts = result.pop("totals"), base.pop("totals")
    result = {"size": size, "seed": seed, "mixed": mixed, "cases_mb": round(sum(
        p.stat().st_size for p in files) / 1e6, 1), "corpus_s": round(corpus_s, 1), **result}
    result["baseline"] = {"engine": "SQLite FTS5 (porter unicode61 remove_diacritics 2)",
                          **base}
    result["ratio"] = {k: round(result[k] / base[k], 2) if base[k] else None
                       for k in COMPARED}
    result["totals_differ"] = sum(a != b for a, b in zip(totals_cb, totals_fts, strict=True))
    result["relevance"] = _worker("relevance", work)
    return result


# past 10,000 cases the targets are the performance issue's growth targets instead
LARGE = 10_000
LARGE_TARGETS = {"startup_s": 2.0, "sync_onefile_s": 1.0, "facet_click_p95_ms": 100.0,
                 "scroll_paint_p95_ms": 16.0, "cli_search_s": 0.2}
GROWTH_TARGETS = {"search_p95_ms": 3.0, "rss_mb": 2.5, "sync_nochange_s": 5.0}


def _target(result: dict[str, Any], key: str) -> float | None:
    if result["size"] > LARGE:
        return LARGE_TARGETS.get(key)
    return TARGETS.get(key)


def _passes(result: dict[str, Any], key: str) -> str:
    target = _target(result, key)
    if target is None:
        return ""
    ok = result[key] <= target
    if result["size"] > LARGE:
        return f"{'ok' if ok else 'MISSED'} (<= {target:g})"
    if key == "search_p95_ms":
        ratio = result["ratio"]["search_p95_ms"]
        ok = ok and ratio is not None and ratio <= MAX_P95_RATIO
        return f"{'ok' if ok else 'MISSED'} (<= {target:g}, <= {MAX_P95_RATIO:g}x)"
    return f"{'ok' if ok else 'MISSED'} (<= {target:g})"


def table(result: dict[str, Any]) -> str:
    base, ratio = result["baseline"], result["ratio"]
    rows = [("figure", "Casebook", "FTS5", "ratio", "target")]
    for key in ("index_full_s", "sync_nochange_s", "sync_onefile_s", "search_p50_ms",
                "search_p95_ms", "startup_s", "rss_mb", "index_mb"):
        rows.append((key, f"{result[key]:g}", f"{base[key]:g}" if key in base else "-",
                     f"{ratio[key]:g}" if ratio.get(key) is not None else "-",
                     _passes(result, key)))
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    mixed = ", a third in Spanish and Portuguese" if result.get("mixed") else ""
    lines = [f"Casebook benchmark: {result['size']} cases{mixed} ({result['cases_mb']} MB), "
             f"seed {result['seed']}"]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
              for r in rows]
    lines.append(f"startup: {result['startup_kind']}; core only (Library + sync + search, "
                 f"no Qt) {result['startup_core_s']} s")
    lines.append(f"rss: Casebook process {result['rss_self_mb']} MB, its children "
                 f"{result['rss_children_mb']} MB; start-up process {result['startup_rss_mb']} MB")
    kinds = result["search_by_kind"]
    lines.append("search p50/p95 ms by kind (Casebook | FTS5): " + "; ".join(
        f"{k} {v['p50_ms']}/{v['p95_ms']} | {base['search_by_kind'][k]['p50_ms']}/"
        f"{base['search_by_kind'][k]['p95_ms']}" for k, v in kinds.items()))
    lines.append(f"evidence map, core, p95 of {EVIDENCE_RUNS} runs: all cases "
                 f"{result['map_p95_ms']} ms {_passes(result, 'map_p95_ms')}; query "
                 f"{MAP_QUERY!r} {result['map_query_p95_ms']} ms "
                 f"{_passes(result, 'map_query_p95_ms')}; compare of {COMPARED_CASES} cases "
                 f"{result['compare_p95_ms']} ms {_passes(result, 'compare_p95_ms')}; "
                 f"app map redraw p50/p95 {result['map_redraw_p50_ms']}/"
                 f"{result['map_redraw_p95_ms']} ms {_passes(result, 'map_redraw_p95_ms')}")
    lines.append(f"app, offscreen: facet tick to results p50/p95 {result['facet_click_p50_ms']}/"
                 f"{result['facet_click_p95_ms']} ms {_passes(result, 'facet_click_p95_ms')}; "
                 f"paint of a scrolled page p50/p95 {result['scroll_paint_p50_ms']}/"
                 f"{result['scroll_paint_p95_ms']} ms {_passes(result, 'scroll_paint_p95_ms')}")
    lines.append(f"command line, a new process on the bundled library, median: casebook search "
                 f"{CLI_WORD} --json {result['cli_search_s']} s "
                 f"{_passes(result, 'cli_search_s')}; FTS5 in a new Python process "
                 f"{result['cli_search_fts5_s']} s; ratio {result['cli_search_ratio']} "
                 f"(target <= 3)")
    if result["totals_differ"]:
        lines.append(f"note: {result['totals_differ']} of 50 queries count a different total "
                     "in FTS5 (different tokenizers, stemmers, stop words and matching rules)")
    if "relevance" in result:
        from bench import relevance

        lines += ["", relevance.table(result["relevance"])]
    return "\n".join(lines)


CURVE_FIGURES = ("index_full_s", "sync_nochange_s", "sync_onefile_s", "search_p50_ms",
                 "search_p95_ms", "startup_s", "startup_core_s", "rss_mb", "index_mb",
                 "facet_click_p95_ms", "scroll_paint_p95_ms", "map_p95_ms",
                 "map_redraw_p95_ms")


def curve_table(runs: list[dict[str, Any]]) -> str:
    """Each figure at each size, FTS5's beside the full index and search, and the largest
    run over the one of 10,000 cases against the growth targets."""
    sizes = [r["size"] for r in runs]
    base = next((r for r in runs if r["size"] == LARGE), None)
    top = runs[-1]
    head = ["figure", *[f"{n:,}" for n in sizes]]
    if base is not None and top is not base:
        head.append(f"{top['size'] // 1000}k / 10k")
    rows = [head]
    for key in CURVE_FIGURES:
        row = [key, *[f"{r[key]:g}" for r in runs]]
        if len(head) > len(row):
            assert base is not None
            growth = top[key] / base[key] if base[key] else float("nan")
            target = GROWTH_TARGETS.get(key)
            row.append(f"{growth:.2f}x" + (f" ({'ok' if growth <= target else 'MISSED'} "
                                           f"<= {target:g}x)" if target else ""))
        rows.append(row)
        if key in ("index_full_s", "search_p95_ms"):
            rows.append([f"  FTS5 {key}", *[f"{r['baseline'][key]:g}" for r in runs]])
    widths = [max(len(r[i]) if i < len(r) else 0 for r in rows) for i in range(len(head))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=False)).rstrip()
                     for r in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=1000, help="number of cases (default 1000)")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    parser.add_argument("--keep", type=Path, help="work folder to keep (corpus is reused)")
    parser.add_argument("--mixed", action="store_true", help="also run a corpus with a third "
                        "of its cases in Spanish and Portuguese, and compare it with English")
    parser.add_argument("--curve", help="run these sizes one after another (such as "
                        "1000,10000,50000) and report how each figure grows")
    parser.add_argument("--worker", choices=("casebook", "fts5", "relevance"),
                        help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        fn = {"casebook": casebook_worker, "fts5": fts5_worker,
              "relevance": relevance_worker}[args.worker]
        print(json.dumps(fn(args.work)))
        return 0
    work = args.keep or Path(tempfile.mkdtemp(prefix="casebook-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    if args.curve:
        sizes = [int(n) for n in args.curve.split(",")]
        try:
            runs = [run_bench(n, (work / f"n{n}").resolve(), args.seed) for n in sizes]
        finally:
            if args.keep is None:
                shutil.rmtree(work, ignore_errors=True)
        for run in runs:
            print(table(run) + "\n")
        print(curve_table(runs))
        if args.json:
            args.json.write_text(json.dumps({"curve": runs}, indent=2) + "\n",
                                 encoding="utf-8")
        return 0
    try:
        result = run_bench(args.size, (work / "en" if args.mixed else work).resolve(),
                           args.seed)
        if args.mixed:
            other = run_bench(args.size, (work / "mixed").resolve(), args.seed, mixed=True)
            result["mixed_run"] = other
            result["mixed_ratio"] = {k: round(other[k] / result[k], 2) if result[k] else None
                                     for k in MIXED_COMPARED}
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    print(table(result))
    if args.mixed:
        print("\n" + table(result["mixed_run"]))
        print("\nmixed corpus (a third in Spanish and Portuguese) / English corpus: " + "; ".join(
            f"{k} {v}x (target {MIXED_TARGETS[k]}x)" if k in MIXED_TARGETS else f"{k} {v}x"
            for k, v in result["mixed_ratio"].items()))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
