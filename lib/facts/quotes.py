"""Quotations with their speakers.

The speaker is found where German news puts the attribution: after the quote ("«…»,
resümierte Lieberknecht", "«…», bekräftigte der FCK-Boss"), before it with a colon ("Hengen
sagte: «…»", "…, richtete der Coach den Blick nach vorn: «…»"), or as a pronoun ("sagte er")
that points back to the last speaker or person. Short quoted names and titles ("Kicker",
"Roten Teufel") are not quotations. A quotation without a speaker is left out.
"""
from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Span

from ..components.anchors import quote_words
from ..lexicon import word_set
from .context import MIN_QUOTE_WORDS as MIN_WORDS, ArticleContext

AFTER_WINDOW = 8
PRONOUNS = {"er", "sie", "Er", "Sie"}


class QuoteFinder:
    def __init__(self, ctx: ArticleContext) -> None:
        self.ctx = ctx
        self.say = word_set("say_verbs")
        self.last_speaker: str | None = None

    def find_all(self) -> list[dict]:
        ctx = self.ctx
        rows = []
        for quote in ctx.quotes:
            if quote_words(quote) < MIN_WORDS:
                continue
            speaker = self._after(quote) or self._before(quote)
            if speaker is None:
                continue
            self.last_speaker = speaker
            sent = ctx.doc[quote.start].sent
            inner = quote.text[1:-1].strip() if len(quote.text) >= 2 else quote.text
            rows.append({"speaker": speaker, "text": inner, "quote_start": quote.start_char,
                         "quote_end": quote.end_char, **ctx.sentence_row(sent)})
        return rows

    def _person_at(self, i: int) -> str | None:
        span = self.ctx.person_at.get(i)
        return span.kb_id_ if span is not None else None

    def _after(self, quote: Span) -> str | None:
        doc = self.ctx.doc
        i = quote.end
        if i < len(doc) and doc[i].text == ",":
            i += 1
        end = min(len(doc), i + AFTER_WINDOW)
        verb_seen = False
        for j in range(i, end):
            token = doc[j]
            if token.text in ("«", "»", "„", "“", '"') or token.text in (".", "!", "?") or token.is_space:
                break
            if token.is_sent_start and quote.text[:-1].rstrip().endswith((".", "!", "?")):
                break  # «… zu mir.» Heidel meinte …: the quotation ended its sentence
            if token.text in self.say:
                verb_seen = True
                continue
            if verb_seen:
                person = self._person_at(j)
                if person:
                    return person
                if token.text in PRONOUNS:
                    return self._last_person_before(quote.start) or self.last_speaker
        return None

    def _before(self, quote: Span) -> str | None:
        """'Hengen sagte: «…»' or '…, bekräftigte der FCK-Boss und blickte voraus: «…»'."""
        doc = self.ctx.doc
        i = quote.start - 1
        if i < 0 or not doc[i].text.endswith(":"):  # ":" or "):" after a bracketed role
            return None
        sent = doc[quote.start].sent
        start = sent.start
        for other in self.ctx.quotes:  # don't look into an earlier quotation of the same sentence
            if other.end <= quote.start and other.end > start:
                start = other.end
        candidates = self.ctx.people[bisect_left(self.ctx._people_starts, start):bisect_left(self.ctx._people_starts, i)]
        if not candidates:
            return None
        for p in reversed(candidates):
            if any(t.text in self.say for t in doc[max(start, p.start - 3): p.end + 3]):
                return p.kb_id_
        named = [p for p in candidates if p.label_ == "PER"]
        return (named or candidates)[0].kb_id_  # the sentence's subject introduces the quotation

    def _last_person_before(self, i: int) -> str | None:
        """'X gab sich kämpferisch. „…“, sagte er.': the person last named outside quotations, in
        the quote's sentence or the one before."""
        doc = self.ctx.doc
        sent = doc[i].sent
        earliest = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        people = self.ctx.people
        k = bisect_left(self.ctx._people_starts, i) - 1
        while k >= 0 and people[k].start >= earliest:
            if not self.ctx.in_quote[people[k].start]:
                return people[k].kb_id_
            k -= 1
        return None
