"""Goals: scorer, minute, penalty, own goal and the side they count for."""
from __future__ import annotations

import pandas as pd

import lib


def goals_of(text: str):
    return lib.extract_text(text, date="2024-09-21").goals


def scorers_of(text: str) -> list[tuple[str, int]]:
    """(scorer, minute) of every goal, in the order found."""
    goals = goals_of(text)
    return list(zip(goals.player, goals.minute))


def test_scorers_with_minutes_count_for_the_named_side():
    text = ("Der SK Sturm Graz gewann gegen den LASK mit 2:1 (1:0). "
            "Für die Grazer trafen Mika Biereth (12.) und Otar Kiteishvili (71.), "
            "ehe Marin Ljubicic für die Gäste verkürzte (88.).")
    goals = goals_of(text).set_index("player")
    assert goals.loc["Mika Biereth", "minute"] == 12
    assert goals.loc["Otar Kiteishvili", "minute"] == 71
    assert goals.loc["Marin Ljubicic", "team"] == "LASK"


def test_penalty_and_stoppage_time():
    text = ("Der 1. FC Köln besiegte den Hamburger SV mit 2:0. Linton Maina traf in der 34. Minute, "
            "Florian Kainz verwandelte einen Foulelfmeter (90.+3).")
    goals = goals_of(text).set_index("player")
    assert goals.loc["Florian Kainz", "minute"] == 90
    assert goals.loc["Florian Kainz", "stoppage"] == 3
    assert bool(goals.loc["Florian Kainz", "penalty"])
    assert goals.loc["Linton Maina", "minute"] == 34


def test_chances_and_cards_with_a_minute_are_not_goals():
    text = ("Der FC Basel gewann gegen den FC Zürich 1:0. Xherdan Shaqiri traf zum 1:0 (52.). "
            "Zuvor war Albian Hajdari mit einem Kopfball an der Latte gescheitert (23.), "
            "Nikola Katic sah die Gelbe Karte (60.).")
    goals = goals_of(text)
    assert list(goals.player) == ["Xherdan Shaqiri"]


def test_own_goal_counts_for_the_other_side():
    text = ("Der SV Werder Bremen gewann gegen den VfL Wolfsburg 1:0. "
            "Das Tor fiel durch ein Eigentor von Wolfsburgs Verteidiger Moritz Jenz (41.).")
    goal = goals_of(text).iloc[0]
    assert bool(goal.own_goal)
    assert goal.team == "Werder Bremen"


def test_match_box_running_score_gives_each_side():
    text = ("Hertha BSC - 1. FC Magdeburg 2:1 (1:1)\n\n"
            "Tore: 1:0 Fabian Reese (9.), 1:1 Baris Atik (30., Foulelfmeter), 2:1 Haris Tabakovic (77.)")
    goals = goals_of(text).set_index("player")
    assert goals.loc["Baris Atik", "team"] == "1. FC Magdeburg"
    assert bool(goals.loc["Baris Atik", "penalty"])
    assert goals.loc["Haris Tabakovic", "team"] == "Hertha BSC"


def test_running_scores_in_the_result_bracket_are_scorers_not_half_time():
    text = ("Austria Klagenfurt und der SV Ried spielten 1:1 (1:0 Irving 22., 1:1 Mikic 71.). "
            "Beide Trainer waren mit dem Punkt zufrieden.")
    frame = lib.extract_text(text, date="2024-09-21")
    match = frame.matches.iloc[0]
    assert pd.isna(match.home_goals_ht)
    goals = frame.goals.set_index("player")
    assert goals.loc["Irving", "minute"] == 22 and goals.loc["Irving", "team"] == "SK Austria Klagenfurt"
    assert goals.loc["Mikic", "minute"] == 71 and goals.loc["Mikic", "team"] == "SV Ried"


def test_a_running_score_list_without_brackets_after_any_head_word():
    text = ("Blau-Weiß Linz – Grazer AK 3:0 (1:0). Torfolge: 1:0 Pirkl 14., 2:0 Seidl 58. (Eigentor), "
            "3:0 Briedl 80.")
    goals = goals_of(text).set_index("player")
    assert [goals.loc[name, "minute"] for name in ("Pirkl", "Seidl", "Briedl")] == [14, 58, 80]
    assert bool(goals.loc["Seidl", "own_goal"]) and not bool(goals.loc["Briedl", "own_goal"])
    assert set(goals.team) == {"FC Blau-Weiß Linz"}


def test_every_name_of_a_coordinated_scorer_list_scores():
    text = ("Der SC Verl siegte beim SV Sandhausen 4:1. Berkan Taz, zweimal Lars Lokotsch und "
            "Tom Baack trafen für die Ostwestfalen.")
    goals = goals_of(text)
    assert sorted(goals.player) == ["Berkan Taz", "Lars Lokotsch", "Lars Lokotsch", "Tom Baack"]
    assert set(goals.team) == {"SC Verl"}


def test_scorers_listed_together_count_for_one_side_when_the_score_leaves_it_open():
    text = ("Eine Woche zuvor hatte der VfL Bochum beim FC Augsburg mit 4:1 gewonnen. Takuma Asano, "
            "Philipp Hofmann und zweimal Moritz Broschinski trafen im Regen.")
    goals = goals_of(text)
    assert len(goals) == 4 and set(goals.team) == {"VfL Bochum"}


def test_names_listed_after_a_plural_goal_verb_all_score():
    text = ("Der SC Verl siegte beim SV Sandhausen 3:0. Für die Gäste trafen Berkan Taz, Lars Lokotsch "
            "und Tom Baack.")
    assert sorted(goals_of(text).player) == ["Berkan Taz", "Lars Lokotsch", "Tom Baack"]


def test_goals_without_a_match_in_the_article_are_not_reported():
    text = "Der Stürmer erzielte in seiner Karriere für den VfB Stuttgart 52 Tore in 147 Spielen."
    assert goals_of(text).empty


def test_match_box_flags_belong_to_their_own_entry():
    text = ("Deutschland - Schottland 5:1 (3:0). Tore: 1:0 Wirtz (10.), 2:0 Musiala (19.), "
            "3:0 Havertz (45.+1, Foulelfmeter), 4:0 Füllkrug (68.), 4:1 Rüdiger (87., Eigentor), 5:1 Can (90.+3).")
    goals = goals_of(text).set_index("player")
    assert bool(goals.loc["Havertz", "penalty"]) and not bool(goals.loc["Füllkrug", "penalty"])
    assert bool(goals.loc["Rüdiger", "own_goal"]) and goals.loc["Rüdiger", "team"] == "Schottland"
    assert not bool(goals.loc["Can", "own_goal"]) and goals.loc["Can", "minute"] == 90


def test_a_deficit_turned_is_not_the_result():
    frame = lib.extract_text("Der SC Freiburg drehte ein 0:2 gegen die TSG Hoffenheim noch in ein 3:2.").matches
    assert [(m.home_goals, m.away_goals) for m in frame.itertuples()] == [(3, 2)]


def test_minute_put_before_the_verb_belongs_to_the_scorer_after_it():
    text = ("Der SV Waldhof Mannheim gewann gegen den VfB Stuttgart II mit 2:0. In der 12. Minute traf "
            "Terrence Boyd zur Führung. In der 47. Minute legte Samuel Abifade nach, als er einen Fehler "
            "eiskalt ausnutzte.")
    goals = lib.extract_text(text, date="2024-03-10").goals
    assert sorted(zip(goals["player"], goals["minute"])) == [("Samuel Abifade", 47), ("Terrence Boyd", 12)]


def test_minute_before_a_card_a_mistake_or_a_substitution_is_no_goal():
    text = ("Der SV Waldhof Mannheim gewann gegen den VfB Stuttgart II mit 2:0. In der 30. Minute sah Terrence "
            "Boyd Gelb. In der 47. Minute machte Samuel Abifade einen Fehler. In der 60. Minute wechselte "
            "Trainer Bernhard Trares Kevin Goden ein. In der 75. Minute vergab Boyd.")
    assert lib.extract_text(text, date="2024-03-10").goals.empty


def test_ticker_lines_opening_with_a_bare_ordinal_minute_give_the_minute():
    text = ("Live: FC Musterstadt gegen TSV Neudorf\n\n"
            "90. Schluss! Musterstadt gewinnt mit 2:1.\n"
            "81. Tor für Neudorf! Jonas Beispiel verkürzt per Kopf.\n"
            "67. Gelbe Karte für Tim Probe.\n"
            "12. Tor für Musterstadt! Lukas Berger trifft zum 1:0.\n")
    goals = goals_of(text).set_index("player")
    assert goals.loc["Jonas Beispiel", "minute"] == 81
    assert goals.loc["Lukas Berger", "minute"] == 12
    assert "Tim Probe" not in goals.index


def test_a_numbered_line_about_a_goal_tally_is_not_a_ticker_minute():
    from lib.facts.context import ticker_minute

    assert ticker_minute(["78.", "Tor", "für", "Werder", "!"], 0) == (78, None)
    assert ticker_minute(["1.", "Torschützenliste", ":"], 0) is None
    assert ticker_minute(["3.", "FC", "Musterstadt"], 0) is None


def test_the_winning_goal_counts_for_the_side_that_won():
    text = ("Der Grazer AK besiegte den FC Blau-Weiß Linz nach Verlängerung mit 2:1. Daniel Maderner brachte "
            "den GAK in der 58. Minute in Front. In der Verlängerung war es Tio Cipot, der in der 104. Minute "
            "den Siegtreffer erzielte.")
    goals = goals_of(text).set_index("player")
    assert goals.loc["Tio Cipot", "team"] == "Grazer AK"


def test_a_scorer_after_his_club_starts_a_new_clause_with_its_own_team_and_minute():
    text = ("Der FK Austria Wien hat das Derby gegen den SK Rapid mit 2:1 gewonnen. Dominik Fitz brachte die "
            "Hausherren nach 17 Minuten in Führung, Rapids Isak Jansson sorgte noch vor der Pause für den "
            "Ausgleich. Den Siegtreffer markierte Manfred Fischer in der 75. Minute.")
    goals = goals_of(text).set_index("player")
    assert (goals.loc["Dominik Fitz", "team"], goals.loc["Dominik Fitz", "minute"]) == ("FK Austria Wien", 17)
    assert goals.loc["Isak Jansson", "team"] == "SK Rapid Wien"
    assert goals.loc["Isak Jansson", "minute"] is pd.NA


def test_a_red_card_that_causes_unrest_is_no_goal():
    text = ("Der FK Austria Wien hat das Derby gegen den SK Rapid mit 2:1 gewonnen. "
            "Die Gelb-Rote Karte gegen Isak Jansson sorgte für Unruhe.")
    assert goals_of(text).empty


def test_a_goal_that_rescues_a_point_is_a_goal_and_no_penalty():
    text = ("Der SV Ried hat das Spitzenspiel gegen den FC Admira Wacker mit 2:2 beendet. In der Nachspielzeit "
            "rettete Ante Bajic den Riedern mit seinem Kopfballtor (90.+3) noch einen Punkt.")
    goal = goals_of(text).set_index("player").loc["Ante Bajic"]
    assert (goal.minute, goal.stoppage, bool(goal.penalty)) == (90, 3, False)


def test_a_goalkeepers_save_is_no_goal_and_vom_punkt_is_a_penalty():
    text = ("Der SV Ried hat gegen den FC Admira Wacker mit 1:0 gewonnen. Torhüter Andreas Leitner rettete in "
            "der 80. Minute gegen Marco Hausjell. Ante Bajic verwandelte in der 30. Minute vom Punkt.")
    goals = goals_of(text).set_index("player")
    assert list(goals.index) == ["Ante Bajic"] and bool(goals.loc["Ante Bajic", "penalty"])


def test_own_goal_told_after_the_crosser_and_scorers_who_were_successful():
    text = ("Werder Bremen hat beim VfL Bochum mit 1:0 gewonnen, weil Bochums Ivan Ordets in der 87. Minute eine "
            "Flanke von Mitchell Weiser ins eigene Tor lenkte.")
    goal = goals_of(text).set_index("player").loc["Ivan Ordets"]
    assert (goal.team, bool(goal.own_goal)) == ("Werder Bremen", True)
    text = ("Der VfL Wolfsburg hat gegen Eintracht Frankfurt mit 3:2 gewonnen. Für Frankfurt waren Laura "
            "Freigang (40.) und Nicole Anyomi (77.) erfolgreich.")
    goals = goals_of(text)
    assert sorted(zip(goals.player, goals.minute, goals.team)) == [
        ("Laura Freigang", 40, "Eintracht Frankfurt"), ("Nicole Anyomi", 77, "Eintracht Frankfurt")]


def test_the_team_after_the_scorer_wins_over_an_earlier_one_in_the_clause():
    text = ("Österreich hat die Niederlande mit 3:2 besiegt. Romano Schmid (59.) und Marcel Sabitzer (80.) trafen "
            "für Österreich, dazwischen hatte Memphis Depay für die Niederländer zum 2:2 getroffen (75.).")
    goals = goals_of(text).set_index("player")
    assert goals.loc["Memphis Depay", "team"] == "Niederlande"
    assert goals.loc["Marcel Sabitzer", "team"] == "Österreich"


def test_minutes_before_the_end_are_counted_back_from_ninety():
    text = ("Der SK Sturm Graz hat gegen Red Bull Salzburg mit 2:1 gewonnen. Den entscheidenden Treffer "
            "erzielte Seedy Jatta sechs Minuten vor dem Ende.")
    assert goals_of(text).set_index("player").loc["Seedy Jatta", "minute"] == 84


def test_a_goal_just_before_half_time_counts_and_a_header_over_the_bar_does_not():
    base = "Der FK Austria Wien hat das Derby gegen den SK Rapid mit 2:1 gewonnen. "
    goals = goals_of(base + "Dominik Fitz traf knapp vor der Pause zum 1:0 (44.).")
    assert goals[["player", "minute"]].values.tolist() == [["Dominik Fitz", 44]]
    assert goals_of(base + "Dominik Fitz köpfte knapp über das Tor (44.).").empty
    assert goals_of(base + "Dominik Fitz zielte knapp daneben (44.).").empty


def test_apa_minute_brackets_with_the_kind_of_goal():
    text = ("Der FK Austria Wien hat gegen den SK Rapid mit 2:0 gewonnen. Dominik Fitz (Elfmeter/78.) und "
            "Manfred Fischer (80./Foulelfmeter) trafen für die Austria.")
    goals = goals_of(text).set_index("player")
    assert (goals.loc["Dominik Fitz", "minute"], bool(goals.loc["Dominik Fitz", "penalty"])) == (78, True)
    assert (goals.loc["Manfred Fischer", "minute"], bool(goals.loc["Manfred Fischer", "penalty"])) == (80, True)


def test_both_goals_of_a_brace_count_for_the_same_side():
    text = ("Der SK Rapid Wien gewann das Derby gegen die Wiener Austria mit 2:1. "
            "Ein Doppelschlag von Guido Burgstaller (21., 24.) entschied die Partie.")
    goals = goals_of(text)
    assert list(goals.minute) == [21, 24]
    assert set(goals.team) == {"SK Rapid Wien"}


def test_single_surnames_with_apa_minute_and_penalty_brackets():
    text = ("Der Wolfsberger AC verlor gegen den LASK mit 1:3. Für die Linzer trafen Ljubicic (23.), "
            "Usor (61.) und Zulj (78./Elfmeter), Mario Leitgeb gelang nur der Ehrentreffer (92.).")
    goals = goals_of(text).set_index("player")
    assert goals.loc["Zulj", "minute"] == 78
    assert bool(goals.loc["Zulj", "penalty"])
    assert not bool(goals.loc["Usor", "penalty"])


def test_an_abstract_noun_before_a_minute_is_no_scorer():
    text = ("Der LASK besiegte den SCR Altach mit 3:1. Mario Leitgeb gelang in der Nachspielzeit "
            "nur noch Ergebniskosmetik (92.).")
    assert scorers_of(text) == [("Mario Leitgeb", 92)]


def test_the_assist_giver_is_no_scorer_and_the_minute_after_him_is_the_scorers():
    text = ("Österreich besiegte Rumänien in der WM-Qualifikation mit 2:0. Marko Arnautović wuchtete eine Flanke "
            "von Konrad Laimer mit dem Kopf ins lange Eck (32.). Den Schlusspunkt setzte der eingewechselte Michael "
            "Gregoritsch, der nach Vorarbeit von Christoph Baumgartner aus kurzer Distanz traf (84.).")
    assert scorers_of(text) == [("Marko Arnautović", 32), ("Michael Gregoritsch", 84)]


def test_an_own_goal_by_a_player_described_after_the_verb():
    text = ("Österreich besiegte Rumänien mit 1:0. In der 56. Minute fälschte der rumänische Innenverteidiger "
            "Andrei Burca eine Hereingabe von Marcel Sabitzer ins eigene Netz ab.")
    goal = goals_of(text).iloc[0]
    assert (goal.player, goal.minute, bool(goal.own_goal), goal.team) == ("Andrei Burca", 56, True, "Österreich")


def test_a_name_with_two_particles_scores():
    text = ("Bayer Leverkusen gewann beim FSV Mainz 05 mit 1:0. Sepp van den Berg lenkte den Ball nach "
            "18 Minuten ins eigene Netz.")
    goal = goals_of(text).iloc[0]
    assert (goal.player, goal.minute, bool(goal.own_goal)) == ("Sepp van den Berg", 18, True)


def test_minutes_in_brackets_after_names_are_goals_whatever_the_verb():
    text = "Bayer Leverkusen gewann beim FSV Mainz 05 mit 2:0. Alejandro Grimaldo (59.) und Jonas Hofmann (65.) legten nach."
    assert list(goals_of(text).minute) == [59, 65]


def test_chances_with_minutes_in_brackets_are_no_goals():
    text = ("Der SC Freiburg gewann gegen den 1. FC Köln mit 1:0. Vor der Pause wurden Vincenzo Grifo (37.) "
            "und Ritsu Doan (43.) zweimal gefährlich.")
    assert goals_of(text).empty


def test_a_rebound_after_the_crossbar_is_a_goal_but_a_header_on_the_bar_is_not():
    text = ("Der FC Liverpool besiegte den FC Brentford mit 2:1. Igor Thiago staubte nach einem Kopfball an die "
            "Latte zum Ausgleich ab (71.). Mohamed Salah köpfte nach Wiederanpfiff an die Latte (49.).")
    assert scorers_of(text) == [("Igor Thiago", 71)]


def test_distances_before_a_minute_are_no_scorers():
    text = ("Bayer Leverkusen besiegte Olympique Marseille mit 1:0. Alejandro Grimaldo zirkelte seinen Freistoß "
            "aus 20 Metern (81.) in den Winkel.")
    assert list(goals_of(text).player) == ["Alejandro Grimaldo"]


def test_a_match_box_entry_with_a_penalty_in_its_bracket():
    text = ("SK Sturm Graz – SK Rapid 3:1 (1:1)\n"
            "Tore: 1:0 (12.) Kiteishvili, 1:1 (38.) Kara, 2:1 (57., Elfmeter) Kiteishvili, 3:1 (81.) Bøving\n")
    goals = goals_of(text)
    assert list(zip(goals.player, goals.minute, goals.penalty)) == [
        ("Kiteishvili", 12, False), ("Kara", 38, False), ("Kiteishvili", 57, True), ("Bøving", 81, False)]


def test_one_penalty_of_a_brace_marks_neither_goal_without_its_minute():
    text = ("Der SK Sturm Graz schlug den SK Rapid mit 2:0. Otar Kiteishvili traf doppelt, einmal davon vom Punkt.\n"
            "Tore: 1:0 (12.) Kiteishvili, 2:0 (57., Elfmeter) Kiteishvili\n")
    goals = goals_of(text)
    assert list(zip(goals.minute, goals.penalty)) == [(12, False), (57, True)]


def test_a_goal_forcing_extra_time_counts_and_a_shoot_out_kick_does_not():
    text = ("Die SV Ried hat den LASK im Cup nach 1:1 n.V. im Elfmeterschießen besiegt. Erst in der 89. Minute "
            "stocherte Ante Bajic den Ball nach einem Eckball über die Linie und rettete die Hausherren in die "
            "Verlängerung. Im Shoot-out trafen zunächst alle acht Schützen. Kingsley Michael verwandelte danach "
            "den entscheidenden Strafstoß.")
    assert scorers_of(text) == [("Ante Bajic", 89)]


def test_ticker_lines_give_their_minute_and_the_crosser_is_no_scorer():
    text = ("Die Wiener Austria empfängt den Wolfsberger AC.\n\n"
            "1' Anpfiff! Schiedsrichter Harald Lechner gibt die Partie frei.\n"
            "23' TOR für die Austria! Manfred Fischer flankt von rechts, Dominik Fitz nimmt den Ball volley – 1:0!\n"
            "58' Jetzt zählt er! Dejan Zukic steigt am höchsten und köpft zum 1:1 ein.\n"
            "84' Fischer tritt an – und verwandelt souverän ins rechte Kreuzeck. 2:1!\n"
            "90'+5 Abpfiff! Die Austria gewinnt 2:1 gegen den WAC.\n")
    assert scorers_of(text) == [
        ("Dominik Fitz", 23), ("Dejan Zukic", 58), ("Manfred Fischer", 84)]


def test_the_beaten_goalkeeper_is_no_scorer():
    text = ("Österreich besiegte Rumänien mit 3:1. Nach einem Ballverlust von Nicolas Seiwald lief Denis Dragus "
            "allein auf Torhüter Alexander Schlager zu und schob zum 0:1 ein (17.).")
    assert scorers_of(text) == [("Denis Dragus", 17)]


def test_a_noun_after_a_preposition_article_and_adjective_is_no_scorer():
    text = ("Der FC Carl Zeiss Jena besiegte Holstein Kiel mit 1:0. Nach einem Konter über die linke Seite "
            "vollendete Niklas Krause eiskalt (97.).")
    assert list(goals_of(text).player) == ["Niklas Krause"]


def test_each_scorer_counts_for_the_team_named_in_his_own_part_of_the_sentence():
    text = ("Der VfL Wolfsburg und der FC Bayern München trennten sich 1:1. "
            "Für Wolfsburg traf Alexandra Popp, für die Münchnerinnen glich Lea Schüller aus.")
    goals = goals_of(text).set_index("player")
    assert (goals.loc["Alexandra Popp", "team"], goals.loc["Lea Schüller", "team"]) == (
        "VfL Wolfsburg", "FC Bayern München")


def test_a_scorer_list_split_by_a_dash_gives_home_and_away_scorers_and_slashed_braces():
    text = ("Inter Mailand besiegte den SSC Neapel mit 3:1 (1:0).\n"
            "Tore: Grabner (12./56.), Ferrante (84.) – Ruggeri (63.).")
    goals = goals_of(text)
    assert list(zip(goals.player, goals.minute, goals.team)) == [
        ("Grabner", 12, "Inter Mailand"), ("Grabner", 56, "Inter Mailand"), ("Ferrante", 84, "Inter Mailand"),
        ("Ruggeri", 63, "SSC Neapel")]


def test_a_ticker_line_before_home_fans_is_no_own_goal():
    text = ("Der FC Red Bull Salzburg empfängt den LASK.\n\n"
            "19' TOR für Salzburg! Vor eigenem Publikum trifft Karim Daghim zum 1:0.\n"
            "90' Abpfiff! Salzburg gewinnt 1:0.\n")
    goal = goals_of(text).iloc[0]
    assert (goal.player, goal.minute, bool(goal.own_goal)) == ("Karim Daghim", 19, False)


def test_a_goalkeeper_named_with_his_clubs_role_word_is_beaten():
    text = ("Inter Mailand besiegte den SSC Neapel mit 1:0. Lukas Grabner lief allein auf Napoli-Torhüter "
            "Paolo Santoro zu und schob ins lange Eck (12.).")
    assert scorers_of(text) == [("Lukas Grabner", 12)]


def test_the_fouled_player_and_the_fouler_are_no_scorers_of_the_awarded_penalty():
    text = ("Der TSV Lindenau gewann gegen den SV Eichwalde mit 1:0. Nach einem Foul von Kurt Bremer an "
            "Jonas Feldmann zeigte der Schiedsrichter auf den Punkt (55.), den Elfmeter verwandelte Malte Gerhold.")
    scorers = [player for player, _ in scorers_of(text)]
    assert "Kurt Bremer" not in scorers and "Jonas Feldmann" not in scorers


def test_the_coach_of_the_team_a_scorer_puts_ahead_is_no_scorer():
    text = ("Der TSV Lindenau gewann gegen den SV Eichwalde mit 1:0. Timo Brandl brachte die Mannschaft von "
            "Heiko Stamm in der 23. Minute in Führung.")
    assert scorers_of(text) == [("Timo Brandl", 23)]


def test_a_post_named_with_its_side_is_where_the_scorer_stood():
    text = ("Der TSV Lindenau gewann gegen den SV Eichwalde mit 1:0. Jan Vogt stand nach einer Ecke am "
            "langen Pfosten völlig frei und schob zum 1:0 ein (34.).")
    assert scorers_of(text) == [("Jan Vogt", 34)]


def test_a_subordinate_clause_scorer_takes_its_verb_at_the_clause_end_and_the_minute_told_before():
    text = ("Der SV Eichwalde gewann gegen den TSV Lindenau mit 1:0. Es lief bereits die 97. Minute, als "
            "Ole Danner den Ball nach einem abgefälschten Schuss von Emil Kroos aus kurzer Distanz über die "
            "Linie drückte.")
    assert scorers_of(text) == [("Ole Danner", 97)]


def test_an_own_goal_counts_for_the_subject_not_for_the_striker_he_tried_to_stop():
    text = ("Der SV Eichwalde und der TSV Lindenau trennten sich 1:1. Lindenau kam in der 81. Minute zum "
            "Ausgleich: Abwehrchef Rolf Hagen wollte eine Flanke von Tom Berger vor dem lauernden Nils Kamp "
            "klären und lenkte den Ball ins eigene Netz.")
    goals = goals_of(text)
    assert list(zip(goals.player, goals.minute, goals.own_goal.astype(bool))) == [("Rolf Hagen", 81, True)]


def test_a_minute_opening_the_sentence_times_the_goal_of_its_later_clause():
    text = ("Der SV Eichwalde gewann gegen den TSV Lindenau mit 1:0. Nach 14 Minuten ließ sich die Abwehr "
            "der Gäste überrumpeln, Felix Ott vollendete aus kurzer Distanz zur Führung.")
    assert scorers_of(text) == [("Felix Ott", 14)]


def test_a_ticker_with_bar_separated_minutes_and_a_goal_taken_back_by_the_next_line():
    text = ("SV Eichwalde – TSV Lindenau: der Ticker zum Nachlesen\n"
            "1. | Anpfiff! Lindenau stößt an.\n"
            "22. | TOR für Eichwalde! 1:0! Bernd Kolbe flankt von links, Ole Danner köpft ein.\n"
            "30. | Latte! Danner trifft nur das Aluminium.\n"
            "51. | Ole Danner schiebt zum 2:0 ein, doch der Videoassistent meldet sich.\n"
            "53. | Kein Tor! Danner stand im Abseits.\n"
            "90.+4 | Abpfiff! Eichwalde gewinnt 1:0 gegen Lindenau.\n")
    assert scorers_of(text) == [("Ole Danner", 22)]


def test_a_penalty_the_next_sentence_says_the_keeper_saved_is_no_goal():
    text = ("Der SV Eichwalde gewann gegen den TSV Lindenau mit 1:0. Kurz vor der Pause trat Ole Danner zum "
            "Strafstoß an und schob den Ball halbhoch in die rechte Ecke. Lindenaus Schlussmann Piet Andersen "
            "war jedoch schnell unten und parierte. Nach dem Wechsel traf Felix Ott zum 1:0 (63.).")
    assert scorers_of(text) == [("Felix Ott", 63)]


def test_a_chance_the_scorer_did_not_let_be_taken_from_him_is_a_goal():
    text = ("Der SV Eichwalde gewann gegen den TSV Lindenau mit 1:0. Nach einem Handspiel im Strafraum liess "
            "sich Ole Danner die Chance nicht nehmen und verwandelte den Elfmeter zum 1:0 (52.).")
    assert scorers_of(text) == [("Ole Danner", 52)]


def test_a_pronoun_after_the_goal_verb_scores_for_the_name_told_before_it():
    text = ("Der SV Eichwalde gewann gegen den TSV Lindenau mit 1:0. Ole Danner brauchte nach seiner langen "
            "Verletzungspause nicht lange, um sich wieder in Szene zu setzen: In der 12. Minute köpfte er eine "
            "Ecke von Bernd Kolbe unhaltbar ins Netz.")
    assert scorers_of(text) == [("Ole Danner", 12)]


def test_a_feminine_role_word_introduces_the_scorers_name():
    text = ("Der SV Eichwalde gewann gegen den TSV Lindenau mit 1:0. Kapitänin Wiebke Sandhorst belohnte den "
            "Aufwand in der 28. Minute, als sie nach einer Ecke am höchsten stieg und ins Netz köpfte.")
    assert scorers_of(text) == [("Wiebke Sandhorst", 28)]


def test_a_minute_written_as_an_ordinal_word_or_after_minute():
    text = ("Der SV Ried gewann gegen den LASK mit 2:0. Schon in der zwölften Minute traf Jan Brück zum 1:0. "
            "Der LASK wehrte sich, doch in Minute 77 traf Tim Oster zum 2:0.")
    assert sorted(scorers_of(text)) == [("Jan Brück", 12), ("Tim Oster", 77)]


def test_a_name_right_after_the_clauses_verb_is_its_subject_and_scores_with_the_second_verb():
    text = ("Der SV Ried und der LASK trennten sich 1:1. In der 71. Minute setzte sich Jan Brück gegen Tim "
            "Oster durch und schob zum Ausgleich ein.")
    assert scorers_of(text) == [("Jan Brück", 71)]


def test_the_restart_after_half_time_is_no_scorer():
    text = ("Der SV Ried schlug den LASK 1:0. Kurz nach Wiederbeginn verwandelte Jan Brück einen Foulelfmeter (49.).")
    assert scorers_of(text) == [("Jan Brück", 49)]


def test_the_fouled_player_after_am_or_a_feminine_role_is_no_scorer():
    for fouled in ("am eingewechselten Tom Weber", "an Kapitänin Lena Hoff"):
        text = (f"Der SV Eichwalde gewann gegen den TSV Lindenau mit 1:0. Nach einem Foul {fouled} verwandelte "
                "Ole Danner den Elfmeter (33.).")
        assert scorers_of(text) == [("Ole Danner", 33)], fouled


def test_a_cross_from_the_side_names_no_assist_giver_and_its_defender_scores_an_own_goal():
    text = ("Der SV Eichwalde verlor gegen den TSV Lindenau mit 1:2. Nach einem scharfen Zuspiel von links "
            "versuchte Abwehrchef Till Marbach vor dem freistehenden Ben Okafor zu retten und lenkte den Ball ins "
            "eigene Tor (14.). Okafor erhöhte auf 2:0 (60.), Jan Ruske verkürzte (77.).")
    goals = goals_of(text)
    assert list(zip(goals.player, goals.minute, goals.own_goal)) == [
        ("Till Marbach", 14, True), ("Ben Okafor", 60, False), ("Jan Ruske", 77, False)]


def test_a_particle_verb_at_the_end_of_a_subordinate_clause_is_a_goal_verb():
    text = ("Der FC Halden und der SV Nordtal trennten sich 1:1. Halden führte lange, bis der eingewechselte "
            "Piet Lorenz kurz vor Schluss per Kopf ausglich (86.).")
    assert scorers_of(text) == [("Piet Lorenz", 86)]


def test_a_running_score_after_zum_makes_a_sentence_about_a_goal():
    text = ("Der FC Halden gewann gegen den SV Nordtal mit 2:1. Nach der Pause wurde Halden stärker, bis "
            "Piet Lorenz einen schnellen Angriff zum 2:1 abschloss (71.).")
    assert scorers_of(text) == [("Piet Lorenz", 71)]


def test_the_deciding_kick_of_a_shootout_is_no_goal():
    text = ("Der FC Halden setzte sich gegen den SV Nordtal im Elfmeterschießen mit 4:3 durch, nach 120 Minuten "
            "hatte es 1:1 gestanden. Piet Lorenz hatte Halden in Führung gebracht (12.), Mats Ebert glich aus "
            "(55.). Im vierten Durchgang scheiterte Ole Brand am Torhüter, danach verwandelte Jonas Berger den "
            "letzten Versuch.")
    assert sorted(scorers_of(text)) == [("Mats Ebert", 55), ("Piet Lorenz", 12)]


def test_a_first_name_and_a_two_word_surname_make_one_scorer():
    text = ("Der FC Halden gewann gegen den SV Nordtal mit 2:0. Nordtal drängte auf den Ausgleich, doch "
            "Lukas Pereira Santos erhöhte in der 84. Minute auf 2:0.")
    assert scorers_of(text) == [("Lukas Pereira Santos", 84)]


def test_a_name_after_a_verb_final_subordinator_takes_no_object_name_as_its_surname():
    text = ("Der FC Halden gewann gegen den SV Nordtal mit 1:0. Das Tor fiel in der 30. Minute, nachdem "
            "Lukas Berger Okoye bedient hatte, der aus kurzer Distanz traf.")
    names = set(lib.extract_text(text, date="2024-09-21").people.name)
    assert "Lukas Berger" in names and "Lukas Berger Okoye" not in names


def test_a_plural_noun_after_die_and_an_adjective_is_no_scorer():
    text = ("Der FC Halden gewann gegen den SV Nordtal mit 1:0. Für die jungen Talente glich der Abend einem "
            "Fest. Piet Lorenz traf in der 30. Minute.")
    assert scorers_of(text) == [("Piet Lorenz", 30)]


def test_the_minute_of_an_apposition_between_name_and_goal_verb_is_not_the_goal_minute():
    text = ("Der FC Halden gewann gegen den SV Nordtal mit 1:0. Mats Ebert, erst in der 75. Minute "
            "eingewechselt, schob den Ball kurz vor Schluss ins lange Eck (88.).")
    assert scorers_of(text) == [("Mats Ebert", 88)]


def test_a_goal_verb_before_the_name_and_the_ball_in_the_own_net_is_an_own_goal():
    text = ("Der FC Halden gewann gegen den SV Nordtal mit 1:0. Schon nach zwölf Minuten lenkte Ole Brand "
            "einen Eckball unglücklich ins eigene Netz.")
    goals = goals_of(text)
    assert list(zip(goals.player, goals.minute, goals.own_goal)) == [("Ole Brand", 12, True)]


def test_a_name_after_the_verb_of_another_name_is_its_object_not_the_scorer():
    text = ("Der FC Halden und der SV Nordtal trennten sich 1:1. Mats Ebert ließ Ole Brand aussteigen und "
            "traf zum 1:1 (61.).")
    assert scorers_of(text) == [("Mats Ebert", 61)]


def test_a_relative_clause_with_a_goal_verb_makes_the_name_before_it_the_scorer_and_mit_an_assist():
    text = ("Der FC Halden gewann gegen den SV Nordtal mit 2:1. Den Schlusspunkt setzte spät Mats Ebert, "
            "der nach einem Doppelpass mit Ole Brand flach ins kurze Eck einschob.")
    assert list(goals_of(text).player) == ["Mats Ebert"]


def test_scorers_with_minutes_before_a_rescued_point_are_goals():
    text = ("Der FC Halden und der SV Nordtal trennten sich 2:2. Tim Kruse (12.) und Jonas Berger (40.) "
            "schienen Halden auf die Siegerstraße zu bringen, doch ein später Doppelschlag (80., 88.) rettete Nordtal noch "
            "einen Punkt.")
    assert scorers_of(text) == [("Tim Kruse", 12), ("Jonas Berger", 40)]


def test_a_rescue_verb_after_a_scorers_minute_saves_the_point_told_at_its_clauses_end():
    text = ("Der FC Halden und der SV Nordtal trennten sich 1:1. Nach dem frühen Rückstand durch Piet Lorenz "
            "(9.) rettete Mats Ebert dem Gast mit einem verwandelten Freistoß aus 20 Metern noch den Punkt (77.).")
    assert scorers_of(text) == [("Piet Lorenz", 9), ("Mats Ebert", 77)]


def test_a_noun_after_an_indefinite_article_and_an_adjective_before_a_minute_is_no_scorer():
    text = ("Der FC Halden gewann gegen den SV Nordtal mit 2:0. Mats Ebert traf doppelt, ein herrlicher "
            "Seitfallzieher (70.) war der Höhepunkt.")
    assert "Seitfallzieher" not in set(goals_of(text).player)


def test_an_adverb_between_the_fronted_goal_verb_and_the_name_keeps_the_scorer():
    text = ("Der FC Halden und der SV Nordtal trennten sich 2:2. Tim Kruse traf zum 1:0 (20.). In der 87. Minute "
            "schob erneut Kruse einen abgeprallten Ball über die Linie und rettete Halden einen Punkt.")
    assert scorers_of(text) == [("Tim Kruse", 20), ("Tim Kruse", 87)]


def test_an_ordinal_minute_of_stoppage_time_counts_from_ninety():
    text = ("Der FC Halden und der SV Nordtal trennten sich 1:1. Nordtal führte lange, ehe Tim Kruse in der "
            "dritten Minute der Nachspielzeit zum Ausgleich traf.")
    goals = goals_of(text)
    assert list(zip(goals.player, goals.minute)) == [("Tim Kruse", 90)]


def test_the_ball_over_the_own_goal_line_is_an_own_goal_no_clearance():
    text = ("Der FC Halden gewann gegen den SV Nordtal mit 1:0. Nach einer Ecke von Tim Kruse bugsierte "
            "Abwehrspieler Ole Brand den Ball über die eigene Torlinie (52.).")
    goals = goals_of(text)
    assert list(zip(goals.player, goals.minute, goals.own_goal)) == [("Ole Brand", 52, True)]


def test_an_unbracketed_scorer_list_with_surnames_gives_minutes_penalty_own_goal_and_sides():
    text = ("SV Ried – Grazer AK 2:2 (0:1). Die Innviertler holten vor 3.100 Zuschauern einen Rückstand auf "
            "(Tore: Wießmeier 61., Mayr 79./Elfmeter bzw. Zottler 12., Gruber 88./Eigentor).")
    goals = goals_of(text).set_index("player")
    assert goals.loc["Wießmeier", "minute"] == 61
    assert bool(goals.loc["Mayr", "penalty"])
    assert goals.loc["Zottler", "team"] == "Grazer AK"
    assert bool(goals.loc["Gruber", "own_goal"])
    assert goals.loc["Gruber", "team"] == "Grazer AK"


def test_an_assist_noun_before_another_name_and_the_verb_leaves_the_inverted_subject_a_scorer():
    text = ("Der SC Freiburg und der FC Augsburg trennten sich 1:1. "
            "Eine flache Flanke von Vincenzo Grifo drückte Jeffrey Gouweleeuw in der 63. Minute ins eigene Tor.")
    goal = goals_of(text).set_index("player").loc["Jeffrey Gouweleeuw"]
    assert goal.minute == 63
    assert bool(goal.own_goal)


def test_minutes_later_count_from_the_minute_told_before():
    text = ("Der VfL Bochum gewann gegen den 1. FC Union Berlin mit 2:1. Philipp Hofmann brachte Bochum in der "
            "20. Minute in Führung. Kevin Volland glich nur vier Minuten später per Kopf zum 1:1 aus.")
    assert ("Kevin Volland", 24) in scorers_of(text)


def test_minutes_after_the_restart_or_before_the_break_count_from_half_time():
    text = ("Der VfL Bochum gewann gegen den 1. FC Union Berlin mit 2:0. Drei Minuten vor der Pause traf "
            "Moritz Broschinski zum 1:0. Acht Minuten nach Wiederbeginn war es so weit: Matus Bero schob zum 2:0 ein.")
    scorers = scorers_of(text)
    assert ("Moritz Broschinski", 42) in scorers
    assert ("Matus Bero", 53) in scorers


def test_a_minute_right_after_the_scorers_goal_verb_further_on_in_his_clause():
    text = ("Der FC St. Pauli verlor gegen Holstein Kiel mit 1:2. Shuto Machino eroberte den Ball im Mittelfeld "
            "nach einem Fehlpass und traf schon in der 9. Minute zur Führung. Johannes Eggestein nahm ein Zuspiel "
            "von Jackson Irvine an und glich nach 61 Minuten aus.")
    scorers = scorers_of(text)
    assert ("Shuto Machino", 9) in scorers
    assert ("Johannes Eggestein", 61) in scorers


def test_a_swiss_header_verb_and_a_role_word_before_a_surname_give_the_scorer():
    text = ("Der FC Basel gewann beim FC Lugano mit 2:1. Nach 33 Minuten köpfelte Kevin Carlos eine Ecke zum 1:0 ein. "
            "Debütant Kade traf in der 88. Minute zum 2:1, nachdem Captain Sabbatini ausgeglichen hatte (71.). "
            "Julian Kade war erst zur Pause gekommen, Jonathan Sabbatini spielte durch.")
    scorers = scorers_of(text)
    assert ("Kevin Carlos", 33) in scorers
    assert ("Julian Kade", 88) in scorers
    assert ("Jonathan Sabbatini", 71) in scorers


def test_a_name_after_ueber_is_the_attacks_route_not_the_scorer():
    text = ("Der FC Bayern München gewann gegen den VfB Stuttgart mit 2:0. Harry Kane traf früh (8.). "
            "Einen schnellen Angriff über Leroy Sané vollendete Harry Kane (64.) zum 2:0.")
    assert set(goals_of(text).player) == {"Harry Kane"}


def test_the_ball_behind_the_own_goalkeeper_in_a_following_dass_clause_is_an_own_goal():
    text = ("Der Hamburger SV gewann gegen Hannover 96 mit 2:0. Einen Freistoß von Jean-Luc Dompé fälschte "
            "Hannovers Marcel Halstenberg in der 52. Minute so ab, dass der Ball hinter dem eigenen Torhüter "
            "Ron-Robert Zieler einschlug.")
    goal = goals_of(text).set_index("player").loc["Marcel Halstenberg"]
    assert bool(goal.own_goal)
    assert goal.team == "Hamburger SV"


def test_a_fronted_minute_before_legte_nach_whose_particle_closes_the_clause():
    text = ("Der SV Sandhausen gewann gegen den SC Verl mit 2:0. Dennis Diekmeier traf früh (6.). In der 58. Minute "
            "legte Kemal Ademi vom Elfmeterpunkt nach, zuvor war Besar Halimi im Strafraum gefoult worden.")
    goal = goals_of(text).set_index("player").loc["Kemal Ademi"]
    assert goal.minute == 58
    assert bool(goal.penalty)


def test_a_shot_noun_after_durch_makes_the_name_after_von_the_scorer():
    text = ("Der Wolfsberger AC gewann gegen den SCR Altach mit 2:0. Die Kärntner gingen durch einen sehenswerten "
            "Kopfball von Dominik Baumgartner (21.) in Führung. Nach einer Flanke von Simon Piesinger traf "
            "Markus Pink (77.) zum 2:0.")
    assert set(scorers_of(text)) == {("Dominik Baumgartner", 21), ("Markus Pink", 77)}


def test_ticker_kein_treffer_takes_back_the_goal_and_a_called_equaliser_is_a_goal_line():
    text = ("Eintracht Frankfurt – Olympique Lyon 2:1\n\n"
            "12' TOOOR für Frankfurt! Hugo Ekitiké schiebt nach Zuspiel von Mario Götze flach ein. 1:0!\n\n"
            "31' Lyon jubelt, Alexandre Lacazette hat aus der Drehung getroffen – doch der VAR schaut sich das an.\n\n"
            "33' Kein Treffer! Lacazette stand im Abseits.\n\n"
            "58' Da ist der Ausgleich! Rayan Cherki dreht sich um Tuta und jagt den Ball unter die Latte.\n\n"
            "88' Riesenchance zum Sieg! Alexandre Lacazette scheitert an Kevin Trapp.\n\n"
            "90' TOR für Frankfurt! Omar Marmoush trifft zum 2:1!")
    assert set(scorers_of(text)) == {("Hugo Ekitiké", 12), ("Rayan Cherki", 58), ("Omar Marmoush", 90)}


def test_the_crosser_named_in_the_genitive_before_an_own_goal_scores_nothing():
    text = ("Der FC Gütersloh gewann gegen den SV Lippstadt 08 mit 1:0. Eine harmlose Flanke Brüggemanns "
            "fälschte Lippstadts Verteidiger Jonas Kampmann ins eigene Netz (61.).")
    goals = goals_of(text)
    assert list(goals.player) == ["Jonas Kampmann"] and bool(goals.own_goal.iloc[0])


def test_a_club_reserve_in_a_table_list_is_no_scorer():
    text = ("Der MSV Duisburg verlor gegen den SC Verl mit 1:2. Abgestiegen sind Halle (17., 40 Punkte) "
            "und die Freiburger Reserve (20., 30).")
    assert "Reserve" not in set(goals_of(text).player)


def test_using_a_chance_for_the_early_lead_is_a_goal():
    text = ("Der SV Darmstadt 98 siegte beim TSV Havelse mit 3:1. Tim Skarke nutzte einen Fehlpass "
            "in der Abwehr der Gastgeber zur frühen Gästeführung (9.).")
    assert scorers_of(text) == [("Tim Skarke", 9)]


def test_a_card_minute_after_a_relative_clause_about_an_earlier_goal_is_no_goal():
    text = ("Der FC Porto gewann gegen den FC Bayern München mit 2:0. Leon Goretzka, der im Hinspiel noch "
            "das 1:0 erzielt hatte, sah nach einem Foul Gelb-Rot (71.).")
    assert "Leon Goretzka" not in set(goals_of(text).player)


def test_er_after_a_goal_verb_in_the_next_sentence_is_the_scorer_named_before():
    text = ("Der SK Rapid Wien gewann gegen den Wolfsberger AC mit 2:0. Guido Burgstaller traf per Kopf (31.). "
            "Eine Viertelstunde später legte er nach (46.).")
    assert scorers_of(text) == [("Guido Burgstaller", 31), ("Guido Burgstaller", 46)]


def test_a_name_and_minute_alone_in_brackets_is_a_scorer():
    text = ("Der FC Augsburg verlor beim VfL Bochum mit 0:1. Es reichte ein Treffer kurz nach der Pause "
            "(Broschinski 49.).")
    assert scorers_of(text) == [("Broschinski", 49)]


def test_a_scorer_named_with_per_foulelfmeter_in_a_list_of_scorers():
    text = ("Der SC Freiburg und die TSG Hoffenheim trennten sich 2:2. Höler (12.) und Grifo per Foulelfmeter "
            "(67.) trafen für die Breisgauer.")
    goals = goals_of(text).set_index("player")
    assert goals.loc["Grifo", "minute"] == 67 and bool(goals.loc["Grifo", "penalty"])
    assert not bool(goals.loc["Höler", "penalty"])


TICKER_WITHOUT_FIRST_NAMES = """3. Liga: SC Verl – Rot-Weiss Essen

12' Tor für Essen! Nach einem Eckball steht Harenbrock völlig frei und köpft zum 0:1 ein.

30' Gelbe Karte für Baack.

41' Der Ausgleich! Taz zieht aus 20 Metern ab, der Ball schlägt im Winkel ein – 1:1.

67' Elfmeter für Verl!

68' Lokotsch tritt an und verwandelt sicher ins linke Eck.

90.+4' Abpfiff! Verl gewinnt 2:1 (1:1).
"""


def test_ticker_goals_of_players_named_by_surname_only_and_no_running_score_as_result():
    frames = lib.extract_text(TICKER_WITHOUT_FIRST_NAMES, date="2024-09-21")
    assert [(m.home_goals, m.away_goals) for m in frames.matches.itertuples()] == [(2, 1)]
    assert sorted(zip(frames.goals.player, frames.goals.minute)) == [("Harenbrock", 12), ("Lokotsch", 68), ("Taz", 41)]


def test_a_header_by_a_surname_only_player_after_durch_is_a_goal():
    text = ("Der FC Memmingen verlor gegen die SpVgg Unterhaching 1:2. Memmingen kam durch einen Kopfball "
            "von Hartmannsgruber noch einmal heran (71.).")
    assert scorers_of(text) == [("Hartmannsgruber", 71)]


def test_a_brace_told_with_zwei_treffern_and_a_list_of_minutes_far_after_the_name():
    text = ("Die Niederlande verloren gegen Deutschland 1:4. Der eingewechselte Deniz Undav schraubte das "
            "Ergebnis nach dem Seitenwechsel mit zwei Treffern (70., 81.) in die Höhe.")
    assert scorers_of(text) == [("Deniz Undav", 70), ("Deniz Undav", 81)]


def test_minutes_of_a_later_clause_are_not_the_scorers_further_goals():
    text = ("Der SV Horn verlor gegen den SKU Amstetten 2:3. Lukas Kalt (12.) und Simon Dorn (58.) schienen "
            "den SKU auf Siegkurs zu bringen, doch ein Doppelschlag binnen vier Minuten (81., 85.) drehte alles.")
    assert ("Simon Dorn", 85) not in scorers_of(text)


def test_a_hat_trick_told_with_pronouns_after_the_first_goal_and_a_foul_in_a_relative_clause():
    text = ("Der VfB Stuttgart gewann gegen den VfL Bochum 3:1. Serhou Guirassy verwandelte zunächst einen "
            "Foulelfmeter, den Keven Schlotterbeck an Chris Führich verschuldet hatte, zum 1:1 (67.). Elf Minuten "
            "später köpfte er eine Flanke von Maximilian Mittelstädt ins lange Eck (78.), ehe er nach einem "
            "Fehlpass auch noch den Endstand besorgte (82.).")
    assert scorers_of(text) == [("Serhou Guirassy", 67), ("Serhou Guirassy", 78), ("Serhou Guirassy", 82)]


def test_a_shot_under_the_bar_is_a_goal_and_the_defender_left_behind_is_not_the_scorer():
    text = ("Japan gewann gegen Deutschland mit 2:1. Acht Minuten später entwischte Ao Tanaka Antonio Rüdiger "
            "und jagte den Ball aus spitzem Winkel unter die Latte (83.).")
    assert scorers_of(text) == [("Ao Tanaka", 83)]


def test_a_scorer_whose_surname_is_also_a_club_demonym_in_a_match_box():
    text = ("Die SV Ried verlor gegen den LASK mit 1:2. Kapitän Florian Rieder traf per Elfmeter.\n\n"
            "Tore: 0:1 (12.) Horvath, 1:1 (71.) Rieder (Elfmeter), 1:2 (88.) Ljubicic")
    assert ("Florian Rieder", 71) in scorers_of(text)


def test_a_separable_goal_verb_split_around_the_scorer():
    text = ("Der SV Waldhof Mannheim gewann beim SC Verl mit 2:0. Marc Schnatterer zirkelte einen Freistoß nach "
            "13 Minuten in den Winkel, sieben Minuten später legte Terrence Boyd nach einem Konter das zweite Tor nach.")
    assert ("Terrence Boyd", 20) in scorers_of(text)


def test_a_comma_before_an_adverbial_and_an_inverted_verb_starts_the_next_scorers_clause():
    text = ("Der SV Waldhof Mannheim gewann beim SC Verl mit 2:0. Marc Schnatterer traf nach 13 Minuten, sieben "
            "Minuten später legte Terrence Boyd nach einem Konter das zweite Tor nach.")
    assert scorers_of(text) == [("Marc Schnatterer", 13), ("Terrence Boyd", 20)]


def test_trafen_sie_in_the_next_sentence_is_the_team_not_the_last_scorer():
    text = ("Werder Bremen gewann gegen den VfL Bochum 2:0. Marvin Ducksch traf zum 1:0 (12.). "
            "Dann trafen sie doch noch einmal (80.).")
    assert ("Marvin Ducksch", 80) not in scorers_of(text)


def test_an_inverted_goal_verb_right_before_the_scorer():
    text = ("Borussia Dortmund gewann gegen den SC Freiburg mit 2:0. Einen Querpass von der rechten Seite "
            "drückte Karim Adeyemi in Minute 52 aus kurzer Distanz über die Linie.")
    assert scorers_of(text) == [("Karim Adeyemi", 52)]


def test_a_cross_from_a_player_named_with_a_club_role_compound_is_an_assist():
    text = ("Crystal Palace gewann gegen den FC Fulham mit 2:1. Palace-Innenverteidiger Joe Cleary lenkte eine "
            "Flanke von Fulham-Flügelspieler Adama Sanneh ins eigene Netz (63.).")
    goals = goals_of(text)
    assert list(zip(goals.player, goals.minute, goals.own_goal)) == [("Joe Cleary", 63, True)]


def test_a_nationality_after_an_age_refers_to_the_player_named_before():
    text = ("Kwabena Owusu hat den FC Brentford zum Sieg geschossen. Der 23 Jahre alte Ghanaer traf beim 3:1 "
            "gegen den FC Everton gleich dreifach (9., 52., 77.).")
    frames = lib.extract_text(text, date="2024-09-21")
    assert scorers_of(text) == [("Kwabena Owusu", 9), ("Kwabena Owusu", 52), ("Kwabena Owusu", 77)]
    assert "Ghana" not in set(frames.matches.home_team) | set(frames.matches.away_team)


def test_a_second_bracketed_minute_after_und_spaeter_is_the_same_scorers_next_goal():
    text = ("Der VfB Stuttgart gewann mit 2:1 beim VfL Bochum. Deniz Undav traf erst aus dem Spiel heraus (14.) "
            "und später per Elfmeter (54.), Bochums Treffer erzielte Philipp Hofmann (80.).")
    goals = goals_of(text)
    assert list(zip(goals.player, goals.minute, goals.penalty)) == [
        ("Deniz Undav", 14, False), ("Deniz Undav", 54, True), ("Philipp Hofmann", 80, False)]


def test_a_card_after_the_goals_minute_does_not_undo_the_goal():
    text = ("Der VfB Stuttgart gewann mit 1:0 beim VfL Bochum. Deniz Undav traf per Foulelfmeter (14.) und "
            "sah später Gelb (54.).")
    goals = goals_of(text)
    assert list(zip(goals.player, goals.minute, goals.penalty)) == [("Deniz Undav", 14, True)]


def test_an_exact_bracketed_minute_beats_a_rough_half_hour():
    text = ("Der SK Sturm Graz gewann beim WSG Tirol mit 2:0. Mika Horvath brachte die Gäste nach einer halben "
            "Stunde per Kopf in Front (31.), Otar Kiteishvili legte nach einer Viertelstunde der zweiten Hälfte "
            "nach.")
    assert ("Mika Horvath", 31) in scorers_of(text)


def test_a_goal_taken_back_later_in_its_sentence_does_not_count():
    text = ("Der 1. FSV Mainz 05 gewann gegen Borussia Dortmund 3:1. Maximilian Beier drückte eine Flanke über "
            "die Linie (68.), doch nach Intervention des Videoassistenten nahm der Schiedsrichter den Treffer "
            "wegen einer knappen Abseitsstellung zurück.")
    assert scorers_of(text) == []
    text = ("Der MSV Duisburg verlor gegen Eintracht Braunschweig 0:2. Pascal Vogt jubelte zwar in der 58. "
            "Minute, sein Ausgleich wurde nach Videostudium aber aberkannt.")
    assert scorers_of(text) == []


def test_a_goal_scored_after_another_was_disallowed_counts():
    text = ("Der MSV Duisburg gewann gegen Eintracht Braunschweig 1:0. Pascal Vogt traf in der 58. Minute, "
            "nachdem zuvor ein Treffer von Tim Rüsing aberkannt worden war.")
    assert scorers_of(text) == [("Pascal Vogt", 58)]


def test_a_swiss_match_box_lists_minute_scorer_bracket_and_running_score():
    text = ("Der FC Luzern hat das Duell mit den Young Boys gewonnen.\n\n"
            "Luzern – Young Boys 2:1 (0:1)\n"
            "Swissporarena. – Zuschauer: 14.120. – SR Schärer.\n"
            "Tore: 23. Itten (Fassnacht) 0:1. 61. Dorn (Foulpenalty) 1:1. 88. Kvasina (Dorn) 2:1.\n"
            "Bemerkungen: 37. Müller hält Handspenalty von Fassnacht. Verwarnungen: 36. Beka, 59. Lauper.")
    goals = goals_of(text)
    assert list(zip(goals.player, goals.minute, goals.penalty, goals.team)) == [
        ("Itten", 23, False, "BSC Young Boys"), ("Dorn", 61, True, "FC Luzern"), ("Kvasina", 88, False, "FC Luzern")]


def test_a_save_by_a_named_keeper_before_a_tap_in_is_no_miss_of_the_scorer():
    text = ("Der SV Babelsberg unterlag dem FC Carl Zeiss Jena mit 1:2. Niklas Obermeier staubte nach einer "
            "Parade von Babelsbergs Keeper Felix Rudloff zum Ausgleich ab (34.).")
    assert scorers_of(text) == [("Niklas Obermeier", 34)]


def test_verwertete_and_besiegelte_tell_goals():
    text = ("Die SV Ried gewann bei Austria Wien 3:2. Stefan Huber verwertete sechs Minuten nach Wiederanpfiff "
            "eine Flanke von der linken Seite zum 1:1. In der sechsten Minute der Nachspielzeit besiegelte "
            "Fabian Hochreiter die Niederlage der Veilchen.")
    assert scorers_of(text) == [("Stefan Huber", 51), ("Fabian Hochreiter", 90)]


def test_minutes_later_counts_from_a_capitalised_nach_minutes_in_the_sentence_before():
    text = ("Mainz gewann gegen Dortmund 3:1. Nach 37 Minuten zahlte sich der Aufwand aus: Jae-Sung Lee schob "
            "flach ins lange Eck. Die Freude währte nicht lange, denn nur drei Minuten später köpfte Serhou "
            "Guirassy zum Ausgleich ein.")
    assert ("Serhou Guirassy", 40) in scorers_of(text)


def test_a_cleft_sentence_with_a_relative_goal_verb_before_und_names_the_scorer():
    text = ("Braunschweig gewann gegen Duisburg 2:0. In der 71. Minute war es dann Anton Kreft, der einen "
            "Foulelfmeter sicher im linken Eck unterbrachte und die Arena zum Beben brachte.")
    goals = goals_of(text)
    assert list(zip(goals.player, goals.minute, goals.penalty)) == [("Anton Kreft", 71, True)]


def test_the_coach_of_a_team_compound_is_no_scorer():
    text = ("Deutschland gewann in Luxemburg 2:1. Die DFB-Elf von Julian Nagelsmann erhöhte in der Schlussphase "
            "den Druck.")
    assert scorers_of(text) == []


def test_a_goal_before_another_players_goal_after_a_handball_still_counts():
    text = ("Der VfL Bochum spielte 1:1 gegen den 1. FC Heidenheim. Phillip Tietz traf zum 1:0 (12.), doch nach "
            "einem Handspiel von Keven Schlotterbeck glich Philipp Hofmann per Elfmeter aus (30.).")
    assert ("Phillip Tietz", 12) in scorers_of(text)


def test_a_surname_introduced_with_its_role_is_the_scorer_when_named_alone_later():
    text = ("Paderborns Angreifer Obermair wechselt nach Bremen.\n\n"
            "Beim 3:1 des SC Paderborn 07 gegen den SV Darmstadt 98 schnürte Obermair einen Doppelpack (12., 70.).")
    assert scorers_of(text) == [("Obermair", 12), ("Obermair", 70)]


def test_the_player_who_set_up_the_goal_is_no_scorer():
    text = ("Der FC St. Gallen gewann gegen den FC Sion mit 2:0. Lukas Görtler bereitete in der 33. Minute "
            "das 1:0 durch Willem Geubbels vor, der aus kurzer Distanz einschob.")
    assert ("Lukas Görtler", 33) not in scorers_of(text)
    assert ("Willem Geubbels", 33) in scorers_of(text)


def test_surnames_that_are_also_words_for_the_crowd_or_the_pitch_are_still_scorers():
    text = ("Der SV Ried besiegte den LASK mit 2:0. Jonas Boden traf in der 12. Minute, "
            "Marco Haus erhöhte in der 70. Minute.")
    assert scorers_of(text) == [("Jonas Boden", 12), ("Marco Haus", 70)]


def test_a_goal_never_goes_to_a_goalless_match_mentioned_before_it():
    text = ("Der SV Ried schlug den LASK mit 1:0. Eine Woche zuvor hatte Ried beim Wolfsberger AC "
            "ein 0:0 erreicht. In der 55. Minute köpfte Tobias Kainz nach einer Ecke ein.")
    frames = lib.extract_text(text, date="2024-09-21")
    goals = frames.goals
    match_of_goal = goals.loc[goals.player == "Tobias Kainz", "match_id"].tolist()
    assert len(match_of_goal) == 1
    goalless = frames.matches.loc[frames.matches.home_goals + frames.matches.away_goals == 0, "match_id"]
    assert match_of_goal[0] not in set(goalless)


def test_a_coach_bringing_on_a_substitute_for_another_player_scores_no_goal():
    text = ("Österreich spielte 1:1 gegen Bosnien-Herzegowina. Teamchef Ralf Rangnick reagierte und brachte "
            "in der 59. Minute Michael Gregoritsch für Patrick Wimmer.")
    assert scorers_of(text) == []


def test_a_surname_ending_in_s_before_an_indefinite_article_is_no_genitive():
    text = ("Der SC Paderborn 07 gewann gegen den 1. FC Nürnberg mit 3:2. Zwei Minuten vor dem Ende vollendete "
            "der eingewechselte Felix Brünninghaus einen Konter zum Siegtreffer (88.).")
    assert scorers_of(text) == [("Felix Brünninghaus", 88)]


def test_a_surname_ending_in_s_before_a_possessive_is_no_genitive():
    text = ("Der SC Paderborn 07 gewann gegen den 1. FC Nürnberg mit 3:2. In der 88. Minute schloss "
            "Felix Brünninghaus seinen Sololauf zum Siegtreffer ab.")
    assert [player for player, _ in scorers_of(text)] == ["Felix Brünninghaus"]


def test_a_goal_of_er_in_a_sentence_naming_nobody_is_disallowed_like_a_named_one():
    text = ("Der 1. FC Union Berlin gewann mit 1:0 gegen den VfL Bochum. Kevin Behrens traf in der 20. Minute "
            "zum 1:0. Zehn Minuten später köpfte er den Ball ins Tor, doch der Treffer wurde wegen einer "
            "Abseitsstellung aberkannt.")
    assert scorers_of(text) == [("Kevin Behrens", 20)]


def test_a_ticker_name_that_sets_the_goal_up_is_no_scorer():
    text = ("FC Bayern München – VfB Stuttgart 1:0\n\n"
            "23' TOR für Bayern! Jamal Musiala bereitet vor, Harry Kane schiebt ein.")
    assert [player for player, _ in scorers_of(text)] == ["Harry Kane"]


def test_a_scorer_who_finished_a_move_off_with_a_separable_verb_scored():
    text = ("Der FC Red Bull Salzburg gewann beim SCR Altach mit 1:0. "
            "Karim Konaté schloss einen schnellen Gegenstoß zum 1:0 ab (67.).")
    assert scorers_of(text) == [("Karim Konaté", 67)]


def test_finishing_a_season_off_is_no_goal():
    text = ("Der FC Red Bull Salzburg gewann beim SCR Altach mit 1:0. "
            "Karim Konaté schloss die Saison als bester Torschütze der Liga ab.")
    assert goals_of(text).empty


def test_a_coach_named_after_unter_is_no_scorer():
    text = ("Der FC Augsburg gewann gegen den VfL Wolfsburg mit 3:0. Unter Jess Thorup gelang endlich "
            "der Befreiungsschlag.")
    assert goals_of(text).empty


def test_a_move_finished_off_and_then_missed_is_no_goal():
    text = ("Der SC Freiburg gewann gegen den VfL Bochum mit 1:0. Vincenzo Grifo schloss einen Konter ab, "
            "scheiterte aber an Manuel Riemann (34.).")
    assert goals_of(text).empty


def test_a_scorer_who_finished_a_move_off_after_a_fronted_minute_scored():
    text = ("Der FC Red Bull Salzburg gewann beim SCR Altach mit 1:0. "
            "In der 67. Minute schloss Karim Konaté einen Gegenstoß eiskalt ab.")
    assert scorers_of(text) == [("Karim Konaté", 67)]


def test_a_scorer_who_finished_a_move_off_before_a_bracketed_minute_scored():
    text = ("Der FC Red Bull Salzburg gewann beim SCR Altach mit 1:0. "
            "Karim Konaté schloss einen Gegenstoß über drei Stationen eiskalt ab (67.).")
    assert scorers_of(text) == [("Karim Konaté", 67)]


def test_a_minute_opening_a_sentence_about_one_scorer_is_his_goals_minute():
    text = ("Der SC Freiburg gewann gegen den FC Augsburg mit 2:0. Nach 38 Minuten landete ein abgewehrter Ball "
            "vor den Füßen von Merlin Röhl, der Kapitän nahm ihn volley und jagte ihn unter die Latte.")
    assert ("Merlin Röhl", 38) in scorers_of(text)


def test_a_role_word_after_an_assist_means_the_scorer_not_who_set_him_up():
    text = ("Der SC Freiburg gewann gegen den FC Augsburg mit 2:0. Merlin Röhl verwertete in der 13. Minute ein "
            "Zuspiel von Jonas Sattler, wenig später köpfte der Angreifer auch das zweite Tor (28.).")
    assert ("Merlin Röhl", 28) in scorers_of(text)
    assert not any(name == "Jonas Sattler" for name, _ in scorers_of(text))


def test_a_scorer_with_a_womans_first_name_is_found():
    text = ("Der VfL Wolfsburg gewann in der Frauen-Bundesliga gegen den SC Freiburg mit 2:0. "
            "Svenja Hollmann setzte sich in der 17. Minute auf der rechten Seite durch und vollendete ins lange Eck.")
    assert ("Svenja Hollmann", 17) in scorers_of(text)


def test_a_keepers_saves_in_the_shoot_out_do_not_undo_a_penalty_goal_told_before():
    text = ("Der VfL Bochum spielte beim SC Verl 1:1 nach Verlängerung. In der 71. Minute glich Moritz Broschinski "
            "per Handelfmeter aus. Im Elfmeterschießen wurde Verls Torhüter Philipp Schulze zum Helden: "
            "Er parierte zwei Versuche.")
    assert ("Moritz Broschinski", 71) in scorers_of(text)


def test_a_role_word_right_after_a_comma_means_the_person_named_just_before():
    text = ("Der Wolfsberger AC gewann gegen den SK Sturm Graz mit 1:0. Kapitän Florian Mörtl zirkelte einen "
            "Eckball auf den Kopf von Luka Rakić, der Innenverteidiger nickte in der 27. Minute ein.")
    assert ("Luka Rakić", 27) in scorers_of(text)


def test_a_preview_paragraph_later_does_not_change_whom_die_gaeste_meant():
    text = ("Borussia Dortmund gewann gegen den SC Freiburg mit 3:1. Für die Gäste traf Vincenzo Grifo (55.).\n\n"
            "Am kommenden Samstag muss der BVB beim VfB Stuttgart antreten.")
    goals = goals_of(text)
    assert goals.set_index("player").loc["Vincenzo Grifo", "team"] == "SC Freiburg"


def test_a_minute_opening_a_sentence_is_not_a_later_goals():
    text = ("Der FC Bayern gewann gegen den VfL Bochum mit 2:1. Nach 25 Minuten sah Kapitän Jonas Mertens Gelb, "
            "später traf der Kapitän per Kopf zum 2:1.")
    assert (("Jonas Mertens", 25)) not in scorers_of(text)


def test_a_save_before_the_game_went_to_a_shoot_out_still_undoes_the_penalty():
    text = ("Der SC Verl spielte gegen den VfL Bochum 1:1. In der 118. Minute schoss Moritz Broschinski einen "
            "Handelfmeter. Doch Verls Torhüter Philipp Schulze parierte, und so ging es ins Elfmeterschießen.")
    assert ("Moritz Broschinski", 118) not in scorers_of(text)


def test_the_title_holder_is_a_team_not_the_last_player_named():
    text = ("Der FC Bayern gewann gegen den VfL Bochum mit 2:0. Harry Kane traf zum 1:0 (20.). Der Titelverteidiger "
            "legte durch ein Eigentor in der 55. Minute nach.")
    assert ("Harry Kane", 55) not in scorers_of(text)


def test_one_of_several_defenders_is_no_reference_to_the_last_scorer():
    text = ("Der SV Ried gewann gegen den LASK mit 2:0. Thomas Pieringer traf zum 1:0 (20.). Das 2:0 köpfte nach "
            "einer Ecke einer der beiden Innenverteidiger ein (60.).")
    assert ("Thomas Pieringer", 60) not in scorers_of(text)


def test_a_corner_played_onto_a_teammates_head_is_no_goal_of_the_taker():
    text = ("Der Wolfsberger AC gewann gegen den SK Sturm Graz mit 1:0. Kapitän Florian Mörtl zirkelte einen "
            "Eckball auf den Kopf von Luka Rakić, der Innenverteidiger nickte in der 27. Minute ein.")
    assert [name for name, _ in scorers_of(text)] == ["Luka Rakić"]


def test_the_fouled_player_who_converts_the_penalty_scores_it():
    text = ("Der FC Aarau spielte gegen den FC Thun 1:1. In der 58. Minute zeigte Schiedsrichter Lukas Meier nach "
            "einem Foul an Nils Gerber auf den Punkt, der Gefoulte verwandelte den Penalty selbst zum 1:1.")
    assert ("Nils Gerber", 58) in scorers_of(text)


def test_the_coach_whose_fate_a_defeat_sealed_is_no_scorer():
    text = "Das 0:3 gegen den VfB Stuttgart in Hamburg hatte das Aus für Bernd Hollerbach besiegelt."
    assert goals_of(text).empty


def test_a_straight_red_card_with_a_minute_is_no_goal():
    text = ("Der FC Augsburg und der VfL Bochum trennten sich 2:2. Bochums Abwehrchef Ivan Ordets holte Ermedin "
            "Demirović von den Beinen. Der Unparteiische zeigte Glatt-Rot (81.).")
    assert goals_of(text).empty


TICKER_WITH_SHOOTOUT = """SC Verl gegen Arminia Bielefeld im Liveticker

Vor dem Spiel: Der SC Verl empfängt im Pokal die Arminia aus Bielefeld.

12. Min.: Erster Abschluss der Gäste, Keeper Philipp Schulze hält sicher.

27. Min.: TOR für Verl! Lars Ritzka köpft einen Eckball zum 1:0 ein.

55. Min.: Elfmeter für Bielefeld! Oliver Stefano trifft Marius Wörl im Strafraum am Fuß.

56. Min.: Wörl tritt selbst an und scheitert an Schulze.

81. Min.: Der Ausgleich! Merveille Biankadi schiebt aus kurzer Distanz ein. 1:1!

120. Min.: Abpfiff der Verlängerung, jetzt entscheidet das Elfmeterschießen.

Elfmeterschießen: Ritzka verwandelt sicher – 1:0.

Elfmeterschießen: Biankadi trifft ebenfalls – 1:1.

Fazit: Der SC Verl setzt sich nach einem 1:1 nach Verlängerung im Elfmeterschießen gegen Bielefeld durch."""


def test_ticker_lines_written_with_min_carry_their_minute():
    assert sorted(scorers_of(TICKER_WITH_SHOOTOUT)) == [("Lars Ritzka", 27), ("Merveille Biankadi", 81)]


def test_shootout_kicks_and_a_foul_in_a_ticker_are_no_goals():
    players = set(goals_of(TICKER_WITH_SHOOTOUT).player)
    assert players == {"Lars Ritzka", "Merveille Biankadi"}, players


def test_a_name_after_traf_is_the_scorer_when_the_name_before_gave_the_assist():
    text = ("Der VfL Bochum spielte 1:1 gegen den 1. FC Köln. Nach Vorlage von Kevin Stöger traf Philipp Hofmann "
            "ins Eck (61.). Ivan Ordets trifft Florian Kainz später im Strafraum am Knöchel (78.).")
    assert scorers_of(text) == [("Philipp Hofmann", 61)]


NEWEST_FIRST_TICKER = (
    "Nachlese: SV Eichwalde gegen TSV Lindenau\n\n"
    "90.+3 Abpfiff! Eichwalde und Lindenau trennen sich 2:2 (1:0).\n\n"
    "81. Lindenau gleicht aus! Nach einem Eckball steigt Lukas Berger am höchsten und nickt zum 2:2 ein.\n\n"
    "74. Abseits! Felix Ott hatte eingeschoben, doch die Fahne ist oben.\n\n"
    "72. Das Netz zappelt, aber es zählt nicht: Ott stand klar im Abseits.\n\n"
    "63. Eichwalde legt nach! Ole Danner lässt dem Torhüter keine Chance und lupft den Ball zum 2:1 ins Netz.\n\n"
    "55. Der Ausgleich! Tim Probe trifft aus der Drehung zum 1:1.\n\n"
    "17. Führung für Eichwalde! Ole Danner schiebt zum 1:0 ein.\n\n"
    "1. Anpfiff in Eichwalde.\n")


def test_a_newest_first_ticker_of_bare_ordinal_lines_gives_each_goal_its_minute():
    assert sorted(scorers_of(NEWEST_FIRST_TICKER), key=lambda goal: goal[1]) == [
        ("Ole Danner", 17), ("Tim Probe", 55), ("Ole Danner", 63), ("Lukas Berger", 81)]


def test_numbered_lines_counting_up_one_by_one_are_no_ticker_minutes():
    text = ("Die Ergebnisse des SV Eichwalde im Überblick:\n\n"
            "1. Runde: SV Eichwalde – TSV Lindenau 2:0\n\n2. Runde: FC Musterstadt – SV Eichwalde 1:1\n\n"
            "3. Runde: SV Eichwalde – SC Neudorf 3:2\n\n4. Runde: TuS Beispiel – SV Eichwalde 0:4\n")
    frames = lib.extract_text(text, date="2024-09-21")
    assert len(frames.matches) == 4


def test_a_ticker_header_only_aimed_at_goal_leaves_the_goal_to_who_finished():
    text = ("SV Eichwalde gegen TSV Lindenau im Ticker\n\n"
            "12. Anpfiff war pünktlich.\n\n"
            "38. Tor für Eichwalde! Nach einem Eckball köpft Ole Danner aufs Tor, Felix Ott staubt zum 1:0 ab.\n\n"
            "61. Gelbe Karte für Tim Probe.\n\n"
            "90. Abpfiff! Eichwalde gewinnt 1:0 gegen Lindenau.\n")
    assert scorers_of(text) == [("Felix Ott", 38)]


def test_breaking_the_spell_is_a_goal():
    text = ("Der SV Eichwalde gewann gegen den TSV Lindenau mit 2:0. Lange tat sich Eichwalde schwer, ehe "
            "Ole Danner per Kopf den Bann brach (64.).")
    assert scorers_of(text) == [("Ole Danner", 64)]


def test_an_own_goal_told_of_a_club_genitive_and_a_name_after_the_verb():
    text = ("Die SV Ried gewann gegen den TSV Hartberg mit 2:0. Ole Danner traf vor der Pause (41.), in der "
            "77. Minute lenkte Hartbergs Tim Probe eine Flanke ins eigene Netz.")
    goals = goals_of(text).set_index("player")
    assert not bool(goals.loc["Ole Danner", "own_goal"])
    assert goals.loc["Ole Danner", "team"] == "SV Ried"
    assert bool(goals.loc["Tim Probe", "own_goal"]) and goals.loc["Tim Probe", "minute"] == 77


def test_the_minute_of_the_scorers_own_clause_after_an_earlier_chance():
    text = ("Der SV Eichwalde gewann gegen den TSV Lindenau mit 1:0. Nach einer Viertelstunde köpfte Felix Ott "
            "knapp vorbei, in der 33. Minute war es dann so weit: Ole Danner traf flach ins Eck.")
    assert scorers_of(text) == [("Ole Danner", 33)]


def test_a_brace_without_minutes_is_two_goals():
    text = ("Der SV Eichwalde gewann beim TSV Lindenau mit 2:0. Ole Danner schnürte für die Gäste einen "
            "Doppelpack.")
    goals = goals_of(text)
    assert list(goals.player) == ["Ole Danner", "Ole Danner"]
    assert goals.minute.isna().all()


def test_a_brace_told_before_the_name_or_by_a_count_of_goals():
    before = ("Der SV Eichwalde gewann beim TSV Lindenau mit 2:0. Dank eines Doppelpacks von Ole Danner "
              "blieb Eichwalde oben dran.")
    counted = "Der SV Eichwalde gewann beim TSV Lindenau mit 2:0. Ole Danner erzielte beide Treffer."
    with_noun = ("Der SV Eichwalde gewann beim TSV Lindenau mit 3:0. Ole Danner sorgte mit einem Hattrick "
                 "für klare Verhältnisse.")
    assert [name for name, _ in scorers_of(before)] == ["Ole Danner"] * 2
    assert [name for name, _ in scorers_of(counted)] == ["Ole Danner"] * 2
    assert [name for name, _ in scorers_of(with_noun)] == ["Ole Danner"] * 3


def test_a_brace_in_one_match_keeps_both_goals_when_another_match_tells_minutes():
    text = ("Der SV Eichwalde blickt auf eine starke Rückrunde. Beim 4:0 gegen den TSV Lindenau traf Ole Danner "
            "doppelt. Im März gewann Eichwalde beim FC Wendorf mit 2:0, beide Tore erzielte Danner (43., 54.).")
    goals = goals_of(text)
    assert list(goals.player).count("Ole Danner") == 4
    assert sorted(goals.minute.dropna()) == [43, 54]


def test_a_club_after_fuer_and_a_comma_opens_the_next_scorers_clause():
    text = ("Der SV Eichwalde gewann beim TSV Lindenau mit 3:1. Ole Danner traf dreimal, für die Gastgeber "
            "traf Felix Ott.")
    goals = goals_of(text)
    assert set(goals[goals.player == "Ole Danner"].team) == {"SV Eichwalde"}
    assert set(goals[goals.player == "Felix Ott"].team) == {"TSV Lindenau"}


def test_the_opponent_named_before_the_goal_verb_is_not_the_scorers_club():
    text = ("Der SV Eichwalde blickt auf eine starke Woche zurück. Beim 4:0 gegen den TSV Lindenau traf "
            "Ole Danner.")
    assert list(goals_of(text).team) == ["SV Eichwalde"]


def test_a_second_goal_verb_after_und_with_its_own_minute_is_a_second_goal():
    text = ("Der SV Eichwalde gewann beim TSV Lindenau mit 3:0. Ole Danner brachte die Gäste in der 17. Minute "
            "in Führung und erhöhte in der 76. Minute auf 2:0.")
    assert scorers_of(text) == [("Ole Danner", 17), ("Ole Danner", 76)]


def test_a_miss_after_und_does_not_undo_the_goal_before_it():
    text = ("Der SV Eichwalde gewann beim TSV Lindenau mit 1:0. Ole Danner traf in der 17. Minute und "
            "scheiterte in der 76. Minute am Pfosten.")
    assert scorers_of(text) == [("Ole Danner", 17)]


def test_pronouns_after_a_count_of_goals_give_each_goal_its_minute():
    text = ("Der SV Eichwalde verlor gegen den TSV Lindenau mit 2:3. Doch Ole Danner brachte die Gäste mit zwei "
            "Treffern zurück: Erst verkürzte er in der 60. Minute, dann verwandelte er einen Foulelfmeter (73.).")
    goals = goals_of(text)
    danner = goals[goals.player == "Ole Danner"]
    assert sorted(danner.minute) == [60, 73]
    assert list(danner.sort_values("minute").penalty) == [False, True]


def test_setting_up_the_final_score_with_stellte_her_is_a_goal():
    text = ("Der SV Eichwalde gewann beim TSV Lindenau mit 2:1. Ole Danner traf zum 1:0 (12.), kurz vor dem Ende "
            "stellte Felix Ott den 2:1-Endstand her.")
    assert "Felix Ott" in list(goals_of(text).player)


def test_er_after_the_opponents_scorer_is_the_subject_who_scored_again_minutes_later():
    text = ("Der TSV Lindenau gewann beim SV Eichwalde mit 2:1. Zunächst brachte Ole Danner die Gäste in Führung "
            "(28.), nach dem Ausgleich durch Felix Ott (54.) stellte er fünf Minuten später den 2:1-Endstand her.")
    assert sorted(scorers_of(text), key=lambda goal: goal[1]) == [("Ole Danner", 28), ("Felix Ott", 54),
                                                                   ("Ole Danner", 59)]


def test_a_role_word_in_the_next_sentence_means_the_scorer_not_his_assist_giver():
    text = ("Der 1. FC Nürnberg gewann 2:0 gegen den SC Paderborn. Kurz nach der Pause köpfte Can Uzun nach einer "
            "Flanke von Jens Castrop zum 1:0 ein (52.). Eine Viertelstunde danach schlug der Stürmer erneut zu, "
            "diesmal schob er einen Querpass von Lukas Schleimer ins lange Eck (67.).")
    assert scorers_of(text) == [("Can Uzun", 52), ("Can Uzun", 67)]


def test_the_minutes_of_a_hat_trick_told_after_a_colon_are_its_goals():
    text = ("Der FC Augsburg gewann 5:1 beim SC Verl. Phillip Tietz schnürte schon vor der Pause einen lupenreinen "
            "Hattrick: In der 8., 19. und 33. Minute war er nicht aufzuhalten.")
    assert scorers_of(text) == [("Phillip Tietz", 8), ("Phillip Tietz", 19), ("Phillip Tietz", 33)]


def test_the_minutes_of_a_brace_in_the_next_clause_are_its_goals_not_extra_ones():
    text = ("Der SC Freiburg siegte 3:0 gegen den VfL Bochum. Die 21-jährige Merle Kirschstein schnürte nach der "
            "Pause einen Doppelpack, ihre Treffer fielen in der 55. und 71. Minute.")
    assert scorers_of(text) == [("Merle Kirschstein", 55), ("Merle Kirschstein", 71)]


TICKER = """ date 2024-03-02
Liveticker: SV Sandhausen gegen den SC Verl

1. Minute: Anpfiff in Sandhausen.

22. Minute: Tor für den SC Verl! Timur Gayret bringt den Ball von rechts herein, Kevin Müller will ihn wegfausten und lenkt ihn ins eigene Tor. Eigentor, 0:1.

50. Minute: Elfmeter für Sandhausen! Tom Baack trifft Sebastian Stolze im Strafraum am Fuß.

51. Minute: Tor für den SV Sandhausen! Dennis Diekmeier läuft an und schickt Niclas Thiede in die falsche Ecke. 1:1!

70. Minute: Sandhausen drückt auf den Führungstreffer, Verl verteidigt mit Mann und Maus.

Abpfiff! Sandhausen und Verl trennen sich 1:1.
"""


def test_a_live_ticker_credits_the_own_goal_and_the_penalty_taker_not_the_crosser_or_the_keeper():
    goals = goals_of(TICKER)
    assert list(zip(goals.player, goals.minute, goals.own_goal)) == [
        ("Kevin Müller", 22, True), ("Dennis Diekmeier", 51, False)]


def test_the_opening_minute_belongs_to_the_own_goal_after_the_cross_not_to_the_crosser():
    text = ("Der FC Liverpool schlug den FC Chelsea 2:1. Nach zwölf Minuten flankte Cole Palmer scharf in den "
            "Strafraum, Virgil van Dijk wollte klären und lenkte den Ball ins eigene Netz.")
    goals = goals_of(text)
    assert list(zip(goals.player, goals.minute, goals.own_goal)) == [("Virgil van Dijk", 12, True)]


def test_both_names_a_keeper_saved_against_are_no_scorers():
    text = ("Der FC Liverpool schlug den FC Chelsea 2:1. Keeper Robert Sánchez hielt erst gegen Mohamed Salah und "
            "Cody Gakpo, in der 81. Minute war er dann geschlagen: Darwin Núñez traf aus der Drehung.")
    assert scorers_of(text) == [("Darwin Núñez", 81)]


def test_the_taker_of_a_corner_is_no_scorer():
    text = ("Der FC Basel und die Young Boys trennten sich 1:1. Chris Bedia hatte nach einem Corner von Christian "
            "Fassnacht am nahen Pfosten eingenickt (23.).")
    assert scorers_of(text) == [("Chris Bedia", 23)]


def test_a_noun_after_a_possessive_before_the_minute_is_no_name():
    text = ("Die TSG Hoffenheim gewann 3:1 in Nürnberg. Die Entscheidung besorgte Ádám Szalai, der nach einer Flanke "
            "höher stieg als sein Gegenspieler (67.).")
    assert scorers_of(text) == [("Ádám Szalai", 67)]


def test_the_referee_who_awards_a_penalty_scores_no_goal():
    text = ("Der FC Basel und die Young Boys trennten sich 2:2. In der Nachspielzeit kam Bénie Traoré im Strafraum zu "
            "Fall, und Schiedsrichter Sandro Schärer entschied auf Penalty. Albian Ajeti verwandelte (90.+3).")
    assert scorers_of(text) == [("Albian Ajeti", 90)]


def test_the_keeper_whose_goal_the_attack_reached_is_no_scorer():
    text = ("Red Bull Salzburg gewann 2:0 bei der Austria. Die Violetten kamen nur selten vor das Tor von Alexander "
            "Schlager.")
    assert scorers_of(text) == []


def test_a_goal_the_crowd_only_thought_was_the_equaliser_does_not_count():
    text = ("Der VfL Wolfsburg gewann 1:0 gegen den VfB Stuttgart. Kurz vor der Pause hatte Deniz Undav nach einer "
            "Ecke getroffen, die Kurve bejubelte bereits den vermeintlichen Ausgleich.")
    assert scorers_of(text) == []


def test_a_bracketed_list_of_bare_names_and_minutes_names_every_scorer():
    text = ("Der SV Horn setzte sich beim Grazer AK mit 3:1 durch (Mehmedović 17., Tadić 55., 81.; Kröpfl 70.).")
    assert sorted(scorers_of(text), key=lambda goal: goal[1]) == [
        ("Mehmedović", 17), ("Tadić", 55), ("Kröpfl", 70), ("Tadić", 81)]


def test_a_penalty_marked_after_the_minute_of_a_running_score_entry_still_scores():
    text = ("Der Wolfsberger AC besiegte Blau-Weiß Linz 2:1 (1:1 Obexer 40., 2:1 Baumgartner 88./Foulelfmeter).")
    found = goals_of(text)
    assert list(found.player) == ["Obexer", "Baumgartner"]
    assert list(found.penalty) == [False, True]


def test_players_who_turned_the_game_score_but_a_coach_who_did_does_not():
    players = ("Der SC Paderborn gewann gegen den 1. FC Magdeburg 2:1. Nach dem frühen Rückstand drehten Filip "
               "Bilbija und Kapitän Ron Schallenberg die Partie noch vor der Pause.")
    assert sorted(goals_of(players).player) == ["Filip Bilbija", "Ron Schallenberg"]
    coach = ("Der SC Paderborn gewann gegen den 1. FC Magdeburg 2:1. Trainer Lukas Kwasniok drehte mit einem "
             "Doppelwechsel die Partie.")
    assert goals_of(coach).empty


def test_a_scorer_named_again_after_his_timed_goal_scores_once_more():
    text = ("Der VfL Osnabrück gewann gegen Jahn Regensburg 3:1. Erik Engelhardt hatte zum 1:1 ausgeglichen (40.), "
            "nach der Pause sorgten Noel Niemann und erneut Engelhardt für klare Verhältnisse.")
    assert sorted(goals_of(text).player) == ["Erik Engelhardt", "Erik Engelhardt", "Noel Niemann"]


def test_an_idiomatic_verb_with_a_penalty_after_the_name_is_a_goal():
    text = ("Holstein Kiel siegte beim SV Sandhausen 3:0. Den Deckel drauf machte Steven Skrzybski kurz vor dem "
            "Ende per Foulelfmeter.")
    found = goals_of(text)
    assert list(found.player) == ["Steven Skrzybski"] and bool(found.penalty.iloc[0])


def test_a_forward_referred_to_by_a_compound_role_word_scores():
    text = ("Der Karlsruher SC schlug den SV Darmstadt 98 mit 1:0. Lange passierte wenig, dann kam die Zeit von "
            "Fabian Schleusener. Der Offensivmann nickte in der 71. Minute eine Ecke ein.")
    assert scorers_of(text) == [("Fabian Schleusener", 71)]


def test_who_laid_the_ball_on_in_a_subordinate_clause_is_no_scorer():
    text = ("Der 1. FC Kaiserslautern gewann 2:0 in Elversberg. In der Schlussminute machte der eingewechselte "
            "Daniel Hanslik alles klar, nachdem Marlon Ritter ihm den Ball quer aufgelegt hatte (90.).")
    assert scorers_of(text) == [("Daniel Hanslik", 90)]


def test_an_ambiguous_verb_reads_no_goal_word_of_the_next_sentence():
    text = ("Der 1. FC Köln gewann 2:0 gegen den SC Paderborn. Für Stimmung sorgte Kapitän Jonas Hector schon vor "
            "dem Anpfiff. Die Führung besorgte dann Mark Uth (12.), Florian Kainz legte nach (70.).")
    assert sorted(goals_of(text).player) == ["Florian Kainz", "Mark Uth"]


def teams_of(text: str) -> dict[str, str | None]:
    goals = goals_of(text)
    return {player: (team if isinstance(team, str) else None) for player, team in zip(goals.player, goals.team)}


def test_the_team_before_a_colon_leans_the_goal_after_it_to_its_side():
    text = ("Der SC Paderborn 07 und die SV Elversberg trennten sich 1:1. In der 20. Minute traf Sven Michel. "
            "Die Gäste ließen sich davon nicht beirren und wurden belohnt: Luca Schnellbacher glich in der 66. Minute aus.")
    assert teams_of(text) == {"Sven Michel": "SC Paderborn 07", "Luca Schnellbacher": "SV Elversberg 07"}


def test_a_team_conceding_before_the_colon_does_not_get_the_goal():
    text = ("Der SC Paderborn 07 und die SV Elversberg trennten sich 1:1. In der 20. Minute traf Sven Michel. "
            "Dann kassierten die Gäste den nächsten Nackenschlag: Luca Schnellbacher traf in der 66. Minute.")
    assert teams_of(text)["Luca Schnellbacher"] is None


def test_the_team_a_scorers_relative_clause_puts_ahead_is_his():
    text = ("Der SC Paderborn 07 und die SV Elversberg trennten sich 1:1. Es war Luca Schnellbacher, der die Gäste "
            "in der 12. Minute in Führung brachte. Sven Michel glich nach der Pause aus (58.).")
    assert teams_of(text) == {"Luca Schnellbacher": "SV Elversberg 07", "Sven Michel": "SC Paderborn 07"}


def test_the_city_after_an_away_team_noun_does_not_name_another_club():
    text = ("Der SC Verl und Borussia Dortmund II spielten 1:1. Julian Hettwer hatte die Gäste aus Dortmund "
            "früh in Führung gebracht (15.), doch Berkan Taz glich in der 23. Minute aus.")
    assert teams_of(text) == {"Julian Hettwer": "Borussia Dortmund II", "Berkan Taz": "SC Verl"}


def test_goals_of_a_list_are_never_given_to_the_only_match_found_when_it_was_goalless():
    text = ("Kreisliga kompakt.\n\nFC Hinterdorf – SV Vorderdorf 0:0\nBeide Teams neutralisierten sich.\n\n"
            "TSG Musterhausen – Kickers Beispielstadt\nTore: 1:0 Paul Kramer (12.), 1:1 Timo Reiter (80.)")
    assert goals_of(text).empty


def test_the_keeper_a_scorer_runs_towards_is_no_scorer():
    text = ("Der SC Freiburg gewann 1:0 gegen den FC Augsburg. In der 65. Minute lief Vincenzo Grifo allein auf "
            "Torhüter Finn Dahmen zu und vollendete ins lange Eck.")
    assert scorers_of(text) == [("Vincenzo Grifo", 65)]


def test_a_final_named_as_a_hyphenated_compound_is_no_scorer():
    text = ("Der FC Arsenal schlug den FC Chelsea 2:0, Bukayo Saka traf doppelt (12., 70.). Für Chelsea hatte "
            "Kai Havertz einst das Siegtor im Champions-League-Finale erzielt.")
    assert "Champions-League-Finale" not in set(goals_of(text).player)


def test_a_role_word_means_the_player_named_last_not_an_earlier_one_with_a_role():
    text = ("Borussia Dortmund besiegte den VfL Bochum 3:1. Abwehrchef Nico Schlotterbeck lenkte eine Flanke ins "
            "eigene Tor (45.). In der 72. Minute köpfte Niclas Füllkrug zum 2:1 ein. Den Schlusspunkt setzte der "
            "Angreifer in der Nachspielzeit per Foulelfmeter (90.+1).")
    assert sorted(scorers_of(text)) == [("Niclas Füllkrug", 72), ("Niclas Füllkrug", 90), ("Nico Schlotterbeck", 45)]


def test_a_goal_that_did_not_count_is_no_goal():
    text = ("Hansa Rostock gewann 3:1 gegen den 1. FC Magdeburg. Die Gäste jubelten kurz nach Wiederanpfiff über "
            "den Anschluss. Doch der Treffer von Luca Schuler (52.) zählte nicht: Nach Ansicht der Bilder gab es "
            "Abseits. Lukas Fröde köpfte zum 3:0 ein (65.).")
    assert scorers_of(text) == [("Lukas Fröde", 65)]


def test_a_goal_counted_among_the_finest_still_counts():
    text = ("Hansa Rostock gewann 1:0 gegen den 1. FC Magdeburg. Der Treffer von Kai Pröger (30.) zählte nicht "
            "nur zu den schönsten der Saison.")
    assert scorers_of(text) == [("Kai Pröger", 30)]


def test_minutes_before_the_half_time_whistle_count_back_from_45():
    text = ("Der FC Bayern München gewann beim VfL Wolfsburg 3:2. Klara Bühl zirkelte den Ball vier Minuten vor dem "
            "Pausenpfiff in den Winkel.")
    assert scorers_of(text) == [("Klara Bühl", 41)]


def test_a_scorer_named_by_nationality_and_one_name_scores():
    text = ("Der FC Porto schlug Benfica Lissabon mit 2:0. In der 12. Minute köpfte der Brasilianer Pepê "
            "zum 1:0 ein, nach der Pause erhöhte der Spanier Mikelaurre (67.).")
    assert scorers_of(text) == [("Pepê", 12), ("Mikelaurre", 67)]


def test_the_defence_named_after_a_country_is_no_scorer():
    text = ("Estland verlor gegen die Schweiz mit 1:3. Nach einem Fehler in der Schweizer Abwehr "
            "verkürzte Henri Anier zum 1:2 (71.).")
    assert scorers_of(text) == [("Henri Anier", 71)]


def test_the_player_brought_down_before_a_penalty_is_not_its_scorer():
    text = ("Der SV Wehen Wiesbaden schlug den SC Verl mit 2:1. Thijmen Goppel verwandelte den Strafstoß, "
            "nachdem Nick Bätzner im Strafraum von den Beinen geholt worden war (58.).")
    assert scorers_of(text) == [("Thijmen Goppel", 58)]


def test_a_goalkeeper_who_was_powerless_scored_nothing():
    text = ("Der SC Freiburg gewann gegen Union Berlin 1:0. Lange hielt Frederik Rønnow die Berliner im Spiel, "
            "doch in der 77. Minute war auch der Däne machtlos, als Vincenzo Grifo zum Siegtreffer einschoss.")
    assert [scorer for scorer, _ in scorers_of(text)] == ["Vincenzo Grifo"]


def test_the_defender_whose_mistake_led_to_a_goal_is_not_its_scorer():
    text = ("Der VfL Wolfsburg schlug den FC Augsburg 2:1. Jonas Wind nutzte einen Abstimmungsfehler von "
            "Jeffrey Gouweleeuw eiskalt aus und schob zum 1:0 ein (23.).")
    assert scorers_of(text) == [("Jonas Wind", 23)]


def test_a_genitive_name_and_the_bare_name_later_are_one_scorer():
    text = ("Der 1. FC Heidenheim schlug den VfL Bochum 1:0. Zunächst wurde Marvin Pieringers direkt verwandelter "
            "Freistoß wegen Abseits aberkannt. Die Entscheidung besorgte dann doch Pieringer mit einem Kopfball (84.).")
    assert scorers_of(text) == [("Marvin Pieringer", 84)]


def test_a_player_who_missed_first_and_then_scored_in_his_next_clause_scores():
    text = ("Der SC Paderborn schlug Hertha BSC 2:1. Sven Michel scheiterte zunächst frei vor Hertha-Keeper "
            "Tjark Ernst, machte es in der 58. Minute aber besser und glich aus.")
    assert scorers_of(text) == [("Sven Michel", 58)]


def test_a_miss_followed_by_another_players_goal_gives_the_first_no_goal():
    text = ("Der SC Paderborn schlug Hertha BSC 2:1. Sven Michel scheiterte am Pfosten (52.), "
            "wenig später köpfte Felix Platte zum Ausgleich ein (58.).")
    assert scorers_of(text) == [("Felix Platte", 58)]


def test_a_scorer_who_left_the_keeper_no_chance_still_scores():
    for text in ("Der SC Freiburg schlug Union Berlin 1:0. Vincenzo Grifo ließ Rønnow keine Abwehrchance und "
                 "traf zum 1:0 (77.).",
                 "Der SC Freiburg schlug Union Berlin 1:0. In der 77. Minute traf Vincenzo Grifo, der Schlussmann "
                 "war machtlos."):
        assert scorers_of(text) == [("Vincenzo Grifo", 77)]
