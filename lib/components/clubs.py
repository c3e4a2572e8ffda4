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


class ClubRecognizer:
    def __init__(self, nlp: Language) -> None:
        self.index = club_index()
        self.phrases = PhraseMatcher(nlp.vocab, attr="ORTH")
        surfaces = sorted(self.index.surfaces)
        self.phrases.add("CLUB", list(nlp.tokenizer.pipe(surfaces)))
        self.cities = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.cities.add("CITY", list(nlp.tokenizer.pipe(sorted(self.index.cities))))
        self.venues = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.venues.add("VENUE", list(nlp.tokenizer.pipe(sorted(self.index.stadiums))))
        self.prefixes = word_set("club_prefixes") - {"1."}
        self.stop = word_set("not_club_words")
        self.vocabulary = vocabulary() | first_names()
        self.suffixes = word_set("club_suffix_tokens")
        self.not_team_tails = tuple(word_set("compound_tails_not_team"))  # "DFB-Pokal" is no team
        self.weak = word_set(WEAK_ALIASES_KEY)
        self.team_nouns = word_set("team_reference_nouns")

    def __call__(self, doc: Doc) -> Doc:
        texts = token_texts(doc)

        def surface(start: int, end: int) -> str:
            return texts[start] if end - start == 1 else doc[start:end].text

        found: list[tuple[int, int, tuple[tuple[str, str], ...]]] = []
        for _, start, end in self.phrases(doc):
            found.append((start, end, self.index.candidates(surface(start, end))))
        matched = {i for start, end, _ in found for i in range(start, end)}
        for i, text in enumerate(texts):
            if i not in matched and len(text) > 4 and text.endswith("s") and text[0].isupper():
                candidates = tuple(c for c in self.index.candidates(text[:-1]) if c[1] in ("name", "alias"))
                if candidates:  # genitive: "Bochums", "Österreichs"
                    found.append((i, i + 1, candidates))
                    continue
            if "-" in text[1:-1] and not text.split("-", 1)[1].startswith(self.not_team_tails):
                candidates = self.index.candidates(text.split("-", 1)[0])
                if candidates:  # compound: "FCK-Boss", "Bochum-Stürmer"
                    found.append((i, i + 1, tuple((c, "compound") for c, _ in candidates)))
        anchored = {cands[0][0] for start, end, cands in found
                    if len({c for c, _ in cands}) == 1 and cands[0][1] in ("name", "alias")
                    and surface(start, end) not in self.weak}
        anchored |= self._city_evidence(texts, found, anchored)
        positions: dict[str, list[int]] = {}
        for start, end, cands in found:
            if len({c for c, _ in cands}) == 1:
                positions.setdefault(cands[0][0], []).append(start)
        datelines = self._datelines(texts)
        spans: list[Span] = []
        for start, end, cands in found:
            text = surface(start, end)
            if start in datelines:
                continue  # "Hamburg (dpa) - ...": where the report was filed, not a club
            canonical = self._resolve(cands, anchored, positions, start)
            if canonical is None or (text in self.weak and canonical not in anchored):
                continue
            if text in self.team_nouns and canonical not in anchored:
                continue  # a region word ("die Rheinländer") for a club the article does not name
            if cands[0][1] == "demonym" and start and texts[start - 1] in SINGULAR_ARTICLES and \
                    self.index.clubs[canonical].kind == "national":
                continue  # "der Nigerianer traf": one player, not the national team
            how = cands[0][1]
            label = "COMPOUND" if how == "compound" else HOW_TO_LABEL[how]
            spans.append(Span(doc, start, end, label=label, kb_id=canonical))
        known = {(s.start, s.end) for s in spans}
        for start, end in self.unknown_clubs(texts):
            if (start, end) not in known:
                inner = self._resolve(self.index.candidates(surface(start + 1, end)), anchored) \
                    if end - start > 1 else None  # "SK Rapid": the known "Rapid"
                if inner:
                    spans.append(Span(doc, start, end, label="NAME", kb_id=inner))
                else:
                    spans.append(Span(doc, start, end, label="UNKNOWN", kb_id=surface(start, end)))
        taken = {i for s in spans for i in range(s.start, s.end)}
        for start, end in self.opponents_by_context(texts, taken):
            spans.append(Span(doc, start, end, label="UNKNOWN", kb_id=surface(start, end)))
        for _, start, end in self.cities(doc):
            if start and texts[start - 1] in CITY_GOVERNORS:
                clubs = self.index.cities[surface(start, end)]
                canonical = self._resolve(tuple((c, "city") for c in clubs if c in anchored), anchored)
                if canonical:  # a city stands for a club only when the article names that club too
                    spans.append(Span(doc, start, end, label="CITY", kb_id=canonical))
        doc.spans["clubs"] = _longest_first(spans)
        venues = [Span(doc, start, end, label="VENUE", kb_id=self.index.stadiums[surface(start, end)])
                  for _, start, end in self.venues(doc)]
        doc.spans["venues"] = sorted(filter_spans(venues), key=lambda s: s.start)
        return doc

    @staticmethod
    def _datelines(texts: list[str]) -> set[int]:
        """Token positions of datelines: 'Köln/Karlsruhe (dpa) -', 'Wolfsburg. Der VfL ...' at a line start."""
        positions: set[int] = set()
        n = len(texts)
        for start in [0] + [k + 1 for k, t in enumerate(texts) if "\n" in t and t.isspace()]:
            k = start
            while k < n and k - start < 8 and (texts[k][:1].isupper() or texts[k] == "/"):
                k += 1
            if k == start or k >= n:
                continue
            agency = texts[k] == "(" and k + 2 < n and texts[k + 2] == ")" and texts[k + 1] in AGENCIES
            if agency or (texts[k] == "." and k - start == 1):
                positions.update(range(start, k))
        return positions

    def _city_evidence(self, texts: list[str], found, anchored: set[str]) -> set[str]:
        """Clubs an ambiguous name can only mean given the cities the article names:
        'das Wiener Derby gegen die Austria' -> Austria Wien."""
        words = set(texts)
        extra: set[str] = set()
        for _, _, cands in found:
            names = {c for c, _ in cands}
            if len(names) < 2 or names & anchored:
                continue
            local = {n for n in names if (city := self.index.clubs[n].city) and (city in words or city + "er" in words)}
            if len(local) == 1:
                extra |= local
        return extra

    def unknown_clubs(self, texts: list[str]):
        """Clubs by their shape: 'SV Musterstadt', 'FC Irgendwo 09', 'TSV 1860 Neustadt', '1. FC X'."""
        n = len(texts)
        for i, text in enumerate(texts):
            if text not in self.prefixes:
                continue
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
        scores = [k for k, t in enumerate(texts) if ":" in t and SCORE.match(t)]
        if not scores:
            return
        for i, text in enumerate(texts):
            if text not in CONTEXT_PREPOSITIONS:
                continue
            j = i + 1
            if j < len(texts) and texts[j] in ("den", "dem", "die", "das"):
                j += 1
            if j >= len(texts) or j in taken or not self._name_like(texts[j]) or texts[j] in self.vocabulary:
                continue
            end = j + 1
            if end < len(texts) and end not in taken and (texts[end] in self.suffixes or (
                    self._name_like(texts[end]) and texts[end] not in self.vocabulary)):
                end += 1  # "Musterstädter SV", "Bad Neustadt"
            if any(0 < k - end <= 6 or 0 < i - k <= 8 for k in scores):
                yield j, end

    def _name_like(self, text: str) -> bool:
        return text.istitle() and text.isalpha() and text not in self.stop

    @staticmethod
    def _resolve(candidates: tuple[tuple[str, str], ...], anchored: set[str],
                 positions: dict[str, list[int]] | None = None, at: int = 0) -> str | None:
        """The one candidate; else the one the article names; else the one it named last before `at`."""
        names = list(dict.fromkeys(c for c, _ in candidates))
        if len(names) == 1:
            return names[0]
        in_article = [n for n in names if n in anchored]
        if len(in_article) == 1:
            return in_article[0]
        if positions and in_article:
            before = [(max(p for p in positions.get(n, [-1]) if p < at) if any(p < at for p in positions.get(n, []))
                       else -1, n) for n in in_article]
            latest, name = max(before)
            if latest >= 0:
                return name
        return None


def _longest_first(spans: list[Span]) -> list[Span]:
    """Non-overlapping spans in document order; a NAME beats a CITY or UNKNOWN of equal length."""
    rank = {"NAME": 0, "NICK": 1, "DEMONYM": 2, "COMPOUND": 3, "CITY": 4, "UNKNOWN": 5}
    spans = sorted(spans, key=lambda s: rank[s.label_])
    return sorted(filter_spans(spans), key=lambda s: s.start)

