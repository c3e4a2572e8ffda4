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

from functools import cache, cached_property
from itertools import compress, count

from ..components.anchors import is_score
from ..components.people import AGE
from ..components.tokens import Memo, positions_of
from ..lexicon import lower_set, word_list, word_set, words
from .context import ArticleContext, ClubMention, Mark, Sentence, cached, clause_end_of, clause_start_of

CLUB_AFTER_CUE = 5
ENDED_EVENTS = ("dismissed", "left", "resigned")  # events that open a vacancy: the previous club is where a job ended
SEARCH_EVENTS = ("candidate", "unavailable")  # events about a club's search for a coach
SUBJECT_EVENTS = ("appointed", "interim", "extended", "resigned")  # events whose person is the sentence's subject


CLAUSE_ENDS = frozenset({".", ",", ";", ":", "!", "?", "–", "-", ")", "und", "oder", "«", "»", "“", "”", '"'})


class Cue:
    """One cue of words.json: 'word', 'a phrase', or 'all+of+these'. A last part that is a
    separable particle ('stellte+vor') must close its clause: 'stellte ihn am Montag vor.', not
    'stellte ... vor eigenem Publikum frei'."""

    def __init__(self, text: str, particles: frozenset[str] = frozenset()) -> None:
        self.parts = tuple(text.split("+"))
        self.words = frozenset(part for part in self.parts if " " not in part)  # tokens a sentence needs
        self.particle = self.parts[-1] if len(self.parts) > 1 and self.parts[-1] in particles else None

    def match(self, sent_tokens: list[str], sent_text_lower: str) -> int | None:
        """Token offset (in the sentence) of the cue's first part, or None."""
        first = None
        if self.particle is not None and not self._particle_closes_clause(sent_tokens):
            return None
        for part in self.parts:
            if " " in part:  # whole tokens only: "seinem Aus", not "seinem Ausgleich"
                pos = f" {sent_text_lower} ".find(f" {part.lower()} ")
                if pos == -1:
                    return None
                offset = sent_text_lower.count(" ", 0, pos)  # tokens are joined by one space each
            else:
                try:
                    offset = sent_tokens.index(part)
                except ValueError:
                    return None
            first = offset if first is None else first
        return first

    def _particle_closes_clause(self, sent_tokens: list[str]) -> bool:
        try:
            verb = sent_tokens.index(self.parts[0]) if " " not in self.parts[0] else 0
        except ValueError:
            return False
        last = len(sent_tokens) - 1
        return any(text == self.particle and (k == last or sent_tokens[k + 1] in CLAUSE_ENDS
                                                      or sent_tokens[k + 1].isspace())
                   for k, text in enumerate(sent_tokens) if k > verb)


@cache
def cue_index() -> tuple[dict[str, list[tuple[str, Cue]]], dict[str, list[tuple[str, Cue]]]]:
    """Cues by a word they need: exact token -> cues, lower-cased first word of a phrase -> cues."""
    by_token: dict[str, list[tuple[str, Cue]]] = {}
    by_phrase: dict[str, list[tuple[str, Cue]]] = {}
    particles = word_set("separable_particles")
    for event, cues in words()["coach_event_cues"].items():
        for text in cues:
            cue = Cue(text, particles)
            single = [part for part in cue.parts if " " not in part]
            if single:
                by_token.setdefault(single[0], []).append((event, cue))
            else:
                by_phrase.setdefault(cue.parts[0].split()[0].lower(), []).append((event, cue))
    return by_token, by_phrase


@cache
def left_negative_cues() -> tuple[Cue, ...]:
    """'schloss ... aus', 'dementiert': a departure ruled out."""
    particles = word_set("separable_particles")
    return tuple(Cue(text, particles) for text in words()["left_negative_cues"])


@cache
def dismissal_denied_cues() -> tuple[Cue, ...]:
    """'wies ... zurück', 'dementierte': reports of a sacking denied, so nobody is dismissed (a rumour
    that a club 'denkt über eine Trennung nach' still tells the sacking to come)."""
    particles = word_set("separable_particles")
    return tuple(Cue(text, particles) for text in words()["dismissal_denied_cues"])


@cache
def cue_phrases() -> tuple[str, ...]:
    """The first phrase of every phrase cue, lower-cased: a text that holds none of them
    matches no phrase cue."""
    return tuple(sorted({cue.parts[0].lower() for cues in cue_index()[1].values() for _, cue in cues}))


def cue_phrases_in(lower_text: str, phrases: tuple[str, ...]) -> tuple[str, ...]:
    """Those of the phrases (of `cue_phrases`) that a lower-cased text holds."""
    return tuple([phrase for phrase in phrases if phrase in lower_text])


@cache
def phrase_words() -> dict[str, tuple[str, ...]]:
    """The words of each of `cue_phrases`."""
    return {phrase: tuple(phrase.split()) for phrase in cue_phrases()}


@cache
def phrase_openers() -> Memo:
    """Token text -> the phrases of `phrase_words` whose first word ends the lower-cased text
    ('neuer' ends 'neuer' and 'erneuer'): where such a phrase may start."""
    first_words = [(phrase, words[0]) for phrase, words in phrase_words().items()]
    return Memo(lambda text: tuple([phrase for phrase, first in first_words if text.lower().endswith(first)]))


def cue_phrases_in_tokens(tokens: list[str]) -> tuple[str, ...]:
    """`cue_phrases` that `" ".join(tokens).lower()` holds, in that order, read token by token.

    Tokens hold no white space, or only white space, so the spaces of a phrase found in the joined
    text are those between tokens: its first word ends a token, its middle words are whole tokens
    and its last word starts the token after them (all lower-cased). Looking at the few tokens a
    phrase may start at is much cheaper than a search of the joined text for every phrase.
    """
    openers, words_of = phrase_openers(), phrase_words()
    found: set[str] = set()
    for a in compress(count(), map(openers.__getitem__, tokens)):
        for phrase in openers[tokens[a]]:
            words = words_of[phrase]
            following = tokens[a + 1:a + len(words)]
            if len(following) == len(words) - 1 and following[-1].lower().startswith(words[-1]) \
                    and all(token.lower() == word for token, word in zip(following[:-1], words[1:-1])):
                found.add(phrase)
    return tuple(phrase for phrase in cue_phrases() if phrase in found) if found else ()


@cache
def cue_words() -> frozenset[str]:
    """The words under which `cue_index` files token cues."""
    return frozenset(cue_index()[0])


@cache
def topical_word() -> Memo:
    """Token text -> whether it speaks of the coaching job: 'Trainer', 'Cheftrainer', 'Nachfolger'."""
    topic, suffixes = word_set("coach_topic_words"), tuple(sorted(lower_set("coach_topic_suffixes")))
    return Memo(lambda text: text in topic or text.lower().endswith(suffixes))


NOT_QUOTED = bytes.maketrans(b"\x00\x01", b"\x01\x00")  # `in_quote` flags -> outside-quotation flags


class CoachEventFinder:
    """Coach events sentence by sentence.

    Cues are rare: most articles hold no cue at all, so the finder first asks which cues the
    words of the whole article (outside quotations) allow, and looks for cues in a sentence only
    when some are possible and the sentence has their words: a token filing a possible cue, or
    one of the cue phrases the article holds (a sentence's words outside quotations, joined, are
    a part of the article's words outside quotations, joined).
    """

    def __init__(self, ctx: ArticleContext) -> None:
        self.ctx = ctx
        self._cues_cache: dict[Sentence, tuple[list[tuple[str, int]], list[str]]] = {}  # by sentence or clause
        self.successor_nouns = word_set("successor_nouns_after_als")  # "X als Nachfolger", "X als neuen Trainer"
        self.new_words = word_set("new_adjectives")  # "als neuen Cheftrainer"
        self.not_main_clause = lower_set("relative_pronouns") | lower_set("clause_subordinators")  # ", der ...", ", als ..."
        self.topic = word_set("coach_topic_words")
        self.phrase_continuations = word_set("prepositions") | word_set("noun_phrase_determiners")
        self.during = word_set("during_words")  # "Während der Sperre": the time of someone else's suspension
        self.rumour = word_set("rumour_words")
        self.predecessor = word_set("predecessor_words")
        self.follow_verbs = word_set("follow_verbs")  # "X folgt auf Y": Y came before
        self.replace_verbs = word_set("replace_verbs")  # "X hatte Y beerbt": the object came before
        self.takeover_verbs = word_set("takeover_verbs")  # "der das Amt im November von X übernommen hatte"
        self.transfer_cues = word_set("coach_transfer_cues")
        self.signing_words = word_set("contract_signing_words")  # "unterschrieb": a new job, or a new contract
        self.previous_club = word_set("previous_club_words") | word_set("former_words")
        self.vacancy: str | None = None  # the club whose coach left last: the one rumours are about
        self.clubs_of_events: dict[str, str] = {}  # person -> club of his latest event in the article
        self.dismissal_negative = word_set("dismissal_negative_words")
        self.weak_interim, self.staying_verbs = word_set("interim_weak_cues"), word_set("staying_verbs")
        self.articles = word_set("definite_articles")
        self.dismissal_negative_phrases = tuple(w.lower() for w in self.dismissal_negative if " " in w)  # "vor der Entlassung"
        self.strong_cues = word_set("strong_coach_cues")
        self.appointed_negative = word_set("appointed_negative_words")
        self.left_negative = left_negative_cues()
        self.dismissal_denied = dismissal_denied_cues()
        self.extended_negative = word_list("extended_negative_phrases")
        self.contract_nouns = word_set("contract_nouns")  # 'Vertrag', 'Kontrakt': the object of an extension
        self.transfer_fee_words = word_set("transfer_fee_words")  # 'Ablöse', 'ablösefrei': a player's move
        self.player_roles = word_set("player_roles")
        self.player_reference_heads = frozenset(words()["role_reference_heads"]["player"])  # not "der Belgier"
        self.player_role_suffixes = tuple(sorted(word_set("player_role_suffixes")))
        self.role_words = word_set("coach_roles") | self.player_roles | self.topic
        self.office_suffixes = tuple(lower_set("official_role_suffixes") | lower_set("coach_role_suffixes"))
        self.relative_pronouns = word_set("relative_pronouns")  # "X, der nach seiner Gelbsperre zurückkehrt"
        self.object_prepositions = lower_set("coach_event_object_prepositions")  # "Mit X muss auch Y gehen"
        self.helper_participles = word_set("helper_participles")  # "unterstützt von Co-Trainer Y"
        self.prepositions = word_set("prepositions")  # all lower case: "nach dem Foul an Y"
        self.person_pronouns = word_set("coach_pronouns")  # "beförderte ihn zum Cheftrainer"
        self.head_coach_titles = word_set("head_coach_titles")  # "zum Cheftrainer befördert"
        self._cue_words, self._cue_phrases = self._possible_cues()
        self._any_cue_possible = bool(self._cue_words or self._cue_phrases)
        self._cue_sentences = self._sentences_with_cue_words()
        # starts of the sentences that may hold a cue: `find` finds nothing in the others
        self.candidate_starts: set[int] = set(ctx.sentence_starts) if self._cue_phrases else self._cue_sentences
        self.coach_article = self._about_coaching()

    def _possible_cues(self) -> tuple[frozenset[str], tuple[str, ...]]:
        """The words filing token cues whose words all occur in the article, and the cue phrases
        that occur. Both count only words outside quotations (and the sentence openers written
        in lower case, as `cues_in` reads them), so a sentence has no other cues."""
        ctx = self.ctx
        in_quote = ctx.in_quote
        quoted = in_quote.find(1) != -1
        free = list(compress(ctx.texts, in_quote.translate(NOT_QUOTED))) if quoted else ctx.texts
        present = set(free)
        present.update([opener for _, opener in self._lowered_openers])  # "Interimsweise ..." counts as "interimsweise"
        by_token = cue_index()[0]
        words = frozenset(word for word in cue_words() & present
                          if any(cue.words <= present for _, cue in by_token[word]))
        return words, cue_phrases_in_tokens(free)

    def _sentences_with_cue_words(self) -> set[int]:
        """Starts of the sentences with a token outside quotations that files a possible token cue,
        as written or, for the sentence's opener, in lower case: other sentences hold no token cue."""
        ctx = self.ctx
        texts, in_quote = ctx.texts, ctx.in_quote
        cue_words = self._cue_words
        if not cue_words:
            return set()
        found = {ctx.sentence_start(i) for i in positions_of(texts, cue_words) if not in_quote[i]}
        found.update([ctx.sentence_start(first) for first, opener in self._lowered_openers if opener in cue_words])
        return found

    @cached
    def _lowered_openers(self) -> list[tuple[int, str]]:
        """The first word outside quotations of every sentence, with its first letter in lower case,
        and its position (sentences follow each other without gaps, so each ends where the next starts)."""
        ctx = self.ctx
        texts, in_quote, starts = ctx.texts, ctx.in_quote, ctx.sentence_starts
        if in_quote.find(1) == -1:
            firsts = starts
        else:
            ends = starts[1:] + [len(texts)]
            firsts = [first for start, end in zip(starts, ends) if (first := in_quote.find(0, start, end)) != -1]
        return [(first, (opener := texts[first])[:1].lower() + opener[1:]) for first in firsts]

    def _may_hold_cue(self, present: set[str], lower_text: str) -> bool:
        """Whether a sentence with these words (outside quotations) can match any cue: all the
        words of a cue filed under a token, or the first phrase of a phrase cue."""
        by_token = cue_index()[0]
        for word in present & self._cue_words:
            if any(cue.words <= present for _, cue in by_token[word]):
                return True
        return bool(self._cue_phrases) and bool(cue_phrases_in(lower_text, self._cue_phrases))

    def _about_coaching(self) -> bool:
        """Coach news: some sentence has an event cue and speaks of the coaching job or of a coach."""
        ctx = self.ctx
        if not self._any_cue_possible:
            return False
        candidates = self.candidate_starts
        for sent in ctx.sentences:
            if sent.start not in candidates:
                continue  # no cue
            events, texts = self.cues_in(sent)
            if events and (self.is_topical(texts) or any(ctx.role_of(p.kb_id_) == "coach" for p in ctx.people_in(sent))):
                return True
        return False

    def cues_in(self, sent: Sentence) -> tuple[list[tuple[str, int]], list[str]]:
        """The event cues of a sentence (outside quotations) with their token positions, and its
        words (left empty when it has no cue)."""
        cached = self._cues_cache.get(sent)
        if cached is None:
            cached = self._cues_cache[sent] = self._find_cues(sent)
        return cached

    def _find_cues(self, sent: Sentence) -> tuple[list[tuple[str, int]], list[str]]:
        ctx = self.ctx
        start, end = sent.start, sent.end
        if ctx.sentence_start(start) not in self.candidate_starts:
            return [], []  # the common case: no word of a possible cue
        if ctx.in_quote.find(1, start, end) == -1:
            positions = range(start, end)
            texts = ctx.texts[start:end]
        else:
            positions = [i for i in range(start, end) if not ctx.in_quote[i]]
            texts = [ctx.texts[i] for i in positions]
        names = [p for p in ctx.people_in(sent) if p.label_ == "PER" and p.end - p.start > 1]
        if names:  # a surname is no cue: "sagte Trainer Aziz Korb" holds no "Korb" (a refusal)
            named = {i for p in names for i in range(p.start + 1, p.end)}
            texts = ["" if i in named else text for i, text in zip(positions, texts)]
        by_token, by_phrase = cue_index()
        if texts:  # a cue opening the sentence is capitalised: "Interimsweise übernimmt ..."
            texts[0] = texts[0][:1].lower() + texts[0][1:] if texts[0][1:2].islower() and texts[0][:1].lower() + \
                texts[0][1:] in by_token else texts[0]
        present = set(texts)
        lower_text = " ".join(["" if text.isspace() else text for text in texts]).lower()
        if not self._may_hold_cue(present, lower_text):  # candidate_starts is empty when no cue is possible
            return [], texts  # the common case: most sentences hold no word or phrase of any cue
        # candidates in sentence order, so the result never depends on set order
        candidates = [c for w in dict.fromkeys(texts) if w in by_token for c in by_token[w]]
        if self._cue_phrases:  # a phrase cue needs its first phrase, which the article then holds
            candidates += [c for w in dict.fromkeys(t.lower() for t in texts) if w in by_phrase for c in by_phrase[w]]
        events: list[tuple[str, int]] = []
        if candidates:
            seen: set[str] = set()
            for event, cue in candidates:
                if event in seen:
                    continue
                offset = cue.match(texts, lower_text)
                if offset is not None:
                    events.append((event, positions[min(offset, len(positions) - 1)]))
                    seen.add(event)
            if present & self.appointed_negative:
                events = [(e, i) for e, i in events if e != "appointed"]
            if present & self.dismissal_negative or any(w in lower_text for w in self.dismissal_negative_phrases) \
                    or any(cue.match(texts, lower_text) is not None for cue in self.dismissal_denied):
                events = [(e, i) for e, i in events if e != "dismissed"]  # "steht vor der Entlassung"
            if present & self.staying_verbs:  # "X bleibt vorerst im Amt": he stays, no stand-in
                events = [(e, i) for e, i in events if not (e == "interim" and self._weak_interim_at(i))]
            if any(phrase in lower_text for phrase in self.extended_negative):
                events = [(e, i) for e, i in events if e != "extended"]  # "dessen Vertrag nicht verlängert wurde"
            if any(cue.match(texts, lower_text) is not None for cue in self.left_negative):
                events = [(e, i) for e, i in events if e != "left"]  # "Einen Abgang schloss er kategorisch aus"
        return events, texts

    def _weak_interim_at(self, i: int) -> bool:
        """Whether an interim cue at token i is one that also means 'for now' ('vorerst', 'bis auf Weiteres')."""
        texts = self.ctx.texts  # a cue opening the sentence is capitalised: "Vorerst bleibt ..."
        return any(" ".join(texts[i:i + len(cue.split())]).lower() == cue.lower() for cue in self.weak_interim)

    def is_topical(self, texts: list[str]) -> bool:
        return any(map(topical_word().__getitem__, texts))

    def find(self, sent: Sentence) -> list[dict]:
        """Coach events of a sentence; a sentence of several main clauses, each with its own person
        and cue ('X wurde im Oktober freigestellt, Y sprang als Interimscoach ein, im Dezember kam
        Z'), is read clause by clause."""
        events, _ = self.cues_in(sent)
        if not events:
            return []
        clauses = self._main_clauses(sent) if len(events) > 1 else [sent]
        if len(clauses) > 1:
            rows = [row for clause in clauses for row in self._find_in(clause, whole=sent)]
            if rows:
                return rows
        return self._find_in(sent)

    def _main_clauses(self, sent: Sentence) -> list[Sentence]:
        """The sentence cut at commas that open a new main clause (not a relative or subordinate one);
        a part naming nobody stays with the part before it. Cut only when two parts or more hold a
        cue of their own."""
        ctx = self.ctx
        texts = ctx.texts
        cuts = [k for k in range(sent.start + 1, sent.end - 1) if texts[k] == ","
                and texts[k + 1].lower() not in self.not_main_clause and not ctx.in_quote[k]]
        if not cuts:
            return [sent]
        bounds = [sent.start, *[k + 1 for k in cuts], sent.end]
        parts: list[Sentence] = []
        for a, b in zip(bounds, bounds[1:]):
            part = Sentence(a, b)
            if parts and not ctx.people_in(part):
                parts[-1] = Sentence(parts[-1].start, b)  # a clause naming nobody belongs to the one before
            else:
                parts.append(part)
        if sum(1 for part in parts if self.cues_in(part)[0]) < 2:
            return [sent]
        return parts

    def _find_in(self, sent: Sentence, whole: Sentence | None = None) -> list[dict]:
        """The events of a sentence or of one main clause of `whole` (which then names the club)."""
        ctx = self.ctx
        events, texts = self.cues_in(sent)
        if not events:
            return []
        is_rumour = not self.rumour.isdisjoint(texts)
        sentence_topical = self.is_topical(texts)
        topical = self.coach_article or sentence_topical
        people = ctx.people_in(sent) or self._pronoun_person(sent)
        # "vom Interimstrainer zum Cheftrainer befördert": where he came from, not an interim job
        events = [(event, i) for event, i in events
                  if not (event == "interim" and i > sent.start and ctx.texts[i - 1] in ("vom", "von"))]
        if any(event == "interim" for event, _ in events) and self._promoted_to_head_coach(sent):
            # "beförderte Interimstrainer X zum Cheftrainer": the job he had
            events = [(event, i) for event, i in events if event != "interim"]
        if not events:
            return []
        if any(event == "suspended" and self._during_suspension(i, sent) for event, i in events):
            # "Während der Sperre übernimmt sein Assistent X": the stand-in for a suspended coach
            events = [("interim" if event == "appointed" else event, i) for event, i in events if event != "suspended"]
        if any(event == "extended" for event, _ in events) and self._contract_terms_clause(sent):
            events = [(event, i) for event, i in events if event != "extended"]
            if not events:
                return []
        kinds = {event for event, _ in events}
        if "extended" in kinds:  # "den auslaufenden Vertrag ... verlängert", "unterschrieb vorzeitig einen neuen Vertrag"
            events = [(event, i) for event, i in events
                      if event != "left" and not (event == "appointed" and ctx.texts[i] in self.signing_words)]
        claimed = {event: club for event, i in events if (club := self._club_right_after(sent, i))}
        noun_objects = {i: self._cue_noun_object(people, i, sent) for _, i in events}
        # "hatte die Mannschaft nach der Freistellung von X übernommen": X is the dismissed one, not the new
        # coach; "hatte die Nachfolge des X angetreten": X is who the new coach follows
        followed = {i for event, i in events if event == "appointed" and ctx.texts[i] in self.predecessor}
        parted = {owner.kb_id_ for event, i in events
                  if (event in ENDED_EVENTS or i in followed) and (owner := noun_objects[i])}
        for i in followed:
            noun_objects[i] = None
        rows = []
        for event, cue_i in events:
            if event == "appointed" and (is_rumour or "candidate" in kinds):
                event = "candidate"
            if event == "appointed" and "interim" in kinds:
                continue  # "übernimmt interimistisch" is an interim appointment
            owner = None
            if event in SEARCH_EVENTS:
                persons = self._all_persons(people, cue_i, event, (topical, sentence_topical), sent, events)
            else:
                # "..., der nach seiner Gelbsperre zurückkehrt"; "Der 34-Jährige hatte ... übernommen"
                owner = (self._named_as_successor(people, sent) if event == "appointed" else None) \
                    or noun_objects[cue_i] or self._relative_clause_owner(
                    people, cue_i, sent) or (self._age_reference_subject(sent) if event in SUBJECT_EVENTS else None)
                if owner is None:
                    candidates = [p for p in people if p.kb_id_ not in parted] \
                        if event in ("appointed", "interim") else people
                    if event == "appointed" and ctx.texts[cue_i].lower() in self.new_words:  # "der neue Trainer"
                        candidates = [p for p in candidates if self._in_cue_clause(p, cue_i)
                                      and not p.start <= cue_i < p.end]  # not the cue as a role reference
                    person = self._person(candidates, cue_i, event, (topical, sentence_topical), sent)
                else:  # the cue is that person's
                    eligible = self._eligible(owner, event, (topical, sentence_topical), sent)
                    person = owner.kb_id_ if eligible else None
                persons = [person] if person else []
            if not persons:
                continue
            date = ctx.date_near(sent, cue_i, [i for _, i in events])
            for person in persons:
                club, explicit = self._club(whole or sent, cue_i, person, event, claimed)
                if event == "left" and ctx.texts[cue_i] in self.transfer_cues and explicit:
                    rows.append({"person": person, "club": club, "event": "appointed", "date": date,
                                 "explicit": True})
                    previous = self._known_club(person)
                    if previous and previous != club:
                        rows.append({"person": person, "club": previous, "event": "left",
                                     "date": date, "explicit": False})
                    continue
                rows.append({"person": person, "club": club, "event": event, "date": date,
                             "explicit": explicit})
                self.clubs_of_events[person] = club
                if event in ENDED_EVENTS and owner is None and kinds.isdisjoint(SEARCH_EVENTS):
                    self.vacancy = club  # not "X, der beim FSV Zwickau entlassen worden war": a candidate's past
        return rows

    def _contract_terms_clause(self, sent: Sentence) -> bool:
        """'erhält einen Vertrag bis 2027, der sich im Erfolgsfall um ein Jahr verlängert': the extension
        is told in a relative clause after the contract, as one of its terms, not as an event."""
        texts = self.ctx.texts
        for k in range(sent.start + 2, sent.end):
            if texts[k].startswith("verläng"):
                comma = next((j for j in range(k - 1, sent.start, -1) if texts[j] in (",", "–")), None)
                return comma is not None and texts[comma + 1] in self.relative_pronouns and any(
                    texts[j] in self.contract_nouns for j in range(max(sent.start, comma - 8), comma))
        return False

    def _promoted_to_head_coach(self, sent: Sentence) -> bool:
        """'zum Cheftrainer', 'zur Cheftrainerin': the job someone is promoted to."""
        texts = self.ctx.texts
        return any(texts[k] in self.head_coach_titles and texts[k - 1] in ("zum", "zur")
                   for k in range(sent.start + 1, sent.end))

    def _pronoun_person(self, sent: Sentence) -> list[Mark]:
        """'X hatte das Team interimistisch betreut. Am Dienstag beförderte ihn der Klub zum
        Cheftrainer': in a sentence naming nobody, 'er'/'ihn' stands for the person the sentence
        before opens with (its subject; not 'nach der Trennung von Y' further on)."""
        ctx, texts = self.ctx, self.ctx.texts
        pronoun = next((i for i in range(sent.start, sent.end)
                        if texts[i] in self.person_pronouns and not ctx.in_quote[i]), None)
        if pronoun is None or sent.start == 0:
            return []
        before = ctx.people_in(ctx.sentence_at(sent.start - 1))
        subject = next((p for p in before if p.label_ != "ROLE_REF"), None)
        if subject is None or (subject.start > 0 and texts[subject.start - 1].lower() in self.prepositions):
            return []
        return [Mark(pronoun, pronoun + 1, "PRONOUN", subject.kb_id_)]

    def _all_persons(self, people: list[Mark], cue_i: int, event: str, topical: bool, sent: Sentence,
                     events: list[tuple[str, int]]) -> list[str]:
        """Everyone a rumour or refusal names ('Alonso und Nagelsmann hatten abgewinkt'), unless
        another cue stands closer to that person."""
        chosen = []
        for p in people:
            if not self._eligible(p, event, topical, sent):
                continue
            mine = abs(p.start - cue_i)
            if any(other != event and other in ("candidate", "unavailable") and abs(p.start - i) < mine
                   for other, i in events):
                continue
            chosen.append(p.kb_id_)
        return list(dict.fromkeys(chosen))

    def _eligible(self, p: Mark, event: str, topical: tuple[bool, bool], sent: Sentence) -> bool:
        """Coaches always; people of unknown role in coach news; players only where the sentence
        speaks of the coaching job; officials only as interim coaches; suspensions only of coaches."""
        ctx = self.ctx
        article_topical, sentence_topical = topical
        role = ctx.role_of(p.kb_id_)
        if p.label_ == "ROLE_REF":
            head = ctx.texts[p.end - 1]
            if topical_word()[head]:  # "der Trainer", "den Veilchen-Trainer"
                role = "coach"
            elif head in self.player_reference_heads and role is None and p.kb_id_ not in self.clubs_of_events \
                    and self.previous_club.isdisjoint(ctx.texts[p.start:p.end]):
                role = "player"  # "Der 25 Jahre alte Mittelfeldspieler wechselt ...": a player's move
                # (not "Der frühere Nationalspieler", nor one the article already made a coach)
        if role is None and p.kb_id_ in self.players_by_reference:
            role = "player"  # "Der Abschied von X schmerzt. Der Mittelstürmer unterschrieb in Dortmund"
        if role in ("official", "referee") and event != "interim":
            return False
        if event == "suspended" and role != "coach":
            return False
        if role == "player" and not sentence_topical:
            return False
        if role is None and not sentence_topical and (
                self._names_a_player_role(sent) or not self.transfer_fee_words.isdisjoint(ctx.texts[sent.start:sent.end])):
            # "Hannover hat seinen Wunschstürmer: X wechselt ... und unterschreibt", "X wechselte für eine
            # festgeschriebene Ablöse zum FC Bayern": a player's move
            return False
        if role is None and not article_topical and not (event in ("dismissed", "resigned")
                                                         and self._strong_cue_in(sent)):
            return False
        if event in ("appointed", "candidate", "unavailable") and self._is_predecessor(p, sent):
            return False  # "als Nachfolger von X": X is the predecessor
        return True

    @cached_property
    def players_by_reference(self) -> frozenset[str]:
        """People the article refers back to with a player's role noun ('Der Mittelstürmer'), not one
        of their past ('Der frühere Nationalspieler')."""
        ctx = self.ctx
        return frozenset(p.kb_id_ for p in ctx.people if p.label_ == "ROLE_REF"
                         and ((head := ctx.texts[p.end - 1]) in self.player_reference_heads
                              or head.lower().endswith(self.player_role_suffixes))
                         and self.previous_club.isdisjoint(ctx.texts[p.start:p.end])
                         and ctx.role_of(p.kb_id_) is None)

    def _names_a_player_role(self, sent: Sentence) -> bool:
        """A player's role word that is no person's title or reference ('seinen Wunschstürmer', not
        'Der frühere Nationalspieler' said of a coach)."""
        ctx = self.ctx
        marked = {i for p in ctx.people_in(sent) for i in range(p.start, p.end)}
        return any(i not in marked and text[:1].isupper() and text.lower().endswith(self.player_role_suffixes)
                   for i, text in enumerate(ctx.texts[sent.start:sent.end], sent.start))  # not nationalities

    def _strong_cue_in(self, sent: Sentence) -> bool:
        """'beurlaubt', 'entlassen', 'Rücktritt': words used of coaches (and officials), hardly of players."""
        return not self.strong_cues.isdisjoint(self.ctx.texts[sent.start:sent.end])

    def _is_predecessor(self, p: Mark, sent: Sentence) -> bool:
        texts = self.ctx.texts
        before = texts[max(sent.start, p.start - 3):p.start]
        if before and before[-1] in ("Vorgänger", "Vorgängers"):
            return True
        if before and before[-1] == "auf" and not self.follow_verbs.isdisjoint(texts[sent.start:sent.end]):
            return True  # "Wer auf Aigner folgt": who follows him is appointed, not he
        if p.end < sent.end and texts[p.end] in self.replace_verbs and p.end + 1 < sent.end \
                and not texts[p.end + 1][:1].isalpha():
            return True  # "hatte damals Robin Dutt beerbt": the participle closing the clause has him as object
        if before and before[-1] in ("von", "vom") and p.end < sent.end and texts[p.end] in self.takeover_verbs:
            return True  # "der das Amt erst im November von X übernommen hatte": X handed it over
        if before and before[-1] in self.replace_verbs and any(
                other.end <= p.start - 1 for other in self.ctx.people_in(sent) if other.kb_id_ != p.kb_id_):
            return True  # "Skripnik beerbte Dutt": the name after the verb, with a subject before it
        return any(a in self.predecessor and b in ("von", "vom", "des")
                   for a, b in zip(before, before[1:]))

    def _named_as_successor(self, people: list[Mark], sent: Sentence) -> Mark | None:
        """'stellte ... Marek Wolanski als Nachfolger vor', 'holte X als neuen Cheftrainer': the name
        right before 'als Nachfolger' (or a coach role after 'als') is the one appointed."""
        texts = self.ctx.texts
        for person in people:
            k = person.end
            if k + 1 < sent.end and texts[k] == "als":
                k += 1
                while k < sent.end - 1 and texts[k][:1].islower() and texts[k] in self.new_words:
                    k += 1  # "als neuen Cheftrainer"
                if texts[k] in self.successor_nouns:
                    return person
        return None

    def _cue_noun_object(self, people: list[Mark], cue_i: int, sent: Sentence) -> Mark | None:
        """'nach der Trennung von Cheftrainer X', 'die Entlassung des Trainers X', 'für den entlassenen X':
        the person a cue noun's 'von'/'des' (or a cue participle) names is the one the event is about,
        whoever the sentence's subject."""
        texts = self.ctx.texts
        genitive = next((p for p in people if p.end == cue_i and texts[cue_i - 1].endswith(("s", "'"))), None)
        if genitive is not None and texts[cue_i][:1].isupper():
            return genitive  # "seit Härtels Freistellung": the name in the genitive before the cue noun
        if texts[cue_i][:1].islower() and texts[cue_i].endswith("en") and cue_i > sent.start \
                and texts[cue_i - 1] in self.articles:  # "für den entlassenen X": X is the cue's object
            first = cue_i + 1  # "für den entlassenen X", "die Nachfolge des beurlaubten Trainers X"
        elif not texts[cue_i][:1].isupper() or cue_i + 2 >= sent.end or texts[cue_i + 1] not in ("von", "vom", "des"):
            return None
        else:
            first = cue_i + 2
        for k in range(first, min(sent.end, first + 4)):
            person = next((p for p in people if p.start == k), None)
            if person is not None:
                return person
            if not (texts[k].isalpha() and (texts[k].islower() or texts[k] in self.role_words)) \
                    and not texts[k].lower().endswith(self.office_suffixes):
                return None  # "die Trennung vom FC X": a club; not "von Sport-Geschäftsführer X"
        return None

    def _in_cue_clause(self, p: Mark, cue_i: int) -> bool:
        """The person is in the cue's clause, or named in apposition right before it ('X, der neue
        Trainer')."""
        texts = self.ctx.texts
        start, end = (p.end, cue_i) if p.end <= cue_i else (cue_i, p.start)
        commas = [k for k in range(start, end) if texts[k] in (",", ";", "–")]
        return not commas or (p.end <= cue_i and commas == [p.end] and cue_i - p.end <= 3)

    def _age_reference_subject(self, sent: Sentence) -> Mark | None:
        """'Der 34-Jährige hatte ... übernommen': a sentence opening with an age for its subject
        is about the person named last before it."""
        texts = self.ctx.texts
        return next((p for p in self.ctx.people_in(sent) if p.start == sent.start and p.label_ == "ROLE_REF"
                     and AGE.match(texts[p.end - 1])), None)  # fb_people linked it to the person named before

    def _relative_clause_owner(self, people: list[Mark], cue_i: int, sent: Sentence) -> Mark | None:
        """The person a relative clause holding the cue is about: 'Kapitän Maximilian Arnold, der
        nach seiner Gelbsperre zurückkehrt' -> Arnold. None when the cue is in no such clause."""
        texts = self.ctx.texts
        comma = cue_i - 1
        while comma > sent.start and texts[comma] not in (",", ";", "(", ":"):
            comma -= 1
        if comma <= sent.start or texts[comma] != "," or texts[comma + 1] not in self.relative_pronouns:
            return None
        # the antecedent ends at the comma, or before a verb that closes the main clause
        # ('kann auf Kapitän X zurückgreifen, der ...')
        closing_verb = comma - 1 if texts[comma - 1].islower() else comma
        return next((p for p in people if p.end in (comma, closing_verb)), None)

    def _person(self, people: list[Mark], cue_i: int, event: str, topical: bool, sent: Sentence) -> str | None:
        ctx = self.ctx
        best, distance = None, 10**6
        for p in people:
            name = p.kb_id_
            role = ctx.role_of(name)
            if not self._eligible(p, event, topical, sent):
                continue
            if event == "suspended" and any(self._subject_between(q, p, cue_i) for q in people if q.kb_id_ != name):
                continue  # "Coach X muss verzichten: Angreifer Y ist gesperrt": Y's ban, not X's
            d = abs(p.start - cue_i) - (3 if role == "coach" else 0)
            if p.start > sent.start and ctx.texts[p.start - 1].lower() in self.object_prepositions:
                d += 5  # "Mit Brändli muss auch Assistent Meier den Verein verlassen": Meier is the one
            if self._helper(p, sent):
                d += 10  # "übernimmt X interimistisch, unterstützt von Co-Trainer Y": X is the one
            if d < distance:
                best, distance = name, d
        return best

    def _subject_between(self, q: Mark, p: Mark, cue_i: int) -> bool:
        """Whether q stands between p and the cue in the cue's own clause, not after a preposition or
        'wie' ('Trainer X ist wie Kapitän Y gesperrt', 'X, der sich nach dem Foul an Y beschwert hatte,
        ist gesperrt' are X's bans)."""
        texts = self.ctx.texts
        if not min(p.start, cue_i) < q.start < max(p.end, cue_i):
            return False
        if any(texts[k] in (",", ";") for k in range(min(q.end, cue_i), max(q.start, cue_i))):
            return False
        k = q.start - 1
        while k > 0 and texts[k][:1].isupper() and texts[k].lower() not in self.prepositions:
            k -= 1  # a role word before the name: "wie Kapitän Y"
        return not (texts[k].lower() in self.prepositions or texts[k] == "wie")

    def _helper(self, p: Mark, sent: Sentence) -> bool:
        """'unterstützt von (Co-Trainer) Y': the name of who helps the one an event is about."""
        texts = self.ctx.texts
        return any(texts[k] == "von" and texts[k - 1] in self.helper_participles
                   for k in range(max(sent.start + 1, p.start - 3), p.start))

    def _club_right_after(self, sent: Sentence, cue_i: int) -> str | None:
        """'seinem Aus beim FC Augsburg', 'wechselt zum FSV Mainz': the club in the cue's own phrase."""
        for m in self.ctx.club_mentions(sent):
            if m.label != "CITY" and 0 < m.start - cue_i <= CLUB_AFTER_CUE and m.preposition in (
                    "beim", "bei", "von", "vom", "in", "für", "zum", "zu", "nach") and not self._under_contract(m):
                return m.club
        return None

    def _club(self, sent: Sentence, cue_i: int, person: str, event: str,
              claimed: dict[str, str]) -> tuple[str | None, bool]:
        """The club of the event, and whether the sentence names it. A club in another cue's own
        phrase belongs to that cue; a club after 'beim' far from the cue is where a match was played.
        A rumour is about the club that is searching: the one a coach left last, not the candidate's
        past clubs ('der frühere Lafnitz-Coach X', 'X, der zuletzt beim LASK arbeitete')."""
        ctx = self.ctx
        if event in claimed:
            return claimed[event], True
        others = {club for other, club in claimed.items() if other != event}
        ended = event in ENDED_EVENTS  # the previous club is where a job ended
        search = event in SEARCH_EVENTS
        mentions = [m for m in ctx.club_mentions(sent) if m.label != "CITY" and m.club not in others
                    and m.preposition != "gegen" and (ended or not self._previous_club(sent, m))
                    and not self._under_contract(m) and not ctx.names_opponent_of_fixture(m)
                    and not self._ground_of_result(m)
                    and not (search and self._in_relative_clause(sent, m))
                    and not self._in_relative_clause_without(sent, m, cue_i)]
        if search or event in ("appointed", "interim"):
            # "hatte der SC Verl X entlassen, am Freitag präsentierte ihn der VfB Lübeck als neuen Chefcoach":
            # a club in the cue's own clause first
            start = clause_start_of(ctx.texts, sent.start, cue_i, (",", ";"))
            end = clause_end_of(ctx.texts, cue_i, sent.end)
            mentions = sorted(mentions, key=lambda m: not start <= m.start < end)
            for m in mentions:
                if m.preposition in ("beim", "bei", "für") or m.preposition is None:
                    return m.club, True
        else:
            for m in mentions:
                if m.preposition in (None, "von", "vom") or self._opens_sentence_as_place(sent, m) \
                        or (ended and m.preposition in ("beim", "bei")
                            and (self._previous_club(sent, m) or 0 <= cue_i - m.end <= 2)):
                    return m.club, True  # "beim FSV Zwickau entlassen"
        if search:
            return self.vacancy or ctx.last_subject or ctx.focus_club, False
        return self._known_club(person), False

    def _known_club(self, person: str) -> str | None:
        """A person's club when the sentence names none: his latest event's, the one the article
        gives him, else the team spoken of."""
        ctx = self.ctx
        return self.clubs_of_events.get(person) or ctx.club_of(person) or ctx.last_subject or ctx.focus_club

    def _in_relative_clause(self, sent: Sentence, mention: ClubMention) -> bool:
        """'X, der bis vor Kurzem den VfL Bochum betreut hatte': a club told of a person in a relative clause."""
        return self.ctx.relative_clause_opening(sent, mention.start) is not None

    def _in_relative_clause_without(self, sent: Sentence, mention: ClubMention, cue_i: int) -> bool:
        """'präsentierte ... X, der zuletzt die U19 des 1. FC Nürnberg betreut hatte': a club in a relative
        clause the event's cue stands outside of tells of the person's past."""
        comma = self.ctx.relative_clause_opening(sent, mention.start, (",", "–"))
        if comma is None:
            return False
        texts = self.ctx.texts
        end = next((k for k in range(mention.end, sent.end) if texts[k] in (",", "–", ";")), sent.end)
        return not comma < cue_i < end

    def _previous_club(self, sent: Sentence, mention: ClubMention) -> bool:
        """'zuletzt beim SCR Altach', 'vom Ex-Klub': a club marked as the person's previous one."""
        return not self.previous_club.isdisjoint(self.ctx.texts[max(sent.start, mention.start - 3):mention.start])

    def _opens_sentence_as_place(self, sent: Sentence, mention: ClubMention) -> bool:
        """'Beim LASK gab es die nächste Trainerentlassung: X muss gehen': a club opening a sentence
        with 'beim'/'bei' is where the event happens, unless the sentence tells a match (a score)."""
        return (mention.preposition in ("beim", "bei") and mention.start - sent.start <= 2
                and (not self.ctx.score_starts_between(sent.start, sent.end)
                     or any(m.preposition == "gegen" for m in self.ctx.club_mentions(sent))))

    def _during_suspension(self, cue: int, sent: Sentence) -> bool:
        """'Während der (langen) Sperre übernimmt ...': the suspension is the time frame of the sentence,
        its coach not named in it (not 'Während der Sperre von Cheftrainer X übernimmt ...')."""
        texts = self.ctx.texts
        k = cue - 1
        while k > sent.start and texts[k].islower() and texts[k].isalpha() and texts[k].lower() not in self.during:
            k -= 1
        return texts[k].lower() in self.during and cue - k <= 4 and cue + 1 < sent.end \
            and texts[cue + 1] not in self.phrase_continuations  # "Sperre von X", "Sperre des Trainers"

    def _ground_of_result(self, mention: ClubMention) -> bool:
        """'Nach dem 0:3 bei Rapid Wien hatte sich der Klub von X getrennt': a club right after a score
        and 'bei' is where a match was played, not the club of the event."""
        texts = self.ctx.texts
        return mention.start >= 2 and texts[mention.start - 1] in ("bei", "beim") and is_score(texts[mention.start - 2])

    def _under_contract(self, mention: ClubMention) -> bool:
        """'X, bei dem er unter Vertrag steht' (the text is built only when a token holds 'Vertrag')."""
        ctx = self.ctx
        end = min(len(ctx.texts), mention.end + 3)
        return "Vertrag" in "".join(ctx.texts[mention.end:end]) and "unter Vertrag" in ctx.text_of(mention.end, end)


def consolidate(rows: list[dict]) -> list[dict]:
    """One row per person and event in an article (the club the text names wins over a guessed one);
    a refusal or appointment makes a candidacy redundant."""
    seen: dict[tuple, dict] = {}
    for row in rows:
        key = (row["person"], row["event"])
        known = seen.get(key)
        if known is None:
            seen[key] = row
            continue
        if row.get("explicit") and not known.get("explicit"):
            known["club"], known["explicit"] = row["club"], True
        if not known.get("date") and row.get("date"):
            known["date"] = row["date"]
    decided = {r["person"] for r in seen.values() if r["event"] in ("unavailable", "appointed")}
    # "ist die Amtszeit von X zu Ende" and "X trat zurück": the plain departure is the resignation
    ended = {(r["person"], r["club"]) for r in seen.values() if r["event"] in ("resigned", "dismissed")}
    return [{k: v for k, v in r.items() if k != "explicit"} for r in seen.values()
            if not (r["event"] == "candidate" and r["person"] in decided)
            and not (r["event"] == "left" and (r["person"], r["club"]) in ended)]
