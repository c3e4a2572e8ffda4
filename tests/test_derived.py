"""Derived tables in the store (`lib.derived`) and the dashboard's frames read on demand
(`lib.dashboard.data.StoreFrames`): exactly what is computed, rebuilt when the store changes,
ignored when outdated, and a store without them still works."""
from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from lib import derived
from lib.consolidate import consolidate
from lib.dashboard import data, quality, views
from lib.ingest import ingest, ingest_items
from lib.reader import read_text
from lib.store import Store

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "data" / "sample"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """A store of 14 sample articles (three seasons), without derived tables."""
    corpus = tmp_path_factory.mktemp("corpus")
    for path in sorted(SAMPLE.glob("*.txt"))[:14]:
        shutil.copy(path, corpus / path.name)
    path = tmp_path_factory.mktemp("store") / "kb.duckdb"
    ingest([corpus], path, views=False)
    return path


@pytest.fixture
def store_path(built, tmp_path) -> Path:
    path = tmp_path / "kb.duckdb"
    shutil.copyfile(built, path)
    return path


def assert_same_kb(stored, computed) -> None:
    assert stored is not None
    for name in derived.FRAMES:
        pd.testing.assert_frame_equal(getattr(stored, name), getattr(computed, name), check_exact=True, obj=name)
    assert stored.has_reference is computed.has_reference is False


def seasons(path: Path) -> list[str | None]:
    with Store.open(path, read_only=True) as store:
        return [r[0] for r in store.connection.execute("SELECT DISTINCT season FROM articles").fetchall()]


def test_a_store_without_derived_tables_still_works(store_path):
    with Store.open(store_path, read_only=True) as store:
        con = store.connection
        assert derived.stored(con) == {} and derived.current(con) == set()
        fingerprints = derived.fingerprints(con)
        assert derived.load(con, derived.ALL, fingerprints[derived.ALL]) is None
        assert derived.load_index(con) is None and derived.load_club_counts(con) is None


def test_rebuild_stores_exactly_what_the_dashboard_computes(store_path):
    assert set(derived.rebuild(store_path)) == {derived.ALL, *derived.VIEWS}
    with Store.open(store_path, read_only=True) as store:
        con = store.connection
        frames = store.frames(text=False)
        fingerprints = derived.fingerprints(con)
        assert derived.current(con) == set(fingerprints)
        assert_same_kb(derived.load(con, derived.ALL, fingerprints[derived.ALL]), consolidate(frames))
        pd.testing.assert_frame_equal(derived.load_index(con), views.article_index(frames, text=False),
                                      check_exact=True)
        pd.testing.assert_series_equal(derived.load_club_counts(con), views.club_counts(frames), check_exact=True)
        pd.testing.assert_frame_equal(derived.load_view(con, derived.COACH), views.coach_table(frames),
                                      check_exact=True)
    assert derived.rebuild(store_path) == []  # up to date: nothing computed again


def test_a_large_store_is_stored_per_season_as_the_pages_consolidate_it(store_path, monkeypatch):
    monkeypatch.setattr(derived, "CONSOLIDATE_LIMIT", 3)
    done = derived.rebuild(store_path)
    assert {s for s in done if s.startswith(derived.SEASON)} == {derived.season_scope(s) for s in seasons(store_path)}
    with Store.open(store_path, read_only=True) as store:
        con = store.connection
        frames = store.frames(text=False)
        fingerprints = derived.fingerprints(con)
        for season in seasons(store_path):
            ids = quality.season_articles(frames, season or views.NO_SEASON)
            scope = derived.season_scope(season)
            assert_same_kb(derived.load(con, scope, fingerprints[scope]), consolidate(quality.subset(frames, ids)))


def test_a_change_of_the_store_outdates_only_its_scopes_until_the_rebuild(store_path, monkeypatch):
    monkeypatch.setattr(derived, "CONSOLIDATE_LIMIT", 3)
    derived.rebuild(store_path)
    with Store.open(store_path, read_only=True) as store:
        before = derived.fingerprints(store.connection)
    pasted = read_text(" date 2031-03-01\nDer 1. FC Kaiserslautern gewann gegen den SC Paderborn mit 2:1.",
                       article_id="eingefügt")
    ingest_items(pasted.articles, store_path, label=["test"], views=False)
    with Store.open(store_path, read_only=True) as store:
        con = store.connection
        after = derived.fingerprints(con)
        changed = {scope for scope in after if before.get(scope) != after[scope]}
        assert changed == {derived.season_scope("2030/31"), *derived.VIEWS}
        assert derived.current(con) == set(after) - changed  # the others are still used
        assert derived.load_index(con) is None  # outdated: the dashboard computes it instead
    assert set(derived.rebuild(store_path)) == changed
    with Store.open(store_path) as store:
        store.delete_articles_without_file()  # as "Hinzugefügte Artikel entfernen" does
    data.update_derived(store_path)
    with Store.open(store_path, read_only=True) as store:
        con = store.connection
        assert derived.current(con) == set(derived.fingerprints(con)) == set(before)
        assert derived.stored(con) == before  # the removed season's scope is gone, the rest as before


def test_frames_that_would_not_come_back_exactly_are_not_stored(store_path, monkeypatch):
    mixed = pd.DataFrame({"x": pd.Series([1, "eins", None], dtype=object)})
    assert derived._encoded({"mixed": mixed}) is None
    monkeypatch.setattr(derived, "_exact", lambda *args: False)
    assert derived.rebuild(store_path) == []  # computed, recorded without frames
    with Store.open(store_path, read_only=True) as store:
        con = store.connection
        assert derived.load(con, derived.ALL, derived.fingerprints(con)[derived.ALL]) is None
        assert derived.load_index(con) is None


def test_encoding_keeps_values_dtypes_and_index():
    frame = pd.DataFrame({
        "ints": pd.array([1, None, 3], dtype=object), "flags": pd.array([True, None, False], dtype=object),
        "nullable": pd.array([1, None, 3], dtype="Int64"), "text": pd.array(["a", None, "c"], dtype="str"),
        "floats": [1.5, float("nan"), 2.0], "none": pd.array([None, None, None], dtype=object),
    }, index=[4, 7, 9])
    back = derived.decode(*derived.encode(frame))
    pd.testing.assert_frame_equal(back, frame, check_exact=True)
    assert back["ints"].tolist() == [1, None, 3] and type(back["ints"][4]) is int
    assert back["flags"].tolist() == [True, None, False]
    assert derived._exact(frame, *derived.encode(frame))
    nan_for_none = frame.assign(ints=pd.array([1, float("nan"), 3], dtype=object))
    assert not derived._exact(nan_for_none, *derived.encode(nan_for_none))  # would come back as None


def test_store_frames_read_a_table_only_when_a_page_asks(store_path):
    with Store.open(store_path, read_only=True) as store:
        full = store.frames(text=False)
        counts = store.counts()
    frames = data.StoreFrames(str(store_path), ("state",), counts)
    assert frames._tables == {} and views.count(frames, "people") == len(full.people)
    pd.testing.assert_frame_equal(frames.select("people", ["club"]), full.people[["club"]])
    assert "people" not in frames._tables  # only the column was read
    view = frames.view()
    pd.testing.assert_frame_equal(view.goals, full.goals)
    assert set(frames._tables) == {"goals"}
    view.goals.loc[0, "player"] = "Geändert"  # a page's copy: the shared table stays as read
    assert frames.goals.loc[0, "player"] == full.goals.loc[0, "player"]
    ids = list(full.articles["article_id"][::3])
    for kind, frame in quality.subset(full, ids).items():
        pd.testing.assert_frame_equal(getattr(frames.subset(ids), kind), frame.reset_index(drop=True), obj=kind)
