"""`fb_anchors`: the places facts hang on: scores ("2:3", "3:1-Sieg") and quotations.

Scores are tokens of the shape "2:3" or "3:1-Sieg"; quotations from the pairing of «…», »…«,
„…“, “…” and "…" marks (nested inner quotes stay inside the outer one).

Result: `doc.spans["scores"]`, `doc.spans["quotes"]` (the quote span includes its marks) and
`doc.spans["competitions"]` (label = canonical competition name, from words.json).
"""
from __future__ import annotations

import re

from spacy.attrs import SPACY
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .tokens import token_texts
from ..lexicon import words

SCORE = re.compile(r"^\d{1,3}:\d{1,3}(-[^\W\d_][\w-]*)?$")
QUOTE_PAIRS = {"«": "»", "»": "«", "„": "“", "“": "”", '"': '"'}
QUOTE_MARK = re.compile("[" + re.escape("".join(QUOTE_PAIRS)) + "]")
MAX_QUOTE_CHARS = 3000
TEXT_KEY = "fb_text"


@Language.factory("fb_anchors")
def create_anchor_finder(nlp: Language, name: str) -> "AnchorFinder":
    return AnchorFinder(nlp)


class AnchorFinder:
    def __init__(self, nlp: Language) -> None:
        self.competitions = PhraseMatcher(nlp.vocab, attr="ORTH")
        for canonical, surfaces in words()["competitions"]:
            self.competitions.add(canonical, list(nlp.tokenizer.pipe(surfaces)))
        self.score_label = nlp.vocab.strings.add("SCORE")

    def __call__(self, doc: Doc) -> Doc:
        texts = token_texts(doc)
        doc.spans["scores"] = [Span(doc, i, i + 1, label=self.score_label) for i, text in enumerate(texts)
                               if ":" in text and SCORE.match(text)]
        doc.spans["quotes"] = list(find_quotes(doc))
        competitions = [Span(doc, start, end, label=match_id) for match_id, start, end in self.competitions(doc)]
        doc.spans["competitions"] = filter_spans(competitions)  # in document order
        return doc


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once from the token texts (kept in `doc.user_data`): `Doc.text` makes a
    `Token` object for every token each time it is read."""
    cached = doc.user_data.get(TEXT_KEY)
    if cached is not None and cached[0] == len(doc):
        return cached[1]
    spaces = doc.to_array(SPACY).tolist() if len(doc) else []
    text = "".join([token + " " if space else token for token, space in zip(token_texts(doc), spaces)])
    doc.user_data[TEXT_KEY] = (len(doc), text)
    return text


def find_quotes(doc: Doc):
    """Quotation spans, outermost only, never crossing a paragraph break."""
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
        span = doc.char_span(i, end + 1, label="QUOTE", alignment_mode="expand")
        if span is not None and len(span):
            yield span
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
    j = text.find(closer, start, limit)
    if j == -1:
        return None
    if opener == '"' and not (j + 1 >= len(text) or not text[j + 1].isalnum()):
        return None  # a straight quote followed by a letter opens the next quotation
    return j


WORD = re.compile(r"\w+")


def quote_words(span: Span) -> int:
    """The words in a quotation, counted in the document's text (no `Span.text` to build)."""
    return len(WORD.findall(doc_text(span.doc), span.start_char, span.end_char))
