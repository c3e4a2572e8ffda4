"""Command line.

    python -m lib extract INPUT... --out DIR            facts as CSV files
    python -m lib ingest CORPUS... --store PATH          into the DuckDB store (incremental)
    python -m lib reference import PATH... --store PATH  OpenLigaDB results for the cross-check
"""
from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

from .ingest_cli import add_ingest_parser, run_ingest
from .reference_cli import add_reference_parser, run_reference


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m lib", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    extract = sub.add_parser("extract", help="extract facts from articles and write CSV files")
    extract.add_argument("inputs", nargs="+", help="folders (searched recursively) or .txt/.jsonl/.csv files")
    extract.add_argument("--out", required=True, type=Path, help="output folder for the CSV files")
    extract.add_argument("--max-mb", type=float, default=None, help="skip files larger than this (default 10)")
    add_ingest_parser(sub)
    add_reference_parser(sub)
    return parser


def run_extract(args: argparse.Namespace) -> int:
    from .extract import extract

    started = time.perf_counter()
    max_bytes = int(args.max_mb * 1024 * 1024) if args.max_mb else None
    try:
        frames = extract(args.inputs, max_bytes=max_bytes)
    except FileNotFoundError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    frames.to_csv(args.out)
    for row in frames.problems.itertuples():
        print(f"{row.action}: {row.source}: {row.reason}", file=sys.stderr)
    counts = ", ".join(f"{kind} {n}" for kind, n in frames.counts().items() if kind != "problems")
    print(f"{counts}; {len(frames.problems)} problems; {time.perf_counter() - started:.1f}s -> {args.out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    if args.command == "extract":
        return run_extract(args)
    if args.command == "ingest":
        return run_ingest(args)
    if args.command == "reference":
        return run_reference(args)
    return 2
