"""Consolidation: the same match / goal / coaching change told by several articles becomes one
entity with all its sources; disagreements are kept and flagged. Fixtures are our own
multi-article stories (tests/kb_fixtures.py), extracted with the real extractor."""
from __future__ import annotations

import pandas as pd
import pytest

import lib
from lib.consolidate import build_tenures, consolidate, is_rumour
from lib.frames import Frames

try:
    from tests import kb_fixtures as K
except ImportError:  # pragma: no cover - run from inside tests/
    import kb_fixtures as K

FCK, STP, D98 = "1. FC Kaiserslautern", "FC St. Pauli", "SV Darmstadt 98"


def extract(tmp_path, *stories, **single):
    return lib.extract([K.write(tmp_path / "corpus", *stories, **single)])


def pair_rows(kb, a=STP, b=FCK):
    m = kb.matches
    return m[((m["home_team"] == a) & (m["away_team"] == b)) | ((m["home_team"] == b) & (m["away_team"] == a))]


def test_one_match_told_three_ways_is_one_row_with_three_sources(tmp_path):
    frames = extract(tmp_path, K.THREE_WAYS)
    assert len(frames.matches) == 3  # three mentions ...
    kb = consolidate(frames)
    rows = pair_rows(kb)
    assert len(rows) == 1, kb.matches.to_string()  # ... one match
    row = rows.iloc[0]
    assert row["n_sources"] == 3
    assert set(row["sources"].split("; ")) == set(K.THREE_WAYS)
    assert (row["home_team"], row["away_team"], row["home_goals"], row["away_goals"]) == (STP, FCK, 2, 3)
    assert (row["home_goals_ht"], row["away_goals_ht"]) == (1, 1)  # from the match report
    assert row["season"] == "2013/14" and row["date"] == "2014-04-11"
    assert row["score_basis"] == "übereinstimmend (3 Quellen)" and not row["conflict"]
    assert row["article_id"] == "bericht.txt"  # the most detailed source is the row's provenance
    assert row["entity_id"] == f"2013/14|{FCK}|{STP}|2014-04-11"
    # every mention stays reachable and points to its entity
    mentions = kb.match_mentions
    assert set(mentions["match_id"]) == set(frames.matches["match_id"])
    assert set(mentions["entity_id"]) == {row["entity_id"]}
    assert set(row["mention_ids"].split("; ")) == set(frames.matches["match_id"])
    assert kb.conflicts.empty


def test_contradicting_score_is_flagged_and_majority_shown(tmp_path):
    kb = consolidate(extract(tmp_path, K.THREE_WAYS, rueckblick_txt=K.CONTRADICTING))
    rows = pair_rows(kb)
    assert len(rows) == 1, kb.matches.to_string()
    row = rows.iloc[0]
    assert row["n_sources"] == 4 and row["conflict"]
    assert (row["home_goals"], row["away_goals"]) == (2, 3)  # the majority, never silently replaced
    assert row["score_basis"] == "Mehrheit (3 von 4 Quellen)"
    assert "2:2" in row["conflict_note"] and "2:3" in row["conflict_note"]
    conflict = kb.conflicts[(kb.conflicts["entity_id"] == row["entity_id"]) & (kb.conflicts["field"] == "Ergebnis")]
    assert len(conflict) == 1
    assert "2:2: rueckblick.txt" in conflict.iloc[0]["values"]
    agrees = kb.match_mentions.set_index("article_id")["agrees"]
    assert not agrees["rueckblick.txt"] and agrees["bericht.txt"]


def test_goals_of_several_reports_are_one_goal_and_minute_conflicts_are_flagged(tmp_path):
    kb = consolidate(extract(tmp_path, K.THREE_WAYS, anders_txt=K.OTHER_MINUTE))
    goals = kb.goals.set_index("player")
    jenssen = goals.loc["Ruben Jenssen"]
    assert jenssen["n_sources"] == 2 and set(jenssen["sources"].split("; ")) == {"bericht.txt", "analyse.txt"}
    karl = goals.loc["Markus Karl"]
    assert karl["conflict"] and "61." in karl["conflict_note"] and "63." in karl["conflict_note"]
    assert karl["minute"] == 61  # tie: the more detailed mention (the match report)
    assert ((kb.conflicts["kind"] == "Tor") & (kb.conflicts["field"] == "Minute")).sum() == 1
    # one goal entity per goal, mentions map to it, all in the one match
    assert kb.goal_mentions["goal_entity_id"].nunique() == len(kb.goals) == 5
    assert kb.goals["entity_id"].nunique() == 1


def test_coaching_change_told_as_rumour_news_and_look_back_is_one_event(tmp_path):
    kb = consolidate(extract(tmp_path, K.COACH_CHANGE))
    events = kb.coach_events[kb.coach_events["person"] == "Dirk Schuster"]
    assert len(events) == 1, kb.coach_events.to_string()
    event = events.iloc[0]
    assert (event["club"], event["event"]) == (FCK, "dismissed")
    assert set(event["sources"].split("; ")) == set(K.COACH_CHANGE)
    assert event["date"] == "2023-11-30"  # the news' date, not the rumour's
    assert event["rumour_sources"] == "geruecht.txt" and not event["rumour_only"]
    assert event["article_id"] == "nachricht.txt"
    assert set(kb.coach_mentions["event_id"]) == {event["event_id"]}


def test_people_by_name_variants_and_tenures(tmp_path):
    kb = consolidate(extract(tmp_path, K.DARMSTADT))
    people = kb.people.set_index("name")
    lieberknecht = people.loc["Torsten Lieberknecht"]
    assert set(lieberknecht["variants"].split("; ")) == {"Lieberknecht", "Torsten Lieberknecht"}
    assert set(lieberknecht["sources"].split("; ")) == set(K.DARMSTADT)
    short = kb.person_mentions[kb.person_mentions["name"] == "Lieberknecht"]
    assert set(short["person_id"]) == {lieberknecht["person_id"]} and set(short["how"]) == {"Nachname"}
    tenure = kb.tenures[kb.tenures["person"] == "Torsten Lieberknecht"].iloc[0]
    assert (tenure["club"], tenure["start"], tenure["end"], tenure["open"]) == (D98, "2021-06-01", "2024-10-01", False)
    assert tenure["end_event"] == "dismissed"


def test_two_results_of_one_pair_in_one_article_are_two_matches():
    text = "Hinspiel 2:0, Rückspiel 1:1."
    s = {"sent_start": 0, "sent_end": len(text), "sentence": text}
    frames = Frames.from_rows({
        "articles": [{"article_id": "a", "date": "2023-09-16", "season": "2023/24", "text": text}],
        "matches": [
            {"match_id": "a#m1", "article_id": "a", "home_team": FCK, "away_team": STP, "home_goals": 2,
             "away_goals": 0, "ordered": True, "date": "2023-09-16", "season": "2023/24", **s},
            {"match_id": "a#m2", "article_id": "a", "home_team": STP, "away_team": FCK, "home_goals": 1,
             "away_goals": 1, "ordered": False, "date": "2023-09-10", "season": "2023/24", **s}],
    })
    kb = consolidate(frames)
    assert len(kb.matches) == 2 and kb.conflicts.empty


def test_ambiguous_surname_stays_unlinked():
    rows = []
    for aid, name in (("a", "Marlon Ritter"), ("b", "Daniel Ritter"), ("c", "Ritter")):
        rows.append({"article_id": aid, "name": name, "n_mentions": 1, "sent_start": 0, "sent_end": 1,
                     "sentence": name})
    frames = Frames.from_rows({"articles": [{"article_id": a, "text": "x"} for a in "abc"], "people": rows})
    kb = consolidate(frames)
    assert kb.person_mentions.set_index("article_id").loc["c", "how"] == "mehrdeutig"
    unlinked = kb.unlinked_names.set_index("name").loc["Ritter"]
    assert "Daniel Ritter" in unlinked["candidates"] and "Marlon Ritter" in unlinked["candidates"]


def test_tenures_from_events():
    events = pd.DataFrame([
        {"event_id": "1", "person_id": "P:x", "person": "X", "club": "A", "event": "appointed", "date": "2020-01-01",
         "date_source": "Text", "sources": "a"},
        {"event_id": "2", "person_id": "P:x", "person": "X", "club": "A", "event": "dismissed", "date": "2021-01-01",
         "date_source": "Text", "sources": "b"},
        {"event_id": "3", "person_id": "P:x", "person": "X", "club": "A", "event": "appointed", "date": "2022-01-01",
         "date_source": "Text", "sources": "c"},
    ])
    t = build_tenures(events)
    ends = [None if pd.isna(e) else e for e in t["end"]]
    assert list(zip(t["start"], ends, t["open"])) == [("2020-01-01", "2021-01-01", False),
                                                           ("2022-01-01", None, True)]
    assert build_tenures(events.iloc[0:0]).empty


@pytest.mark.parametrize("sentence,expected", [
    ("Trainer Dirk Schuster steht offenbar vor der Entlassung.", True),
    ("Der Verein soll sich von Schuster trennen.", True),
    ("Der 1. FC Kaiserslautern hat Trainer Dirk Schuster entlassen.", False),
])
def test_rumour_sentences(sentence, expected):
    assert is_rumour(sentence) is expected


def test_empty_frames():
    kb = consolidate(Frames.empty())
    assert kb.matches.empty and kb.goals.empty and kb.coach_events.empty and kb.tenures.empty
    assert kb.confirmed_share()["share"] is None


def test_name_variants_of_equal_length_are_listed_in_the_same_order_every_time():
    """'André Silva' and 'Andre Silva' are one person; the variants are listed shortest first,
    then alphabetically - never in set order, which differs between processes."""
    frames = lib.extract_text("Der FC Porto gewann 2:0. André Silva traf doppelt, Andre Silva jubelte.",
                              date="2023-10-01")
    assert set(frames.people["name"]) == {"André Silva", "Andre Silva"}
    people = consolidate(frames).people
    assert list(people["variants"]) == ["Andre Silva; André Silva"]
