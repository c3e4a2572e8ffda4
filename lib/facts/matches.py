"""Match results: who played whom, at home or away, with which final score.

Every score token ("2:3", "3:1-Sieg") is a candidate. It is dropped when it is not a final
result: a kick-off time ("15:30 Uhr"), an intermediate score ("zum 2:0", "2:0 durch X",
"in Führung"), a half-time score on its own, an aggregate over two legs, a shoot-out tally.
The teams come from the sentence's structure, whatever side tells the story:

- "A - B 2:1 (1:0)"                                 -> A home, B away, as written
- "A gewann beim B 2:1", "nach dem 2:3 in Darmstadt"  -> A away (beim/bei/in + the home side)
- "A verlor auf dem heimischen Betzenberg gegen B"    -> A home (home cues, A's stadium)
- "A und B trennten sich 1:1"                         -> not settled: A first, ordered=False

The score is read from the perspective of the sentence's subject; a win stated with the
smaller number first (or a loss with the larger) is turned round.
"""
from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, cached_property
from itertools import compress


from ..lexicon import ADJECTIVE_ENDINGS, country_cities, lower_set, word_list, word_set
from .context import YEAR, ArticleContext, ClubMention, MatchState, Sentence, clause_end_of, clause_start_of

SCORE = re.compile(r"^(\d{1,3}):(\d{1,3})(?:-(.+))?$")
DIGIT = re.compile(r"\d")
MAX_GOALS = 15
MAX_SCORES_PER_SENTENCE = 40
MIN_TICKER_LINES = 3  # minute lines that make a text a live ticker
PLACE_PENALTY = 20  # an opponent named with 'in' (its ground) counts only when no other is named
CONTEXT = 40
# "24.112 Zuschauer sahen ...": a crowd as the subject of watching
WATCHED = re.compile(r"(?<![\d.,])(\d{1,3}(?:[ .'\u00a0\u202f]\d{3})+|\d{3,6})\s+(?:Zuschauer|Fans|Besucher)\s+"
                     r"(?:sahen|verfolgten|erlebten|sorgten)\b"
                     # "... sahen 45.000 Zuschauer": the crowd after the verb (not "waren 3.000 Fans": travelling fans)
                     r"|\b(?:sahen|verfolgten|erlebten|kamen|waren)\s+(?:(?:nur|knapp|rund|gut|über|mehr als|offiziell|"
                     r"insgesamt)\s+)*(\d{1,3}(?:[ .'\u00a0\u202f]\d{3})+|\d{3,6})\s+(?:Zuschauer|Besucher)\b"
                     # "ein Abend, der den 8.512 Zuschauern in Erinnerung bleibt": the crowd with its article
                     r"|\b(?:den|die)\s+(\d{1,3}(?:[.'\u00a0\u202f]\d{3})+)\s+Zuschauer(?:n|innen)?\b")


@cache
def attendance_pattern() -> re.Pattern:
    """'Vor 45 035 Zuschauern', 'Zuschauer: 12.340': the crowd after 'vor' or a 'Zuschauer:' label,
    with an optional unit from words.json's attendance_words (longest first)."""
    units = "|".join(sorted((re.escape(w) for w in word_list("attendance_words") if w.isalpha()), key=len, reverse=True))
    return re.compile(
        r"(?:[Vv]or|[Zz]uschauer:?|[Zz]uschauerzahl:?)\s+(?:(?:nur|knapp|rund|gut|über|mehr als|ausverkauften|den|"
        r"offiziell|insgesamt)\s+)*(\d{1,3}(?:[ .'\u00a0\u202f]\d{3})+|\d{2,6})\s*(?:" + units + ")?")


@cache
def box_line_pattern() -> re.Pattern:
    """A match box's venue line (APA, Keystone-SDA): 'Wien, Allianz Stadion, 26.000 (ausverkauft), SR Jäger',
    the referee named by a word of words.json's box_line_words."""
    referee = "|".join(re.escape(w) for w in word_list("box_line_words"))
    return re.compile(r"^\s*[^,\n]+,\s*([^,\n]+?),\s*(\d{1,3}(?:[ .'\u00a0\u202f]\d{3})+|\d{2,6})"
                      r"(?:\s*\([^)\n]*\))?\s*,\s*(?:" + referee + r")\b")


def _swapped(match: MatchState) -> MatchState:
    """The match with home and away (and their goals) the other way round."""
    return dataclasses.replace(match, home=match.away, away=match.home, home_goals=match.away_goals,
                               away_goals=match.home_goals, ht=(match.ht[1], match.ht[0]) if match.ht else None)


@cache
def endings(key: str) -> tuple[str, ...]:
    """A `..._suffixes` word list as a tuple for `str.endswith` ("-sieg" -> "sieg")."""
    return tuple(sorted({s.lstrip("-") for s in lower_set(key)}))


@dataclass(frozen=True)
class ResultVocabulary:
    """The word lists the match rules read, loaded once per process (`result_vocabulary()`)."""

    win: frozenset[str]  # with the participles
    win_participles: frozenset[str]  # 'geschlagen', 'bezwungen': a win, but 'wurde ... geschlagen' is a loss
    loss: frozenset[str]
    draw: frozenset[str]
    result_words: frozenset[str]  # win, loss and draw words
    win_suffixes: tuple[str, ...]
    loss_suffixes: tuple[str, ...]
    draw_suffixes: tuple[str, ...]
    result_suffixes: tuple[str, ...]  # win, loss and draw suffixes
    final_suffixes: tuple[str, ...]  # "1:0-Endstand": a final score whoever won
    home_cues: frozenset[str]
    away_cues: frozenset[str]
    venue_cues: frozenset[str]  # home and away cues
    home_suffixes: tuple[str, ...]
    away_suffixes: tuple[str, ...]
    before_intermediate: frozenset[str]
    after_intermediate: frozenset[str]
    intermediate_suffixes: tuple[str, ...]
    aggregate: frozenset[str]
    strong_aggregate: frozenset[str]  # lower-cased: "Insgesamt" may open the sentence
    aggregate_phrases: tuple[str, ...]  # 'über beide Partien setzte sich X mit 4:3 durch'
    shootout: frozenset[str]
    turn: frozenset[str]
    subordinators: frozenset[str]  # 'nachdem sie ...': a clause whose subject is the pronoun after them
    relative_pronouns: frozenset[str]  # 'der VfB, der den 1. FC Köln 2:0 bezwang'
    not_result_nouns: frozenset[str]  # 'mit 32:18 Stimmen': a vote, not a result
    meeting_verbs: frozenset[str]  # 'trifft auf', 'empfängt': who plays whom
    hosting_verbs: frozenset[str]  # 'empfängt X': the venue is settled
    parting_verbs: frozenset[str]  # 'trennte sich 2:2 vom VfL Bochum'
    fixture_separators: frozenset[str]  # 'A - B 2:1', 'A gegen B'
    goalless: frozenset[str]  # 'torlos', 'Nullnummer': a result without a score token
    goalless_ended: frozenset[str]  # 'endete torlos', 'blieb ohne Tore'
    extra_time_marks: frozenset[str]  # '1:1 n.V.'
    not_score_after: frozenset[str]  # '15:30 Uhr': a kick-off time or a duration, not a score
    standing: frozenset[str]  # '2:0 in Führung': a standing during the match
    made_up: frozenset[str]  # 'holt ein 1:3 auf': a deficit made up
    leading: frozenset[str]  # 'führte lange mit 2:0': a lead during the match
    leading_particles: frozenset[str]  # 'führten den Gast mit 5:0 vor': another verb than leading
    shootout_marks: tuple[str, ...]  # 'i.E.', 'im Elfmeterschießen'
    pushed_through: frozenset[str]  # 'setzte sich mit 2:0 durch': a win
    beaten: frozenset[str]  # 'musste sich mit 3:5 geschlagen geben': a loss
    let_forms: frozenset[str]  # 'ließ', 'ließen': 'ließ sich ... vorführen' is a loss
    let_defeat: frozenset[str]  # 'vorführen', 'abschießen': what a side lets be done to it
    give_forms: frozenset[str]  # 'geben', 'gab': 'sich geschlagen geben' is a loss whatever the tense
    perfect_auxiliaries: frozenset[str]  # 'hat ... bezwungen': the perfect of a win, no passive
    final: frozenset[str]  # 'endete', 'Endstand': the final score whoever won
    home_phrases: tuple[str, ...]  # 'zu Hause', 'vor eigenem (Publikum)'
    half_time: frozenset[str]  # 'zur Pause 2:1': a half-time score in its own sentence
    ticker_final: frozenset[str]  # 'Abpfiff', 'Schluss': a ticker line with one tells the final score
    grounds_after_auf: frozenset[str]  # 'auf Schalke': clubs whose ground German names with 'auf'
    half_time_labels: frozenset[str]  # '2:1 (Halbzeit 1:0)'
    final_after_nach: frozenset[str]  # '2:2 nach Verlängerung': the final score, no goal's
    last_score: tuple[str, ...]  # 'kam nur noch auf 1:2 heran': the last score of the match
    closing_gap: frozenset[str]  # 'heran', 'verkürzte': a side closing the gap
    from_the_spot: tuple[str, ...]  # 'vom Punkt ... mit 4:2', also opening the sentence: a shoot-out
    occasions: tuple[str, ...]  # 'das 1:0 zum Heimauftakt': endings of an occasion after 'zum'
    result_openers: frozenset[str]  # 'beim 1:0', 'nach dem 3:0': a result's noun phrase, not a goal's
    goal_verbs: frozenset[str]  # 'stocherte das 2:2 über die Linie': a goal's score
    final_phrases: tuple[str, ...]  # 'am Ende hieß es 3:2 für die Gäste': the final score, for whom
    not_final_context: frozenset[str]  # 'am Ende stand im direkten Vergleich ...': no match's final score
    possessive_teams: tuple[str, ...]  # 'sein Team', 'seine Mannschaft': the team of the person named last
    kept_verbs: frozenset[str]  # 'dabei blieb es': a score kept to the end
    kept_pointers: tuple[str, ...]  # 'dabei blieb es', 'bei dem es': what points back to the score kept
    judged_results: tuple[str, ...]  # 'ein ungefährdetes 2:0': adjectives that judge a whole result


# ResultVocabulary fields that are plain word sets, and the words.json key each is read from
VOCABULARY_WORD_SETS = {
    "before_intermediate": "intermediate_before", "after_intermediate": "intermediate_after",
    "aggregate": "aggregate_words", "shootout": "shootout_words", "turn": "turn_words",
    "subordinators": "clause_subordinators", "relative_pronouns": "relative_pronouns",
    "not_result_nouns": "not_result_nouns", "meeting_verbs": "meeting_verbs", "hosting_verbs": "hosting_verbs",
    "parting_verbs": "parting_verbs", "fixture_separators": "fixture_separators", "goalless": "goalless_words",
    "goalless_ended": "goalless_ended_words", "extra_time_marks": "extra_time_marks",
    "not_score_after": "not_score_after_words", "standing": "standing_words", "made_up": "made_up_verbs",
    "leading": "leading_verbs", "closing_gap": "closing_gap_words",
    "leading_particles": "leading_particles",
    "pushed_through": "pushed_through_verbs", "beaten": "beaten_verbs", "give_forms": "beaten_give_forms",
    "let_forms": "let_verb_forms", "let_defeat": "let_defeat_infinitives",
    "perfect_auxiliaries": "perfect_auxiliaries", "final": "final_score_words",
    "half_time": "half_time_words", "ticker_final": "ticker_final_words", "grounds_after_auf": "clubs_played_auf",
    "half_time_labels": "half_time_labels", "final_after_nach": "final_after_nach_words",
}


@cache
def result_vocabulary() -> ResultVocabulary:
    participles = word_set("win_participles")
    win, loss, draw = word_set("win_words") | participles, word_set("loss_words"), word_set("draw_words")
    win_suffixes, loss_suffixes = endings("win_suffixes"), endings("loss_suffixes")
    draw_suffixes = endings("draw_suffixes")
    home_cues, away_cues = word_set("home_cues"), word_set("away_cues")
    return ResultVocabulary(
        win=win, win_participles=participles, loss=loss, draw=draw, result_words=win | loss | draw,
        win_suffixes=win_suffixes, loss_suffixes=loss_suffixes, draw_suffixes=draw_suffixes,
        result_suffixes=win_suffixes + loss_suffixes + draw_suffixes,
        final_suffixes=endings("final_score_suffixes"),
        home_cues=home_cues, away_cues=away_cues, venue_cues=home_cues | away_cues,
        home_suffixes=endings("home_cue_suffixes"), away_suffixes=endings("away_cue_suffixes"),
        intermediate_suffixes=endings("intermediate_suffixes"), strong_aggregate=lower_set("strong_aggregate_words"),
        aggregate_phrases=with_capitalised(word_list("aggregate_phrases")),  # "Über beide Partien"
        shootout_marks=word_list("shootout_marks"), home_phrases=word_list("home_phrases"),
        last_score=word_list("last_score_phrases"),
        from_the_spot=with_capitalised(word_list("shootout_clause_phrases")),  # "vom Punkt", "Vom Punkt"
        occasions=endings("result_occasion_endings"), result_openers=lower_set("result_noun_phrase_openers"),
        goal_verbs=word_set("goal_verbs") - word_set("ambiguous_goal_verbs"),
        final_phrases=word_list("final_score_phrases"), not_final_context=word_set("not_final_score_context"),
        possessive_teams=with_capitalised(word_list("possessive_team_phrases")),  # "sein Team", "Sein Team"
        kept_verbs=word_set("score_kept_verbs"), kept_pointers=with_capitalised(word_list("score_kept_pointers")),
        judged_results=tuple(word_list("result_judging_adjectives")),
        **{field: word_set(key) for field, key in VOCABULARY_WORD_SETS.items()})


@cache
def phrase_words(phrases: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The words of each phrase (`MatchFinder._text_has`), split once per process."""
    return tuple(tuple(phrase.split()) for phrase in phrases)


@cache
def role_suffixes() -> tuple[str, ...]:
    """Endings of player and coach role nouns ('Nationalstürmer', 'Cheftrainer')."""
    return tuple(lower_set("player_role_suffixes") | lower_set("coach_role_suffixes"))


def with_capitalised(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """Each phrase as written and with its first letter upper-case, as it opens a sentence ('Vom Punkt')."""
    return tuple(form for phrase in phrases for form in (phrase, phrase[:1].upper() + phrase[1:]))


def _role_stem(noun: str) -> str:
    """'Bundesligisten' and 'Bundesligist', 'Aufsteigern' and 'Aufsteiger': one role noun."""
    return noun[:-2] if noun.endswith("en") else noun[:-1] if noun.endswith("n") else noun


def parse_score(text: str) -> tuple[int, int, str] | None:
    match = SCORE.match(text)
    if not match:
        return None
    return int(match[1]), int(match[2]), (match[3] or "").lower()


class MatchFinder:
    """Finds the results of one article's sentences, working on token positions and the token
    strings (`ctx.texts`) rather than on spaCy `Token` objects."""

    def __init__(self, ctx: ArticleContext) -> None:
        self.ctx = ctx
        self.vocab = result_vocabulary()
        self.fixtures: list[tuple[str, str, bool]] = []  # home, away, whether the text settles the venue
        self._fixture_played: list[int | None] = []  # per fixture: the start of its sentence when that told a result
        self._previous_sentence: int | None = None  # start of the sentence before the one being read
        self.prepositions = word_set("prepositions")
        self.opponent_prepositions = word_set("opponent_prepositions")  # "gegen X", "beim X", "in Bochum"
        # "in Schlagdistanz zu X", "den Abstand zu X": a neighbour in the table
        self.table_gap_nouns = word_set("distance_nouns") | word_set("table_proximity_nouns")
        self.contrast_words = word_set("contrast_conjunctions")  # ", doch ...": another clause, another story
        self.not_verbs = self.prepositions | self.vocab.subordinators | self.vocab.relative_pronouns
        self.team_pronouns = word_set("team_pronouns")  # 'hatten sie X geschlagen': the team spoken of
        self.legs = word_set("leg_words")  # 'Hinspiel', 'Rückspiel': one of two matches of the same teams
        self.non_verbs = word_set("non_verb_words")  # conjunctions, pronouns: no verb after an apposition
        self.possessive_heads = {phrase.split()[0] for phrase in self.vocab.possessive_teams}  # "sein", "seine"
        self.goalless_results: list[int] = []  # 'torlos' of results told without a score token
        self._sentence_results: dict[int, list[int]] = {}  # sentence start -> its results (`_results_of_sentence`)

    # -- one sentence -------------------------------------------------------------------------
    def find(self, sent: Sentence) -> list[MatchState]:
        ctx = self.ctx
        texts = ctx.texts
        found: list[MatchState] = []
        self._previous_sentence = ctx.sentence_start(sent.start - 1) if sent.start else None
        scores = ctx.score_starts_between(sent.start, sent.end)
        claimed: set[int] = set()
        goalless = self._goalless_result(sent, scores)
        if goalless is not None:
            self.goalless_results.append(goalless)
        if not scores:
            match = self.assemble(sent, goalless, 0, 0, "", None, claimed) if goalless is not None else None
            return [match] if match else []
        for i in sorted(scores[:MAX_SCORES_PER_SENTENCE] + ([goalless] if goalless is not None else [])):
            if ctx.in_quote[i]:
                continue
            if i == goalless:
                match = self.assemble(sent, i, 0, 0, "", None, claimed)
                if match:
                    found.append(match)
                continue
            parsed = parse_score(texts[i])
            if parsed is None:
                continue
            a, b, suffix = parsed
            if max(a, b) > MAX_GOALS or not self.is_final(i, suffix, sent):
                continue
            ht = self.half_time(i)
            if ht is None and self._kept_to_the_end(i, sent) and self._at_half_time(
                    i, (clause_start := clause_start_of(texts, sent.start, i)), reach=i - clause_start):
                ht = (a, b)  # "Zur Pause stand es 2:0. Dabei blieb es.": the half-time and the final score
            match = self.assemble(sent, i, a, b, suffix, ht, claimed)
            if match is None and found:
                match = self._second_leg_of(found[-1], sent, i, a, b, suffix)
            if match:
                if len(scores) > 1 and self._first_leg_beside_second(i):
                    match = _swapped(match)  # "Nach dem 3:0 im Hinspiel reichte in Leverkusen ein 2:0"
                found.append(match)
        return found

    def _goalless_result(self, sent: Sentence, scores: list[int]) -> int | None:
        """The 'torlos' of a goalless result ('trennten sich torlos', 'endete torlos'), or None.
        Beside other scores in the sentence, the result word must stand between the scores
        around it ('X und Y trennten sich torlos, während Z 2:1 gewann')."""
        texts = self.ctx.texts
        goalless_words = self.vocab.goalless
        k = next((i for i in range(sent.start, sent.end) if texts[i] in goalless_words), None)
        if k is None or self.ctx.in_quote[k]:
            return None
        before = max((s for s in scores if s < k), default=sent.start - 1)
        after = min((s for s in scores if s > k), default=sent.end)
        words = texts[before + 1:after]
        ended = self.vocab.goalless_ended.intersection(words)
        if scores and ended == {"blieb"} and "es" not in words:
            ended = set()  # "X blieb erneut torlos und verlor 0:2": a team without a goal, not a result
        if self.vocab.draw.isdisjoint(words) and not ended:
            return None
        return k

    @cached_property
    def _ticker_lines(self) -> list[int]:
        """Starts of a live ticker's minute lines ("38' Der Ausgleich!"), when the text has three or more."""
        timed = self.ctx.timed_lines
        return timed if len(timed) >= MIN_TICKER_LINES else []

    def _running_score_of_ticker(self, i: int) -> bool:
        """Whether the score at i stands in a ticker minute line that does not end the game
        ('90.+3' Abpfiff! Es bleibt beim 2:2' does)."""
        lines = self._ticker_lines
        if not lines or i < lines[0]:
            return False
        line = self.ctx.line_start(i)
        if lines[bisect_right(lines, i) - 1] != line:
            return False  # the score stands after that minute line, in text of its own
        return self.vocab.ticker_final.isdisjoint(self.ctx.texts[line:i + 1])

    def _second_leg_of(self, previous: MatchState, sent: Sentence, i: int, a: int, b: int,
                       suffix: str) -> MatchState | None:
        """'hatte X Y nach einer 2:4-Hinspielniederlage mit einem 2:0 im Rückspiel ausgeschaltet': a
        score with no club of its own in the clause of the previous result (told unordered, its
        subject first) is another match of the same two teams."""
        texts = self.ctx.texts
        earlier = self._results_between(sent.start, i)
        if previous.ordered or previous.sentence != sent or not earlier:
            return None
        between = range(earlier[-1] + 1, i)
        if any(texts[k] in (",", ";", "–") for k in between) or self.ctx.club_mentions_between(earlier[-1] + 1, i + 12):
            return None
        x, y, _ = self._perspective(a, b, None, self.outcome(sent, i, suffix))
        return self._state(sent, previous.home, previous.away, x, y, None, False, main=False)

    def _year_after(self, i: int, sent: Sentence) -> bool:
        """'die 0:2-Niederlage von 2019', 'das 1:1 im Finale 2008': a year right after the score."""
        return any(YEAR.fullmatch(text) for text in self.ctx.texts[i + 1:min(sent.end, i + 5)])

    def _first_leg_beside_second(self, i: int) -> bool:
        """'3:0 im Hinspiel' in a sentence that tells the second leg: the sentence's home side is
        the second leg's, so the first leg was played the other way round."""
        texts = self.ctx.texts
        leg = next((k for k in range(i + 1, min(i + 4, len(texts))) if texts[k] == "Hinspiel"), None)
        # "3:0 im Hinspiel", "3:0 aus dem Hinspiel"; not "aus dem Hinspiel in London": its own ground is named
        return leg is not None and (leg + 1 >= len(texts) or texts[leg + 1] not in ("in", "im"))

    def is_final(self, i: int, suffix: str, sent: Sentence) -> bool:
        """Whether the score at token i is a final result rather than an intermediate one, a time,
        a shoot-out, an aggregate, a vote or a betting quote."""
        ctx = self.ctx
        texts = ctx.texts
        start, end = sent.start, sent.end
        if self._running_score_of_ticker(i):
            return False  # "38' Der Ausgleich! ... – 1:1.": the score at that minute
        prev = texts[i - 1] if i > start else None
        nxt = texts[i + 1] if i + 1 < end else None
        if (prev == "(" and not self._bracket_result(i, sent) and i not in self._results_of_sentence(sent)) or (
                prev == "," and i - 3 >= start and texts[i - 3] == "(" and parse_score(texts[i - 2])):
            return False  # the half-time score of the preceding result, or the second one: "2:1 (0:1, 1:1)"
        if nxt in self.vocab.not_score_after:
            return False
        if suffix and suffix.endswith(self.vocab.intermediate_suffixes):
            return False
        result_suffix = suffix and suffix.lower().endswith(self.vocab.result_suffixes + self.vocab.final_suffixes)
        word_before = self._word_before_adjectives(i, start)  # "zum umjubelten 2:1"
        if word_before is not None and (word_before in self.vocab.before_intermediate
                                        or word_before.lower() in ("zum", "zur", "auf")) \
                and not self._after_extra_time(i, sent) and not result_suffix \
                and not self._last_score(i, sent) and not self._half_time_bracket_after(i):
            return False  # "zum 2:0" is a goal's score; "zum 2:0-Erfolg" is the result
        if nxt is not None and nxt in self.vocab.after_intermediate and not suffix:
            after = texts[i + 2] if i + 2 < end else None
            if nxt in ("nach", "für") and self._result_follows(i + 1):
                pass
            elif nxt in ("zum", "zur") and after is not None and after.lower().endswith(self.vocab.occasions) and (
                    after.lower() not in self.vocab.occasions or texts[i - 1].lower() in self.vocab.result_openers):
                pass  # "beim 1:0 zum Heimauftakt", "nach dem 3:0 zum Auftakt": the occasion of a result, while
                # "das 1:0 zum Auftakt" may be the first goal
            elif nxt == "für" and after == "sich":
                pass  # "entschied das Duell mit 2:0 für sich": a win, not "2:0 für Aarau"
            elif nxt == "für" and self._final_for(i, start):
                pass  # "am Ende hieß es 3:2 für die Gäste": the final score and who won
            elif nxt == "durch" and (after is None or not (after[:1].isupper() or after in (
                    "den", "die", "einen", "ein", "eine"))):
                pass  # "setzte sich mit 2:0 durch": the verb's particle, not "2:0 durch Müller"
            else:
                return False
        if prev == "das" and not result_suffix and self._goal_of_person_before(i, start, end):
            return False  # "stocherte X das 2:2 über die Linie": a goal's score
        ahead = texts[i + 1: min(end, i + 4)]
        ahead = ahead[:next((k for k, text in enumerate(ahead) if text in (",", ";", "–", "—")), len(ahead))]
        if not self.vocab.standing.isdisjoint(ahead) and not self._after_extra_time(i, sent):
            return False
        if not result_suffix and self._at_half_time(i, start) and not self._kept_to_the_end(i, sent):
            return False  # "führten zur Pause mit 1:0": the half-time score, told in its own clause
        behind = texts[max(start, i - 4):i]
        if "auf" in ahead and not self.vocab.made_up.isdisjoint(behind):
            return False  # "holt ein 1:3 auf": a deficit made up, not the result
        if not self.vocab.turn.isdisjoint(behind) and not (prev == "ein" and texts[i - 2] == "in"):
            return False  # "drehte ein 0:2 ... in ein 3:2": the deficit turned, not the result
        if nxt is not None and nxt[:1].isupper() and i + 1 in ctx.person_at:
            return False  # match-box line "1:0 Müller (12.)"
        if nxt == "(" and i + 3 < end and texts[i + 3] == ")" and \
                texts[i + 2][:1].isdigit() and texts[i + 2].endswith(".") and i + 4 in ctx.person_at:
            return False  # APA box "1:1 (81.) Kainz"
        window_start, window_end = max(start, i - 4), min(end, i + 5)
        after_extra_time = self._extra_time_mark_after(i)
        if after_extra_time:  # "1:1 n.V., 5:4 i.E.": the score after extra time is the result, whatever
            window_start, window_end = i, i + 1  # the clause before says ("erst im Elfmeterschießen durchgesetzt")
        elif self._after_extra_time(i, Sentence(clause_start_of(texts, sent.start, i), sent.end)):
            # "trennten sich nach Verlängerung 1:1, im Elfmeterschießen ...":
            window_end = clause_end_of(texts, i, window_end)  # the shoot-out is the next clause's
        if not self.vocab.shootout.isdisjoint(texts[window_start:window_end]) \
                or not self.vocab.aggregate.isdisjoint(texts[max(start, i - 3):i]):
            return False
        if self._text_has(window_start, window_end, self.vocab.shootout_marks):
            return False
        clause_start = clause_start_of(texts, start, i)
        clause = texts[clause_start:i]
        if not self.vocab.strong_aggregate.isdisjoint(map(str.lower, clause)) or (
                not after_extra_time and not self.vocab.shootout.isdisjoint(clause)) \
                or self._text_has(clause_start, i, self.vocab.aggregate_phrases):
            return False  # "in der Addition setzte sich Real mit 4:3 durch", "Im Elfmeterschießen gewann X 4:3",
            # "Über beide Partien setzte sich der VfL mit 4:3 durch"
        if not after_extra_time and self._shootout_told_before(i, sent):
            return False  # "Nach 120 Minuten stand es 1:1, im Elfmeterschießen verschoss X, Y setzte sich mit 4:3 durch"
        if prev == "mit" and self._from_the_spot_after_extra_time(clause_start, i, sent):
            return False  # "vom Punkt behielten die Linzer mit 4:2 die Nerven": the shoot-out
        if prev == "mit" and nxt not in ("zum", "zur") and self._leading_verb_before(clause) \
                and self.vocab.leading_particles.isdisjoint(texts[i + 1:clause_end_of(texts, i, end)]) \
                and not self._kept_to_the_end(i, sent):
            return False  # "Sturm führte gegen den WAC lange mit 2:0": a lead (not "führte X mit 2:0 zum Sieg")
        clause.append(nxt if nxt is not None else "")
        if "quote" in " ".join(clause).lower() or not self.vocab.not_result_nouns.isdisjoint(clause):
            return False  # a betting quote, a vote ("mit 32:18 Stimmen")
        return True

    def _goal_of_person_before(self, i: int, start: int, end: int) -> bool:
        """Whether the clause of the score at i has a goal verb and names a person before the score
        ('stocherte Mavropanos das 2:2 über die Linie'; not 'besiegelte das 3:5 beim VfB Lübeck trotz
        Girths Doppelpack')."""
        texts, person_at = self.ctx.texts, self.ctx.person_at
        if i + 1 < end and texts[i + 1] in ("gegen", "beim", "bei"):
            return False  # "sicherte der TSG das 2:2 gegen Mainz": a result with its opponent
        clause_start = clause_start_of(texts, start, i)
        clause_start = max([k + 1 for k in range(clause_start, i) if texts[k] == "und"], default=clause_start)
        return not self.vocab.goal_verbs.isdisjoint(texts[clause_start:clause_end_of(texts, i, end)]) \
            and any(k in person_at for k in range(clause_start, i))

    def _shootout_told_before(self, i: int, sent: Sentence) -> bool:
        """Whether the sentence tells a shoot-out after a score it gave before this one ('stand es 1:1,
        im Elfmeterschießen ...'): this score is the shoot-out's tally."""
        texts = self.ctx.texts
        earlier = self.ctx.score_starts_between(sent.start, i)
        if not earlier:
            return False
        # after a clause break: not "setzte sich mit 5:4 im Elfmeterschießen durch, nach 90 Minuten 2:2"
        breaks = [k for k in range(earlier[-1] + 1, i) if texts[k] in (",", ";")]
        return bool(breaks) and not self.vocab.shootout.isdisjoint(texts[breaks[0]:i])

    def _from_the_spot_after_extra_time(self, clause_start: int, i: int, sent: Sentence) -> bool:
        """'..., vom Punkt behielten die Linzer mit 4:2 die Nerven' in a sentence (or after one) telling
        extra time, a shoot-out or a two-leg tally; not 'Dank zweier Treffer vom Punkt gewann X 2:1'."""
        ctx = self.ctx
        if not self._text_has(clause_start, i, self.vocab.from_the_spot):
            return False
        start = ctx.sentence_start(sent.start - 1) if sent.start else sent.start
        context = ctx.texts[start:sent.end]
        return not (self.vocab.shootout.isdisjoint(context) and self.vocab.aggregate.isdisjoint(context)
                    and "Verlängerung" not in context)

    def _leading_verb_before(self, clause: list[str]) -> bool:
        """Whether the clause up to the score has a verb of leading with no result word or 'und' after it:
        not 'führte zur Pause mit 1:0 und gewann am Ende auch mit 1:0'."""
        vocab = self.vocab
        at = next((k for k in range(len(clause) - 1, -1, -1) if clause[k] in vocab.leading), None)
        return at is not None and "und" not in clause[at:] and vocab.result_words.isdisjoint(clause[at:])

    def _half_time_bracket_after(self, i: int) -> bool:
        """'glich in der Nachspielzeit zum 2:2 (0:0) aus': a half-time score in brackets, lower than the
        score, follows only a final one (not 'zum 1:0 (1:0)')."""
        ht, final = self.half_time(i), parse_score(self.ctx.texts[i])
        return ht is not None and final is not None and ht[0] <= final[0] and ht[1] <= final[1] \
            and sum(ht) < final[0] + final[1]

    def _last_score(self, i: int, sent: Sentence) -> bool:
        """'Paderborn kam nur noch auf 2:3 heran', 'Der WAC verkürzte lediglich noch zum 1:2': the score
        a club closing the gap reached, with no later score in the sentence, is the final one, and that
        club lost. Not when a player is the subject ('Michel verkürzte nur noch auf 2:3'): his side is
        unknown here; not 'fehlte nur noch ein Tor zum 2:2' (no gap closed)."""
        ctx = self.ctx
        if not self._text_has(max(sent.start, i - 5), i, self.vocab.last_score):
            return False
        parsed = parse_score(ctx.texts[i])
        if parsed is None or parsed[0] == parsed[1] or ctx.score_starts_between(i + 1, sent.end):
            return False
        if self.vocab.closing_gap.isdisjoint(ctx.texts[sent.start:sent.end]):
            return False
        return any(m.end <= i and m.preposition is None and m.label != "CITY" for m in ctx.club_mentions(sent))

    def _kept_to_the_end(self, i: int, sent: Sentence) -> bool:
        """'ein 3:0, bei dem es bis zum Schluss blieb', 'Zur Pause stand es 2:0. Dabei blieb es.': a score
        the rest of its sentence, or the next sentence of its paragraph (one without a score of its own),
        says was kept to the end."""
        ctx = self.ctx
        texts = ctx.texts
        if ctx.score_starts_between(i + 1, sent.end):
            return False  # a later score in the sentence is the one that was kept
        windows = [(i + 1, sent.end)]
        if sent.end < len(texts) and not texts[sent.end].isspace():
            following = ctx.sentence_at(sent.end)
            if not ctx.score_starts_between(following.start, following.end):
                windows.append((following.start, following.end))
        return any(not self.vocab.kept_verbs.isdisjoint(texts[start:end]) and "nicht" not in texts[start:end]
                   and self._text_has(start, end, self.vocab.kept_pointers) for start, end in windows)

    def _judged_result(self, i: int) -> bool:
        """'für ein ungefährdetes 2:0', 'ein hochverdientes 3:1': an adjective right before the score
        that judges a whole game, so the score is the final one."""
        word = self.ctx.texts[i - 1].lower() if i else ""
        return any(word.startswith(stem) and word[len(stem):] in ADJECTIVE_ENDINGS
                   for stem in self.vocab.judged_results)

    def _at_half_time(self, i: int, start: int, reach: int = 3) -> bool:
        """'zur Pause mit 1:0', 'zur Halbzeit 2:2': a half-time word with its preposition right before
        the score (at most `reach` tokens before it, not before `start`)."""
        texts = self.ctx.texts
        return any(texts[k] in self.vocab.half_time and texts[k - 1].lower() in ("zur", "bei", "beim")
                   for k in range(max(start + 1, i - reach), i))

    def _bracket_result(self, i: int, sent: Sentence) -> bool:
        """'..., der sich beim WAC erst im Elfmeterschießen durchgesetzt hatte (1:1 n.V., 5:4 i.E.)':
        a bracket after a clause that tells a result, with no score before it, holds the result."""
        return self._extra_time_mark_after(i) and not self.ctx.score_starts_between(sent.start, i)

    def _bracket_after_result_phrase(self, i: int, sent: Sentence) -> bool:
        """'Dem Auftaktsieg in Osnabrück (3:2) folgte ...', 'Pleiten in Rostock (0:1), gegen Aue (4:6)',
        'Nach der Niederlage (1:3) bei der Fortuna': a bracket holding only a score, right after a
        result noun or after a club named with its ground's or opponent's preposition in a sentence
        that tells a result, holds that result (not a half-time score, which follows a score)."""
        texts = self.ctx.texts
        if i + 1 >= sent.end or texts[i + 1] != ")" or i - 2 < sent.start or self._half_time_of_earlier(i, sent):
            return False
        if self._result_noun(texts[i - 2]):
            return True
        return self._club_before_bracket(self.ctx.club_mentions(sent), i) is not None and \
            any(texts[k] in self.vocab.result_words or self._result_noun(texts[k]) for k in range(sent.start, i))

    def _half_time_of_earlier(self, i: int, sent: Sentence) -> bool:
        """'siegte mit 3:1 gegen den VfL Wolfsburg (1:0)': the bracket follows a score outside brackets
        in the same clause, so it holds that match's half-time score."""
        texts = self.ctx.texts
        earlier = self._results_between(sent.start, i - 1)
        # not "ein 2:5 in X sowie Heimniederlagen gegen Y (1:4)": a coordinated result of its own
        return bool(earlier) and not self._bracketed(earlier[-1]) and \
            not any(texts[k] in (",", ";", "sowie") for k in range(earlier[-1] + 1, i))

    def _club_before_bracket(self, mentions: list[ClubMention], i: int) -> ClubMention | None:
        """'in Rostock (0:1)', 'gegen Erzgebirge Aue (4:6)': the opponent or ground named right before
        the bracket holding the score at i."""
        if self.ctx.texts[i - 1] != "(":
            return None
        return next((m for m in mentions if m.end == i - 1 and m.preposition in self.opponent_prepositions), None)

    def _result_noun(self, word: str) -> bool:
        """'Sieg', 'Auftaktsieg', 'Pleiten', 'Remis': a noun that tells a result."""
        if not word[:1].isupper():
            return False
        lower = word.lower()
        vocab = self.vocab
        return word in vocab.result_words or lower.endswith(vocab.result_suffixes) or \
            (lower.endswith("n") and lower[:-1].endswith(vocab.result_suffixes))

    def _extra_time_mark_after(self, i: int) -> bool:
        """'1:1 n.V.' ('n.V.' may be one token or two), '1:1 nach Verlängerung' (also 'nach der')."""
        texts = self.ctx.texts
        nxt = texts[i + 1] if i + 1 < len(texts) else None
        if nxt == "nach":
            return "Verlängerung" in texts[i + 2:i + 4]
        return nxt in self.vocab.extra_time_marks or (nxt == "n." and i + 2 < len(texts) and texts[i + 2] == "V.")

    def _word_before_adjectives(self, i: int, start: int) -> str | None:
        """The word before the score at i, passing over up to two lower-case adjectives
        ('zum umjubelten 2:1', 'zum zwischenzeitlichen 1:1')."""
        texts = self.ctx.texts
        k = i - 1
        while k > start and k >= i - 2 and texts[k][:1].islower() and texts[k].endswith(("en", "em", "er", "e")) \
                and texts[k] not in ("zum", "zur", "auf") and texts[k].lower() not in self.vocab.before_intermediate:
            k -= 1
        return texts[k] if k >= start else None

    def _text_has(self, start: int, end: int, phrases: tuple[str, ...]) -> bool:
        """Whether the text of tokens start..end contains one of the phrases.

        The tokens' strings joined without white space hold every run of the text that has no
        white space in it, so they rule most windows out without building the `Span`.
        """
        joined = "".join(self.ctx.texts[start:end])
        if not any(all(word in joined for word in words) for words in phrase_words(phrases)):
            return False
        text = self.ctx.text_of(start, end)
        return any(phrase in text for phrase in phrases)

    def _after_extra_time(self, i: int, sent: Sentence) -> bool:
        """'nach 120 (intensiven) Minuten hatte es 1:1 gestanden', 'nach der Verlängerung 2:2': the
        final score."""
        start = max(sent.start, i - 6)
        if self._text_has(start, i, ("Verlängerung",)):
            return True
        texts = self.ctx.texts
        return any(texts[k] == "120" and "Minuten" in texts[k + 1:min(i, k + 4)] for k in range(start, i))

    def _result_follows(self, i: int) -> bool:
        texts = self.ctx.texts
        return texts[i] == "nach" and i + 1 < len(texts) and texts[i + 1] in self.vocab.final_after_nach

    def half_time(self, score: int) -> tuple[int, int] | None:
        texts = self.ctx.texts
        n = len(texts)
        i = score + 1
        extra_time_marks = self.vocab.extra_time_marks
        if i < n and (texts[i] in extra_time_marks or texts[i] in ("n.", "nach")):
            i += 1 if texts[i] in extra_time_marks else 2  # "2:1 n.V. (1:1)", "2:1 n. V.", "2:1 nach Verlängerung"
        if i + 1 < n and texts[i] == "(" and "-" in texts[i + 1]:
            parsed = parse_score(texts[i + 1].split(")")[0])  # "3:0 (1:0)-Erfolg"
            if parsed and ")" in texts[i + 1]:
                return parsed[0], parsed[1]
        if i + 2 < n and texts[i] == "(":
            inner = texts[i + 1]
            if inner in self.vocab.half_time_labels and i + 3 < n:
                inner = texts[i + 2] if texts[i + 2] != ":" else texts[i + 3]
            parsed = parse_score(inner)
            if parsed and not parsed[2] and not self._name_follows(i + 2):
                return self._earlier_of_two(parsed[:2], texts[i + 2:i + 4])
        return None

    def _name_follows(self, k: int) -> bool:
        """'1:1 (1:0 Baumgartner 34., 1:1 Ljubic 56.)': a bracketed score with a name after it opens
        the list of running scores, not a half-time score."""
        texts = self.ctx.texts
        return k < len(texts) and texts[k][:1].isupper() and texts[k].isalpha() \
            and texts[k] not in self.vocab.half_time_labels

    @staticmethod
    def _earlier_of_two(first: tuple[int, int], rest: list[str]) -> tuple[int, int]:
        """'2:1 n.V. (1:1, 0:0)': of two bracketed scores the half-time score is the one no side
        has more goals in, whichever order the outlet writes them in ('(0:0, 1:1)' too)."""
        if len(rest) < 2 or rest[0] != ",":
            return first
        second = parse_score(rest[1].rstrip(")"))
        if second is None or second[2] or second[:2] == first:
            return first
        later = second[0] >= first[0] and second[1] >= first[1]
        earlier = second[0] <= first[0] and second[1] <= first[1]
        return second[:2] if earlier and not later else first

    def outcome(self, sent: Sentence, i: int, suffix: str) -> str | None:
        if suffix:
            if suffix.endswith(self.vocab.win_suffixes):
                return "win"
            if suffix.endswith(self.vocab.loss_suffixes):
                return "loss"
            if suffix.endswith(self.vocab.draw_suffixes):
                return "draw"
        if self._after_nach(i, sent.start):
            return None  # "Schalke feierte nach dem 1:3 in Köln den ersten Punkt": the verb tells another match
        texts = self.ctx.texts
        start, end = self._contrast_clause(*self._around(sent, i), i)
        start, end = self._own_part(sent, i, start, end)
        words = set(texts[start:end])
        if words & self.vocab.pushed_through and "durch" in words:
            return "win"  # "setzte sich mit 2:0 durch"
        if self._passive_defeat(words):
            return "loss"  # "musste sich mit 3:5 geschlagen geben", "wurde beim VfL mit 1:4 deklassiert"
        if self._last_score(i, sent):
            return "loss"  # "kam nur noch auf 3:2 heran": the side that closed the gap lost
        if words.isdisjoint(self.vocab.result_words):
            return None
        best, distance = None, 10**6
        vocab = self.vocab
        for k in compress(range(start, end), map(vocab.result_words.__contains__, texts[start:end])):
            if k < i and self._after_nach(k, start):
                continue  # "nach einem Rückschlag in Wiesbaden, das 2:0 gegen X": another match's outcome
            text = texts[k]
            kind = "win" if text in vocab.win else "loss" if text in vocab.loss else "draw"
            if abs(k - i) < distance:
                best, distance = kind, abs(k - i)
        return best

    def _passive_defeat(self, words: set[str]) -> bool:
        """Whether the words tell a loss in the passive: 'wurde mit 1:4 deklassiert', 'ließ sich vorführen', 'musste sich
        geschlagen geben' (also 'hat sich ... geschlagen geben müssen'); not the perfect of a win beside
        another clause ('hat den VfL mit 2:1 bezwungen und wurde gefeiert')."""
        vocab = self.vocab
        if "sich" in words and "nicht" not in words and not vocab.let_forms.isdisjoint(words) \
                and not vocab.let_defeat.isdisjoint(words):
            return True  # "ließ sich von X im Wildpark mit 0:2 vorführen"
        if vocab.win_participles.isdisjoint(words) or vocab.beaten.isdisjoint(words):
            return False
        return not vocab.give_forms.isdisjoint(words) or vocab.perfect_auxiliaries.isdisjoint(words)

    def _own_part(self, sent: Sentence, i: int, start: int, end: int) -> tuple[int, int]:
        """The part of start..end that tells the score at i when the sentence holds other results:
        a result word belongs to the score of its own clause ('gegen X 1:2 verloren, danach folgte ein
        3:0'), never to one beyond another score, and the main verb is not the outcome of an earlier
        match named with 'nach' ('nach dem 3:0 gegen X hat Y mit 0:1 verloren')."""
        texts = self.ctx.texts
        others = [k for k in self._results_of_sentence(sent) if k != i]
        if not others:
            return start, end
        before = [k for k in others if k < i]
        after = [k for k in others if k > i]
        if before:
            start = max(start, before[-1] + 1)
            boundary = next((k for k in range(before[-1] + 1, i) if texts[k] in (",", ";", "–")), None)
            if boundary is not None:
                start = boundary + 1
        if after:
            end = min(end, after[0])
            if self._after_nach(i, sent.start):
                end = min(end, i + 1)
        return start, end

    def _bracketed(self, k: int) -> bool:
        """A score in the bracket of another one: '2:1 (1:1)', '3:2 n.V. (2:2, 0:1)'."""
        texts = self.ctx.texts
        return k > 0 and (texts[k - 1] == "(" or (texts[k - 1] == "," and k > 2 and texts[k - 3] == "("))

    def _after_nach(self, i: int, start: int) -> bool:
        """'nach dem (befreienden) 4:1', 'nach einer 0:4-Abreibung': an earlier match named in passing."""
        texts = self.ctx.texts
        k = i - 1
        while k > start and k >= i - 3 and texts[k][:1].islower() and texts[k] not in (
                "dem", "der", "einem", "einer", "nach"):
            k -= 1
        return k > start and texts[k] in ("dem", "der", "einem", "einer") and texts[k - 1].lower() == "nach"

    def home_side(self, sent: Sentence, i: int, subject: str, opponent: ClubMention | None, suffix: str) -> bool | None:
        """True if the subject played at home, False if away, None if the text does not say."""
        if opponent is not None and (opponent.preposition in ("beim", "bei", "in", "im", "zu") or self._auf_ground(opponent)):
            return False  # "beim VfL", "auf Schalke": at the opponent's ground
        if suffix and suffix.endswith(self.vocab.home_suffixes):
            return True
        if suffix and suffix.endswith(self.vocab.away_suffixes):
            return False
        ctx = self.ctx
        texts = ctx.texts
        start, end = self._around(sent, i)
        cues = self.vocab.venue_cues
        # "..., Red Bull Salzburg bleibt nach einem Auswärtssieg in Linz dran": another club's clause
        cue_end = next((k for k in range(i + 1, end - 1) if texts[k] in (",", ";") and k + 1 in ctx.club_at), end)
        for k in [k for k in range(start, cue_end) if texts[k] in cues and not ctx.in_quote[k]]:
            text = texts[k]
            if text in self.vocab.home_cues:
                if text in ("eigenem", "eigenen", "eigener") and k > 0 and texts[k - 1] in ("dessen", "deren"):
                    return False  # "zerlegten den 1. FC Magdeburg in dessen eigenem Stadion": the opponent's ground
                if text in ("Hause", "eigenem", "eigenen", "eigener") and not self._home_phrase(k):
                    continue
                return True
            if text in self.vocab.away_cues:
                if text == "Gast" and not (k > 0 and texts[k - 1].lower() == "zu"):
                    continue
                return False
        for venue_start, owner in self.ctx.venue_owners:
            if sent.start <= venue_start < sent.end:
                if owner == subject:
                    return True
                if opponent is not None and owner == opponent.club:
                    return False
        if opponent is not None:
            others = [k for k in self._results_between(start, end) if k != i and not self._bracketed(k)]
            start = max([start] + [k + 1 for k in others if k < i])  # "gewann 3:1 und glich die 1:2-Niederlage
            end = min([end] + [k for k in others if k > i])  # aus dem Hinspiel in London aus": that score's city
            return self._home_by_city(start, end, subject, opponent.club)
        return None

    def _home_by_city(self, start: int, end: int, subject: str, opponent: str) -> bool | None:
        """'hat ihren Test in Basel gegen die Schweiz gewonnen', 'siegte in Darmstadt gegen den SV
        Darmstadt 98': a city (or, for national teams, a city of the country) named with 'in' beside
        the score is the home ground of the team from there."""
        ctx = self.ctx
        texts, index = ctx.texts, ctx.index
        for k in range(start, end - 1):
            if texts[k] not in ("in", "im") or ctx.in_quote[k]:
                continue
            capitals = country_cities()
            city = next((place for n in (1, 2, 3) if k + 1 + n <= end
                         and ((place := ctx.text_of(k + 1, k + 1 + n)) in index.cities or place in capitals)), None)
            if city is None:
                continue
            countries = {index.clubs[name].country for name in index.cities.get(city, ()) if name in index.clubs}
            if city in capitals:
                countries.add(capitals[city])
            at = [team for team in (subject, opponent) if (club := index.clubs.get(team)) is not None and (
                club.city == city or (club.kind == "national" and club.country in countries))]
            if len(at) == 1:
                return at[0] == subject
        return None

    def settle_by_teamless_city(self) -> None:
        """Order a match whose home side its own sentence left open by a score told without teams but
        with the city it was played in: 'Nach dem 1:1 in Oslo: ...' over 'kam gegen Norwegen nicht über
        ein 1:1 hinaus' makes Norway the host. Only a score that fits one open match counts."""
        ctx = self.ctx
        open_matches = [m for m in ctx.matches if not m.ordered]
        if not open_matches:
            return
        for i in ctx.score_starts:
            score = parse_score(ctx.texts[i])
            if score is None or ctx.in_quote[i]:
                continue
            sent = ctx.sentence_at(i)
            if ctx.club_mentions(sent):
                continue  # a score with teams is a result of its own
            fitting = [m for m in open_matches if score[:2] in ((m.home_goals, m.away_goals), (m.away_goals, m.home_goals))]
            if len(fitting) != 1:
                continue
            match = fitting[0]
            start, end = self._around(sent, i)
            if match.sentence != sent and (not self.legs.isdisjoint(ctx.texts[start:end])
                                           or any(YEAR.fullmatch(t) for t in ctx.texts[sent.start:sent.end])):
                continue  # "Schon das Hinspiel endete 1:1 in Oslo", "das Duell 2019 in Berlin": another match
            at_home = self._home_by_city(start, end, match.home, match.away)
            if at_home is None:
                continue
            if not at_home:
                match.home, match.away = match.away, match.home
                match.home_goals, match.away_goals = match.away_goals, match.home_goals
                match.ht = (match.ht[1], match.ht[0]) if match.ht else None
            match.ordered = True
            open_matches.remove(match)

    def _contrast_clause(self, start: int, end: int, i: int) -> tuple[int, int]:
        """The part of start..end on the score's side of a contrast ('ein 5:1 gegen X, doch danach
        folgte ein Rückschlag'): the result words of the other clause tell another story."""
        texts = self.ctx.texts
        for k in range(i + 1, end - 1):
            if texts[k] in (",", ";") and texts[k + 1] in self.contrast_words:
                end = k
                break
        for k in range(i - 1, start, -1):
            if texts[k - 1] in (",", ";") and texts[k] in self.contrast_words:
                start = k
                break
        return start, end

    @staticmethod
    def _around(sent: Sentence, i: int) -> tuple[int, int]:
        """The part of a sentence that speaks of one score: at most CONTEXT tokens either side."""
        return max(sent.start, i - CONTEXT), min(sent.end, i + CONTEXT)

    def _home_phrase(self, k: int) -> bool:
        texts = self.ctx.texts
        text = self.ctx.text_of(max(0, k - 2), min(len(texts), k + 2))
        return any(p in text for p in self.vocab.home_phrases)

    def assemble(self, sent: Sentence, i: int, a: int, b: int, suffix: str, ht: tuple[int, int] | None,
                 claimed: set[int]) -> MatchState | None:
        """The match of the score (or goalless result) at token i, or None when the teams are unknown."""
        ctx = self.ctx
        mentions = ctx.club_mentions(sent)
        pair = self.listed_pair(mentions, i)
        if pair:
            home, away = pair
            return self._state(sent, home.club, away.club, a, b, ht, True, main=ht is not None)
        if (winner := self._winner_after_fuer(i, sent)) is not None and a != b \
                and (fixture := self.fixture_for(winner)) is not None:
            home, away, ordered = fixture  # "am Ende hieß es 3:2 für die Gäste": the score of the winner
            high, low = max(a, b), min(a, b)
            return self._state(sent, home, away, *((high, low) if winner == home else (low, high)), ht, ordered,
                               main=ht is not None)
        clause_mentions = self.same_clause(mentions, i, sent)
        pair = self.joined_pair(self._own_clause_first(clause_mentions, i, sent), sent)
        if pair:
            first, second = pair
            host = self._ground_owner_of_result(sent, i, {first.club, second.club})
            if host == second.club:  # "Im Rudolf-Harbig-Stadion trennten sich Ulm und Dresden 0:0"
                return self._state(sent, second.club, first.club, b, a, (ht[1], ht[0]) if ht else None, True,
                                   main=ht is not None)
            return self._state(sent, first.club, second.club, a, b, ht, host == first.club, main=ht is not None)
        opponent = self._club_before_bracket(mentions, i) or self.nearest_opponent(mentions, i, claimed, sent) \
            or self.opponent_by_role(sent, i)
        subject = self._possessive_team_club(sent, i)  # "Am Samstag bezwang sein Team die TSG mit 3:1"
        if subject is None:
            subject = self._owner_after_score(mentions, i, opponent)  # "beim 2:0 von Eyüpspor gegen Alanyaspor"
        if subject is None or (opponent is not None and subject == opponent.club):
            subject = self.clause_subject(mentions, i, sent, exclude={opponent.club} if opponent else set())
        if subject is None:
            subject, at = ctx.subject_club(sent, exclude={opponent.club} if opponent else set())
            if at is not None and at > i and at >= (boundary := self._next_result_clause(i, sent)):
                # "Der 2:1-Erfolg beim X gab dem Team Auftrieb, gegen Y gelang mit 5:0 die Revanche: Mit
                # 5:0 wurden die Saarländer ...": the next result's clause has its own subject
                own_subject, own_at = ctx.subject_club(Sentence(sent.start, boundary),
                                                       exclude={opponent.club} if opponent else set())
                if own_subject is not None:
                    subject, at = own_subject, own_at
            if at is not None and at in claimed and self._results_between(sent.start, i):
                subject = None  # "Beim TuS Dassendorf gab es ein 9:0, gegen Norderstedt folgte ein 3:1": not Dassendorf's
            if at is not None and at > i and opponent is not None and opponent.preposition in ("beim", "bei") \
                    and ctx.texts[at] in ctx.away_nouns:
                subject = None  # "setzte es ein 0:2 beim FCK – ohne dass die Gäste ...": this match's side, not the last one's
        if opponent is None:
            objects = [m for m in clause_mentions if m.preposition is None and m.label != "CITY"]
            demonym = self._unknown_demonym_subject(sent, i) if objects else None
            if demonym is not None and objects[0].start > demonym:
                named = self._club_of_demonym(ctx.texts[demonym])
                if named not in (None, objects[0].club):
                    subject = named  # "unterlagen die Hollenstettener dem FC X": the 1. FC Hollenstetten
                elif ctx.last_subject not in (None, objects[0].club):
                    subject = ctx.last_subject  # "unterlagen die Dornbacher dem SV Leobendorf mit 1:3"
            free = [m for m in objects if m.club != subject]
            hosts = self._named_hosts(sent, subject) if not free and subject is not None else []
            if free and subject is not None:
                opponent = free[0]
            elif len(hosts) == 1:  # "Im heimischen Olympiastadion setzte sich der 1. FC Kaiserslautern mit 3:1
                opponent = hosts[0]  # durch": the ground's club, named elsewhere in the article, was the host
            else:
                earlier = ctx.score_starts_between(sent.start, i)
                since = max(sent.start, earlier[-1] + 4 if earlier else 0)  # not "nach dem 3:0 im Hinspiel"
                legs = [k for k in range(since, min(i + 4, sent.end)) if ctx.texts[k] == "Hinspiel"]
                first_leg = any(k >= i - 6 for k in legs)  # "Das Hinspiel in Italien war 1:1 ausgegangen"
                # "Das Hinspiel im September hatte ...": the first leg of the game to come
                fixture = self.fixture_for(subject, to_come=bool(legs))
                outcome = self.outcome(sent, i, suffix)
                settled = ht is not None or suffix or outcome or \
                    not self.vocab.final.isdisjoint(ctx.texts[slice(*self._around(sent, i))]) or \
                    self._after_extra_time(i, sent) or "Endstand" in ctx.span_text(sent) or "Schluss" in ctx.span_text(sent) \
                    or (ctx.texts[i - 1] == "mit" and bool(ctx.venue_clubs_in(sent))) or self._last_score(i, sent) \
                    or self._judged_result(i) or self._kept_to_the_end(i, sent)
                # "das Duell in der Stockhorn Arena mit 2:0 für sich entschieden" (not "erzielte das 1:0")
                if fixture is None or not settled or self._year_after(i, sent):
                    return None  # "nach der 0:2-Finalniederlage von 2019": another season's match
                home, away, ordered = fixture
                beside_second = len(ctx.score_starts_between(sent.start, sent.end)) > 1 and self._first_leg_beside_second(i)
                if first_leg and not beside_second:  # that one `find` turns round
                    home, away = away, home  # "Das Hinspiel in Italien war 1:1 ausgegangen": the other ground
                if subject not in (home, away):
                    return self._state(sent, home, away, a, b, ht, ordered, main=ht is not None)
                other = away if subject == home else home
                opponent = ClubMention(i, i, other, "REF", None)
                at_home = self.home_side(sent, i, subject, opponent, suffix)
                if at_home is None:
                    at_home = subject == home
                else:
                    ordered = True
                x, y, hx = self._perspective(a, b, ht, outcome)
                if at_home:
                    return self._state(sent, subject, other, x, y, hx, ordered, main=ht is not None)
                return self._state(sent, other, subject, y, x, (hx[1], hx[0]) if hx else None, ordered,
                                   main=ht is not None)
        if subject is None and a != b and self._bare_subject_before_is(sent, i, opponent.club):
            return None  # "Das Hinspiel in Dortmund hatte die Borussia gewonnen": its subject plays at home
        if subject is None and len(hosts := self._grounds_of_score(sent, i) - {opponent.club}) == 1:
            subject = hosts.pop()  # "beim 2:0 am Millerntor gegen Kaiserslautern": the ground's club played
        if subject is None:
            subject = self._next_opponent(sent, i)  # "Der Gegner kommt mit einem 3:1 gegen X": the other side
        if subject is None:
            person = self._person_subject(sent)
            label = self._paragraph_label(sent)  # "FC Augsburg: ... Beim 6:0 in Darmstadt war ...": the topic
            if person is not None:  # "Grabner traf beim 3:1 gegen den SSC Neapel doppelt": his team's result
                fallbacks = (ctx.club_of(person), label, ctx.last_subject, ctx.focus_club)
            elif label is not None:
                fallbacks = (label,)
            elif (demonym := self._unknown_demonym_subject(sent, i)) is not None:
                fallbacks = (self._club_of_demonym(ctx.texts[demonym]), ctx.last_subject, ctx.focus_club)
            elif self._opens_with_player_role(sent) or self._player_role_after_verb(sent):
                # "Der österreichische Nationalstürmer traf beim 3:1 ...": the team spoken of last
                fallbacks = (ctx.last_subject, ctx.focus_club)
            elif self._follows_sentence_with_subject(sent):
                # "Für Chemnitz spitzt sich die Lage zu. Schon in Rostock hatte es ein 1:3 gesetzt": the
                # sentence before names who the subjectless one is about
                fallbacks = (ctx.last_subject, ctx.focus_club)
            else:
                fallbacks = (ctx.focus_club,)
            subject = next((club for club in fallbacks if club is not None and club != opponent.club
                            and self._same_kind(club, opponent.club)), None)
        if (subject is None or subject == opponent.club) and a == b and opponent.preposition in ("in", "im") \
                and (fixture := self.fixture_for(opponent.club)) is not None:
            # "das Hinspiel in Frankfurt war 1:1 geendet": a draw at the ground of one side of a fixture
            # (a win needs its subject, `_bare_subject_before_is`: "in Dortmund hatte die Borussia 2:0 gewonnen")
            subject = fixture[1] if fixture[0] == opponent.club else fixture[0]
        if subject is None or subject == opponent.club:
            return None
        claimed.add(opponent.start)
        x, y, hx = self._perspective(a, b, ht, self.outcome(sent, i, suffix))
        at_home = self.home_side(sent, i, subject, opponent, suffix)
        if at_home is False:
            return self._state(sent, opponent.club, subject, y, x, (hx[1], hx[0]) if hx else None, True,
                               main=ht is not None)
        return self._state(sent, subject, opponent.club, x, y, hx, at_home is True, main=ht is not None)

    def _final_for(self, i: int, start: int) -> bool:
        """Whether the clause of the score at i tells the final score with 'am Ende' and the like, and
        not of a half, a leg or a record ('Am Ende der ersten Halbzeit', 'im direkten Vergleich')."""
        texts = self.ctx.texts
        clause_start = clause_start_of(texts, start, i)
        clause = texts[clause_start:i]
        return self._text_has(clause_start, i, self.vocab.final_phrases) and self.vocab.half_time.isdisjoint(clause) \
            and self.legs.isdisjoint(clause) and self.vocab.not_final_context.isdisjoint(clause)

    def _winner_after_fuer(self, i: int, sent: Sentence) -> str | None:
        """The club after '3:2 für' ('für die Gäste', 'für den FCK') when the score is a final one told
        with 'am Ende' and the like, else None (not '1:4-Klatsche für den HSV': a result noun's own)."""
        ctx = self.ctx
        texts = ctx.texts
        if i + 2 >= sent.end or texts[i + 1] != "für" or texts[i + 2] == "sich" or "-" in texts[i] \
                or not self._final_for(i, sent.start):
            return None
        k = i + 3 if texts[i + 2] in ("die", "den", "das") else i + 2
        if k >= sent.end:
            return None
        if (mention := ctx.club_at.get(k)) is not None and mention.start == k:
            return mention.kb_id_
        return ctx.team_noun_club(texts[k]) if texts[k] in ctx.side_nouns else None

    def _ground_owner_of_result(self, sent: Sentence, i: int, teams: set[str]) -> str | None:
        """The one team of `teams` whose stadium the score's own clause names (no leg of another
        game: 'das Rückspiel im Letzigrund steht noch aus'): that team played at home."""
        texts = self.ctx.texts
        # across a colon: "Keine Tore gab es im Donaustadion: X und Y trennten sich torlos"
        start, end = clause_start_of(texts, sent.start, i, (",", ";")), clause_end_of(texts, i, sent.end)
        if not self.legs.isdisjoint(texts[start:end]):
            return None
        owners = self.ctx.venue_clubs_in(Sentence(start, end)) & teams
        return owners.pop() if len(owners) == 1 else None

    def _next_opponent(self, sent: Sentence, i: int) -> str | None:
        """The club an opponent noun without a preposition before the score stands for ('Der Gegner reist
        mit einem 3:1 an'): the other side of the fixture of the team the text spoke of last."""
        ctx = self.ctx
        last = ctx.last_subject
        if last is None or ctx.opponent_nouns.isdisjoint(ctx.texts[sent.start:i]):
            return None
        if not any(ctx.texts[k] in ctx.opponent_nouns and not ctx.in_quote[k] and ctx.preposition_before(k) is None
                   for k in range(sent.start, i)):
            return None  # "im Spiel gegen den Gegner": not the subject
        fixture = self.fixture_for(last)
        if fixture is None:
            return None
        return fixture[1] if fixture[0] == last else fixture[0]

    def _grounds_of_score(self, sent: Sentence, i: int) -> set[str]:
        """Owners of the stadiums named beside the score at i, with no other score between: not the
        ground of the result before it ('im Old Trafford 0:1 verloren, danach folgte ein 2:0')."""
        start, end = self._around(sent, i)
        scores = self.ctx.score_starts_between(start, end)
        before = [k for k in scores if k < i]
        after = [k for k in scores if k > i]
        return self.ctx.venue_clubs_in(Sentence(before[-1] + 1 if before else start, after[0] if after else end))

    def _bare_subject_before_is(self, sent: Sentence, i: int, club: str) -> bool:
        """Whether the sentence's subject is `club`, named without a preposition in the clause of the
        score at i, before it (not the object of a later clause: 'Beim 6:0 in Darmstadt war es
        entschieden: X und Y schossen die Lilien ab')."""
        ctx = self.ctx
        subject, start = ctx.subject_club(sent)
        if subject != club or start is None or start > i:
            return False
        return any(m.start == start and m.preposition is None for m in ctx.club_mentions(sent)) and \
            not any(ctx.texts[k] in (",", ";", ":") for k in range(start, i))

    def _named_hosts(self, sent: Sentence, subject: str) -> list[ClubMention]:
        """The clubs owning a stadium the sentence names, other than the subject, that the article names
        as clubs too (a final's neutral ground names no host), as opponents playing at home."""
        ctx = self.ctx
        named = {club.kb_id_ for club in ctx.clubs}
        return [ClubMention(start, start, owner, "VENUE", "im") for start, owner in ctx.venue_owners
                if sent.start <= start < sent.end and owner != subject and owner in named]

    def _paragraph_label(self, sent: Sentence) -> str | None:
        """The club a paragraph of a column is headed with: 'FC Augsburg: Die Torfabrik des Spieltags ...'
        (a club at the start of the sentence's line, right before a colon)."""
        ctx = self.ctx
        line_start = ctx.line_start(sent.start)
        mention = ctx.club_at.get(line_start)
        if mention is None or mention.end >= len(ctx.texts) or ctx.texts[mention.end] != ":":
            return None
        return mention.kb_id_

    def _follows_sentence_with_subject(self, sent: Sentence) -> bool:
        """Whether the sentence right before `sent` had a club subject (`ctx.last_subject`) and `sent` has
        none of its own (not even one that is also the opponent: 'Das Hinspiel in Dortmund hatte die
        Borussia gewonnen')."""
        ctx = self.ctx
        if ctx.last_subject_sentence is None or sent.start == 0 or ctx.subject_club(sent)[0] is not None:
            return False
        return ctx.sentence_start(sent.start - 1) == ctx.last_subject_sentence

    def _owner_after_score(self, mentions: list[ClubMention], i: int, opponent: ClubMention | None) -> str | None:
        """'beim 2:0 von Eyüpspor gegen Alanyaspor', 'das 3:1 des VfB gegen Köln': the club named with
        'von'/'des' right after the score is the side whose result it is, the opponent's after 'gegen'."""
        texts = self.ctx.texts
        if opponent is None or opponent.preposition != "gegen" or i + 2 >= len(texts) or texts[i + 1] not in ("von", "des"):
            return None
        owner = next((m for m in mentions if m.start in (i + 2, i + 3)), None)  # "von Eyüpspor", "des FC X"
        return owner.club if owner is not None and owner.club != opponent.club and owner.end <= opponent.start else None

    def _possessive_team_club(self, sent: Sentence, i: int) -> str | None:
        """'bezwang sein Team die TSG mit 3:1': the club of the person named last before 'sein', when the
        phrase stands before the score (after any earlier result of the sentence) and the article gives
        that person a club."""
        ctx = self.ctx
        earlier = self._results_between(sent.start, i)  # the phrase stands in this result's stretch of the sentence
        k = next((k for k in range(earlier[-1] + 1 if earlier else sent.start, i) if ctx.texts[k] in self.possessive_heads
                  and self._text_has(k, min(k + 2, i), self.vocab.possessive_teams)), None)
        if k is None:
            return None
        before = bisect_right(ctx.people_starts, k) - 1
        return ctx.club_of(ctx.people[before].kb_id_) if before >= 0 else None

    def _person_subject(self, sent: Sentence) -> str | None:
        """The person a sentence opens with ('Lukas Grabner traf ...', 'Der österreichische
        Nationalstürmer traf ...'): the team of the result is his."""
        ctx = self.ctx
        for k in range(sent.start, min(sent.end, sent.start + 4)):
            mark = ctx.person_at.get(k)
            if mark is not None:
                return mark.kb_id_
            if k in ctx.club_at:
                return None
        return None

    def _opens_with_player_role(self, sent: Sentence) -> bool:
        """'Der österreichische Nationalstürmer', 'Der Kapitän': an article, at most two lower-case
        words and a player's or coach's role noun open the sentence."""
        return self.ctx.texts[sent.start] in ("Der", "Die") and self._role_noun_after(sent.start, sent)

    def _player_role_after_verb(self, sent: Sentence) -> bool:
        """'Beim 3:1 gegen Newcastle traf der Mittelstürmer zweimal': a role noun with its article
        right after the verb that follows the fronted phrase is the subject."""
        texts = self.ctx.texts
        for k in range(sent.start + 2, min(sent.end - 1, sent.start + 16)):
            if texts[k] in ("der", "die") and texts[k - 1].isalpha() and texts[k - 1].islower() \
                    and texts[k - 1] not in self.not_verbs:
                return self._role_noun_after(k, sent)
        return False

    def _role_noun_after(self, article: int, sent: Sentence) -> bool:
        """Whether the first capitalised word within three tokens after the article is a role noun."""
        texts = self.ctx.texts
        head = next((texts[j] for j in range(article + 1, min(sent.end, article + 4)) if texts[j][:1].isupper()), "")
        return head.lower().endswith(role_suffixes())

    def _club_of_demonym(self, word: str) -> str | None:
        """The article's club whose place the demonym no list knows is made of: 'Hollenstettener' ->
        '1. FC Hollenstetten', 'Bremer' -> a club named after Bremen."""
        stem = word[:-2]  # "Hollenstettener" -> "Hollenstetten"
        found = {club.kb_id_ for club in self.ctx.clubs
                 if (last := club.kb_id_.split()[-1]) == stem or (last.endswith("en") and last[:-2] == stem)}
        return found.pop() if len(found) == 1 else None

    def _unknown_demonym_subject(self, sent: Sentence, i: int) -> int | None:
        """'Die Mozartstädter setzten sich ... durch', 'Die Skandinavierinnen hatten Dänemark 1:0 geschlagen',
        'Am Freitag unterlagen die Dornbacher dem SV X
        mit 1:3': a plural demonym no list knows as the subject before the score, i.e. the team the
        text spoke of last (not after a preposition: 'gegen die Dornbacher' is the opponent). Its position."""
        texts, ctx = self.ctx.texts, self.ctx
        for k in range(sent.start, min(i, sent.start + 8, sent.end - 1)):
            if texts[k] not in ("Die", "die"):
                continue
            word = texts[k + 1]
            if not (word.endswith(("er", "erinnen")) and word[:1].isupper() and word.isalpha()
                    and k + 1 not in ctx.club_at and k + 1 not in ctx.person_at) \
                    or word in ctx.side_nouns:  # "Die Gastgeber" is a side, no demonym
                continue
            before = texts[k - 1] if k > sent.start else ""
            if not before or (before.islower() and before.isalpha() and before not in self.prepositions):
                return k + 1
        return None

    @staticmethod
    def _perspective(a: int, b: int, ht, outcome: str | None):
        """The subject's goals first: a win written smaller-first (or a loss larger-first) is turned."""
        if (outcome == "win" and a < b) or (outcome == "loss" and a > b):
            return b, a, (ht[1], ht[0]) if ht else None
        return a, b, ht

    def listed_pair(self, mentions: list[ClubMention], i: int) -> tuple[ClubMention, ClubMention] | None:
        """'A - B 2:1' / 'A gegen B 2:1': two clubs joined by a dash right before the score."""
        texts, separators = self.ctx.texts, self.vocab.fixture_separators
        for left, right in zip(mentions, mentions[1:]):
            if right.start - left.end == 1 and texts[left.end] in separators and 0 <= i - right.end <= 2 and \
                    all(texts[k] == ":" or self.ctx.lexeme[texts[k]].is_punct for k in range(right.end, i)):
                if texts[left.start - 1] == "in" and self._bare_city(left):
                    continue  # "hat in Köln gegen Schweden 2:0 gewonnen": where, not who
                return left, right
        return None

    def same_clause(self, mentions: list[ClubMention], i: int, sent: Sentence) -> list[ClubMention]:
        """The mentions between the previous score (or clause break after it) and this score."""
        texts = self.ctx.texts
        start = sent.start
        before = self._results_between(start, i)
        if before:
            start = before[-1] + 1
            for k in range(start, i):
                if texts[k] in (",", ";"):
                    start = k + 1
                    break
        return [m for m in mentions if start <= m.start < i + 12]

    def _results_of_sentence(self, sent: Sentence) -> list[int]:
        """The sentence's possible results that stand in no bracket, or alone in one after a result
        phrase ('Pleiten in Rostock (0:1), gegen Aue (4:6)'), found once per sentence."""
        found = self._sentence_results.get(sent.start)
        if found is None:
            found = self._sentence_results[sent.start] = [
                k for k in self._results_between(sent.start, sent.end)
                if not self._bracketed(k) or self._bracket_after_result_phrase(k, sent)]
        return found

    def _results_between(self, start: int, end: int) -> list[int]:
        """The scores between start and end that may be results: not a deficit or a lead named as
        such ('drehte einen 1:2-Pausenrückstand in einen 3:2-Sieg' is one clause about one match)."""
        intermediate = self.vocab.intermediate_suffixes
        texts = self.ctx.texts
        found = [k for k in self.ctx.score_starts_between(start, end)
                 if not ((parsed := parse_score(texts[k])) and parsed[2] and parsed[2].endswith(intermediate))]
        goalless = [k for k in self.goalless_results if start <= k < end]
        return sorted(found + goalless) if goalless else found

    def clause_subject(self, mentions: list[ClubMention], i: int, sent: Sentence, exclude: set[str]) -> str | None:
        """'..., Rapid gewann beim SC Imst mit 6:0': the ungoverned club of the score's own clause,
        when the sentence holds several results."""
        sent_start = sent.start
        scores_before = self._results_between(sent_start, i)
        start = sent_start
        texts = self.ctx.texts
        breaks = [k for k in range(scores_before[-1] if scores_before else sent_start, i) if texts[k] in (",", ";", ":")]
        if breaks:  # "Heidenheim bleibt 16.: Kiel hatte beim VfL Wolfsburg ein 2:2 erkämpft"
            start = breaks[-1] + 1
            inserted = len(breaks) >= 2 and texts[breaks[-1]] == "," == texts[breaks[-2]] and (
                self._finite_verb_at(start) or texts[breaks[-2] + 1] in self.vocab.relative_pronouns)
            if inserted:  # also "... beim 1. FC Saarbrücken, der zuvor den FC Bayern geworfen hatte, mit 2:0"
                # "Die Königsblauen, Vorletzter mit 24 Punkten, hatten ... Hertha BSC ... mit 5:2 ...": after an
                # apposition the verb goes on with the subject before it
                start = breaks[-3] + 1 if len(breaks) > 2 else (scores_before[-1] if scores_before else sent_start)
        last = self.ctx.last_subject if self.ctx.last_subject not in exclude else None
        if start == sent_start and not scores_before:
            return last if self._pronoun_after_verb(mentions, start, i) else None  # "Am Mittwoch hatten sie X 2:0 geschlagen"
        antecedent = self._relative_clause_antecedent(mentions, start)
        if antecedent is not None:
            return antecedent.club if antecedent.club not in exclude else None
        noun = self._relative_clause_team_noun(start)
        if noun is not None:
            return noun if noun not in exclude else None
        if last and (self._opens_with_pronoun(start) or self._pronoun_after_verb(mentions, start, i)):
            return last  # "..., nachdem sie Eintracht Braunschweig mit 1:0 besiegt hatten"
        noun_subject = self.ctx.team_noun_before_clubs(Sentence(start, i), [m for m in mentions if start <= m.start < i],
                                                       exclude)
        if noun_subject is not None:
            return noun_subject[0]  # "...: Der Regionalligist besiegte den Zweitligisten SC Paderborn mit 2:1"
        for m in mentions:
            if start <= m.start < i and m.preposition is None and m.club not in exclude and m.label != "CITY":
                return m.club
        return None

    def _auf_ground(self, mention: ClubMention) -> bool:
        """'2:0 auf Schalke gewonnen': a club whose ground German names with 'auf'."""
        return mention.preposition == "auf" and mention.club in self.vocab.grounds_after_auf

    def _finite_verb_at(self, k: int) -> bool:
        """A lower-case word that is no preposition, subordinator, pronoun or conjunction: the verb
        of a clause that goes on after an apposition."""
        text = self.ctx.texts[k]
        return text.isalpha() and text.islower() and text not in self.not_verbs and text not in self.contrast_words \
            and text not in self.non_verbs

    def _opens_with_pronoun(self, start: int) -> bool:
        """A clause whose subject is a pronoun: 'nachdem sie', 'als er', ', sie'."""
        texts = self.ctx.texts
        k = start + 1 if texts[start] in self.vocab.subordinators else start
        return k < len(texts) and texts[k] in ("sie", "er")

    def _pronoun_after_verb(self, mentions: list[ClubMention], start: int, i: int) -> bool:
        """'Drei Tage zuvor hatten sie Athletic Bilbao mit 4:0 bezwungen': a pronoun right after the
        finite verb, before any club named without a preposition, is the subject of the clause ('zeigte
        er beim 3:1' is a player)."""
        texts = self.ctx.texts
        first_bare = next((m.start for m in mentions if start <= m.start < i and m.preposition is None), i)
        return any(texts[k] in self.team_pronouns and self._finite_verb_at(k - 1) for k in range(start + 1, first_bare))

    def _relative_clause_antecedent(self, mentions: list[ClubMention], start: int) -> ClubMention | None:
        """'der VfB Stuttgart, der den 1. FC Köln 2:0 bezwang': a clause opening with a relative
        pronoun right after a club is about that club."""
        texts = self.ctx.texts
        # "Spanien, das Costa Rica mit 7:0 zerlegte": 'das' is no article of a club's name
        if not self._relative_pronoun_after_comma(start) \
                or start in self.ctx.club_at or (start + 1 in self.ctx.club_at and texts[start] != "das"):
            return None
        k = start + 1
        while k < min(len(texts), start + 3) and texts[k].isalpha() and texts[k].islower():
            k += 1
        if k > start + 1 and k < len(texts) and parse_score(texts[k]):
            return None  # "..., das verrückte 4:6 gegen Aue": an article and an adjective before a score
        ends = self.ctx.antecedent_ends(start)
        return next((m for m in mentions if m.end in ends and m.label != "CITY"), None)

    def _relative_clause_team_noun(self, start: int) -> str | None:
        """'Die Gastgeber, die am Freitag die Slowakei mit 2:0 bezwungen hatten': a clause opening with a
        relative pronoun right after a home or away noun is about that side."""
        if not self._relative_pronoun_after_comma(start):
            return None
        noun = self.ctx.texts[start - 2]
        return self.ctx.team_noun_club(noun) if noun in self.ctx.side_nouns else None

    def _relative_pronoun_after_comma(self, start: int) -> bool:
        """Whether a relative pronoun at `start` opens a clause right after a comma (with a word before it)."""
        texts = self.ctx.texts
        return start >= 2 and texts[start - 1] == "," and texts[start] in self.vocab.relative_pronouns

    def _own_clause_first(self, mentions: list[ClubMention], i: int, sent: Sentence) -> list[ClubMention]:
        """The mentions of the score's own comma-bounded clause when it names two clubs or more
        ('Magdeburg gewann 2:1 gegen Kiel, im Wildparkstadion trennten sich Paderborn und Karlsruhe 1:1'), else all."""
        texts = self.ctx.texts
        start, end = clause_start_of(texts, sent.start, i), clause_end_of(texts, i, sent.end)
        own = [m for m in mentions if start <= m.start < end]
        return own if len(own) >= 2 else mentions

    def joined_pair(self, mentions: list[ClubMention], sent: Sentence) -> tuple[ClubMention, ClubMention] | None:
        """'A und B trennten sich 2:2': two clubs joined by 'und' as the sentence's subject."""
        texts = self.ctx.texts
        for left, right in zip(mentions, mentions[1:]):
            if left.preposition is not None or not 1 <= right.start - left.end <= 3:
                continue
            between = [texts[k].lower() for k in range(left.end, right.start)]
            if between[0] in ("und", "sowie") and all(w in ("und", "sowie", "der", "die", "das", "den") for w in between) \
                    and left.club != right.club:
                return left, right
        return None

    def opponent_by_role(self, sent: Sentence, i: int) -> ClubMention | None:
        """'beim Aufsteiger', 'gegen den Tabellenführer': the club the previous sentences were about."""
        ctx = self.ctx
        texts = ctx.texts
        team_nouns = ctx.team_nouns
        for k in [k for k in range(sent.start, sent.end) if texts[k] in team_nouns]:
            if ctx.in_quote[k] or k in ctx.club_at:
                continue
            if k + 1 in ctx.club_at:
                continue  # "den Aufsteiger Preußen Münster": the club itself is named
            prep = ctx.preposition_before(k)
            object_position = prep is None and k - sent.start > 2 and any(
                m.start < k and m.preposition is None for m in ctx.club_mentions(sent))
            if not (prep in ("gegen", "beim", "bei", "über") or object_position):
                continue
            subject, _ = ctx.subject_club(sent)
            named = self._club_named_with_role(k)
            if named and named != subject:
                return ClubMention(k, k + 1, named, "REF", prep)
            if ctx.last_subject and subject != ctx.last_subject:
                return ClubMention(k, k + 1, ctx.last_subject, "REF", prep)
        return None

    def _club_named_with_role(self, k: int) -> str | None:
        """'empfängt den Bundesligisten Werder Bremen ... ringt den Bundesligisten nieder': the club
        the article named right after the same role noun (any case ending) before k."""
        texts = self.ctx.texts
        stem = _role_stem(texts[k])
        for club in reversed(self.ctx.clubs):
            if club.start < k and club.start and _role_stem(texts[club.start - 1]) == stem:
                return club.kb_id_
        return None

    def observe(self, sent: Sentence) -> None:
        """Remember who plays whom ('der Klassiker gegen den FC Basel', 'A – B' headlines) for scores
        told later without the opponent ('Salzburg gewinnt mit 2:1')."""
        mentions = [m for m in self.ctx.club_mentions(sent) if m.label != "CITY"]
        if not mentions:
            return  # only cities: nobody to play
        fixtures = len(self.fixtures)
        self._observe(sent, mentions)
        if len(self.fixtures) > fixtures:
            self._fixture_played.append(sent.start if self._results_of_sentence(sent) else None)

    def _observe(self, sent: Sentence, mentions: list[ClubMention]) -> None:
        ctx = self.ctx
        texts = ctx.texts
        separators = self.vocab.fixture_separators
        for left, right in zip(mentions, mentions[1:]):
            if right.start - left.end == 1 and texts[left.end] in separators and left.club != right.club:
                self.fixtures.append((left.club, right.club, True))
                return
        subject, _ = ctx.subject_club(sent)
        if not subject and any(ctx.names_opponent_of_fixture(m) for m in mentions):
            subject = ctx.last_subject  # "Für das Auswärtsspiel beim FC Ingolstadt übernahm X": the team spoken of
        if not subject:
            return
        words = texts[sent.start:sent.end]
        meets = not self.vocab.meeting_verbs.isdisjoint(words)  # "trifft auf", "empfängt"
        for m in mentions:
            if m.club != subject and self._same_kind(subject, m.club) and (
                    m.preposition in ("gegen", "beim", "bei", None) or (meets and m.preposition == "auf")):
                # "Sturm Graz bleibt Österreichs Cupsieger": a club meets no national team
                if m.preposition in ("beim", "bei"):
                    self.fixtures.append((m.club, subject, True))
                    self.ctx.announced = (m.club, subject)  # the venue is settled: 'die Gäste' is known
                    # "Noch länger zittern musste Hannover beim SV Meppen." opening a paragraph after the
                    # match told last: the next game of a round-up, whose 'Gäste' these are
                    current = self.ctx.current_match
                    self.ctx.announced_anew = current is not None and current.sentence.start < sent.start \
                        and self.ctx.line_start(sent.start) == sent.start
                else:  # "empfängt X" settles the venue, "gegen X" / "trifft auf X" does not
                    self.fixtures.append((subject, m.club, not self.vocab.hosting_verbs.isdisjoint(words)))
                return

    def fixture_for(self, subject: str | None, to_come: bool = False) -> tuple[str, str, bool] | None:
        """The latest fixture of `subject` (of anyone for None); with `to_come`, the latest one told
        in a sentence without a result first ('Das Hinspiel hatte der HSV mit 2:0 gewonnen' is the
        first leg of the game ahead, not of the 0:0 the text told in passing)."""
        found = None
        for fixture, played in zip(reversed(self.fixtures), reversed(self._fixture_played)):
            if subject is None or subject in fixture[:2]:
                if not (to_come and played is not None):
                    return fixture
                if found is None and played == self._previous_sentence:
                    return fixture  # "Die Münchner besiegten Lazio 3:0. Das Hinspiel hatte ...": that tie's
                found = found or fixture
        return found

    def nearest_opponent(self, mentions: list[ClubMention], i: int, claimed: set[int],
                         sent: Sentence) -> ClubMention | None:
        words = set(self.ctx.texts[slice(*self._around(sent, i))])
        # "trennte sich 2:2 vom VfL Bochum"; "wurde mit 5:1 vom SC Freiburg auseinandergenommen": the agent
        parted = not self.vocab.parting_verbs.isdisjoint(words) or self._passive_defeat(words)
        clause_end = min(self._subordinate_clause_after(i, sent), self._next_result_clause(i, sent))
        candidates = []
        for m in mentions:
            if m.start >= clause_end:
                continue  # "..., während Leverkusen beim VfL Wolfsburg nicht hinauskam": another clause's club
            allowed = m.preposition in self.opponent_prepositions or (
                parted and m.preposition in ("von", "vom", "mit")) or self._auf_ground(m)  # "vom VfL Bochum", "auf Schalke"
            if m.start in claimed or not (allowed or (m.preposition == "mit" and self.ctx.names_opponent_of_fixture(m))):
                continue
            if m.preposition == "zu" and self._gap_noun_before(m):
                continue  # "ist wieder in Schlagdistanz zu Mainz": a neighbour in the table, no opponent
            if m.preposition in ("in", "im") and (m.label not in ("CITY", "NAME", "UNKNOWN") or self._country_as_place(m.club)
                                                  or self._city_as_place(m, mentions) or self._object_after_place(m, mentions, i)):
                continue  # "Das Hinspiel in Italien": a place, not the national team
            candidates.append(m)
        texts = self.ctx.texts  # "Beim X kassierten sie ein 0:3, und auch gegen Y ...": the score's own clause first
        own_start, own_end = clause_start_of(texts, sent.start, i), clause_end_of(texts, i, sent.end)
        own = [m for m in candidates if own_start <= m.start < own_end]
        if own and len(own) < len(candidates):
            candidates = own
        # "in Albanien und Serbien ein 2:2 gegen Frankreich": a place before the score, its opponent after it
        named_after = any(m.start > i and m.preposition not in ("in", "im") for m in candidates)
        best, distance = None, 10**6
        for m in candidates:
            d = abs(m.start - i) + (PLACE_PENALTY if named_after and m.start < i and m.preposition in ("in", "im") else 0)
            if d < distance:
                best, distance = m, d
        return best

    def _gap_noun_before(self, m: ClubMention) -> bool:
        """Whether a noun of distance in the table ('Schlagdistanz', 'Abstand') stands before the 'zu' governing m."""
        texts = self.ctx.texts
        k = m.start - 1
        while k > 0 and texts[k] != "zu" and m.start - k < 3:
            k -= 1
        return k > 0 and texts[k] == "zu" and texts[k - 1] in self.table_gap_nouns

    def _object_after_place(self, place: ClubMention, mentions: list[ClubMention], i: int) -> bool:
        """'hat bei der EM in der Schweiz Dänemark mit 2:1 bezwungen': a team named bare between the place
        and the score is the object the score was won against; the country or city is where."""
        ctx = self.ctx
        if any(ctx.texts[k] in (",", ";", ":") for k in range(place.end, i)):
            return False
        objects = {m.club for m in mentions if m.preposition is None and place.end <= m.start and m.end <= i} - {place.club}
        # not "In Sinsheim trotzte der Club der TSG ein 2:2 ab", "in Istanbul hatte die TSG 1:2 verloren"
        return bool(objects) and bool(objects - {ctx.subject_club(ctx.sentence_at(i))[0]})

    def _subordinate_clause_after(self, i: int, sent: Sentence) -> int:
        """Where a subordinate clause opens after the score at i (', während ...', ', weil ...'),
        or the sentence end."""
        texts = self.ctx.texts
        subordinators = self.vocab.subordinators
        for k in range(i + 1, sent.end - 1):
            if texts[k] == "," and texts[k + 1] in subordinators and texts[k + 1] != "und":
                return k
        return sent.end

    def _next_result_clause(self, i: int, sent: Sentence) -> int:
        """Where the clause of the next result after the score at i opens (', der LASK behielt bei X mit
        1:0 die Oberhand'): the clubs from there on are that score's. The sentence end if none."""
        texts = self.ctx.texts
        later = [k for k in self._results_of_sentence(sent) if k > i]
        if not later:
            return sent.end
        depth = 0
        for k in range(i + 1, later[0]):
            depth += (texts[k] == "(") - (texts[k] == ")")
            if depth <= 0 and (texts[k] in (",", ";") or (texts[k] == "und" and texts[k + 1][:1].islower()
                                                          and texts[k + 1].isalpha())):
                return k  # "bezwang X mit 4:3 und hakte die 1:2-Pleite in Münster ab": a clause of its own
        return sent.end

    def _same_kind(self, club: str, other: str) -> bool:
        """Whether both are national teams or neither is: a national team's opponent that the
        sentence does not name ('Das 0:2 gegen Schweden in Köln') is no club the article named."""
        return self.ctx.is_national(club) == self.ctx.is_national(other)

    def _country_as_place(self, club: str) -> bool:
        """A national team named in an article about club teams only: 'in Italien' is a place there,
        while 'gewann in San Marino' beside 'Österreich' is the national team at home."""
        return club in self.national_teams and not self.national_teams - {club}

    def _city_as_place(self, m: ClubMention, mentions: list[ClubMention]) -> bool:
        """'Die Nati hatte in St. Gallen Belarus 4:0 abgefertigt': a club's city in an article about
        national teams, or beside a national team ('besiegte Schweden in Köln'), is where they played."""
        return self._bare_city(m) and (len(self.national_teams) >= 2
                                       or any(other.club in self.national_teams for other in mentions))

    def _bare_city(self, m: ClubMention) -> bool:
        """Whether a club is named by its city alone ('Köln', not 'der FC' or 'die Kölner')."""
        club = self.ctx.index.clubs.get(m.club)
        return club is not None and club.kind != "national" and self.ctx.text_of(m.start, m.end) == club.city

    @cached_property
    def national_teams(self) -> frozenset[str]:
        """The national teams the article names."""
        return frozenset(m.kb_id_ for m in self.ctx.clubs if self.ctx.is_national(m.kb_id_))

    def _state(self, sent: Sentence, home: str, away: str, hg: int, ag: int, ht, ordered: bool, main: bool) -> MatchState:
        return MatchState(home=home, away=away, home_goals=hg, away_goals=ag, sentence=sent, ht=ht, ordered=ordered,
                          main=main)

    # -- article level ------------------------------------------------------------------------
    def add(self, match: MatchState) -> MatchState:
        """Record a match, merging it with the same result found earlier in the article."""
        for known in self.ctx.matches:
            same = {known.home, known.away} == {match.home, match.away}
            if not same or (known.ordered and match.ordered and known.home != match.home):
                continue  # the same score at either ground: first and second leg
            score = (known.home_goals, known.away_goals) if known.home == match.home else (known.away_goals,
                                                                                            known.home_goals)
            if score != (match.home_goals, match.away_goals):
                if known.ordered and known.main and score == (match.away_goals, match.home_goals) and \
                        self.vocab.result_words.isdisjoint(self.ctx.texts[match.sentence.start:match.sentence.end]):
                    return known  # "schob zum 3:1-Endstand ein": the main result again, from the other side
                continue
            if not known.ordered and match.ordered:
                known.home, known.away = match.home, match.away
                known.home_goals, known.away_goals = match.home_goals, match.away_goals
                known.ht, known.ordered = match.ht, True
            known.ht = known.ht or (match.ht if known.home == match.home else
                                    (match.ht[1], match.ht[0]) if match.ht else None)
            known.main = known.main or match.main
            return known
        self.ctx.matches.append(match)
        return match


def half_time_in(ctx: ArticleContext, sent: Sentence, match: MatchState) -> tuple[int, int] | None:
    """'Die Gäste führten zur Pause noch mit 2:1': a half-time score told in its own sentence, read
    from the side the sentence speaks of, and only if it fits the final score."""
    texts = ctx.texts
    half_time_words = result_vocabulary().half_time
    for i in ctx.score_starts_between(sent.start, sent.end):
        parsed = parse_score(texts[i])
        if parsed is None or parsed[2] or ctx.in_quote[i]:
            continue
        near = set(texts[max(sent.start, i - 4): min(sent.end, i + 4)])
        if not near & half_time_words:
            continue
        a, b = parsed[0], parsed[1]
        if sent == match.sentence and len(ctx.score_starts_between(sent.start, sent.end)) == 1:
            continue  # "wurde nach der Pause mit 4:1 geschlagen": the final score itself
        subject, _ = ctx.subject_club(sent)
        if subject is None:
            away_named = any(ctx.texts[k] in ctx.away_nouns for k in range(sent.start, i))
            subject = match.away if away_named else None
        candidates = [(b, a), (a, b)] if subject == match.away else [(a, b), (b, a)]
        for home, away in candidates:
            if home <= match.home_goals and away <= match.away_goals:
                return home, away
    return None


def _attendance_value(number: str) -> int | None:
    digits = re.sub(r"\D", "", number)
    value = int(digits) if digits else None
    return value if value is not None and 50 <= value <= 250_000 else None


def box_line_in(ctx: ArticleContext, sent: Sentence) -> tuple[str, int | None] | None:
    """Stadium and attendance of a match box's venue line: 'Innsbruck, Tivoli Stadion, 4.150, SR Jäger'."""
    match = box_line_pattern().search(ctx.span_text(sent))
    return (match[1].strip(), _attendance_value(match[2])) if match else None


def attendance_in(ctx: ArticleContext, sent: Sentence) -> int | None:
    if not DIGIT.search("".join(ctx.texts[sent.start:sent.end])):
        return None  # no number, no attendance: spare building the sentence's text
    text = ctx.span_text(sent)
    match = attendance_pattern().search(text) or WATCHED.search(text)
    if not match:
        return None
    value = _attendance_value(next(group for group in match.groups() if group))
    if value is None:
        return None
    if not re.search(r"Zuschauer|Fans|Besucher|Anhänger", text[match.start():match.end() + 12]):
        return None
    return value
