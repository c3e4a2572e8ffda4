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
"""
from __future__ import annotations

import itertools
from bisect import bisect_right
import re
from dataclasses import dataclass

from spacy.tokens import Span

from ..lexicon import lower_set, word_set, words
from .context import ArticleContext, MatchState
from .matches import parse_score

MINUTE_TOKEN = re.compile(r"^(\d{1,3})\.(?:\+(\d{1,2})\.?)?$|^(\d{1,3})'$|^(\d{1,3})'?\+(\d{1,2})\.?$")
CLAUSE_BREAKS = {",", ";", "–", "—", ":"}
SUBORDINATORS = {"ehe", "bevor", "nachdem", "als", "weil", "während", "doch", "aber", "wobei", "bis", "wo"}
MAX_UNKNOWN_SIDES = 12
WINDOW = 12
TIMES = {"doppelt": 2, "zweimal": 2, "zweifach": 2, "dreifach": 3, "dreimal": 3, "viermal": 4, "vierfach": 4}


@dataclass
class GoalMention:
    person: str
    order: int  # token index of the mention
    sentence: Span
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


def parse_minute(text: str) -> tuple[int, int | None] | None:
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


class GoalFinder:
    def __init__(self, ctx: ArticleContext) -> None:
        self.ctx = ctx
        self.goal_nouns = word_set("goal_nouns")
        self.goal_verbs = word_set("goal_verbs")
        self.noun_suffixes = tuple(lower_set("goal_noun_suffixes"))
        self.miss_hard = word_set("miss_hard_words")
        self.penalty_words = word_set("penalty_words")
        self.own_goal_words = word_set("own_goal_words")
        self.lead = word_set("lead_words")
        self.equaliser = word_set("equaliser_words")
        self.closing = word_set("closing_words")
        self.extend = word_set("extend_words")
        self.turn = word_set("turn_words")
        self.number_words = words()["number_words"]
        self.minute_nouns = word_set("minute_nouns")
        self.chance_nouns = word_set("chance_nouns")
        self._line_starts: list[int] | None = None
        self.result_words = word_set("win_words") | word_set("draw_words") | {"Entscheidung", "Endstand"}

    def is_goal_noun(self, text: str) -> bool:
        if text in self.goal_nouns:
            return True
        lower = text.lower()
        return len(lower) > 5 and lower.endswith(self.noun_suffixes) and not lower.endswith(
            ("ktor", "ator", "itor", "otor", "ntor", "stor"))

    def sentence_has_goal_cue(self, sent: Span) -> bool:
        tokens = [t for t in sent if not self.ctx.in_quote[t.i]]
        text = " ".join(t.text for t in tokens)
        if any(p in text for p in ("in Führung", "zum Ausgleich", "ins Netz", "vom Punkt", "vom Elfmeterpunkt",
                                   "ins eigene", "zur Führung", "die Partie", "Tore :", "Torschützen", "in Front")):
            return True
        if any(self.is_goal_noun(t.text) or t.text in self.goal_verbs for t in tokens):
            return True
        # "X (12.) und Y (70.) sorgten für den Sieg": scorers with minutes in a sentence about the result
        has_minutes = any(t.text == "(" and k + 1 < len(tokens) and parse_minute(tokens[k + 1].text)
                          for k, t in enumerate(tokens))
        return has_minutes and any(t.text in self.result_words for t in tokens)

    # -- finding mentions ---------------------------------------------------------------------
    def find(self, sent: Span) -> list[GoalMention]:
        ctx = self.ctx
        line = self._ticker_line(sent)
        if line == "miss":
            return []
        if not self.sentence_has_goal_cue(sent) and line is None:
            return []
        if line is not None and line != "miss":
            return self._ticker_goal(sent, line)
        doc = ctx.doc
        people = ctx.people_in(sent)
        sentence_minute = self._leading_minute(sent)
        found: list[GoalMention] = []
        running = (0, 0)
        for k, person in enumerate(people):
            nxt_person = people[k + 1].start if k + 1 < len(people) else sent.end
            window_end = min(sent.end, nxt_person, person.end + WINDOW)
            quote_at = next((i for i in range(person.end, window_end) if ctx.in_quote[i]), window_end)
            window_end = min(window_end, quote_at)
            window = doc[person.end:window_end]
            before = doc[max(sent.start, person.start - 3):person.start]
            minute = self._minute_after(window)
            box_side = None
            box = self._box_score_before(person, sent)
            if box is not None and person.start >= 2 and doc[person.start - 1].text == ")":
                minute = parse_minute(doc[person.start - 2].text) or minute  # APA box "1:0 (23.) Name"
            if box is not None:
                box_side = "home" if box[0] > running[0] else "away" if box[1] > running[1] else None
                running = box
            slot = (minute is not None or box is not None or self._after_durch(person)
                    or self._genitive_goal(person) or self._subject_of_goal_verb(person, window)
                    or self._verb_before(person) or self._goal_noun_von(person))
            if not slot:
                continue
            if self._missed(person, window, before):
                continue
            if minute is None:
                minute = self._spelled_minute(sent, person) or self._minute_before(person, sent) or sentence_minute
            local_start = max(sent.start, person.start - 4, people[k - 1].end if k else sent.start)
            for j in range(person.start - 1, local_start - 1, -1):
                if ctx.texts[j] in (",", ";", ")"):  # "..., 4:1 Rüdiger (87., Eigentor), 5:1 Can": not Can's
                    local_start = j + 1
                    break
            local = doc[local_start: window_end]
            penalty = any(t.text in self.penalty_words for t in local) and not any(
                t.text in ("verschoss", "parierte", "vergab", "scheiterte") for t in local)
            own_goal = any(t.text in ("Eigentor", "ET", "Eigentors") for t in local) or "ins eigene" in local.text
            minutes = [minute] + self._more_minutes(window) if minute else [None] * self._times(window)
            for k, each in enumerate(minutes):
                mention = GoalMention(person=person.kb_id_, order=person.start + k, sentence=sent,
                                      minute=each[0] if each else None, stoppage=each[1] if each else None,
                                      penalty=penalty, own_goal=own_goal, repeat=k if each is None else 0)
                mention.cue = self._cue(sent, person) if k == 0 else None
                mention.score_after = self._score_after(person, sent) if k == 0 else None
                mention.team = self._explicit_team(sent, person, own_goal)
                mention.box_side = box_side
                found.append(mention)
        return found

    @staticmethod
    def _times(window: Span) -> int:
        """'traf doppelt', 'traf dreifach': how many goals a minute-less mention stands for."""
        for t in list(window)[:4]:
            if t.text in TIMES:
                return TIMES[t.text]
        return 1

    def _more_minutes(self, window: Span) -> list[tuple[int, int | None]]:
        """Further minutes of a brace or hat-trick: '(20., 44.)', 'in der 12., 26. und 75. Minute'."""
        tokens = list(window)
        minutes = []
        for k, token in enumerate(tokens):
            parsed = parse_minute(token.text)
            if parsed is None:
                continue
            if k >= 1 and tokens[k - 1].text in (",", "und") and (minutes or parse_minute(tokens[k - 2].text)):
                minutes.append(parsed)
            elif minutes:
                break
        return minutes

    def line_start(self, i: int) -> int:
        """First token of the text line holding token i."""
        if self._line_starts is None:
            texts = self.ctx.texts
            self._line_starts = [0] + [k + 1 for k, t in enumerate(texts) if "\n" in t and t.isspace()]
        return self._line_starts[bisect_right(self._line_starts, i) - 1]

    def _ticker_line(self, sent: Span) -> str | None:
        """In a live ticker ('19' TOR für Salzburg! Daghim trifft.'), the line's minute and whether it
        announces a goal ('goal'), a miss ('miss') or neither (None)."""
        doc = self.ctx.doc
        start = self.line_start(sent.start)
        if ticker_minute(doc, start) is None:
            return None
        head = [t.text.upper() for t in doc[start: min(len(doc), start + 6)]]
        if any(h == "TOR" or h.startswith("TOOO") for h in head):
            return "goal"
        if any(t.text in self.miss_hard or t.text in ("Pfosten", "Latte", "Aluminium", "Wechsel", "Gelb", "Elfmeter")
               for t in doc[start: min(len(doc), start + 4)]):
            return "miss"
        return None

    def _ticker_goal(self, sent: Span, line: str) -> list[GoalMention]:
        ctx = self.ctx
        doc = ctx.doc
        start = self.line_start(sent.start)
        minute = ticker_minute(doc, start)
        if sent.start != start:
            return []  # the goal of a line is read once, from its first sentence
        line_end = sent.end
        while line_end < len(doc) and not (doc[line_end].is_space and "\n" in doc[line_end].text):
            line_end += 1
        line_span = doc[start:line_end]
        if sent.start != start:
            return []  # the goal of a line is read once, from its first sentence
        team = None
        for t in line_span[:8]:
            if t.text == "für" and t.i + 1 < line_end:
                target = doc[t.i + 2] if doc[t.i + 1].text.lower() in ("den", "die", "das", "der") else doc[t.i + 1]
                if target.i in ctx.club_at:
                    team = ctx.club_at[target.i].kb_id_
                break
        for person in ctx.people_in(line_span):
            before = doc[max(start, person.start - 3):person.start].text
            if any(w in before for w in ("Flanke", "Vorlage", "Pass", "Hereingabe", "Ecke", "von")):
                continue
            own_goal = "eigene" in line_span.text or "Eigentor" in line_span.text
            penalty = any(t.text in self.penalty_words for t in line_span)
            return [GoalMention(person=person.kb_id_, order=person.start, sentence=sent, minute=minute[0],
                                stoppage=minute[1], penalty=penalty, own_goal=own_goal, team=team)]
        return []

    def _score_after(self, person: Span, sent: Span) -> tuple[int, int] | None:
        """'zum 2:1' after the scorer or 'dem 2:1 durch X' before: the running score the goal made."""
        texts = self.ctx.texts
        for k in range(person.end, min(sent.end, person.end + 8)):
            if texts[k] in ("zum", "zur") and k + 1 < sent.end:
                parsed = parse_score(texts[k + 1])
                if parsed and not parsed[2]:
                    return parsed[0], parsed[1]
            if k in self.ctx.person_at:
                break
        k = person.start - 1
        while k > sent.start and texts[k] in ("den", "dem", "die"):
            k -= 1
        if k - 1 >= sent.start and texts[k] == "durch":
            parsed = parse_score(texts[k - 1])
            if parsed and not parsed[2]:
                return parsed[0], parsed[1]
        return None

    def _minute_before(self, person: Span, sent: Span) -> tuple[int, int | None] | None:
        """'In der Nachspielzeit (90.+7) markierte X': a bracketed minute earlier in the clause that
        belongs to no other name."""
        texts = self.ctx.texts
        i = person.start - 1
        while i > sent.start and texts[i] not in (",", ";", ":") and i not in self.ctx.person_at:
            if texts[i] == ")" and texts[i - 2] == "(" and i - 3 >= sent.start and (i - 3) not in self.ctx.person_at:
                parsed = parse_minute(texts[i - 1])
                if parsed:
                    return parsed
            i -= 1
        return None

    def _leading_minute(self, sent: Span) -> tuple[int, int | None] | None:
        first = sent[0] if len(sent) else None
        if first is None:
            return None
        parsed = parse_minute(first.text)
        if parsed and len(sent) > 1 and (sent[1].text in (":", "Minute", "Min.", "-", "–") or first.text.endswith("'")):
            return parsed
        return None

    def _minute_after(self, window: Span) -> tuple[int, int | None] | None:
        tokens = list(window)
        for k, token in enumerate(tokens):
            if token.text == "(" and k + 1 < len(tokens):
                parsed = parse_minute(tokens[k + 1].text)
                if parsed:
                    return parsed
                if k + 2 < len(tokens) and tokens[k + 1].text.isdigit() and tokens[k + 2].text in self.minute_nouns:
                    value = int(tokens[k + 1].text)
                    return (value, None) if 1 <= value <= 130 else None
            if token.text in ("in", "In") and k + 3 < len(tokens) and tokens[k + 1].text == "der":
                parsed = parse_minute(tokens[k + 2].text)
                if parsed and (tokens[k + 3].text in self.minute_nouns or self._minute_list_ends(tokens, k + 3)):
                    return parsed
            if token.text in ("nach", "Nach") and k + 2 < len(tokens):
                spelled = self._spelled(tokens[k + 1: k + 5])
                if spelled:
                    return spelled
        return None

    def _minute_list_ends(self, tokens, k: int) -> bool:
        """'in der 12., 26. und 75. Minute': a list of minutes closed by 'Minute'."""
        while k + 1 < len(tokens) and tokens[k].text in (",", "und") and parse_minute(tokens[k + 1].text):
            k += 2
        return k < len(tokens) and tokens[k].text in self.minute_nouns

    def _spelled(self, tokens) -> tuple[int, None] | None:
        texts = [t.text for t in tokens]
        if len(texts) >= 2 and texts[0].isdigit() and texts[1] in ("Minuten", "Minute"):
            value = int(texts[0])
            return (value, None) if 1 <= value <= 130 else None
        if len(texts) >= 2 and texts[0] in self.number_words and texts[1] in ("Minuten",):
            return self.number_words[texts[0]], None
        if len(texts) >= 3 and texts[0] in ("einer", "knapp") and texts[1] == "halben" and texts[2] == "Stunde":
            return 30, None
        if len(texts) >= 2 and texts[0] == "einer" and texts[1] == "Viertelstunde":
            return 15, None
        if len(texts) >= 4 and texts[0] == "einer" and texts[1] == "knappen" and texts[2] == "halben":
            return 30, None
        return None

    def _spelled_minute(self, sent: Span, person: Span) -> tuple[int, int | None] | None:
        tokens = list(sent)
        for k, token in enumerate(tokens):
            if token.text in ("nach", "Nach") and token.i not in self.ctx.person_at:
                spelled = self._spelled(tokens[k + 1: k + 5])
                if spelled and abs(token.i - person.start) <= 10:
                    return spelled
            if token.text in ("in", "In") and k + 3 < len(tokens) and tokens[k + 1].text == "der":
                parsed = parse_minute(tokens[k + 2].text)
                if parsed and tokens[k + 3].text in self.minute_nouns and abs(token.i - person.start) <= 10:
                    return parsed
        return None

    def _box_score_before(self, person: Span, sent: Span) -> tuple[int, int] | None:
        doc = self.ctx.doc
        i = person.start - 1
        if i >= sent.start and doc[i].text == ")" and i - 2 >= sent.start and doc[i - 2].text == "(":
            i -= 3
        if i >= sent.start:
            parsed = parse_score(doc[i].text)
            if parsed and not parsed[2]:
                return parsed[0], parsed[1]
        return None

    def _after_durch(self, person: Span) -> bool:
        doc = self.ctx.doc
        i = person.start - 1
        while i >= 0 and doc[i].text.lower() in ("den", "dem", "die", "der"):
            i -= 1
        return i >= 0 and doc[i].text.lower() == "durch"

    def _genitive_goal(self, person: Span) -> bool:
        doc = self.ctx.doc
        last = doc[person.end - 1].text
        if not last.endswith("s"):
            return False
        for t in doc[person.end: min(len(doc), person.end + 3)]:
            if self.is_goal_noun(t.text):
                return True
            if not (t.text[:1].islower() or t.like_num):
                return False
        return False

    def _subject_of_goal_verb(self, person: Span, window: Span) -> bool:
        for t in window:
            if t.text in self.goal_verbs:
                return t.text not in ("brachte", "bringt", "sorgte", "sorgt", "stellte", "machte", "macht", "legte",
                                      "drehte", "drehten", "dreht") or "Führung" in window.text or "alles klar" in window.text
            if t.text in CLAUSE_BREAKS or t.i in self.ctx.person_at:
                return False
        return False

    def _verb_before(self, person: Span) -> bool:
        doc = self.ctx.doc
        for t in doc[max(0, person.start - 3): person.start]:
            if t.text in ("traf", "trifft", "erzielte", "köpfte", "verwandelte", "markierte", "netzte", "schoss",
                          "besorgte", "vollendete", "erhöhte", "verkürzte", "glich"):
                return True
        return False

    def _goal_noun_von(self, person: Span) -> bool:
        doc = self.ctx.doc
        i = person.start - 1
        return i >= 1 and doc[i].text in ("von", "des") and self.is_goal_noun(doc[i - 1].text)

    def _missed(self, person: Span, window: Span, before: Span) -> bool:
        """A chance, save, card or substitution in the person's own clause ('köpfte ... über die Latte',
        'klärte einen Schuss von X auf der Linie', 'sah Gelb')."""
        clause = []
        for t in window:
            if t.text in (",", ";") or t.i in self.ctx.person_at:
                break
            clause.append(t)
        if any(t.text in self.miss_hard for t in clause + list(before)):
            return True
        doc = self.ctx.doc
        i = person.start - 1
        while i >= 0 and doc[i].text.lower() in ("des", "der", "dem", "den", "eines", "einem"):
            i -= 1
        return i >= 1 and doc[i].text == "von" and doc[i - 1].text in self.chance_nouns

    def _cue(self, sent: Span, person: Span) -> str | None:
        clause = self._clause(sent, person)
        doc = self.ctx.doc
        start = person.start
        while start > clause.start and doc[start - 1].text not in (",", ";", ":"):
            start -= 1
        end = person.end
        while end < clause.end and doc[end].text not in (",", ";"):
            end += 1
        tokens = doc[max(start, person.start - 8): min(end, person.end + 10)]
        texts = {t.text for t in tokens}
        if texts & self.equaliser or any(t.text.startswith("Ausgleich") for t in tokens):
            return "equaliser"
        if texts & self.closing:
            return "closing"
        if texts & self.lead or any(t.text.startswith("Führungs") for t in tokens):
            return "lead"
        if texts & self.extend:
            return "extend"
        if texts & self.turn:
            return "turn"
        return None

    def _clause(self, sent: Span, person: Span) -> Span:
        doc = self.ctx.doc
        start = person.start
        while start > sent.start and not (doc[start - 1].text in CLAUSE_BREAKS and (
                doc[start].text.lower() in SUBORDINATORS or self._new_main_clause(start))):
            if doc[start - 1].text.lower() in SUBORDINATORS and doc[start - 2].text in CLAUSE_BREAKS:
                start -= 1
                break
            start -= 1
        end = person.end
        while end < sent.end and not (doc[end].text in CLAUSE_BREAKS and end + 1 < sent.end and (
                doc[end + 1].text.lower() in SUBORDINATORS or self._new_main_clause(end + 1))):
            end += 1
        return doc[start:end]

    def _new_main_clause(self, i: int) -> bool:
        """', Filip Bilbija glich aus': after a comma, a name followed by a lower-case verb starts a clause."""
        person = self.ctx.person_at.get(i)
        if person is None or person.start != i or person.end >= len(self.ctx.doc):
            return False
        nxt = self.ctx.texts[person.end]
        return nxt[:1].islower()

    def _explicit_team(self, sent: Span, person: Span, own_goal: bool) -> str | None:
        ctx = self.ctx
        doc = ctx.doc
        clause = self._clause(sent, person)
        for t in clause:
            if t.text == "für" and t.i + 2 < clause.end:
                target = doc[t.i + 2] if doc[t.i + 1].text.lower() in ("die", "den", "das", "der") else doc[t.i + 1]
                if target.i in ctx.club_at:
                    return ctx.club_at[target.i].kb_id_
                if target.text in ctx.home_nouns or target.text in ctx.away_nouns:
                    return ctx.team_reference(target)
        clubs = [m for m in ctx.club_mentions(clause) if m.preposition not in ("gegen", "beim", "bei", "über", "in", "im")
                 and m.label != "CITY"]
        names = {m.club for m in clubs}
        if len(names) == 1:
            club = names.pop()
            return club
        for t in clause:
            if t.text in ctx.home_nouns or t.text in ctx.away_nouns:
                prev = doc[t.i - 1] if t.i > 0 else None
                if prev is not None and prev.text.lower() in ("gegen", "beim", "bei"):
                    continue
                return ctx.team_reference(t)
        club = ctx.club_of(person.kb_id_)
        if club and not own_goal:
            return club
        return None

    # -- assigning to matches and sides -------------------------------------------------------
    def assign(self, mentions: list[GoalMention], current: dict[int, MatchState | None]) -> None:
        ctx = self.ctx
        for mention in mentions:
            sent = mention.sentence
            best, best_score = None, -1.0
            sent_clubs = {m.club for m in ctx.club_mentions(sent)}
            venues = {v.kb_id_ for v in ctx.doc.spans.get("venues", []) if sent.start <= v.start < sent.end}
            for match in ctx.matches:
                score = 0.0
                if mention.team in match.teams:
                    score += 3
                score += 2 * len(sent_clubs & set(match.teams))
                if match.home in venues:
                    score += 2
                if current.get(sent.start) is match:
                    score += 1.5
                if match.main:
                    score += 0.5
                if match.sentence.start <= sent.start:
                    score += 0.25
                if score > best_score:
                    best, best_score = match, score
            mention.match = best
        for match in ctx.matches:
            goals = [g for g in mentions if g.match is match]
            match.goals = self.solve(match, dedupe(goals))

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
            for combo in itertools.product(("home", "away"), repeat=len(unknown)):
                trial = list(sides)
                for k, side in zip(unknown, combo):
                    trial[k] = side
                results.append((self.cost(match, goals, trial, order), combo))
            best_cost = min(c for c, _ in results)
            winners = [combo for c, combo in results if c == best_cost]
            for position, k in enumerate(unknown):
                values = {combo[position] for combo in winners}
                if len(values) == 1:
                    sides[k] = values.pop()
        for g, side in zip(goals, sides):
            g.team = (match.home if side == "home" else match.away) if side else None
        return goals

    def cost(self, match: MatchState, goals: list[GoalMention], sides: list[str], order: list[int]) -> float:
        home = sides.count("home")
        away = sides.count("away")
        cost = 0.0
        total = match.home_goals + match.away_goals
        if len(goals) == total:
            cost += 10 * (abs(home - match.home_goals) + abs(away - match.away_goals))
        else:
            cost += 10 * (max(0, home - match.home_goals) + max(0, away - match.away_goals))
        if match.ht:
            first_half = [k for k in range(len(goals)) if goals[k].minute is not None and goals[k].minute <= 45
                          and not (goals[k].minute == 45 and goals[k].stoppage is None and False)]
            h1 = sum(1 for k in first_half if sides[k] == "home")
            a1 = sum(1 for k in first_half if sides[k] == "away")
            cost += 3 * (max(0, h1 - match.ht[0]) + max(0, a1 - match.ht[1]))
            second_half = [k for k in range(len(goals)) if goals[k].minute is not None and goals[k].minute > 45]
            h2 = sum(1 for k in second_half if sides[k] == "home")
            a2 = sum(1 for k in second_half if sides[k] == "away")
            cost += 3 * (max(0, h2 - (match.home_goals - match.ht[0])) + max(0, a2 - (match.away_goals - match.ht[1])))
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
            running[side] += 1
            stated = goals[k].score_after
            if stated is not None and stated != (running["home"], running["away"]):
                # the text may state it from the away side's view: a smaller doubt than a mismatch
                cost += 0.5 if stated == (running["away"], running["home"]) else 1
        return cost


def ticker_minute(doc, start: int) -> tuple[int, int | None] | None:
    """The minute that opens a ticker line: "19'", "45'+2", "67. Minute:"."""
    if start >= len(doc):
        return None
    first = doc[start]
    nxt = doc[start + 1].text if start + 1 < len(doc) else ""
    if first.text.isdigit() and nxt == "'":
        value = int(first.text)
        return (value, None) if 1 <= value <= 130 else None
    parsed = parse_minute(first.text)
    if parsed and (first.text.endswith("'") or "'" in first.text or nxt in ("Minute", "Min.", ":")):
        return parsed
    return None


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
    for g in sorted(goals, key=lambda g: g.order):
        surname = g.person.split()[-1]
        same = [k for k in kept if k.person.split()[-1] == surname and not g.repeat and
                (k.minute == g.minute or g.minute is None or k.minute is None)]
        if same:
            target = same[0]
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
        kept.append(g)
    return kept
