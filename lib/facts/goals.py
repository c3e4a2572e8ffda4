"""Goals: scorer, minute, penalty, own goal, and the match and side they count for.

A person mention is a scorer when the sentence speaks of goals (a goal noun or verb, "zum
Ausgleich", "2:0 durch X") and the person stands in a scorer's slot: followed by a minute
"(66.)", after "durch", before a goal verb ("X traf"), as a genitive before a goal noun
("Hofmanns Führungstor"), or after a running score in a match box ("1:0 Müller (12.)").
Chances, cards and substitutions with a minute ("scheiterte (34.)", "Gelb (55.)") are not goals.

The side a goal counts for comes from the text where it says so ("für die Gäste", the clause's
club, the match box's running score); the rest is solved per match: the assignment of the
remaining goals that fits the final and half-time score and the goals' roles ("Führungstor",
"Ausgleich", "verkürzen") best.

The rules read the article's token strings (`ctx.texts`) by position; spaCy `Token` and `Span`
objects are made only where a shared helper needs one or a rule reads the original spacing.
"""
from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache, cached_property

from ..components.tokens import Memo, positions_of
from ..lexicon import (DECLINED_ADJECTIVE_ENDINGS, feminine_forms, first_names, lower_set, vocabulary, word_list,
                       word_set, words)
from .context import ArticleContext, Mark, MatchState, Sentence, parse_minute
from .matches import parse_score
from .standings import ordinal_forms

CLAUSE_BREAKS = {",", ";", "–", "—", ":"}
LIST_WINDOW = 14  # tokens after a clause break that may hold a brace's or hat-trick's minutes

MAX_UNKNOWN_SIDES = 12
WINDOW = 12
INVERTED_CLAUSE_REACH = 6  # tokens from a clause's comma to its subject after an adverbial and the verb
MOST_GOALS_COUNTED = 4  # "erzielte alle vier Tore"; larger numbers before goal nouns are season tallies
LONG_WINDOW = 22  # how far a bracketed minute may close the scorer's clause
MINUTE_CUES = {"(", "in", "In", "nach", "Nach"}  # the words _minute_after starts from


@dataclass(frozen=True)
class GoalWords:
    """The word lists the goal rules read (from words.json), gathered once per process."""

    goal_nouns: frozenset[str]
    goal_verbs: frozenset[str]
    noun_suffixes: tuple[str, ...]
    miss_hard: frozenset[str]
    cards: frozenset[str]  # 'Gelb-Rot', 'Platzverweis': a bracketed minute after them is the card's
    penalty_words: frozenset[str]
    lead: frozenset[str]
    equaliser: frozenset[str]
    closing: frozenset[str]
    extend: frozenset[str]
    turn: frozenset[str]
    winner: frozenset[str]
    rescue_verbs: frozenset[str]  # a goalkeeper's save, unless what was saved is a result
    saved_results: frozenset[str]
    past_the_goal: frozenset[str]  # 'über das Tor', 'neben den Kasten'
    goal_frame: frozenset[str]
    number_words: dict[str, int]
    minute_nouns: frozenset[str]
    chance_nouns: frozenset[str]
    result_words: frozenset[str]
    nouns_and_verbs: frozenset[str]
    own_goal: frozenset[str]  # 'Eigentor', 'ET'
    assist_suffixes: tuple[str, ...]  # 'Flanke', 'Vorarbeit', 'Steckpass': the assist noun before 'von X'
    assist_verbs: frozenset[str]  # 'flankt', 'legt (auf)': what the assist giver does
    assist_giver_verbs: frozenset[str]  # those and 'bereitete (vor)': a verb right after the giver
    assist_particles: frozenset[str]  # 'X bringt den Ball herein', 'X legt quer': a pass's particle ends his clause
    wrong_way_phrases: tuple[tuple[str, ...], ...]  # 'schickt X in die falsche Ecke': X is the keeper
    noun_phrase_openers: frozenset[str]  # 'der', 'einer', 'am': a capitalised word after them is a noun
    relative_pronouns: frozenset[str]  # ', den X verschuldet hatte': a relative clause opens
    separable_goal_verbs: dict[str, str]  # 'schloss' -> 'ab': a goal verb only with its particle closing the clause
    verbs_finishing_a_move: frozenset[str]  # 'schloss': a goal only when it finishes a move ('einen Konter')
    finished_moves: frozenset[str]  # 'Konter', 'Flachschuss': what a scorer 'schloss ... ab'
    at_the_goal: frozenset[str]  # 'aufs Tor', 'Richtung Tor': a shot, whether or not it went in
    misses_that_went_in: dict[str, list[str]]  # 'Latte' -> ['unter die Latte']: a miss word in a phrase telling a goal
    delivery_phrases: tuple[str, ...]  # 'zirkelte einen Eckball auf den Kopf von X': a ball played to the scorer
    keeper_endings: tuple[str, ...]  # 'torhüter', 'keeper': the role of a beaten goalkeeper ('Napoli-Torhüter')
    keeper_beaten: frozenset[str]  # 'war auch X machtlos': what is said of a beaten goalkeeper
    mistake_endings: tuple[str, ...]  # 'Stellungsfehler von X': a mistake's noun, X is no scorer
    passive_auxiliaries: frozenset[str]  # 'nachdem X gefoult worden war': a passive clause
    object_prepositions: frozenset[str]  # 'Foul an X', 'vor dem einschussbereiten X': X is no subject
    object_circumpositions: dict[str, str]  # 'auf X zu': X is no subject either
    fate_nouns: frozenset[str]  # 'das Aus für X', 'Rot für X' (the card words too): X is no scorer
    hit_verbs: frozenset[str]  # 'X trifft Y am Knöchel': a foul, between two names
    coach_prepositions: frozenset[str]  # 'Unter X gelang ...': X coached the team, no scorer
    team_nouns: frozenset[str]  # 'die Mannschaft von X': X coaches the team
    roles: frozenset[str]  # 'an Kapitän X': a role word between a preposition and the name
    foul_nouns: frozenset[str]  # 'Foul von X': X fouled, the goal is another's
    post_sides: frozenset[str]  # 'am langen Pfosten': where the scorer stood, no shot against the post
    verb_final: frozenset[str]  # 'als', 'nachdem': a subordinate clause, its verb at its end
    penalty_saved: frozenset[str]  # 'parierte', 'hielt': the keeper stopped the penalty just told
    shootout: frozenset[str]  # 'im Elfmeterschießen parierte er zweimal': saves of a shoot-out
    verb_particles: tuple[str, ...]  # 'ein', 'ab': a separable verb's particle joined in front ('einschob')
    time_shifts: frozenset[str]  # 'später', 'Pause': a minute told before them is not the time of what follows
    prepositions: frozenset[str]
    not_verbs: frozenset[str]  # "und X", "der X": X is no inverted subject after them
    subordinators: frozenset[str]  # ', ehe X verkürzte': a clause break before them ends the scorer's clause
    times: dict[str, int]  # 'traf doppelt', 'Doppelpack': how many goals a minute-less mention stands for
    goal_counts: dict[str, int]  # 'erzielte beide Treffer', 'zwei Tore': a number (2-4) before a goal noun
    goal_phrases: tuple[str, ...]  # 'zum Ausgleich', 'ins Netz': a sentence about goals
    not_noun_suffixes: tuple[str, ...]  # 'Direktor', 'Moderator', 'Motor': no goal noun ('-tor')
    ticker_misses: frozenset[str]  # '34. Pfosten!', '55. Gelb': a ticker line telling no goal
    penalty_missed: frozenset[str]  # 'verschoss den Elfmeter': no penalty goal
    own_goal_phrases: tuple[str, ...]  # 'ins eigene Netz'
    # goal verbs that also mean other things ('brachte den Ball', 'machte Druck'): a goal only with 'Führung' or
    # 'alles klar' after the person
    ambiguous_verbs: frozenset[str]
    ambiguous_verb_objects: tuple[str, ...]  # 'sorgte für die Führung', 'für klare Verhältnisse': a goal
    turned_game_objects: tuple[str, ...]  # 'drehten die Partie': goals of the players who did
    scoring_methods: frozenset[str]  # 'per Strafstoß', 'per Kopf': how a goal was scored
    set_up_participles: frozenset[str]  # 'nachdem X ihm den Ball aufgelegt hatte': X set the goal up
    again: frozenset[str]  # 'erneut', 'abermals' right before a scorer: another goal of his
    scoring_verbs: frozenset[str]  # 'traf', 'erzielte': a goal verb right before the person
    match_end: frozenset[str]  # 'sechs Minuten vor dem Ende'
    side_directions: frozenset[str]  # 'Hereingabe von rechts': 'von' names a side of the pitch, no assist giver
    shootout_kicks: frozenset[str]  # 'im fünften Durchgang', 'den entscheidenden Versuch': a shoot-out's kick
    adverbs: frozenset[str]  # 'Erneut', 'Dann' (capitalised): 'drückte erneut X': an adverb between verb and name
    name_list_joins: frozenset[str]  # ',', 'und', 'sowie': what joins the names of a list of scorers
    scorer_list_heads: frozenset[str]  # 'Tore', 'Torschützen': the word before the colon of a scorer list
    list_separators: frozenset[str]  # '–', ';', 'bzw.': between the home and the away scorers of a 'Tore:' list
    minute_later: frozenset[str]  # 'fünf Minuten später': a minute told from the one told before
    second_half_start: frozenset[str]  # 'sieben Minuten nach Wiederbeginn', 'zwei Minuten vor der Pause'
    shot_nouns: frozenset[str]  # 'durch einen Freistoß von X': a shot that 'durch' makes the goal's means
    second_goal_adverbs: frozenset[str]  # '(14.) und später per Elfmeter (54.)': the scorer's next goal
    disallowed: frozenset[str]  # 'aberkannt', 'Abseitsstellung': the goal just told did not count
    supposed: frozenset[str]  # 'der vermeintliche Ausgleich': the goal just told only seemed to count
    pressure_prepositions: frozenset[str]  # 'drückt auf den Ausgleich': pressure, no goal
    goal_directions: dict[str, frozenset[str]]  # 'vor das Tor von X', 'aufs Tor von X': X kept that goal
    taken_back_joins: frozenset[str]  # 'doch', 'aber', 'zwar' (not 'während'): a goal joined to its being disallowed
    not_counted: frozenset[str]  # 'zählte', 'anerkannt': with 'nicht' beside them, the goal just told did not count
    scorer_pronouns: frozenset[str]  # 'legte er nach': the scorer named before
    conceding: frozenset[str]  # 'kassierten', 'Nackenschlag': a team before a colon let the goal after it in


def side_of_step(score: tuple[int, int], running: tuple[int, int]) -> str | None:
    """The side whose count a running score ('1:0 Müller, 1:1 Kainz') raised from the one before."""
    return "home" if score[0] > running[0] else "away" if score[1] > running[1] else None


@cache
def goal_words() -> GoalWords:
    return GoalWords(
        goal_nouns=word_set("goal_nouns"), goal_verbs=word_set("goal_verbs"),
        noun_suffixes=tuple(lower_set("goal_noun_suffixes")),
        miss_hard=word_set("miss_hard_words"), cards=word_set("card_words"),
        penalty_words=word_set("penalty_words"), lead=word_set("lead_words"), equaliser=word_set("equaliser_words"),
        closing=word_set("closing_words"), extend=word_set("extend_words"), turn=word_set("turn_words"),
        winner=word_set("winner_words"), rescue_verbs=word_set("rescue_verbs"),
        saved_results=word_set("saved_result_words"), past_the_goal=word_set("past_the_goal_words"),
        goal_frame=word_set("goal_frame_words"),
        number_words=words()["number_words"], minute_nouns=word_set("minute_nouns"),
        chance_nouns=word_set("chance_nouns"),
        result_words=word_set("win_words") | word_set("draw_words") | word_set("goal_result_words"),
        nouns_and_verbs=word_set("goal_nouns") | word_set("goal_verbs"), own_goal=word_set("own_goal_words"),
        assist_suffixes=tuple(lower_set("assist_noun_suffixes")), assist_verbs=word_set("assist_verbs"),
        assist_giver_verbs=word_set("assist_verbs") | word_set("set_up_verbs"),
        assist_particles=word_set("assist_particles"),
        wrong_way_phrases=tuple(tuple(phrase.split()) for phrase in word_list("wrong_way_phrases")),
        noun_phrase_openers=lower_set("noun_phrase_determiners") | lower_set("contracted_prepositions")
        | lower_set("noun_phrase_more_openers"), relative_pronouns=word_set("relative_pronouns"),
        separable_goal_verbs=words()["separable_goal_verbs"], misses_that_went_in=words()["misses_that_went_in"],
        at_the_goal=word_set("at_the_goal_words"),
        delivery_phrases=word_list("delivery_phrases"),
        verbs_finishing_a_move=word_set("verbs_finishing_a_move"),
        finished_moves=word_set("finished_moves") | word_set("shot_nouns") | word_set("chance_nouns"),
        keeper_endings=tuple(lower_set("keeper_words")), keeper_beaten=word_set("keeper_beaten_words"),
        mistake_endings=tuple(lower_set("mistake_noun_endings")),
        passive_auxiliaries=word_set("passive_auxiliaries"),
        object_prepositions=word_set("object_prepositions"),
        object_circumpositions={k: v for k, v in words()["object_circumpositions"].items() if not k.startswith("_")},
        fate_nouns=word_set("fate_nouns_before_fuer") | word_set("card_words"), hit_verbs=word_set("hit_verbs"),
        coach_prepositions=word_set("coach_prepositions"),
        team_nouns=word_set("team_reference_nouns"),
        roles=with_feminine(word_set("player_roles") | word_set("keeper_words") | word_set("coach_roles")),
        foul_nouns=word_set("foul_nouns"), post_sides=word_set("post_side_words"),
        verb_final=word_set("verb_final_subordinators"), penalty_saved=word_set("penalty_saved_words"),
        shootout=word_set("shootout_words"),
        verb_particles=tuple(sorted(word_set("goal_verb_particles"))),
        time_shifts=word_set("time_shift_words"), prepositions=word_set("prepositions"),
        not_verbs=word_set("non_verb_words"), subordinators=word_set("clause_subordinators"),
        times=words()["multiple_goal_words"], goal_counts=goal_counts(), goal_phrases=word_list("goal_phrases"),
        not_noun_suffixes=tuple(lower_set("not_goal_noun_suffixes")), ticker_misses=word_set("ticker_miss_words"),
        penalty_missed=word_set("penalty_missed_verbs"), own_goal_phrases=word_list("own_goal_phrases"),
        ambiguous_verbs=word_set("ambiguous_goal_verbs"), ambiguous_verb_objects=word_list("ambiguous_goal_verb_objects"),
        turned_game_objects=word_list("turned_game_objects"), again=word_set("scorer_again_words"),
        set_up_participles=word_set("set_up_participles"), scoring_methods=word_set("scoring_methods_after_per"),
        scoring_verbs=word_set("scoring_verbs"),
        match_end=word_set("match_end_nouns"), side_directions=word_set("side_directions"),
        shootout_kicks=word_set("shootout_kick_words"), adverbs=word_set("sentence_adverbs"),
        scorer_list_heads=word_set("scorer_list_heads"), name_list_joins=word_set("name_list_joins"), list_separators=word_set("scorer_list_separators"),
        minute_later=word_set("minute_later_words"), second_half_start=word_set("second_half_start_words"),
        shot_nouns=word_set("shot_nouns"), second_goal_adverbs=word_set("second_goal_adverbs"),
        disallowed=word_set("disallowed_goal_words"), supposed=word_set("supposed_goal_words"),
        pressure_prepositions=word_set("pressure_prepositions"),
        goal_directions={key: frozenset(value) for key, value in words()["goal_direction_prepositions"].items()
                         if not key.startswith("_")}, taken_back_joins=word_set("goal_taken_back_joins"),
        not_counted=word_set("goal_not_counted_verbs"),
        scorer_pronouns=word_set("scorer_pronouns"),
        conceding=word_set("loss_words") | word_set("conceding_words"))


def with_feminine(nouns: frozenset[str]) -> frozenset[str]:
    return nouns | feminine_forms(nouns)  # "an Kapitänin X" as "an Kapitän X"


@cache
def goal_verb_memo() -> Memo:
    """Word -> whether it is a goal verb that means a goal by itself ('traf', not 'brachte'), also
    with its separable particle joined in front, as a subordinate clause has it ('einschob', 'ausglich')."""
    lexicon = goal_words()
    ambiguous = lexicon.ambiguous_verbs

    def means_goal(text: str) -> bool:
        if text in lexicon.goal_verbs:
            return text not in ambiguous
        return any(text.startswith(particle) and len(text) > len(particle) + 3
                   and text[len(particle):] in lexicon.goal_verbs and text[len(particle):] not in ambiguous
                   for particle in lexicon.verb_particles)
    return Memo(means_goal)


@dataclass
class GoalMention:
    person: str
    order: int  # token index of the mention
    sentence: Sentence
    minute: int | None = None
    stoppage: int | None = None
    penalty: bool = False
    own_goal: bool = False
    team: str | None = None  # side the goal counts for, where the text says so
    cue: str | None = None  # lead, equaliser, closing, extend
    match: MatchState | None = None
    box_side: str | None = None  # the side a match box's running score gives
    repeat: int = 0  # 1, 2 for the second and third goal of "traf dreifach"
    score_after: tuple[int, int] | None = None  # "zum 2:1", "das 2:1 durch X": the score this goal made
    listed_with: int | None = None  # where the coordinated list of scorers it stands in starts ("A, B und C trafen")
    again: bool = False  # "erneut Hofmann": a further goal of a scorer told before, not the same one
    leaning: str | None = None  # "Die Gäste schlugen zurück: X traf": the side the text leans to, a weak sign


def has_goal_noun_ending(lexicon: GoalWords, text: str) -> bool:
    lower = text.lower()
    return len(lower) > 5 and lower.endswith(lexicon.noun_suffixes) and not lower.endswith(lexicon.not_noun_suffixes)


def goal_counts() -> dict[str, int]:
    """The numbers one scorer's goals are counted with before a goal noun: 'zwei Tore', 'beide Treffer'."""
    counts = {word: n for word, n in words()["number_words"].items() if 2 <= n <= MOST_GOALS_COUNTED}
    return counts | dict.fromkeys(word_set("both_words"), 2)


@cache
def goal_word() -> Memo:
    """Token text -> whether it is a goal noun or verb, or ends like a goal noun ('Siegtreffer'), or is a
    goal verb with its particle joined in front, as a subordinate clause has it ('ehe X ausglich')."""
    lexicon = goal_words()
    particle_verb = goal_verb_memo()
    return Memo(lambda text: text in lexicon.nouns_and_verbs or has_goal_noun_ending(lexicon, text)
                or particle_verb[text])


@cache
def known_words() -> frozenset[str]:
    """Every word the lists know, lower-cased, and the first names: no ticker line's bare surname."""
    return frozenset(w.lower() for w in vocabulary()) | first_names()


@cache
def goal_phrase_pattern() -> re.Pattern[str]:
    """Any of the goal phrases (`GoalWords.goal_phrases`)."""
    return re.compile("|".join(map(re.escape, goal_words().goal_phrases)))


@cache
def goal_phrase_end() -> Memo:
    """Token text -> whether a goal phrase's match in the tokens joined with spaces may end in it:
    it starts with a phrase's last word ('Führung' of 'in Führung'), or holds a one-word phrase.
    (The spaces of a phrase are those between tokens, as tokens hold no white space or only that.)"""
    phrases = goal_words().goal_phrases
    last_words = tuple(phrase.split(" ")[-1] for phrase in phrases if " " in phrase)
    single_words = [phrase for phrase in phrases if " " not in phrase]
    return Memo(lambda text: text.startswith(last_words) or any(word in text for word in single_words))


class GoalFinder:
    """Goal mentions sentence by sentence (`find`), then their matches and sides (`assign`).

    Positions are token indices into `ctx.texts`; a person's window, clause and neighbourhood
    are (start, end) ranges of it.
    """

    def __init__(self, ctx: ArticleContext) -> None:
        self.ctx = ctx
        self.words = goal_words()
        self._ticker_lines: dict[int, str] | None = None  # line start -> 'goal', 'miss' or 'disallowed'
        self._governed_starts: set[int] = set()  # the names of the sentence `find` reads that `_governed` sets aside
        self._minute_first_scores: dict[int, tuple[int, int]] = {}  # Swiss scorer line's head -> score so far
        self._minute_first_heads: dict[int, int | None] = {}  # line start -> its Swiss scorer line's head
        self._set_aside: set[int] = set()  # ... and those governed, assisting or beaten in goal
        self._last_scorer: tuple[int, str] | None = None  # sentence start and person of the last goal found so far

    @cached_property
    def shootout_start(self) -> int:
        """The first token of the article's first mention of a penalty shoot-out (past the end if none)."""
        texts = self.ctx.texts
        return next((i for i in positions_of(texts, word_set("shootout_words")) if not self.ctx.in_quote[i]), len(texts))

    @cached_property
    def goal_role_words(self) -> frozenset[str]:
        """Words naming a goal's role ('Ausgleich', 'Anschlusstreffer', 'Siegtreffer', ...)."""
        w = self.words
        return w.equaliser | w.closing | w.lead | w.winner

    @cached_property
    def chance_endings(self) -> tuple[str, ...]:
        """The chance nouns in lower case, as endings of compounds ('Riesenchance', 'Kopfballchance')."""
        return tuple(noun.lower() for noun in self.words.chance_nouns)

    def is_goal_noun(self, text: str) -> bool:
        return text in self.words.goal_nouns or has_goal_noun_ending(self.words, text)

    def sentence_has_goal_cue(self, sent: Sentence) -> bool:
        """Whether the sentence (outside quotations) speaks of goals: the gate before any per-person rule.

        Memoised per token text: a goal noun or verb, a goal noun's ending ('Führungstreffer'),
        a token a goal phrase may end in; the phrases themselves are looked for in the joined
        text only when such a token is there.
        """
        texts = self._unquoted_texts(sent.start, sent.end)
        lexicon = self.words
        if any(map(goal_word().__getitem__, texts)):
            return True
        if any(map(goal_phrase_end().__getitem__, texts)) and goal_phrase_pattern().search(" ".join(texts)):
            return True
        if "zum" in texts and self._running_score_after_zum(texts):
            return True  # "als X einen Konter zum 2:1 abschloss"
        separable = lexicon.separable_goal_verbs
        if any(separable.get(text) in texts for text in texts if text in separable):
            return True  # "X schloss einen Konter eiskalt ab": the per-person rules check the particle's place
        if self._running_score_list(texts):
            return True  # "trennten sich 1:1 (1:0 Baumgartner 34., 1:1 Ljubic 56.)"
        if "durch" in texts and "(" in texts and self._shot_by_durch_with_minute(sent):
            return True  # "kam durch einen Kopfball von Kleinhenz noch einmal heran (63.)"
        # "X (12.) und Y (70.) sorgten für den Sieg": scorers with minutes in a sentence about the result
        if "(" not in texts or lexicon.result_words.isdisjoint(texts):
            return False
        return any(t == "(" and parse_minute(texts[k + 1]) for k, t in enumerate(texts[:-1]))

    @staticmethod
    def _running_score_after_zum(texts: list[str]) -> bool:
        """'zum 2:1': a plain running score after 'zum' (not 'zum 2:1-Sieg')."""
        for k, text in enumerate(texts[:-1]):
            if text == "zum":
                parsed = parse_score(texts[k + 1])
                if parsed and not parsed[2] and (k + 2 == len(texts) or texts[k + 2] != "-"):
                    return True
        return False

    def _shot_by_durch_with_minute(self, sent: Sentence) -> bool:
        """A shot noun governed by 'durch' ('durch einen Kopfball von X') and a bracketed minute."""
        texts = self.ctx.texts
        shot = any(texts[k] in self.words.shot_nouns and self._shot_after_durch(k, sent.start)
                   for k in range(sent.start, sent.end))
        return shot and any(texts[k] == "(" and parse_minute(texts[k + 1]) for k in range(sent.start, sent.end - 1))

    @staticmethod
    def _running_score_list(texts: list[str]) -> bool:
        """'(1:0 Baumgartner 34., 1:1 Ljubic 56.)', '1:0 (23.) Grüll, 2:0 (81.) Burgstaller': two
        entries of a match box, each a running score with a capitalised name after it (or after
        the entry's bracketed minute)."""
        entries = 0
        for k, text in enumerate(texts[:-1]):
            if not text[:1].isdigit() or ":" not in text:
                continue
            parsed = parse_score(text)
            if not parsed or parsed[2]:
                continue
            nxt = k + 1
            if texts[nxt] == "(":
                nxt = next((j + 1 for j in range(nxt + 1, min(nxt + 5, len(texts))) if texts[j] == ")"), len(texts))
            if nxt < len(texts) and texts[nxt][:1].isupper() and texts[nxt].isalpha():
                entries += 1
                if entries == 2:
                    return True
        return False

    def _side_in_scorer_list(self, p_start: int, s_start: int, s_end: int) -> str | None:
        """'Tore: Grabner (12./56.), Ferrante (84.) – Ruggeri (63.)': in a scorer list split once by a
        dash or semicolon, the home side's scorers come first."""
        texts = self.ctx.texts
        k = self._scorer_list_head(p_start, s_start)
        if k is None:
            return None
        end = self.ctx.line_end(self.ctx.line_start(k))
        if k >= 1 and texts[k - 1] == "(":  # "(Tore: Huber 66. bzw. Mahmutović 74./Eigentor)"
            end = next((i for i in range(k + 2, min(end, s_end)) if texts[i] == ")"), end)
        separators = [i for i in range(k + 2, end) if texts[i] in self.words.list_separators]
        if len(separators) != 1:
            return None
        return "home" if p_start < separators[0] else "away"

    @cached_property
    def _has_scorer_list_heads(self) -> bool:
        return not self.words.scorer_list_heads.isdisjoint(self.ctx.texts)

    def _scorer_list_head(self, p_start: int, s_start: int) -> int | None:
        """Where the head of the scorer list holding the name at `p_start` stands ('Tore' of 'Tore:
        Klein 29., Ofosu 57.', '(Tore: Huber 66. bzw. ...)'): the colon before the name on its
        line and in its sentence follows a head word."""
        if not self._has_scorer_list_heads:
            return None  # most articles: no 'Tore:' at all
        texts = self.ctx.texts
        for k in range(p_start - 1, max(s_start, p_start - 60), -1):
            text = texts[k]
            if text == ":":
                return k - 1 if texts[k - 1] in self.words.scorer_list_heads else None
            if "\n" in text:
                return None
        return None

    def _minute_first_head(self, sent: Sentence) -> int | None:
        """Where the head of a Swiss match box's scorer line stands ('Tore' of 'Tore: 23. Ajeti (Shaqiri)
        0:1. 61. Zuber (Foulpenalty) 1:1.', each entry a minute, the scorer and the score he made),
        when the sentence lies on that line after it."""
        line_start = self.ctx.line_start(sent.start)
        if line_start not in self._minute_first_heads:
            texts, heads = self.ctx.texts, self.words.scorer_list_heads
            self._minute_first_heads[line_start] = next(
                (k for k in range(line_start, self.ctx.line_end(line_start) - 2) if texts[k] in heads
                 and texts[k + 1] == ":" and texts[k + 2].endswith(".") and parse_minute(texts[k + 2])), None)
        head = self._minute_first_heads[line_start]
        return head if head is not None and head < sent.end else None

    def _minute_first_entries(self, sent: Sentence, people: list[Mark], head: int) -> list[GoalMention]:
        """The goals of the entries of a Swiss scorer line in this sentence: the minute before the name,
        the bracket after it ('(Foulpenalty)', '(Eigentor)', else the assist giver's name) and the
        running score after it, which gives the side (the score so far is kept from entry to entry)."""
        texts, words = self.ctx.texts, self.words
        running = self._minute_first_scores.get(head, (0, 0))
        mentions: list[GoalMention] = []
        for person in people:
            minute = parse_minute(texts[person.start - 1]) if person.start - 1 > head + 1 else None
            if minute is None:
                continue  # the assist giver in brackets
            k = person.end
            bracket: list[str] = []
            if k < sent.end and texts[k] == "(":
                close = next((j for j in range(k + 1, min(sent.end, k + 8)) if texts[j] == ")"), None)
                if close is not None:
                    bracket, k = texts[k + 1:close], close + 1
            score = parse_score(texts[k]) if k < sent.end else None
            side, score_after = None, None
            if score and not score[2]:
                score_after = score[:2]
                side = side_of_step(score_after, running)
                running = score_after
            mentions.append(GoalMention(
                person=person.kb_id_, order=person.start, sentence=sent, minute=minute[0], stoppage=minute[1],
                penalty=not words.penalty_words.isdisjoint(bracket), own_goal=not words.own_goal.isdisjoint(bracket),
                box_side=side, score_after=score_after))
        self._minute_first_scores[head] = running
        return mentions

    def _keeper(self, person: Mark) -> bool:
        """'lief allein auf (Napoli-)Torhüter Alexander Schlager zu', 'war auch der Schweizer machtlos': a
        goalkeeper is beaten, he does not score."""
        texts = self.ctx.texts
        if person.start >= 1 and texts[person.start - 1].lower().endswith(self.words.keeper_endings):
            return True
        end = next((k for k in range(person.end, min(len(texts), person.end + 4)) if texts[k] in CLAUSE_BREAKS
                    or texts[k] in (".", "(") or k in self.ctx.person_at), min(len(texts), person.end + 4))
        return not self.words.keeper_beaten.isdisjoint(texts[person.end:end])

    def _goal_verb_in_clause(self, person: Mark, sent: Sentence) -> bool:
        """Whether the clause around a mention (between clause breaks) holds a goal verb: 'In der 77.
        Minute traf X, ...' tells X's goal whatever a later reference says of him."""
        texts = self.ctx.texts
        start = next((k + 1 for k in range(person.start - 1, sent.start - 1, -1) if texts[k] in CLAUSE_BREAKS), sent.start)
        end = next((k for k in range(person.end, sent.end) if texts[k] in CLAUSE_BREAKS), sent.end)
        return any(self._is_goal_verb(text) for text in texts[start:end])

    def _referee(self, person: Mark) -> bool:
        """'Schiedsrichter X entschied auf Strafstoß': the referee awards a goal or penalty, he scores none."""
        return self.ctx.role_of(person.kb_id_) == "referee"

    def _assists(self, person: Mark, sent: Sentence) -> bool:
        """'nach einer Flanke von X', 'Steckpass des deutschen Nationalspielers X': an assist noun,
        'von'/'des' and at most two words (adjective, role) before the name; or an assist giver's
        verb right after it."""
        texts = self.ctx.texts
        if person.end < sent.end and self._giver_verb_at(person.end):
            return True  # "Brand bereitete in der 61. Minute das 2:1 durch Bühl vor", "X flankte, Y köpfte ein"
        if person.start > sent.start and texts[person.start - 1] in self.words.verb_final:
            clause_end = next((k for k in range(person.end, sent.end) if texts[k] in CLAUSE_BREAKS), sent.end)
            if not self.words.set_up_participles.isdisjoint(texts[person.end:clause_end]):
                return True  # "nachdem Kettler ihm den Ball maßgerecht aufgelegt hatte"
        suffixes = self.words.assist_suffixes
        for j in range(person.start - 1, max(sent.start, person.start - 4) - 1, -1):
            text = texts[j]
            if text in ("von", "vom", "des", "mit"):  # "nach einem Doppelpass mit X": X passed
                return j > sent.start and texts[j - 1].lower().endswith(suffixes) \
                    and not self._shot_after_durch(j - 1, sent.start)  # "durch einen Freistoß von X": X scored
            if not (text.isalpha() or self._club_role_compound(text)) or text in self.words.side_directions:
                return False  # "Hereingabe von rechts wollte X klären": 'von' tells where the cross came from
            if j in self.ctx.person_at:
                return False  # "Eine Hereingabe von Y lenkte X ins eigene Netz": 'von' governs Y, not X
        return False

    def _club_role_compound(self, text: str) -> bool:
        """'Forest-Flügelspieler', 'Palace-Innenverteidiger': a role word after a club's short form."""
        head = text.rpartition("-")[2]
        return head != text and head in self.words.roles

    def _governed(self, person: Mark, sent: Sentence) -> bool:
        """'nach einem Foul an X', 'vor dem einschussbereiten X', 'auf Torhüter X zu', 'die Mannschaft von X',
        'ein Schuss von X': a name governed by a preposition (after at most three articles, adjectives or role
        words) is no subject of the sentence's goal verb; the scorer is another."""
        texts = self.ctx.texts
        lexicon = self.words
        if self._genitive_after_noun(person, sent) or self._in_relative_clause_without_goal(person, sent) \
                or self._passive_subordinate_subject(person, sent):
            return True
        for j in range(person.start - 1, max(sent.start, person.start - 4) - 1, -1):
            text = texts[j]
            if text in lexicon.object_prepositions:
                return True
            if person.end < len(texts) and texts[person.end] == lexicon.object_circumpositions.get(text):
                return True  # "lief allein auf (Torhüter) X zu"
            if text.lower() in lexicon.coach_prepositions:
                return True  # "Unter Verbeek gelang der Befreiungsschlag": the coach, not a scorer
            if text == "für" and j > sent.start and texts[j - 1] in lexicon.fate_nouns:
                return True  # "besiegelte das Aus für Trainer X", "Rot für X": not "ein Tor für X"
            if text in ("von", "vom", "des"):
                noun = texts[j - 1] if j > sent.start else ""
                head = noun.rpartition("-")[2]  # "die DFB-Elf von Julian Nagelsmann": a team's compound noun
                if j > sent.start and noun.lower().endswith(lexicon.mistake_endings):
                    return True  # "nutzte einen Stellungsfehler von X aus": X erred, the scorer is another
                return j > sent.start and not {noun, head}.isdisjoint(
                    lexicon.team_nouns | lexicon.chance_nouns | lexicon.foul_nouns) \
                    and not self._shot_after_durch(j - 1, sent.start)
            if not (text.isalpha() and (text[:1].islower() or text in lexicon.roles) or self._club_role_compound(text)) \
                    or text in lexicon.side_directions:
                return False  # "ein Zuspiel von links versuchte X zu klären": 'von' tells a side, X is the subject
        return False

    def _passive_subordinate_subject(self, person: Mark, sent: Sentence) -> bool:
        """'legte vom Punkt nach, nachdem X im Strafraum umgesenst worden war (74.)': the subject of a
        passive subordinate clause without a goal word had something done to him; he scored nothing."""
        texts = self.ctx.texts
        if person.start - 1 <= sent.start or texts[person.start - 1] not in self.words.verb_final \
                or texts[person.start - 2] not in CLAUSE_BREAKS:
            return False
        end = next((k for k in range(person.end, sent.end) if texts[k] in CLAUSE_BREAKS or texts[k] == "("), sent.end)
        clause = texts[person.end:end]
        return not self.words.passive_auxiliaries.isdisjoint(clause) and self.words.nouns_and_verbs.isdisjoint(clause)

    def _in_relative_clause_without_goal(self, person: Mark, sent: Sentence) -> bool:
        """'verwandelte einen Foulelfmeter, den X an Y verschuldet hatte, zum 1:1': a name in a relative
        clause whose verbs tell no goal is no scorer of the main clause."""
        texts, start = self.ctx.texts, person.start
        if start - 2 < sent.start or texts[start - 2] != "," or texts[start - 1] not in self.words.relative_pronouns:
            return False
        end = next((k for k in range(person.end, sent.end) if texts[k] in (",", ";", "(", ".")), sent.end)
        return not any(self._is_goal_verb(texts[k]) or texts[k] in self.words.goal_verbs for k in range(person.end, end))

    def _genitive_after_noun(self, person: Mark, sent: Sentence) -> bool:
        """'eine harmlose Hereingabe Lenharts fälschte X ins eigene Netz': a surname's genitive after
        a noun with its article or adjective belongs to that noun; it is no subject."""
        texts, start = self.ctx.texts, person.start
        text = texts[start]
        if person.end - start != 1 or start - 2 < sent.start or not text.endswith("s"):
            return False
        noun, before = texts[start - 1], texts[start - 2]
        return noun[:1].isupper() and noun.isalpha() and noun not in self.words.roles \
            and before.isalpha() and before.islower()

    def _object_after_subject(self, subject: Mark, person: Mark, sent: Sentence) -> bool:
        """'Breel Embolo ließ Jonathan Tah stehen und traf': a name right after the verb that follows
        a name opening its clause is that subject's object (German puts the subject before the verb,
        the object after it); the scorer's words run on across it."""
        texts = self.ctx.texts
        if person.start == subject.end and subject.start > sent.start \
                and min(subject.end - subject.start, person.end - person.start) >= 2:
            before = texts[subject.start - 1]  # "entwischte Takuma Asano Nico Schlotterbeck und jagte ...": verb, subject, object
            return self._may_be_verb(before) and before not in self.words.verb_final
        if person.start - subject.end != 1:
            return False
        if subject.start > sent.start and texts[subject.start - 1] not in CLAUSE_BREAKS:
            return False
        verb = texts[subject.end]
        return self._may_be_verb(verb) and not self._is_goal_verb(verb)

    def _may_be_verb(self, word: str) -> bool:
        """A lower-case word that is no preposition and none of the words that are never verbs."""
        return word.isalpha() and word.islower() and word not in self.words.not_verbs \
            and word not in self.words.prepositions

    def _minute_after_a_name(self, people: list[Mark], sent: Sentence) -> bool:
        """'Grimaldo (59.) und Hofmann (65.) legten nach': a minute in brackets right after a name
        is a scorer's, whatever verb the sentence uses (cards and chances are sorted out per person);
        so is a bracketed list of names and minutes ('setzte sich 3:0 durch (Sulzbacher 12., Diambou 49.)')."""
        texts = self.ctx.texts
        return any((p.end + 2 < sent.end and texts[p.end] == "(" and parse_minute(texts[p.end + 1])
                    and texts[p.end + 2] in (")", ",", "/")  # not a line-up's "Haberer (63. Jeong)"
                    or self._bracketed_list_entry(p.start, p.end, sent.start, sent.end))
                   and not self.ctx.in_quote[p.end] for p in people) \
            and self._no_miss_but_a_saved_result(sent)  # "wurden X (37.) und Y (43.) gefährlich"

    def _bracketed_list_entry(self, p_start: int, p_end: int, s_start: int, s_end: int) -> bool:
        """An entry of a bracketed list of scorers: '(Toth 9.)', '(Sulzbacher 12., Diambou 49., 90.+2)',
        '(Toth 9., Pecirep 41.; Wallquist 30.)': a bare minute after the name closes the bracket or
        runs on to the next entry, and only entries of that shape come between the bracket and the name."""
        texts = self.ctx.texts
        if p_end + 1 >= s_end or texts[p_end + 1] not in (")", ",", ";") or parse_minute(texts[p_end]) is None:
            return False
        k = p_start - 1
        while k > s_start and texts[k] in (",", ";") and parse_minute(texts[k - 1]) is not None:
            k -= 2  # over the previous entry's minute (a brace's first minute is the next round's)
            while k > s_start and texts[k] not in ("(", ",", ";", ")") and texts[k][:1].isupper():
                k -= 1  # over the previous entry's name
        return k >= s_start and texts[k] == "("

    def _no_miss_but_a_saved_result(self, sent: Sentence) -> bool:
        """No miss word in the sentence, or only a rescue verb that saves a result ('doch ein
        Doppelschlag (81., 85.) rettete Y noch einen Punkt')."""
        misses = self.words.miss_hard.intersection(self.ctx.texts[sent.start:sent.end])
        return not misses or (misses <= self.words.rescue_verbs and self._saves_a_result(sent.start, sent.end))

    def _unquoted_texts(self, start: int, end: int) -> list[str]:
        in_quote = self.ctx.in_quote
        texts = self.ctx.texts
        if in_quote.find(1, start, end) == -1:
            return texts[start:end]
        return [texts[i] for i in range(start, end) if not in_quote[i]]

    # -- finding mentions ---------------------------------------------------------------------
    def find(self, sent: Sentence) -> list[GoalMention]:
        line = self._ticker_line(sent.start)
        if line in ("miss", "disallowed") or (self._ticker_lines and self._cancelled_by_next_line(sent.start)):
            return []
        if line == "goal":
            return self._ticker_goal(sent)
        people = self.ctx.people_in(sent)
        if not people:
            return self._goal_of_the_person_before(sent)
        if self._has_scorer_list_heads and (head := self._minute_first_head(sent)) is not None:
            return self._minute_first_entries(sent, people, head)
        if not (self.sentence_has_goal_cue(sent) or self._minute_after_a_name(people, sent)):
            return []  # the cheaper question first: most sentences name nobody
        if self._one_hits_another(people, sent):
            return []  # "X trifft Y im Strafraum am Knöchel": a foul
        found: list[GoalMention] = []
        running = (0, 0)
        governed = [self._governed(person, sent) for person in people]
        texts = self.ctx.texts
        for k in range(1, len(people)):
            if governed[k - 1] and people[k].start == people[k - 1].end + 1 \
                    and texts[people[k - 1].end] in ("und", "oder", "sowie"):
                governed[k] = True  # "parierte gegen X und Y": both names after the preposition
            if not governed[k - 1] and not governed[k]:
                governed[k] = self._object_after_subject(people[k - 1], people[k], sent)
        self._governed_starts = {person.start for person, g in zip(people, governed) if g}
        keeper_at = [self._keeper(person) for person in people]
        keepers = {person.kb_id_ for person, keeper in zip(people, keeper_at) if keeper}
        # "X hielt lange, doch dann war auch der Schweizer machtlos": the other mentions of a beaten
        # goalkeeper too, unless one tells a goal in its own clause
        assisting = [g or keeper or (person.kb_id_ in keepers and not self._goal_verb_in_clause(person, sent))
                     or self._assists(person, sent) or self._referee(person)
                     for person, g, keeper in zip(people, governed, keeper_at)]
        self._set_aside = {person.start for person, a in zip(people, assisting) if a}
        for k, person in enumerate(people):
            if assisting[k]:
                continue  # "nach Vorarbeit von X": X made the goal, the scorer is another
            # a scorer's words run on across the assist: "traf nach Flanke von X ins Eck (32.)"
            nxt_person = next((p.start for p, a in zip(people[k + 1:], assisting[k + 1:]) if not a), sent.end)
            previous_end = people[k - 1].end if k else sent.start
            mentions, box = self._mentions_of(sent, person, nxt_person, previous_end, running)
            if box is not None:
                running = box
            found.extend(mentions)
        # "X brachte sein Team mit zwei Treffern zurück: Erst verkürzte er (60.), dann ...": the pronouns
        # tell the goals of a name credited only without a minute; they merge into his goals later
        pronouns = self._pronoun_scorers(sent, people, assisting, {m.person for m in found if m.minute is not None})
        for k, pronoun in enumerate(pronouns):
            nxt_person = min([p.start for p, a in zip(people, assisting) if not a and p.start > pronoun.start]
                             + [p.start for p in pronouns[k + 1:]] + [sent.end])
            found.extend(self._mentions_of(sent, pronoun, nxt_person, pronoun.start, running)[0])
        return self._finish(found, sent)

    def _one_hits_another(self, people: list[Mark], sent: Sentence) -> bool:
        """A name opening its clause, a verb of hitting and a name right after it: 'X trifft Y am
        Knöchel' (not 'Nach Vorlage von X traf Y': Y is the subject, after the verb)."""
        texts = self.ctx.texts
        return any(later.start == earlier.end + 1 and self._hits_name_after(earlier.end)
                   and (earlier.start == sent.start or texts[earlier.start - 1] in CLAUSE_BREAKS)
                   for earlier, later in zip(people, people[1:]))  # not "Nach Vorlage von X traf Y"

    def _hits_name_after(self, k: int) -> bool:
        """A verb of hitting at k with a name right after it: 'trifft Y am Knöchel', a foul."""
        other = self.ctx.person_at.get(k + 1)
        return self.ctx.texts[k] in self.words.hit_verbs and other is not None and other.start == k + 1

    def _finish(self, found: list[GoalMention], sent: Sentence) -> list[GoalMention]:
        """The goals of a sentence without those it disallows, remembered as the latest scorer's."""
        if found and (not (self.words.disallowed | self.words.supposed).isdisjoint(
                unquoted := self._unquoted_texts(sent.start, sent.end)) or (
                "nicht" in unquoted and not self.words.not_counted.isdisjoint(unquoted))):
            found = self._without_disallowed(found, sent)
        if found:
            self._last_scorer = (sent.start, found[-1].person)
        return found

    def _without_disallowed(self, found: list[GoalMention], sent: Sentence) -> list[GoalMention]:
        """'X drückte den Ball über die Linie, doch ... nahm der Schiedsrichter den Treffer wegen einer
        Abseitsstellung zurück', 'X jubelte zwar (58.), sein Ausgleich wurde aber aberkannt': the goal
        told last before a word of disallowing, joined to it by 'doch', 'aber' or 'zwar', did not count;
        nor did one before a negated verb of counting ('der Treffer von X zählte nicht')."""
        texts, words = self.ctx.texts, self.words
        dropped: set[int] = set()
        for d in range(sent.start, sent.end):
            not_counted = self._not_counted_at(d)
            if (texts[d] not in words.disallowed and texts[d] not in words.supposed and not not_counted) \
                    or self.ctx.in_quote[d]:
                continue
            before = [m for m in found if m.order < d and id(m) not in dropped]
            if not before:
                continue
            last = max(before, key=lambda m: m.order)
            # "X hatte eingeschoben, die Kurve feierte den vermeintlichen Ausgleich": no join needed then
            if (texts[d] not in words.supposed and not not_counted
                    and words.taken_back_joins.isdisjoint(texts[last.order:d])) or any(
                    m.order > d and m.person != last.person for m in found):
                continue  # "X traf (12.), doch nach einem Abseitstor von Y glich Z aus (30.)": Z's goal is next
            dropped.update(id(m) for m in before if m.person == last.person and last.order - m.order < 5)
        return [m for m in found if id(m) not in dropped]

    def _not_counted_at(self, d: int) -> bool:
        """'Doch der Treffer von X (52.) zählte nicht', 'wurde nicht anerkannt': a verb of counting at d
        negated right before or after it tells, with no join needed, that the goal just told did not count."""
        texts = self.ctx.texts
        return texts[d] in self.words.not_counted and "nicht" in texts[max(0, d - 1):d + 2] \
            and texts[d + 2:d + 3] != ["nur"]  # not "zählte nicht nur zu den schönsten"

    def _goal_of_the_person_before(self, sent: Sentence) -> list[GoalMention]:
        """'X traf zum 1:0 (105.). Fünf Minuten später legte er nach (110.)': a sentence naming nobody,
        with 'er'/'sie' right after a goal verb, tells a goal of the previous sentence's scorer (or
        of the person it named last)."""
        pronoun = next(iter(self._pronouns_between(sent.start, sent.end)), None)
        if pronoun is None or not self.sentence_has_goal_cue(sent):
            return []
        antecedent = self._antecedent_in_sentence_before(sent)
        if antecedent is None:
            return []
        self._governed_starts, self._set_aside = set(), set()
        mark = Mark(pronoun, pronoun + 1, "PRONOUN", antecedent)
        return self._finish(self._mentions_of(sent, mark, sent.end, sent.start, (0, 0))[0], sent)

    def _pronoun_scorers(self, sent: Sentence, people: list[Mark], assisting: list[bool],
                         credited: set[str]) -> list[Mark]:
        """'Der polnische Stürmer brauchte nicht lange: In der 9. Minute drückte er den Ball über die
        Linie': 'er' (or 'sie' after a singular verb) right after a goal verb stands for the name told
        last before it in the sentence, when that name has no goal of its own here."""
        marks = []
        texts = self.ctx.texts
        for i in self._pronouns_between(sent.start + 1, sent.end):
            before = [p for p, a in zip(people, assisting) if not a and p.end <= i - 1]
            # "nach dem Ausgleich durch Y (54.) stellte er ...": not the name after a preposition
            subjects = [p for p in before if p.start == 0 or texts[p.start - 1].lower() not in self.words.prepositions]
            before = subjects or before
            if before and (before[-1].kb_id_ not in credited or self._minute_of_own_clause(i, sent.end)):
                # a scorer credited already scores again where the pronoun's clause tells a minute of its own
                marks.append(Mark(i, i + 1, "PRONOUN", before[-1].kb_id_))
            elif not before and (antecedent := self._antecedent_in_sentence_before(sent)) is not None:
                marks.append(Mark(i, i + 1, "PRONOUN", antecedent))  # "Elf Minuten später köpfte er ... ein"
        return marks

    def _minute_of_own_clause(self, i: int, end: int) -> bool:
        """Whether the clause after token i tells a minute: '(59.)', 'in der 59. Minute', 'fünf Minuten später'."""
        window = self.ctx.texts[i + 1:self._own_clause_end(i + 1, end)]
        return self._minute_after(window)[0] is not None or not self.words.minute_later.isdisjoint(window)

    def _own_clause_end(self, start: int, end: int) -> int:
        """The first clause break or named person from `start` on, else `end`: where a verb's own words stop."""
        texts, person_at = self.ctx.texts, self.ctx.person_at
        return next((k for k in range(start, end) if texts[k] in CLAUSE_BREAKS or k in person_at), end)

    def _pronoun_after_goal_verb(self, i: int) -> bool:
        """'köpfte er', 'legte er ... nach', 'ehe er ... den Endstand besorgte' (the verb closes the
        clause); not the team of 'trafen sie'."""
        texts = self.ctx.texts
        text = texts[i]
        if text not in self.words.scorer_pronouns or i == 0 or self.ctx.in_quote[i]:
            return False
        verb = texts[i - 1]
        if text == "sie" and verb.endswith("en"):
            return False  # "trafen sie": the team
        return self._is_goal_verb(verb) or verb in self.words.verb_final or self._separable_goal(verb, i + 1)

    def _separable_goal(self, word: str, k: int) -> bool:
        """'legte X (vom Punkt) nach', 'schloss X ... ab': a separable goal verb whose particle closes
        the clause running on from k; 'schloss' and 'stellte ... her' only with a move finished on the
        way, a score or a goal's role ('schloss einen Konter ab', 'stellte den Endstand her'; not 'schloss
        die Saison als Torschützenkönig ab', 'stellte die Ordnung wieder her')."""
        particle = self.words.separable_goal_verbs.get(word)
        at = self._closing_particle(k, particle) if particle is not None else None
        if at is None:
            return False
        if word not in self.words.verbs_finishing_a_move:
            return True
        clause = self.ctx.texts[k:at]
        # "schloss einen Konter ab", "stellte den 2:1-Endstand her", "stellte den Ausgleich her"
        return not self.words.finished_moves.isdisjoint(clause) or any(parse_score(text) for text in clause) \
            or not self.goal_role_words.isdisjoint(clause)

    def _only_person_before(self, sent: Sentence, person: Mark) -> bool:
        """Whether every person named in `sent` up to `person` is that same person (or a referee:
        'zeigte Schiedsrichter X nach einem Foul an Y auf den Punkt')."""
        return all(p.kb_id_ == person.kb_id_ or self.ctx.role_of(p.kb_id_) == "referee"
                   for p in self.ctx.people_in(sent) if p.start <= person.start)

    def _antecedent_in_sentence_before(self, sent: Sentence) -> str | None:
        """Who 'er' stands for when its sentence names nobody before it: the scorer of the sentence
        right before, else the person named last in it."""
        last = self._last_scorer
        if last is not None and sent.start and last[0] == self.ctx.sentence_start(sent.start - 1):
            return last[1]
        person = self._previous_sentence_person(sent)
        return person.kb_id_ if person is not None else None

    def _mentions_of(self, sent: Sentence, person: Mark, nxt_person: int, previous_end: int,
                     running: tuple[int, int]) -> tuple[list[GoalMention], tuple[int, int] | None]:
        """The goals one person mention stands for (none, one, or one per minute of a brace), and
        the match box's running score before it, if any."""
        ctx = self.ctx
        texts = ctx.texts
        s_start, s_end = sent.start, sent.end
        p_start, p_end = person.start, person.end
        # "X, erst in der 80. Minute eingewechselt, stocherte den Ball über die Linie (90.+3)": the
        # scorer's words resume after the apposition
        after = self._apposition_end(p_end, min(s_end, nxt_person)) if p_end < s_end and texts[p_end] == "," else p_end
        window_end = min(s_end, nxt_person, after + WINDOW)
        box = self._box_score_before(p_start, s_start)
        if box is not None:  # a match box's entry ends at its comma: "1:0 (12.) A, 1:1 (38.) B"
            window_end = self._entry_end(p_end, window_end)
        quote_at = ctx.in_quote.find(1, p_end, window_end)
        if quote_at != -1:
            window_end = quote_at
        second_verb = self._coordinated_verb(after, window_end) if box is None else None
        if second_verb is not None:  # "traf in der 17. Minute und scheiterte in der 76. Minute am Pfosten"
            window_end = second_verb
        window = texts[after:window_end]
        minute, rough = self._minute_after(window)
        if minute is None and after == p_end and p_end < s_end and texts[p_end][:1].isdigit() \
                and (box is not None or self._scorer_list_head(p_start, s_start) is not None
                     or self._bracketed_list_entry(p_start, p_end, s_start, s_end)):
            minute = parse_minute(texts[p_end])  # "Tore: Klein 29., Bauer 88./Elfmeter", "1:0 Konaté 9.": no brackets
        box_side = self._side_in_scorer_list(p_start, s_start, s_end) if box is None else None
        if box is not None and p_start >= 2 and texts[p_start - 1] == ")":
            minute = self._bracket_before(p_start - 1, s_start) or minute  # box "1:0 (23.) Name", "2:1 (57., Elfmeter) Name"
        if box is not None:
            box_side = side_of_step(box, running)
        if minute is None:
            minute = self._fronted_minute(p_start, p_end, s_start)
        if box is None and window_end == after + WINDOW and (minute is None or rough):
            # a minute in brackets further on; it is exact where the window told a rough one ("nach einer
            # halben Stunde per Kopf in Front (31.)")
            minute = self._closing_bracket_minute(window_end - 1, min(s_end, nxt_person, after + LONG_WINDOW)) \
                or minute
        slot = (minute is not None or box is not None or self._after_durch(p_start)
                or self._genitive_goal(p_end)
                or self._subject_of_goal_verb(after, window_end, ctx.role_of(person.kb_id_) == "coach")
                or self._verb_before(p_start) or self._goal_noun_von(p_start)
                or self._inverted_goal_verb_into_the_net(p_start, after, s_start, window_end))
        if not slot and (verb_at := self._goal_verb_of_subject(p_start, p_end, s_start, s_end)) is not None:
            slot, window_end = True, max(window_end, verb_at + 1)  # the words up to the verb are the scorer's
        if not slot and (verb_at := self._relative_goal_verb(p_end, s_end)) is not None:
            slot, window_end = True, max(window_end, verb_at + 1)
        list_start = self._scoring_list_start(p_start, p_end, s_start, s_end)
        slot = slot or list_start is not None
        missed = slot and self._missed(p_start, after, window_end, max(s_start, p_start - 3))
        if (missed or not slot) and box is None and list_start is None \
                and (resume := self._goal_clause_after_miss(after, min(s_end, after + LONG_WINDOW))) \
                is not None and (missed or self._missed(p_start, after, resume, max(s_start, p_start - 3))):
            # "X scheiterte zunächst an Keeper Y, machte es in der 61. Minute aber besser und glich aus":
            # the same subject's next clause tells the goal
            after, window_end = resume, min(s_end, nxt_person, resume + WINDOW)
            window = texts[after:window_end]
            minute, rough = self._minute_after(window)
        elif not slot or missed or self._substitution_after(p_end, s_end):
            return [], box
        clause_start, clause_end = self._clause(s_start, s_end, p_start, p_end)
        if minute is None:  # a spelled minute of the person's own clause: not "X traf nach 17 Minuten, Y glich aus"
            minute = (self._spelled_minute(clause_start, clause_end, p_start) or self._minute_before(p_start, s_start)
                      or self._leading_minute(s_start, s_end))
        if minute is None and texts[s_start] in ("Nach", "In") and self._only_person_before(sent, person) \
                and self.words.time_shifts.isdisjoint(texts[s_start:s_end]):  # not "..., später traf der Kapitän"
            # "Nach 38 Minuten landete eine Ecke vor den Füßen von X, der Kapitän nahm den Ball volley":
            # the minute opening a sentence that tells of nobody else
            minute = self._spelled_minute(s_start, min(s_end, s_start + 5), s_start)
        if minute is None:
            minute = self._minute_after_own_verb(p_end, clause_end)
        if minute is None:
            minute = self._relative_minute(clause_start, clause_end, p_start)
        if minute is None:
            minute = self._earlier_minute(s_start, p_start)
        if minute is None and self.ticker_lines():
            minute = self.ctx.line_minutes.get(self.ctx.line_start(p_start))  # "58' ... Zukic köpft zum 1:1 ein"
        local_start = max(s_start, p_start - 4, previous_end)
        for j in range(p_start - 1, local_start - 1, -1):
            if texts[j] in (",", ";", ")"):  # "..., 4:1 Rüdiger (87., Eigentor), 5:1 Can": not Can's
                local_start = j + 1
                break
        local = texts[local_start:window_end]
        penalty = self._says_penalty(local_start, window_end) and self.words.penalty_missed.isdisjoint(local)
        if box is not None and texts[p_start - 1] == ")":
            opening = self._opening_bracket(p_start - 1, s_start)
            penalty = penalty or (opening is not None and self._says_penalty(opening, p_start))  # "(57., Elfmeter) X"
        own_goal = self._says_own_goal(local_start, window_end) or (
            box is None and self._own_goal_later_in_clause(window_end, clause_end))  # a box entry ends at its comma
        times = self.words.times.get(texts[p_start - 1], 1) if list_start is not None and p_start \
            else self._times(window, p_start)
        more: list[tuple[int, int | None]] = []
        if minute:  # a list of minutes may run on past the window: "mit zwei Treffern (69., 79.)"
            more = self._more_minutes(window if window_end != after + WINDOW else
                                      texts[after:min(s_end, nxt_person, after + LONG_WINDOW)])
        later = self._later_own_minutes(after, min(s_end, nxt_person, after + LONG_WINDOW), minute) \
            if minute and not more else None
        if minute is None and times > 1 and (listed := self._minutes_of_next_clause(p_end, s_end, times)):
            minute, more = listed[0], listed[1:]  # "schnürte einen Hattrick: In der 12., 27. und 41. Minute ..."
        minutes = [minute] + more if minute else [None] * times
        penalties = [penalty] * len(minutes)
        if minute and not more and not later and second_verb is not None \
                and (second := self._coordinated_goal(second_verb, min(s_end, nxt_person, second_verb + WINDOW))):
            minutes.append(second[0])  # "brachte X in der 17. Minute in Führung und erhöhte in der 76. Minute"
            penalties.append(second[1])
        if later:  # "traf erst aus dem Spiel heraus (14.) und später per Elfmeter (54.)": each goal its own way
            first_close, further = later
            penalties = [penalty and self._says_penalty(local_start, first_close)] + [p for _, p in further]
            minutes += [m for m, _ in further]
        if minute is None and p_start > self.shootout_start and (
                penalty or not self.words.shootout_kicks.isdisjoint(sentence := texts[s_start:s_end])
                or not self.words.shootout.isdisjoint(texts[self.ctx.line_start(s_start):s_end])):
            # "verwandelte den entscheidenden Strafstoß", "im fünften Durchgang ... verwandelte den
            # entscheidenden Versuch" once the shoot-out is told, or any minute-less goal in a paragraph
            # telling the shoot-out ("Im Shootout legten die Gastgeber vor. X und Y trafen"): a kick, no goal
            return [], box
        if penalty and box is None and self._saved_next(sent):
            return [], box  # "X schob den Strafstoß in die Ecke. Keeper Y ahnte die Ecke und parierte."
        if len(minutes) > 1 and "einmal" in window:
            penalties = [False] * len(minutes)  # "traf doppelt, einmal davon vom Punkt": which one, the text does not say here
        cue = self._cue(p_start, p_end, clause_start, clause_end)
        score_after = self._score_after(p_start, p_end, s_start, s_end)
        team = self._explicit_team(person, clause_start, clause_end, own_goal)
        leaning = self._team_before_colon(clause_start, s_start) if team is None and not own_goal else None
        mentions = [GoalMention(person=person.kb_id_, order=p_start + k, sentence=sent,
                                minute=each[0] if each else None, stoppage=each[1] if each else None,
                                penalty=penalties[k], own_goal=own_goal, team=team, cue=cue if k == 0 else None,
                                box_side=box_side, repeat=k if each is None else 0,
                                score_after=score_after if k == 0 else None,
                                listed_with=list_start, leaning=leaning,
                                again=p_start > s_start and texts[p_start - 1] in self.words.again)
                    for k, each in enumerate(minutes)]
        return mentions, box

    def _goal_clause_after_miss(self, start: int, end: int) -> int | None:
        """Where a clause opening with a verb after the first comma from `start` begins, when it tells a
        goal (a goal verb or noun, no miss): the same subject scored after missing. None otherwise."""
        texts = self.ctx.texts
        comma = next((k for k in range(start, end) if texts[k] in (",", ";")), None)
        if comma is None or comma + 1 >= end:
            return None
        opener = texts[comma + 1]
        if not (opener.isalpha() and opener.islower()) or opener in self.words.verb_final \
                or opener in self.words.subordinators or opener in self.words.noun_phrase_openers:
            return None
        clause_end = next((k for k in range(comma + 1, end) if texts[k] in (",", ";")), end)
        clause = texts[comma + 1:clause_end]
        if not self.words.miss_hard.isdisjoint(clause) or any(
                k in self.ctx.person_at and self.ctx.person_at[k].start not in self._set_aside
                for k in range(comma + 1, clause_end)):
            return None  # "X scheiterte an der Stange, wenig später nickte Y ein": another's goal
        goal = any(self._is_goal_verb(text) or self._separable_goal(text, comma + 2 + k)
                   for k, text in enumerate(clause)) or not self.words.goal_nouns.isdisjoint(clause)
        return comma + 1 if goal else None

    def _coordinated_verb(self, start: int, end: int) -> int | None:
        """Where 'und' opens a second verb of the scorer after the minute of his first ('brachte die
        Gäste in der 17. Minute in Führung und erhöhte ...'): his first goal's words end there."""
        texts, person_at = self.ctx.texts, self.ctx.person_at
        for k in range(start + 2, end - 1):
            if texts[k] == "und" and self._may_be_verb(texts[k + 1]) and k + 1 not in person_at \
                    and self._minute_after(texts[start:k])[0] is not None:
                return k
            if texts[k] in CLAUSE_BREAKS:
                return None
        return None

    def _coordinated_goal(self, und: int, end: int) -> tuple[tuple[int, int | None], bool] | None:
        """The minute and penalty flag of a goal the second verb after 'und' tells with a minute of its
        own ('und erhöhte in der 76. Minute auf 2:0', 'und legte per Elfmeter nach (81.)'); None for a
        miss ('und scheiterte in der 76. Minute am Pfosten') or a verb of no goal."""
        texts = self.ctx.texts
        verb = texts[und + 1]
        end = self._own_clause_end(und + 1, end)
        if not (self._is_goal_verb(verb) or self._separable_goal(verb, und + 2)):
            return None
        minute, _ = self._minute_after(texts[und + 1:end])
        if minute is None or self._missed(und + 1, und + 2, end, und + 1):
            return None
        return minute, self._says_penalty(und + 1, end)

    def _later_own_minutes(self, start: int, end: int, first: tuple[int, int | None]
                           ) -> tuple[int, list[tuple[tuple[int, int | None], bool]]] | None:
        """'traf erst aus dem Spiel heraus (14.) und später per Elfmeter (54.)': where the bracket of the
        scorer's first minute closes, and his further goals: a bracketed minute after 'und' and a word
        of a later time ('später', 'erneut'), naming nobody else and no card or miss, with whether it
        was a penalty."""
        texts, words, person_at = self.ctx.texts, self.words, self.ctx.person_at
        k = next((j for j in range(start, end) if texts[j] == ")"), None)
        if k is None or k < start + 2 or texts[k - 2] != "(" or parse_minute(texts[k - 1]) != first:
            return None
        first_close, further = k, []
        while k + 2 < end and texts[k + 1] in ("und", ","):
            close = next((j for j in range(k + 2, min(end, k + 10)) if texts[j] == ")"), None)
            if close is None or texts[close - 2] != "(" or (minute := parse_minute(texts[close - 1])) is None:
                break
            between = texts[k + 2:close - 2]
            if words.second_goal_adverbs.isdisjoint(between) or not words.miss_hard.isdisjoint(between) or any(j in person_at for j in range(k + 2, close)):
                break
            further.append((minute, self._says_penalty(k + 2, close)))
            k = close
        return (first_close, further) if further else None

    def _coordinated_names(self, p_start: int, p_end: int, s_start: int, s_end: int) -> tuple[int, int]:
        """Start and end of the list of names the person at p_start..p_end stands in: 'A, B, zweimal C
        und D' (names joined by commas, 'und' or 'sowie', each perhaps with 'zweimal' before it)."""
        texts, person_at, times = self.ctx.texts, self.ctx.person_at, self.words.times
        joins = self.words.name_list_joins
        start, end = p_start, p_end
        while True:
            k = start - 1
            if k > s_start and texts[k] in times:
                k -= 1
            if k > s_start and (texts[k] in self.words.roles or texts[k].capitalize() in self.words.adverbs):
                k -= 1  # "A und Abwehrchef B", "A und erneut B": the word opens B's entry
            if k - 1 < s_start or texts[k] not in joins:
                break
            name_end = self._before_own_minute(k, s_start)  # "Doan (30.), Grifo ..."
            if (name_end - 1) not in person_at:
                break
            start = person_at[name_end - 1].start
        while True:
            k = self._after_own_minute(end, s_end)  # "Grifo per Foulelfmeter (45.) und Gregoritsch"
            if k >= s_end or texts[k] not in joins:
                break
            k += 1
            if k < s_end and texts[k] in times:
                k += 1
            if k < s_end and (texts[k] in self.words.roles or texts[k].capitalize() in self.words.adverbs) \
                    and k + 1 in person_at:
                k += 1  # "Cedric Teuchert und Abwehrchef Julian Börner", "Goller und erneut Hofmann"
            if k not in person_at or person_at[k].start != k:
                break
            end = person_at[k].end
        return start, end

    def _after_own_minute(self, k: int, s_end: int) -> int:
        """Past a list entry's own bracketed minute after a name ('(45.)', 'per Foulelfmeter (45.)')."""
        texts = self.ctx.texts
        if k + 2 < s_end and texts[k] == "per" and texts[k + 2] == "(":
            k += 2
        if k + 2 < s_end and texts[k] == "(" and parse_minute(texts[k + 1]) and texts[k + 2] == ")":
            return k + 3
        return k

    def _before_own_minute(self, k: int, s_start: int) -> int:
        """Where the name before a join ends, when a bracketed minute stands between: 'Doan (30.),'."""
        texts = self.ctx.texts
        if k - 3 >= s_start and texts[k - 1] == ")" and texts[k - 3] == "(" and parse_minute(texts[k - 2]):
            k -= 3
            if k - 2 >= s_start and texts[k - 2] == "per":
                k -= 2
        return k

    def _scoring_list_start(self, p_start: int, p_end: int, s_start: int, s_end: int) -> int | None:
        """'A, B, zweimal C und D trafen', 'Für die Gäste trafen A, B und C': where the list starts
        when the person is one of several names joined into the subject of a goal verb right after
        the list, or listed right after one; else None."""
        start, end = self._coordinated_names(p_start, p_end, s_start, s_end)
        if (start, end) == (p_start, p_end):
            return None
        texts = self.ctx.texts
        if self._verb_before(start) or (start - 1 > s_start and self._is_goal_verb(texts[start - 1])):
            return start  # "trafen A, B und C": the plural that alone may also mean a meeting
        if end < s_end and texts[end] in self.words.goal_verbs and self._subject_of_goal_verb(
                end, self._own_clause_end(end + 1, s_end), self.ctx.role_of(self.ctx.person_at[p_start].kb_id_) == "coach"):
            return start  # "A und B trafen", "A und B drehten die Partie"
        return None

    def _inverted_goal_verb_into_the_net(self, p_start: int, after: int, s_start: int, window_end: int) -> bool:
        """'Bereits nach neun Minuten lenkte X eine flache Hereingabe ins eigene Tor': a goal verb
        right before the name (after what opens the sentence), and the ball ends in the net ('ins
        Netz', 'ins eigene Tor') in the scorer's clause."""
        texts = self.ctx.texts
        verb = self._verb_before_descriptor(p_start, s_start)
        if verb <= s_start or texts[verb - 1] in CLAUSE_BREAKS or not self._is_goal_verb(texts[verb]):
            return False
        end = after
        while end < window_end and texts[end] not in CLAUSE_BREAKS:
            end += 1
        if end == after:
            return False
        return self._says_own_goal(after, end) or goal_phrase_pattern().search(" ".join(texts[after:end])) is not None

    def _relative_goal_verb(self, p_end: int, s_end: int) -> int | None:
        """'Den Sieg sicherte Florian Wirtz, der nach einem Doppelpass mit X ins lange Eck vollendete':
        where the goal verb closing a relative clause on the scorer stands (other names in it are
        governed or assisting ones)."""
        texts = self.ctx.texts
        if p_end + 2 >= s_end or texts[p_end] != "," or texts[p_end + 1] not in ("der", "die"):
            return None
        person_at = self.ctx.person_at
        for i in range(p_end + 2, min(s_end, p_end + 25)):
            text = texts[i]
            if text in CLAUSE_BREAKS or text in (".", "(", "!", "?") or self.ctx.in_quote[i]:
                last = i - 1
                return last if self._is_goal_verb(texts[last]) else None
            if text == "und" and self._is_goal_verb(texts[i - 1]):
                return i - 1  # ", der den Elfmeter im Eck unterbrachte und die Arena zum Beben brachte"
            if i in person_at and person_at[i].start == i:
                before = texts[i - 1]
                if before not in ("von", "vom", "mit", "des") and before not in self.words.object_prepositions:
                    return None
        return None

    def _apposition_end(self, comma: int, end: int) -> int:
        """Where a scorer's words resume after an apposition between commas that a goal verb follows
        ('X, erst in der 80. Minute aufs Feld gekommen, stocherte ...'); `comma` itself (the name's
        end) when there is none."""
        texts = self.ctx.texts
        for k in range(comma + 1, min(end - 1, comma + 12)):
            text = texts[k]
            if text == ",":
                nxt = texts[k + 1]
                return k + 1 if nxt in self.words.goal_verbs or self._is_goal_verb(nxt) else comma
            if text in (";", ":", "(") or k in self.ctx.person_at or self.ctx.in_quote[k]:
                break
        return comma

    def _saved_next(self, sent: Sentence) -> bool:
        """Whether the sentence after `sent` tells that the penalty just taken was saved or missed
        ('parierte', 'hielt', 'Fehlschuss'), without a goal of its own."""
        ctx = self.ctx
        k = bisect_right(ctx.sentence_starts, sent.start)
        if k >= len(ctx.sentences):
            return False
        nxt = ctx.sentences[k]
        texts = self._unquoted_texts(nxt.start, nxt.end)
        in_shootout = any(text in self.words.shootout and j and texts[j - 1].lower() == "im" for j, text in enumerate(texts))
        return not self.words.penalty_saved.isdisjoint(texts) and not self.sentence_has_goal_cue(nxt) \
            and not in_shootout  # "im Shootout parierte er zwei Versuche": other kicks (not "... und so ging es ins Elfmeterschießen")

    def _aimed_past(self, words: list[str]) -> bool:
        """'über das Tor', 'übers Tor', 'neben den Kasten': a shot that missed."""
        return self._aimed(words, self.words.past_the_goal)

    def _aimed(self, words: list[str], directions: frozenset[str]) -> bool:
        """A direction word before the goal frame, with or without its article ('aufs Tor', 'neben den
        Kasten')."""
        frame = self.words.goal_frame
        for k, word in enumerate(words):
            if word in directions:
                nxt = words[k + 1:k + 3]
                if nxt and (nxt[0] in frame or (len(nxt) == 2 and nxt[0] in ("das", "den") and nxt[1] in frame)):
                    return True
        return False

    def _own_goal_later_in_clause(self, window_end: int, clause_end: int) -> bool:
        """'Ordets lenkte in der 87. Minute eine Flanke von Mitchell Weiser ins eigene Tor': the own
        goal is told after another name (where the person's window ends) in the same clause."""
        if clause_end <= window_end:
            return False
        person_at = self.ctx.person_at
        if any(k in person_at and person_at[k].start == k and k not in self._governed_starts
               for k in range(window_end, clause_end)):
            return False  # "X traf (44.), in der 71. Minute lenkte Y ... ins eigene Netz": Y's own goal
        start = window_end - 2  # "ins", "hinter dem" may be the window's last words
        return self._says_own_goal(start, clause_end)

    def _says_penalty(self, start: int, end: int) -> bool:
        """Whether tokens start..end name a penalty: 'Foulelfmeter', 'Strafstoß', 'vom Punkt' (but
        not 'rettete einen Punkt')."""
        words = self.ctx.texts[start:end]
        if not self.words.penalty_words.isdisjoint(words):
            return True
        if any("/" in w and not self.words.penalty_words.isdisjoint(w.split("/")) for w in words):
            return True  # APA: "(78./Foulelfmeter)"
        return "Punkt" in words and self._spans_text(start, end, words, "vom Punkt")

    def _spans_text(self, start: int, end: int, texts: list[str], phrase: str) -> bool:
        """Whether the text of tokens start..end, with its original spacing, contains `phrase`.

        The Span's text is built only when the phrase's last word occurs in the joined tokens.
        """
        return phrase.split()[-1] in "".join(texts) and phrase in self.ctx.text_of(start, end)

    def _times(self, window: list[str], p_start: int) -> int:
        """How many goals a minute-less mention stands for: 'traf doppelt', 'schnürte einen Doppelpack',
        'erzielte beide Treffer', 'ein Doppelpack von X'."""
        times, counts = self.words.times, self.words.goal_counts
        for k, text in enumerate(window[:9]):  # "schnürte für die Berliner einen Doppelpack", "... einen lupenreinen Hattrick"
            if text in times:
                return times[text]
            if text in counts and k + 1 < len(window) and self.is_goal_noun(window[k + 1]):
                return counts[text]
            if text in CLAUSE_BREAKS:
                break
        if self._goal_noun_von(p_start):
            return times.get(self.ctx.texts[p_start - 2], 1)
        return 1

    def _minutes_of_next_clause(self, p_end: int, s_end: int, times: int) -> list[tuple[int, int | None]]:
        """The minutes of a brace or hat-trick told in the clause after its own ('schnürte einen Hattrick: In
        der 12., 27. und 41. Minute ...', '..., ihre Tore fielen in der 52., 57. und 61. Minute'), when there
        are as many as the count word says."""
        texts = self.ctx.texts
        brk = next((k for k in range(p_end, min(s_end, p_end + 12)) if texts[k] in CLAUSE_BREAKS), None)
        if brk is None or texts[brk] == ";":
            return []
        clause = texts[brk + 1:min(s_end, brk + LIST_WINDOW)]  # its commas may join the minutes
        first, _ = self._minute_after(clause)
        if first is None:
            return []
        listed = [first] + self._more_minutes(clause)
        return listed if len(listed) == times else []

    @staticmethod
    def _more_minutes(window: list[str]) -> list[tuple[int, int | None]]:
        """Further minutes of a brace or hat-trick: '(20., 44.)', 'in der 12., 26. und 75. Minute',
        '(12./56.)'."""
        minutes = []
        if len(window) > 1 and "/" in window[1] and window[0] == "(":
            parts = [parse_minute(part) for part in window[1].split("/")[1:]]
            if parts and all(parts):
                return parts  # "Grabner (12./56.)"; not "(78./Elfmeter)"
        first = next((k for k, text in enumerate(window) if text[:1].isdigit() and parse_minute(text)), None)
        if first is None:
            return minutes
        k = first + 2  # the minutes joined to the first one: "(39., 44.)", "in der 12., 26. und 75. Minute"
        while k < len(window) and window[k - 1] in (",", "und") and (parsed := parse_minute(window[k])):
            minutes.append(parsed)
            k += 2
        return minutes

    def _ticker_line(self, i: int) -> str | None:
        """In a live ticker ('19' TOR für Salzburg! Daghim trifft.'), whether the line holding token i
        announces a goal ('goal'), a miss ('miss') or neither (None)."""
        ticker_lines = self.ticker_lines()
        if not ticker_lines:
            return None  # most articles are not live tickers
        return ticker_lines.get(self.ctx.line_start(i))

    def _cancelled_by_next_line(self, i: int) -> bool:
        """'58. | Guirassy köpft ein ...' then '60. | Kein Tor!': the ticker's next timed line takes
        the goal back."""
        timed = self.ctx.timed_lines
        k = bisect_right(timed, i)
        if self.ctx.newest_first:  # the line told before is the later minute
            k -= 2
            return k >= 0 and self._ticker_lines.get(timed[k]) == "disallowed"
        return k < len(timed) and self._ticker_lines.get(timed[k]) == "disallowed"

    def ticker_lines(self) -> dict[int, str]:
        """Line start -> 'goal', 'miss' or 'disallowed', for the ticker lines that announce one."""
        if self._ticker_lines is None:
            self._ticker_lines = {start: kind for start in self.ctx.timed_lines
                                  if (kind := self._ticker_line_kind(start)) is not None}
        return self._ticker_lines

    def sentences_to_read(self) -> list[Sentence]:
        """The sentences `find` may find goals in: those where a person's name starts, or all of
        them in a live ticker (a ticker line's goal is read from its first sentence)."""
        ctx = self.ctx
        if self.ticker_lines():
            return ctx.sentences
        with_people = {ctx.sentence_start(start) for start in ctx.people_starts}
        with_people |= {ctx.sentence_start(i) for i in self._pronouns_after_goal_verbs}
        return [sent for sent in ctx.sentences if sent.start in with_people]

    @cached_property
    def _pronouns_after_goal_verbs(self) -> list[int]:
        """Where 'er' or 'sie' follows a goal verb ('Fünf Minuten später legte er nach')."""
        return [i for i in positions_of(self.ctx.texts, self.words.scorer_pronouns) if self._pronoun_after_goal_verb(i)]

    def _pronouns_between(self, start: int, end: int) -> list[int]:
        positions = self._pronouns_after_goal_verbs
        return positions[bisect_left(positions, start):bisect_left(positions, end)]

    def _previous_sentence_person(self, sent: Sentence) -> Mark | None:
        """The person named last in the sentence right before `sent`, outside quotations."""
        ctx = self.ctx
        k = bisect_right(ctx.people_starts, sent.start - 1) - 1
        while k >= 0 and ctx.in_quote[ctx.people[k].start]:
            k -= 1
        if k < 0 or sent.start == 0 or ctx.sentence_start(ctx.people[k].start) != ctx.sentence_start(sent.start - 1):
            return None
        return ctx.people[k]

    def _ticker_line_kind(self, start: int) -> str | None:
        texts = self.ctx.texts  # `start` opens a timed line
        head = [t.upper() for t in texts[start:start + 6]]
        for k, h in enumerate(head):
            if k and head[k - 1] == "KEIN" and self.is_goal_noun(texts[start + k]):
                return "disallowed"  # "30' Kein Treffer! ... stand knapp vorn"
            if h == "TOR" or h.startswith("TOOO"):
                return "disallowed" if k and head[k - 1] == "KEIN" else "goal"  # "60. | Kein Tor! Abseits"
        head = texts[start:start + 4]
        if not self.words.miss_hard.isdisjoint(head) or not self.words.ticker_misses.isdisjoint(head):
            return "miss"
        line = texts[start:self.ctx.line_end(start)]
        if any(parse_score(t) and line[k + 1] == "!" for k, t in enumerate(line[:-1])):
            return "goal"  # "84' Fischer tritt an - und verwandelt souverän. 2:1!"
        call = line[:line.index("!")] if "!" in line[:10] else []
        if not self.goal_role_words.isdisjoint(call) and self.words.miss_hard.isdisjoint(call) \
                and not any(word.lower().endswith(self.chance_endings) for word in call):  # not "Riesenchance zum Ausgleich!"
            return "goal"  # "53' Da ist der Ausgleich! X jagt den Ball unter die Latte."
        first = line[:line.index(".")] if "." in line else line
        if any(self._is_goal_verb(text) and not self._no_goal_after_verb(start + k) for k, text in enumerate(first)) \
                and self.words.miss_hard.isdisjoint(line) and self.words.ticker_misses.isdisjoint(line):
            return "goal"  # "47' Boere tritt an und verwandelt eiskalt halbhoch ins rechte Eck."
        return None

    def _no_goal_after_verb(self, k: int) -> bool:
        """Whether the goal verb at k tells no goal by what follows it: a name ('X trifft Y am Knöchel':
        a foul) or 'auf' ('Dortmund drückt auf den Ausgleich': pressure)."""
        texts = self.ctx.texts
        if k + 1 >= len(texts):
            return False
        return texts[k + 1] in self.words.pressure_prepositions or self._hits_name_after(k)

    def _ticker_goal(self, sent: Sentence) -> list[GoalMention]:
        ctx = self.ctx
        texts = ctx.texts
        start = self.ctx.line_start(sent.start)
        if sent.start != start:
            return []  # the goal of a line is read once, from its first sentence
        minute = ctx.line_minutes.get(start)
        line_end = self.ctx.line_end(start)
        team = None
        for i in range(start, min(start + 8, line_end - 1)):
            if texts[i] == "für":
                target = i + 2 if texts[i + 1].lower() in ("den", "die", "das", "der") else i + 1
                if target in ctx.club_at:  # "für den" at the very end of the text names no team
                    team = ctx.club_at[target].kb_id_
                break
        candidates = [p for p in ctx.people_in(Sentence(start, line_end))
                      if not self._ticker_assist(p.start, p.end, start, line_end)
                      and not self._sent_the_wrong_way(p.end, line_end)]
        if len(candidates) > 1 and self._shot_only(candidates[0].end, candidates[1].start):
            candidates = candidates[1:]  # "köpft X aufs Tor, Y reagiert am schnellsten und drückt ein"
        scorer = (candidates[0].kb_id_, candidates[0].start) if candidates else None
        if scorer is None and (k := self._unnamed_ticker_scorer(start, line_end)) is not None:
            scorer = (texts[k], k)
        if scorer is None:
            return []
        return [GoalMention(person=scorer[0], order=scorer[1], sentence=sent, minute=minute[0],
                            stoppage=minute[1], penalty=self._says_penalty(start, line_end),
                            own_goal=self._says_own_goal(start, line_end), team=team)]

    def _sent_the_wrong_way(self, end: int, line_end: int) -> bool:
        """'schickt X in die falsche Ecke': the name ending at `end` is the beaten keeper's."""
        texts = self.ctx.texts
        return any(tuple(texts[end:min(end + len(phrase), line_end)]) == phrase for phrase in self.words.wrong_way_phrases)

    def _shot_only(self, start: int, end: int) -> bool:
        """Whether the words start..end tell a shot at goal ('köpft X aufs Tor'), not where it went in."""
        texts = self.ctx.texts
        clause_end = next((k for k in range(start, end) if texts[k] in (",", ";", "–")), end)
        return self._aimed(texts[start:clause_end], self.words.at_the_goal)

    def _ticker_assist(self, start: int, end: int, line_start: int, line_end: int, reach: int = 3) -> bool:
        """'nach Flanke von X', 'Vorlage X', 'X flankt von rechts', 'X bringt den Ball herein': the name at
        start..end made the goal (`reach`: how many words before the name may hold the assist noun; a pass's
        particle may close the name's clause)."""
        texts = self.ctx.texts
        before = texts[max(line_start, start - reach):start]
        if before and before[-1] in ("von", "vom"):
            return True
        for k in range(len(before) - 1, -1, -1):
            if before[k].lower().endswith(self.words.assist_suffixes):
                return True
            if before[k].isalpha() and before[k].islower() and not before[k].endswith(DECLINED_ADJECTIVE_ENDINGS):
                break  # "Nach einem Eckball steigt X am höchsten": a verb between, X is who scored
        if end < line_end and self._giver_verb_at(end):
            return True  # "X flankt", "X bereitet vor"
        clause_end = next((k for k in range(end, line_end) if texts[k] in CLAUSE_BREAKS or texts[k] == "."), line_end)
        return clause_end - end >= 2 and texts[clause_end - 1] in self.words.assist_particles  # "X bringt den Ball herein"

    def _unnamed_ticker_scorer(self, start: int, end: int) -> int | None:
        """'47' Boere tritt an und verwandelt', '29' Tor für Meppen! ... steht Hemlein am Fünfmeterraum
        völlig blank und schiebt ein': in a line the ticker calls a goal, the first capitalised word
        that no list knows, no club and no noun after an article, and no assist giver, is the scorer
        (tickers name players by surname only, with no cue the name finder could use)."""
        ctx, texts = self.ctx, self.ctx.texts
        known, articles = known_words(), self.words.noun_phrase_openers
        for k in range(start + 1, end):
            text = texts[k]
            if not (text[:1].isupper() and text.isalpha() and len(text) > 2) or text.lower() in known \
                    or text in known or k in ctx.club_at or ctx.in_quote[k]:
                continue
            before = texts[k - 1]
            if before.lower() in articles or (before.isalpha() and before.islower()
                                              and before.endswith(DECLINED_ADJECTIVE_ENDINGS)):
                continue  # "einer Flanke", "am Fünfmeterraum", "aus kurzer Distanz"
            if self._ticker_assist(k, k + 1, start, end, reach=1):
                continue  # "Flanke von X", "Vorlage X", "X flankt": the assist (not "nach einem Eckball steht X")
            return k
        return None

    def _says_own_goal(self, start: int, end: int) -> bool:
        """'Eigentor', 'ET', 'ins eigene Netz', 'in die eigenen Maschen' among tokens start..end."""
        words = self.ctx.texts[start:end]
        if any("/" in w and not self.words.own_goal.isdisjoint(w.split("/")) for w in words):
            return True  # APA: "74./Eigentor"
        return not self.words.own_goal.isdisjoint(words) or any(
            self._spans_text(start, end, words, phrase) for phrase in self.words.own_goal_phrases)

    def _score_after(self, p_start: int, p_end: int, s_start: int, s_end: int) -> tuple[int, int] | None:
        """'zum 2:1' after the scorer or 'dem 2:1 durch X' before: the running score the goal made."""
        texts = self.ctx.texts
        after = texts[p_end:min(s_end, p_end + 8)]
        if "zum" in after or "zur" in after:
            for k in range(p_end, min(s_end, p_end + 8)):
                if texts[k] in ("zum", "zur") and k + 1 < s_end:
                    parsed = parse_score(texts[k + 1])
                    if parsed and not parsed[2]:
                        return parsed[0], parsed[1]
                if k in self.ctx.person_at:
                    break
        k = p_start - 1
        while k > s_start and texts[k] in ("den", "dem", "die"):
            k -= 1
        if k - 1 >= s_start and texts[k] == "durch":
            parsed = parse_score(texts[k - 1])
            if parsed and not parsed[2]:
                return parsed[0], parsed[1]
        return None

    def _minute_before(self, p_start: int, s_start: int) -> tuple[int, int | None] | None:
        """'In der Nachspielzeit (90.+7) markierte X': a bracketed minute earlier in the clause that
        belongs to no other name."""
        texts = self.ctx.texts
        person_at = self.ctx.person_at
        i = p_start - 1
        while i > s_start and texts[i] not in (",", ";", ":") and i not in person_at:
            if texts[i] == ")" and texts[i - 2] == "(" and i - 3 >= s_start and (i - 3) not in person_at:
                parsed = parse_minute(texts[i - 1])
                if parsed:
                    return parsed
            i -= 1
        return None

    def _fronted_minute(self, p_start: int, p_end: int, s_start: int) -> tuple[int, int | None] | None:
        """'In der 47. Minute legte X nach', 'In der 90.+2 Minute traf X': a minute put before the
        verb, which stands right before the scorer (German verb-second order)."""
        texts = self.ctx.texts
        verb = self._verb_before_descriptor(p_start, s_start)
        if verb - 3 < s_start:
            return None
        word = texts[verb]
        if not (self._is_goal_verb(word) or self._separable_goal(word, p_end)):  # "legte X (vom Punkt) nach"
            return None
        minute_at = verb - 2 if texts[verb - 1] == "Minute" else verb - 1
        if texts[minute_at - 1] != "der" or texts[minute_at - 2] not in ("In", "in"):
            return None
        return parse_minute(texts[minute_at])

    def _closing_particle(self, k: int, particle: str) -> int | None:
        """Where `particle` closes the clause running on from token k (a separable verb's particle:
        'legte X vom Elfmeterpunkt nach, ...'), within twelve tokens; None if it does not."""
        texts = self.ctx.texts
        for i in range(k, min(len(texts), k + 12)):
            text = texts[i]
            if text in CLAUSE_BREAKS or text in (".", "!", "?", "("):
                return i - 1 if i > k and texts[i - 1] == particle else None
        return None

    def _leading_minute(self, s_start: int, s_end: int) -> tuple[int, int | None] | None:
        if s_end <= s_start:
            return None
        texts = self.ctx.texts
        first = texts[s_start]
        parsed = parse_minute(first)
        if parsed and s_end - s_start > 1 and (texts[s_start + 1] in (":", "Minute", "Min.", "-", "–")
                                               or first.endswith("'")):
            return parsed
        return None

    def _minute_after(self, window: list[str]) -> tuple[tuple[int, int | None] | None, bool]:
        """The first minute the words after a scorer tell, and whether it is only a rough one ('nach
        einer halben Stunde') that a bracketed minute further on may make exact."""
        if MINUTE_CUES.isdisjoint(window):
            return None, False
        n = len(window)
        minute_nouns = self.words.minute_nouns
        spelled_before: tuple[int, None] | None = None  # "nach einer halben Stunde ... (31.)": the bracket is exact
        for k, text in enumerate(window):
            if spelled_before and text in (",", ";"):
                return spelled_before, False  # the clause ends: no bracket of its own follows
            if text == "(" and k + 1 < n:
                parsed = parse_minute(window[k + 1])
                if parsed:
                    return parsed, False
                if k + 3 < n and window[k + 2] == "/" and window[k + 1].isalpha():
                    parsed = parse_minute(window[k + 3])  # APA: "(Elfmeter/78.)"
                    if parsed:
                        return parsed, False
                if k + 2 < n and window[k + 1].isdecimal() and window[k + 2] in minute_nouns:
                    value = int(window[k + 1])
                    return ((value, None) if 1 <= value <= 130 else None), False
            if text in ("in", "In") and k + 3 < n and window[k + 1] == "der":
                parsed = parse_minute(window[k + 2])
                if parsed and (window[k + 3] in minute_nouns or self._minute_list_ends(window, k + 3)):
                    return parsed, False
            if text in ("nach", "Nach") and k + 2 < n and not spelled_before:
                spelled_before = self._spelled(window[k + 1: k + 5])
        return spelled_before, spelled_before is not None

    def _minute_list_ends(self, window: list[str], k: int) -> bool:
        """'in der 12., 26. und 75. Minute': a list of minutes closed by 'Minute'."""
        while k + 1 < len(window) and window[k] in (",", "und") and parse_minute(window[k + 1]):
            k += 2
        return k < len(window) and window[k] in self.words.minute_nouns

    def _spelled(self, texts: list[str]) -> tuple[int, None] | None:
        number_words = self.words.number_words
        if len(texts) >= 2 and texts[0].isdecimal() and texts[1] in ("Minuten", "Minute"):
            value = int(texts[0])
            return (value, None) if 1 <= value <= 130 else None
        if len(texts) >= 2 and texts[0] in number_words and texts[1] in ("Minuten",):
            return number_words[texts[0]], None
        if len(texts) >= 3 and texts[0] in ("einer", "knapp") and texts[1] == "halben" and texts[2] == "Stunde":
            return 30, None
        if len(texts) >= 2 and texts[0] == "einer" and texts[1] == "Viertelstunde":
            return 15, None
        if len(texts) >= 4 and texts[0] == "einer" and texts[1] == "knappen" and texts[2] == "halben":
            return 30, None
        return None

    def _spelled_minute(self, s_start: int, s_end: int, p_start: int) -> tuple[int, int | None] | None:
        """'nach 20 Minuten', 'in der 12. Minute', 'sechs Minuten vor dem Ende' within ten tokens of the person."""
        texts = self.ctx.texts
        person_at = self.ctx.person_at
        for i in range(max(s_start, p_start - 10), min(s_end, p_start + 11)):
            text = texts[i]
            if text in ("nach", "Nach") and i not in person_at:
                spelled = self._spelled(texts[i + 1: min(s_end, i + 5)])
                if spelled:
                    return spelled
            if text in ("in", "In") and i + 3 < s_end and texts[i + 1] == "der":
                parsed = parse_minute(texts[i + 2])
                if parsed and texts[i + 3] in self.words.minute_nouns:
                    return parsed
                ordinal = ordinal_forms().get(texts[i + 2])  # "in der zwölften Minute"
                if ordinal and texts[i + 3] in self.words.minute_nouns and ordinal <= 130:
                    if i + 5 < s_end and texts[i + 4] == "der" and texts[i + 5] == "Nachspielzeit":
                        return self._stoppage_base(i + 6, s_end), ordinal  # "in der vierten Minute der Nachspielzeit"
                    return ordinal, None
            if text in ("in", "In") and i + 2 < s_end and texts[i + 1] == "Minute" and texts[i + 2].isdecimal() \
                    and 1 <= int(texts[i + 2]) <= 130:
                return int(texts[i + 2]), None  # "Machtlos war er in Minute 34"
            if text == "Minuten" and i + 3 < s_end and texts[i + 1] == "vor" and texts[i + 2] in ("dem", "Schluss") \
                    and (texts[i + 2] == "Schluss" or texts[i + 3] in self.words.match_end):
                before = self._spelled(texts[i - 1:i + 1]) if i > s_start else None
                if before and before[0] < 45:  # "sechs Minuten vor dem Ende": of the 90
                    return 90 - before[0], None
        return None

    def _minute_after_own_verb(self, p_end: int, c_end: int) -> tuple[int, int | None] | None:
        """'X nutzte eine Unachtsamkeit in der Abwehr und traf bereits in der 12. Minute', 'X fing den
        Pass ab und glich nach 58 Minuten aus': the minute right after the scorer's goal verb further
        on in his clause, with no other subject named on the way."""
        texts = self.ctx.texts
        person_at = self.ctx.person_at
        for i in range(p_end, min(c_end, p_end + 25)):
            if i in person_at and person_at[i].start == i and i not in self._set_aside:
                return None
            if texts[i] in (";", ":", "(") or self.ctx.in_quote[i]:
                return None
            if self._is_goal_verb(texts[i]):
                return self._spelled_minute(i, min(c_end, i + 7), i)
        return None

    def _minutes_count(self, k: int) -> int | None:
        """The number of minutes told by the words ending at token k ('fünf Minuten', '7 Minuten',
        'eine Minute'), if they do."""
        texts = self.ctx.texts
        if k < 1 or texts[k] not in ("Minuten", "Minute"):
            return None
        number = texts[k - 1]
        if number.isdecimal():
            return int(number) if int(number) <= 45 else None
        return self.words.number_words.get(number.lower()) if number.isalpha() else None

    def _relative_minute(self, c_start: int, c_end: int, p_start: int) -> tuple[int, int | None] | None:
        """'nur fünf Minuten später' (after a minute told before in the sentence or the one before it),
        'Sieben Minuten nach Wiederbeginn' (45 on), 'zwei Minuten vor der Pause' (45 back): a minute
        told from another one, within ten tokens of the person in the person's clause."""
        texts = self.ctx.texts
        lexicon = self.words
        for i in range(max(c_start + 2, p_start - 10), min(c_end, p_start + 11)):
            text = texts[i]
            if text in lexicon.minute_later:
                count = self._minutes_count(i - 1)
                base = self._minute_told_before(i - 2) if count else None
                if base is not None and base + count <= 130:
                    return base + count, None
            elif text in ("nach", "vor") and (found := self._from_half_time(i, c_end)):
                return found[0], None
        return None

    def _from_half_time(self, i: int, end: int) -> tuple[int, int] | None:
        """'Sieben Minuten nach Wiederbeginn' (52), 'zwei Minuten vor der Pause' (43), with 'nach' or
        'vor' at token i: the minute, and the token after the phrase."""
        texts = self.ctx.texts
        count = self._minutes_count(i - 1)
        if not count or count >= 45 or i + 1 >= end:
            return None
        k = i + 2 if texts[i + 1] in ("dem", "der") else i + 1
        if k < end and texts[k] in self.words.second_half_start:
            return (45 + count if texts[i] == "nach" else 45 - count), k + 1
        return None

    def _minute_told_before(self, k: int) -> int | None:
        """The last minute told before token k, in its sentence or the one before: 'in der 9.
        Minute', '(9.)', 'nach 9 Minuten'."""
        texts = self.ctx.texts
        sentence = bisect_right(self.ctx.sentence_starts, k) - 1
        start = self.ctx.sentence_starts[max(0, sentence - 1)] if self.ctx.sentence_starts else 0
        for j in range(k - 1, start, -1):
            text = texts[j]
            if text[:1].isdigit():
                parsed = parse_minute(text)
                if parsed and (texts[j + 1] in self.words.minute_nouns or (texts[j - 1] == "(" and texts[j + 1] == ")")):
                    return parsed[0]
            elif text in self.words.minute_nouns and texts[j - 2] in ("nach", "Nach"):  # "Nach 37 Minuten ..."
                count = self._minutes_count(j)
                if count:
                    return count
        return None

    def _stoppage_base(self, k: int, s_end: int) -> int:
        """The minute a stoppage time told up to token k adds to: 45 when 'der ersten Halbzeit' or
        'vor der Pause' follows, else 90."""
        after = self.ctx.texts[k:min(s_end, k + 4)]
        return 45 if ("ersten" in after and "Halbzeit" in after) or "Pause" in after else 90

    def _box_score_before(self, p_start: int, s_start: int) -> tuple[int, int] | None:
        texts = self.ctx.texts
        i = p_start - 1
        if i >= s_start and texts[i] == ")":  # "1:0 (23.) Name", "2:1 (57., Elfmeter) Name"
            opening = self._opening_bracket(i, s_start)
            if opening is None:
                return None
            i = opening - 1
        if i >= s_start:
            parsed = parse_score(texts[i])
            if parsed and not parsed[2]:
                return parsed[0], parsed[1]
        return None

    def _after_durch(self, p_start: int) -> bool:
        texts = self.ctx.texts
        i = p_start - 1
        while i >= 0 and texts[i].lower() in ("den", "dem", "die", "der"):
            i -= 1
        return i >= 0 and texts[i].lower() == "durch"

    def _genitive_goal(self, p_end: int) -> bool:
        texts = self.ctx.texts
        if not texts[p_end - 1].endswith("s"):
            return False
        for i in range(p_end, min(len(texts), p_end + 3)):
            text = texts[i]
            if self.is_goal_noun(text):
                return True
            if not (text[:1].islower() or self.ctx.lexeme[text].like_num):
                return False
        return False

    def _subject_of_goal_verb(self, p_end: int, window_end: int, coach: bool = False) -> bool:
        texts = self.ctx.texts
        goal_verbs = self.words.goal_verbs
        for i in range(p_end, window_end):
            text = texts[i]
            if self._separable_goal(text, i + 1):
                return True  # "X schloss einen Konter zum 2:1 ab (84.)"
            if text in goal_verbs:
                if text not in self.words.ambiguous_verbs:
                    return True
                # "sorgte für den Ausgleich": a goal's role word in the verb's own clause
                clause_end = i + 1
                while clause_end < window_end and texts[clause_end] not in CLAUSE_BREAKS:
                    clause_end += 1
                if not self.goal_role_words.isdisjoint(texts[i + 1:clause_end]):
                    return True
                if self._with_goal_noun(i + 1, clause_end):
                    return True  # "sorgte mit einem Doppelpack für die Entscheidung"
                if any(texts[k] == "per" and texts[k + 1] in self.words.scoring_methods for k in range(i + 1, clause_end - 1)):
                    return True  # "Den Deckel drauf machte X per Strafstoß"
                # "sorgte für die Führung", "... für klare Verhältnisse"; "drehten die Partie", not a coach's
                window_text = self.ctx.text_of(p_end, window_end)
                return any(words in window_text for words in self.words.ambiguous_verb_objects) or (
                    text in self.words.turn and not coach
                    and any(words in window_text for words in self.words.turned_game_objects))
            if text in CLAUSE_BREAKS or i in self.ctx.person_at:
                return False
        return False

    def _with_goal_noun(self, start: int, end: int) -> bool:
        """'mit einem Doppelpack', 'mit seinem zweiten Treffer': 'mit' and a goal noun after at most two
        lower-case words."""
        texts = self.ctx.texts
        for i in range(start, end):
            if texts[i] == "mit":
                for k in range(i + 1, min(end, i + 4)):
                    if self.is_goal_noun(texts[k]):
                        return True
                    if not texts[k][:1].islower():
                        break
        return False

    def _is_goal_verb(self, text: str) -> bool:
        return goal_verb_memo()[text]

    def _goal_verb_of_subject(self, p_start: int, p_end: int, s_start: int, s_end: int) -> int | None:
        """Where the goal verb of a scorer that opens its clause stands, however far on in the clause:
        'als X den Ball nach einem Schuss von Y über die Linie stocherte', 'X wollte die Flanke vor dem
        einschussbereiten Y klären und lenkte den Ball ins eigene Netz'. The scorer opens the clause
        (after its role word): at the sentence's start, after a clause break or after a subordinator
        that puts the verb last; other names on the way are governed ones ('von Y', 'vor dem Y')."""
        texts = self.ctx.texts
        lexicon = self.words
        k = p_start - 1
        while k >= s_start and texts[k] in lexicon.roles:
            k -= 1
        opens = k < s_start or texts[k] in CLAUSE_BREAKS or texts[k] in lexicon.verb_final \
            or self._after_inverted_verb(k, s_start)  # "In der 71. Minute setzte sich X durch und schob ein"
        if not opens or p_end >= s_end:
            return None
        if texts[k] not in lexicon.verb_final and not texts[p_end][:1].islower():
            return None  # a main clause: its verb right after the subject
        person_at = self.ctx.person_at
        for i in range(p_end, min(s_end, p_end + 30)):
            text = texts[i]
            if text in CLAUSE_BREAKS or text == "(" or self.ctx.in_quote[i]:
                return None
            if i in person_at and person_at[i].start == i and i not in self._governed_starts \
                    and not self._assists(person_at[i], Sentence(s_start, s_end)):
                return None
            if self._is_goal_verb(text):
                return i
        return None

    def _after_inverted_verb(self, k: int, s_start: int) -> bool:
        """'Nach einer Flanke stieg X am höchsten und köpfte ein', 'In der 71. Minute setzte sich X durch
        und schob ein': the word before the name is the clause's verb (or its 'sich') after an
        adverbial, so the name is its subject."""
        texts = self.ctx.texts
        word = texts[k]
        if k <= s_start or not self._may_be_verb(word):
            return False
        before = texts[k - 1]
        if word == "sich":
            return self._may_be_verb(before)
        return before[:1].isupper() or before[:1].isdigit()  # "... Minute setzte", "Gordon stieg"

    def _earlier_minute(self, s_start: int, p_start: int) -> tuple[int, int | None] | None:
        """'Nach 14 Minuten ließ sich die Abwehr aushebeln, X vollendete', 'Es lief die 113. Minute, als
        X traf': the one minute told earlier in the sentence, with no other name and no shift of time
        ('später', 'nach der Pause') between it and the scorer, and no other name before him."""
        texts = self.ctx.texts
        lexicon = self.words
        found = []
        for i in range(s_start, p_start):
            text = texts[i]
            if text in ("nach", "Nach"):
                spelled = self._spelled(texts[i + 1:min(p_start, i + 5)])
                if spelled:
                    found.append((i, spelled))
                elif relative := self._from_half_time(i, p_start):  # "Sieben Minuten nach Wiederbeginn bebte ...: X"
                    found.append((relative[1], (relative[0], None)))
            elif text[:1].isdigit() and i + 1 < p_start:
                parsed = parse_minute(text)
                if parsed and (texts[i + 1] in lexicon.minute_nouns or (texts[i - 1] == "(" and texts[i + 1] == ")")):
                    found.append((i, parsed))
        if len(found) > 1:  # "Nach einer Viertelstunde köpfte X drüber, in der 27. Minute ...: Y traf": the last clause's
            last_break = next((k for k in range(found[-1][0] - 1, s_start - 1, -1) if texts[k] in (",", ";")), s_start)
            found = [(at, minute) for at, minute in found if at > last_break]
        if len(found) != 1:
            return None
        at, minute = found[0]
        person_at = self.ctx.person_at
        if any(texts[i] in lexicon.time_shifts for i in range(at, p_start)):
            return None
        # a name in a clause before the minute's own is another story ("köpfte X über die Latte, in der
        # 27. Minute war es dann so weit: Y traf")
        own_clause = next((k + 1 for k in range(at - 1, s_start - 1, -1) if texts[k] in (",", ";")), s_start)
        if any(i in person_at and person_at[i].start not in self._governed_starts and not self._crosses(person_at[i])
               for i in range(own_clause, p_start)):
            return None  # "A brachte uns nach 17 Minuten in Führung, B glich aus": the minute may be A's
        return minute  # (but "Nach 18 Minuten flankte A von rechts, B lenkte den Ball ins eigene Netz": B's)

    def _crosses(self, person: Mark) -> bool:
        """'flankte X', 'X passte': the person's verb, right before or after the name, sets up a goal."""
        return (person.start > 0 and self._giver_verb_at(person.start - 1)) \
            or (person.end < len(self.ctx.texts) and self._giver_verb_at(person.end))

    def _giver_verb_at(self, k: int) -> bool:
        """'flankte', 'legte (auf)', 'bereitete (vor)' at token k: the verb of who set a goal up."""
        return self.ctx.texts[k] in self.words.assist_giver_verbs

    def _verb_before_descriptor(self, p_start: int, s_start: int) -> int:
        """Where the verb before a scorer stands: right before him, or before a description that
        opens with an article ('fälschte der rumänische Innenverteidiger Andrei Burca')."""
        texts = self.ctx.texts
        if p_start - 2 > s_start and texts[p_start - 1].endswith("s") and p_start - 1 in self.ctx.club_at:
            p_start -= 1  # "lenkte Hartbergs Jürgen Heil ...": the club's genitive opens the description
        if texts[p_start - 1] in self.words.goal_verbs:
            return p_start - 1
        before = texts[p_start - 1]
        if p_start - 2 > s_start and before.islower() and before.capitalize() in self.words.adverbs \
                and self._is_goal_verb(texts[p_start - 2]):
            return p_start - 2  # "drückte erneut Schnyder den Ball über die Linie"
        for d in range(2, 5):
            k = p_start - d
            if k <= s_start:
                break
            if texts[k] in ("der", "die") and all(t.isalpha() for t in texts[k + 1:p_start]):
                return k - 1
        return p_start - 1

    def _verb_before(self, p_start: int) -> bool:
        texts = self.ctx.texts
        before = texts[max(0, p_start - 3):p_start]
        if not self.words.scoring_verbs.isdisjoint(before):
            return True
        if p_start and self._is_goal_verb(texts[p_start - 1]):
            return True  # "Nur vier Minuten später gleicht Mitchel Bakker aus": the inverted goal verb
        verb_at = next((k for k in range(p_start - 1, max(-1, p_start - 4), -1)
                        if texts[k] in self.words.ambiguous_verbs), None)
        person = self.ctx.person_at.get(p_start)
        if verb_at is not None and person is not None:
            s_end = self.ctx.sentence_end(p_start)
            clause_end = next((k for k in range(person.end, s_end) if texts[k] in CLAUSE_BREAKS), s_end)
            if self._subject_of_goal_verb(verb_at, clause_end):
                return True  # "sorgte X für die Führung", "sorgten X und Y für klare Verhältnisse"
        # "schloss Kalogeropoulos mit einem Schuss unter die Latte ab": a separable goal verb whose
        # particle closes the clause
        return any(self._separable_goal(text, p_start) for text in before)

    def _substitution_after(self, p_end: int, s_end: int) -> bool:
        """'Rangnick brachte in der 59. Minute X für Y': the name's clause goes on to a name, 'für' and a
        name, a player sent on for another, not a goal."""
        texts, person_at = self.ctx.texts, self.ctx.person_at
        k = p_end
        while k < s_end - 1 and texts[k] not in (",", ";", ":"):
            if texts[k] == "für" and k - 1 in person_at and k + 1 in person_at and person_at[k - 1].end == k:
                return True
            k += 1
        return False

    def _goal_noun_von(self, p_start: int) -> bool:
        texts = self.ctx.texts
        i = p_start - 1
        if not (i >= 1 and texts[i] in ("von", "des") and self.is_goal_noun(texts[i - 1])):
            return False
        # not "kamen selten vor das Tor von X", "aufs Tor von X": where the ball went, X kept that goal
        directions = self.words.goal_directions
        return not (i >= 3 and texts[i - 2] in ("das", "dem") and texts[i - 3].lower() in directions["before_article"]) \
            and not (i >= 2 and texts[i - 2].lower() in directions["joined"])

    def _missed(self, p_start: int, p_end: int, window_end: int, before_start: int) -> bool:
        """A chance, save, card or substitution in the person's own clause ('köpfte ... über die Latte',
        'klärte einen Schuss von X auf der Linie', 'sah Gelb')."""
        texts = self.ctx.texts
        person_at = self.ctx.person_at
        miss_hard = self.words.miss_hard
        clause_end = p_end
        while clause_end < window_end and texts[clause_end] not in (",", ";") and (
                clause_end not in person_at or person_at[clause_end].start in self._set_aside):
            # the clause runs on across a governed or assisting name ("sah nach einem Foul an X Rot",
            # "nach einer Parade von Keeper X")
            clause_end += 1
        if self._aimed_past(texts[p_end:clause_end]):
            return True  # "köpfte knapp über das Tor", "schoss neben den Kasten"
        if not any(parse_score(text) for text in texts[p_end:clause_end]) and any(
                self._spans_text(p_end, clause_end, texts[p_end:clause_end], phrase) for phrase in self.words.delivery_phrases):
            return True  # "zirkelte einen Eckball auf den Kopf von X" (X scored), "an den Fünfmeterraum"
        if clause_end + 1 < len(texts) and texts[clause_end] == "," and texts[clause_end + 1] in miss_hard:
            return True  # "schloss einen Konter ab, scheiterte aber an Riemann": the same subject missed
        around = texts[before_start:p_start] + texts[p_end:clause_end]
        misses = miss_hard.intersection(around)
        # "jagte den Ball unter die Latte", "stocherte ihn über die Linie", "lenkte ihn über die eigene
        # Torlinie": a miss word in a phrase that tells the ball went in
        clause = texts[p_end:clause_end]
        for word in misses & self.words.misses_that_went_in.keys():
            if any(self._spans_text(p_end, clause_end, clause, phrase) for phrase in self.words.misses_that_went_in[word]):
                misses = misses - {word}
        if misses and not self.words.post_sides.isdisjoint(around):
            misses -= self._posts_as_places(before_start, p_start, p_end, clause_end)
        if misses and "nehmen" in texts[p_end:clause_end]:
            misses -= self._chances_taken(p_end, clause_end)
        if misses and "nach" in texts[p_end:clause_end]:
            misses -= self._misses_before_the_goal(p_end, clause_end)
        lexicon = self.words
        if misses and not (misses <= lexicon.rescue_verbs and self._saves_a_result(before_start, clause_end)):
            return True  # a save, a chance, a card ... but "rettete mit seinem Kopfballtor noch einen Punkt" is a goal
        i = p_start - 1
        while i >= 0 and texts[i].lower() in ("des", "der", "dem", "den", "eines", "einem"):
            i -= 1
        return i >= 1 and texts[i] == "von" and texts[i - 1] in self.words.chance_nouns \
            and not self._shot_after_durch(i - 1, 0)

    def _shot_after_durch(self, noun: int, s_start: int) -> bool:
        """'ging durch einen direkt verwandelten Freistoß von X in Führung': a shot noun that 'durch'
        governs (after an article and adjectives) is the goal's means, the name after it the scorer."""
        texts = self.ctx.texts
        if texts[noun] not in self.words.shot_nouns:
            return False
        for k in range(noun - 1, max(s_start, noun - 5) - 1, -1):
            if texts[k] == "durch":
                return True
            if not (texts[k].isalpha() and texts[k].islower()):
                return False
        return False

    def _chances_taken(self, start: int, end: int) -> set[str]:
        """'liess sich die Chance nicht nehmen': a chance the scorer did not let be taken from him is
        one he took; the chance nouns before 'nicht nehmen'."""
        texts = self.ctx.texts
        chances = self.words.chance_nouns
        for k in range(start + 1, end):
            if texts[k] == "nehmen" and texts[k - 1] == "nicht":
                return {texts[j] for j in range(start, k) if texts[j] in chances}
        return set()

    def _posts_as_places(self, before_start: int, p_start: int, p_end: int, clause_end: int) -> set[str]:
        """'stand am langen Pfosten völlig frei': a post named with its side ('langen', 'zweiten') is
        where the scorer stood, not what his shot hit; such miss words, when every one of them is so."""
        texts = self.ctx.texts
        miss_hard, sides = self.words.miss_hard, self.words.post_sides
        places, others = set(), set()
        for k in itertools.chain(range(before_start, p_start), range(p_end, clause_end)):
            if texts[k] in miss_hard:
                (places if k >= 1 and texts[k - 1] in sides else others).add(texts[k])
        return places - others

    def _saves_a_result(self, start: int, end: int) -> bool:
        """'rettete einen Punkt', 'rettete die Hausherren in die Verlängerung': what the rescue
        verb saves (in its clause, at most sixteen words on) is a result, not a shot."""
        texts = self.ctx.texts
        rescue, saved = self.words.rescue_verbs, self.words.saved_results
        return any(texts[k] in rescue and not saved.isdisjoint(texts[k + 1:self._clause_break_after(k, 16)])
                   for k in range(start, end)) or not saved.isdisjoint(texts[start:end])

    def _clause_break_after(self, k: int, most: int) -> int:
        """The first clause break or sentence end after token k, at most `most` tokens on."""
        texts = self.ctx.texts
        end = min(len(texts), k + 1 + most)
        for i in range(k + 1, end):
            if texts[i] in CLAUSE_BREAKS or texts[i] == ".":
                return i
        return end

    def _entry_end(self, start: int, end: int) -> int:
        """The first comma or semicolon outside brackets from `start` on ('Atik (30., Foulelfmeter), ...')."""
        texts = self.ctx.texts
        depth = 0
        for k in range(start, end):
            text = texts[k]
            if text == "(":
                depth += 1
            elif text == ")":
                depth -= 1
            elif depth <= 0 and text in (",", ";"):
                return k
        return end

    def _bracket_before(self, close: int, s_start: int) -> tuple[int, int | None] | None:
        """The minute of the bracket closing at `close`: '(23.)', '(57., Elfmeter)', '(Elfmeter/78.)'."""
        opening = self._opening_bracket(close, s_start)
        if opening is None:
            return None
        return next((m for m in map(parse_minute, self.ctx.texts[opening + 1:close]) if m), None)

    def _opening_bracket(self, close: int, s_start: int) -> int | None:
        """Where the short bracket closing at `close` opens (at most five tokens back)."""
        texts = self.ctx.texts
        return next((k for k in range(close - 1, max(s_start, close - 6) - 1, -1) if texts[k] == "("), None)

    def _closing_bracket_minute(self, start: int, end: int) -> tuple[int, int | None] | None:
        """'Gregoritsch, der nach Vorarbeit von X aus kurzer Distanz traf (84.)': the first bracketed
        minute further on in the scorer's sentence, before anyone else is named."""
        texts = self.ctx.texts
        cards = self.words.cards
        for k in range(start, end - 1):
            if texts[k] == "(":
                return parse_minute(texts[k + 1]) if texts[k + 1][:1].isdigit() else None
            if self.ctx.in_quote[k] or texts[k] in cards:
                return None  # "X, der im Hinspiel traf, sah Gelb-Rot (84.)": the card's minute
        return None

    def _misses_before_the_goal(self, start: int, end: int) -> set[str]:
        """Miss words in a 'nach' phrase after the scorer: 'staubte nach einem Kopfball an die Latte
        ab' tells what came before the goal, not a miss of his."""
        texts = self.ctx.texts
        miss_hard, roles = self.words.miss_hard, self.goal_role_words
        found = set()
        for k in range(start, end):
            if texts[k] == "nach" and k + 1 < end and texts[k + 1] in ("einem", "einer", "dem", "der"):
                misses = [(j, texts[j]) for j in range(k + 2, min(end, k + 7)) if texts[j] in miss_hard]
                # the goal itself told after them: "... zum Ausgleich ab"
                if misses and not roles.isdisjoint(texts[misses[-1][0] + 1:end]):
                    found.update(w for _, w in misses)
        return found

    def _cue(self, p_start: int, p_end: int, clause_start: int, clause_end: int) -> str | None:
        """The goal's role ('lead', 'equaliser', ...) from the words near the person, within the
        clause and the person's part of it (up to 8 tokens before, 10 after)."""
        texts = self.ctx.texts
        start, first = p_start, max(clause_start, p_start - 8)
        while start > first and texts[start - 1] not in (",", ";", ":"):
            start -= 1
        end, last = p_end, min(clause_end, p_end + 10)
        while end < last and texts[end] not in (",", ";"):
            end += 1
        if end == p_end and end + 1 < len(texts) and texts[end] == "," and texts[end + 1] in ("der", "die"):
            # "war es Tio Cipot, der in der 104. Minute den Siegtreffer erzielte": the relative
            # clause right after the scorer is about the goal
            end, last = end + 1, min(len(texts), end + 12)
            while end < last and texts[end] not in (",", ";", "."):
                end += 1
        near = texts[start:end]
        present = set(near)
        joined = "".join(near)  # a word starting with a prefix puts the prefix into the joined words
        lexicon = self.words
        if not present.isdisjoint(lexicon.equaliser) or (
                "Ausgleich" in joined and any(t.startswith("Ausgleich") for t in near)):
            return "equaliser"
        if not present.isdisjoint(lexicon.closing):
            return "closing"
        if not present.isdisjoint(lexicon.lead) or (
                "Führungs" in joined and any(t.startswith("Führungs") for t in near)):
            return "lead"
        if not present.isdisjoint(lexicon.extend):
            return "extend"
        if not present.isdisjoint(lexicon.turn):
            return "turn"
        if not present.isdisjoint(lexicon.winner):
            return "winner"
        return None

    def _clause(self, s_start: int, s_end: int, p_start: int, p_end: int) -> tuple[int, int]:
        """The clause around a person mention, as (start, end): up to a clause break followed by a
        subordinator or a new main clause."""
        texts, subordinators = self.ctx.texts, self.words.subordinators
        start = p_start
        # ", sieben Minuten später legte X ...": a comma shortly before an inverted verb and its
        # subject opens the subject's own main clause
        verb = texts[p_start - 1] if p_start - 1 > s_start else ""
        inverted = self._may_be_verb(verb) and verb not in subordinators
        while start > s_start and not (texts[start - 1] in CLAUSE_BREAKS and (
                texts[start].lower() in subordinators or self._new_main_clause(start)
                or (inverted and p_start - start <= INVERTED_CLAUSE_REACH))):
            if texts[start - 2] in CLAUSE_BREAKS and texts[start - 1].lower() in subordinators:
                start -= 1
                break
            start -= 1
        end = p_end
        while end < s_end and not (texts[end] in CLAUSE_BREAKS and end + 1 < s_end and (
                texts[end + 1].lower() in subordinators or self._new_main_clause(end + 1))):
            end += 1
        return start, end

    def _new_main_clause(self, i: int) -> bool:
        """', Filip Bilbija glich aus', ', Rapids Isak Jansson glich aus': after a comma, a name (after
        its club, if named first) followed by a lower-case verb starts a clause; so does 'für' and a club
        before an inverted verb and its subject (', für Augsburg traf Phillip Tietz')."""
        texts = self.ctx.texts
        if texts[i] in ("für", "Für"):
            k = i + 2 if i + 1 < len(texts) and texts[i + 1] in ("die", "den", "das") else i + 1
            club = self.ctx.club_at.get(k)
            if club is not None and club.start == k:
                k = club.end
            elif k < len(texts) and texts[k] in self.ctx.side_nouns:
                k += 1  # ', für die Gastgeber traf X'
            else:
                return False
            after = self.ctx.person_at.get(k + 1)
            return k < len(texts) and texts[k][:1].islower() and after is not None and after.start == k + 1
        club = self.ctx.club_at.get(i)
        if club is not None and club.start == i:
            i = club.end
        person = self.ctx.person_at.get(i)
        if person is None or person.start != i or person.end >= len(self.ctx.texts):
            return False
        nxt = self.ctx.texts[person.end]
        return nxt[:1].islower()

    def _explicit_team(self, person: Mark, clause_start: int, clause_end: int, own_goal: bool) -> str | None:
        ctx = self.ctx
        texts = ctx.texts
        clause = texts[clause_start:clause_end]
        if "für" in clause or "Für" in clause:  # the first 'für' after the person, then the nearest before it:
            # "A trafen für X, dazwischen hatte B für Y getroffen"
            fuer = [i for i in range(clause_start, clause_end) if texts[i] in ("für", "Für")]
            after = [i for i in fuer if i > person.start]
            before = [i for i in reversed(fuer) if i < person.start]
            # one without a comma between it and the person first: "Für A traf X, für B glich Y aus"
            near = [i for i in after + before if "," not in texts[min(i, person.start):max(i, person.start)]]
            for i in near + after + before:
                if i + 2 < clause_end:
                    target = i + 2 if texts[i + 1].lower() in ("die", "den", "das", "der") else i + 1
                    if target in ctx.club_at:
                        return ctx.club_at[target].kb_id_
                    if texts[target] in ctx.side_nouns:
                        return ctx.team_noun_club(texts[target])
        clubs = [m for m in ctx.club_mentions_between(clause_start, clause_end)
                 if m.preposition not in ("gegen", "beim", "bei", "über", "in", "im") and m.label != "CITY"
                 and not self._after_team_noun(m.start)  # "die Gäste aus Dortmund": the noun tells the side
                 and not self._club_of_another(m.end, person)]  # not "..., lenkte Hartbergs Y ... ins eigene Netz"
        names = {m.club for m in clubs}
        if len(names) == 1:
            club = names.pop()
            return club
        if not ctx.side_nouns.isdisjoint(clause):
            for i in range(clause_start, clause_end):
                if texts[i] in ctx.side_nouns:
                    if i > 0 and texts[i - 1].lower() in ("gegen", "beim", "bei"):
                        continue
                    return ctx.team_noun_club(texts[i])
        club = ctx.club_of(person.kb_id_)
        if club and not own_goal:
            return club
        return None

    def _team_before_colon(self, clause_start: int, s_start: int) -> str | None:
        """The one team named, as its subject, in a short main clause before a colon that opens the
        scorer's clause ('Die Überzahl nutzten die Gäste wenig später: X zirkelte ...', 'Zunächst jubelten
        die Gastgeber: X ...'). Only a team before the first comma counts (one after it may be an object:
        'Y presste früh, zwang die Gäste zu langen Bällen und wurde belohnt:'), and not where a comma opens
        another clause or the words tell of conceding."""
        ctx = self.ctx
        texts = ctx.texts
        colon = clause_start - 1
        if colon <= s_start or texts[colon] != ":":
            return None
        start = colon
        while start > s_start and texts[start - 1] not in (";", "–", "—", ":"):
            start -= 1
        segment = texts[start:colon]
        if not self.words.conceding.isdisjoint(segment):
            return None
        end = start + segment.index(",") if "," in segment else colon
        for k in range(end, colon):  # "Die ÖFB-Frauen verteidigten kompakt, lauerten auf Konter und wurden
            # belohnt:": only verbs of the same subject may follow its comma
            if texts[k] == "," and not (texts[k + 1][:1].islower() and texts[k + 1] not in self.words.subordinators
                                        and texts[k + 1] not in self.words.relative_pronouns):
                return None
        teams = {m.club for m in ctx.club_mentions_between(start, end) if m.preposition is None and m.label != "CITY"}
        for i in range(start, end):
            if texts[i] in ctx.side_nouns and ctx.preposition_before(i) is None:  # not "für die Hausherren"
                club = ctx.team_noun_club(texts[i])
                if club is not None:
                    teams.add(club)
        return teams.pop() if len(teams) == 1 else None

    def _after_team_noun(self, club_start: int) -> bool:
        """Whether the club at `club_start` only says where a home or away team noun comes from ('die Gäste
        aus Dortmund'): the noun names the side, and the club may be named differently in the match."""
        texts, ctx = self.ctx.texts, self.ctx
        return club_start >= 2 and texts[club_start - 1] == "aus" and texts[club_start - 2] in ctx.side_nouns

    def _club_of_another(self, end: int, person: Mark) -> bool:
        """Whether a club ending at `end` is the genitive of another person named right after it."""
        other = self.ctx.person_at.get(end)
        return other is not None and other.start == end and other.kb_id_ != person.kb_id_

    # -- assigning to matches and sides -------------------------------------------------------
    def assign(self, mentions: list[GoalMention], current: dict[int, MatchState | None]) -> None:
        best_matches: dict[tuple[int, str | None], MatchState | None] = {}  # by sentence start and team
        goals_of: dict[int, list[GoalMention]] = {}  # by id of the match
        for mention in mentions:
            key = (mention.sentence.start, mention.team)
            if key not in best_matches:
                best_matches[key] = self._best_match(mention.sentence, mention.team, current)
            mention.match = best_matches[key]
            if mention.repeat and self._timed_elsewhere(mention, current):
                continue
            goals_of.setdefault(id(mention.match), []).append(mention)
        for match in self.ctx.matches:
            match.goals = self.solve(match, dedupe(goals_of.get(id(match), [])))

    def _timed_elsewhere(self, mention: GoalMention, current: dict[int, MatchState | None]) -> bool:
        """Whether another sentence about the same match names the scorer of a minute-less brace ('X, der
        beide Tore erzielte') beside a minute: then that sentence tells his goals one by one, and the
        count stands for them, even where that telling is too loose to be read as a goal."""
        ctx = self.ctx
        texts = ctx.texts
        for sent in ctx.sentences:
            if sent.start == mention.sentence.start or not any(
                    p.kb_id_ == mention.person for p in ctx.people_in(sent)):
                continue
            if self._minute_after(texts[sent.start:sent.end])[0] is not None \
                    and self._best_match(sent, None, current) is mention.match:
                return True
        return False

    def _best_match(self, sent: Sentence, team: str | None,
                    current: dict[int, MatchState | None]) -> MatchState | None:
        """The match a goal told in `sent` (for `team`, if the text says) most likely belongs to."""
        ctx = self.ctx
        if len(ctx.matches) == 1:
            only = ctx.matches[0]
            return only if only.home_goals or only.away_goals else None  # a goalless match has no goal to give
        s_start = sent.start
        sent_clubs = {m.club for m in ctx.club_mentions(sent)}
        venue_clubs = ctx.venue_clubs_in(sent)
        current_match = current.get(s_start)
        best, best_score = None, -1.0
        for match in ctx.matches:
            if not match.home_goals and not match.away_goals:
                continue  # "Nach dem 0:0 in Unterhaching": a goalless match has no goal to give
            teams = match.teams
            score = 0.0
            if team in teams:
                score += 3
            score += 2 * len(sent_clubs & set(teams))
            if match.home in venue_clubs:
                score += 2
            if current_match is match:
                score += 1.5
            if match.main:
                score += 0.5
            if match.sentence.start <= s_start:
                score += 0.25
            if score > best_score:
                best, best_score = match, score
        return best

    def solve(self, match: MatchState, goals: list[GoalMention]) -> list[GoalMention]:
        """Give every goal a side: explicit where the text says it, else the best-fitting assignment."""
        sides: list[str | None] = []
        for g in goals:
            side = None
            if g.box_side:
                side = g.box_side
            elif g.team in match.teams:
                side = "home" if g.team == match.home else "away"
                if g.own_goal and g.team == self.ctx.club_of(g.person):
                    side = "away" if side == "home" else "home"
            sides.append(side)
        unknown = [k for k, s in enumerate(sides) if s is None]
        order = chronological(goals)
        if unknown and len(unknown) <= MAX_UNKNOWN_SIDES:
            results = []
            halves = goal_halves(goals) if match.ht else None
            groups = self.split_groups(goals)
            for combo in itertools.product(("home", "away"), repeat=len(unknown)):
                trial = list(sides)
                for k, side in zip(unknown, combo):
                    trial[k] = side
                results.append((self.cost(match, goals, trial, order, halves, groups), combo))
            best_cost = min(c for c, _ in results)
            winners = [combo for c, combo in results if c == best_cost]
            for position, k in enumerate(unknown):
                values = {combo[position] for combo in winners}
                if len(values) == 1:
                    sides[k] = values.pop()
        for g, side in zip(goals, sides):
            g.team = (match.home if side == "home" else match.away) if side else None
        return goals

    def cost(self, match: MatchState, goals: list[GoalMention], sides: list[str], order: list[int],
             halves: tuple[list[int], list[int]] | None,
             groups: tuple[list[list[int]], list[list[int]]]) -> float:
        """How badly sides fit the final and half-time score and the goals' roles. `halves` are
        `goal_halves(goals)` (None when the match has no half-time score) and `groups` are
        `split_groups(goals)`, computed once for all the assignments tried."""
        home = sides.count("home")
        away = sides.count("away")
        cost = 0.0
        total = match.home_goals + match.away_goals
        if len(goals) == total:
            cost += 10 * (abs(home - match.home_goals) + abs(away - match.away_goals))
        else:
            cost += 10 * (max(0, home - match.home_goals) + max(0, away - match.away_goals))
        if match.ht and halves is not None:
            first_half, second_half = halves
            first_sides = [sides[k] for k in first_half]
            h1, a1 = first_sides.count("home"), first_sides.count("away")
            cost += 3 * (max(0, h1 - match.ht[0]) + max(0, a1 - match.ht[1]))
            second_sides = [sides[k] for k in second_half]
            h2, a2 = second_sides.count("home"), second_sides.count("away")
            cost += 3 * (max(0, h2 - (match.home_goals - match.ht[0])) + max(0, a2 - (match.away_goals - match.ht[1])))
        scorer_groups, list_groups = groups
        cost += 10 * _splits(scorer_groups, sides) + 0.5 * _splits(list_groups, sides)
        running = {"home": 0, "away": 0}
        for k in order:
            side = sides[k]
            other = "away" if side == "home" else "home"
            diff = running[side] - running[other]
            cue = goals[k].cue
            if cue == "lead" and diff != 0:
                cost += 1
            elif cue == "equaliser" and diff != -1:
                cost += 1
            elif cue == "closing" and diff > -2:
                cost += 1
            elif cue == "extend" and diff < 1:
                cost += 1
            elif cue == "turn" and diff > 0:
                cost += 1
            elif cue == "winner":  # the winning goal breaks a tie for the side that wins; goals the
                # text leaves out make the running score a weaker witness than the final one
                cost += (0 if _wins(match, side) else 1) + (0 if diff == 0 else 0.5)
            running[side] += 1
            leaning = goals[k].leaning
            if leaning in match.teams and leaning != (match.home if side == "home" else match.away):
                cost += 0.75  # a weak sign: the scores' witness outweighs it
            stated = goals[k].score_after
            if stated is not None and stated != (running["home"], running["away"]):
                # the text may state it from the away side's view: a smaller doubt than a mismatch
                cost += 0.5 if stated == (running["away"], running["home"]) else 1
        return cost


    @staticmethod
    def split_groups(goals: list[GoalMention]) -> tuple[list[list[int]], list[list[int]]]:
        """The goals that should share a side, as index groups: one scorer's goals (own goals aside:
        a brace is never split between the teams), and the names listed together as one subject
        ('A, B und C trafen an der Ostsee'), which mostly play for one team."""
        by_scorer: dict[str, list[int]] = {}
        by_list: dict[int, list[int]] = {}  # by the token where the list starts
        for k, goal in enumerate(goals):
            if goal.own_goal:
                continue
            if goal.person:
                by_scorer.setdefault(goal.person, []).append(k)
            if goal.listed_with is not None:
                by_list.setdefault(goal.listed_with, []).append(k)
        return ([g for g in by_scorer.values() if len(g) > 1], [g for g in by_list.values() if len(g) > 1])


def _splits(groups: list[list[int]], sides: list[str]) -> int:
    """How many groups the sides split (a group on both sides counts once)."""
    return sum(len({sides[k] for k in group}) - 1 for group in groups)


def _wins(match: MatchState, side: str) -> bool:
    """Whether `side` ('home' or 'away') won the match."""
    return match.home_goals > match.away_goals if side == "home" else match.away_goals > match.home_goals


def goal_halves(goals: list[GoalMention]) -> tuple[list[int], list[int]]:
    """Indices of the goals with a minute in the first half (up to 45, stoppage time included) and
    in the second."""
    first = [k for k, g in enumerate(goals) if g.minute is not None and g.minute <= 45]
    second = [k for k, g in enumerate(goals) if g.minute is not None and g.minute > 45]
    return first, second


def chronological(goals: list[GoalMention]) -> list[int]:
    """Indices in playing order: by minute, goals without one keep their place in the text."""
    keyed = []
    last = 0
    for k, g in enumerate(goals):
        if g.minute is not None:
            last = g.minute
        keyed.append(((g.minute if g.minute is not None else last), k))
    return [k for _, k in sorted(keyed)]


def dedupe(goals: list[GoalMention]) -> list[GoalMention]:
    """One goal per scorer and minute; a minute-less repeat of a scorer merges into the timed goal."""
    kept: list[GoalMention] = []
    # a brace told without minutes ("schnürte einen Doppelpack") stands for two goals; each of them
    # merges into a different goal of the scorer told elsewhere, never into its sibling
    claimed: dict[int, set[int]] = {}
    for g in sorted(goals, key=lambda g: g.order):
        surname = g.person.split()[-1]
        siblings = claimed.setdefault(g.order - g.repeat, set()) if g.minute is None else set()
        same = [k for k in kept if k.person.split()[-1] == surname and id(k) not in siblings and
                (k.minute == g.minute or g.minute is None or k.minute is None)
                and not (g.again and g.minute is None)]  # "erneut Hofmann": his next goal
        if same:
            target = same[0]
            siblings.add(id(target))
            if target.minute is None and g.minute is not None:
                target.minute, target.stoppage = g.minute, g.stoppage
                target.order = min(target.order, g.order)
            target.penalty = target.penalty or g.penalty
            target.own_goal = target.own_goal or g.own_goal
            target.team = target.team or g.team
            target.cue = target.cue or g.cue
            target.box_side = target.box_side or g.box_side
            target.score_after = target.score_after or g.score_after
            continue
        siblings.add(id(g))
        kept.append(g)
    return kept
