"""Ingest benchmark: prints a table of figures (it asserts nothing).

    python benchmarks/bench_ingest.py --size 10000
    python benchmarks/bench_ingest.py --size 10000 --size 100000 --workers 1 2

For each size: generates the corpus (benchmarks/generate_corpus.py, kept in --out for the
next run), then measures, each in a fresh process so peak RSS is its own:
- read: `lib.reader.iter_corpus` alone (articles/s)
- tokenise: bare `spacy.blank("de")`, streaming the same corpus (read + tokenise, the floor)
- cold ingest with each --workers count, into a new store (the time includes bringing the
  dashboard's derived tables up to date at the end, `lib.derived`; printed separately too)
- warm re-ingest of the unchanged corpus (last workers count)
and the store's size on disk. Peak RSS: the ingest process, and the largest worker.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BENCH = Path(__file__).resolve().parent
DEFAULT_OUT = BENCH / "out"


# --------------------------------------------------------------------------------------------
# Measurements (run in a child process: `--measure KIND`)


def _peak_mb() -> tuple[float, float]:
    """Peak RSS in MB of this process and of its largest (finished) child process."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def measure(kind: str, corpus: Path, store: Path, workers: int, batch_size: int) -> dict:
    sys.path.insert(0, str(REPO))
    from lib.reader import iter_corpus

    started = time.perf_counter()
    cpu_before = {(who, field): getattr(resource.getrusage(who), field)
                  for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN) for field in ("ru_utime", "ru_stime")}
    result: dict = {"kind": kind, "workers": workers}
    if kind == "read":
        result["articles"] = sum(1 for item in iter_corpus([corpus]) if hasattr(item, "text"))
    elif kind == "tokenise":
        import spacy

        nlp = spacy.blank("de")
        started = time.perf_counter()  # not the import
        cpu_before = {(who, field): getattr(resource.getrusage(who), field)
                      for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN) for field in ("ru_utime", "ru_stime")}
        texts = (item.text for item in iter_corpus([corpus]) if hasattr(item, "text"))
        result["articles"] = sum(1 for _ in nlp.pipe(texts, batch_size=256))
    elif kind == "ingest":
        from lib.ingest import ingest

        started = time.perf_counter()  # not the import
        cpu_before = {(who, field): getattr(resource.getrusage(who), field)
                      for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN) for field in ("ru_utime", "ru_stime")}
        summary = ingest([corpus], store, workers=workers, batch_size=batch_size)
        result.update(articles=summary.read, extracted=summary.extracted, unchanged=summary.unchanged,
                      facts=sum(summary.facts.values()), views_seconds=summary.views_seconds)
    else:
        raise ValueError(kind)
    result["seconds"] = time.perf_counter() - started
    result["rss_mb"], result["worker_rss_mb"] = _peak_mb()
    result["cpu_seconds"] = sum(getattr(resource.getrusage(who), field) - cpu_before.get((who, field), 0.0)
                                for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
                                for field in ("ru_utime", "ru_stime"))
    return result


def run_measure(kind: str, corpus: Path, store: Path, workers: int, batch_size: int) -> dict:
    command = [sys.executable, str(Path(__file__).resolve()), "--measure", kind, "--corpus", str(corpus),
               "--store", str(store), "--workers", str(workers), "--batch-size", str(batch_size)]
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"{kind} failed:\n{done.stderr[-3000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"  {kind:<8} workers={workers}: {result['articles']:,} articles in {result['seconds']:.1f} s "
          f"({result['articles'] / result['seconds']:,.0f}/s, CPU {result['cpu_seconds']:.1f} s), peak RSS {result['rss_mb']:,.0f} MB"
          + (f" + worker {result['worker_rss_mb']:,.0f} MB" if workers > 1 and kind == "ingest" else ""),
          file=sys.stderr, flush=True)
    return result


def store_size(path: Path) -> int:
    return sum(p.stat().st_size for p in (path, Path(f"{path}.wal")) if p.exists())


# --------------------------------------------------------------------------------------------
# The benchmark


def bench_size(size: int, out: Path, workers: list[int], batch_size: int, fresh_corpus: bool) -> list[dict]:
    corpus = out / f"corpus-{size}"
    if fresh_corpus and corpus.exists():
        shutil.rmtree(corpus)
    if not corpus.exists():
        started = time.perf_counter()
        subprocess.run([sys.executable, str(BENCH / "generate_corpus.py"), str(size), str(corpus)], check=True)
        print(f"  generated {size:,} articles in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    rows = []
    read = run_measure("read", corpus, out / "unused.duckdb", 1, batch_size)
    rows.append({**read, "label": "read corpus (iter_corpus)"})
    floor = run_measure("tokenise", corpus, out / "unused.duckdb", 1, batch_size)
    rows.append({**floor, "label": 'read + spacy.blank("de") tokenise (floor)'})
    store = None
    for count in workers:
        store = out / f"kb-{size}-w{count}.duckdb"
        for path in (store, Path(f"{store}.wal"), Path(f"{store}.lock")):
            path.unlink(missing_ok=True)
        cold = run_measure("ingest", corpus, store, count, batch_size)
        cold["store_mb"] = store_size(store) / 2**20
        rows.append({**cold, "label": f"cold ingest, {count} worker{'s' if count > 1 else ''}"})
    warm = run_measure("ingest", corpus, store, workers[-1], batch_size)
    rows.append({**warm, "label": f"warm re-ingest (unchanged), {workers[-1]} worker{'s' if workers[-1] > 1 else ''}"})
    for row in rows:
        row["size"] = size
        row["rate"] = row["articles"] / row["seconds"] if row["seconds"] else 0.0
        row["vs_floor"] = row["seconds"] / floor["seconds"] if floor["seconds"] else 0.0
    return rows


def table(rows: list[dict]) -> str:
    lines = ["| articles | measurement | seconds | of which dashboard views (s) | articles/s | × floor time "
             "| CPU ms/article | peak RSS MB (main + workers) | store MB |",
             "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for row in rows:
        rss = f"{row['rss_mb']:,.0f}"
        if row["kind"] == "ingest" and row["workers"] > 1:
            rss += f" + {row['workers']}×{row['worker_rss_mb']:,.0f}"
        store = f"{row['store_mb']:,.1f}" if "store_mb" in row else ""
        views = f"{row['views_seconds']:,.1f}" if "views_seconds" in row else ""
        lines.append(f"| {row['size']:,} | {row['label']} | {row['seconds']:,.1f} | {views} | {row['rate']:,.0f} | "
                     f"{row['vs_floor']:.1f} | {1000 * row['cpu_seconds'] / max(row['articles'], 1):.2f} | {rss} | {store} |")
    return "\n".join(lines)


def ratios(rows: list[dict]) -> str:
    out = []
    for size in sorted({r["size"] for r in rows}):
        these = [r for r in rows if r["size"] == size]
        colds = [r for r in these if r["label"].startswith("cold")]
        warm = next(r for r in these if r["label"].startswith("warm"))
        best = min(colds, key=lambda r: r["seconds"])
        floor = best["seconds"] / best["vs_floor"] if best["vs_floor"] else 0.0
        views = best.get("views_seconds", 0.0)
        without = (best["seconds"] - views) / floor if floor else 0.0
        out.append(f"{size:,} articles: best cold ingest {best['seconds']:.1f} s = {best['vs_floor']:.1f}× the "
                   f"tokenisation floor (target ≤ 3×), of which {views:.1f} s dashboard views "
                   f"(extraction and storing alone: {without:.1f}×); warm re-ingest {warm['seconds']:.1f} s = "
                   f"{100 * warm['seconds'] / best['seconds']:.1f}% of cold (target < 5%)")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, action="append", help="articles (repeatable; default 10000)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--batch-size", type=int, default=None)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--fresh-corpus", action="store_true", help="regenerate the corpus even if present")
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--store", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.batch_size is None:
        sys.path.insert(0, str(REPO))
        from lib.ingest import DEFAULT_BATCH_SIZE

        args.batch_size = DEFAULT_BATCH_SIZE
    if args.measure:
        print(json.dumps(measure(args.measure, args.corpus, args.store, args.workers[0], args.batch_size)))
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    rows: list[dict] = []
    for size in args.size or [10000]:
        print(f"{size:,} articles:", file=sys.stderr, flush=True)
        rows.extend(bench_size(size, args.out, args.workers, args.batch_size, args.fresh_corpus))
        (args.out / "results.json").write_text(json.dumps(rows, indent=1))
    print(f"\nIngest benchmark ({os.cpu_count()} cores, python {sys.version.split()[0]})\n")
    print(table(rows))
    print()
    print(ratios(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
