"""`python -m lib ingest CORPUS... --store PATH [--workers N] [--prune]`: progress bar and summary.

Wiring into `lib/cli.py`: `add_ingest_parser(sub)` in `build_parser`, and
`if args.command == "ingest": return run_ingest(args)` in `main`. Until then,
`python -m lib.ingest_cli CORPUS... --store PATH` runs the same command.
"""
from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_LOCKED, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


def add_ingest_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the `ingest` command to an `argparse` subparsers object."""
    from .ingest import DEFAULT_BATCH_SIZE
    from .store import DEFAULT_STORE, DEFAULT_WAIT

    parser = subparsers.add_parser(
        "ingest", help="add a corpus to the store, extracting only new or changed articles",
        description="Read a corpus and bring the store up to date: new and changed articles are "
                    "extracted, unchanged ones skipped by content hash. Safe to interrupt: run it "
                    "again to resume.")
    parser.add_argument("inputs", nargs="+", metavar="CORPUS",
                        help="folders (searched recursively) or .txt/.jsonl/.csv files")
    parser.add_argument("--store", type=Path, default=Path(DEFAULT_STORE),
                        help=f"the DuckDB file (created if missing; default {DEFAULT_STORE})")
    parser.add_argument("--workers", type=int, default=1, metavar="N",
                        help="extraction processes (default 1; use the number of cores)")
    parser.add_argument("--prune", action="store_true",
                        help="remove stored articles that are not in CORPUS any more (deleted or "
                             "renamed files); the store then mirrors CORPUS")
    parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE, metavar="N",
                        help=f"articles per extraction batch and per transaction (default {DEFAULT_BATCH_SIZE})")
    parser.add_argument("--wait", type=float, default=DEFAULT_WAIT, metavar="SECONDS",
                        help=f"how long to wait for another ingest on the same store (default {DEFAULT_WAIT:g})")
    parser.add_argument("--max-mb", type=float, default=None, help="skip files larger than this (default 10)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.add_argument("--no-views", dest="views", action="store_false",
                        help="do not update the dashboard's derived tables at the end (its pages then "
                             "compute them on their first visit; `python -m lib.derived STORE` does it later)")
    return parser


def run_ingest(args: argparse.Namespace, *, stream: IO[str] | None = None) -> int:
    """Run the ingest command; returns the exit code."""
    from .ingest import IngestError, ingest
    from .reader import DEFAULT_MAX_BYTES
    from .store import StoreBusy, StoreError, StoreLocked

    err = stream or sys.stderr
    if args.workers < 1 or args.batch_size < 1:
        print("error: --workers and --batch-size must be at least 1", file=err)
        return EXIT_USAGE
    max_bytes = int(args.max_mb * 1024 * 1024) if args.max_mb else DEFAULT_MAX_BYTES
    bar = None if args.quiet else ProgressBar(err)
    previous = _terminate_as_interrupt()
    try:
        summary = ingest(args.inputs, args.store, workers=args.workers, batch_size=args.batch_size,
                         prune=args.prune, progress=bar, wait=args.wait, max_bytes=max_bytes, views=args.views,
                         on_wait=lambda holder: print(f"waiting for another ingest on {args.store} "
                                                      f"({holder}) ...", file=err, flush=True))
    except FileNotFoundError as error:
        _finish(bar)
        print(f"error: {error}", file=err)
        return EXIT_USAGE
    except StoreError as error:
        _finish(bar)
        print(f"error: {error}", file=err)
        return EXIT_LOCKED if isinstance(error, (StoreLocked, StoreBusy)) else EXIT_FAILED
    except IngestError as error:
        _finish(bar)
        print(f"error: {error}. Fix the cause and run again: completed batches are kept.", file=err)
        return EXIT_FAILED
    except KeyboardInterrupt:
        _finish(bar)
        print(f"interrupted: every completed batch is saved in {args.store}; run the same command "
              f"again to resume.", file=err)
        return EXIT_INTERRUPTED
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    _finish(bar)
    print(format_summary(summary), file=sys.stdout if stream is None else stream)
    return EXIT_OK


def _terminate_as_interrupt() -> Any:
    """SIGTERM ends the ingest like Ctrl-C: the open batch is rolled back, the run is marked.
    Only possible in the main thread (not, e.g., inside a Streamlit script thread)."""
    if threading.current_thread() is not threading.main_thread():
        return None

    def handler(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    return signal.signal(signal.SIGTERM, handler)


def _finish(bar: "ProgressBar | None") -> None:
    if bar is not None:
        bar.close()


# --------------------------------------------------------------------------------------------
# Progress


class ProgressBar:
    """A one-line progress bar on a terminal (redrawn in place), or a plain line every few
    seconds when the output is a file or pipe. Usable as the `progress` callback of `ingest`."""

    def __init__(self, stream: IO[str], *, width: int = 24, clock: Callable[[], float] = time.monotonic) -> None:
        self.stream = stream
        self.width = width
        self.clock = clock
        self.tty = bool(getattr(stream, "isatty", lambda: False)())
        self.interval = 0.2 if self.tty else 5.0
        self.last = -1e9
        self.drawn = False
        self.text = ""
        self.written = ""

    def __call__(self, progress: Any) -> None:
        now = self.clock()
        if now - self.last < self.interval:
            self.text = self.render(progress)
            return
        self.last = now
        self.text = self.render(progress)
        self._write(self.text)

    def render(self, p: Any) -> str:
        total = max(p.total or 0, p.done)
        if total:
            filled = int(self.width * p.done / total)
            bar = "[" + "#" * filled + "." * (self.width - filled) + f"] {100 * p.done / total:3.0f}% "
            count = f"{p.done:,}/{total:,} articles"
        else:
            bar, count = "", f"{p.done:,} articles"
        eta = p.eta
        eta_text = f"ETA {_duration(eta)}" if eta is not None and p.done < total else f"{_duration(p.seconds)}"
        return (f"{bar}{count} · {p.rate:,.0f} articles/s · {eta_text} · new {p.new:,} changed {p.changed:,} "
                f"unchanged {p.unchanged:,}" + (f" skipped {p.skipped:,}" if p.skipped else ""))

    def _write(self, text: str) -> None:
        self.written = text
        if self.tty:
            self.stream.write("\r\x1b[2K" + text)
            self.drawn = True
        else:
            self.stream.write(text + "\n")
        self.stream.flush()

    def close(self) -> None:
        if self.text and self.text != self.written:
            self._write(self.text)
        if self.drawn:
            self.stream.write("\n")
            self.stream.flush()
            self.drawn = False


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "?"
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


# --------------------------------------------------------------------------------------------
# Summary


def format_summary(s: Any, *, max_sources: int = 10) -> str:
    """The end-of-ingest report (an `IngestSummary`) as text."""
    lines = [f"ingested into {s.store} (extractor {s.extractor_version}, {s.workers} "
             f"worker{'s' if s.workers != 1 else ''}) in {s.seconds:.1f} s"]
    if s.resumed_after:
        runs = ", ".join(str(r) for r in s.resumed_after)
        lines.append(f"resumed: an earlier ingest (run {runs}) was interrupted; its completed batches were kept")
    if s.rebuilt:
        lines.append("the store's tables were rebuilt for a new schema: every article read was extracted again")
    lines.append(f"read {s.read:,} articles ({s.rate:,.0f}/s): new {s.new:,}, changed {s.changed:,}, "
                 f"unchanged {s.unchanged:,}"
                 + (f" ({s.files_unchanged:,} unchanged files not read again)" if s.files_unchanged else "")
                 + (f", re-extracted for extractor version {s.extractor_version} {s.outdated:,}" if s.outdated else "")
                 + (f", pruned {s.pruned:,}" if s.pruned else ""))
    if s.skipped:
        reasons = "; ".join(f"{reason} {n:,}" for reason, n in s.skipped_reasons.items())
        lines.append(f"skipped {s.skipped:,}: {reasons}")
        for source, reason in s.skipped_sources[:max_sources]:
            lines.append(f"  {source}: {reason}")
        if s.skipped > max_sources:
            lines.append(f"  ... {s.skipped - max_sources:,} more: "
                         f"SELECT * FROM problems WHERE action = 'skipped'")
    else:
        lines.append("skipped 0")
    if s.salvaged:
        lines.append(f"salvaged {s.salvaged:,} (repaired while reading; see the problems table)")
    if s.extraction_problems:
        lines.append(f"{s.extraction_problems:,} articles had extraction problems (see the problems table)")
    facts = ", ".join(f"{kind} {n:,}" for kind, n in s.facts.items())
    lines.append(f"facts extracted: {facts}")
    if s.store_counts:
        held = ", ".join(f"{kind} {n:,}" for kind, n in s.store_counts.items())
        lines.append(f"store now holds: {held}")
    if s.views_error:
        lines.append(f"dashboard views not updated ({s.views_error}); the pages compute them on their first "
                     f"visit, or run: python -m lib.derived {s.store}")
    elif s.views:
        lines.append(f"dashboard views updated: {len(s.views)} in {s.views_seconds:.1f} s")
    if s.stale_in_store:
        lines.append(f"note: {s.stale_in_store:,} stored articles were extracted by another extractor "
                     f"version; ingest their corpus again to update them")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    parser = argparse.ArgumentParser(prog="python -m lib")
    add_ingest_parser(parser.add_subparsers(dest="command", required=True))
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] != "ingest":
        argv.insert(0, "ingest")
    return run_ingest(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
