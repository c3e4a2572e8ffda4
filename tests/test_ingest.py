"""Ingest: incremental by content hash, version stamp, prune, parallel, kill and resume, CLI."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pandas as pd
import pytest

import lib
import lib.version
from lib.ingest import ingest
from lib.store import Store

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "data" / "sample"
CLI = [sys.executable, "-m", "lib.ingest_cli"]  # the same command as `python -m lib ingest`


def corpus(folder: Path, n: int = 10, start: int = 0) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for path in sorted(SAMPLE.glob("*.txt"))[start:start + n]:
        shutil.copy(path, folder / path.name)
    return folder


def stored(path: Path) -> lib.Frames:
    with Store.open(path, read_only=True) as store:
        return store.frames()


def assert_store_equals_extraction(path: Path, *inputs: Path) -> None:
    """The store holds exactly what a fresh extraction of `inputs` gives."""
    direct, frames = lib.extract([str(p) for p in inputs]), stored(path)
    for kind, frame in direct.items():
        if kind == "problems":
            continue
        keys = ["article_id", "sent_start"] if "sent_start" in frame else ["article_id"]
        pd.testing.assert_frame_equal(
            getattr(frames, kind).sort_values(keys, kind="stable").reset_index(drop=True),
            frame.sort_values(keys, kind="stable").reset_index(drop=True), obj=kind)


def assert_consistent(path: Path) -> None:
    """Every fact belongs to a stored article, and each article's fact counts match."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        for kind in ("matches", "goals", "standings", "coach_events", "quotes", "people"):
            orphans = con.execute(f"select count(*) from {kind} where article_id not in "
                              f"(select article_id from articles)").fetchall()[0][0]
            assert orphans == 0, kind
            wrong = con.execute(f"""select count(*) from articles a where n_{kind} <>
                                (select count(*) from {kind} f where f.article_id = a.article_id)""").fetchall()[0][0]
            assert wrong == 0, kind
    finally:
        con.close()


def test_reingest_extracts_only_new_and_changed_articles(tmp_path):
    folder, path = corpus(tmp_path / "corpus", n=8), tmp_path / "kb.duckdb"
    first = ingest([folder], path)
    assert (first.read, first.new, first.changed, first.unchanged) == (8, 8, 0, 0)
    assert sum(first.facts.values()) > 0

    again = ingest([folder], path)
    assert (again.read, again.new, again.changed, again.unchanged) == (8, 0, 0, 8)
    assert again.files_unchanged == 8  # not even read: same size and mtime
    assert sum(again.facts.values()) == 0

    report = sorted(folder.glob("*.txt"))[2]
    report.write_text(report.read_text(encoding="utf-8").replace("2:1", "3:1") + "\nNachtrag.\n",
                      encoding="utf-8")
    corpus(folder, n=1, start=20)
    third = ingest([folder], path)
    assert (third.read, third.new, third.changed, third.unchanged) == (9, 1, 1, 7)
    assert_store_equals_extraction(path, folder)
    assert_consistent(path)



def test_ingest_leaves_the_dashboard_views_up_to_date_and_recomputes_only_what_changed(tmp_path):
    from lib import derived

    folder, path = corpus(tmp_path / "corpus", n=6), tmp_path / "kb.duckdb"
    first = ingest([folder], path)
    assert first.views and first.views_error is None
    with Store.open(path, read_only=True) as store:
        assert derived.current(store.connection) == set(derived.fingerprints(store.connection))
    assert ingest([folder], path).views == []  # nothing changed: nothing computed again
    corpus(folder, n=1, start=20)
    assert ingest([folder], path).views  # a new article: its scope and the views again


def test_ingest_without_views_leaves_them_to_the_pages(tmp_path):
    from lib import derived

    folder, path = corpus(tmp_path / "corpus", n=3), tmp_path / "kb.duckdb"
    assert ingest([folder], path, views=False).views == []
    with Store.open(path, read_only=True) as store:
        assert derived.current(store.connection) == set()

def test_moved_corpus_is_not_extracted_again_but_sources_follow(tmp_path):
    folder, path = corpus(tmp_path / "corpus", n=4), tmp_path / "kb.duckdb"
    ingest([folder], path)
    moved = folder.rename(tmp_path / "archive")
    summary = ingest([moved], path)
    assert (summary.new, summary.changed, summary.unchanged) == (0, 0, 4)
    sources = stored(path).articles["source"]
    assert all(str(moved) in source for source in sources)


def test_extractor_version_change_forces_reextraction(tmp_path, monkeypatch):
    folder, path = corpus(tmp_path / "corpus", n=5), tmp_path / "kb.duckdb"
    ingest([folder], path)
    monkeypatch.setattr(lib.version, "EXTRACTOR_VERSION", "test-2")

    summary = ingest([folder], path)

    assert (summary.outdated, summary.unchanged, summary.new) == (5, 0, 0)
    with Store.open(path, read_only=True) as store:
        assert set(store.sql("select extractor_version from articles")["extractor_version"]) == {"test-2"}
        assert store.meta("extractor_version") == "test-2"
    assert ingest([folder], path).unchanged == 5
    assert_store_equals_extraction(path, folder)


def test_prune_removes_articles_whose_files_disappeared(tmp_path):
    folder, path = corpus(tmp_path / "corpus", n=6), tmp_path / "kb.duckdb"
    ingest([folder], path)
    gone = sorted(folder.glob("*.txt"))[0]
    gone.unlink()

    kept = ingest([folder], path)
    assert kept.pruned == 0 and gone.name in set(stored(path).articles["article_id"])

    pruned = ingest([folder], path, prune=True)
    assert pruned.pruned == 1 and pruned.unchanged == 5
    frames = stored(path)
    assert gone.name not in set(frames.articles["article_id"])
    assert_store_equals_extraction(path, folder)


def test_two_workers_store_the_same_facts_as_one(tmp_path):
    folder = corpus(tmp_path / "corpus", n=16)
    summary = ingest([folder], tmp_path / "two.duckdb", workers=2, batch_size=3)
    assert summary.new == 16 and summary.batches == 6
    assert_store_equals_extraction(tmp_path / "two.duckdb", folder)


def test_a_batch_failing_midway_keeps_earlier_batches_and_the_next_run_resumes(tmp_path, monkeypatch):
    folder, path = corpus(tmp_path / "corpus", n=10), tmp_path / "kb.duckdb"
    real = Store.write_batch
    calls = []

    def failing(self, batch, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise OSError("disk full (simulated)")
        return real(self, batch, **kwargs)

    monkeypatch.setattr(Store, "write_batch", failing)
    with pytest.raises(OSError, match="simulated"):
        ingest([folder], path, batch_size=3)
    monkeypatch.setattr(Store, "write_batch", real)

    with Store.open(path, read_only=True) as store:
        assert store.counts()["articles"] == 6
        assert list(store.runs()["status"]) == ["failed"]
    assert_consistent(path)
    resumed = ingest([folder], path, batch_size=3)
    assert (resumed.unchanged, resumed.new) == (6, 4)
    assert_store_equals_extraction(path, folder)


KILL_MID_TRANSACTION = """
import os, signal, sys
import lib.store as store
real, calls = store._insert, []
def insert(con, table, frame):
    real(con, table, frame)
    calls.append(table)
    if calls.count("articles") == 3 and table == "matches":  # inside the third batch's transaction
        os.kill(os.getpid(), signal.SIGKILL)
store._insert = insert
from lib.ingest_cli import main
main(sys.argv[1:])
"""


def test_killed_ingest_leaves_a_store_that_opens_and_resumes(tmp_path):
    folder, path = corpus(tmp_path / "corpus", n=12), tmp_path / "kb.duckdb"
    killed = subprocess.run([sys.executable, "-c", KILL_MID_TRANSACTION, str(folder), "--store", str(path),
                             "--batch-size", "4"], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert killed.returncode == -9, killed.stderr

    with Store.open(path, read_only=True) as store:  # opens; the third batch is not there
        assert store.counts()["articles"] == 8
    assert_consistent(path)

    done = subprocess.run([*CLI, str(folder), "--store", str(path), "--batch-size", "4"], cwd=REPO,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "resumed: an earlier ingest (run 1) was interrupted" in done.stdout
    assert "new 4, changed 0, unchanged 8" in done.stdout
    assert_store_equals_extraction(path, folder)


HOLD_STORE = """
import sys, time
from lib.store import Store
store = Store.open(sys.argv[1])
print("holding", flush=True)
time.sleep(float(sys.argv[2]))
store.close()
"""


def test_concurrent_ingest_is_refused_with_a_clear_message_or_waits(tmp_path):
    folder, path = corpus(tmp_path / "corpus", n=3), tmp_path / "kb.duckdb"
    holder = subprocess.Popen([sys.executable, "-c", HOLD_STORE, str(path), "30"], cwd=REPO,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        refused = subprocess.run([*CLI, str(folder), "--store", str(path), "--wait", "0.5"], cwd=REPO,
                                 capture_output=True, text=True, timeout=60)
    finally:
        holder.kill()
        holder.wait()
    assert refused.returncode == 3
    assert f"is being written by another ingest (pid {holder.pid}" in refused.stderr
    assert "Traceback" not in refused.stderr

    # the holder lets go only once the second ingest says it is waiting (however slow it starts)
    holder = subprocess.Popen([sys.executable, "-c", HOLD_STORE, str(path), "120"], cwd=REPO,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        waiting = subprocess.Popen([*CLI, str(folder), "--store", str(path), "--wait", "90"], cwd=REPO,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        first_words = waiting.stderr.readline()
        holder.kill()
        out, rest = waiting.communicate(timeout=90)
    finally:
        holder.kill()
        holder.wait(timeout=30)
    assert "waiting for another ingest" in first_words
    assert waiting.returncode == 0, rest
    assert "new 3" in out


def test_cli_reports_progress_skips_with_reasons_and_facts(tmp_path):
    folder, path = corpus(tmp_path / "corpus", n=5), tmp_path / "store" / "kb.duckdb"
    (folder / "scan.txt").write_bytes(b"%PDF-1.4 not an article")
    (folder / "leer.txt").write_bytes(b"")
    result = subprocess.run([*CLI, "ingest", str(folder), "--store", str(path)], cwd=REPO,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "read 5 articles" in out and "new 5, changed 0, unchanged 0" in out
    assert "skipped 2: " in out and "scan.txt: binary file (PDF document, not text)" in out
    assert "leer.txt: empty file" in out
    assert "facts extracted: matches " in out
    assert "articles/s" in result.stderr and "100%" in result.stderr
    with Store.open(path, read_only=True) as store:
        problems = store.frames().problems
    assert set(problems["action"]) == {"skipped"} and len(problems) == 2


def test_missing_corpus_is_an_error_and_creates_no_store(tmp_path):
    path = tmp_path / "kb.duckdb"
    result = subprocess.run([*CLI, str(tmp_path / "nope"), "--store", str(path)], cwd=REPO,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "corpus input not found" in result.stderr
    assert not path.exists()


def test_an_upload_goes_through_the_same_ingest(tmp_path):
    from lib.ingest import ingest_items
    from lib.reader import read_upload

    path = tmp_path / "kb.duckdb"
    data = sorted(SAMPLE.glob("*.txt"))[2].read_bytes()
    upload = read_upload("../../bericht.txt", data)
    first = ingest_items([*upload.articles, *upload.problems], path, label=["bericht.txt"])
    again = ingest_items([*upload.articles, *upload.problems], path, label=["bericht.txt"])
    assert (first.new, again.unchanged) == (1, 1)
    frames = stored(path)
    assert list(frames.articles["article_id"]) == ["bericht.txt"]
    assert len(frames.matches) == len(lib.extract_text(data.decode("utf-8"), "bericht.txt").matches)


def test_unchanged_files_are_not_read_again_and_touched_ones_are_checked_by_hash(tmp_path):
    folder, path = corpus(tmp_path / "corpus", n=4), tmp_path / "kb.duckdb"
    records = tmp_path / "feed.jsonl"
    records.write_text("".join(json.dumps({"id": f"feed-{i}", "text": p.read_text(encoding="utf-8")}) + "\n"
                               for i, p in enumerate(sorted(SAMPLE.glob("*.txt"))[10:13])), encoding="utf-8")
    assert ingest([folder, records], path).new == 7

    touched = sorted(folder.glob("*.txt"))[1]
    os.utime(touched, ns=(time.time_ns(), time.time_ns() + 5_000_000_000))
    summary = ingest([folder, records], path)

    assert (summary.read, summary.unchanged, summary.new, summary.changed) == (7, 7, 0, 0)
    assert summary.files_unchanged == 4  # 3 .txt files and the .jsonl; the touched file was read
    assert_store_equals_extraction(path, folder, records)
