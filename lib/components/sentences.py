"""`fb_sentences`: sentence boundaries for news text without a statistical parser.

Boundaries at paragraph breaks, at line breaks that end a headline or ticker line, and after
sentence-final punctuation (moved behind closing quotes and brackets). Ordinals such as
"1. FC" or "(50.)" are single tokens in spaCy's German tokenizer, so they never end a sentence.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

FINAL = {".", "!", "?", "…", "...", "?!", "!?", "!!"}
ORDINAL_AT_END = re.compile(r"^\d{1,4}\.$")
SENTENCE_OPENERS = {"Der", "Die", "Das", "Ein", "Eine", "Im", "In", "Am", "Auch", "Nach", "Mit", "Bei", "Beim", "Für",
                    "Zum", "Zur", "Vor", "Doch", "Aber", "Dann", "Damit", "Dabei", "Es", "Er", "Sie", "Wir", "Ich",
                    "Trainer", "Zuvor", "Danach", "Zudem", "Außerdem", "So", "Nun", "Jetzt", "Dort", "Hier"}
CLOSERS = {"»", "«", "“", "”", '"', "'", "‘", "’", ")", "]"}


@Language.component("fb_sentences")
def set_sentence_starts(doc: Doc) -> Doc:
    n = len(doc)
    if not n:
        return doc
    starts = [False] * n
    starts[0] = True
    i = 0
    while i < n - 1:
        token = doc[i]
        text = token.text
        if token.is_space and "\n" in text:
            if _line_break_ends_sentence(doc, i):
                starts[i + 1] = True
        elif ORDINAL_AT_END.match(text) and doc[i + 1].text in SENTENCE_OPENERS:
            starts[i + 1] = True  # "auf Rang 17. Der KSC ...": the number ends the sentence
        elif text in FINAL:
            j = i + 1
            while j < n and doc[j].text in CLOSERS and doc[j - 1].whitespace_ == "":
                j += 1
            if j < n:
                nxt = doc[j].text
                if not (nxt[:1].islower() or nxt in {",", ";", ":", ")", "-", "–"}):
                    starts[j] = True
            i = j - 1
        i += 1
    for token, start in zip(doc, starts):
        token.is_sent_start = start
    return doc


def _line_break_ends_sentence(doc: Doc, i: int) -> bool:
    """Two newlines always end a sentence; one newline ends it unless the line was wrapped mid-sentence."""
    if doc[i].text.count("\n") >= 2 or i == 0:
        return True
    before = doc[i - 1].text
    after = doc[i + 1].text
    if before in {",", "-", "–", "(", "„", "«"}:
        return False
    if after[:1].islower():
        return False
    return True
