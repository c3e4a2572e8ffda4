"""What the fact extractors share about one article: its clubs, people, sentences, quotes.

German news text refers to a team in many ways: by name ("der VfL"), nickname ("die Roten
Teufel"), demonym ("die Pfälzer"), city ("in Darmstadt"), role ("der Tabellenzweite", "die
Gäste", "sein Team"). `ArticleContext` turns those into canonical club names using what the
article said before, and answers the questions every extractor asks: which clubs a sentence
names, which of them is governed by a preposition ("gegen X", "beim X"), who the sentence is
about.
"""
from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from itertools import compress, count, repeat
from typing import Any, Generic, NamedTuple, TypeVar

from spacy.tokens import Doc
from spacy.vocab import Vocab

from ..article import Article
from ..components.tokens import (Memo, doc_text, per_owner, positions_of, sentence_starts, span_tuples, token_starts,
                                 token_texts)
from ..lexicon import ADJECTIVE_ENDINGS, RANK_PREFIX, club_index, country_cities, word_list, word_set, words

PREPOSITION_LOOKBACK = 4
T = TypeVar("T", bound=tuple)
T_co = TypeVar("T_co", covariant=True)
MIN_QUOTE_WORDS = 3  # shorter quoted text is a name or title, not speech
# MIN_QUOTE_WORDS words: the end of one, a word in between, the start of the last; found without counting them all
QUOTE_MIN_WORDS = re.compile(r"\w" + r"\W+\w+" * (MIN_QUOTE_WORDS - 2) + r"\W+\w")
YEAR = re.compile(r"(19|20)\d\d")
MIN_BARE_MINUTE_LINES = 4  # lines opening with a bare ordinal ("66. ...") that make them a ticker's minutes
MINUTE_TOKEN = re.compile(r"^(\d{1,3})\.(?:\+(\d{1,2})\.?)?$|^(\d{1,3})'$|^(\d{1,3})'?\+(\d{1,2})\.?$")


class cached(Generic[T_co]):
    """`functools.cached_property` without its lock: Python 3.11 takes an `RLock` on every first
    read, which costs more than most of the values cached here. Like it, the value is stored in
    the instance's `__dict__`, where later reads find it without calling the descriptor."""

    def __init__(self, function: Callable[[Any], T_co]) -> None:
        self.function = function
        self.name = function.__name__
        self.__doc__ = function.__doc__

    def __get__(self, instance: Any, owner: type | None = None) -> T_co:
        if instance is None:
            return self  # type: ignore[return-value]
        value = instance.__dict__[self.name] = self.function(instance)
        return value


class Mark(NamedTuple):
    """A span of a span group as plain data (`components.tokens.span_tuples`), with the names of
    the `Span` attributes the finders read: reading a `Span` from a group makes a new object
    each time, and its label and name are looked up in the string store on every access."""

    start: int
    end: int
    label_: str
    kb_id_: str


def as_named(kind: type[T], rows: Iterable[tuple]) -> list[T]:
    """`[kind._make(row) for row in rows]` for a `NamedTuple` class, without a Python-level call per row."""
    return list(map(tuple.__new__, repeat(kind), rows))


def marks(doc: Doc, group: str) -> list[Mark]:
    """The spans of `doc.spans[group]` as `Mark`s, in the group's order."""
    return as_named(Mark, span_tuples(doc, group))


class Sentence(NamedTuple):
    """A sentence as its token range, which is all the finders read of a sentence `Span`
    (`doc.sents` makes a `Span`, and each of those its `Token`s, for every sentence)."""

    start: int
    end: int


def sentences_of(doc: Doc) -> list[Sentence]:
    """The sentences of `doc.sents`, from the sentence starts: each ends where the next starts."""
    starts = sorted(sentence_starts(doc))
    return as_named(Sentence, zip(starts, starts[1:] + [len(doc)]))


class ClubMention(NamedTuple):
    start: int
    end: int
    club: str
    label: str  # NAME, NICK, DEMONYM, COMPOUND, CITY, UNKNOWN, REF
    preposition: str | None = None  # governing preposition ("gegen", "beim", ...) if any


@dataclass
class MatchState:
    """A match found in the article (see matches.py); kept here so sentences can refer to it."""

    home: str
    away: str
    home_goals: int
    away_goals: int
    sentence: Sentence
    ht: tuple[int, int] | None = None
    ordered: bool = True
    main: bool = False  # reported in detail (half-time, venue, scorers) rather than in passing
    venue: str | None = None
    attendance: int | None = None
    competition: str | None = None
    date: str | None = None
    match_id: str = ""
    goals: list = field(default_factory=list)

    @property
    def teams(self) -> tuple[str, str]:
        return self.home, self.away


class LexemeFlags(NamedTuple):
    """The `Token` flags the rules read. They are flags of the token's lexeme, so they depend on
    the text alone (`lexeme_flags`)."""

    is_punct: bool
    like_num: bool
    ends_phrase: bool  # punctuation, white space or a number: ends a noun phrase


_lexeme_flags: dict[int, Memo] = {}  # by id of the vocabulary


def lexeme_flags(vocab: Vocab) -> Memo:
    """Token text -> its `LexemeFlags`: one dict look-up per token instead of making a `Token`."""
    def flags(text: str) -> LexemeFlags:
        lexeme = vocab[text]
        return LexemeFlags(lexeme.is_punct, lexeme.like_num, lexeme.is_punct or lexeme.is_space or lexeme.like_num)

    return per_owner(_lexeme_flags, vocab, lambda: Memo(flags))


_phrase_breakers: dict[int, Memo] = {}  # by id of the vocabulary


def phrase_breakers(vocab: Vocab) -> Memo:
    """Token text -> whether it ends the noun phrase before a club (`ArticleContext.preposition_before`):
    punctuation, white space, a number, a word of `not_club_words`."""
    def make() -> Memo:
        flags, not_club_words = lexeme_flags(vocab), word_set("not_club_words")
        return Memo(lambda text: text in not_club_words or flags[text].ends_phrase)

    return per_owner(_phrase_breakers, vocab, make)


@cache
def people_and_team_nouns() -> frozenset[str]:
    """Role and team nouns whose genitive club is the one they belong to ('der Trainer des SV X')."""
    return (word_set("player_roles") | word_set("coach_roles") | word_set("official_roles")
            | word_set("keeper_words") | word_set("team_reference_nouns"))


@cache
def governing_forms() -> Memo:
    """Token text -> its lower-case form if that is a governing preposition, else None."""
    governing = word_set("governing_prepositions")
    return Memo(lambda text: lower if (lower := text.lower()) in governing else None)


def _positions(marks: list[Mark]) -> tuple[list[int], list[int], dict[int, Mark]]:
    """Starts and ends of `marks` (for bisection), and the mark covering each token position."""
    at: dict[int, Mark] = {}
    for mark in marks:
        for i in range(mark.start, mark.end):
            at[i] = mark
    return [mark.start for mark in marks], [mark.end for mark in marks], at


class ArticleContext:
    """Per-article lookups, read once from the `Doc` into plain lists, dicts and sets.

    Rule code asks the same questions about the same tokens many times; indexing the `Doc`
    creates a new `Token` each time, so the answers here come from token strings, arrays of
    span boundaries and small caches instead.
    """

    def __init__(self, doc: Doc, article: Article) -> None:
        self.doc = doc
        self.article = article
        self.index = club_index()
        self.clubs: list[Mark] = marks(doc, "clubs")
        self.people: list[Mark] = marks(doc, "people")
        self.people_info: dict = doc._.fb_people or {}
        self.quotes: list[Mark] = marks(doc, "quotes")
        self.venues: list[Mark] = marks(doc, "venues")
        self.competitions: list[Mark] = marks(doc, "competitions")
        self.sentences: list[Sentence] = sentences_of(doc)
        self.texts: list[str] = token_texts(doc)
        self.in_quote = bytearray(len(doc))
        # quotations of speech; a quoted name or title ('die "Roten Teufel"') is part of the sentence
        self.speech: list[Mark] = [quote for quote in self.quotes if self.is_speech(quote)]
        for quote in self.speech:
            self.in_quote[quote.start:quote.end] = b"\x01" * (quote.end - quote.start)
        self._club_starts, self._club_ends, self.club_at = _positions(self.clubs)
        self.people_starts, self._people_ends, self.person_at = _positions(self.people)
        self._mentions: dict[int, ClubMention] = {}  # by club start
        self._mentions_in: dict[tuple[int, int], list[ClubMention]] = {}  # by (span start, span end)
        self._prepositions: dict[int, str | None] = {}
        self._subjects: dict[tuple, tuple[str | None, int | None]] = {}
        self._sentence_rows: dict[Sentence, dict] = {}
        self._dates: dict[Sentence, list[tuple[int, str]]] = {}
        self.score_starts = [start for start, _, _, _ in span_tuples(doc, "scores")]
        self.sentence_starts = [s.start for s in self.sentences]
        self.venue_at = {i for s in self.venues for i in range(s.start, s.end)}
        self.venue_at |= {i for s in self.competitions for i in range(s.start, s.end)}
        self.team_nouns = word_set("team_reference_nouns")
        self.relative_pronouns = word_set("relative_pronouns")
        self.national_side_nouns = word_set("national_side_nouns")  # team nouns only a national team is
        self.opponent_nouns = word_set("opponent_nouns")
        self.home_nouns = word_set("home_team_nouns")
        self.away_nouns = word_set("away_team_nouns")
        self.side_nouns = self.home_nouns | self.away_nouns  # "die Gastgeber", "die Gäste": a side of the match
        self.fixture_nouns = word_set("fixture_nouns")
        self.former_words = word_set("former_words")  # "Der frühere Kapitän des VfL": of another club now
        self.determiners = word_set("noun_phrase_determiners")  # "gegen den X", "gegen seinen X"
        self.contracted = word_set("contracted_prepositions")  # "beim X": the article is in the preposition
        # "zum Start X", "auf eigenem Platz X", "vor eigenem Publikum X": a time, the pitch or the
        # crowd, no title before a club
        self.occasion_nouns = word_set("occasion_nouns") | word_set("pitch_and_crowd_nouns")
        self._team_words = team_words()
        self.lexeme = lexeme_flags(doc.vocab)
        self._breaks_phrase = phrase_breakers(doc.vocab)
        self.matches: list[MatchState] = []
        self.current_match: MatchState | None = None
        # who plays whom at whose ground, as the text announced it before any score (home, away),
        # set by the match finder: 'Werder hat beim VfL Bochum gewonnen. Die Gäste ...'
        self.announced: tuple[str, str] | None = None
        self.announced_anew = False  # announced by a sentence opening a paragraph after the match being told
        self.last_subject: str | None = None
        self.last_subject_sentence: int | None = None  # start of the sentence that opens with `last_subject`

    # -- text ---------------------------------------------------------------------------------
    @cached
    def line_starts(self) -> list[int]:
        """First tokens of the text lines: 0 and the token after each line break."""
        texts = self.texts
        spaces = compress(range(len(texts)), map(str.isspace, texts))
        return [0] + [k + 1 for k in spaces if "\n" in texts[k] and k + 1 < len(texts)]  # no line after a final break

    def line_start(self, i: int) -> int:
        """First token of the text line holding token i."""
        starts = self.line_starts
        return starts[bisect_right(starts, i) - 1]

    @cached
    def timed_lines(self) -> list[int]:
        """Starts of the lines that open with a live ticker's minute ("38' Der Ausgleich!", "67.:"),
        or with a bare ordinal ("66. Die Gäste schlagen zurück!") where enough lines do so in time order."""
        return sorted(self.line_minutes)

    @cached
    def line_minutes(self) -> dict[int, tuple[int, int | None]]:
        """Line start -> the ticker minute opening it (see `timed_lines`)."""
        texts, clubs = self.texts, self.club_at
        minutes = {k: minute for k in self.line_starts if (minute := ticker_minute(texts, k)) is not None}
        bare = {k: minute for k in self.line_starts if k not in minutes and k not in clubs
                and (texts[k].endswith(".") or ".+" in texts[k]) and (minute := parse_minute(texts[k])) is not None}
        if len(bare) >= MIN_BARE_MINUTE_LINES and _reads_like_minutes([minute for _, minute in sorted(bare.items())]):
            minutes.update(bare)  # not a numbered list: "1. FC Bayern", "2. Leverkusen", ...
        return minutes

    @cached
    def newest_first(self) -> bool:
        """Whether a live ticker puts its latest minute on top."""
        minutes = [self.line_minutes[k] for k in self.timed_lines]
        return len(minutes) >= 2 and minutes[0] > minutes[-1]

    def line_end(self, start: int) -> int:
        """The end of the text line starting at token `start` (its line break, or the text's end)."""
        starts = self.line_starts
        k = bisect_right(starts, start)
        return starts[k] - 1 if k < len(starts) else len(self.texts)

    @cached
    def doc_text(self) -> str:
        """`doc.text`, joined once per document from the token strings (`doc.text` makes a `Token`
        per token)."""
        return doc_text(self.doc)

    def span_text(self, span: Sentence) -> str:
        """The text of a sentence (`Span.text`), cut from the document text."""
        return self.text_of(span.start, span.end)

    @cached
    def offsets(self) -> list[int]:
        """Character offset of each token (`token.idx`)."""
        return token_starts(self.doc)

    def char_offsets(self, start: int, end: int) -> tuple[int, int]:
        """`doc[start:end]`'s `start_char` and `end_char`, without making the `Span`."""
        offsets = self.offsets
        start_char = offsets[start] if start < len(offsets) else len(self.doc_text)
        if end <= start:
            return start_char, start_char
        return start_char, offsets[end - 1] + len(self.texts[end - 1])

    def text_of(self, start: int, end: int) -> str:
        """`doc[start:end].text` (start and end within the document), without making the `Span`."""
        if end <= start:
            return ""
        start_char, end_char = self.char_offsets(start, end)
        return self.doc_text[start_char:end_char]

    def is_speech(self, quote: Mark) -> bool:
        """Whether a quotation has at least MIN_QUOTE_WORDS words."""
        return QUOTE_MIN_WORDS.search(self.text_of(quote.start, quote.end)) is not None

    # -- clubs --------------------------------------------------------------------------------
    @cached
    def focus_club(self) -> str | None:
        """The club the article is mostly about: most mentions, earliest first on ties. A mention
        governed by 'gegen' names the opponent ('Testspiel gegen Schweden'), not the club the text
        follows, and does not count; one governed by 'bei' or 'in' ('beim formstarken SC Paderborn',
        'in Paderborn') names the ground the club visited, and counts only to break ties."""
        opponent_marks, ground_marks = word_set("opponent_marks"), word_set("ground_marks")
        names = [club.kb_id_ for club in self.clubs]
        counts: Counter[str] = Counter()
        own: Counter[str] = Counter()
        for name, club, start in zip(names, self.clubs, self._club_starts):
            if self.in_quote[start] or club.label_ == "CITY":
                continue
            preposition = self.preposition_before(start)
            if preposition in opponent_marks:
                continue
            counts[name] += 1
            own[name] += preposition not in ground_marks
        if not counts:
            return None
        first = {}
        for name, start in zip(names, self._club_starts):
            first.setdefault(name, start)
        return max(counts, key=lambda c: (own[c], counts[c], -first.get(c, 0)))

    def club_mentions(self, span: Sentence) -> list[ClubMention]:
        """Club mentions in `span` (outside quotations) with their governing preposition.

        The list is cached and shared between callers (each sentence is asked about many times):
        read it, never change it."""
        mentions = self._mentions_in.get(span)  # a `Sentence` is its (start, end) tuple
        return self.club_mentions_between(span.start, span.end) if mentions is None else mentions

    def antecedent_ends(self, pronoun: int) -> tuple[int, ...]:
        """Where a club the relative clause opening at `pronoun` (after its comma) is about may end:
        right before the comma, before an adverb or particle ('Kaiserslautern dagegen, das ...',
        'zieht an der Austria vorbei, die ...') or before a bracket ('Etoile Carouge (48), der ...')."""
        texts = self.texts
        if pronoun < 2:
            return ()
        before = texts[pronoun - 2]
        if before.isalpha() and before.islower():
            return pronoun - 1, pronoun - 2
        if before == ")":
            opening = next((k for k in range(pronoun - 3, max(0, pronoun - 8), -1) if texts[k] == "("), None)
            return (pronoun - 1,) if opening is None else (opening,)
        return (pronoun - 1,)

    def club_mentions_between(self, start: int, end: int) -> list[ClubMention]:
        """`club_mentions` of the tokens start..end-1."""
        mentions = self._mentions_in.get((start, end))
        if mentions is None:
            starts, ends, in_quote = self._club_starts, self._club_ends, self.in_quote
            mentions = [self._mention(k) for k in range(bisect_left(starts, start), bisect_left(starts, end))
                        if ends[k] <= end and not in_quote[starts[k]]]
            self._mentions_in[(start, end)] = mentions
        return mentions

    def _mention(self, k: int) -> ClubMention:
        """The mention of club span k; clubs starting at the same token share the first one's."""
        start = self._club_starts[k]
        mention = self._mentions.get(start)
        if mention is None:
            club = self.clubs[k]
            mention = ClubMention(start, self._club_ends[k], club.kb_id_, club.label_, self.preposition_before(start))
            self._mentions[start] = mention
        return mention

    def preposition_before(self, i: int) -> str | None:
        """The preposition governing the noun phrase that starts at token i.

        'gegen den abstiegsbedrohten X', 'beim steirischen Regionalligisten X', 'gegen Bundesligist X'
        are governed; 'Nach der Pause drückte X' is not (a verb stands between).
        """
        if i in self._prepositions:
            return self._prepositions[i]
        self._prepositions[i] = preposition = self._find_preposition_before(i)
        return preposition

    def _find_preposition_before(self, i: int) -> str | None:
        texts, governing_form, breaks_phrase = self.texts, governing_forms(), self._breaks_phrase
        between: list[str] = []  # the words between preposition and token i, nearest first
        j = i - 1
        while j >= 0 and len(between) <= PREPOSITION_LOOKBACK:
            text = texts[j]
            lower = governing_form[text]
            if lower == "in" and len(between) == 1 and self._is_city(between[0]):
                return None  # "bezwang in Zenica Rumänien": the city is the place, the club the object
            if lower is not None and not (between and lower in ("an", "am", "auf", "aus", "nach")
                                            and between[-1][:1].isupper() and len(between) == 1
                                            and between[0] not in self.team_nouns):
                return lower if self._noun_phrase(between[::-1], lower) else None
            if j in self.club_at and len(between) == 1 and between[0] in ("und", "oder", "sowie"):
                return self.preposition_before(self.club_at[j].start)  # "in Albanien und Serbien": both places
            if text in ("und", "oder", "sowie") and all(w in self.determiners for w in between):
                k = self._before_bracket(j - 1)  # "gegen RB Leipzig (1:4) und den SC Freiburg (1:2)"
                if k in self.club_at:
                    return self.preposition_before(self.club_at[k].start)
            if j in self.club_at or j in self.person_at or breaks_phrase[text] or (
                    j in self.venue_at and text not in self.team_nouns):
                return None  # "auf dem Betzenberg Fortuna Düsseldorf": a venue or competition ends the phrase
                # (not a league's team noun: "beim Drittligisten 1. FC Saarbrücken")
            between.append(text)
            j -= 1
        return None

    def _before_bracket(self, j: int) -> int:
        """The token before the bracket that closes at j ('Leipzig' in 'Leipzig (1:4)'), else j."""
        texts = self.texts
        if j < 0 or texts[j] != ")":
            return j
        k = j - 1
        while k >= 0 and j - k <= 6 and texts[k] != "(":
            k -= 1
        return k - 1 if k >= 0 and texts[k] == "(" else j

    def _is_city(self, text: str) -> bool:
        """A city a club list or the national teams' home cities know ('Zenica', 'Split')."""
        return text[:1].isupper() and (text in self.index.cities or text in country_cities())

    def _noun_phrase(self, words: list[str], preposition: str) -> bool:
        """Determiner? adjectives* modifier-nouns? : the words a preposition may have before the club."""
        if not words:
            return True
        seen_title = False
        occasions = self.occasion_nouns
        for k, text in enumerate(words):
            if text in occasions:
                return False  # "zum Start Belgien", "vor eigenem Publikum Erzgebirge Aue": no title of the club
            if text.lower() in self.determiners:
                if k > 0:
                    return False
                continue
            if text[:1].islower():
                if seen_title:
                    return False
                if k == 0 and preposition not in self.contracted and not text.endswith(ADJECTIVE_ENDINGS):
                    return False
                continue
            seen_title = True
        return True

    def score_starts_between(self, start: int, end: int) -> list[int]:
        return self.score_starts[bisect_left(self.score_starts, start):bisect_left(self.score_starts, end)]

    def sentence_start(self, i: int) -> int:
        return self.sentence_starts[bisect_right(self.sentence_starts, i) - 1] if self.sentence_starts else 0

    def sentence_end(self, i: int) -> int:
        """Where the sentence holding token i ends: the next sentence's start, or the text's end."""
        k = bisect_right(self.sentence_starts, i)
        return self.sentence_starts[k] if k < len(self.sentence_starts) else len(self.texts)

    @cached
    def team_noun_positions(self) -> list[int]:
        """Positions of the tokens that are team nouns ('Mannschaft', 'Gastgeber', 'Tabellenfünfte',
        'Aufsteiger': words that stand for a team), in order."""
        texts = self.texts
        if RANK_PREFIX in self.doc_text or any(tail in self.doc_text for tail in team_compound_tails()):
            # 'Tabellenzweiter', 'die Hoeneß-Elf' and the like: ask every token
            return list(compress(count(), map(team_noun_memo().__getitem__, texts)))
        nouns = self._team_words.intersection(texts)
        return list(positions_of(texts, nouns)) if nouns else []

    def team_nouns_between(self, start: int, end: int) -> list[int]:
        """Positions of the team nouns among tokens start..end-1."""
        positions = self.team_noun_positions
        return positions[bisect_left(positions, start):bisect_left(positions, end)]

    def names_opponent_of_fixture(self, mention: ClubMention) -> bool:
        """'das Auswärtsspiel beim FC Ingolstadt', 'im Duell mit Aachen': the opponent of a match."""
        if mention.preposition not in ("beim", "bei", "gegen", "mit"):
            return False
        texts = self.texts  # the word before the preposition: "beim formstarken X", "gegen den X"
        at = next((k for k in range(mention.start - 1, max(-1, mention.start - 5), -1)
                   if texts[k] == mention.preposition), None)
        if not at:
            return False
        word = texts[at - 1]  # "im Kellerduell mit dem 1. FC Heidenheim" too
        return word in self.fixture_nouns or (word[:1].isupper() and word.lower().endswith(fixture_noun_endings()))

    def team_noun_club(self, text: str) -> str | None:
        """Club meant by a team noun: 'die Gastgeber' -> home side, 'der Tabellenzweite' -> last subject."""
        if text in self.home_nouns:
            return self._side(0)
        if text in self.away_nouns:
            return self._side(1)
        if text in self.opponent_nouns:
            return None  # 'der Gegner vom Freitag': not the team spoken of, and which one the text may not say
        if text in self.team_nouns or text.startswith(RANK_PREFIX) or is_team_compound(text):
            club = self.last_subject or self.focus_club
            if text in self.national_side_nouns and not self.is_national(club):
                return None  # "Die Nationalmannschaft" in an article naming only Köln's city: not 1. FC Köln
            return club
        return None

    def team_noun_club_at(self, i: int) -> str | None:
        """Club meant by the team noun at token i: the club named after 'aus' ('die Gäste aus Hannover'), the
        club of the person after 'von' ('das Team von Nagelsmann', 'die Mannschaft von Trainer X'), else as
        `team_noun_club` says."""
        texts = self.texts
        if texts[i] in self.opponent_nouns:
            return self.team_noun_club(texts[i])  # "der Gegner von Trainer X" is not X's club
        if i + 2 < len(texts) and texts[i + 1] == "aus" and (club := self.club_at.get(i + 2)) is not None \
                and sum(not name.endswith(reserve_endings()) for name in self.index.cities.get(texts[i + 2], ())) <= 1:
            return club.kb_id_  # "die Gäste aus Hannover" (not "aus Hamburg": HSV or St. Pauli)
        if i + 2 < len(texts) and texts[i + 1] == "von":
            person = next((self.person_at[k] for k in range(i + 2, min(i + 5, len(texts))) if k in self.person_at), None)
            club = self.club_of(person.kb_id_) if person is not None else None
            if club is not None:
                return club
        return self.team_noun_club(texts[i])

    def is_national(self, name: str | None) -> bool:
        """Whether the canonical name is a national team's."""
        club = self.index.clubs.get(name) if name is not None else None
        return club is not None and club.kind == "national"

    def _side(self, side: int) -> str | None:
        """The home (0) or away (1) team of the match being told, else of the one announced."""
        if self.current_match is not None and not self.announced_anew:
            return (self.current_match.home, self.current_match.away)[side]
        return self.announced[side] if self.announced else None

    def subject_club(self, sent: Sentence, exclude: set[str] = frozenset()) -> tuple[str | None, int | None]:
        """Who the sentence is about: the first club not governed by a preposition, else a team noun.

        A team noun with its article before that club ('das Team von Bundestrainer X fertigte
        Schottland ab') is the subject, and the club its object.
        """
        key = (sent.start, sent.end, frozenset(exclude), self.last_subject, id(self.current_match))
        if key in self._subjects:
            return self._subjects[key]
        self._subjects[key] = result = self._subject_club(sent, exclude)
        return result

    def _subject_club(self, sent: Sentence, exclude: set[str]) -> tuple[str | None, int | None]:
        mentions = self.club_mentions(sent)
        noun_subject = self.team_noun_before_clubs(sent, mentions, exclude)
        if noun_subject is not None:
            return noun_subject
        for mention in mentions:
            if mention.club in exclude or mention.label == "CITY":
                continue
            if mention.preposition is None and mention.start > sent.start + 1 and self.texts[mention.start - 1] == "des" \
                    and self.texts[mention.start - 2] not in people_and_team_nouns() \
                    and not self._opening_noun_at(sent, mention.start - 2):
                continue  # "die Akademie des SK Sturm Graz": a genitive after a noun, no subject (but "der Trainer
                # des SV X", and "Der Offensivmann des SV X" opening the sentence)
            if mention.preposition in (None, "für", "von", "vom", "mit", "nach", "zum", "zur", "an", "am", "aus",
                                       "beim", "bei"):
                if mention.preposition is not None and mention.preposition != "für" \
                        and not self._is_sentence_topic(mention, sent):
                    continue
                if mention.preposition is not None and (later := self._ungoverned_in_clause(mentions, mention, exclude)):
                    return later.club, later.start  # "Beim Aufsteiger X kassierten die Blau-Gelben ein 0:3"
                return mention.club, mention.start
        texts = self.texts
        start = sent.start
        for i in self.team_nouns_between(start, sent.end):
            if self.in_quote[i] or i in self.club_at:
                continue
            text = texts[i]
            if i > start and texts[i - 1].lower() in ("gegen", "beim", "bei", "über"):
                continue
            club = self.team_noun_club_at(i)
            if club and club not in exclude:
                return club, i
        return None, None

    def _ungoverned_in_clause(self, mentions: list[ClubMention], topic: ClubMention,
                              exclude: set[str]) -> ClubMention | None:
        """A club without a preposition after the topic `topic` ('Beim X') in its clause: the subject."""
        texts = self.texts
        for m in mentions:
            if m.start < topic.end:
                continue
            if any(texts[k] in (",", ";", ":") for k in range(topic.end, m.start)):
                return None
            if m.preposition is None and m.label != "CITY" and m.club not in exclude and m.club != topic.club:
                return m
        return None

    def _opening_noun_at(self, sent: Sentence, head: int) -> bool:
        """Whether the noun at `head` opens the sentence with its article ('Der Offensivmann', 'Die junge
        Kapitänin'), so a club in the genitive after it is the subject's club; not a former one ('Der
        Ex-Stürmer', 'Der frühere Kapitän')."""
        texts = self.texts
        return texts[sent.start] in ("Der", "Die") and head - sent.start <= 3 \
            and all(texts[j][:1].islower() for j in range(sent.start + 1, head)) and not texts[head].startswith("Ex-") \
            and self.former_words.isdisjoint(t.lower() for t in texts[sent.start:head])

    def note_subject(self, sent: Sentence) -> None:
        """Remember the club `sent` is about (`last_subject`), and the sentence when that club opens
        it or its clause after a colon ("Für Chemnitz dagegen ...": the topic the next sentence may
        go on with)."""
        subject, subject_at = self.subject_club(sent)
        if not subject:
            mentions = self.club_mentions(sent)
            if mentions and mentions[0].start == sent.start + 1 \
                    and mentions[0].preposition in ("in", "im") and len({m.club for m in mentions}) == 1:
                self.last_subject = mentions[0].club  # "In Heidenheim fiel die Entscheidung anders": the city's club
                self.last_subject_sentence = sent.start  # it opens the sentence: the topic the next one may go on with
            return
        if subject_at is not None and (opening := self.relative_clause_opening(sent, subject_at)) is not None \
                and opening + 2 < subject_at:
            return  # not "..., den derzeit der Hamburger SV belegt": a relative clause's subject (not ", der HSV ...")
        self.last_subject = subject
        topical = subject_at is not None and subject_at in self.club_at and any(
            k == sent.start or self.texts[k - 1] == ":" for k in range(max(sent.start, subject_at - 2), subject_at + 1))
        self.last_subject_sentence = sent.start if topical else None

    def relative_clause_opening(self, sent: Sentence, i: int, breaks: tuple[str, ...] = (",",)) -> int | None:
        """The break before token i (the nearest of `breaks` in `sent`) when a relative pronoun follows it:
        token i then stands in a relative clause (', den derzeit der HSV belegt')."""
        texts = self.texts
        comma = next((k for k in range(i - 1, sent.start, -1) if texts[k] in breaks), None)
        return comma if comma is not None and texts[comma + 1] in self.relative_pronouns else None

    @staticmethod
    def _is_sentence_topic(mention: ClubMention, sent: Sentence) -> bool:
        return mention.start - sent.start <= 2

    def team_noun_before_clubs(self, sent: Sentence, mentions: list[ClubMention],
                               exclude: set[str]) -> tuple[str, int] | None:
        """'Der Regionalligist besiegte den Zweitligisten SC Paderborn': a team noun with its article
        before the first club of `sent` (a sentence or a clause) is the subject; that club its object."""
        # "nach dem 0:4 bei X besiegte die Mannschaft von Trainer Y den Z": a club after a preposition
        # is no subject the team noun could be the object of
        first_club = next((m.start for m in mentions if m.label != "CITY" and m.preposition is None), None)
        if first_club is None:
            return None
        texts = self.texts
        start = sent.start
        for i in self.team_nouns_between(start, first_club):
            text = texts[i]
            if text[:1].islower() or self.in_quote[i]:
                continue
            article = i - 1  # "der Zweitligist", "Der bereits gerettete Zweitligist"
            while article > start and article >= i - 2 and texts[article][:1].islower() \
                    and texts[article] not in ("der", "die", "das"):
                article -= 1
            if i == start or texts[article].lower() not in ("der", "die", "das"):
                continue
            if self.preposition_before(i) is not None:
                continue
            club = self.team_noun_club_at(i)
            if club and club not in exclude:
                return club, i
        return None

    # -- places -------------------------------------------------------------------------------
    def venue_clubs_in(self, span: Sentence) -> set[str]:
        """Owners of the stadiums named in `span` (venues starting inside it)."""
        start, end = span.start, span.end
        return {club for venue_start, club in self.venue_owners if start <= venue_start < end}

    @cached
    def venue_owners(self) -> list[tuple[int, str]]:
        """Start and owning club of each stadium named in the article, in text order."""
        return [(venue.start, venue.kb_id_) for venue in self.venues]

    # -- people -------------------------------------------------------------------------------
    def people_in(self, span: Sentence) -> list[Mark]:
        start, end = span.start, span.end
        starts, ends, in_quote = self.people_starts, self._people_ends, self.in_quote
        first, last = bisect_left(starts, start), bisect_left(starts, end)
        if first == last:
            return []
        return [self.people[k] for k in range(first, last) if ends[k] <= end and not in_quote[starts[k]]]

    def role_of(self, person: str) -> str | None:
        return (self.people_info.get(person) or {}).get("role")

    def club_of(self, person: str) -> str | None:
        return (self.people_info.get(person) or {}).get("club")

    # -- sentences ----------------------------------------------------------------------------
    def sentence_at(self, i: int) -> Sentence:
        """The sentence holding token i: what `doc[i:i + 1].sent` gives, without walking the tokens."""
        return self.sentences[bisect_right(self.sentence_starts, i) - 1]

    def sentence_row(self, sent: Sentence) -> dict:
        """Provenance columns: the sentence without surrounding white space, and its exact span.

        The dict is made once per sentence and shared: callers copy it into their rows."""
        key = sent  # a `Sentence` is its (start, end) tuple
        row = self._sentence_rows.get(key)
        if row is None:
            start_char, end_char = self.char_offsets(sent.start, sent.end)
            text = self.doc_text[start_char:end_char]
            stripped = text.strip()
            start = start_char + (len(text) - len(text.lstrip()))
            row = {"article_id": self.article.article_id, "sent_start": start, "sent_end": start + len(stripped),
                   "sentence": stripped}
            self._sentence_rows[key] = row
        return row

    # -- dates --------------------------------------------------------------------------------
    def date_in(self, sent: Sentence) -> str | None:
        """The first date the sentence gives ("am Donnerstag", "am 30. November", "gestern",
        "im Mai 2022"), resolved against the article's date; None when there is none."""
        dates = self.dates_in(sent)
        return dates[0][1] if dates else None

    def date_near(self, sent: Sentence, i: int, others: list[int] = ()) -> str | None:
        """The date nearest to token i in the same clause, unless another cue (`others`) is nearer
        to it: "stellte ihn am Montag als Nachfolger des vergangene Woche entlassenen X vor"."""
        best, distance = None, 10**6
        for position, value in self.dates_in(sent):
            lo, hi = sorted((position, i))
            if any(self.texts[k] in (":", ";") for k in range(lo, hi)):
                continue
            d = abs(position - i)
            if any(abs(position - o) < d for o in others if o != i):
                continue
            if d < distance:
                best, distance = value, d
        return best

    def dates_in(self, sent: Sentence) -> list[tuple[int, str]]:
        """Every date expression of a sentence with its token position, resolved against the
        article's date (weekdays forward in previews, backward otherwise). Read once per sentence:
        the list is shared, never change it."""
        dates = self._dates.get(sent)
        if dates is None:
            dates = self._dates[sent] = self._find_dates(sent)
        return dates

    def _find_dates(self, sent: Sentence) -> list[tuple[int, str]]:
        texts = self.texts
        wanted = date_words()
        present = set(texts[sent.start:sent.end])
        if present.isdisjoint(wanted):
            return []
        day = self.article.day
        weekdays = words()["weekdays"]
        months = words()["months"]
        relative = words()["relative_days"]
        future = bool(present & word_set("future_words"))
        seasons = word_set("seasons_of_year")
        found: list[tuple[int, str]] = []
        for k in range(sent.start, sent.end):
            text = texts[k]
            if text not in wanted:
                continue  # a relative day counts only written in lower case: as written, it is in `date_words`
            prev = texts[k - 1] if k > sent.start else ""
            nxt = texts[k + 1] if k + 1 < sent.end else ""
            if text in weekdays and day is not None:
                if future:  # "empfängt am Sonntag": the coming Sunday
                    delta = (weekdays[text] - day.weekday()) % 7
                    found.append((k, (day + dt.timedelta(days=delta)).isoformat()))
                else:
                    delta = (day.weekday() - weekdays[text]) % 7
                    found.append((k, (day - dt.timedelta(days=delta)).isoformat()))
            elif text.lower() in relative and day is not None and text.islower():
                found.append((k, (day + dt.timedelta(days=relative[text.lower()])).isoformat()))
            elif text in months and YEAR.fullmatch(nxt) and not prev.rstrip(".").isdecimal():
                found.append((k, f"{nxt}-{months[text]:02d}"))  # "im Mai 2022"
            elif text in seasons and YEAR.fullmatch(nxt):
                found.append((k, nxt))  # "im Frühjahr 2022": the year
            elif text in months and prev.rstrip(".").isdecimal() and prev.endswith("."):
                year = int(nxt) if YEAR.fullmatch(nxt) else None
                if year is None and self.article.date:
                    year, month = int(self.article.date[:4]), int(self.article.date[5:7])
                    if future or "ab" in texts[max(sent.start, k - 4):k]:  # "ab dem 1. Juli": the coming one
                        year += months[text] < month
                    else:  # "am 3. März": the last one
                        year -= months[text] > month
                if year:
                    try:
                        found.append((k, dt.date(year, months[text], int(prev.rstrip("."))).isoformat()))
                    except ValueError:
                        pass
        return found


@cache
def date_words() -> frozenset[str]:
    """Every word a date expression needs (relative days are lower-case words)."""
    vocabulary = words()
    return frozenset({*vocabulary["weekdays"], *vocabulary["months"], *vocabulary["relative_days"],
                      *word_set("seasons_of_year")})


@cache
def team_noun_memo() -> Memo:
    """Token text -> whether it is a team noun (`team_words`, a 'Tabellen...' rank word, or a
    compound naming a team by its coach or nickname: 'die Hoeneß-Elf', 'die Rose-Truppe')."""
    nouns = team_words()
    return Memo(lambda text: text in nouns or (text.startswith(RANK_PREFIX) and len(text) > 10)
                or is_team_compound(text))


def is_team_compound(text: str) -> bool:
    return text.endswith(team_compound_tails()) and text[:1].isupper() and text.index("-") > 1


def clause_start_of(texts: list[str], start: int, i: int, breaks: tuple[str, ...] = (",", ";", ":")) -> int:
    """Where the clause of token i begins: after the last comma, semicolon or colon (`breaks`) since `start`."""
    k = i
    while k > start and texts[k - 1] not in breaks:
        k -= 1
    return k


def clause_end_of(texts: list[str], i: int, end: int) -> int:
    """Where the clause of token i ends: at the next comma or semicolon before `end`, else `end`."""
    return next((k for k in range(i + 1, end) if texts[k] in (",", ";")), end)


@cache
def reserve_endings() -> tuple[str, ...]:
    """' II', ' U23': the endings of a club's second or youth team (a city still means the first team)."""
    return tuple(" " + group for group in ("II", *word_list("youth_team_groups")))


@cache
def team_compound_tails() -> tuple[str, ...]:
    """'-Elf', '-Truppe': the tails of a team named by its coach ('die Hoeneß-Elf')."""
    return tuple("-" + tail for tail in word_set("coached_team_nouns"))


@cache
def fixture_noun_endings() -> tuple[str, ...]:
    """'duell', 'spiel': the tails of compounds naming a match ('Kellerduell', 'Spitzenspiel')."""
    return tuple(sorted({w.lower() for w in word_set("fixture_nouns") if len(w) >= 5}))


@cache
def team_words() -> frozenset[str]:
    """Team nouns of every kind: 'Mannschaft', 'Gastgeber', 'Gäste'."""
    return word_set("team_reference_nouns") | word_set("home_team_nouns") | word_set("away_team_nouns")


def parse_minute(text: str) -> tuple[int, int | None] | None:
    """'66.' -> (66, None), '90.+3' -> (90, 3), "19'" -> (19, None), '45+2' -> (45, 2); None for
    anything else or a base minute outside 1-130."""
    if not text[:1].isdigit():  # every minute starts with a digit: spare the regex
        return None
    if "/" in text:  # APA: "(78./Foulelfmeter)"
        text = text.split("/", 1)[0]
    m = MINUTE_TOKEN.match(text)
    if not m:
        return None
    if m[1]:
        base, extra = int(m[1]), int(m[2]) if m[2] else None
    elif m[3]:
        base, extra = int(m[3]), None
    else:
        base, extra = int(m[4]), int(m[5])
    if not 1 <= base <= 130:
        return None
    return base, extra


def _reads_like_minutes(minutes: list[tuple[int, int | None]]) -> bool:
    """Bare ordinals opening lines are a ticker's minutes when they run one way, not one by one
    like the places of a list."""
    values = [minute[0] for minute in minutes]
    steps = [b - a for a, b in zip(values, values[1:])]
    one_way = all(step >= 0 for step in steps) or all(step <= 0 for step in steps)
    return one_way and not all(abs(step) == 1 for step in steps)


def ticker_minute(texts: list[str], start: int) -> tuple[int, int | None] | None:
    """The minute that opens a ticker line: "19'", "45'+2", "67. Minute:"."""
    if start >= len(texts):
        return None
    first = texts[start]
    nxt = texts[start + 1] if start + 1 < len(texts) else ""
    if first.isdigit() and nxt == "'":
        value = int(first)
        return (value, None) if 1 <= value <= 130 else None
    parsed = parse_minute(first)
    if parsed and ("'" in first or nxt in ("Minute", "Min.", "Min", ":", "|")):
        return parsed  # "19'", "67. Minute:", "36. | TOR für ..."
    if parsed and _announces_goal(texts, start + 1):
        return parsed  # "78. Tor für Werder!": a bare ordinal minute before the goal call
    return None


def _announces_goal(texts: list[str], i: int) -> bool:
    """Whether tokens from i call a goal the way tickers do: 'Tor für X', 'TOR!', 'Tooor durch X'."""
    if i >= len(texts):
        return False
    word = texts[i].upper()
    if word != "TOR" and not word.startswith("TOOO"):
        return False
    after = texts[i + 1] if i + 1 < len(texts) else ""
    return after in ("für", "!", ":", "durch", "") or after.isspace()
