"""Unit tests of the dashboard logic (lib/dashboard): built on hand-made frames, so they test
the dashboard and not the extractor."""
from __future__ import annotations

import datetime as dt
import html as htmllib
import json
import re
from pathlib import Path

import pandas as pd
import pytest

from lib.dashboard import charts, highlight, params, views
from lib.dashboard.labels import EVENT_LABELS, event_code, event_label
from lib.frames import Frames

FCK, BOC, KSC = "1. FC Kaiserslautern", "VfL Bochum", "Karlsruher SC"
TEXT_A = ("VfL Bochum gewinnt 3:2 gegen den FCK. Marlon Ritter traf in der 50. Minute. "
          "Der FCK ist Siebter mit 37 Punkten.")
TEXT_B = "Der FCK hat sich von Trainer Dirk Schuster getrennt. Nachfolger wird Dimitrios Grammozis."
TEXT_C = "Kaiserslautern schlägt Karlsruhe 2:0 und vorher 1:1 im Hinspiel."


def span(text: str, sentence: str) -> dict:
    start = text.index(sentence)
    return {"sent_start": start, "sent_end": start + len(sentence), "sentence": sentence}


def make_frames() -> Frames:
    s_a1 = span(TEXT_A, "VfL Bochum gewinnt 3:2 gegen den FCK.")
    s_a2 = span(TEXT_A, "Marlon Ritter traf in der 50. Minute.")
    s_a3 = span(TEXT_A, "Der FCK ist Siebter mit 37 Punkten.")
    s_b1 = span(TEXT_B, "Der FCK hat sich von Trainer Dirk Schuster getrennt.")
    s_b2 = span(TEXT_B, "Nachfolger wird Dimitrios Grammozis.")
    s_c = span(TEXT_C, TEXT_C)
    return Frames.from_rows({
        "articles": [
            {"article_id": "a.txt", "source": "x/a.txt", "title": "Bochum schlägt FCK", "date": "2026-03-08",
             "season": "2025/26", "football": True, "text": TEXT_A, "n_matches": 1, "n_goals": 2},
            {"article_id": "b.txt", "source": "x/b.txt", "title": "Schuster entlassen", "date": "2023-11-30",
             "season": "2023/24", "football": True, "text": TEXT_B, "n_coach_events": 2},
            {"article_id": "c.txt", "source": "x/c.txt", "title": None, "date": "2023-09-16",
             "season": "2023/24", "football": True, "text": TEXT_C, "n_matches": 2},
            {"article_id": "d.txt", "source": "x/d.txt", "title": "Doppelt", "date": "2026-03-09",
             "season": "2025/26", "football": True, "text": TEXT_A, "n_matches": 1},
        ],
        "matches": [
            {"match_id": "a.txt#m1", "article_id": "a.txt", "home_team": BOC, "away_team": FCK, "home_goals": 3,
             "away_goals": 2, "home_goals_ht": 1, "away_goals_ht": 1, "ordered": True, "date": "2026-03-08",
             "season": "2025/26", "venue": "Ruhrstadion", "attendance": 26000, **s_a1},
            # the same game again in another article, less detailed: must be counted once
            {"match_id": "d.txt#m1", "article_id": "d.txt", "home_team": BOC, "away_team": FCK, "home_goals": 3,
             "away_goals": 2, "ordered": True, "date": "2026-03-08", "season": "2025/26", **s_a1},
            {"match_id": "c.txt#m1", "article_id": "c.txt", "home_team": FCK, "away_team": KSC, "home_goals": 2,
             "away_goals": 0, "ordered": True, "date": "2023-09-16", "season": "2023/24", **s_c},
            {"match_id": "c.txt#m2", "article_id": "c.txt", "home_team": KSC, "away_team": FCK, "home_goals": 1,
             "away_goals": 1, "ordered": False, "date": "2023-09-10", "season": "2023/24", **s_c},
        ],
        "goals": [
            {"goal_id": "g1", "match_id": "a.txt#m1", "article_id": "a.txt", "team": FCK, "player": "Marlon Ritter",
             "minute": 50, "penalty": False, "own_goal": False, **s_a2},
            {"goal_id": "g2", "match_id": "a.txt#m1", "article_id": "a.txt", "team": BOC, "player": "Philipp Hofmann",
             "minute": 90, "stoppage": 3, "penalty": True, "own_goal": False, **s_a1},
            {"goal_id": "g3", "match_id": "d.txt#m1", "article_id": "d.txt", "team": FCK, "player": "Marlon Ritter",
             "minute": 50, "penalty": False, "own_goal": False, **s_a2},
            {"goal_id": "g4", "match_id": "c.txt#m1", "article_id": "c.txt", "team": FCK, "player": "Marlon Ritter",
             "minute": 12, "penalty": False, "own_goal": False, **s_c},
            {"goal_id": "g5", "match_id": "c.txt#m1", "article_id": "c.txt", "team": FCK, "player": "Jannik Kof",
             "minute": None, "penalty": False, "own_goal": True, **s_c},
        ],
        "standings": [
            {"article_id": "a.txt", "team": FCK, "position": 7, "points": 37, "season": "2025/26",
             "date": "2026-03-08", **s_a3},
        ],
        "coach_events": [
            {"article_id": "b.txt", "person": "Dirk Schuster", "club": FCK, "event": "dismissed",
             "date": "2023-11-30", **s_b1},
            {"article_id": "b.txt", "person": "Dimitrios Grammozis", "club": FCK, "event": "appointed",
             "date": None, **s_b2},
            {"article_id": "b.txt", "person": "Dirk Schuster", "club": FCK, "event": "appointed",
             "date": "2022-02-01", **s_b1},
        ],
        "people": [
            {"article_id": "b.txt", "name": "Dirk Schuster", "role": "coach", "club": FCK, "n_mentions": 1, **s_b1},
        ],
    })


@pytest.fixture()
def frames() -> Frames:
    return make_frames()


def test_clubs_and_default_club(frames):
    assert views.clubs(frames)[0] == FCK
    assert views.default_club(frames) == FCK
    assert views.default_club(frames, preferred="Hertha BSC") == FCK  # most frequent as fallback
    assert views.default_club(Frames.empty()) is None


def test_default_club_is_not_hard_wired(frames):
    frames.matches = frames.matches[frames.matches["home_team"] == BOC]
    frames.goals = frames.goals.iloc[0:0]
    frames.standings = frames.standings.iloc[0:0]
    frames.coach_events = frames.coach_events.iloc[0:0]
    frames.people = frames.people.iloc[0:0]
    assert views.default_club(frames, preferred="Hertha BSC") in (BOC, FCK)
    assert views.default_club(frames) == FCK


def test_seasons_newest_first(frames):
    assert views.seasons(frames, FCK) == ["2025/26", "2023/24"]
    assert views.seasons(frames, "Nobody FC") == []


def test_corpus_summary(frames):
    summary = views.corpus_summary(frames)
    assert summary["articles"] == 4
    assert (summary["first"], summary["last"]) == ("2023-09-16", "2026-03-09")
    assert summary["seasons"] == ["2023/24", "2025/26"]
    assert summary["facts"]["Spiele"] == 4 and summary["facts"]["Trainer-Ereignisse"] == 3


def test_club_matches_from_the_clubs_point_of_view(frames):
    table = views.club_matches(frames, FCK, "2025/26")
    assert len(table) == 1  # two reports of one game
    row = table.iloc[0]
    assert (row["Gegner"], row["Heim/Auswärts"], row["Ergebnis"], row["Halbzeit"], row["S/U/N"]) == \
        (BOC, "Auswärts", "2:3", "1:1", "N")
    assert row["Stadion"] == "Ruhrstadion" and row["Zuschauer"] == 26000
    assert row["Quellen"] == 2 and row["article_id"] == "a.txt"
    assert "Marlon Ritter 50." in row["Torschützen"] and "Philipp Hofmann 90.+3 (Elfmeter)" in row["Torschützen"]
    bochum = views.club_matches(frames, BOC, "2025/26").iloc[0]
    assert (bochum["Ergebnis"], bochum["S/U/N"], bochum["Heim/Auswärts"]) == ("3:2", "S", "Heim")


def test_club_matches_unordered_and_empty(frames):
    table = views.club_matches(frames, FCK, "2023/24")
    assert list(table["Datum"]) == ["2023-09-10", "2023-09-16"]  # oldest first
    assert table.iloc[0]["Heim/Auswärts"] == "unbekannt"
    assert views.club_matches(frames, "Nobody FC").empty
    assert views.club_matches(Frames.empty(), FCK).empty


def test_season_summary(frames):
    s = views.season_summary(views.club_matches(frames, FCK, "2023/24"))
    assert s == {"Spiele": 2, "S": 1, "U": 1, "N": 0, "Tore": 3, "Gegentore": 1, "Tordifferenz": 2, "Punkte": 4}
    assert views.season_summary(views.club_matches(Frames.empty(), FCK))["Punkte"] == 0


def test_result_colours(frames):
    assert "#c8e6c9" in views.result_colour("S") and "#ffcdd2" in views.result_colour("N")
    assert views.result_colour(None) == "" and views.result_colour(pd.NA) == ""
    styled = views.style_results(views.club_matches(frames, FCK)).to_html()
    assert "#ffcdd2" in styled and "#c8e6c9" in styled


def test_all_matches_and_standings(frames):
    everything = views.all_matches(frames)
    assert len(everything) == 3
    assert "3:2" in set(everything["Ergebnis"])
    assert len(views.all_matches(frames, "2025/26")) == 1
    series = views.standings_series(frames, FCK, "2025/26")
    assert list(series[["Platz", "Punkte"]].iloc[0]) == [7, 37]
    points = views.points_from_matches(views.club_matches(frames, FCK, "2023/24"))
    assert list(points["Punkte"]) == [1, 4]


def test_goal_table_deduplicates_and_joins_games(frames):
    goals = views.goal_table(frames)
    ritter = goals[goals["Spieler"] == "Marlon Ritter"]
    assert sorted(ritter["Minute"]) == ["12.", "50."]  # the 50th-minute goal once, despite two reports
    fifty = ritter[ritter["Minute"] == "50."].iloc[0]
    assert (fifty["Heim/Auswärts"], fifty["Gegner"], fifty["Saison"]) == ("Auswärts", BOC, "2025/26")
    assert fifty["Spiel"] == "VfL Bochum – 1. FC Kaiserslautern 3:2 (1:1)"
    assert fifty["Satz"] == "Marlon Ritter traf in der 50. Minute."
    assert set(views.goal_table(frames, club=BOC)["Spieler"]) == {"Philipp Hofmann"}
    assert set(views.goal_table(frames, season="2023/24")["Minute"]) == {"12.", "–"}


def test_top_scorers_mark_penalties_and_own_goals(frames):
    goals = views.goal_table(frames)
    long = views.top_scorers(goals)
    assert long.iloc[0]["Spieler"] == "Marlon Ritter" and long.iloc[0]["Gesamt"] == 2
    assert set(long["Art"]) == {"Tor", "Elfmeter", "Eigentor"}
    assert "Jannik Kof" not in set(views.top_scorers(goals, include_own_goals=False)["Spieler"])
    ranking = views.scorer_ranking(goals)
    assert ranking.iloc[0].to_dict() | {} == {"Spieler": "Marlon Ritter", "Verein": FCK, "Tore": 2,
                                              "Elfmeter": 0, "Eigentore": 0}
    assert views.top_scorers(views.goal_table(Frames.empty())).empty


@pytest.mark.parametrize("minute,label", [(1, "1.–15."), (15, "1.–15."), (16, "16.–30."), (45, "31.–45.+"),
                                          (46, "46.–60."), (75, "61.–75."), (90, "76.–90.+"),
                                          (105, "Verlängerung"), (None, None)])
def test_minute_bin(minute, label):
    assert views.minute_bin(minute) == label


def test_minute_bins_and_home_away(frames):
    goals = views.goal_table(frames)
    bins = views.minute_bins(goals)
    assert list(bins["Zeitraum"].cat.categories)[:6] == views.MINUTE_BINS[:6]
    assert bins.groupby("Zeitraum", observed=True)["Tore"].sum().to_dict()["46.–60."] == 1
    assert bins["Tore"].sum() == 3 and views.goals_without_minute(goals) == 1
    ha = views.home_away(goals).set_index("Ort")["Tore"].to_dict()
    assert ha == {"Heim": 3, "Auswärts": 1}


def test_coach_table_and_search(frames):
    table = views.coach_table(frames)
    assert list(table["Ereignis"]) == ["entlassen", "verpflichtet", "verpflichtet"]  # newest first
    assert table.iloc[0]["Datum"] == "2023-11-30"
    grammozis = table[table["Person"] == "Dimitrios Grammozis"].iloc[0]
    assert grammozis["Datum"] == "2023-11-30" and grammozis["Datum aus Artikel"]
    found = views.search_coach(table, "Schuster")
    assert set(found["Person"]) == {"Dirk Schuster"}
    assert list(views.search_coach(table, "schuster ENTLASSEN")["event"]) == ["dismissed"]
    assert list(views.search_coach(table, "dismissed")["event"]) == ["dismissed"]
    assert len(views.search_coach(table, "getrennt")) == 2  # the sentence is searched too
    assert views.search_coach(table, "Grammozís").shape[0] == 1  # accents ignored
    assert views.search_coach(table, clubs=[BOC]).empty
    assert len(views.search_coach(table, events=["appointed"])) == 2
    assert list(views.search_coach(table, start=dt.date(2023, 1, 1), end=dt.date(2023, 12, 31))["Person"]) == \
        ["Dirk Schuster", "Dimitrios Grammozis"]
    assert views.search_coach(views.coach_table(Frames.empty()), "x").empty


def test_tenures(frames):
    table = views.coach_table(frames)
    tenures = views.tenures(table).set_index("Person")
    assert tenures.loc["Dirk Schuster", "Beginn"] == "2022-02-01"
    assert tenures.loc["Dirk Schuster", "Ende"] == "2023-11-30" and not tenures.loc["Dirk Schuster", "offen"]
    assert tenures.loc["Dimitrios Grammozis", "offen"]
    assert views.tenures(views.coach_table(Frames.empty())).empty


def test_event_labels_are_german():
    assert event_label("dismissed") == "entlassen" and event_label("appointed") == "verpflichtet"
    assert event_label("candidate") == "Kandidat" and event_label(pd.NA) == "unbekannt"
    assert all(event_code(label) == code for code, label in EVENT_LABELS.items())


def test_article_search(frames):
    index = views.article_index(frames)
    assert set(views.search_articles(index, "Schuster")["article_id"]) == {"b.txt"}
    assert set(views.search_articles(index, club=BOC)["article_id"]) == {"a.txt", "d.txt"}
    assert set(views.search_articles(index, person="ritter")["article_id"]) == {"a.txt", "c.txt", "d.txt"}
    dated = views.search_articles(index, start=dt.date(2023, 9, 1), end=dt.date(2023, 12, 31))
    assert list(dated["article_id"]) == ["b.txt", "c.txt"]  # newest first
    assert views.search_articles(index, "kein Treffer hier").empty


def test_article_facts_and_entities(frames):
    facts = views.article_facts(frames, "a.txt")
    assert list(facts["Art"]) == ["Spiele", "Tore", "Tore", "Tabellenstände"]
    assert facts.iloc[0]["Fakt"].startswith("VfL Bochum – 1. FC Kaiserslautern 3:2 (1:1)")
    assert "Marlon Ritter für 1. FC Kaiserslautern, 50. Minute" in set(facts["Fakt"])
    names = views.article_entities(frames, "b.txt")
    assert names["Dirk Schuster"] == "Trainer" and names["Schuster"] == "Trainer" and names[FCK] == "Verein"
    assert views.article_facts(frames, "nope").empty
    assert views.source_sentence(frames, "a.txt", 38, 75) == "Marlon Ritter traf in der 50. Minute."


HOSTILE = 'Er sagte <script>alert(1)</script> und <img src=x onerror=alert(1)> & "Dirk Schuster" ging.\nEnde'


def test_highlight_escapes_everything():
    entities = highlight.entity_spans(HOSTILE, {"Dirk Schuster": "<b>Trainer</b>", "Schuster": "Trainer"})
    assert [(e.start, e.end) for e in entities] == [(HOSTILE.index("Dirk"), HOSTILE.index("Dirk") + 13)]
    sentences = highlight.sentence_spans([(0, 8, "quotes"), (0, 8, "people"), (5, 30, "goals"),
                                          (None, 3, "matches"), (10, 10_000, "matches")], len(HOSTILE))
    assert [(s.start, s.end) for s in sentences] == [(0, 8)] and sentences[0].label == "Zitate · Personen"
    out = highlight.render_article(HOSTILE, sentences, entities, selected=(0, 8))
    assert "<script" not in out and "<img" not in out and "<b>" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out and "&lt;img src=x onerror=alert(1)&gt;" in out
    assert "&lt;b&gt;Trainer&lt;/b&gt;" in out and "\n" not in out and "<br>" in out
    assert "outline" in out
    visible = htmllib.unescape(re.sub(r"<[^>]+>", "", out.replace("<br>", "\n")))
    assert "<script>alert(1)</script>" in visible and "Dirk Schuster" in visible
    quote = highlight.render_sentence(HOSTILE)
    assert "<script" not in quote and "&lt;script&gt;" in quote


def test_params_roundtrip():
    rng = (dt.date(2023, 1, 2), dt.date(2024, 5, 6))
    assert params.decode_date_range(params.encode_date_range(rng)) == rng
    assert params.decode_date_range("2024-05-06..2023-01-02") == rng
    assert params.decode_date_range("kaputt") is None and params.decode_date_range(None) is None
    assert params.decode_span(params.encode_span(3, 9)) == (3, 9) and params.decode_span("9-3") is None
    assert params.encode_span(pd.NA, 3) is None
    link = params.article_link("001 FCK & Co.txt", 3, 9, corpus="/tmp/x y")
    assert link.startswith("artikel?article=001+FCK+%26+Co.txt&satz=3-9&korpus=")
    assert params.article_link(pd.NA) is None


def _altair_spec(chart) -> str:
    """What `st.altair_chart` sends for an Altair chart: the spec with its Arrow datasets."""
    from streamlit.elements.vega_charts import _convert_altair_to_vega_lite_spec

    spec = _convert_altair_to_vega_lite_spec(chart)
    return json.dumps(spec, default=bytes.hex)


def test_charts_are_the_specs_altair_wrote(frames):
    import altair_charts as reference

    goals = views.goal_table(frames)
    table = views.coach_table(frames)
    cases = [
        ("season_chart", (views.standings_series(frames, FCK, "2025/26"),)),
        ("season_chart", (views.standings_series(frames, KSC), views.points_from_matches(views.club_matches(frames, FCK)))),
        ("season_chart", (views.standings_series(frames, KSC),)),
        ("top_scorer_chart", (views.top_scorers(goals),)),
        ("top_scorer_chart", (views.top_scorers(goals.iloc[:0]),)),
        ("minute_chart", (views.minute_bins(goals),)),
        ("minute_chart", (views.minute_bins(goals.iloc[:0]),)),
        ("home_away_chart", (views.home_away(goals),)),
        ("coach_timeline", (views.tenures(table), table)),
        ("coach_timeline", (views.tenures(table).iloc[:0], table)),
        ("coach_timeline", (views.tenures(table), table.iloc[:0])),
    ]
    for name, args in cases:
        spec = getattr(charts, name)(*args)
        assert spec["$schema"].startswith("https://vega.github.io/schema/vega-lite/")
        assert json.dumps(spec, default=bytes.hex) == _altair_spec(getattr(reference, name)(*args)), name


def test_data_module_resolves_corpus_paths(tmp_path):
    from lib.dashboard import data

    assert data.resolve_corpus("") == data.SAMPLE_DIR
    assert data.resolve_corpus("data/sample") == data.SAMPLE_DIR.resolve()
    assert data.resolve_corpus(str(tmp_path / "missing")) is None
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    (tmp_path / "b.pdf").write_text("x", encoding="utf-8")
    first = data.fingerprint(tmp_path)
    assert [item[0] for item in first] == ["a.txt"]
    (tmp_path / "a.txt").write_text("xyz", encoding="utf-8")
    assert data.fingerprint(tmp_path) != first  # content change -> new cache key
    assert Path(data.PROJECT_DIR, "app.py").exists()


def test_markdown_in_names_and_titles_is_shown_as_typed():
    from lib.dashboard.labels import md_escape

    assert md_escape("**Fett**") == "\\*\\*Fett\\*\\*"
    assert md_escape("[x](javascript:alert(1))") == "\\[x\\]\\(javascript:alert\\(1\\)\\)"
    assert md_escape("<img src=x>") == "\\<img src=x\\>"
    assert md_escape("Hofmann") == "Hofmann"


def test_article_search_ignores_case_accents_and_sharp_s(frames):
    articles = frames.articles.copy()
    articles.loc[0, "text"] = "Ein Tor von Schüßler, Flanke von CAFÉ-Besitzer Núñez."
    index = views.article_index(Frames(**{**{k: getattr(frames, k) for k in Frames.__dataclass_fields__},
                                          "articles": articles}))
    wanted = {str(articles.loc[0, "article_id"])}
    for query in ("schussler", "SCHÜSSLER", "cafe-besitzer nunez", "Núñez"):
        assert set(views.search_articles(index, query)["article_id"]) == wanted, query
    assert views.fold_series(pd.Series(["Ǆ Ñandú", None])).tolist() == ["dz nandu", ""]
