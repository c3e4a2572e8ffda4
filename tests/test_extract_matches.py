"""Match results: home and away right whatever side tells the story; only final scores count."""
from __future__ import annotations

import pandas as pd
import pytest

import lib


def matches_of(text: str, date: str = "2024-10-06"):
    return lib.extract_text(text, date=date).matches


def only_match(text: str):
    frame = matches_of(text)
    assert len(frame) == 1, frame[["home_team", "away_team", "home_goals", "away_goals"]]
    return frame.iloc[0]


def test_away_side_win_is_stored_with_the_host_at_home():
    m = only_match("Der SK Rapid Wien gewann am Sonntag beim SK Sturm Graz mit 2:1 (1:0).")
    assert (m.home_team, m.away_team) == ("SK Sturm Graz", "SK Rapid Wien")
    assert (m.home_goals, m.away_goals, m.home_goals_ht, m.away_goals_ht) == (1, 2, 0, 1)


def test_home_defeat_told_by_the_home_side():
    m = only_match("Der VfL Bochum verlor vor heimischem Publikum gegen den SC Freiburg mit 0:2 (0:1).")
    assert (m.home_team, m.away_team, m.home_goals, m.away_goals) == ("VfL Bochum", "SC Freiburg", 0, 2)


def test_result_list_line_is_home_first():
    m = only_match("Hannover 96 - Hertha BSC 3:1 (2:0)")
    assert (m.home_team, m.away_team, m.home_goals, m.away_goals) == ("Hannover 96", "Hertha BSC", 3, 1)
    assert bool(m.ordered)


def test_draw_without_venue_is_marked_unordered():
    m = only_match("Der 1. FC Nürnberg und Fortuna Düsseldorf trennten sich 1:1.")
    assert {m.home_team, m.away_team} == {"1. FC Nürnberg", "Fortuna Düsseldorf"}
    assert not bool(m.ordered)


def test_result_in_passing_uses_the_city_of_the_host():
    frame = matches_of("Für den Karlsruher SC war es nach dem 0:3 in Darmstadt die dritte Niederlage.")
    assert len(frame) == 1
    m = frame.iloc[0]
    assert (m.home_team, m.away_team, m.home_goals, m.away_goals) == ("SV Darmstadt 98", "Karlsruher SC", 3, 0)


def test_intermediate_and_half_time_scores_are_not_matches():
    text = ("Der FC Basel gewann gegen den FC Luzern mit 3:1. Zur Pause hatte es 1:1 gestanden, "
            "nach dem 2:1 durch einen Kopfball war die Partie entschieden.")
    frame = matches_of(text)
    assert len(frame) == 1
    assert (frame.iloc[0].home_goals, frame.iloc[0].away_goals) == (3, 1)


def test_penalty_shootout_tally_and_kick_off_time_are_not_matches():
    text = ("Rapid Wien setzte sich im Cup gegen den LASK im Elfmeterschießen mit 4:3 durch. "
            "Das nächste Spiel beginnt am Samstag um 17:00 Uhr.")
    assert matches_of(text).empty


def test_attendance_and_venue_attach_to_the_match():
    text = ("Der FC St. Pauli besiegte Hansa Rostock am Millerntor mit 2:0. "
            "Vor 29 546 Zuschauern traf der Stürmer Johannes Eggestein doppelt.")
    m = only_match(text)
    assert m.attendance == 29546
    assert "Millerntor" in m.venue


def test_match_carries_date_season_and_source_sentence():
    text = " date 2024-10-06\nDer SK Rapid Wien gewann beim SK Sturm Graz mit 2:1."
    frame = lib.extract_text(text).matches
    m = frame.iloc[0]
    assert m.season == "2024/25" and m.date == "2024-10-06"
    article_text = lib.extract_text(text).articles.iloc[0].text
    assert article_text[m.sent_start:m.sent_end] == m.sentence
    assert "2:1" in m.sentence


def test_handball_score_is_not_a_football_match():
    text = ("Handball-Bundesliga: Der THW Kiel gewann gegen die SG Flensburg-Handewitt mit 31:28. "
            "Der Rückraumspieler warf sieben Tore, zwei davon per Siebenmeter.")
    frames = lib.extract_text(text)
    assert frames.matches.empty and frames.goals.empty
    assert not bool(frames.articles.iloc[0].football)


def test_clubs_no_list_knows_are_recognised_from_context():
    m = only_match("Der TSV Neustadt gewann am Sonntag gegen Musterstadt mit 2:1.")
    assert {m.home_team, m.away_team} == {"TSV Neustadt", "Musterstadt"}
    m = only_match("Der SK Rapid Wien verlor beim Musterstädter SV mit 0:3.")
    assert (m.home_team, m.away_team, m.home_goals, m.away_goals) == ("Musterstädter SV", "SK Rapid Wien", 3, 0)


def test_unlisted_opponent_right_before_the_score_is_recognised():
    m = only_match("Der FC Arsenal verlor am Samstag gegen Musterstadt 0:2 (0:1).")
    assert {m.home_team, m.away_team} == {"FC Arsenal", "Musterstadt"}
    m = only_match("Arsenal verlor bei Musterstadt United 0:2.")
    assert (m.home_team, m.away_team, m.home_goals, m.away_goals) == ("Musterstadt United", "FC Arsenal", 2, 0)

def test_unlisted_club_with_an_english_prefix_is_recognised():
    m = only_match("Beim AFC Musterbury unterlag der FC Arsenal am Samstag mit 0:2 (0:0).")
    assert (m.home_team, m.away_team, m.home_goals, m.away_goals) == ("AFC Musterbury", "FC Arsenal", 2, 0)

def test_city_in_the_article_settles_an_ambiguous_club_name():
    m = only_match("Der SK Rapid hat das Wiener Derby gegen die Austria mit 2:1 gewonnen.")
    assert {m.home_team, m.away_team} == {"SK Rapid Wien", "FK Austria Wien"}


def test_competition_name_ends_a_prepositional_phrase():
    m = only_match("England hat in der Nations League Finnland mit 2:0 besiegt.")
    assert (m.home_goals, m.away_goals) == (2, 0) and m.home_team == "England"


def test_a_defeat_told_as_geschlagen_geben_and_a_later_half_time():
    m = only_match("Der FC Schalke 04 musste sich beim Hamburger SV mit 3:5 geschlagen geben. "
                   "Die Gäste führten zur Pause noch mit 2:1.")
    assert (m.home_team, m.home_goals, m.away_goals) == ("Hamburger SV", 5, 3)
    assert (m.home_goals_ht, m.away_goals_ht) == (1, 2)


def test_votes_betting_quotes_and_shootout_tallies_are_not_results():
    assert matches_of("Der Gemeinderat stimmte mit 32:18 Stimmen für das Stadion des SK Sturm Graz.").empty
    assert matches_of("Die Wettquote für einen Sieg des BVB gegen PSG steht bei 2:1.").empty
    m = only_match("Im Elfmeterschießen gewann Bayer Leverkusen mit 4:3 gegen Fortuna Düsseldorf, "
                   "nach 120 Minuten hatte es 3:3 gestanden.")
    assert (m.home_goals, m.away_goals) == (3, 3)


def test_a_kick_off_time_does_not_make_football_another_sport():
    frames = lib.extract_text(" date 2024-05-01\nDer FC Bayern trifft am Mittwoch (21:00 Uhr) auf Real Madrid. "
                              "Das Hinspiel endete 2:2.")
    assert bool(frames.articles.iloc[0].football)
    m = frames.matches.iloc[0]
    assert {m.home_team, m.away_team} == {"FC Bayern München", "Real Madrid"} and not bool(m.ordered)


def test_unknown_demonym_opening_a_result_sentence_is_the_team_spoken_of_last():
    text = ("Red Bull Salzburg hat den Rückstand verkürzt. Die Mozartstädter setzten sich am Sonntag gegen "
            "den SK Rapid mit 3:1 durch. Den Ausgleich für Rapid hatte Guido Burgstaller erzielt.")
    m = only_match(text)
    assert {(m.home_team, m.home_goals), (m.away_team, m.away_goals)} == {("Red Bull Salzburg", 3),
                                                                           ("SK Rapid Wien", 1)}


def test_an_unresolved_team_word_is_not_taken_for_the_team_spoken_of_last():
    text = ("Eintracht Frankfurt empfängt am Sonntag Borussia Dortmund. Frankfurt ist seit fünf Spielen "
            "ungeschlagen. Das Hinspiel in Dortmund hatte die Borussia mit 2:0 gewonnen.")
    frame = matches_of(text)
    frankfurt_won_in_dortmund = (frame.home_team == "Borussia Dortmund") & (frame.home_goals < frame.away_goals)
    assert not frankfurt_won_in_dortmund.any(), frame[["home_team", "away_team", "home_goals", "away_goals"]]


def test_attendance_told_as_a_watching_crowd():
    text = ("Der FC Schalke 04 kam beim 1. FC Magdeburg nicht über ein 2:2 hinaus. "
            "24.112 Zuschauer sahen in der MDCC-Arena eine packende zweite Halbzeit.")
    assert only_match(text).attendance == 24112


def test_attendance_told_after_the_watching_verb():
    text = ("Deutschland besiegte Ungarn in der Nations League mit 5:0. "
            "Im Düsseldorfer Stadion sahen 45.000 Zuschauer einen einseitigen Abend.")
    assert only_match(text).attendance == 45000


def test_a_city_named_beside_the_result_is_the_home_ground_of_the_team_from_there():
    m = only_match("Die deutsche Nationalmannschaft hat ihren Test in Basel gegen die Schweiz mit 3:2 (1:1) gewonnen.")
    assert (m.home_team, m.away_team, m.home_goals, m.away_goals) == ("Schweiz", "Deutschland", 2, 3)
    assert bool(m.ordered)
    m = only_match("Der 1. FC Köln siegte in Darmstadt gegen den SV Darmstadt 98 mit 2:0.")
    assert (m.home_team, m.away_team, m.home_goals, m.away_goals) == ("SV Darmstadt 98", "1. FC Köln", 0, 2)


def test_a_capital_no_club_list_knows_is_the_home_of_its_national_team():
    m = only_match("Die Schweiz gewann am Dienstag in Tiflis gegen Georgien mit 2:0.")
    assert (m.home_team, m.away_team, m.home_goals, m.away_goals) == ("Georgien", "Schweiz", 0, 2)
    assert bool(m.ordered)


def test_a_city_of_neither_team_settles_no_home_side():
    m = only_match("Österreich gewann in Doha gegen Bosnien-Herzegowina mit 3:1.")
    assert not bool(m.ordered)


def test_a_club_behind_or_ahead_of_the_team_is_not_the_results_subject():
    text = ("Der SC Freiburg hat Platz zwei gefestigt. Sie siegten am Sonntag beim VfL Bochum mit 3:2 und "
            "liegen nun vier Punkte hinter Spitzenreiter FC Bayern München.")
    m = only_match(text)
    assert (m.home_team, m.away_team, m.home_goals, m.away_goals) == ("VfL Bochum", "SC Freiburg", 2, 3)


def test_the_score_after_120_minutes_of_a_shoot_out_tie_is_its_result_even_with_an_adjective():
    text = ("Der FK Austria Wien setzte sich beim SV Horn erst im Elfmeterschießen mit 5:4 durch, nach 120 "
            "zähen Minuten hatte es 1:1 gestanden.")
    m = only_match(text)
    assert {m.home_team, m.away_team} == {"SV Horn", "FK Austria Wien"}
    assert (m.home_goals, m.away_goals) == (1, 1)


def test_a_player_role_after_the_verb_plays_for_the_team_spoken_of_last():
    text = ("Der FC Everton enttäuschte erneut, der FC Everton wartet seit Wochen auf einen Sieg. "
            "Bryan Mbeumo hat den FC Brentford fast allein zum Sieg geschossen. Beim 2:0 gegen den FC Everton "
            "traf der Angreifer zweimal.")
    m = only_match(text)
    assert {m.home_team, m.away_team} == {"FC Brentford", "FC Everton"}
    assert (m.home_goals, m.away_goals) == ((2, 0) if m.home_team == "FC Brentford" else (0, 2))


def test_a_place_before_the_score_yields_to_the_opponent_named_after_it():
    text = ("Die deutsche U21-Nationalmannschaft hat bei der Europameisterschaft in Tschechien und der Slowakei "
            "ein 1:1 (0:0) gegen Spanien erreicht.")
    m = only_match(text)
    assert {m.home_team, m.away_team} == {"Deutschland", "Spanien"}
    assert not bool(m.ordered)


def test_a_clubs_city_is_a_place_in_an_article_about_national_teams():
    text = ("Die Schweiz gewann in Bratislava gegen die Slowakei mit 3:2. Am Freitag hatte die Nati zum Auftakt "
            "in St. Gallen Belarus mit 4:0 abgefertigt.")
    pairs = {(m.home_team, m.away_team, m.home_goals, m.away_goals) for m in matches_of(text).itertuples()}
    assert not any("FC St. Gallen" in pair for pair in pairs)
    assert any({home, away} == {"Schweiz", "Belarus"} for home, away, _, _ in pairs)


def test_a_relative_clause_after_a_time_noun_keeps_its_object():
    text = "Vorn liegt Frankreich, das zum Start Belgien mit 3:0 bezwungen hatte."
    m = only_match(text)
    assert (m.home_team, m.away_team, m.home_goals, m.away_goals) == ("Frankreich", "Belgien", 3, 0)


def test_a_bracketed_score_after_extra_time_closing_a_clause_is_its_result():
    text = ("Im Finale wartet der SK Sturm Graz, der sich am Mittwoch beim SCR Altach erst im Elfmeterschießen "
            "durchgesetzt hatte (2:2 n.V., 4:2 i.E.).")
    m = only_match(text)
    assert (m.home_team, m.away_team, m.home_goals, m.away_goals) == ("SCR Altach", "SK Sturm Graz", 2, 2)


def test_an_adverb_between_a_club_and_its_relative_clause_keeps_the_club_as_subject():
    text = "Hannover dagegen, das zuvor im eigenen Stadion den SC Paderborn mit 3:1 bezwungen hatte, ist Vierter."
    m = only_match(text)
    assert (m.home_team, m.away_team, m.home_goals, m.away_goals) == ("Hannover 96", "SC Paderborn 07", 3, 1)


def test_an_inflected_league_noun_after_beim_is_no_club_name():
    text = ("Der FC Augsburg setzte sich in der ersten Runde des DFB-Pokals beim Oberligisten mit 3:1 durch. "
            "Der Oberligist hatte lange mitgehalten.")
    assert "Oberligisten" not in set(matches_of(text)[["home_team", "away_team"]].to_numpy().ravel())


def test_a_club_in_a_following_subordinate_clause_is_not_the_opponent():
    text = ("Der SC Freiburg fertigte am Samstag den FC Augsburg vor heimischer Kulisse mit 4:0 ab, während "
            "Mainz tags darauf beim VfL Wolfsburg nicht über ein torloses Remis hinauskam.")
    pairs = {(m.home_team, m.away_team, m.home_goals, m.away_goals) for m in matches_of(text).itertuples()}
    assert ("SC Freiburg", "FC Augsburg", 4, 0) in pairs
    assert ("VfL Wolfsburg", "SC Freiburg", 0, 4) not in pairs


def test_travelling_fans_are_no_attendance():
    text = ("Der FC Schalke 04 kam beim 1. FC Magdeburg nicht über ein 2:2 hinaus. "
            "2.000 Fans aus Gelsenkirchen begleiteten die Mannschaft.")
    assert only_match(text).attendance is pd.NA


OTHER_SPORT_REPORTS = {
    "ice hockey naming its clubs": (
        "Der EC KAC hat in der ICE Hockey League die Vienna Capitals mit 4:2 besiegt. Die Tore für "
        "Klagenfurt erzielten Thomas Hundertpfund (12.) und Nick Petersen (27., 51.). "
        "Die Kärntner liegen damit auf Platz zwei."),
    "field hockey with a penalty corner and a Siebenmeter": (
        "Der Mannheimer HC hat in der Feldhockey-Bundesliga den Berliner HC mit 3:2 besiegt. Nach einer "
        "Strafecke traf Paul Kern zum 1:0 (12.), später verwandelte Tim Oster einen Siebenmeter (40.). "
        "Der Tabellenführer aus Köln gewann 4:1."),
    "field hockey told like football, its corners only in the scorer list": (
        "Im zweiten Viertel ging Rot-Weiss Köln gegen den Düsseldorfer HC in Führung, als Jan Brede den Ball im "
        "Schusskreis annahm und ins Tor schob. Der Torhüter der Gäste parierte danach zweimal, zur Pause stand "
        "es 1:1, am Ende gewannen die Kölner 3:1 und bleiben in der Tabelle Zweiter. Tore: 1:0 Brede (17.), "
        "1:1 Jansen (24./Strafecke), 2:1 Brede (44./Siebenmeter), 3:1 Wolff (58./Strafecke)"),
    "a ski race told with compounds only": (
        "Im Weltcup-Slalom von Schladming siegte Manuel Feller um 13 Hundertstel vor Clément Noël. Im "
        "Slalom-Weltcup liegt der Tiroler nun als Zweiter nur 40 Zähler hinter dem Franzosen. Trainer Marko "
        "Pfeifer sprach von einem perfekten Abend vor 40.000 Fans."),
    "ice hockey with its club in the dative, the blue line and the goalie off the ice": (
        "Den Kölner Haien reichte ein Treffer in der Verlängerung: Nach einem torlosen Mittelabschnitt zog "
        "Verteidiger Max Berger von der blauen Linie ab, 3:2 gegen Straubing. Der Coach hatte zuvor seinen "
        "Goalie vom Eis genommen."),
    "a game told with its period scores only": (
        "Die Klagenfurter gewannen am Freitag beim FC Red Bull Salzburg mit 4:3 (0:1, 2:1, 1:0, 1:1). "
        "Lukas Berger traf zweimal für die Gäste, Trainer Martin Weiß war zufrieden."),
    "water polo between clubs of football cities, with a table": (
        "Der OSC Potsdam hat in der Wasserball-Bundesliga den SV Würzburg 05 in der heimischen Schwimmhalle "
        "vor 600 Zuschauern mit 14:11 (4:2, 3:3, 4:3, 3:3) bezwungen. Kapitän Jan Lehmann traf dreimal per Fünfmeter. In der "
        "Tabelle liegen die Potsdamer nun auf Platz drei, der Trainer lobte die Abwehr."),
}


@pytest.mark.parametrize("sport", OTHER_SPORT_REPORTS)
def test_another_sports_report_gives_no_football_facts(sport):
    frames = lib.extract_text(OTHER_SPORT_REPORTS[sport], date="2025-01-10")
    assert frames.matches.empty and frames.goals.empty and frames.standings.empty
    assert not bool(frames.articles.iloc[0].football)


def test_words_of_other_sports_club_names_stay_possible_surnames():
    text = "Der SC Freiburg gewann gegen den FC Augsburg mit 2:0. Beide Tore erzielte Jonas Adler (12., 70.)."
    goals = lib.extract_text(text, date="2025-01-10").goals
    assert goals.player.tolist() == ["Jonas Adler", "Jonas Adler"]


def test_half_time_is_the_smaller_of_two_bracketed_scores_in_either_order():
    for bracket in ("(1:1, 0:0)", "(0:0, 1:1)"):
        m = only_match(f"Der Grazer AK besiegte den FC Blau-Weiß Linz nach Verlängerung mit 2:1 {bracket}.")
        assert (m.home_goals_ht, m.away_goals_ht) == (0, 0), bracket


def test_hyphenated_unlisted_club_and_a_regional_league_named_after_a_state():
    text = "Regionalliga Bayern: Der FC Pipinsried hat am Samstag beim SV Schalding-Heining mit 1:3 verloren."
    m = only_match(text)
    assert (m.home_team, m.away_team, m.home_goals, m.away_goals) == ("SV Schalding-Heining", "FC Pipinsried", 3, 1)


def test_a_hyphenated_title_is_no_unlisted_club():
    m = only_match("Deutschland hat gegen den Vize-Weltmeister Frankreich mit 2:1 gewonnen.")
    assert {m.home_team, m.away_team} == {"Deutschland", "Frankreich"}


def test_womens_national_teams_are_their_country():
    m = only_match("Die deutschen Fußballerinnen haben sich mit einem 4:1 gegen die Österreicherinnen "
                   "für die EM qualifiziert.")
    assert {(m.home_team, m.home_goals), (m.away_team, m.away_goals)} == {("Deutschland", 4), ("Österreich", 1)}


def test_a_rank_before_a_named_club_is_no_club_of_its_own():
    m = only_match("Der Karlsruher SC hat beim Tabellenvorletzten Eintracht Braunschweig mit 3:0 (2:0) gewonnen.")
    assert (m.home_team, m.away_team, m.home_goals, m.away_goals) == ("Eintracht Braunschweig", "Karlsruher SC", 0, 3)


def test_a_match_box_venue_line_gives_stadium_and_attendance():
    text = ("WSG Tirol - SK Sturm Graz 1:3 (0:2)\n"
            "Innsbruck, Tivoli Stadion, 4.150, SR Jäger\n"
            "Tore: 0:1 (12.) Biereth, 0:2 (39.) Kiteishvili, 1:2 (58.) Naschberger, 1:3 (90.+1) Böving\n")
    m = only_match(text)
    assert (m.venue, m.attendance) == ("Tivoli Stadion", 4150)


def test_a_referee_named_in_a_report_gives_no_venue():
    m = only_match("Der SK Sturm Graz gewann bei der WSG Tirol mit 3:1. Schiedsrichter Harald Lechner, der "
                   "souverän leitete, zeigte vier Gelbe Karten.")
    assert m.venue is pd.NA and m.attendance is pd.NA


def test_second_leg_told_with_the_first_legs_score_and_the_aggregate():
    text = ("Nach dem 3:0 im Hinspiel reichte dem FC Bayern München am Dienstagabend in Leverkusen ein 2:0 (0:0) "
            "bei Bayer 04. Insgesamt setzte sich der Rekordmeister damit mit 5:0 durch.")
    frame = matches_of(text)
    got = sorted(zip(frame.home_team, frame.away_team, frame.home_goals, frame.away_goals))
    assert got == [("Bayer Leverkusen", "FC Bayern München", 0, 2), ("FC Bayern München", "Bayer Leverkusen", 3, 0)]


def test_the_guests_of_an_announced_away_game_before_any_score():
    m = only_match("Werder Bremen hat beim VfL Bochum einen späten Sieg gefeiert. Die Gäste gewannen im "
                   "Ruhrstadion mit 1:0.")
    assert (m.home_team, m.away_team, m.home_goals, m.away_goals) == ("VfL Bochum", "Werder Bremen", 0, 1)


def test_a_relative_clause_after_a_club_is_about_that_club():
    m = only_match("Souverän präsentierte sich der VfB Stuttgart, der den 1. FC Köln 2:0 bezwang.")
    winner = m.home_team if m.home_goals > m.away_goals else m.away_team
    assert (winner, max(m.home_goals, m.away_goals), min(m.home_goals, m.away_goals)) == ("VfB Stuttgart", 2, 0)


def test_the_opponent_as_subject_leaves_the_named_club_as_subject():
    text = ("Der Hamburger SV ist mit 37 Punkten Dritter. Ausgerechnet der Gegner vom Freitag steht besser da: "
            "Fürth rangiert mit 38 Punkten auf Position zwei. Zuletzt unterlag das Team beim FC St. Pauli mit 2:3.")
    m = only_match(text)
    assert (m.home_team, m.away_team, m.home_goals, m.away_goals) == ("FC St. Pauli", "SpVgg Greuther Fürth", 3, 2)


def test_a_deficit_turned_into_a_win_after_hosting_the_opponent():
    m = only_match("Der FC Zürich empfing Servette und drehte einen 1:2-Pausenrückstand noch in einen 3:2-Sieg.")
    assert (m.home_team, m.away_team, m.home_goals, m.away_goals) == ("FC Zürich", "Servette FC", 3, 2)


def test_a_described_team_noun_opening_the_sentence_is_its_subject():
    text = ("Der 1. FC Kaiserslautern hat die Saison gerettet. Der bereits gerettete Zweitligist besiegte am "
            "34. Spieltag Eintracht Braunschweig auf dem Betzenberg mit 5:0.")
    m = only_match(text)
    assert (m.home_team, m.away_team, m.home_goals, m.away_goals) == (
        "1. FC Kaiserslautern", "Eintracht Braunschweig", 5, 0)


def test_the_score_after_extra_time_is_the_result_of_a_shoot_out_tie():
    m = only_match("Die SV Ried hat den LASK im Cup nach 1:1 n.V. im Elfmeterschießen besiegt.")
    assert (m.home_goals, m.away_goals) == (1, 1)


def test_an_aggregate_told_as_gesamtabrechnung_is_no_match():
    text = ("Der SC Freiburg gewann gegen den KRC Genk mit 3:1. In der Gesamtabrechnung setzte sich die "
            "Mannschaft von Trainer Julian Schuster mit 4:3 durch.")
    assert (only_match(text).home_goals, only_match(text).away_goals) == (3, 1)


def test_a_pronoun_opening_the_result_clause_is_the_team_spoken_of():
    text = ("Der FC Carl Zeiss Jena hat im DFB-Pokal gewonnen. Die Thüringer stellten erneut einem Favoriten ein "
            "Bein, nachdem sie bereits in Runde eins Eintracht Braunschweig mit 1:0 aus dem Wettbewerb gekegelt hatten.")
    m = only_match(text)
    winner = m.home_team if m.home_goals > m.away_goals else m.away_team
    assert (winner, {m.home_team, m.away_team}) == ("FC Carl Zeiss Jena", {"FC Carl Zeiss Jena", "Eintracht Braunschweig"})


def test_a_running_score_with_an_adjective_is_no_result():
    text = ("Der VfL Wolfsburg gewann bei Eintracht Frankfurt mit 2:1. Kurz vor Schluss nickte Alexandra Popp "
            "zum umjubelten 2:1 ein (88.).")
    assert len(matches_of(text)) == 1


def test_womens_league_clubs_are_not_taken_for_namesakes():
    m = only_match("Der FC Bayern München siegte souverän mit 3:0 gegen die SGS Essen.")
    assert m.away_team == "SGS Essen"


def test_a_result_told_of_a_player_is_his_teams():
    napoli = "Der SSC Neapel war als Spitzenreiter angereist, doch Napoli enttäuschte. "
    for text in (napoli + "Lukas Grabner hat Inter Mailand an die Tabellenspitze geschossen. Der österreichische "
                 "Nationalstürmer traf beim 3:1 (1:0) gegen den SSC Neapel doppelt.",
                 napoli + "Inter Mailand steht vorn. Lukas Grabner traf beim 3:1 gegen den SSC Neapel doppelt."):
        m = only_match(text)
        assert (m.home_team, m.away_team, m.home_goals, m.away_goals) == ("Inter Mailand", "SSC Neapel", 3, 1), text


def test_a_first_leg_beside_the_second_legs_score_is_turned_round_once():
    text = ("Bayer Leverkusen empfängt am Dienstag im Achtelfinal-Rückspiel den FC Bayern München. "
            "Nach dem 3:0 im Hinspiel endete es diesmal 2:0.")
    pairs = {(m.home_team, m.away_team, m.home_goals + m.away_goals) for m in matches_of(text).itertuples()}
    assert pairs == {("FC Bayern München", "Bayer Leverkusen", 3), ("Bayer Leverkusen", "FC Bayern München", 2)}


def test_a_score_without_opponent_belongs_to_the_match_announced_last():
    text = ("Der VfL Osnabrück verlor zu Hause 0:3 gegen Dynamo Dresden. Für das Auswärtsspiel beim FC Ingolstadt "
            "04 übernahm Co-Trainer Max Brück. Doch am Sonntag unterlag der VfL erneut mit 2:4.")
    got = set(zip(matches_of(text).home_team, matches_of(text).away_team, matches_of(text).home_goals))
    assert got == {("VfL Osnabrück", "SG Dynamo Dresden", 0), ("FC Ingolstadt 04", "VfL Osnabrück", 4)}


def test_a_club_named_by_place_adjective_and_club_noun_no_list_knows():
    text = ("Der Linzer Sport-Club steckt in der Krise. Am Samstag unterlagen die Pöstlingberger vor 800 Fans "
            "dem SV Altmünster mit 0:2 (0:1). Altmünster ist nun Zweiter, der Sport-Club nur noch Neunter.")
    frames = lib.extract_text(text, date="2025-04-12")
    m = frames.matches.iloc[0]
    assert (m.home_team, m.away_team, m.home_goals, m.away_goals) == ("Linzer Sport-Club", "SV Altmünster", 0, 2)
    assert set(zip(frames.standings.team, frames.standings.position)) == {("SV Altmünster", 2),
                                                                         ("Linzer Sport-Club", 9)}


def test_a_compound_short_form_is_the_unknown_club_of_that_prefix():
    text = ("Der TuS Kleinfeld gewann gegen den SV Großdorf 09 mit 2:0. SVG-Torwart Jan Moll war machtlos, "
            "TuS-Kapitän Eric Bode traf doppelt.")
    people = lib.extract_text(text, date="2025-04-12").people.set_index("name").club
    assert people.to_dict() == {"Jan Moll": "SV Großdorf 09", "Eric Bode": "TuS Kleinfeld"}


def test_a_result_after_a_colon_has_the_subject_of_its_own_clause():
    text = ("Der SC Paderborn bleibt mit 14 Punkten Vorletzter: Der SSV Ulm hatte bereits am Freitag beim "
            "Karlsruher SC ein 1:1 geholt.")
    m = only_match(text)
    assert (m.home_team, m.away_team) == ("Karlsruher SC", "SSV Ulm 1846")


def test_the_opponent_of_a_duel_is_named_with_mit():
    text = ("Die Bochumer jubelten lange. Im Kellerduell mit dem Holstein Kiel setzte sich die Elf von Max Brück "
            "mit 3:1 durch.")
    m = only_match(text)
    assert (m.home_team, m.away_team, m.home_goals, m.away_goals) == ("VfL Bochum", "Holstein Kiel", 3, 1)


def test_a_loss_word_of_a_contrasting_clause_does_not_turn_the_result():
    text = ("Der Saisonstart des VfL Bochum mit einem 4:0 gegen den SC Paderborn machte Hoffnung, doch danach "
            "folgte eine Niederlage nach der anderen.")
    m = only_match(text)
    assert (m.home_team, m.home_goals, m.away_goals) == ("VfL Bochum", 4, 0)


def test_a_team_noun_opening_the_results_clause_is_its_subject():
    text = ("Es war ein Abend für die Geschichtsbücher des SV Meppen: Der Regionalligist besiegte den "
            "Zweitligisten SC Paderborn 07 im DFB-Pokal vor den 7.300 Zuschauern mit 2:1 (0:1, 1:1) nach Verlängerung.")
    frames = lib.extract_text(text, date="2024-10-30")
    assert len(frames.matches) == 1
    m = frames.matches.iloc[0]
    assert (m.home_team, m.away_team, m.home_goals, m.away_goals) == ("SV Meppen", "SC Paderborn 07", 2, 1)
    assert (m.home_goals_ht, m.away_goals_ht, m.competition, m.attendance) == (0, 1, "DFB-Pokal", 7300)


def test_the_opponents_own_ground_makes_the_subject_the_away_side():
    m = only_match("Der SC Verl zerlegte den 1. FC Magdeburg in dessen eigenem Stadion mit 4:0.")
    assert (m.home_team, m.away_team, m.home_goals, m.away_goals, m.ordered) == (
        "1. FC Magdeburg", "SC Verl", 0, 4, True)


def test_a_country_in_a_club_match_report_is_a_place_and_the_first_leg_is_turned_round():
    text = ("Im Rückspiel bezwang der SK Rapid Wien den FC Porto mit 2:0 (1:0). Das Hinspiel in Portugal war "
            "1:1 ausgegangen, in der Addition setzte sich Rapid damit mit 3:1 durch.")
    got = set(zip(matches_of(text).home_team, matches_of(text).away_team, matches_of(text).home_goals))
    assert got == {("SK Rapid Wien", "FC Porto", 2), ("FC Porto", "SK Rapid Wien", 1)}


def test_a_national_team_playing_in_its_country_is_the_home_side():
    m = only_match("Österreich hat die Pflicht erfüllt. Die Mannschaft von Teamchef Max Brück gewann in San Marino mit 3:0.")
    assert (m.home_team, m.away_team, m.home_goals, m.away_goals) == ("San Marino", "Österreich", 0, 3)


def test_the_final_score_of_a_goal_is_the_result():
    text = "Beim FC Getafe mühte sich Real Madrid lange, ehe Jan Brück in der 80. Minute zum 1:0-Endstand traf."
    m = only_match(text)
    assert (m.home_team, m.away_team, m.home_goals, m.away_goals) == ("FC Getafe", "Real Madrid", 0, 1)


def test_a_first_leg_named_in_the_next_sentence_does_not_turn_the_result():
    text = ("Der SK Rapid empfing am Sonntag den SK Sturm Graz. Rapid gewann 2:1. Hinspiel und Rückspiel "
            "waren ausverkauft.")
    m = only_match(text)
    assert (m.home_team, m.away_team, m.home_goals, m.away_goals) == ("SK Rapid Wien", "SK Sturm Graz", 2, 1)


def test_a_club_no_list_knows_may_start_with_a_club_noun():
    m = only_match("Der SK Rapid verlor gegen Sportfreunde Musterhausen 0:2.")
    assert (m.home_team, m.away_team) == ("SK Rapid Wien", "Sportfreunde Musterhausen")


def matches_set(text: str) -> set[tuple[str, str, int, int]]:
    frame = matches_of(text)
    return set(zip(frame.home_team, frame.away_team, frame.home_goals, frame.away_goals))


def test_a_result_word_of_the_previous_clause_does_not_turn_the_next_score():
    text = ("Zum Start hatte der SC Freiburg gegen den VfB Stuttgart 1:2 verloren, "
            "danach gelang ein 3:0 gegen den FC Augsburg.")
    assert matches_set(text) == {("SC Freiburg", "VfB Stuttgart", 1, 2), ("SC Freiburg", "FC Augsburg", 3, 0)}


def test_the_verb_of_the_main_clause_is_not_the_outcome_of_an_earlier_match_named_after_nach():
    text = ("Drei Tage nach dem erlösenden 3:0 gegen den FC Augsburg im eigenen Stadion hat der VfL Bochum "
            "beim SC Paderborn 07 mit 0:1 verloren.")
    assert matches_set(text) == {("VfL Bochum", "FC Augsburg", 3, 0), ("SC Paderborn 07", "VfL Bochum", 1, 0)}


def test_a_tally_from_the_spot_is_a_shoot_out_not_the_result():
    text = ("Im Cup-Halbfinale beim FC Basel schied der FC Zürich aus. Im Stadion unterlagen die Zürcher vom Punkt "
            "mit 2:4, nach 120 Minuten hatte es 2:2 gestanden.")
    frame = matches_of(text)
    assert len(frame) == 1, frame
    assert (frame.iloc[0].home_goals, frame.iloc[0].away_goals) == (2, 2)


def test_two_legs_with_the_same_score_and_opposite_venues_are_two_matches():
    text = ("Der SK Rapid Wien kam beim FC Porto nur zu einem 2:2. "
            "Schon das Hinspiel in Wien hatte der SK Rapid Wien gegen den FC Porto mit 2:2 beendet, "
            "vor heimischem Publikum.")
    got = matches_set(text)
    assert ("FC Porto", "SK Rapid Wien", 2, 2) in got and ("SK Rapid Wien", "FC Porto", 2, 2) in got


def test_a_relative_clause_with_das_before_a_club_is_about_the_club_before_the_comma():
    text = "Frankreich, das Kanada mit 5:1 überrollte, steht bereits im Achtelfinale."
    m = only_match(text)
    assert {(m.home_team, m.home_goals), (m.away_team, m.away_goals)} == {("Frankreich", 5), ("Kanada", 1)}


def test_a_relative_clause_after_a_bracket_behind_the_club_is_about_that_club():
    text = ("Der FC Basel liegt vier Punkte vor dem FC Luzern (51), der sich am Sonntag mit dem FC Lugano "
            "1:1 trennte.")
    m = only_match(text)
    assert {m.home_team, m.away_team} == {"FC Luzern", "FC Lugano"}


def test_a_lead_at_half_time_in_its_own_clause_is_not_a_result():
    text = ("Der VfL Bochum gewann gegen den SC Paderborn 07 mit 3:1. Die Gäste führten beim VfL Bochum "
            "durch Max Brück zur Pause mit 1:0, standen am Ende aber ohne Punkte da.")
    assert matches_set(text) == {("VfL Bochum", "SC Paderborn 07", 3, 1)}


def test_an_opponent_in_the_next_clause_with_its_own_score_is_not_this_scores_opponent():
    text = ("Der SC Freiburg hatte in der Runde davor den FC Augsburg mit 3:0 ausgeschaltet, "
            "der VfB Stuttgart blieb beim VfL Bochum mit 2:1 siegreich.")
    assert matches_set(text) == {("SC Freiburg", "FC Augsburg", 3, 0), ("VfL Bochum", "VfB Stuttgart", 1, 2)}


def test_a_defeat_from_a_named_year_is_not_the_match_of_the_article():
    text = ("Der SC Freiburg empfängt am Samstag den FC Augsburg. Zwei Jahre nach der 1:3-Pleite von 2021 "
            "wollen die Breisgauer diesmal jubeln.")
    assert matches_of(text).empty


def test_a_city_after_in_does_not_govern_the_club_after_it():
    m = only_match("Kroatien bezwang am Abend in Split Polen mit 2:0.")
    assert (m.home_team, m.away_team, m.home_goals, m.away_goals) == ("Kroatien", "Polen", 2, 0)


def test_a_draw_parted_with_mit_names_the_opponent():
    m = only_match("Nach dem Spiel gegen den FC Basel trennte sich der FC St. Gallen am Sonntag mit dem FC Sion 0:0.")
    assert {m.home_team, m.away_team} == {"FC St. Gallen", "FC Sion"}


def test_a_draw_in_the_city_of_one_side_of_the_fixture_is_that_sides_home_match():
    text = ("Der FC Basel ist im Rückspiel beim FC Porto ausgeschieden. "
            "Schon das Hinspiel in Basel war 2:2 geendet.")
    got = matches_set(text)
    assert ("FC Basel", "FC Porto", 2, 2) in got


def test_a_club_with_the_etoile_prefix_is_a_club():
    m = only_match("Étoile Lusitana – FC Monthey 2:1 (0:1)")
    assert (m.home_team, m.away_team, m.home_goals, m.away_goals) == ("Étoile Lusitana", "FC Monthey", 2, 1)


def test_a_stadium_beside_a_score_without_an_opponent_settles_the_fixtures_match():
    text = ("Der FC St. Gallen gewann am Samstag beim FC Luzern mit 2:1. "
            "In der Hinrunde hatte Luzern das Duell im Kybunpark noch mit 3:0 für sich entschieden.")
    got = matches_set(text)
    assert got == {("FC Luzern", "FC St. Gallen", 1, 2), ("FC St. Gallen", "FC Luzern", 0, 3)}


def test_a_team_noun_before_the_first_ungoverned_club_is_the_subject():
    text = ("Der SC Freiburg ist zurück in der Spur. Eine Woche nach dem 0:3 beim VfL Wolfsburg schlug die Mannschaft "
            "von Trainer Jan Brück am Samstag den FC Augsburg mit 2:0.")
    assert matches_set(text) == {("VfL Wolfsburg", "SC Freiburg", 3, 0), ("SC Freiburg", "FC Augsburg", 2, 0)}


def test_a_second_score_without_clubs_in_the_clause_of_the_first_is_the_other_leg():
    text = ("Der FC Basel hatte den FC Porto nach einer 1:3-Hinspielniederlage mit einem 3:0 im Rückspiel "
            "noch ausgeschaltet.")
    assert matches_set(text) == {("FC Basel", "FC Porto", 1, 3), ("FC Basel", "FC Porto", 3, 0)}


def test_an_unknown_demonym_made_of_a_clubs_place_is_that_club():
    text = ("Der SV Musterhausen 09 hat gegen den TSV Kleinfeldern mit 2:1 gewonnen. Die Kleinfelderner, "
            "die nach dem 3:0 gegen den FC Memmingen angereist waren, gingen früh in Führung.")
    assert ("TSV Kleinfeldern", "FC Memmingen", 3, 0) in matches_set(text)


def test_a_dateline_city_before_a_dash_is_no_club():
    text = ("Bremen – Die deutsche Nationalmannschaft hat ihr Testspiel gegen Dänemark mit 2:0 gewonnen. "
            "Vor 40.000 Zuschauern trafen Havertz und Wirtz.")
    frame = lib.extract_text(text, date="2024-06-07").matches
    assert [(m.home_team, m.away_team) for m in frame.itertuples()] == [("Deutschland", "Dänemark")]


def test_a_result_without_subject_belongs_to_the_team_the_article_follows_not_its_opponent():
    text = ("Österreichs Nationalteam gewann das Testspiel gegen Norwegen in Wien mit 2:1. "
            "Gegen Norwegen war es der dritte Sieg in Serie. "
            "Erst vor einer Woche hatte es beim 0:0 in Bratislava gegen die Slowakei gereicht. "
            "Norwegen reist nun nach Kopenhagen weiter.")
    frame = lib.extract_text(text, date="2024-06-07").matches
    assert ("Slowakei", "Österreich", 0, 0) in [(m.home_team, m.away_team, m.home_goals, m.away_goals)
                                                 for m in frame.itertuples()]


def test_an_unknown_opponent_after_ueber_beside_a_result_compound():
    text = "Der SK Sturm Graz feierte am Donnerstag einen 2:0-Heimsieg über Ararat Jerewan."
    frame = lib.extract_text(text, date="2024-10-03").matches
    assert [(m.home_team, m.away_team, m.home_goals, m.away_goals) for m in frame.itertuples()] == [
        ("SK Sturm Graz", "Ararat Jerewan", 2, 0)]


def test_the_tally_over_first_and_second_leg_is_no_match():
    text = ("Der FC Ingolstadt 04 hat den Aufstieg gegen Rot-Weiss Essen geschafft. Der Vierte der 3. Liga "
            "gewann das Rückspiel bei Rot-Weiss Essen mit 3:1 (1:1) und setzte sich damit nach Hin- und "
            "Rückspiel mit 5:4 durch.")
    frame = lib.extract_text(text, date="2024-05-28").matches
    assert [(m.home_goals, m.away_goals) for m in frame.itertuples()] == [(1, 3)]


def test_an_unknown_club_with_a_double_place_name_keeps_both_words():
    frame = lib.extract_text("Der FC Homburg bezwang den TSV Blankenau Hünfeld mit 2:1.", date="2024-09-21").matches
    assert list(frame.away_team) == ["TSV Blankenau Hünfeld"]


def test_a_subjectless_result_belongs_to_the_club_the_sentence_before_spoke_of():
    text = ("Der SV Sandhausen gewann das Derby gegen den SV Waldhof Mannheim mit 2:0. "
            "Für Mannheim dagegen wird es eng. Schon in Verl hatte es eine 0:3-Niederlage gegeben.")
    frame = lib.extract_text(text, date="2024-03-02").matches
    assert ("SC Verl", "SV Waldhof Mannheim", 3, 0) in [(m.home_team, m.away_team, m.home_goals, m.away_goals)
                                                        for m in frame.itertuples()]


def test_a_bare_city_and_its_demonym_stand_for_the_one_club_of_that_city_the_article_names():
    text = ("Der SC Sand verlor gegen die SGS Essen mit 1:2. Essen, das zuvor beim 0:3 in Wolfsburg "
            "unterging, ist nun Siebter. Die Essenerinnen feierten lange.")
    frame = lib.extract_text(text, date="2024-03-02")
    assert ("VfL Wolfsburg", "SGS Essen", 3, 0) in [(m.home_team, m.away_team, m.home_goals, m.away_goals)
                                                    for m in frame.matches.itertuples()]
    assert "Rot-Weiss Essen" not in set(frame.matches.home_team) | set(frame.matches.away_team)
    assert list(frame.standings.team) == ["SGS Essen"]


def test_in_der_eigenen_arena_puts_the_subject_at_home():
    text = ("Der VfL Wolfsburg verlor beim FC Augsburg 0:2. Die Wölfe hatten eine Woche zuvor den 1. FC Köln "
            "in der eigenen Arena mit 4:1 besiegt.")
    frame = lib.extract_text(text, date="2024-03-02").matches
    assert ("VfL Wolfsburg", "1. FC Köln", 4, 1, True) in [
        (m.home_team, m.away_team, m.home_goals, m.away_goals, bool(m.ordered)) for m in frame.itertuples()]


def test_a_golf_report_with_places_gives_no_football_facts():
    text = ("Die Golferin Lea Brandt gewann das Turnier in Bad Griesbach mit 14 unter Par. Nach einem Bogey an "
            "der 12 lag sie kurz gleichauf, doch ein Birdie an der 17 entschied es. Die Schwedin Maja Berg "
            "teilte sich mit -11 Platz zwei, die Titelverteidigerin landete auf dem 21. Rang.")
    frames = lib.extract_text(text, date="2025-06-01")
    assert frames.standings.empty and frames.matches.empty
    assert not bool(frames.articles.iloc[0].football)


def test_a_club_in_the_genitive_after_a_noun_is_not_the_subject_spoken_of():
    text = ("Der SC Paderborn 07 stellt Lukas Kwasniok vor. Zuvor leitete er die Akademie des FC Ingolstadt 04. "
            "Die letzten Spiele hatte Co-Trainer Kai Meier betreut, er holte dabei ein 2:0 gegen den SV Elversberg.")
    frame = lib.extract_text(text, date="2024-03-02").matches
    assert [(m.home_team, m.away_team) for m in frame.itertuples()] == [("SC Paderborn 07", "SV Elversberg 07")]


def test_the_club_of_a_coach_named_in_the_genitive_is_the_subject():
    text = ("Nach dem 1:4 beim VfL Osnabrück bat der Trainer des SV Meppen um die Auflösung seines Vertrags.")
    frame = lib.extract_text(text, date="2024-03-02").matches
    assert [(m.home_team, m.away_team, m.home_goals, m.away_goals) for m in frame.itertuples()] == [
        ("VfL Osnabrück", "SV Meppen", 4, 1)]


def test_the_national_team_called_fussball_nationalmannschaft_or_elf():
    text = ("Die österreichische Fußball-Nationalmannschaft hat ihr Testspiel in Albanien mit 2:0 gewonnen. "
            "Die österreichische Elf bleibt damit ungeschlagen.")
    frame = lib.extract_text(text, date="2023-10-16").matches
    assert [(m.home_team, m.away_team, m.home_goals, m.away_goals) for m in frame.itertuples()] == [
        ("Albanien", "Österreich", 0, 2)]


def test_an_apposition_between_subject_and_verb_keeps_the_subject():
    text = ("Der VfL Bochum verlor beim SC Freiburg 0:2. Die Bochumer, Tabellen-17. mit 21 Punkten, hatten eine "
            "Woche zuvor den 1. FC Köln im eigenen Stadion mit 3:1 besiegt.")
    frame = lib.extract_text(text, date="2024-03-02").matches
    assert ("VfL Bochum", "1. FC Köln", 3, 1) in [(m.home_team, m.away_team, m.home_goals, m.away_goals)
                                                  for m in frame.itertuples()]


def test_the_final_score_told_again_from_the_winners_side_is_the_same_match():
    text = ("Der SV Waldhof Mannheim hat beim TSV 1860 München mit 3:1 (2:0) gewonnen. In der Nachspielzeit lief "
            "Martinovic allein auf das Tor der Löwen zu und schob zum 3:1-Endstand ein (90.+4).")
    frame = lib.extract_text(text, date="2021-11-30").matches
    assert [(m.home_team, m.away_team, m.home_goals, m.away_goals) for m in frame.itertuples()] == [
        ("TSV 1860 München", "SV Waldhof Mannheim", 1, 3)]


def test_a_league_team_noun_between_beim_and_the_club_keeps_the_home_side():
    text = ("Im Halbfinale gewann der SC Freiburg beim Zweitligisten 1. FC Nürnberg, der zuvor den FC Bayern "
            "aus dem Wettbewerb geworfen hatte, mit 2:0.")
    frame = lib.extract_text(text, date="2024-03-02").matches
    assert [(m.home_team, m.away_team, m.home_goals, m.away_goals, bool(m.ordered)) for m in frame.itertuples()] == [
        ("1. FC Nürnberg", "SC Freiburg", 0, 2, True)]


def test_auf_schalke_is_at_schalkes_ground():
    frame = lib.extract_text("Der VfL Bochum hatte am Samstag mit 3:1 auf Schalke gewonnen.", date="2024-03-02").matches
    assert [(m.home_team, m.away_team, m.home_goals, m.away_goals) for m in frame.itertuples()] == [
        ("FC Schalke 04", "VfL Bochum", 1, 3)]


def test_a_known_club_before_a_players_surname_stays_that_club():
    doc = lib.load_pipeline()("Beim FC Basel Xhaka, der lange verletzt war, traf zum 1:0.")
    assert [span.kb_id_ for span in doc.spans["clubs"]] == ["FC Basel"]


def test_african_and_asian_national_teams_are_known_teams():
    text = "Guinea hat das Testspiel gegen Sambia mit 2:1 gewonnen. Die Guineer führten früh."
    frame = lib.extract_text(text, date="2024-03-26").matches
    assert [(m.home_team, m.away_team, m.home_goals, m.away_goals) for m in frame.itertuples()] == [
        ("Guinea", "Sambia", 2, 1)]


def test_a_second_result_after_und_and_a_verb_keeps_its_own_place():
    text = ("Rot-Weiss Essen ist in Form. Am Samstag bezwang RWE den SC Verl mit 4:3 und hakte damit die "
            "1:2-Pleite in Münster aus der Vorwoche ab.")
    frame = lib.extract_text(text, date="2024-02-08").matches
    assert sorted((m.home_team, m.away_team, m.home_goals, m.away_goals) for m in frame.itertuples()) == [
        ("Preußen Münster", "Rot-Weiss Essen", 2, 1), ("Rot-Weiss Essen", "SC Verl", 4, 3)]


def test_a_shared_nickname_of_a_city_names_no_club_the_article_does_not_name():
    text = ("Der SSV Jahn Regensburg führt die Tabelle an. Beim MSV Duisburg reichte den Domstädtern "
            "zuletzt ein knappes 1:0.")
    frame = lib.extract_text(text, date="2024-02-08").matches
    assert [(m.home_team, m.away_team, m.home_goals, m.away_goals) for m in frame.itertuples()] == [
        ("MSV Duisburg", "Jahn Regensburg", 0, 1)]


def test_a_result_without_subject_in_a_column_belongs_to_the_club_heading_its_paragraph():
    text = ("Bundesliga kompakt\n\n"
            "Bayer Leverkusen: Der Spitzenreiter gewann 2:0 beim 1. FC Köln. Mit 64 Punkten liegt die Werkself "
            "zehn Zähler vor dem FC Bayern.\n\n"
            "FC Augsburg: Die Torfabrik des Spieltags steht in Schwaben. Beim 6:0 in Darmstadt war die Messe "
            "früh gelesen: Phillip Tietz (2.) und Ruben Vargas (25.) schossen die Lilien ab.")
    frame = lib.extract_text(text, date="2024-03-10").matches
    assert ("SV Darmstadt 98", "FC Augsburg", 0, 6) in [
        (m.home_team, m.away_team, m.home_goals, m.away_goals) for m in frame.itertuples()]


def test_a_result_at_a_named_clubs_stadium_was_played_against_that_club():
    text = ("Hertha BSC blickt auf eine wechselhafte Saison zurück. Im Pokal kam das Aus: Im heimischen "
            "Olympiastadion setzte sich der 1. FC Kaiserslautern Ende Januar mit 3:1 durch.")
    frame = lib.extract_text(text, date="2024-05-20").matches
    assert [(m.home_team, m.away_team, m.home_goals, m.away_goals) for m in frame.itertuples()] == [
        ("Hertha BSC", "1. FC Kaiserslautern", 1, 3)]


def test_a_final_at_a_neutral_stadium_names_no_host():
    text = "Im Berliner Olympiastadion setzte sich Bayer Leverkusen im Finale mit 1:0 durch."
    frame = lib.extract_text(text, date="2024-05-26").matches
    assert "Hertha BSC" not in set(frame.home_team) | set(frame.away_team)


def test_den_kuerzeren_ziehen_is_a_defeat():
    text = ("Durch den Dreier rangiert Hannover 96 auf Platz neun und liegt punktgleich mit Holstein Kiel, das "
            "vor eigenem Publikum gegen Arminia Bielefeld mit 2:3 den Kürzeren zog.")
    frame = lib.extract_text(text, date="2023-03-20").matches
    assert [(m.home_team, m.away_team, m.home_goals, m.away_goals) for m in frame.itertuples()] == [
        ("Holstein Kiel", "Arminia Bielefeld", 2, 3)]


def test_a_subjectless_result_belongs_to_the_club_the_article_follows_not_to_the_grounds_it_visited():
    text = ("Rückschlag in Paderborn: Der SV Wehen Wiesbaden verliert seinen Kapitän für drei Wochen.\n\n"
            "Der Verteidiger hatte sich beim 1:1 beim SC Paderborn verletzt. In Paderborn wurde er noch "
            "im Stadion untersucht. Wiesbaden hofft auf eine schnelle Rückkehr.\n\n"
            "Zuvor war es gut gelaufen. Nach dem 2:0-Sieg gegen Braunschweig gelang auch in Paderborn ein Punkt.")
    frame = matches_of(text)
    pairs = {(m.home_team, m.away_team, m.home_goals, m.away_goals) for m in frame.itertuples()}
    assert ("SV Wehen Wiesbaden", "Eintracht Braunschweig", 2, 0) in pairs, pairs
    assert not any("Braunschweig" in away and home == "SC Paderborn 07" for home, away, _, _ in pairs), pairs


def test_results_in_brackets_after_the_opponents_of_a_run_are_matches():
    text = ("Für den FC Carl Zeiss Jena läuft es nicht. Nach dem Heimsieg gegen Chemnitz (2:0) setzte es "
            "Niederlagen in Zwickau (1:3), gegen den BFC Dynamo (0:4) und beim Halleschen FC (2:3).")
    pairs = {(m.home_team, m.away_team, m.home_goals, m.away_goals) for m in matches_of(text).itertuples()}
    assert pairs == {("FC Carl Zeiss Jena", "Chemnitzer FC", 2, 0), ("FSV Zwickau", "FC Carl Zeiss Jena", 3, 1),
                     ("FC Carl Zeiss Jena", "BFC Dynamo", 0, 4), ("Hallescher FC", "FC Carl Zeiss Jena", 3, 2)}, pairs


def test_a_result_in_brackets_after_its_result_noun_is_a_match():
    m = only_match("Nach der Niederlage (1:2) beim SV Ried stand der LASK gehörig unter Druck.")
    assert (m.home_team, m.away_team, m.home_goals, m.away_goals) == ("SV Ried", "LASK", 2, 1)


def test_a_half_time_score_in_brackets_is_still_no_match_of_its_own():
    m = only_match("Der SC Verl gewann beim SV Meppen mit 3:1 (1:1).")
    assert (m.home_goals, m.away_goals, m.home_goals_ht, m.away_goals_ht) == (1, 3, 1, 1)


def test_a_club_named_right_after_another_known_club_stays_itself():
    m = only_match("Arminia Bielefeld ist zurück. Am Sonntag hatte die Arminia Hertha BSC mit 2:1 bezwungen.")
    assert {m.home_team, m.away_team} == {"Arminia Bielefeld", "Hertha BSC"}


def test_a_club_after_the_pitch_of_a_home_game_is_the_opponent_not_a_place():
    m = only_match("Der SC Paderborn 07 hat auf heimischem Rasen Holstein Kiel mit 4:1 besiegt.")
    goals = {m.home_team: m.home_goals, m.away_team: m.away_goals}
    assert goals == {"SC Paderborn 07": 4, "Holstein Kiel": 1}


def test_croatian_and_scandinavian_club_prefixes_open_club_names():
    m = only_match("Der LASK kam beim NK Osijek nur zu einem 1:1.")
    assert (m.home_team, m.away_team) == ("NK Osijek", "LASK")
    m = only_match("Der FC Kopenhagen verlor beim IFK Göteborg mit 0:2.")
    assert (m.home_team, m.away_team, m.home_goals, m.away_goals) == ("IFK Göteborg", "FC Kopenhagen", 2, 0)


def test_a_club_after_the_home_crowd_is_the_beaten_opponent():
    m = only_match("Eine Woche zuvor hatte der SV Meppen vor eigenem Publikum Rot-Weiss Essen 2:1 bezwungen.")
    assert (m.home_team, m.away_team, m.home_goals, m.away_goals) == ("SV Meppen", "Rot-Weiss Essen", 2, 1)


def test_a_win_told_with_a_participle_outweighs_a_defeat_told_further_away():
    m = only_match("Die Nordiren, die in Belfast Luxemburg mit 3:1 geschlagen hatten, kassierten ihre erste Niederlage.")
    assert (m.home_team, m.away_team, m.home_goals, m.away_goals) == ("Nordirland", "Luxemburg", 3, 1)


def test_a_pronoun_after_the_verb_is_the_subject_the_text_spoke_of():
    text = ("Der FC Basel steht unter Druck. Am Mittwoch hatten sie den FC Luzern noch mit 2:0 geschlagen, "
            "nun folgte der Rückschlag.")
    m = only_match(text)
    goals = {m.home_team: m.home_goals, m.away_team: m.away_goals}
    assert goals == {"FC Basel": 2, "FC Luzern": 0}, goals


def test_a_final_score_told_after_the_break_is_no_half_time_score():
    m = only_match("Beim SK Austria Klagenfurt wurde der Wolfsberger AC nach der Pause mit 4:1 geschlagen.")
    assert pd.isna(m.home_goals_ht) and pd.isna(m.away_goals_ht), (m.home_goals_ht, m.away_goals_ht)


def test_a_club_thrashed_in_the_passive_lost():
    m = only_match("Der FC Augsburg wurde beim VfL Wolfsburg mit 1:4 deklassiert.")
    assert (m.home_team, m.away_team, m.home_goals, m.away_goals) == ("VfL Wolfsburg", "FC Augsburg", 4, 1)


def test_the_agent_of_a_passive_defeat_is_the_opponent():
    text = ("Beim FC Augsburg denkt man ungern an den März zurück, als der SV Werder Bremen "
            "zu Hause vom VfL Wolfsburg mit 5:1 überrollt wurde.")
    m = only_match(text)
    assert (m.home_team, m.away_team, m.home_goals, m.away_goals) == ("Werder Bremen", "VfL Wolfsburg", 1, 5)


def test_a_bracket_after_a_result_and_its_opponent_is_no_match_of_its_own():
    m = only_match("Der FC Augsburg siegte mit 3:1 gegen den VfL Wolfsburg (1:0).")
    assert sorted((m.home_goals, m.away_goals)) == [1, 3]


def test_a_draw_at_the_ground_of_its_subject_is_kept():
    text = ("Der VfL Wolfsburg empfängt am Samstag den FC Augsburg. "
            "Das Hinspiel in Augsburg hatte der FCA 1:1 gespielt.")
    m = only_match(text)
    assert {m.home_team, m.away_team} == {"VfL Wolfsburg", "FC Augsburg"} and m.home_goals == m.away_goals == 1


def test_a_half_time_score_equal_to_the_final_one_is_kept():
    m = only_match("Der SC Freiburg führte zur Pause mit 1:0 und gewann am Ende gegen den FC Augsburg auch mit 1:0.")
    assert (m.home_goals_ht, m.away_goals_ht) == (1, 0)


def test_a_ground_named_with_adjectives_is_still_only_the_ground_the_club_visited():
    text = ("Der SV Wehen Wiesbaden verliert seinen Kapitän. Der Verteidiger hatte sich beim formstarken "
            "SC Paderborn verletzt, beim starken SC Paderborn gab es ein 1:1. Wiesbaden hofft nun, denn "
            "beim heimstarken SC Paderborn holen wenige etwas. Das tut weh. "
            "Zuvor gelang ein 2:0-Sieg gegen Braunschweig.")
    pairs = {(m.home_team, m.away_team, m.home_goals, m.away_goals) for m in matches_of(text).itertuples()}
    assert ("SV Wehen Wiesbaden", "Eintracht Braunschweig", 2, 0) in pairs, pairs


def test_a_clubs_reserve_team_is_its_second_team():
    m = only_match("Der SC Verl musste sich am Sonntag der Reserve von Borussia Dortmund mit 0:2 geschlagen geben.")
    assert {m.home_team, m.away_team} == {"SC Verl", "Borussia Dortmund II"}, (m.home_team, m.away_team)
    m = only_match("Die U23 des SV Musterstadt gewann mit 3:1 beim TSV Beispielhausen.")
    assert (m.home_team, m.away_team, m.home_goals) == ("TSV Beispielhausen", "SV Musterstadt II", 1)


def test_a_headline_score_with_its_city_settles_the_host_the_report_left_open():
    text = ("Nach dem 2:2 in Zagreb: Yakin bleibt gelassen\n\n"
            "Die Schweiz kam im Testspiel gegen Kroatien nicht über ein 2:2 hinaus.")
    m = only_match(text)
    assert (m.home_team, m.away_team, bool(m.ordered)) == ("Kroatien", "Schweiz", True)


def test_a_stadium_beside_a_subjectless_result_names_the_home_side():
    text = ("Der SV Darmstadt 98 verlor zuletzt. Beim 3:1 auf dem Betzenberg gegen den Karlsruher SC "
            "glänzte der Stürmer mit zwei Vorlagen.")
    pairs = {(m.home_team, m.away_team, m.home_goals, m.away_goals) for m in matches_of(text).itertuples()}
    assert ("1. FC Kaiserslautern", "Karlsruher SC", 3, 1) in pairs, pairs


def test_the_stadium_of_an_earlier_result_in_the_sentence_is_not_the_later_ones():
    text = ("Der SC Paderborn 07 hatte zum Auftakt auf dem Betzenberg gegen den 1. FC Kaiserslautern 0:1 verloren, "
            "danach folgte ein 2:0 gegen den Karlsruher SC.")
    pairs = {(m.home_team, m.away_team) for m in matches_of(text).itertuples()}
    assert not any("1. FC Kaiserslautern" in pair and "Karlsruher SC" in pair for pair in pairs), pairs


def test_the_next_opponent_named_only_as_gegner_is_the_other_side_of_the_fixture():
    text = ("Der 1. FC Köln empfängt am Sonntag den Hamburger SV. "
            "Der Gegner reist mit einem 2:0 gegen Hannover 96 im Rücken an.")
    pairs = {(m.home_team, m.away_team, m.home_goals, m.away_goals) for m in matches_of(text).itertuples()}
    assert any({h, a} == {"Hamburger SV", "Hannover 96"} for h, a, _, _ in pairs), pairs


def test_a_known_demonym_before_a_club_noun_opens_a_club_of_its_own():
    m = only_match("Der Kieler SV trotzte dem VfB Lübeck vor eigener Kulisse ein 2:2 ab.")
    assert "Holstein Kiel" not in (m.home_team, m.away_team), (m.home_team, m.away_team)
    assert "Kieler SV" in (m.home_team, m.away_team), (m.home_team, m.away_team)


def test_trailing_behind_by_a_score_is_no_result():
    text = ("Beim VfL Bochum lag der FC Augsburg nach einer Stunde mit 0:2 hinten. "
            "Am Ende stand ein 3:2-Auswärtssieg.")
    scores = {(m.home_goals, m.away_goals) for m in matches_of(text).itertuples()}
    assert (2, 0) not in scores and (0, 2) not in scores, scores


def test_a_club_beaten_in_the_passive_in_a_round_up_is_not_given_the_other_clubs_opponent():
    text = ("Der FC Bayern München gewann am Samstag mit 3:0 gegen den 1. FSV Mainz 05. "
            "Der 1. FC Köln wurde am Samstag mit 0:4 abgefertigt.")
    pairs = {(m.home_team, m.away_team) for m in matches_of(text).itertuples()}
    assert not any("1. FC Köln" in pair and "FC Bayern München" in pair for pair in pairs), pairs


def test_a_club_of_two_places_joined_by_a_slash_is_one_club():
    text = ("Der Kapitän des SV Hohenwarth/Mettenbach erzielte beim 2:0 gegen den TSV Kirchdorf beide Tore. "
            "Hohenwarth/Mettenbach bleibt damit oben dran.")
    m = only_match(text)
    assert (m.home_team, m.away_team) == ("SV Hohenwarth/Mettenbach", "TSV Kirchdorf")
    assert not lib.extract_text(text, date="2024-03-10").people.name.str.contains("Mettenbach").any()


def test_the_club_in_the_genitive_of_the_opening_noun_is_the_subject():
    text = ("Der TSV Kirchdorf verliert erneut. Es war kein schöner Abend. Der Offensivmann des SV Hohenwarth "
            "schnürte beim 3:1 (1:1) gegen den TSV Kirchdorf einen Doppelpack.")
    m = only_match(text)
    goals = dict(zip((m.home_team, m.away_team), (m.home_goals, m.away_goals)))
    assert goals == {"SV Hohenwarth": 3, "TSV Kirchdorf": 1}, goals


def test_an_unknown_clubs_place_alone_in_the_headline_is_that_club():
    text = ("Hohenwarth schlägt Burghausen und klettert auf Rang sieben\n\n"
            "Der TSV Hohenwarth hat gegen den SV Wacker Burghausen mit 2:1 gewonnen.")
    frames = lib.extract_text(text, date="2024-03-10")
    assert frames.standings[["team", "position"]].values.tolist() == [["TSV Hohenwarth", 7]]


def test_an_adverb_after_the_comma_of_a_result_is_no_standing_during_the_match():
    text = "Der 1. FSV Mainz 05 verlor gegen den FC Bayern München mit 0:2, hinten wackelte die Abwehr."
    m = only_match(text)
    assert sorted((m.home_goals, m.away_goals)) == [0, 2]


def test_a_first_legs_city_does_not_order_the_match_of_the_same_score():
    text = ("Die deutsche Nationalmannschaft kam im Testspiel gegen Norwegen nicht über ein 1:1 hinaus. "
            "Schon das Hinspiel endete 1:1 in Oslo.")
    assert not any(m.home_team == "Norwegen" and m.ordered for m in matches_of(text).itertuples())


def test_a_reserve_team_takes_the_name_the_club_list_gives_it():
    m = only_match("Der SC Verl verlor am Sonntag gegen die U23 von Hannover 96 mit 0:2.")
    assert "Hannover II" in (m.home_team, m.away_team), (m.home_team, m.away_team)


def test_a_former_player_of_the_club_in_the_genitive_plays_elsewhere_now():
    text = ("Der 1. FC Union Berlin feiert. Der Ex-Stürmer des FC Bayern München traf beim 3:1 gegen "
            "den 1. FC Köln doppelt.")
    pairs = {(m.home_team, m.away_team) for m in matches_of(text).itertuples()}
    assert not any("FC Bayern München" in pair for pair in pairs), pairs


def test_a_slash_after_a_clubs_place_in_other_words_is_not_its_second_place():
    text = ("Der SV Hohenwarth/Mettenbach gewann mit 2:0 gegen den TSV Kirchdorf. "
            "Das Wetter in Hohenwarth / Sturm über Kirchdorf machte allen zu schaffen.")
    frames = lib.extract_text(text, date="2024-03-10")
    assert {(m.home_team, m.away_team) for m in frames.matches.itertuples()} == {
        ("SV Hohenwarth/Mettenbach", "TSV Kirchdorf")}
    doc = lib.load_pipeline()(text)
    clubs = [span.text for span in doc.spans["clubs"]]
    assert "Hohenwarth / Sturm" not in clubs, clubs


def test_an_unknown_clubs_place_after_in_in_the_headline_is_the_place():
    doc = lib.load_pipeline()("Sport in Hohenwarth\n\nDer TSV Hohenwarth gewann mit 2:0 gegen den SV Kirchdorf.")
    assert [span.text for span in doc.spans["clubs"] if span.start < 3] == []


def test_the_perfect_of_a_win_beside_a_passive_clause_stays_a_win():
    m = only_match("Der SV Werder Bremen hat den VfL Bochum mit 2:1 bezwungen und wurde dafür gefeiert.")
    goals = dict(zip((m.home_team, m.away_team), (m.home_goals, m.away_goals)))
    assert goals == {"Werder Bremen": 2, "VfL Bochum": 1}, goals


def test_a_first_leg_won_by_the_other_side_is_a_match_of_its_own():
    text = ("FC Bayern München - FC Arsenal 2:1 (1:0). Im Hinspiel hatte der FC Arsenal mit 2:1 gegen den "
            "FC Bayern München gewonnen.")
    assert len(matches_of(text)) == 2


def test_an_earlier_meeting_in_a_named_year_and_city_does_not_order_todays_match():
    text = ("Die deutsche Nationalmannschaft kam gegen Norwegen nicht über ein 1:1 hinaus. Schon das letzte "
            "Duell im Jahr 2019 in Berlin hatte 1:1 geendet.")
    assert not any(m.ordered for m in matches_of(text).itertuples() if m.home_goals == m.away_goals == 1
                   and m.sentence.startswith("Die deutsche"))


def test_a_sentence_opened_by_a_players_noun_with_his_club_makes_that_club_the_team_spoken_of():
    text = ("Der VfL Wolfsburg verlor am Samstag. Der Offensivmann des SV Werder Bremen war dagegen nicht zu "
            "stoppen. Drei Tage zuvor hatten sie den VfL Bochum mit 3:1 geschlagen.")
    pairs = {(m.home_team, m.away_team) for m in matches_of(text).itertuples()}
    assert any("Werder Bremen" in pair and "VfL Bochum" in pair for pair in pairs), pairs


def test_a_club_closing_the_gap_only_once_more_reached_the_final_score_and_lost():
    text = ("Arminia Bielefeld führte beim VfL Osnabrück schnell mit 2:0. Nach dem Wechsel bauten die Gäste "
            "den Vorsprung auf 3:0 aus. Der VfL Osnabrück kam in der Schlussphase nur noch auf 2:3 heran.")
    m = only_match(text)
    assert (m.home_team, m.away_team, m.home_goals, m.away_goals) == ("VfL Osnabrück", "Arminia Bielefeld", 2, 3)


def test_a_player_closing_the_gap_leaves_the_score_unsettled():
    text = ("Arminia Bielefeld führte beim VfL Osnabrück schnell mit 2:0. Nach dem Wechsel bauten die Gäste "
            "den Vorsprung auf 3:0 aus. Erik Engelhardt verkürzte lediglich noch auf 2:3.")
    assert matches_of(text).empty


def test_a_lead_held_for_a_long_time_is_no_result():
    text = "Der Grazer AK führte gegen die SV Ried lange mit 2:0, ehe die Partie kippte."
    assert matches_of(text).empty


def test_a_draw_after_extra_time_stays_the_result_when_the_shoot_out_follows_after_a_comma():
    text = ("Die SV Ried und der FC Blau-Weiß Linz trennten sich nach Verlängerung 2:2, "
            "im Elfmeterschießen hatten die Innviertler mit 5:3 das bessere Ende.")
    m = only_match(text)
    assert (m.home_goals, m.away_goals) == (2, 2)


def test_a_shoot_out_told_as_from_the_spot_is_no_result():
    text = ("Der SK Rapid Wien schlug den FC Basel nach Verlängerung mit 2:1. Weil das Hinspiel im St. Jakob-Park "
            "0:1 verloren gegangen war, stand es insgesamt 2:2, vom Punkt behielten die Wiener mit 4:3 die Oberhand.")
    scores = {tuple(sorted((m.home_goals, m.away_goals))) for m in matches_of(text).itertuples()}
    assert (3, 4) not in scores and (1, 2) in scores, scores


def test_an_equaliser_with_a_half_time_score_in_brackets_is_the_final_result():
    m = only_match("Der SV Sandhausen glich in der Nachspielzeit zum 1:1 (0:1) gegen den SSV Ulm 1846 aus.")
    assert (m.home_goals, m.away_goals, m.home_goals_ht, m.away_goals_ht) == (1, 1, 0, 1)


def test_a_result_at_the_season_opener_is_no_goals_score():
    m = only_match("Gewonnen hat der SC Verl bisher nur einmal, beim 2:0 zum Saisonauftakt gegen den FC Ingolstadt 04.")
    assert sorted((m.home_goals, m.away_goals)) == [0, 2]


def test_a_lead_at_the_break_does_not_hide_the_final_score_told_after_und():
    m = only_match("Der FC Ingolstadt 04 führte zur Pause mit 2:0 und siegte beim SV Waldhof Mannheim am Ende mit 3:1.")
    assert (m.home_team, m.home_goals, m.away_goals) == ("SV Waldhof Mannheim", 1, 3)


def test_a_stadium_name_two_clubs_have_names_the_ground_of_the_club_the_article_is_about():
    m = only_match("Alemannia Aachen gewann am Sonntag auf dem Tivoli gegen den MSV Duisburg mit 2:0.")
    assert (m.home_team, m.venue) == ("Alemannia Aachen", "Tivoli")


def test_a_ground_two_clubs_share_stays_the_venue_of_their_derby():
    m = only_match("Der FC Zürich hat gegen den Grasshopper Club Zürich mit 2:0 gewonnen. "
                   "Im Letzigrund sahen 15.000 Zuschauer ein munteres Spiel.")
    assert m.venue == "Letzigrund"


def test_a_regionalliga_club_named_after_region_and_town_is_known():
    m = only_match("Der SC Freiburg II setzte sich am Samstag bei Hessen Kassel mit 2:0 durch.")
    assert (m.home_team, m.away_team) == ("KSV Hessen Kassel", "SC Freiburg II")


def test_the_region_as_demonym_before_a_capitalised_noun_is_no_club_name():
    text = "Eintracht Frankfurt gewann gegen den VfL Bochum mit 3:1. Für die Hessen Grund zur Freude."
    assert {m.home_team for m in matches_of(text).itertuples()} == {"Eintracht Frankfurt"}


def test_one_goal_still_missing_for_a_draw_is_no_result():
    text = "Der SC Freiburg führte gegen den VfL Bochum. Dem VfL Bochum fehlte nur noch ein Tor zum 2:2."
    assert matches_of(text).empty


def test_a_gap_closed_before_a_later_goal_in_the_sentence_is_no_final_score():
    text = ("Der SC Freiburg spielte gegen den VfL Bochum. Der VfL Bochum kam dann nur noch auf 2:3 heran, "
            "ehe Vincenzo Grifo in der Nachspielzeit das 4:2 erzielte.")
    assert (2, 3) not in {(m.home_goals, m.away_goals) for m in matches_of(text).itertuples()}


def test_showing_a_guest_up_by_a_score_is_a_result_not_a_lead():
    m = only_match("Die Freiburger führten den VfL Bochum am Samstag mit 5:0 vor.")
    assert sorted((m.home_goals, m.away_goals)) == [0, 5]


def test_goals_from_the_spot_in_normal_time_keep_the_result():
    m = only_match("Der SC Freiburg spielte gegen den VfL Bochum. Dank zweier Treffer vom Punkt gewann Freiburg mit 2:1.")
    assert sorted((m.home_goals, m.away_goals)) == [1, 2]


def test_a_goals_score_repeated_in_brackets_is_no_half_time_result():
    text = ("Der SC Freiburg spielte gegen den VfL Bochum. Vincenzo Grifo traf kurz vor der Pause zum 1:0 (1:0). "
            "Nach dem Wechsel legte Michael Gregoritsch das 2:0 nach.")
    assert matches_of(text).empty


def result_set(text: str) -> set[tuple]:
    return {(m.home_team, m.away_team, m.home_goals, m.away_goals) for m in matches_of(text).itertuples()}


def test_a_goalless_draw_in_words_counts_beside_other_scores_in_the_sentence():
    text = ("Der Karlsruher SC und der SC Paderborn 07 trennten sich torlos, während "
            "der 1. FC Magdeburg mit 3:1 gegen Holstein Kiel gewann.")
    found = result_set(text)
    assert {frozenset(m[:2]) for m in found if m[2:] == (0, 0)} == {frozenset({"Karlsruher SC", "SC Paderborn 07"})}
    assert any(set(m[:2]) == {"1. FC Magdeburg", "Holstein Kiel"} for m in found if sorted(m[2:]) == [1, 3])


def test_a_goalless_word_about_a_player_beside_a_result_is_no_second_match():
    text = "Der Karlsruher SC und der SC Paderborn 07 spielten 3:1, Stürmer Lars Holm blieb dagegen erneut torlos."
    assert len(matches_of(text)) == 1


def test_the_stadium_of_one_side_settles_who_hosted_a_draw_of_two_joined_clubs():
    m = only_match("Im Wildparkstadion trennten sich der SC Paderborn 07 und der Karlsruher SC 1:1.")
    assert (m.home_team, m.away_team) == ("Karlsruher SC", "SC Paderborn 07")
    assert bool(m.ordered)


def test_two_clubs_joined_after_a_comma_do_not_take_the_score_of_the_clause_before():
    text = "Magdeburg gewann 2:1 gegen Kiel, im Wildparkstadion trennten sich Paderborn und Karlsruhe 1:1."
    found = result_set(text)
    assert {frozenset(m[:2]) for m in found if sorted(m[2:]) == [1, 2]} == {frozenset({"1. FC Magdeburg", "Holstein Kiel"})}


def test_an_inflected_adjective_club_name_is_recognised():
    text = "Der Hallesche FC kam im heimischen Stadion gegen den SV Sandhausen nicht über ein 2:2 hinaus."
    assert result_set(text) == {("Hallescher FC", "SV Sandhausen", 2, 2)}


def test_a_demonym_before_a_street_noun_is_an_address_not_the_club():
    text = ("Im Stadion an der Hamburger Straße stellte der Karlsruher SC am Montag seinen neuen Trainer vor, "
            "der zuvor beim FC St. Pauli arbeitete. Zuletzt setzte es eine 0:2-Heimpleite gegen den SC Paderborn 07.")
    assert result_set(text) == {("Karlsruher SC", "SC Paderborn 07", 0, 2)}


def test_a_demonym_several_named_clubs_share_means_the_one_the_article_is_about():
    text = ("Eintracht Braunschweig hat einen neuen Trainer. Er arbeitete zuvor beim SV Meppen. "
            "Die Niedersachsen verloren zuletzt mit 0:3 gegen den SC Paderborn 07.")
    assert result_set(text) == {("Eintracht Braunschweig", "SC Paderborn 07", 0, 3)}


def test_a_swiss_spelled_shoot_out_tally_is_no_result():
    text = ("Der FC Köniz setzte sich im Cup gegen den FC Thun durch – nach einem 1:1 nach Verlängerung "
            "behielten die Berner im Penaltyschiessen mit 5:4 die Nerven.")
    assert (5, 4) not in {tuple(sorted((m[2], m[3]), reverse=True)) for m in result_set(text)}


def test_a_goals_score_after_das_and_a_scorer_is_no_result():
    text = ("Der VfL Wolfsburg hat gegen den VfB Stuttgart mit 3:2 (2:2) gewonnen. Doch Stuttgart schlug zurück: "
            "Kurz vor der Pause stocherte Konstantinos Mavropanos im Gewühl das 2:2 über die Linie.")
    assert result_set(text) == {("VfL Wolfsburg", "VfB Stuttgart", 3, 2)}


def test_the_final_score_for_the_guests_of_a_game_announced_in_a_new_paragraph():
    text = ("Der TSV Schott Mainz und der VfL Bochum trennten sich nach Verlängerung 1:1.\n\n"
            "Noch länger zittern musste Hannover 96 beim SV Meppen. Marek Janssen brachte die Emsländer in "
            "Führung (22.). Dort erlöste Enzo Leopold die Niedersachsen in der 109. Minute, am Ende hieß es "
            "3:2 für die Gäste.")
    assert ("SV Meppen", "Hannover 96", 2, 3) in result_set(text)


def test_the_ground_of_an_earlier_result_in_the_sentence_is_not_the_next_results_subject():
    text = ("Der Hamburger SV bereitet sich auf die Saison vor. Beim TuS Dassendorf gab es einen 5:0-Sieg, "
            "gegen Eintracht Norderstedt folgte ein 3:1.")
    found = result_set(text)
    assert any(set(m[:2]) == {"Hamburger SV", "Eintracht Norderstedt"} for m in found)
    assert not any(set(m[:2]) == {"TuS Dassendorf", "Eintracht Norderstedt"} for m in found)


def test_an_unknown_clubs_name_ending_in_a_city_with_a_known_club_is_one_name():
    text = "Der Oberligist TSV Schott Mainz empfing den VfL Bochum und spielte nach Verlängerung 1:1."
    assert {frozenset(m[:2]) for m in result_set(text)} == {frozenset({"TSV Schott Mainz", "VfL Bochum"})}


def test_a_result_nouns_score_before_fuer_keeps_its_order():
    text = "Der Hamburger SV empfing den 1. FC Kaiserslautern. Es setzte eine 1:4-Klatsche für den HSV."
    assert result_set(text) == {("Hamburger SV", "1. FC Kaiserslautern", 1, 4)}


def test_the_score_at_the_end_of_the_first_half_for_a_side_is_no_result():
    text = ("Der Hamburger SV empfing den 1. FC Kaiserslautern. Am Ende der ersten Halbzeit stand es 1:0 für "
            "den HSV. Nach dem Wechsel drehte der FCK auf und gewann 3:1.")
    assert (1, 0) not in {m[2:] for m in result_set(text)}


def test_a_team_that_stayed_goalless_and_lost_keeps_its_real_result():
    text = "Der FC Luzern blieb beim FC Basel erneut torlos und verlor 0:2."
    assert result_set(text) == {("FC Basel", "FC Luzern", 2, 0)}


def test_an_opening_bei_club_that_played_both_results_stays_the_subject():
    text = ("Der FC Bayern ist Tabellenführer. Bei Borussia Dortmund folgte dem 4:0 gegen den VfL Bochum "
            "ein 3:1 gegen den SC Freiburg.")
    assert any(set(m[:2]) == {"Borussia Dortmund", "SC Freiburg"} for m in result_set(text))


def test_a_first_leg_told_right_after_the_second_belongs_to_that_tie():
    text = ("Drei Tage vor dem Gipfel gegen Borussia Dortmund hat der FC Bayern das Viertelfinale erreicht. "
            "Die Münchner besiegten Lazio Rom mit 3:0. Das Hinspiel hatte der FC Bayern 0:1 verloren.")
    assert not any("Borussia Dortmund" in m[:2] for m in result_set(text))


def test_a_stadium_of_a_leg_still_to_come_does_not_order_a_draw():
    m = only_match("Der FC Basel und der FC Zürich trennten sich 2:2, das Rückspiel im Letzigrund steht noch aus.")
    assert not bool(m.ordered)


def test_a_score_a_scorer_secured_against_an_opponent_is_a_result():
    text = "Andrej Kramaric traf doppelt und sicherte der TSG Hoffenheim das 2:2 gegen den FSV Mainz 05."
    assert {frozenset(m[:2]) for m in result_set(text)} == {frozenset({"TSG 1899 Hoffenheim", "1. FSV Mainz 05"})}


def test_a_demonym_right_after_a_club_named_as_subject_means_that_club():
    text = ("Der 1. FC Union Berlin verlor 0:2 bei Bayer Leverkusen. Union fand nie ins Spiel, Union hatte kaum "
            "Torchancen. In der 2. Bundesliga war Hertha BSC am Sonntag beim 1. FC Magdeburg zu Gast. "
            "Die Berliner gewannen 2:1.")
    assert ("1. FC Magdeburg", "Hertha BSC", 1, 2) in result_set(text)


def test_a_city_after_an_unknown_club_as_object_is_the_opponent():
    text = "In der ersten Runde des DFB-Pokals schlug der SV Todesfelde Kiel überraschend mit 2:1."
    assert {frozenset(m[:2]) for m in result_set(text)} == {frozenset({"SV Todesfelde", "Holstein Kiel"})}


def test_a_club_named_after_a_city_that_is_a_first_name_keeps_its_name():
    text = "Der FC Augsburg gewann gegen Levski Sofia mit 2:0."
    assert any("Levski Sofia" in m[:2] for m in result_set(text))


def test_his_team_as_subject_is_the_club_of_the_coach_named_before():
    text = ("Augsburg-Trainer Markus Hellwig ist zufrieden. Am Samstag bezwang seine Mannschaft die TSG Hoffenheim "
            "mit 3:1, nachdem es eine Woche zuvor beim SC Freiburg ein 1:1 gegeben hatte.")
    found = result_set(text)
    assert any(set(m[:2]) == {"FC Augsburg", "TSG 1899 Hoffenheim"} and sorted(m[2:]) == [1, 3] for m in found)
    assert ("SC Freiburg", "FC Augsburg", 1, 1) in found


def test_his_team_in_an_earlier_clause_is_not_another_results_subject():
    text = ("Augsburg-Trainer Markus Hellwig ist zufrieden. Sein Team gewann 2:0 gegen den VfL Bochum, während "
            "der FC Bayern 3:1 gegen Borussia Dortmund siegte.")
    found = result_set(text)
    assert any(set(m[:2]) == {"FC Bayern München", "Borussia Dortmund"} for m in found)
    assert not any(set(m[:2]) == {"FC Bayern München", "VfL Bochum"} for m in found)


def test_a_score_over_both_legs_is_no_match():
    text = ("Der SK Rapid Wien gewann das Rückspiel gegen den FC Basel mit 2:0. Über beide Partien setzte sich "
            "Rapid damit mit 3:2 durch.")
    found = result_set(text)
    assert any(set(m[:2]) == {"SK Rapid Wien", "FC Basel"} and sorted(m[2:]) == [0, 2] for m in found), found
    assert not any(sorted(m[2:]) == [2, 3] for m in found), found


def test_an_idiom_after_a_score_names_no_club():
    text = "Der VfL Bochum kam noch heran, doch der SC Freiburg brachte das 2:1 über die Zeit."
    found = result_set(text)
    assert found and all(set(m[:2]) == {"SC Freiburg", "VfL Bochum"} for m in found), found


def test_a_draw_after_extra_time_decided_on_penalties_is_the_result():
    text = ("Der SV Meppen empfing im Pokal den Zweitligisten SC Paderborn 07. Meppen gewann nach einem 2:2 nach "
            "Verlängerung im Elfmeterschießen gegen Paderborn.")
    found = result_set(text)
    assert any(set(m[:2]) == {"SV Meppen", "SC Paderborn 07"} and m[2:] == (2, 2) for m in found), found


def test_a_role_noun_names_the_club_it_stood_before_earlier():
    text = ("Über den Bundesligisten 1. FSV Mainz 05 spricht bei Kickers Offenbach in dieser Woche jeder. Offenbach "
            "hatte zuletzt Verletzungspech. Vor 15.000 Zuschauern schlug Offenbach den Bundesligisten am Sonntag mit 2:1.")
    found = result_set(text)
    assert any(set(m[:2]) == {"Kickers Offenbach", "1. FSV Mainz 05"} and sorted(m[2:]) == [1, 2] for m in found), found


def test_a_city_told_of_the_first_leg_does_not_move_the_second_leg():
    text = ("Eintracht Frankfurt schlug im Rückspiel den FC Porto mit 4:1 und machte so die 0:2-Niederlage "
            "aus dem Hinspiel in Porto wett.")
    found = result_set(text)
    assert ("FC Porto", "Eintracht Frankfurt", 2, 0) in found, found
    assert not any(m[0] == "FC Porto" and sorted(m[2:]) == [1, 4] for m in found), found


def test_a_weak_name_counts_where_the_article_names_its_city_most():
    text = ("DÜSSELDORF. Die Düsseldorfer unterlagen am Freitag dem Hamburger SV mit 0:1, nach einem Eingriff aus "
            "dem Kölner Keller. Der HSV jubelte spät. Für die Fortuna ist es die dritte Niederlage in Folge, nachdem "
            "schon am Dienstag ein 1:3 beim SC Paderborn 07 zu Buche gestanden hatte.")
    assert ("SC Paderborn 07", "Fortuna Düsseldorf", 3, 1) in result_set(text)


def test_a_city_before_gegen_and_a_national_team_is_where_they_played():
    text = "Die deutsche Nationalmannschaft hat in Dortmund gegen Dänemark 2:0 gewonnen."
    assert matches_set(text) == {("Deutschland", "Dänemark", 2, 0)}


def test_a_city_beside_a_national_team_opponent_is_no_club():
    text = "Die Nationalelf besiegte Norwegen in Mainz mit 3:1."
    assert not any("1. FSV Mainz 05" in pair for pair in matches_set(text))


def test_an_unnamed_side_of_a_national_teams_game_is_no_club_named_elsewhere():
    text = ("Die Nationalmannschaft bereitet sich auf das Turnier vor. Das 1:3 gegen Kroatien in Bremen "
            "war ein Dämpfer, sagte der Bundestrainer.")
    assert not any("Werder Bremen" in pair for pair in matches_set(text))


def test_a_shootout_told_after_the_draw_gives_no_second_result():
    text = ("Der FC Augsburg schied im Pokal beim SC Verl aus. Nach 120 Minuten hieß es 2:2, im "
            "Elfmeterschießen scheiterten zwei Augsburger, die Ostwestfalen gewannen mit 5:4.")
    assert (4, 5) not in {(m.home_goals, m.away_goals) for m in matches_of(text).itertuples()}
    assert (5, 4) not in {(m.home_goals, m.away_goals) for m in matches_of(text).itertuples()}


def test_a_shootout_mark_of_the_first_score_leaves_the_draw_after_it():
    text = ("Im Achtelfinale setzte sich der SC Verl gegen den FC Augsburg mit 5:4 im Elfmeterschießen durch, "
            "nach 90 Minuten hatte es 2:2 (1:0) gestanden.")
    assert matches_set(text) == {("SC Verl", "FC Augsburg", 2, 2)}


def test_an_away_win_of_another_clubs_clause_does_not_turn_this_result():
    text = ("Der SK Sturm Graz verteidigte mit einem 3:1 gegen die WSG Tirol die Spitze, Red Bull Salzburg "
            "bleibt nach einem Auswärtssieg in Linz dran. Vor eigenem Publikum taten sich die Grazer lange schwer.")
    assert ("WSG Tirol", "SK Sturm Graz", 1, 3) not in matches_set(text)


def test_a_side_that_let_itself_be_shown_up_lost_to_the_von_club():
    text = ("Der Karlsruher SC steckt in der Krise. Eine Woche später ließ sich die Mannschaft von Hannover 96 "
            "im Wildpark mit 1:3 vorführen.")
    assert ("Karlsruher SC", "Hannover 96", 1, 3) in matches_set(text)


def test_the_guests_after_a_score_beim_a_club_are_the_side_that_travelled():
    text = ("Der Karlsruher SC kassierte gegen Hannover 96 daheim ein 1:4. Am Dienstag setzte es auf dem "
            "Betzenberg ein 0:2 beim 1. FC Kaiserslautern, ohne dass die Gäste je gefährlich wurden.")
    assert ("1. FC Kaiserslautern", "Karlsruher SC", 2, 0) in matches_set(text)


def test_a_tournament_country_before_the_beaten_team_is_the_place_not_the_opponent():
    m = only_match("Die österreichischen Fußballerinnen haben bei der Weltmeisterschaft in Brasilien Kolumbien "
                   "mit 3:1 bezwungen.")
    assert {m.home_team, m.away_team} == {"Österreich", "Kolumbien"}
    assert sorted([m.home_goals, m.away_goals]) == [1, 3]


def test_a_city_of_the_club_named_after_it_still_tells_where_the_draw_was():
    m = only_match("Der SV Darmstadt 98 kämpft weiter. In Mainz trotzte das Team dem 1. FSV Mainz 05 ein 2:2 ab.")
    assert (m.home_team, m.away_team) == ("1. FSV Mainz 05", "SV Darmstadt 98")


def test_a_feminine_plural_demonym_no_list_knows_is_the_team_spoken_of_last():
    text = ("Die Schweiz hat Island mit 2:1 bezwungen. Norwegen setzte sich am Abend mit 3:0 gegen Finnland durch. "
            "Die Skandinavierinnen hatten schon zum Auftakt Island 1:0 geschlagen.")
    pairs = {(r.home_team, r.away_team, r.home_goals, r.away_goals) for r in matches_of(text).itertuples()}
    assert ("Norwegen", "Island", 1, 0) in pairs
    assert not any("Schweiz" in (h, a) and {g, h2} == {0, 1} for h, a, g, h2 in pairs)


def test_a_club_no_list_knows_is_found_by_its_nordic_ending():
    m = only_match("Tabellenführer bleibt Hammarby IF, der sich im Parallelspiel bei Omonia Nikosia mit 3:1 "
                   "durchsetzte.")
    assert (m.home_team, m.away_team, m.home_goals, m.away_goals) == ("Omonia Nikosia", "Hammarby IF", 1, 3)


def test_a_win_in_its_own_arena_over_a_named_side_was_at_home():
    text = ("An der Spitze zog der FC Augsburg davon. Der Tabellenführer hatte am Freitag in eigener Arena "
            "Hertha BSC mit 4:2 bezwungen.")
    m = only_match(text)
    assert (m.home_team, m.away_team, m.home_goals, m.away_goals) == ("FC Augsburg", "Hertha BSC", 4, 2)


def test_results_bracketed_after_two_coordinated_opponents_belong_to_the_team_spoken_of():
    text = ("Der Hamburger SV kam am Sonntag beim SC Paderborn nicht über ein 1:1 hinaus. Vorher hatte es ein 0:3 in "
            "Kiel sowie Heimpleiten gegen Hannover 96 (0:2) und den 1. FC Nürnberg (1:2) gesetzt.")
    found = matches_set(text)
    assert ("Hamburger SV", "Hannover 96", 0, 2) in found
    assert ("Hamburger SV", "1. FC Nürnberg", 1, 2) in found
    assert not any({h, a} == {"Hannover 96", "1. FC Nürnberg"} for h, a, _, _ in found)


def test_a_nickname_after_the_host_named_with_beim_is_the_subject_of_the_score():
    text = ("Beim Aufsteiger SV Elversberg kassierten die Blau-Gelben eine 0:4-Abfuhr, und auch gegen Hertha BSC und "
            "in Hannover gab es nichts zu holen.")
    assert matches_set(text) == {("SV Elversberg 07", "Eintracht Braunschweig", 4, 0)}


def test_the_subject_of_a_later_results_clause_does_not_play_the_earlier_result():
    text = ("Eintracht Braunschweig startete stark ins neue Jahr. Der 3:1-Sieg beim Spitzenreiter Holstein Kiel "
            "brachte dem Team Auftrieb, im Rückspiel gegen Elversberg folgte die Revanche: Mit 4:0 wurden die "
            "Saarländer nach Hause geschickt.")
    found = matches_set(text)
    assert ("Holstein Kiel", "Eintracht Braunschweig", 1, 3) in found
    assert not any("SV Elversberg 07" in (h, a) and {g, x} == {1, 3} for h, a, g, x in found)


def test_a_group_letter_with_its_point_ends_the_sentence_before_the_next_opponent():
    text = ("Die deutsche Nationalmannschaft hat in Luxemburg mit 4:0 gewonnen und bleibt Erster der Gruppe C. Am "
            "Dienstag reicht gegen Schottland ein Remis.")
    m = only_match(text)
    assert (m.home_team, m.away_team, m.home_goals, m.away_goals) == ("Luxemburg", "Deutschland", 0, 4)


def test_the_team_of_the_national_coach_is_his_country():
    text = ("Nordirland ist mit vier Punkten Dritter. Gegen die Slowakei gibt es noch eine Rechnung zu begleichen: Im "
            "ersten Duell hatte das Team von Bundestrainer Julian Nagelsmann in Bratislava 0:2 verloren.")
    assert ("Slowakei", "Deutschland", 2, 0) in matches_set(text)


def test_the_amateur_club_as_subject_is_the_club_named_before():
    text = ("Für den TSV Pfronten war es ein Festtag, sportlich blieb der Landesligist chancenlos. Vor vollen Rängen "
            "unterlag der Amateurklub in der ersten Pokalrunde dem 1. FC Köln mit 0:5 (0:2).")
    assert ("TSV Pfronten", "1. FC Köln", 0, 5) in {(h, a, x, y) if h != "1. FC Köln" else (a, h, y, x)
                                                    for h, a, x, y in matches_set(text)}


def test_the_guests_from_a_city_are_that_citys_club():
    text = ("Fortuna Düsseldorf schlug Hansa Rostock 2:0. Im Hinspiel trennten sich beide Mannschaften in Düsseldorf "
            "1:1, nachdem Cedric Teuchert die Gäste aus Hannover früh in Führung gebracht hatte.")
    assert ("Fortuna Düsseldorf", "Hannover 96", 1, 1) in matches_set(text)


def test_a_club_in_a_relative_clause_is_not_the_team_spoken_of_next():
    text = ("Hannover 96 steht vor einer wichtigen Woche. Beide Klubs schielen auf den Relegationsplatz, den derzeit "
            "der Hamburger SV belegt. Die Mannschaft von Trainer Stefan Leitl hatte zuletzt beim VfL Osnabrück mit 0:1 "
            "verloren.")
    assert matches_set(text) == {("VfL Osnabrück", "Hannover 96", 1, 0)}


def test_a_sentence_opening_with_a_clubs_city_makes_it_the_team_spoken_of():
    text = ("Der frühere Bielefelder Stefan Rosendahl gilt als Kandidat. In Heidenheim fiel die Entscheidung "
            "anders. Trainer Marek Wollny trat nach dem 1:4 beim FC Augsburg zurück, der Verein nahm das an.")
    assert ("FC Augsburg", "1. FC Heidenheim 1846", 4, 1) in matches_set(text)


def test_a_score_after_nach_is_read_from_the_subjects_side_whatever_the_main_verb():
    text = "Der VfL Bochum feierte nach dem 1:3 in Mainz den ersten Auswärtspunkt der Saison."
    m = only_match(text)
    assert (m.home_team, m.away_team, m.home_goals, m.away_goals) == ("1. FSV Mainz 05", "VfL Bochum", 3, 1)


def test_an_article_and_adjective_before_a_score_open_no_relative_clause():
    text = ("Der SC Verl verlor erneut. Es gab ein 0:2 in Ulm, das bittere 3:4 gegen den SV Waldhof Mannheim "
            "und ein 1:1 bei Preußen Münster.")
    pairs = {(m.home_team, m.away_team, m.home_goals, m.away_goals) for m in matches_of(text).itertuples()}
    assert ("SC Verl", "SV Waldhof Mannheim", 3, 4) in pairs
    assert not any(home == "SSV Ulm 1846" and away == "SV Waldhof Mannheim" for home, away, _, _ in pairs)


def test_the_club_named_with_von_after_a_score_is_the_side_whose_result_it_is():
    text = ("Der Stürmer, der früher für den VfL Bochum spielte, traf beim 3:1 von Konyaspor gegen Sivasspor "
            "zweimal.")
    m = only_match(text)
    assert (m.home_team, m.away_team, m.home_goals, m.away_goals) == ("Konyaspor", "Sivasspor", 3, 1)
    assert not bool(m.ordered)


def test_a_club_holding_its_countrys_cup_does_not_meet_the_national_team():
    text = ("Der FC Basel bleibt Schweizer Cupsieger. Wie im Vorjahr gewannen die Basler das Endspiel mit 2:0.")
    assert "Schweiz" not in set(matches_of(text)[["home_team", "away_team"]].to_numpy().ravel())


def test_a_setback_told_after_nach_does_not_turn_the_next_win_round():
    text = ("Die Saison des 1. FC Magdeburg begann gut: Nach einem Rückschlag in Elversberg folgte, ganz souverän, "
            "das 2:0 gegen den Karlsruher SC.")
    m = only_match(text)
    assert (m.home_team, m.away_team, m.home_goals, m.away_goals) == ("1. FC Magdeburg", "Karlsruher SC", 2, 0)


def test_result_lines_of_clubs_no_list_knows_with_their_number_or_a_turkish_name():
    text = ("Die Landesliga im Überblick.\n\n"
            "1. CfR Talheim – Türkspor Bietigheim 1:2 (0:0)\nDie Gäste drehten die Partie spät.\n\n"
            "SV Kleinbottwar – 1. Hemsbacher SV 3:0 (2:0)\nEin klarer Heimsieg.")
    pairs = {(m.home_team, m.away_team, m.home_goals, m.away_goals) for m in matches_of(text).itertuples()}
    assert ("1. CfR Talheim", "Türkspor Bietigheim", 1, 2) in pairs
    assert ("SV Kleinbottwar", "1. Hemsbacher SV", 3, 0) in pairs


def test_a_lead_brought_about_in_front_is_no_result():
    text = ("Kane und Gnabry hatten den FC Bayern München beim 1. FC Heidenheim mit 2:0 in Front gebracht. "
            "Am Ende gewann Heidenheim aber 3:2.")
    pairs = {(m.home_goals, m.away_goals) for m in matches_of(text).itertuples()}
    assert (2, 0) not in pairs and (0, 2) not in pairs


def test_a_club_the_winner_closes_in_on_in_the_table_is_no_opponent():
    text = ("Der 1. FC Köln gewann spät 2:1 und ist als Tabellensiebzehnter wieder in Schlagdistanz zu Mainz.")
    assert matches_of(text).empty


def test_a_bare_club_prefix_after_an_article_is_the_club_its_paragraph_named():
    text = ("Ein Drama erlebte das RheinEnergieStadion. Lange sah es nach einer Niederlage gegen den VfL Bochum aus. "
            "Dann drehte der FC das Spiel und ist nun Tabellensiebzehnter.")
    standings = lib.extract_text(text, date="2024-04-06").standings
    assert list(zip(standings.team, standings.position)) == [("1. FC Köln", 17)]


def test_a_relative_clause_after_the_hosts_tells_the_hosts_result():
    text = ("Deutschland gewann bei Nordirland 1:0. Die Gastgeber, die drei Tage zuvor die Slowakei mit 2:0 "
            "geschlagen hatten, drängten nach der Pause vergeblich.")
    pairs = {(m.home_team, m.away_team, m.home_goals, m.away_goals) for m in matches_of(text).itertuples()}
    assert ("Nordirland", "Slowakei", 2, 0) in pairs
    assert not any("Deutschland" in (h, a) and "Slowakei" in (h, a) for h, a, _, _ in pairs)


def test_a_night_in_the_table_is_no_opponent():
    frame = matches_of("Gegen den SV Sandhausen siegte Waldhof Mannheim daheim mit 2:0 und übernimmt "
                       "damit über Nacht die Tabellenführung.")
    assert list(zip(frame.home_team, frame.away_team)) == [("SV Waldhof Mannheim", "SV Sandhausen")]


def test_a_win_over_a_club_no_list_knows_still_names_the_opponent():
    m = only_match("Der FC Basel feierte am Donnerstag einen 3:0-Sieg über Tromsøysund.")
    assert {m.home_team, m.away_team} == {"FC Basel", "Tromsøysund"}


def test_a_sentence_opened_by_a_city_says_whose_result_the_next_one_tells():
    text = ("Der SC Paderborn trennte sich vom Karlsruher SC. Beim SC Paderborn hat man den Schritt "
            "lange vorbereitet, sagt der Sportchef des SC Paderborn.\n\n"
            "In Ulm ist die Lage ernster. Nach dem 1:4 beim 1. FC Magdeburg ist die Geduld aufgebraucht.")
    frame = matches_of(text)
    assert list(zip(frame.home_team, frame.away_team, frame.home_goals, frame.away_goals)) == \
        [("1. FC Magdeburg", "SSV Ulm 1846", 4, 1)]


def test_a_half_time_score_that_stood_to_the_end_is_the_result():
    told_after = ("Der FC St. Pauli empfing den VfL Osnabrück. Bis zur Pause schossen die Hamburger "
                  "ein 2:0 heraus, bei dem es bis zum Abpfiff blieb.")
    told_next = ("Der FC St. Pauli empfing den VfL Osnabrück. Zur Pause führten die Hamburger mit 2:0. "
                 "Dabei blieb es bis zum Ende.")
    for text in (told_after, told_next):
        m = only_match(text)
        assert (m.home_team, m.away_team, m.home_goals, m.away_goals) == ("FC St. Pauli", "VfL Osnabrück", 2, 0)
        assert (m.home_goals_ht, m.away_goals_ht) == (2, 0)


def test_a_half_time_lead_that_did_not_stand_is_no_result():
    for after in ("Dabei blieb es aber nicht.", "Dabei blieb Osnabrück ohne einen einzigen Torschuss."):
        frame = matches_of("Der FC St. Pauli empfing den VfL Osnabrück. Zur Pause führten die Hamburger mit 2:0. "
                           + after)
        assert frame.empty, after


def test_a_score_judged_as_a_whole_is_the_result_of_the_fixture_told_before():
    m = only_match("Kickers Offenbach ließ gegen den SV Elversberg nichts anbrennen. Zwei Kopfbälle sorgten "
                   "im ausverkauften Bieberer Berg für ein hochverdientes 2:0.")
    assert (m.home_goals, m.away_goals) == (2, 0)
    assert "SV Elversberg 07" in (m.home_team, m.away_team)
