"""`fb_sentences`: sentence boundaries for news text without a statistical parser.

Boundaries at paragraph breaks, at line breaks that end a headline or ticker line, after
sentence-final punctuation (moved behind closing quotes and brackets), and after an ordinal ("auf
Rang 17. Der KSC ...") or a letter with its point ("Gruppe A. Am Montag ...") before a word that
opens sentences. Ordinals such as "1. FC" or "(50.)" and initials ("A. Müller") are single tokens in
spaCy's German tokenizer, so elsewhere they end no sentence.

The starts are also kept as a set in `doc.user_data` (see `tokens.sentence_starts`), so that rule
code can ask "does a sentence start here?" without making a `Token`.
"""
from __future__ import annotations

import re
from itertools import compress, count

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .tokens import SENTENCE_STARTS_KEY, Memo, token_spaces, token_texts
from ..lexicon import word_set

FINAL = {".", "!", "?", "…", "...", "?!", "!?", "!!"}
ORDINAL_AT_END = re.compile(r"^\d{1,4}\.$")
LETTER_WITH_POINT = re.compile(r"^[A-ZÄÖÜ]\.$")  # spaCy keeps "A." (an initial) as one token
CLOSERS = {"»", "«", "“", "”", '"', "'", "‘", "’", ")", "]"}
NOT_AFTER_END = {",", ";", ":", ")", "-", "–"}


# what a token can end a sentence as; 0 (false) for most tokens
FINAL_MARK, LINE_BREAK, ORDINAL, LETTER = 1, 2, 3, 4


def _sentence_end_kind(text: str) -> int:
    """How a sentence can end after a token: at final punctuation, at a line break, after an
    ordinal ("17.") or a letter ("Gruppe A.") before a sentence opener; 0 if it cannot."""
    if text in FINAL:
        return FINAL_MARK
    if "\n" in text and text.isspace():
        return LINE_BREAK
    if ORDINAL_AT_END.match(text):
        return ORDINAL
    if LETTER_WITH_POINT.match(text):
        return LETTER
    return 0


_end_kind_memo = Memo(_sentence_end_kind)


@Language.component("fb_sentences")
def set_sentence_starts(doc: Doc) -> Doc:
    n = len(doc)
    if not n:
        doc.user_data[SENTENCE_STARTS_KEY] = set()
        return doc
    texts = token_texts(doc)
    found = [0]
    kinds = list(map(_end_kind_memo.__getitem__, texts[:-1]))
    # only the tokens a sentence can end after are looked at
    openers, position_nouns = word_set("sentence_openers"), word_set("position_nouns")
    for i in compress(count(), kinds):
        kind = kinds[i]
        if kind == FINAL_MARK:
            j = i + 1
            if texts[j] in CLOSERS:
                spaces = token_spaces(doc)
                while j < n and texts[j] in CLOSERS and not spaces[j - 1]:
                    j += 1
            if j < n:
                nxt = texts[j]
                if not (nxt[:1].islower() or nxt in NOT_AFTER_END):
                    found.append(j)
        elif kind == LINE_BREAK:
            if _line_break_ends_sentence(texts, i):
                found.append(i + 1)
        elif kind == LETTER:
            if texts[i + 1] in openers:  # "Spitze der Gruppe A. Am Montag ...", not "Thomas A. Müller"
                found.append(i + 1)
        elif texts[i + 1] in openers or (  # an ORDINAL
                i > 0 and texts[i - 1] in position_nouns and texts[i + 1][:1].isupper()):
            found.append(i + 1)  # "auf Rang 17. Der KSC ...", "auf Platz 2. Leader bleibt ...": the number ends the sentence
    starts = numpy.full(n, -1, dtype="int64")  # SENT_START: 1 starts a sentence, -1 does not
    starts[found] = 1
    doc.from_array([SENT_START], starts.view("uint64"))
    doc.user_data[SENTENCE_STARTS_KEY] = set(found)
    return doc


def _line_break_ends_sentence(texts: list[str], i: int) -> bool:
    """Two newlines always end a sentence; one newline ends it unless the line was wrapped mid-sentence."""
    if texts[i].count("\n") >= 2 or i == 0:
        return True
    before = texts[i - 1]
    after = texts[i + 1]
    if before in {",", "-", "–", "(", "„", "«"}:
        return False
    if after[:1].islower():
        return False
    return True
