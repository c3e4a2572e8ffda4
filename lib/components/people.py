"""`fb_people`: person names, their later mentions, roles and clubs.

Names are found without a statistical model, by cues that make a capitalised German word a
name: a known first name ("Torsten Lieberknecht"), a role word before it ("Co-Trainer
Carsten Rump", "Trainer Kocak"), a goal minute after it ("Marshall (66.)") or a verb of
saying before it ("sagte Hengen"). Genitives are undone ("Philipp Hofmanns Tor" -> Philipp
Hofmann). Later surname-only mentions ("Lieberknecht") and role mentions ("der FCK-Boss",
"der gesperrte Fußball-Lehrer") are linked to the full name introduced earlier.

Result: `doc.spans["people"]` (label PER, `kb_id_` the full name; role mentions have label
ROLE_REF) and `doc._.fb_people`: full name -> {"role": ..., "club": ...}.

The rules read plain per-article lists (token texts, "name-like word" flags, sentence starts)
rather than spaCy tokens, and every cue rule needs a name-like word at or right after its
position, so only those positions are visited.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import compress
from operator import itemgetter

from spacy.language import Language
from spacy.tokens import Doc, Span

from .tokens import Memo, positions_of, positions_of_text, sentence_starts, set_span_group, span_tuples, token_spaces, token_texts

from ..lexicon import ADJECTIVE_ENDINGS, DECLINED_ADJECTIVE_ENDINGS, first_names, lower_set, vocabulary, word_set, words

AGE = re.compile(r"^\d{2}-[Jj]ährige[rn]?$")
MINUTE = re.compile(r"^\d{1,3}\.(\+\d{1,2}\.?)?$|^\d{1,3}'$")
NAME_CHARS = re.compile(r"^[^\W\d_][\w'’\-]*$")
SCORE = re.compile(r"^\d+:\d+$")
CLAUSE_PUNCTUATION = frozenset({",", ";", ":", ".", "!", "?", "–", "(", ")", "«", "»", "„", "“", "”", '"'})
OPENING_QUOTES_AND_COLON = ("„", "«", "»", '"', ":")


def is_minute(text: str) -> bool:
    """A goal minute token: '66.', '90.+3', "19'", also APA's '78./Elfmeter' and '74./Eigentor'."""
    return MINUTE.match(text.split("/", 1)[0] if "/" in text else text) is not None


if not Doc.has_extension("fb_people"):
    Doc.set_extension("fb_people", default=None)

Name = tuple[int, int, str | None, str | None]  # start, end, role, club
FOULED_REACH = 40  # tokens: 'der Gefoulte' refers back to 'Foul an X' told this close before
Mention = list  # [start, end, label, kb_id]; a list because kb_id may still be upgraded to a full name


@Language.factory("fb_people")
def create_people_recognizer(nlp: Language, name: str) -> "PeopleRecognizer":
    return PeopleRecognizer()


@dataclass(slots=True)
class Article:
    """What the rules read about one document, built once per call."""
    doc: Doc
    texts: list[str]
    n: int
    is_name: list[bool]  # name-like word (see `PeopleRecognizer.is_name_text`) outside club and venue mentions
    club_tokens: set[int]  # inside a club or venue mention
    club_ends: dict[int, str]  # end of a club mention -> its club
    compounds: set[int]  # starts of compound club mentions ("FCK-Boss")
    opponent_ends: set[int]  # ends of club mentions after 'gegen', 'beim' ...: the opponent, no one's club
    sentence_starts: set[int]
    spaces: list[int]  # 1 where a token is followed by a space
    surnames_so_far: set[str] = field(default_factory=set)
    scorer_shaped: set[int] = field(default_factory=set)
    words: frozenset[str] = frozenset()  # every token text of the document

    def starts_sentence(self, i: int) -> bool:
        return i == 0 or i in self.sentence_starts

    def space_after(self, i: int) -> bool:
        return bool(self.spaces[i])


class PeopleRecognizer:
    def __init__(self) -> None:
        self.first_names = first_names()
        self.opposing_prepositions = word_set("opponent_context_prepositions")
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
        self.coached_teams = word_set("coached_team_nouns")
        self.role_markers = word_set("role_predicate_words")  # "X als neuen Cheftrainer"
        self.copulas = word_set("copula_verbs") | self.role_markers
        self.possessives = word_set("possessive_determiners")
        # "X traf", "X sagte": a name before them; not "stellte" or "so", which mean other things too
        self.action_verbs = (word_set("goal_verbs") | word_set("say_verbs")) - word_set("ambiguous_action_verbs")
        self.stop = word_set("not_club_words") | set(words()["weekdays"]) | set(words()["months"]) | \
            word_set("not_name_nouns") | (vocabulary() - self.first_names)
        self.scorer_list_heads = word_set("scorer_list_heads")  # "Tore: Klein 29., Ofosu 57."
        self.particles = word_set("name_particles")  # "van Dijk", "Sepp van den Berg"
        self.determiners = word_set("definite_articles")  # "der Ball", "der FCK-Boss"
        self.articles = word_set("noun_phrase_determiners")  # "X einen Konter", "X seinen Sololauf": no genitive
        # "ein", "einem", "seinem": before an adjective, a noun follows, never a name
        self.indefinite_determiners = word_set("noun_phrase_determiners") - {"der", "die", "das", "den", "dem", "des"}
        self.not_before_names = word_set("not_before_names")  # "von der Linie (112.)": no name after them
        self.prepositions = word_set("adjective_phrase_prepositions")  # "aus kurzer Distanz"
        self.auxiliaries = word_set("name_auxiliaries")
        self.verb_final = word_set("verb_final_subordinators")  # "als", "nachdem": the verb closes the clause
        self.ref_heads = {w: cat for cat, ws in words()["role_reference_heads"].items() for w in ws}
        self.role_clubs: dict[str, str] = words()["role_word_clubs"]  # "Bundestrainer X": Germany's coach
        self.assist_suffixes = tuple(lower_set("assist_noun_suffixes"))  # "Zuspiel von X"
        self.former_words = word_set("former_words")  # "der frühere Nationalspieler"
        self.age_words = word_set("age_phrase_words")  # "der 23 Jahre alte Ghanaer"
        self.not_person_roles = word_set("not_person_role_nouns")  # "der Titelverteidiger": a team
        self.one_of_several = word_set("one_of_several_words")  # "einer der Innenverteidiger"
        self.fouled_nouns = word_set("fouled_person_nouns")  # "der Gefoulte": who was fouled
        self.foul_nouns = word_set("foul_nouns")  # "nach einem Foul an X"
        self.quantities = word_set("quantity_words")  # "der beiden Innenverteidiger"
        self.not_assist_nouns = word_set("not_assist_nouns")  # "ein Fehlpass von X": no assist
        self.compound_ref_suffixes = [(s, cat) for cat, ss in words()["role_reference_compound_suffixes"].items()
                                      if not cat.startswith("_") for s in ss]
        self.ref_suffixes = [(s, cat) for cat, ss in words()["role_reference_suffixes"].items() for s in ss]
        self._name_cache = Memo(self._is_name_text)
        self._cue_before_name = Memo(self._is_cue_before_name)
        self.scoring_methods = word_set("scoring_methods_after_per")  # "Grifo per Foulelfmeter"
        self.action_nouns = word_set("action_nouns_before_von")  # "ein Kopfball von Kleinhenz"
        self._role_cache = Memo(self._role_of)
        self._reference_of = Memo(self._reference)
        self._role_suffix_tuple = tuple(suffix for suffix, _ in self.role_suffixes)
        self._abstract_suffixes = tuple(lower_set("abstract_noun_suffixes"))
        # "Champions-League-Finale", "Pokal-Derby": a compound ending in a match noun names an event
        self._event_heads = (word_set("not_club_words") | word_set("fixture_nouns")) - self.first_names

    # -- recognising -------------------------------------------------------------------------
    def role_of(self, text: str) -> str | None:
        """Role category of a role word or compound ("FCK-Geschäftsführer" -> official)."""
        return self._role_cache[text]

    def _role_of(self, text: str) -> str | None:
        if text in self.roles:
            return self.roles[text]
        if text.endswith("in"):  # the feminine form: "Kapitänin", "Spielführerin", "Torschützin"
            stem = text[:-2] if text[:-2] in self.roles else text[:-2] + "e"
            if stem in self.roles:
                return self.roles[stem]
        lower = text.lower()
        if lower.endswith("in") and lower[:-2].endswith(self._role_suffix_tuple):
            lower = lower[:-2]  # "Innenverteidigerin", "Mittelfeldspielerin"
        if not lower.endswith(self._role_suffix_tuple):
            return None  # the common case, answered in one call
        for suffix, category in self.role_suffixes:
            if lower.endswith(suffix) and len(lower) > len(suffix) + 2:
                return category
        return None

    def is_name_text(self, text: str) -> bool:
        """A capitalised word that may be (part of) a name: no known word, role, acronym or number."""
        return self._name_cache[text]

    def _is_name_text(self, text: str) -> bool:
        return (text not in self.stop and text[:1].isupper() and NAME_CHARS.match(text) is not None
                and not text.isupper() and self.role_of(text) is None and len(text) > 1
                and ("-" in text or not self._abstract_noun(text))  # "Yannick Begehrlichkeiten", not "Jae-sung"
                and not ("-" in text and text.rsplit("-", 1)[1] in self._event_heads))

    def _is_cue_before_name(self, text: str) -> bool:
        """Whether `text` can start one of the cues that look only at the words after it
        (role word, first name, verb of saying, "durch", the ")" or running score of a match box, the
        comma of a bracketed scorer list)."""
        return ((text[:1].isupper() and self.role_of(text) is not None) or text in self.first_names
                or text in self.say_verbs or text in ("durch", ")", "(", ",", ";", "von", "vom")
                or SCORE.match(text) is not None)

    def __call__(self, doc: Doc) -> Doc:
        art = self._read(doc)
        names = self._cued_names(art)
        taken = {i for start, end, _, _ in names for i in range(start, end)}
        names.extend(self._scorer_shaped_names(art, taken))
        names.extend(self._scorer_list_names(art, taken))
        self._link(doc, art, names)
        return doc

    def _read(self, doc: Doc) -> Article:
        texts = token_texts(doc)
        club_tokens: set[int] = set()
        club_ends: dict[int, str] = {}
        compounds: set[int] = set()
        opponent_ends: set[int] = set()
        opposing = self.opposing_prepositions
        for start, end, label, club in span_tuples(doc, "clubs"):
            club_tokens.update(range(start, end))
            club_ends[end] = club
            if label == "COMPOUND":
                compounds.add(start)
            if any(texts[k] in opposing for k in range(max(0, start - 2), start)):
                opponent_ends.add(end)
        for start, end, _, _ in span_tuples(doc, "venues"):
            club_tokens.update(range(start, end))
        return Article(doc, texts, len(texts), self._name_flags(texts, club_tokens), club_tokens, club_ends, compounds,
                       opponent_ends, sentence_starts(doc), token_spaces(doc), words=frozenset(texts))

    def _name_flags(self, texts: list[str], club_tokens: set[int]) -> list[bool]:
        """`is_name_text` of every token, False inside club and venue mentions."""
        flags = list(map(self._name_cache.__getitem__, texts))
        for i in club_tokens:
            flags[i] = False
        return flags

    def _cued_names(self, art: Article) -> list[Name]:
        """Names found by a cue, left to right; the words of a found name are not looked at again.
        Every cue needs a name-like word at its position or right after it, so only those
        positions are tried."""
        names: list[Name] = []
        texts, is_name = art.texts, art.is_name
        i = 0  # first position not yet tried
        for name_at in compress(range(art.n), is_name):
            for position in (name_at - 1, name_at):
                if position < i:
                    continue
                if not is_name[position] and not self._cue_before_name[texts[position]]:
                    i = position + 1  # only the cues that need a name-like word here could fire
                    continue
                cue = self._cue_at(art, position)
                if cue is None:
                    i = position + 1
                    continue
                start, role = cue
                end = self._name_end(art, start)
                role = role or self._predicate_role(texts, end) or self._minute_role(art, end)
                art.surnames_so_far.add(art.texts[end - 1])
                club = self._club_before(art, position if start > position else position - 1) \
                    or (self.role_clubs.get(texts[position]) if start > position else None)
                names.append((start, end, role, club))
                i = end
        return names

    def _cue_at(self, art: Article, i: int) -> tuple[int, str | None] | None:
        """(start of the name, its role) when a cue fires at position `i`; the first rule that fits wins."""
        texts, is_name, n = art.texts, art.is_name, art.n
        text = texts[i]
        next_is_name = i + 1 < n and is_name[i + 1]
        if text in (",", ";"):  # only one cue starts at a comma: "(Sulzbacher 12., Diambou 49., 90.+2)"
            return (i + 1, "player") if next_is_name and self._bracket_list_entry_at(art, i) else None
        if next_is_name:
            role = self.role_of(text) if text[:1].isupper() else None
            if role and (not self._role_in_noun_phrase(texts, i) or texts[i + 1] in self.first_names
                         or self._name_pair_after(art, i + 1)  # "der Niederländer Gertjan Verbeek"
                         or (self.ref_heads.get(text) == "person" and self._one_name_after(art, i + 1))):
                # "Co-Trainer Carsten Rump", "Trainer Kocak"; a word for anyone (a nationality, "der Däne
                # X") tells no role
                if self.ref_heads.get(text) != "person":
                    return i + 1, self._current(role, texts, i)
                if self._one_name_after(art, i + 1):
                    art.scorer_shaped.add(i + 1)  # "der Brasilianer Rodrygo": one name, even a first name
                return i + 1, None
            if text in self.first_names and i not in art.club_tokens:
                return i, self._role_before(texts, i)
            if text in self.say_verbs and texts[i + 1] not in self.determiners \
                    and not self._descriptor_before_name(texts, i + 1):
                return i + 1, None
            if text == "durch" and i + 2 < n and is_name[i + 2]:
                return i + 1, None  # "durch Thierno Barry": a scorer, even with a first name no list knows
        if not next_is_name and text in self.first_names and i not in art.club_tokens \
                and self._particle_surname_after(art, i):
            return i, self._role_before(texts, i)  # "Sepp van den Berg", "Virgil van Dijk"
        if next_is_name and self._unknown_name_pair(art, i):
            return i, self._role_before(texts, i)  # "ehe Nik Prelec verkürzte"
        if next_is_name and text == ")" and self._box_entry_before(texts, i):
            return i + 1, "player"  # match box "1:0 (23.) Burgstaller", "2:1 (57., Elfmeter) Kiteishvili"
        if next_is_name and text in ("von", "vom") and self._action_noun_before(texts, i) \
                and i + 2 < n and not texts[i + 2][:1].isupper():
            return i + 1, "player"  # "durch einen Kopfball von Kleinhenz", "eine Flanke von Brand"
        if next_is_name and text == "(" and self._bracketed_scorer_at(art, i + 1):
            return i + 1, "player"  # "ein Treffer kurz vor der Pause (van den Berg 43.)"
        if is_name[i] and i + 2 < n and texts[i + 1] == "per" and texts[i + 2] in self.scoring_methods \
                and not (i > 0 and (texts[i - 1] in self.determiners or self._noun_phrase_before(texts, i))):
            return i, "player"  # "Grifo per Foulelfmeter (45.)", not "der Extrazeit per Kopf"
        if next_is_name and SCORE.match(text) and self._box_entry_at(art, i):
            art.scorer_shaped.add(i + 1)  # "4:1 Rüdiger 87.": a surname, even if also a first name
            return i + 1, "player"  # "(1:0 Baumgartner 34., 1:1 Ljubic 56.)", "Torfolge: 1:0 Konaté 9., ..."
        if is_name[i] and self._before_action_verb(art, i):
            return i, self._role_before(texts, i)  # "Ronivaldo traf", "Meschack Elia traf"
        return None

    @staticmethod
    def _box_entry_before(texts: list[str], close: int) -> bool:
        """A score and a bracket opening with a minute end at `close`: '1:0 (23.)', '2:1 (57., Elfmeter)'."""
        for k in range(close - 2, max(0, close - 6), -1):
            if texts[k] == "(":
                return k >= 1 and MINUTE.match(texts[k + 1]) is not None and SCORE.match(texts[k - 1]) is not None
        return False

    def _action_noun_before(self, texts: list[str], i: int) -> bool:
        """A shot, pass or foul noun right before 'von' at i (after at most one adjective)."""
        return any(k >= 0 and texts[k] in self.action_nouns for k in (i - 1, i - 2))

    def _bracketed_scorer_at(self, art: Article, start: int) -> bool:  # start: the name's first word
        """'(van den Berg 43.)', '(Pieringer 87.)', '(Sulzbacher 12., Diambou 49., 90.+2)': a bracket
        opening with a name (a particle or two and up to three words) and a minute, closed or
        followed by the list's next entry."""
        texts, n = art.texts, art.n
        for k in range(start + 1, min(n - 1, start + 4)):
            if self._bracket_minute(texts, k, n):  # "87.", APA's "87./Elfmeter"
                return texts[k + 1] in (")", ",", ";")
            if not (art.is_name[k] or texts[k].lower() in self.particles):
                return False
        return False

    def _bracket_list_entry_at(self, art: Article, comma: int) -> bool:
        """', Diambou 49.' in '(Sulzbacher 12., Diambou 49., 90.+2)': after a comma or semicolon of a
        bracket that opened with a scorer's entry, a name and a minute make the next entry."""
        texts, n = art.texts, art.n
        if comma < 2 or not is_minute(texts[comma - 1]) or not self._bracketed_scorer_at(art, comma + 1):
            return False
        for k in range(comma - 1, max(-1, comma - 24), -1):
            if texts[k] in (")", ".") or "\n" in texts[k]:
                return False
            if texts[k] == "(":
                return k + 1 < n and art.is_name[k + 1] and self._bracketed_scorer_at(art, k + 1)
        return False

    def _box_entry_at(self, art: Article, score: int) -> bool:
        """A running score opening an entry of a match box ('(1:0 Name 34.', ', 1:1 Name (56.)'): it
        starts a line or follows a bracket, colon, comma or semicolon, and a minute comes after the
        name (one or two words)."""
        texts, n = art.texts, art.n
        if score > 0 and texts[score - 1] not in ("(", ":", ",", ";") and "\n" not in texts[score - 1]:
            return False
        for k in (score + 2, score + 3):
            if k < n and (is_minute(texts[k]) or (texts[k] == "(" and k + 1 < n and self._bracket_minute(texts, k + 1, n))):
                return True
        return False

    def _particle_surname_after(self, art: Article, i: int) -> bool:
        """One or two particles and a name-like word after position i ('van Dijk', 'van den Berg')."""
        texts, n = art.texts, art.n
        k = i + 1
        while k < n and k - i <= 2 and texts[k].lower() in self.particles:
            k += 1
        return i + 1 < k < n and art.is_name[k]

    def _descriptor_before_name(self, texts: list[str], i: int) -> bool:
        """'sagte Sportstadtrat Peter Hacker', 'sagte Berlins Trainer Joel Banks': the word after the
        verb describes the speaker whose name follows."""
        if i + 1 >= len(texts):
            return False
        nxt = texts[i + 1]
        return nxt in self.first_names or self.role_of(nxt) is not None

    @staticmethod
    def _role_in_noun_phrase(texts: list[str], i: int) -> bool:
        """'dem neuen Trainer Zeit geben': a role word with article or adjective is a noun of its own;
        the capitalised word after it is a name only when it is a known first name."""
        if i == 0:
            return False
        prev = texts[i - 1]
        return (prev.lower() in ("der", "die", "dem", "den", "des", "ein", "einen", "einem")
                or (prev[:1].islower() and prev.endswith(("en", "em", "er"))))

    @staticmethod
    def _name_pair_after(art: Article, i: int) -> bool:
        """Exactly two name-like words from i on: after a role noun with its article they are a first
        name no list knows and a surname ('der Niederländer Gertjan Verbeek'), where one word alone
        could be a noun of the phrase ('dem neuen Trainer Zeit geben')."""
        n = art.n
        return i + 1 < n and art.is_name[i + 1] and (i + 2 >= n or not art.texts[i + 2][:1].isupper())

    @staticmethod
    def _one_name_after(art: Article, i: int) -> bool:
        """One name-like word at i and a lower-case word or punctuation after it: after a nationality
        ('der Schwede Isak traf') that word is a surname; a noun the phrase could take ('ließ dem
        Schweden Zeit') is a known word, never name-like."""
        n = art.n
        return art.is_name[i] and (i + 1 >= n or not art.texts[i + 1][:1].isupper())

    def _unknown_name_pair(self, art: Article, i: int) -> bool:
        """Two capitalised words no list knows, inside a sentence and without an article before them,
        followed by a lower-case word or punctuation: in German prose that is a name."""
        texts, n = art.texts, art.n
        if not (art.is_name[i] and i + 1 < n and art.is_name[i + 1]) or i == 0 or art.starts_sentence(i):
            return False
        prev = texts[i - 1]
        if prev.lower() in self.not_before_names or prev[:1].isupper() or prev in OPENING_QUOTES_AND_COLON:
            return False
        first = texts[i]
        if first.endswith("s") and first[:-1] in art.surnames_so_far:
            return False  # "Lieberknechts Vertreter": a genitive of a known name before a noun
        return i + 2 >= n or not texts[i + 2][:1].isupper()

    def _before_action_verb(self, art: Article, i: int) -> bool:
        """One or two unknown capitalised words right before a goal or speech verb."""
        texts, is_name, n = art.texts, art.is_name, art.n
        if not is_name[i] or (i > 0 and (texts[i - 1] in self.determiners or self._noun_phrase_before(texts, i))):
            return False  # "der Ball", "aus kurzer Distanz traf"
        if i > 0 and is_name[i - 1] and not art.starts_sentence(i - 1):
            return False  # not the first word of the name
        j = i + 1
        if j < n and is_name[j]:
            j += 1
        if j >= n:
            return False
        if texts[j] in self.action_verbs:
            return True
        # "Damion Downs hatte ... geschossen": a two-word name before an auxiliary, when the first word
        # does not look like a declined adjective ("Großer Jubel war ...")
        return (j - i == 2 and texts[j] in self.auxiliaries
                and not texts[i].lower().endswith(ADJECTIVE_ENDINGS))

    def _name_end(self, art: Article, start: int) -> int:
        """End of a name starting at `start`: first names may be followed by more name parts."""
        texts, is_name, n, particles = art.texts, art.is_name, art.n, self.particles
        end = start + 1
        while end < n and end - start < 4:
            last = texts[end - 1]
            if texts[end].lower() in particles and end + 1 < n and is_name[end + 1] and last in self.first_names:
                end += 2
                continue
            if texts[end].lower() in particles and end + 2 < n and texts[end + 1].lower() in particles \
                    and is_name[end + 2] and last in self.first_names:
                end += 3  # "Sepp van den Berg", "Marten de la Cruz"
                continue
            if not is_name[end]:
                if end - start == 1 and last in self.first_names and self._plain_word_surname(art, end):
                    end += 1  # "Trainer Markus Anfang warnt": a surname that is also a common noun
                break
            if last in self.first_names or last.lower() in particles:
                end += 1
                continue
            if end - start == 1 and (end + 1 >= n or not texts[end + 1][:1].isupper()):
                end += 1  # "Trainer Callum Marshall": an unknown first name before the surname
            elif end - start == 2 and self._third_name_part(art, start, end):
                end += 1  # "Oliver Batista Meier zirkelt": a first name and a two-word surname
            break
        return end

    def _third_name_part(self, art: Article, start: int, k: int) -> bool:
        """Whether the name-like word at k, after a first name and one more unknown word, is the
        surname's second part: it closes the name before a lower-case word or punctuation, is no
        first name or surname of the article so far, and the name does not follow a subordinator
        that puts the verb last ('als Jan Brück Tim Oster bediente': an object may follow the subject)."""
        texts, n = art.texts, art.n
        word = texts[k]
        if word in self.first_names or word in art.surnames_so_far or texts[start + 1] in self.first_names:
            return False
        if start >= 1 and texts[start - 1].lower() in self.verb_final:
            return False
        after = texts[k + 1] if k + 1 < n else "."
        return (after[:1].islower() and after.isalpha()) or after in (",", ".", ":", ";", "(")

    def _plain_word_surname(self, art: Article, k: int) -> bool:
        """Whether the capitalised word at k, right after a first name, is its surname although the
        word lists know it as a noun ('Anfang', 'Sonntag'): it ends the name before a verb or a
        punctuation mark, and it is no first name, club word or determiner."""
        texts, n = art.texts, art.n
        word = texts[k]
        if not (word.istitle() and word.isalpha() and len(word) >= 3) or word in self.first_names \
                or word in self.determiners or k in art.club_tokens:
            return False
        after = texts[k + 1] if k + 1 < n else "."
        return after[:1].islower() or after in (",", ".", ":", ";", "(")

    def _predicate_role(self, texts: list[str], end: int) -> str | None:
        """'Peter Brunmayr wird neuer Cheftrainer', 'X ist der neue Sportdirektor', 'hat X als neuen
        Cheftrainer verpflichtet': the role a copula (or 'als') right after the name gives it."""
        if end >= len(texts) or texts[end] not in self.copulas:
            return None
        for k in range(end + 1, min(len(texts), end + 4)):
            text = texts[k]
            if text[:1].isupper():
                if texts[end] in self.role_markers and k + 1 < len(texts) and texts[k + 1][:1].isupper():
                    return None  # "mehr Vertrauen in X als Trainer Karel Geraerts": a comparison, a title
                return self.role_of(text)
            if not text.isalpha():
                return None
        return None

    def _role_before(self, texts: list[str], i: int) -> str | None:
        if i >= 2 and texts[i - 1] == "von" and texts[i - 2] in self.coached_teams:
            return "coach"  # "die Mannschaft von Guido Brenner": the team a coach leads
        if i >= 1:
            return self._current(self.role_of(texts[i - 1]), texts, i - 1)
        return None

    def _current(self, role: str | None, texts: list[str], i: int) -> str | None:
        """The role of the role word at i, none for a former player ('der frühere Profi Tim Hallbach':
        a coach now as often as not)."""
        if role == "player" and i >= 1 and texts[i - 1] in self.former_words:
            return None
        return role

    @staticmethod
    def _club_before(art: Article, i: int) -> str | None:
        """Club of a compound role word or a demonym/genitive right before the name; not the opponent
        before a verb ('Beim 4:0 gegen den TSV Lindenau traf X')."""
        return art.club_ends.get(i + 1) or (
            art.club_ends.get(i) if not (i in art.opponent_ends and art.texts[i][:1].islower()) else None)

    def _scorer_shaped_names(self, art: Article, taken: set[int]) -> list[Name]:
        """Scorer shape: Name (66.), also with a known first name before it. Updates `taken`."""
        texts, is_name, n = art.texts, art.is_name, art.n
        names: list[Name] = []
        for i in positions_of_text(texts, "("):
            if i < 1 or i + 1 >= n or not self._bracket_minute(texts, i + 1, n):
                continue
            start, end = i - 1, i
            if start in taken or not is_name[start]:
                continue
            if start >= 1 and texts[start - 1].lower() in self.not_before_names:
                continue  # "von der Linie (112.)", "im Santiago Bernabéu (88.)"
            if start >= 1 and self._noun_phrase_before(texts, start):
                continue  # "aus 20 Metern (81.)", "aus kurzer Distanz (84.)", "ins lange Eck (32.)"
            if start >= 1 and is_name[start - 1] and texts[start - 1] in self.first_names and start - 1 not in taken:
                start -= 1
            elif self._abstract_noun(texts[start]):
                continue  # "gelang nur noch Ergebniskosmetik (92.)": a noun, no name
            names.append((start, end, "player", None))  # "Lokotsch (45.)": a goal, card or substitution is a player's
            art.scorer_shaped.add(start)  # "4:1 Rüdiger (87.)": a surname, even if also a first name
            taken.update(range(start, end))
        return names

    def _scorer_list_names(self, art: Article, taken: set[int]) -> list[Name]:
        """APA's scorer list without brackets: 'Tore: Klein 29., Ofosu 57., Bauer 88./Elfmeter bzw.
        Schwaighofer 8.': after 'Tore:' (up to the bracket or line that closes the list), a name-like
        word (with a known first name before it, if any) right before a minute is a scorer. Updates `taken`."""
        texts, is_name, n = art.texts, art.is_name, art.n
        names: list[Name] = []
        for colon in positions_of_text(texts, ":"):
            if colon < 1 or texts[colon - 1] not in self.scorer_list_heads:
                continue
            if colon + 2 < n and MINUTE.fullmatch(texts[colon + 1]):
                names.extend(self._minute_first_list_names(art, colon, taken))
                continue
            for k in range(colon + 1, min(n - 1, colon + 60)):
                text = texts[k]
                if text == ")" or "\n" in text:
                    break
                if k in taken or not is_name[k] or not is_minute(texts[k + 1]):
                    continue
                start = k - 1 if is_name[k - 1] and texts[k - 1] in self.first_names and k - 1 not in taken else k
                names.append((start, k + 1, "player", None))  # a scorer, as in the other scorer shapes
                art.scorer_shaped.add(start)
                taken.update(range(start, k + 1))
        return names

    def _minute_first_list_names(self, art: Article, colon: int, taken: set[int]) -> list[Name]:
        """The Swiss match box's scorer line 'Tore: 23. Ajeti (Shaqiri) 0:1. 61. Zuber (Foulpenalty) 1:1.':
        up to the end of the line, a name-like word (with a known first name before it, if any) right
        after a minute is a scorer; the name in brackets after him made the goal. Updates `taken`."""
        texts, is_name, n = art.texts, art.is_name, art.n
        names: list[Name] = []
        for k in range(colon + 2, min(n, colon + 120)):
            if "\n" in texts[k]:
                break
            if k in taken or not is_name[k] or not MINUTE.fullmatch(texts[k - 1]):
                continue
            end = k + 2 if texts[k] in self.first_names and k + 1 < n and is_name[k + 1] else k + 1
            names.append((k, end, "player", None))
            art.scorer_shaped.add(k)
            taken.update(range(k, end))
        return names

    def _noun_phrase_before(self, texts: list[str], k: int) -> bool:
        """Whether the word at k ends a noun phrase: a number before it ('20 Metern'), or a
        preposition or possessive, maybe an article, and a declined adjective ('aus kurzer Distanz',
        'über die linke Seite', 'ihr fünftes Länderspieltor'). A name has neither."""
        prev = texts[k - 1]
        if prev.isdecimal() or (prev[:-1].isdecimal() and prev.endswith(".") and k >= 2
                                and texts[k - 2][:1].islower()):
            return True  # "20 Metern", "sein insgesamt 14. Länderspieltor" (not the box's "1:0 (23.) Name")
        if not (k >= 2 and prev[:1].islower() and prev.endswith(ADJECTIVE_ENDINGS)):
            return False
        before = texts[k - 2].lower()  # "aus kurzer Distanz", "über die linke Seite"
        if (before == "die" and prev.endswith("en")) or before in self.indefinite_determiners:
            # "die deutschen Klubs": 'die' and an adjective in '-en' make a plural; "ein später
            # Doppelschlag (80., 88.)": an indefinite article and an adjective make a noun; no one's name
            return True
        return before in self.prepositions or before in self.possessives or (
            k >= 3 and before in self.determiners and texts[k - 3].lower() in self.prepositions)

    def _abstract_noun(self, text: str) -> bool:
        """A long word with the ending of an abstract German noun ('-ung', '-heit', '-tik'); short
        words are spared, for surnames such as 'Jung'."""
        return len(text) >= 8 and text.lower().endswith(self._abstract_suffixes)

    def _minute_role(self, art: Article, end: int) -> str | None:
        """'Kemal Ademi (12.)': a name with a minute in brackets after it is a player's (a goal, a card,
        a substitution)."""
        texts, n = art.texts, art.n
        return "player" if end + 1 < n and texts[end] == "(" and self._bracket_minute(texts, end + 1, n) else None

    @staticmethod
    def _bracket_minute(texts: list[str], k: int, n: int) -> bool:
        """Whether a minute opens the bracket at `k`: "(66.)", APA's "(78./Elfmeter)" and "(Elfmeter/78.)"."""
        if is_minute(texts[k]):
            return True
        return k + 2 < n and texts[k + 1] == "/" and MINUTE.match(texts[k + 2]) is not None

    # -- linking -----------------------------------------------------------------------------
    def _link(self, doc: Doc, art: Article, names: list[Name]) -> None:
        names.sort()
        texts = art.texts
        info: dict[str, dict[str, str | None]] = {}
        surname_to_full: dict[str, str] = {}
        mentions: list[Mention] = []
        all_surnames = {texts[end - 1] for _, end, _, _ in names}
        for start, end, role, club in names:
            tokens = texts[start:end]
            tokens[-1] = self._nominative(art, end - 1, all_surnames)
            surname = tokens[-1]
            full = " ".join(tokens)
            if len(tokens) == 1 and tokens[0] in self.first_names and start not in art.scorer_shaped:
                continue
            if len(tokens) == 1:
                # "Torjäger Kaars": a surname introduced with its role stands for the person in later mentions
                full = surname_to_full.setdefault(surname, full) if role else surname_to_full.get(surname, full)
            else:
                surname_to_full.setdefault(surname, full)
                if full != surname_to_full[surname] and len(tokens) > len(surname_to_full[surname].split()):
                    surname_to_full[surname] = full
            entry = info.setdefault(full, {"role": None, "club": None})
            entry["role"] = entry["role"] or role
            entry["club"] = entry["club"] or club
            mentions.append([start, end, "PER", full])
        self._upgrade_surname_only(mentions, surname_to_full, info)
        covered: set[int] = set()
        for start, end, _, _ in mentions:
            covered.update(range(start, end))
        mentions.extend(self._later_mentions(art, surname_to_full, covered))
        mentions.extend(self._role_references(art, mentions, info, covered | (art.club_tokens - art.compounds)))
        mentions.sort(key=itemgetter(0))
        tuples = [tuple(mention) for mention in mentions]
        add = doc.vocab.strings.add
        labels = {"PER": add("PER"), "ROLE_REF": add("ROLE_REF")}  # a label by hash is not looked up per span
        spans = [Span(doc, start, end, label=labels[label], kb_id=kb_id) for start, end, label, kb_id in tuples]
        set_span_group(doc, "people", spans, tuples)
        doc._.fb_people = info

    @staticmethod
    def _upgrade_surname_only(mentions: list[Mention], surname_to_full: dict[str, str], info: dict) -> None:
        """Surname-only names introduced before their full form get the full name."""
        for mention in mentions:
            parts = mention[3].split()
            full = surname_to_full.get(parts[-1]) if len(parts) == 1 else None
            if full and full != mention[3]:
                entry = info.pop(mention[3], None) or {}
                target = info.setdefault(full, {"role": None, "club": None})
                for key in ("role", "club"):
                    target[key] = target[key] or entry.get(key)
                mention[3] = full

    @staticmethod
    def _later_mentions(art: Article, surname_to_full: dict[str, str], covered: set[int]) -> list[Mention]:
        """Later surname-only and genitive mentions ("Lieberknecht", "Lieberknechts")."""
        if not surname_to_full:
            return []
        texts = art.texts
        wanted = surname_to_full.keys() | {surname + "s" for surname in surname_to_full}
        found: list[Mention] = []
        for i in positions_of(texts, wanted):
            text = texts[i]
            if i in covered or not text[:1].isupper():
                continue
            if i in art.club_tokens and (i == 0 or texts[i - 1] != ")"):
                continue  # "die Rieder" is SV Ried; "2:2 (71.) Rieder" after a box minute is the player
            key = text if text in surname_to_full else text[:-1]
            found.append([i, i + 1, "PER", surname_to_full[key]])
        return found

    def _nominative(self, art: Article, i: int, all_surnames: set[str]) -> str:
        """Undo a genitive -s: "Hofmanns frühem Tor" -> Hofmann."""
        text = art.texts[i]
        if not text.endswith("s") or len(text) < 4 or text.endswith("ss") or text in self.first_names:
            return text  # "Markus", "Andreas", "Jonas": first names, not genitives
        stem = text[:-1]
        if stem in all_surnames or (stem in art.words and stem not in self.first_names and stem not in self.stop):
            return stem  # "Olises Eckstoß ... besorgte Olise": the name without -s stands in the text as well
        if i + 1 >= art.n:
            return text
        nxt = art.texts[i + 1]
        if nxt[:1].islower() and nxt.endswith(DECLINED_ADJECTIVE_ENDINGS) and nxt.isalpha() and nxt not in self.articles \
                and i + 2 < art.n and art.texts[i + 2][:1].isupper():
            return stem  # an adjective before its noun ("Hofmanns frühem Tor"), not a verb ("Benes treffen noch")
        if nxt[:1].isupper() and nxt.isalpha() and nxt not in self.first_names and \
                nxt not in self.determiners and art.space_after(i):
            return stem
        return text

    def _role_references(self, art: Article, mentions: list[Mention], info: dict,
                         blocked: set[int]) -> list[Mention]:
        """'der FCK-Boss', 'der gesperrte Fußball-Lehrer' -> the latest person of that role. A club compound
        ('der Hannover-Coach') also gives that person the club, when `info` has none for him yet."""
        if not mentions:
            return []  # nobody to refer to
        texts, n = art.texts, art.n
        ordered = sorted(mentions, key=itemgetter(0))
        first_start = ordered[0][0]
        name_starts = {mention[0] for mention in mentions}
        latest: dict[str | None, str] = {}  # role -> person last mentioned before the current token
        latest_any: str | None = None
        history: list[tuple[int, str, str | None]] = []  # (end, person, role) of the mentions read so far
        assist: tuple[int, str | None, str | None] | None = None  # the last mention, if an assist giver's:
        # (its start, its role, the person of that role before it)
        k = 0
        refs: list[Mention] = []
        for i in positions_of(texts, self.determiners):
            if i <= first_start:
                continue  # nobody mentioned before this article
            while k < len(ordered) and ordered[k][0] < i:
                person = ordered[k][3]
                role = info.get(person, {}).get("role")
                latest_any = person
                if self._assist_giver(texts, ordered[k][0]):
                    # "verwertete ein Zuspiel von X, später köpfte der Angreifer": in the same sentence a
                    # role word follows the scorer, not who set him up (a nationality or age may well mean
                    # that one: "der Ägypter")
                    assist = (ordered[k][0], role, latest.get(role))
                else:
                    assist = None
                latest[role] = person
                history.append((ordered[k][1], person, role))
                k += 1
            if i in blocked or i + 1 >= n:
                continue
            j = i + 1
            while j < n and j - i <= 3 and (texts[j][:1].islower() and texts[j].isalpha()
                                             or texts[j].isdigit() or texts[j] in self.age_words):
                if texts[j] in ("als", "wie"):
                    break  # "X, der selbst als Co-Trainer tätig war": a relative clause's role, no reference
                j += 1  # "der erfahrene", "der 23 Jahre alte"
            if j >= n or j in blocked:
                continue
            if texts[j] in self.fouled_nouns:  # "Nach einem Foul an X ... der Gefoulte verwandelte selbst"
                fouled = self._fouled_before(texts, ordered[:k], i)
                if fouled is not None:
                    refs.append([i, j + 1, "ROLE_REF", fouled])
                continue
            category = self._reference_of[texts[j]]
            if category is None:
                continue
            if texts[j].lower() == texts[j] and j + 1 < n and texts[j + 1][:1].isupper():
                # "der 46-jährige Steirer Peter Brunmayr": an age before a noun describes it; without a
                # name after it the noun is the reference ("Der 52-jährige Schweizer ist zurückgetreten")
                if j + 2 in name_starts or j + 1 in blocked or self._reference_of[texts[j + 1]] is None:
                    continue
                j += 1
                category = self._reference_of[texts[j]]
            if j + 1 < n and j + 1 in name_starts:
                continue  # "der Trainer Lieberknecht" is a name with a role, not a reference
            if texts[j] not in self.ref_heads and not self._compound_reference(texts, i, j):
                continue
            by_role, anyone = latest, latest_any
            if assist is not None and history[-1][0] <= assist[0] + 4 and (
                    "." not in texts[assist[0]:i] or self._scorer_beside_assist(texts, history, assist[0], i)):
                by_role = {**latest, assist[1]: assist[2]}  # the assist giver, named last, set aside
            if self._same_clause(texts, history[-1][0], i):
                # "Auch für Arnautović fand der Deutsche tröstende Worte": not the person of its own clause
                by_role = self._latest_before(history)
                anyone = None  # and a word for anyone then means nobody named
            if category == "player" and not self.former_words.isdisjoint(texts[i + 1:j]):
                category = "any"  # "der frühere Nationalspieler": a coach now as often as not
            if category == "any":
                person = anyone
            else:  # nobody of that role yet: the latest person without one
                person = by_role.get(category) or by_role.get(None)
                if category == "player" and by_role.get(None) is not None:
                    person = self._later_named(history, person, by_role[None])  # "Abwehrchef X ... Y köpfte
                    # zum 2:1 ein. Den Schlusspunkt setzte der Angreifer": Y, named since
                elif category == "coach" and by_role.get(None) is not None and person is not None \
                        and self._named_in_paragraph(texts, history, by_role[None], i) \
                        and not self._named_in_paragraph(texts, history, person, i):
                    person = by_role[None]  # "Cheftrainer X ... [new paragraph] Y warf hin, sagte der Fußballlehrer": Y
            end, last, last_role = history[-1]
            if category == "player" and texts[i - 1] == "," and end == i - 1 and last_role in (None, category):
                person = last  # "auf den Kopf von Luka Rakić, der Innenverteidiger nickte ein": the name just told
            if person:
                refs.append([i, j + 1, "ROLE_REF", person])
                entry = info.get(person)
                if entry is not None and entry["club"] is None and "-" in texts[j]:
                    entry["club"] = art.club_ends.get(j + 1)  # "sagte der 96-Coach": the club of the person meant
        return refs

    def _compound_reference(self, texts: list[str], i: int, j: int) -> bool:
        """Whether a one-word compound role noun ('Innenverteidiger') at j, with the article at i,
        refers back to one person: a singular article, and no 'von X' or 'des X' after it that
        describes someone new ('Der Innenverteidiger von Hertha BSC')."""
        if "-" in texts[j] or texts[j][:-1] in self.ref_heads:
            return True  # "der FCK-Boss", a declined head ("des Schweizers"): read as before
        return texts[i].lower() in ("der", "dem", "den", "des") and not (i and texts[i - 1].lower() in self.one_of_several) \
            and not any(text.isdigit() or text in self.quantities for text in texts[i + 1:j]) \
            and not (j + 1 < len(texts) and texts[j + 1] in ("von", "vom", "des"))  # not "einer der beiden Innenverteidiger"

    def _fouled_before(self, texts: list[str], before: list[Mention], i: int) -> str | None:
        """The person named last after 'Foul an' (a role word may stand between) within
        FOULED_REACH tokens before i."""
        for start, _, _, person in reversed(before):
            if i - start > FOULED_REACH:
                return None
            k = start - 1
            if k > 0 and texts[k][:1].isupper() and self.role_of(texts[k]) is not None:
                k -= 1  # "Foul an Stürmer X"
            if k > 0 and texts[k] == "an" and texts[k - 1] in self.foul_nouns:
                return person
        return None

    def _assist_giver(self, texts: list[str], start: int) -> bool:
        """'ein flaches Zuspiel von Leon Bailey': the name of who set up a goal (not 'ein Fehlpass von X')."""
        return start >= 2 and texts[start - 1] == "von" and texts[start - 2].lower().endswith(self.assist_suffixes) \
            and texts[start - 2] not in self.not_assist_nouns

    @staticmethod
    def _scorer_beside_assist(texts: list[str], history: list[tuple[int, str, str | None]], assist: int,
                              i: int) -> bool:
        """'Y köpfte nach einer Ecke von X ein (49.). Später traf der Angreifer erneut': the sentence
        right before token i names another person before the assist giver at `assist`, who set him up."""
        return texts[assist:i].count(".") == 1 and len(history) >= 2 and history[-2][1] != history[-1][1] \
            and "." not in texts[history[-2][0]:assist]

    @staticmethod
    def _same_clause(texts: list[str], end: int, i: int) -> bool:
        """Whether tokens end..i-1 hold no punctuation: a name ending at `end` and token i share a clause."""
        return not any(texts[j] in CLAUSE_PUNCTUATION or "\n" in texts[j] for j in range(end, i))

    @staticmethod
    def _named_in_paragraph(texts: list[str], history: list[tuple[int, str, str | None]], person: str, i: int) -> bool:
        """Whether `person` was last named in the paragraph of token i (no line break since)."""
        end = max((end for end, named, _ in history if named == person), default=None)
        return end is not None and not any(text.isspace() and "\n" in text for text in texts[end:i])

    @staticmethod
    def _later_named(history: list[tuple[int, str, str | None]], first: str, second: str) -> str:
        """Of two persons, the one the history names last."""
        last_end = {person: end for end, person, _ in history}
        return second if last_end.get(second, -1) > last_end.get(first, -1) else first

    @staticmethod
    def _latest_before(history: list[tuple[int, str, str | None]]) -> dict[str | None, str]:
        """The latest person per role, leaving out the person named last."""
        last = history[-1][1]
        return {role: person for _, person, role in history if person != last}

    def _reference(self, text: str) -> str | None:
        """The role a reference head word stands for, "any" for whoever was just talked about."""
        category = self._reference_category(text)
        if category is None and AGE.match(text):
            return "any"  # "der 63-Jährige": the person just talked about
        if category == "person":
            return "any"  # "der Niederländer": whoever was just talked about, coach or player
        return category

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
        elif text[:1].isupper() and text not in self.not_person_roles:  # not "der Titelverteidiger"
            for suffix, category in self.compound_ref_suffixes:  # "der Innenverteidiger"
                if lower.endswith(suffix) and len(lower) > len(suffix):
                    return category
        return None
