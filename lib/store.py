"""The persistent store: one DuckDB file with the articles and every fact table.

Tables (named like the frames; columns and types from `lib.schema.COLUMNS`):

- `articles`: the article columns plus `content_hash` (sha256 of text, title, date and
  warnings), `extractor_version` (`lib.version.EXTRACTOR_VERSION` of the extraction that
  produced its facts), `file` (the corpus file it was read from), `run_id` and `ingested_at`. Primary key `article_id`.
- `matches`, `goals`, `standings`, `coach_events`, `quotes`, `people`: exactly the frame
  columns; every row has `article_id` and its sentence span (`sent_start`, `sent_end`,
  `sentence`), so facts are replaced or removed together with their article.
- `problems`: the frame columns plus `article_id` (set for problems raised while extracting
  an article, NULL for problems found while reading files) and `run_id`.
- `files`: corpus files read without any problem and fully committed (path, size, mtime,
  id): a file whose size and mtime are unchanged is not read again by the next ingest.
- `runs`: one row per ingest (start, end, status, inputs, summary); `meta`: key/value.

Writing: one writer at a time. A writable `Store.open` takes an exclusive `fcntl.flock` on
`<store>.lock` next to the database (waiting up to `wait` seconds, then `StoreLocked` with
who holds it); the OS releases it when the process dies, however it dies. Each batch is one
DuckDB transaction (`write_batch`), so a killed ingest leaves every completed batch and
nothing of the interrupted one.

Reading: `Store.open(path, read_only=True)` (or plain `duckdb.connect(path, read_only=True)`)
works whenever no ingest is writing; DuckDB allows many readers or one writer per file.
"""
from __future__ import annotations

from contextlib import contextmanager

import datetime as dt
import fcntl
import hashlib
import json
import os
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import duckdb
import pandas as pd
import pyarrow as pa

from .frames import CSV_KINDS, Frames
from .schema import BOOL, COLUMNS, FACT_KINDS, INT, STRING, empty_frame, to_arrow, to_frame

DEFAULT_STORE = "data/kb.duckdb"
DEFAULT_WAIT = 10.0
FORMAT_VERSION = "1"
SQL_TYPES = {STRING: "VARCHAR", INT: "BIGINT", BOOL: "BOOLEAN"}
ARTICLE_EXTRA = {"content_hash": "VARCHAR NOT NULL", "extractor_version": "VARCHAR NOT NULL",
                 "file": "VARCHAR", "run_id": "BIGINT", "ingested_at": "TIMESTAMP"}
FILES_TABLE = """CREATE TABLE IF NOT EXISTS files (path VARCHAR PRIMARY KEY, size BIGINT, mtime_ns BIGINT,
    file_id VARCHAR, extractor_version VARCHAR, run_id BIGINT)"""
PROBLEM_EXTRA = {"article_id": "VARCHAR", "run_id": "BIGINT"}
DATA_TABLES = ("articles", *FACT_KINDS, "problems")
Rows = dict[str, list[dict[str, Any]]]


class StoreError(RuntimeError):
    """A store cannot be opened or used as asked; the message says why and what to do."""


class StoreLocked(StoreError):
    """Another ingest holds the store's write lock."""


class StoreBusy(StoreError):
    """DuckDB refused the file because another process has it open (a writer, or readers
    while we want to write)."""


def content_hash(article: Any) -> str:
    """sha256 of what determines an article's facts: text, title, date and reading warnings.
    The article id is the key and the source path may move without changing any fact, so
    neither is part of the hash."""
    payload = json.dumps([article.text, article.title, article.date, list(article.warnings)],
                         ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def schema_fingerprint() -> str:
    """Changes whenever `lib.schema.COLUMNS` (or this module's extra columns) change."""
    payload = json.dumps([FORMAT_VERSION, COLUMNS, ARTICLE_EXTRA, PROBLEM_EXTRA], sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


# --------------------------------------------------------------------------------------------
# The write lock


class WriteLock:
    """An exclusive `flock` on `<db>.lock`. Held by at most one process (and one open file
    description) at a time; released on `release()` or when the process dies."""

    def __init__(self, db_path: str | os.PathLike) -> None:
        self.path = Path(f"{os.fspath(db_path)}.lock")
        self._fd: int | None = None

    def acquire(self, wait: float = DEFAULT_WAIT, *, on_wait: Any = None) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + max(wait, 0.0)
        told = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = self.holder()
                    os.close(fd)
                    db = os.fspath(self.path)[: -len(".lock")]
                    raise StoreLocked(
                        f"the store {db} is being written by another ingest ({holder}); "
                        f"waited {wait:g}s for it. Run again when it has finished, or give "
                        f"--wait SECONDS to wait longer.") from None
                if on_wait and not told:
                    on_wait(self.holder())
                    told = True
                time.sleep(0.05)
        info = json.dumps({"pid": os.getpid(), "since": dt.datetime.now().isoformat(timespec="seconds"),
                           "command": " ".join(_argv())})
        os.ftruncate(fd, 0)
        os.pwrite(fd, info.encode(), 0)
        self._fd = fd

    def holder(self) -> str:
        """Who holds the lock, as far as the lock file tells."""
        try:
            info = json.loads(self.path.read_text(encoding="utf-8") or "{}")
        except (OSError, ValueError):
            info = {}
        if not info:
            return "process unknown"
        return f"pid {info.get('pid')}, since {info.get('since')}: {info.get('command') or '?'}"

    def release(self) -> None:
        if self._fd is not None:
            try:
                os.ftruncate(self._fd, 0)
                fcntl.flock(self._fd, fcntl.LOCK_UN)
            finally:
                os.close(self._fd)
                self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None


def _argv() -> list[str]:
    import sys

    return [os.path.basename(sys.executable), *sys.argv][:12]


# --------------------------------------------------------------------------------------------
# The store


@dataclass
class Known:
    """What the store knows about one article."""

    content_hash: str
    extractor_version: str
    source: str | None
    file: str | None = None


class KnownFile(NamedTuple):
    """A corpus file as recorded when it was last read completely."""

    size: int
    mtime_ns: int
    file_id: str
    extractor_version: str
    article_ids: list[str]


@dataclass
class ArticleResult:
    """One extracted article ready to be written: its rows by kind (as from
    `lib.extract.article_rows`) and its hash."""

    article_id: str
    content_hash: str
    rows: Rows
    replaces: bool = False  # the store already holds a version of this article
    file: str | None = None  # the corpus file it was read from


@dataclass
class Batch:
    """Everything one transaction writes."""

    results: list[ArticleResult] = field(default_factory=list)
    moves: list[tuple[str, str, str | None]] = field(default_factory=list)  # (article_id, source, file)
    read_problems: list[dict[str, Any]] = field(default_factory=list)  # source, reason, action
    files: list[tuple[str, int, int, str]] = field(default_factory=list)  # (path, size, mtime_ns, file_id)
    # the facts of `results` as Arrow tables (kind -> table), as an extraction worker builds them:
    # cheaper to send between processes than rows of dicts. A batch gives its facts either here
    # or in the rows of `results`, never both (`write_batch` refuses a batch with both).
    fact_tables: list[dict[str, pa.Table]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.results or self.moves or self.read_problems or self.files or any(self.fact_tables))


class Store:
    """A DuckDB store. Open with `Store.open(path, read_only=...)`; use as a context manager."""

    def __init__(self, path: Path, connection: duckdb.DuckDBPyConnection, read_only: bool,
                 lock: WriteLock | None) -> None:
        self.path = path
        self.connection = connection
        self.read_only = read_only
        self._lock = lock
        self.rebuilt = False  # the schema changed and the tables were recreated on open

    # ---- opening and closing

    @classmethod
    def open(cls, path: str | os.PathLike = DEFAULT_STORE, *, read_only: bool = False,
             wait: float = DEFAULT_WAIT, on_wait: Any = None) -> "Store":
        """Open (and for writing, create) the store at `path`.

        Writing: takes the store's write lock first (waiting up to `wait` seconds, then
        `StoreLocked`). Reading: no lock of ours; fails with `StoreBusy` when an ingest is
        writing for longer than `wait` seconds, and with FileNotFoundError when there is no
        store at `path`.
        """
        path = Path(path)
        if read_only:
            if not path.exists():
                raise FileNotFoundError(f"no store at {path}; create one with "
                                        f"`python -m lib ingest CORPUS --store {path}`")
            connection = _connect(path, read_only=True, wait=wait)
            return cls(path, connection, True, None)
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = WriteLock(path)
        lock.acquire(wait, on_wait=on_wait)
        try:
            connection = _connect(path, read_only=False, wait=wait)
            store = cls(path, connection, False, lock)
            store._ensure_schema()
        except BaseException:
            lock.release()
            raise
        return store

    def close(self) -> None:
        try:
            self.connection.close()
        finally:
            if self._lock is not None:
                self._lock.release()
                self._lock = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _ensure_schema(self) -> None:
        con = self.connection
        con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
        con.execute("""CREATE TABLE IF NOT EXISTS runs (
            run_id BIGINT PRIMARY KEY, started_at TIMESTAMP, finished_at TIMESTAMP,
            status VARCHAR, inputs VARCHAR, extractor_version VARCHAR, workers BIGINT,
            summary VARCHAR)""")
        fingerprint = schema_fingerprint()
        existing = set(self._tables())
        if existing & set(DATA_TABLES) and self.meta("schema") != fingerprint:
            # lib.schema changed since this store was written: rebuild the data tables (the
            # next ingest re-extracts everything it reads; the corpus files are the source).
            con.begin()
            for table in (*DATA_TABLES, "files"):
                con.execute(f"DROP TABLE IF EXISTS {table}")
            con.commit()
            self.rebuilt = True
        for table in DATA_TABLES:
            con.execute(_create_table_sql(table))
        con.execute(FILES_TABLE)
        self.set_meta(schema=fingerprint, format=FORMAT_VERSION)

    def _tables(self) -> list[str]:
        return [row[0] for row in self.connection.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()]

    # ---- reading

    def sql(self, query: str, params: Sequence[Any] | Mapping[str, Any] | None = None) -> pd.DataFrame:
        """Run SQL on the store and return a pandas frame."""
        return self.connection.execute(query, params).df()

    def frames(self, *, where: str | None = None, article_ids: Iterable[str] | None = None,
               kinds: Iterable[str] | None = None, text: bool = True) -> Frames:
        """The stored facts as `Frames` (columns and dtypes as `lib.schema.COLUMNS`).

        where: an SQL condition on the `articles` table ("season = '2023/24'"); facts and
        extraction problems are limited to the matching articles. article_ids: only these
        articles. kinds: load only these frames (the others are empty). text=False leaves
        `articles.text` empty (NA), which is much smaller for large stores.
        """
        wanted = set(CSV_KINDS if kinds is None else kinds)
        unknown = wanted - set(CSV_KINDS)
        if unknown:
            raise ValueError(f"unknown frame kinds: {', '.join(sorted(unknown))}")
        con = self.connection
        conditions = []
        if where:
            conditions.append(f"({where})")
        registered = False
        if article_ids is not None:
            ids = pd.DataFrame({"article_id": pd.array(list(article_ids), dtype=STRING)})
            con.register("_wanted_ids", ids)
            registered = True
            conditions.append("article_id IN (SELECT article_id FROM _wanted_ids)")
        try:
            result = {}
            for kind in CSV_KINDS:
                if kind not in wanted:
                    result[kind] = empty_frame(kind)
                    continue
                columns = [c for c in COLUMNS[kind] if kind != "articles" or text or c != "text"]
                result[kind] = self._read(kind, columns, conditions)
            return Frames(**result)
        finally:
            if registered:
                con.unregister("_wanted_ids")

    def table(self, kind: str, columns: Sequence[str] | None = None, *, text: bool = False) -> pd.DataFrame:
        """One frame of `frames()` (all of its rows, in the same order), or only `columns` of it
        (in that order; dtypes as `lib.schema.COLUMNS`). text=False leaves `articles.text` out
        (NA) when all columns are read."""
        if kind not in CSV_KINDS:
            raise ValueError(f"unknown frame kind: {kind}")
        if columns is None:
            return self._read(kind, [c for c in COLUMNS[kind] if kind != "articles" or text or c != "text"], [])
        unknown = [c for c in columns if c not in COLUMNS[kind]]
        if unknown:
            raise ValueError(f"unknown columns of {kind}: {', '.join(unknown)}")
        frame = self.connection.sql(self._query(kind, list(columns), [])).to_arrow_table() \
            .to_pandas(types_mapper=_PANDAS_TYPES.get)
        return frame[list(columns)].astype({c: COLUMNS[kind][c] for c in columns})

    def _query(self, kind: str, columns: list[str], conditions: list[str]) -> str:
        """SELECT of `columns` of the frame `kind`: articles by id, facts by article and then in
        the order they were written, problems of reading (no article) first. `conditions`: on
        the `articles` table (facts and problems: of the articles that meet them)."""
        select = ", ".join(f'"{c}"' for c in columns)
        chosen = f"SELECT article_id FROM articles WHERE {' AND '.join(conditions)}" if conditions else ""
        if kind == "articles":
            query = f"SELECT {select} FROM articles"
            query += f" WHERE {' AND '.join(conditions)}" if conditions else ""
            return query + " ORDER BY article_id"
        query = f"SELECT {select} FROM {kind}"
        query += f" WHERE article_id IN ({chosen})" if conditions else ""
        return query + (" ORDER BY article_id NULLS FIRST, rowid" if kind == "problems" else " ORDER BY article_id, rowid")

    def _read(self, kind: str, columns: list[str], conditions: list[str]) -> pd.DataFrame:
        query = self._query(kind, columns, conditions)
        return _typed(kind, self.connection.sql(query).to_arrow_table().to_pandas(types_mapper=_PANDAS_TYPES.get))

    def counts(self) -> dict[str, int]:
        """Rows per table (articles, facts, problems)."""
        return {table: self.connection.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]
                for table in DATA_TABLES}

    def lookup(self, article_ids: Sequence[str]) -> dict[str, Known]:
        """Hash, extractor version and source of those of `article_ids` the store holds."""
        if not article_ids:
            return {}
        rows = self.connection.execute(
            "SELECT article_id, content_hash, extractor_version, source, file FROM articles "
            "WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [list(article_ids)]).fetchall()
        return {row[0]: Known(row[1], row[2], row[3], row[4]) for row in rows}

    def known_files(self, paths: Sequence[str], extractor_version: str) -> dict[str, KnownFile]:
        """The recorded state of those of `paths` that were read completely before, with the ids
        of their stored articles (files whose articles are not all at `extractor_version` are
        left out: they must be read again)."""
        if not paths:
            return {}
        rows = self.connection.execute(
            """SELECT f.path, f.size, f.mtime_ns, f.file_id, f.extractor_version, list(a.article_id)
               FROM files f JOIN articles a ON a.file = f.path
               WHERE f.path IN (SELECT unnest(?::VARCHAR[]))
               GROUP BY ALL HAVING bool_and(a.extractor_version = ?)""",
            [list(paths), extractor_version]).fetchall()
        return {path: KnownFile(*rest) for path, *rest in rows}

    def stale_count(self, extractor_version: str) -> int:
        """Articles whose facts come from another extractor version."""
        return self.connection.execute("SELECT count(*) FROM articles WHERE extractor_version <> ?",
                                       [extractor_version]).fetchall()[0][0]

    def meta(self, key: str) -> str | None:
        rows = self.connection.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchall()
        return rows[0][0] if rows else None

    def runs(self) -> pd.DataFrame:
        return self.sql("SELECT * FROM runs ORDER BY run_id")

    def size_bytes(self) -> int:
        """Bytes on disk: the database file and its write-ahead log."""
        return sum(p.stat().st_size for p in (self.path, Path(f"{self.path}.wal")) if p.exists())

    # ---- writing

    def _writable(self) -> duckdb.DuckDBPyConnection:
        if self.read_only:
            raise StoreError(f"the store {self.path} is open read-only")
        return self.connection

    def set_meta(self, **values: str) -> None:
        con = self._writable()
        for key, value in values.items():
            con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [key, value])

    def begin_run(self, inputs: Sequence[str], extractor_version: str, workers: int) -> tuple[int, list[int]]:
        """Record the start of an ingest. Returns its run id and the ids of earlier runs that
        never finished (killed), which are marked "interrupted"."""
        con = self._writable()
        unfinished = [row[0] for row in con.execute(
            "SELECT run_id FROM runs WHERE status = 'running' ORDER BY run_id").fetchall()]
        con.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
        run_id = con.execute("SELECT coalesce(max(run_id), 0) + 1 FROM runs").fetchall()[0][0]
        con.execute("INSERT INTO runs VALUES (?, ?, NULL, 'running', ?, ?, ?, NULL)",
                    [run_id, _now(), json.dumps(list(inputs), ensure_ascii=False), extractor_version, workers])
        return run_id, unfinished

    def finish_run(self, run_id: int, status: str, summary: Mapping[str, Any] | None = None) -> None:
        con = self._writable()
        con.execute("UPDATE runs SET finished_at = ?, status = ?, summary = ? WHERE run_id = ?",
                    [_now(), status, json.dumps(summary, ensure_ascii=False, default=str) if summary else None,
                     run_id])
        if status == "completed":
            rows = con.execute("SELECT extractor_version FROM runs WHERE run_id = ?", [run_id]).fetchall()
            self.set_meta(extractor_version=rows[0][0])

    def write_batch(self, batch: Batch, *, run_id: int, extractor_version: str) -> dict[str, int]:
        """Write one batch in one transaction: replace the facts of re-extracted articles,
        insert new ones, update moved sources, record reading problems. All or nothing.
        Returns the rows written per kind."""
        con = self._writable()
        written = {kind: 0 for kind in CSV_KINDS}
        if not batch:
            return written
        rows: Rows = {kind: [] for kind in ("articles", *FACT_KINDS)}  # (problems: per article, below)
        for result in batch.results:
            for kind, items in result.rows.items():
                if kind in rows:
                    rows[kind].extend(items)
        if batch.fact_tables and any(rows[kind] for kind in FACT_KINDS):
            raise ValueError("a batch gives its facts either as Arrow tables (fact_tables) or as rows, not both")
        # the facts as Arrow tables: the batch's own, or its rows converted once
        fact_tables = batch.fact_tables or [{kind: to_arrow(kind, rows[kind]) for kind in FACT_KINDS if rows[kind]}]
        replaced = [r.article_id for r in batch.results if r.replaces]
        hashes = {r.article_id: r.content_hash for r in batch.results}
        now = _now()
        con.begin()
        try:
            if replaced:
                con.register("_replaced", pd.DataFrame({"article_id": replaced}))
                for table in (*FACT_KINDS, "problems", "articles"):
                    con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT article_id FROM _replaced)")
                con.unregister("_replaced")
            if rows["articles"]:
                files = {r.article_id: r.file for r in batch.results}
                ids = [row["article_id"] for row in rows["articles"]]
                table = to_arrow("articles", rows["articles"], content_hash=[hashes[i] for i in ids],
                                 extractor_version=[extractor_version] * len(ids),
                                 file=pa.array([files[i] for i in ids], type=pa.string()),
                                 run_id=[run_id] * len(ids), ingested_at=[now] * len(ids))
                _insert(con, "articles", table)
                written["articles"] = len(ids)
            for kind in FACT_KINDS:
                for table in (t[kind] for t in fact_tables if kind in t and t[kind].num_rows):
                    _insert(con, kind, table)
                    written[kind] += table.num_rows
            problem_rows = []
            for result in batch.results:
                for problem in result.rows.get("problems", ()):
                    problem_rows.append({**problem, "article_id": result.article_id})
            if problem_rows:
                frame = to_frame("problems", problem_rows)
                frame["article_id"] = pd.array([p["article_id"] for p in problem_rows], dtype=STRING)
                frame["run_id"] = run_id
                _insert(con, "problems", frame)
            if batch.read_problems:
                frame = to_frame("problems", batch.read_problems).drop_duplicates()
                con.register("_read_problems", frame)
                con.execute("""DELETE FROM problems WHERE article_id IS NULL AND (source, reason, action)
                               IN (SELECT (source, reason, action) FROM _read_problems)""")
                con.unregister("_read_problems")
                frame["article_id"] = pd.array([None] * len(frame), dtype=STRING)
                frame["run_id"] = run_id
                _insert(con, "problems", frame)
            written["problems"] = len(problem_rows) + len(batch.read_problems)
            if batch.moves:
                moved = pd.DataFrame(batch.moves, columns=["article_id", "source", "file"]).astype(STRING)
                con.register("_moved", moved)
                con.execute("""UPDATE articles SET source = _moved.source, file = _moved.file FROM _moved
                               WHERE articles.article_id = _moved.article_id""")
                con.unregister("_moved")
            if batch.files:
                files = pd.DataFrame(batch.files, columns=["path", "size", "mtime_ns", "file_id"])
                files["extractor_version"] = extractor_version
                files["run_id"] = run_id
                con.register("_files", files)
                con.execute("INSERT OR REPLACE INTO files BY NAME SELECT * FROM _files")
                con.unregister("_files")
            con.commit()
        except BaseException:
            con.rollback()
            raise
        return written

    @contextmanager
    def transaction(self):
        """A write transaction on the store's connection: committed when the block ends,
        rolled back (and the error raised again) when it fails."""
        con = self._writable()
        con.begin()
        try:
            yield con
            con.commit()
        except BaseException:
            con.rollback()
            raise

    def delete_articles_without_file(self) -> int:
        """Delete the articles that came from no corpus file (uploads, pasted texts) with their
        facts and problems. One transaction. Returns articles removed."""
        with self.transaction() as con:
            ids = "SELECT article_id FROM articles WHERE file IS NULL"
            gone = con.execute(f"SELECT count(*) FROM ({ids})").fetchall()[0][0]
            for table in (*FACT_KINDS, "problems"):
                con.execute(f"DELETE FROM {table} WHERE article_id IN ({ids})")
            con.execute("DELETE FROM articles WHERE file IS NULL")
        return gone

    def prune(self, keep_ids: Iterable[str], *, run_id: int) -> int:
        """Delete every article not in `keep_ids` (with its facts and problems), and reading
        problems not reported by run `run_id`. One transaction. Returns articles removed."""
        keep = pd.DataFrame({"article_id": pd.array(list(keep_ids), dtype=STRING)})
        with self.transaction() as con:
            con.register("_keep", keep)
            gone = con.execute("SELECT count(*) FROM articles WHERE article_id NOT IN "
                               "(SELECT article_id FROM _keep)").fetchall()[0][0]
            if gone:
                for table in (*FACT_KINDS, "problems", "articles"):
                    con.execute(f"DELETE FROM {table} WHERE article_id IS NOT NULL AND article_id NOT IN "
                                f"(SELECT article_id FROM _keep)")
            con.execute("DELETE FROM problems WHERE article_id IS NULL AND run_id <> ?", [run_id])
            con.execute("DELETE FROM files WHERE path NOT IN (SELECT file FROM articles WHERE file IS NOT NULL)")
            con.unregister("_keep")
        return gone

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the database file."""
        self._writable().execute("CHECKPOINT")


# --------------------------------------------------------------------------------------------
# Helpers


def _create_table_sql(table: str) -> str:
    columns = {name: SQL_TYPES[dtype] for name, dtype in COLUMNS[table].items()}
    if "article_id" in columns:
        columns["article_id"] += " NOT NULL"
    extra: dict[str, str] = {}
    key = ""
    if table == "articles":
        extra = ARTICLE_EXTRA
        key = ", PRIMARY KEY (article_id)"
    elif table == "problems":
        extra = PROBLEM_EXTRA
    body = ", ".join(f'"{name}" {sql}' for name, sql in {**columns, **extra}.items())
    return f"CREATE TABLE IF NOT EXISTS {table} ({body}{key})"


def _insert(con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame | pa.Table) -> None:
    con.register("_rows", frame)
    try:
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _rows")
    finally:
        con.unregister("_rows")


# Arrow -> pandas straight into the schema's dtypes: reading a large store through Arrow takes
# about a quarter of the time of DuckDB's own `.df()`.
_PANDAS_TYPES = {pa.string(): pd.StringDtype(), pa.large_string(): pd.StringDtype(), pa.int64(): pd.Int64Dtype(),
                 pa.int32(): pd.Int64Dtype(), pa.bool_(): pd.BooleanDtype()}


def _typed(kind: str, frame: pd.DataFrame) -> pd.DataFrame:
    """A frame read from DuckDB with exactly the schema's columns and dtypes."""
    columns = COLUMNS[kind]
    for name in columns:
        if name not in frame.columns:
            frame[name] = None
    frame = frame[list(columns)]
    # only the columns not read in their dtype already (astype costs even when nothing changes)
    other = {name: dtype for name, dtype in columns.items() if frame[name].dtype != dtype}
    return frame.astype(other) if other else frame


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _connect(path: Path, *, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    """`duckdb.connect`, retrying for up to `wait` seconds while another process has the file
    open in a conflicting mode; then `StoreBusy` with DuckDB's explanation."""
    deadline = time.monotonic() + max(wait, 0.0)
    while True:
        try:
            return duckdb.connect(os.fspath(path), read_only=read_only)
        except duckdb.IOException as error:
            message = str(error)
            if "lock" not in message.lower():
                raise StoreError(f"cannot open the store {path}: {message}") from error
            if time.monotonic() >= deadline:
                what = ("an ingest is writing to it" if read_only
                        else "another process has it open (a dashboard, a notebook, a reader)")
                raise StoreBusy(f"cannot open the store {path}: {what}. DuckDB allows one writer or "
                                f"any number of readers at a time; try again when it is closed. "
                                f"({_first_line(message)})") from error
            time.sleep(0.1)


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else text


def iter_chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
