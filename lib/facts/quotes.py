"""Quotations with their speakers.

The speaker is found where German news puts the attribution: after the quote ("«…»,
resümierte Lieberknecht", "«…», bekräftigte der FCK-Boss"), before it with a colon ("Hengen
sagte: «…»", "…, richtete der Coach den Blick nach vorn: «…»"), or as a pronoun ("sagte er")
that points back to the last speaker or person. Short quoted names and titles ("Kicker",
"Roten Teufel") are not quotations. A quotation without a speaker is left out.
"""
from __future__ import annotations

from bisect import bisect_left

from ..components.anchors import QUOTE_PAIRS
from ..components.tokens import sentence_starts
from ..lexicon import word_set
from .context import ArticleContext, Mark

AFTER_WINDOW = 8
PRONOUNS = {"er", "sie", "Er", "Sie"}
QUOTE_MARKS = frozenset(QUOTE_PAIRS)  # the opening marks fb_anchors pairs
SENTENCE_ENDS = {".", "!", "?"}


class QuoteFinder:
    """Speakers of the article's quotations, read from the token strings (`ctx.texts`) and from
    token positions rather than from spaCy `Token` objects."""

    def __init__(self, ctx: ArticleContext) -> None:
        self.ctx = ctx
        self.say = word_set("say_verbs")
        self.last_speaker: str | None = None
        self.people_starts = ctx.people_starts
        self.opens_sentence = sentence_starts(ctx.doc)

    def text_of(self, quote: Mark) -> str:
        """The quotation's text, cut from the document's text."""
        return self.ctx.text_of(quote.start, quote.end)

    def find_all(self) -> list[dict]:
        ctx = self.ctx
        rows: list[dict] = []
        quotes = ctx.speech
        if not quotes:
            return rows
        for quote in quotes:
            speaker = self._after(quote) or self._before(quote)
            if speaker is None:
                continue
            self.last_speaker = speaker
            sent = ctx.sentence_at(quote.start)
            text = self.text_of(quote)
            inner = text[1:-1].strip() if len(text) >= 2 else text
            quote_start, quote_end = ctx.char_offsets(quote.start, quote.end)
            rows.append({"speaker": speaker, "text": inner, "quote_start": quote_start,
                         "quote_end": quote_end, **ctx.sentence_row(sent)})
        return rows

    def _person_at(self, i: int) -> str | None:
        span = self.ctx.person_at.get(i)
        return span.kb_id_ if span is not None else None

    def _after(self, quote: Mark) -> str | None:
        texts = self.ctx.texts
        i = quote.end
        if i < len(texts) and texts[i] == ",":
            i += 1
        end = min(len(texts), i + AFTER_WINDOW)
        verb_seen = False
        ends_sentence: bool | None = None  # whether the quotation ends with its own full stop
        for j in range(i, end):
            text = texts[j]
            if text in QUOTE_MARKS or text in SENTENCE_ENDS or text.isspace():
                break
            if j in self.opens_sentence:
                if ends_sentence is None:
                    ends_sentence = self.text_of(quote)[:-1].rstrip().endswith((".", "!", "?"))
                if ends_sentence:
                    break  # «… zu mir.» Heidel meinte …: the quotation ended its sentence
            if text in self.say:
                verb_seen = True
                continue
            if verb_seen:
                person = self._person_at(j)
                if person:
                    return person
                if text in PRONOUNS:
                    return self._last_person_before(quote.start) or self.last_speaker
        return None

    def _before(self, quote: Mark) -> str | None:
        """'Hengen sagte: «…»' or '…, bekräftigte der FCK-Boss und blickte voraus: «…»'."""
        ctx = self.ctx
        texts = ctx.texts
        i = quote.start - 1
        if i < 0 or not texts[i].endswith(":"):  # ":" or "):" after a bracketed role
            return None
        start = ctx.sentence_start(quote.start)
        for other in ctx.quotes:  # don't look into an earlier quotation of the same sentence
            if other.end <= quote.start and other.end > start:
                start = other.end
        candidates = ctx.people[bisect_left(self.people_starts, start):bisect_left(self.people_starts, i)]
        if not candidates:
            return None
        for p in reversed(candidates):
            if not self.say.isdisjoint(texts[max(start, p.start - 3): p.end + 3]):
                return p.kb_id_
        named = [p for p in candidates if p.label_ == "PER"]
        return (named or candidates)[0].kb_id_  # the sentence's subject introduces the quotation

    def _last_person_before(self, i: int) -> str | None:
        """'X gab sich kämpferisch. „…“, sagte er.': the person last named outside quotations, in
        the quote's sentence or the one before."""
        earliest = self.ctx.sentence_start(max(self.ctx.sentence_start(i) - 1, 0))  # this sentence or the one before
        people = self.ctx.people
        k = bisect_left(self.people_starts, i) - 1
        while k >= 0 and people[k].start >= earliest:
            if not self.ctx.in_quote[people[k].start]:
                return people[k].kb_id_
            k -= 1
        return None
