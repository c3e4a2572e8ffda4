"""Table positions: "Tabellensiebter mit 37 Zählern", "den elften Platz", "Relegations-Platz 16".

A position needs a number: a rank word ("Tabellenzweiter", "Tabellenführer") or a position
noun with a number or ordinal ("Platz drei", "auf dem 16. Platz", "den elften Rang"). The team
is the club in apposition ("Tabellenführer Bayern"), else the sentence's subject; a rank word
that is itself the subject ("Der Tabellenzweite verlor ...") refers back to the team the
previous sentences were about.
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..lexicon import word_set, words
from .context import ArticleContext

MAX_POSITION = 24
ORDINAL_DIGITS = re.compile(r"^(\d{1,2})\.$")
TEAM_PRONOUNS = {"sie", "Sie"}
COPULAS = {"ist", "bleibt", "als", "wird", "wurde", "war", "nur", "noch", "damit", "derzeit", "aktuell", "weiter",
           "neuer", "neuem", "Platz"}
POINTS_BLOCKERS = {"Rückstand", "Vorsprung", "aus", "Abstand", "hinter", "weniger", "mehr", "vor", "Differenz"}


class StandingFinder:
    def __init__(self, ctx: ArticleContext) -> None:
        self.ctx = ctx
        self.stems = words()["ordinal_stems"]
        self.numbers = words()["number_words"]
        self.position_nouns = word_set("position_nouns")
        self.first_words = word_set("position_first_words")
        self.points_nouns = word_set("points_nouns")
        self.cue_words = self.position_nouns | self.first_words

    def ordinal(self, text: str) -> int | None:
        """'siebter' -> 7, 'elften' -> 11, '16.' -> 16."""
        m = ORDINAL_DIGITS.match(text)
        if m:
            return int(m[1])
        lower = text.lower()
        for stem in sorted(self.stems, key=len, reverse=True):
            if lower.startswith(stem) and lower[len(stem):] in ("e", "er", "en", "em", "es", "ter", "te", "ten"):
                if lower[len(stem):].startswith("t") and not stem.endswith("t"):
                    continue
                return self.stems[stem]
        return None

    def rank_word(self, token: Token) -> int | None:
        text = token.text
        if text in self.first_words:
            return 1
        if text.startswith("Tabellen") and len(text) > 9:
            return self.ordinal(text[len("Tabellen"):])
        return None

    def find(self, sent: Span) -> list[dict]:
        ctx = self.ctx
        doc = ctx.doc
        rows = []
        for token in sent:
            if ctx.in_quote[token.i]:
                continue
            position = self.rank_word(token)
            rank_is_noun = position is not None
            if position is None and token.text in self.position_nouns:
                position = self._position_of_noun(token, sent)
            if position is None:
                position = self._ordinal_noun(token, sent)
            team = None
            if position is None:
                position, team = self._bracketed_rank(token, sent)
            if position is None or not 1 <= position <= MAX_POSITION:
                continue
            team = team or self._team(token, sent, rank_is_noun)
            if team is None:
                continue
            rows.append({"team": team, "position": position, "points": self._points(token, sent)})
        return rows

    def _ordinal_noun(self, token: Token, sent: Span) -> int | None:
        """'der KSC ist Siebter', 'bleibt mit 29 Zählern Dritter', 'Aue ist nur noch Vierzehnter'."""
        text = token.text
        if not text[:1].isupper() or not text.endswith(("er", "e")) or token.i == sent.start:
            return None
        value = self.ordinal(text)
        if value is None:
            return None
        doc = self.ctx.doc
        before = {t.text for t in doc[max(sent.start, token.i - 5):token.i]}
        return value if before & COPULAS else None

    def _bracketed_rank(self, token: Token, sent: Span) -> tuple[int | None, str | None]:
        """'gegen Lugano (2.)': a rank in brackets right after a club."""
        ctx = self.ctx
        doc = ctx.doc
        if token.text != "(" or token.i + 2 >= sent.end or doc[token.i + 2].text != ")":
            return None, None
        club = ctx.club_at.get(token.i - 1)
        m = ORDINAL_DIGITS.match(doc[token.i + 1].text)
        if club is None or not m:
            return None, None
        return int(m[1]), club.kb_id_

    def _position_of_noun(self, token: Token, sent: Span) -> int | None:
        doc = self.ctx.doc
        nxt = doc[token.i + 1] if token.i + 1 < sent.end else None
        if nxt is not None:
            if nxt.text.isdigit():
                return int(nxt.text)
            if nxt.text.lower() in self.numbers and nxt.text.islower() and nxt.text not in ("ein", "eine", "einer", "einem"):
                return self.numbers[nxt.text.lower()]
            if nxt.text == "eins":
                return 1
        prev = doc[token.i - 1] if token.i > sent.start else None
        if prev is not None:
            value = self.ordinal(prev.text)
            if value and (prev.text[:1].islower() or ORDINAL_DIGITS.match(prev.text)):
                return value
        return None

    def _team(self, cue: Token, sent: Span, rank_is_noun: bool) -> str | None:
        ctx = self.ctx
        doc = ctx.doc
        mentions = [m for m in ctx.club_mentions(sent) if m.label != "CITY"]
        for m in mentions:  # apposition: "Tabellenführer FC Bayern", "Bayern (2.)"
            if m.start == cue.i + 1 and rank_is_noun:
                return m.club
        prev = doc[cue.i - 1] if cue.i > sent.start else None
        if rank_is_noun and prev is not None and prev.text.lower() in ("der", "die", "den", "dem", "des") and \
                prev.text.lower() != "als":
            before = doc[cue.i - 2] if cue.i - 2 >= sent.start else None
            if before is None or before.text.lower() not in ("gegen", "beim", "bei", "über", "vom", "zum"):
                if cue.i - sent.start <= 2:  # the rank word is the sentence's subject
                    return ctx.last_subject or ctx.focus_club
            else:
                return None
        clause = self._clause(cue, sent)
        local = [m for m in ctx.club_mentions(clause) if m.label != "CITY" and m.preposition is None]
        if local and clause.start != sent.start:
            return local[0].club  # "..., der KSC ist Siebter"
        subject, _ = ctx.subject_club(sent)
        if subject:
            return subject
        free = [m for m in mentions if m.preposition is None]
        if len(free) == 1:
            return free[0].club
        if not mentions and set(ctx.texts[sent.start:sent.end]) & TEAM_PRONOUNS:
            return ctx.last_subject  # "Damit rutschen sie auf Platz drei ab": the team just talked about
        return None

    def _clause(self, cue: Token, sent: Span) -> Span:
        doc = self.ctx.doc
        start = cue.i
        while start > sent.start and doc[start - 1].text not in (",", ";"):
            start -= 1
        end = cue.i
        while end < sent.end and doc[end].text not in (",", ";"):
            end += 1
        return doc[start:end]

    def _points(self, cue: Token, sent: Span) -> int | None:
        doc = self.ctx.doc
        best, distance = None, 10**6
        for token in sent:
            if token.text not in self.points_nouns or token.i - 1 < sent.start:
                continue
            number = doc[token.i - 1].text
            value = int(number) if number.isdigit() else self.numbers.get(number.lower())
            if value is None or value > 120:
                continue
            nxt = doc[token.i + 1].text if token.i + 1 < len(doc) else ""
            if nxt in POINTS_BLOCKERS:
                continue
            d = abs(token.i - cue.i)
            before = doc[token.i - 2].text if token.i - 2 >= sent.start else ""
            if before in ("mit", "bei", "hat", "stehen", "steht", "nach"):
                d -= 5
            if d < distance and abs(token.i - cue.i) <= 12:
                best, distance = value, d
        return best
