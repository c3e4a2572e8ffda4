"""`fb_anchors`: the places facts hang on: scores ("2:3", "3:1-Sieg") and quotations.

Scores are tokens of the shape "2:3" or "3:1-Sieg"; quotations from the pairing of «…», »…«,
„…“, “…” and "…" marks (nested inner quotes stay inside the outer one).

Result: `doc.spans["scores"]`, `doc.spans["quotes"]` (the quote span includes its marks) and
`doc.spans["competitions"]` (label = canonical competition name, from words.json).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from itertools import compress, count

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from .tokens import Memo, doc_text, longest_first, set_span_group, token_starts, token_texts
from ..lexicon import words

SCORE = re.compile(r"^\d{1,3}:\d{1,3}(-[^\W\d_][\w-]*)?$")
QUOTE_PAIRS = {"«": "»", "»": "«", "„": "“", "“": "”", '"': '"'}
QUOTE_MARK = re.compile("[" + re.escape("".join(QUOTE_PAIRS)) + "]")
MAX_QUOTE_CHARS = 3000
LOW_QUOTE_CLOSERS = ("“", "”", '"')  # „ is closed by “, and on a keyboard often by ” or "
Anchor = tuple[int, int, str, str]  # start, end, label, kb_id: what `span_tuples` gives


@Language.factory("fb_anchors")
def create_anchor_finder(nlp: Language, name: str) -> "AnchorFinder":
    return AnchorFinder(nlp)


class AnchorFinder:
    def __init__(self, nlp: Language) -> None:
        self.competitions = PhraseMatcher(nlp.vocab, attr="ORTH")
        for canonical, surfaces in words()["competitions"]:
            self.competitions.add(canonical, list(nlp.tokenizer.pipe(surfaces)))
        self.score_label = nlp.vocab.strings.add("SCORE")
        self.quote_label = nlp.vocab.strings.add("QUOTE")
        self.strings = nlp.vocab.strings
        self._score_shaped = Memo(is_score)  # token text -> score shape, looked at once per text

    def __call__(self, doc: Doc) -> Doc:
        scores = [(i, i + 1, "SCORE", "") for i in self._score_positions(doc)]
        set_span_group(doc, "scores", [Span(doc, i, i + 1, label=self.score_label) for i, _, _, _ in scores], scores)
        quotes = [(start, end, "QUOTE", "") for start, end in find_quotes(doc)]
        set_span_group(doc, "quotes", [Span(doc, start, end, label=self.quote_label) for start, end, _, _ in quotes],
                       quotes)
        competitions = self._competitions(doc)
        set_span_group(doc, "competitions", [Span(doc, start, end, label=key) for start, end, key in competitions],
                       [(start, end, self.strings[key], "") for start, end, key in competitions])
        return doc

    def _score_positions(self, doc: Doc) -> list[int]:
        """Positions of the score-shaped tokens; none without a colon in the text (one search in C
        instead of a look-up per token)."""
        if ":" not in doc_text(doc):
            return []
        return list(compress(count(), map(self._score_shaped.__getitem__, token_texts(doc))))

    def _competitions(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(start, end, key) of the competitions named, without overlaps, in document order: of
        overlapping names the longest wins, then the first (what `spacy.util.filter_spans` keeps)."""
        return longest_first([(start, end, key) for key, start, end in self.competitions(doc)])


def is_score(text: str) -> bool:
    """A score ("2:3") or a score compound ("3:1-Sieg")."""
    return ":" in text and SCORE.match(text) is not None


def find_quotes(doc: Doc):
    """(start, end) token offsets of the quotations, outermost only, never crossing a paragraph
    break; a quotation includes its marks."""
    text = doc_text(doc)
    i = 0
    while mark := QUOTE_MARK.search(text, i):
        i = mark.start()
        opener = mark.group()
        closer = QUOTE_PAIRS[opener]
        if opener == "»" and not _opens_guillemet_reversed(text, i):
            i += 1
            continue
        end = _find_closer(text, i + 1, opener, closer)
        if end is None:
            i += 1
            continue
        starts = token_starts(doc)
        # the tokens holding the two marks (marks are no white space, so each is inside a token)
        yield bisect_right(starts, i) - 1, bisect_right(starts, end)
        i = end + 1


def _opens_guillemet_reversed(text: str, i: int) -> bool:
    """»…« (German style) opens with »; «…» (Swiss/French style) opens with «."""
    nxt = text.find("«", i + 1, i + MAX_QUOTE_CHARS)
    other = text.find("»", i + 1, i + MAX_QUOTE_CHARS)
    return nxt != -1 and (other == -1 or nxt < other)


def _find_closer(text: str, start: int, opener: str, closer: str) -> int | None:
    limit = min(len(text), start + MAX_QUOTE_CHARS)
    paragraph_end = text.find("\n\n", start, limit)
    if paragraph_end != -1:
        limit = paragraph_end
    closers = LOW_QUOTE_CLOSERS if opener == "„" else (closer,)  # „…" closed by the wrong mark, as typed
    j = min((k for k in (text.find(mark, start, limit) for mark in closers) if k != -1), default=-1)
    if j == -1:
        return None
    if opener == '"' and not (j + 1 >= len(text) or not text[j + 1].isalnum()):
        return None  # a straight quote followed by a letter opens the next quotation
    return j
