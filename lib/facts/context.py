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
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from ..article import Article
from ..components.anchors import quote_words
from ..components.tokens import token_texts
from ..lexicon import club_index, word_set, words

DETERMINERS = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "seinem", "seinen",
               "seiner", "seine", "sein", "ihrem", "ihren", "ihre", "ihr"}
PREPOSITION_LOOKBACK = 4
MIN_QUOTE_WORDS = 3  # shorter quoted text is a name or title, not speech
YEAR = re.compile(r"(19|20)\d\d")
SEASONS_OF_YEAR = {"Frühjahr", "Frühling", "Sommer", "Herbst", "Winter", "Anfang", "Ende", "Mitte", "Jahr"}
FUTURE_WORDS = {"empfängt", "gastiert", "kommenden", "nächsten", "trifft", "spielt", "bestreitet", "tritt", "reist",
                "steigt", "erwartet", "kommende", "nächste", "morgen", "übermorgen", "Anpfiff", "will", "wollen"}
GOVERNING = {"gegen", "beim", "bei", "über", "vs.", "vs", "gegenüber", "in", "im", "zu", "für", "von", "vom", "mit",
             "nach", "an", "am", "auf", "aus", "zum", "zur"}
CONTRACTED = {"beim", "vom", "zum", "zur", "im", "am"}


@dataclass(frozen=True)
class ClubMention:
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
    sentence: Span
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


class ArticleContext:
    def __init__(self, doc: Doc, article: Article) -> None:
        self.doc = doc
        self.article = article
        self.index = club_index()
        self.clubs: list[Span] = list(doc.spans.get("clubs", []))
        self.people: list[Span] = list(doc.spans.get("people", []))
        self.people_info: dict = doc._.fb_people or {}
        self.quotes: list[Span] = list(doc.spans.get("quotes", []))
        self.sentences: list[Span] = list(doc.sents)
        self.texts: list[str] = token_texts(doc)
        self.in_quote = bytearray(len(doc))
        for quote in self.quotes:
            if quote_words(quote) < MIN_QUOTE_WORDS:
                continue  # a quoted name or title ('die "Roten Teufel"') is part of the sentence
            for i in range(quote.start, quote.end):
                self.in_quote[i] = 1
        self.club_at: dict[int, Span] = {i: s for s in self.clubs for i in range(s.start, s.end)}
        self._club_starts = [s.start for s in self.clubs]
        self._people_starts = [p.start for p in self.people]
        self._mentions: dict[int, ClubMention] = {}
        self._subjects: dict[tuple, tuple[str | None, int | None]] = {}
        self.score_starts = [s.start for s in doc.spans.get("scores", [])]
        self._sentence_starts = [s.start for s in self.sentences]
        self.person_at: dict[int, Span] = {i: s for s in self.people for i in range(s.start, s.end)}
        self.venue_at = {i for s in doc.spans.get("venues", []) for i in range(s.start, s.end)}
        self.venue_at |= {i for s in doc.spans.get("competitions", []) for i in range(s.start, s.end)}
        self.not_club_words = word_set("not_club_words")
        self.team_nouns = word_set("team_reference_nouns")
        self.home_nouns = word_set("home_team_nouns")
        self.away_nouns = word_set("away_team_nouns")
        self.opponent_preps = word_set("opponent_prepositions")
        self.matches: list[MatchState] = []
        self.current_match: MatchState | None = None
        self.last_subject: str | None = None

    # -- clubs --------------------------------------------------------------------------------
    @cached_property
    def focus_club(self) -> str | None:
        """The club the article is mostly about: most mentions, earliest first on ties."""
        counts = Counter(s.kb_id_ for s in self.clubs if s.label_ != "CITY" and not self.in_quote[s.start])
        if not counts:
            return None
        first = {}
        for s in self.clubs:
            first.setdefault(s.kb_id_, s.start)
        return max(counts, key=lambda c: (counts[c], -first.get(c, 0)))

    def club_mentions(self, span: Span) -> list[ClubMention]:
        """Club mentions in `span` (outside quotations) with their governing preposition."""
        first = bisect_left(self._club_starts, span.start)
        last = bisect_left(self._club_starts, span.end)
        return [self._mention(club) for club in self.clubs[first:last]
                if club.end <= span.end and not self.in_quote[club.start]]

    def _mention(self, club: Span) -> ClubMention:
        mention = self._mentions.get(club.start)
        if mention is None:
            mention = ClubMention(club.start, club.end, club.kb_id_, club.label_, self.preposition_before(club.start))
            self._mentions[club.start] = mention
        return mention

    def preposition_before(self, i: int) -> str | None:
        """The preposition governing the noun phrase that starts at token i.

        'gegen den abstiegsbedrohten X', 'beim steirischen Regionalligisten X', 'gegen Bundesligist X'
        are governed; 'Nach der Pause drückte X' is not (a verb stands between).
        """
        doc = self.doc
        between: list = []
        j = i - 1
        while j >= 0 and len(between) <= PREPOSITION_LOOKBACK:
            token = doc[j]
            lower = token.text.lower()
            if lower in GOVERNING and not (between and lower in ("an", "am", "auf", "aus", "nach")
                                            and between[-1].text[:1].isupper() and len(between) == 1
                                            and between[0].text not in self.team_nouns):
                return lower if self._noun_phrase(list(reversed(between)), lower) else None
            if token.is_punct or token.is_space or token.like_num or j in self.club_at or j in self.person_at \
                    or j in self.venue_at or token.text in self.not_club_words:
                return None  # "auf dem Betzenberg Fortuna Düsseldorf": a venue or competition ends the phrase
            between.append(token)
            j -= 1
        return None

    def _noun_phrase(self, tokens: list, preposition: str) -> bool:
        """Determiner? adjectives* modifier-nouns? : the words a preposition may have before the club."""
        if not tokens:
            return True
        seen_title = False
        for k, token in enumerate(tokens):
            text = token.text
            if text.lower() in DETERMINERS:
                if k > 0:
                    return False
                continue
            if text[:1].islower():
                if seen_title:
                    return False
                if k == 0 and preposition not in CONTRACTED and not text.endswith(("en", "em", "er", "es", "e")):
                    return False
                continue
            seen_title = True
        return True

    def score_starts_between(self, start: int, end: int) -> list[int]:
        return self.score_starts[bisect_left(self.score_starts, start):bisect_left(self.score_starts, end)]

    def sentence_start(self, i: int) -> int:
        return self._sentence_starts[bisect_right(self._sentence_starts, i) - 1] if self._sentence_starts else 0

    def is_team_noun(self, text: str) -> bool:
        """'Mannschaft', 'Gastgeber', 'Tabellenfünfte', 'Aufsteiger': words that stand for a team."""
        return (text in self.team_nouns or text in self.home_nouns or text in self.away_nouns
                or (text.startswith("Tabellen") and len(text) > 10))

    def team_reference(self, token: Token) -> str | None:
        """Club meant by a team noun: 'die Gastgeber' -> home side, 'der Tabellenzweite' -> last subject."""
        text = token.text
        if text in self.home_nouns:
            return self.current_match.home if self.current_match else None
        if text in self.away_nouns:
            return self.current_match.away if self.current_match else None
        if text in self.team_nouns or text.startswith("Tabellen"):
            return self.last_subject or self.focus_club
        return None

    def subject_club(self, sent: Span, exclude: set[str] = frozenset()) -> tuple[str | None, int | None]:
        """Who the sentence is about: the first club not governed by a preposition, else a team noun.

        A team noun with its article before that club ('das Team von Bundestrainer X fertigte
        Schottland ab') is the subject, and the club its object.
        """
        key = (sent.start, frozenset(exclude), self.last_subject, id(self.current_match))
        if key in self._subjects:
            return self._subjects[key]
        self._subjects[key] = result = self._subject_club(sent, exclude)
        return result

    def _subject_club(self, sent: Span, exclude: set[str]) -> tuple[str | None, int | None]:
        noun_subject = self._team_noun_before_clubs(sent, exclude)
        if noun_subject is not None:
            return noun_subject
        for mention in self.club_mentions(sent):
            if mention.club in exclude or mention.label == "CITY":
                continue
            if mention.preposition in (None, "für", "von", "vom", "mit", "nach", "zum", "zur", "an", "am", "aus",
                                       "beim", "bei"):
                if mention.preposition is not None and mention.preposition != "für" \
                        and not self._is_sentence_topic(mention, sent):
                    continue
                return mention.club, mention.start
        for token in sent:
            if self.in_quote[token.i] or token.i in self.club_at:
                continue
            if self.is_team_noun(token.text):
                prev = self.doc[token.i - 1] if token.i > sent.start else None
                if prev is not None and prev.text.lower() in ("gegen", "beim", "bei", "über"):
                    continue
                club = self.team_reference(token)
                if club and club not in exclude:
                    return club, token.i
        return None, None

    @staticmethod
    def _is_sentence_topic(mention: ClubMention, sent: Span) -> bool:
        return mention.start - sent.start <= 2

    def _team_noun_before_clubs(self, sent: Span, exclude: set[str]) -> tuple[str, int] | None:
        first_club = next((m.start for m in self.club_mentions(sent) if m.label != "CITY"), None)
        if first_club is None:
            return None
        for token in self.doc[sent.start:first_club]:
            if self.in_quote[token.i] or not self.is_team_noun(token.text) or token.text[:1].islower():
                continue
            prev = self.doc[token.i - 1] if token.i > sent.start else None
            if prev is None or prev.text.lower() not in ("der", "die", "das"):
                continue
            if self.preposition_before(token.i) is not None:
                continue
            club = self.team_reference(token)
            if club and club not in exclude:
                return club, token.i
        return None

    # -- people -------------------------------------------------------------------------------
    def people_in(self, span: Span) -> list[Span]:
        first = bisect_left(self._people_starts, span.start)
        last = bisect_left(self._people_starts, span.end)
        return [p for p in self.people[first:last] if p.end <= span.end and not self.in_quote[p.start]]

    def role_of(self, person: str) -> str | None:
        return (self.people_info.get(person) or {}).get("role")

    def club_of(self, person: str) -> str | None:
        return (self.people_info.get(person) or {}).get("club")

    # -- sentences ----------------------------------------------------------------------------
    def sentence_row(self, sent: Span) -> dict:
        """Provenance columns: the sentence without surrounding white space, and its exact span."""
        text = sent.text
        stripped = text.strip()
        start = sent.start_char + (len(text) - len(text.lstrip()))
        return {"article_id": self.article.article_id, "sent_start": start, "sent_end": start + len(stripped),
                "sentence": stripped}

    # -- dates --------------------------------------------------------------------------------
    def date_in(self, sent: Span) -> str | None:
        """The first date the sentence gives ("am Donnerstag", "am 30. November", "gestern",
        "im Mai 2022"), resolved against the article's date; None when there is none."""
        dates = self.dates_in(sent)
        return dates[0][1] if dates else None

    def date_near(self, sent: Span, i: int, others: list[int] = ()) -> str | None:
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

    def dates_in(self, sent: Span) -> list[tuple[int, str]]:
        """Every date expression of a sentence with its token position, resolved against the
        article's date (weekdays forward in previews, backward otherwise)."""
        day = self.article.day
        texts = self.texts
        weekdays = words()["weekdays"]
        months = words()["months"]
        relative = words()["relative_days"]
        future = bool(set(texts[sent.start:sent.end]) & FUTURE_WORDS)
        found: list[tuple[int, str]] = []
        for k in range(sent.start, sent.end):
            text = texts[k]
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
            elif text in months and YEAR.fullmatch(nxt) and not prev.rstrip(".").isdigit():
                found.append((k, f"{nxt}-{months[text]:02d}"))  # "im Mai 2022"
            elif text in SEASONS_OF_YEAR and YEAR.fullmatch(nxt):
                found.append((k, nxt))  # "im Frühjahr 2022": the year
            elif text in months and prev.rstrip(".").isdigit() and prev.endswith("."):
                year = int(nxt) if YEAR.fullmatch(nxt) else None
                if year is None and self.article.date:
                    year = int(self.article.date[:4]) - (months[text] > int(self.article.date[5:7]))
                if year:
                    try:
                        found.append((k, dt.date(year, months[text], int(prev.rstrip("."))).isoformat()))
                    except ValueError:
                        pass
        return found
        return None
