"""Dashboard page benchmark: server time of every page on a store (it asserts nothing).

    python benchmarks/bench_pages.py                       # the 100,000-article store
    python benchmarks/bench_pages.py --store PATH --runs 3

Each page is run through `streamlit.testing.v1.AppTest` (the script run, server side, no
browser): one warm-up run (fills the caches: store read, derived tables, consolidation -
its time is printed too), then `--runs` runs whose median is reported. The store is only
read (`FBKB_STORE` points the app at it; a store built from another corpus than the sample
is shown as it is, nothing is ingested into it).

The default store is made by the ingest benchmark:

    python benchmarks/bench_ingest.py --size 100000 --workers 2
"""
from __future__ import annotations

import argparse
import os
import statistics
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


def run_page(page: str | None, timeout: float) -> float:
    """Seconds of one server-side run of `page` (a new session, as a user opening it)."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(APP, default_timeout=timeout)
    if page:
        at.switch_page(page)
    started = time.perf_counter()
    at.run()
    seconds = time.perf_counter() - started
    if at.exception:
        raise RuntimeError(f"{page or 'Start'}: {[e.value for e in at.exception]}")
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=DEFAULT_STORE)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=3600, help="seconds per run (warm-up included)")
    parser.add_argument("--page", action="append", choices=list(PAGES), help="only these pages (repeatable)")
    args = parser.parse_args(argv)
    store = args.store.resolve()
    if not store.exists():
        print(f"no store at {store}. Build it with\n"
              f"  python benchmarks/bench_ingest.py --size 100000 --workers 2\n"
              f"(writes benchmarks/out/kb-100000-w2.duckdb), or give --store PATH.", file=sys.stderr)
        return 2
    os.environ["FBKB_STORE"] = str(store)
    os.environ.setdefault("STREAMLIT_LOGGER_LEVEL", "error")  # no "missing ScriptRunContext" per run
    sys.path.insert(0, str(REPO))
    os.chdir(REPO)
    import logging

    import duckdb
    import streamlit  # noqa: F401 - its loggers exist from here on

    for name in ("streamlit.runtime.scriptrunner_utils.script_run_context", "streamlit"):
        logging.getLogger(name).setLevel(logging.ERROR)

    with duckdb.connect(str(store), read_only=True) as con:
        articles = con.execute("SELECT count(*) FROM articles").fetchall()[0][0]
    print(f"store: {store} ({articles:,} articles, {store.stat().st_size / 1e6:.0f} MB)")
    rows = []
    for name, page in PAGES.items():
        if args.page and name not in args.page:
            continue
        warm = run_page(page, args.timeout)
        times = [run_page(page, args.timeout) for _ in range(args.runs)]
        rows.append((name, warm, statistics.median(times), max(times)))
        print(f"  {name}: warm-up {warm:.2f} s, runs {', '.join(f'{t:.2f}' for t in times)} s", flush=True)
    print()
    print(f"| Page | warm-up run (s) | median of {args.runs} runs (s) | slowest (s) |")
    print("|---|---:|---:|---:|")
    for name, warm, median, worst in rows:
        print(f"| {name} | {warm:.2f} | {median:.2f} | {worst:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
