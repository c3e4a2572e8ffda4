"""Coach events: appointed, dismissed, resigned, left, candidate, unavailable, interim,
suspended, extended.

A sentence yields an event when it holds a cue of that event (words.json `coach_event_cues`:
"trennte sich von", "beurlaubt", "Kandidat", "nicht zur Verfügung", "gesperrte" ...) and a
person who is a coach: named with a coach role in the article ("Trainer X", "Coach X"),
referred to by one ("der gesperrte Fußball-Lehrer"), or a person who is not known as a player
or official in a sentence about the coaching job ("Trainerposten", "Nachfolger"). A rumour
("soll übernehmen") is a candidacy, not an appointment. Cues inside quotations are speech,
not events. One row per person, club and event in an article.
"""
from __future__ import annotations

from spacy.tokens import Span

from ..lexicon import lower_set, word_set, words
from .context import ArticleContext

EVENT_ORDER = ("unavailable", "dismissed", "resigned", "suspended", "interim", "extended", "appointed", "left",
               "candidate")
CLUB_AFTER_CUE = 5


class Cue:
    """One cue of words.json: 'word', 'a phrase', or 'all+of+these'."""

    def __init__(self, text: str) -> None:
        self.parts = tuple(text.split("+"))

    def match(self, sent_tokens: list[str], sent_text_lower: str) -> int | None:
        """Token offset (in the sentence) of the cue's first part, or None."""
        first = None
        for part in self.parts:
            if " " in part:
                pos = sent_text_lower.find(part.lower())
                if pos == -1:
                    return None
                offset = len(sent_text_lower[:pos].split())
            else:
                try:
                    offset = sent_tokens.index(part)
                except ValueError:
                    return None
            first = offset if first is None else first
        return first


class CoachEventFinder:
    def __init__(self, ctx: ArticleContext) -> None:
        self.ctx = ctx
        self.cues = {event: [Cue(c) for c in cues] for event, cues in words()["coach_event_cues"].items()}
        self.topic = word_set("coach_topic_words")
        self.topic_suffixes = ("trainer", "coach", "trainerposten", "trainersuche")
        self.rumour = word_set("rumour_words")
        self.predecessor = word_set("predecessor_words")

    def find(self, sent: Span) -> list[dict]:
        ctx = self.ctx
        tokens = [t for t in sent if not ctx.in_quote[t.i]]
        if not tokens:
            return []
        texts = [t.text for t in tokens]
        lower_text = " ".join(texts).lower()
        events: list[tuple[str, int]] = []
        for event, cues in self.cues.items():
            for cue in cues:
                offset = cue.match(texts, lower_text)
                if offset is not None:
                    events.append((event, tokens[min(offset, len(tokens) - 1)].i))
                    break
        if not events:
            return []
        is_rumour = any(t in self.rumour for t in texts)
        topical = any(t in self.topic or t.lower().endswith(self.topic_suffixes) for t in texts)
        people = [p for p in ctx.people_in(sent)]
        rows = []
        for event, cue_i in events:
            if event == "appointed" and is_rumour:
                event = "candidate"
            person = self._person(people, cue_i, event, topical, sent)
            if person is None:
                continue
            club = self._club(sent, cue_i, person, event)
            rows.append({"person": person, "club": club, "event": event, "date": ctx.date_in(sent)})
        return rows

    def _person(self, people: list[Span], cue_i: int, event: str, topical: bool, sent: Span) -> str | None:
        ctx = self.ctx
        doc = ctx.doc
        best, distance = None, 10**6
        for p in people:
            name = p.kb_id_
            role = ctx.role_of(name)
            if role in ("official", "referee"):
                continue
            if role == "player" and not topical:
                continue
            if role is None and not topical:
                continue
            before = doc[max(sent.start, p.start - 3):p.start]
            if event in ("appointed", "candidate") and any(t.text in self.predecessor for t in before):
                continue  # "als Nachfolger von X": X is the predecessor
            d = abs(p.start - cue_i) - (3 if role == "coach" else 0)
            if d < distance:
                best, distance = name, d
        return best

    def _club(self, sent: Span, cue_i: int, person: str, event: str) -> str | None:
        ctx = self.ctx
        doc = ctx.doc
        mentions = [m for m in ctx.club_mentions(sent) if m.label != "CITY"]
        for m in mentions:  # "seinem Aus beim FC Augsburg", "Trainer beim FCK"
            if 0 < m.start - cue_i <= CLUB_AFTER_CUE and m.preposition in ("beim", "bei", "von", "vom", "in", "für"):
                if not self._under_contract(m):
                    return m.club
        candidates = [m for m in mentions if not self._under_contract(m) and m.preposition not in ("gegen",)]
        if event in ("candidate", "unavailable", "appointed", "interim"):
            for m in candidates:
                if m.preposition in ("beim", "bei", "für") or m.preposition is None:
                    return m.club
        else:
            for m in candidates:
                if m.preposition in (None, "beim", "bei", "von", "vom"):
                    return m.club
        return ctx.club_of(person) or ctx.focus_club

    def _under_contract(self, mention) -> bool:
        doc = self.ctx.doc
        after = doc[mention.end: min(len(doc), mention.end + 3)].text
        return "unter Vertrag" in after


def consolidate(rows: list[dict]) -> list[dict]:
    """One row per (person, club, event); a refusal or appointment makes a candidacy redundant."""
    seen: dict[tuple, dict] = {}
    for row in rows:
        key = (row["person"], row["club"], row["event"])
        if key not in seen:
            seen[key] = row
        elif not seen[key].get("date") and row.get("date"):
            seen[key]["date"] = row["date"]
    decided = {(r["person"], r["club"]) for r in seen.values() if r["event"] in ("unavailable", "appointed")}
    return [r for r in seen.values() if not (r["event"] == "candidate" and (r["person"], r["club"]) in decided)]
