"""`fb_people`: person names, their later mentions, roles and clubs.

Names are found without a statistical model, by cues that make a capitalised German word a
name: a known first name ("Torsten Lieberknecht"), a role word before it ("Co-Trainer
Carsten Rump", "Trainer Kocak"), a goal minute after it ("Marshall (66.)") or a verb of
saying before it ("sagte Hengen"). Genitives are undone ("Philipp Hofmanns Tor" -> Philipp
Hofmann). Later surname-only mentions ("Lieberknecht") and role mentions ("der FCK-Boss",
"der gesperrte Fußball-Lehrer") are linked to the full name introduced earlier.

Result: `doc.spans["people"]` (label PER, `kb_id_` the full name; role mentions have label
ROLE_REF) and `doc._.fb_people`: full name -> {"role": ..., "club": ...}.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from .tokens import TokenView

from ..lexicon import first_names, lower_set, vocabulary, word_set, words

PARTICLES = {"van", "von", "de", "da", "di", "der", "den", "ter", "dos", "del", "la", "le", "du", "van der", "el", "al",
             "bin", "ben", "y", "mac", "zu"}
DETERMINERS = {"der", "die", "den", "dem", "des", "Der", "Die", "Den", "Dem", "Des"}
NOT_BEFORE_NAMES = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen", "in", "im", "an",
                    "am", "auf", "vor", "über", "unter", "bei", "beim", "zum", "zur", "aus", "ins", "rechten", "linken",
                    "rechte", "linke"}
ADJ_ENDINGS = ("em", "en", "es", "er", "e")
AUXILIARIES = {"hatte", "hat", "war", "ist", "wurde", "konnte", "durfte", "musste", "gelang", "sorgte", "brachte",
               "machte", "stellte", "markierte", "besorgte"}
AGE = re.compile(r"^\d{2}-[Jj]ährige[rn]?$")
MINUTE = re.compile(r"^\d{1,3}\.(\+\d{1,2}\.?)?$|^\d{1,3}'$")
NAME_CHARS = re.compile(r"^[^\W\d_][\w'’\-]*$")

if not Doc.has_extension("fb_people"):
    Doc.set_extension("fb_people", default=None)


@Language.factory("fb_people")
def create_people_recognizer(nlp: Language, name: str) -> "PeopleRecognizer":
    return PeopleRecognizer()


class PeopleRecognizer:
    def __init__(self) -> None:
        self.first_names = first_names()
        self.roles: dict[str, str] = {}
        for category, key in (("coach", "coach_roles"), ("player", "player_roles"), ("official", "official_roles"),
                              ("referee", "referee_roles")):
            for word in word_set(key):
                self.roles.setdefault(word, category)
        self.role_suffixes = [(s, cat) for cat, key in (("coach", "coach_role_suffixes"),
                                                        ("official", "official_role_suffixes"),
                                                        ("player", "player_role_suffixes"))
                              for s in sorted(lower_set(key), key=len, reverse=True)]
        self.say_verbs = word_set("say_verbs")
        self.action_verbs = (word_set("goal_verbs") | word_set("say_verbs")) - {"so", "stellte", "gab", "machte", "macht",
                                                                                  "brachte", "bringt", "legte", "sorgte"}
        self.stop = word_set("not_club_words") | set(words()["weekdays"]) | set(words()["months"]) | {
            "Tor", "Tore", "Treffer", "Ball", "Mannschaft", "Team", "Club", "Klub", "Verein", "Trainer", "Coach"} | (
            vocabulary() - self.first_names)
        self.ref_heads = {w: cat for cat, ws in words()["role_reference_heads"].items() for w in ws}
        self.ref_suffixes = [(s, cat) for cat, ss in words()["role_reference_suffixes"].items() for s in ss]
        self._name_cache: dict[str, bool] = {}
        self._role_cache: dict[str, str | None] = {}

    # -- recognising -------------------------------------------------------------------------
    def role_of(self, text: str) -> str | None:
        """Role category of a role word or compound ("FCK-Geschäftsführer" -> official)."""
        if text in self._role_cache:
            return self._role_cache[text]
        role = self._role_of(text)
        self._role_cache[text] = role
        return role

    def _role_of(self, text: str) -> str | None:
        if text in self.roles:
            return self.roles[text]
        lower = text.lower()
        for suffix, category in self.role_suffixes:
            if lower.endswith(suffix) and len(lower) > len(suffix) + 2:
                return category
        return None

    def is_name_token(self, token, club_tokens: set[int]) -> bool:
        text = token.text
        known = self._name_cache.get(text)
        if known is not None:
            return known and token.i not in club_tokens
        known = self._is_name_text(text)
        self._name_cache[text] = known
        return known and token.i not in club_tokens

    def _is_name_text(self, text: str) -> bool:
        return (text not in self.stop and text[:1].isupper() and NAME_CHARS.match(text) is not None
                and not text.isupper() and self.role_of(text) is None and len(text) > 1)

    def __call__(self, real_doc: Doc) -> Doc:
        doc = TokenView(real_doc)
        clubs = list(real_doc.spans.get("clubs", []))
        club_tokens = {i for span in clubs for i in range(span.start, span.end)}
        club_tokens |= {i for span in real_doc.spans.get("venues", []) for i in range(span.start, span.end)}
        self._club_ends = {span.end: span.kb_id_ for span in clubs}
        self._surnames_so_far: set[str] = set()
        self._scorer_shaped: set[int] = set()
        names: list[tuple[int, int, str | None, str | None]] = []  # start, end, role, club
        taken: set[int] = set()
        n = len(doc)
        i = 0
        while i < n:
            token = doc[i]
            role = self.role_of(token.text) if token.text[:1].isupper() else None
            start = None
            if role and i + 1 < n and self.is_name_token(doc[i + 1], club_tokens) and (
                    not self._role_in_noun_phrase(doc, i) or doc[i + 1].text in self.first_names):
                start = i + 1
            elif token.text in self.first_names and i + 1 < n and self.is_name_token(doc[i + 1], club_tokens) \
                    and i not in club_tokens:
                start = i
                role = self._role_before(doc, i)
            elif token.text in self.say_verbs and i + 1 < n and self.is_name_token(doc[i + 1], club_tokens) \
                    and doc[i + 1].text not in DETERMINERS and not self._descriptor_before_name(doc, i + 1, club_tokens):
                start = i + 1
                role = None
            elif token.text == "durch" and i + 2 < n and self.is_name_token(doc[i + 1], club_tokens) \
                    and self.is_name_token(doc[i + 2], club_tokens):
                start = i + 1  # "durch Thierno Barry": a scorer, even with a first name no list knows
                role = None
            elif self._unknown_name_pair(doc, i, club_tokens):
                start = i  # "ehe Nik Prelec verkürzte": two unknown capitalised words mid-sentence
                role = self._role_before(doc, i)
            elif token.text == ")" and i >= 3 and doc[i - 2].text == "(" and MINUTE.match(doc[i - 1].text) \
                    and i + 1 < n and self.is_name_token(doc[i + 1], club_tokens) and re.match(r"^\d+:\d+$", doc[i - 3].text):
                start = i + 1  # match box "1:0 (23.) Burgstaller"
                role = "player"
            elif self._before_action_verb(doc, i, club_tokens):
                start = i  # "Ronivaldo traf", "Meschack Elia traf": a name before a goal or speech verb
                role = self._role_before(doc, i)
            if start is not None and start not in taken:
                end = self._name_end(doc, start, club_tokens)
                self._surnames_so_far.add(doc[end - 1].text)
                club = self._club_before(doc, i if start > i else i - 1)
                names.append((start, end, role, club))
                taken.update(range(start, end))
                i = end
                continue
            i += 1
        for i, token in enumerate(doc):  # scorer shape: Name (66.)
            if token.text == "(" and i + 1 < n and MINUTE.match(doc[i + 1].text) and i >= 1:
                end = i
                start = end - 1
                if start in taken or not self.is_name_token(doc[start], club_tokens):
                    continue
                if start >= 1 and doc[start - 1].text.lower() in NOT_BEFORE_NAMES:
                    continue  # "von der Linie (112.)", "im Santiago Bernabéu (88.)"
                if start - 1 >= 0 and self.is_name_token(doc[start - 1], club_tokens) \
                        and doc[start - 1].text in self.first_names and start - 1 not in taken:
                    start -= 1
                names.append((start, end, None, None))
                self._scorer_shaped.add(start)  # "4:1 Rüdiger (87.)": a surname, even if also a first name
                taken.update(range(start, end))
        self._link(real_doc, doc, names, club_tokens, taken)
        return real_doc

    def _descriptor_before_name(self, doc: Doc, i: int, club_tokens: set[int]) -> bool:
        """'sagte Sportstadtrat Peter Hacker', 'sagte Berlins Trainer Joel Banks': the word after the
        verb describes the speaker whose name follows."""
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        return nxt is not None and (nxt.text in self.first_names or self.role_of(nxt.text) is not None)

    @staticmethod
    def _role_in_noun_phrase(doc: Doc, i: int) -> bool:
        """'dem neuen Trainer Zeit geben': a role word with article or adjective is a noun of its own;
        the capitalised word after it is a name only when it is a known first name."""
        prev = doc[i - 1] if i > 0 else None
        return prev is not None and (prev.text.lower() in ("der", "die", "dem", "den", "des", "ein", "einen", "einem")
                                     or (prev.text[:1].islower() and prev.text.endswith(("en", "em", "er"))))

    def _unknown_name_pair(self, doc: Doc, i: int, club_tokens: set[int]) -> bool:
        """Two capitalised words no list knows, inside a sentence and without an article before them,
        followed by a lower-case word or punctuation: in German prose that is a name."""
        if i + 1 >= len(doc) or doc[i].is_sent_start or i == 0:
            return False
        prev = doc[i - 1]
        if prev.text.lower() in NOT_BEFORE_NAMES or prev.text[:1].isupper() or prev.text in ("„", "«", "»", '"', ":"):
            return False
        first, second = doc[i], doc[i + 1]
        if not (self.is_name_token(first, club_tokens) and self.is_name_token(second, club_tokens)):
            return False
        if first.text.endswith("s") and first.text[:-1] in self._surnames_so_far:
            return False  # "Lieberknechts Vertreter": a genitive of a known name before a noun
        after = doc[i + 2] if i + 2 < len(doc) else None
        return after is None or not after.text[:1].isupper()

    def _before_action_verb(self, doc: Doc, i: int, club_tokens: set[int]) -> bool:
        """One or two unknown capitalised words right before a goal or speech verb."""
        if not self.is_name_token(doc[i], club_tokens) or (i > 0 and doc[i - 1].text in DETERMINERS):
            return False
        if i > 0 and self.is_name_token(doc[i - 1], club_tokens) and doc[i - 1].text[:1].isupper() \
                and not doc[i - 1].is_sent_start:
            return False  # not the first word of the name
        j = i + 1
        if j < len(doc) and self.is_name_token(doc[j], club_tokens):
            j += 1
        if j >= len(doc):
            return False
        if doc[j].text in self.action_verbs:
            return True
        # "Damion Downs hatte ... geschossen": a two-word name before an auxiliary, when the first word
        # does not look like a declined adjective ("Großer Jubel war ...")
        return (j - i == 2 and doc[j].text in AUXILIARIES
                and not doc[i].text.lower().endswith(("er", "es", "en", "em", "e")))

    def _name_end(self, doc: Doc, start: int, club_tokens: set[int]) -> int:
        """End of a name starting at `start`: first names may be followed by more name parts."""
        n = len(doc)
        end = start + 1
        while end < n and end - start < 4:
            last = doc[end - 1].text
            token = doc[end]
            if token.text.lower() in PARTICLES and end + 1 < n and self.is_name_token(doc[end + 1], club_tokens) \
                    and last in self.first_names:
                end += 2
                continue
            if not self.is_name_token(token, club_tokens):
                break
            if last in self.first_names or last.lower() in PARTICLES:
                end += 1
                continue
            if end - start == 1 and (end + 1 >= n or not doc[end + 1].text[:1].isupper()):
                end += 1  # "Trainer Callum Marshall": an unknown first name before the surname
            break
        return end

    def _role_before(self, doc: Doc, i: int) -> str | None:
        if i >= 1:
            return self.role_of(doc[i - 1].text)
        return None

    def _club_before(self, doc: TokenView, i: int) -> str | None:
        """Club of a compound role word or a demonym/genitive right before the name."""
        return self._club_ends.get(i + 1) or self._club_ends.get(i)

    # -- linking -----------------------------------------------------------------------------
    def _link(self, real_doc: Doc, doc: TokenView, names: list[tuple[int, int, str | None, str | None]],
              club_tokens: set[int], taken: set[int]) -> None:
        names.sort()
        info: dict[str, dict[str, str | None]] = {}
        surname_to_full: dict[str, str] = {}
        spans: list[Span] = []
        all_surnames = {doc[end - 1].text for start, end, _, _ in names}
        for start, end, role, club in names:
            tokens = [t.text for t in doc[start:end]]
            tokens[-1] = self._nominative(doc, end - 1, all_surnames)
            surname = tokens[-1]
            full = " ".join(tokens)
            if len(tokens) == 1 and tokens[0] in self.first_names and start not in self._scorer_shaped:
                continue
            if len(tokens) == 1:
                full = surname_to_full.get(surname, full)
            else:
                surname_to_full.setdefault(surname, full)
                if full != surname_to_full[surname] and len(tokens) > len(surname_to_full[surname].split()):
                    surname_to_full[surname] = full
            entry = info.setdefault(full, {"role": None, "club": None})
            entry["role"] = entry["role"] or role
            entry["club"] = entry["club"] or club
            spans.append(Span(real_doc, start, end, label="PER", kb_id=full))
        # upgrade surname-only names introduced before their full form
        for span in spans:
            full = surname_to_full.get(span.kb_id_.split()[-1]) if len(span.kb_id_.split()) == 1 else None
            if full and full != span.kb_id_:
                entry = info.pop(span.kb_id_, None) or {}
                target = info.setdefault(full, {"role": None, "club": None})
                for key in ("role", "club"):
                    target[key] = target[key] or entry.get(key)
                span.kb_id_ = full
        covered = {i for s in spans for i in range(s.start, s.end)}
        for token in doc:  # later surname-only and genitive mentions
            if token.i in covered or token.i in club_tokens or not token.text[:1].isupper():
                continue
            text = token.text
            key = text if text in surname_to_full else (text[:-1] if text.endswith("s") and text[:-1] in surname_to_full
                                                         else None)
            if key:
                spans.append(Span(real_doc, token.i, token.i + 1, label="PER", kb_id=surname_to_full[key]))
        compounds = {s.start for s in real_doc.spans.get("clubs", []) if s.label_ == "COMPOUND"}
        spans.extend(self._role_references(real_doc, doc, spans, info, covered | (club_tokens - compounds)))
        real_doc.spans["people"] = sorted(spans, key=lambda s: s.start)
        real_doc._.fb_people = info

    def _nominative(self, doc: Doc, i: int, all_surnames: set[str]) -> str:
        """Undo a genitive -s: "Hofmanns frühem Tor" -> Hofmann."""
        text = doc[i].text
        if not text.endswith("s") or len(text) < 4 or text.endswith("ss"):
            return text
        stem = text[:-1]
        if stem in all_surnames:
            return stem
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if nxt is None:
            return text
        if nxt.text[:1].islower() and nxt.text.endswith(ADJ_ENDINGS[:4]) and nxt.is_alpha:
            return stem
        if nxt.text[:1].isupper() and nxt.is_alpha and nxt.text not in self.first_names and \
                nxt.text not in DETERMINERS and doc[i].whitespace_:
            return stem
        return text

    def _role_references(self, real_doc: Doc, doc: TokenView, spans: list[Span], info: dict,
                         blocked: set[int]) -> list[Span]:
        """'der FCK-Boss', 'der gesperrte Fußball-Lehrer' -> the latest person of that role."""
        mentions = sorted(spans, key=lambda s: s.start)
        name_starts = {s.start for s in spans}
        latest: dict[str | None, str] = {}  # role -> person last mentioned before the current token
        latest_any: str | None = None
        k = 0
        refs: list[Span] = []
        n = len(doc)
        for token in doc:
            while k < len(mentions) and mentions[k].start < token.i:
                person = mentions[k].kb_id_
                latest[info.get(person, {}).get("role")] = person
                latest_any = person
                k += 1
            if token.i in blocked or token.text not in DETERMINERS or token.i + 1 >= n:
                continue
            j = token.i + 1
            while j < n and j - token.i <= 3 and doc[j].text[:1].islower() and doc[j].is_alpha:
                j += 1
            if j >= n or j in blocked:
                continue
            category = self._reference_category(doc[j].text)
            if category is None and AGE.match(doc[j].text):
                category = "any"  # "der 63-Jährige": the person just talked about
            if category == "person":
                category = "any"  # "der Niederländer": whoever was just talked about, coach or player
            if category is None:
                continue
            if j + 1 < n and j + 1 in name_starts:
                continue  # "der Trainer Lieberknecht" is a name with a role, not a reference
            if category == "any":
                person = latest_any
            else:  # nobody of that role yet: the latest person without one
                person = latest.get(category) or latest.get(None)
            if person:
                refs.append(Span(real_doc, token.i, j + 1, label="ROLE_REF", kb_id=person))
        return refs

    def _reference_category(self, text: str) -> str | None:
        if text in self.ref_heads:
            return self.ref_heads[text]
        if text.endswith(("s", "n")) and text[:-1] in self.ref_heads:
            return self.ref_heads[text[:-1]]  # genitive/dative: "des Schweizers", "dem Belgier(n)"
        lower = text.lower()
        if "-" in text:
            for suffix, category in self.ref_suffixes:
                if lower.endswith(suffix):
                    return category
        return None
