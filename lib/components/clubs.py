"""`fb_clubs`: club and national-team mentions, resolved to canonical names.

Known clubs come from `lib/data/clubs.json` through a `PhraseMatcher` (names, aliases,
nicknames, demonyms) plus compounds ("FCK-Boss", "Bochum-Stürmer"). Clubs no list knows are
found by their shape ("SV Musterstadt", "1. FC Irgendwo 09"). An alias
shared by several clubs ("Hamburger", "VfL", "Eintracht") is resolved by the clubs the same
article names unambiguously, and dropped when it stays ambiguous.

Result: `doc.spans["clubs"]`, each span's `kb_id_` the canonical name and `label_` how it
was named: NAME, NICK, DEMONYM, COMPOUND, CITY or UNKNOWN; `doc.spans["venues"]`, stadium
mentions with the owning club as `kb_id_`.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .tokens import token_texts
from ..lexicon import club_index, first_names, vocabulary, word_set

HOW_TO_LABEL = {"name": "NAME", "alias": "NAME", "nick": "NICK", "demonym": "DEMONYM"}
WEAK_ALIASES_KEY = "weak_aliases"
AGENCIES = {"dpa", "SID", "sid", "APA", "AFP", "afp", "AP", "ap", "sda", "SDA", "Keystone-SDA", "kicker", "KNA", "dts",
            "Reuters", "reuters", "red", "eig"}
SCORE = re.compile(r"^\d{1,2}:\d{1,2}$")
CONTEXT_PREPOSITIONS = {"gegen", "beim", "bei"}
SINGULAR_ARTICLES = {"der", "Der", "dem", "des", "ein", "Ein", "einem", "eines"}
CITY_GOVERNORS = {"in", "In", "nach", "aus", "bei"}


@Language.factory("fb_clubs")
def create_club_recognizer(nlp: Language, name: str) -> "ClubRecognizer":
    return ClubRecognizer(nlp)


Candidates = tuple[tuple[str, str], ...]  # ((canonical, how), ...)
Found = tuple[int, int, str, Candidates]  # start, end, surface, candidates
Mention = tuple[int, int, str, str]  # start, end, label, kb_id
MAX_MEMO = 200_000


class ClubRecognizer:
    def __init__(self, nlp: Language) -> None:
        self.index = club_index()
        # one matcher for club names, cities and stadiums: a single pass over the doc
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.matcher.add("CLUB", list(nlp.tokenizer.pipe(sorted(self.index.surfaces))))
        self.matcher.add("CITY", list(nlp.tokenizer.pipe(sorted(self.index.cities))))
        self.matcher.add("VENUE", list(nlp.tokenizer.pipe(sorted(self.index.stadiums))))
        self.match_keys = {nlp.vocab.strings[key]: key for key in ("CLUB", "CITY", "VENUE")}
        self.prefixes = word_set("club_prefixes") - {"1."}
        self.stop = word_set("not_club_words")
        self.vocabulary = vocabulary() | first_names()
        self.suffixes = word_set("club_suffix_tokens")
        self.not_team_tails = tuple(word_set("compound_tails_not_team"))  # "DFB-Pokal" is no team
        self.weak = word_set(WEAK_ALIASES_KEY)
        self.team_nouns = word_set("team_reference_nouns")
        self._shapes: dict[str, tuple[Candidates, Candidates]] = {}  # token text -> its shape's candidates
        self._shapes_seen: set[str] = set()  # token texts whose shape was looked at (most have none)

    def __call__(self, doc: Doc) -> Doc:
        texts = token_texts(doc)
        words = set(texts)
        matches: dict[str, list[tuple[int, int]]] = {"CLUB": [], "CITY": [], "VENUE": []}
        for key, start, end in self.matcher(doc):
            matches[self.match_keys[key]].append((start, end))
        found: list[Found] = []
        for start, end in matches["CLUB"]:
            text = _surface(doc, texts, start, end)
            found.append((start, end, text, self.index.candidates(text)))
        found += self._shaped(texts, words, found)
        anchored = {cands[0][0] for _, _, text, cands in found
                    if _single_name(cands) and cands[0][1] in ("name", "alias") and text not in self.weak}
        anchored |= self._city_evidence(words, found, anchored)
        mentions = self._named(texts, words, found, anchored)
        known = {(start, end) for start, end, _, _ in mentions}
        for start, end in self.unknown_clubs(texts):
            if (start, end) not in known:
                inner = self._resolve(self.index.candidates(_surface(doc, texts, start + 1, end)), anchored) \
                    if end - start > 1 else None  # "SK Rapid": the known "Rapid"
                if inner:
                    mentions.append((start, end, "NAME", inner))
                else:
                    mentions.append((start, end, "UNKNOWN", _surface(doc, texts, start, end)))
        taken = {i for start, end, _, _ in mentions for i in range(start, end)}
        for start, end in self.opponents_by_context(texts, taken):
            mentions.append((start, end, "UNKNOWN", _surface(doc, texts, start, end)))
        for start, end in matches["CITY"]:
            if start and texts[start - 1] in CITY_GOVERNORS:
                clubs = self.index.cities[_surface(doc, texts, start, end)]
                canonical = self._resolve(tuple((c, "city") for c in clubs if c in anchored), anchored)
                if canonical:  # a city stands for a club only when the article names that club too
                    mentions.append((start, end, "CITY", canonical))
        doc.spans["clubs"] = [Span(doc, start, end, label=label, kb_id=kb_id)
                              for start, end, label, kb_id in _longest_first(mentions)]
        venues = [(start, end, "VENUE", self.index.stadiums[_surface(doc, texts, start, end)])
                  for start, end in matches["VENUE"]]
        doc.spans["venues"] = [Span(doc, start, end, label=label, kb_id=kb_id)
                               for start, end, label, kb_id in _filter_spans(venues)]
        return doc

    def _shaped(self, texts: list[str], words: set[str], found: list[Found]) -> list[Found]:
        """Single tokens whose shape names a club: genitives ("Bochums", "Österreichs") where no
        name matched, compounds ("FCK-Boss", "Bochum-Stürmer")."""
        shaped_words = self._shaped_words(words)
        if not shaped_words:
            return []
        matched = {i for start, end, _, _ in found for i in range(start, end)}
        shaped: list[Found] = []
        for i, text in enumerate(texts):
            if text not in shaped_words:
                continue
            genitive, compound = self._shapes[text]
            if genitive and i not in matched:
                shaped.append((i, i + 1, text, genitive))
            elif compound:
                shaped.append((i, i + 1, text, compound))
        return shaped

    def _shaped_words(self, words: set[str]) -> set[str]:
        """The words with a genitive or compound reading; each word's shape is looked at once."""
        if len(self._shapes_seen) > MAX_MEMO:
            self._shapes_seen.clear()
            self._shapes.clear()
        for text in words - self._shapes_seen:
            genitive, compound = self._shape(text)
            if genitive or compound:
                self._shapes[text] = (genitive, compound)
        self._shapes_seen |= words
        return self._shapes.keys() & words

    def _shape(self, text: str) -> tuple[Candidates, Candidates]:
        """(genitive candidates, compound candidates) of one token text."""
        genitive: Candidates = ()
        compound: Candidates = ()
        if len(text) > 4 and text.endswith("s") and text[0].isupper():
            genitive = tuple(c for c in self.index.candidates(text[:-1]) if c[1] in ("name", "alias"))
        if "-" in text[1:-1]:
            head, tail = text.split("-", 1)
            if not tail.startswith(self.not_team_tails):
                compound = tuple((c, "compound") for c, _ in self.index.candidates(head))
        return genitive, compound

    def _named(self, texts: list[str], words: set[str], found: list[Found], anchored: set[str]) -> list[Mention]:
        """The found names that stand for one club in this article."""
        positions: dict[str, list[int]] = {}
        for start, _, _, cands in found:
            if _single_name(cands):
                positions.setdefault(cands[0][0], []).append(start)
        datelines = self._datelines(texts, words)
        mentions: list[Mention] = []
        for start, end, text, cands in found:
            if start in datelines:
                continue  # "Hamburg (dpa) - ...": where the report was filed, not a club
            canonical = self._resolve(cands, anchored, positions, start)
            if canonical is None or (text in self.weak and canonical not in anchored):
                continue
            if text in self.team_nouns and canonical not in anchored:
                continue  # a region word ("die Rheinländer") for a club the article does not name
            how = cands[0][1]
            if how == "demonym" and start and texts[start - 1] in SINGULAR_ARTICLES and \
                    self.index.clubs[canonical].kind == "national":
                continue  # "der Nigerianer traf": one player, not the national team
            mentions.append((start, end, "COMPOUND" if how == "compound" else HOW_TO_LABEL[how], canonical))
        return mentions

    @staticmethod
    def _datelines(texts: list[str], words: set[str]) -> set[int]:
        """Token positions of datelines: 'Köln/Karlsruhe (dpa) -', 'Wolfsburg. Der VfL ...' at a line start."""
        positions: set[int] = set()
        n = len(texts)
        line_breaks = {t for t in words if "\n" in t and t.isspace()}
        line_starts = [k + 1 for k, t in enumerate(texts) if t in line_breaks] if line_breaks else []
        for start in [0] + line_starts:
            k = start
            while k < n and k - start < 8 and (texts[k][:1].isupper() or texts[k] == "/"):
                k += 1
            if k == start or k >= n:
                continue
            agency = texts[k] == "(" and k + 2 < n and texts[k + 2] == ")" and texts[k + 1] in AGENCIES
            if agency or (texts[k] == "." and k - start == 1):
                positions.update(range(start, k))
        return positions

    def _city_evidence(self, words: set[str], found: list[Found], anchored: set[str]) -> set[str]:
        """Clubs an ambiguous name can only mean given the cities the article names:
        'das Wiener Derby gegen die Austria' -> Austria Wien."""
        extra: set[str] = set()
        for _, _, _, cands in found:
            if len(cands) < 2:
                continue
            names = {c for c, _ in cands}
            if len(names) < 2 or names & anchored:
                continue
            local = {n for n in names if (city := self.index.clubs[n].city) and (city in words or city + "er" in words)}
            if len(local) == 1:
                extra |= local
        return extra

    def unknown_clubs(self, texts: list[str]):
        """Clubs by their shape: 'SV Musterstadt', 'FC Irgendwo 09', 'TSV 1860 Neustadt', '1. FC X'."""
        if self.prefixes.isdisjoint(texts):
            return
        n = len(texts)
        for i in [k for k, text in enumerate(texts) if text in self.prefixes]:
            start = i - 1 if i and texts[i - 1] == "1." else i
            j = i + 1
            if j < n and texts[j].isdigit() and len(texts[j]) in (2, 4):
                j += 1
            if j < n and self._name_like(texts[j]):
                j += 1
                if j < n and texts[j].isdigit() and len(texts[j]) in (2, 4) and j - i == 2:
                    j += 1
                yield start, j

    def opponents_by_context(self, texts: list[str], taken: set[int]):
        """'gewann gegen Musterstadt 2:1', 'verlor beim Musterstädter SV': a capitalised word no list
        knows after 'gegen'/'beim'/'bei' in a sentence that states a result."""
        if CONTEXT_PREPOSITIONS.isdisjoint(texts):
            return
        scores = [k for k, t in enumerate(texts) if ":" in t and SCORE.match(t)]
        if not scores:
            return
        n = len(texts)
        for i in [k for k, text in enumerate(texts) if text in CONTEXT_PREPOSITIONS]:
            j = i + 1
            if j < n and texts[j] in ("den", "dem", "die", "das"):
                j += 1
            if j >= n or j in taken or not self._name_like(texts[j]) or texts[j] in self.vocabulary:
                continue
            end = j + 1
            if end < n and end not in taken and (texts[end] in self.suffixes or (
                    self._name_like(texts[end]) and texts[end] not in self.vocabulary)):
                end += 1  # "Musterstädter SV", "Bad Neustadt"
            if any(0 < k - end <= 6 or 0 < i - k <= 8 for k in scores):
                yield j, end

    def _name_like(self, text: str) -> bool:
        return text.istitle() and text.isalpha() and text not in self.stop

    @staticmethod
    def _resolve(candidates: Candidates, anchored: set[str],
                 positions: dict[str, list[int]] | None = None, at: int = 0) -> str | None:
        """The one candidate; else the one the article names; else the one it named last before `at`."""
        if len(candidates) == 1:
            return candidates[0][0]
        names = list(dict.fromkeys(c for c, _ in candidates))
        if len(names) == 1:
            return names[0]
        in_article = [n for n in names if n in anchored]
        if len(in_article) == 1:
            return in_article[0]
        if positions and in_article:
            latest, name = max((max((p for p in positions.get(n, ()) if p < at), default=-1), n) for n in in_article)
            if latest >= 0:
                return name
        return None


def _single_name(candidates: Candidates) -> bool:
    """All candidates name the same club (it may be known under several forms)."""
    return len(candidates) == 1 or (bool(candidates) and all(c == candidates[0][0] for c, _ in candidates))


def _surface(doc: Doc, texts: list[str], start: int, end: int) -> str:
    """`doc[start:end].text`, without building the span (and its tokens) for one-token mentions."""
    if end - start == 1:
        return texts[start]
    return "".join([texts[k] + doc[k].whitespace_ for k in range(start, end - 1)]) + texts[end - 1]


LABEL_RANK = {"NAME": 0, "NICK": 1, "DEMONYM": 2, "COMPOUND": 3, "CITY": 4, "UNKNOWN": 5}


def _longest_first(mentions: list[Mention]) -> list[Mention]:
    """Non-overlapping mentions in document order; a NAME beats a CITY or UNKNOWN of equal length."""
    return _filter_spans(sorted(mentions, key=lambda m: LABEL_RANK[m[2]]))


def _filter_spans(mentions: list[Mention]) -> list[Mention]:
    """`spacy.util.filter_spans` on (start, end, ...) tuples: the (first) longest of overlapping
    mentions wins; the result is in document order."""
    result: list[Mention] = []
    seen: set[int] = set()
    for mention in sorted(mentions, key=lambda m: (m[1] - m[0], -m[0]), reverse=True):
        start, end = mention[0], mention[1]
        if start not in seen and end - 1 not in seen:
            result.append(mention)
            seen.update(range(start, end))
    return sorted(result, key=lambda m: m[0])
