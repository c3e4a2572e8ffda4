"""Derived tables in the store: the consolidation (`lib.consolidate`) of every scope the
dashboard shows and its article index, computed once after the store changes instead of on
a page's first visit.

Consolidating one season of a 100,000-article store takes about a second; the dashboard's
season pages would pay it on their first visit in every server process. `rebuild(path)`
consolidates each scope whose articles changed since the last rebuild and stores the
result in the table `derived`; `load` gives it back (exactly the frames `consolidate`
returned) or None when the scope changed since, so a store without derived tables, or with
outdated ones, still works: the dashboard then consolidates as before.

Scopes (as `lib.dashboard.quality.knowledge` consolidates without reference data):
- a store with at most `CONSOLIDATE_LIMIT` articles: "all" (the whole store);
- a larger one: one scope per season of the article dates, "season:<season>", and
  "season:" for the articles without a date.

"article_index": `lib.dashboard.views.article_index` of the whole store (without texts),
"club_counts": `lib.dashboard.views.club_counts` (the sidebar's club list on every page) and
"coach_table": `lib.dashboard.views.coach_table` (the Trainer-Chronik).

Each scope is stored with a fingerprint of what it was computed from: the ids, content
hashes and extractor versions of its articles (which determine their facts; for the article
index also their sources, which can move without a new hash), the store's schema and the
source of the code computing it (`CONSOLIDATE_CODE`, `VIEWS_CODE`). A scope whose fingerprint
no longer matches is ignored by `load` and recomputed by the next `rebuild`.

Call `rebuild` after every write to a store (the end of an ingest, uploads, removals).
Frames are stored as Arrow IPC bytes with their pandas dtypes; a frame that would not come
back exactly is not stored (its scope is then consolidated on demand).
"""
from __future__ import annotations

import functools
import hashlib
import io
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa

from .consolidate import FRAMES, Consolidated, consolidate

CONSOLIDATE_LIMIT = 5_000  # articles consolidated at once; larger stores per season
ALL = "all"
SEASON = "season:"
INDEX = "article_index"
CLUBS = "club_counts"
COACH = "coach_table"
VIEWS = (INDEX, CLUBS, COACH)  # tables of `lib.dashboard.views` over the whole store
TABLE = "derived"
FORMAT = "1"
# One row per scope: its frames as Arrow IPC streams one after the other in `data`, `frames` says
# where each starts (JSON [[name, dtypes, offset, length], ...]). Looked up by the primary key,
# DuckDB reads only that row's bytes (a scan by another column reads every scope's).
CREATE = f"""CREATE TABLE IF NOT EXISTS {TABLE} (scope VARCHAR PRIMARY KEY, fingerprint VARCHAR,
    frames VARCHAR, data BLOB)"""


def season_scope(season: str | None) -> str:
    """The scope of the articles of `season` (None: the articles without a date)."""
    return f"{SEASON}{season or ''}"


# --------------------------------------------------------------------------------------------
# Fingerprints


# the source files (under lib/) whose code computes the consolidation and the view tables
CONSOLIDATE_CODE = ("consolidate.py", "schema.py")
VIEWS_CODE = ("dashboard/views.py", "dashboard/labels.py", "schema.py", "consolidate.py")  # (its fold and values)


@functools.cache
def _code_version(*files: str) -> str:
    """A hash of the source of `files` (read once per process)."""
    here = Path(__file__).parent
    source = b"".join((here / name).read_bytes() for name in files)
    return hashlib.sha256(source + FORMAT.encode()).hexdigest()[:16]


def fingerprints(con) -> dict[str, str]:
    """scope -> fingerprint of what it is computed from, for the store's current articles
    (one query)."""
    schema = con.execute("SELECT value FROM meta WHERE key = 'schema'").fetchall()
    schema = schema[0][0] if schema else "-"
    rows = con.execute("""SELECT season, count(*), bit_xor(hash(article_id, content_hash, extractor_version)),
                                 bit_xor(hash(article_id, content_hash, extractor_version, source))
                          FROM articles GROUP BY season""").fetchall()
    total = sum(n for _, n, _, _ in rows)
    if not total:
        return {}
    prefix = f"{_code_version(*CONSOLIDATE_CODE)}|{schema}"
    index = 0
    for *_, h in rows:
        index ^= int(h)
    views = f"{_code_version(*VIEWS_CODE)}|{schema}|{total}|{index}"
    result = dict.fromkeys(VIEWS, views)
    if total <= CONSOLIDATE_LIMIT:
        digest = 0
        for _, _, h, _ in rows:
            digest ^= int(h)
        return result | {ALL: f"{prefix}|{total}|{digest}"}
    return result | {season_scope(season): f"{prefix}|{n}|{h}" for season, n, h, _ in rows}


def _has_table(con) -> bool:  # (information_schema: a few ms the first time on a connection)
    return bool(con.execute("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main' "
                            "AND table_name = ?", [TABLE]).fetchall()[0][0])


def stored(con) -> dict[str, str]:
    """scope -> fingerprint of the derived tables in the store."""
    if not _has_table(con):
        return {}
    return dict(con.execute(f"SELECT scope, fingerprint FROM {TABLE}").fetchall())


def current(con) -> set[str]:
    """The scopes whose stored consolidation is up to date."""
    have = stored(con)
    return {scope for scope, fp in fingerprints(con).items() if have.get(scope) == fp}


# --------------------------------------------------------------------------------------------
# Frames <-> bytes


def encode(frame: pd.DataFrame) -> tuple[str, bytes]:
    """(dtypes as JSON, Arrow IPC bytes) of `frame`, index included."""
    table = pa.Table.from_pandas(frame, preserve_index=True)
    sink = io.BytesIO()
    with pa.ipc.new_stream(sink, table.schema, options=pa.ipc.IpcWriteOptions(compression="zstd")) as writer:
        writer.write_table(table)
    return json.dumps({str(c): str(t) for c, t in frame.dtypes.items()}), sink.getvalue()


def decode(dtypes: str, data: bytes) -> pd.DataFrame:
    """The frame `encode` was given."""
    table = pa.ipc.open_stream(data).read_all()
    frame = table.to_pandas()
    for column, dtype in json.loads(dtypes).items():
        if dtype == "object":  # Python values as they were (ints stay ints, NA stays None)
            frame[column] = pd.Series(table.column(column).to_pylist(), index=frame.index, dtype=object)
        elif str(frame[column].dtype) != dtype:
            frame[column] = frame[column].astype(dtype)
    return frame


def _exact(frame: pd.DataFrame, dtypes: str, data: bytes) -> bool:
    """Whether `data` decodes to `frame`: equal values, dtypes and index, and in columns of
    Python objects the same types too (NaN and None, 1 and 1.0 are equal to pandas)."""
    back = decode(dtypes, data)
    same = (list(back.columns) == list(frame.columns) and back.dtypes.equals(frame.dtypes)
            and back.index.equals(frame.index) and back.index.dtype == frame.index.dtype
            and back.equals(frame))  # vectorised; assert_frame_equal took a tenth of a rebuild
    return same and all([type(v) for v in back[c].tolist()] == [type(v) for v in frame[c].tolist()]
               for c in frame.columns if frame[c].dtype == object)


def _encoded(frames: dict[str, pd.DataFrame]) -> list[tuple[str, str, bytes]] | None:
    """(name, dtypes, bytes) of every frame; None when one would not come back exactly."""
    out = []
    for name, frame in frames.items():
        try:
            dtypes, data = encode(frame)
        except (pa.ArrowException, TypeError, ValueError):
            return None
        if not _exact(frame, dtypes, data):
            return None
        out.append((name, dtypes, data))
    return out


# --------------------------------------------------------------------------------------------
# Reading and rebuilding


def _encoded_rows(con, scope: str, fingerprint: str) -> dict[str, tuple[str, bytes]]:
    """name -> (dtypes, bytes) of the frames stored for `scope` and `fingerprint`."""
    if not _has_table(con):
        return {}
    rows = con.execute(f"SELECT fingerprint, frames, data FROM {TABLE} WHERE scope = ?", [scope]).fetchall()
    if not rows or rows[0][0] != fingerprint:
        return {}
    _, frames, data = rows[0]
    data = bytes(data)
    return {name: (dtypes, data[start:start + size]) for name, dtypes, start, size in json.loads(frames)}


def _pack(encoded: list[tuple[str, str, bytes]]) -> tuple[str, bytes]:
    """(the `frames` column, the `data` column) of a scope's encoded frames."""
    frames, start = [], 0
    for name, dtypes, data in encoded:
        frames.append([name, dtypes, start, len(data)])
        start += len(data)
    return json.dumps(frames), b"".join(data for _, _, data in encoded)


def load_frames(con, scope: str, fingerprint: str) -> dict[str, pd.DataFrame] | None:
    """The stored frames of `scope` if they were computed for `fingerprint`, else None."""
    rows = _encoded_rows(con, scope, fingerprint)
    return {name: decode(*encoded) for name, encoded in rows.items()} or None


class StoredConsolidated(Consolidated):
    """A `Consolidated` read from the store: each frame is decoded on first use (a page
    showing matches and goals does not decode the mentions and people)."""

    def __init__(self, encoded: dict[str, tuple[str, bytes]]) -> None:  # noqa: D107 - no dataclass init
        self._encoded = encoded
        self.has_reference = False

    def __getattr__(self, name: str) -> pd.DataFrame:
        if name.startswith("_") or name not in FRAMES:
            raise AttributeError(name)
        frame = decode(*self._encoded[name])
        setattr(self, name, frame)
        return frame


def load(con, scope: str, fingerprint: str) -> Consolidated | None:
    """The stored consolidation of `scope` if it was computed for `fingerprint`, else None."""
    rows = _encoded_rows(con, scope, fingerprint)
    if set(rows) != set(FRAMES):
        return None
    return StoredConsolidated(rows)


def load_view(con, name: str, fingerprint: str | None = None) -> pd.DataFrame | None:
    """The stored view table `name` (one of `VIEWS`) if it is up to date (`fingerprint`:
    `fingerprints(con)[name]` when known), else None."""
    fingerprint = fingerprint or fingerprints(con).get(name)
    frames = load_frames(con, name, fingerprint) if fingerprint else None
    return frames.get(name) if frames else None


def load_index(con, fingerprint: str | None = None) -> pd.DataFrame | None:
    """The stored article index (`lib.dashboard.views.article_index` without texts) if it is
    up to date, else None."""
    return load_view(con, INDEX, fingerprint)


def load_club_counts(con, known: dict[str, str] | None = None) -> pd.Series | None:
    """The stored `lib.dashboard.views.club_counts` if up to date (`known`: `fingerprints(con)`
    when computed already), else None."""
    fingerprint = (known if known is not None else fingerprints(con)).get(CLUBS)
    frames = load_frames(con, CLUBS, fingerprint) if fingerprint else None
    if not frames:
        return None
    table = frames[CLUBS]
    return pd.Series(table["count"].to_numpy(), index=pd.Index(table["club"].tolist(), dtype=object))


def _view(frames: Any, name: str) -> dict[str, pd.DataFrame]:
    """The view table `name` (one of `VIEWS`) of `frames`, the whole store without texts (read
    once for all view tables)."""
    from .dashboard import views

    if name == INDEX:
        return {INDEX: views.article_index(frames, text=False)}
    if name == COACH:
        return {COACH: views.coach_table(frames)}
    counts = views.club_counts(frames)
    return {CLUBS: pd.DataFrame({"club": pd.Series(list(counts.index), dtype=object),
                                 "count": counts.to_numpy(dtype="int64")})}


def _consolidation(store: Any, scope: str) -> dict[str, pd.DataFrame]:
    """The consolidated frames of the articles of `scope`, read from the store."""
    kb = consolidate(store.frames(article_ids=_scope_ids(store.connection, scope), text=False))
    return {name: getattr(kb, name) for name in FRAMES}


def _scope_ids(con, scope: str) -> list[str]:
    if scope == ALL:
        rows = con.execute("SELECT article_id FROM articles ORDER BY article_id").fetchall()
    elif scope == SEASON:
        rows = con.execute("SELECT article_id FROM articles WHERE season IS NULL ORDER BY article_id").fetchall()
    else:
        rows = con.execute("SELECT article_id FROM articles WHERE season = ? ORDER BY article_id",
                           [scope[len(SEASON):]]).fetchall()
    return [r[0] for r in rows]


def rebuild_open(store: Any, scopes: Iterable[str] | None = None) -> list[str]:
    """`rebuild` on an open writable `lib.store.Store`. Returns the scopes (re)computed."""
    con = store.connection
    columns = [r[0] for r in con.execute("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                         "'main' AND table_name = ? ORDER BY ordinal_position", [TABLE]).fetchall()]
    if columns and columns != ["scope", "fingerprint", "frames", "data"]:
        con.execute(f"DROP TABLE {TABLE}")  # another layout: computed again
    con.execute(CREATE)
    wanted = fingerprints(con)
    have = stored(con)
    todo = [s for s in (wanted if scopes is None else scopes) if s in wanted and have.get(s) != wanted[s]]
    done = []
    with store.transaction() as tx:
        gone = [s for s in have if s not in wanted]  # scopes without articles now
        for scope in gone:
            tx.execute(f"DELETE FROM {TABLE} WHERE scope = ?", [scope])
    todo.sort(key=lambda scope: scope not in VIEWS)  # the view tables first
    # the view tables are computed from the whole store (without texts): read once when any is due
    whole = store.frames(text=False) if any(scope in VIEWS for scope in todo) else None
    rows = []
    for scope in todo:
        if scope in VIEWS:
            frames = _view(whole, scope)
        else:
            whole = None  # the view tables are done: the whole store is not kept while consolidating
            frames = _consolidation(store, scope)
        encoded = _encoded(frames)
        # a scope whose frames would not come back exactly is recorded without frames (computed on demand)
        rows.append([scope, wanted[scope], *_pack(encoded or [])])
        if encoded:
            done.append(scope)
    with store.transaction() as tx:  # one write: the store grows by the data, not by rewritten blocks
        for row in rows:
            tx.execute(f"DELETE FROM {TABLE} WHERE scope = ?", [row[0]])
        for row in rows:
            tx.execute(f"INSERT INTO {TABLE} VALUES (?, ?, ?, ?)", row)
    return done


def rebuild(path: str | os.PathLike, *, wait: float = 10.0) -> list[str]:
    """Bring the derived tables of the store at `path` up to date (only scopes whose articles
    changed are consolidated again). Takes the store's write lock. Returns the scopes
    (re)computed."""
    from .store import Store

    with Store.open(path, wait=wait) as store:
        done = rebuild_open(store)
        store.checkpoint()
    return done


def main(argv: list[str] | None = None) -> int:
    """`python -m lib.derived STORE...`: bring the derived tables of stores up to date (e.g. a
    store ingested before they existed)."""
    import sys

    paths = sys.argv[1:] if argv is None else argv
    if not paths:
        print("usage: python -m lib.derived STORE [STORE ...]", file=sys.stderr)
        return 2
    for path in paths:
        done = rebuild(path)
        print(f"{path}: {len(done)} scopes computed ({', '.join(done) or 'all up to date'})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
