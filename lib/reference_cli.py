"""`python -m lib reference import PATH... --store STORE`: OpenLigaDB CSVs into the store.

Wiring into `lib/cli.py`: `add_reference_parser(sub)` in `build_parser`, and
`if args.command == "reference": return run_reference(args)` in `main`. Until then,
`python -m lib.reference_cli import PATH... --store STORE` runs the same command.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import IO, Any

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_LOCKED = 0, 1, 2, 3


def add_reference_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the `reference` command (sub-command `import`) to an argparse subparsers object."""
    from .store import DEFAULT_STORE, DEFAULT_WAIT

    parser = subparsers.add_parser(
        "reference", help="reference results (OpenLigaDB CSVs) for the cross-check of extracted matches",
        description="Import reference results in the OpenLigaDB CSV layout (*_overall.csv; optional "
                    "*_goal_scorers.csv) into the store as tables reference_matches / reference_goals. "
                    "Re-importing a file replaces its rows.")
    actions = parser.add_subparsers(dest="reference_command", required=True)
    imp = actions.add_parser("import", help="import OpenLigaDB CSV files or folders into the store")
    imp.add_argument("paths", nargs="+", metavar="PATH", help="CSV files or folders (searched recursively)")
    imp.add_argument("--store", type=Path, default=Path(DEFAULT_STORE),
                     help=f"the DuckDB file (created if missing; default {DEFAULT_STORE})")
    imp.add_argument("--wait", type=float, default=DEFAULT_WAIT, metavar="SECONDS",
                     help=f"how long to wait for an ingest writing the same store (default {DEFAULT_WAIT:g})")
    return parser


def run_reference(args: argparse.Namespace, *, stream: IO[str] | None = None) -> int:
    """Run `reference import`; returns the exit code."""
    from .reference import import_reference
    from .store import Store, StoreError, StoreLocked

    out = stream or sys.stdout
    err = stream or sys.stderr
    if getattr(args, "reference_command", None) != "import":
        print("error: use `reference import PATH... --store STORE`", file=err)
        return EXIT_USAGE
    started = time.perf_counter()
    try:
        with Store.open(args.store, wait=args.wait) as store:
            summary = import_reference(store, args.paths)
    except FileNotFoundError as error:
        print(f"error: {error}", file=err)
        return EXIT_USAGE
    except StoreLocked as error:
        print(f"error: {error}", file=err)
        return EXIT_LOCKED
    except StoreError as error:
        print(f"error: {error}", file=err)
        return EXIT_FAILED
    for note in summary["skipped"]:
        print(f"skipped: {note}", file=err)
    if not summary["matches"] and not summary["goals"]:
        print("error: no OpenLigaDB results (*_overall.csv) or goal scorers found", file=err)
        return EXIT_FAILED
    seasons = summary["seasons"]
    span = f"{seasons[0]}–{seasons[-1]}" if seasons else "–"
    print(f"reference: {summary['matches']} matches, {summary['goals']} goals "
          f"({', '.join(summary['leagues']) or '–'}; seasons {span}) -> {args.store} "
          f"in {time.perf_counter() - started:.1f}s", file=out)
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m lib.reference_cli")
    sub = parser.add_subparsers(dest="command", required=True)
    add_reference_parser(sub)
    args = parser.parse_args(["reference", *(sys.argv[1:] if argv is None else argv)])
    return run_reference(args)


if __name__ == "__main__":
    raise SystemExit(main())
