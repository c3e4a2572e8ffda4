"""A plain-Python view of a `Doc`'s tokens for rule loops.

Indexing a spaCy `Doc` creates a new `Token` object each time, which dominates rule code that
looks at neighbours again and again. `TokenView` reads each token's few attributes once.
"""
from __future__ import annotations

from spacy.tokens import Doc


class Tok:
    __slots__ = ("text", "i", "whitespace_", "is_alpha", "is_sent_start", "is_space", "is_punct", "like_num")

    def __init__(self, token, sent_start: bool) -> None:
        self.text = token.text
        self.i = token.i
        self.whitespace_ = token.whitespace_
        self.is_alpha = token.is_alpha
        self.is_space = token.is_space
        self.is_punct = token.is_punct
        self.like_num = token.like_num
        self.is_sent_start = sent_start


class TokenView:
    """Sequence of `Tok` for a doc; `.doc` and `.spans` reach the real document."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.spans = doc.spans
        flags = doc.to_array("SENT_START").tolist() if len(doc) else []
        self.tokens = [Tok(t, flags[t.i] == 1 or t.i == 0) for t in doc]

    def __len__(self) -> int:
        return len(self.tokens)

    def __getitem__(self, item):
        return self.tokens[item]

    def __iter__(self):
        return iter(self.tokens)
