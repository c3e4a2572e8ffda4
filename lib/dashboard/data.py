"""All data loading of the dashboard, in one place: the DuckDB store (`lib.store`).

- The store: `data/kb.duckdb` by default; another file via `?store=`, the start page, or
  the environment variable `FBKB_STORE` (the tests point it at a temporary file). On first
  run (no store, or an empty one) it is built from the bundled sample corpus `data/sample`
  with `lib.ingest.ingest` and a progress bar; later runs only bring it up to date (new,
  changed or outdated articles are extracted, nothing else).
- A folder the user names (`?korpus=`) gets a store of its own next to the main one
  (`kb--<folder>-<hash>.duckdb`): one store per corpus folder keeps the article ids of two
  folders from colliding (ids are file names) and makes "the pages show that corpus" simply
  "the pages show that store". Re-opening a folder ingests it incrementally.
- Uploads and pasted articles go through `lib.ingest.ingest_items` into the store of the
  current corpus (the same code path as the CLI), so they appear on every page and after a
  restart. They are the store's articles without a corpus file.
- Reading: a read-only connection, opened for one read and closed right away (an ingest can
  always take the write lock). The store is read on demand (`StoreFrames`, cached per store
  state, i.e. path + mtime/size of the database file and its WAL, with `st.cache_resource`:
  one copy per process; pages get copy-on-write views): the row counts, the columns nearly
  every page needs and the small tables at once, every other table (or some of its columns,
  or the rows of some articles) when a page asks for it, so a page's first visit reads only
  what it shows. Everything derived from the frames (club list, summaries, the article
  index, the consolidation) is memoised under the same state (`memo`).
- Derived tables: the consolidation of every season (of a small store: of all of it), the
  article index, the club counts and the coach table are stored in the store by `lib.derived`
  (at the end of every ingest, also the dashboard's, after removing uploads, and by
  `python -m lib.derived STORE`); the pages use them when their fingerprint matches the
  store's articles and compute them otherwise.
- Locks: a store being written by another ingest (`StoreLocked`) or held open by another
  process (`StoreBusy`) gives a German message, never a traceback.
"""
from __future__ import annotations

import dataclasses
import functools
import hashlib
import os
import re
import threading
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from lib.schema import CLUB_COLUMNS, COLUMNS, empty_frame

PROJECT_DIR = Path(__file__).resolve().parents[2]
SAMPLE_DIR = PROJECT_DIR / "data" / "sample"
DEFAULT_CORPUS = "data/sample"
DEFAULT_STORE = "data/kb.duckdb"
CORPUS_PARAM = "korpus"
STORE_PARAM = "store"
STORE_ENV = "FBKB_STORE"
UPLOAD_TYPES = ["txt", "jsonl", "csv"]
MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MAX_PASTE_CHARS = 100_000
MAX_FILES = 5_000
LOCK_WAIT = 3.0  # seconds an ingest or a read waits for another process's lock
CORPUS_KEY = "_fbkb_corpus"
STORE_KEY = "_fbkb_store"
SUFFIXES = tuple("." + t for t in UPLOAD_TYPES)
KINDS = tuple(COLUMNS)

try:  # the extraction library may be mid-rewrite; the app then explains instead of crashing
    import lib as _lib
    from lib.reader import read_text, read_upload
    from lib.store import StoreBusy, StoreLocked
    IMPORT_ERROR: str | None = None
except Exception as error:  # pragma: no cover - depends on the state of the library
    _lib = None
    IMPORT_ERROR = f"{type(error).__name__}: {error}"

    class StoreLocked(Exception):  # type: ignore[no-redef]
        pass

    class StoreBusy(Exception):  # type: ignore[no-redef]
        pass


@dataclass
class Loaded:
    """What the pages get: the frames of the current store and what to tell the user."""

    frames: object
    corpus: str  # the corpus folder as the user gave it
    errors: list[str] = field(default_factory=list)
    uploads: int = 0  # uploaded/pasted articles in the store
    store: str = ""  # the store file shown
    state: tuple = ()  # the store's state: the cache key of everything read or derived from it
    upload_ids: list[str] = field(default_factory=list)


def empty_frames():
    if _lib is not None:
        return _lib.Frames.empty()
    return _EmptyFrames()


class _EmptyFrames:  # used only when `lib` cannot be imported at all
    def __init__(self) -> None:
        for kind in KINDS:
            setattr(self, kind, empty_frame(kind))


# --------------------------------------------------------------------------------------------
# German messages for store errors


def store_message(error: BaseException, path: str | os.PathLike, doing: str = "eingelesen") -> str:
    """A German explanation of a store error (lock, busy, anything else)."""
    name = os.fspath(path)
    if isinstance(error, StoreLocked):
        return (f"Der Wissensspeicher „{name}“ ist gesperrt: ein anderer Einlesevorgang schreibt gerade "
                f"hinein. Bitte warten Sie, bis er fertig ist, und laden Sie die Seite dann neu – die "
                f"Artikel konnten jetzt nicht {doing} werden.")
    if isinstance(error, StoreBusy):
        return (f"Der Wissensspeicher „{name}“ ist gerade von einem anderen Programm geöffnet (z. B. einem "
                f"Einlesevorgang oder einem Notebook). Bitte später erneut versuchen – die Artikel konnten "
                f"jetzt nicht {doing} werden.")
    return (f"Der Wissensspeicher „{name}“ konnte nicht benutzt werden ({type(error).__name__}: {error}); "
            f"die Artikel konnten nicht {doing} werden.")


# --------------------------------------------------------------------------------------------
# The corpus folder and the store file


def resolve_corpus(value: str | None) -> Path | None:
    """The folder (or file) the user named: absolute, relative to the project, or to the
    working directory. None when it does not exist."""
    value = (value or "").strip()
    if not value:
        return SAMPLE_DIR if SAMPLE_DIR.exists() else None
    path = Path(os.path.expanduser(value))
    candidates = [path] if path.is_absolute() else [PROJECT_DIR / path, Path.cwd() / path]
    for candidate in candidates:
        if candidate.exists():
            return candidate.resolve()
    return None


def fingerprint(path: Path) -> tuple:
    """The content key of a corpus: (relative path, mtime, size) of its readable files (the
    first `MAX_FILES`; re-opening the folder on the start page checks all of them)."""
    if path.is_file():
        info = path.stat()
        return ((path.name, info.st_mtime_ns, info.st_size),)
    items = []
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or not name.lower().endswith(SUFFIXES):
                continue
            full = os.path.join(root, name)
            try:
                info = os.stat(full)
            except OSError:
                continue
            items.append((os.path.relpath(full, path), info.st_mtime_ns, info.st_size))
            if len(items) >= MAX_FILES:
                return tuple(items)
    return tuple(items)


def _corpus_files(path: Path) -> dict[str, tuple[int, int]]:
    """Every readable file of a corpus: absolute path -> (size, mtime_ns), as `lib.ingest`
    records them in the store's `files` table."""
    found = {}
    paths = [str(path)] if path.is_file() else []
    if path.is_dir():
        for root, dirs, files in os.walk(path):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            paths += [os.path.join(root, n) for n in files
                      if not n.startswith(".") and n.lower().endswith(SUFFIXES)]
    for full in paths:
        try:
            info = os.stat(full)
        except OSError:
            continue
        found[os.path.abspath(full)] = (info.st_size, info.st_mtime_ns)
    return found


def resolve_store(value: str | None) -> Path:
    """The store file: absolute, or relative to the project folder."""
    path = Path(os.path.expanduser((value or "").strip() or DEFAULT_STORE))
    return path if path.is_absolute() else (PROJECT_DIR / path)


def store_value() -> str:
    """The store chosen: URL (?store=), else the session, else $FBKB_STORE, else data/kb.duckdb."""
    value = st.query_params.get(STORE_PARAM)
    if value:
        st.session_state[STORE_KEY] = value  # kept when a link without ?store= is followed
        return value
    return st.session_state.get(STORE_KEY) or os.environ.get(STORE_ENV) or DEFAULT_STORE


def set_store(value: str) -> None:
    value = (value or "").strip()
    default = os.environ.get(STORE_ENV) or DEFAULT_STORE
    st.session_state[STORE_KEY] = value or default
    if not value or value == default:
        st.query_params.pop(STORE_PARAM, None)
    else:
        st.query_params[STORE_PARAM] = value


def corpus_store(store: Path, corpus: Path | None) -> Path:
    """The store that holds `corpus`: the main store for the sample corpus, else a store of its
    own next to the main one (one store per corpus folder)."""
    if corpus is None or corpus == SAMPLE_DIR.resolve():
        return store
    digest = hashlib.sha256(str(corpus).encode("utf-8", "surrogatepass")).hexdigest()[:10]
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "-", corpus.name).strip("-.")[:40] or "korpus"
    return store.with_name(f"{store.stem}--{slug}-{digest}{store.suffix or '.duckdb'}")


def corpus_value() -> str:
    """The corpus folder currently chosen: URL (?korpus=), else the session, else the sample."""
    value = st.query_params.get(CORPUS_PARAM)
    if value:
        return value
    return st.session_state.get(CORPUS_KEY) or DEFAULT_CORPUS


def set_corpus(value: str) -> None:
    value = (value or "").strip() or DEFAULT_CORPUS
    st.session_state[CORPUS_KEY] = value
    if value == DEFAULT_CORPUS:
        st.query_params.pop(CORPUS_PARAM, None)
    else:
        st.query_params[CORPUS_PARAM] = value
    _registry().clear()  # choosing a folder (again) checks it against the store again


def store_state(path: str | os.PathLike) -> tuple:
    """The cache key of a store: path, mtime and size of the database file and its WAL
    (every committed write changes them; reading never does)."""
    parts: list[Any] = [os.fspath(path)]
    for name in (os.fspath(path), f"{os.fspath(path)}.wal"):
        try:
            info = os.stat(name)
            parts.append((info.st_mtime_ns, info.st_size))
        except OSError:
            parts.append(None)
    return tuple(parts)


# --------------------------------------------------------------------------------------------
# Reading (read-only connection, closed right after) and caches


@st.cache_resource(show_spinner="Sprachverarbeitung wird geladen …")
def pipeline():
    """The spaCy pipeline, built once per server process (`lib.ingest` uses the same
    process-wide object)."""
    return _lib.load_pipeline()


class StoreFrames:
    """The frames of one store state, each table read from the store on first use (article
    texts left out; see `article_texts`) and kept: a page reads only what it shows. It has the
    attributes of `lib.Frames` (`articles`, `matches`, ...) and `items()`/`counts()`, plus

    - `select(kind, columns)`: only some columns of a table (from the whole table when it is
      read already), e.g. the club names of the 300,000 person mentions for the club list;
    - `subset(article_ids)`: `lib.Frames` of those articles, read from the store (a season
      without reading every table).

    Every read opens a read-only connection and closes it (an ingest can always take the
    write lock). Shared by all sessions (cached per state): treat the tables as read-only;
    pages get a `view()` each."""

    def __init__(self, path: str, state: tuple, counts: dict[str, int]) -> None:
        self.path = path
        self.state = state
        self._counts = counts
        self._tables: dict[str, pd.DataFrame] = {}
        self._columns: dict[tuple[str, tuple[str, ...]], pd.DataFrame] = {}
        self._lock = threading.Lock()

    def table(self, kind: str) -> pd.DataFrame:
        if kind not in KINDS:
            raise AttributeError(kind)
        frame = self._tables.get(kind)
        if frame is None:
            with self._lock:
                frame = self._tables.get(kind)
                if frame is None:
                    with _open_read(self.path) as store:
                        frame = self._tables[kind] = store.table(kind)
        return frame

    def __getattr__(self, kind: str) -> pd.DataFrame:
        if kind.startswith("_") or kind not in KINDS:
            raise AttributeError(kind)
        return self.table(kind)

    def select(self, kind: str, columns: list[str]) -> pd.DataFrame:
        """`table(kind)[columns]`, reading only those columns unless the table (or a selection
        with all of them) is read already."""
        if kind in self._tables:
            return self._tables[kind][columns]
        for (known, names), frame in list(self._columns.items()):
            if known == kind and set(columns) <= set(names):
                return frame[columns]
        self.prefetch({kind: columns})
        return self._columns[(kind, tuple(columns))]

    def preload(self, kinds: list[str], store: Any) -> None:
        """Read the whole tables `kinds` with the open `store` (small ones every page may show)."""
        read = {kind: store.table(kind) for kind in kinds}
        with self._lock:
            self._tables.update(read)

    def prefetch(self, selections: dict[str, list[str]], store: Any = None) -> None:
        """Read the columns `selections` (kind -> columns) with one connection (`store`: an open
        one), for `select`."""
        if store is None:
            with _open_read(self.path) as opened:
                return self.prefetch(selections, opened)
        read = {(kind, tuple(columns)): store.table(kind, columns) for kind, columns in selections.items()}
        with self._lock:
            self._columns.update(read)
        return None

    def subset(self, article_ids: Any):
        """`lib.Frames` of the articles `article_ids` (their facts and problems), from the store."""
        with _open_read(self.path) as store:
            return store.frames(article_ids=[str(a) for a in article_ids], text=False)

    def counts(self) -> dict[str, int]:
        return dict(self._counts)

    def items(self):
        for kind in KINDS:
            yield kind, self.table(kind)

    def view(self) -> "FramesView":
        return FramesView(self)


class FramesView:
    """A page's copy of `StoreFrames`: each table a shallow copy of the shared one, made on
    first use (copy-on-write: a page changing a table changes only its copy)."""

    def __init__(self, base: StoreFrames) -> None:
        self._base = base

    def __getattr__(self, kind: str) -> pd.DataFrame:
        if kind.startswith("_") or kind not in KINDS:
            raise AttributeError(kind)
        frame = self._base.table(kind).copy(deep=False)
        setattr(self, kind, frame)
        return frame

    def select(self, kind: str, columns: list[str]) -> pd.DataFrame:
        if kind in self.__dict__:
            return self.__dict__[kind][columns]
        return self._base.select(kind, columns)

    def subset(self, article_ids: Any):
        return self._base.subset(article_ids)

    def prefetch(self, selections: dict[str, list[str]]) -> None:
        self._base.prefetch(selections)

    def counts(self) -> dict[str, int]:
        if not any(kind in self.__dict__ for kind in KINDS):
            return self._base.counts()
        return {kind: len(self.__dict__[kind]) if kind in self.__dict__ else n
                for kind, n in self._base.counts().items()}

    def items(self):
        for kind in KINDS:
            yield kind, getattr(self, kind)


# What (nearly) every page reads, in one go with the row counts: the seasons, article dates (one
# connection instead of one per column set); and what the sidebar's club list is counted from
# when the store has no stored club counts (`lib.derived`)
COMMON_COLUMNS = {"articles": ["article_id", "date", "season"], "matches": ["home_team", "away_team", "season"]}
SMALL_TABLES = ["standings", "problems"]  # a few rows per season: read whole with the counts
CLUB_READS = {kind: list(names) for kind, names in CLUB_COLUMNS.items()}


@dataclass
class Snapshot:
    """One store state: its frames (read on demand) and what the sidebar tells."""

    frames: StoreFrames
    upload_ids: list[str]
    n_articles: int
    club_counts: pd.Series | None = None  # as stored in the store (`lib.derived`), if up to date
    fingerprints: dict[str, str] = field(default_factory=dict)  # of its derived tables (`lib.derived`)


def _open_read(path: str):
    from lib.store import Store

    return Store.open(path, read_only=True, wait=LOCK_WAIT)


def _derived_state(store) -> tuple[dict[str, str], pd.Series | None]:
    """The fingerprints of the store's derived tables (`lib.derived`) and its stored club counts;
    nothing when it has none (or they cannot be read: the pages then compute them)."""
    from lib import derived

    try:
        fingerprints = derived.fingerprints(store.connection)
        return fingerprints, derived.load_club_counts(store.connection, fingerprints)
    except Exception:  # noqa: BLE001
        return {}, None


@st.cache_resource(show_spinner="Wissensspeicher wird gelesen …", max_entries=2)
def read_store(path: str, state: tuple) -> Snapshot:
    """The store at `state` (`store_state`): row counts and uploads now, the tables when a page
    asks for them (`StoreFrames`)."""
    with _open_read(path) as store:
        counts = store.counts()
        uploads = store.sql("SELECT article_id FROM articles WHERE file IS NULL ORDER BY article_id")
        frames = StoreFrames(path, state, counts)
        fingerprints, clubs = _derived_state(store)
        frames.prefetch(COMMON_COLUMNS if clubs is not None else {**CLUB_READS, **COMMON_COLUMNS}, store)
        frames.preload(SMALL_TABLES, store)
    return Snapshot(frames, [str(a) for a in uploads["article_id"]], counts["articles"], clubs, fingerprints)


@st.cache_resource(show_spinner="Artikeltexte werden gelesen …", max_entries=2)
def article_texts(path: str, state: tuple) -> pd.Series:
    """article_id -> text of every article of the store (only the article page needs them)."""
    with _open_read(path) as store:
        rows = store.sql("SELECT article_id, text FROM articles ORDER BY article_id")
    # kept in pandas' string dtype: converting 100,000 texts to Python objects takes a third of a second
    return pd.Series(rows["text"].astype("str").values, index=rows["article_id"].astype("str").values)


_MEMO_LOCK = threading.Lock()


@st.cache_resource(show_spinner=False)
def _memo_store() -> dict:
    return {}


def memo(state: tuple, name: str, compute: Callable[[], Any], *key: Hashable) -> Any:
    """`compute()` once per store state (and `key`): derived tables survive page switches.
    Results are shared: treat them as read-only."""
    if not state:
        return compute()
    cache = _memo_store()
    full = (state, name, *key)
    if full in cache:
        return cache[full]
    value = compute()
    with _MEMO_LOCK:
        stale = [k for k in cache if k[0] != state]
        for k in stale[: max(0, len(stale) - 16)]:  # keep a few entries of other states, drop the rest
            cache.pop(k, None)
        cache[full] = value
    return value


def stored_knowledge(loaded_or_ctx, scope: str) -> Any:
    """The consolidation of `scope` stored in the current store (`lib.derived`), or None when
    the store has none for its current articles (then the caller consolidates)."""
    from lib import derived

    return _stored(loaded_or_ctx, scope, derived.load)


def stored_view(loaded_or_ctx, name: str) -> pd.DataFrame | None:
    """The view table `name` stored in the current store (`lib.derived.VIEWS`), or None when
    it has none for its current articles."""
    from lib import derived

    return _stored(loaded_or_ctx, name, derived.load_view)


def _stored(loaded_or_ctx, scope: str, load: Callable[[Any, str, str], Any]) -> Any:
    """`load(connection, scope, fingerprint)` on the current store, with the fingerprint of the
    cached snapshot; None when the store has nothing up to date for `scope` (or cannot be read:
    the caller then computes it)."""
    path, state = getattr(loaded_or_ctx, "store", ""), getattr(loaded_or_ctx, "state", ())
    if not path or not state or _lib is None:
        return None
    try:
        fingerprint = read_store(path, state).fingerprints.get(scope)
        if not fingerprint:
            return None
        with _open_read(path) as store:
            return load(store.connection, scope, fingerprint)
    except Exception:  # noqa: BLE001 - nothing stored: it is computed instead
        return None


def stored_index(loaded_or_ctx) -> pd.DataFrame | None:
    """The article index stored in the current store, or None."""
    from lib import derived

    return stored_view(loaded_or_ctx, derived.INDEX)


def coach_table(ctx) -> pd.DataFrame:
    """`views.coach_table` of the current store (stored, or computed), once per store state."""
    from lib import derived

    from . import views

    def compute() -> pd.DataFrame:
        stored = stored_view(ctx, derived.COACH)
        return stored if stored is not None else views.coach_table(ctx.frames)

    return memo(getattr(ctx, "state", ()), "coach_table", compute)


def update_derived(path: str | os.PathLike) -> None:
    """Bring the store's derived tables (`lib.derived`) up to date after the dashboard wrote
    to it; a failure only means the pages consolidate on demand."""
    from lib import derived

    try:
        derived.rebuild(path, wait=LOCK_WAIT)
    except Exception:  # noqa: BLE001
        pass


# --------------------------------------------------------------------------------------------
# Bringing the store up to date with its corpus (ingest, with a progress bar)


@st.cache_resource(show_spinner=False)
def _registry() -> dict:
    """(store, corpus) -> fingerprint of the corpus when last found up to date, this process."""
    return {}


def _version() -> str:
    from lib.version import EXTRACTOR_VERSION

    return EXTRACTOR_VERSION


def _run_inputs(store) -> set[str]:
    """The corpora of the store's completed runs."""
    import json

    inputs: set[str] = set()
    for raw in store.sql("SELECT inputs FROM runs WHERE status = 'completed'")["inputs"]:
        try:
            inputs.update(str(i) for i in json.loads(raw or "[]"))
        except ValueError:
            pass
    return inputs


def _recorded_files(store, corpus: Path) -> dict[str, tuple[int, int]]:
    """The files of `corpus` the store records as completely read: path -> (size, mtime_ns)."""
    prefix = str(corpus) if corpus.is_file() else str(corpus).rstrip(os.sep) + os.sep
    files = store.sql("SELECT path, size, mtime_ns FROM files WHERE path = ? OR starts_with(path, ?)",
                      [str(corpus), prefix])
    return {p: (int(s), int(m)) for p, s, m in zip(files["path"], files["size"], files["mtime_ns"])}


def needs_ingest(store_path: Path, corpus: Path, *, home_sample: bool) -> bool:
    """Whether `corpus` must be ingested into the store (read-only check): no store yet; for the
    main store only while it is empty or built from the sample (a store built from another
    corpus, e.g. with the CLI, is shown as it is); a file not recorded with its size and
    mtime; articles of another extractor version. Asks the store only what it needs to."""
    if not store_path.exists():
        return True
    with _open_read(str(store_path)) as store:
        if home_sample:
            if not store.sql("SELECT count(*) AS n FROM articles")["n"].iloc[0]:
                return True
            inputs = _run_inputs(store)
            if str(corpus) not in inputs and any(os.path.isabs(i) for i in inputs):
                return False  # another corpus's store: shown as it is, the sample is not mixed in
        if store.stale_count(_version()):
            return True
        files = _recorded_files(store, corpus)
    return _corpus_files(corpus) != files


def _progress_text(p) -> str:
    total = f" von {p.total}" if p.total else ""
    eta = f", noch etwa {p.eta:.0f} s" if p.eta is not None and p.done < (p.total or 0) else ""
    return (f"{p.done}{total} Artikel eingelesen ({p.new + p.changed + p.outdated} neu ausgewertet, "
            f"{p.rate:.0f} Artikel/s{eta}) …")


def progress_callback(bar) -> Callable:
    def report(p) -> None:
        fraction = min(p.done / p.total, 1.0) if p.total else 0.0
        bar.progress(fraction, text=_progress_text(p))
    return report


def ingest_corpus(store_path: Path, corpus: Path, bar=None):
    """`lib.ingest.ingest` of `corpus` into the store (the same code path as the CLI)."""
    from lib.ingest import ingest

    pipeline()
    return ingest([str(corpus)], store_path, workers=1, wait=LOCK_WAIT,
                  progress=progress_callback(bar) if bar is not None else None)


def sync(store_path: Path, corpus: Path | None, *, home_sample: bool) -> list[str]:
    """Bring the store up to date with its corpus when needed; German messages."""
    if _lib is None or corpus is None:
        return []
    key = (str(store_path), str(corpus))
    fp = (fingerprint(corpus), _version(), store_path.exists())
    registry = _registry()
    if registry.get(key) == fp:
        return []
    try:
        if not needs_ingest(store_path, corpus, home_sample=home_sample):
            registry[key] = fp
            return []
    except Exception as error:  # noqa: BLE001 - an unreadable store: try the ingest, it says more
        if isinstance(error, (StoreLocked, StoreBusy)):
            return [store_message(error, store_path)]
    holder = st.empty()
    bar = holder.progress(0.0, text="Artikel werden eingelesen und ausgewertet …")
    try:
        ingest_corpus(store_path, corpus, bar)
    except Exception as error:  # noqa: BLE001 - shown, never a traceback
        holder.empty()
        return [store_message(error, store_path)]
    holder.empty()
    registry[key] = (fingerprint(corpus), _version(), True)
    return []


# --------------------------------------------------------------------------------------------
# What the pages use


def current() -> tuple[str, Path | None, Path, list[str]]:
    """(corpus as given, the corpus folder, the store file, messages)."""
    value = corpus_value()
    errors = []
    main = resolve_store(store_value())
    corpus = resolve_corpus(value)
    if corpus is None:
        errors.append(f"Der Ordner „{value}“ wurde nicht gefunden – angezeigt wird die Beispielsammlung.")
        corpus = SAMPLE_DIR if SAMPLE_DIR.exists() else None
    return value, corpus, corpus_store(main, corpus), errors


def load() -> Loaded:
    """The frames of the current store (brought up to date with its corpus first)."""
    value, corpus, store_path, errors = current()
    if _lib is None:
        return Loaded(empty_frames(), value, [f"Die Extraktionsbibliothek konnte nicht geladen werden "
                                              f"({IMPORT_ERROR})."], store=str(store_path))
    home = corpus is None or corpus == SAMPLE_DIR.resolve()
    errors += sync(store_path, corpus, home_sample=home)
    if not store_path.exists():
        return Loaded(empty_frames(), value, errors, store=str(store_path))
    try:
        return loaded_from(store_path, value, errors)
    except Exception as error:  # noqa: BLE001 - busy store, broken file: say so
        errors.append(store_message(error, store_path, "gelesen"))
        return Loaded(empty_frames(), value, errors, store=str(store_path), state=store_state(store_path))


def loaded_from(store_path: Path, corpus: str, errors: list[str] | None = None) -> Loaded:
    """The frames of the store file as the pages get them (read once per store state)."""
    state = store_state(store_path)
    snap = read_store(str(store_path), state)
    return Loaded(snap.frames.view(), corpus, errors if errors is not None else [], uploads=len(snap.upload_ids),
                  store=str(store_path), state=state, upload_ids=snap.upload_ids)


def texts(loaded_or_ctx) -> pd.Series:
    """article_id -> text of the current store (cached per state)."""
    path, state = loaded_or_ctx.store, loaded_or_ctx.state
    if not path or not state or not os.path.exists(path):
        return pd.Series(dtype=object)
    return article_texts(path, state)


# --------------------------------------------------------------------------------------------
# Uploads and pasted articles (into the store, through `lib.ingest.ingest_items`)


@dataclass
class Added:
    """The outcome of adding uploaded/pasted articles."""

    label: str
    ids: list[str]
    problems: list[dict]
    facts: dict[str, int] = field(default_factory=dict)
    new: int = 0
    unchanged: int = 0
    error: str | None = None


def read_uploaded_file(name: str, data: bytes):
    """An uploaded file -> Corpus (size and type limits; the name is only a label)."""
    return read_upload(name, data, max_bytes=MAX_UPLOAD_BYTES)


def read_pasted(text: str, title: str | None = None, date: str | None = None):
    """A pasted article (optional headline and date line put in front, as in article files)."""
    text = (text or "")[:MAX_PASTE_CHARS].strip("\n")
    if title and title.strip():
        text = f"{title.strip()}\n\n{text}"
    if date and date.strip():
        text = f" date {date.strip()}\n{text}"
    return read_text(text, article_id="eingefügt")


def _unique_ids(articles: list, store_path: Path, pasted: bool) -> list:
    """Ids for the new articles: an id the store holds for a corpus file (or for another pasted
    text) gets a suffix " (2)", " (3)" …, so an upload never replaces a corpus article and a
    second paste does not replace the first. The same content again keeps its id (unchanged)."""
    from lib.store import content_hash

    if not articles or not store_path.exists():
        return articles
    with _open_read(str(store_path)) as store:
        taken = store.sql("SELECT article_id, content_hash, file FROM articles")
    known = {str(a): (h, f) for a, h, f in zip(taken["article_id"], taken["content_hash"], taken["file"])}
    used: set[str] = set()
    out = []
    for article in articles:
        aid, digest = article.article_id, content_hash(article)
        candidate, n = aid, 1
        while True:
            old = known.get(candidate)
            free = candidate not in used and (
                old is None or old[0] == digest or (not pasted and (old[1] is None or pd.isna(old[1]))))
            if free:
                break
            n += 1
            candidate = f"{aid} ({n})"
        used.add(candidate)
        out.append(article if candidate == aid else dataclasses.replace(article, article_id=candidate))
    return out


def add_articles(corpus, label: str, taken_ids: set[str] | None = None,
                 progress: Callable[[float, str], None] | None = None, *, pasted: bool = False) -> Added:
    """Ingest the articles (and reading problems) of an uploaded/pasted `Corpus` into the
    current store with `lib.ingest.ingest_items`; never raises."""
    problems = [dataclasses.asdict(p) for p in corpus.problems]
    _, _, store_path, _ = current()
    try:
        articles = _unique_ids(list(corpus.articles), store_path, pasted)
    except Exception as error:  # noqa: BLE001
        return Added(label, [], problems, error=store_message(error, store_path, "gespeichert"))
    ids = [a.article_id for a in articles]
    if not articles and not corpus.problems:
        return Added(label, [], problems)
    from lib.ingest import ingest_items

    def report(p) -> None:
        if progress:
            total = p.total or len(articles) or 1
            progress(min(p.done / total, 1.0), f"{p.done} von {total} Artikeln ausgewertet")

    pipeline()
    try:
        summary = ingest_items([*articles, *corpus.problems], store_path, label=[label], total=len(articles),
                               wait=LOCK_WAIT, progress=report)
    except Exception as error:  # noqa: BLE001 - shown, never a traceback
        return Added(label, [], problems, error=store_message(error, store_path, "gespeichert"))
    return Added(label, ids, problems, facts=dict(summary.facts), new=summary.extracted,
                 unchanged=summary.unchanged)


def remove_uploads(loaded) -> str | None:
    """Delete the uploaded/pasted articles (those without a corpus file) with their facts from
    the store; a German error message, or None."""
    from lib.store import Store

    path = loaded.store
    try:
        with Store.open(path, wait=LOCK_WAIT) as store:
            store.delete_articles_without_file()
    except Exception as error:  # noqa: BLE001
        return store_message(error, path, "entfernt")
    update_derived(path)
    return None


# --------------------------------------------------------------------------------------------
# Derived tables the pages share (memoised per store state)


def article_index(ctx, *, searchable: bool = False) -> pd.DataFrame:
    """`views.article_index` without the article texts (column `text` empty: a page reads the
    text of the article it shows with `article_text`), once per store state.
    `searchable=True` adds the folded search column `_text` (title + text; the texts are read
    from the store only for this), also once per store state: folding 100,000 texts takes
    seconds, so a page asks for it only when the user searches."""
    def build() -> pd.DataFrame:
        from . import views

        stored = stored_index(ctx)
        if stored is not None:
            return stored
        if hasattr(ctx.frames, "prefetch"):  # every column it reads in one go
            ctx.frames.prefetch(views.ARTICLE_INDEX_READS)
        return views.article_index(ctx.frames, text=False)

    def build_searchable() -> pd.DataFrame:
        from . import views

        index = article_index(ctx).copy(deep=False)
        text = texts(ctx)
        bodies = index["article_id"].map(text) if len(text) else index["text"]
        index["_text"] = views.fold_series(index["Titel"]) + " " + views.fold_series(bodies)
        return index

    state = getattr(ctx, "state", ())
    return memo(state, "article_index_searchable", build_searchable) if searchable else \
        memo(state, "article_index", build)


ARTICLES_KEPT = 256  # articles whose text and rows are kept (the last ones read)


def article_text(ctx, article_id: str) -> str:
    """The text of one article of the current store ("" when it has none)."""
    if not ctx.store or not ctx.state or not os.path.exists(ctx.store):
        return ""
    texts = _article(ctx.store, ctx.state, article_id).articles["text"].dropna()
    return str(texts.iloc[0]) if len(texts) else ""


def club_names(loaded: Loaded) -> list[str]:
    """The sidebar's club list (most named first), once per store state."""
    return memo(loaded.state, "clubs", lambda: [str(c) for c in club_counts(loaded).index])


def club_counts(loaded_or_ctx) -> pd.Series:
    """`views.club_counts` of the current frames, once per store state (the sidebar's club
    list and the start page's club table)."""
    from . import views

    def compute() -> pd.Series:
        state, path = loaded_or_ctx.state, getattr(loaded_or_ctx, "store", "")
        if state and path and isinstance(loaded_or_ctx.frames, FramesView):
            stored = read_store(path, state).club_counts  # the snapshot the frames come from (cached)
            if stored is not None:
                return stored
        return views.club_counts(loaded_or_ctx.frames)

    return memo(loaded_or_ctx.state, "club_counts", compute)


def article_frames(ctx, article_id: str):
    """The frames of one article (its text and facts), read from the store when the frames are
    read on demand; else the page's frames (`views.article_facts` picks the article's rows)."""
    if not isinstance(ctx.frames, FramesView):
        return ctx.frames
    return _article(ctx.store, ctx.state, article_id)


@functools.lru_cache(maxsize=ARTICLES_KEPT)
def _article(path: str, state: tuple, article_id: str):
    """`lib.Frames` of one article of the store, with its text: one read for the text and the
    facts the article page shows. (`state`: part of the key only, so a changed store is read
    again.)"""
    with _open_read(path) as store:
        return store.frames(article_ids=[article_id], text=True)
