"""Hostile files through the public entry points (issue 5, "Reading"): `lib.extract([folder])`
and the CLI `python -m lib extract FOLDER --out DIR`.

One folder holds a good football article next to every bad input of the issue: empty file, only a
date line, binary (PNG renamed .txt, noise), cp1252, mixed line endings, NUL bytes, an impossible
date line, a 50 MB file, .csv/.jsonl without `text`, broken CSV quoting, a malformed .jsonl line,
a directory symlink loop, a broken link, a FIFO, an unreadable file and HTML saved as .txt.
Whatever happens, nothing raises, the good article's facts are extracted and every bad file is
listed in `frames.problems` with its reason.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import lib

try:
    from tests.bad_inputs import HOSTILE, build_hostile_folder, write_big_sparse
except ImportError:  # tests/ not importable as a package
    from bad_inputs import HOSTILE, build_hostile_folder, write_big_sparse

ROOT = Path(__file__).resolve().parents[1]
MATCH_NAME = "match.txt"
MATCH_TEXT = (" date 2024-05-11 Lautern siegt in Wien\n\n"
              "Der 1. FC Kaiserslautern hat am Samstag beim SK Rapid Wien mit 2:1 (1:0) gewonnen. "
              "Ragnar Ache traf in der 66. Minute zum 2:0.\n")

# name -> (content, reason fragment, action, kept) for the inputs tests/bad_inputs.py does not build
EXTRA: dict[str, tuple[bytes, str, str, bool]] = {
    "mixed_endings.txt": (b"Schlagzeile\r\n\r\nErster Absatz.\rZweite Zeile.\nDritte.\r\n", "", "", True),
    "broken.csv": (b'id,text\na,"Gut eins."\nb,"kaputt ohne Ende\nc,"Gut zwei."\nd,zu,viele\n',
                   "broken quoting", "skipped", True),
    "broken.jsonl": (b'{"text": "Gut eins."}\n{"text": "kaputt\n[1, 2]\n{"text": "Gut zwei."}\n',
                     "not valid JSON", "skipped", True),
}
BIG_NAME = "huge.txt"
LOCKED_NAME = "locked.txt"


def build_corpus(folder: Path) -> None:
    build_hostile_folder(folder)  # good.txt, HOSTILE, dangling.txt, pipe.txt, sub/loop
    (folder / MATCH_NAME).write_text(MATCH_TEXT, encoding="utf-8")
    for name, (content, *_rest) in EXTRA.items():
        (folder / name).write_bytes(content)
    write_big_sparse(folder / BIG_NAME, 50 * 1024 * 1024)
    locked = folder / LOCKED_NAME
    locked.write_text("Geheimer Artikel über den FCK.", encoding="utf-8")
    locked.chmod(0)


@pytest.fixture
def corpus_folder(tmp_path):
    folder = tmp_path / "corpus"
    build_corpus(folder)
    yield folder
    (folder / LOCKED_NAME).chmod(0o644)


def problems_by_file(frames: lib.Frames) -> dict[str, list[tuple[str, str]]]:
    found: dict[str, list[tuple[str, str]]] = {}
    for row in frames.problems.itertuples():
        name = Path(str(row.source).split("#")[0]).name
        found.setdefault(name, []).append((row.reason, row.action))
    return found


def test_extract_reports_every_bad_file_and_keeps_the_good_articles_facts(corpus_folder):
    frames = lib.extract([str(corpus_folder)])  # must not raise, must terminate (symlink loop, FIFO)

    # the good article's facts
    match = frames.matches[frames.matches["article_id"] == MATCH_NAME]
    assert len(match) == 1, frames.matches
    row = match.iloc[0]
    assert {row.home_team, row.away_team} == {"1. FC Kaiserslautern", "SK Rapid Wien"}
    assert sorted([row.home_goals, row.away_goals]) == [1, 2]
    assert frames.articles.set_index("article_id").loc[MATCH_NAME, "date"] == "2024-05-11"

    problems = problems_by_file(frames)
    # no article's extraction failed, whatever the reader let through
    assert not [p for p in frames.problems["reason"] if "extraction failed" in p or "pipeline failed" in p]
    ids = set(frames.articles["article_id"])
    for name, (_content, reason, action, kept) in {**HOSTILE, **EXTRA}.items():
        if reason:
            assert any(reason in r and a == action for r, a in problems.get(name, [])), (name, problems.get(name))
        if name in HOSTILE:
            assert (name in ids) is kept, name
    assert problems["dangling.txt"] == [("unreadable: broken link", "skipped")]
    assert problems["pipe.txt"] == [("not a regular file (FIFO)", "skipped")]
    assert [r for r, _ in problems["loop"]] and problems["loop"][0][0].startswith("symlink loop")
    assert problems[BIG_NAME] == [("file is 50 MB, larger than the 10 MB limit (set max_bytes to raise it)",
                                   "skipped")]
    if LOCKED_NAME not in ids:  # root reads chmod-000 files; anyone else gets a problem
        assert problems[LOCKED_NAME] == [("unreadable: permission denied", "skipped")]

    # salvaged files keep their text; mixed line endings are normalised silently
    articles = frames.articles.set_index("article_id")
    assert "mixed_endings.txt" not in problems
    assert articles.loc["mixed_endings.txt", "text"] == "Schlagzeile\n\nErster Absatz.\nZweite Zeile.\nDritte."
    assert articles.loc["latin.txt", "text"] == "Fußball in Lautern: Müller trifft."
    assert "<" not in articles.loc["page.txt", "text"] and "tracking" not in articles.loc["page.txt", "text"]
    assert pd.isna(articles.loc["bad_date.txt", "date"])
    # the good records of broken .csv/.jsonl files still load
    assert {"a", "c", "broken.jsonl#1", "broken.jsonl#4"} <= ids
    # every problem names a file and says what happened
    assert set(frames.problems["action"]) <= {"skipped", "salvaged"}
    assert frames.problems["reason"].str.len().min() > 5


def test_cli_exits_0_prints_problems_and_writes_csvs(corpus_folder, tmp_path):
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "lib", "extract", str(corpus_folder), "--out", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    for name, (_content, reason, action, _kept) in {**HOSTILE, **EXTRA}.items():
        if reason:
            assert any(name in line and reason in line and line.startswith(action)
                       for line in proc.stderr.splitlines()), (name, proc.stderr)
    assert "larger than the 10 MB limit" in proc.stderr and "symlink loop" in proc.stderr
    assert "Traceback" not in proc.stderr
    for kind in lib.Frames.__dataclass_fields__:
        assert (out / f"{kind}.csv").is_file(), kind
    matches = pd.read_csv(out / "matches.csv")
    assert (matches["article_id"] == MATCH_NAME).sum() == 1
    problems = pd.read_csv(out / "problems.csv")
    assert len(problems) >= len([h for h in HOSTILE.values() if h[1]])
    assert "problems" in proc.stdout


def test_cli_max_mb_option_is_named_in_the_message(tmp_path):
    (tmp_path / MATCH_NAME).write_text(MATCH_TEXT, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "lib", "extract", str(tmp_path), "--out", str(tmp_path / "o"),
                           "--max-mb", "0.0001"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "skipped" in proc.stderr and "limit" in proc.stderr and MATCH_NAME in proc.stderr


def test_invalid_record_date_next_to_a_valid_date_line_keeps_the_facts(tmp_path):
    """A .jsonl record whose `date` field is impossible while its text has a valid date line: the
    record is salvaged (date dropped or the date line used), its facts are still extracted."""
    (tmp_path / "r.jsonl").write_text(
        '{"id": "r1", "date": "2024-13-45", "text": " date 2024-05-11 Der FC Basel gewann gegen den FC Zürich 2:1."}\n',
        encoding="utf-8")
    frames = lib.extract([str(tmp_path)])
    assert not [r for r in frames.problems["reason"] if "failed" in r], frames.problems.to_dict("records")
    assert len(frames.matches) == 1


def test_missing_input_is_an_error_not_a_crash(tmp_path):
    with pytest.raises(FileNotFoundError):
        lib.extract([str(tmp_path / "nope")])
    proc = subprocess.run([sys.executable, "-m", "lib", "extract", str(tmp_path / "nope"), "--out",
                           str(tmp_path / "o")], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 2 and "not found" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.skipif(os.name != "posix", reason="permissions")
def test_unreadable_folder_is_reported_and_the_rest_extracts(tmp_path):
    (tmp_path / MATCH_NAME).write_text(MATCH_TEXT, encoding="utf-8")
    closed = tmp_path / "closed"
    closed.mkdir()
    (closed / "x.txt").write_text("Artikel.", encoding="utf-8")
    closed.chmod(0)
    try:
        frames = lib.extract([str(tmp_path)])
    finally:
        closed.chmod(0o755)
    assert (frames.matches["article_id"] == MATCH_NAME).sum() == 1
    if "x.txt" not in set(frames.articles["article_id"]):
        assert list(frames.problems["reason"]) == ["unreadable folder: permission denied"]
