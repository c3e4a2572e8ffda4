"""`fb_sport`: is this article about football?

Counts football cues against cues of other sports (handball's "Siebenmeter", ice hockey's
"Drittel", tennis sets, clubs such as "EC KAC") and politics/business, with a `PhraseMatcher`
fed from words.json (`other_sport_cues`, `other_sport_clubs`). Scores above football's range
(a side with more than 15) count for other sports, and so does a bracket of three or more part
scores ("4:3 (0:1, 2:1, 1:1, 1:0)"): ice hockey's periods or basketball's quarters, where football
brackets hold at most the half-time and the 90-minute score. In an article with few football cues,
compounds ending in another sport's word ("Weltcup-Slalom", `other_sport_cue_suffixes`) count too, and
so do the parts of a scorer list's entry ("19./Strafecke").
Sets `doc._.sport` ("football" or the other sport's name) and `doc._.sport_cues`.
"""
from __future__ import annotations

from collections import Counter

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from .tokens import Memo, span_tuples, token_texts
from ..lexicon import words

if not Doc.has_extension("sport"):
    Doc.set_extension("sport", default="football")
    Doc.set_extension("sport_cues", default=None)

HIGH_SCORE = 15
MOST_FOOTBALL_PART_SCORES = 2  # "2:1 n.V. (1:0, 1:1)"
FEW_FOOTBALL_CUES = 4  # below this many football cues, compound words of other sports are counted too
PART_SCORES_WEIGHT = 3  # more than a coach and a named club: football never reports periods


@Language.factory("fb_sport")
def create_sport_classifier(nlp: Language, name: str) -> "SportClassifier":
    return SportClassifier(nlp)


class SportClassifier:
    def __init__(self, nlp: Language) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.matcher.add("football", list(nlp.tokenizer.pipe(words()["football_cues"])))
        clubs = {sport: names for sport, names in words()["other_sport_clubs"].items() if not sport.startswith("_")}
        for sport, cues in words()["other_sport_cues"].items():
            names = [form for name in clubs.get(sport, ()) for form in inflected_club_names(name)]
            self.matcher.add(sport, list(nlp.tokenizer.pipe([*cues, *names])))
        self.sports = {nlp.vocab.strings[sport]: sport for sport in ["football", *words()["other_sport_cues"]]}
        # one-word cues of other sports, for the parts of a scorer list's entry ("19./Strafecke"); a cue of
        # two sports ("Siebenmeter") counts for both, as the matcher counts it
        self.slash_cues: dict[str, list[str]] = {}
        for sport, cues in words()["other_sport_cues"].items():
            for cue in cues:
                if " " not in cue:
                    self.slash_cues.setdefault(cue, []).append(sport)
        self.compound_endings = {sport: tuple(endings) for sport, endings in words()["other_sport_cue_suffixes"].items()
                                 if not sport.startswith("_")}
        self.all_endings = tuple(e for endings in self.compound_endings.values() for e in endings)
        self._sport_of_compound = Memo(self._compound_sport)  # word -> sport of its ending, None for most

    def _compound_sport(self, text: str) -> str | None:
        lower = text.lower()
        if not lower.endswith(self.all_endings):
            return None
        return next(sport for sport, endings in self.compound_endings.items() if lower.endswith(endings))

    def __call__(self, doc: Doc) -> Doc:
        sports = self.sports
        counts: Counter[str] = Counter([sports[match_id] for match_id, _, _ in self.matcher(doc)])
        scores = span_tuples(doc, "scores")
        if scores:
            texts = token_texts(doc)
            for start, end, _, _ in scores:
                if end < len(texts) and texts[end] in ("Uhr", "h"):
                    continue  # a kick-off time, "21:00 Uhr"
                digits = texts[start].split("-")[0].split(":")  # a score is one token ("2:1", "3:1-Sieg")
                if max(int(d) for d in digits) > HIGH_SCORE:
                    counts["high_scores"] += 2
            if has_part_score_bracket(texts, [start for start, _, _, _ in scores]):
                counts["high_scores"] += PART_SCORES_WEIGHT
        if "/" in doc.text:
            for text in token_texts(doc):
                if "/" in text:
                    for part in text.split("/"):
                        counts.update(self.slash_cues.get(part, ()))
        if span_tuples(doc, "clubs"):
            counts["football"] += 1  # football clubs named: weak evidence (handball clubs exist too)
        if counts.get("football", 0) <= FEW_FOOTBALL_CUES:  # compounds then decide: "Weltcup-Slalom", "Nachtslalom"
            sport_of_compound = self._sport_of_compound
            for text in token_texts(doc):
                if len(text) > 6 and (sport := sport_of_compound[text]) is not None:
                    counts[sport] += 1
        extensions = doc._  # each `doc._` builds a new accessor
        extensions.sport_cues = dict(counts)
        extensions.sport = classify(counts)
        return doc


def inflected_club_names(name: str) -> tuple[str, ...]:
    """A club name as the text may decline it: 'den Kölner Haien' (dative plural), 'der Adler
    Mannheims' (genitive of the city)."""
    forms = [name]
    if name.endswith("e"):
        forms.append(name + "n")
    if not name.endswith(("s", "x", "z")):
        forms.append(name + "s")
    return tuple(forms)


def has_part_score_bracket(texts: list[str], score_starts: list[int]) -> bool:
    """Whether a bracket holds more than two part scores: "(0:1, 2:1, 1:1, 1:0)"."""
    starts = set(score_starts)
    for start in score_starts:
        if start == 0 or texts[start - 1] != "(":
            continue
        k, parts = start, 0
        while k in starts:
            parts += 1
            if k + 1 < len(texts) and texts[k + 1] in (",", ";"):
                k += 2
            else:
                break
        if parts > MOST_FOOTBALL_PART_SCORES:
            return True
    return False


def classify(counts: Counter[str]) -> str:
    football = counts.get("football", 0)
    others = {k: v for k, v in counts.items() if k not in ("football", "politics", "high_scores")}
    best, best_count = max(others.items(), key=lambda kv: kv[1], default=("other", 0))
    best_count += counts.get("high_scores", 0)
    if best_count >= 2 and best_count > football:
        return best if best != "other" or best_count else "other"
    if football == 0 and counts.get("politics", 0) >= 2:
        return "politics"
    return "football"
