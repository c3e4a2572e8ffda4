"""Builders of hostile corpus files for the reader tests.

`HOSTILE` maps a file name to (bytes, expected reason fragment, expected action, article kept?).
`build_hostile_folder(folder)` writes them all (plus a good article) into one folder.
"""
from __future__ import annotations

import os
from pathlib import Path

GOOD_NAME = "good.txt"
GOOD_TEXT = " date 2024-05-11 Bochum gewinnt 2:1\n\nDer VfL Bochum hat am Samstag gewonnen.\n"

PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"

HTML_PAGE = (
    "<!DOCTYPE html>\n<html><head><title>Seite</title><style>p { color: red; }</style>\n"
    "<script>var tracking = 'Klose';</script></head>\n<body><h1>Klose wird Trainer</h1>\n"
    "<p>Der 1. FC Kaiserslautern &amp; Miroslav Klose: Einigung erzielt.</p>\n"
    "<div>Zweiter   Absatz<br>mit Zeilenumbruch &uuml;ber &quot;Betze&quot;.</div></body></html>\n"
)

# name -> (content, reason fragment, action, article kept)
HOSTILE: dict[str, tuple[bytes, str, str, bool]] = {
    "empty.txt": (b"", "empty file", "skipped", False),
    "whitespace.txt": (b"  \n\t\r\n  \n", "empty file (only whitespace)", "skipped", False),
    "only_date.txt": (b" date 2024-05-11\n\n", "only a date line, no article text", "skipped", False),
    "image.txt": (PNG_HEADER + bytes(range(256)) * 4, "binary file", "skipped", False),
    "noise.txt": (bytes([0, 1, 2, 3, 4, 5, 6, 7, 8]) * 200, "binary file (not text)", "skipped", False),
    "nul.txt": (b"Der FCK\x00 gewinnt\x00 deutlich.\n", "removed 2 NUL bytes", "salvaged", True),
    "bad_date.txt": (b" date 2026-13-45 Text nach dem Datum.\n", "invalid date line", "salvaged", True),
    "latin.txt": ("Fußball in Lautern: Müller trifft.\n".encode("cp1252"),
                  "decoded as cp1252 (not valid UTF-8)", "salvaged", True),
    "page.txt": (HTML_PAGE.encode(), "HTML markup stripped", "salvaged", True),
    "no_text.csv": (b"id,body\n1,Hallo\n", "no 'text' column", "skipped", False),
    "no_text.jsonl": (b'{"id": "x", "body": "Hallo"}\n', "no 'text' field in any record", "skipped", False),
}


def write_good(folder: Path) -> Path:
    path = folder / GOOD_NAME
    path.write_text(GOOD_TEXT, encoding="utf-8")
    return path


def build_hostile_folder(folder: Path) -> dict[str, tuple[bytes, str, str, bool]]:
    """All of `HOSTILE` plus a good article, a broken link, a FIFO and a symlink loop."""
    folder.mkdir(parents=True, exist_ok=True)
    write_good(folder)
    for name, (content, *_rest) in HOSTILE.items():
        (folder / name).write_bytes(content)
    os.symlink(folder / "missing-target.txt", folder / "dangling.txt")
    os.mkfifo(folder / "pipe.txt")
    (folder / "sub").mkdir()
    os.symlink(folder, folder / "sub" / "loop")
    return HOSTILE


def write_big_sparse(path: Path, size: int) -> Path:
    """A file whose stat size is `size` without using the disk space (and without reading it)."""
    with open(path, "wb") as handle:
        handle.truncate(size)
    return path
