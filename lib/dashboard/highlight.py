"""displaCy-style highlighting of an article, built here with `html.escape` on every piece of
text: article text, labels and tooltips are all escaped, so an article containing
`<script>` or `<img onerror=...>` shows as text. The HTML is a single line (newlines become
`<br>`), so no Markdown renderer can re-interpret it."""
from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .labels import KIND_LABELS

KIND_COLOURS = {
    "matches": "#dbeafe", "goals": "#dcfce7", "standings": "#fef9c3", "coach_events": "#fee2e2",
    "quotes": "#f3e8ff", "people": "#f1f5f9",
}
ENTITY_COLOURS = {"Verein": "#fb923c", "Trainer": "#f87171", "Spieler": "#4ade80", "Person": "#a5b4fc",
                  "Funktionär": "#a5b4fc", "Schiedsrichter": "#cbd5e1"}


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str  # shown to the user (escaped)
    colour: str = "#e5e7eb"


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _text(text: str) -> str:
    """Escaped text with line breaks as <br> (the result has no newline characters)."""
    return esc(text).replace("\r", "").replace("\n", "<br>")


def entity_spans(text: str, names: Mapping[str, str]) -> list[Span]:
    """Occurrences of `names` (name -> label) in `text` as whole words; longer names first,
    no overlaps."""
    found: list[Span] = []
    taken = [False] * (len(text) + 1)
    for name in sorted(names, key=len, reverse=True):
        if not name.strip():
            continue
        pattern = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")
        for m in pattern.finditer(text):
            if any(taken[m.start():m.end()]):
                continue
            for i in range(m.start(), m.end()):
                taken[i] = True
            label = names[name]
            found.append(Span(m.start(), m.end(), label, ENTITY_COLOURS.get(label, "#d1d5db")))
    return sorted(found, key=lambda s: s.start)


def sentence_spans(facts: Iterable[tuple[object, object, str]], text_length: int) -> list[Span]:
    """(sent_start, sent_end, kind) of facts -> non-overlapping sentence spans; the labels of
    facts sharing a sentence are joined ("Spiel · Tor"). Invalid spans are dropped."""
    by_span: dict[tuple[int, int], list[str]] = {}
    for start, end, kind in facts:
        try:
            start, end = int(start), int(end)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            continue
        if not 0 <= start < end <= text_length:
            continue
        kinds = by_span.setdefault((start, end), [])
        if kind not in kinds:
            kinds.append(kind)
    spans: list[Span] = []
    last_end = -1
    for (start, end), kinds in sorted(by_span.items()):
        if start < last_end:  # overlapping sentences: keep the first one
            continue
        label = " · ".join(KIND_LABELS.get(k, k) for k in kinds)
        spans.append(Span(start, end, label, KIND_COLOURS.get(kinds[0], "#e5e7eb")))
        last_end = end
    return spans


def _inline(text: str, start: int, end: int, entities: list[Span]) -> str:
    """text[start:end] escaped, with the entities inside it (clipped) as labelled marks."""
    out, pos = [], start
    for ent in entities:
        a, b = max(ent.start, start), min(ent.end, end)
        if a >= b or a < pos:
            continue
        out.append(_text(text[pos:a]))
        out.append(
            f'<mark class="ent" style="background:{esc(ent.colour)};padding:0.05em 0.3em;margin:0 0.1em;'
            f'border-radius:0.35em;line-height:1.9">{_text(text[a:b])}'
            f'<span style="font-size:0.65em;font-weight:700;margin-left:0.35em;text-transform:uppercase;'
            f'vertical-align:middle">{esc(ent.label)}</span></mark>')
        pos = b
    out.append(_text(text[pos:end]))
    return "".join(out)


def render_article(text: str, sentences: list[Span], entities: list[Span], *,
                   selected: tuple[int, int] | None = None) -> str:
    """The article as one line of HTML: fact sentences as tinted blocks with their kinds in a
    tooltip and a label, entities as displaCy-style marks; `selected` gets a frame."""
    out, pos = [], 0
    for sent in sentences:
        if sent.start < pos:
            continue
        out.append(_inline(text, pos, sent.start, entities))
        frame = "outline:2px solid #dc2626;" if selected and (sent.start, sent.end) == tuple(selected) else ""
        out.append(
            f'<span class="fact" title="{esc(sent.label)}" style="background:{esc(sent.colour)};{frame}'
            f'border-radius:0.25em;padding:0.1em 0">{_inline(text, sent.start, sent.end, entities)}'
            f'<sup style="font-size:0.6em;color:#475569;margin-left:0.2em">{esc(sent.label)}</sup></span>')
        pos = sent.end
    out.append(_inline(text, pos, len(text), entities))
    body = "".join(out)
    return ('<div class="fbkb-article" style="line-height:1.8;font-size:1rem;max-width:60rem">'
            f"{body}</div>")


def render_sentence(sentence: str, entities: list[Span] | None = None) -> str:
    """One source sentence as an escaped quote block."""
    inner = _inline(sentence, 0, len(sentence), entities or [])
    return ('<blockquote class="fbkb-source" style="border-left:4px solid #dc2626;margin:0.3em 0;'
            f'padding:0.3em 0.8em;background:#f8fafc">{inner}</blockquote>')


def legend(kinds: Iterable[str]) -> str:
    items = "".join(
        f'<span style="background:{esc(KIND_COLOURS.get(k, "#e5e7eb"))};padding:0.1em 0.5em;margin-right:0.4em;'
        f'border-radius:0.25em">{esc(KIND_LABELS.get(k, k))}</span>' for k in kinds)
    return f'<div class="fbkb-legend" style="font-size:0.85em">{items}</div>'
