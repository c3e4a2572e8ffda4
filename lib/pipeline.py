"""The spaCy pipeline: `spacy.blank("de")` plus this project's registered components."""
from __future__ import annotations

import re
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_suffix_regex

from . import components  # noqa: F401  (registers the factories)
from .reader import DEFAULT_MAX_BYTES

LONG_RUN = re.compile(r"\S{300,}")
CHUNK = 100
MAX_CHARS = DEFAULT_MAX_BYTES + 1  # articles up to the reader's size limit

COMPONENTS = ("fb_sentences", "fb_clubs", "fb_people", "fb_anchors", "fb_sport")


def build_pipeline() -> Language:
    """A fresh pipeline. No trained German model is needed (or used) for the rules."""
    nlp = spacy.blank("de")
    suffixes = [r"(?<=\d:\d)\.", r"(?<=\d:\d\d)\.", r"(?<=\+\d\.)\.", *nlp.Defaults.suffixes]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search  # "2:2." ends a sentence
    nlp.tokenizer = LongRunTokenizer(nlp.tokenizer)
    nlp.max_length = MAX_CHARS
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


class LongRunTokenizer:
    """spaCy's tokenizer, except that a run of more than LONG_RUN characters without white space
    (a pasted data blob, a line of punctuation) becomes fixed-size tokens: spaCy's affix splitting
    takes quadratic time on such runs. Character offsets stay those of the text."""

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer
        self.vocab = tokenizer.vocab

    def __call__(self, text: str) -> Doc:
        if not LONG_RUN.search(text):
            return self.tokenizer(text)
        words: list[str] = []
        spaces: list[bool] = []
        position = 0
        for match in LONG_RUN.finditer(text):
            self._add(self.tokenizer(text[position:match.start()]), words, spaces)
            run = match.group()
            for k in range(0, len(run), CHUNK):
                words.append(run[k:k + CHUNK])
                spaces.append(False)
            position = match.end()
        self._add(self.tokenizer(text[position:]), words, spaces)
        return Doc(self.vocab, words=words, spaces=spaces)

    @staticmethod
    def _add(doc: Doc, words: list[str], spaces: list[bool]) -> None:
        for token in doc:
            words.append(token.text)
            spaces.append(bool(token.whitespace_))

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def to_bytes(self, **kwargs):
        return self.tokenizer.to_bytes(**kwargs)

    def from_bytes(self, data, **kwargs):
        self.tokenizer.from_bytes(data, **kwargs)
        return self

    def to_disk(self, path, **kwargs):
        self.tokenizer.to_disk(path, **kwargs)

    def from_disk(self, path, **kwargs):
        self.tokenizer.from_disk(path, **kwargs)
        return self


@cache
def load_pipeline() -> Language:
    """The process-wide pipeline (building it loads the lexicons once)."""
    return build_pipeline()
