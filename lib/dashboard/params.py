"""Filter values <-> query-parameter strings (pure, tested), and a link to a source article."""
from __future__ import annotations

import datetime as dt
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


def encode_bool(value: bool) -> str:
    return "1" if value else "0"


def decode_bool(text: str | None) -> bool | None:
    if text in ("1", "true", "ja"):
        return True
    if text in ("0", "false", "nein"):
        return False
    return None


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
    from .views import na

    if na(article_id):
        return None
    article_id = str(article_id)
    params = {"article": article_id}
    span = encode_span(sent_start, sent_end)
    if span:
        params["satz"] = span
    if corpus:
        params["korpus"] = corpus
    return f"{ARTICLE_URL}?{urlencode(params)}"
