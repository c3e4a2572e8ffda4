"""The corpus reader: folders and files (.txt, .jsonl, .csv), uploads and pasted text -> Articles.

Reading never raises for bad content. Whatever cannot be read is reported as a `Problem`
(source, reason, action) and skipped; whatever can be repaired (encoding, NUL bytes, HTML
markup, an invalid date line, ...) is kept, carries a warning and is reported as a
"salvaged" `Problem` as well. The rest of the corpus always loads.

- `.txt`: the whole file is one article; id = file name, or the path relative to the input
  folder when two files share a name ("2024/001.txt").
- `.jsonl` / `.csv`: one article per record with `text` (required) and optional `title`,
  `date`, `id`, `source`; id = the record's `id`, else "<file id>#<row>" (rows count from 1;
  for .jsonl the row is the line number, for .csv the data row after the header).
- Folders are searched recursively in sorted order (hidden files and folders, and files with
  other suffixes, are ignored); `iter_corpus` streams one file at a time.
"""
from __future__ import annotations

import codecs
import csv
import json
import os
import re
import stat
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field, replace
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pandas as pd

from .article import Article, article_from_text
from .schema import to_frame

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
SUPPORTED_SUFFIXES = (".txt", ".jsonl", ".csv")

SKIPPED = "skipped"
SALVAGED = "salvaged"
CP1252_WARNING = "decoded as cp1252 (not valid UTF-8)"
HTML_WARNING = "HTML markup stripped"
RECORD_FIELDS = ("text", "title", "date", "id", "source")
UPLOAD_FALLBACK_NAME = "upload"


@dataclass(frozen=True)
class Problem:
    """Something in the input that was skipped or salvaged."""

    source: str  # path, or "path#row" for a record
    reason: str  # human-readable, in English
    action: str  # "skipped" or "salvaged"


@dataclass
class Corpus:
    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def problems_frame(self) -> pd.DataFrame:
        return problems_frame(self.problems)


def problems_frame(problems: Iterable[Problem]) -> pd.DataFrame:
    """Problems as a frame with the columns of `lib.schema.COLUMNS["problems"]`."""
    return to_frame("problems", (asdict(p) for p in problems))


# --------------------------------------------------------------------------------------------
# Public entry points


def iter_corpus(inputs: Iterable[str | os.PathLike] | str | os.PathLike, *,
                max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | Problem]:
    """Stream articles and problems from folders (searched recursively, sorted, deterministic)
    and/or files. Never raises for bad content; raises FileNotFoundError (right away, before
    anything is read) only when a named input path does not exist at all."""
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    paths = [os.fspath(p) for p in inputs]
    for path in paths:
        if not os.path.lexists(path):
            raise FileNotFoundError(f"corpus input not found: {path}")
    return _iter_corpus(paths, max_bytes)


def read_corpus(inputs: Iterable[str | os.PathLike] | str | os.PathLike, *,
                max_bytes: int = DEFAULT_MAX_BYTES) -> Corpus:
    """`iter_corpus` collected into a `Corpus`."""
    corpus = Corpus([], [])
    for item in iter_corpus(inputs, max_bytes=max_bytes):
        (corpus.problems if isinstance(item, Problem) else corpus.articles).append(item)
    return corpus


def read_upload(name: str, data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Corpus:
    """Articles from an uploaded file's bytes (Streamlit upload).

    `name` only gives the suffix and the article id / source label, sanitised to a bare file
    name; it is never used as a filesystem path.
    """
    label = safe_name(name)
    corpus = Corpus([], [])
    suffix = _suffix(label)
    if suffix not in SUPPORTED_SUFFIXES:
        corpus.problems.append(Problem(label, _unsupported(suffix), SKIPPED))
        return corpus
    if len(data) > max_bytes:
        corpus.problems.append(Problem(label, _too_large(len(data), max_bytes), SKIPPED))
        return corpus
    used: set[str] = set()
    if suffix == ".txt":
        used.add(label)
    for item in _read_content(bytes(data), suffix, label, label, used):
        (corpus.problems if isinstance(item, Problem) else corpus.articles).append(item)
    return corpus


def read_text(text: str, article_id: str = "eingefügt") -> Corpus:
    """A pasted article."""
    corpus = Corpus([], [])
    for item in _article_from_str(text, article_id, article_id, article_id, []):
        (corpus.problems if isinstance(item, Problem) else corpus.articles).append(item)
    return corpus


def safe_name(name: str) -> str:
    """An uploaded file's name reduced to a harmless label: the last path component, without
    control or format characters. "../../etc/passwd.txt" -> "passwd.txt"."""
    name = "".join(ch for ch in str(name) if unicodedata.category(ch) not in ("Cc", "Cf"))
    name = name.replace("\\", "/").rsplit("/", 1)[-1].strip()
    if name in ("", ".", ".."):
        return UPLOAD_FALLBACK_NAME
    if len(name) > 200:
        stem, dot, ext = name.rpartition(".")
        name = stem[:200 - len(ext) - 1] + dot + ext if dot and len(ext) <= 10 else name[:200]
    return name


# --------------------------------------------------------------------------------------------
# Listing: which files, in which order, under which id


@dataclass
class CorpusFile:
    path: str  # as it will be shown (input joined with the relative path)
    suffix: str
    candidates: list[str]  # ids from plain to most specific
    level: int = 0
    info: os.stat_result | None = field(default=None, repr=False)  # from listing; saves a second stat
    most_specific: str | None = None  # the last candidate, added only when a collision needs it

    def more_specific(self) -> bool:
        """Move to the next more specific id; False when there is none left."""
        if self.level + 1 >= len(self.candidates) and self.most_specific is not None:
            self.candidates.append(Path(self.most_specific).as_posix())
            self.most_specific = None
        if self.level < len(self.candidates) - 1:
            self.level += 1
            return True
        return False

    @property
    def article_id(self) -> str:
        return self.candidates[self.level]


def list_corpus(paths: list[str]) -> tuple[list[CorpusFile | Problem], set[str]]:
    """The corpus's files in reading order with their article ids assigned, problems found while
    listing, and the ids taken by .txt files (record ids must avoid them). Reads no file."""
    listing: list[CorpusFile | Problem] = []
    seen_files: dict = {}
    seen_dirs: set[str] = set()
    for path in paths:
        listing.extend(_list_input(path, seen_files, seen_dirs))
    entries = [e for e in listing if isinstance(e, CorpusFile)]
    _assign_ids(entries)
    return listing, {e.article_id for e in entries if e.suffix == ".txt"}


def read_listed(entry: CorpusFile, max_bytes: int, used: set[str]) -> Iterator[Article | Problem]:
    """The articles (and problems) of one listed file; `used` collects the ids handed out."""
    return _read_file(entry, max_bytes, used)


def _iter_corpus(paths: list[str], max_bytes: int) -> Iterator[Article | Problem]:
    listing, used = list_corpus(paths)
    for item in listing:
        if isinstance(item, Problem):
            yield item
        else:
            yield from _read_file(item, max_bytes, used)


def _list_input(path: str, seen_files: dict[str, str], seen_dirs: set[str]) -> Iterator[CorpusFile | Problem]:
    kind = _kind(path)
    if kind == "dir":
        yield from _walk(path, path, [], seen_files, seen_dirs, ())
        return
    if kind != "file":
        yield Problem(path, kind, SKIPPED)
        return
    suffix = _suffix(path)
    if suffix not in SUPPORTED_SUFFIXES:
        yield Problem(path, _unsupported(suffix), SKIPPED)
        return
    entry = CorpusFile(path, suffix, [os.path.basename(path), Path(path).as_posix()])
    yield from _register(entry, seen_files)


def _walk(root: str, folder: str, rel: list[str], seen_files: dict[str, str], seen_dirs: set[str],
          ancestors: tuple[str, ...]) -> Iterator[CorpusFile | Problem]:
    real = os.path.realpath(folder)
    if real in ancestors:
        yield Problem(folder, f"symlink loop (links back to {_shown(real)}); not followed", SKIPPED)
        return
    if real in seen_dirs:
        yield Problem(folder, f"folder already read through another path ({_shown(real)})", SKIPPED)
        return
    seen_dirs.add(real)
    ancestors = (*ancestors, real)
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda e: e.name)
    except PermissionError:
        yield Problem(folder, "unreadable folder: permission denied", SKIPPED)
        return
    except OSError as error:
        yield Problem(folder, f"unreadable folder: {error.strerror or error}", SKIPPED)
        return
    for dir_entry in entries:
        name = dir_entry.name
        if name.startswith("."):
            continue  # hidden files and folders (.git, .DS_Store, ._foo.txt of macOS)
        path = dir_entry.path
        kind = _entry_kind(dir_entry)
        if kind == "dir":
            yield from _walk(root, path, [*rel, name], seen_files, seen_dirs, ancestors)
            continue
        suffix = _suffix(name)
        if suffix not in SUPPORTED_SUFFIXES:
            continue
        if kind != "file":
            yield Problem(path, kind, SKIPPED)
            continue
        relative = "/".join([*rel, name])
        entry = CorpusFile(path, suffix, [name, relative], most_specific=path)
        yield from _register(entry, seen_files)


def _register(entry: CorpusFile, seen_files: dict) -> Iterator[CorpusFile | Problem]:
    """Each file once, however it is reached: keyed by device and inode (cheaper than realpath)."""
    try:
        info = os.stat(entry.path)
        real = (info.st_dev, info.st_ino)
    except OSError:
        real = os.path.realpath(entry.path)
    else:
        entry.info = info
    if real in seen_files:
        yield Problem(entry.path, f"same file as {seen_files[real]} (read once)", SKIPPED)
        return
    seen_files[real] = entry.path
    yield entry


def _entry_kind(entry: os.DirEntry) -> str:
    """`_kind` of a folder entry; plain files and folders are told from the listing without a
    system call (symlinks and special files go through `_kind`)."""
    try:
        if not entry.is_symlink():
            if entry.is_dir(follow_symlinks=False):
                return "dir"
            if entry.is_file(follow_symlinks=False):
                return "file"
    except OSError:
        pass
    return _kind(entry.path)


def _kind(path: str) -> str:
    """"dir", "file", or the reason why `path` cannot be read."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return "unreadable: broken link" if os.path.islink(path) else "unreadable: file not found"
    except PermissionError:
        return "unreadable: permission denied"
    except OSError as error:
        if os.path.islink(path) and error.errno == 40:  # ELOOP: a link pointing to itself
            return "unreadable: broken link (symlink loop)"
        return f"unreadable: {error.strerror or error}"
    if stat.S_ISDIR(info.st_mode):
        return "dir"
    if stat.S_ISREG(info.st_mode):
        return "file"
    kind = ("FIFO" if stat.S_ISFIFO(info.st_mode) else "socket" if stat.S_ISSOCK(info.st_mode)
            else "device" if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode) else "special file")
    return f"not a regular file ({kind})"


def _assign_ids(entries: list[CorpusFile]) -> None:
    """Plain file names where unique; colliding ones use the path relative to their input
    folder, and failing that the path as given."""
    changed = True
    while changed:
        changed = False
        groups: dict[str, list[CorpusFile]] = {}
        for entry in entries:
            groups.setdefault(entry.article_id, []).append(entry)
        for group in groups.values():
            if len(group) > 1:
                for entry in group:
                    changed = entry.more_specific() or changed
    taken: set[str] = set()
    for entry in entries:  # only reachable with odd inputs; keeps ids unique regardless
        if entry.article_id in taken:
            entry.candidates.append(_unused(entry.article_id, taken))
            entry.level = len(entry.candidates) - 1
        taken.add(entry.article_id)


# --------------------------------------------------------------------------------------------
# Reading one file


def _read_file(entry: CorpusFile, max_bytes: int, used: set[str]) -> Iterator[Article | Problem]:
    path = entry.path
    try:
        size = os.stat(path).st_size
    except OSError as error:
        yield Problem(path, _os_reason(error), SKIPPED)
        return
    if size > max_bytes:
        yield Problem(path, _too_large(size, max_bytes), SKIPPED)
        return
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as error:
        yield Problem(path, _os_reason(error), SKIPPED)
        return
    if len(data) > max_bytes:  # grew since stat
        yield Problem(path, _too_large(len(data), max_bytes), SKIPPED)
        return
    yield from _read_content(data, entry.suffix, path, entry.article_id, used)


def _read_content(data: bytes, suffix: str, source: str, file_id: str,
                  used: set[str]) -> Iterator[Article | Problem]:
    """The articles in one file's bytes; touches no filesystem."""
    if not data:
        yield Problem(source, "empty file", SKIPPED)
        return
    binary = _binary_kind(data)
    if binary:
        yield Problem(source, binary, SKIPPED)
        return
    text, warnings = _decode(data)
    for warning in warnings:
        yield Problem(source, warning, SALVAGED)
    if not text.strip():
        yield Problem(source, "empty file (only whitespace)", SKIPPED)
        return
    if suffix == ".txt":
        yield from _article_from_str(text, file_id, source, source, warnings)
        return
    text, cleaned = _clean(text, structured=True)
    for warning in cleaned:
        yield Problem(source, warning, SALVAGED)
    if not text.strip():
        yield Problem(source, "empty file (only whitespace and control characters)", SKIPPED)
        return
    if suffix == ".jsonl":
        yield from _records(_jsonl_records(text, source), source, file_id, warnings, used)
    else:
        yield from _records(_csv_records(text, source), source, file_id, warnings, used)


MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"), (b"%PDF-", "PDF document"), (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x1f\x8b", "gzip archive"), (b"BZh", "bzip2 archive"), (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"\xfd7zXZ\x00", "xz archive"), (b"Rar!\x1a\x07", "RAR archive"), (b"\x7fELF", "executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Office document"), (b"SQLite format 3\x00", "SQLite database"),
    (b"OggS", "Ogg media"), (b"ID3", "MP3 audio"), (b"\x00\x00\x00\x18ftyp", "MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "MP4 video"), (b"RIFF", "RIFF media (WAV/AVI/WebP)"),
    (b"wOFF", "web font"), (b"\x00\x01\x00\x00\x00", "font"),
)
MAGIC_NUMBERS = tuple(magic for magic, _ in MAGIC)
TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")
# the byte classes counted in a file's head, as deletion tables for `bytes.translate` (a count
# in C instead of a Python loop over 1,024 bytes per file)
CONTROL_BYTES = bytes(b for b in range(256) if (b < 32 and b not in TEXT_CONTROLS) or b == 127)
HIGH_BYTES = bytes(range(128, 256))


def _binary_kind(data: bytes) -> str | None:
    """A reason when `data` is not text: a known magic number, or NUL bytes together with many
    control bytes in the first KB (a few stray NULs in text are salvaged instead)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None  # UTF-16 with BOM: text with NUL bytes in every other position
    if data.startswith(MAGIC_NUMBERS):
        return next(f"binary file ({kind}, not text)" for magic, kind in MAGIC if data.startswith(magic))
    head = data[:1024]
    controls = _share_of(head, CONTROL_BYTES)
    if (b"\x00" in head and controls > 0.25) or controls > 0.3:
        return "binary file (not text)"
    if controls > 0.05 and _share_of(head, HIGH_BYTES) > 0.3 and not _starts_as_utf8(head):
        return "binary file (not text)"
    return None


def _starts_as_utf8(head: bytes) -> bool:
    """Whether `head` is valid UTF-8 up to a character cut off at its end."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return True
    except UnicodeDecodeError:
        return False


def _share_of(data: bytes, byte_class: bytes) -> float:
    """The share of `data`'s bytes that are in `byte_class`."""
    return (len(data) - len(data.translate(None, byte_class))) / len(data)


def _decode(data: bytes) -> tuple[str, list[str]]:
    """Text and warnings: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252."""
    warnings: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), warnings
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), warnings
    except UnicodeDecodeError:
        warnings.append(CP1252_WARNING)
        return data.decode("cp1252", errors="replace"), warnings


CONTROL_CHARS = re.compile(r"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _clean(text: str, *, structured: bool = False) -> tuple[str, list[str]]:
    """Line endings normalised silently; NUL bytes and other control characters removed
    with a warning. Form feeds become line breaks in articles; in .jsonl/.csv files, where a
    line break would split a record, they are removed."""
    warnings: list[str] = []
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not structured:
        text = text.replace("\f", "\n").replace("\v", "\n")
    nuls = text.count("\x00")
    if nuls:
        text = text.replace("\x00", "")
        warnings.append(f"removed {nuls} NUL byte{'s' if nuls > 1 else ''}")
    text, controls = CONTROL_CHARS.subn("", text)
    if controls:
        warnings.append(f"removed {controls} control character{'s' if controls > 1 else ''}")
    return text, warnings


def _article_from_str(raw: str, article_id: str, source: str, problem_source: str,
                      file_warnings: list[str], *, title: str | None = None,
                      date: str | None = None) -> Iterator[Article | Problem]:
    """One article from text (a .txt file, a record, a paste): cleaning, HTML, date line."""
    text, warnings = _clean(raw)
    for warning in warnings:
        yield Problem(problem_source, warning, SALVAGED)
    if not text.strip():
        yield Problem(problem_source, "empty text", SKIPPED)
        return
    if looks_like_html(text):
        text = html_to_text(text)
        warnings.append(HTML_WARNING)
        yield Problem(problem_source, HTML_WARNING, SALVAGED)
        if not text.strip():
            yield Problem(problem_source, "HTML without any text", SKIPPED)
            return
    article = article_from_text(text, article_id, source, title=title, date=date)
    for warning in article.warnings:
        reason = warning + (" (article kept without a date)" if article.date is None else "")
        yield Problem(problem_source, reason, SALVAGED)
    if not article.text.strip():
        had_date = article.date is not None or any("date" in w for w in article.warnings)
        yield Problem(problem_source, "only a date line, no article text" if had_date else "empty text",
                      SKIPPED)
        return
    all_warnings = (*file_warnings, *warnings, *article.warnings)
    if all_warnings != article.warnings:
        article = replace(article, warnings=tuple(all_warnings))
    yield article


# --------------------------------------------------------------------------------------------
# Records: .jsonl and .csv


@dataclass
class _Record:
    row: int
    values: dict[str, Any]


def _records(records: Iterator[_Record | Problem], source: str, file_id: str, file_warnings: list[str],
             used: set[str]) -> Iterator[Article | Problem]:
    for record in records:
        if isinstance(record, Problem):
            yield record
            continue
        where = f"{source}#{record.row}"
        values = record.values
        text = values.get("text")
        if text is None:
            yield Problem(where, "no 'text' in this record", SKIPPED)
            continue
        if not isinstance(text, str):
            yield Problem(where, f"'text' is not a string (got {_json_type(text)})", SKIPPED)
            continue
        fallback = f"{file_id}#{record.row}"
        article_id = _scalar(values.get("id")) or fallback
        article_id = "".join(ch for ch in article_id if unicodedata.category(ch) not in ("Cc", "Cf"))
        if article_id in used:
            new_id = fallback if fallback not in used else _unused(fallback, used)
            yield Problem(where, f"duplicate id {article_id!r}, renamed to {new_id!r}", SALVAGED)
            article_id = new_id
        items = list(_article_from_str(text, article_id, _scalar(values.get("source")) or source, where,
                                       file_warnings, title=_scalar(values.get("title")),
                                       date=_scalar(values.get("date"))))
        if any(isinstance(item, Article) for item in items):
            used.add(article_id)
        yield from items


def _unused(base: str, used: set[str]) -> str:
    n = 2
    while f"{base}~{n}" in used:
        n += 1
    return f"{base}~{n}"


def _scalar(value: Any) -> str | None:
    """A record's optional field as a string; None when absent or blank."""
    if value is None or isinstance(value, (dict, list)):
        return None
    if isinstance(value, bool):
        value = str(value).lower()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    value = str(value).strip()
    return value or None


def _json_type(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean",
            type(None): "null"}.get(type(value), "a number")


def _jsonl_records(text: str, source: str) -> Iterator[_Record | Problem]:
    """One record per non-blank line; row = line number. A file where no object has a
    `text` key is skipped as a whole."""
    records: list[_Record | Problem] = []
    fields: set[str] = set()
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.strip().lstrip("\ufeff")
        if not line:
            continue
        where = f"{source}#{number}"
        try:
            value = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as error:
            message = error.msg if isinstance(error, json.JSONDecodeError) else "nested too deeply"
            records.append(Problem(where, f"line {number}: not valid JSON ({message})", SKIPPED))
            continue
        if not isinstance(value, dict):
            records.append(Problem(where, f"line {number}: not a JSON object (got {_json_type(value)})",
                                   SKIPPED))
            continue
        value = {str(k).strip().lower(): v for k, v in value.items()}
        fields.update(value)
        records.append(_Record(number, value))
    if any(isinstance(r, _Record) for r in records) and "text" not in fields:
        found = ", ".join(sorted(fields)) or "none"
        yield Problem(source, f"no 'text' field in any record (fields found: {found}); "
                              f"each line needs the article in a 'text' field", SKIPPED)
        return
    if not records:
        yield Problem(source, "no records", SKIPPED)
        return
    yield from records


class _Lines:
    """Feeds physical lines to csv.reader and counts how many it took."""

    def __init__(self, lines: list[str], start: int) -> None:
        self.lines, self.pos = lines, start

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self.pos >= len(self.lines):
            raise StopIteration
        self.pos += 1
        return self.lines[self.pos - 1]


def _csv_records(text: str, source: str) -> Iterator[_Record | Problem]:
    """Records of a CSV with a header row; delimiter ",", ";" or tab. A row the csv module
    cannot parse, or one with the wrong number of fields, is reported with its row and line
    number and reading goes on with the next physical line, so a broken quote never swallows
    the rest of the file."""
    _raise_field_limit()
    lines = text.split("\n")
    lines = [line + "\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    if start >= len(lines):
        yield Problem(source, "empty file (only whitespace)", SKIPPED)
        return
    forced = re.fullmatch(r"\s*sep=(.)\s*", lines[start])
    if forced:  # Excel's "sep=;" first line
        start += 1
        while start < len(lines) and not lines[start].strip():
            start += 1
        if start >= len(lines):
            yield Problem(source, "no header line", SKIPPED)
            return
    header, delimiter = _csv_header(lines[start], forced[1] if forced else None)
    if header is None:
        yield Problem(source, "unreadable CSV header (first line)", SKIPPED)
        return
    if "text" not in header:
        found = ", ".join(h for h in header if h) or "none"
        yield Problem(source, f"no 'text' column (columns found: {found}); "
                              f"the CSV needs the article in a 'text' column", SKIPPED)
        return
    pos, row, any_rows = start + 1, 0, False
    while pos < len(lines):
        if not lines[pos].strip():
            pos += 1
            continue
        row += 1
        any_rows = True
        line_number = pos + 1
        where = f"{source}#{row}"
        feeder = _Lines(lines, pos)
        try:
            fields = next(csv.reader(feeder, delimiter=delimiter, strict=True))
        except csv.Error as error:
            yield Problem(where, f"row {row} (line {line_number}): broken quoting ({error}); "
                                 f"line skipped", SKIPPED)
            pos += 1
            continue
        consumed = feeder.pos - pos
        if len(fields) != len(header):
            if all(not f.strip() for f in fields):  # ";;;" rows that spreadsheets leave behind
                pos += consumed
                continue
            span = f"lines {line_number}-{line_number + consumed - 1}" if consumed > 1 else f"line {line_number}"
            yield Problem(where, f"row {row} ({span}): {len(fields)} fields where the header has "
                                 f"{len(header)} (broken quoting?); skipped", SKIPPED)
            pos += 1 if consumed > 1 else consumed
            continue
        pos += consumed
        values: dict[str, Any] = {}
        for name, value in zip(header, fields):
            if name and name not in values:
                values[name] = value
        if all(not v.strip() for v in fields):
            continue
        yield _Record(row, values)
    if not any_rows:
        yield Problem(source, "no records (only a header line)", SKIPPED)


def _csv_header(line: str, forced: str | None = None) -> tuple[list[str] | None, str]:
    """Header fields (lower-cased) and the delimiter: the one that yields a `text` column,
    else the one that yields the most columns."""
    best: tuple[list[str] | None, str] = (None, ",")
    for delimiter in (forced,) if forced else (",", ";", "\t"):
        try:
            fields = next(csv.reader([line], delimiter=delimiter, strict=True))
        except (csv.Error, StopIteration, TypeError, ValueError):
            continue
        fields = [f.strip().lstrip("\ufeff").lower() for f in fields]
        if "text" in fields:
            return fields, delimiter
        if best[0] is None or len(fields) > len(best[0]):
            best = (fields, delimiter)
    return best


def _raise_field_limit() -> None:
    limit = sys.maxsize
    while True:
        try:
            if csv.field_size_limit() < limit:
                csv.field_size_limit(limit)
            return
        except OverflowError:
            limit //= 2


# --------------------------------------------------------------------------------------------
# HTML saved as text

HTML_TAG = re.compile(r"<(?:!doctype\s+html|html|head|body|p|div|br|span|script|style|article|section|"
                      r"h[1-6]|ul|ol|li|table|tr|td|meta|title|a\s+href)\b[^>]*>", re.IGNORECASE)
BLOCK_TAGS = frozenset("p div br h1 h2 h3 h4 h5 h6 li ul ol tr table article section header footer "
                       "blockquote pre title main aside nav figure figcaption dd dt dl hr".split())
HIDDEN_TAGS = frozenset("script style noscript template head svg iframe".split())


def looks_like_html(text: str) -> bool:
    """True for markup saved as text: an <html>/<body> tag, or at least two common tags."""
    tags = HTML_TAG.findall(text[:200_000])
    return any(t[1:5].lower() in ("html", "body", "!doc") for t in tags) or len(tags) >= 2


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "body":
            self.hidden = 0  # a <head> left open must not hide the page
        elif tag in HIDDEN_TAGS:
            self.hidden += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag in BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in HIDDEN_TAGS:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Visible text of HTML: scripts/styles/head dropped, entities unescaped, one paragraph
    per block element (separated by a blank line), whitespace inside paragraphs collapsed."""
    parser = _TextExtractor()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # html.parser is lenient; never let odd markup break reading
        pass
    paragraphs = []
    for block in re.split(r"\n\s*\n", "".join(parser.parts)):
        lines = [re.sub(r"\s+", " ", line).strip() for line in block.split("\n")]
        block = "\n".join(line for line in lines if line)
        if block:
            paragraphs.append(block)
    return "\n\n".join(paragraphs)


# --------------------------------------------------------------------------------------------
# Messages


def _suffix(name: str) -> str:
    return os.path.splitext(name)[1].lower()


def _unsupported(suffix: str) -> str:
    shown = f"'{suffix}'" if suffix else "(no suffix)"
    return f"unsupported file type {shown} (supported: {', '.join(SUPPORTED_SUFFIXES)})"


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} bytes"
    for unit, factor in (("MB", 1024 * 1024), ("KB", 1024)):
        if n >= factor:
            return f"{n / factor:.1f}".removesuffix(".0") + f" {unit}"
    return f"{n} bytes"


def _too_large(size: int, limit: int) -> str:
    return f"file is {_size(size)}, larger than the {_size(limit)} limit (set max_bytes to raise it)"


def _os_reason(error: OSError) -> str:
    if isinstance(error, PermissionError):
        return "unreadable: permission denied"
    if isinstance(error, FileNotFoundError):
        return "unreadable: file disappeared while reading"
    return f"unreadable: {error.strerror or error}"


def _shown(path: str) -> str:
    return Path(path).as_posix()


__all__ = ["Corpus", "DEFAULT_MAX_BYTES", "Problem", "SUPPORTED_SUFFIXES", "html_to_text", "iter_corpus",
           "looks_like_html", "problems_frame", "read_corpus", "read_text", "read_upload", "safe_name"]
