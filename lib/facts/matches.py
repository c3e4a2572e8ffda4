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

import re

from spacy.tokens import Span, Token

from ..lexicon import lower_set, word_set
from .context import ArticleContext, ClubMention, MatchState

SCORE = re.compile(r"^(\d{1,3}):(\d{1,3})(?:-(.+))?$")
MAX_GOALS = 15
MAX_SCORES_PER_SENTENCE = 40
CONTEXT = 40
ATTENDANCE = re.compile(
    r"(?:[Vv]or|[Zz]uschauer:?|[Zz]uschauerzahl:?)\s+(?:(?:nur|knapp|rund|gut|über|mehr als|ausverkauften|den|"
    r"offiziell|insgesamt)\s+)*(\d{1,3}(?:[ .'\u00a0\u202f]\d{3})+|\d{2,6})\s*(?:Zuschauern|Zuschauer|Fans|Besuchern|"
    r"Besucher|Anhängern)?")
NOT_RESULT_NOUNS = {"Stimmen", "Stimme", "Wahrscheinlichkeit", "Prozent", "Verhältnis", "Torverhältnis", "Chancen"}
MEETING_VERBS = {"trifft", "treffen", "traf", "trafen", "empfängt", "empfing", "empfangen"}
PARTING_VERBS = {"trennte", "trennten", "trennt", "getrennt"}
STRONG_AGGREGATE = {"Addition", "insgesamt", "Gesamtergebnis", "Gesamtscore", "Gesamtstand", "zusammengerechnet"}
DASHES = {"-", "–", "—", ":", "gegen", "vs.", "vs", "/"}


def endings(key: str) -> tuple[str, ...]:
    """A `..._suffixes` word list as a tuple for `str.endswith` ("-sieg" -> "sieg")."""
    return tuple(sorted({s.lstrip("-") for s in lower_set(key)}))


def parse_score(text: str) -> tuple[int, int, str] | None:
    match = SCORE.match(text)
    if not match:
        return None
    return int(match[1]), int(match[2]), (match[3] or "").lower()


class MatchFinder:
    def __init__(self, ctx: ArticleContext) -> None:
        self.ctx = ctx
        self.win = word_set("win_words")
        self.loss = word_set("loss_words")
        self.draw = word_set("draw_words")
        self.win_suffixes = endings("win_suffixes")
        self.loss_suffixes = endings("loss_suffixes")
        self.draw_suffixes = endings("draw_suffixes")
        self.home_cues = word_set("home_cues")
        self.away_cues = word_set("away_cues")
        self.home_suffixes = endings("home_cue_suffixes")
        self.away_suffixes = endings("away_cue_suffixes")
        self.before_intermediate = word_set("intermediate_before")
        self.after_intermediate = word_set("intermediate_after")
        self.intermediate_suffixes = endings("intermediate_suffixes")
        self.aggregate = word_set("aggregate_words")
        self.shootout = word_set("shootout_words")
        self.fixtures: list[tuple[str, str, bool]] = []  # home, away, whether the text settles the venue
        self.turn = word_set("turn_words")

    # -- one sentence -------------------------------------------------------------------------
    def find(self, sent: Span) -> list[MatchState]:
        ctx = self.ctx
        found: list[MatchState] = []
        scores = [ctx.doc[i:i + 1] for i in ctx.score_starts_between(sent.start, sent.end)]
        claimed: set[int] = set()
        goalless = [t for t in sent if t.text in ("torlos", "torloses", "Nullnummer", "torlosen")]
        drawn = any(t.text in self.draw or t.text in ("endete", "blieb", "Nullnummer") for t in sent)
        if not scores and goalless and drawn and not ctx.in_quote[goalless[0].i]:
            match = self.assemble(sent, goalless[0], 0, 0, "", None, claimed)
            return [match] if match else []
        for span in scores[:MAX_SCORES_PER_SENTENCE]:  # a result list, not a sentence: bounded work
            token = span[0]
            if ctx.in_quote[token.i]:
                continue
            parsed = parse_score(token.text)
            if parsed is None:
                continue
            a, b, suffix = parsed
            if max(a, b) > MAX_GOALS or not self.is_final(token, suffix, sent):
                continue
            ht = self.half_time(token)
            match = self.assemble(sent, token, a, b, suffix, ht, claimed)
            if match:
                found.append(match)
        return found

    def is_final(self, token: Token, suffix: str, sent: Span) -> bool:
        doc = self.ctx.doc
        i = token.i
        prev = doc[i - 1] if i > sent.start else None
        nxt = doc[i + 1] if i + 1 < sent.end else None
        if prev is not None and prev.text == "(":
            return False  # the half-time score of the preceding result
        if nxt is not None and nxt.text in ("Uhr", "h", "Minuten"):
            return False
        if suffix and suffix.endswith(self.intermediate_suffixes):
            return False
        result_suffix = suffix and suffix.endswith(self.win_suffixes + self.loss_suffixes + self.draw_suffixes)
        if prev is not None and (prev.text in self.before_intermediate or prev.text.lower() in ("zum", "zur", "auf")) \
                and not self._after_extra_time(token, sent) and not result_suffix:
            return False  # "zum 2:0" is a goal's score; "zum 2:0-Erfolg" is the result
        if nxt is not None and nxt.text in self.after_intermediate and not suffix:
            after = doc[nxt.i + 1] if nxt.i + 1 < sent.end else None
            if nxt.text in ("nach", "für") and self._result_follows(nxt):
                pass
            elif nxt.text == "durch" and (after is None or not (after.text[:1].isupper() or after.text in (
                    "den", "die", "einen", "ein", "eine"))):
                pass  # "setzte sich mit 2:0 durch": the verb's particle, not "2:0 durch Müller"
            else:
                return False
        ahead = {t.text for t in doc[i + 1: min(sent.end, i + 4)]}
        if ahead & {"Führung", "Rückstand", "Vorsprung", "geführt", "gestanden", "führte", "führten", "lagen", "lag",
                    "zurück", "aufgeholt", "wettgemacht", "egalisiert"} and not self._after_extra_time(token, sent):
            return False
        behind = {t.text for t in doc[max(sent.start, i - 4):i]}
        if "auf" in ahead and behind & {"holt", "holte", "holten", "holen"}:
            return False  # "holt ein 1:3 auf": a deficit made up, not the result
        if behind & self.turn and not (prev is not None and prev.text == "ein" and doc[i - 2].text == "in"):
            return False  # "drehte ein 0:2 ... in ein 3:2": the deficit turned, not the result
        if nxt is not None and nxt.text[:1].isupper() and nxt.i in self.ctx.person_at:
            return False  # match-box line "1:0 Müller (12.)"
        if nxt is not None and nxt.text == "(" and i + 3 < sent.end and doc[i + 3].text == ")" and \
                doc[i + 2].text[:1].isdigit() and doc[i + 2].text.endswith(".") and i + 4 in self.ctx.person_at:
            return False  # APA box "1:1 (81.) Kainz"
        window = doc[max(sent.start, i - 4): min(sent.end, i + 5)]
        if any(t.text in self.shootout for t in window) or any(t.text in self.aggregate for t in doc[max(sent.start, i - 3):i]):
            return False
        if "i.E." in window.text or "n.E." in window.text or "im Elfmeterschießen" in window.text:
            return False
        clause_start = i
        while clause_start > sent.start and doc[clause_start - 1].text not in (",", ";", ":"):
            clause_start -= 1
        clause = [t.text for t in doc[clause_start:i]]
        if any(t in STRONG_AGGREGATE or t in self.shootout for t in clause):
            return False  # "in der Addition setzte sich Real mit 4:3 durch", "Im Elfmeterschießen gewann X 4:3"
        if any("quote" in t.lower() or t in NOT_RESULT_NOUNS for t in clause + [nxt.text if nxt is not None else ""]):
            return False  # a betting quote, a vote ("mit 32:18 Stimmen")
        return True

    @staticmethod
    def _after_extra_time(token: Token, sent: Span) -> bool:
        """'nach 120 Minuten hatte es 1:1 gestanden', 'nach der Verlängerung 2:2': the final score."""
        before = token.doc[max(sent.start, token.i - 6):token.i].text
        return "120 Minuten" in before or "Verlängerung" in before

    def _result_follows(self, token: Token) -> bool:
        return token.text == "nach" and token.i + 1 < len(self.ctx.doc) and self.ctx.doc[token.i + 1].text in (
            "Verlängerung", "Elfmeterschießen", "Toren", "90", "120")

    def half_time(self, token: Token) -> tuple[int, int] | None:
        doc = self.ctx.doc
        i = token.i + 1
        if i < len(doc) and doc[i].text in ("n.V.", "n.", "nach"):
            i += 1 if doc[i].text == "n.V." else 2
        if i + 1 < len(doc) and doc[i].text == "(" and "-" in doc[i + 1].text:
            parsed = parse_score(doc[i + 1].text.split(")")[0])  # "3:0 (1:0)-Erfolg"
            if parsed and ")" in doc[i + 1].text:
                return parsed[0], parsed[1]
        if i + 2 < len(doc) and doc[i].text == "(":
            inner = doc[i + 1]
            if inner.text in ("Halbzeit", "Pause", "HZ", "Halbzeit:", "Pause:") and i + 3 < len(doc):
                inner = doc[i + 2] if doc[i + 2].text != ":" else doc[i + 3]
            parsed = parse_score(inner.text)
            if parsed and not parsed[2]:
                return parsed[0], parsed[1]
        return None

    def outcome(self, sent: Span, token: Token, suffix: str) -> str | None:
        if suffix:
            if suffix.endswith(self.win_suffixes):
                return "win"
            if suffix.endswith(self.loss_suffixes):
                return "loss"
            if suffix.endswith(self.draw_suffixes):
                return "draw"
        texts = {t.text for t in self._around(sent, token)}
        if texts & {"setzte", "setzten", "setzt"} and "durch" in texts:
            return "win"  # "setzte sich mit 2:0 durch"
        if "geschlagen" in texts and texts & {"geben", "gab", "gaben", "musste", "mussten", "wurde", "wurden"}:
            return "loss"  # "musste sich mit 3:5 geschlagen geben"
        best, distance = None, 10**6
        for t in self._around(sent, token):
            kind = "win" if t.text in self.win else "loss" if t.text in self.loss else "draw" if t.text in self.draw else None
            if kind and abs(t.i - token.i) < distance:
                best, distance = kind, abs(t.i - token.i)
        return best

    def home_side(self, sent: Span, token: Token, subject: str, opponent: ClubMention | None, suffix: str) -> bool | None:
        """True if the subject played at home, False if away, None if the text does not say."""
        if opponent is not None and opponent.preposition in ("beim", "bei", "in", "im", "zu"):
            return False
        if suffix and suffix.endswith(self.home_suffixes):
            return True
        if suffix and suffix.endswith(self.away_suffixes):
            return False
        for t in self._around(sent, token):
            if self.ctx.in_quote[t.i]:
                continue
            if t.text in self.home_cues:
                if t.text in ("Hause", "eigenem", "eigenen") and not self._home_phrase(t):
                    continue
                return True
            if t.text in self.away_cues:
                if t.text == "Gast" and not (t.i > 0 and self.ctx.doc[t.i - 1].text.lower() == "zu"):
                    continue
                return False
        for venue in self.ctx.doc.spans.get("venues", []):
            if sent.start <= venue.start < sent.end:
                owner = venue.kb_id_
                if owner == subject:
                    return True
                if opponent is not None and owner == opponent.club:
                    return False
        return None

    def _around(self, sent: Span, token: Token) -> Span:
        """The part of a sentence that speaks of one score: at most CONTEXT tokens either side."""
        return self.ctx.doc[max(sent.start, token.i - CONTEXT): min(sent.end, token.i + CONTEXT)]

    def _home_phrase(self, t: Token) -> bool:
        doc = self.ctx.doc
        text = doc[max(0, t.i - 2): min(len(doc), t.i + 2)].text
        return any(p in text for p in ("zu Hause", "vor eigenem", "im eigenen", "vor eigenen", "eigenen Stadion"))

    def assemble(self, sent: Span, token: Token, a: int, b: int, suffix: str, ht: tuple[int, int] | None,
                 claimed: set[int]) -> MatchState | None:
        ctx = self.ctx
        mentions = [m for m in ctx.club_mentions(sent)]
        pair = self.listed_pair(mentions, token)
        if pair:
            home, away = pair
            return self._state(sent, home.club, away.club, a, b, ht, True, main=ht is not None)
        pair = self.joined_pair(self.same_clause(mentions, token), sent)
        if pair:
            first, second = pair
            return self._state(sent, first.club, second.club, a, b, ht, False, main=ht is not None)
        opponent = self.nearest_opponent(mentions, token, claimed) or self.opponent_by_role(sent, token)
        subject = self.clause_subject(mentions, token, exclude={opponent.club} if opponent else set())
        if subject is None:
            subject, _ = ctx.subject_club(sent, exclude={opponent.club} if opponent else set())
        if opponent is None:
            free = [m for m in self.same_clause(mentions, token)
                    if m.preposition is None and m.club != subject and m.label != "CITY"]
            if free and subject is not None:
                opponent = free[0]
            else:
                fixture = self.fixture_for(subject)
                settled = ht is not None or suffix or self.outcome(sent, token, suffix) or \
                    bool({t.text for t in self._around(sent, token)} & {"endete", "endeten", "Endstand"}) or \
                    self._after_extra_time(token, sent) or "Endstand" in sent.text or "Schluss" in sent.text
                if fixture is None or not settled:
                    return None
                home, away, ordered = fixture
                if "Hinspiel" in sent.text:
                    home, away = away, home  # the other leg was played at the other ground
                if subject not in (home, away):
                    return self._state(sent, home, away, a, b, ht, ordered, main=ht is not None)
                other = away if subject == home else home
                opponent = ClubMention(token.i, token.i, other, "REF", None)
                at_home = self.home_side(sent, token, subject, opponent, suffix)
                if at_home is None:
                    at_home = subject == home
                else:
                    ordered = True
                x, y, hx = self._perspective(a, b, ht, self.outcome(sent, token, suffix))
                if at_home:
                    return self._state(sent, subject, other, x, y, hx, ordered, main=ht is not None)
                return self._state(sent, other, subject, y, x, (hx[1], hx[0]) if hx else None, ordered,
                                   main=ht is not None)
        if subject is None:
            subject = ctx.focus_club if ctx.focus_club != opponent.club else None
        if subject is None or subject == opponent.club:
            return None
        claimed.add(opponent.start)
        x, y, hx = self._perspective(a, b, ht, self.outcome(sent, token, suffix))
        at_home = self.home_side(sent, token, subject, opponent, suffix)
        if at_home is False:
            return self._state(sent, opponent.club, subject, y, x, (hx[1], hx[0]) if hx else None, True,
                               main=ht is not None)
        return self._state(sent, subject, opponent.club, x, y, hx, at_home is True, main=ht is not None)

    @staticmethod
    def _perspective(a: int, b: int, ht, outcome: str | None):
        """The subject's goals first: a win written smaller-first (or a loss larger-first) is turned."""
        if (outcome == "win" and a < b) or (outcome == "loss" and a > b):
            return b, a, (ht[1], ht[0]) if ht else None
        return a, b, ht

    @staticmethod
    def listed_pair(mentions: list[ClubMention], token: Token) -> tuple[ClubMention, ClubMention] | None:
        """'A - B 2:1' / 'A gegen B 2:1': two clubs joined by a dash right before the score."""
        doc = token.doc
        for left, right in zip(mentions, mentions[1:]):
            between = doc[left.end:right.start]
            if len(between) == 1 and between[0].text in DASHES and 0 <= token.i - right.end <= 2 and \
                    all(t.is_punct or t.text in (":",) for t in doc[right.end:token.i]):
                return left, right
        return None

    def same_clause(self, mentions: list[ClubMention], token: Token) -> list[ClubMention]:
        """The mentions between the previous score (or clause break after it) and this score."""
        texts = self.ctx.texts
        start = self.ctx.sentence_start(token.i)
        before = self.ctx.score_starts_between(start, token.i)
        if before:
            start = before[-1] + 1
            for i in range(start, token.i):
                if texts[i] in (",", ";"):
                    start = i + 1
                    break
        return [m for m in mentions if start <= m.start < token.i + 12]

    def clause_subject(self, mentions: list[ClubMention], token: Token, exclude: set[str]) -> str | None:
        """'..., Rapid gewann beim SC Imst mit 6:0': the ungoverned club of the score's own clause,
        when the sentence holds several results."""
        sent_start = self.ctx.sentence_start(token.i)
        scores_before = self.ctx.score_starts_between(sent_start, token.i)
        start = sent_start
        texts = self.ctx.texts
        for i in range(scores_before[-1] if scores_before else sent_start, token.i):
            if texts[i] in (",", ";"):
                start = i + 1
        if start == sent_start and not scores_before:
            return None
        for m in mentions:
            if start <= m.start < token.i and m.preposition is None and m.club not in exclude and m.label != "CITY":
                return m.club
        return None

    def joined_pair(self, mentions: list[ClubMention], sent: Span) -> tuple[ClubMention, ClubMention] | None:
        """'A und B trennten sich 2:2': two clubs joined by 'und' as the sentence's subject."""
        doc = self.ctx.doc
        for left, right in zip(mentions, mentions[1:]):
            between = [t.text.lower() for t in doc[left.end:right.start]]
            if left.preposition is None and between and between[0] in ("und", "sowie") and len(between) <= 3 and \
                    all(w in ("und", "sowie", "der", "die", "das", "den") for w in between) and left.club != right.club:
                return left, right
        return None

    def opponent_by_role(self, sent: Span, token: Token) -> ClubMention | None:
        """'beim Aufsteiger', 'gegen den Tabellenführer': the club the previous sentences were about."""
        ctx = self.ctx
        for t in sent:
            if t.text in ctx.team_nouns and not ctx.in_quote[t.i] and t.i not in ctx.club_at:
                if t.i + 1 in ctx.club_at:
                    continue  # "den Aufsteiger Preußen Münster": the club itself is named
                prep = ctx.preposition_before(t.i)
                object_position = prep is None and t.i - sent.start > 2 and any(
                    m.start < t.i and m.preposition is None for m in ctx.club_mentions(sent))
                if (prep in ("gegen", "beim", "bei", "über") or object_position) and ctx.last_subject:
                    subject, _ = ctx.subject_club(sent)
                    if subject != ctx.last_subject:
                        return ClubMention(t.i, t.i + 1, ctx.last_subject, "REF", prep)
        return None

    def observe(self, sent: Span) -> None:
        """Remember who plays whom ('der Klassiker gegen den FC Basel', 'A – B' headlines) for scores
        told later without the opponent ('Salzburg gewinnt mit 2:1')."""
        ctx = self.ctx
        mentions = [m for m in ctx.club_mentions(sent) if m.label != "CITY"]
        for left, right in zip(mentions, mentions[1:]):
            between = ctx.doc[left.end:right.start]
            if len(between) == 1 and between[0].text in DASHES and left.club != right.club:
                self.fixtures.append((left.club, right.club, True))
                return
        subject, _ = ctx.subject_club(sent)
        if not subject:
            return
        meets = bool(set(ctx.texts[sent.start:sent.end]) & MEETING_VERBS)  # "trifft auf", "empfängt"
        for m in mentions:
            if m.club != subject and (m.preposition in ("gegen", "beim", "bei", None)
                                      or (meets and m.preposition == "auf")):
                if m.preposition in ("beim", "bei"):
                    self.fixtures.append((m.club, subject, True))
                else:  # "empfängt X" settles the venue, "gegen X" / "trifft auf X" does not
                    hosts = bool(set(ctx.texts[sent.start:sent.end]) & {"empfängt", "empfing", "empfangen"})
                    self.fixtures.append((subject, m.club, hosts))
                return

    def fixture_for(self, subject: str | None) -> tuple[str, str, bool] | None:
        for fixture in reversed(self.fixtures):
            if subject is None or subject in fixture[:2]:
                return fixture
        return None

    def nearest_opponent(self, mentions: list[ClubMention], token: Token, claimed: set[int]) -> ClubMention | None:
        best, distance = None, 10**6
        parted = bool({t.text for t in self._around(token.sent, token)} & PARTING_VERBS)
        for m in mentions:
            allowed = m.preposition in ("gegen", "beim", "bei", "über", "vs.", "in", "im", "gegenüber", "zu") or (
                parted and m.preposition in ("von", "vom"))  # "trennte sich 2:2 vom VfL Bochum"
            if m.start in claimed or not allowed:
                continue
            if m.preposition in ("in", "im") and m.label not in ("CITY", "NAME", "UNKNOWN"):
                continue
            d = abs(m.start - token.i)
            if d < distance:
                best, distance = m, d
        return best

    def _state(self, sent: Span, home: str, away: str, hg: int, ag: int, ht, ordered: bool, main: bool) -> MatchState:
        return MatchState(home=home, away=away, home_goals=hg, away_goals=ag, sentence=sent, ht=ht, ordered=ordered,
                          main=main)

    # -- article level ------------------------------------------------------------------------
    def add(self, match: MatchState) -> MatchState:
        """Record a match, merging it with the same result found earlier in the article."""
        for known in self.ctx.matches:
            same = {known.home, known.away} == {match.home, match.away}
            if not same:
                continue
            score = (known.home_goals, known.away_goals) if known.home == match.home else (known.away_goals,
                                                                                            known.home_goals)
            if score != (match.home_goals, match.away_goals):
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


HALF_TIME_WORDS = {"Pause", "Halbzeit", "Seitenwechsel", "Pausenstand", "Halbzeitstand", "Pausenpfiff", "Halbzeitpfiff"}


def half_time_in(ctx: ArticleContext, sent: Span, match: MatchState) -> tuple[int, int] | None:
    """'Die Gäste führten zur Pause noch mit 2:1': a half-time score told in its own sentence, read
    from the side the sentence speaks of, and only if it fits the final score."""
    texts = ctx.texts
    for i in ctx.score_starts_between(sent.start, sent.end):
        parsed = parse_score(texts[i])
        if parsed is None or parsed[2] or ctx.in_quote[i]:
            continue
        near = set(texts[max(sent.start, i - 4): min(sent.end, i + 4)])
        if not near & HALF_TIME_WORDS:
            continue
        a, b = parsed[0], parsed[1]
        subject, _ = ctx.subject_club(sent)
        if subject is None:
            away_named = any(ctx.texts[k] in ctx.away_nouns for k in range(sent.start, i))
            subject = match.away if away_named else None
        candidates = [(b, a), (a, b)] if subject == match.away else [(a, b), (b, a)]
        for home, away in candidates:
            if home <= match.home_goals and away <= match.away_goals:
                return home, away
    return None


def attendance_in(sent: Span) -> int | None:
    match = ATTENDANCE.search(sent.text)
    if not match:
        return None
    digits = re.sub(r"\D", "", match[1])
    value = int(digits) if digits else None
    if value is None or value < 50 or value > 250_000:
        return None
    if not re.search(r"Zuschauer|Fans|Besucher|Anhänger", sent.text[match.start():match.end() + 12]):
        return None
    return value
