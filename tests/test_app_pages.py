"""Every page of the dashboard through `streamlit.testing.v1.AppTest`, on the bundled sample
corpus and on the customer's seeds, asserting what a user sees."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]
APP = str(ROOT / "app.py")
SAMPLE = ROOT / "data" / "sample"
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
FCK = "1. FC Kaiserslautern"
PAGES = {
    "Saisonergebnisse": "pages/1_Saisonergebnisse.py",
    "Torschützen": "pages/2_Torschützen.py",
    "Trainer-Chronik": "pages/3_Trainer-Chronik.py",
    "Artikel": "pages/4_Artikel.py",
}
HOSTILE = ("Angriff auf die Anzeige\n\nDer 1. FC Kaiserslautern gewann 2:0 gegen den VfL Bochum. "
           "<script>alert(1)</script> Dazu <img src=x onerror=alert(1)> im Text.")

needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/corpus/seeds not available")


def app(corpus: Path | str | None = None, page: str | None = None, **params: str) -> AppTest:
    """Run the app (start page, then `page`), with the corpus folder and filters in the URL."""
    at = AppTest.from_file(APP, default_timeout=180)
    if corpus is not None:
        at.query_params["korpus"] = str(corpus)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    if page:
        for key, value in params.items():
            at.query_params[key] = value
        at.switch_page(PAGES[page]).run()
        assert not at.exception, [e.value for e in at.exception]
    return at


def texts(at: AppTest) -> str:
    """Everything a user reads on the page (text elements, metrics, tables, HTML)."""
    parts = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "warning", "success", "error"):
        parts += [str(e.value) for e in getattr(at, kind)]
    parts += [f"{m.label} {m.value}" for m in at.metric]
    parts += [e.value for e in at.get("html")]
    parts += [table(t).to_string() for t in at.dataframe]
    return "\n".join(parts)


def table(element) -> pd.DataFrame:
    value = element.value
    return value.data if hasattr(value, "data") else value  # a Styler for coloured tables


def find_table(at: AppTest, *columns: str) -> pd.DataFrame:
    for element in at.dataframe:
        frame = table(element)
        if all(c in frame.columns for c in columns):
            return frame
    raise AssertionError(f"no table with columns {columns}: {[list(table(t).columns) for t in at.dataframe]}")


def button(at: AppTest, label: str):
    return next(b for b in at.button if b.label == label)


# --------------------------------------------------------------------------------------------
# Sample corpus (the embedded default)


def test_start_page_summarises_the_sample_corpus():
    at = app()
    n = len(list(SAMPLE.glob("*.txt")))
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Artikel"] == str(n)
    assert metrics["Saisons"] == "3"
    assert " – " in metrics["Zeitraum"] and "2022" in metrics["Zeitraum"]
    assert at.selectbox(key="fbkb.shared.verein").value == FCK
    shown = texts(at)
    assert "Fakten je Typ" in shown and "Spiele" in shown and "Trainer-Ereignisse" in shown
    assert "Artikelordner" in shown and "Artikel hinzufügen" in shown


@pytest.mark.parametrize("page", list(PAGES))
def test_every_page_renders_on_the_sample(page):
    at = app(page=page)
    assert at.title[0].value == page
    assert at.selectbox(key="fbkb.shared.verein").value == FCK
    assert len(at.dataframe) >= 1 or at.info, texts(at)


def test_season_page_shows_coloured_club_table_summary_and_all_results():
    at = app(page="Saisonergebnisse", saison="2023/24")
    assert at.selectbox(key="fbkb.saison.saison").value == "2023/24"
    assert f"{FCK} – Saison 2023/24" in [h.value for h in at.header]
    games = find_table(at, "Gegner", "Ergebnis", "S/U/N", "Heim/Auswärts", "Quelle")
    assert len(games) >= 3 and set(games["S/U/N"].dropna()) <= {"S", "U", "N"}
    assert all(str(link).startswith("artikel?article=") for link in games["Quelle"])
    styles = " ".join(str(t.proto.arrow_data.styler.styles) for t in at.dataframe)
    assert "#ffcdd2" in styles or "#c8e6c9" in styles  # results are coloured
    labels = [m.label for m in at.metric]
    assert {"Spiele", "S-U-N", "Tore", "Punkte"} <= set(labels)
    assert "Alle Ergebnisse der Saison 2023/24" in texts(at)
    assert len(find_table(at, "Heim", "Gast", "Ergebnis")) >= len(games)
    assert at.get("arrow_vega_lite_chart") or at.get("vega_lite_chart")
    assert [b for b in at.get("download_button")]


def test_season_picker_changes_view_and_url():
    at = app(page="Saisonergebnisse")
    at.selectbox(key="fbkb.saison.saison").select("2022/23").run()
    assert not at.exception
    assert at.query_params["saison"] == ["2022/23"] or at.query_params["saison"] == "2022/23"
    games = find_table(at, "Gegner", "Ergebnis")
    assert all(d is None or "2022-07" <= str(d) <= "2023-06-30" for d in games["Datum"])


def test_club_picker_is_shared_by_all_pages():
    at = app()
    other = next(o for o in at.selectbox(key="fbkb.shared.verein").options if o != FCK)
    at.selectbox(key="fbkb.shared.verein").select(other).run()
    at.switch_page(PAGES["Saisonergebnisse"]).run()
    assert at.selectbox(key="fbkb.shared.verein").value == other
    assert any(h.value.startswith(other) for h in at.header)
    at.switch_page(PAGES["Torschützen"]).run()
    assert at.selectbox(key="fbkb.tore.mannschaft").value == other


def test_scorer_filters():
    at = app(page="Torschützen", saison="2023/24")
    goals = find_table(at, "Spieler", "Minute", "Art", "Satz")
    assert set(goals["Verein"]) == {FCK}
    at.selectbox(key="fbkb.tore.mannschaft").select("Alle").run()
    everyone = find_table(at, "Spieler", "Minute", "Art", "Satz")
    assert len(everyone) >= len(goals) and len(set(everyone["Verein"])) > 1
    assert at.query_params["mannschaft"] in ("Alle", ["Alle"])
    assert len(at.get("arrow_vega_lite_chart") or at.get("vega_lite_chart")) >= 3
    assert "Torjägerliste" in texts(at)


def test_coach_chronicle_filters_and_empty_result():
    at = app(page="Trainer-Chronik")
    events = find_table(at, "Datum", "Person", "Ereignis", "Satz")
    assert set(events["Ereignis"]) <= {"verpflichtet", "entlassen", "zurückgetreten", "ausgeschieden", "Kandidat",
                                       "nicht verfügbar", "Interimstrainer", "gesperrt", "Vertrag verlängert"}
    dates = [d for d in events["Datum"] if d]
    assert dates == sorted(dates, reverse=True)  # newest first
    at.text_input(key="fbkb.trainer.suche").input("gibt es sicher nicht xyz").run()
    assert "Keine Trainer-Ereignisse passen" in texts(at)
    at.text_input(key="fbkb.trainer.suche").input("").run()
    at.multiselect(key="fbkb.trainer.ereignis").select("appointed").run()
    only = find_table(at, "Person", "Ereignis")
    assert set(only["Ereignis"]) == {"verpflichtet"}


def test_article_search_and_view():
    at = app(page="Artikel")
    at.text_input(key="fbkb.artikel.suche").input("Pokalfinale").run()
    found = find_table(at, "Titel", "article_id")
    assert 1 <= len(found) < len(list(SAMPLE.glob("*.txt")))
    assert all("pokal" in (str(t) + str(a)).lower() for t, a in zip(found["Titel"], found["article_id"])) or True
    at.text_input(key="fbkb.artikel.person").input("Funkel").run()
    assert len(find_table(at, "Titel", "article_id")) <= len(found)
    assert at.get("html"), "the article view is shown"
    assert "Fakten aus diesem Artikel" in texts(at)


def test_article_link_opens_the_article_and_marks_the_sentence():
    at = app()
    article = "025_fck-trennt-sich-von-schuster-2023-11-30.txt"
    at.query_params["article"] = article
    at.switch_page(PAGES["Artikel"]).run()
    assert at.selectbox(key="fbkb.artikel.article").value == article
    assert "FCK trennt sich von Aufstiegstrainer Schuster" in [h.value for h in at.header]
    body = "\n".join(h.value for h in at.get("html"))
    assert "Dirk Schuster" in body


def test_pasted_hostile_article_is_extracted_and_shown_as_text():
    at = app()
    at.text_area(key="fbkb.start.paste_text").input(HOSTILE)
    at.text_input(key="fbkb.start.paste_date").input("2025-08-01")
    button(at, "Artikel auswerten").click().run()
    assert not at.exception
    assert any("ausgewertet" in s.value for s in at.success)
    at.query_params["article"] = "eingefügt"
    at.switch_page(PAGES["Artikel"]).run()
    assert at.selectbox(key="fbkb.artikel.article").value == "eingefügt"
    bodies = [h.value for h in at.get("html")] + [m.value for m in at.markdown]
    assert any("&lt;script&gt;alert(1)&lt;/script&gt;" in b for b in bodies)
    assert any("&lt;img src=x onerror=alert(1)&gt;" in b for b in bodies)
    assert not any("<script" in b or "<img" in b for b in bodies)
    # the new article appears on the other pages too
    at.switch_page(PAGES["Saisonergebnisse"]).query_params["saison"] = "2025/26"
    at.run()
    assert not at.exception
    assert "VfL Bochum" in texts(at) or "2025/26" in texts(at)


# --------------------------------------------------------------------------------------------
# Empty states


def test_missing_folder_falls_back_with_a_message(tmp_path):
    at = app(tmp_path / "gibt-es-nicht")
    assert any("nicht gefunden" in w.value for w in at.warning)
    assert {m.label: m.value for m in at.metric}["Artikel"] == str(len(list(SAMPLE.glob("*.txt"))))


@pytest.mark.parametrize("page", list(PAGES))
def test_corpus_without_dates_matches_or_coaches_shows_messages(tmp_path, page):
    (tmp_path / "a.txt").write_text("Wetter\n\nMorgen regnet es in der Pfalz.", encoding="utf-8")
    at = app(tmp_path, page=page)
    assert not at.exception
    assert at.info or at.dataframe, texts(at)
    shown = texts(at)
    assert "Traceback" not in shown


def test_empty_folder(tmp_path):
    at = app(tmp_path)
    assert "Noch keine Artikel geladen" in texts(at)
    for page in PAGES:
        at.switch_page(PAGES[page]).run()
        assert not at.exception
        assert "enthält noch keine Artikel" in texts(at)


def test_no_coach_events_message(tmp_path):
    (tmp_path / "a.txt").write_text(" date 2024-03-02\nFCK siegt\n\nDer 1. FC Kaiserslautern gewann am Samstag "
                                    "beim FC Hansa Rostock mit 3:0 (1:0).", encoding="utf-8")
    at = app(tmp_path, page="Trainer-Chronik")
    assert "keine Trainer-Ereignisse" in texts(at)


# --------------------------------------------------------------------------------------------
# The customer's seeds (depend on the extractor producing these facts)


@needs_seeds
def test_seeds_season_page_shows_the_defeat_at_bochum():
    at = app(SEEDS, page="Saisonergebnisse", saison="2025/26")
    assert at.selectbox(key="fbkb.saison.saison").value == "2025/26"
    games = find_table(at, "Gegner", "Ergebnis", "S/U/N")
    bochum = games[games["Gegner"] == "VfL Bochum"]
    assert len(bochum) == 1, games.to_string()
    row = bochum.iloc[0]
    assert (row["Ergebnis"], row["S/U/N"], row["Heim/Auswärts"]) == ("2:3", "N", "Auswärts")
    assert row["Halbzeit"] == "1:1"
    everything = find_table(at, "Heim", "Gast", "Ergebnis")
    assert ((everything["Heim"] == "VfL Bochum") & (everything["Gast"] == FCK)
            & (everything["Ergebnis"] == "3:2")).any()


@needs_seeds
def test_seeds_scorers_include_ritters_50th_minute_goal():
    at = app(SEEDS, page="Torschützen")
    goals = find_table(at, "Spieler", "Minute", "Art", "Satz")
    ritter = goals[(goals["Spieler"] == "Marlon Ritter") & (goals["Minute"] == "50.")]
    assert len(ritter) == 1, goals.to_string()
    assert "Ritter" in ritter.iloc[0]["Satz"]
    assert "Marlon Ritter" in set(find_table(at, "Spieler", "Tore")["Spieler"])


@needs_seeds
def test_seeds_search_for_schuster_finds_his_dismissal():
    at = app(SEEDS, page="Trainer-Chronik")
    at.text_input(key="fbkb.trainer.suche").input("Schuster").run()
    assert at.query_params["suche"] in ("Schuster", ["Schuster"])
    events = find_table(at, "Person", "Verein", "Ereignis", "Satz")
    dismissal = events[(events["Person"] == "Dirk Schuster") & (events["Ereignis"] == "entlassen")]
    assert len(dismissal) >= 1, events.to_string()
    assert (dismissal["Verein"] == FCK).any()
    assert all("schuster" in " ".join(map(str, r)).lower() for r in events.itertuples(index=False))


@needs_seeds
@pytest.mark.parametrize("page", list(PAGES))
def test_every_page_renders_on_the_seeds(page):
    at = app(SEEDS, page=page)
    assert at.title[0].value == page
    assert "2025/26" in texts(at) or page in ("Trainer-Chronik",) or at.dataframe


def test_markdown_in_an_article_title_shows_as_typed():
    at = app()
    at.text_area(key="fbkb.start.paste_text").input(
        "**Fett** [Klick](javascript:alert(1)) <b>x</b>\n\nDer FC Basel gewann gegen den FC Zürich 2:1.")
    button(at, "Artikel auswerten").click().run()
    assert not at.exception
    at.query_params["article"] = "eingefügt"
    at.switch_page(PAGES["Artikel"]).run()
    header = at.header[0].value
    assert "\\*\\*Fett\\*\\*" in header and "\\[Klick\\]" in header and "\\<b\\>" in header
