"""`serve.py` warms the server up as it starts (`lib.dashboard.warmup`): the default store is
read into the caches the pages use before anyone visits; a missing or broken store is left to
the first visit, which explains it."""
from __future__ import annotations

from pathlib import Path

import pytest

from lib.dashboard import data, warmup
from tests.test_dashboard_store import forget_process_state, metrics, run


@pytest.fixture
def store(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "kb.duckdb"
    monkeypatch.setenv("FBKB_STORE", str(path))
    return path


def count_store_opens(monkeypatch) -> list[str]:
    opened: list[str] = []
    real = data._open_read

    def spy(path: str):
        opened.append(path)
        return real(path)

    monkeypatch.setattr(data, "_open_read", spy)
    return opened


def test_after_the_warm_up_the_first_visit_finds_the_store_already_read(store, monkeypatch):
    articles = metrics(run())["Artikel"]  # a server that built the store from the sample ...
    forget_process_state()  # ... is restarted
    seconds = warmup.warm_up()
    assert set(seconds) == {"imports", "store", "tables"}
    opened = count_store_opens(monkeypatch)
    snapshot = data.read_store(str(store), data.store_state(store))
    assert opened == []  # served from the cache the warm-up filled
    assert str(snapshot.n_articles) == articles


def test_the_warm_up_reads_the_store_named_in_the_environment(tmp_path, store, monkeypatch):
    run()
    other = tmp_path / "anderer.duckdb"
    store.rename(other)
    monkeypatch.setenv("FBKB_STORE", str(other))
    forget_process_state()
    assert warmup.default_store() == other
    assert "store" in warmup.warm_up()


def test_a_missing_store_is_left_to_the_first_visit(store):
    seconds = warmup.warm_up()
    assert "imports" in seconds and "store" not in seconds
    assert not store.exists()  # the warm-up only reads: the first visit ingests the sample


def test_a_broken_store_does_not_stop_the_warm_up_and_the_page_explains_it(store):
    store.write_bytes(b"kein DuckDB-Speicher")
    seconds = warmup.warm_up()  # logs a warning, raises nothing
    assert "store" not in seconds
    at = run()
    shown = [w.value for w in at.warning]
    assert any(str(store) in w and "konnte nicht benutzt werden" in w for w in shown), shown
    assert any("konnten nicht eingelesen werden" in w for w in shown), shown
