"""Plain-Python views of a `Doc` for rule loops.

Indexing a spaCy `Doc` creates a new `Token` object each time (and reading a span group a new
`Span`), which dominates rule code that looks at neighbours again and again. Instead:
`token_texts` gives the texts as a plain list, `token_spaces` whether each is followed by a space,
`token_starts` their character offsets, `doc_text` the text (without building `Doc.text`),
`sentence_starts` where sentences start, `positions_of` / `positions_of_text` the tokens worth
looking at (without a Python-level loop over the document), and `span_tuples` a span group as
(start, end, label, kb_id) tuples.
"""
from __future__ import annotations

from collections.abc import Callable, Container, Iterator
from itertools import compress, count
from typing import Any

from spacy.attrs import IDX, ORTH, SENT_START, SPACY
from spacy.strings import StringStore
from spacy.tokens import Doc, Span


class _OrthTexts(dict):
    """Token text by ORTH hash, looked up in the vocabulary's string store on first use: the store
    decodes a new string on every look-up, a dict hit does not."""

    MAX_SIZE = 500_000

    def __init__(self, strings: StringStore) -> None:
        super().__init__()
        self.strings = strings

    def __missing__(self, orth: int) -> str:
        if len(self) > self.MAX_SIZE:
            self.clear()
        text = self[orth] = self.strings[orth]
        return text


_orth_texts: dict[int, _OrthTexts] = {}  # by id of the string store


def per_owner(registry: dict[int, Any], owner: Any, make: Callable[[], Any]) -> Any:
    """The registry's value made for `owner` (a vocabulary, a string store): kept by id, and made
    again when another object has taken over that id."""
    value = registry.get(id(owner))
    if value is None or value.owner is not owner:
        value = registry[id(owner)] = make()
        value.owner = owner
    return value


def token_texts(doc: Doc) -> list[str]:
    """The tokens' texts, read once per document (kept in `doc.user_data`)."""
    texts = doc.user_data.get("fb_texts")
    if texts is None or len(texts) != len(doc):
        strings = doc.vocab.strings
        lookup = per_owner(_orth_texts, strings, lambda: _OrthTexts(strings))
        texts = list(map(lookup.__getitem__, doc.to_array(ORTH).tolist())) if len(doc) else []
        doc.user_data["fb_texts"] = texts
    return texts


def _token_column(doc: Doc, key: str, attr: int) -> list[int]:
    """One token attribute of every token as a plain list, read once per document (kept in
    `doc.user_data[key]`, read again when the document's length changed)."""
    column = doc.user_data.get(key)
    if column is None or len(column) != len(doc):
        column = doc.to_array(attr).tolist() if len(doc) else []
        doc.user_data[key] = column
    return column


def token_spaces(doc: Doc) -> list[int]:
    """1 where a token is followed by a space, else 0."""
    return _token_column(doc, "fb_spaces", SPACY)


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once from the token texts (kept in `doc.user_data`): `Doc.text` makes a
    `Token` object for every token each time it is read."""
    cached = doc.user_data.get("fb_text")
    if cached is not None and cached[0] == len(doc):
        return cached[1]
    text = "".join([token + " " if space else token for token, space in zip(token_texts(doc), token_spaces(doc))])
    doc.user_data["fb_text"] = (len(doc), text)
    return text


def token_starts(doc: Doc) -> list[int]:
    """Character offset of each token (`token.idx`)."""
    return _token_column(doc, "fb_idx", IDX)


def sentence_starts(doc: Doc) -> set[int]:
    """Positions of the tokens that start a sentence (always 0 for a non-empty doc): what
    `fb_sentences` set, else read from the doc (the tokens with `is_sent_start` True)."""
    starts = doc.user_data.get(SENTENCE_STARTS_KEY)
    if starts is None:
        flags = doc.to_array(SENT_START).tolist() if len(doc) else []
        starts = set(compress(count(), [flag == 1 for flag in flags]))
        if flags:
            starts.add(0)
    return starts


SENTENCE_STARTS_KEY = "fb_sentence_starts"


def token_surface(texts: list[str], spaces: list[int], start: int, end: int) -> str:
    """The text of tokens `start` to `end` (`doc[start:end].text`) from the plain lists."""
    if end - start == 1:
        return texts[start]
    return "".join([texts[k] + " " if spaces[k] else texts[k] for k in range(start, end - 1)]) + texts[end - 1]


class Memo(dict):
    """Results of a pure function of a token text, computed on first look-up. Being a dict, it can be
    read for a whole list at C speed: `list(map(memo.__getitem__, texts))`. Emptied when it
    reaches `max_size` entries, so that a long run over many documents does not grow it without bound."""

    def __init__(self, function: Callable[[str], Any], max_size: int = 200_000) -> None:
        super().__init__()
        self.function = function
        self.max_size = max_size

    def __missing__(self, key: str) -> Any:
        if len(self) >= self.max_size:
            self.clear()
        value = self[key] = self.function(key)
        return value


def positions_of(texts: list[str], wanted: Container[str]) -> Iterator[int]:
    """Indices of the texts that are in `wanted`, in order (the scan runs in C, not in a Python loop)."""
    return compress(count(), map(wanted.__contains__, texts))


def positions_of_text(texts: list[str], wanted: str) -> Iterator[int]:
    """Indices of the texts equal to `wanted`, in order: `list.index` compares in C without a call
    per token, cheaper than `positions_of` for one rare text such as "(" ."""
    i = -1
    try:
        while True:
            i = texts.index(wanted, i + 1)
            yield i
    except ValueError:
        return


def span_tuples(doc: Doc, group: str) -> list[tuple[int, int, str, str]]:
    """The spans of `doc.spans[group]` as plain (start, end, label, kb_id) tuples, read once per
    document (kept in `doc.user_data`). Rule code that only needs offsets and names should use
    these: every `Span` read from a span group is a new Python object (plus its tokens)."""
    key = f"fb_tuples_{group}"
    cached = doc.user_data.get(key)
    if cached is None:
        cached = [(s.start, s.end, s.label_, s.kb_id_) for s in doc.spans.get(group, [])]
        doc.user_data[key] = cached
    return cached


def set_span_group(doc: Doc, group: str, spans: list[Span], tuples: list[tuple[int, int, str, str]] | None = None) -> None:
    """Set `doc.spans[group]` and, when the caller has them, the matching `span_tuples`."""
    doc.spans[group] = spans
    key = f"fb_tuples_{group}"
    if tuples is not None:
        doc.user_data[key] = tuples
    else:
        doc.user_data.pop(key, None)


def longest_first(items: list[tuple], rank: Callable[[tuple], Any] = lambda item: 0) -> list[tuple]:
    """Items (tuples opening with start and end token) without overlaps, in document order: of
    overlapping items the longest wins, then the first, then the lower `rank`, then the one listed
    first. What `spacy.util.filter_spans` keeps, on tuples."""
    if len(items) < 2:
        return list(items)
    kept: list[tuple] = []
    seen: set[int] = set()
    for item in sorted(items, key=lambda item: (item[0] - item[1], item[0], rank(item))):
        start, end = item[0], item[1]
        if start not in seen and end - 1 not in seen:
            kept.append(item)
            seen.update(range(start, end))
    kept.sort(key=lambda item: item[0])  # no two items left start at the same token
    return kept
