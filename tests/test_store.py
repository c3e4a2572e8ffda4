"""The DuckDB store: schema, analyst access, filters, the write lock and all-or-nothing batches."""
from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import duckdb
import pandas as pd
import pytest

import lib
from lib.ingest import ingest
from lib.schema import COLUMNS
from lib.store import ArticleResult, Batch, Store, StoreLocked

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "data" / "sample"


def small_corpus(folder: Path, n: int = 8) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for path in sorted(SAMPLE.glob("*.txt"))[:n]:
        shutil.copy(path, folder / path.name)
    return folder


def sorted_frame(frame: pd.DataFrame) -> pd.DataFrame:
    keys = [c for c in ("article_id", "sent_start", "source", "reason") if c in frame.columns]
    return frame.sort_values(keys, kind="stable").reset_index(drop=True)


def assert_same_frames(left: lib.Frames, right: lib.Frames) -> None:
    for kind, frame in left.items():
        pd.testing.assert_frame_equal(sorted_frame(frame), sorted_frame(getattr(right, kind)), obj=kind)


def test_new_store_has_every_frame_table_with_schema_columns(tmp_path):
    path = tmp_path / "kb.duckdb"
    with Store.open(path) as store:
        frames = store.frames()
        for kind, columns in COLUMNS.items():
            stored = store.sql(f"select * from {kind} limit 0").columns
            assert list(columns) == [c for c in stored if c in columns]
            frame = getattr(frames, kind)
            assert frame.empty and dict(frame.dtypes.astype(str)) == {k: str(pd.Series(dtype=v).dtype)
                                                                       for k, v in columns.items()}


def test_analyst_two_liner_reads_the_same_facts_as_extraction(tmp_path):
    corpus = small_corpus(tmp_path / "corpus")
    path = tmp_path / "data" / "kb.duckdb"
    ingest([corpus], path)

    matches = duckdb.connect(str(path), read_only=True).sql("select * from matches").df()

    direct = lib.extract([str(corpus)])
    assert len(matches) == len(direct.matches)
    with Store.open(path, read_only=True) as store:
        assert_same_frames(store.frames(), direct)
        assert store.sql("select count(*) as n from articles")["n"][0] == len(direct.articles)


def test_frames_can_be_filtered_by_sql_condition_and_ids(tmp_path):
    corpus = small_corpus(tmp_path / "corpus", n=12)
    path = tmp_path / "kb.duckdb"
    ingest([corpus], path)
    direct = lib.extract([str(corpus)])
    season = direct.articles["season"].dropna().iloc[0]
    with Store.open(path, read_only=True) as store:
        in_season = store.frames(where=f"season = '{season}'")
        ids = set(direct.articles.loc[direct.articles["season"] == season, "article_id"])
        assert set(in_season.articles["article_id"]) == ids
        assert set(in_season.matches["article_id"]) <= ids
        assert len(in_season.matches) == direct.matches["article_id"].isin(ids).sum()

        one = sorted(ids)[0]
        only = store.frames(article_ids=[one], kinds=["articles", "goals"], text=False)
        assert list(only.articles["article_id"]) == [one]
        assert only.articles["text"].isna().all()
        assert only.matches.empty  # not asked for
        assert len(only.goals) == (direct.goals["article_id"] == one).sum()


def test_read_only_open_of_a_missing_store_says_how_to_create_it(tmp_path):
    with pytest.raises(FileNotFoundError, match="python -m lib ingest"):
        Store.open(tmp_path / "nothing.duckdb", read_only=True)


def test_second_writer_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "kb.duckdb"
    with Store.open(path):
        started = time.monotonic()
        with pytest.raises(StoreLocked) as error:
            Store.open(path, wait=0.3)
        assert time.monotonic() - started >= 0.3
    message = str(error.value)
    assert "being written by another ingest" in message and "pid" in message and "--wait" in message
    with Store.open(path, wait=0):  # released on close
        pass


def test_second_writer_waits_until_the_first_is_done(tmp_path):
    path = tmp_path / "kb.duckdb"
    first = Store.open(path)
    waited: list[str] = []
    threading.Timer(0.5, first.close).start()
    with Store.open(path, wait=10, on_wait=waited.append) as second:
        assert second.counts()["articles"] == 0
    assert waited and "pid" in waited[0]


def test_a_failing_batch_writes_nothing(tmp_path):
    path = tmp_path / "kb.duckdb"
    good = ArticleResult("a.txt", "h1", {"articles": [{"article_id": "a.txt", "text": "A"}],
                                         "matches": [{"match_id": "a.txt#m1", "article_id": "a.txt"}]})
    bad = ArticleResult("b.txt", "h2", {"articles": [{"article_id": "b.txt", "text": "B"}],
                                        "goals": [{"article_id": "b.txt", "minute": "not a number"}]})
    with Store.open(path) as store:
        store.write_batch(Batch([good]), run_id=1, extractor_version="1")
        with pytest.raises(Exception):
            store.write_batch(Batch([ArticleResult("c.txt", "h3", {"articles": [{"article_id": "c.txt"}]}),
                                     bad]), run_id=1, extractor_version="1")
        assert store.counts() == {**dict.fromkeys(store.counts(), 0), "articles": 1, "matches": 1}
    with Store.open(path, read_only=True) as store:
        assert list(store.frames().articles["article_id"]) == ["a.txt"]
