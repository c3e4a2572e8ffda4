"""Dashboard page benchmark: server time of every page on a store (it asserts nothing).

    python benchmarks/bench_pages.py                       # the 100,000-article store
    python benchmarks/bench_pages.py --store PATH --runs 3

Each page is run through `streamlit.testing.v1.AppTest` (the script run, server side, no
browser): one warm-up run (fills the caches: store read, derived tables, consolidation -
its time is printed too), then `--runs` runs whose median is reported. The store is only
read (`FBKB_STORE` points the app at it; a store built from another corpus than the sample
is shown as it is, nothing is ingested into it).

By default all pages run in one process, one after the other (a user opening the start
page, then the others: later pages find what earlier ones cached). `--fresh` runs every
page in a new Python process instead, so its warm-up run is the first visit of a fresh
server (a deep link, e.g. `?article=` into Artikel, opened right after a restart); with
`--warm-up` that process first does what `serve.py` does as the server starts
(`lib.dashboard.warmup`), so the figure is the first visit to a server started with `make run`
once its warm-up is done (its seconds are printed too). Next to
wall time the CPU time of the process during each run is printed (less noisy on a busy
machine; all threads, so it may exceed the wall time).

The default store is made by the ingest benchmark:

    python benchmarks/bench_ingest.py --size 100000 --workers 2
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_STORE = REPO / "benchmarks" / "out" / "kb-100000-w2.duckdb"
APP = str(REPO / "app.py")
PAGES = {
    "Start": None,
    "Saisonergebnisse": "pages/1_Saisonergebnisse.py",
    "Torschützen": "pages/2_Torschützen.py",
    "Trainer-Chronik": "pages/3_Trainer-Chronik.py",
    "Artikel": "pages/4_Artikel.py",
    "Datenqualität": "pages/5_Datenqualität.py",
}


def run_page(page: str | None, timeout: float) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the process) of one server-side run of `page` (a new
    session, as a user opening it)."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(APP, default_timeout=timeout)
    if page:
        at.switch_page(page)
    started, cpu = time.perf_counter(), time.process_time()
    at.run()
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu
    if at.exception:
        raise RuntimeError(f"{page or 'Start'}: {[e.value for e in at.exception]}")
    return seconds, cpu_seconds


def measure(name: str, runs: int, timeout: float) -> dict:
    """The warm-up run and `runs` further runs of the page `name`, in this process."""
    warm = run_page(PAGES[name], timeout)
    times = [run_page(PAGES[name], timeout) for _ in range(runs)]
    return {"page": name, "warm": warm[0], "warm_cpu": warm[1], "runs": [t for t, _ in times],
            "runs_cpu": [c for _, c in times]}


def measure_fresh(name: str, store: Path, runs: int, timeout: float, warm_up: bool = False) -> dict:
    """`measure` of the page `name` in a new Python process (its first visit is a fresh
    server's first page; with `warm_up`, after the server start's warm-up)."""
    command = [sys.executable, str(Path(__file__).resolve()), "--store", str(store), "--runs", str(runs),
               "--timeout", str(timeout), "--page", name, "--json"] + (["--warm-up"] if warm_up else [])
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode:
        raise RuntimeError(f"{name} (fresh process) failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def setup(store: Path) -> None:
    """Point the app at `store` and quiet Streamlit's bare-mode warnings (in this process)."""
    os.environ["FBKB_STORE"] = str(store)
    os.environ.setdefault("STREAMLIT_LOGGER_LEVEL", "error")  # no "missing ScriptRunContext" per run
    sys.path.insert(0, str(REPO))
    os.chdir(REPO)
    import logging

    import duckdb  # noqa: F401 - imported before the first run in both modes (as the store count needs it)
    import streamlit  # noqa: F401 - its loggers exist from here on

    for name in ("streamlit.runtime.scriptrunner_utils.script_run_context", "streamlit"):
        logging.getLogger(name).setLevel(logging.ERROR)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=DEFAULT_STORE)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=3600, help="seconds per run (warm-up included)")
    parser.add_argument("--page", action="append", choices=list(PAGES), help="only these pages (repeatable)")
    parser.add_argument("--fresh", action="store_true",
                        help="every page in a new process: its warm-up run is a fresh server's first visit")
    parser.add_argument("--warm-up", action="store_true",
                        help="with --fresh: each process warms up first, as serve.py does at server start")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)  # one page, for --fresh
    args = parser.parse_args(argv)
    store = args.store.resolve()
    if not store.exists():
        print(f"no store at {store}. Build it with\n"
              f"  python benchmarks/bench_ingest.py --size 100000 --workers 2\n"
              f"(writes benchmarks/out/kb-100000-w2.duckdb), or give --store PATH.", file=sys.stderr)
        return 2
    names = [name for name in PAGES if not args.page or name in args.page]
    if args.json:  # a child of --fresh: one page, its figures as JSON on the last line
        setup(store)
        warm_seconds = {}
        if args.warm_up:
            from lib.dashboard.warmup import warm_up

            warm_seconds = warm_up(store)
        print(json.dumps({**measure(names[0], args.runs, args.timeout), "server_warm_up": warm_seconds}))
        return 0
    import duckdb

    with duckdb.connect(str(store), read_only=True) as con:
        articles = con.execute("SELECT count(*) FROM articles").fetchall()[0][0]
    print(f"store: {store} ({articles:,} articles, {store.stat().st_size / 1e6:.0f} MB)"
          + (" - every page in a fresh process" if args.fresh else " - all pages in one process")
          + (", warmed up as serve.py does" if args.fresh and args.warm_up else ""))
    if not args.fresh:
        setup(store)
    rows = []
    for name in names:
        row = measure_fresh(name, store, args.runs, args.timeout, args.warm_up) if args.fresh else \
            measure(name, args.runs, args.timeout)
        rows.append(row)
        server = row.get("server_warm_up")
        server_text = f"after the server's warm-up ({', '.join(f'{k} {v:.2f} s' for k, v in server.items())}), " \
            if server else ""
        print(f"  {name}: {server_text}warm-up {row['warm']:.2f} s (CPU {row['warm_cpu']:.2f} s), "
              f"runs {', '.join(f'{t:.2f}' for t in row['runs'])} s", flush=True)
    print()
    print(f"| Page | warm-up run (s) | warm-up CPU (s) | median of {args.runs} runs (s) | slowest (s) |")
    print("|---|---:|---:|---:|---:|")
    for row in rows:
        print(f"| {row['page']} | {row['warm']:.2f} | {row['warm_cpu']:.2f} | {statistics.median(row['runs']):.2f} "
              f"| {max(row['runs']):.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
