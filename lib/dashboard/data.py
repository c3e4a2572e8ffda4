"""All data loading of the dashboard, in one place (to be switched to the store later).

- the corpus folder: `data/sample` by default, or the folder the user named (kept in the URL
  as `?korpus=`); extracted with `lib.extract`, cached with `st.cache_data` keyed by the
  folder's content (paths, modification times and sizes), so page switches never re-extract;
- the spaCy pipeline: `st.cache_resource`;
- uploads and pasted articles: read with `lib.reader` (file names are labels, never paths),
  extracted with a progress bar (cached by content), kept in `st.session_state` and
  appended to the corpus frames, so they appear on every page.
"""
from __future__ import annotations

import dataclasses
import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import streamlit as st

from lib.schema import COLUMNS, empty_frame

PROJECT_DIR = Path(__file__).resolve().parents[2]
SAMPLE_DIR = PROJECT_DIR / "data" / "sample"
DEFAULT_CORPUS = "data/sample"
CORPUS_PARAM = "korpus"
UPLOAD_TYPES = ["txt", "jsonl", "csv"]
MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MAX_PASTE_CHARS = 100_000
MAX_FILES = 5_000
UPLOADS_KEY = "_fbkb_uploads"
CORPUS_KEY = "_fbkb_corpus"
SUFFIXES = tuple("." + t for t in UPLOAD_TYPES)
KINDS = tuple(COLUMNS)

try:  # the extraction library may be mid-rewrite; the app then explains instead of crashing
    import lib as _lib
    from lib.reader import read_text, read_upload
    IMPORT_ERROR: str | None = None
except Exception as error:  # pragma: no cover - depends on the state of the library
    _lib = None
    IMPORT_ERROR = f"{type(error).__name__}: {error}"


@dataclass
class Loaded:
    """What the pages get: the frames (corpus + uploads) and what to tell the user."""

    frames: object
    corpus: str  # the corpus folder as the user gave it
    errors: list[str] = field(default_factory=list)
    uploads: int = 0  # number of uploaded/pasted articles included


def empty_frames():
    if _lib is not None:
        return _lib.Frames.empty()
    return _EmptyFrames()


class _EmptyFrames:  # used only when `lib` cannot be imported at all
    def __init__(self) -> None:
        for kind in KINDS:
            setattr(self, kind, empty_frame(kind))


# --------------------------------------------------------------------------------------------
# The corpus folder


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
    """The content key of a corpus: (relative path, mtime, size) of every readable file."""
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


@st.cache_resource(show_spinner="Sprachverarbeitung wird geladen …")
def pipeline():
    """The spaCy pipeline, built once per server process."""
    return _lib.load_pipeline()


@st.cache_data(show_spinner="Artikel werden ausgewertet …", max_entries=16)
def extract_folder(path: str, key: tuple):
    """All frames of a corpus folder; `key` (its `fingerprint`) makes the cache content-based."""
    pipeline()  # warm the shared pipeline (lib.extract uses the same process-wide object)
    return _lib.extract([path])


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


def load_corpus(value: str) -> tuple[object, list[str]]:
    """Frames of the corpus folder `value` and German error messages (never raises)."""
    if _lib is None:
        return empty_frames(), [f"Die Extraktionsbibliothek konnte nicht geladen werden ({IMPORT_ERROR})."]
    errors = []
    path = resolve_corpus(value)
    if path is None:
        errors.append(f"Der Ordner „{value}“ wurde nicht gefunden – angezeigt wird die Beispielsammlung.")
        path = SAMPLE_DIR
        if not path.exists():
            return empty_frames(), errors
    try:
        return extract_folder(str(path), fingerprint(path)), errors
    except Exception as error:  # the library is being written: show it, do not crash
        errors.append(f"Die Artikel konnten nicht ausgewertet werden ({type(error).__name__}: {error}).")
        return empty_frames(), errors


# --------------------------------------------------------------------------------------------
# Uploads and pasted articles (kept in the session)


@st.cache_data(show_spinner=False, max_entries=2_000)
def _extract_one(key: str, _article):
    """The frames of one uploaded article, cached by its content hash `key`."""
    return _lib.extract_articles([_article], nlp=pipeline())


def _article_key(article) -> str:
    digest = hashlib.sha256()
    for part in (article.article_id, article.source, article.title or "", article.date or "", article.text):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()


def uploads() -> list[dict]:
    return st.session_state.setdefault(UPLOADS_KEY, [])


def _unique_id(article_id: str, taken: set[str]) -> str:
    if article_id not in taken:
        return article_id
    n = 2
    while f"{article_id} ({n})" in taken:
        n += 1
    return f"{article_id} ({n})"


def add_articles(corpus, label: str, taken_ids: set[str],
                 progress: Callable[[float, str], None] | None = None) -> dict:
    """Extract the articles of an uploaded/pasted `Corpus` (ids made unique against
    `taken_ids`), remember them in the session; returns the stored entry."""
    articles = []
    taken = set(taken_ids) | {aid for entry in uploads() for aid in entry["ids"]}
    for article in corpus.articles:
        new_id = _unique_id(article.article_id, taken)
        taken.add(new_id)
        articles.append(dataclasses.replace(article, article_id=new_id))
    parts = []
    for i, article in enumerate(articles, start=1):
        parts.append(_extract_one(_article_key(article), article))
        if progress:
            progress(i / len(articles), f"Artikel {i} von {len(articles)} ausgewertet: {article.article_id}")
    frames = _lib.Frames.concat(parts) if parts else _lib.Frames.empty()
    if corpus.problems:
        problems = pd.DataFrame([dataclasses.asdict(p) for p in corpus.problems]).astype(COLUMNS["problems"])
        frames.problems = pd.concat([frames.problems, problems], ignore_index=True).astype(COLUMNS["problems"])
    entry = {"label": label, "ids": [a.article_id for a in articles], "frames": frames,
             "problems": [dataclasses.asdict(p) for p in corpus.problems]}
    if articles or corpus.problems:
        uploads().append(entry)
    return entry


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


def clear_uploads() -> None:
    st.session_state[UPLOADS_KEY] = []


# --------------------------------------------------------------------------------------------
# What the pages use


def load() -> Loaded:
    """Corpus frames plus the session's uploads."""
    value = corpus_value()
    frames, errors = load_corpus(value)
    entries = uploads()
    if entries and _lib is not None:
        frames = _lib.Frames.concat([frames, *(e["frames"] for e in entries)])
    return Loaded(frames=frames, corpus=value, errors=errors, uploads=sum(len(e["ids"]) for e in entries))
