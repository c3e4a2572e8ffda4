"""Filter values <-> query-parameter strings (pure, tested), and a link to a source article."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import urlencode

ARTICLE_URL = "artikel"  # url_path of the Artikel page


def encode_date_range(value: tuple[dt.date, dt.date] | None) -> str | None:
    if not value:
        return None
    start, end = value
    return f"{start.isoformat()}..{end.isoformat()}"


def decode_date_range(text: str | None) -> tuple[dt.date, dt.date] | None:
    if not text or ".." not in text:
        return None
    start, _, end = text.partition("..")
    try:
        start_date, end_date = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    except ValueError:
        return None
    return (start_date, end_date) if start_date <= end_date else (end_date, start_date)


def encode_span(start: object, end: object) -> str | None:
    try:
        return f"{int(start)}-{int(end)}"  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def decode_span(text: str | None) -> tuple[int, int] | None:
    if not text:
        return None
    start, _, end = text.partition("-")
    try:
        span = int(start), int(end)
    except ValueError:
        return None
    return span if 0 <= span[0] < span[1] else None


def article_link(article_id: object, sent_start: object = None, sent_end: object = None,
                 corpus: str | None = None) -> str | None:
    """Relative link to the Artikel page showing `article_id` (and marking the sentence);
    carries a non-default corpus folder so the link also works in a new tab."""
    return article_links([article_id], [sent_start], [sent_end], corpus)[0]


def article_links(article_ids: Iterable[object], sent_starts: Iterable[object], sent_ends: Iterable[object],
                  corpus: str | None = None) -> list[str | None]:
    """`article_link` of every row of a table (the corpus is encoded once, each article id once
    per distinct id)."""
    from .views import na

    corpus_part = f"&{urlencode({'korpus': corpus})}" if corpus else ""
    links: list[str | None] = []
    for article_id, start, end in zip(article_ids, sent_starts, sent_ends):
        if article_id is None or na(article_id):
            links.append(None)
            continue
        span = encode_span(start, end)  # digits and '-' only: unchanged by URL encoding
        links.append(f"{ARTICLE_URL}?{_article_param(str(article_id))}{f'&satz={span}' if span else ''}{corpus_part}")
    return links


@lru_cache(maxsize=65536)
def _article_param(article_id: str) -> str:
    return urlencode({"article": article_id})
