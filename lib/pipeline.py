"""The spaCy pipeline: `spacy.blank("de")` plus this project's registered components."""
from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.util import compile_suffix_regex

from . import components  # noqa: F401  (registers the factories)

COMPONENTS = ("fb_sentences", "fb_clubs", "fb_people", "fb_anchors", "fb_sport")


def build_pipeline() -> Language:
    """A fresh pipeline. No trained German model is needed (or used) for the rules."""
    nlp = spacy.blank("de")
    suffixes = [r"(?<=\d:\d)\.", r"(?<=\d:\d\d)\.", r"(?<=\+\d\.)\.", *nlp.Defaults.suffixes]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search  # "2:2." ends a sentence
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


@cache
def load_pipeline() -> Language:
    """The process-wide pipeline (building it loads the lexicons once)."""
    return build_pipeline()
