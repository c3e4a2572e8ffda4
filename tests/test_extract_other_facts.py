"""Standings, coach events, quotes and people."""
from __future__ import annotations

import pandas as pd

import lib


def extract(text: str, date: str | None = "2023-11-30"):
    return lib.extract_text(text, date=date)


def test_rank_word_with_points():
    rows = extract("Der SC Paderborn ist nach dem Spieltag Tabellenvierter mit 41 Punkten.").standings
    assert (rows.iloc[0].team, rows.iloc[0].position, rows.iloc[0].points) == ("SC Paderborn 07", 4, 41)


def test_position_noun_with_number_word_and_ordinal():
    rows = extract("Der LASK belegt mit 20 Zählern den fünften Platz, Austria Wien steht auf Platz drei.").standings
    assert set(zip(rows.team, rows.position)) >= {("LASK", 5)}


def test_a_place_number_closing_the_sentence_is_the_position():
    rows = extract("Der SV Sandhausen hat seinen Trainer entlassen. Der Klub belegt mit 28 Punkten Rang 13.").standings
    assert rows[["team", "position", "points"]].values.tolist() == [["SV Sandhausen", 13, 28]]


def test_a_bracketed_minute_after_the_club_a_goal_is_told_of_is_no_rank():
    text = ("Der FC Hansa Rostock gewann mit 2:1 gegen den SC Verl. Das 1:0 des FC Hansa Rostock (12.) fiel "
            "nach einer Ecke, den Ausgleich durch den SC Verl (55.) konterte Rostock spät.")
    assert extract(text).standings.empty


def test_a_place_the_team_aims_for_at_the_end_of_a_sentence_is_no_position():
    rows = extract("Der SC Verl gewann erneut. Dem SC Verl fehlen nur noch drei Punkte bis Platz 2.").standings
    assert rows.empty, rows


def test_second_to_last_in_the_third_league_written_as_fussball_liga():
    text = "Der VfL Osnabrück verlor in der 3. Fußball-Liga mit 0:2 gegen den SC Verl und ist Vorletzter."
    rows = extract(text).standings
    assert rows[["team", "position"]].values.tolist() == [["VfL Osnabrück", 19]]


def test_points_belong_to_the_position_of_their_own_clause():
    rows = extract("Red Bull Salzburg liegt nun mit 38 Zählern auf Rang zwei, der SK Rapid ist Vierter.").standings
    points = {team: (position, points) for team, position, points in zip(rows.team, rows.position, rows.points)}
    assert points["Red Bull Salzburg"] == (2, 38)
    assert points["SK Rapid Wien"][0] == 4 and points["SK Rapid Wien"][1] is pd.NA


def test_points_before_a_relative_clause_still_count():
    rows = extract("Mit 37 Zählern liegt der FCK, der am Sonntag gewann, auf Rang sieben.").standings
    assert (rows.iloc[0].team, rows.iloc[0].position, rows.iloc[0].points) == ("1. FC Kaiserslautern", 7, 37)


def test_taking_or_holding_the_top_of_the_table_is_first_place():
    rows = extract("Servette Genf hat den FC Luzern mit 3:0 bezwungen. Servette übernimmt damit die "
                   "Tabellenspitze mit 16 Punkten.").standings
    assert (rows.iloc[0].team, rows.iloc[0].position, rows.iloc[0].points) == ("Servette FC", 1, 16)
    rows = extract("Der SK Sturm Graz bleibt nach dem 2:0 gegen Rapid an der Tabellenspitze.").standings
    assert (rows.iloc[0].team, rows.iloc[0].position) == ("SK Sturm Graz", 1)


def test_distance_to_the_top_of_the_table_is_no_position():
    assert extract("Der LASK hat den Rückstand auf die Tabellenspitze verkürzt.").standings.empty

def test_pitch_is_not_a_table_position():
    assert extract("Der 1. FC Kaiserslautern zeigte auf dem Platz eine starke Leistung.").standings.empty


def test_dismissal_with_relative_date_resolved_against_article_date():
    text = "Der FC Schalke 04 hat sich am Dienstag von Trainer Karel Geraerts getrennt."
    row = extract(text).coach_events.iloc[0]
    assert (row.person, row.club, row.event) == ("Karel Geraerts", "FC Schalke 04", "dismissed")
    assert row.date == "2023-11-28"  # the Tuesday before Thursday 2023-11-30


def test_sacking_at_a_second_club_goes_to_the_club_opening_its_sentence():
    text = ("Red Bull Salzburg setzte sich gegen den SK Rapid mit 3:1 durch. Rapid bleibt Vierter. "
            "Beim LASK gab es unterdessen die nächste Trainerentlassung: Markus Schopp muss gehen, "
            "interimistisch übernimmt Co-Trainer Andreas Wieland.")
    rows = extract(text).coach_events.set_index("person")
    assert (rows.loc["Markus Schopp", "club"], rows.loc["Markus Schopp", "event"]) == ("LASK", "dismissed")
    assert (rows.loc["Andreas Wieland", "club"], rows.loc["Andreas Wieland", "event"]) == ("LASK", "interim")


def test_a_defeat_at_another_club_is_not_where_the_coach_was_sacked():
    text = "Nach dem 0:3 beim LASK hat der SK Rapid Trainer Robert Klauß entlassen."
    rows = extract(text).coach_events
    assert rows[["person", "club", "event"]].values.tolist() == [["Robert Klauß", "SK Rapid Wien", "dismissed"]]


def test_the_ground_of_a_defeat_is_not_the_club_of_the_interim_coach():
    text = ("Der TSV Hartberg steckt in der Krise. Nach dem 1:4 beim LASK übernimmt Co-Trainer Max Huber "
            "interimistisch.")
    rows = extract(text).coach_events
    assert "LASK" not in rows.club.tolist(), rows[["person", "club", "event"]].values.tolist()


def test_a_coach_named_by_a_nickname_compound_is_the_one_suspended():
    text = ("Holstein Kiel muss zwei Spiele ohne Markus Fiedler auskommen. Das Sportgericht verurteilte "
            "den Störche-Trainer zu einer Sperre von zwei Partien.")
    rows = extract(text).coach_events
    assert rows[["person", "event"]].values.tolist() == [["Markus Fiedler", "suspended"]]


def test_the_assistant_taking_over_during_a_suspension_is_interim_coach():
    text = ("Trainer Markus Fiedler ist für zwei Spiele gesperrt. Während der Sperre übernimmt sein Assistent "
            "Jan Brehm das Coaching beim 1. FC Magdeburg.")
    rows = extract(text).coach_events
    assert sorted(map(tuple, rows[["person", "event"]].values.tolist())) == [
        ("Jan Brehm", "interim"), ("Markus Fiedler", "suspended")]


def test_a_coach_named_in_the_phrase_of_his_suspension_stays_suspended():
    text = ("Während der Sperre von Cheftrainer Markus Fiedler übernimmt Co-Trainer Jan Brehm "
            "beim 1. FC Magdeburg.")
    rows = extract(text).coach_events
    assert ("Markus Fiedler", "suspended") in set(map(tuple, rows[["person", "event"]].values.tolist()))
    assert ("Markus Fiedler", "interim") not in set(map(tuple, rows[["person", "event"]].values.tolist()))


def test_a_work_contract_stretched_to_a_later_year_is_an_extension():
    text = "Der SC Verl hat das Arbeitspapier von Trainer Jonas Brehm vorzeitig bis 2028 ausgedehnt."
    rows = extract(text).coach_events
    assert rows[["person", "event"]].values.tolist() == [["Jonas Brehm", "extended"]]


def test_a_players_suspension_in_a_relative_clause_is_no_coach_event():
    text = ("Der VfL Wolfsburg empfängt am Samstag die TSG Hoffenheim. Trainer Ralph Hasenhüttl kann wieder "
            "auf Kapitän Maximilian Arnold zurückgreifen, der nach seiner Gelbsperre zurückkehrt.")
    assert extract(text).coach_events.empty


def test_a_coachs_suspension_in_a_relative_clause_is_his():
    text = ("Der VfL Wolfsburg muss am Samstag auf Trainer Ralph Hasenhüttl verzichten, der nach seinem "
            "Platzverweis für zwei Spiele gesperrt wurde.")
    rows = extract(text).coach_events
    assert rows[["person", "event"]].values.tolist() == [["Ralph Hasenhüttl", "suspended"]]


def test_future_appointment_with_a_start_date_in_the_coming_months():
    text = ("Der 1. FC Nürnberg hat einen neuen Cheftrainer gefunden. Miroslav Klose wird ab dem 1. Juli "
            "die Mannschaft des Zweitligisten übernehmen.")
    row = extract(text, date="2025-05-22").coach_events.iloc[0]
    assert (row.person, row.club, row.event, row.date) == ("Miroslav Klose", "1. FC Nürnberg", "appointed",
                                                           "2025-07-01")


def test_a_past_day_without_year_is_the_last_one():
    row = extract("Der 1. FC Nürnberg hat am 3. März Trainer Cristian Fiél entlassen.",
                  date="2025-05-22").coach_events.iloc[0]
    assert row.date == "2025-03-03"


def test_a_dismissal_at_the_previous_club_belongs_to_that_club():
    text = ("Der 1. FC Nürnberg hat Miroslav Klose als neuen Cheftrainer vorgestellt. Der frühere Nationalspieler "
            "war zuletzt beim SCR Altach tätig, wo er im Frühjahr 2024 entlassen worden war.")
    rows = extract(text, date="2025-05-22").coach_events.set_index("event")
    assert rows.loc["appointed", "club"] == "1. FC Nürnberg"
    assert (rows.loc["dismissed", "club"], rows.loc["dismissed", "date"]) == ("SCR Altach", "2024")


def test_promotion_from_interim_coach_is_an_appointment_and_an_age_names_the_subject():
    text = ("Der Hamburger SV hat Merlin Polzin vom Interimstrainer zum Cheftrainer befördert. Der 34-Jährige "
            "hatte die Mannschaft nach der Trennung von Steffen Baumgart Ende November übernommen.")
    rows = extract(text, date="2025-01-15").coach_events
    assert sorted(zip(rows.person, rows.event)) == [("Merlin Polzin", "appointed"), ("Steffen Baumgart", "dismissed")]

def test_rumour_is_a_candidacy_and_refusal_is_unavailable():
    text = ("Beim VfL Bochum soll Trainer Dieter Hecking als Nachfolger gehandelt werden. "
            "Coach Bo Svensson steht dagegen nicht zur Verfügung.")
    events = set(zip(extract(text).coach_events.person, extract(text).coach_events.event))
    assert ("Dieter Hecking", "candidate") in events
    assert ("Bo Svensson", "unavailable") in events


def test_player_transfer_is_not_a_coach_event():
    text = "Stürmer Kevin Stöger wechselte im Sommer vom VfL Bochum zu Borussia Mönchengladbach."
    assert extract(text).coach_events.empty


def test_quote_after_with_role_reference_speaker():
    text = ("Geschäftsführer Thomas Hengen sprach nach dem Spiel. "
            "«Wir müssen jetzt ruhig bleiben und weiterarbeiten», bekräftigte der FCK-Boss.")
    quote = extract(text).quotes.iloc[0]
    assert quote.speaker == "Thomas Hengen"
    assert quote.text.startswith("Wir müssen jetzt ruhig bleiben")


def test_quote_before_with_colon_and_german_marks():
    text = "Trainer Christian Ilzer sagte: „Das war heute eine reife Leistung meiner Mannschaft.“"
    quote = extract(text).quotes.iloc[0]
    assert quote.speaker == "Christian Ilzer"


def test_quoted_title_is_not_a_quote():
    text = 'Das berichtet der "Kicker" unter Berufung auf Vereinskreise.'
    assert extract(text).quotes.empty


def test_genitive_and_surname_mentions_link_to_full_name():
    text = ("Nach Philipp Hofmanns frühem Führungstor glich der Gegner aus. "
            "Später traf Hofmann erneut.")
    people = extract(text).people
    assert "Philipp Hofmann" in set(people.name)
    assert "Philipp Hofmanns" not in set(people.name)
    assert people.set_index("name").loc["Philipp Hofmann", "n_mentions"] == 2


def test_extraction_never_raises_on_odd_text():
    for text in ["", ":", "0:0", "«", "„unclosed", "(90.+)", "Tore: 1:0 (", "\x00\u200f\u202e", "1. FC" * 50]:
        frames = lib.extract_text(text)
        assert len(frames.articles) == 1


def test_a_sacking_needs_no_coach_title_when_the_verb_says_it():
    row = extract("Hertha BSC hat Cristian Fiél beurlaubt.").coach_events.iloc[0]
    assert (row.person, row.club, row.event) == ("Cristian Fiél", "Hertha BSC", "dismissed")


def test_federation_stands_for_its_national_team_but_its_cup_is_no_team():
    row = extract("Julian Nagelsmann bleibt Bundestrainer: Der DFB hat den Vertrag mit ihm verlängert.").coach_events.iloc[0]
    assert (row.club, row.event) == ("Deutschland", "extended")
    clubs = set(lib.extract_text("Der 1. FC Saarbrücken warf im DFB-Pokal den FC Bayern München raus.").matches.home_team)
    assert "Deutschland" not in clubs


def test_nationality_mention_refers_to_the_coach_just_named():
    text = ("Beim FC Zürich ist Trainer Ricardo Moniz nach nur 16 Spielen Geschichte. "
            "Der Niederländer wurde mit sofortiger Wirkung freigestellt.")
    events = extract(text).coach_events
    assert list(zip(events.person, events.event)) == [("Ricardo Moniz", "dismissed")]


def test_interim_cue_at_the_start_of_a_sentence():
    text = "Der TSV 1860 München hat sich von Cheftrainer Argirios Giannikis getrennt. Interimsweise übernimmt Frank Schmöller."
    events = set(zip(extract(text).coach_events.person, extract(text).coach_events.event))
    assert ("Frank Schmöller", "interim") in events and ("Frank Schmöller", "appointed") not in events


def test_position_of_the_team_a_pronoun_refers_to():
    text = "Der VfB Stuttgart unterlag bei Eintracht Frankfurt mit 1:2. Damit rutschen sie auf Platz drei ab."
    rows = extract(text).standings
    assert list(zip(rows.team, rows.position)) == [("VfB Stuttgart", 3)]


def test_superscript_digits_cost_no_facts():
    """'²' is a digit to str.isdigit but no number to int(): an article with such characters
    must keep all its facts."""
    text = ("Der 1. FC Kaiserslautern gewann gegen den VfL Bochum mit 2:1. Marlon Ritter traf nach ³⁰ Minuten, "
            "Ragnar Ache (75.) erhöhte. Der FCK steht nun auf Rang ² mit ²⁰ Zählern und ist Tabellenzweiter "
            "mit 20 Punkten. Trainer Markus Anfang war am ². März entlassen worden.")
    frames = lib.extract_text(text, date="2024-03-10")
    assert frames.problems.empty, frames.problems["reason"].tolist()
    assert len(frames.matches) == 1 and "Ragnar Ache" in set(frames.goals["player"])
    assert 2 in set(frames.standings["position"])


def test_a_first_name_ending_in_s_is_no_genitive_and_a_noun_can_be_a_surname():
    rows = extract('Trainer Markus Anfang warnt vor dem Gegner: "Der KSC spielt einen sehr mutigen Fußball."').quotes
    assert rows.speaker.tolist() == ["Markus Anfang"]


def test_a_surname_that_is_also_a_cue_word_is_no_cue():
    text = "«Am Ende zählen die drei Punkte», sagte Trainer Aziz Korb nach dem 2:0 des FC Bayern."
    assert extract(text).coach_events.empty


def test_a_plural_copula_gives_the_position():
    rows = extract("Der FSV Mainz 05 gewann gegen den 1. FC Heidenheim mit 2:0. Die Mainzer sind nun Vierter.").standings
    assert (rows.iloc[0].team, rows.iloc[0].position) == ("1. FSV Mainz 05", 4)


def test_a_bare_ordinal_after_a_copula_is_a_table_position():
    rows = extract("Der VfL Bochum verlor beim SC Freiburg mit 0:2. Die Bochumer sind nun 17. mit zwölf Punkten.").standings
    assert list(zip(rows.team, rows.position, rows.points)) == [("VfL Bochum", 17, 12)]


def test_an_ordinal_before_a_noun_or_a_date_is_no_table_position():
    text = ("Der VfL Bochum verlor beim SC Freiburg mit 0:2. Das nächste Heimspiel ist am 14. Dezember, "
            "und es war die 17. Niederlage der Bochumer.")
    assert extract(text).standings.empty


def test_a_place_number_ends_its_sentence_before_the_next_team():
    rows = extract("Die Young Boys siegten in Lugano 2:0. YB liegt mit 24 Punkten neu auf Platz 2. "
                   "Leader bleibt Thun mit 29 Punkten.").standings
    assert set(zip(rows.team, rows.position, rows.points)) == {("BSC Young Boys", 2, 24), ("FC Thun", 1, 29)}


def test_a_team_noun_with_a_city_owns_the_position_of_its_clause():
    rows = extract("Der FCK ist mit elf Punkten Tabellensechster, der Aufsteiger aus Magdeburg steht mit "
                   "vier Zählern auf Rang 16.").standings
    assert set(zip(rows.team, rows.position, rows.points)) == {
        ("1. FC Kaiserslautern", 6, 11), ("1. FC Magdeburg", 16, 4)}


def test_the_coach_someone_follows_is_not_appointed():
    rows = extract("Der SKN St. Pölten hat sich am Montag von Cheftrainer Bernhard Aigner getrennt. Wer dauerhaft "
                   "auf Aigner folgt, ist offen. Beim FC Basel folgt Fabio Celestini auf Heiko Vogel.").coach_events
    assert set(zip(rows.person, rows.event)) == {("Bernhard Aigner", "dismissed"), ("Fabio Celestini", "appointed")}


def test_a_club_word_after_a_first_name_is_a_surname():
    frames = extract("Der SC Freiburg hat sich von Trainer Ron-Robert Rieder getrennt. «Wir danken ihm», "
                     "sagte Sportvorstand Marco Antwerpen. Mats Jahn fällt verletzt aus.")
    assert set(frames.people.name) >= {"Ron-Robert Rieder", "Marco Antwerpen", "Mats Jahn"}
    assert list(frames.coach_events.person) == ["Ron-Robert Rieder"]


def test_a_former_leader_and_a_rank_noun_as_object_give_no_position():
    text = ("Inter Mailand besiegte die SSC Neapel mit 3:1 und zieht mit 28 Punkten am bisherigen Tabellenführer "
            "vorbei. Nach der Pause bot sich dem Tabellensechsten die große Gelegenheit.")
    assert extract(text).standings.empty


def test_a_womens_team_called_by_its_feminine_demonym():
    rows = extract("Der VfL Wolfsburg gewann bei Eintracht Frankfurt mit 2:1. Die Frankfurterinnen rutschen mit "
                   "22 Punkten auf Rang vier ab.").standings
    assert list(zip(rows.team, rows.position)) == [("Eintracht Frankfurt", 4)]


def test_a_bare_ordinal_after_a_past_copula_is_a_table_position():
    rows = extract("Schalke verlor mit 0:2 gegen den HSV. Die Schalker waren nun 14. mit 20 Punkten.").standings
    assert list(zip(rows.team, rows.position, rows.points)) == [("FC Schalke 04", 14, 20)]


def test_a_rumour_is_about_the_club_searching_not_the_candidates_past_clubs():
    text = ("Der SV Ried hat sich von Trainer Peter Lang getrennt. Als Favorit gilt Mario Weber, der bis zum "
            "Sommer den Grazer AK betreut hatte. Auch der frühere Altach-Coach Tom Fuchs wird gehandelt.")
    rows = extract(text, date="2025-03-02").coach_events
    candidates = rows[rows.event == "candidate"].set_index("person").club
    assert candidates.to_dict() == {"Mario Weber": "SV Ried", "Tom Fuchs": "SV Ried"}


def test_a_dismissal_told_of_a_candidate_is_his_past_and_opens_no_vacancy():
    text = ("Der VfL Osnabrück sucht einen neuen Trainer, nachdem Jan Ahrens zurückgetreten ist. Erste Wahl war "
            "Uwe Roth, der im Vorjahr beim FC Ingolstadt 04 entlassen worden war. Nun gilt Kai Brandt als Kandidat.")
    rows = set(zip(*[extract(text, date="2025-03-02").coach_events[c] for c in ("person", "event", "club")]))
    assert ("Uwe Roth", "dismissed", "FC Ingolstadt 04") in rows
    assert ("Kai Brandt", "candidate", "VfL Osnabrück") in rows


def test_the_opponent_of_an_announced_match_is_not_the_interim_coachs_club():
    text = ("Der VfL Osnabrück trennte sich von Trainer Jan Ahrens. Für das Auswärtsspiel beim FC Ingolstadt 04 "
            "übernahm U19-Coach Max Brück interimsweise.")
    rows = extract(text, date="2025-03-02").coach_events.set_index("event")
    assert rows.loc["interim", "club"] == "VfL Osnabrück"


def test_a_resignation_after_a_defeat_belongs_to_the_club_opening_the_sentence():
    text = ("Der FC Luzern hat seinen Trainer entlassen, der FC Luzern sucht. "
            "Beim SCR Altach trat Trainer Jan Ahrens nach dem 0:4 gegen den LASK zurück.")
    rows = extract(text, date="2025-03-02").coach_events
    assert list(zip(rows.person, rows.event, rows.club)) == [("Jan Ahrens", "resigned", "SCR Altach")]


def test_a_declined_adjective_in_a_club_name_is_still_the_club():
    text = "Nach dem Rückzug von Trainer Jan Ahrens sucht man beim Halleschen FC einen Nachfolger."
    rows = extract(text, date="2025-03-02").coach_events
    assert list(zip(rows.person, rows.event, rows.club)) == [("Jan Ahrens", "resigned", "Hallescher FC")]


def test_the_match_winner_as_speaker_is_the_player_just_named():
    text = ('Erst in der Nachspielzeit köpfte Lukas Brenner den Ball ins Netz. "Ich habe nur die Stirn hingehalten, '
            'mehr war das nicht", gestand der Matchwinner nach dem Abpfiff.')
    assert extract(text).quotes.speaker.tolist() == ["Lukas Brenner"]


def test_the_person_whose_team_it_is_is_its_coach_and_may_extend_his_contract():
    text = ("Die Mannschaft von Henrik Sommerfeld beendete die Saison auf Rang vier. "
            "Sommerfeld hat seinen Vertrag beim SV Sandhausen vorzeitig bis 2028 verlängert.")
    rows = extract(text, date="2025-05-20").coach_events
    assert list(zip(rows.person, rows.event, rows.club)) == [("Henrik Sommerfeld", "extended", "SV Sandhausen")]


def test_coming_as_someones_successor_is_an_appointment():
    text = ("Der SV Meppen hat sich von Cheftrainer Rune Halvorsen getrennt. Der Norweger war im Frühjahr 2023 als "
            "Nachfolger des entlassenen Bernd Kolbeck ins Emsland gekommen.")
    rows = set(zip(*[extract(text, date="2025-05-20").coach_events[c] for c in ("person", "event")]))
    assert ("Rune Halvorsen", "appointed") in rows
    assert ("Bernd Kolbeck", "appointed") not in rows


def test_a_pronoun_opening_the_sentence_before_a_colon_is_the_person_just_quoted():
    text = ('"Wir haben heute sehr geduldig gespielt", sagte Trainerin Mareike Voss. Sie blickte auch schon '
            'voraus: "Am Samstag wartet die nächste schwere Aufgabe auf uns."')
    rows = extract(text).quotes
    assert rows.speaker.tolist() == ["Mareike Voss", "Mareike Voss"]


def test_a_quotation_right_after_an_attributed_one_goes_on_with_its_speaker():
    text = ('„Wir waren in der ersten Hälfte viel zu passiv“, meinte Kapitän Jonas Ebeling. „Nach der Pause hat '
            'man dann eine andere Mannschaft gesehen.“')
    assert extract(text).quotes.speaker.tolist() == ["Jonas Ebeling", "Jonas Ebeling"]
    # a sentence of reported speech in between keeps the speaker
    text = ('„Der Schritt ist uns schwergefallen“, erklärte Sportchef Anton Pfeifer. Die Ergebnisse hätten aber '
            'keine andere Wahl gelassen. „Nach drei Niederlagen in Folge mussten wir handeln.“')
    assert extract(text).quotes.speaker.tolist() == ["Anton Pfeifer", "Anton Pfeifer"]


def test_a_quotation_after_someone_else_is_named_or_a_narrated_sentence_has_no_speaker():
    text = ('„Wir waren in der ersten Hälfte viel zu passiv“, meinte Kapitän Jonas Ebeling. Auch Moritz Kleeberg '
            'war unzufrieden. „Nach der Pause hat man dann eine andere Mannschaft gesehen.“')
    assert extract(text).quotes.speaker.tolist() == ["Jonas Ebeling"]
    text = ('„Wir waren in der ersten Hälfte viel zu passiv“, meinte Kapitän Jonas Ebeling. Die Gäste sahen das '
            'naturgemäß ganz anders. „Nach der Pause hat man dann eine andere Mannschaft gesehen.“')
    assert extract(text).quotes.speaker.tolist() == ["Jonas Ebeling"]


def test_a_speaker_line_without_quotation_marks_holds_a_quote():
    text = ("Die Stimmen nach dem Spiel:\n\n"
            "Jonas Ebeling (Kapitän SV Meppen) nach dem Spiel:\nWir haben heute gezeigt, was in uns steckt.\n\n"
            "Moritz Kleeberg: Mir fehlen ein bisschen die Worte, das war ein besonderer Abend.")
    rows = extract(text).quotes
    assert list(zip(rows.speaker, rows.text)) == [
        ("Jonas Ebeling", "Wir haben heute gezeigt, was in uns steckt."),
        ("Moritz Kleeberg", "Mir fehlen ein bisschen die Worte, das war ein besonderer Abend.")]


def test_a_name_line_with_narration_or_a_box_line_is_no_quote():
    text = ("Tore: 1:0 Jonas Ebeling (12.), 2:0 Moritz Kleeberg (55.)\n\n"
            "Moritz Kleeberg: Der Stürmer traf doppelt und wurde ausgewechselt.\n\n"
            "Jonas Ebeling (SV Meppen): Gelbe Karte wegen Meckerns in der Nachspielzeit.")
    assert extract(text).quotes.empty


def test_a_copula_with_a_role_gives_the_name_that_role():
    text = ("Der SV Meppen hat Co-Trainer Ole Brandt entlassen. Jan Hofer wird neuer Cheftrainer des SV Meppen. "
            'Der neue Coach gab sich kämpferisch: "Wir werden jeden Tag hart an uns arbeiten."')
    frames = extract(text, date="2025-05-20")
    assert frames.people.set_index("name").loc["Jan Hofer", "role"] == "coach"
    assert frames.quotes.speaker.tolist() == ["Jan Hofer"]


def test_a_role_given_with_als_names_the_person_a_later_role_word_means():
    text = ("Der SV Meppen hat Jan Hofer als neuen Cheftrainer verpflichtet. Co-Trainer Ole Brandt hatte zuvor "
            "ausgeholfen, nun übernimmt Hofer. Der neue Coach gab sich kämpferisch: \"Wir werden jeden Tag hart an uns arbeiten.\"")
    frames = extract(text, date="2025-05-20")
    assert frames.people.set_index("name").loc["Jan Hofer", "role"] == "coach"
    assert frames.quotes.speaker.tolist() == ["Jan Hofer"]


def test_als_before_a_title_and_a_name_is_a_comparison_not_a_role():
    text = ("Der FC Bayern München gewann mit 2:0. Die Fans haben mehr Vertrauen in Thomas Müller "
            "als Trainer Karel Geraerts.")
    people = extract(text, date="2025-05-20").people.set_index("name")
    role = people.loc["Thomas Müller", "role"]
    assert pd.isna(role) or role != "coach", role


def test_a_scorer_in_a_tore_list_is_no_coach_a_later_trainer_refers_to():
    text = ("Der SV Werder Bremen gewann mit 2:1 gegen den FC Augsburg. Tore: Ducksch 29., Weiser 57. bzw. "
            'Vargas 70. Der Trainer sagte danach: "Wir haben heute verdient gewonnen."')
    assert extract(text).quotes.speaker.dropna().tolist() == []


def test_an_age_adjective_before_a_noun_refers_to_nobody_before():
    text = ("Auch Co-Trainer Ole Brandt muss gehen. Der 46-jährige Steirer Jan Hofer wird neuer Cheftrainer "
            "beim SV Meppen.")
    rows = extract(text, date="2025-05-20").coach_events
    assert ("Ole Brandt", "appointed") not in set(zip(rows.person, rows.event))
    assert ("Jan Hofer", "appointed") in set(zip(rows.person, rows.event))


def test_a_noun_after_a_possessive_and_an_adjective_is_no_name():
    text = ('Zweimal traf Stürmerin Lena Brandt. Brandt, die bereits ihr drittes Pflichtspieltor erzielte, '
            'freute sich über den Sieg: "Das war heute eine richtig starke Leistung von uns allen."')
    frames = extract(text)
    assert "Pflichtspieltor" not in set(frames.people.name)
    assert frames.quotes.speaker.tolist() == ["Lena Brandt"]


def test_the_top_of_a_table_and_leading_it_with_points_are_first_place():
    text = ("Der SV Ried bleibt mit 18 Punkten an der Spitze der 2. Liga. In der Tabelle führt der FC Basel mit "
            "30 Punkten, der FC Luzern folgt auf Rang zwei.")
    rows = extract(text, date="2025-03-02").standings
    assert set(zip(rows.team, rows.position)) == {("SV Ried", 1), ("FC Basel", 1), ("FC Luzern", 2)}
    assert rows.set_index("team").points.dropna().to_dict() == {"SV Ried": 18, "FC Basel": 30}


def test_the_top_of_a_clubs_board_is_no_table_position():
    text = "Beim SV Ried gibt es einen Wechsel an der Spitze des Vereins. Der FC Basel führt den Pokal an."
    assert extract(text, date="2025-03-02").standings.empty


def test_taking_the_lead_with_points_between_verb_and_noun():
    rows = extract("Der SV Ried übernimmt mit 25 Punkten die Tabellenführung.", date="2025-03-02").standings
    assert list(zip(rows.team, rows.position, rows.points)) == [("SV Ried", 1, 25)]


def test_a_team_called_after_its_coach_is_the_team_spoken_of():
    text = ("Der VfB Stuttgart gewann 2:1 gegen den SC Freiburg. Die Brück-Elf klettert mit 24 Punkten auf "
            "Rang drei, der SC Freiburg steckt bei 21 Zählern fest.")
    rows = extract(text, date="2025-03-02").standings
    assert list(zip(rows.team, rows.position)) == [("VfB Stuttgart", 3)]


def test_a_low_quotation_mark_closed_by_a_straight_one_is_still_a_quote():
    text = ('„Wir haben heute verdient gewonnen, das war ein starker Auftritt", sagte Trainer Jan Brück '
            'nach dem Spiel.')
    rows = extract(text, date="2025-03-02").quotes
    assert list(rows.speaker) == ["Jan Brück"] and rows.text.iloc[0].startswith("Wir haben heute")


def test_leading_the_table_with_a_closing_particle_and_a_bare_place_name_between_full_names():
    text = ("Der SV Ried gewann gegen den SV Lindendorf 2:0. Ried führt mit 34 Punkten an. "
            "Lindendorf ist nun Siebter. Der SV Lindendorf spielt am Freitag.")
    rows = extract(text, date="2025-03-02").standings
    assert set(zip(rows.team, rows.position)) == {("SV Ried", 1), ("SV Lindendorf", 7)}


def test_the_opponent_of_an_announced_match_with_adjectives_is_not_the_interim_coachs_club():
    text = ("Der VfL Osnabrück trennte sich von Trainer Jan Ahrens. Für das Auswärtsspiel beim sehr "
            "formstarken FC Ingolstadt 04 übernahm U19-Coach Max Brück interimsweise.")
    rows = extract(text, date="2025-03-02").coach_events.set_index("event")
    assert rows.loc["interim", "club"] == "VfL Osnabrück"


def coach_rows(text: str, date: str = "2025-03-12") -> set[tuple[str, str]]:
    rows = extract(text, date=date).coach_events
    return set(zip(rows.person, rows.event))


def test_a_player_signing_in_coach_news_is_no_appointment():
    text = ("Holstein Kiel hat seinen Wunschstürmer: Jonas Brammer wechselt von Hansa Rostock an die Förde und "
            "unterschreibt einen Vertrag bis 2028. Zudem verlängerte der Klub den Vertrag mit Trainer "
            "Ole Vestergaard bis 2027.")
    assert coach_rows(text) == {("Ole Vestergaard", "extended")}


def test_the_person_a_dismissal_noun_names_is_the_one_dismissed():
    text = ("Beim FC Gütersloh saß Co-Trainer Rainer Kolb auf der Bank, der nach der Trennung von Cheftrainer "
            "Ingo Fenske die Mannschaft übergangsweise betreut.")
    assert coach_rows(text) == {("Ingo Fenske", "dismissed"), ("Rainer Kolb", "interim")}


def test_taking_over_the_game_is_no_appointment():
    text = ("Der SC Paderborn kam gegen den 1. FC Magdeburg zu einem 1:1. Nach der Pause übernahm die Elf "
            "von Trainer Lukas Kwasniok mehr Spielanteile.")
    assert coach_rows(text) == set()


def test_a_separable_verb_cue_needs_its_particle_at_the_clause_end():
    text = ("Beim VfB Lübeck ist die Zeit von Trainer Florian Schnorrenberg vorbei. Der Klub stellte den "
            "52-Jährigen am Dienstag frei, zwei Tage nach dem 1:3 vor eigenem Publikum.")
    assert coach_rows(text) == {("Florian Schnorrenberg", "dismissed")}
    presented = "Der VfB Lübeck stellte am Mittwoch Trainer Jens Martens vor."
    assert coach_rows(presented) == {("Jens Martens", "appointed")}


def test_an_expiring_contract_that_is_prolonged_is_no_departure():
    text = ("Der SV Ried hat den im Sommer auslaufenden Vertrag mit Cheftrainer Maximilian Senft vorzeitig "
            "bis 2028 ausgedehnt.")
    assert coach_rows(text) == {("Maximilian Senft", "extended")}


def test_the_new_coach_spoken_of_without_a_name_is_not_the_scorer_just_named():
    text = ("Beim 1:1 gegen den VfL Bochum rettete Kevin Behrens dem FC Augsburg einen Punkt, die Fans warten "
            "aber weiter auf einen Sieg unter dem neuen Trainer.")
    assert coach_rows(text) == set()


def test_an_assistant_standing_in_on_the_touchline_is_an_interim_coach():
    text = ("Cheftrainer Stefan Leitl ist für zwei Spiele gesperrt. In dieser Zeit wird Co-Trainer André Hahn "
            "die Mannschaft an der Seitenlinie betreuen.")
    assert ("André Hahn", "interim") in coach_rows(text)


def test_rising_from_assistant_to_head_coach_is_an_appointment():
    text = ("Der Karlsruher SC plant weiter mit Tobias Brenner. Brenner, der im März 2021 vom Assistenten zum "
            "Cheftrainer aufgerückt war, hat noch einen Vertrag bis 2026.")
    assert ("Tobias Brenner", "appointed") in coach_rows(text)


def standing_rows(text: str, date: str = "2025-03-12") -> set[tuple]:
    rows = extract(text, date=date).standings
    return set(zip(rows.team, rows.position, rows.points.astype(object).where(rows.points.notna(), None)))


def test_a_rank_word_after_an_indefinite_article_names_no_team():
    text = ("Der 14. Spieltag im Überblick – mit einem souveränen Spitzenreiter und einem Eigentor, das den "
            "SV Horn noch tiefer in die Krise stürzt.")
    assert standing_rows(text) == set()


def test_an_ordinal_opening_the_sentence_before_a_copula_is_the_teams_position():
    assert standing_rows("Dritter ist der VfL Wolfsburg, der am Sonntag noch antreten muss.") == {("VfL Wolfsburg", 3, None)}


def test_a_beaten_rank_word_is_the_opponents_position():
    text = ("Der FC Tuggen hat den FC Luzern mit 3:2 besiegt. Der FC Tuggen, Leader der Gruppe 3, hat damit "
            "den Tabellenvierten der Super League aus dem Cup geworfen.")
    rows = standing_rows(text)
    assert ("FC Luzern", 4, None) in rows
    assert not any(team == "FC Tuggen" and position == 4 for team, position, _ in rows)


def test_the_gap_to_a_place_is_no_place_but_the_gap_to_a_named_leader_tells_who_leads():
    assert standing_rows("Der Rückstand des Karlsruher SC auf den dritten Platz betrug am Ende acht Punkte.") == set()
    rows = standing_rows("Basel verpasste es, den Abstand auf Leader Servette zu verkürzen.")
    assert {(team, position) for team, position, _ in rows} == {("Servette FC", 1)}


def test_a_rank_word_opening_a_sentence_means_the_one_club_named_just_before():
    text = ("Der SC Paderborn gewann 2:0 gegen den 1. FC Magdeburg. Ruhe herrscht dagegen bei Fortuna "
            "Düsseldorf. Der Tabellenzweite hat den Vertrag mit Trainer Daniel Thioune verlängert.")
    assert ("Fortuna Düsseldorf", 2, None) in standing_rows(text)


def test_leading_the_table_is_told_beside_the_days_score():
    text = ("Bayer Leverkusen setzte sich mit 3:0 bei Werder Bremen durch und führt die Tabelle mit 34 Punkten "
            "weiter an.")
    assert ("Bayer Leverkusen", 1, 34) in standing_rows(text)


def test_points_before_behind_the_leader_are_not_the_leaders():
    text = "Eintracht Frankfurt liegt mit 22 Zählern vier Punkte hinter Spitzenreiter FC Bayern München."
    assert ("FC Bayern München", 1, None) in standing_rows(text)


def test_a_club_word_between_prefix_and_place_is_part_of_an_unknown_clubs_name():
    text = ("Der FC Astoria Walldorf gewann beim Bahlinger SC mit 2:1. "
            "Walldorf verbessert sich mit nun 24 Punkten auf Rang neun.")
    frames = extract(text)
    assert frames.matches.away_team.tolist() == ["FC Astoria Walldorf"]
    assert ("FC Astoria Walldorf", 9, 24) in standing_rows(text)


def speakers(text: str) -> list[str]:
    return extract(text).quotes.speaker.tolist()


def test_a_pronoun_after_the_verb_of_a_colon_clause_is_the_last_speaker():
    text = ("„Wir haben zu viele Chancen vergeben“, sagte Trainer Markus Kauczinski. Dem Schiedsrichter wollte "
            "er keinen Vorwurf machen: „Der Elfmeter war vertretbar.“")
    assert speakers(text) == ["Markus Kauczinski", "Markus Kauczinski"]


def test_someone_named_after_a_preposition_in_the_colon_clause_is_not_the_speaker():
    text = ("Lukas Hinterseer traf zum 2:1. „Wir sind zufrieden“, sagte Trainer Alexander Schmidt. Über den "
            "jungen Torschützen geriet er ins Schwärmen: „Er hat einen feinen Fuß.“")
    assert speakers(text) == ["Alexander Schmidt", "Alexander Schmidt"]


def test_a_quotation_standing_alone_after_someones_reported_speech_is_theirs():
    text = ("WAC-Trainer Peter Pacult gab zu, dass seine Mannschaft Glück gehabt habe. «Wir haben es uns selbst "
            "schwer gemacht. Am Ende zählt nur das Weiterkommen.»")
    assert speakers(text) == ["Peter Pacult"]


def test_a_department_after_a_title_is_no_name():
    text = '"Er hat die Mannschaft geformt", sagte Geschäftsführer Sport Michael Mutzel.'
    assert speakers(text) == ["Michael Mutzel"]


def test_a_table_written_as_a_list_gives_every_entry_with_its_points():
    text = ("Norwegen gewann gegen Israel mit 2:1. Die Tabelle der Gruppe I: 1. Norwegen 12 Punkte/4 Spiele, "
            "2. Italien 9/4, 3. Israel 6/5, 4. Estland 0.")
    assert standing_rows(text) == {("Norwegen", 1, 12), ("Italien", 2, 9), ("Israel", 3, 6), ("Estland", 4, 0)}


def test_a_club_named_with_its_founding_number_is_no_table_entry():
    text = "Die Termine: Samstag, 1. FC Köln gegen Hertha BSC; Sonntag, 1. FC Nürnberg gegen den SC Paderborn."
    assert standing_rows(text) == set()


def test_an_ordinal_before_the_verb_of_a_relative_clause_is_its_antecedents_position():
    text = "Den letzten Aufstiegsplatz hält der SV Elversberg, der mit 41 Punkten Zweiter ist."
    assert standing_rows(text) == {("SV Elversberg 07", 2, 41)}


def test_the_club_right_before_auf_rang_holds_that_place():
    text = "Die Hoffenheimer sind mit 20 Zählern Fünfter, punktgleich mit dem SC Freiburg auf Rang sechs."
    assert ("SC Freiburg", 6, None) in standing_rows(text)


def test_a_position_in_a_relative_clause_belongs_to_the_club_before_it_with_that_clauses_points():
    text = ("Durch den Sieg ziehen die Grazer mit nun 41 Zählern am SK Rapid Wien vorbei, der als Zweiter "
            "einen Punkt Rückstand hat. Der LASK trifft auf den Wolfsberger AC, der mit 20 Zählern Siebter ist.")
    rows = standing_rows(text)
    assert ("SK Rapid Wien", 2, None) in rows
    assert ("Wolfsberger AC", 7, 20) in rows


def test_taking_back_the_lead_of_the_table_with_the_verb_at_the_end_is_first_place():
    text = "Mit dem 3:1 beim SV Ried hat der SK Sturm Graz die Tabellenführung zurückerobert."
    assert ("SK Sturm Graz", 1, None) in standing_rows(text)


def test_the_top_of_the_table_opening_a_sentence_is_first_place():
    text = "An der Spitze thront weiterhin der FC Liverpool, der mit 28 Punkten vier Zähler Vorsprung hat."
    assert ("FC Liverpool", 1, 28) in standing_rows(text)


def test_an_ordinal_several_words_after_its_copula_is_a_position():
    text = "Der SV Ried verlor in Hartberg mit 0:1. Ried bleibt trotz der Niederlage mit 16 Zählern Fünfter."
    assert ("SV Ried", 5, 16) in standing_rows(text)


def test_lying_in_front_in_the_table_is_first_place_but_leading_at_the_break_is_not():
    text = "In der Tabelle liegt Norwegen nach drei Spieltagen klar vorn, drei Zähler vor Italien."
    assert ("Norwegen", 1, None) in standing_rows(text)
    text = "Der FC Bayern München gewann gegen Mainz mit 3:1. Zur Pause lagen die Bayern vorn, in der Tabelle bleibt es eng."
    assert standing_rows(text) == set()


def test_a_rank_word_standing_alone_between_dashes_names_no_team():
    text = ("Der SSV Ulm 1846 gewann gegen Jahn Regensburg mit 2:0. Herr Wörle, neun Spiele ohne Niederlage, "
            "Tabellenführer – kneifen Sie sich noch?")
    assert standing_rows(text) == set()


def test_a_nationality_is_no_players_role_in_coach_news():
    text = ("Trainer Harald Kogler verlässt den SK Austria Klagenfurt und übernimmt ab sofort den Schweizer "
            "Erstligisten FC Luzern. Bis dahin leitet Co-Trainer Martin Lassnig die Einheiten.")
    rows = coach_rows(text)
    assert {("Harald Kogler", "left"), ("Harald Kogler", "appointed"), ("Martin Lassnig", "interim")} <= rows


def test_having_to_go_at_the_end_of_a_relative_clause_is_a_dismissal():
    text = ("Trainer Peter Gruber hatte das Amt von Josef Hartl übernommen, der nach nur acht Punkten aus 15 "
            "Partien gehen musste.")
    assert ("Josef Hartl", "dismissed") in coach_rows(text)


def test_a_reference_in_the_clause_of_a_name_is_not_that_person():
    text = ("Der FC Basel hat einen neuen Stürmer: Luka Marić wechselt von Sturm Graz ans Rheinknie. "
            "Trainer Fabio Celestini hatte sich den 22-Jährigen ausdrücklich gewünscht.")
    people = extract(text).people.set_index("name")
    assert people.loc["Fabio Celestini", "n_mentions"] == 1


def test_someone_named_after_a_preposition_and_a_title_is_not_the_speaker():
    text = ("„Das war ein Abend für die Geschichtsbücher“, sagte Teamchef Ralf Rangnick. Auch für Stürmer Michael "
            "Gregoritsch fand der Deutsche tröstende Worte: „Michael hat uns oft gerettet.“")
    assert "Michael Gregoritsch" not in speakers(text)


def test_a_table_with_one_entry_per_line_gives_every_entry_and_its_points():
    text = ("Der SC Paderborn gewann gegen den Karlsruher SC mit 2:0. So sieht die Spitze aus:\n"
            "1. FC Schalke 04 41 Punkte\n2. SC Paderborn 07 39\n3. SV Elversberg 38\n\nDer KSC bleibt Zehnter.")
    rows = standing_rows(text)
    assert {("FC Schalke 04", 1, 41), ("SC Paderborn 07", 2, 39), ("SV Elversberg 07", 3, 38)} <= rows


def test_last_places_are_numbered_by_the_size_of_the_league_the_article_names():
    text = ("Der 1. FC Köln verlor in der Bundesliga gegen den SC Freiburg mit 0:2. Mit zwölf Punkten ist der "
            "FC Augsburg Vorletzter, Schlusslicht bleibt der VfL Bochum mit neun Zählern.")
    rows = standing_rows(text)
    assert {("FC Augsburg", 17, 12), ("VfL Bochum", 18, 9)} <= rows
    austrian = ("Der SCR Altach verlor in der Bundesliga gegen den SK Rapid Wien mit 0:2. "
                "Altach bleibt damit Schlusslicht.")
    assert ("SCR Altach", 12, None) in standing_rows(austrian)


def test_a_last_place_without_a_known_league_gets_no_number():
    text = "Der FC Memmingen verlor gegen den TSV Aubstadt mit 0:2 und bleibt Schlusslicht."
    assert standing_rows(text) == set()


def test_the_first_part_of_a_hyphenated_place_name_means_the_unknown_club():
    text = ("Der SV Kirchbichl-Wörgl gewann gegen den SC Imst mit 2:1. Kirchbichl schiebt sich mit 21 Punkten "
            "auf Rang neun.")
    assert ("SV Kirchbichl-Wörgl", 9, 21) in standing_rows(text)


def test_initials_shared_by_two_unknown_clubs_name_no_club():
    text = ("Der SV Brixental gewann beim SV Bramberg mit 2:1. SVB-Trainer Max Huber war zufrieden.")
    clubs = set(extract(text).matches[["home_team", "away_team"]].to_numpy().ravel())
    assert clubs == {"SV Brixental", "SV Bramberg"}
    assert "SV Babelsberg 03" not in set(extract(text).people.club.dropna())


def test_signing_a_new_contract_early_is_an_extension_not_a_new_job():
    text = ("Der SV Ried plant langfristig. Trainer Maximilian Senft, der die Innviertler im Sommer 2024 "
            "übernommen hatte, unterschrieb vorzeitig einen neuen Vertrag bis Juni 2028.")
    rows = coach_rows(text)
    assert ("Maximilian Senft", "extended") in rows


def test_a_departure_ruled_out_is_no_departure():
    text = ("Der SC Paderborn will seinen Stürmer halten. Einen Abgang im Winter schloss Trainer Lukas Kwasniok "
            "kategorisch aus.")
    assert ("Lukas Kwasniok", "left") not in coach_rows(text)


def test_the_opposite_number_named_after_gegenueber_is_a_coach_and_the_speaker():
    text = ("„Wir haben verdient gewonnen“, sagte Trainer Jens Härtel. Sein Gegenüber Kyere Mickels meinte: "
            "«Wir nehmen das mit.»")
    assert speakers(text) == ["Jens Härtel", "Kyere Mickels"]


def test_an_abstract_noun_after_a_first_name_is_no_surname():
    text = ("Trainer Lukas Kwasniok bleibt gelassen. «Dass Marvin Begehrlichkeiten weckt, ist normal», sagte "
            "der 43-Jährige. Lee Jae-sung traf später zum 1:0.")
    names = set(extract(text).people.name)
    assert "Marvin Begehrlichkeiten" not in names
    assert "Lee Jae-sung" in names


def test_rank_and_points_in_brackets_after_clubs():
    rows = extract("Mit nach unten mussten der SV Sandhausen (18., 35 Punkte) und Waldhof Mannheim (19., 31).").standings
    assert set(zip(rows.team, rows.position, rows.points)) == {("SV Sandhausen", 18, 35), ("SV Waldhof Mannheim", 19, 31)}


def test_a_contract_not_extended_is_no_extension():
    rows = extract("Mario Frick war erst im Sommer als Nachfolger von Fabio Celestini verpflichtet worden, dessen "
                   "auslaufenden Vertrag die Luzerner nicht verlängert hatten.").coach_events
    assert "extended" not in set(rows.event)


def test_a_possible_successor_is_a_candidate_not_an_appointment():
    rows = extract("Der SCR Altach sucht einen neuen Trainer. Als möglicher Nachfolger wird der frühere "
                   "Hartberg-Coach Markus Schopp genannt.").coach_events
    assert set(zip(rows.person, rows.event)) == {("Markus Schopp", "candidate")}


def test_a_coach_reference_skips_the_scorers_named_since():
    text = ("Beim FC Ingolstadt war für Michael Köllner Schluss. Das 1:2 gegen den SV Sandhausen, bei dem "
            "Kemal Ademi (12.) und Alexander Esswein (80.) trafen, gab den Ausschlag. Am Sonntag stellte der "
            "Klub den Coach frei.")
    rows = extract(text).coach_events
    assert set(zip(rows.person, rows.event)) == {("Michael Köllner", "dismissed")}


def test_a_bare_ordinal_after_bleibt_als_is_a_table_position():
    rows = extract("Der VfL Bochum bleibt als 16. mit 21 Punkten auf dem Relegationsrang.").standings
    assert set(zip(rows.team, rows.position, rows.points)) == {("VfL Bochum", 16, 21)}


def test_a_speaker_after_a_present_tense_say_verb():
    text = ("Der SC Paderborn 07 gewann gegen Hertha BSC 2:0. „Wir haben heute alles reingeworfen“, berichtet "
            "Kapitän Ron Schallenberg. „Das war nicht selbstverständlich“, räumt Trainer Lukas Kwasniok ein.")
    rows = extract(text).quotes
    assert list(rows.speaker) == ["Ron Schallenberg", "Lukas Kwasniok"]


def test_a_broadcaster_reporting_is_no_person():
    text = "Der VfB Stuttgart will Ermedin Demirović verpflichten. Das berichtet Sky."
    assert "Sky" not in set(extract(text).people.name)


def test_a_place_in_a_36_team_league_phase_is_a_table_position():
    rows = extract("Der FC Basel gewann in der Europa League gegen Celtic 2:1. Celtic bleibt mit nur einem "
                   "Zähler auf Platz 31 hängen.").standings
    assert set(zip(rows.team, rows.position)) == {("Celtic Glasgow", 31)}


def test_a_goal_minute_after_fuer_and_a_club_is_no_table_position():
    rows = extract("Der 1. FC Kaiserslautern gewann 3:1. Daniel Hanslik verkürzte für Rostock (12.), ehe "
                   "Ragnar Ache den Endstand herstellte.").standings
    assert rows.empty


def test_a_parting_by_mutual_consent_is_a_departure():
    text = ("Der TSV Hartberg stellt Manfred Schmid als neuen Trainer vor. Sein Vorgänger Markus Schopp und der "
            "Klub hatten sich Ende November im gegenseitigen Einvernehmen getrennt.")
    rows = extract(text).coach_events
    assert ("Markus Schopp", "left") in set(zip(rows.person, rows.event))


def test_a_sentence_of_several_main_clauses_gives_each_clause_its_own_coach_event():
    text = ("Turbulent ging es beim 1. FC Nürnberg zu. Markus Weinzierl wurde im Oktober freigestellt, "
            "Cristian Fiél sprang bis zur Winterpause als Interimstrainer ein, im Januar kam Miroslav Klose.")
    rows = extract(text).coach_events
    assert {("Markus Weinzierl", "dismissed"), ("Cristian Fiél", "interim")} <= set(zip(rows.person, rows.event))
    assert ("Markus Weinzierl", "interim") not in set(zip(rows.person, rows.event))


def test_a_hyphenated_table_ordinal_and_a_league_named_in_a_compound():
    rows = extract("Die Bundesliga-Saison ist vorbei. Der VfL Bochum rettete sich als Tabellen-16. (33 Punkte) in "
                   "die Relegation, Hertha BSC stieg als Schlusslicht ab.").standings
    assert set(zip(rows.team, rows.position)) == {("VfL Bochum", 16), ("Hertha BSC", 18)}


def test_a_surname_ending_in_s_before_a_verb_keeps_its_s():
    people = extract("Personell muss Gladbach auf Leon Neuhaus verzichten, der mit einer Muskelverletzung ausfällt.").people
    assert list(people.name) == ["Leon Neuhaus"]


def test_a_plural_club_subject_that_stellten_its_coach_frei_dismissed_him():
    rows = extract("Die Fürther stellten Cheftrainer Alexander Zorniger am Montag frei, nachdem die Mannschaft "
                   "beim SC Paderborn 07 mit 1:4 verloren hatte.").coach_events
    assert set(zip(rows.person, rows.event)) == {("Alexander Zorniger", "dismissed")}


def test_the_name_presented_as_successor_is_appointed_not_the_predecessor():
    text = ("Der VfL Osnabrück hat einen neuen Trainer. Zwei Wochen nach der Trennung von Uwe Koschinat stellte "
            "der Drittligist am Montag Marco Antwerpen als Nachfolger vor.")
    rows = extract(text).coach_events
    assert set(zip(rows.person, rows.event)) == {("Uwe Koschinat", "dismissed"), ("Marco Antwerpen", "appointed")}


def test_an_ended_term_of_office_is_a_departure_unless_the_text_says_resignation():
    rows = extract("Beim FC Aarau ist die Amtszeit von Trainer Rolf Fringer nach zwei Jahren zu Ende.").coach_events
    assert set(zip(rows.person, rows.event)) == {("Rolf Fringer", "left")}
    rows = extract("Beim FC Aarau ist die Amtszeit von Trainer Rolf Fringer zu Ende. Fringer trat am Montag "
                   "zurück.").coach_events
    assert set(zip(rows.person, rows.event)) == {("Rolf Fringer", "resigned")}


def test_a_surname_ending_in_s_before_an_article_and_a_noun_keeps_its_s():
    people = extract("Danach stocherte Gelson Fernandes den Ball über die Linie.").people
    assert list(people.name) == ["Gelson Fernandes"]


def test_laying_down_the_office_and_taking_ones_hat_are_resignations():
    rows = extract("Beim FC Thun hat Trainer Mauro Lustrinelli sein Amt niedergelegt.").coach_events
    assert set(zip(rows.person, rows.event, rows.club)) == {("Mauro Lustrinelli", "resigned", "FC Thun")}
    rows = extract("Beim FC Aarau nimmt Cheftrainer Boris Smiljanic seinen Hut.").coach_events
    assert set(zip(rows.person, rows.event)) == {("Boris Smiljanic", "resigned")}


def test_being_shown_the_door_or_removed_from_office_is_a_dismissal():
    rows = extract("Der SV Ried hat Coach Maximilian Senft den Laufpass gegeben.").coach_events
    assert set(zip(rows.person, rows.event)) == {("Maximilian Senft", "dismissed")}
    rows = extract("Trainer Ferdinand Feldhofer wurde beim SCR Altach seines Amtes enthoben.").coach_events
    assert set(zip(rows.person, rows.event)) == {("Ferdinand Feldhofer", "dismissed")}


def test_a_coach_who_will_leave_his_club_is_a_departure():
    rows = extract("Trainer Steffen Baumgart wird den 1. FC Köln im Sommer verlassen.").coach_events
    assert set(zip(rows.person, rows.event, rows.club)) == {("Steffen Baumgart", "left", "1. FC Köln")}


def test_an_assistant_leaving_with_the_head_coach_is_the_one_who_leaves():
    text = ("Der FC Wil trennt sich von Trainer Brian Ruchti. Mit Ruchti muss auch Assistent Dario Zuffi "
            "den Verein verlassen.")
    rows = extract(text).coach_events
    assert set(zip(rows.person, rows.event)) == {("Brian Ruchti", "dismissed"), ("Dario Zuffi", "left")}


def test_a_city_inside_a_longer_club_name_does_not_name_the_citys_other_club():
    text = ("Beim Grasshopper Club Zürich ist Trainer Reto Brandt entlassen worden. Die Zürcher hatten "
            "zuvor 0:3 gegen den FC Lugano verloren.")
    frames = extract(text)
    assert set(frames.coach_events.club) == {"Grasshopper Club Zürich"}
    assert ("Grasshopper Club Zürich", "FC Lugano") in set(zip(frames.matches.home_team, frames.matches.away_team))


def test_a_player_role_reference_moving_clubs_is_no_coach_event():
    text = ("Hannover 96 hat sich die Dienste von Malte Lenz gesichert. Der Mittelfeldspieler wechselt von "
            "Arminia Bielefeld an die Leine und unterschreibt einen Vertrag bis 2029. Dort muss Trainer Uwe "
            "Kronberger um seinen Job bangen, die Entlassung von Sportchef Jörg Meier liegt erst zwei Wochen zurück.")
    assert "Malte Lenz" not in set(extract(text).coach_events.person)


def test_a_dismissal_speculated_about_is_no_dismissal():
    text = ("Bei Arminia Bielefeld wächst der Druck auf Trainer Uwe Kronberger, über eine Entlassung wird "
            "bereits spekuliert.")
    assert extract(text).coach_events.empty


def test_a_coach_before_his_dismissal_is_not_dismissed_yet():
    rows = extract("Beim FC Augsburg ist Trainer Jess Thorup nach der fünften Niederlage in Folge vor der "
                   "Entlassung.").coach_events
    assert rows.empty


def test_an_extended_collaboration_is_a_contract_extension():
    rows = extract("Rot-Weiss Essen hat am Dienstag die Zusammenarbeit mit Cheftrainer Marius Kleinhenz vorzeitig "
                   "bis zum Sommer 2028 ausgedehnt.").coach_events
    assert set(zip(rows.person, rows.event, rows.club)) == {("Marius Kleinhenz", "extended", "Rot-Weiss Essen")}


def test_a_coach_pulling_the_ripcord_himself_resigned():
    rows = extract("Beim MSV Duisburg herrscht Katerstimmung. Nach der vierten Niederlage in Serie zog Trainer "
                   "Ralf Gerdemann selbst die Reißleine.").coach_events
    assert set(zip(rows.person, rows.event)) == {("Ralf Gerdemann", "resigned")}


def test_a_coach_signing_abroad_and_one_released_from_his_contract():
    text = ("Cheftrainer Markus Hölbling verlässt die WSG Tirol und heuert beim FC Luzern an. Noch am selben Tag "
            "stellte der Klub Bernd Auinger als neuen Chefcoach vor. Er kommt vom SKN St. Pölten, der ihn "
            "vorzeitig aus seinem Kontrakt entlässt.")
    rows = extract(text).coach_events
    events = set(zip(rows.person, rows.event, rows.club))
    assert {("Markus Hölbling", "left", "WSG Tirol"), ("Markus Hölbling", "appointed", "FC Luzern"),
            ("Bernd Auinger", "appointed", "WSG Tirol")} <= events
    assert "dismissed" not in set(rows.event)


def test_short_and_colour_names_of_named_clubs_hold_table_places():
    frames = extract("Crystal Palace gewann 4:2 gegen Nottingham Forest. Damit kletterte Palace mit 38 Punkten auf "
                     "den achten Platz.")
    assert set(zip(frames.standings.team, frames.standings.position)) == {("Crystal Palace", 8)}
    frames = extract("Rot-Weiss Essen reist nach Regensburg. Mit 39 Punkten rangieren die Rot-Weissen auf dem "
                     "fünften Platz.")
    assert set(zip(frames.standings.team, frames.standings.position)) == {("Rot-Weiss Essen", 5)}


def test_a_place_number_closing_the_sentence_after_auf_dem():
    rows = extract("Arminia Bielefeld steht mit 15 Punkten auf dem Relegationsrang 16.").standings
    assert list(zip(rows.team, rows.position, rows.points)) == [("Arminia Bielefeld", 16, 15)]


def test_a_former_player_reference_may_be_the_coach_just_named():
    text = ("Österreich gewann 2:1 gegen Tschechien. Michael Gregoritsch traf spät. Tschechiens Trainer Ivan Hašek "
            "haderte mit dem Gegentreffer. «Das tut weh», sagte der frühere Nationalspieler.")
    assert list(extract(text).quotes.speaker) == ["Ivan Hašek"]


def test_a_noun_after_an_ordinal_number_is_no_name():
    text = ("Österreich gewann 2:1. «Davon träumst du als Kind», meinte Michael Gregoritsch, der sein insgesamt "
            "14. Länderspieltor erzielte.")
    frames = extract(text)
    assert list(frames.quotes.speaker) == ["Michael Gregoritsch"]
    assert "Länderspieltor" not in set(frames.people.name)


def test_the_football_association_is_not_the_national_team():
    text = ("Das Sportgericht des Deutschen Fußball-Bundes sperrte Trainer Christoph Dabrowski von Rot-Weiss Essen. "
            "Der 45-Jährige war beim 2:2 bei Dynamo Dresden vom Platz gestellt worden.")
    frames = extract(text)
    assert "Deutschland" not in set(frames.matches.home_team) | set(frames.matches.away_team)


def test_abgewunken_is_a_refusal():
    text = ("Der Grazer AK sucht einen neuen Trainer. Ex-Ried-Trainer Thomas Hofbauer soll bereits abgewunken "
            "haben.")
    rows = extract(text).coach_events
    assert set(zip(rows.person, rows.event)) == {("Thomas Hofbauer", "unavailable")}


def test_a_rank_word_between_commas_after_a_club_is_its_apposition():
    rows = extract("Der FC Bayern, Tabellenführer, gewann am Samstag gegen den VfL Bochum.").standings
    assert list(zip(rows.team, rows.position)) == [("FC Bayern München", 1)]


def test_a_quote_whose_speaker_is_cited_in_the_passive():
    text = ("Der SV Ried trennt sich von seinem Trainer. „Wir mussten jetzt handeln, so leid es uns tut“, "
            "wird Präsident Roland Kreuzhuber in einer Aussendung des Klubs zitiert.")
    quotes = extract(text).quotes
    assert list(quotes.speaker) == ["Roland Kreuzhuber"], quotes[["speaker", "text"]]


def test_a_player_praised_in_the_passive_after_a_quote_is_not_its_speaker():
    text = ("Trainer Thomas Letsch war zufrieden. „Das war eine richtig starke Leistung von uns allen“, "
            "wurde Stürmer Karim Onisiwo danach von den Fans gefeiert.")
    assert "Karim Onisiwo" not in set(extract(text).quotes.speaker)


def test_a_name_after_a_nationality_is_a_person_even_with_a_first_name_no_list_knows():
    text = ("Der SV Darmstadt 98 hat reagiert: Am Montag wurde der Däne Jesper Thygesen als neuer Cheftrainer "
            "vorgestellt. Im März beurlaubte der Klub Thygesen wieder.")
    rows = extract(text).coach_events
    assert sorted(rows[["person", "event"]].values.tolist()) == [
        ["Jesper Thygesen", "appointed"], ["Jesper Thygesen", "dismissed"]]


def test_a_coach_a_newspaper_brings_into_the_conversation_is_a_candidate():
    text = ("Der 1. FC Magdeburg sucht einen neuen Trainer. Die Volksstimme bringt den vereinslosen "
            "Fußballlehrer Torsten Lieberknecht ins Gespräch.")
    rows = extract(text).coach_events
    assert rows[["person", "event"]].values.tolist() == [["Torsten Lieberknecht", "candidate"]]


def test_talks_with_the_sitting_coach_make_him_no_candidate():
    text = ("Der 1. FC Köln verlor mit 0:3. Danach ging Sportdirektor Christian Keller mit Trainer "
            "Gerhard Struber ins Gespräch.")
    assert extract(text).coach_events.empty


def test_the_second_to_last_place_as_an_adjective_counts_where_a_league_noun_names_the_league():
    text = ("Der Zweitligist Karlsruher SC verlor gegen den SC Paderborn 07 mit 0:2. Die Badener stehen mit "
            "14 Punkten auf dem vorletzten Platz.")
    assert ("Karlsruher SC", 17, 14) in standing_rows(text)


def test_a_former_player_named_as_candidate_is_a_coaching_candidate():
    text = ("Der Karlsruher SC sucht einen neuen Cheftrainer. Als Kandidat gilt auch der frühere Profi "
            "Lennart Vosskamp.")
    assert ("Lennart Vosskamp", "candidate") in coach_rows(text)


def test_the_interim_coach_is_the_one_taking_over_not_his_helper():
    text = ("Der TSV Hartberg trennt sich von seinem Trainer. Bis auf Weiteres übernimmt Sportdirektor Erich Pölzl "
            "die Mannschaft interimistisch, unterstützt von Co-Trainer Stefan Gössler.")
    assert coach_rows(text) >= {("Erich Pölzl", "interim")}
    assert ("Stefan Gössler", "interim") not in coach_rows(text)


def test_an_equaliser_after_a_possessive_is_no_sacking():
    text = ("Der TSV Hartberg hat einen neuen Trainer gesucht. Florian Pretterhofer rettete die Gastgeber mit "
            "seinem Ausgleich (61.) in die Verlängerung.")
    assert ("Florian Pretterhofer", "dismissed") not in coach_rows(text)


def test_a_players_ban_told_after_his_coach_is_no_coach_suspension():
    text = ("Der SC Preußen Münster trifft auf Ulm. Auch Preußen-Coach Sascha Hildmann muss verzichten: "
            "Angreifer Joel Grodowski sah seine fünfte Gelbe Karte und ist gesperrt.")
    assert ("Sascha Hildmann", "suspended") not in coach_rows(text)


def test_a_sentence_opening_und_before_a_verb_of_saying_goes_on_with_the_last_speaker():
    text = ("Kapitän Jonas Berghoff ist zufrieden. „Wir reden nicht über die Tabelle“, sagte Berghoff. "
            "Und fügte hinzu: „Wenn wir so spielen, kommt der Rest von allein.“")
    assert speakers(text) == ["Jonas Berghoff", "Jonas Berghoff"]


def test_a_one_word_compound_role_noun_refers_to_the_person_named_before():
    text = ("Neuer Kapitän ist Jonas Berghoff, der aus Paderborn kam. „Wir reden nicht über die Tabelle“, "
            "sagte der Innenverteidiger.")
    assert speakers(text) == ["Jonas Berghoff"]


def test_a_plural_compound_role_noun_refers_to_nobody():
    text = ("Jonas Berghoff ist Kapitän des SC Verl. „Das war ein gutes Spiel“, sagten die Innenverteidiger "
            "nach dem Abpfiff.")
    assert "Jonas Berghoff" not in speakers(text)


def test_the_last_place_of_a_cup_round_is_no_table_position():
    text = "Der Zweitligist SC Paderborn 07 hat sich den letzten Platz im Halbfinale des Pokals gesichert."
    assert standing_rows(text) == set()


def test_a_league_noun_of_the_other_side_in_a_cup_game_gives_no_league_size():
    text = ("Der Drittligist 1. FC Saarbrücken hat Borussia Mönchengladbach im Pokal besiegt. Die Borussia "
            "steht in der Liga auf dem vorletzten Platz.")
    assert standing_rows(text) == set()


def test_a_coach_banned_after_a_relative_clause_naming_a_player_is_suspended():
    text = ("Trainer Steffen Baumgart, der sich nach dem Foul an Jonas Meffert lautstark beschwert hatte, ist für "
            "zwei Spiele gesperrt.")
    assert ("Steffen Baumgart", "suspended") in coach_rows(text)


def test_a_new_speaker_after_spaeter_is_not_the_last_speaker():
    text = "Die Hertha hatte Pech. „Das war bitter“, sagte Trainer Pal Dardai. Später erklärte der Schiedsrichter: „Es war kein Foul.“"
    assert speakers(text) == ["Pal Dardai"]


def test_a_free_kick_taker_named_after_von_is_the_later_role_word():
    text = ("Der FC Bayern gewann gegen den VfL Bochum mit 2:0. Ein direkter Freistoß von Joshua Kimmich schlug "
            "zum 2:0 ein. „Das war schön“, sagte der Mittelfeldspieler.")
    assert speakers(text) == ["Joshua Kimmich"]


def test_the_coach_whose_dismissal_is_named_is_not_the_one_who_took_over():
    rows = extract("Nach der Entlassung von Trainer Markus Anfang übernahm Co-Trainer Lars Kornetka beim SV "
                   "Darmstadt 98.").coach_events
    events = set(zip(rows.person, rows.event))
    assert ("Markus Anfang", "dismissed") in events
    assert ("Lars Kornetka", "appointed") in events or ("Lars Kornetka", "interim") in events
    assert ("Markus Anfang", "appointed") not in events


def test_a_pronoun_promoted_to_head_coach_is_the_previous_sentences_subject():
    text = ("Stefan Kolb hatte den FC Hansa Rostock nach der Trennung von Jens Härtel kommissarisch geführt. "
            "Nun hat ihn der Verein zum Cheftrainer befördert.")
    events = set(zip(*[extract(text).coach_events[c] for c in ("person", "event")]))
    assert ("Stefan Kolb", "appointed") in events
    assert ("Jens Härtel", "appointed") not in events


def test_a_club_that_befoerderte_its_interim_coach_appointed_him():
    text = ("Beim SV Wehen Wiesbaden ist die Suche beendet: Der Klub beförderte Interimstrainer Nils Döring "
            "am Montag zum Cheftrainer.")
    events = set(zip(*[extract(text).coach_events[c] for c in ("person", "event")]))
    assert ("Nils Döring", "appointed") in events


def test_who_took_over_the_post_of_a_named_coach_is_the_one_appointed():
    text = ("Beim SV Ried gibt es Neuigkeiten. Trainer Thomas Sageder war im Sommer gekommen und hatte den "
            "Posten von Maximilian Senft übernommen, der den Verein verlassen hatte.")
    events = set(zip(*[extract(text).coach_events[c] for c in ("person", "event")]))
    assert ("Thomas Sageder", "appointed") in events
    assert ("Maximilian Senft", "appointed") not in events


def test_a_role_in_a_relative_clause_refers_to_nobody_else():
    text = ("Der SV Ried trennte sich von Trainer Maximilian Senft. Sportchef Wolfgang Fiala, der selbst als "
            "Co-Trainer gearbeitet hat, übernimmt nun interimistisch.")
    events = set(zip(*[extract(text).coach_events[c] for c in ("person", "event")]))
    assert ("Wolfgang Fiala", "interim") in events
    assert ("Maximilian Senft", "interim") not in events


def test_an_age_and_a_nationality_without_a_name_refer_to_the_person_before():
    text = ("Beim FC Luzern zieht Mario Frick die Konsequenzen. Der 49-jährige Österreicher ist am Montag "
            "als Trainer zurückgetreten.")
    events = set(zip(*[extract(text).coach_events[c] for c in ("person", "event")]))
    assert ("Mario Frick", "resigned") in events


def test_an_abstract_noun_after_zeigte_is_no_speaker():
    text = ("Geschäftsführer Oliver Ruhnert zeigte Verständnis für den Wechselwunsch: «Wir wollten ihm keine "
            "Steine in den Weg legen, das war fair.»")
    quotes = extract(text).quotes
    assert list(quotes.speaker) == ["Oliver Ruhnert"]


def test_er_after_a_sentence_with_an_object_reference_is_its_subject():
    text = ("Beim SV Sandhausen trifft Kapitän Dennis Diekmeier wieder. Trainer Danny Galm hält wenig davon, "
            "den Routinier auf seine Tore zu reduzieren. „Er ist der Erste auf dem Platz und der Letzte, der "
            "geht“, sagte er.")
    assert list(extract(text).quotes.speaker) == ["Danny Galm"]


def test_the_coach_dismissed_before_a_new_coach_is_found_is_not_the_new_one():
    text = ("Drei Wochen nach der Freistellung von Ole Danner hat der SV Eichwalde seinen neuen Cheftrainer "
            "gefunden. Der Klub stellte am Montag Felix Ott vor.")
    events = set(zip(extract(text).coach_events.person, extract(text).coach_events.event))
    assert ("Ole Danner", "dismissed") in events
    assert ("Ole Danner", "appointed") not in events


def test_the_club_in_a_relative_clause_on_the_new_coachs_past_is_not_his_new_club():
    text = ("Der SV Eichwalde hat einen neuen Cheftrainer. Am Dienstag präsentierte der Zweitligist "
            "den 41 Jahre alten Felix Ott, der zuletzt die U19 des TSV Lindenau betreut hatte.")
    rows = extract(text).coach_events
    appointed = rows[(rows.person == "Felix Ott") & (rows.event == "appointed")]
    assert list(appointed.club) == ["SV Eichwalde"]


def test_an_extension_told_as_a_term_of_a_new_contract_is_no_extension():
    text = ("Der SV Eichwalde hat Felix Ott als neuen Cheftrainer vorgestellt. Ott erhält einen Vertrag bis "
            "2027, der sich bei einem Aufstieg um ein Jahr verlängert.")
    events = set(zip(extract(text).coach_events.person, extract(text).coach_events.event))
    assert ("Felix Ott", "extended") not in events


def test_players_leaving_for_a_fee_in_coach_news_are_no_coach_events():
    text = ("Beim SV Eichwalde hat Trainer Felix Ott seinen Vertrag bis 2028 verlängert. Abschied nehmen "
            "musste der Klub dagegen von Ole Danner. Der Innenverteidiger unterschrieb beim TSV Lindenau. "
            "Tim Probe wechselte für eine Ablöse von zwei Millionen Euro zum FC Wendorf.")
    rows = extract(text).coach_events
    assert set(zip(rows.person, rows.event)) == {("Felix Ott", "extended")}


def test_the_predecessor_a_club_wanted_to_replace_is_not_the_one_who_refused():
    text = ("Trainer Felix Ott bleibt beim SV Eichwalde. Der 41-Jährige hatte dem TSV Lindenau, der ihn als "
            "Nachfolger von Ole Danner umworben hatte, eine Absage erteilt.")
    events = set(zip(extract(text).coach_events.person, extract(text).coach_events.event))
    assert ("Ole Danner", "unavailable") not in events


def test_the_gap_to_the_leader_gives_the_subject_no_first_place():
    text = ("Weil Bayer Leverkusen am Freitag in Augsburg verlor, wächst die Lücke zum Spitzenreiter auf "
            "acht Punkte.")
    assert not any(position == 1 for _, position, _ in standing_rows(text))


def test_the_way_on_for_a_coachs_team_is_no_departure():
    text = ("„Das war stark“, sagte Trainer Steffen Baumgart. Für die Mannschaft von Baumgart geht es am Samstag zu "
            "Hause gegen Hertha BSC weiter.")
    assert coach_rows(text) == set()


def test_a_stand_in_for_a_sacked_coach_is_the_interim_and_the_sacked_one_dismissed():
    text = ("Auf der Bank des FC Schalke 04 saß Huub Stevens. Der Niederländer war im März als Interimstrainer für "
            "den entlassenen Domenico Tedesco eingesprungen.")
    rows = coach_rows(text)
    assert ("Huub Stevens", "interim") in rows and ("Domenico Tedesco", "dismissed") in rows
    assert ("Domenico Tedesco", "interim") not in rows


def test_taking_over_from_a_suspended_predecessor_appoints_the_speaker_and_dismisses_the_predecessor():
    text = ("„Wir waren nicht wach“, sagte Trainer Michael Frontzeck, der vor wenigen Wochen die Nachfolge des "
            "beurlaubten André Schubert angetreten hatte.")
    assert coach_rows(text) == {("Michael Frontzeck", "appointed"), ("André Schubert", "dismissed")}


def test_the_predecessor_named_after_nachfolge_is_not_appointed():
    text = ("Beim Klub wartet Trainer Saad Al-Shehri. Der Saudi hatte im Dezember die Nachfolge von Steven Gerrard "
            "angetreten.")
    assert ("Steven Gerrard", "appointed") not in coach_rows(text)


def test_a_coach_who_stays_in_office_for_now_is_no_interim():
    text = "Die Lage beim VfL Bochum ist angespannt, doch Trainer Thomas Letsch bleibt vorerst im Amt."
    assert coach_rows(text) == set()


def test_reports_of_a_sacking_that_the_club_rejects_dismiss_nobody():
    text = ("Berichte, wonach der VfL Bochum über eine Trennung von Trainer Thomas Letsch entschieden habe, wies "
            "Geschäftsführer Ilja Kaenzig am Montag zurück.")
    assert not any(event == "dismissed" for _, event in coach_rows(text))


def test_asking_to_end_the_contract_is_a_resignation():
    text = "Trainer Frank Schmidt bat nach dem 0:3 beim FC Augsburg um die Auflösung seines Vertrags."
    assert ("Frank Schmidt", "resigned") in coach_rows(text)


def test_a_coach_called_by_his_clubs_compound_later_belongs_to_that_club():
    text = "Trainer Stefan Leitl forderte eine Reaktion. „Das war zu wenig“, sagte der Hannover-Coach am Freitag."
    people = extract(text).people
    assert people.set_index("name").loc["Stefan Leitl", "club"] == "Hannover 96"


def test_a_rank_far_after_its_copula_is_still_the_subjects():
    text = ("Borussia Dortmund bleibt nach dem 4:0 in Freiburg am vergangenen Wochenende mit 69 Punkten Zweiter und "
            "hofft auf einen Ausrutscher des FC Bayern.")
    assert ("Borussia Dortmund", 2, 69) in standing_rows(text)


def test_an_ordinal_noun_before_a_club_gives_that_club_its_rank():
    text = "Am Sonntag empfängt der Tabellenvierte VfB Stuttgart den Fünften Bayer Leverkusen."
    assert {("VfB Stuttgart", 4, None), ("Bayer Leverkusen", 5, None)} <= standing_rows(text)


def test_a_rank_number_closing_a_paragraph_is_read():
    text = "Der 1. FC Nürnberg verlor erneut. Das Team bleibt bei acht Zählern und belegt vorerst Rang 14.\n\nMehr folgt."
    assert ("1. FC Nürnberg", 14, 8) in standing_rows(text)


def test_a_quote_after_an_attribution_naming_a_predecessor_goes_on_with_the_speaker():
    text = ("„Wir waren nicht wach“, räumte Trainer Michael Frontzeck ein, der die Nachfolge des beurlaubten André "
            "Schubert angetreten hatte. „Was danach kam, war aber stark.“")
    assert speakers(text) == ["Michael Frontzeck", "Michael Frontzeck"]


def test_a_quote_after_a_sentence_about_the_speaker_as_er_goes_on_with_him():
    text = ("„Der Kader ist breit genug“, sagte Trainer Daniel Thioune. Den Gegner schätzt er dennoch hoch ein. "
            "„In Hannover zu spielen ist nie angenehm.“")
    assert speakers(text) == ["Daniel Thioune", "Daniel Thioune"]


def test_a_quote_after_an_announcement_belongs_to_who_announced():
    text = "Simon Terodde hat schon angekündigt, dass er nicht nachlassen will. „Ich gehe jede Woche gut gelaunt auf den Platz.“"
    assert speakers(text) == ["Simon Terodde"]


def test_a_one_word_compound_role_after_a_goal_means_the_scorer():
    text = ("Mit dem Pausenpfiff wuchtete Fabian Boll eine Ecke per Kopf ins Netz. „Das kam genau richtig“, erzählte "
            "der Mittelfeldroutinier.")
    assert speakers(text) == ["Fabian Boll"]


def test_whom_a_coach_once_succeeded_is_not_appointed():
    text = ("Der VfL Bochum hat Trainer Thomas Letsch entlassen. Letsch war im Herbst 2022 gekommen und hatte "
            "damals Thomas Reis beerbt.")
    rows = extract(text).coach_events
    assert ("Thomas Reis", "appointed") not in set(map(tuple, rows[["person", "event"]].values.tolist()))


def test_the_assistant_who_took_responsibility_after_a_sacking_named_in_the_genitive_is_interim():
    text = ("Hansa Rostock hat sich von Trainer Alois Schwartz getrennt. Seit Schwartz' Freistellung hat "
            "Co-Trainer Kai Bülow die Verantwortung übernommen.")
    rows = extract(text).coach_events
    assert sorted(map(tuple, rows[["person", "event"]].values.tolist())) == [
        ("Alois Schwartz", "dismissed"), ("Kai Bülow", "interim")]


def test_parting_with_an_official_is_no_coach_event_of_the_new_coach():
    text = ("Der 1. FC Nürnberg stellte am Dienstag Trainer Miroslav Klose vor. Wenige Stunden vor Kloses "
            "Vorstellung gab der Club die Trennung von Sport-Geschäftsführer Dieter Hecking bekannt.")
    rows = extract(text).coach_events
    assert ("Miroslav Klose", "dismissed") not in set(map(tuple, rows[["person", "event"]].values.tolist()))


def test_a_coach_leaving_his_coaching_zone_does_not_leave_his_club():
    text = ("Das Sportgericht sperrte Trainer Christian Titz vom 1. FC Magdeburg für zwei Spiele. Titz hatte "
            "beim 1:1 in Fürth die Coachingzone verlassen und den Vierten Offiziellen beschimpft.")
    events = set(extract(text).coach_events.event)
    assert "left" not in events


def test_the_coach_a_job_was_taken_over_from_is_not_appointed():
    text = ("Christian Ilzer gibt sich gelassen. \"Wir arbeiten ruhig weiter\", sagte der Trainer der TSG Hoffenheim, "
            "der das Amt erst im November von Pellegrino Matarazzo übernommen hatte.")
    assert ("Pellegrino Matarazzo", "appointed") not in coach_rows(text)


def test_the_club_a_winner_beat_is_not_the_one_whose_place_follows():
    rows = extract("Der SC Paderborn, bis zuletzt im Aufstiegsrennen, bezwang den 1. FC Magdeburg 3:1 und "
                   "schließt die Saison mit 55 Punkten als Vierter ab.").standings
    assert rows[["team", "position", "points"]].values.tolist() == [["SC Paderborn 07", 4, 55]]


def test_a_coach_sacked_by_one_club_and_presented_by_another_in_one_sentence():
    text = ("Lange arbeitslos war Holger Brandt nicht. Am Dienstag hatte der FC Ingolstadt 04 den 52 Jahre "
            "alten Fußballlehrer freigestellt, am Samstag stellte ihn Rot-Weiss Essen als neuen Cheftrainer vor.")
    rows = extract(text).coach_events
    assert sorted(rows[["person", "club", "event"]].values.tolist()) == [
        ["Holger Brandt", "FC Ingolstadt 04", "dismissed"], ["Holger Brandt", "Rot-Weiss Essen", "appointed"]]


def test_the_coach_reference_in_a_new_paragraph_means_the_man_that_paragraph_named():
    text = ("Der SV Ried hat Cheftrainer Anton Gruber bis 2028 an sich gebunden.\n\n"
            "Beim Grazer AK dagegen ist Lukas Pichler zurückgetreten. "
            "«Ich erreiche die Mannschaft nicht mehr», erklärte der Fußballlehrer.")
    quote = extract(text).quotes.iloc[0]
    assert quote.speaker == "Lukas Pichler"
