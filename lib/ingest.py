"""Ingest: a corpus into the store, extracting only what is new or changed.

    from lib.ingest import ingest
    summary = ingest(["data/corpus"], "data/kb.duckdb", workers=2)

The corpus is streamed (the listing, ids and reading of `lib.reader.iter_corpus`). A file
whose size and mtime are as recorded when it was last read completely is not read at all;
the articles of the others are looked up by id in chunks, compared by content hash and
extractor version, and only new, changed or outdated ones go to extraction, in batches. With `workers > 1` the batches are extracted by a pool of processes
(each builds the spaCy pipeline once); at most `2 * workers` batches are in flight, so memory
stays flat however large the corpus. Each extracted batch is written in one transaction, in
reading order: killing an ingest keeps every completed batch, and the next run resumes by
skipping them as unchanged.
"""
from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from typing import Any

from .article import Article
from .reader import (DEFAULT_MAX_BYTES, SKIPPED, CorpusFile, Problem, iter_corpus, list_corpus,
                     read_listed)
from .schema import FACT_KINDS
from .store import DEFAULT_WAIT, ArticleResult, Batch, Store, content_hash, iter_chunks

log = logging.getLogger(__name__)

DEFAULT_BATCH_SIZE = 512  # articles per extraction task and per transaction (a commit costs ~8 ms)
LOOKUP_CHUNK = 1024  # articles looked up in the store per query
FILE_CHUNK = 8192  # corpus files looked up in the store per query
MAX_LISTED_SKIPS = 1000  # skipped sources kept for the summary (all are counted)
PROGRESS_EVERY = 0.25  # seconds between progress callbacks while only unchanged articles pass

NEW, CHANGED, OUTDATED, UNCHANGED = "new", "changed", "outdated", "unchanged"


def current_version() -> str:
    from . import version

    return version.EXTRACTOR_VERSION


@dataclass
class Progress:
    """Where an ingest stands; passed to the `progress` callback."""

    done: int  # articles settled (unchanged, or extracted and committed) plus skipped items
    total: int | None  # estimated articles in the corpus (None when unknown)
    read: int
    new: int
    changed: int
    outdated: int
    unchanged: int
    skipped: int
    seconds: float

    @property
    def rate(self) -> float:
        """Articles settled per second."""
        return self.done / self.seconds if self.seconds > 0 else 0.0

    @property
    def eta(self) -> float | None:
        """Seconds left at the current rate, when the total is known."""
        if not self.total or self.rate <= 0:
            return None
        return max(self.total - self.done, 0) / self.rate


@dataclass
class IngestSummary:
    store: str
    extractor_version: str
    workers: int
    read: int = 0  # articles read from the corpus
    new: int = 0  # not in the store before
    changed: int = 0  # in the store with other content: re-extracted
    outdated: int = 0  # same content, extracted by another extractor version: re-extracted
    unchanged: int = 0  # same content and version: skipped without extraction
    skipped: int = 0  # files or records that could not be read
    skipped_reasons: dict[str, int] = field(default_factory=dict)  # reason -> count
    skipped_sources: list[tuple[str, str]] = field(default_factory=list)  # (source, reason), first 1000
    files_unchanged: int = 0  # files not read again: same size and mtime as when last read
    salvaged: int = 0  # repairs made while reading (encoding, markup, bad date line, ...)
    pruned: int = 0  # articles removed because they are no longer in the corpus (--prune)
    facts: dict[str, int] = field(default_factory=lambda: {kind: 0 for kind in FACT_KINDS})
    extraction_problems: int = 0  # articles whose extraction failed in part
    batches: int = 0  # transactions committed
    seconds: float = 0.0
    resumed_after: list[int] = field(default_factory=list)  # ids of earlier runs that were killed
    rebuilt: bool = False  # the store's schema changed, its tables were recreated
    stale_in_store: int = 0  # articles left with facts from another extractor version
    store_counts: dict[str, int] = field(default_factory=dict)
    run_id: int = 0
    views: list[str] = field(default_factory=list)  # dashboard views (`lib.derived` scopes) computed again
    views_seconds: float = 0.0  # time spent on them (part of `seconds`)
    views_error: str | None = None  # why they could not be brought up to date (the pages then compute them)

    @property
    def extracted(self) -> int:
        return self.new + self.changed + self.outdated

    @property
    def rate(self) -> float:
        return self.read / self.seconds if self.seconds > 0 else 0.0

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["skipped_sources"] = data["skipped_sources"][:50]
        return data


class IngestError(RuntimeError):
    """Extraction failed for a whole batch (e.g. the pipeline cannot be built); the batches
    committed before are kept."""


# --------------------------------------------------------------------------------------------
# Extraction, in this process or in a pool of workers

_WORKER_NLP = None


def _init_worker() -> None:
    global _WORKER_NLP
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    _exit_with_parent()
    from .pipeline import load_pipeline

    _WORKER_NLP = load_pipeline()  # already built when forked from the preloaded fork server


def _exit_with_parent(interval: float = 0.5) -> None:
    """A worker whose ingest process was killed (SIGKILL, OOM) would otherwise wait on its
    task queue forever: watch the parent and exit when it is gone."""
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(interval)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _extract_batch(articles: list[Article]) -> tuple[list[dict[str, list[dict[str, Any]]]], dict[str, Any]]:
    """The article and problem rows of each article (without the article text: the caller has
    it), and the facts of the whole batch as Arrow tables per kind (compact to send back from a
    worker process, and what the store writes)."""
    from .extract import iter_article_rows
    from .schema import to_arrow

    out = []
    facts: dict[str, list[dict[str, Any]]] = {kind: [] for kind in FACT_KINDS}
    for rows in iter_article_rows(articles, nlp=_WORKER_NLP):
        for row in rows.get("articles", ()):
            row.pop("text", None)
        for kind in FACT_KINDS:
            facts[kind].extend(rows.pop(kind, ()))
        out.append(rows)
    return out, {kind: to_arrow(kind, items) for kind, items in facts.items() if items}


class _Extractor:
    """Submits batches of articles; returns futures of their rows."""

    def __init__(self, workers: int) -> None:
        self.workers = max(1, workers)
        self.pool: ProcessPoolExecutor | None = None
        if self.workers > 1:
            # "forkserver": workers are forked from a clean server process (no inherited DuckDB
            # threads or lock file) that imported spaCy and built the pipeline once for all.
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload([f"{__package__}.preload_pipeline"])
            self.pool = ProcessPoolExecutor(self.workers, mp_context=context, initializer=_init_worker)
        else:
            from .pipeline import load_pipeline

            global _WORKER_NLP
            try:
                _WORKER_NLP = load_pipeline()
            except Exception as error:
                raise IngestError(f"the extraction pipeline cannot be built "
                                  f"({type(error).__name__}: {error})") from error

    @property
    def max_in_flight(self) -> int:
        return 2 * self.workers if self.pool else 1

    def submit(self, articles: list[Article]) -> Future:
        if self.pool:
            return self.pool.submit(_extract_batch, articles)
        future: Future = Future()
        try:
            future.set_result(_extract_batch(articles))
        except Exception as error:  # noqa: BLE001 - reported by the caller like a worker's error
            future.set_exception(error)
        return future

    def close(self, *, cancel: bool = False) -> None:
        if self.pool:
            self.pool.shutdown(wait=not cancel, cancel_futures=True)
            self.pool = None
            _stop_fork_server()


def _stop_fork_server() -> None:
    """End the fork server with its preloaded pipeline: an app that ingests now and then (the
    dashboard) must not keep it in memory. (CPython has no public API for this; a missing
    method only means the server lives on until this process exits.)"""
    from multiprocessing import forkserver

    stop = getattr(forkserver._forkserver, "_stop", None)
    if stop is not None:
        stop()


# --------------------------------------------------------------------------------------------
# The ingest


@dataclass
class _File:
    """A corpus file being read: its state on disk, and how many of its articles are still
    on their way to the store."""

    path: str
    size: int
    mtime_ns: int
    file_id: str
    clean: bool = True  # read without any problem
    read: bool = False  # all its items have been seen
    in_flight: int = 0

    @property
    def record(self) -> tuple[str, int, int, str]:
        return (self.path, self.size, self.mtime_ns, self.file_id)


@dataclass
class _Unchanged:
    """A file with the size and mtime recorded when it was last read: not read again."""

    file: _File
    article_ids: list[str]


@dataclass
class _Job:
    article: Article
    content_hash: str
    status: str
    file: _File | None = None


Items = Iterator[tuple["_File | None", "Article | Problem | _Unchanged | None"]]


def ingest(inputs: Iterable[str | os.PathLike] | str | os.PathLike, store_path: str | os.PathLike, *,
           workers: int = 1, batch_size: int = DEFAULT_BATCH_SIZE, prune: bool = False,
           progress: Callable[[Progress], None] | None = None, wait: float = DEFAULT_WAIT,
           max_bytes: int = DEFAULT_MAX_BYTES, on_wait: Callable[[str], None] | None = None,
           extractor_version: str | None = None, views: bool = True) -> IngestSummary:
    """Bring the store at `store_path` up to date with the corpus `inputs` (folders searched
    recursively, and/or .txt/.jsonl/.csv files).

    Files whose size and mtime are as when they were last read completely are not read again;
    of the articles read, only those that are new, changed, or were extracted by another
    extractor version are extracted (unchanged ones are recognised by their content hash).
    `prune=True` also removes stored articles that are not in `inputs` any more. At the end the
    dashboard's derived tables (`lib.derived`: consolidated seasons, article index, club list,
    coach table) are brought up to date, only where articles changed; `views=False` leaves
    them (the pages then compute them on their first visit). Raises
    FileNotFoundError for a missing input (before the store is touched),
    `lib.store.StoreLocked` / `StoreBusy` when another process holds the store, `IngestError`
    when extraction fails for a whole batch.
    """
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    inputs = [os.fspath(p) for p in inputs]
    iter_corpus(inputs, max_bytes=max_bytes)  # raises FileNotFoundError right away, reads nothing
    listing = list_corpus(inputs)  # the reader's listing, so ids are exactly those of iter_corpus

    def items(store: Store, version: str) -> Items:
        return _iter_corpus_files(listing, max_bytes, store, version)

    with _gc_frozen():  # the listing lives as long as the ingest: no collection needs to walk it
        return _run(items, store_path, inputs, estimate_listed(listing[0]), workers=workers,
                    batch_size=batch_size, prune=prune, progress=progress, wait=wait, on_wait=on_wait,
                    extractor_version=extractor_version, views=views)


@contextmanager
def _gc_frozen() -> Iterator[None]:
    """Objects that exist now are left out of the garbage collector's scans until the block
    ends (`gc.freeze`): a large corpus listing would otherwise be walked by every full
    collection. Afterwards they are handed back to the collector (`gc.unfreeze`)."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def ingest_items(items: Iterable[Article | Problem], store_path: str | os.PathLike, *,
                 label: Sequence[str] = ("upload",), total: int | None = None, workers: int = 1,
                 batch_size: int = DEFAULT_BATCH_SIZE, prune: bool = False,
                 progress: Callable[[Progress], None] | None = None, wait: float = DEFAULT_WAIT,
                 on_wait: Callable[[str], None] | None = None,
                 extractor_version: str | None = None, views: bool = True) -> IngestSummary:
    """`ingest` for articles and problems already read, e.g. an upload in the dashboard:
    `corpus = lib.reader.read_upload(name, data)`, then
    `ingest_items([*corpus.articles, *corpus.problems], store_path, label=[name])`.
    `label` is recorded as the run's inputs. With `prune=True` every stored article not
    among `items` is removed."""
    def pairs(store: Store, version: str) -> Items:
        return ((None, item) for item in items)

    return _run(pairs, store_path, list(label), total, workers=workers, batch_size=batch_size, prune=prune,
                progress=progress, wait=wait, on_wait=on_wait, extractor_version=extractor_version, views=views)


def _run(make_items: Callable[[Store, str], Items], store_path: str | os.PathLike, inputs: list[str],
         total: int | None, *, workers: int, batch_size: int, prune: bool,
         progress: Callable[[Progress], None] | None, wait: float, on_wait: Callable[[str], None] | None,
         extractor_version: str | None, views: bool = True) -> IngestSummary:
    if getattr(multiprocessing.current_process(), "_inheriting", False):
        raise RuntimeError("ingest() was called while a worker process was starting: the script that "
                           "calls ingest(workers > 1) must do so under `if __name__ == \"__main__\":`")
    version = extractor_version or current_version()
    started = time.perf_counter()
    summary = IngestSummary(store=os.fspath(store_path), extractor_version=version, workers=max(1, workers))
    skipped_reasons: Counter[str] = Counter()
    counts: Counter[str] = Counter()

    def report(done: int) -> None:
        if progress:
            progress(Progress(done=done + summary.skipped, total=total, read=summary.read, new=summary.new,
                              changed=summary.changed, outdated=summary.outdated,
                              unchanged=summary.unchanged, skipped=summary.skipped,
                              seconds=time.perf_counter() - started))

    with Store.open(store_path, wait=wait, on_wait=on_wait) as store:
        summary.rebuilt = store.rebuilt
        run_id, summary.resumed_after = store.begin_run(inputs, version, summary.workers)
        summary.run_id = run_id
        extractor: _Extractor | None = None
        status = "failed"
        try:
            in_flight: deque[tuple[Future, list[_Job]]] = deque()
            pending: list[_Job] = []
            carry = Batch()  # moves, reading problems, finished files: written with the next batch
            seen: set[str] | None = set() if prune else None
            settled = 0
            last_report = 0.0

            def file_done(file: _File | None) -> None:
                """Record a file once it is read without problems and all its articles are
                committed (its record goes into a later transaction than its articles)."""
                if file is not None and file.read and file.clean and file.in_flight == 0:
                    carry.files.append(file.record)

            def commit_oldest() -> None:
                nonlocal settled, carry
                future, jobs = in_flight.popleft()
                try:
                    results, fact_tables = future.result()
                except Exception as error:
                    raise IngestError(f"extraction failed ({type(error).__name__}: {error}); "
                                      f"{summary.batches} batches were committed before") from error
                batch, carry = carry, Batch()
                batch.fact_tables.append(fact_tables)
                for job, rows in zip(jobs, results):
                    for row in rows.get("articles", ()):
                        row["text"] = job.article.text
                    batch.results.append(ArticleResult(job.article.article_id, job.content_hash, rows,
                                                       replaces=job.status != NEW,
                                                       file=job.file.path if job.file else None))
                    summary.extraction_problems += bool(rows.get("problems"))
                written = store.write_batch(batch, run_id=run_id, extractor_version=version)
                summary.batches += 1
                for kind in FACT_KINDS:
                    summary.facts[kind] += written[kind]
                for job in jobs:
                    counts[job.status] += 1
                    if job.file is not None:
                        job.file.in_flight -= 1
                        file_done(job.file)
                summary.new, summary.changed, summary.outdated = counts[NEW], counts[CHANGED], counts[OUTDATED]
                settled += len(jobs)
                report(settled)

            def submit() -> None:
                nonlocal pending, extractor
                if pending:
                    if extractor is None:  # built on first use: a warm re-ingest needs no pipeline
                        extractor = _Extractor(workers)
                    in_flight.append((extractor.submit([job.article for job in pending]), pending))
                    pending = []
                while in_flight and (len(in_flight) > extractor.max_in_flight or in_flight[0][0].done()):
                    commit_oldest()

            for chunk in iter_chunks(make_items(store, version), LOOKUP_CHUNK):
                articles: list[tuple[_File | None, Article]] = []
                for file, item in chunk:
                    if isinstance(item, Article):
                        articles.append((file, item))
                    elif isinstance(item, Problem):
                        if file is not None:
                            file.clean = False
                        carry.read_problems.append({"source": item.source, "reason": item.reason,
                                                    "action": item.action})
                        if item.action == SKIPPED:
                            summary.skipped += 1
                            skipped_reasons[_reason_kind(item.reason)] += 1
                            if len(summary.skipped_sources) < MAX_LISTED_SKIPS:
                                summary.skipped_sources.append((item.source, item.reason))
                        else:
                            summary.salvaged += 1
                    elif isinstance(item, _Unchanged):
                        summary.files_unchanged += 1
                        summary.read += len(item.article_ids)
                        summary.unchanged += len(item.article_ids)
                        settled += len(item.article_ids)
                        if seen is not None:
                            seen.update(item.article_ids)
                known = store.lookup([a.article_id for _, a in articles])
                for file, article in articles:
                    summary.read += 1
                    if seen is not None:
                        seen.add(article.article_id)
                    digest = content_hash(article)
                    old = known.get(article.article_id)
                    if old is None:
                        state = NEW
                    elif old.content_hash != digest:
                        state = CHANGED
                    elif old.extractor_version != version:
                        state = OUTDATED
                    else:
                        summary.unchanged += 1
                        settled += 1
                        path = file.path if file else old.file
                        if old.source != article.source or old.file != path:
                            carry.moves.append((article.article_id, article.source, path))
                        continue
                    if file is not None:
                        file.in_flight += 1
                    pending.append(_Job(article, digest, state, file))
                    if len(pending) >= batch_size:
                        submit()
                for file, item in chunk:
                    if item is None and file is not None:  # end of a file that was read
                        file.read = True
                        file_done(file)
                while in_flight and in_flight[0][0].done():
                    commit_oldest()
                if time.perf_counter() - last_report >= PROGRESS_EVERY:
                    last_report = time.perf_counter()
                    report(settled)
            submit()
            while in_flight:
                commit_oldest()
            if carry:
                store.write_batch(carry, run_id=run_id, extractor_version=version)
                carry = Batch()
            if prune and seen is not None:
                summary.pruned = store.prune(seen, run_id=run_id)
            if views:
                _update_views(store, summary)
            summary.skipped_reasons = dict(skipped_reasons.most_common())
            summary.stale_in_store = store.stale_count(version)
            summary.store_counts = store.counts()
            summary.seconds = time.perf_counter() - started
            report(settled)
            status = "completed"
        except KeyboardInterrupt:
            status = "interrupted"
            raise
        finally:
            if extractor is not None:
                extractor.close(cancel=status != "completed")
            summary.seconds = time.perf_counter() - started
            try:
                store.finish_run(run_id, status, summary.as_dict())
            except Exception:  # noqa: BLE001 - never hide the original error
                log.exception("could not record the end of run %s", run_id)
    return summary


def _update_views(store: Store, summary: IngestSummary) -> None:
    """Bring the store's derived tables (`lib.derived`) up to date; a failure is reported in the
    summary, never fails the ingest (the pages then compute what they show)."""
    from . import derived

    started = time.perf_counter()
    try:
        summary.views = derived.rebuild_open(store)
    except Exception as error:  # noqa: BLE001 - the ingested articles are committed already
        log.exception("could not update the dashboard views of %s", summary.store)
        summary.views_error = f"{type(error).__name__}: {error}"
    summary.views_seconds = time.perf_counter() - started


def _iter_corpus_files(listed: tuple[list[CorpusFile | Problem], set[str]], max_bytes: int, store: Store,
                       version: str) -> Items:
    """The corpus as (file, item) pairs, like `iter_corpus` (same listing, ids and reading),
    except that a file recorded in the store with the same size, mtime and id, whose articles
    are all at `version`, is not read: it comes as one `_Unchanged`. After the items of each
    file read comes (file, None)."""
    listing, used = listed
    for chunk in iter_chunks(listing, FILE_CHUNK):
        # files are known by absolute path: the same corpus given as a relative or absolute path
        paths = {id(e): os.path.abspath(e.path) for e in chunk if isinstance(e, CorpusFile)}
        known = store.known_files(list(paths.values()), version)
        for entry in chunk:
            if isinstance(entry, Problem):
                yield None, entry
                continue
            path = paths[id(entry)]
            try:
                info = entry.info or os.stat(entry.path)  # stat'ed while listing
                file = _File(path, info.st_size, info.st_mtime_ns, entry.article_id)
            except OSError:
                file = _File(path, -1, -1, entry.article_id, clean=False)
            old = known.get(path)
            if (old is not None and file.clean and file.size <= max_bytes
                    and (old.size, old.mtime_ns, old.file_id) == (file.size, file.mtime_ns, file.file_id)):
                used.update(old.article_ids)
                yield file, _Unchanged(file, old.article_ids)
                continue
            for item in read_listed(entry, max_bytes, used):
                yield file, item
            yield file, None


def _reason_kind(reason: str) -> str:
    """A reason without its specifics, for grouping: "too large (12.0 MB > 10 MB)" -> "too large"."""
    for sep in (" (", ": ", "; "):
        if sep in reason and not reason.startswith("unreadable"):
            return reason.split(sep, 1)[0]
    return reason


# --------------------------------------------------------------------------------------------
# How many articles to expect (for the progress bar's ETA)


def estimate_listed(listing: list[CorpusFile | Problem]) -> int | None:
    """Articles a listed corpus holds, roughly: one per .txt file, one per non-blank line of
    .jsonl, one per line after the header of .csv. None when it cannot be told quickly."""
    total = 0
    try:
        for entry in listing:
            if not isinstance(entry, CorpusFile):
                continue
            if entry.suffix == ".txt":
                total += 1
            elif entry.suffix in (".jsonl", ".csv"):
                lines = _count_lines(entry.path)
                total += max(lines - 1, 0) if entry.suffix == ".csv" else lines
    except OSError:
        return None
    return total


def _count_lines(path: str) -> int:
    count = 0
    with open(path, "rb") as handle:
        last = b"\n"
        while block := handle.read(1 << 20):
            count += block.count(b"\n")
            last = block[-1:]
        if last != b"\n":
            count += 1
    return count
