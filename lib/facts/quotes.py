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

PARTICIPLE_WINDOW = 20  # tokens from 'wird' to 'zitiert'
AFTER_WINDOW = 8
QUOTE_MARKS = frozenset(QUOTE_PAIRS)  # the opening marks fb_anchors pairs
QUOTE_MARK_CHARS = frozenset(QUOTE_PAIRS) | frozenset(QUOTE_PAIRS.values())
SENTENCE_ENDS = {".", "!", "?"}


class QuoteFinder:
    """Speakers of the article's quotations, read from the token strings (`ctx.texts`) and from
    token positions rather than from spaCy `Token` objects."""

    def __init__(self, ctx: ArticleContext) -> None:
        self.ctx = ctx
        self.say = word_set("say_verbs")
        # "«…», wird X (in der Mitteilung) zitiert": an auxiliary right after the quote, its participle later
        self.auxiliaries, self.participles = word_set("quote_auxiliaries"), word_set("quote_participles")
        self.first_person = word_set("first_person_words")
        self.reported = word_set("reported_speech_verbs")
        self.label_prepositions = word_set("speaker_line_prepositions")
        self.pronouns = word_set("speaker_pronouns")  # "sagte er": the last speaker or person
        self.possessives = word_set("third_person_possessives")
        self.elided_openers = word_set("elided_subject_openers")  # "Und fügte hinzu: «…»"
        self.prepositions = word_set("prepositions")  # all lower case
        self.not_verbs = self.prepositions | word_set("definite_articles") | word_set("clause_subordinators")
        self.last_speaker: str | None = None
        self.people_starts = ctx.people_starts
        self.opens_sentence = sentence_starts(ctx.doc)

    def text_of(self, quote: Mark) -> str:
        """The quotation's text, cut from the document's text."""
        return self.ctx.text_of(quote.start, quote.end)

    def find_all(self) -> list[dict]:
        ctx = self.ctx
        rows: list[dict] = []
        lines = self._speaker_lines()
        quotes = sorted(ctx.speech + list(lines))
        if not quotes:
            return rows
        previous: tuple[Mark, str] | None = None  # the last quotation read, with its speaker if it has one
        for quote in quotes:
            marked = quote not in lines
            if marked:
                speaker = self._after(quote) or self._before(quote) or self._continued(quote, previous) or \
                    self._introduced(quote)
            else:
                speaker = lines[quote]
            previous = (quote, speaker)
            if speaker is None:
                continue
            self.last_speaker = speaker
            sent = ctx.sentence_at(quote.start)
            text = self.text_of(quote)
            inner = (text[1:-1].strip() if len(text) >= 2 else text) if marked else text.strip()
            quote_start, quote_end = ctx.char_offsets(quote.start, quote.end)
            rows.append({"speaker": speaker, "text": inner, "quote_start": quote_start,
                         "quote_end": quote_end, **ctx.sentence_row(sent)})
        return rows

    def _speaker_lines(self) -> dict[Mark, str]:
        """Speech without quotation marks in the layout of interviews and 'voices of the match':
        a line opening with a person's name (maybe a bracketed role and 'am Sky-Mikrofon') and a
        colon, the words after it on that line or the next ('Jan Hofer: Wir waren heute ...').
        Only where the words are speech: in the first person and without quotation marks of
        their own, so that box lines ('Tore: ...') and tickers are no quotations."""
        ctx = self.ctx
        texts = ctx.texts
        n = len(texts)
        found: dict[Mark, str] = {}
        for p in ctx.people:
            i = p.start
            if p.label_ != "PER" or (i > 0 and "\n" not in texts[i - 1]) or ctx.in_quote[i]:
                continue
            k = self._after_speaker_label(p.end)
            if k is None:
                continue
            while k < n and texts[k].isspace() and "\n\n" not in texts[k]:
                k += 1  # the words may start on the next line
            end = k
            while end < n and "\n" not in texts[end]:
                end += 1
            words = texts[k:end]
            if end - k < 3 or any(QUOTE_MARK_CHARS.intersection(w) for w in words) \
                    or self.first_person.isdisjoint(w.lower() for w in words):
                continue
            found[Mark(k, end, "QUOTE", "")] = p.kb_id_
        return found

    def _after_speaker_label(self, k: int) -> int | None:
        """Position after the colon of a speaker label that continues at k after the name: ':',
        ' (Trainer VfL Wolfsburg):', ' (Kapitän) am Sky-Mikrofon:'; None where no such label."""
        texts = self.ctx.texts
        n = len(texts)
        if k < n and texts[k] == "(":
            close = next((j for j in range(k + 1, min(n, k + 12)) if texts[j] == ")"), None)
            if close is None:
                return None
            k = close + 1
        if k < n and texts[k] in self.label_prepositions:
            colon = next((j for j in range(k + 1, min(n, k + 5)) if texts[j] == ":" or not texts[j].strip()
                          or texts[j] in SENTENCE_ENDS), None)
            if colon is None or texts[colon] != ":":
                return None
            k = colon
        if k < n and texts[k] == ":":
            return k + 1
        return None

    def _continued(self, quote: Mark, previous: tuple[Mark, str | None] | None) -> str | None:
        """'«…», meinte Poulsen. «…»': a quotation opening a sentence right after the last one goes
        on with its speaker, within the paragraph, when nobody else is named in between and what
        stands in between is the attribution and at most one sentence of reported speech
        ('Die Lage habe keinen anderen Schluss zugelassen.')."""
        if previous is None or previous[1] is None:
            return None
        ctx = self.ctx
        texts = ctx.texts
        before, speaker = previous
        if quote.start not in self.opens_sentence or (quote.start > 0 and texts[quote.start - 1].endswith(":")):
            return None
        gap = range(before.end, quote.start)
        if any("\n" in texts[j] for j in gap):
            return None
        openings = [j for j in gap if j in self.opens_sentence]
        if len(openings) > 1:
            return None
        # others named in the attribution's own sentence are no new speaker ('..., räumte X ein, der die
        # Nachfolge des beurlaubten Y angetreten hatte. «…»'); named in a sentence after it, they may be
        attribution_end = openings[0] if openings else quote.start
        for p in ctx.people[bisect_left(self.people_starts, before.end):bisect_left(self.people_starts, quote.start)]:
            if p.kb_id_ != speaker and p.start >= attribution_end:
                return None
        if openings and self.reported.isdisjoint(between := texts[openings[0]:quote.start]) \
                and self.pronouns.isdisjoint(between):
            return None  # a sentence of the writer's own in between (not 'Den Gegner schätzt er hoch ein.')
        return speaker

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
            if text in self.say or (j == i and text in self.auxiliaries and self._participle_follows(i)):
                verb_seen = True
                continue
            if verb_seen:
                person = self._person_at(j)
                if person:
                    return person
                if text in self.pronouns:
                    return self._last_person_before(quote.start) or self.last_speaker
        return None

    def _participle_follows(self, i: int) -> bool:
        """'wird X in der Aussendung des Vereins zitiert': a participle of citing closes the clause
        opening at i (not 'wurde X von den Fans gefeiert')."""
        texts = self.ctx.texts
        for j in range(i, min(len(texts), i + PARTICIPLE_WINDOW)):
            if texts[j] in SENTENCE_ENDS or texts[j] in QUOTE_MARKS:
                return False
            if texts[j] in self.participles:
                return True
        return False

    def _before(self, quote: Mark) -> str | None:
        """'Hengen sagte: «…»' or '…, bekräftigte der FCK-Boss und blickte voraus: «…»'."""
        ctx = self.ctx
        texts = ctx.texts
        i = quote.start - 1
        if i < 0 or not texts[i].endswith(":"):  # ":" or "):" after a bracketed role
            return None
        sentence_start = start = ctx.sentence_start(quote.start)
        for other in ctx.quotes:  # don't look into an earlier quotation of the same sentence
            if other.end <= quote.start and other.end > start:
                start = other.end
        candidates = [p for p in ctx.people[bisect_left(self.people_starts, start):bisect_left(self.people_starts, i)]
                      if not self._governed(p, start)]
        if not candidates and start > sentence_start:
            # "X sprach von einem «brutalen Abend»: «…»": the speaker of a quoted word in the same clause
            speaker = self._speaker_before_fragment(sentence_start, start)
            if speaker is not None:
                return speaker
        if not candidates:  # nobody, or only people after a preposition ('Über den jungen Torschützen geriet er ...')
            return self._pronoun_subject(start, i, quote.start)
        for p in reversed(candidates):
            if not self.say.isdisjoint(texts[max(start, p.start - 3): p.end + 3]):
                return p.kb_id_
        named = [p for p in candidates if p.label_ == "PER"]
        return (named or candidates)[0].kb_id_  # the sentence's subject introduces the quotation

    def _speaker_before_fragment(self, start: int, fragment_end: int) -> str | None:
        """The person with a verb of saying before a quoted fragment that ends at `fragment_end`
        and is followed right away by the colon."""
        ctx = self.ctx
        texts = ctx.texts
        if fragment_end >= len(texts) or not texts[fragment_end].startswith(":"):
            return None
        people = ctx.people[bisect_left(self.people_starts, start):bisect_left(self.people_starts, fragment_end)]
        for p in reversed(people):
            if not ctx.in_quote[p.start] and not self.say.isdisjoint(texts[p.end:min(fragment_end, p.end + 3)]):
                return p.kb_id_
        return None

    def _pronoun_subject(self, start: int, colon: int, quote_start: int) -> str | None:
        """'Er verwies auf die Wochen davor: «…»', '…, sagte er: «…»': a pronoun opening the sentence or
        after a verb of saying points back to the person last named."""
        texts = self.ctx.texts
        first = next((j for j in range(start, colon) if not texts[j].isspace() and not self.ctx.in_quote[j]), None)
        if first is None:
            return None
        pronouns = self.pronouns
        # "Sein Fazit: „…“" (a possessive, a noun, the colon): the person named last
        opens_with_pronoun = texts[first] in pronouns or (texts[first] in self.possessives and colon == first + 2)
        if texts[first] in self.elided_openers and first + 1 < colon and texts[first + 1] in self.say \
                and all(texts[j].islower() for j in range(first + 2, colon)):
            return self.last_speaker  # "…«, sagte X. Und fügte hinzu: «…»": the speaker goes on
        if opens_with_pronoun or any(texts[j] in pronouns and (texts[j - 1] in self.say or self._after_verb(j - 1))
                                     for j in range(first + 1, colon)):
            return self._last_person_before(quote_start) or self.last_speaker
        return None

    def _governed(self, p: Mark, start: int) -> bool:
        """A person after a preposition, maybe with a title between ('für Stürmer X')."""
        k = p.start - 1
        if k > start and self.ctx.texts[k][:1].isupper() and not self._preposition(k, start):
            k -= 1  # "für Stürmer Michael Gregoritsch"
        return k >= start and p.start > start and self._preposition(k, start)

    def _preposition(self, k: int, sentence_start: int) -> bool:
        """A preposition at k ('über', or 'Über' opening the sentence; not the noun 'Gegenüber')."""
        text = self.ctx.texts[k]
        opens = k == sentence_start or self.ctx.texts[k - 1] in SENTENCE_ENDS
        return text in self.prepositions or (opens and text.lower() in self.prepositions)

    def _after_verb(self, k: int) -> bool:
        """'Dem Schiedsrichter mochte er keinen Vorwurf machen:': a pronoun after an inflected
        verb (a lower-case word that is no preposition, article or conjunction) is its subject."""
        text = self.ctx.texts[k]
        return text.isalpha() and text.islower() and text not in self.not_verbs

    def _introduced(self, quote: Mark) -> str | None:
        """'Trainer X gab zu, dass sein Team Glück gehabt habe. «Wir …»': a quotation standing
        alone right after a sentence in which one person, and nobody else, says something."""
        ctx = self.ctx
        texts = ctx.texts
        if quote.start not in self.opens_sentence or quote.start == 0:
            return None
        before = ctx.sentence_at(quote.start - 1)
        if any("\n" in texts[j] for j in range(before.end, quote.start)) or ctx.in_quote.find(1, before.start, before.end) != -1:
            return None  # another paragraph, or a sentence with a quotation of its own
        words = texts[before.start:before.end]
        if self.say.isdisjoint(words) and self.reported.isdisjoint(words):
            return None
        people = {p.kb_id_ for p in ctx.people[bisect_left(self.people_starts, before.start):
                                               bisect_left(self.people_starts, before.end)]}
        return next(iter(people)) if len(people) == 1 else None

    def _last_person_before(self, i: int) -> str | None:
        """'X gab sich kämpferisch. „…“, sagte er.': the person last named outside quotations, in
        the quote's sentence or the one before, and not after a preposition ('Über den jungen
        Torschützen geriet er ins Schwärmen': not the scorer)."""
        ctx = self.ctx
        earliest = ctx.sentence_start(max(ctx.sentence_start(i) - 1, 0))  # this sentence or the one before
        people = ctx.people
        k = bisect_left(self.people_starts, i) - 1
        while k >= 0 and people[k].start >= earliest:
            start = people[k].start
            if not ctx.in_quote[start] and not self._governed(people[k], ctx.sentence_start(start)) \
                    and not self._object(people[k]):
                return people[k].kb_id_
            k -= 1
        return None

    def _object(self, p: Mark) -> bool:
        """'X hält wenig davon, den Routinier ... zu reduzieren': a reference in the accusative or
        dative ('den', 'dem') is an object, not who 'er' goes on speaking as."""
        texts = self.ctx.texts
        return p.label_ == "ROLE_REF" and texts[p.start] in ("den", "dem", "einen", "einem")
