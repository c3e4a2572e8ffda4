"""The dashboard reads the DuckDB store (`lib.store`): built from the sample on a fresh path,
uploads/pastes ingested into it (`lib.ingest.ingest_items`), nothing re-extracted on a re-run,
a corpus folder in a store of its own (incremental), a locked store explained in German."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from lib.store import Store, WriteLock

ROOT = Path(__file__).resolve().parents[1]
APP = str(ROOT / "app.py")
SAMPLE = ROOT / "data" / "sample"
ARTICLE_PAGE = "pages/4_Artikel.py"
PAGES = ["pages/1_Saisonergebnisse.py", "pages/2_Torschützen.py", "pages/3_Trainer-Chronik.py", ARTICLE_PAGE,
         "pages/5_Datenqualität.py"]
PASTED = ("Basel siegt im Klassiker\n\nDer FC Basel gewann am Sonntag gegen den FC Zürich mit 2:1 (1:0). "
          "Vor 25.000 Zuschauern traf Xherdan Shaqiri in der 70. Minute zum 2:1.")


@pytest.fixture
def store(tmp_path, monkeypatch) -> Path:
    """A store path that does not exist yet (the app must build it)."""
    path = tmp_path / "neu" / "kb.duckdb"
    monkeypatch.setenv("FBKB_STORE", str(path))
    return path


def run(page: str | None = None, **params: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=180)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    if page:
        at.switch_page(page).run()
        assert not at.exception, [e.value for e in at.exception]
    return at


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def runs(path: Path) -> list[dict]:
    with Store.open(path, read_only=True) as s:
        return s.runs().to_dict("records")


def forget_process_state() -> None:
    """What a restart of the server forgets: the caches of this process."""
    import streamlit as st

    from lib.dashboard import data

    data._registry().clear()
    st.cache_resource.clear()
    st.cache_data.clear()


def test_a_fresh_store_is_built_from_the_sample_and_shown(store):
    assert not store.exists()
    at = run()
    n = len(list(SAMPLE.glob("*.txt")))
    assert metrics(at)["Artikel"] == str(n)
    assert store.exists()
    with Store.open(store, read_only=True) as s:
        counts = s.counts()
        inputs = json.loads(s.runs().iloc[-1]["inputs"])
    assert counts["articles"] == n and counts["matches"] > 0 and counts["goals"] > 0
    assert inputs == [str(SAMPLE.resolve())]
    sidebar = " ".join(c.value for c in at.sidebar.caption).replace("\\", "")  # shown Markdown-escaped
    assert str(store) in sidebar
    for page in PAGES:  # every page shows the store's data
        at.switch_page(page).run()
        assert not at.exception, [e.value for e in at.exception]
        assert not any("enthält noch keine Artikel" in i.value for i in at.info)


def test_rerunning_the_app_does_not_extract_again(store):
    run()
    before = runs(store)
    assert len(before) == 1 and before[0]["status"] == "completed"
    at = run()
    for page in PAGES:
        at.switch_page(page).run()
        assert not at.exception
    assert runs(store) == before  # page switches and new sessions: no ingest at all
    forget_process_state()  # a restarted server checks the store (read-only) and finds it up to date
    at = run("pages/1_Saisonergebnisse.py")
    assert runs(store) == before
    assert metrics(run())["Artikel"] == str(len(list(SAMPLE.glob("*.txt"))))


def test_a_pasted_article_lands_in_the_store_and_survives_a_restart(store):
    at = run()
    n = len(list(SAMPLE.glob("*.txt")))
    at.text_area(key="fbkb.start.paste_text").input(PASTED)
    at.text_input(key="fbkb.start.paste_date").input("2024-03-03")
    next(b for b in at.button if b.label == "Artikel auswerten").click().run()
    assert not at.exception
    assert any("Sie erscheinen jetzt auf allen Seiten" in s.value for s in at.success)
    with Store.open(store, read_only=True) as s:
        article = s.sql("SELECT article_id, title, date, file FROM articles WHERE article_id = 'eingefügt'")
        facts = s.frames(article_ids=["eingefügt"])
        last = s.runs().iloc[-1]
    assert len(article) == 1 and article.iloc[0]["title"] == "Basel siegt im Klassiker"
    assert article.iloc[0]["file"] is None or str(article.iloc[0]["file"]) in ("None", "<NA>", "nan")
    assert str(article.iloc[0]["date"]) == "2024-03-03"
    match = facts.matches.iloc[0]
    assert {match["home_team"], match["away_team"]} == {"FC Basel", "FC Zürich"}
    assert "Shaqiri" in " ".join(facts.goals["player"].dropna())
    assert json.loads(last["inputs"]) == ["eingefügter Text"] and last["status"] == "completed"
    # every page sees it; after a restart too (it is in the store, not in the session)
    forget_process_state()
    at = run()
    assert metrics(at)["Artikel"] == str(n + 1)
    assert "1 hochgeladen" in " ".join(c.value for c in at.sidebar.caption)
    at.query_params["article"] = "eingefügt"
    at.switch_page(ARTICLE_PAGE).run()
    assert at.selectbox(key="fbkb.artikel.article").value == "eingefügt"
    assert "Basel siegt im Klassiker" in [h.value for h in at.header]
    # a second, different paste does not replace the first
    at = run()
    at.text_area(key="fbkb.start.paste_text").input("Zweiter Text\n\nDer FC Luzern gewann 1:0 gegen den FC Thun.")
    next(b for b in at.button if b.label == "Artikel auswerten").click().run()
    with Store.open(store, read_only=True) as s:
        ids = set(s.sql("SELECT article_id FROM articles WHERE file IS NULL")["article_id"])
    assert ids == {"eingefügt", "eingefügt (2)"}
    # and they can be removed again
    at = run()
    next(b for b in at.button if b.label == "Hinzugefügte Artikel entfernen").click().run()
    assert not at.exception
    with Store.open(store, read_only=True) as s:
        assert s.sql("SELECT count(*) AS n FROM articles WHERE file IS NULL")["n"].iloc[0] == 0
        assert s.sql("SELECT count(*) AS n FROM matches WHERE article_id LIKE 'eingefügt%'")["n"].iloc[0] == 0


def test_a_corpus_folder_gets_its_own_store_and_is_ingested_incrementally(store, tmp_path):
    corpus = tmp_path / "meine artikel"
    corpus.mkdir()
    (corpus / "a.txt").write_text(" date 2024-03-02\nFCK siegt\n\nDer 1. FC Kaiserslautern gewann am Samstag "
                                  "beim FC Hansa Rostock mit 3:0 (1:0).", encoding="utf-8")
    at = run(korpus=str(corpus))
    assert metrics(at)["Artikel"] == "1"
    own = [p for p in store.parent.glob("kb--*.duckdb")]
    assert len(own) == 1 and "meine-artikel" in own[0].name
    assert not store.exists()  # the main store is not touched by another folder
    assert len(runs(own[0])) == 1
    (corpus / "b.txt").write_text(" date 2024-03-09\nFCK verliert\n\nDer 1. FC Kaiserslautern verlor am Samstag "
                                  "gegen den SC Paderborn mit 0:2.", encoding="utf-8")
    at = run(korpus=str(corpus))
    assert metrics(at)["Artikel"] == "2"
    last = json.loads(runs(own[0])[-1]["summary"])
    assert (last["new"], last["unchanged"]) == (1, 1)  # only the new article was extracted
    run(korpus=str(corpus))
    assert len(runs(own[0])) == 2


def test_the_store_param_names_another_store(store, tmp_path):
    other = tmp_path / "anderer.duckdb"
    at = run(store=str(other))
    assert other.exists() and not store.exists()
    assert metrics(at)["Artikel"] == str(len(list(SAMPLE.glob("*.txt"))))


def test_a_locked_store_shows_a_german_message(store, monkeypatch):
    from lib.dashboard import data

    monkeypatch.setattr(data, "LOCK_WAIT", 0.3)
    store.parent.mkdir(parents=True)
    lock = WriteLock(store)
    lock.acquire(0)
    try:
        at = run()  # the first run must build the store, but another ingest holds it
        shown = " ".join(w.value for w in at.warning)
        assert "gesperrt" in shown and "anderer Einlesevorgang" in shown
        assert "Noch keine Artikel geladen" in " ".join(i.value for i in at.info)
        for page in PAGES:
            at.switch_page(page).run()
            assert not at.exception, [e.value for e in at.exception]
    finally:
        lock.release()
    at = run()  # lock released: built now
    assert metrics(at)["Artikel"] == str(len(list(SAMPLE.glob("*.txt"))))
    lock.acquire(0)
    try:  # a paste while another ingest writes: the message, no traceback
        at.text_area(key="fbkb.start.paste_text").input(PASTED)
        next(b for b in at.button if b.label == "Artikel auswerten").click().run()
        assert not at.exception
        assert any("gesperrt" in e.value for e in at.error)
    finally:
        lock.release()
